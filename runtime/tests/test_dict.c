/* dict and its views. Expected texts come from CPython 3.12 (gen/fill_expected.py). */
#include "cases.h"
#include "molt/gc.h"
#include "molt/float.h"
#include "molt/range.h"
#include "molt/set.h"

static MoltValue D(int n, ...) {
    va_list ap;
    va_start(ap, n);
    MoltValue d = molt_dict_new();
    for (int i = 0; i < n; i++) {
        MoltValue k = va_arg(ap, MoltValue);
        MoltValue v = va_arg(ap, MoltValue);
        molt_dict_setitem(d, k, v);
    }
    va_end(ap);
    return d;
}

static MoltValue SET(MoltValue d, MoltValue k, MoltValue v) { return molt_setitem(d, k, v) < 0 ? MOLT_ERR : d; }
static MoltValue DEL(MoltValue d, MoltValue k) { return molt_delitem(d, k) < 0 ? MOLT_ERR : d; }
static MoltValue UPD(MoltValue d, MoltValue o) { return molt_dict_update(d, o) < 0 ? MOLT_ERR : d; }
static MoltValue LIST(MoltValue it) { return molt_list_from_iterable(it); }

/* {i: i*i for i in range(n)} then deletes every key divisible by k. */
static MoltValue SQUARES(int n, int k) {
    MoltValue d = molt_dict_new();
    for (int i = 0; i < n; i++) molt_dict_setitem(d, I(i), I(i * i));
    for (int i = 0; i < n; i += k) molt_dict_delitem(d, I(i));
    return d;
}

/* Mutating a dict while iterating it. */
static MoltValue MUTATE_DURING_ITER(bool same_size) {
    MoltValue d = D(2, S("a"), I(1), S("b"), I(2));
    MoltValue it = molt_iter(d);
    molt_next(it);
    if (same_size) {
        molt_dict_delitem(d, S("a"));
        molt_dict_setitem(d, S("c"), I(3));
    } else {
        molt_dict_setitem(d, S("c"), I(3));
    }
    MoltValue r;
    while ((r = molt_next(it)) != MOLT_ERR) {
    }
    return molt_err_occurred() ? MOLT_ERR : molt_None;
}

