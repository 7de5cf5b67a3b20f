/* bytes/bytearray methods: hex, fromhex, join, find, count, startswith/endswith, replace, split,
 * strip, upper, lower. Results have the type of self (bytes or bytearray). */
#include <string.h>

#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"

/* Result of self's type from a malloc'd or stack buffer (never a pointer into a GC object). */
MoltValue molt_bytes_like(MoltValue self, const void *data, int64_t n) {
    return molt_is_bytearray(self) ? molt_bytearray_from(data, n) : molt_bytes_from(data, n);
}

MoltValue molt_bytes_from_sbuf(MoltValue self, MoltSBuf *b) {
    if (b->failed) {
        molt_sbuf_free(b);
        return molt_err_no_memory();
    }
    MoltValue r = molt_bytes_like(self, b->data ? b->data : "", (int64_t)b->len);
    molt_sbuf_free(b);
    return r;
}

/* Copies self[b0:b1] into a new object of self's type (self rooted by the caller). */
MoltValue molt_bytes_slice_like(MoltValue self, int64_t b0, int64_t b1) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(self, &d, &n);
    molt_sbuf_put(&b, (const char *)d + b0, (size_t)(b1 - b0));
    return molt_bytes_from_sbuf(self, &b);
}

MoltValue molt_bytes_hex(MoltValue v) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(v, &d, &n);
    MOLT_ROOTS1(v);
    MoltValue r = molt_str_alloc(2 * n, 2 * n);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    molt_bytes_view(v, &d, &n);
    char *o = molt_str_obj(r)->data;
    for (int64_t i = 0; i < n; i++) {
        o[2 * i] = "0123456789abcdef"[d[i] >> 4];
        o[2 * i + 1] = "0123456789abcdef"[d[i] & 15];
    }
    return r;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

MoltValue molt_bytes_fromhex(MoltType *type, MoltValue s) {
    if (!molt_is_str(s)) return molt_err_format(&molt_TypeError, "fromhex() argument must be str, not %T", s);
    const char *p = molt_str_utf8(s);
    int64_t n = molt_str_nbytes(s);
    MoltSBuf b;
    molt_sbuf_init(&b);
    for (int64_t i = 0; i < n;) {
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == '\f' || p[i] == '\v') {
            i++;
            continue;
        }
        int hi = hexval(p[i]), lo = i + 1 < n ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            molt_sbuf_free(&b);
            int64_t pos = hi < 0 ? i : i + 1;
            return molt_err_format(&molt_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                                   (long long)(pos < n ? pos : n));
        }
        molt_sbuf_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    if (b.failed) {
        molt_sbuf_free(&b);
        return molt_err_no_memory();
    }
    MoltValue r = type == &molt_bytearray_type ? molt_bytearray_from(b.data, (int64_t)b.len)
                                               : molt_bytes_from(b.data ? b.data : "", (int64_t)b.len);
    molt_sbuf_free(&b);
    return r;
}

MoltValue molt_bytes_join(MoltValue sep, MoltValue iterable) {
    MOLT_ROOTS2(sep, iterable);
    MoltValue items = molt_list_from_iterable(iterable), r = MOLT_ERR;
    if (!items) {
        if (molt_err_matches(&molt_TypeError)) {
            molt_err_clear();
            molt_err_format(&molt_TypeError, "can only join an iterable");
        }
        goto out;
    }
    MoltSBuf b;
    molt_sbuf_init(&b);
    const unsigned char *sd, *d;
    int64_t sn, n;
    for (int64_t i = 0; i < molt_list_size(items); i++) {
        MoltValue x = molt_list_items(items)[i];
        if (!molt_bytes_view(x, &d, &n)) {
            molt_sbuf_free(&b);
            molt_err_format(&molt_TypeError, "sequence item %lld: expected a bytes-like object, %T found", (long long)i, x);
            goto out;
        }
        molt_bytes_view(sep, &sd, &sn);
        if (i) molt_sbuf_put(&b, (const char *)sd, (size_t)sn);
        molt_sbuf_put(&b, (const char *)d, (size_t)n);
    }
    r = molt_bytes_from_sbuf(sep, &b);
out:
    MOLT_UNROOT();
    return r;
}

