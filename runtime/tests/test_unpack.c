/* Unpacking into assignment targets: a, b = v (molt_unpack, molt_unpack_sequence) and
 * a, *b, c = v (molt_unpack_ex). Expected reprs and messages are CPython 3.12's, printed by
 * python3.12 for the assignment shown in the comment next to each check. */
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/unpack.h"
#include "test.h"

static char buf[1024];
static const char *err_text(void) {
    MoltValue e = molt_err_fetch();
    if (!e) return "(no exception)";
    MoltValue s = molt_str(e);
    snprintf(buf, sizeof buf, "%s: %s", molt_obj(e)->type->name, s ? molt_str_utf8(s) : "?");
    return buf;
}

static const char *repr(MoltValue v) {
    if (!v) return err_text();
    MoltValue r = molt_repr(v);
    return r ? molt_str_utf8(r) : "(repr failed)";
}

static MoltValue S(const char *s) { return molt_str_from_cstr(s); }

/* The out-array form used by C callers. */
static void test_unpack_into_array(void) {
    MoltValue out[4] = {0};
    MoltFrame fr = {0, out, 4, 1, "t", "t.py"};
    molt_frame_push(&fr);
    MoltValue t = molt_tuple_pack(3, molt_small(1), molt_small(2), molt_small(3));
    MOLT_ROOTS1(t);
    CHECK(molt_unpack(t, 3, out) == 0 && out[2] == molt_small(3));
    CHECK(molt_unpack(t, 2, out) < 0); /* a, b = (1, 2, 3) */
    CHECK_STR(err_text(), "ValueError: too many values to unpack (expected 2)");
    CHECK(out[0] == MOLT_ERR && out[1] == MOLT_ERR);
    CHECK(molt_unpack(t, 4, out) < 0); /* a, b, c, d = (1, 2, 3) */
    CHECK_STR(err_text(), "ValueError: not enough values to unpack (expected 4, got 3)");
    CHECK(molt_unpack(molt_small(1), 2, out) < 0); /* a, b = 1 */
    CHECK_STR(err_text(), "TypeError: cannot unpack non-iterable int object");
    CHECK(molt_unpack(molt_iter(t), 2, out) < 0); /* a, b = iter((1, 2, 3)) */
    CHECK_STR(err_text(), "ValueError: too many values to unpack (expected 2)");
    MOLT_UNROOT();
    molt_frame_pop(&fr);
}

static void test_unpack_sequence(void) {
    /* a, b = "ab" -> ('a', 'b') */
    CHECK_STR(repr(molt_unpack_sequence(S("ab"), 2)), "('a', 'b')");
    /* a, b, c = [1, [2], 3] */
    MoltValue inner = molt_list_from_array((MoltValue[]){molt_small(2)}, 1);
    MoltValue l = molt_list_from_array((MoltValue[]){molt_small(1), inner, molt_small(3)}, 3);
    CHECK_STR(repr(molt_unpack_sequence(l, 3)), "(1, [2], 3)");
    /* a, b = range(2) -> (0, 1) */
    CHECK_STR(repr(molt_unpack_sequence(molt_range_new(0, 2, 1), 2)), "(0, 1)");
    /* () = [] */
    CHECK_STR(repr(molt_unpack_sequence(molt_list_from_array(NULL, 0), 0)), "()");
    /* a, b = "abc" */
    CHECK(molt_unpack_sequence(S("abc"), 2) == MOLT_ERR);
    CHECK_STR(err_text(), "ValueError: too many values to unpack (expected 2)");
    /* a, b = iter([1]) */
    MoltValue one = molt_list_from_array((MoltValue[]){molt_small(1)}, 1);
    CHECK(molt_unpack_sequence(molt_iter(one), 2) == MOLT_ERR);
    CHECK_STR(err_text(), "ValueError: not enough values to unpack (expected 2, got 1)");
    /* a, b = 5.0 */
    CHECK(molt_unpack_sequence(molt_float_new(5.0), 2) == MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: cannot unpack non-iterable float object");
    /* a, b = None */
    CHECK(molt_unpack_sequence(molt_None, 2) == MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: cannot unpack non-iterable NoneType object");
}

static void test_unpack_starred(void) {
    MoltValue t = molt_tuple_pack(4, molt_small(1), molt_small(2), molt_small(3), molt_small(4));
    MOLT_ROOTS1(t);
    /* first, *rest = (1, 2, 3, 4) */
    CHECK_STR(repr(molt_unpack_ex(t, 1, 0)), "(1, [2, 3, 4])");
    /* *init, last = (1, 2, 3, 4) */
    CHECK_STR(repr(molt_unpack_ex(t, 0, 1)), "([1, 2, 3], 4)");
    /* a, *mid, b = (1, 2, 3, 4) */
    CHECK_STR(repr(molt_unpack_ex(t, 1, 1)), "(1, [2, 3], 4)");
    /* a, b, *mid, c, d = (1, 2, 3, 4): the starred target gets an empty list */
    CHECK_STR(repr(molt_unpack_ex(t, 2, 2)), "(1, 2, [], 3, 4)");
    /* *a, = (1, 2, 3, 4) */
    CHECK_STR(repr(molt_unpack_ex(t, 0, 0)), "([1, 2, 3, 4],)");
    /* a, *b = "xyz"; *a, b = range(3) */
    CHECK_STR(repr(molt_unpack_ex(S("xyz"), 1, 0)), "('x', ['y', 'z'])");
    CHECK_STR(repr(molt_unpack_ex(molt_range_new(0, 3, 1), 0, 1)), "([0, 1], 2)");
    /* a, *b = iter((1, 2, 3, 4)) */
    CHECK_STR(repr(molt_unpack_ex(molt_iter(t), 1, 0)), "(1, [2, 3, 4])");
    /* *a, = [] */
    CHECK_STR(repr(molt_unpack_ex(molt_list_from_array(NULL, 0), 0, 0)), "([],)");
    /* a, b, *c, d, e = (1, 2, 3, 4) */
    CHECK(molt_unpack_ex(t, 2, 3) == MOLT_ERR);
    CHECK_STR(err_text(), "ValueError: not enough values to unpack (expected at least 5, got 4)");
    /* a, *b, c = "a" */
    CHECK(molt_unpack_ex(S("a"), 1, 1) == MOLT_ERR);
    CHECK_STR(err_text(), "ValueError: not enough values to unpack (expected at least 2, got 1)");
    /* a, *b = 5 */
    CHECK(molt_unpack_ex(molt_small(5), 1, 0) == MOLT_ERR);
    CHECK_STR(err_text(), "TypeError: cannot unpack non-iterable int object");
    MOLT_UNROOT();
}

/* The starred list is new: changing it leaves the source alone. */
static void test_starred_list_is_a_copy(void) {
    MoltValue l = molt_list_from_array((MoltValue[]){molt_small(1), molt_small(2)}, 2);
    MoltValue r = MOLT_ERR;
    MOLT_ROOTS2(l, r);
    r = molt_unpack_ex(l, 0, 0);
    CHECK(r != MOLT_ERR);
    if (r) {
        MoltValue star = molt_tuple_items(r)[0];
        CHECK(star != l);
        CHECK(molt_list_append(star, molt_small(3)) == 0);
        CHECK_STR(repr(l), "[1, 2]");
    }
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    RUN(test_unpack_into_array);
    RUN(test_unpack_sequence);
    RUN(test_unpack_starred);
    RUN(test_starred_list_is_a_copy);
    return TEST_REPORT();
}
