/* Calls with unpacking (call.c), class-body names (class_body.c), __classcell__ (type.c) and the
 * small runtime entry points the lowering calls for names, locals, with statements, bare raise and assert.
 * Every expected text is what python3.12 prints for the Python expression quoted next to it
 * (evaluated as `try: print(repr(expr)) except BaseException as x: print(f"{type(x).__name__}: {x}")`,
 * with `def show(a, b=2, *rest, **kw): return (a, b, rest, kw)` and the classes named in each test). */
#include "cases.h"
#include "molt/builtins.h"
#include "molt/call.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/range.h"

/* Builds a test-side temporary with the collector paused; the runtime call receiving it roots it. */
static MoltValue nogc_end(MoltValue v) {
    molt_gc_resume();
    return v;
}
#define NOGC(expr) (molt_gc_pause(), nogc_end(expr))

/* def show(a, b=2, *rest, **kw): return (a, b, rest, kw) */
static const char *const show_args[] = {"a", "b", "rest", "kw"};
static const MoltCode show_code = {"show", "show", show_args, 0, 2, 0, MOLT_CODE_VARARGS | MOLT_CODE_VARKW};
static MoltValue show_entry(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[4] = {0};
    MoltFrame f = {0, slots, 4, 1, "show", "calls.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    MoltValue r = MOLT_ERR;
    if (molt_function_bind(self, args, nargs, kwnames, slots) == 0) r = molt_tuple_from_array(slots, 4);
    molt_frame_leave(&f);
    return r;
}

/* def m(self): pass  (method of class C) */
static const char *const m_args[] = {"self"};
static const MoltCode m_code = {"m", "C.m", m_args, 0, 1, 0, 0};
static MoltValue m_entry(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[1] = {0};
    return molt_function_bind(self, args, nargs, kwnames, slots) < 0 ? MOLT_ERR : molt_None;
}

/* class M: def keys(self): return ['a', 'b']; def __getitem__(self, k): return k.upper() */
static MoltValue mapping_keys(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)n, (void)k;
    molt_gc_pause();
    MoltValue r = L(2, S("a"), S("b"));
    molt_gc_resume();
    return r;
}
static MoltValue mapping_getitem(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)n, (void)k;
    return molt_call_method(a[1], "upper", NULL, 0, MOLT_ERR);
}
/* class N: def keys(self): return 5 */
static MoltValue bad_keys(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)n, (void)k;
    return molt_small(5);
}

static MoltValue make_class(const char *name, MoltValue ns) {
    molt_gc_pause();
    MoltValue n = S(name), mod = S("__main__");
    molt_gc_resume();
    return molt_type_new_full(n, n, mod, molt_tuple_empty(), ns);
}

/* A dict {k0: v0, ...} of n pairs, built with the collector paused. */
static MoltValue D(int n, ...) {
    va_list ap;
    va_start(ap, n);
    molt_gc_pause();
    MoltValue d = molt_dict_new();
    for (int i = 0; i < n; i++) {
        MoltValue k = va_arg(ap, MoltValue);
        molt_dict_setitem(d, k, va_arg(ap, MoltValue));
    }
    molt_gc_resume();
    va_end(ap);
    return d;
}

static MoltValue len_fn(void) { return molt_dict_getitem_cstr(molt_builtins(), "len"); }

