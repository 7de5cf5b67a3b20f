/*
 * The format-spec mini-language for int and float ([[fill]align][sign][z][#][0][width][,|_][.precision][type])
 * with CPython's defaults and error messages, and the generic format() dispatch used by f-strings.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/type.h"

typedef struct Spec {
    uint32_t fill;  /* code point */
    char align;     /* 0, '<', '>', '=', '^' */
    char sign;      /* 0, '+', '-', ' ' */
    bool z, alt, zero;
    int64_t width;  /* -1: none */
    char grouping;  /* 0, ',', '_' */
    int64_t precision; /* -1: none */
    char type;      /* 0 or the type letter */
} Spec;

static char *dup_text(const char *t) {
    size_t n = strlen(t);
    char *r = malloc(n + 3); /* room for a ".0" or "%" suffix */
    if (r) memcpy(r, t, n + 1);
    return r;
}

static MoltValue bad_spec(const char *msg) { return molt_err_set_str(&molt_ValueError, msg); }

static bool parse_spec(MoltValue specv, Spec *s) {
    const unsigned char *p = (const unsigned char *)(specv ? molt_str_utf8(specv) : "");
    const unsigned char *end = p + (specv ? molt_str_nbytes(specv) : 0);
    memset(s, 0, sizeof *s);
    s->fill = ' ';
    s->width = s->precision = -1;
    int len = 1;
    uint32_t first = p < end ? molt_utf8_decode(p, &len) : 0;
    const unsigned char *after = p + len;
    if (p < end && after < end && strchr("<>=^", *after)) {
        s->fill = first;
        s->align = (char)*after;
        p = after + 1;
    } else if (p < end && strchr("<>=^", *p)) {
        s->align = (char)*p++;
    }
    if (p < end && (*p == '+' || *p == '-' || *p == ' ')) s->sign = (char)*p++;
    if (p < end && *p == 'z') { s->z = true; p++; }
    if (p < end && *p == '#') { s->alt = true; p++; }
    if (p < end && *p == '0') {
        s->zero = true;
        p++;
    }
    if (p < end && *p >= '0' && *p <= '9') {
        s->width = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            s->width = s->width * 10 + (*p++ - '0');
            if (s->width > 1000000000) { bad_spec("Too many decimal digits in format string"); return false; }
        }
    }
    if (p < end && (*p == ',' || *p == '_')) s->grouping = (char)*p++;
    if (p < end && (*p == ',' || *p == '_')) { bad_spec("Cannot specify both ',' and '_'."); return false; }
    if (p < end && *p == '.') {
        p++;
        if (p >= end || *p < '0' || *p > '9') { bad_spec("Format specifier missing precision"); return false; }
        s->precision = 0;
        while (p < end && *p >= '0' && *p <= '9') {
            s->precision = s->precision * 10 + (*p++ - '0');
            if (s->precision > 1000000000) { bad_spec("Too many decimal digits in format string"); return false; }
        }
    }
    if (end - p > 1) { bad_spec("Invalid format specifier"); return false; }
    if (p < end) s->type = (char)*p;
    if (s->zero && !s->align) {
        s->fill = '0';
        s->align = '=';
    }
    if (s->grouping && s->type && !strchr("deEfFgG%", s->type) &&
        !(s->grouping == '_' && strchr("bxXo", s->type))) {
        molt_err_format(&molt_ValueError, "Cannot specify '%c' with '%c'.", s->grouping, s->type);
        return false;
    }
    return true;
}

/* Inserts the grouping separator every `every` digits of digits[0..n). */
static void put_grouped(MoltSBuf *b, const char *digits, int64_t n, char sep, int every) {
    for (int64_t i = 0; i < n; i++) {
        if (sep && i > 0 && (n - i) % every == 0) molt_sbuf_putc(b, sep);
        molt_sbuf_putc(b, digits[i]);
    }
}

static int64_t grouped_len(int64_t n, char sep, int every) { return sep && n > 0 ? n + (n - 1) / every : n; }

static void put_fill(MoltSBuf *b, uint32_t fill, int64_t n) {
    char enc[4];
    int k = molt_utf8_encode(fill, enc);
    for (int64_t i = 0; i < n; i++) molt_sbuf_put(b, enc, (size_t)k);
}