/* sub as bytes-like or a single int; fills a 1-byte buffer for ints. */
static bool needle(MoltValue sub, unsigned char *one, const unsigned char **d, int64_t *n) {
    if (molt_bytes_view(sub, d, n)) return true;
    if (molt_is_small(sub)) {
        int64_t v = molt_small_value(sub);
        if (v < 0 || v > 255) {
            molt_err_format(&molt_ValueError, "byte must be in range(0, 256)");
            return false;
        }
        *one = (unsigned char)v;
        *d = one;
        *n = 1;
        return true;
    }
    molt_err_format(&molt_TypeError, "argument should be integer or bytes-like object, not '%T'", sub);
    return false;
}

static bool range_of(MoltValue self, MoltValue start, MoltValue end, int64_t *lo, int64_t *hi) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(self, &d, &n);
    *lo = 0;
    *hi = n;
    if (start && start != molt_None && !molt_index_clamped(start, lo)) return false;
    if (end && end != molt_None && !molt_index_clamped(end, hi)) return false;
    if (*hi > n) *hi = n;
    else if (*hi < 0) { *hi += n; if (*hi < 0) *hi = 0; }
    if (*lo < 0) { *lo += n; if (*lo < 0) *lo = 0; }
    return true;
}

MoltValue molt_bytes_find(MoltValue b, MoltValue sub, MoltValue start, MoltValue end) {
    unsigned char one;
    const unsigned char *nd, *d;
    int64_t nn, n, lo, hi;
    if (!needle(sub, &one, &nd, &nn) || !range_of(b, start, end, &lo, &hi)) return MOLT_ERR;
    molt_bytes_view(b, &d, &n);
    if (lo > n) return molt_small(-1);
    return molt_small(molt_bytes_search(d, lo, hi, nd, nn));
}

MoltValue molt_bytes_rfind(MoltValue b, MoltValue sub, MoltValue start, MoltValue end) {
    unsigned char one;
    const unsigned char *nd, *d;
    int64_t nn, n, lo, hi;
    if (!needle(sub, &one, &nd, &nn) || !range_of(b, start, end, &lo, &hi)) return MOLT_ERR;
    molt_bytes_view(b, &d, &n);
    if (lo > n) return molt_small(-1);
    for (int64_t i = hi - nn; i >= lo; i--)
        if (memcmp(d + i, nd, (size_t)nn) == 0) return molt_small(i);
    return molt_small(-1);
}

MoltValue molt_bytes_count(MoltValue b, MoltValue sub, MoltValue start, MoltValue end) {
    unsigned char one;
    const unsigned char *nd, *d;
    int64_t nn, n, lo, hi;
    if (!needle(sub, &one, &nd, &nn) || !range_of(b, start, end, &lo, &hi)) return MOLT_ERR;
    molt_bytes_view(b, &d, &n);
    if (lo > n) return molt_small(0);
    if (nn == 0) return molt_small(hi >= lo ? hi - lo + 1 : 0);
    int64_t count = 0;
    for (int64_t i = lo;;) {
        i = molt_bytes_search(d, i, hi, nd, nn);
        if (i < 0) break;
        count++;
        i += nn;
    }
    return molt_small(count);
}

