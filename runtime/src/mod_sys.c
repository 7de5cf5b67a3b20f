/* The sys module: argv, exit, the standard streams, the recursion limit and facts about the
 * platform, with CPython 3.12's values and messages. sys.stdout/sys.stderr are print.c's stream
 * objects; sys.stdin reads the same C stdin as input(). */
#include <stdio.h>

#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/modules.h"
#include "molt/print.h"
#include "molt/runtime.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

/* ------------------------------------------------------------ functions */

/* exit(status=None, /): raises SystemExit the way PyErr_SetObject builds it: no args for None, the
 * items of a tuple as args, else the one value. */
static MoltValue sys_exit(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("sys.exit", kwnames) < 0 || molt_arg_count("exit", nargs, 0, 1) < 0) return MOLT_ERR;
    const MoltValue *items = args;
    int64_t n = nargs;
    if (n == 1 && args[0] == molt_None) n = 0;
    else if (n == 1 && molt_is_tuple(args[0])) {
        items = molt_tuple_items(args[0]);
        n = molt_tuple_size(args[0]);
    }
    MoltValue e = molt_exc_new(&molt_SystemExit, items, n);
    return e ? molt_err_raise(e) : MOLT_ERR;
}

static int no_args(const char *name, int64_t nargs, MoltValue kwnames) {
    if (molt_arg_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    molt_err_format(&molt_TypeError, "%s() takes no arguments (%lld given)", name, (long long)nargs);
    return -1;
}

static int one_arg(const char *name, int64_t nargs, MoltValue kwnames) {
    if (molt_arg_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    molt_err_format(&molt_TypeError, "%s() takes exactly one argument (%lld given)", name, (long long)nargs);
    return -1;
}

static MoltValue sys_getrecursionlimit(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (no_args("sys.getrecursionlimit", nargs, kwnames) < 0) return MOLT_ERR;
    return molt_int_from_i64(molt_get_recursion_limit());
}

static MoltValue sys_setrecursionlimit(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (one_arg("sys.setrecursionlimit", nargs, kwnames) < 0) return MOLT_ERR;
    return molt_set_recursion_limit(args[0]);
}

/* sys.exception(): the exception being handled, or None. */
static MoltValue sys_exception(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (no_args("sys.exception", nargs, kwnames) < 0) return MOLT_ERR;
    MoltValue h = molt_err_handled();
    return h ? h : molt_None;
}

/* sys.exc_info(): (type, value, traceback); Molt has no traceback objects, so the third is None. */
static MoltValue sys_exc_info(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (no_args("sys.exc_info", nargs, kwnames) < 0) return MOLT_ERR;
    MoltValue h = molt_err_handled();
    if (!h) return molt_tuple_pack(3, molt_None, molt_None, molt_None);
    return molt_tuple_pack(3, molt_val(molt_type_of(h)), h, molt_None);
}

static MoltValue sys_intern(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (one_arg("intern", nargs, kwnames) < 0) return MOLT_ERR;
    if (!molt_is_str(args[0])) return molt_err_format(&molt_TypeError, "intern() argument must be str, not %T", args[0]);
    return molt_str_intern(args[0]);
}

/* ------------------------------------------------------------ sys.stdin */

/* Reads one line (newline kept) of at most `limit` code points (limit < 0: no limit). */
static MoltValue stdin_read_line(int64_t limit) {
    molt_flush_stdout(); /* a prompt written with sys.stdout.write shows before the read blocks */
    MoltSBuf b;
    molt_sbuf_init(&b);
    int64_t chars = 0;
    int c;
    while ((c = getchar()) != EOF) {
        bool lead = (c & 0xC0) != 0x80;
        if (lead && limit >= 0 && chars == limit) {
            ungetc(c, stdin);
            break;
        }
        chars += lead;
        molt_sbuf_putc(&b, (char)c);
        if (c == '\n') break;
    }
    return molt_sbuf_finish(&b);
}

static int size_arg(const char *name, const MoltValue *args, int64_t nargs, MoltValue kwnames, int64_t *size) {
    if (molt_arg_no_kwargs(name, kwnames) < 0 || molt_arg_count(name, nargs - 1, 0, 1) < 0) return -1;
    *size = -1;
    if (nargs < 2 || args[1] == molt_None) return 0;
    return molt_index_i64(args[1], size);
}

static MoltValue stdin_readline_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    int64_t size;
    if (size_arg("readline", args, nargs, kwnames, &size) < 0) return MOLT_ERR;
    return stdin_read_line(size);
}

static MoltValue stdin_read_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    int64_t size;
    if (size_arg("read", args, nargs, kwnames, &size) < 0) return MOLT_ERR;
    MoltValue all = molt_str_empty();
    MOLT_ROOTS1(all);
    for (;;) {
        int64_t have = molt_str_len(all);
        if (size >= 0 && have >= size) break;
        MoltValue line = stdin_read_line(size < 0 ? -1 : size - have);
        if (!line || molt_str_len(line) == 0) {
            if (!line) all = MOLT_ERR;
            break;
        }
        all = molt_str_concat(all, line);
        if (!all) break;
    }
    MOLT_UNROOT();
    return all;
}