/* Lays out sign+prefix, integer digits (grouped), and the rest (fraction, exponent, suffix) in width. */
static MoltValue layout(const Spec *s, const char *sign, const char *prefix, const char *intdigits, int64_t nint,
                        const char *rest, char default_align) {
    int every = (s->grouping == '_' && s->type && strchr("bxXo", s->type)) ? 4 : 3;
    char align = s->align ? s->align : default_align;
    int64_t head = (int64_t)(strlen(sign) + strlen(prefix));
    int64_t tail = (int64_t)strlen(rest);
    MoltSBuf b;
    molt_sbuf_init(&b);
    char *padded = NULL;
    if (align == '=' && s->fill == '0' && s->width > 0) {
        /* Zero padding becomes leading digits, grouped like the rest. */
        int64_t n = nint;
        while (head + grouped_len(n, s->grouping, every) + tail < s->width) n++;
        if (n > nint) {
            padded = malloc((size_t)n + 1);
            if (!padded) return molt_err_no_memory();
            memset(padded, '0', (size_t)(n - nint));
            memcpy(padded + (n - nint), intdigits, (size_t)nint);
            intdigits = padded;
            nint = n;
        }
    }
    int64_t body = head + grouped_len(nint, s->grouping, every) + tail;
    int64_t pad = s->width > body ? s->width - body : 0;
    int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
    int64_t right = align == '<' ? pad : align == '^' ? pad - pad / 2 : 0;
    put_fill(&b, s->fill, left);
    molt_sbuf_puts(&b, sign);
    molt_sbuf_puts(&b, prefix);
    if (align == '=') put_fill(&b, s->fill, pad);
    put_grouped(&b, intdigits, nint, s->grouping, every);
    molt_sbuf_puts(&b, rest);
    put_fill(&b, s->fill, right);
    free(padded);
    return molt_sbuf_finish(&b);
}

static const char *sign_text(const Spec *s, bool negative) {
    if (negative) return "-";
    return s->sign == '+' ? "+" : s->sign == ' ' ? " " : "";
}

/* ------------------------------------------------------------ float */

MoltValue molt_float_format_spec(double d, MoltValue spec) {
    Spec s;
    if (!parse_spec(spec, &s)) return MOLT_ERR;
    char type = s.type;
    if (type && !strchr("eEfFgGn%", type))
        return molt_err_format(&molt_ValueError, "Unknown format code '%c' for object of type 'float'", type);
    bool negative = signbit(d) != 0;
    double a = fabs(d);
    char *num = NULL;
    int64_t prec = s.precision;
    char fmt_type = type;
    bool add_dot0 = false, strip = false;
    if (type == 0 || type == 'n') {
        if (type == 0 && prec < 0) {
            char buf[40];
            molt_double_repr(a, buf);
            num = dup_text(buf);
        } else {
            fmt_type = 'g';
            if (prec < 0) prec = 6;
            add_dot0 = type == 0;
        }
    }
    if (!num) {
        if (prec < 0) prec = 6;
        double v = a;
        char c = fmt_type;
        if (c == '%') {
            v = a * 100;
            c = 'f';
        }
        if (c == 'g' || c == 'G') {
            if (prec == 0) prec = 1;
            strip = !s.alt;
        }
        char f[16];
        snprintf(f, sizeof f, "%%%s.*%c", s.alt ? "#" : "", c == 'F' ? 'f' : c == 'E' ? 'e' : c == 'G' ? 'g' : c);
        int n = snprintf(NULL, 0, f, (int)prec, v);
        num = malloc((size_t)n + 3);
        if (!num) return molt_err_no_memory();
        snprintf(num, (size_t)n + 1, f, (int)prec, v);
        if (isinf(v) || isnan(v)) {
            strcpy(num, isnan(v) ? "nan" : "inf");
        } else if (strip || add_dot0) {
            /* %g already strips zeros (no '#'); the None type wants ".0" on a bare integer. */
            if (add_dot0 && !strpbrk(num, ".e")) strcat(num, ".0");
        }
        if (c == 'F' || c == 'E' || c == 'G')
            for (char *q = num; *q; q++)
                if (*q >= 'a' && *q <= 'z') *q = (char)(*q - 32);
        if (fmt_type == '%') strcat(num, "%");
    }
    if (!num) return molt_err_no_memory();
    if (s.z && negative) {
        /* 'z': a value that rounds to zero loses its sign */
        bool all_zero = true;
        for (char *q = num; *q && *q != 'e' && *q != 'E'; q++)
            if (*q >= '1' && *q <= '9') all_zero = false;
        if (all_zero) negative = false;
    }
    /* Split into integer digits and the rest. */
    int64_t nint = 0;
    while (num[nint] >= '0' && num[nint] <= '9') nint++;
    MoltValue r = layout(&s, sign_text(&s, negative), "", num, nint, num + nint, '>');
    free(num);
    return r;
}

