/* Builtin functions called as Python would call them (through the builtins namespace). Expected
 * results and messages come from python3.12 (the expression is in the comment or the check). */
#include <stdarg.h>

#include "molt/builtins.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "test.h"

static MoltValue argv_[8];
static MoltFrame frame = {0, argv_, 8, 1, "test", "test_builtins.c"};

/* Calls builtins[name](*argv_[0..n)) with optional keyword names (argv_ holds positional then keyword values). */
static MoltValue callkw(const char *name, int64_t npos, MoltValue kwnames) {
    MOLT_ROOTS1(kwnames);
    MoltValue f = molt_dict_getitem_cstr(molt_builtins(), name);
    MoltValue r = f ? molt_call(f, argv_, npos, kwnames) : molt_err_format(&molt_NameError, "no builtin %s", name);
    MOLT_UNROOT();
    return r;
}
static MoltValue call(const char *name, int64_t n) { return callkw(name, n, MOLT_ERR); }

static char buf[1024];
/* repr of the result, or "Type: message" of the exception. */
static const char *show(MoltValue r) {
    if (r) {
        MoltValue s = molt_repr(r);
        snprintf(buf, sizeof buf, "%s", s ? molt_str_utf8(s) : "(repr failed)");
        return buf;
    }
    MoltValue e = molt_err_fetch();
    MoltValue s = e ? molt_str(e) : MOLT_ERR;
    snprintf(buf, sizeof buf, "%s: %s", e ? molt_obj(e)->type->name : "none", s ? molt_str_utf8(s) : "?");
    return buf;
}
static MoltValue S(const char *s) { return molt_str_from_cstr(s); }
static MoltValue F(double d) { return molt_float_new(d); }
static MoltValue list_of(int64_t n, ...) {
    MoltValue items[8];
    va_list ap;
    va_start(ap, n);
    for (int64_t i = 0; i < n; i++) items[i] = va_arg(ap, MoltValue);
    va_end(ap);
    MoltRootArray ra;
    molt_root_array_push(&ra, items, n);
    MoltValue l = molt_list_new(n);
    MOLT_ROOTS1(l);
    for (int64_t i = 0; i < n; i++) molt_list_append(l, items[i]);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return l;
}
static MoltValue as_list(MoltValue it) { return it ? molt_list_from_iterable(it) : MOLT_ERR; }

