/* int and bigint arithmetic. Expected values come from CPython 3.12 (tests/int_cases.inc is generated
 * by tests/gen/gen_int_cases.py; the literals below were printed by python3.12). */
#include <stdlib.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/int.h"
#include "molt/str.h"
#include "test.h"

static const char *const cases[][14] = {
#include "int_cases.inc"
};

static MoltValue I(const char *s) { return molt_int_from_cstr(s, (int64_t)strlen(s), 10); }

/* Decimal text of v, or the name of the pending exception type. */
static char result_buf[8192];
static const char *text(MoltValue v) {
    if (!v) {
        MoltType *t = molt_err_type();
        snprintf(result_buf, sizeof result_buf, "%s", t ? t->name : "(no exception)");
        molt_err_clear();
        return result_buf;
    }
    if (molt_is_float(v)) {
        molt_double_repr(molt_float_value(v), result_buf);
        return result_buf;
    }
    char *s = molt_int_to_cstr(v);
    if (!s) return text(MOLT_ERR);
    snprintf(result_buf, sizeof result_buf, "%s", s);
    free(s);
    return result_buf;
}

static void test_generated_cases(void) {
    size_t n = sizeof cases / sizeof *cases;
    for (size_t i = 0; i < n; i++) {
        MoltValue a = I(cases[i][0]), b = MOLT_ERR;
        MOLT_ROOTS2(a, b);
        b = I(cases[i][1]);
        CHECK_STR(text(a), cases[i][0]);
        CHECK_STR(text(molt_int_add(a, b)), cases[i][2]);
        CHECK_STR(text(molt_int_sub(a, b)), cases[i][3]);
        CHECK_STR(text(molt_int_mul(a, b)), cases[i][4]);
        CHECK_STR(text(molt_int_floordiv(a, b)), cases[i][5]);
        CHECK_STR(text(molt_int_mod(a, b)), cases[i][6]);
        CHECK_STR(text(molt_int_and(a, b)), cases[i][7]);
        CHECK_STR(text(molt_int_or(a, b)), cases[i][8]);
        CHECK_STR(text(molt_int_xor(a, b)), cases[i][9]);
        int64_t bv = 0;
        MoltValue s = molt_int_mod(molt_int_abs(b), molt_small(200));
        molt_int_as_i64(s, &bv);
        CHECK_STR(text(molt_int_lshift(a, molt_small(bv))), cases[i][10]);
        CHECK_STR(text(molt_int_rshift(a, molt_small(bv))), cases[i][11]);
        char h[32];
        snprintf(h, sizeof h, "%lld", (long long)molt_int_hash(a));
        CHECK_STR(h, cases[i][12]);
        CHECK_STR(text(molt_int_truediv(a, b)), cases[i][13]);
        MOLT_UNROOT();
    }
}

static void test_binop_generic(void) {
    /* through the generic protocol: small-int fast paths and overflow into bigints */
    CHECK_STR(text(molt_binop(MOLT_OP_ADD, molt_small(MOLT_SMALL_MAX), molt_small(1))), "4611686018427387904");
    CHECK_STR(text(molt_binop(MOLT_OP_MUL, molt_small(3037000500), molt_small(3037000500))), "9223372037000250000");
    CHECK_STR(text(molt_binop(MOLT_OP_FLOORDIV, molt_small(-7), molt_small(2))), "-4");
    CHECK_STR(text(molt_binop(MOLT_OP_MOD, molt_small(-7), molt_small(2))), "1");
    CHECK_STR(text(molt_binop(MOLT_OP_MOD, molt_small(7), molt_small(-2))), "-1");
    CHECK_STR(text(molt_binop(MOLT_OP_AND, molt_small(-5), molt_small(-3))), "-7");
    CHECK_STR(text(molt_invert(molt_small(-5))), "4");
    CHECK_STR(text(molt_binop(MOLT_OP_RSHIFT, molt_small(-7), molt_small(1))), "-4");
    CHECK_STR(text(molt_binop(MOLT_OP_ADD, molt_True, molt_small(1))), "2");
    CHECK_STR(text(molt_binop(MOLT_OP_TRUEDIV, molt_small(1), molt_small(3))), "0.3333333333333333");
}

static void test_pow(void) {
    CHECK_STR(text(molt_int_pow(molt_small(2), molt_small(100), MOLT_ERR)), "1267650600228229401496703205376");
    CHECK_STR(text(molt_int_pow(molt_small(-3), molt_small(41), MOLT_ERR)), "-36472996377170786403");
    CHECK_STR(text(molt_int_pow(molt_small(2), molt_small(-1), MOLT_ERR)), "0.5");
    CHECK_STR(text(molt_int_pow(molt_small(2), molt_small(3), molt_small(-5))), "-2");  /* pow(2,3,-5) */
    CHECK_STR(text(molt_int_pow(molt_small(3), molt_small(-1), molt_small(7))), "5");   /* pow(3,-1,7) */
    CHECK_STR(text(molt_int_pow(I("123456789123456789"), I("987654321"), I("1000000007"))), "44898182");
    CHECK(molt_int_pow(molt_small(2), molt_small(-1), molt_small(4)) == MOLT_ERR);
    CHECK_RAISES(molt_ValueError);
    CHECK(molt_int_pow(molt_small(0), molt_small(-1), MOLT_ERR) == MOLT_ERR);
    CHECK_RAISES(molt_ZeroDivisionError);
}

