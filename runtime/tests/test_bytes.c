/* bytes, bytearray, range and slice. Expected texts come from CPython 3.12 (gen/fill_expected.py). */
#include "cases.h"
#include "molt/bytes.h"
#include "molt/float.h"
#include "molt/range.h"

static MoltValue R(int64_t a, int64_t b, int64_t c) { return molt_range_new(a, b, c); }
static MoltValue SL(MoltValue a, MoltValue b, MoltValue c) { return molt_slice_new(a, b, c); }
static MoltValue BA(MoltValue x) { return molt_bytearray_from_object(x); }
static MoltValue HASH(MoltValue v) {
    int64_t h = molt_hash(v);
    return h == -1 ? MOLT_ERR : molt_int_from_i64(h);
}
static MoltValue LEN(MoltValue v) {
    int64_t n = molt_len(v);
    return n < 0 ? MOLT_ERR : molt_int_from_i64(n);
}
static MoltValue SET(MoltValue o, MoltValue k, MoltValue v) { return molt_setitem(o, k, v) < 0 ? MOLT_ERR : o; }
static MoltValue MUT(MoltValue o, const char *name, MoltValue a) { return M(o, name, 1, a) ? o : MOLT_ERR; }
static MoltValue RANGE(int n, MoltValue a, MoltValue b, MoltValue c) {
    MoltValue args[3] = {a, b, c};
    return molt_range_from_args(args, n);
}

