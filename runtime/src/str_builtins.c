/*
 * The str type's method table: thin wrappers that parse Python-level arguments and call the
 * molt_str_* functions. Registered by molt_str_methods_init (called from molt_containers_init).
 */
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/method_args.h"
#include "molt/str.h"
#include "molt/type.h"

#define METHOD(name) static MoltValue name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)
#define UNUSED (void)callee; (void)kwnames
#define SELF_CHECK(pyname)                                                                       \
    if (nargs < 1 || !molt_arg_self(args[0], &molt_str_type, pyname)) return MOLT_ERR

/* Methods without arguments. */
#define NOARG(cname, pyname, fn)                                                                 \
    METHOD(cname) {                                                                              \
        UNUSED;                                                                                  \
        SELF_CHECK(pyname);                                                                      \
        if (molt_method_args("str." pyname, args, nargs, kwnames, NULL, 0, 0, NULL) < 0) return MOLT_ERR; \
        return fn(args[0]);                                                                      \
    }

NOARG(m_upper, "upper", molt_str_upper)
NOARG(m_lower, "lower", molt_str_lower)
NOARG(m_casefold, "casefold", molt_str_casefold)
NOARG(m_capitalize, "capitalize", molt_str_capitalize)
NOARG(m_title, "title", molt_str_title)
NOARG(m_swapcase, "swapcase", molt_str_swapcase)
NOARG(m_isdigit, "isdigit", molt_str_isdigit)
NOARG(m_isdecimal, "isdecimal", molt_str_isdecimal)
NOARG(m_isnumeric, "isnumeric", molt_str_isnumeric)
NOARG(m_isalpha, "isalpha", molt_str_isalpha)
NOARG(m_isalnum, "isalnum", molt_str_isalnum)
NOARG(m_isspace, "isspace", molt_str_isspace)
NOARG(m_isupper, "isupper", molt_str_isupper)
NOARG(m_islower, "islower", molt_str_islower)
NOARG(m_istitle, "istitle", molt_str_istitle)
NOARG(m_isidentifier, "isidentifier", molt_str_isidentifier)
NOARG(m_isprintable, "isprintable", molt_str_isprintable)
NOARG(m_isascii, "isascii", molt_str_isascii)

/* sub[, start[, end]] methods. */
#define SUBRANGE(cname, pyname, fn)                                                              \
    METHOD(cname) {                                                                              \
        UNUSED;                                                                                  \
        SELF_CHECK(pyname);                                                                      \
        MoltValue a[3];                                                                          \
        if (molt_method_args(pyname, args, nargs, kwnames, NULL, 1, 3, a) < 0) return MOLT_ERR;  \
        return fn(args[0], a[0], a[1], a[2]);                                                    \
    }

SUBRANGE(m_find, "find", molt_str_find)
SUBRANGE(m_rfind, "rfind", molt_str_rfind)
SUBRANGE(m_index, "index", molt_str_index)
SUBRANGE(m_rindex, "rindex", molt_str_rindex)
SUBRANGE(m_count, "count", molt_str_count)
SUBRANGE(m_startswith, "startswith", molt_str_startswith)
SUBRANGE(m_endswith, "endswith", molt_str_endswith)

/* Optional chars argument. */
#define CHARS(cname, pyname, fn)                                                                 \
    METHOD(cname) {                                                                              \
        UNUSED;                                                                                  \
        SELF_CHECK(pyname);                                                                      \
        MoltValue a[1];                                                                          \
        if (molt_method_args(pyname, args, nargs, kwnames, NULL, 0, 1, a) < 0) return MOLT_ERR;  \
        return fn(args[0], a[0]);                                                                \
    }

CHARS(m_strip, "strip", molt_str_strip)
CHARS(m_lstrip, "lstrip", molt_str_lstrip)
CHARS(m_rstrip, "rstrip", molt_str_rstrip)

/* One required argument. */
#define ONEARG(cname, pyname, fn)                                                                \
    METHOD(cname) {                                                                              \
        UNUSED;                                                                                  \
        SELF_CHECK(pyname);                                                                      \
        MoltValue a[1];                                                                          \
        if (molt_method_args("str." pyname, args, nargs, kwnames, NULL, 1, 1, a) < 0) return MOLT_ERR; \
        return fn(args[0], a[0]);                                                                \
    }

