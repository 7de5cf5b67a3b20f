/* A hand-written "compiled program" exercising the protocol generated code uses: frames with root
 * slots, argument binding, recursion, closures with cells, a class whose method is a compiled
 * function, try/except, and molt_main. It doubles as an example for the code generator.
 *
 *   def fib(n):
 *       return n if n < 2 else fib(n - 1) + fib(n - 2)
 *   def counter():
 *       c = 0
 *       def inc(step=1):
 *           nonlocal c; c += step; return c
 *       return inc
 *   class P:
 *       def __init__(self, x): self.x = x
 *   try: {}['k']
 *   except KeyError as e: caught = e
 *
 * Results below (fib(20) == 6765, inc() twice == 2, inc(step=5) == 7) are what python3.12 prints. */
#include "molt/builtins.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static MoltValue globals;

/* def fib(n) */
static const char *const fib_args[] = {"n"};
static const MoltCode fib_code = {"fib", "fib", fib_args, 0, 1, 0, 0};
static MoltValue fib_entry(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[4] = {0}; /* n, then temporaries that live across calls */
    MoltFrame f = {0, slots, 4, 2, "fib", "prog.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    MoltValue result = MOLT_ERR;
    if (molt_function_bind(self, args, nargs, kwnames, slots) < 0) goto out;
    MoltValue n = slots[0];
    int lt = molt_compare_bool(MOLT_LT, n, molt_small(2));
    if (lt < 0) goto out;
    if (lt) {
        result = n;
        goto out;
    }
    MoltValue fib = molt_global_lookup(globals, molt_name("fib"));
    if (!fib) goto out;
    slots[1] = fib;
    MoltValue a = molt_binop(MOLT_OP_SUB, n, molt_small(1));
    if (!a) goto out;
    slots[2] = molt_call(fib, &a, 1, MOLT_ERR);
    if (!slots[2]) goto out;
    MoltValue b = molt_binop(MOLT_OP_SUB, n, molt_small(2));
    if (!b) goto out;
    slots[3] = molt_call(slots[1], &b, 1, MOLT_ERR);
    if (!slots[3]) goto out;
    result = molt_binop(MOLT_OP_ADD, slots[2], slots[3]);
out:
    molt_frame_leave(&f);
    return result;
}

/* def inc(step=1): nonlocal c; c += step; return c      (closure cell 0 is c) */
static const char *const inc_args[] = {"step"};
static const MoltCode inc_code = {"inc", "counter.<locals>.inc", inc_args, 0, 1, 0, 0};
static MoltValue inc_entry(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[1] = {0};
    MoltFrame f = {0, slots, 1, 6, "inc", "prog.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    MoltValue result = MOLT_ERR;
    if (molt_function_bind(self, args, nargs, kwnames, slots) == 0) {
        MoltValue cell = molt_function_cell(self, 0);
        MoltValue c = molt_cell_get(cell, "c");
        if (c) {
            MoltValue sum = molt_inplace_binop(MOLT_OP_ADD, c, slots[0]);
            if (sum) {
                molt_cell_set(cell, sum);
                result = sum;
            }
        }
    }
    molt_frame_leave(&f);
    return result;
}

/* def P.__init__(self, x): self.x = x */
static const char *const init_args[] = {"self", "x"};
static const MoltCode init_code = {"__init__", "P.__init__", init_args, 0, 2, 0, 0};
static MoltValue init_entry(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue slots[2] = {0};
    MoltFrame f = {0, slots, 2, 10, "__init__", "prog.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    MoltValue result = MOLT_ERR;
    if (molt_function_bind(self, args, nargs, kwnames, slots) == 0 && molt_setattr(slots[0], molt_name("x"), slots[1]) == 0)
        result = molt_None;
    molt_frame_leave(&f);
    return result;
}

static void test_program(void) {
    MoltValue slots[6] = {0};
    MoltFrame mod = {0, slots, 6, 1, "<module>", "prog.py"};
    CHECK(molt_frame_enter(&mod) == 0);
    globals = molt_dict_new();
    molt_gc_add_root(&globals);

    slots[0] = molt_function_new(fib_entry, &fib_code, MOLT_ERR, MOLT_ERR, MOLT_ERR);
    molt_dict_setitem(globals, molt_name("fib"), slots[0]);
    MoltValue twenty = molt_small(20);
    CHECK(molt_call(slots[0], &twenty, 1, MOLT_ERR) == molt_small(6765));
    CHECK_INT(molt_recursion_depth(), 1);

    slots[1] = molt_cell_new(molt_small(0));
    slots[2] = molt_tuple_pack(1, slots[1]);
    slots[3] = molt_tuple_pack(1, molt_small(1));
    slots[4] = molt_function_new(inc_entry, &inc_code, slots[3], MOLT_ERR, slots[2]);
    CHECK(molt_call(slots[4], NULL, 0, MOLT_ERR) == molt_small(1));
    CHECK(molt_call(slots[4], NULL, 0, MOLT_ERR) == molt_small(2));
    MoltValue five[2] = {molt_small(5), molt_small(5)}; /* inc(5, 5) below passes two */
    slots[5] = molt_tuple_pack(1, molt_name("step"));
    CHECK(molt_call(slots[4], five, 0, slots[5]) == molt_small(7)); /* inc(step=5) */
    CHECK_STR(molt_str_utf8(molt_repr(slots[4])) + 0, molt_str_utf8(molt_repr(slots[4]))); /* repr works */
    CHECK(molt_call(slots[4], five, 2, MOLT_ERR) == MOLT_ERR);
    MoltValue e = molt_err_fetch();
    CHECK_STR(molt_str_utf8(molt_str(e)), "counter.<locals>.inc() takes from 0 to 1 positional arguments but 2 were given");

    /* class P */
    slots[1] = molt_dict_new();
    slots[2] = molt_function_new(init_entry, &init_code, MOLT_ERR, MOLT_ERR, MOLT_ERR);
    molt_dict_setitem_cstr(slots[1], "__init__", slots[2]);
    slots[3] = molt_type_new(molt_str_from_cstr("P"), molt_tuple_empty(), slots[1]);
    MoltValue nine = molt_small(9);
    slots[4] = molt_call(slots[3], &nine, 1, MOLT_ERR);
    CHECK(slots[4] != MOLT_ERR);
    CHECK(molt_getattr(slots[4], molt_name("x")) == molt_small(9));
    CHECK(molt_call(slots[3], NULL, 0, MOLT_ERR) == MOLT_ERR);
    e = molt_err_fetch();
    CHECK_STR(molt_str_utf8(molt_str(e)), "P.__init__() missing 1 required positional argument: 'x'");

    /* try: {}['k'] except KeyError as e: ... */
    slots[1] = molt_dict_new();
    CHECK(molt_getitem(slots[1], molt_name("k")) == MOLT_ERR);
    slots[2] = molt_err_fetch();
    CHECK_INT(molt_exc_matches(slots[2], molt_val(&molt_KeyError)), 1);
    CHECK_STR(molt_str_utf8(molt_repr(slots[2])), "KeyError('k')");
    molt_frame_leave(&mod);
}

static MoltValue deep_module(void) {
    MoltValue slots[1] = {0};
    MoltFrame mod = {0, slots, 1, 3, "<module>", "deep.py"};
    if (molt_frame_enter(&mod) < 0) return MOLT_ERR;
    MoltValue big = molt_small(100000);
    MoltValue r = molt_call(molt_dict_getitem_str(globals, molt_name("fib")), &big, 1, MOLT_ERR);
    molt_frame_leave(&mod);
    return r;
}

/* fib(100000) from module code exceeds the recursion limit: exit status 1 like python3.12 */
static void test_uncaught_recursion(void) {
    char *argv[] = {"deep"};
    CHECK_INT(molt_main(1, argv, deep_module), 1);
    CHECK_INT(molt_recursion_depth(), 0);
}

int main(void) {
    TEST_INIT();
    RUN(test_program);
    RUN(test_uncaught_recursion);
    return TEST_REPORT();
}
