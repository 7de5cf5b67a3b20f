/* The generic protocol and classes made at run time. Expected messages are CPython 3.12's
 * (printed by python3.12 for the equivalent expressions shown in comments). */
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static char buf[1024];
static const char *err_text(void) {
    MoltValue e = molt_err_fetch();
    if (!e) return "(no exception)";
    MoltValue s = molt_str(e);
    snprintf(buf, sizeof buf, "%s: %s", molt_obj(e)->type->name, s ? molt_str_utf8(s) : "?");
    return buf;
}
static MoltValue S(const char *s) { return molt_str_from_cstr(s); }

static MoltValue make_class(const char *name, MoltValue bases, MoltValue ns) {
    MOLT_ROOTS2(bases, ns);
    if (!ns) ns = molt_dict_new();
    if (!bases) bases = molt_tuple_empty();
    MoltValue c = molt_type_new(S(name), bases, ns);
    MOLT_UNROOT();
    return c;
}

static void test_mro(void) {
    MoltValue A = make_class("A", MOLT_ERR, MOLT_ERR), B = MOLT_ERR, C = MOLT_ERR, D = MOLT_ERR;
    MOLT_ROOTS4(A, B, C, D);
    B = make_class("B", molt_tuple_pack(1, A), MOLT_ERR);
    C = make_class("C", molt_tuple_pack(1, A), MOLT_ERR);
    D = make_class("D", molt_tuple_pack(2, B, C), MOLT_ERR);
    /* [k.__name__ for k in D.__mro__] == ['D', 'B', 'C', 'A', 'object'] */
    MoltValue mro = ((MoltType *)molt_obj(D))->mro;
    CHECK_INT(molt_tuple_size(mro), 5);
    const char *names[] = {"D", "B", "C", "A", "object"};
    for (int i = 0; i < 5 && i < molt_tuple_size(mro); i++)
        CHECK_STR(((MoltType *)molt_obj(molt_tuple_items(mro)[i]))->name, names[i]);
    CHECK(make_class("X", molt_tuple_pack(2, A, B), MOLT_ERR) == MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: Cannot create a consistent method resolution order (MRO) for bases A, B");
    MoltValue d = molt_call(D, NULL, 0, MOLT_ERR);
    CHECK(molt_isinstance(d, A) == 1);
    CHECK(molt_isinstance(d, molt_val(&molt_int_type)) == 0);
    CHECK(molt_issubclass(D, C) == 1);
    MOLT_UNROOT();
}

static MoltValue vec_init(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)kw;
    if (n != 2) return molt_err_set_str(&molt_TypeError, "need x");
    return molt_setattr(a[0], S("x"), a[1]) < 0 ? MOLT_ERR : molt_None;
}
static MoltValue vec_add(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw;
    if (!molt_is_int(a[1])) return molt_NotImplemented;
    return molt_binop(MOLT_OP_ADD, molt_getattr_cstr(a[0], "x"), a[1]);
}
static MoltValue vec_radd(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw;
    return molt_binop(MOLT_OP_MUL, molt_getattr_cstr(a[0], "x"), molt_small(100));
}
static MoltValue vec_repr(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw; (void)a;
    return S("Vec(...)");
}
static MoltValue vec_eq(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw;
    return molt_compare(MOLT_EQ, molt_getattr_cstr(a[0], "x"), molt_getattr_cstr(a[1], "x"));
}
static MoltValue vec_len(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw; (void)a;
    return molt_small(7);
}
static MoltValue get_twice(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)n; (void)kw;
    return molt_binop(MOLT_OP_MUL, molt_getattr_cstr(a[0], "x"), molt_small(2));
}

static MoltValue descr_get(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)kw;
    /* __get__(self, obj, owner): 42 through an instance, -1 through the class */
    if (n != 3) return molt_err_set_str(&molt_TypeError, "__get__ arity");
    return a[1] == molt_None ? molt_small(-1) : molt_small(42);
}

/* class D:  def __get__(self, obj, owner): return -1 if obj is None else 42
 * class H:  d = D()
 * H().d == 42, H.d == -1, and H().d = 5 goes to the instance dict (D has no __set__) */