static const char *message(void) {
    static char buf[512];
    MoltValue e = molt_err_fetch();
    MoltValue s = e ? molt_str(e) : MOLT_ERR;
    snprintf(buf, sizeof buf, "%s: %s", e ? molt_obj(e)->type->name : "none", s ? molt_str_utf8(s) : "?");
    return buf;
}

static void test_errors(void) {
    molt_int_floordiv(molt_small(1), molt_small(0));
    CHECK_STR(message(), "ZeroDivisionError: integer division or modulo by zero");
    molt_int_mod(molt_small(1), molt_small(0));
    CHECK_STR(message(), "ZeroDivisionError: integer modulo by zero");
    molt_int_truediv(molt_small(1), molt_small(0));
    CHECK_STR(message(), "ZeroDivisionError: division by zero");
    molt_int_lshift(molt_small(1), molt_small(-1));
    CHECK_STR(message(), "ValueError: negative shift count");
    molt_binop(MOLT_OP_ADD, molt_small(1), molt_str_from_cstr("a"));
    CHECK_STR(message(), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    molt_compare(MOLT_LT, molt_small(1), molt_str_from_cstr("a"));
    CHECK_STR(message(), "TypeError: '<' not supported between instances of 'int' and 'str'");
    molt_int_truediv(molt_int_pow(molt_small(2), molt_small(1100), MOLT_ERR), molt_small(3));
    CHECK_STR(message(), "OverflowError: integer division result too large for a float");
}

static void test_parse(void) {
    /* int(text, base) per python3.12 */
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr(" 12_3 "), 10)), "123");
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr("ff"), 16)), "255");
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr("0x1f"), 0)), "31");
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr("-0o17"), 0)), "-15");
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr("0b"), 16)), "11");
    CHECK_STR(text(molt_int_from_str(molt_str_from_cstr("-99999999999999999999999"), 10)), "-99999999999999999999999");
    molt_int_from_str(molt_str_from_cstr("x"), 10);
    CHECK_STR(message(), "ValueError: invalid literal for int() with base 10: 'x'");
    molt_int_from_str(molt_str_from_cstr("1__2"), 10);
    CHECK_STR(message(), "ValueError: invalid literal for int() with base 10: '1__2'");
    molt_int_from_str(molt_str_from_cstr("010"), 0);
    CHECK_STR(message(), "ValueError: invalid literal for int() with base 0: '010'");
    molt_int_from_str(molt_str_from_cstr("12"), 1);
    CHECK_STR(message(), "ValueError: int() base must be >= 2 and <= 36, or 0");
    CHECK_STR(molt_str_utf8(molt_int_to_base(molt_small(-255), 16)), "-0xff");
    CHECK_STR(molt_str_utf8(molt_int_to_base(molt_small(-5), 2)), "-0b101");
    CHECK_STR(molt_str_utf8(molt_int_to_base(molt_small(8), 8)), "0o10");
    CHECK_INT(molt_int_bit_length(I("-1267650600228229401496703205376")), 101);
}

static void test_hash_and_double(void) {
    CHECK_INT(molt_int_hash(molt_small(-1)), -2);       /* hash(-1) */
    CHECK_INT(molt_int_hash(I("2305843009213693951")), 0); /* hash(2**61-1) */
    CHECK_INT(molt_int_hash(I("2305843009213693952")), 1); /* hash(2**61) */
    CHECK_INT(molt_int_hash(I("-1180591620717411303424")), -512); /* hash(-2**70) */
    double d;
    CHECK(molt_int_to_double(I("9007199254740993"), &d) == 0); /* 2**53+1 rounds to even */
    CHECK_DBL(d, 9007199254740992.0);
    CHECK(molt_int_to_double(I("9007199254740995"), &d) == 0);
    CHECK_DBL(d, 9007199254740996.0);
    CHECK_STR(text(molt_int_from_double(1e100)),
              "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104");
    molt_int_from_double(INFINITY);
    CHECK_STR(message(), "OverflowError: cannot convert float infinity to integer");
}

int main(void) {
    TEST_INIT();
    RUN(test_generated_cases);
    RUN(test_binop_generic);
    RUN(test_pow);
    RUN(test_errors);
    RUN(test_parse);
    RUN(test_hash_and_double);
    return TEST_REPORT();
}
