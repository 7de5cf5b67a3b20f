/*
 * Table-style checks for the container tests: CASE("python expr", c_expr, "expected") evaluates
 * c_expr (a MoltValue) and compares its repr, or "ExcType: message" when it raised, with the
 * expected text. Expected texts are produced by CPython 3.12 itself: gen/fill_expected.py
 * evaluates every "python expr" and rewrites the third argument (run it after adding cases).
 */
#ifndef MOLT_TEST_CASES_H
#define MOLT_TEST_CASES_H

#include <stdarg.h>

#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/dict.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

/* Text of a result: repr, or "Type: message" for a pending exception. */
static const char *case_text(MoltValue v) {
    static char buf[4096];
    if (!v) {
        MoltValue exc = molt_err_fetch();
        if (!exc) return "(MOLT_ERR without exception)";
        MoltValue msg = molt_exc_str(exc);
        const char *m = msg ? molt_str_utf8(msg) : "(no message)";
        if (msg && molt_str_nbytes(msg) == 0) snprintf(buf, sizeof buf, "%s", molt_type_of(exc)->name);
        else snprintf(buf, sizeof buf, "%s: %s", molt_type_of(exc)->name, m);
        return buf;
    }
    MoltValue r = molt_repr(v);
    if (!r) {
        molt_err_clear();
        return "(repr failed)";
    }
    snprintf(buf, sizeof buf, "%s", molt_str_utf8(r));
    return buf;
}

/* The collector is paused while a case's C expression runs: its temporaries are unrooted. */
#define CASE(py, expr, expected)                                                           \
    do {                                                                                   \
        molt_gc_pause();                                                                   \
        MoltValue case_v_ = (expr);                                                        \
        const char *case_t_ = case_text(case_v_);                                          \
        molt_gc_resume();                                                                  \
        molt_test_checks++;                                                                \
        if (strcmp(case_t_, (expected)) != 0)                                              \
            MOLT_TEST_FAIL_("%s -> %s, expected %s", py, case_t_, (const char *)(expected)); \
    } while (0)

static inline MoltValue S(const char *s) { return molt_str_from_cstr(s); }
static inline MoltValue I(int64_t i) { return molt_small(i); }

/* Tuple / list of n values. */
static inline MoltValue T(int n, ...) {
    va_list ap;
    va_start(ap, n);
    MoltValue t = molt_tuple_new(n);
    for (int i = 0; i < n; i++) molt_tuple_items(t)[i] = va_arg(ap, MoltValue);
    va_end(ap);
    return t;
}

static inline MoltValue L(int n, ...) {
    va_list ap;
    va_start(ap, n);
    MoltValue l = molt_list_new(n);
    for (int i = 0; i < n; i++) molt_list_append(l, va_arg(ap, MoltValue));
    va_end(ap);
    return l;
}

/* obj.name(*args) with n positional arguments. */
static inline MoltValue M(MoltValue obj, const char *name, int n, ...) {
    MoltValue args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, MoltValue);
    va_end(ap);
    if (!obj) return MOLT_ERR;
    return molt_call_method(obj, name, args, n, MOLT_ERR);
}

/* obj.name(*args, **{kw: kwv}) with n positional arguments and one keyword. */
static inline MoltValue MK(MoltValue obj, const char *name, const char *kw, MoltValue kwv, int n, ...) {
    MoltValue args[9];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, MoltValue);
    va_end(ap);
    args[n] = kwv;
    MoltValue names = T(1, S(kw));
    return molt_call_method(obj, name, args, n, names);
}

/* Python-level b"..." with explicit length (may contain NULs). */
#define B(lit) molt_bytes_from(lit, (int64_t)sizeof(lit) - 1)

/* A builtin type called like a constructor: type(*args). */
static inline MoltValue C(MoltType *t, int n, ...) {
    MoltValue args[8];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, MoltValue);
    va_end(ap);
    return molt_call(molt_val(t), args, n, MOLT_ERR);
}

#endif