static void test_call_ex(void) {
    MoltValue v[2] = {0};
    MoltFrame f = {0, v, 2, 0, "test_call_ex", __FILE__};
    molt_frame_push(&f);
    v[0] = molt_function_new(show_entry, &show_code, NOGC(T(1, I(2))), MOLT_ERR, MOLT_ERR);
    CASE("show(*(1,))", molt_call_ex(v[0], T(1, I(1)), MOLT_ERR), "(1, 2, (), {})");
    CASE("show(*[1, 2, 3], **{'x': 4})", molt_call_ex(v[0], L(3, I(1), I(2), I(3)), D(1, S("x"), I(4))),
         "(1, 2, (3,), {'x': 4})");
    CASE("show(*'ab')", molt_call_ex(v[0], S("ab"), MOLT_ERR), "('a', 'b', (), {})");
    CASE("show(*range(3))", molt_call_ex(v[0], molt_range_new(0, 3, 1), molt_dict_new()), "(0, 1, (2,), {})");
    CASE("show(*5)", molt_call_ex(v[0], I(5), MOLT_ERR),
         "TypeError: __main__.show() argument after * must be an iterable, not int");
    CASE("show(**{1: 2})", molt_call_ex(v[0], T(0), D(1, I(1), I(2))), "TypeError: keywords must be strings");
    CASE("show(1, **{'a': 2})", molt_call_ex(v[0], T(1, I(1)), D(1, S("a"), I(2))),
         "TypeError: show() got multiple values for argument 'a'");
    CASE("len(*[[1, 2]])", molt_call_ex(len_fn(), L(1, L(2, I(1), I(2))), MOLT_ERR), "2");
    CASE("len(*5)", molt_call_ex(len_fn(), I(5), MOLT_ERR),
         "TypeError: len() argument after * must be an iterable, not int");
    /* Under stress the tuples and dict built inside molt_call_ex are collected mid-call if unrooted. */
    molt_gc_pause();
    MoltValue args = L(4, S("p"), S("q"), S("r"), S("s")), kwargs = D(2, S("y"), S("Y"), S("z"), S("Z"));
    molt_gc_resume();
    v[1] = molt_call_ex(v[0], args, kwargs);
    CASE("show(*['p', 'q', 'r', 's'], **{'y': 'Y', 'z': 'Z'})", v[1], "('p', 'q', ('r', 's'), {'y': 'Y', 'z': 'Z'})");
    molt_frame_pop(&f);
}

