/* float.hex/fromhex, int.to_bytes/from_bytes/as_integer_ratio and sum()'s float path. Expected text is
 * CPython 3.12's: repr() of the expression in the comment, printed by python3.12. */
#include "molt/builtins.h"
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static char buf[1024];

/* repr of a result, or "Type: message" of the pending exception. */
static const char *show(MoltValue v) {
    if (!v) {
        MoltValue e = molt_err_fetch();
        if (!e) return "(no exception)";
        MoltValue s = molt_str(e);
        snprintf(buf, sizeof buf, "%s: %s", molt_obj(e)->type->name, s ? molt_str_utf8(s) : "?");
        return buf;
    }
    MoltValue r = molt_repr(v);
    snprintf(buf, sizeof buf, "%s", r ? molt_str_utf8(r) : "(repr failed)");
    return buf;
}

static MoltValue S(const char *s) { return molt_str_from_cstr(s); }
static MoltValue B(const char *s, int64_t n) { return molt_bytes_from(s, n); }

/* obj.name(args...) with the last nkw arguments passed by the names in kw. */
static MoltValue call(MoltValue obj, const char *name, int64_t n, const MoltValue *args, int64_t nkw, const char *kw) {
    MoltRootArray ra; /* args may hold fresh values */
    molt_root_array_push(&ra, args, n);
    MoltValue kwnames = MOLT_ERR;
    MOLT_ROOTS2(obj, kwnames);
    if (nkw) kwnames = molt_tuple_pack(1, S(kw));
    MoltValue r = molt_call_method(obj, name, args, n - nkw, kwnames);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return r;
}

static const char *fromhex(const char *s) {
    MoltValue a[1] = {S(s)};
    return show(call(molt_val(&molt_float_type.ob), "fromhex", 1, a, 0, NULL));
}

static void test_float_hex(void) {
    /* x.hex() */
    CHECK_STR(show(molt_float_hex(0.5)), "'0x1.0000000000000p-1'");
    CHECK_STR(show(molt_float_hex(3.75)), "'0x1.e000000000000p+1'");
    CHECK_STR(show(molt_float_hex(-0.1)), "'-0x1.999999999999ap-4'");
    CHECK_STR(show(molt_float_hex(0.0)), "'0x0.0p+0'");
    CHECK_STR(show(molt_float_hex(-0.0)), "'-0x0.0p+0'");
    CHECK_STR(show(molt_float_hex(1e308)), "'0x1.1ccf385ebc8a0p+1023'");
    CHECK_STR(show(molt_float_hex(5e-324)), "'0x0.0000000000001p-1022'");
    CHECK_STR(show(molt_float_hex(2.2250738585072014e-308)), "'0x1.0000000000000p-1022'");
    CHECK_STR(show(molt_float_hex(1.0 / 3.0)), "'0x1.5555555555555p-2'");
    CHECK_STR(show(molt_float_hex(1.7976931348623157e308)), "'0x1.fffffffffffffp+1023'");
    CHECK_STR(show(molt_float_hex(123456789.0)), "'0x1.d6f3454000000p+26'");
    CHECK_STR(show(molt_float_hex(-INFINITY)), "'-inf'");
    CHECK_STR(show(molt_float_hex(NAN)), "'nan'");
    CHECK_STR(show(call(molt_float_new(0.5), "hex", 0, NULL, 0, NULL)), "'0x1.0000000000000p-1'");
}

