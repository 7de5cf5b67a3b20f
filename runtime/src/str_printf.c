/*
 * printf-style formatting: str % args and bytes % args (one parser, two renderings). Each conversion
 * is translated to a format-spec and rendered by molt_format (numbers) or padded directly (text), so
 * results match format(); bytes take %s/%b as raw bytes, %r/%a as ascii(), %c as one byte.
 */
#include <stdio.h>
#include <string.h>

#include "molt/bytes.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/format_spec.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

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

static void put_padded(MoltSBuf *out, const Conv *c, const char *data, int64_t n) {
    int64_t pad = c->width > n ? c->width - n : 0;
    for (int64_t k = 0; !c->left && k < pad; k++) molt_sbuf_putc(out, ' ');
    molt_sbuf_put(out, data, (size_t)n);
    for (int64_t k = 0; c->left && k < pad; k++) molt_sbuf_putc(out, ' ');
}

/* One conversion of bytes % args, appended to out. 0, or -1 with an exception. */
static int render_bytes(MoltSBuf *out, const Conv *c, MoltValue v) {
    const unsigned char *d;
    int64_t n;
    if (c->type == 's' || c->type == 'b') {
        if (!molt_bytes_view(v, &d, &n)) {
            if (!molt_type_lookup_cstr(molt_type_of(v), "__bytes__")) {
                molt_err_format(&molt_TypeError,
                                "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", v);
                return -1;
            }
            v = molt_call_method(v, "__bytes__", NULL, 0, MOLT_ERR);
            if (!v) return -1;
            if (!molt_bytes_view(v, &d, &n)) {
                molt_err_format(&molt_TypeError, "__bytes__ returned non-bytes (type %T)", v);
                return -1;
            }
        }
        if (c->prec >= 0 && c->prec < n) n = c->prec;
        put_padded(out, c, (const char *)d, n);
        return 0;
    }
    if (c->type == 'c') {
        unsigned char byte;
        int64_t i;
        if (molt_bytes_view(v, &d, &n) && n == 1) byte = d[0];
        else if (molt_is_int_like(v)) {
            if (!molt_int_as_i64(v, &i) || i < 0 || i > 255) {
                molt_err_format(&molt_OverflowError, "%%c arg not in range(256)");
                return -1;
            }
            byte = (unsigned char)i;
        } else {
            molt_err_format(&molt_TypeError, "%%c requires an integer in range(256) or a single byte");
            return -1;
        }
        put_padded(out, c, (const char *)&byte, 1);
        return 0;
    }
    /* %r is %a for bytes; numbers format as for str. Both give ASCII text. */
    Conv text_conv = *c;
    if (c->type == 'r') text_conv.type = 'a';
    MoltValue text = render(&text_conv, v);
    if (!text) return -1;
    molt_sbuf_put(out, molt_str_utf8(text), (size_t)molt_str_nbytes(text));
    return 0;
}

/* The format's bytes (UTF-8 for str), fetched again after every allocation. */
static void format_view(MoltValue fmt, bool bytes, const char **p, int64_t *n) {
    if (bytes) {
        const unsigned char *d;
        molt_bytes_view(fmt, &d, n);
        *p = (const char *)d;
    } else {
        *p = molt_str_utf8(fmt);
        *n = molt_str_nbytes(fmt);
    }
}

static MoltValue printf_format(MoltValue fmt, MoltValue args, bool bytes);

MoltValue molt_str_mod(MoltValue fmt, MoltValue args) { return printf_format(fmt, args, false); }

MoltValue molt_bytes_mod(MoltValue fmt, MoltValue args) { return printf_format(fmt, args, true); }

static MoltValue printf_format(MoltValue fmt, MoltValue args, bool bytes) {
    /* CPython's bookkeeping: a non-tuple argument counts as one (arglen -1, argidx -2 -> -1). */
    bool is_tuple = molt_is_tuple(args);
    const unsigned char *ad;
    int64_t an;
    bool is_map = !is_tuple && !(bytes ? molt_bytes_view(args, &ad, &an) : molt_is_str(args)) &&
                  molt_type_of(args)->getitem != NULL;
    int64_t arglen = is_tuple ? molt_tuple_size(args) : -1, argidx = is_tuple ? 0 : -2;
    const char *p;
    int64_t n, i = 0;
    format_view(fmt, bytes, &p, &n);
    MoltSBuf b;
    molt_sbuf_init(&b);
    MOLT_ROOTS2(fmt, args);
    MoltValue result = MOLT_ERR;
    while (i < n) {
        format_view(fmt, bytes, &p, &n);
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
            MoltValue key = bytes ? molt_bytes_from(p + i + 1, k - i - 2) : molt_str_from_utf8(p + i + 1, k - i - 2);
            if (!key) goto out;
            value = molt_getitem(args, key);
            if (!value) goto out;
            format_view(fmt, bytes, &p, &n);
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
        if (!strchr(bytes ? "sbradiuxXoeEfFgGc" : "sradiuxXoeEfFgGc", c.type)) {
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
        if (bytes) {
            if (render_bytes(&b, &c, value) < 0) goto out;
            continue;
        }
        MoltValue text = render(&c, value);
        if (!text) goto out;
        molt_sbuf_put_str(&b, text);
    }
    if (argidx < arglen && !is_map) {
        molt_err_format(&molt_TypeError, "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        goto out;
    }
    result = bytes ? molt_bytes_from_sbuf(fmt, &b) : molt_sbuf_finish(&b);
    MOLT_UNROOT();
    return result;
out:
    MOLT_UNROOT();
    molt_sbuf_free(&b);
    return MOLT_ERR;
}