static void test_bytes(void) {
    CASE("b\"a'b\"", B("a'b"), "b\"a'b\"");
    CASE("b'a\\'\"b\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'", B("a'\"b\x00\x7f\x80\xff\t\n\r\\"), "b'a\\'\"b\\x00\\x7f\\x80\\xff\\t\\n\\r\\\\'");
    CASE("bytes(3)", molt_bytes_from_object(I(3)), "b'\\x00\\x00\\x00'");
    CASE("bytes(range(3))", molt_bytes_from_object(R(0, 3, 1)), "b'\\x00\\x01\\x02'");
    CASE("bytes([256])", molt_bytes_from_object(L(1, I(256))), "ValueError: bytes must be in range(0, 256)");
    CASE("bytes(['a'])", molt_bytes_from_object(L(1, S("a"))), "TypeError: 'str' object cannot be interpreted as an integer");
    CASE("bytes(-1)", molt_bytes_from_object(I(-1)), "ValueError: negative count");
    CASE("bytes('abc')", molt_bytes_from_object(S("abc")), "TypeError: string argument without an encoding");
    CASE("bytes('hé', 'utf-8')", C(&molt_bytes_type, 2, S("hé"), S("utf-8")), "b'h\\xc3\\xa9'");
    CASE("b'ab' + bytearray(b'c')", molt_binop(MOLT_OP_ADD, B("ab"), BA(B("c"))), "b'abc'");
    CASE("b'ab' + 'c'", molt_binop(MOLT_OP_ADD, B("ab"), S("c")), "TypeError: can't concat str to bytes");
    CASE("b'ab' * 3", molt_binop(MOLT_OP_MUL, B("ab"), I(3)), "b'ababab'");
    CASE("b'ab' == bytearray(b'ab')", molt_compare(MOLT_EQ, B("ab"), BA(B("ab"))), "True");
    CASE("b'ab' < b'abc'", molt_compare(MOLT_LT, B("ab"), B("abc")), "True");
    CASE("b'abc'[0]", molt_getitem(B("abc"), I(0)), "97");
    CASE("b'abc'[5]", molt_getitem(B("abc"), I(5)), "IndexError: index out of range");
    CASE("b'abc'[::-1]", molt_getitem(B("abc"), SL(molt_None, molt_None, I(-1))), "b'cba'");
    CASE("97 in b'abc'", molt_bool(molt_contains(B("abc"), I(97))), "True");
    CASE("b'bc' in b'abc'", molt_bool(molt_contains(B("abc"), B("bc"))), "True");
    CASE("300 in b'abc'", molt_contains(B("abc"), I(300)) < 0 ? MOLT_ERR : molt_None, "ValueError: byte must be in range(0, 256)");
    CASE("'a' in b'abc'", molt_contains(B("abc"), S("a")) < 0 ? MOLT_ERR : molt_None, "TypeError: a bytes-like object is required, not 'str'");
    CASE("list(b'ab')", molt_list_from_iterable(B("ab")), "[97, 98]");
    CASE("hash(b'')", HASH(B("")), "0");
    CASE("hash(bytearray())", HASH(BA(B(""))), "TypeError: unhashable type: 'bytearray'");
    CASE("b'\\xde\\xad'.hex()", M(B("\xde\xad"), "hex", 0), "'dead'");
    CASE("bytes.fromhex('de ad')", M(molt_val(&molt_bytes_type), "fromhex", 1, S("de ad")), "b'\\xde\\xad'");
    CASE("bytes.fromhex('dex')", M(molt_val(&molt_bytes_type), "fromhex", 1, S("dex")), "ValueError: non-hexadecimal number found in fromhex() arg at position 2");
    CASE("b','.join([b'a', bytearray(b'b')])", M(B(","), "join", 1, L(2, B("a"), BA(B("b")))), "b'a,b'");
    CASE("b','.join([b'a', 'b'])", M(B(","), "join", 1, L(2, B("a"), S("b"))), "TypeError: sequence item 1: expected a bytes-like object, str found");
    CASE("b'hello'.find(b'l')", M(B("hello"), "find", 1, B("l")), "2");
    CASE("b'hello'.find(108, 3)", M(B("hello"), "find", 2, I(108), I(3)), "3");
    CASE("b'hello'.count(b'l')", M(B("hello"), "count", 1, B("l")), "2");
    CASE("b'hello'.startswith((b'x', b'he'))", M(B("hello"), "startswith", 1, T(2, B("x"), B("he"))), "True");
    CASE("b'hello'.endswith(b'lo')", M(B("hello"), "endswith", 1, B("lo")), "True");
    CASE("b'hello'.replace(b'l', b'L')", M(B("hello"), "replace", 2, B("l"), B("L")), "b'heLLo'");
    CASE("b' a  b '.split()", M(B(" a  b "), "split", 0), "[b'a', b'b']");
    CASE("b'a,b,,c'.split(b',', 2)", M(B("a,b,,c"), "split", 2, B(","), I(2)), "[b'a', b'b', b',c']");
    CASE("b'  x \\n'.strip()", M(B("  x \n"), "strip", 0), "b'x'");
    CASE("b'Hello'.upper()", M(B("Hello"), "upper", 0), "b'HELLO'");
    CASE("b'a=b=c'.partition(b'=')", M(B("a=b=c"), "partition", 1, B("=")), "(b'a', b'=', b'b=c')");
    CASE("b'a=b=c'.rpartition(b'=')", M(B("a=b=c"), "rpartition", 1, B("=")), "(b'a=b', b'=', b'c')");
    CASE("b'abc'.partition(b'x')", M(B("abc"), "partition", 1, B("x")), "(b'abc', b'', b'')");
    CASE("b'abc'.rpartition(b'x')", M(B("abc"), "rpartition", 1, B("x")), "(b'', b'', b'abc')");
    CASE("b'hello'.rfind(b'l')", M(B("hello"), "rfind", 1, B("l")), "3");
    CASE("b'xxhixx'.lstrip(b'x')", M(B("xxhixx"), "lstrip", 1, B("x")), "b'hixx'");
    CASE("b'  hi  '.rstrip()", M(B("  hi  "), "rstrip", 0), "b'  hi'");
    CASE("(b'123'.isdigit(), b'ab1'.isalnum(), b' '.isspace(), b'AB1'.isupper(), b'Ab'.islower(), b''.isalpha())", T(6, M(B("123"), "isdigit", 0), M(B("ab1"), "isalnum", 0), M(B(" "), "isspace", 0), M(B("AB1"), "isupper", 0), M(B("Ab"), "islower", 0), M(B(""), "isalpha", 0)), "(True, True, True, True, False, False)");
    CASE("b'Hello'.lower()", M(B("Hello"), "lower", 0), "b'hello'");
}