static void test_basic(void) {
    CASE("{}", molt_dict_new(), "{}");
    CASE("{'a': 1, 2: 'b', (1, 2): [3]}", D(3, S("a"), I(1), I(2), S("b"), T(2, I(1), I(2)), L(1, I(3))), "{'a': 1, 2: 'b', (1, 2): [3]}");
    CASE("{'a': 1, 'b': 2, 'a': 3, 4: 5, 6: 7, 8: 9, 10: 11}", molt_dict_from_arrays((MoltValue[]){S("a"), S("b"), S("a"), I(4), I(6), I(8), I(10)}, (MoltValue[]){I(1), I(2), I(3), I(5), I(7), I(9), I(11)}, 7), "{'a': 3, 'b': 2, 4: 5, 6: 7, 8: 9, 10: 11}");
    CASE("{3, 1, 3, 2}", molt_set_from_array((MoltValue[]){I(3), I(1), I(3), I(2)}, 4), "{1, 2, 3}");
    CASE("{'a': 1}['a']", molt_getitem(D(1, S("a"), I(1)), S("a")), "1");
    CASE("{'a': 1}['b']", molt_getitem(D(1, S("a"), I(1)), S("b")), "KeyError: 'b'");
    CASE("{}[(1, 'x')]", molt_getitem(molt_dict_new(), T(2, I(1), S("x"))), "KeyError: (1, 'x')");
    CASE("{}[[1]]", molt_getitem(molt_dict_new(), L(1, I(1))), "TypeError: unhashable type: 'list'");
    CASE("{1: 'a', 1.0: 'b', True: 'c'}", D(3, I(1), S("a"), molt_float_new(1.0), S("b"), molt_True, S("c")), "{1: 'c'}");
    CASE("(lambda d: (d.__setitem__('a', 9), d)[1])({'a': 1, 'b': 2})", SET(D(2, S("a"), I(1), S("b"), I(2)), S("a"), I(9)), "{'a': 9, 'b': 2}");
    CASE("(lambda d: (d.__delitem__('a'), d.__setitem__('a', 3), d)[2])({'a': 1, 'b': 2})", SET(DEL(D(2, S("a"), I(1), S("b"), I(2)), S("a")), S("a"), I(3)), "{'b': 2, 'a': 3}");
    CASE("{}.__delitem__('x')", DEL(molt_dict_new(), S("x")), "KeyError: 'x'");
    CASE("(lambda d: [d.__delitem__(i) for i in range(0, 100, 3)] and d)({i: i*i for i in range(100)})", SQUARES(100, 3), "{1: 1, 2: 4, 4: 16, 5: 25, 7: 49, 8: 64, 10: 100, 11: 121, 13: 169, 14: 196, 16: 256, 17: 289, 19: 361, 20: 400, 22: 484, 23: 529, 25: 625, 26: 676, 28: 784, 29: 841, 31: 961, 32: 1024, 34: 1156, 35: 1225, 37: 1369, 38: 1444, 40: 1600, 41: 1681, 43: 1849, 44: 1936, 46: 2116, 47: 2209, 49: 2401, 50: 2500, 52: 2704, 53: 2809, 55: 3025, 56: 3136, 58: 3364, 59: 3481, 61: 3721, 62: 3844, 64: 4096, 65: 4225, 67: 4489, 68: 4624, 70: 4900, 71: 5041, 73: 5329, 74: 5476, 76: 5776, 77: 5929, 79: 6241, 80: 6400, 82: 6724, 83: 6889, 85: 7225, 86: 7396, 88: 7744, 89: 7921, 91: 8281, 92: 8464, 94: 8836, 95: 9025, 97: 9409, 98: 9604}");
    CASE("len({i: i*i for i in range(1, 1000)})", I(molt_len(SQUARES(1000, 1000000))), "999");
    CASE("'a' in {'a': 1}", molt_bool(molt_contains(D(1, S("a"), I(1)), S("a"))), "True");
    CASE("{'a': 1} == {'a': 1.0}", molt_compare(MOLT_EQ, D(1, S("a"), I(1)), D(1, S("a"), molt_float_new(1.0))), "True");
    CASE("{'a': 1} != {'a': 2}", molt_compare(MOLT_NE, D(1, S("a"), I(1)), D(1, S("a"), I(2))), "True");
    CASE("{'a': 1} < {'a': 2}", molt_compare(MOLT_LT, D(1, S("a"), I(1)), D(1, S("a"), I(2))), "TypeError: '<' not supported between instances of 'dict' and 'dict'");
    CASE("{'a': 1} | {'b': 2, 'a': 3}", molt_binop(MOLT_OP_OR, D(1, S("a"), I(1)), D(2, S("b"), I(2), S("a"), I(3))), "{'a': 3, 'b': 2}");
}