static void test_float_fromhex(void) {
    /* float.fromhex(s) */
    CHECK_STR(fromhex("0x1.8p1"), "3.0");
    CHECK_STR(fromhex("  0X1.8P+1  "), "3.0");
    CHECK_STR(fromhex("-0x.8"), "-0.5");
    CHECK_STR(fromhex("1.8p1"), "3.0");
    CHECK_STR(fromhex("0x0p0"), "0.0");
    CHECK_STR(fromhex("-0x0p0"), "-0.0");
    CHECK_STR(fromhex("inf"), "inf");
    CHECK_STR(fromhex("-Infinity"), "-inf");
    CHECK_STR(fromhex("NAN"), "nan");
    CHECK_STR(fromhex("abc"), "2748.0");
    CHECK_STR(fromhex("0x1p-1074"), "5e-324");
    CHECK_STR(fromhex("0x1p-1075"), "0.0");           /* a tie: to even, zero */
    CHECK_STR(fromhex("0x1.8p-1075"), "5e-324");
    CHECK_STR(fromhex("0x3p-1076"), "5e-324");
    CHECK_STR(fromhex("0x1.00000000000008p0"), "1.0"); /* a tie: to even */
    CHECK_STR(fromhex("0x1.00000000000008000001p0"), "1.0000000000000002");
    CHECK_STR(fromhex("0x1.00000000000018p0"), "1.0000000000000004");
    CHECK_STR(fromhex("0x123456789abcdef123p0"), "3.358127276707303e+20");
    CHECK_STR(fromhex("0x.0000000001p40"), "1.0");
    CHECK_STR(fromhex("0x1.fffffffffffffp1023"), "1.7976931348623157e+308");
    CHECK_STR(fromhex("0x1p-99999999999999999999"), "0.0");
    CHECK_STR(fromhex("0x1.fffffffffffff8p1023"),
              "OverflowError: hexadecimal value too large to represent as a float");
    CHECK_STR(fromhex("0x1p99999999999999999999"),
              "OverflowError: hexadecimal value too large to represent as a float");
    const char *bad[] = {"0x", "1p", "0x1.2.3", "", "0x1p+", " 0x1 p1"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK_STR(fromhex(bad[i]), "ValueError: invalid hexadecimal floating-point string");
}

static const char *to_bytes(MoltValue v, int64_t length, const char *order, int is_signed) {
    MOLT_ROOTS1(v);
    MoltValue a[3] = {molt_small(length), S(order), molt_bool(is_signed)};
    const char *r = show(call(v, "to_bytes", is_signed >= 0 ? 3 : 2, a, is_signed >= 0 ? 1 : 0, "signed"));
    MOLT_UNROOT();
    return r;
}

static const char *from_bytes(MoltValue b, const char *order, int is_signed) {
    MOLT_ROOTS1(b);
    MoltValue a[3] = {b, S(order), molt_bool(is_signed)};
    const char *r = show(call(molt_val(&molt_int_type.ob), "from_bytes", is_signed >= 0 ? 3 : 2, a,
                              is_signed >= 0 ? 1 : 0, "signed"));
    MOLT_UNROOT();
    return r;
}

static void test_int_bytes(void) {
    MoltValue big = molt_int_add(molt_int_lshift(molt_small(1), molt_small(70)), molt_small(5)); /* 2**70 + 5 */
    MOLT_ROOTS1(big);
    CHECK_STR(to_bytes(molt_small(7), 2, "big", -1), "b'\\x00\\x07'");
    CHECK_STR(to_bytes(molt_small(1024), 2, "little", -1), "b'\\x00\\x04'");
    CHECK_STR(to_bytes(molt_small(-1), 2, "big", 1), "b'\\xff\\xff'");
    CHECK_STR(to_bytes(molt_small(-128), 1, "big", 1), "b'\\x80'");
    CHECK_STR(to_bytes(molt_small(-129), 1, "big", 1), "OverflowError: int too big to convert");
    CHECK_STR(to_bytes(molt_small(128), 1, "big", 1), "OverflowError: int too big to convert");
    CHECK_STR(to_bytes(molt_small(-1), 2, "big", -1), "OverflowError: can't convert negative int to unsigned");
    CHECK_STR(to_bytes(molt_small(0), 0, "big", -1), "b''");
    CHECK_STR(to_bytes(big, 10, "little", -1), "b'\\x05\\x00\\x00\\x00\\x00\\x00\\x00\\x00@\\x00'");
    CHECK_STR(to_bytes(molt_int_neg(molt_int_lshift(molt_small(1), molt_small(70))), 10, "big", 1),
              "b'\\xff\\xc0\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00'"); /* (-2**70).to_bytes(10, 'big', signed=True) */
    CHECK_STR(to_bytes(molt_small(1), -1, "big", -1), "ValueError: length argument must be non-negative");
    CHECK_STR(to_bytes(molt_small(1), 2, "middle", -1), "ValueError: byteorder must be either 'little' or 'big'");
    /* Defaults: length 1, big-endian. (255).to_bytes(), (256).to_bytes() */
    CHECK_STR(show(call(molt_small(255), "to_bytes", 0, NULL, 0, NULL)), "b'\\xff'");
    CHECK_STR(show(call(molt_small(256), "to_bytes", 0, NULL, 0, NULL)), "OverflowError: int too big to convert");
    MoltValue three[3] = {molt_small(2), S("big"), molt_True};
    CHECK_STR(show(call(molt_small(7), "to_bytes", 3, three, 0, NULL)),
              "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");

    CHECK_STR(from_bytes(B("\x01\x00", 2), "little", -1), "1");
    CHECK_STR(from_bytes(B("\xff\xff", 2), "big", 1), "-1");
    CHECK_STR(from_bytes(B("\x80\x00", 2), "big", 1), "-32768");
    CHECK_STR(from_bytes(B("", 0), "big", -1), "0");
    MoltValue l = molt_list_from_array((MoltValue[]){molt_small(1), molt_small(2), molt_small(3)}, 3);
    CHECK_STR(from_bytes(l, "big", -1), "66051");
    CHECK_STR(from_bytes(B("\0\0\0\x80\0\0\0\0\0\0\0\0", 12), "big", 1), "2361183241434822606848");
    CHECK_STR(from_bytes(B("\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c", 12), "little", -1),
              "3727165692135864801209549313");
    CHECK_STR(from_bytes(S("ab"), "big", -1), "TypeError: cannot convert 'str' object to bytes");
    /* (7).as_integer_ratio(), True.as_integer_ratio() */
    CHECK_STR(show(call(molt_small(7), "as_integer_ratio", 0, NULL, 0, NULL)), "(7, 1)");
    CHECK_STR(show(call(molt_True, "as_integer_ratio", 0, NULL, 0, NULL)), "(1, 1)");
    MOLT_UNROOT();
}

static MoltValue floats(int n, const double *v) {
    MoltValue l = molt_list_from_array(NULL, 0);
    MOLT_ROOTS1(l);
    for (int i = 0; i < n; i++) molt_list_append(l, molt_float_new(v[i]));
    MOLT_UNROOT();
    return l;
}

enum { NO_START, FLOAT_START, TRUE_START };

/* sum(list_of_floats[, start]) with the list rooted while the start is made. */
static const char *sum_floats(int n, const double *v, int start_kind, double start) {
    MoltValue l = floats(n, v), st = MOLT_ERR;
    MOLT_ROOTS2(l, st);
    st = start_kind == FLOAT_START ? molt_float_new(start) : start_kind == TRUE_START ? molt_True : MOLT_ERR;
    const char *r = show(molt_builtin_sum(l, st));
    MOLT_UNROOT();
    return r;
}

/* CPython 3.12 sums floats with Neumaier compensation, once the running total is a float. */
static void test_sum_floats(void) {
    double tenth[10] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
    CHECK_STR(sum_floats(10, tenth, NO_START, 0), "1.0");          /* sum([0.1] * 10) */
    CHECK_STR(sum_floats(2, (double[]){0.1, 0.2}, NO_START, 0), "0.30000000000000004");
    CHECK_STR(sum_floats(3, (double[]){1e100, 1.0, -1e100}, NO_START, 0), "1.0");
    CHECK_STR(sum_floats(2, (double[]){INFINITY, 1.0}, NO_START, 0), "inf");
    CHECK_STR(sum_floats(2, (double[]){INFINITY, -INFINITY}, NO_START, 0), "nan");
    CHECK_STR(sum_floats(3, (double[]){1e308, 1e308, -1e308}, NO_START, 0), "inf");
    CHECK_STR(sum_floats(1, (double[]){-0.0}, NO_START, 0), "0.0");  /* 0 + -0.0 */
    CHECK_STR(sum_floats(1, (double[]){-0.0}, FLOAT_START, -0.0), "-0.0");
    CHECK_STR(sum_floats(3, (double[]){0.1, 0.2, 0.3}, FLOAT_START, 0.5), "1.1");
    /* A bool start skips the float path: sum([0.1] * 10, True) */
    CHECK_STR(sum_floats(10, tenth, TRUE_START, 0), "2.000000000000001");
    MoltValue l = MOLT_ERR;
    MOLT_ROOTS1(l);
    /* Ints fitting 64 bits join the float total uncompensated: sum([0.1, 10, 0.2, True]) */
    l = floats(1, (double[]){0.1});
    molt_list_append(l, molt_small(10));
    molt_list_append(l, molt_float_new(0.2));
    molt_list_append(l, molt_True);
    CHECK_STR(show(molt_builtin_sum(l, MOLT_ERR)), "11.299999999999999");
    /* Leaving the int path by overflow skips the float path: sum([2**62, 2**62, 0.1, 0.2, 0.3]) */
    l = molt_list_from_array(NULL, 0);
    molt_list_append(l, molt_int_lshift(molt_small(1), molt_small(62)));
    molt_list_append(l, molt_int_lshift(molt_small(1), molt_small(62)));
    molt_list_append(l, molt_float_new(0.1));
    molt_list_append(l, molt_float_new(0.2));
    molt_list_append(l, molt_float_new(0.3));
    CHECK_STR(show(molt_builtin_sum(l, MOLT_ERR)), "9.223372036854776e+18");
    /* A big int ends the float path: sum([0.1, 2**70, 0.2]) */
    l = floats(1, (double[]){0.1});
    molt_list_append(l, molt_int_lshift(molt_small(1), molt_small(70)));
    molt_list_append(l, molt_float_new(0.2));
    CHECK_STR(show(molt_builtin_sum(l, MOLT_ERR)), "1.1805916207174113e+21");
    /* sum(range(10), 0.1) */
    l = molt_range_new(0, 10, 1);
    CHECK_STR(show(molt_builtin_sum(l, molt_float_new(0.1))), "45.1");
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    RUN(test_float_hex);
    RUN(test_float_fromhex);
    RUN(test_int_bytes);
    RUN(test_sum_floats);
    return TEST_REPORT();
}
