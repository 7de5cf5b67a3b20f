/* bytes/bytearray methods that treat the data as ASCII text: title, capitalize, swapcase, istitle,
 * isascii, center/ljust/rjust, expandtabs, zfill, splitlines, rsplit, removeprefix/removesuffix.
 * Only ASCII letters are cased, as in CPython (Objects/bytes_methods.c). */
#include <string.h>

#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/sbuf.h"

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }
static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

typedef enum { TITLE, CAPITALIZE, SWAPCASE } CaseMap;

static MoltValue map_case(MoltValue b, CaseMap how) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    MoltSBuf out;
    molt_sbuf_init(&out);
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i], r = c;
        if (how == SWAPCASE) r = is_upper(c) ? to_lower(c) : to_upper(c);
        else if (how == CAPITALIZE) r = i == 0 ? to_upper(c) : to_lower(c);
        else {
            /* title: a letter after a letter is lowered, any other letter raised. */
            r = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_upper(c) || is_lower(c);
        }
        molt_sbuf_putc(&out, (char)r);
    }
    return molt_bytes_from_sbuf(b, &out);
}

MoltValue molt_bytes_title(MoltValue b) { return map_case(b, TITLE); }
MoltValue molt_bytes_capitalize(MoltValue b) { return map_case(b, CAPITALIZE); }
MoltValue molt_bytes_swapcase(MoltValue b) { return map_case(b, SWAPCASE); }

/* Uppercase letters only after uncased bytes, lowercase only after cased ones, and at least one letter. */
MoltValue molt_bytes_istitle(MoltValue b) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        if (is_upper(d[i])) {
            if (prev_cased) return molt_False;
            prev_cased = cased = true;
        } else if (is_lower(d[i])) {
            if (!prev_cased) return molt_False;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return molt_bool(cased);
}

MoltValue molt_bytes_isascii(MoltValue b) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    for (int64_t i = 0; i < n; i++)
        if (d[i] >= 0x80) return molt_False;
    return molt_True;
}

static void put_fill(MoltSBuf *out, unsigned char fill, int64_t count) {
    for (int64_t i = 0; i < count; i++) molt_sbuf_putc(out, (char)fill);
}

MoltValue molt_bytes_pad(MoltValue b, int64_t width, unsigned char fill, char align) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    int64_t margin = width > n ? width - n : 0, left;
    if (align == '<') left = 0;
    else if (align == '>') left = margin;
    else left = margin / 2 + (margin & width & 1); /* CPython's centering: odd margins lean left for odd widths */
    MoltSBuf out;
    molt_sbuf_init(&out);
    put_fill(&out, fill, left);
    molt_sbuf_put(&out, (const char *)d, (size_t)n);
    put_fill(&out, fill, margin - left);
    return molt_bytes_from_sbuf(b, &out);
}

/* Tabs go to the next multiple of tabsize; \n and \r restart the column. */
MoltValue molt_bytes_expandtabs(MoltValue b, int64_t tabsize) {
    const unsigned char *d;
    int64_t n, col = 0;
    molt_bytes_view(b, &d, &n);
    MoltSBuf out;
    molt_sbuf_init(&out);
    for (int64_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            if (tabsize > 0) {
                int64_t spaces = tabsize - col % tabsize;
                put_fill(&out, ' ', spaces);
                col += spaces;
            }
            continue;
        }
        molt_sbuf_putc(&out, (char)d[i]);
        col = d[i] == '\n' || d[i] == '\r' ? 0 : col + 1;
    }
    return molt_bytes_from_sbuf(b, &out);
}

/* Zeros after a leading sign byte. */
MoltValue molt_bytes_zfill(MoltValue b, int64_t width) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    int64_t zeros = width > n ? width - n : 0, sign = n > 0 && (d[0] == '+' || d[0] == '-');
    MoltSBuf out;
    molt_sbuf_init(&out);
    molt_sbuf_put(&out, (const char *)d, (size_t)sign);
    put_fill(&out, '0', zeros);
    molt_sbuf_put(&out, (const char *)d + sign, (size_t)(n - sign));
    return molt_bytes_from_sbuf(b, &out);
}

/* Lines end at \n, \r or \r\n only (not \v or \f, unlike str). */
MoltValue molt_bytes_splitlines(MoltValue b, bool keepends) {
    MoltValue l = MOLT_ERR;
    MOLT_ROOTS2(b, l);
    l = molt_list_new(0);
    const unsigned char *d;
    int64_t n, i = 0;
    molt_bytes_view(b, &d, &n);
    while (l && i < n) {
        int64_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') j++;
        int64_t eol = j;
        if (j < n) j += d[j] == '\r' && j + 1 < n && d[j + 1] == '\n' ? 2 : 1;
        MoltValue line = molt_bytes_slice_like(b, i, keepends ? j : eol);
        if (!line || molt_list_append(l, line) < 0) l = MOLT_ERR;
        molt_bytes_view(b, &d, &n);
        i = j;
    }
    MOLT_UNROOT();
    return l;
}

/* Pieces are collected from the right, then the list is reversed. */
MoltValue molt_bytes_rsplit(MoltValue b, MoltValue sep, int64_t maxsplit) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const unsigned char *d, *sd = NULL;
    int64_t n, sn = 0;
    bool ws = !sep || sep == molt_None;
    if (!ws && !molt_bytes_view(sep, &sd, &sn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", sep);
    if (!ws && sn == 0) return molt_err_format(&molt_ValueError, "empty separator");
    MoltValue l = MOLT_ERR;
    MOLT_ROOTS3(b, sep, l);
    l = molt_list_new(0);
    molt_bytes_view(b, &d, &n);
    int64_t end = n;
    while (l) {
        int64_t start;
        if (ws) {
            while (end > 0 && is_space(d[end - 1])) end--;
            if (end == 0) break;
            start = end;
            if (maxsplit-- == 0) {
                start = 0; /* the rest keeps its leading whitespace, as split's keeps its trailing */
            } else {
                while (start > 0 && !is_space(d[start - 1])) start--;
            }
        } else {
            molt_bytes_view(sep, &sd, &sn);
            int64_t at = -1;
            if (maxsplit-- > 0)
                for (int64_t k = end - sn; k >= 0; k--)
                    if (memcmp(d + k, sd, (size_t)sn) == 0) {
                        at = k;
                        break;
                    }
            start = at < 0 ? 0 : at + sn;
            MoltValue piece = molt_bytes_slice_like(b, start, end);
            if (!piece || molt_list_append(l, piece) < 0) l = MOLT_ERR;
            molt_bytes_view(b, &d, &n);
            if (at < 0) break;
            end = at;
            continue;
        }
        MoltValue piece = molt_bytes_slice_like(b, start, end);
        if (!piece || molt_list_append(l, piece) < 0) l = MOLT_ERR;
        molt_bytes_view(b, &d, &n);
        end = start;
    }
    if (l) molt_list_reverse(l);
    MOLT_UNROOT();
    return l;
}

MoltValue molt_bytes_removeaffix(MoltValue b, MoltValue affix, bool suffix) {
    const unsigned char *d, *a;
    int64_t n, an;
    if (!molt_bytes_view(affix, &a, &an))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", affix);
    molt_bytes_view(b, &d, &n);
    bool match = an <= n && memcmp(suffix ? d + n - an : d, a, (size_t)an) == 0;
    if (!match) return molt_bytes_slice_like(b, 0, n);
    return suffix ? molt_bytes_slice_like(b, 0, n - an) : molt_bytes_slice_like(b, an, n);
}
