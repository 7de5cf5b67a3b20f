/* Format specification mini-language: parsing and padding, plus format() for str. */
#include <string.h>

#include "molt/exceptions.h"
#include "molt/format_spec.h"
#include "molt/str.h"

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

int molt_format_spec_parse(MoltValue spec, char default_align, const char *type_name, MoltFormatSpec *f) {
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->width = -1;
    f->precision = -1;
    int64_t n = molt_str_len(spec), i = 0;
    uint32_t c0 = n > 0 ? molt_str_char_at(spec, 0) : 0, c1 = n > 1 ? molt_str_char_at(spec, 1) : 0;
    if (n > 1 && is_align(c1)) {
        f->fill = c0;
        f->fill_specified = true;
        f->align = (char)c1;
        i = 2;
    } else if (n > 0 && is_align(c0)) {
        f->align = (char)c0;
        i = 1;
    }
#define PEEK() (i < n ? molt_str_char_at(spec, i) : 0u)
    uint32_t c = PEEK();
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = (char)c;
        i++;
    }
    if (PEEK() == 'z') {
        f->no_neg_zero = true;
        i++;
    }
    if (PEEK() == '#') {
        f->alternate = true;
        i++;
    }
    if (!f->fill_specified && PEEK() == '0') {
        f->fill = '0';
        if (!f->align && default_align == '>') f->align = '=';
        i++;
    }
    int64_t start = i;
    while (PEEK() >= '0' && PEEK() <= '9') {
        if (f->width < 0) f->width = 0;
        if (f->width > (INT64_MAX - 9) / 10) {
            molt_err_format(&molt_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        f->width = f->width * 10 + (PEEK() - '0');
        i++;
    }
    (void)start;
    if (PEEK() == ',' || PEEK() == '_') {
        f->grouping = (char)PEEK();
        i++;
        if (PEEK() == ',' || PEEK() == '_') {
            molt_err_format(&molt_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
    }
    if (PEEK() == '.') {
        i++;
        if (!(PEEK() >= '0' && PEEK() <= '9')) {
            molt_err_format(&molt_ValueError, "Format specifier missing precision");
            return -1;
        }
        f->precision = 0;
        while (PEEK() >= '0' && PEEK() <= '9') {
            if (f->precision > (INT64_MAX - 9) / 10) {
                molt_err_format(&molt_ValueError, "Too many decimal digits in format string");
                return -1;
            }
            f->precision = f->precision * 10 + (PEEK() - '0');
            i++;
        }
    }
    if (n - i > 1) {
        molt_err_format(&molt_ValueError, "Invalid format specifier '%s' for object of type '%s'", molt_str_utf8(spec),
                        type_name);
        return -1;
    }
    if (n - i == 1) f->type = (char)PEEK();
#undef PEEK
    return 0;
}

MoltValue molt_format_spec_pad(MoltValue text, const MoltFormatSpec *f, char default_align) {
    int64_t len = molt_str_len(text);
    if (f->width <= len) return text;
    int64_t total = f->width - len, left;
    char align = f->align ? f->align : default_align;
    if (align == '>' || align == '=') left = total;
    else if (align == '^') left = total / 2;
    else left = 0;
    int64_t right = total - left;
    char fill[4];
    int fl = molt_utf8_encode(f->fill, fill);
    int64_t nb = molt_str_nbytes(text);
    MOLT_ROOTS1(text);
    MoltValue r = molt_str_alloc(nb + total * fl, f->width);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    char *d = molt_str_obj(r)->data;
    for (int64_t k = 0; k < left; k++, d += fl) memcpy(d, fill, (size_t)fl);
    memcpy(d, molt_str_utf8(text), (size_t)nb);
    d += nb;
    for (int64_t k = 0; k < right; k++, d += fl) memcpy(d, fill, (size_t)fl);
    return r;
}

MoltValue molt_str_format_spec(MoltValue s, MoltValue spec) {
    if (molt_str_nbytes(spec) == 0) return molt_str(s);
    MoltFormatSpec f;
    if (molt_format_spec_parse(spec, '<', "str", &f) < 0) return MOLT_ERR;
    if (f.type && f.type != 's')
        return molt_err_format(&molt_ValueError, "Unknown format code '%c' for object of type 'str'", f.type);
    if (f.sign) return molt_err_format(&molt_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return molt_err_format(&molt_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return molt_err_format(&molt_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') return molt_err_format(&molt_ValueError, "'=' alignment not allowed in string format specifier");
    if (f.grouping) return molt_err_format(&molt_ValueError, "Cannot specify '%c' with 's'.", f.grouping);
    MoltValue text = s;
    MOLT_ROOTS1(text);
    if (f.precision >= 0 && f.precision < molt_str_len(s)) text = molt_str_slice(s, 0, f.precision, 1);
    MoltValue r = text ? molt_format_spec_pad(text, &f, '<') : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}