static MoltValue stdin_readlines_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (no_args("readlines", nargs - 1, kwnames) < 0) return MOLT_ERR;
    MoltValue lines = molt_list_new(0);
    MOLT_ROOTS1(lines);
    while (lines) {
        MoltValue line = stdin_read_line(-1);
        if (!line) lines = MOLT_ERR;
        else if (molt_str_len(line) == 0) break;
        else if (molt_list_append(lines, line) < 0) lines = MOLT_ERR;
    }
    MOLT_UNROOT();
    return lines;
}

static MoltValue stdin_iter(MoltValue self) { return self; }

/* `for line in sys.stdin`: lines until end of input. */
static MoltValue stdin_next(MoltValue self) {
    (void)self;
    MoltValue line = stdin_read_line(-1);
    return line && molt_str_len(line) == 0 ? MOLT_ERR : line;
}

static MoltValue stdin_repr(MoltValue self) {
    (void)self;
    return molt_str_from_cstr("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
}

static MoltType stdin_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "_io.TextIOWrapper",
    .base = &molt_object_type,
    .repr = stdin_repr,
    .hash = molt_object_hash,
    .iter = stdin_iter,
    .next = stdin_next,
};

static MoltObject stdin_obj = {&stdin_type, 0, 0};

/* ------------------------------------------------------------ sys.version_info */

/* A named tuple in CPython (a struct sequence); here an object that holds the tuple and answers
 * indexing, comparison, iteration and the field names like one. */
typedef struct VersionInfo {
    MoltObject ob;
    MoltValue items; /* (3, 12, 1, 'final', 0) */
} VersionInfo;

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

static MoltValue vi_items(MoltValue self) { return ((VersionInfo *)molt_obj(self))->items; }
static void vi_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((VersionInfo *)self)->items); }
static int64_t vi_len(MoltValue self) { return molt_tuple_size(vi_items(self)); }
static int64_t vi_hash(MoltValue self) { return molt_tuple_hash(vi_items(self)); }
static MoltValue vi_iter(MoltValue self) { return molt_tuple_iter(vi_items(self)); }
static MoltValue vi_getitem(MoltValue self, MoltValue key) { return molt_tuple_getitem(vi_items(self), key); }
static int vi_contains(MoltValue self, MoltValue item) { return molt_tuple_contains(vi_items(self), item); }

static MoltType version_info_type;

static MoltValue vi_richcmp(MoltValue a, MoltValue b, int op) {
    if (molt_type_of(b) == &version_info_type) b = vi_items(b);
    if (!molt_is_tuple(b)) return molt_NotImplemented;
    return molt_tuple_richcmp(vi_items(a), b, op);
}

static MoltValue vi_repr(MoltValue self) {
    MoltValue *items = molt_tuple_items(vi_items(self));
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, "sys.version_info(");
    for (int i = 0; i < 5; i++) {
        molt_sbuf_printf(&b, i ? ", %s=" : "%s=", version_fields[i]);
        if (molt_is_str(items[i])) molt_sbuf_printf(&b, "'%s'", molt_str_utf8(items[i]));
        else molt_sbuf_printf(&b, "%lld", (long long)molt_small_value(items[i]));
    }
    molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

static MoltValue vi_getattr(MoltValue self, MoltValue name) {
    for (int i = 0; i < 5; i++)
        if (molt_str_eq_cstr(name, version_fields[i])) return molt_tuple_items(vi_items(self))[i];
    return molt_object_generic_getattr(self, name);
}

