/* Exceptions: message rules, chaining, traceback text, recursion limit, SystemExit in molt_main.
 * Expected texts are what python3.12 prints for the equivalent programs (shown in comments),
 * minus the source lines CPython adds under each File entry. */
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static const char *fmt(MoltValue exc) {
    static char buf[2048];
    MoltValue s = molt_exc_format(exc);
    snprintf(buf, sizeof buf, "%s", s ? molt_str_utf8(s) : "(format failed)");
    return buf;
}

static void test_message_rules(void) {
    MoltValue a[2] = {molt_small(1), molt_small(2)};
    MoltFrame roots = {0, a, 2, 0, "test", "test_errors.c"}; /* a[] holds heap values across allocations */
    molt_frame_push(&roots);
    CHECK_STR(fmt(molt_exc_new(&molt_ValueError, NULL, 0)), "ValueError\n");          /* raise ValueError */
    a[0] = molt_str_from_cstr("");
    CHECK_STR(fmt(molt_exc_new(&molt_ValueError, a, 1)), "ValueError\n");             /* raise ValueError('') */
    a[0] = molt_small(1);
    CHECK_STR(fmt(molt_exc_new(&molt_ValueError, a, 2)), "ValueError: (1, 2)\n");     /* raise ValueError(1, 2) */
    a[0] = molt_str_from_cstr("a");
    CHECK_STR(fmt(molt_exc_new(&molt_KeyError, a, 1)), "KeyError: 'a'\n");            /* raise KeyError('a') */
    CHECK_STR(fmt(molt_exc_new(&molt_ValueError, a, 1)), "ValueError: a\n");
    CHECK_STR(molt_str_utf8(molt_repr(molt_exc_new(&molt_ValueError, a, 1))), "ValueError('a')");
    CHECK_STR(molt_str_utf8(molt_repr(molt_exc_new(&molt_ValueError, NULL, 0))), "ValueError()");
    a[1] = molt_small(2);
    CHECK_STR(molt_str_utf8(molt_repr(molt_exc_new(&molt_KeyError, a, 2))), "KeyError('a', 2)");
    molt_err_format(&molt_TypeError, "'%s' object is not %s %R %T %lld", "int", "callable", a[0], a[1], 42LL);
    CHECK_STR(fmt(molt_err_fetch()), "TypeError: 'int' object is not callable 'a' int 42\n");
    molt_frame_pop(&roots);
}

/* def f():
 *     try: {}['a']
 *     except KeyError as e: raise E("boom") from e
 * f()                                                   (E is a class defined in __main__) */
static void test_chained_traceback(void) {
    MoltValue name = molt_str_from_cstr("E"), bases = MOLT_ERR, ns = MOLT_ERR, E = MOLT_ERR;
    MOLT_ROOTS4(name, bases, ns, E);
    bases = molt_tuple_pack(1, molt_val(&molt_Exception));
    ns = molt_dict_new();
    E = molt_type_new(name, bases, ns);
    CHECK(E != MOLT_ERR);
    MoltFrame mod = {0, NULL, 0, 7, "<module>", "/tmp/t1.py"};
    MoltFrame f = {0, NULL, 0, 4, "f", "/tmp/t1.py"};
    CHECK(molt_frame_enter(&mod) == 0);
    CHECK(molt_frame_enter(&f) == 0);
    MoltValue key = molt_str_from_cstr("a");
    molt_err_set_value(&molt_KeyError, key);
    molt_err_add_traceback(&f); /* the except clause in f catches it */
    MoltValue caught = molt_err_fetch();
    molt_err_set_handled(caught);
    f.line = 6;
    MoltValue msg = molt_str_from_cstr("boom");
    MoltValue inst = molt_call(E, &msg, 1, MOLT_ERR);
    CHECK(inst != MOLT_ERR);
    molt_err_raise_from(inst, caught);
    molt_err_set_handled(MOLT_ERR);
    molt_frame_leave(&f);
    molt_frame_leave(&mod);
    CHECK_STR(fmt(molt_err_fetch()), "Traceback (most recent call last):\n"
                                     "  File \"/tmp/t1.py\", line 4, in f\n"
                                     "KeyError: 'a'\n"
                                     "\n"
                                     "The above exception was the direct cause of the following exception:\n"
                                     "\n"
                                     "Traceback (most recent call last):\n"
                                     "  File \"/tmp/t1.py\", line 7, in <module>\n"
                                     "  File \"/tmp/t1.py\", line 6, in f\n"
                                     "E: boom\n");
    CHECK_INT(molt_recursion_depth(), 0);
    MOLT_UNROOT();
}

/* try: 1/0
 * except ZeroDivisionError: raise ValueError("x")           -> implicit __context__ */
