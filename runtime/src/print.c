/*
 * Standard streams and print(). stdout is buffered here (flushed when full, at exit, and before
 * anything goes to stderr, so interleaving matches a terminal run of CPython); stderr is unbuffered.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/print.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

#define OUT_CAP 8192
static char out_buf[OUT_CAP];
static size_t out_len;

void molt_flush_stdout(void) {
    if (out_len) {
        fwrite(out_buf, 1, out_len, stdout);
        out_len = 0;
    }
    fflush(stdout);
}

void molt_write_stdout(const char *s, size_t n) {
    if (out_len + n > OUT_CAP) {
        molt_flush_stdout();
        if (n > OUT_CAP / 2) {
            fwrite(s, 1, n, stdout);
            return;
        }
    }
    memcpy(out_buf + out_len, s, n);
    out_len += n;
}

void molt_write_stderr(const char *s, size_t n) {
    molt_flush_stdout();
    fwrite(s, 1, n, stderr);
    fflush(stderr);
}

/* ------------------------------------------------------------ stream objects */

static MoltValue textio_repr(MoltValue self) {
    return molt_str_from_cstr(self == molt_stdout ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                                                  : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

static MoltValue textio_write_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("write", kwnames) < 0) return MOLT_ERR;
    if (nargs != 2) return molt_err_format(&molt_TypeError, "write() takes exactly one argument (%d given)", (int)(nargs - 1));
    if (!molt_is_str(args[1]))
        return molt_err_format(&molt_TypeError, "write() argument must be str, not %T", args[1]);
    if (molt_stream_write(args[0], args[1]) < 0) return MOLT_ERR;
    return molt_small(molt_str_len(args[1]));
}

static MoltValue textio_flush_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)nargs;
    (void)kwnames;
    if (args[0] == molt_stdout) molt_flush_stdout();
    return molt_None;
}

MoltType molt_textio_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "_io.TextIOWrapper",
    .base = &molt_object_type,
    .repr = textio_repr,
    .hash = molt_object_hash,
};

MoltObject molt_stdout_obj = {&molt_textio_type, 0, 0};
MoltObject molt_stderr_obj = {&molt_textio_type, 0, 0};

int molt_stream_write(MoltValue stream, MoltValue s) {
    if (stream == molt_stdout) {
        molt_write_stdout(molt_str_utf8(s), (size_t)molt_str_nbytes(s));
        return 0;
    }
    if (stream == molt_stderr) {
        molt_write_stderr(molt_str_utf8(s), (size_t)molt_str_nbytes(s));
        return 0;
    }
    MoltValue r = molt_call_method(stream, "write", &s, 1, MOLT_ERR);
    return r ? 0 : -1;
}

/* ------------------------------------------------------------ print */

/* Small ints and floats go straight into the stdout buffer: no temporary str. */
static bool write_number(MoltValue v) {
    char buf[40];
    if (molt_is_small(v)) {
        int64_t i = molt_small_value(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + sizeof buf;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (i < 0) *--p = '-';
        molt_write_stdout(p, (size_t)(buf + sizeof buf - p));
        return true;
    }
    if (molt_is_float(v)) {
        int n = molt_double_repr(molt_float_value(v), buf);
        molt_write_stdout(buf, (size_t)n);
        return true;
    }
    return false;
}

MoltValue molt_print(const MoltValue *args, int64_t nargs, MoltValue sep, MoltValue end, MoltValue file, bool flush) {
    if (sep == molt_None) sep = MOLT_ERR;
    if (end == molt_None) end = MOLT_ERR;
    if (file == molt_None) file = MOLT_ERR;
    if (sep && !molt_is_str(sep))
        return molt_err_format(&molt_TypeError, "sep must be None or a string, not %T", sep);
    if (end && !molt_is_str(end))
        return molt_err_format(&molt_TypeError, "end must be None or a string, not %T", end);
    if (!file) file = molt_stdout;
    MOLT_ROOTS3(sep, end, file);
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs);
    MoltValue result = molt_None;
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) {
            if (sep) {
                if (molt_stream_write(file, sep) < 0) { result = MOLT_ERR; break; }
            } else if (file == molt_stdout) {
                molt_write_stdout(" ", 1);
            } else {
                MoltValue sp = molt_str_intern_cstr(" ");
                if (!sp || molt_stream_write(file, sp) < 0) { result = MOLT_ERR; break; }
            }
        }
        if (file == molt_stdout && write_number(args[i])) continue;
        MoltValue s = molt_str(args[i]);
        if (!s || molt_stream_write(file, s) < 0) { result = MOLT_ERR; break; }
    }
    if (result) {
        if (end) {
            if (molt_stream_write(file, end) < 0) result = MOLT_ERR;
        } else if (file == molt_stdout) {
            molt_write_stdout("\n", 1);
        } else {
            MoltValue nl = molt_str_intern_cstr("\n");
            if (!nl || molt_stream_write(file, nl) < 0) result = MOLT_ERR;
        }
    }
    if (result && flush) {
        if (file == molt_stdout) molt_flush_stdout();
        else if (file != molt_stderr && !molt_call_method(file, "flush", NULL, 0, MOLT_ERR)) result = MOLT_ERR;
    }
    molt_root_array_pop(&ra);
    MOLT_UNROOT();
    return result;
}

void molt_print_init(void) {
    molt_type_ready(&molt_textio_type);
    molt_type_add_method(&molt_textio_type, "write", textio_write_m);
    molt_type_add_method(&molt_textio_type, "flush", textio_flush_m);
    atexit(molt_flush_stdout);
}