static void test_numbers(void) {
    argv_[0] = S("a");
    CHECK_STR(show(call("abs", 1)), "TypeError: bad operand type for abs(): 'str'");
    argv_[0] = molt_small(-5);
    CHECK_STR(show(call("abs", 1)), "5");
    argv_[0] = molt_small(-7); argv_[1] = molt_small(2);
    CHECK_STR(show(call("divmod", 2)), "(-4, 1)");
    argv_[0] = F(7.5);
    CHECK_STR(show(call("divmod", 2)), "(3.0, 1.5)");
    argv_[0] = S("a"); argv_[1] = molt_small(1);
    CHECK_STR(show(call("divmod", 2)), "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    argv_[0] = molt_small(2); argv_[1] = molt_small(10); argv_[2] = molt_small(1000);
    CHECK_STR(show(call("pow", 3)), "24");
    argv_[0] = F(2.0); argv_[1] = molt_small(3); argv_[2] = molt_small(5);
    CHECK_STR(show(call("pow", 3)), "TypeError: pow() 3rd argument not allowed unless all arguments are integers");
    argv_[0] = molt_small(15); argv_[1] = molt_small(-1);
    CHECK_STR(show(call("round", 2)), "20");
    argv_[0] = molt_small(25);
    CHECK_STR(show(call("round", 2)), "20");
    argv_[0] = F(1234.5678);
    CHECK_STR(show(call("round", 1)), "1235");
    argv_[1] = molt_small(2);
    CHECK_STR(show(call("round", 2)), "1234.57");
    argv_[0] = S("a");
    CHECK_STR(show(call("round", 1)), "TypeError: type str doesn't define __round__ method");
    argv_[0] = molt_small(255);
    CHECK_STR(show(call("hex", 1)), "'0xff'");
    argv_[0] = molt_small(-5);
    CHECK_STR(show(call("bin", 1)), "'-0b101'");
    argv_[0] = F(1.5);
    CHECK_STR(show(call("hex", 1)), "TypeError: 'float' object cannot be interpreted as an integer");
    argv_[0] = molt_small(8364);
    CHECK_STR(show(call("chr", 1)), "'\xe2\x82\xac'");
    argv_[0] = molt_small(-1);
    CHECK_STR(show(call("chr", 1)), "ValueError: chr() arg not in range(0x110000)");
    argv_[0] = S("a");
    CHECK_STR(show(call("ord", 1)), "97");
    CHECK_STR(show(call("len", 0)), "TypeError: len() takes exactly one argument (0 given)");
    argv_[0] = S("\xc3\xa9t\xc3\xa9");
    CHECK_STR(show(call("ascii", 1)), "\"'\\\\xe9t\\\\xe9'\""); /* repr(ascii('été')) */
    CHECK_STR(show(call("len", 1)), "3");
}

static void test_reductions(void) {
    argv_[0] = list_of(3, molt_small(1), molt_small(2), molt_small(3));
    CHECK_STR(show(call("sum", 1)), "6");
    argv_[1] = molt_small(10);
    CHECK_STR(show(call("sum", 2)), "16");
    argv_[2] = F(0.1);
    argv_[3] = F(0.2);
    argv_[0] = list_of(2, argv_[2], argv_[3]);
    CHECK_STR(show(call("sum", 1)), "0.30000000000000004");
    argv_[0] = list_of(1, S("a")); argv_[1] = S("");
    CHECK_STR(show(call("sum", 2)), "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    argv_[0] = list_of(2, molt_small(1), S("a"));
    CHECK_STR(show(call("sum", 1)), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    argv_[0] = list_of(3, molt_small(3), molt_small(-7), molt_small(5));
    CHECK_STR(show(call("max", 1)), "5");
    CHECK_STR(show(call("min", 1)), "-7");
    argv_[1] = molt_dict_getitem_cstr(molt_builtins(), "abs");
    CHECK_STR(show(callkw("max", 1, molt_tuple_pack(1, S("key")))), "-7");
    argv_[0] = list_of(0); argv_[1] = molt_small(5);
    CHECK_STR(show(callkw("max", 1, molt_tuple_pack(1, S("default")))), "5");
    CHECK_STR(show(call("max", 1)), "ValueError: max() iterable argument is empty");
    CHECK_STR(show(call("max", 0)), "TypeError: max expected at least 1 argument, got 0");
    argv_[0] = molt_small(4); argv_[1] = molt_small(9);
    CHECK_STR(show(call("min", 2)), "4");
    argv_[0] = list_of(3, molt_small(1), S("a"), molt_small(2));
    CHECK_STR(show(call("max", 1)), "TypeError: '>' not supported between instances of 'str' and 'int'");
    argv_[0] = list_of(3, molt_small(0), molt_small(0), molt_small(3));
    CHECK_STR(show(call("any", 1)), "True");
    CHECK_STR(show(call("all", 1)), "False");
    argv_[0] = list_of(3, molt_small(2), molt_small(3), molt_small(1)); argv_[1] = molt_True;
    CHECK_STR(show(callkw("sorted", 1, molt_tuple_pack(1, S("reverse")))), "[3, 2, 1]");
    argv_[0] = molt_small(1);
    CHECK_STR(show(call("sorted", 1)), "TypeError: 'int' object is not iterable");
}

static void test_iterators(void) {
    argv_[0] = list_of(2, S("a"), S("b")); argv_[1] = molt_small(1);
    CHECK_STR(show(as_list(call("enumerate", 2))), "[(1, 'a'), (2, 'b')]");
    argv_[1] = list_of(3, molt_small(1), molt_small(2), molt_small(3));
    CHECK_STR(show(as_list(call("zip", 2))), "[('a', 1), ('b', 2)]");
    argv_[2] = molt_True;
    CHECK_STR(show(as_list(callkw("zip", 2, molt_tuple_pack(1, S("strict"))))),
              "ValueError: zip() argument 2 is longer than argument 1");
    argv_[0] = molt_dict_getitem_cstr(molt_builtins(), "abs");
    argv_[1] = list_of(2, molt_small(-1), molt_small(2));
    CHECK_STR(show(as_list(call("map", 2))), "[1, 2]");
    CHECK_STR(show(call("map", 1)), "TypeError: map() must have at least two arguments.");
    argv_[0] = molt_None;
    argv_[1] = list_of(3, molt_small(0), molt_small(1), molt_small(2));
    CHECK_STR(show(as_list(call("filter", 2))), "[1, 2]");
    argv_[0] = molt_tuple_pack(3, molt_small(1), molt_small(2), molt_small(3));
    CHECK_STR(show(as_list(call("reversed", 1))), "[3, 2, 1]");
    argv_[0] = molt_small(1);
    CHECK_STR(show(call("reversed", 1)), "TypeError: 'int' object is not reversible");
    argv_[0] = molt_iter(list_of(0));
    CHECK_STR(show(call("next", 1)), "StopIteration: ");
    argv_[1] = S("done");
    CHECK_STR(show(call("next", 2)), "'done'");
}

static void test_attributes_and_names(void) {
    argv_[0] = molt_small(1); argv_[1] = molt_small(2);
    CHECK_STR(show(call("getattr", 2)), "TypeError: attribute name must be string, not 'int'");
    argv_[1] = S("x");
    CHECK_STR(show(call("getattr", 2)), "AttributeError: 'int' object has no attribute 'x'");
    argv_[2] = molt_small(7);
    CHECK_STR(show(call("getattr", 3)), "7");
    CHECK_STR(show(call("hasattr", 2)), "False");
    argv_[1] = S("bit_length");
    CHECK_STR(show(call("hasattr", 2)), "True");
    argv_[1] = molt_tuple_pack(2, molt_val(&molt_str_type), molt_val(&molt_int_type));
    CHECK_STR(show(call("isinstance", 2)), "True");
    argv_[1] = molt_small(2);
    CHECK_STR(show(call("isinstance", 2)), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    argv_[0] = molt_True;
    argv_[1] = molt_val(&molt_int_type);
    CHECK_STR(show(call("isinstance", 2)), "True");
    CHECK_STR(show(molt_global_lookup(MOLT_ERR, S("nope"))), "NameError: name 'nope' is not defined");
    CHECK_STR(show(molt_global_lookup(MOLT_ERR, S("len"))), "<built-in function len>");
    CHECK_STR(show(molt_global_lookup(MOLT_ERR, S("ValueError"))), "<class 'ValueError'>");
    argv_[0] = S("12");
    CHECK_STR(show(molt_call(molt_val(&molt_int_type), argv_, 1, MOLT_ERR)), "12");
    argv_[1] = molt_small(16);
    CHECK_STR(show(molt_call(molt_val(&molt_int_type), argv_, 2, MOLT_ERR)), "18");
    argv_[0] = S("1e3");
    CHECK_STR(show(molt_call(molt_val(&molt_float_type), argv_, 1, MOLT_ERR)), "1000.0");
    argv_[0] = list_of(0);
    CHECK_STR(show(molt_call(molt_val(&molt_bool_type), argv_, 1, MOLT_ERR)), "False");
    argv_[0] = molt_small(3);
    CHECK_STR(show(molt_call(molt_val(&molt_type_type), argv_, 1, MOLT_ERR)), "<class 'int'>");
    argv_[0] = S("x");
    MoltValue e = molt_call(molt_val(&molt_KeyError), argv_, 1, MOLT_ERR);
    CHECK_STR(show(e), "KeyError('x')");
}

int main(void) {
    TEST_INIT();
    molt_frame_push(&frame);
    RUN(test_numbers);
    RUN(test_reductions);
    RUN(test_iterators);
    RUN(test_attributes_and_names);
    molt_frame_pop(&frame);
    return TEST_REPORT();
}
