/*
 * Tiny unit-test harness for the runtime. A test file looks like:
 *
 *   #include "test.h"
 *   static void test_add(void) { CHECK_INT(1 + 1, 2); }
 *   int main(void) { TEST_INIT(); RUN(test_add); return TEST_REPORT(); }
 *
 * Checks keep going after a failure so one run shows every broken case.
 * Expected values in tests come from CPython 3.12 (say so in a comment next to them).
 */
#ifndef MOLT_TEST_H
#define MOLT_TEST_H

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "molt/object.h"
#include "molt/runtime.h"

static int molt_test_checks, molt_test_failures;
static const char *molt_test_current = "";

#define MOLT_TEST_FAIL_(...)                                                              \
    do {                                                                                  \
        molt_test_failures++;                                                             \
        fprintf(stderr, "%s:%d: [%s] ", __FILE__, __LINE__, molt_test_current);           \
        fprintf(stderr, __VA_ARGS__);                                                     \
        fputc('\n', stderr);                                                              \
    } while (0)

#define CHECK(cond)                                                                       \
    do {                                                                                  \
        molt_test_checks++;                                                               \
        if (!(cond)) MOLT_TEST_FAIL_("CHECK failed: %s", #cond);                          \
    } while (0)

#define CHECK_INT(actual, expected)                                                       \
    do {                                                                                  \
        long long molt_a_ = (long long)(actual), molt_e_ = (long long)(expected);         \
        molt_test_checks++;                                                               \
        if (molt_a_ != molt_e_)                                                           \
            MOLT_TEST_FAIL_("%s == %lld, expected %lld", #actual, molt_a_, molt_e_);      \
    } while (0)

/* NULL on either side is reported instead of crashing. */
#define CHECK_STR(actual, expected)                                                       \
    do {                                                                                  \
        const char *molt_a_ = (actual), *molt_e_ = (expected);                            \
        molt_test_checks++;                                                               \
        if (!molt_a_ || !molt_e_ || strcmp(molt_a_, molt_e_) != 0)                        \
            MOLT_TEST_FAIL_("%s == \"%s\", expected \"%s\"", #actual,                     \
                            molt_a_ ? molt_a_ : "(null)", molt_e_ ? molt_e_ : "(null)");  \
    } while (0)

/* Bitwise equality, so -0.0 vs 0.0 and NaNs are told apart or matched exactly. */
#define CHECK_DBL(actual, expected)                                                       \
    do {                                                                                  \
        double molt_a_ = (actual), molt_e_ = (expected);                                  \
        molt_test_checks++;                                                               \
        if (memcmp(&molt_a_, &molt_e_, sizeof(double)) != 0 &&                            \
            !(isnan(molt_a_) && isnan(molt_e_)))                                          \
            MOLT_TEST_FAIL_("%s == %.17g, expected %.17g", #actual, molt_a_, molt_e_);    \
    } while (0)

/* The call raised (returned MOLT_ERR / -1) and the pending exception is of `type`; clears it. */
#define CHECK_RAISES(type)                                                                \
    do {                                                                                  \
        molt_test_checks++;                                                               \
        if (!molt_err_matches(&(type)))                                                   \
            MOLT_TEST_FAIL_("expected %s to be raised", #type);                           \
        molt_err_clear();                                                                 \
    } while (0)

/* No exception is pending (clears one if there is, reporting it). */
#define CHECK_NO_ERR()                                                                    \
    do {                                                                                  \
        molt_test_checks++;                                                               \
        if (molt_err_occurred()) {                                                        \
            MOLT_TEST_FAIL_("unexpected exception pending");                              \
            molt_err_clear();                                                             \
        }                                                                                 \
    } while (0)

#define TEST_INIT() molt_runtime_init()

#define RUN(fn)                                                                           \
    do {                                                                                  \
        molt_test_current = #fn;                                                          \
        fn();                                                                             \
    } while (0)

#define TEST_REPORT()                                                                     \
    (fprintf(stderr, "%s: %d checks, %d failures\n", __FILE__, molt_test_checks,          \
             molt_test_failures),                                                         \
     molt_test_failures ? 1 : 0)

#endif