static void test_merge_kwargs(void) {
    MoltValue v[8] = {0};
    MoltFrame f = {0, v, 8, 0, "test_merge_kwargs", __FILE__};
    molt_frame_push(&f);
    v[0] = molt_function_new(show_entry, &show_code, NOGC(T(1, I(2))), MOLT_ERR, MOLT_ERR);
    v[1] = molt_dict_new();
    CHECK_INT(molt_call_merge_kwargs(v[1], D(1, S("x"), I(1)), v[0]), 0);
    CHECK_INT(molt_call_merge_kwargs(v[1], D(1, S("y"), I(2)), v[0]), 0);
    CASE("show(0, **{'x': 1}, **{'y': 2})", molt_call_ex(v[0], T(1, I(0)), v[1]), "(0, 2, (), {'x': 1, 'y': 2})");
    CHECK_INT(molt_call_merge_kwargs(v[1], D(1, S("x"), I(3)), v[0]), -1);
    CASE("show(**{'x': 1}, **{'x': 3})", MOLT_ERR,
         "TypeError: __main__.show() got multiple values for keyword argument 'x'");
    CHECK_INT(molt_call_merge_kwargs(v[1], NOGC(L(1, I(1))), v[0]), -1);
    CASE("show(**[1])", MOLT_ERR, "TypeError: __main__.show() argument after ** must be a mapping, not list");
    CHECK_INT(molt_call_merge_kwargs(v[1], molt_None, v[0]), -1);
    CASE("show(**None)", MOLT_ERR, "TypeError: __main__.show() argument after ** must be a mapping, not NoneType");
    v[2] = D(1, S("sep"), I(1));
    CHECK_INT(molt_call_merge_kwargs(v[2], D(1, S("sep"), I(2)), molt_dict_getitem_cstr(molt_builtins(), "print")), -1);
    CASE("print(**{'sep': 1}, **{'sep': 2})", MOLT_ERR, "TypeError: print() got multiple values for keyword argument 'sep'");

    /* class C: def m(self): pass */
    molt_gc_pause();
    v[3] = D(1, molt_name("m"), molt_function_new(m_entry, &m_code, MOLT_ERR, MOLT_ERR, MOLT_ERR));
    molt_gc_resume();
    v[3] = make_class("C", v[3]);
    v[2] = D(1, S("a"), I(1));
    CHECK_INT(molt_call_merge_kwargs(v[2], D(1, S("a"), I(2)), v[3]), -1);
    CASE("C(**{'a': 1}, **{'a': 2})", MOLT_ERR, "TypeError: __main__.C() got multiple values for keyword argument 'a'");
    v[4] = molt_getattr(molt_call(v[3], NULL, 0, MOLT_ERR), molt_name("m"));
    CHECK_INT(molt_call_merge_kwargs(v[2], D(1, S("a"), I(2)), v[4]), -1);
    CASE("C().m(**{'a': 1}, **{'a': 2})", MOLT_ERR,
         "TypeError: __main__.C.m() got multiple values for keyword argument 'a'");
    CHECK_INT(molt_call_merge_kwargs(v[2], D(1, S("a"), I(2)), I(1)), -1);
    CASE("(1)(**{'a': 1}, **{'a': 2})", MOLT_ERR, "TypeError: 1 got multiple values for keyword argument 'a'");

    /* A mapping that is not a dict: keys() then __getitem__ (class M), and a bad keys() (class N). */
    molt_gc_pause();
    v[5] = D(2, molt_name("keys"), molt_builtin_new("keys", mapping_keys), molt_name("__getitem__"),
             molt_builtin_new("__getitem__", mapping_getitem));
    molt_gc_resume();
    v[5] = molt_call(make_class("M", v[5]), NULL, 0, MOLT_ERR);
    v[6] = molt_dict_new();
    CHECK_INT(molt_call_merge_kwargs(v[6], v[5], v[0]), 0);
    CASE("show(0, **M())", molt_call_ex(v[0], T(1, I(0)), v[6]), "TypeError: show() got multiple values for argument 'a'");
    v[6] = D(1, S("b"), I(1));
    CHECK_INT(molt_call_merge_kwargs(v[6], v[5], v[0]), -1);
    CASE("show(0, **{'b': 1}, **M())", MOLT_ERR, "TypeError: __main__.show() got multiple values for keyword argument 'b'");
    molt_gc_pause();
    v[7] = D(1, molt_name("keys"), molt_builtin_new("keys", bad_keys));
    molt_gc_resume();
    v[7] = molt_call(make_class("N", v[7]), NULL, 0, MOLT_ERR);
    CHECK_INT(molt_call_merge_kwargs(molt_dict_new(), v[7], v[0]), -1);
    CASE("show(**N())", MOLT_ERR, "TypeError: N.keys() returned a non-iterable (type int)");
    molt_frame_pop(&f);
}

static void test_starred_display(void) {
    MoltValue v[1] = {0};
    MoltFrame f = {0, v, 1, 0, "test_starred_display", __FILE__};
    molt_frame_push(&f);
    v[0] = molt_list_new(0);
    CHECK_INT(molt_list_extend_starred(v[0], NOGC(T(2, I(1), I(2)))), 0);
    CHECK_INT(molt_list_extend_starred(v[0], NOGC(S("ab"))), 0);
    CASE("[*(1, 2), *'ab']", v[0], "[1, 2, 'a', 'b']");
    CHECK_INT(molt_list_extend_starred(v[0], I(5)), -1);
    CASE("[*5]", MOLT_ERR, "TypeError: Value after * must be an iterable, not int");
    molt_frame_pop(&f);
}

static void test_class_names(void) {
    MoltValue v[3] = {0};
    MoltFrame f = {0, v, 3, 0, "test_class_names", __FILE__};
    molt_frame_push(&f);
    v[0] = D(1, S("x"), I(1));   /* class namespace */
    v[1] = D(1, S("y"), I(2));   /* module globals */
    CASE("class K: x = 1; r = x", molt_class_load_name(v[0], v[1], molt_name("x")), "1");
    CASE("y = 2\nclass K: r = y", molt_class_load_name(v[0], v[1], molt_name("y")), "2");
    CASE("class K: r = len", molt_class_load_name(v[0], v[1], molt_name("len")), "<built-in function len>");
    CASE("class K: r = zz", molt_class_load_name(v[0], v[1], molt_name("zz")), "NameError: name 'zz' is not defined");
    CHECK_INT(molt_class_delete_name(v[0], molt_name("x")), 0);
    CHECK_INT(molt_class_delete_name(v[0], molt_name("x")), -1);
    CASE("class K: x = 1; del x; del x", MOLT_ERR, "NameError: name 'x' is not defined");
    CHECK_INT(molt_global_delete(v[1], molt_name("y")), 0);
    CHECK_INT(molt_global_delete(v[1], molt_name("y")), -1);
    CASE("y = 2\ndel y\ndel y", MOLT_ERR, "NameError: name 'y' is not defined");
    molt_frame_pop(&f);
}

