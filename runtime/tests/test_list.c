/* list and tuple. Expected texts come from CPython 3.12 (gen/fill_expected.py). */
#include "cases.h"
#include "molt/float.h"
#include "molt/gc.h"
#include "molt/range.h"

static MoltValue HASH(MoltValue v) {
    int64_t h = molt_hash(v);
    return h == -1 ? MOLT_ERR : molt_int_from_i64(h);
}
static MoltValue R(int64_t a, int64_t b, int64_t c) { return molt_range_new(a, b, c); }
static MoltValue SL(MoltValue a, MoltValue b, MoltValue c) { return molt_slice_new(a, b, c); }
static MoltValue LR(int64_t n) { return molt_list_from_iterable(R(0, n, 1)); }

/* Runs obj.name(*args) and returns obj (for mutating methods), or the error. */
static MoltValue MUT(MoltValue obj, const char *name, int n, MoltValue a, MoltValue b) {
    MoltValue args[2] = {a, b};
    MoltValue r = molt_call_method(obj, name, args, n, MOLT_ERR);
    return r ? obj : MOLT_ERR;
}

static MoltValue SETITEM(MoltValue obj, MoltValue key, MoltValue v) { return molt_setitem(obj, key, v) < 0 ? MOLT_ERR : obj; }
static MoltValue DELITEM(MoltValue obj, MoltValue key) { return molt_delitem(obj, key) < 0 ? MOLT_ERR : obj; }
static MoltValue SORTK(MoltValue l, MoltValue key, bool rev) { return molt_list_sort(l, key, rev) < 0 ? MOLT_ERR : l; }
static MoltValue SELF_APPEND(void) {
    MoltValue l = L(2, I(1), I(2));
    molt_list_append(l, l);
    return l;
}
static MoltValue builtin(const char *name) { return molt_type_lookup_cstr(&molt_str_type, name); }

static void test_list(void) {
    CASE("[]", molt_list_new(0), "[]");
    CASE("list(range(5))", LR(5), "[0, 1, 2, 3, 4]");
    CASE("list((1, 'a'))", molt_list_from_iterable(T(2, I(1), S("a"))), "[1, 'a']");
    CASE("list(5)", molt_list_from_iterable(I(5)), "TypeError: 'int' object is not iterable");
    CASE("[1, 2] + [3]", molt_binop(MOLT_OP_ADD, L(2, I(1), I(2)), L(1, I(3))), "[1, 2, 3]");
    CASE("[1] + (1,)", molt_binop(MOLT_OP_ADD, L(1, I(1)), T(1, I(1))), "TypeError: can only concatenate list (not \"tuple\") to list");
    CASE("[1, 2] * 3", molt_binop(MOLT_OP_MUL, L(2, I(1), I(2)), I(3)), "[1, 2, 1, 2, 1, 2]");
    CASE("[1] * 2.0", molt_binop(MOLT_OP_MUL, L(1, I(1)), molt_float_new(2.0)), "TypeError: can't multiply sequence by non-int of type 'float'");
    CASE("[1, 2] < [1, 3]", molt_compare(MOLT_LT, L(2, I(1), I(2)), L(2, I(1), I(3))), "True");
    CASE("[1, 2] < [1, 2, 0]", molt_compare(MOLT_LT, L(2, I(1), I(2)), L(3, I(1), I(2), I(0))), "True");
    CASE("[1, 2] == [1, 2]", molt_compare(MOLT_EQ, L(2, I(1), I(2)), L(2, I(1), I(2))), "True");
    CASE("[1] < (1,)", molt_compare(MOLT_LT, L(1, I(1)), T(1, I(1))), "TypeError: '<' not supported between instances of 'list' and 'tuple'");
    CASE("[1, 'a'] < [1, 2]", molt_compare(MOLT_LT, L(2, I(1), S("a")), L(2, I(1), I(2))), "TypeError: '<' not supported between instances of 'str' and 'int'");
    CASE("list(range(10))[-3]", molt_getitem(LR(10), I(-3)), "7");
    CASE("list(range(10))[10]", molt_getitem(LR(10), I(10)), "IndexError: list index out of range");
    CASE("list(range(10))[2:8:3]", molt_getitem(LR(10), SL(I(2), I(8), I(3))), "[2, 5]");
    CASE("list(range(10))[::-2]", molt_getitem(LR(10), SL(molt_None, molt_None, I(-2))), "[9, 7, 5, 3, 1]");
    CASE("list(range(10))[-100:3]", molt_getitem(LR(10), SL(I(-100), I(3), molt_None)), "[0, 1, 2]");
    CASE("[1]['a']", molt_getitem(L(1, I(1)), S("a")), "TypeError: list indices must be integers or slices, not str");
    CASE("[1][10**30]", molt_getitem(L(1, I(1)), molt_int_from_str(S("1000000000000000000000000000000"), 10)), "IndexError: cannot fit 'int' into an index-sized integer");
    CASE("3 in [1, 2, 3]", molt_bool(molt_contains(L(3, I(1), I(2), I(3)), I(3))), "True");
    CASE("[1, [2, 'x'], (3,), {}]", L(4, I(1), L(2, I(2), S("x")), T(1, I(3)), molt_dict_new()), "[1, [2, 'x'], (3,), {}]");
    CASE("(lambda l: (l.append(l), l)[1])([1, 2])", SELF_APPEND(), "[1, 2, [...]]");
}

