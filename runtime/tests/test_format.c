/* format(value, spec) for int and float; expected strings from CPython 3.12 (tests/gen/gen_format_cases.py). */
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/int.h"
#include "molt/str.h"
#include "test.h"

typedef struct { uint64_t bits; const char *spec, *expected; } FloatCase;
typedef struct { const char *value, *spec, *expected; } IntCase;

static const FloatCase float_cases[] = {
#define FORMAT_FLOAT_CASES
#include "format_cases.inc"
#undef FORMAT_FLOAT_CASES
};
static const IntCase int_cases[] = {
#define FORMAT_INT_CASES
#include "format_cases.inc"
#undef FORMAT_INT_CASES
};

static char buf[1024];
static const char *result(MoltValue r) {
    if (r) return molt_str_utf8(r);
    MoltValue e = molt_err_fetch();
    MoltValue s = molt_str(e);
    snprintf(buf, sizeof buf, "%s: %s", molt_obj(e)->type->name, s ? molt_str_utf8(s) : "?");
    return buf;
}

static void test_float_specs(void) {
    for (size_t i = 0; i < sizeof float_cases / sizeof *float_cases; i++) {
        double d;
        memcpy(&d, &float_cases[i].bits, sizeof d);
        MoltValue spec = molt_str_from_cstr(float_cases[i].spec), v = MOLT_ERR;
        MOLT_ROOTS2(spec, v);
        v = molt_float_new(d);
        CHECK_STR(result(molt_format(v, spec)), float_cases[i].expected);
        MOLT_UNROOT();
    }
}

static void test_int_specs(void) {
    for (size_t i = 0; i < sizeof int_cases / sizeof *int_cases; i++) {
        MoltValue v = molt_int_from_cstr(int_cases[i].value, (int64_t)strlen(int_cases[i].value), 10);
        MOLT_ROOTS1(v);
        MoltValue spec = MOLT_ERR;
        MoltCRoots r2 = {0, {&spec}, 1};
        molt_croots_push(&r2);
        spec = molt_str_from_cstr(int_cases[i].spec);
        CHECK_STR(result(molt_format(v, spec)), int_cases[i].expected);
        molt_croots_pop(&r2);
        MOLT_UNROOT();
    }
    /* format(True, '') == 'True', format(True, 'd') == '1' */
    CHECK_STR(result(molt_format(molt_True, molt_str_from_cstr(""))), "True");
    CHECK_STR(result(molt_format(molt_True, molt_str_from_cstr("d"))), "1");
}

int main(void) {
    TEST_INIT();
    RUN(test_float_specs);
    RUN(test_int_specs);
    return TEST_REPORT();
}