/* The cell a class body stores as __classcell__ receives the class and leaves the class dict. */
static void test_classcell(void) {
    MoltValue v[3] = {0};
    MoltFrame f = {0, v, 3, 0, "test_classcell", __FILE__};
    molt_frame_push(&f);
    v[0] = molt_cell_new(MOLT_ERR);
    v[1] = molt_dict_new();
    molt_dict_setitem(v[1], molt_name("__classcell__"), v[0]);
    v[2] = make_class("A", v[1]);
    CHECK(v[2] && ((MoltCell *)molt_obj(v[0]))->ref == v[2]);
    CASE("class A: def f(self): return __class__\n'__classcell__' in A.__dict__",
         molt_bool(molt_dict_getitem_cstr(molt_getattr_cstr(v[2], "__dict__"), "__classcell__") != MOLT_ERR), "False");
    CASE("class A: def f(self): return __class__\nA().f()", molt_cell_get(v[0], "__class__"), "<class '__main__.A'>");
    CASE("type('A', (), {'__classcell__': 1})", make_class("A", D(1, S("__classcell__"), I(1))),
         "TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>");
    molt_frame_pop(&f);
}

/* class A: x = 1;  class B(A): x = 2 */
static void test_super(void) {
    MoltValue v[4] = {0};
    MoltFrame f = {0, v, 4, 0, "test_super", __FILE__};
    molt_frame_push(&f);
    v[0] = make_class("A", D(1, S("x"), I(1)));
    molt_gc_pause();
    MoltValue n = S("B"), mod = S("__main__"), bases = T(1, v[0]), ns = D(1, S("x"), I(2));
    molt_gc_resume();
    v[1] = molt_type_new_full(n, n, mod, bases, ns);
    v[2] = molt_call(v[1], NULL, 0, MOLT_ERR);
    v[3] = molt_call(molt_val(&molt_super_type), (MoltValue[]){v[1], v[2]}, 2, MOLT_ERR);
    CASE("super(B, B()).x", molt_getattr_cstr(v[3], "x"), "1");
    CASE("super(B, B())", v[3], "<super: <class 'B'>, <B object>>");
    CASE("super(B, 1)", molt_call(molt_val(&molt_super_type), (MoltValue[]){v[1], I(1)}, 2, MOLT_ERR),
         "TypeError: super(type, obj): obj must be an instance or subtype of type");
    CASE("super(1, B())", molt_call(molt_val(&molt_super_type), (MoltValue[]){I(1), v[2]}, 2, MOLT_ERR),
         "TypeError: super() argument 1 must be a type, not int");
    CASE("super()  # outside a method", molt_call(molt_val(&molt_super_type), NULL, 0, MOLT_ERR),
         "RuntimeError: super(): no arguments");
    CASE("super(1, 2, 3)", molt_call(molt_val(&molt_super_type), (MoltValue[]){I(1), I(2), I(3)}, 3, MOLT_ERR),
         "TypeError: super() expected at most 2 arguments, got 3");
    molt_frame_pop(&f);
}

/* class Both: def __enter__(self): return 42; def __exit__(self, *a): return len(a) == 3 */
static MoltValue enter_fn(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)n, (void)k;
    return I(42);
}
static MoltValue exit_fn(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)k;
    return molt_bool(n == 4);
}