static MoltType version_info_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "sys.version_info",
    .base = &molt_object_type,
    .instance_size = sizeof(VersionInfo),
    .trace = vi_trace,
    .repr = vi_repr,
    .hash = vi_hash,
    .richcmp = vi_richcmp,
    .iter = vi_iter,
    .getattr = vi_getattr,
    .len = vi_len,
    .getitem = vi_getitem,
    .contains = vi_contains,
};

/* The CPython release whose behaviour Molt reproduces (the differential tests' oracle). */
#define MOLT_PY_MAJOR 3
#define MOLT_PY_MINOR 12
#define MOLT_PY_MICRO 1

static MoltValue version_info_new(void) {
    MoltValue vi = molt_gc_alloc(&version_info_type, sizeof(VersionInfo));
    if (!vi) return MOLT_ERR;
    MOLT_ROOTS1(vi);
    MoltValue level = molt_str_intern_cstr("final");
    MoltValue t = level ? molt_tuple_pack(5, molt_small(MOLT_PY_MAJOR), molt_small(MOLT_PY_MINOR),
                                          molt_small(MOLT_PY_MICRO), level, molt_small(0))
                        : MOLT_ERR;
    MOLT_UNROOT();
    if (!t) return MOLT_ERR;
    ((VersionInfo *)molt_obj(vi))->items = t;
    return vi;
}

/* ------------------------------------------------------------ the module */

#ifdef __wasi__
#define MOLT_SYS_PLATFORM "wasi" /* what CPython's own WASI build reports */
#else
#define MOLT_SYS_PLATFORM "linux"
#endif

static bool types_ready;

int molt_sys_module_fill(MoltValue m) {
    if (!types_ready) {
        types_ready = true;
        molt_gc_pause(); /* a static type's values are not roots until it is readied */
        molt_type_ready(&stdin_type);
        molt_type_ready(&version_info_type);
        molt_type_add_method(&stdin_type, "readline", stdin_readline_m);
        molt_type_add_method(&stdin_type, "read", stdin_read_m);
        molt_type_add_method(&stdin_type, "readlines", stdin_readlines_m);
        molt_gc_resume();
    }
    static const MoltModuleFunction fns[] = {
        {"exit", sys_exit},
        {"getrecursionlimit", sys_getrecursionlimit},
        {"setrecursionlimit", sys_setrecursionlimit},
        {"exception", sys_exception},
        {"exc_info", sys_exc_info},
        {"intern", sys_intern},
    };
    if (molt_module_add_functions(m, fns, sizeof fns / sizeof *fns) < 0) return -1;
    /* Before molt_main runs (runtime unit tests) there are no program arguments: an empty list. */
    MoltValue argv = molt_sys_argv();
    if (molt_module_add(m, "argv", argv ? argv : molt_list_new(0)) < 0) return -1;
    static const struct {
        const char *name;
        MoltObject *stream;
    } streams[] = {
        {"stdin", &stdin_obj}, {"stdout", &molt_stdout_obj}, {"stderr", &molt_stderr_obj},
        {"__stdin__", &stdin_obj}, {"__stdout__", &molt_stdout_obj}, {"__stderr__", &molt_stderr_obj},
    };
    for (size_t i = 0; i < sizeof streams / sizeof *streams; i++)
        if (molt_module_add(m, streams[i].name, molt_val(streams[i].stream)) < 0) return -1;
    /* Molt's ints and indices are 64-bit on both targets, so maxsize is too (CPython's wasm32 build
     * says 2**31-1; Molt's containers are not limited by it). */
    if (molt_module_add(m, "maxsize", molt_int_from_i64(INT64_MAX)) < 0) return -1;
    if (molt_module_add(m, "byteorder", molt_str_from_cstr("little")) < 0) return -1;
    if (molt_module_add(m, "platform", molt_str_from_cstr(MOLT_SYS_PLATFORM)) < 0) return -1;
    if (molt_module_add(m, "version_info", version_info_new()) < 0) return -1;
    if (molt_module_add(m, "version", molt_str_from_cstr("3.12.1 (Molt)")) < 0) return -1;
    /* PY_VERSION_HEX: major, minor, micro, release level (0xF final), serial. */
    int64_t hex = ((int64_t)MOLT_PY_MAJOR << 24) | (MOLT_PY_MINOR << 16) | (MOLT_PY_MICRO << 8) | 0xF0;
    if (molt_module_add(m, "hexversion", molt_small(hex)) < 0) return -1;
    return 0;
}
