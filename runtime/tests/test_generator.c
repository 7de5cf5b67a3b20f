/* Generator objects (generator.c) driven by hand-written resume functions shaped like the code
 * generator's output (decision 0036): the frame's roots are the generator's roots, the generator
 * roots itself in its own frame, and `state` selects where the body continues.
 *
 *   def count(n):                      # roots: n, i, the generator itself
 *       i = 0
 *       try:
 *           while i < n:
 *               x = yield i
 *               i = i + 1 if x is None else x
 *       except ValueError:
 *           yield "caught"
 *       return "done"
 *
 * Expected results are what python3.12 prints for the same calls on that function. */
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/generator.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "test.h"

static const char *const count_args[] = {"n"};
static const MoltCode count_code = {"count", "count", count_args, 0, 1, 0, 0};

static MoltValue suspend(MoltGenerator *g, int64_t state, MoltValue v) {
    g->state = state;
    return v;
}

static MoltValue count_resume(MoltValue gen, MoltValue sent) {
    MoltGenerator *g = (MoltGenerator *)molt_obj(gen);
    MoltValue *s = g->roots;
    MoltFrame f = {0, s, 3, 1, "count", "gen.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    s[2] = gen;
    MoltValue r = MOLT_ERR;
    int lt;
    switch (g->state) {
    case 0:
        if (!sent) goto out;
        s[1] = molt_small(0);
        goto loop;
    case 1:
        f.line = 5;
        if (!sent) goto handler;
        s[1] = sent == molt_None ? molt_binop(MOLT_OP_ADD, s[1], molt_small(1)) : sent;
        if (!s[1]) goto handler;
        goto loop;
    default:
        f.line = 8;
        if (!sent) goto out;
        goto done;
    }
loop:
    f.line = 4;
    lt = molt_compare_bool(MOLT_LT, s[1], s[0]);
    if (lt < 0) goto handler;
    if (lt) {
        r = suspend(g, 1, s[1]);
        goto out;
    }
done:
    r = molt_str_from_cstr("done");
    if (r) g->state = MOLT_GEN_DONE;
    goto out;
handler:
    if (!molt_err_matches(&molt_ValueError)) goto out;
    molt_err_clear();
    r = molt_str_from_cstr("caught");
    if (r) r = suspend(g, 2, r);
out:
    molt_frame_leave(&f);
    return r;
}

static MoltValue count_creator(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    return molt_generator_new(&count_code, count_resume, callee, args, nargs, kwnames, 3, 0);
}

static MoltValue count_direct(int64_t n) {
    MoltValue arg = molt_small(n);
    return molt_generator_new(&count_code, count_resume, MOLT_ERR, &arg, 1, MOLT_ERR, 3, 0);
}

static void check_stop_value(const char *expected) {
    molt_test_checks++;
    if (!molt_err_matches(&molt_StopIteration)) {
        MOLT_TEST_FAIL_("expected StopIteration");
        molt_err_clear();
        return;
    }
    MoltValue e = molt_err_fetch();
    MoltValue v = molt_getattr_cstr(e, "value");
    if (!expected) CHECK(v == molt_None && molt_tuple_size(molt_exc_args(e)) == 0);
    else CHECK_STR(molt_str_utf8(molt_str(v)), expected);
}

static void test_iteration(void) {
    MoltValue g = count_direct(3);
    MOLT_ROOTS1(g);
    CHECK(molt_iter(g) == g);
    MoltValue l = molt_list_from_iterable(g);
    CHECK_STR(molt_str_utf8(molt_repr(l)), "[0, 1, 2]");
    /* Exhausted: the next slot reports the end without an exception, again and again. */
    CHECK(molt_next(g) == MOLT_ERR);
    CHECK_NO_ERR();
    CHECK(molt_generator_send(g, molt_None) == MOLT_ERR);
    check_stop_value(NULL);
    MOLT_UNROOT();
}

static void test_send_and_return_value(void) {
    MoltValue g = count_direct(5), fresh = MOLT_ERR;
    MOLT_ROOTS2(g, fresh);
    CHECK_INT(molt_small_value(molt_generator_send(g, molt_None)), 0);
    CHECK_INT(molt_small_value(molt_generator_send(g, molt_small(3))), 3);
    CHECK_INT(molt_small_value(molt_generator_send(g, molt_None)), 4);
    CHECK(molt_generator_send(g, molt_None) == MOLT_ERR);
    check_stop_value("done"); /* StopIteration('done'), e.value == 'done' */
    CHECK(molt_generator_send(g, molt_None) == MOLT_ERR);
    check_stop_value(NULL);   /* then a bare StopIteration */

    fresh = count_direct(1);
    CHECK(molt_generator_send(fresh, molt_small(1)) == MOLT_ERR);
    CHECK_STR(molt_str_utf8(molt_exc_str(molt_err_fetch())), "can't send non-None value to a just-started generator");
    /* next(g, default) returns the default when the generator returns. */
    CHECK_INT(molt_small_value(molt_generator_next_builtin(fresh, molt_small(9))), 0);
    CHECK_INT(molt_small_value(molt_generator_next_builtin(fresh, molt_small(9))), 9);
    CHECK_NO_ERR();
    MOLT_UNROOT();
}

static void test_call_through_function(void) {
    MoltValue fn = molt_function_new(count_creator, &count_code, MOLT_ERR, MOLT_ERR, MOLT_ERR);
    MoltValue kw = MOLT_ERR, kwnames = MOLT_ERR, g = MOLT_ERR;
    MOLT_ROOTS4(fn, kw, kwnames, g);
    kw = molt_str_from_cstr("n");
    kwnames = molt_tuple_from_array(&kw, 1);
    MoltValue two = molt_small(2);
    g = molt_call(fn, &two, 0, kwnames);
    CHECK(molt_is_generator(g));
    CHECK_STR(molt_str_utf8(molt_repr(molt_list_from_iterable(g))), "[0, 1]");
    CHECK(molt_call(fn, NULL, 0, MOLT_ERR) == MOLT_ERR);
    CHECK_STR(molt_str_utf8(molt_exc_str(molt_err_fetch())), "count() missing 1 required positional argument: 'n'");
    MoltValue r = molt_repr(count_direct(1));
    CHECK(strncmp(molt_str_utf8(r), "<generator object count at 0x", 29) == 0);
    MOLT_UNROOT();
}

static void test_throw_and_close(void) {
    MoltValue g = count_direct(5), h = MOLT_ERR, c = MOLT_ERR, unstarted = MOLT_ERR;
    MOLT_ROOTS4(g, h, c, unstarted);
    molt_generator_send(g, molt_None);
    MoltValue caught = molt_generator_throw(g, molt_exc_new(&molt_ValueError, NULL, 0));
    CHECK_STR(caught ? molt_str_utf8(caught) : NULL, "caught");
    CHECK(molt_generator_send(g, molt_None) == MOLT_ERR);
    check_stop_value("done");

    h = count_direct(5);
    molt_generator_send(h, molt_None);
    CHECK(molt_generator_throw(h, molt_exc_new(&molt_KeyError, NULL, 0)) == MOLT_ERR);
    CHECK_RAISES(molt_KeyError);
    CHECK(molt_next(h) == MOLT_ERR);
    CHECK_NO_ERR();
    /* Throwing into a finished generator raises the exception as is. */
    CHECK(molt_generator_throw(h, molt_exc_new(&molt_IndexError, NULL, 0)) == MOLT_ERR);
    CHECK_RAISES(molt_IndexError);

    c = count_direct(5);
    molt_generator_send(c, molt_None);
    CHECK(molt_generator_close(c) == molt_None);
    CHECK_INT(((MoltGenerator *)molt_obj(c))->state, MOLT_GEN_DONE);
    CHECK(molt_generator_close(c) == molt_None);
    unstarted = count_direct(5);
    CHECK(molt_generator_close(unstarted) == molt_None);
    CHECK(molt_next(unstarted) == MOLT_ERR);
    CHECK_NO_ERR();
    MOLT_UNROOT();
}

/* A body that yields again whatever is thrown in, or raises what `sent` names. */
static MoltValue stubborn_resume(MoltValue gen, MoltValue sent) {
    MoltGenerator *g = (MoltGenerator *)molt_obj(gen);
    MoltFrame f = {0, g->roots, 1, 1, "stubborn", "gen.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    g->roots[0] = gen;
    MoltValue r;
    if (!sent) {
        molt_err_clear();
        r = molt_small(1);
    } else if (sent == molt_small(7)) {
        r = molt_err_set_str(&molt_StopIteration, "leaked");
    } else if (sent == molt_small(8)) {
        r = molt_generator_send(gen, molt_None);
    } else {
        r = molt_small(1);
    }
    g->state = 1;
    molt_frame_leave(&f);
    return r;
}

static MoltValue stubborn(void) {
    static const MoltCode code = {"stubborn", "stubborn", NULL, 0, 0, 0, 0};
    return molt_generator_new(&code, stubborn_resume, MOLT_ERR, NULL, 0, MOLT_ERR, 1, 0);
}

static void test_runtime_errors(void) {
    MoltValue s = stubborn(), t = MOLT_ERR, e = MOLT_ERR;
    MOLT_ROOTS3(s, t, e);
    molt_generator_send(s, molt_None);
    CHECK(molt_generator_close(s) == MOLT_ERR);
    CHECK_STR(molt_str_utf8(molt_exc_str(molt_err_fetch())), "generator ignored GeneratorExit");

    CHECK(molt_generator_send(s, molt_small(8)) == MOLT_ERR);
    CHECK_STR(molt_str_utf8(molt_exc_str(molt_err_fetch())), "generator already executing");

    t = stubborn();
    molt_generator_send(t, molt_None);
    CHECK(molt_generator_send(t, molt_small(7)) == MOLT_ERR);
    CHECK(molt_err_matches(&molt_RuntimeError));
    e = molt_err_fetch();
    CHECK_STR(molt_str_utf8(molt_exc_str(e)), "generator raised StopIteration");
    CHECK(molt_isinstance_type(molt_getattr_cstr(e, "__cause__"), &molt_StopIteration));
    MOLT_UNROOT();
}

/* def outer(): r = yield from count(2); return r  -- roots: the inner generator, the generator itself */
static MoltValue outer_resume(MoltValue gen, MoltValue sent) {
    MoltGenerator *g = (MoltGenerator *)molt_obj(gen);
    MoltFrame f = {0, g->roots, 2, 1, "outer", "gen.py"};
    if (molt_frame_enter(&f) < 0) return MOLT_ERR;
    g->roots[1] = gen;
    MoltValue r = sent;
    if (sent && g->state == 0) {
        r = g->roots[0] = molt_iter(count_direct(2));
        g->delegate = r;
        g->state = 1;
    } else if (sent) {
        g->state = MOLT_GEN_DONE;
    }
    molt_frame_leave(&f);
    return r;
}

static void test_yield_from(void) {
    static const MoltCode code = {"outer", "outer", NULL, 0, 0, 0, 0};
    MoltValue o = molt_generator_new(&code, outer_resume, MOLT_ERR, NULL, 0, MOLT_ERR, 2, 0), p = MOLT_ERR;
    MOLT_ROOTS2(o, p);
    CHECK_INT(molt_small_value(molt_generator_send(o, molt_None)), 0);
    CHECK(molt_getattr_cstr(o, "gi_yieldfrom") != molt_None);
    CHECK_INT(molt_small_value(molt_generator_send(o, molt_small(1))), 1); /* send() reaches the inner generator */
    CHECK(molt_generator_send(o, molt_None) == MOLT_ERR);
    check_stop_value("done"); /* the inner return value came back through the outer's return */

    p = molt_generator_new(&code, outer_resume, MOLT_ERR, NULL, 0, MOLT_ERR, 2, 0);
    molt_generator_send(p, molt_None);
    /* throw() goes to the delegate, which catches ValueError and yields "caught". */
    MoltValue caught = molt_generator_throw(p, molt_exc_new(&molt_ValueError, NULL, 0));
    CHECK_STR(caught ? molt_str_utf8(caught) : NULL, "caught");
    CHECK(molt_generator_close(p) == molt_None);
    CHECK(molt_getattr_cstr(p, "gi_yieldfrom") == molt_None);
    MOLT_UNROOT();
}

static void test_memory_stays_bounded(void) {
    size_t before = molt_gc_live_bytes();
    for (int i = 0; i < 2000; i++) {
        MoltValue l = molt_list_from_iterable(count_direct(50));
        CHECK(l != MOLT_ERR);
    }
    molt_gc_collect();
    CHECK(molt_gc_live_bytes() < before + 64 * 1024);
}

int main(void) {
    TEST_INIT();
    RUN(test_iteration);
    RUN(test_send_and_return_value);
    RUN(test_call_through_function);
    RUN(test_throw_and_close);
    RUN(test_runtime_errors);
    RUN(test_yield_from);
    RUN(test_memory_stays_bounded);
    return TEST_REPORT();
}