static void test_methods(void) {
    CASE("{'a': 1}.get('a')", M(D(1, S("a"), I(1)), "get", 1, S("a")), "1");
    CASE("{'a': 1}.get('b')", M(D(1, S("a"), I(1)), "get", 1, S("b")), "None");
    CASE("{'a': 1}.get('b', 0)", M(D(1, S("a"), I(1)), "get", 2, S("b"), I(0)), "0");
    CASE("{'a': 1}.setdefault('b', [])", M(D(1, S("a"), I(1)), "setdefault", 2, S("b"), molt_list_new(0)), "[]");
    CASE("{'a': 1}.setdefault('a', [])", M(D(1, S("a"), I(1)), "setdefault", 2, S("a"), molt_list_new(0)), "1");
    CASE("{'a': 1}.pop('a')", M(D(1, S("a"), I(1)), "pop", 1, S("a")), "1");
    CASE("{'a': 1}.pop('b')", M(D(1, S("a"), I(1)), "pop", 1, S("b")), "KeyError: 'b'");
    CASE("{'a': 1}.pop('b', None)", M(D(1, S("a"), I(1)), "pop", 2, S("b"), molt_None), "None");
    CASE("{'a': 1, 'b': 2}.popitem()", M(D(2, S("a"), I(1), S("b"), I(2)), "popitem", 0), "('b', 2)");
    CASE("{}.popitem()", M(molt_dict_new(), "popitem", 0), "KeyError: 'popitem(): dictionary is empty'");
    CASE("(lambda d: (d.update({'b': 3, 'c': 4}), d)[1])({'a': 1, 'b': 2})", UPD(D(2, S("a"), I(1), S("b"), I(2)), D(2, S("b"), I(3), S("c"), I(4))), "{'a': 1, 'b': 3, 'c': 4}");
    CASE("(lambda d: (d.update([('x', 1), ['y', 2]]), d)[1])({})", UPD(molt_dict_new(), L(2, T(2, S("x"), I(1)), L(2, S("y"), I(2)))), "{'x': 1, 'y': 2}");
    CASE("{}.update([1])", UPD(molt_dict_new(), L(1, I(1))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    CASE("{}.update([(1, 2, 3)])", UPD(molt_dict_new(), L(1, T(3, I(1), I(2), I(3)))), "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CASE("{}.update(5)", UPD(molt_dict_new(), I(5)), "TypeError: 'int' object is not iterable");
    CASE("dict(a=1, b=2)", molt_call(molt_val(&molt_dict_type), (MoltValue[]){I(1), I(2)}, 0, T(2, S("a"), S("b"))), "{'a': 1, 'b': 2}");
    CASE("dict([('a', 1)], b=2)", molt_call(molt_val(&molt_dict_type), (MoltValue[]){L(1, T(2, S("a"), I(1))), I(2)}, 1, T(1, S("b"))), "{'a': 1, 'b': 2}");
    CASE("dict.fromkeys([1, 2])", molt_dict_fromkeys(L(2, I(1), I(2)), MOLT_ERR), "{1: None, 2: None}");
    CASE("dict.fromkeys('ab', 0)", M(molt_val(&molt_dict_type), "fromkeys", 2, S("ab"), I(0)), "{'a': 0, 'b': 0}");
    CASE("{'a': 1}.copy()", M(D(1, S("a"), I(1)), "copy", 0), "{'a': 1}");
    CASE("(lambda d: (d.clear(), d)[1])({'a': 1})", (M(D(1, S("a"), I(1)), "clear", 0), molt_dict_new()), "{}");
}

static void test_views(void) {
    CASE("{'a': 1, 'b': 2}.keys()", M(D(2, S("a"), I(1), S("b"), I(2)), "keys", 0), "dict_keys(['a', 'b'])");
    CASE("{'a': 1, 'b': 2}.values()", M(D(2, S("a"), I(1), S("b"), I(2)), "values", 0), "dict_values([1, 2])");
    CASE("{'a': 1, 'b': 2}.items()", M(D(2, S("a"), I(1), S("b"), I(2)), "items", 0), "dict_items([('a', 1), ('b', 2)])");
    CASE("list({'a': 1, 'b': 2}.items())", LIST(M(D(2, S("a"), I(1), S("b"), I(2)), "items", 0)), "[('a', 1), ('b', 2)]");
    CASE("len({'a': 1, 'b': 2}.values())", I(molt_len(M(D(2, S("a"), I(1), S("b"), I(2)), "values", 0))), "2");
    CASE("('a', 1) in {'a': 1}.items()", molt_bool(molt_contains(M(D(1, S("a"), I(1)), "items", 0), T(2, S("a"), I(1)))), "True");
    CASE("{'a': 1, 'b': 2}.keys() & {'b', 'c'}", molt_binop(MOLT_OP_AND, M(D(2, S("a"), I(1), S("b"), I(2)), "keys", 0), molt_set_from_iterable(L(2, S("b"), S("c")))), "{'b'}");
    CASE("{1: 1, 2: 2}.keys() | [3]", molt_binop(MOLT_OP_OR, M(D(2, I(1), I(1), I(2), I(2)), "keys", 0), L(1, I(3))), "{1, 2, 3}");
    CASE("{1, 2, 5} - {1: 1, 2: 2}.keys()", molt_binop(MOLT_OP_SUB, molt_set_from_iterable(L(3, I(1), I(2), I(5))), M(D(2, I(1), I(1), I(2), I(2)), "keys", 0)), "{5}");
    CASE("{1: 1}.keys() == {1}", molt_compare(MOLT_EQ, M(D(1, I(1), I(1)), "keys", 0), molt_set_from_iterable(L(1, I(1)))), "True");
    CASE("[k for k in {'a': 1, 'b': 2}]", LIST(D(2, S("a"), I(1), S("b"), I(2))), "['a', 'b']");
    CASE("exec(\"d={'a': 1, 'b': 2}\\nit = iter(d)\\nnext(it)\\nd['c'] = 3\\nlist(it)\")", MUTATE_DURING_ITER(false), "RuntimeError: dictionary changed size during iteration");
    CASE("exec(\"d={'a': 1, 'b': 2}\\nit = iter(d)\\nnext(it)\\ndel d['a']\\nd['c'] = 3\\nlist(it)\")", MUTATE_DURING_ITER(true), "RuntimeError: dictionary keys changed during iteration");
    CASE("{'a': 1}.__getitem__('a')", M(D(1, S("a"), I(1)), "__getitem__", 1, S("a")), "1");
    CASE("{'a': 1}.__len__()", M(D(1, S("a"), I(1)), "__len__", 0), "1");
    CASE("iter({'a': 1}).__next__()", M(molt_iter(D(1, S("a"), I(1))), "__next__", 0), "'a'");
    CASE("iter({}).__next__()", M(molt_iter(molt_dict_new()), "__next__", 0), "StopIteration");
    CASE("[1, 2].__eq__([1, 2])", M(L(2, I(1), I(2)), "__eq__", 1, L(2, I(1), I(2))), "True");
    CASE("[1, 2].__eq__(5)", M(L(2, I(1), I(2)), "__eq__", 1, I(5)), "NotImplemented");
    CASE("'ab'.__add__('c')", M(S("ab"), "__add__", 1, S("c")), "'abc'");
    CASE("(1,).__mul__(3)", M(T(1, I(1)), "__mul__", 1, I(3)), "(1, 1, 1)");
    CASE("{1}.__or__({2})", M(molt_set_from_iterable(L(1, I(1))), "__or__", 1, molt_set_from_iterable(L(1, I(2)))), "{1, 2}");
    CASE("{'a': {'b': [1, {}]}}", D(1, S("a"), D(1, S("b"), L(2, I(1), molt_dict_new()))), "{'a': {'b': [1, {}]}}");
}

/* Recursive repr: d['self'] = d. */
static void test_recursive(void) {
    MoltValue d = molt_dict_new();
    MOLT_ROOTS1(d);
    molt_dict_setitem(d, S("self"), d);
    CASE("(lambda d: (d.__setitem__('self', d), d)[1])({})", d, "{'self': {...}}");
    MOLT_UNROOT();
}

/* Many insertions and deletions with a collection at every allocation. */
static void test_stress(void) {
    MoltValue d = MOLT_ERR, k = MOLT_ERR;
    MOLT_ROOTS2(d, k);
    d = molt_dict_new();
    bool was_stress = molt_gc_stress;
    molt_gc_stress = true;
    for (int i = 0; i < 400; i++) {
        char buf[32];
        snprintf(buf, sizeof buf, "key%d", i);
        k = molt_str_from_cstr(buf);
        molt_dict_setitem(d, k, molt_small(i));
        if (i % 3 == 0) {
            snprintf(buf, sizeof buf, "key%d", i / 2);
            k = molt_str_from_cstr(buf);
            molt_dict_pop(d, k, molt_None);
        }
    }
    molt_gc_stress = was_stress;
    CHECK_INT(molt_dict_size(d), 266); /* CPython: len(d) == 266 */
    MoltValue v = molt_dict_getitem_cstr(d, "key399");
    CHECK(v == molt_small(399));
    CHECK(molt_dict_getitem_cstr(d, "key0") == MOLT_ERR);
    CHECK_NO_ERR();
    MOLT_UNROOT();
}

/* Lookups by C string allocate nothing, whatever buffer the text is in. */
static void test_getitem_cstr_no_alloc(void) {
    MoltValue d = MOLT_ERR;
    MOLT_ROOTS1(d);
    d = molt_dict_new();
    molt_dict_setitem_cstr(d, "alpha", molt_small(1));
    molt_dict_setitem(d, molt_small(5), molt_small(2)); /* a non-str key in the same table */
    char buf[16];
    snprintf(buf, sizeof buf, "al%s", "pha");
    uint64_t before = molt_gc_total_allocated();
    for (int i = 0; i < 1000; i++) {
        CHECK(molt_dict_getitem_cstr(d, "alpha") == molt_small(1));
        CHECK(molt_dict_getitem_cstr(d, buf) == molt_small(1));
        CHECK(molt_dict_getitem_cstr(d, "alph") == MOLT_ERR);
    }
    CHECK_INT(molt_gc_total_allocated() - before, 0);
    /* the interned name is the key setitem_cstr stored */
    CHECK(molt_dict_getitem_str(d, molt_str_intern_cstr("alpha")) == molt_small(1));
    before = molt_gc_total_allocated();
    CHECK(molt_str_intern_cstr("alpha") == molt_str_intern_cstr(buf));
    CHECK_INT(molt_gc_total_allocated() - before, 0);
    CHECK_NO_ERR();
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    RUN(test_basic);
    RUN(test_methods);
    RUN(test_views);
    RUN(test_recursive);
    RUN(test_stress);
    RUN(test_getitem_cstr_no_alloc);
    return TEST_REPORT();
}