static void test_list_methods(void) {
    CASE("(lambda l: (l.insert(1, 'x'), l)[1])([1, 2])", MUT(L(2, I(1), I(2)), "insert", 2, I(1), S("x")), "[1, 'x', 2]");
    CASE("(lambda l: (l.insert(-10, 'x'), l)[1])([1, 2])", MUT(L(2, I(1), I(2)), "insert", 2, I(-10), S("x")), "['x', 1, 2]");
    CASE("(lambda l: (l.insert(10, 'x'), l)[1])([1, 2])", MUT(L(2, I(1), I(2)), "insert", 2, I(10), S("x")), "[1, 2, 'x']");
    CASE("(lambda l: (l.extend(range(3)), l)[1])([1])", MUT(L(1, I(1)), "extend", 1, R(0, 3, 1), 0), "[1, 0, 1, 2]");
    CASE("(lambda l: (l.extend(5), l)[1])([1])", MUT(L(1, I(1)), "extend", 1, I(5), 0), "TypeError: 'int' object is not iterable");
    CASE("[1, 2, 3].pop()", M(L(3, I(1), I(2), I(3)), "pop", 0), "3");
    CASE("[1, 2, 3].pop(0)", M(L(3, I(1), I(2), I(3)), "pop", 1, I(0)), "1");
    CASE("[].pop()", M(molt_list_new(0), "pop", 0), "IndexError: pop from empty list");
    CASE("[1].pop(5)", M(L(1, I(1)), "pop", 1, I(5)), "IndexError: pop index out of range");
    CASE("(lambda l: (l.remove(2), l)[1])([1, 2, 3, 2])", MUT(L(4, I(1), I(2), I(3), I(2)), "remove", 1, I(2), 0), "[1, 3, 2]");
    CASE("[1].remove(2)", M(L(1, I(1)), "remove", 1, I(2)), "ValueError: list.remove(x): x not in list");
    CASE("[1, 2, 3, 2].index(2)", M(L(4, I(1), I(2), I(3), I(2)), "index", 1, I(2)), "1");
    CASE("[1, 2, 3, 2].index(2, 2)", M(L(4, I(1), I(2), I(3), I(2)), "index", 2, I(2), I(2)), "3");
    CASE("[1].index(2)", M(L(1, I(1)), "index", 1, I(2)), "ValueError: 2 is not in list");
    CASE("['a'].index('b')", M(L(1, S("a")), "index", 1, S("b")), "ValueError: 'b' is not in list");
    CASE("[1, 2, 1].count(1)", M(L(3, I(1), I(2), I(1)), "count", 1, I(1)), "2");
    CASE("(lambda l: (l.reverse(), l)[1])([1, 2, 3])", MUT(L(3, I(1), I(2), I(3)), "reverse", 0, 0, 0), "[3, 2, 1]");
    CASE("(lambda l: (l.clear(), l)[1])([1, 2, 3])", MUT(L(3, I(1), I(2), I(3)), "clear", 0, 0, 0), "[]");
    CASE("[1, 2].copy()", M(L(2, I(1), I(2)), "copy", 0), "[1, 2]");
}