static void test_descriptors(void) {
    MoltValue ns = molt_dict_new(), D = MOLT_ERR, H = MOLT_ERR, h = MOLT_ERR;
    MOLT_ROOTS4(ns, D, H, h);
    molt_dict_setitem_cstr(ns, "__get__", molt_builtin_new("__get__", descr_get));
    D = make_class("D", MOLT_ERR, ns);
    ns = molt_dict_new();
    molt_dict_setitem_cstr(ns, "d", molt_call(D, NULL, 0, MOLT_ERR));
    H = make_class("H", MOLT_ERR, ns);
    h = molt_call(H, NULL, 0, MOLT_ERR);
    CHECK(molt_getattr_cstr(h, "d") == molt_small(42));
    CHECK(molt_getattr_cstr(H, "d") == molt_small(-1));
    CHECK(molt_setattr(h, molt_name("d"), molt_small(5)) == 0);
    CHECK(molt_getattr_cstr(h, "d") == molt_small(5)); /* non-data descriptor: instance dict wins */
    MOLT_UNROOT();
}

/* class L(list): pass;  l = L([1, 2]); l.tag = 'x'; l.append(3) -> [1, 2, 3], isinstance(l, list) */
static void test_builtin_subclass(void) {
    MoltValue L = MOLT_ERR, l = MOLT_ERR, items = MOLT_ERR;
    MOLT_ROOTS3(L, l, items);
    L = make_class("L", molt_tuple_pack(1, molt_val(&molt_list_type)), MOLT_ERR);
    CHECK(L != MOLT_ERR);
    items = molt_tuple_pack(2, molt_small(1), molt_small(2));
    l = molt_call(L, &items, 1, MOLT_ERR);
    CHECK(l != MOLT_ERR);
    if (l) {
        CHECK(molt_setattr(l, molt_name("tag"), molt_name("x")) == 0);
        CHECK(molt_getattr_cstr(l, "tag") == molt_name("x"));
        MoltValue three = molt_small(3);
        CHECK(molt_call_method(l, "append", &three, 1, MOLT_ERR) == molt_None);
        CHECK_STR(molt_str_utf8(molt_repr(l)), "[1, 2, 3]");
        CHECK_INT(molt_len(l), 3);
        CHECK(molt_isinstance(l, molt_val(&molt_list_type)) == 1);
        molt_gc_collect();
        CHECK(molt_getattr_cstr(l, "tag") == molt_name("x"));
    }
    molt_err_clear();
    CHECK(make_class("I", molt_tuple_pack(1, molt_val(&molt_int_type)), MOLT_ERR) == MOLT_ERR);
    CHECK_STR(err_text(), "NotImplementedError: molt: subclassing builtin type 'int' is not supported");
    MOLT_UNROOT();
}