ONEARG(m_join, "join", molt_str_join)
ONEARG(m_partition, "partition", molt_str_partition)
ONEARG(m_rpartition, "rpartition", molt_str_rpartition)
ONEARG(m_removeprefix, "removeprefix", molt_str_removeprefix)
ONEARG(m_removesuffix, "removesuffix", molt_str_removesuffix)
ONEARG(m_format_spec, "__format__", molt_str_format_spec)
ONEARG(m_translate, "translate", molt_str_translate)

/* Static method: no self. */
METHOD(m_maketrans) {
    UNUSED;
    if (molt_arg_no_kwargs("maketrans", kwnames) < 0) return MOLT_ERR;
    if (nargs < 1 || nargs > 3)
        return molt_err_format(&molt_TypeError, "maketrans expected %s 3 arguments, got %lld", nargs < 1 ? "at least 1 argument," : "at most",
                               (long long)nargs);
    return molt_str_maketrans(args[0], nargs > 1 ? args[1] : MOLT_ERR, nargs > 2 ? args[2] : MOLT_ERR);
}

static const char *const split_names[] = {"sep", "maxsplit"};

METHOD(m_split) {
    UNUSED;
    SELF_CHECK("split");
    MoltValue a[2];
    int64_t maxsplit;
    if (molt_method_args("split", args, nargs, kwnames, split_names, 0, 2, a) < 0) return MOLT_ERR;
    if (!molt_arg_i64(a[1], -1, &maxsplit)) return MOLT_ERR;
    return molt_str_split(args[0], a[0], maxsplit);
}

METHOD(m_rsplit) {
    UNUSED;
    SELF_CHECK("rsplit");
    MoltValue a[2];
    int64_t maxsplit;
    if (molt_method_args("rsplit", args, nargs, kwnames, split_names, 0, 2, a) < 0) return MOLT_ERR;
    if (!molt_arg_i64(a[1], -1, &maxsplit)) return MOLT_ERR;
    return molt_str_rsplit(args[0], a[0], maxsplit);
}

static const char *const splitlines_names[] = {"keepends"};

METHOD(m_splitlines) {
    UNUSED;
    SELF_CHECK("splitlines");
    MoltValue a[1];
    if (molt_method_args("splitlines", args, nargs, kwnames, splitlines_names, 0, 1, a) < 0) return MOLT_ERR;
    int keep = a[0] ? molt_truthy(a[0]) : 0;
    if (keep < 0) return MOLT_ERR;
    return molt_str_splitlines(args[0], keep != 0);
}

METHOD(m_replace) {
    UNUSED;
    SELF_CHECK("replace");
    MoltValue a[3];
    int64_t count;
    if (molt_method_args("replace", args, nargs, kwnames, NULL, 2, 3, a) < 0) return MOLT_ERR;
    if (!molt_arg_i64(a[2], -1, &count)) return MOLT_ERR;
    return molt_str_replace(args[0], a[0], a[1], count);
}

/* width[, fillchar] */
#define PADDING(cname, pyname, fn)                                                               \
    METHOD(cname) {                                                                              \
        UNUSED;                                                                                  \
        SELF_CHECK(pyname);                                                                      \
        MoltValue a[2];                                                                          \
        int64_t width;                                                                           \
        if (molt_method_args(pyname, args, nargs, kwnames, NULL, 1, 2, a) < 0) return MOLT_ERR;  \
        if (!molt_arg_i64(a[0], 0, &width)) return MOLT_ERR;                                     \
        return fn(args[0], width, a[1]);                                                         \
    }

PADDING(m_center, "center", molt_str_center)
PADDING(m_ljust, "ljust", molt_str_ljust)
PADDING(m_rjust, "rjust", molt_str_rjust)

METHOD(m_zfill) {
    UNUSED;
    SELF_CHECK("zfill");
    MoltValue a[1];
    int64_t width;
    if (molt_method_args("str.zfill", args, nargs, kwnames, NULL, 1, 1, a) < 0) return MOLT_ERR;
    if (!molt_arg_i64(a[0], 0, &width)) return MOLT_ERR;
    return molt_str_zfill(args[0], width);
}

static const char *const expandtabs_names[] = {"tabsize"};