static void test_context(void) {
    molt_err_set_str(&molt_ZeroDivisionError, "division by zero");
    MoltValue first = molt_err_fetch();
    MOLT_ROOTS1(first);
    molt_err_set_handled(first);
    molt_err_set_str(&molt_ValueError, "x");
    molt_err_set_handled(MOLT_ERR);
    CHECK_STR(fmt(molt_err_fetch()), "ZeroDivisionError: division by zero\n"
                                     "\n"
                                     "During handling of the above exception, another exception occurred:\n"
                                     "\n"
                                     "ValueError: x\n");
    MOLT_UNROOT();
}

static void test_matching_and_attrs(void) {
    MoltValue e = molt_exc_new(&molt_KeyError, NULL, 0);
    MOLT_ROOTS1(e);
    CHECK_INT(molt_exc_matches(e, molt_val(&molt_LookupError)), 1);
    CHECK_INT(molt_exc_matches(e, molt_val(&molt_ValueError)), 0);
    MoltValue spec = molt_tuple_pack(2, molt_val(&molt_ValueError), molt_val(&molt_Exception));
    CHECK_INT(molt_exc_matches(e, spec), 1);
    CHECK_INT(molt_exc_matches(e, molt_small(3)), -1);
    CHECK_RAISES(molt_TypeError);
    CHECK(molt_getattr_cstr(e, "args") == molt_exc_args(e));
    CHECK(molt_getattr_cstr(e, "__cause__") == molt_None);
    MoltValue v = molt_small(5);
    MoltValue stop = molt_exc_new(&molt_StopIteration, &v, 1);
    CHECK(molt_getattr_cstr(stop, "value") == molt_small(5));
    CHECK(molt_is_subtype(&molt_ModuleNotFoundError, &molt_ImportError));
    CHECK(molt_is_subtype(&molt_RecursionError, &molt_RuntimeError));
    CHECK(molt_is_subtype(&molt_FileNotFoundError, &molt_OSError));
    CHECK(!molt_is_subtype(&molt_SystemExit, &molt_Exception));
    MOLT_UNROOT();
}

static int depth_reached;
static MoltValue recurse(int n) {
    MoltFrame f = {0, NULL, 0, 2, "f", "r.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    depth_reached = n;
    MoltValue r = recurse(n + 1);
    molt_frame_leave(&f);
    return r;
}

/* def f(n): global d; d = n; return f(n+1)  -> RecursionError after d == 999 when called as f(1) from module code */
static void test_recursion_limit(void) {
    MoltFrame mod = {0, NULL, 0, 1, "<module>", "r.py"};
    CHECK(molt_frame_enter(&mod) == 0);
    CHECK(recurse(1) == MOLT_ERR);
    molt_frame_leave(&mod);
    CHECK_INT(depth_reached, 999);
    MoltValue e = molt_err_fetch();
    CHECK(molt_isinstance_type(e, &molt_RecursionError));
    CHECK_STR(molt_str_utf8(molt_str(e)), "maximum recursion depth exceeded");
    CHECK_INT(molt_recursion_depth(), 0);
}

static MoltValue exit_with(MoltValue arg) {
    MoltValue e = molt_exc_new(&molt_SystemExit, arg ? &arg : NULL, arg ? 1 : 0);
    return e ? molt_err_raise(e) : MOLT_ERR;
}
static MoltValue main_exit3(void) { return exit_with(molt_small(3)); }
static MoltValue main_exit_none(void) { return exit_with(MOLT_ERR); }
static MoltValue main_ok(void) { return molt_None; }
static MoltValue main_raise(void) { return molt_err_set_str(&molt_RuntimeError, "bad"); }

static void test_main_exit_codes(void) {
    char *argv[] = {"prog", "x"};
    CHECK_INT(molt_main(2, argv, main_exit3), 3);      /* raise SystemExit(3) */
    CHECK_INT(molt_main(2, argv, main_exit_none), 0);  /* raise SystemExit */
    CHECK_INT(molt_main(2, argv, main_ok), 0);
    CHECK_INT(molt_main(2, argv, main_raise), 1);      /* prints "RuntimeError: bad" */
    CHECK_INT(molt_list_size(molt_sys_argv()), 2);
    CHECK_STR(molt_str_utf8(molt_list_items(molt_sys_argv())[1]), "x");
}

int main(void) {
    TEST_INIT();
    RUN(test_message_rules);
    RUN(test_chained_traceback);
    RUN(test_context);
    RUN(test_matching_and_attrs);
    RUN(test_recursion_limit);
    RUN(test_main_exit_codes);
    return TEST_REPORT();
}