static MoltValue affix(MoltValue b, MoltValue x, MoltValue start, MoltValue end, bool suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    int64_t lo, hi;
    if (!range_of(b, start, end, &lo, &hi)) return MOLT_ERR;
    const unsigned char *d, *p;
    int64_t n, m;
    molt_bytes_view(b, &d, &n);
    int64_t count = molt_is_tuple(x) ? molt_tuple_size(x) : 1;
    for (int64_t i = 0; i < count; i++) {
        MoltValue item = molt_is_tuple(x) ? molt_tuple_items(x)[i] : x;
        if (!molt_bytes_view(item, &p, &m)) {
            if (molt_is_tuple(x)) return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", item);
            return molt_err_format(&molt_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T", name, item);
        }
        if (lo <= n && hi - lo >= m && memcmp(d + (suffix ? hi - m : lo), p, (size_t)m) == 0) return molt_True;
    }
    return molt_False;
}

MoltValue molt_bytes_startswith(MoltValue b, MoltValue prefix, MoltValue start, MoltValue end) {
    return affix(b, prefix, start, end, false);
}
MoltValue molt_bytes_endswith(MoltValue b, MoltValue suffix, MoltValue start, MoltValue end) {
    return affix(b, suffix, start, end, true);
}

MoltValue molt_bytes_replace(MoltValue b, MoltValue old, MoltValue new_, int64_t count) {
    const unsigned char *d, *o, *w;
    int64_t n, on, wn;
    if (!molt_bytes_view(old, &o, &on))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", old);
    if (!molt_bytes_view(new_, &w, &wn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", new_);
    molt_bytes_view(b, &d, &n);
    if (count < 0) count = INT64_MAX;
    MoltSBuf sb;
    molt_sbuf_init(&sb);
    int64_t i = 0, done = 0;
    if (on == 0) {
        while (done < count) {
            molt_sbuf_put(&sb, (const char *)w, (size_t)wn);
            done++;
            if (i >= n) break;
            molt_sbuf_putc(&sb, (char)d[i++]);
        }
    } else {
        while (done < count) {
            int64_t j = molt_bytes_search(d, i, n, o, on);
            if (j < 0) break;
            molt_sbuf_put(&sb, (const char *)d + i, (size_t)(j - i));
            molt_sbuf_put(&sb, (const char *)w, (size_t)wn);
            done++;
            i = j + on;
        }
    }
    if (i < n) molt_sbuf_put(&sb, (const char *)d + i, (size_t)(n - i));
    return molt_bytes_from_sbuf(b, &sb);
}

static bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

MoltValue molt_bytes_split(MoltValue b, MoltValue sep, int64_t maxsplit) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const unsigned char *sd = NULL;
    int64_t sn = 0;
    bool ws = !sep || sep == molt_None;
    if (!ws && !molt_bytes_view(sep, &sd, &sn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", sep);
    if (!ws && sn == 0) return molt_err_format(&molt_ValueError, "empty separator");
    MOLT_ROOTS2(b, sep);
    MoltValue l = molt_list_new(0), r = l;
    if (l) {
        MOLT_ROOTS1(l);
        const unsigned char *d;
        int64_t n, i = 0;
        molt_bytes_view(b, &d, &n);
        if (ws) {
            while (i < n) {
                while (i < n && is_ascii_space(d[i])) i++;
                if (i >= n) break;
                int64_t j = i;
                if (maxsplit-- == 0) {
                    j = n;
                    while (j > i && is_ascii_space(d[j - 1])) j--;
                } else {
                    while (j < n && !is_ascii_space(d[j])) j++;
                }
                MoltValue piece = molt_bytes_slice_like(b, i, j);
                if (!piece || molt_list_append(l, piece) < 0) { r = MOLT_ERR; break; }
                molt_bytes_view(b, &d, &n);
                i = j;
            }
        } else {
            while (1) {
                molt_bytes_view(b, &d, &n);
                molt_bytes_view(sep, &sd, &sn);
                int64_t j = maxsplit-- > 0 ? molt_bytes_search(d, i, n, sd, sn) : -1;
                MoltValue piece = molt_bytes_slice_like(b, i, j < 0 ? n : j);
                if (!piece || molt_list_append(l, piece) < 0) { r = MOLT_ERR; break; }
                if (j < 0) break;
                i = j + sn;
            }
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

static MoltValue strip_sides(MoltValue b, MoltValue chars, bool left, bool right) {
    const unsigned char *d, *cd = NULL;
    int64_t n, cn = 0;
    bool ws = !chars || chars == molt_None;
    if (!ws && !molt_bytes_view(chars, &cd, &cn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", chars);
    molt_bytes_view(b, &d, &n);
    int64_t i = 0, j = n;
    while (left && i < j && (ws ? is_ascii_space(d[i]) : memchr(cd, d[i], (size_t)cn) != NULL)) i++;
    while (right && j > i && (ws ? is_ascii_space(d[j - 1]) : memchr(cd, d[j - 1], (size_t)cn) != NULL)) j--;
    MOLT_ROOTS1(b);
    MoltValue r = molt_bytes_slice_like(b, i, j);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_bytes_lstrip(MoltValue b, MoltValue chars) { return strip_sides(b, chars, true, false); }
MoltValue molt_bytes_rstrip(MoltValue b, MoltValue chars) { return strip_sides(b, chars, false, true); }

MoltValue molt_bytes_partition(MoltValue b, MoltValue sep, bool reverse) {
    const unsigned char *d, *sd;
    int64_t n, sn;
    if (!molt_bytes_view(sep, &sd, &sn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", sep);
    if (sn == 0) return molt_err_format(&molt_ValueError, "empty separator");
    molt_bytes_view(b, &d, &n);
    int64_t j = -1;
    if (reverse) {
        for (int64_t i = n - sn; i >= 0; i--)
            if (memcmp(d + i, sd, (size_t)sn) == 0) { j = i; break; }
    } else {
        j = molt_bytes_search(d, 0, n, sd, sn);
    }
    MoltValue parts[3] = {0, 0, 0};
    MoltCRoots r1 = {0, {&b, &sep, &parts[0], &parts[1]}, 4};
    molt_croots_push(&r1);
    MoltCRoots r2 = {0, {&parts[2]}, 1};
    molt_croots_push(&r2);
    MoltValue t = MOLT_ERR;
    if (j < 0) {
        parts[reverse ? 2 : 0] = molt_bytes_slice_like(b, 0, n);
        parts[1] = molt_bytes_slice_like(b, 0, 0);
        parts[reverse ? 0 : 2] = parts[1] ? molt_bytes_slice_like(b, 0, 0) : MOLT_ERR;
    } else {
        parts[0] = molt_bytes_slice_like(b, 0, j);
        if (parts[0]) {
            /* The separator comes back with the type of self, like the other parts. */
            MoltSBuf sb;
            molt_sbuf_init(&sb);
            molt_bytes_view(sep, &sd, &sn);
            molt_sbuf_put(&sb, (const char *)sd, (size_t)sn);
            parts[1] = molt_bytes_from_sbuf(b, &sb);
        }
        parts[2] = parts[1] ? molt_bytes_slice_like(b, j + sn, n) : MOLT_ERR;
    }
    if (parts[0] && parts[1] && parts[2]) t = molt_tuple_pack(3, parts[0], parts[1], parts[2]);
    molt_croots_pop(&r2);
    molt_croots_pop(&r1);
    return t;
}

typedef bool (*byte_pred)(unsigned char);
static bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool b_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool b_alnum(unsigned char c) { return b_digit(c) || b_alpha(c); }
static bool b_space(unsigned char c) { return is_ascii_space(c); }

static MoltValue all_bytes(MoltValue b, byte_pred pred) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    if (n == 0) return molt_False;
    for (int64_t i = 0; i < n; i++)
        if (!pred(d[i])) return molt_False;
    return molt_True;
}

MoltValue molt_bytes_isdigit(MoltValue b) { return all_bytes(b, b_digit); }
MoltValue molt_bytes_isalpha(MoltValue b) { return all_bytes(b, b_alpha); }
MoltValue molt_bytes_isalnum(MoltValue b) { return all_bytes(b, b_alnum); }
MoltValue molt_bytes_isspace(MoltValue b) { return all_bytes(b, b_space); }

static MoltValue cased(MoltValue b, bool upper) {
    const unsigned char *d;
    int64_t n;
    bool any = false;
    molt_bytes_view(b, &d, &n);
    for (int64_t i = 0; i < n; i++) {
        bool up = d[i] >= 'A' && d[i] <= 'Z', low = d[i] >= 'a' && d[i] <= 'z';
        if (upper ? low : up) return molt_False;
        any = any || (upper ? up : low);
    }
    return molt_bool(any);
}

MoltValue molt_bytes_isupper(MoltValue b) { return cased(b, true); }
MoltValue molt_bytes_islower(MoltValue b) { return cased(b, false); }

MoltValue molt_bytes_strip(MoltValue b, MoltValue chars) {
    const unsigned char *d, *cd = NULL;
    int64_t n, cn = 0;
    bool ws = !chars || chars == molt_None;
    if (!ws && !molt_bytes_view(chars, &cd, &cn))
        return molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", chars);
    molt_bytes_view(b, &d, &n);
    int64_t i = 0, j = n;
    while (i < j && (ws ? is_ascii_space(d[i]) : memchr(cd, d[i], (size_t)cn) != NULL)) i++;
    while (j > i && (ws ? is_ascii_space(d[j - 1]) : memchr(cd, d[j - 1], (size_t)cn) != NULL)) j--;
    MOLT_ROOTS1(b);
    MoltValue r = molt_bytes_slice_like(b, i, j);
    MOLT_UNROOT();
    return r;
}

static MoltValue map_case(MoltValue b, bool upper) {
    const unsigned char *d;
    int64_t n;
    molt_bytes_view(b, &d, &n);
    MoltSBuf sb;
    molt_sbuf_init(&sb);
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (upper && c >= 'a' && c <= 'z') c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z') c += 32;
        molt_sbuf_putc(&sb, (char)c);
    }
    return molt_bytes_from_sbuf(b, &sb);
}

MoltValue molt_bytes_upper(MoltValue b) { return map_case(b, true); }
MoltValue molt_bytes_lower(MoltValue b) { return map_case(b, false); }