static void test_list_setitem(void) {
    CASE("(lambda l: (l.__setitem__(1, 'x'), l)[1])(list(range(5)))", SETITEM(LR(5), I(1), S("x")), "[0, 'x', 2, 3, 4]");
    CASE("(lambda l: (l.__setitem__(-1, 'x'), l)[1])(list(range(5)))", SETITEM(LR(5), I(-1), S("x")), "[0, 1, 2, 3, 'x']");
    CASE("[1].__setitem__(5, 1)", SETITEM(L(1, I(1)), I(5), I(1)), "IndexError: list assignment index out of range");
    CASE("(lambda l: (l.__setitem__(slice(1, 3), 'abc'), l)[1])(list(range(5)))", SETITEM(LR(5), SL(I(1), I(3), molt_None), S("abc")), "[0, 'a', 'b', 'c', 3, 4]");
    CASE("(lambda l: (l.__setitem__(slice(1, 4), []), l)[1])(list(range(5)))", SETITEM(LR(5), SL(I(1), I(4), molt_None), molt_list_new(0)), "[0, 4]");
    CASE("(lambda l: (l.__setitem__(slice(0, 5, 2), 'abc'), l)[1])(list(range(5)))", SETITEM(LR(5), SL(I(0), I(5), I(2)), S("abc")), "['a', 1, 'b', 3, 'c']");
    CASE("(lambda l: (l.__setitem__(slice(None, None, -2), 'abc'), l)[1])(list(range(5)))", SETITEM(LR(5), SL(molt_None, molt_None, I(-2)), S("abc")), "['c', 1, 'b', 3, 'a']");
    CASE("list(range(3)).__setitem__(slice(0, 3, 2), [1])", SETITEM(LR(3), SL(I(0), I(3), I(2)), L(1, I(1))), "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    CASE("list(range(3)).__setitem__(slice(0, 3, 2), 5)", SETITEM(LR(3), SL(I(0), I(3), I(2)), I(5)), "TypeError: must assign iterable to extended slice");
    CASE("list(range(3)).__setitem__(slice(0, 3), 5)", SETITEM(LR(3), SL(I(0), I(3), molt_None), I(5)), "TypeError: can only assign an iterable");
    CASE("(lambda l: (l.__setitem__(slice(5, 1), 'xy'), l)[1])(list(range(3)))", SETITEM(LR(3), SL(I(5), I(1), molt_None), S("xy")), "[0, 1, 2, 'x', 'y']");
    CASE("(lambda l: (l.__delitem__(slice(1, 8, 3)), l)[1])(list(range(10)))", DELITEM(LR(10), SL(I(1), I(8), I(3))), "[0, 2, 3, 5, 6, 8, 9]");
    CASE("(lambda l: (l.__delitem__(slice(None, None, -3)), l)[1])(list(range(10)))", DELITEM(LR(10), SL(molt_None, molt_None, I(-3))), "[1, 2, 4, 5, 7, 8]");
    CASE("(lambda l: (l.__delitem__(0), l)[1])(list(range(3)))", DELITEM(LR(3), I(0)), "[1, 2]");
    CASE("[].__delitem__(0)", DELITEM(molt_list_new(0), I(0)), "IndexError: list assignment index out of range");
}

static void test_sort(void) {
    CASE("sorted([5, 3, 9, 1, 3, -2])", SORTK(L(6, I(5), I(3), I(9), I(1), I(3), I(-2)), molt_None, false), "[-2, 1, 3, 3, 5, 9]");
    CASE("sorted(['b', 'a', 'é', 'c'], reverse=True)", SORTK(L(4, S("b"), S("a"), S("é"), S("c")), molt_None, true), "['é', 'c', 'b', 'a']");
    CASE("sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len)", SORTK(L(5, S("bb"), S("a"), S("ccc"), S("dd"), S("e")), molt_type_lookup_cstr(&molt_str_type, "__len__"), false), "['a', 'e', 'bb', 'dd', 'ccc']");
    CASE("sorted(['bb', 'a', 'ccc', 'dd', 'e'], key=len, reverse=True)", SORTK(L(5, S("bb"), S("a"), S("ccc"), S("dd"), S("e")), builtin("__len__"), true), "['ccc', 'bb', 'dd', 'a', 'e']");
    CASE("sorted([1, 'a'])", SORTK(L(2, I(1), S("a")), molt_None, false), "TypeError: '<' not supported between instances of 'str' and 'int'");
    CASE("sorted([(2, 'a'), (1, 'b'), (2, 'A')])", SORTK(L(3, T(2, I(2), S("a")), T(2, I(1), S("b")), T(2, I(2), S("A"))), molt_None, false), "[(1, 'b'), (2, 'A'), (2, 'a')]");
    CASE("sorted([2.5, 1, -3.5, 10**20])", SORTK(L(4, molt_float_new(2.5), I(1), molt_float_new(-3.5), molt_int_from_str(S("100000000000000000000"), 10)), molt_None, false), "[-3.5, 1, 2.5, 100000000000000000000]");
}

/* A long sort under GC stress: every allocation collects, so missing roots crash here. */
static void test_sort_stress(void) {
    MoltValue l = MOLT_ERR, t = MOLT_ERR;
    MOLT_ROOTS2(l, t);
    l = molt_list_new(0);
    for (int i = 0; i < 300; i++) {
        t = T(2, I((i * 7919) % 101), molt_str_from_cstr(i % 2 ? "odd" : "even"));
        molt_list_append(l, t);
    }
    bool was_stress = molt_gc_stress;
    molt_gc_stress = true;
    CHECK_INT(molt_list_sort(l, molt_None, false), 0);
    molt_gc_stress = was_stress;
    bool ordered = true;
    for (int i = 1; i < 300; i++) ordered = ordered && molt_compare_bool(MOLT_LE, molt_list_items(l)[i - 1], molt_list_items(l)[i]) == 1;
    CHECK(ordered);
    MOLT_UNROOT();
}

static void test_tuple(void) {
    CASE("()", molt_tuple_empty(), "()");
    CASE("(1,)", T(1, I(1)), "(1,)");
    CASE("(1, 'a', (2, 3))", T(3, I(1), S("a"), T(2, I(2), I(3))), "(1, 'a', (2, 3))");
    CASE("hash(())", HASH((molt_tuple_empty())), "5740354900026072187");
    CASE("hash((1,))", HASH((T(1, I(1)))), "-6644214454873602895");
    CASE("hash((1, 2, 3))", HASH((T(3, I(1), I(2), I(3)))), "529344067295497451");
    CASE("hash(((1, 2), (-1,)))", HASH((T(2, T(2, I(1), I(2)), T(1, I(-1))))), "2454452698395640195");
    CASE("hash((-1, -2, 2**61, 2**62))", HASH((T(4, I(-1), I(-2), molt_int_from_str(S("2305843009213693952"), 10), molt_int_from_str(S("4611686018427387904"), 10)))), "-7223052547899929783");
    CASE("hash((1.5, True, -7))", HASH((T(3, molt_float_new(1.5), molt_True, I(-7)))), "-4981249767773850778");
    CASE("hash(([1],))", HASH((T(1, L(1, I(1))))), "TypeError: unhashable type: 'list'");
    CASE("(1, 2) + (3,)", molt_binop(MOLT_OP_ADD, T(2, I(1), I(2)), T(1, I(3))), "(1, 2, 3)");
    CASE("(1,) + [1]", molt_binop(MOLT_OP_ADD, T(1, I(1)), L(1, I(1))), "TypeError: can only concatenate tuple (not \"list\") to tuple");
    CASE("(1, 2) * 2", molt_binop(MOLT_OP_MUL, T(2, I(1), I(2)), I(2)), "(1, 2, 1, 2)");
    CASE("(1, 2) < (1, 2, 3)", molt_compare(MOLT_LT, T(2, I(1), I(2)), T(3, I(1), I(2), I(3))), "True");
    CASE("(1, 3) > (1, 2, 3)", molt_compare(MOLT_GT, T(2, I(1), I(3)), T(3, I(1), I(2), I(3))), "True");
    CASE("(1, 2)[1]", molt_getitem(T(2, I(1), I(2)), I(1)), "2");
    CASE("(1, 2)[2]", molt_getitem(T(2, I(1), I(2)), I(2)), "IndexError: tuple index out of range");
    CASE("(1, 2, 3)[::-1]", molt_getitem(T(3, I(1), I(2), I(3)), SL(molt_None, molt_None, I(-1))), "(3, 2, 1)");
    CASE("(1, 2)[1.0]", molt_getitem(T(2, I(1), I(2)), molt_float_new(1.0)), "TypeError: tuple indices must be integers or slices, not float");
    CASE("(1, 2, 1).count(1)", M(T(3, I(1), I(2), I(1)), "count", 1, I(1)), "2");
    CASE("(1, 2, 1).index(1, 1)", M(T(3, I(1), I(2), I(1)), "index", 2, I(1), I(1)), "2");
    CASE("(1,).index(2)", M(T(1, I(1)), "index", 1, I(2)), "ValueError: tuple.index(x): x not in tuple");
    CASE("tuple([1, 2])", C(&molt_tuple_type, 1, L(2, I(1), I(2))), "(1, 2)");
    CASE("tuple('ab')", C(&molt_tuple_type, 1, S("ab")), "('a', 'b')");
    CASE("(([],),)", T(1, T(1, molt_list_new(0))), "(([],),)");
}

int main(void) {
    TEST_INIT();
    RUN(test_list);
    RUN(test_list_methods);
    RUN(test_list_setitem);
    RUN(test_sort);
    RUN(test_sort_stress);
    RUN(test_tuple);
    return TEST_REPORT();
}
