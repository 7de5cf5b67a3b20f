/* Subclasses of list, dict and set (class statements), when the core accepts them. */
#include "cases.h"
#include "molt/function.h"
#include "molt/set.h"

/* Test-side temporaries are built with the collector paused (MOLT_GC_STRESS=1 would free one while
 * the next is allocated); the runtime call that receives them roots its own arguments. */
static MoltValue nogc_end(MoltValue v) {
    molt_gc_resume();
    return v;
}
#define NOGC(expr) (molt_gc_pause(), nogc_end(expr))

static MoltValue make_class(const char *name, MoltType *base, MoltValue ns) {
    molt_gc_pause();
    MoltValue n = S(name), bases = T(1, molt_val(base));
    if (!ns) ns = molt_dict_new();
    molt_gc_resume();
    return molt_type_new(n, bases, ns);
}

static MoltValue missing_fn(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee; (void)nargs; (void)kwnames;
    return molt_binop(MOLT_OP_MUL, args[1], I(2));
}

static void test_subclass(void) {
    MoltValue v[9] = {0};
    MoltFrame f = {0, v, 9, 0, "test_subclass", __FILE__};
    molt_frame_push(&f);
    v[0] = make_class("Stack", &molt_list_type, MOLT_ERR);
    if (!v[0]) {
        case_text(MOLT_ERR);
        fprintf(stderr, "note: subclassing builtins is not enabled by the core yet; skipped\n");
        molt_frame_pop(&f);
        return;
    }
    v[1] = molt_call(v[0], (MoltValue[]){NOGC(L(2, I(1), I(2)))}, 1, MOLT_ERR);
    CASE("(lambda C: C([1, 2]))(type('Stack', (list,), {}))", v[1], "[1, 2]");
    CASE("(lambda C: len(C([1, 2])))(type('Stack', (list,), {}))", I(molt_len(v[1])), "2");
    v[8] = NOGC(T(2, S("name"), S("s")));
    molt_setattr(v[1], molt_tuple_items(v[8])[0], molt_tuple_items(v[8])[1]);
    CASE("(lambda s: (setattr(s, 'name', 's'), s.name)[1])(type('Stack', (list,), {})([1, 2]))", molt_getattr_cstr(v[1], "name"), "'s'");
    molt_list_append(v[1], I(3));
    CASE("(lambda s: (s.append(3), s + [4])[1])(type('Stack', (list,), {})([1, 2]))", molt_binop(MOLT_OP_ADD, v[1], L(1, I(4))), "[1, 2, 3, 4]");
    CASE("isinstance(type('Stack', (list,), {})(), list)", molt_bool(molt_isinstance_type(v[1], &molt_list_type)), "True");
    v[2] = molt_dict_new();
    v[8] = NOGC(T(2, S("__missing__"), molt_builtin_new("__missing__", missing_fn)));
    molt_dict_setitem(v[2], molt_tuple_items(v[8])[0], molt_tuple_items(v[8])[1]);
    v[3] = make_class("Doubler", &molt_dict_type, v[2]);
    v[4] = molt_call(v[3], (MoltValue[]){I(1)}, 0, NOGC(T(1, S("a"))));
    CASE("(lambda C: C(a=1))(type('Doubler', (dict,), {'__missing__': lambda self, k: k * 2}))", v[4], "{'a': 1}");
    CASE("(lambda C: C(a=1)['zz'])(type('Doubler', (dict,), {'__missing__': lambda self, k: k * 2}))", molt_getitem(v[4], S("zz")), "'zzzz'");
    CASE("(lambda C: C(a=1).get('zz'))(type('Doubler', (dict,), {'__missing__': lambda self, k: k * 2}))", M(v[4], "get", 1, S("zz")), "None");
    v[5] = make_class("MySet", &molt_set_type, MOLT_ERR);
    v[6] = molt_call(v[5], (MoltValue[]){NOGC(L(3, I(3), I(1), I(2)))}, 1, MOLT_ERR);
    CASE("(lambda C: C([3, 1, 2]))(type('MySet', (set,), {}))", v[6], "MySet({1, 2, 3})");
    CASE("(lambda C: C([3, 1, 2]) | {9})(type('MySet', (set,), {}))", molt_binop(MOLT_OP_OR, v[6], molt_set_from_iterable(L(1, I(9)))), "{1, 2, 3, 9}");
    v[7] = make_class("FS", &molt_frozenset_type, MOLT_ERR);
    CASE("(lambda C: C('ab') == frozenset('ab'))(type('FS', (frozenset,), {}))", molt_compare(MOLT_EQ, molt_call(v[7], (MoltValue[]){S("ab")}, 1, MOLT_ERR), molt_frozenset_from_iterable(S("ab"))), "True");
    molt_frame_pop(&f);
}

int main(void) {
    TEST_INIT();
    RUN(test_subclass);
    return TEST_REPORT();
}
