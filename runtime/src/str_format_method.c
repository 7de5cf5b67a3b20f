/*
 * str.format(*args, **kwargs): replacement fields {name!conv:spec} with automatic or manual
 * numbering, attribute (.name) and item ([key]) access, nested fields inside the spec, and
 * CPython's error messages. Values are rendered by molt_format.
 */
#include <string.h>

#include "molt/exceptions.h"
#include "molt/format.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"

typedef struct FormatCtx {
    const MoltValue *args;
    int64_t nargs;
    MoltValue kwnames;
    int64_t auto_index;   /* next automatic index; -1 once manual numbering is used */
    bool manual;
} FormatCtx;

static bool is_digits(const char *p, int64_t n) {
    if (n == 0) return false;
    for (int64_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9') return false;
    return true;
}

static int64_t parse_index(const char *p, int64_t n) {
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) v = v * 10 + (p[i] - '0');
    return v;
}

/* Looks up the first part of a field name: positional index, keyword, or automatic number. */
static MoltValue lookup_arg(FormatCtx *ctx, const char *p, int64_t n) {
    if (n == 0 || is_digits(p, n)) {
        int64_t idx;
        if (n == 0) {
            if (ctx->manual)
                return molt_err_format(&molt_ValueError,
                                       "cannot switch from manual field specification to automatic field numbering");
            idx = ctx->auto_index++;
        } else {
            if (ctx->auto_index > 0)
                return molt_err_format(&molt_ValueError,
                                       "cannot switch from automatic field numbering to manual field specification");
            ctx->manual = true;
            idx = parse_index(p, n);
        }
        if (idx >= ctx->nargs)
            return molt_err_format(&molt_IndexError, "Replacement index %lld out of range for positional args tuple",
                                   (long long)idx);
        return ctx->args[idx];
    }
    int64_t nkw = molt_kwnames_count(ctx->kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue name = molt_tuple_items(ctx->kwnames)[k];
        if (molt_str_nbytes(name) == n && memcmp(molt_str_utf8(name), p, (size_t)n) == 0)
            return ctx->args[ctx->nargs + k];
    }
    MoltValue key = molt_str_from_utf8(p, n);
    return key ? molt_err_set_value(&molt_KeyError, key) : MOLT_ERR;
}

/* Resolves "name.attr[key]..." to a value. */
static MoltValue resolve_field(FormatCtx *ctx, const char *p, int64_t n) {
    int64_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    MoltValue v = lookup_arg(ctx, p, i);
    MOLT_ROOTS1(v);
    while (v && i < n) {
        if (p[i] == '.') {
            int64_t j = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == j) {
                v = molt_err_format(&molt_ValueError, "Empty attribute in format string");
                break;
            }
            MoltValue name = molt_str_from_utf8(p + j, i - j);
            v = name ? molt_getattr(v, name) : MOLT_ERR;
        } else {
            int64_t j = ++i;
            while (i < n && p[i] != ']') i++;
            if (i >= n) {
                v = molt_err_format(&molt_ValueError, "Missing ']' in format string");
                break;
            }
            MoltValue key = is_digits(p + j, i - j) ? molt_int_from_i64(parse_index(p + j, i - j))
                                                     : molt_str_from_utf8(p + j, i - j);
            v = key ? molt_getitem(v, key) : MOLT_ERR;
            i++;
            if (v && i < n && p[i] != '.' && p[i] != '[') {
                v = molt_err_format(&molt_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                break;
            }
        }
    }
    MOLT_UNROOT();
    return v;
}

static int format_into(FormatCtx *ctx, MoltValue fmt, MoltSBuf *out, int depth);

/* Expands nested replacement fields inside a format spec. */
static MoltValue expand_spec(FormatCtx *ctx, const char *p, int64_t n, int depth) {
    if (!memchr(p, '{', (size_t)n)) return molt_str_from_utf8(p, n);
    MoltValue inner = molt_str_from_utf8(p, n);
    if (!inner) return MOLT_ERR;
    MoltSBuf b;
    molt_sbuf_init(&b);
    MOLT_ROOTS1(inner);
    int rc = format_into(ctx, inner, &b, depth + 1);
    MOLT_UNROOT();
    if (rc < 0) {
        molt_sbuf_free(&b);
        return MOLT_ERR;
    }
    return molt_sbuf_finish(&b);
}