static void test_bytearray(void) {
    CASE("bytearray()", BA(B("")), "bytearray(b'')");
    CASE("bytearray(b'ab')", BA(B("ab")), "bytearray(b'ab')");
    CASE("bytearray(b'ab') + b'c'", molt_binop(MOLT_OP_ADD, BA(B("ab")), B("c")), "bytearray(b'abc')");
    CASE("(lambda b: (b.append(100), b)[1])(bytearray(b'ab'))", MUT(BA(B("ab")), "append", I(100)), "bytearray(b'abd')");
    CASE("bytearray(b'ab').append(256)", MUT(BA(B("ab")), "append", I(256)), "ValueError: byte must be in range(0, 256)");
    CASE("(lambda b: (b.extend([1, 2]), b)[1])(bytearray(b'ab'))", MUT(BA(B("ab")), "extend", L(2, I(1), I(2))), "bytearray(b'ab\\x01\\x02')");
    CASE("bytearray(b'abc').pop()", M(BA(B("abc")), "pop", 0), "99");
    CASE("bytearray().pop()", M(BA(B("")), "pop", 0), "IndexError: pop from empty bytearray");
    CASE("(lambda b: (b.__setitem__(0, 65), b)[1])(bytearray(b'abc'))", SET(BA(B("abc")), I(0), I(65)), "bytearray(b'Abc')");
    CASE("(lambda b: (b.__setitem__(slice(1, 2), b'XYZ'), b)[1])(bytearray(b'abc'))", SET(BA(B("abc")), SL(I(1), I(2), molt_None), B("XYZ")), "bytearray(b'aXYZc')");
    CASE("(lambda b: (b.__delitem__(slice(None, None, 2)), b)[1])(bytearray(b'abcde'))", SET(BA(B("abcde")), SL(molt_None, molt_None, I(2)), MOLT_ERR), "bytearray(b'bd')");
    CASE("bytearray(b'abc')[5]", molt_getitem(BA(B("abc")), I(5)), "IndexError: bytearray index out of range");
    CASE("bytearray(b'abc').decode()", M(BA(B("abc")), "decode", 0), "'abc'");
}