static void test_user_class(void) {
    MoltValue ns = molt_dict_new(), Vec = MOLT_ERR, v = MOLT_ERR, w = MOLT_ERR;
    MOLT_ROOTS4(ns, Vec, v, w);
    molt_dict_setitem_cstr(ns, "__init__", molt_builtin_new("__init__", vec_init));
    molt_dict_setitem_cstr(ns, "__add__", molt_builtin_new("__add__", vec_add));
    molt_dict_setitem_cstr(ns, "__radd__", molt_builtin_new("__radd__", vec_radd));
    molt_dict_setitem_cstr(ns, "__repr__", molt_builtin_new("__repr__", vec_repr));
    molt_dict_setitem_cstr(ns, "__eq__", molt_builtin_new("__eq__", vec_eq));
    molt_dict_setitem_cstr(ns, "__len__", molt_builtin_new("__len__", vec_len));
    molt_dict_setitem_cstr(ns, "twice", molt_property_new(molt_builtin_new("twice", get_twice), MOLT_ERR, MOLT_ERR));
    molt_dict_setitem_cstr(ns, "k", molt_small(9));
    Vec = make_class("Vec", MOLT_ERR, ns);
    MoltValue three = molt_small(3);
    v = molt_call(Vec, &three, 1, MOLT_ERR);
    CHECK(v != MOLT_ERR);
    w = molt_call(Vec, &three, 1, MOLT_ERR);
    CHECK(molt_getattr_cstr(v, "x") == molt_small(3));
    CHECK(molt_getattr_cstr(v, "k") == molt_small(9));
    CHECK(molt_getattr_cstr(v, "twice") == molt_small(6));
    CHECK(molt_binop(MOLT_OP_ADD, v, molt_small(4)) == molt_small(7));   /* v + 4 */
    CHECK(molt_binop(MOLT_OP_ADD, molt_small(4), v) == molt_small(300)); /* 4 + v -> __radd__ */
    CHECK_STR(molt_str_utf8(molt_repr(v)), "Vec(...)");
    CHECK_STR(molt_str_utf8(molt_str(v)), "Vec(...)");
    CHECK_INT(molt_compare_bool(MOLT_EQ, v, w), 1);
    CHECK_INT(molt_compare_bool(MOLT_NE, v, w), 0);
    CHECK_INT(molt_len(v), 7);
    CHECK_INT(molt_truthy(v), 1);
    CHECK_INT(molt_hash(v), -1); /* __eq__ without __hash__: unhashable */
    CHECK_STR(err_text(), "TypeError: unhashable type: 'Vec'");
    molt_getattr_cstr(v, "nope");
    CHECK_STR(err_text(), "AttributeError: 'Vec' object has no attribute 'nope'");
    molt_getattr_cstr(Vec, "nope");
    CHECK_STR(err_text(), "AttributeError: type object 'Vec' has no attribute 'nope'");
    molt_binop(MOLT_OP_SUB, v, molt_small(1));
    CHECK_STR(err_text(), "TypeError: unsupported operand type(s) for -: 'Vec' and 'int'");
    molt_compare(MOLT_LT, v, w);
    CHECK_STR(err_text(), "TypeError: '<' not supported between instances of 'Vec' and 'Vec'");
    MoltValue A = make_class("A", MOLT_ERR, MOLT_ERR);
    molt_call(A, &three, 1, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: A() takes no arguments");
    /* super(Vec, v).__init__ is object's: calling it with an argument fails like CPython */
    MoltValue sup = molt_super_new(Vec, v);
    CHECK(sup != MOLT_ERR);
    CHECK(molt_getattr_cstr(sup, "__repr__") != MOLT_ERR);
    MOLT_UNROOT();
}

static void test_protocol_errors(void) {
    molt_call(molt_small(1), NULL, 0, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: 'int' object is not callable");
    molt_len(molt_small(1));
    CHECK_STR(err_text(), "TypeError: object of type 'int' has no len()");
    molt_iter(molt_small(1));
    CHECK_STR(err_text(), "TypeError: 'int' object is not iterable");
    molt_next(molt_list_new(0));
    CHECK_STR(err_text(), "TypeError: 'list' object is not an iterator");
    molt_contains(molt_small(3), molt_small(1));
    CHECK_STR(err_text(), "TypeError: argument of type 'int' is not iterable");
    molt_neg(S("a"));
    CHECK_STR(err_text(), "TypeError: bad operand type for unary -: 'str'");
    molt_invert(molt_float_new(1.5));
    CHECK_STR(err_text(), "TypeError: bad operand type for unary ~: 'float'");
    molt_hash(molt_list_new(0));
    CHECK_STR(err_text(), "TypeError: unhashable type: 'list'");
    molt_getattr_cstr(molt_None, "foo");
    CHECK_STR(err_text(), "AttributeError: 'NoneType' object has no attribute 'foo'");
    molt_getattr_cstr(molt_small(1), "x");
    CHECK_STR(err_text(), "AttributeError: 'int' object has no attribute 'x'");
    /* identity-then-equality: a NaN is found in a list holding that very object */
    MoltValue nan = molt_float_new(NAN), l = MOLT_ERR;
    MOLT_ROOTS2(nan, l);
    l = molt_list_new(0);
    molt_list_append(l, nan);
    CHECK_INT(molt_contains(l, nan), 1);
    CHECK_INT(molt_compare_bool(MOLT_EQ, nan, nan), 0);
    CHECK(molt_compare(MOLT_EQ, molt_None, molt_small(0)) == molt_False);
    CHECK_STR(molt_str_utf8(molt_repr(molt_None)), "None");
    CHECK_STR(molt_str_utf8(molt_repr(molt_True)), "True");
    CHECK_STR(molt_str_utf8(molt_repr(molt_val(&molt_int_type))), "<class 'int'>");
    CHECK_STR(molt_str_utf8(molt_repr(molt_val(&molt_ValueError))), "<class 'ValueError'>");
    MOLT_UNROOT();
}

static MoltValue fentry(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[5];
    MoltFrame fr = {0, slots, 5, 1, "f", "t.py"};
    molt_frame_push(&fr);
    int r = molt_function_bind(callee, args, nargs, kwnames, slots);
    molt_frame_pop(&fr);
    if (r < 0) return MOLT_ERR;
    return molt_tuple_from_array(slots, 5);
}

/* def f(a, b, c=1, *, d, e=2): ... */
static void test_function_bind(void) {
    static const char *const names[] = {"a", "b", "c", "d", "e"};
    static const MoltCode code = {"f", "f", names, 0, 3, 2, 0};
    MoltValue defaults = molt_tuple_pack(1, molt_small(1)), kwd = MOLT_ERR, f = MOLT_ERR, kw = MOLT_ERR;
    MOLT_ROOTS4(defaults, kwd, f, kw);
    kwd = molt_dict_new();
    molt_dict_setitem_cstr(kwd, "e", molt_small(2));
    f = molt_function_new(fentry, &code, defaults, kwd, MOLT_ERR);
    MoltValue args[6] = {molt_small(10), molt_small(20), molt_small(30), molt_small(40)};
    molt_call(f, args, 0, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: f() missing 2 required positional arguments: 'a' and 'b'");
    molt_call(f, args, 1, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: f() missing 1 required positional argument: 'b'");
    molt_call(f, args, 2, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: f() missing 1 required keyword-only argument: 'd'");
    molt_call(f, args, 4, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: f() takes from 2 to 3 positional arguments but 4 were given");
    kw = molt_tuple_pack(1, S("d"));
    molt_call(f, args, 4, kw); /* f(10, 20, 30, 40, d=...) */
    CHECK_STR(err_text(), "TypeError: f() takes from 2 to 3 positional arguments but 4 positional arguments "
                          "(and 1 keyword-only argument) were given");
    kw = molt_tuple_pack(2, S("d"), S("z"));
    molt_call(f, args, 2, kw);
    CHECK_STR(err_text(), "TypeError: f() got an unexpected keyword argument 'z'");
    kw = molt_tuple_pack(2, S("a"), S("d"));
    molt_call(f, args, 2, kw);
    CHECK_STR(err_text(), "TypeError: f() got multiple values for argument 'a'");
    kw = molt_tuple_pack(1, S("d"));
    MoltValue ok = molt_call(f, args, 2, kw); /* f(10, 20, d=30) -> (10, 20, 1, 30, 2) */
    CHECK(ok != MOLT_ERR);
    if (ok) {
        MoltValue *it = molt_tuple_items(ok);
        CHECK(it[0] == molt_small(10) && it[1] == molt_small(20) && it[2] == molt_small(1));
        CHECK(it[3] == molt_small(30) && it[4] == molt_small(2));
    }
    MOLT_UNROOT();
}

/* def g(a, b, c, d, e): ...  exactly the positional parameters takes the bind fast path. */
static void test_function_bind_exact(void) {
    static const char *const names[] = {"a", "b", "c", "d", "e"};
    static const MoltCode code = {"g", "g", names, 0, 5, 0, 0};
    MoltValue g = molt_function_new(fentry, &code, MOLT_ERR, MOLT_ERR, MOLT_ERR);
    MOLT_ROOTS1(g);
    MoltValue args[5] = {molt_small(1), molt_small(2), molt_small(3), molt_small(4), molt_small(5)};
    MoltValue ok = molt_call(g, args, 5, MOLT_ERR);
    CHECK(ok != MOLT_ERR);
    if (ok)
        for (int i = 0; i < 5; i++) CHECK(molt_tuple_items(ok)[i] == args[i]);
    molt_call(g, args, 4, MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: g() missing 1 required positional argument: 'e'");
    MOLT_UNROOT();
}

/* Each returns its tag plus the argument count, so a test sees which function ran and whether
 * self was passed. */
static MoltValue tag100(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)k;
    return molt_small(100 + n);
}
static MoltValue tag200(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)k;
    return molt_small(200 + n);
}
static MoltValue tag300(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) {
    (void)c, (void)a, (void)k;
    return molt_small(300 + n);
}

static MoltValue call_m(MoltValue obj) {
    MoltValue m = molt_getattr_cstr(obj, "m");
    MOLT_ROOTS1(m);
    MoltValue via_attr = m ? molt_call(m, NULL, 0, MOLT_ERR) : MOLT_ERR;
    MOLT_UNROOT();
    MoltValue via_method = molt_call_method(obj, "m", NULL, 0, MOLT_ERR);
    MoltValue name = S("m"); /* not interned: the uncached lookup */
    MOLT_ROOTS1_N(name_root, name);
    MoltValue via_name = name ? molt_call_method_name(obj, name, NULL, 0, MOLT_ERR) : MOLT_ERR;
    MOLT_UNROOT_N(name_root);
    return via_attr == via_method && via_name == via_method ? via_method : MOLT_ERR;
}

/* The type attribute cache must see every change after a first, cached lookup:
 *   class Base: m = f100;  class Sub(Base): pass;  s = Sub()
 *   s.m() -> 101; Base.m = f200 -> 201; Sub.m = f300 -> 301; s.m = f100 -> 100 (no self);
 *   del s.m -> 301; del Sub.m -> 201 */
static void test_method_cache(void) {
    MoltValue ns = molt_dict_new(), Base = MOLT_ERR, Sub = MOLT_ERR, s = MOLT_ERR, f = MOLT_ERR;
    MOLT_ROOTS4(ns, Base, Sub, s);
    MOLT_ROOTS1_N(f_root, f);
    molt_dict_setitem_cstr(ns, "m", molt_builtin_new("m", tag100));
    Base = make_class("Base", MOLT_ERR, ns);
    Sub = make_class("Sub", molt_tuple_pack(1, Base), MOLT_ERR);
    s = molt_call(Sub, NULL, 0, MOLT_ERR);
    CHECK(call_m(s) == molt_small(101));
    CHECK(call_m(s) == molt_small(101));
    f = molt_builtin_new("m", tag200);
    CHECK_INT(molt_setattr(Base, molt_name("m"), f), 0);
    CHECK(call_m(s) == molt_small(201));
    f = molt_builtin_new("m", tag300);
    CHECK_INT(molt_setattr(Sub, molt_name("m"), f), 0);
    CHECK(call_m(s) == molt_small(301));
    f = molt_builtin_new("m", tag100);
    CHECK_INT(molt_setattr(s, molt_name("m"), f), 0);
    CHECK(call_m(s) == molt_small(100));
    CHECK_INT(molt_setattr(s, molt_name("m"), MOLT_ERR), 0);
    CHECK(call_m(s) == molt_small(301));
    CHECK_INT(molt_setattr(Sub, molt_name("m"), MOLT_ERR), 0);
    CHECK(call_m(s) == molt_small(201));
    MOLT_UNROOT_N(f_root);
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    RUN(test_function_bind_exact);
    RUN(test_method_cache);
    RUN(test_mro);
    RUN(test_user_class);
    RUN(test_protocol_errors);
    RUN(test_function_bind);
    RUN(test_descriptors);
    RUN(test_builtin_subclass);
    return TEST_REPORT();
}