static int format_into(FormatCtx *ctx, MoltValue fmt, MoltSBuf *out, int depth) {
    if (depth > 2) {
        molt_err_format(&molt_ValueError, "Max string recursion exceeded");
        return -1;
    }
    MOLT_ROOTS1(fmt);
    int rc = -1;
    int64_t n = molt_str_nbytes(fmt), i = 0;
    while (i < n) {
        const char *p = molt_str_utf8(fmt);
        char c = p[i];
        if (c == '}') {
            if (i + 1 < n && p[i + 1] == '}') {
                molt_sbuf_putc(out, '}');
                i += 2;
                continue;
            }
            molt_err_format(&molt_ValueError, "Single '}' encountered in format string");
            goto out;
        }
        if (c != '{') {
            int64_t j = i;
            while (j < n && p[j] != '{' && p[j] != '}') j++;
            molt_sbuf_put(out, p + i, (size_t)(j - i));
            i = j;
            continue;
        }
        if (i + 1 < n && p[i + 1] == '{') {
            molt_sbuf_putc(out, '{');
            i += 2;
            continue;
        }
        if (i + 1 == n) {
            molt_err_format(&molt_ValueError, "Single '{' encountered in format string");
            goto out;
        }
        /* Find the matching '}' (nested braces belong to the spec). */
        int64_t j = i + 1, nest = 1;
        while (j < n && nest) {
            if (p[j] == '{') nest++;
            else if (p[j] == '}') nest--;
            if (nest) j++;
        }
        if (j >= n) {
            molt_err_format(&molt_ValueError, nest ? "expected '}' before end of string" : "Single '{' encountered in format string");
            goto out;
        }
        /* field [!conv] [:spec] within p[i+1 .. j) */
        int64_t fs = i + 1, fe = fs;
        while (fe < j && p[fe] != '!' && p[fe] != ':') {
            if (p[fe] == '[') {
                while (fe < j && p[fe] != ']') fe++;
            }
            if (fe < j) fe++;
        }
        char conv = 0;
        int64_t ss = j, se = j;
        int64_t k = fe;
        if (k < j && p[k] == '!') {
            if (k + 1 >= j) {
                molt_err_format(&molt_ValueError, "end of string while looking for conversion specifier");
                goto out;
            }
            conv = p[k + 1];
            k += 2;
            if (k < j && p[k] != ':') {
                molt_err_format(&molt_ValueError, "expected ':' after conversion specifier");
                goto out;
            }
        }
        if (k < j && p[k] == ':') {
            ss = k + 1;
            se = j;
        }
        MoltValue v = resolve_field(ctx, p + fs, fe - fs);
        if (!v) goto out;
        MoltValue spec = MOLT_ERR;
        MOLT_ROOTS2(v, spec);
        if (conv == 's') v = molt_str(v);
        else if (conv == 'r') v = molt_repr(v);
        else if (conv == 'a') v = molt_repr(v);
        else if (conv) {
            molt_err_format(&molt_ValueError, "Unknown conversion specifier %c", conv);
            v = MOLT_ERR;
        }
        MoltValue text = MOLT_ERR;
        if (v) {
            p = molt_str_utf8(fmt);
            spec = expand_spec(ctx, p + ss, se - ss, depth);
            if (spec) text = molt_format(v, spec);
        }
        MOLT_UNROOT();
        if (!text) goto out;
        molt_sbuf_put_str(out, text);
        i = j + 1;
    }
    rc = 0;
out:
    MOLT_UNROOT();
    return rc;
}

MoltValue molt_str_format_method(MoltValue fmt, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    FormatCtx ctx = {args, nargs, kwnames, 0, false};
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (format_into(&ctx, fmt, &b, 0) < 0) {
        molt_sbuf_free(&b);
        return MOLT_ERR;
    }
    return molt_sbuf_finish(&b);
}
