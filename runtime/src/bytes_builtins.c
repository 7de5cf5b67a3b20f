/* Method table entries for the bytes/bytearray methods of bytes_text.c: argument parsing with
 * CPython's names, defaults and messages. The older methods are in container_builtins.c. */
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/method_args.h"
#include "molt/str.h"
#include "molt/type.h"

#define METHOD(name) static MoltValue name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)
#define ARGS(fname, names, min, max, out) \
    if (molt_method_args(fname, args, nargs, kwnames, names, min, max, out) < 0) return MOLT_ERR

/* self must be bytes or bytearray (calls through the class: bytes.title(5)). */
static bool self_ok(const MoltValue *args, int64_t nargs, const char *pyname) {
    const unsigned char *d;
    int64_t n;
    if (nargs >= 1 && molt_bytes_view(args[0], &d, &n)) return true;
    return nargs >= 1 && molt_arg_self(args[0], &molt_bytes_type, pyname);
}

#define NOARG(cname, pyname, fn)                             \
    METHOD(cname) {                                          \
        (void)callee;                                        \
        if (!self_ok(args, nargs, pyname)) return MOLT_ERR;  \
        ARGS(pyname, NULL, 0, 0, NULL);                      \
        return fn(args[0]);                                  \
    }

NOARG(bytes_title, "title", molt_bytes_title)
NOARG(bytes_capitalize, "capitalize", molt_bytes_capitalize)
NOARG(bytes_swapcase, "swapcase", molt_bytes_swapcase)
NOARG(bytes_istitle, "istitle", molt_bytes_istitle)
NOARG(bytes_isascii, "isascii", molt_bytes_isascii)

static MoltValue pad(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *pyname, char align) {
    if (!self_ok(args, nargs, pyname)) return MOLT_ERR;
    MoltValue a[2];
    int64_t width;
    ARGS(pyname, NULL, 1, 2, a);
    if (!molt_arg_i64(a[0], 0, &width)) return MOLT_ERR;
    unsigned char fill = ' ';
    if (a[1]) {
        const unsigned char *d;
        int64_t n;
        if (!molt_bytes_view(a[1], &d, &n) || n != 1)
            return molt_err_format(&molt_TypeError, "%s() argument 2 must be a byte string of length 1, not %T", pyname,
                                   a[1]);
        fill = d[0];
    }
    return molt_bytes_pad(args[0], width, fill, align);
}

METHOD(bytes_center) { (void)callee; return pad(args, nargs, kwnames, "center", '^'); }
METHOD(bytes_ljust) { (void)callee; return pad(args, nargs, kwnames, "ljust", '<'); }
METHOD(bytes_rjust) { (void)callee; return pad(args, nargs, kwnames, "rjust", '>'); }

METHOD(bytes_expandtabs) {
    (void)callee;
    static const char *const names[] = {"tabsize"};
    if (!self_ok(args, nargs, "expandtabs")) return MOLT_ERR;
    MoltValue a[1];
    int64_t tabsize;
    ARGS("expandtabs", names, 0, 1, a);
    if (!molt_arg_i64(a[0], 8, &tabsize)) return MOLT_ERR;
    return molt_bytes_expandtabs(args[0], tabsize);
}

METHOD(bytes_zfill) {
    (void)callee;
    if (!self_ok(args, nargs, "zfill")) return MOLT_ERR;
    MoltValue a[1];
    int64_t width;
    ARGS("zfill", NULL, 1, 1, a);
    if (!molt_arg_i64(a[0], 0, &width)) return MOLT_ERR;
    return molt_bytes_zfill(args[0], width);
}

METHOD(bytes_splitlines) {
    (void)callee;
    static const char *const names[] = {"keepends"};
    if (!self_ok(args, nargs, "splitlines")) return MOLT_ERR;
    MoltValue a[1];
    ARGS("splitlines", names, 0, 1, a);
    int keep = a[0] ? molt_truthy(a[0]) : 0;
    if (keep < 0) return MOLT_ERR;
    return molt_bytes_splitlines(args[0], keep);
}

METHOD(bytes_rsplit) {
    (void)callee;
    static const char *const names[] = {"sep", "maxsplit"};
    if (!self_ok(args, nargs, "rsplit")) return MOLT_ERR;
    MoltValue a[2];
    int64_t maxsplit;
    ARGS("rsplit", names, 0, 2, a);
    if (!molt_arg_i64(a[1], -1, &maxsplit)) return MOLT_ERR;
    return molt_bytes_rsplit(args[0], a[0], maxsplit);
}

METHOD(bytes_removeprefix) {
    (void)callee;
    if (!self_ok(args, nargs, "removeprefix")) return MOLT_ERR;
    MoltValue a[1];
    ARGS("removeprefix", NULL, 1, 1, a);
    return molt_bytes_removeaffix(args[0], a[0], false);
}

METHOD(bytes_removesuffix) {
    (void)callee;
    if (!self_ok(args, nargs, "removesuffix")) return MOLT_ERR;
    MoltValue a[1];
    ARGS("removesuffix", NULL, 1, 1, a);
    return molt_bytes_removeaffix(args[0], a[0], true);
}

METHOD(bytes_rindex) {
    (void)callee;
    if (!self_ok(args, nargs, "rindex")) return MOLT_ERR;
    MoltValue a[3];
    ARGS("rindex", NULL, 1, 3, a);
    MoltValue r = molt_bytes_rfind(args[0], a[0], a[1], a[2]);
    if (r == molt_small(-1)) return molt_err_format(&molt_ValueError, "subsection not found");
    return r;
}

int molt_bytes_methods_init(void) {
    static const struct {
        const char *name;
        molt_call_fn fn;
    } defs[] = {
        {"title", bytes_title}, {"capitalize", bytes_capitalize}, {"swapcase", bytes_swapcase},
        {"istitle", bytes_istitle}, {"isascii", bytes_isascii}, {"center", bytes_center}, {"ljust", bytes_ljust},
        {"rjust", bytes_rjust}, {"expandtabs", bytes_expandtabs}, {"zfill", bytes_zfill},
        {"splitlines", bytes_splitlines}, {"rsplit", bytes_rsplit}, {"removeprefix", bytes_removeprefix},
        {"removesuffix", bytes_removesuffix}, {"rindex", bytes_rindex},
    };
    for (size_t i = 0; i < sizeof defs / sizeof *defs; i++)
        if (molt_type_add_method(&molt_bytes_type, defs[i].name, defs[i].fn) < 0 ||
            molt_type_add_method(&molt_bytearray_type, defs[i].name, defs[i].fn) < 0)
            return -1;
    return 0;
}