static void test_with(void) {
    MoltValue v[3] = {0};
    MoltFrame f = {0, v, 3, 0, "test_with", __FILE__};
    molt_frame_push(&f);
    molt_gc_pause();
    v[0] = molt_call(make_class("Both", D(2, S("__enter__"), molt_builtin_new("__enter__", enter_fn), S("__exit__"),
                                          molt_builtin_new("__exit__", exit_fn))), NULL, 0, MOLT_ERR);
    v[1] = molt_call(make_class("OnlyEnter", D(1, S("__enter__"), molt_builtin_new("__enter__", enter_fn))), NULL, 0,
                     MOLT_ERR);
    molt_gc_resume();
    v[2] = molt_with_exit_method(v[0]);
    CASE("with Both() as v: v", molt_with_enter(v[0]), "42");
    CASE("Both().__exit__(None, None, None)", molt_call(v[2], (MoltValue[]){molt_None, molt_None, molt_None}, 3, MOLT_ERR),
         "True");
    CASE("with 1: pass", molt_with_exit_method(I(1)), "TypeError: 'int' object does not support the context manager protocol");
    CASE("with OnlyEnter(): pass", molt_with_exit_method(v[1]),
         "TypeError: 'OnlyEnter' object does not support the context manager protocol (missed __exit__ method)");
    molt_frame_pop(&f);
}

static void test_locals_and_raise(void) {
    MoltValue v[2] = {0};
    MoltFrame f = {0, v, 2, 0, "test_locals_and_raise", __FILE__};
    molt_frame_push(&f);
    CASE("def h(): y = y + 1", molt_check_local(MOLT_ERR, "y"),
         "UnboundLocalError: cannot access local variable 'y' where it is not associated with a value");
    CASE("(lambda y: y)(3)", molt_check_local(I(3), "y"), "3");
    v[0] = molt_cell_new(MOLT_ERR);
    CASE("def g():\n  def i(): return c\n  c + 1\n  c = 1", molt_cell_get_local(v[0], "c"),
         "UnboundLocalError: cannot access local variable 'c' where it is not associated with a value");
    molt_cell_set(v[0], I(7));
    CASE("c = 7", molt_cell_get_local(v[0], "c"), "7");
    CASE("raise  # outside except", molt_err_reraise(), "RuntimeError: No active exception to reraise");
    v[1] = molt_exc_new(&molt_KeyError, (MoltValue[]){I(4)}, 1);
    molt_err_set_handled(v[1]);
    CHECK(molt_err_reraise() == MOLT_ERR);
    CHECK(molt_err_fetch() == v[1]);
    molt_err_set_handled(MOLT_ERR);
    CASE("assert False, 'msg'", molt_err_assert_fail(NOGC(S("msg"))), "AssertionError: msg");
    CASE("assert 1 == 2", molt_err_assert_fail(MOLT_ERR), "AssertionError");
    molt_frame_pop(&f);
}

static void test_index_and_step(void) {
    CHECK_INT(molt_index_as_i64(I(-1)), -1);
    CHECK_NO_ERR();
    CHECK_INT(molt_index_as_i64(molt_True), 1);
    CHECK_INT(molt_index_as_i64(molt_float_new(1.5)), -1);
    CASE("range(1.5)", MOLT_ERR, "TypeError: 'float' object cannot be interpreted as an integer");
    molt_gc_pause();
    MoltValue big = molt_int_from_str(S("1180591620717411303424"), 10); /* 2**70 */
    molt_gc_resume();
    CHECK_INT(molt_index_as_i64(big), -1);
    CASE("'a' * 2**70", MOLT_ERR, "OverflowError: cannot fit 'int' into an index-sized integer");
    CHECK_INT(molt_range_check_step(-3), 0);
    CHECK_INT(molt_range_check_step(0), -1);
    CASE("range(1, 2, 0)", MOLT_ERR, "ValueError: range() arg 3 must not be zero");
}

int main(void) {
    TEST_INIT();
    RUN(test_call_ex);
    RUN(test_merge_kwargs);
    RUN(test_starred_display);
    RUN(test_class_names);
    RUN(test_classcell);
    RUN(test_super);
    RUN(test_with);
    RUN(test_locals_and_raise);
    RUN(test_index_and_step);
    return TEST_REPORT();
}