METHOD(m_expandtabs) {
    UNUSED;
    SELF_CHECK("expandtabs");
    MoltValue a[1];
    int64_t tabsize;
    if (molt_method_args("expandtabs", args, nargs, kwnames, expandtabs_names, 0, 1, a) < 0) return MOLT_ERR;
    if (!molt_arg_i64(a[0], 8, &tabsize)) return MOLT_ERR;
    return molt_str_expandtabs(args[0], tabsize);
}

static const char *const encode_names[] = {"encoding", "errors"};

METHOD(m_encode) {
    UNUSED;
    SELF_CHECK("encode");
    MoltValue a[2];
    if (molt_method_args("encode", args, nargs, kwnames, encode_names, 0, 2, a) < 0) return MOLT_ERR;
    return molt_str_encode(args[0], a[0], a[1]);
}

/* str(), str(x), str(b, encoding[, errors]) */
static const char *const new_names[] = {"object", "encoding", "errors"};

METHOD(m_new) {
    UNUSED;
    MoltValue a[3];
    if (molt_method_args("str", args, nargs, kwnames, new_names, 0, 3, a) < 0) return MOLT_ERR;
    if (!a[0]) return molt_str_empty();
    if (!a[1] && !a[2]) return molt_str(a[0]);
    const unsigned char *d;
    int64_t n;
    if (!molt_bytes_view(a[0], &d, &n))
        return molt_err_format(&molt_TypeError, "decoding to str: need a bytes-like object, %T found", a[0]);
    return molt_bytes_decode(a[0], a[1], a[2]);
}

METHOD(m_format) {
    UNUSED;
    SELF_CHECK("format");
    return molt_str_format_method(args[0], args + 1, nargs - 1, kwnames);
}

METHOD(m_len) {
    UNUSED;
    SELF_CHECK("__len__");
    return molt_small(molt_str_len(args[0]));
}

METHOD(m_getitem) {
    UNUSED;
    SELF_CHECK("__getitem__");
    MoltValue a[1];
    if (molt_method_args("__getitem__", args, nargs, kwnames, NULL, 1, 1, a) < 0) return MOLT_ERR;
    return molt_str_getitem(args[0], a[0]);
}

METHOD(m_contains) {
    UNUSED;
    SELF_CHECK("__contains__");
    MoltValue a[1];
    if (molt_method_args("__contains__", args, nargs, kwnames, NULL, 1, 1, a) < 0) return MOLT_ERR;
    int r = molt_str_contains(args[0], a[0]);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

int molt_str_methods_init(void) {
    static const struct {
        const char *name;
        molt_call_fn fn;
    } table[] = {
        {"__new__", m_new}, {"upper", m_upper}, {"lower", m_lower}, {"casefold", m_casefold},
        {"capitalize", m_capitalize}, {"title", m_title}, {"swapcase", m_swapcase}, {"isdigit", m_isdigit},
        {"isdecimal", m_isdecimal}, {"isnumeric", m_isnumeric}, {"isalpha", m_isalpha}, {"isalnum", m_isalnum},
        {"isspace", m_isspace}, {"isupper", m_isupper}, {"islower", m_islower}, {"istitle", m_istitle},
        {"isidentifier", m_isidentifier}, {"isprintable", m_isprintable}, {"isascii", m_isascii},
        {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex}, {"count", m_count},
        {"startswith", m_startswith}, {"endswith", m_endswith}, {"strip", m_strip}, {"lstrip", m_lstrip},
        {"rstrip", m_rstrip}, {"join", m_join}, {"partition", m_partition}, {"rpartition", m_rpartition},
        {"removeprefix", m_removeprefix}, {"removesuffix", m_removesuffix}, {"__format__", m_format_spec},
        {"split", m_split}, {"rsplit", m_rsplit}, {"splitlines", m_splitlines}, {"replace", m_replace},
        {"center", m_center}, {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill},
        {"expandtabs", m_expandtabs}, {"encode", m_encode}, {"__len__", m_len}, {"__getitem__", m_getitem},
        {"__contains__", m_contains}, {"format", m_format}, {"translate", m_translate},
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (molt_type_add_method(&molt_str_type, table[i].name, table[i].fn) < 0) return -1;
    MoltValue mk = molt_builtin_new("maketrans", m_maketrans);
    MoltValue sm = mk ? molt_staticmethod_new(mk) : MOLT_ERR;
    return sm ? molt_type_set_attr_cstr(&molt_str_type, "maketrans", sm) : -1;
}
