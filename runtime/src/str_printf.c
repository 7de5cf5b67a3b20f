/*
 * printf-style formatting: str % args. Each conversion is translated to a format-spec and
 * rendered by molt_format (numbers) or padded directly (text), so results match format().
 */
#include <stdio.h>
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/format_spec.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"

typedef struct Conv {
    bool left, plus, space, alt, zero;
    int64_t width, prec;   /* -1 when absent */
    char type;
} Conv;

/* Rendered text of one conversion, or MOLT_ERR. */
static MoltValue render(const Conv *c, MoltValue v) {
    char spec[64];
    int n = 0;
    if (c->type == 's' || c->type == 'r' || c->type == 'a') {
        MoltValue text = c->type == 's' ? molt_str(v) : molt_repr(v);
        if (!text || c->type != 'a' || molt_str_is_ascii(text)) {
            if (!text) return MOLT_ERR;
        } else {
            /* ascii(): escape non-ASCII characters of the repr. */
            MoltSBuf b;
            molt_sbuf_init(&b);
            const unsigned char *p = (const unsigned char *)molt_str_utf8(text), *end = p + molt_str_nbytes(text);
            while (p < end) {
                int len;
                uint32_t cp = molt_utf8_decode(p, &len);
                if (cp < 128) molt_sbuf_putc(&b, (char)cp);
                else if (cp <= 0xff) molt_sbuf_printf(&b, "\\x%02x", cp);
                else if (cp <= 0xffff) molt_sbuf_printf(&b, "\\u%04x", cp);
                else molt_sbuf_printf(&b, "\\U%08x", cp);
                p += len;
            }
            text = molt_sbuf_finish(&b);
            if (!text) return MOLT_ERR;
        }
        if (c->prec >= 0 && c->prec < molt_str_len(text)) {
            MOLT_ROOTS1(text);
            MoltValue cut = molt_str_slice(text, 0, c->prec, 1);
            MOLT_UNROOT();
            if (!cut) return MOLT_ERR;
            text = cut;
        }
        MoltFormatSpec f;
        memset(&f, 0, sizeof f);
        f.fill = ' ';
        f.width = c->width;
        f.align = c->left ? '<' : '>';
        return molt_format_spec_pad(text, &f, '>');
    }
    if (c->type == 'c') {
        MoltValue ch;
        if (molt_is_str(v)) {
            if (molt_str_len(v) != 1) return molt_err_format(&molt_TypeError, "%%c requires int or char");
            ch = v;
        } else if (molt_is_int_like(v)) {
            int64_t cp;
            if (!molt_int_as_i64(v, &cp) || cp < 0 || cp > 0x10FFFF)
                return molt_err_format(&molt_OverflowError, "%%c arg not in range(0x110000)");
            ch = molt_str_chr(cp);
        } else {
            return molt_err_format(&molt_TypeError, "%%c requires int or char");
        }
        if (!ch) return MOLT_ERR;
        MoltFormatSpec f;
        memset(&f, 0, sizeof f);
        f.fill = ' ';
        f.width = c->width;
        f.align = c->left ? '<' : '>';
        return molt_format_spec_pad(ch, &f, '>');
    }
    char type = c->type == 'i' || c->type == 'u' ? 'd' : c->type;
    MoltValue num = v;
    if (type == 'd') {
        if (molt_is_float(v)) num = molt_int_from_double(molt_float_value(v));
        else if (!molt_is_int_like(v))
            return molt_err_format(&molt_TypeError, "%%%c format: a real number is required, not %T", c->type, v);
        if (!num) return MOLT_ERR;
    } else if (type == 'x' || type == 'X' || type == 'o') {
        if (!molt_is_int_like(v))
            return molt_err_format(&molt_TypeError, "%%%c format: an integer is required, not %T", c->type, v);
    } else {
        if (!molt_is_int_like(v) && !molt_is_float(v))
            return molt_err_format(&molt_TypeError, "must be real number, not %T", v);
    }
    bool int_type = type == 'd' || type == 'x' || type == 'X' || type == 'o';
    /* %.Nd pads the digits with zeros to N places; format() has no precision for ints, so the
     * number is formatted bare, zero-extended here, then padded to the width. */
    bool int_prec = int_type && c->prec > 0;
    if (c->left && !int_prec) spec[n++] = '<';
    if (c->plus) spec[n++] = '+';
    else if (c->space) spec[n++] = ' ';
    if (c->alt) spec[n++] = '#';
    if (!int_prec) {
        if (c->zero && !c->left) spec[n++] = '0';
        if (c->width >= 0) n += snprintf(spec + n, sizeof spec - (size_t)n, "%lld", (long long)c->width);
        if (c->prec >= 0 && !int_type) n += snprintf(spec + n, sizeof spec - (size_t)n, ".%lld", (long long)c->prec);
    }
    spec[n++] = type;
    spec[n] = 0;
    MOLT_ROOTS1(num);
    MoltValue s = molt_str_from_cstr(spec);
    MoltValue r = s ? molt_format(num, s) : MOLT_ERR;
    MOLT_UNROOT();
    if (!r || !int_prec) return r;
    const char *t = molt_str_utf8(r);
    int64_t len = molt_str_nbytes(r), start = 0;
    if (start < len && (t[start] == '-' || t[start] == '+' || t[start] == ' ')) start++;
    if (c->alt && type != 'd' && start + 1 < len && t[start] == '0') start += 2;
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_put(&b, t, (size_t)start);
    int64_t digits_to = c->prec;
    /* The '0' flag still zero-fills to the full width, after the sign and prefix. */
    if (c->zero && !c->left && c->width - start > digits_to) digits_to = c->width - start;
    for (int64_t k = len - start; k < digits_to; k++) molt_sbuf_putc(&b, '0');
    molt_sbuf_put(&b, t + start, (size_t)(len - start));
    MoltValue body = molt_sbuf_finish(&b);
    if (!body) return MOLT_ERR;
    MoltFormatSpec f;
    memset(&f, 0, sizeof f);
    f.fill = ' ';
    f.width = c->width;
    f.align = c->left ? '<' : '>';
    return molt_format_spec_pad(body, &f, '>');
}

