/* print() formatting through a stream object with a write() method (print(..., file=f)).
 * Expected texts are what python3.12 writes for the same calls. */
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/print.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static MoltSBuf written;

static MoltValue sink_write(MoltValue c, const MoltValue *a, int64_t n, MoltValue kw) {
    (void)c; (void)kw;
    if (n != 2 || !molt_is_str(a[1])) return molt_err_set_str(&molt_TypeError, "write() argument must be str");
    molt_sbuf_put_str(&written, a[1]);
    return molt_small(molt_str_len(a[1]));
}

static MoltValue roots[8];
static MoltFrame frame = {0, roots, 8, 1, "test", "test_print.c"};

static const char *take(void) {
    static char out[512];
    snprintf(out, sizeof out, "%s", molt_sbuf_cstr(&written));
    molt_sbuf_free(&written);
    molt_sbuf_init(&written);
    return out;
}

static void test_print_to_stream(void) {
    roots[0] = molt_dict_new();
    molt_dict_setitem_cstr(roots[0], "write", molt_builtin_new("write", sink_write));
    roots[1] = molt_type_new(molt_str_from_cstr("Sink"), molt_tuple_empty(), roots[0]);
    roots[2] = molt_call(roots[1], NULL, 0, MOLT_ERR); /* the stream */
    roots[3] = molt_small(1);
    roots[4] = molt_float_new(2.5);
    roots[5] = molt_str_from_cstr("x");
    roots[6] = molt_None;
    roots[7] = molt_int_pow(molt_small(2), molt_small(70), MOLT_ERR);
    MoltValue args[5] = {roots[3], roots[4], roots[5], roots[6], roots[7]};
    CHECK(molt_print(args, 5, MOLT_ERR, MOLT_ERR, roots[2], false) == molt_None);
    CHECK_STR(take(), "1 2.5 x None 1180591620717411303424\n");          /* print(1, 2.5, 'x', None, 2**70, file=f) */
    MoltValue sep = molt_str_from_cstr("-"), end = MOLT_ERR;
    MOLT_ROOTS2(sep, end);
    end = molt_str_from_cstr("!");
    CHECK(molt_print(args, 3, sep, end, roots[2], false) == molt_None);
    CHECK_STR(take(), "1-2.5-x!");                                        /* print(1, 2.5, 'x', sep='-', end='!') */
    CHECK(molt_print(NULL, 0, MOLT_ERR, MOLT_ERR, roots[2], false) == molt_None);
    CHECK_STR(take(), "\n");                                              /* print() */
    CHECK(molt_print(args, 1, molt_small(1), MOLT_ERR, roots[2], false) == MOLT_ERR);
    MoltValue e = molt_err_fetch();
    CHECK_STR(molt_str_utf8(molt_str(e)), "sep must be None or a string, not int");
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    molt_sbuf_init(&written);
    molt_frame_push(&frame);
    RUN(test_print_to_stream);
    molt_frame_pop(&frame);
    return TEST_REPORT();
}