static void test_range(void) {
    CASE("range(10)", RANGE(1, I(10), 0, 0), "range(0, 10)");
    CASE("range(1, 10, 3)", RANGE(3, I(1), I(10), I(3)), "range(1, 10, 3)");
    CASE("range(0, 1, 0)", RANGE(3, I(0), I(1), I(0)), "ValueError: range() arg 3 must not be zero");
    CASE("range(1.5)", RANGE(1, molt_float_new(1.5), 0, 0), "TypeError: 'float' object cannot be interpreted as an integer");
    CASE("range()", RANGE(0, 0, 0, 0), "TypeError: range expected at least 1 argument, got 0");
    CASE("list(range(10, 0, -3))", molt_list_from_iterable(R(10, 0, -3)), "[10, 7, 4, 1]");
    CASE("len(range(10, 0, -3))", I(molt_len(R(10, 0, -3))), "4");
    CASE("len(range(-2**62, 2**62))", LEN(R(INT64_C(-4611686018427387904), INT64_C(4611686018427387904), 1)), "OverflowError: Python int too large to convert to C ssize_t");
    CASE("range(0, 100, 7)[3]", molt_getitem(R(0, 100, 7), I(3)), "21");
    CASE("range(0, 100, 7)[-1]", molt_getitem(R(0, 100, 7), I(-1)), "98");
    CASE("range(0, 100, 7)[20]", molt_getitem(R(0, 100, 7), I(20)), "IndexError: range object index out of range");
    CASE("range(0, 100, 7)[2:10:3]", molt_getitem(R(0, 100, 7), SL(I(2), I(10), I(3))), "range(14, 70, 21)");
    CASE("range(0, 100, 7)[::-1]", molt_getitem(R(0, 100, 7), SL(molt_None, molt_None, I(-1))), "range(98, -7, -7)");
    CASE("range(10)[1.0]", molt_getitem(R(0, 10, 1), molt_float_new(1.0)), "TypeError: range indices must be integers or slices, not float");
    CASE("49 in range(0, 100, 7)", molt_bool(molt_contains(R(0, 100, 7), I(49))), "True");
    CASE("50 in range(0, 100, 7)", molt_bool(molt_contains(R(0, 100, 7), I(50))), "False");
    CASE("49.0 in range(0, 100, 7)", molt_bool(molt_contains(R(0, 100, 7), molt_float_new(49.0))), "True");
    CASE("range(0, 100, 7).index(21)", M(R(0, 100, 7), "index", 1, I(21)), "3");
    CASE("range(5).index(7)", M(R(0, 5, 1), "index", 1, I(7)), "ValueError: 7 is not in range");
    CASE("range(5).index('a')", M(R(0, 5, 1), "index", 1, S("a")), "ValueError: sequence.index(x): x not in sequence");
    CASE("range(5).count(3)", M(R(0, 5, 1), "count", 1, I(3)), "1");
    CASE("range(0) == range(5, 5)", molt_compare(MOLT_EQ, R(0, 0, 1), R(5, 5, 1)), "True");
    CASE("range(0, 3, 2) == range(0, 4, 2)", molt_compare(MOLT_EQ, R(0, 3, 2), R(0, 4, 2)), "True");
    CASE("hash(range(0, 10, 2))", HASH(R(0, 10, 2)), "-6143170332311272345");
    CASE("range(1, 5, 2).start", molt_getattr_cstr(R(1, 5, 2), "start"), "1");
    CASE("range(1, 5, 2).step", molt_getattr_cstr(R(1, 5, 2), "step"), "2");
}

static void test_slice(void) {
    CASE("slice(1, None, -1)", SL(I(1), molt_None, I(-1)), "slice(1, None, -1)");
    CASE("slice(5)", C(&molt_slice_type, 1, I(5)), "slice(None, 5, None)");
    CASE("slice(1, 2, 3).indices(10)", M(SL(I(1), I(2), I(3)), "indices", 1, I(10)), "(1, 2, 3)");
    CASE("slice(None, None, -1).indices(5)", M(SL(molt_None, molt_None, I(-1)), "indices", 1, I(5)), "(4, -1, -1)");
    CASE("slice(-100, 100, 3).indices(5)", M(SL(I(-100), I(100), I(3)), "indices", 1, I(5)), "(0, 5, 3)");
    CASE("slice(0, 1, 0).indices(5)", M(SL(I(0), I(1), I(0)), "indices", 1, I(5)), "ValueError: slice step cannot be zero");
    CASE("slice('a', 1).indices(5)", M(SL(S("a"), I(1), molt_None), "indices", 1, I(5)), "TypeError: slice indices must be integers or None or have an __index__ method");
    CASE("slice(1, 2) == slice(1, 2)", molt_compare(MOLT_EQ, SL(I(1), I(2), molt_None), SL(I(1), I(2), molt_None)), "True");
    CASE("slice(1, 2, 3).stop", molt_getattr_cstr(SL(I(1), I(2), I(3)), "stop"), "2");
    CASE("[0, 1, 2, 3][10**30:]", molt_getitem(molt_list_from_iterable(R(0, 4, 1)), SL(molt_int_from_str(S("1000000000000000000000000000000"), 10), molt_None, molt_None)), "[]");
    CASE("[0, 1, 2, 3][-10**30::-1]", molt_getitem(molt_list_from_iterable(R(0, 4, 1)), SL(molt_int_from_str(S("-1000000000000000000000000000000"), 10), molt_None, I(-1))), "[]");
}

int main(void) {
    TEST_INIT();
    RUN(test_bytes);
    RUN(test_bytearray);
    RUN(test_range);
    RUN(test_slice);
    return TEST_REPORT();
}