/* ------------------------------------------------------------ int */

MoltValue molt_int_format_spec(MoltValue v, MoltValue spec) {
    Spec s;
    if (!parse_spec(spec, &s)) return MOLT_ERR;
    char type = s.type;
    if (type && strchr("eEfFgG%", type)) {
        double d;
        if (molt_int_to_double(v, &d) < 0) return MOLT_ERR;
        return molt_float_format_spec(d, spec);
    }
    if (type && !strchr("bcdoxXn", type))
        return molt_err_format(&molt_ValueError, "Unknown format code '%c' for object of type 'int'", type);
    if (s.precision >= 0) return bad_spec("Precision not allowed in integer format specifier");
    if (type == 'c') {
        if (s.sign) return bad_spec("Sign not allowed with integer format specifier 'c'");
        if (s.alt) return bad_spec("Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!molt_int_as_i64(v, &cp) || cp < 0 || cp > 0x10ffff)
            return molt_err_set_str(&molt_OverflowError, "%c arg not in range(0x110000)");
        char enc[5] = {0};
        molt_utf8_encode((uint32_t)cp, enc);
        return layout(&s, "", "", "", 0, enc, '<');
    }
    bool negative = molt_int_sign(v) < 0;
    char *digits;
    if (type == 'b' || type == 'o' || type == 'x' || type == 'X') {
        MoltValue t = molt_int_to_base(v, type == 'b' ? 2 : type == 'o' ? 8 : 16);
        if (!t) return MOLT_ERR;
        const char *txt = molt_str_utf8(t) + (negative ? 3 : 2);
        digits = dup_text(txt);
        if (digits && type == 'X')
            for (char *q = digits; *q; q++)
                if (*q >= 'a' && *q <= 'f') *q = (char)(*q - 32);
    } else {
        char *t = molt_int_to_cstr(v);
        if (!t) return MOLT_ERR;
        digits = dup_text(t + (negative ? 1 : 0));
        free(t);
    }
    if (!digits) return molt_err_no_memory();
    const char *prefix = "";
    if (s.alt) prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    MoltValue r = layout(&s, sign_text(&s, negative), prefix, digits, (int64_t)strlen(digits), "", '>');
    free(digits);
    return r;
}

/* ------------------------------------------------------------ dispatch */

MoltValue molt_format(MoltValue v, MoltValue spec) {
    bool empty = !spec || molt_str_nbytes(spec) == 0;
    MoltType *t = molt_type_of(v);
    if (t == &molt_str_type) return empty ? v : molt_str_format_spec(v, spec);
    if (t == &molt_int_type) return empty ? molt_str(v) : molt_int_format_spec(v, spec);
    if (t == &molt_bool_type) return empty ? molt_str(v) : molt_int_format_spec(v, spec);
    if (t == &molt_float_type) return empty ? molt_str(v) : molt_float_format_spec(molt_float_value(v), spec);
    MoltValue f = molt_lookup_special(v, "__format__");
    if (f && molt_obj(f)->type != &molt_builtin_function_type) {
        MoltValue arg = spec ? spec : molt_str_empty();
        MoltValue r = molt_call_with_self(f, v, &arg, 1, MOLT_ERR);
        if (r && !molt_is_str(r))
            return molt_err_format(&molt_TypeError, "__format__ must return a str, not %T", r);
        return r;
    }
    if (!empty) return molt_err_format(&molt_TypeError, "unsupported format string passed to %s.__format__", t->name);
    return molt_str(v);
}