MoltValue molt_str_mod(MoltValue fmt, MoltValue args) {
    /* CPython's bookkeeping: a non-tuple argument counts as one (arglen -1, argidx -2 -> -1). */
    bool is_tuple = molt_is_tuple(args);
    bool is_map = !is_tuple && !molt_is_str(args) && molt_type_of(args)->getitem != NULL;
    int64_t arglen = is_tuple ? molt_tuple_size(args) : -1, argidx = is_tuple ? 0 : -2;
    const char *p = molt_str_utf8(fmt);
    int64_t n = molt_str_nbytes(fmt), i = 0;
    MoltSBuf b;
    molt_sbuf_init(&b);
    MOLT_ROOTS2(fmt, args);
    MoltValue result = MOLT_ERR;
    while (i < n) {
        p = molt_str_utf8(fmt);
        const char *pct = memchr(p + i, '%', (size_t)(n - i));
        if (!pct) {
            molt_sbuf_put(&b, p + i, (size_t)(n - i));
            break;
        }
        molt_sbuf_put(&b, p + i, (size_t)(pct - p - i));
        i = pct - p + 1;
        if (i >= n) {
            molt_err_format(&molt_ValueError, "incomplete format");
            goto out;
        }
        MoltValue value = MOLT_ERR;
        if (p[i] == '(') {
            if (!is_map) {
                molt_err_format(&molt_TypeError, "format requires a mapping");
                goto out;
            }
            int64_t depth = 1, k = i + 1;
            while (k < n && depth) {
                if (p[k] == '(') depth++;
                else if (p[k] == ')') depth--;
                k++;
            }
            if (depth) {
                molt_err_format(&molt_ValueError, "incomplete format key");
                goto out;
            }
            MoltValue key = molt_str_from_utf8(p + i + 1, k - i - 2);
            if (!key) goto out;
            value = molt_getitem(args, key);
            if (!value) goto out;
            p = molt_str_utf8(fmt);
            i = k;
        }
        Conv c = {.width = -1, .prec = -1};
        for (; i < n; i++) {
            char f = p[i];
            if (f == '-') c.left = true;
            else if (f == '+') c.plus = true;
            else if (f == ' ') c.space = true;
            else if (f == '#') c.alt = true;
            else if (f == '0') c.zero = true;
            else break;
        }
        /* width and precision: digits or '*' (taken from the arguments). */
        for (int part = 0; part < 2; part++) {
            int64_t *slot = part == 0 ? &c.width : &c.prec;
            if (part == 1) {
                if (i < n && p[i] == '.') {
                    i++;
                    c.prec = 0;
                } else break;
            }
            if (i < n && p[i] == '*') {
                if (argidx >= arglen) {
                    molt_err_format(&molt_TypeError, "not enough arguments for format string");
                    goto out;
                }
                MoltValue w = is_tuple ? molt_tuple_items(args)[argidx] : args;
                argidx++;
                if (!molt_is_small(w)) {
                    molt_err_format(&molt_TypeError, "* wants int");
                    goto out;
                }
                *slot = molt_small_value(w);
                if (part == 0 && *slot < 0) {
                    c.left = true;
                    *slot = -*slot;
                }
                i++;
            } else {
                while (i < n && p[i] >= '0' && p[i] <= '9') {
                    if (*slot < 0) *slot = 0;
                    *slot = *slot * 10 + (p[i] - '0');
                    i++;
                }
            }
        }
        while (i < n && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) i++;
        if (i >= n) {
            molt_err_format(&molt_ValueError, "incomplete format");
            goto out;
        }
        c.type = p[i];
        int64_t conv_index = i;
        i++;
        if (c.type == '%') {
            molt_sbuf_putc(&b, '%');
            continue;
        }
        if (!strchr("sradiuxXoeEfFgGc", c.type)) {
            unsigned char ch = (unsigned char)c.type;
            molt_err_format(&molt_ValueError, "unsupported format character '%c' (0x%s) at index %lld", c.type,
                            (char[3]){"0123456789abcdef"[ch >> 4], "0123456789abcdef"[ch & 15], 0},
                            (long long)conv_index);
            goto out;
        }
        if (!value) {
            if (argidx >= arglen) {
                molt_err_format(&molt_TypeError, "not enough arguments for format string");
                goto out;
            }
            value = is_tuple ? molt_tuple_items(args)[argidx] : args;
            argidx++;
        }
        MoltValue text = render(&c, value);
        if (!text) goto out;
        molt_sbuf_put_str(&b, text);
    }
    if (argidx < arglen && !is_map) {
        molt_err_format(&molt_TypeError, "not all arguments converted during string formatting");
        goto out;
    }
    result = molt_sbuf_finish(&b);
    MOLT_UNROOT();
    return result;
out:
    MOLT_UNROOT();
    molt_sbuf_free(&b);
    return MOLT_ERR;
}
