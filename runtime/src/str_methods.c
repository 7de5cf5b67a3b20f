/*
 * str methods: searching, splitting, joining, stripping, replacing, padding and partitioning.
 * Case conversion and predicates live in str_case.c, format specs in str_format.c.
 * Positions given to and returned by these methods are code points; the work happens on UTF-8.
 */
#include <string.h>

#include "molt/exceptions.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"

#define S(v) molt_str_obj(v)

/* ---------------------------------------------------------------- helpers */

/* Code points in UTF-8 bytes p[0..n). */
static int64_t cp_count(const char *p, int64_t n) {
    int64_t c = 0;
    for (int64_t i = 0; i < n; i++) c += ((unsigned char)p[i] & 0xC0) != 0x80;
    return c;
}

/* Builds a str from bytes p[0..n) of s (n code points given or -1 to count). s must be rooted
 * by the caller, since p points into it. */
static MoltValue sub_str(MoltValue s, int64_t b0, int64_t b1) {
    MoltStr *x = S(s);
    if (b0 == 0 && b1 == x->nbytes) return s;
    int64_t len = (x->ob.extra & MOLT_STR_ASCII) ? b1 - b0 : cp_count(x->data + b0, b1 - b0);
    MoltValue r = molt_str_alloc(b1 - b0, len);
    if (r) memcpy(S(r)->data, S(s)->data + b0, (size_t)(b1 - b0));
    return r;
}

static MoltValue finish(MoltSBuf *b, int64_t length) {
    if (b->failed) {
        molt_sbuf_free(b);
        return molt_err_no_memory();
    }
    if (length < 0) length = cp_count(molt_sbuf_cstr(b), (int64_t)b->len);
    MoltValue r = molt_str_alloc((int64_t)b->len, length);
    if (r && b->len) memcpy(S(r)->data, b->data, b->len);
    molt_sbuf_free(b);
    return r;
}

static bool require_str(MoltValue v, const char *fmt) {
    if (molt_isinstance_type(v, &molt_str_type)) return true;
    molt_err_format(&molt_TypeError, fmt, v);
    return false;
}

/* Resolves optional start/end arguments (code points, slice-like) to byte offsets, returning the
 * code-point start in *cstart. false with an exception for bad arguments. */
static bool byte_range(MoltValue s, MoltValue start, MoltValue end, int64_t *b0, int64_t *b1, int64_t *cstart,
                       int64_t *cend) {
    int64_t len = S(s)->length, lo = 0, hi = len;
    if (start && start != molt_None && !molt_index_clamped(start, &lo)) return false;
    if (end && end != molt_None && !molt_index_clamped(end, &hi)) return false;
    if (hi > len) hi = len;
    else if (hi < 0) { hi += len; if (hi < 0) hi = 0; }
    if (lo < 0) { lo += len; if (lo < 0) lo = 0; }
    *cstart = lo;
    *cend = hi;
    if (lo > len) {
        *b0 = *b1 = -1;
        return true;
    }
    *b0 = molt_str_byte_offset(s, lo);
    *b1 = hi < lo ? *b0 : molt_str_byte_offset(s, hi);
    return true;
}

static int64_t find_bytes(const char *hay, int64_t from, int64_t to, const char *needle, int64_t m) {
    if (m == 0) return from <= to ? from : -1;
    if (to - from < m) return -1;
    if (m == 1) {
        const char *p = memchr(hay + from, needle[0], (size_t)(to - from));
        return p ? p - hay : -1;
    }
    const char *end = hay + to - m;
    for (const char *p = hay + from; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p + 1));
        if (!p) return -1;
        if (memcmp(p, needle, (size_t)m) == 0) return p - hay;
    }
    return -1;
}

static int64_t rfind_bytes(const char *hay, int64_t from, int64_t to, const char *needle, int64_t m) {
    if (m == 0) return from <= to ? to : -1;
    for (int64_t i = to - m; i >= from; i--)
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) return i;
    return -1;
}

static int64_t cp_index(MoltValue s, int64_t off) { return molt_str_cp_index(s, off); }

/* ---------------------------------------------------------------- find / index / count */

static MoltValue find_impl(MoltValue s, MoltValue sub, MoltValue start, MoltValue end, bool reverse, bool raise) {
    if (!require_str(sub, "must be str, not %T")) return MOLT_ERR;
    int64_t b0, b1, c0, c1;
    if (!byte_range(s, start, end, &b0, &b1, &c0, &c1)) return MOLT_ERR;
    int64_t r = -1;
    if (b0 >= 0) {
        r = reverse ? rfind_bytes(S(s)->data, b0, b1, S(sub)->data, S(sub)->nbytes)
                    : find_bytes(S(s)->data, b0, b1, S(sub)->data, S(sub)->nbytes);
        if (r >= 0) r = cp_index(s, r);
        if (c1 < c0 && S(sub)->nbytes == 0) r = -1;
    }
    if (r < 0 && raise) return molt_err_format(&molt_ValueError, "substring not found");
    return molt_small(r);
}

MoltValue molt_str_find(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    return find_impl(s, sub, start, end, false, false);
}
MoltValue molt_str_rfind(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    return find_impl(s, sub, start, end, true, false);
}
MoltValue molt_str_index(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    return find_impl(s, sub, start, end, false, true);
}
MoltValue molt_str_rindex(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    return find_impl(s, sub, start, end, true, true);
}

MoltValue molt_str_count(MoltValue s, MoltValue sub, MoltValue start, MoltValue end) {
    if (!require_str(sub, "must be str, not %T")) return MOLT_ERR;
    int64_t b0, b1, c0, c1;
    if (!byte_range(s, start, end, &b0, &b1, &c0, &c1)) return MOLT_ERR;
    if (b0 < 0) return molt_small(0);
    int64_t m = S(sub)->nbytes;
    if (m == 0) return molt_small(c1 >= c0 ? c1 - c0 + 1 : 0);
    int64_t n = 0, i = b0;
    for (;;) {
        i = find_bytes(S(s)->data, i, b1, S(sub)->data, m);
        if (i < 0) break;
        n++;
        i += m;
    }
    return molt_small(n);
}

static bool match_at(MoltValue s, MoltValue prefix, MoltValue start, MoltValue end, bool suffix, int *result) {
    int64_t b0, b1, c0, c1;
    if (!byte_range(s, start, end, &b0, &b1, &c0, &c1)) return false;
    int64_t m = S(prefix)->nbytes;
    if (b0 < 0 || c1 < c0 || b1 - b0 < m) {
        *result = b0 >= 0 && m == 0 && c1 >= c0;
        return true;
    }
    const char *p = S(s)->data + (suffix ? b1 - m : b0);
    *result = memcmp(p, S(prefix)->data, (size_t)m) == 0;
    return true;
}

static MoltValue starts_ends(MoltValue s, MoltValue x, MoltValue start, MoltValue end, bool suffix) {
    const char *name = suffix ? "endswith" : "startswith";
    int r = 0;
    if (molt_isinstance_type(x, &molt_tuple_type)) {
        for (int64_t i = 0; i < molt_tuple_size(x); i++) {
            MoltValue p = molt_tuple_items(x)[i];
            if (!molt_isinstance_type(p, &molt_str_type))
                return molt_err_format(&molt_TypeError, "tuple for %s must only contain str, not %T", name, p);
            if (!match_at(s, p, start, end, suffix, &r)) return MOLT_ERR;
            if (r) return molt_True;
        }
        return molt_False;
    }
    if (!molt_isinstance_type(x, &molt_str_type))
        return molt_err_format(&molt_TypeError, "%s first arg must be str or a tuple of str, not %T", name, x);
    if (!match_at(s, x, start, end, suffix, &r)) return MOLT_ERR;
    return molt_bool(r);
}

MoltValue molt_str_startswith(MoltValue s, MoltValue prefix, MoltValue start, MoltValue end) {
    return starts_ends(s, prefix, start, end, false);
}
MoltValue molt_str_endswith(MoltValue s, MoltValue suffix, MoltValue start, MoltValue end) {
    return starts_ends(s, suffix, start, end, true);
}

/* ---------------------------------------------------------------- join */

MoltValue molt_str_join_array(MoltValue sep, const MoltValue *items, int64_t n) {
    int64_t nbytes = 0, length = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!molt_isinstance_type(items[i], &molt_str_type))
            return molt_err_format(&molt_TypeError, "sequence item %lld: expected str instance, %T found", (long long)i,
                                   items[i]);
        nbytes += S(items[i])->nbytes;
        length += S(items[i])->length;
    }
    if (n == 1 && molt_obj(items[0])->type == &molt_str_type) return items[0];
    int64_t sepb = sep ? S(sep)->nbytes : 0;
    if (n > 1) {
        nbytes += sepb * (n - 1);
        length += (sep ? S(sep)->length : 0) * (n - 1);
    }
    MoltValue r = molt_str_alloc(nbytes, length);
    if (!r) return MOLT_ERR;
    char *d = S(r)->data;
    for (int64_t i = 0; i < n; i++) {
        if (i && sepb) {
            memcpy(d, S(sep)->data, (size_t)sepb);
            d += sepb;
        }
        memcpy(d, S(items[i])->data, (size_t)S(items[i])->nbytes);
        d += S(items[i])->nbytes;
    }
    return r;
}

MoltValue molt_str_join(MoltValue sep, MoltValue iterable) {
    MoltValue seq = iterable;
    MOLT_ROOTS2(sep, seq);
    MoltValue r = MOLT_ERR;
    if (!molt_is_list(seq) && !molt_is_tuple(seq)) {
        MoltValue it = molt_iter(seq);
        if (!it) {
            if (molt_err_matches(&molt_TypeError)) {
                molt_err_clear();
                molt_err_format(&molt_TypeError, "can only join an iterable");
            }
            goto out;
        }
        seq = molt_list_from_iterable(it);
        if (!seq) goto out;
    }
    /* items stay valid: the allocation in join_array happens after they are read, and seq is rooted. */
    if (molt_is_list(seq)) r = molt_str_join_array(sep, molt_list_items(seq), molt_list_size(seq));
    else r = molt_str_join_array(sep, molt_tuple_items(seq), molt_tuple_size(seq));
out:
    MOLT_UNROOT();
    return r;
}

/* ---------------------------------------------------------------- split */

static bool is_space_at(const char *p, int *len) {
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) {
        *len = 1;
        return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    }
    return molt_unicode_isspace(molt_utf8_decode((const unsigned char *)p, len));
}

/* Appends s[b0:b1] to list l. s and l rooted by the caller. */
static int push_piece(MoltValue l, MoltValue s, int64_t b0, int64_t b1) {
    MoltValue piece = sub_str(s, b0, b1);
    return piece ? molt_list_append(l, piece) : -1;
}

static MoltValue split_ws(MoltValue s, int64_t maxsplit, bool reverse) {
    MoltValue l = molt_list_new(0);
    if (!l) return MOLT_ERR;
    MOLT_ROOTS2(s, l);
    int64_t n = S(s)->nbytes;
    int len;
    MoltValue r = l;
    if (!reverse) {
        int64_t i = 0;
        while (i < n) {
            while (i < n && is_space_at(S(s)->data + i, &len)) i += len;
            if (i >= n) break;
            if (maxsplit-- == 0) {
                /* The rest of the string is kept as is (trailing whitespace included). */
                if (push_piece(l, s, i, n) < 0) r = MOLT_ERR;
                break;
            }
            int64_t j = i;
            while (j < n && !is_space_at(S(s)->data + j, &len)) j += len;
            if (push_piece(l, s, i, j) < 0) {
                r = MOLT_ERR;
                break;
            }
            i = j;
        }
    } else {
        int64_t j = n;
        while (j > 0) {
            /* skip trailing whitespace */
            while (j > 0) {
                int64_t k = j - 1;
                while (k > 0 && ((unsigned char)S(s)->data[k] & 0xC0) == 0x80) k--;
                if (!is_space_at(S(s)->data + k, &len)) break;
                j = k;
            }
            if (j <= 0) break;
            if (maxsplit-- == 0) {
                if (push_piece(l, s, 0, j) < 0) r = MOLT_ERR;
                break;
            }
            int64_t i = j;
            while (i > 0) {
                int64_t k = i - 1;
                while (k > 0 && ((unsigned char)S(s)->data[k] & 0xC0) == 0x80) k--;
                if (is_space_at(S(s)->data + k, &len)) break;
                i = k;
            }
            if (push_piece(l, s, i, j) < 0) {
                r = MOLT_ERR;
                break;
            }
            j = i;
        }
        if (r) molt_list_reverse(l);
    }
    MOLT_UNROOT();
    return r;
}

static MoltValue split_impl(MoltValue s, MoltValue sep, int64_t maxsplit, bool reverse) {
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (!sep || sep == molt_None) return split_ws(s, maxsplit, reverse);
    if (!require_str(sep, "must be str or None, not %T")) return MOLT_ERR;
    int64_t m = S(sep)->nbytes;
    if (m == 0) return molt_err_format(&molt_ValueError, "empty separator");
    MOLT_ROOTS2(s, sep);
    MoltValue l = molt_list_new(0), r = l;
    if (l) {
        MOLT_ROOTS1(l);
        int64_t n = S(s)->nbytes;
        if (!reverse) {
            int64_t i = 0;
            while (maxsplit-- > 0) {
                int64_t j = find_bytes(S(s)->data, i, n, S(sep)->data, m);
                if (j < 0) break;
                if (push_piece(l, s, i, j) < 0) { r = MOLT_ERR; break; }
                i = j + m;
            }
            if (r && push_piece(l, s, i, n) < 0) r = MOLT_ERR;
        } else {
            int64_t j = n;
            while (maxsplit-- > 0) {
                int64_t i = rfind_bytes(S(s)->data, 0, j, S(sep)->data, m);
                if (i < 0) break;
                if (push_piece(l, s, i + m, j) < 0) { r = MOLT_ERR; break; }
                j = i;
            }
            if (r && push_piece(l, s, 0, j) < 0) r = MOLT_ERR;
            if (r) molt_list_reverse(l);
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_split(MoltValue s, MoltValue sep, int64_t maxsplit) { return split_impl(s, sep, maxsplit, false); }
MoltValue molt_str_rsplit(MoltValue s, MoltValue sep, int64_t maxsplit) { return split_impl(s, sep, maxsplit, true); }

static bool is_linebreak(uint32_t c) {
    return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

MoltValue molt_str_splitlines(MoltValue s, bool keepends) {
    MOLT_ROOTS1(s);
    MoltValue l = molt_list_new(0), r = l;
    if (l) {
        MOLT_ROOTS1(l);
        int64_t n = S(s)->nbytes, i = 0;
        while (i < n) {
            int64_t j = i;
            int len = 1;
            uint32_t c = 0;
            while (j < n) {
                c = molt_utf8_decode((const unsigned char *)S(s)->data + j, &len);
                if (is_linebreak(c)) break;
                j += len;
            }
            int64_t eol = j;
            if (j < n) {
                j += len;
                if (c == '\r' && j < n && S(s)->data[j] == '\n') j++;
                if (keepends) eol = j;
            }
            if (push_piece(l, s, i, eol) < 0) {
                r = MOLT_ERR;
                break;
            }
            i = j;
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

/* ---------------------------------------------------------------- strip */

static bool in_chars(MoltValue chars, uint32_t c) {
    const unsigned char *p = (const unsigned char *)S(chars)->data, *end = p + S(chars)->nbytes;
    while (p < end) {
        int len;
        if (molt_utf8_decode(p, &len) == c) return true;
        p += len;
    }
    return false;
}

static MoltValue strip_impl(MoltValue s, MoltValue chars, bool left, bool right) {
    bool ws = !chars || chars == molt_None;
    if (!ws && !require_str(chars, "strip arg must be None or str")) return MOLT_ERR;
    const char *d = S(s)->data;
    int64_t i = 0, j = S(s)->nbytes;
    if (left) {
        while (i < j) {
            int len;
            uint32_t c = molt_utf8_decode((const unsigned char *)d + i, &len);
            if (ws ? !molt_unicode_isspace(c) : !in_chars(chars, c)) break;
            i += len;
        }
    }
    if (right) {
        while (j > i) {
            int64_t k = j - 1;
            while (k > i && ((unsigned char)d[k] & 0xC0) == 0x80) k--;
            int len;
            uint32_t c = molt_utf8_decode((const unsigned char *)d + k, &len);
            if (ws ? !molt_unicode_isspace(c) : !in_chars(chars, c)) break;
            j = k;
        }
    }
    MOLT_ROOTS1(s);
    MoltValue r = sub_str(s, i, j);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_strip(MoltValue s, MoltValue chars) { return strip_impl(s, chars, true, true); }
MoltValue molt_str_lstrip(MoltValue s, MoltValue chars) { return strip_impl(s, chars, true, false); }
MoltValue molt_str_rstrip(MoltValue s, MoltValue chars) { return strip_impl(s, chars, false, true); }

/* ---------------------------------------------------------------- replace */

MoltValue molt_str_replace(MoltValue s, MoltValue old, MoltValue new_, int64_t count) {
    if (!require_str(old, "replace() argument 1 must be str, not %T")) return MOLT_ERR;
    if (!require_str(new_, "replace() argument 2 must be str, not %T")) return MOLT_ERR;
    if (count < 0) count = INT64_MAX;
    int64_t m = S(old)->nbytes, n = S(s)->nbytes;
    MoltSBuf b;
    molt_sbuf_init(&b);
    int64_t done = 0, length = S(s)->length;
    if (m == 0) {
        /* Insert new_ before every character and at the end. */
        int64_t i = 0;
        while (done < count) {
            molt_sbuf_put(&b, S(new_)->data, (size_t)S(new_)->nbytes);
            done++;
            if (i >= n) break;
            int len;
            molt_utf8_decode((const unsigned char *)S(s)->data + i, &len);
            molt_sbuf_put(&b, S(s)->data + i, (size_t)len);
            i += len;
        }
        if (i < n) molt_sbuf_put(&b, S(s)->data + i, (size_t)(n - i));
    } else {
        int64_t i = 0;
        while (done < count) {
            int64_t j = find_bytes(S(s)->data, i, n, S(old)->data, m);
            if (j < 0) break;
            molt_sbuf_put(&b, S(s)->data + i, (size_t)(j - i));
            molt_sbuf_put(&b, S(new_)->data, (size_t)S(new_)->nbytes);
            done++;
            i = j + m;
        }
        if (done == 0) {
            molt_sbuf_free(&b);
            return s;
        }
        molt_sbuf_put(&b, S(s)->data + i, (size_t)(n - i));
    }
    length += done * (S(new_)->length - S(old)->length);
    return finish(&b, length);
}

/* ---------------------------------------------------------------- padding and partition */

static MoltValue pad(MoltValue s, int64_t left, int64_t right, uint32_t fill) {
    if (left <= 0 && right <= 0 && molt_obj(s)->type == &molt_str_type) return s;
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    char f[4];
    int fl = molt_utf8_encode(fill, f);
    int64_t nbytes = S(s)->nbytes + (left + right) * fl;
    MOLT_ROOTS1(s);
    MoltValue r = molt_str_alloc(nbytes, S(s)->length + left + right);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    char *d = S(r)->data;
    for (int64_t i = 0; i < left; i++, d += fl) memcpy(d, f, (size_t)fl);
    memcpy(d, S(s)->data, (size_t)S(s)->nbytes);
    d += S(s)->nbytes;
    for (int64_t i = 0; i < right; i++, d += fl) memcpy(d, f, (size_t)fl);
    return r;
}

static bool fill_char(MoltValue fill, uint32_t *out) {
    *out = ' ';
    if (!fill) return true;
    if (!molt_isinstance_type(fill, &molt_str_type)) {
        molt_err_format(&molt_TypeError, "The fill character must be a unicode character, not %T", fill);
        return false;
    }
    if (S(fill)->length != 1) {
        molt_err_format(&molt_TypeError, "The fill character must be exactly one character long");
        return false;
    }
    *out = molt_str_char_at(fill, 0);
    return true;
}

MoltValue molt_str_center(MoltValue s, int64_t width, MoltValue fill) {
    uint32_t f;
    if (!fill_char(fill, &f)) return MOLT_ERR;
    int64_t marg = width - S(s)->length;
    if (marg <= 0) return pad(s, 0, 0, f);
    /* CPython's rounding: the extra space goes left when both margin and width are odd. */
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, f);
}

MoltValue molt_str_ljust(MoltValue s, int64_t width, MoltValue fill) {
    uint32_t f;
    if (!fill_char(fill, &f)) return MOLT_ERR;
    return pad(s, 0, width - S(s)->length, f);
}

MoltValue molt_str_rjust(MoltValue s, int64_t width, MoltValue fill) {
    uint32_t f;
    if (!fill_char(fill, &f)) return MOLT_ERR;
    return pad(s, width - S(s)->length, 0, f);
}

MoltValue molt_str_zfill(MoltValue s, int64_t width) {
    int64_t fill = width - S(s)->length;
    if (fill <= 0) return pad(s, 0, 0, ' ');
    MoltValue r = pad(s, fill, 0, '0');
    if (!r) return MOLT_ERR;
    char *d = S(r)->data;
    if (d[fill] == '+' || d[fill] == '-') {
        d[0] = d[fill];
        d[fill] = '0';
    }
    return r;
}

static MoltValue partition_impl(MoltValue s, MoltValue sep, bool reverse) {
    if (!require_str(sep, "must be str, not %T")) return MOLT_ERR;
    int64_t m = S(sep)->nbytes, n = S(s)->nbytes;
    if (m == 0) return molt_err_format(&molt_ValueError, "empty separator");
    int64_t j = reverse ? rfind_bytes(S(s)->data, 0, n, S(sep)->data, m) : find_bytes(S(s)->data, 0, n, S(sep)->data, m);
    MoltValue t = MOLT_ERR;
    MOLT_ROOTS3(s, sep, t);
    MoltValue empty = molt_str_empty();
    t = empty ? molt_tuple_new(3) : MOLT_ERR;
    if (!t) {
        MOLT_UNROOT();
        return MOLT_ERR;
    }
    MoltValue *items = molt_tuple_items(t);
    items[0] = items[1] = items[2] = empty;
    if (j < 0) {
        items[reverse ? 2 : 0] = s;
        MOLT_UNROOT();
        return t;
    }
    items[1] = sep;
    MoltValue a = sub_str(s, 0, j);
    if (a) molt_tuple_items(t)[0] = a;
    MoltValue c = a ? sub_str(s, j + m, n) : MOLT_ERR;
    if (c) molt_tuple_items(t)[2] = c;
    MOLT_UNROOT();
    return c ? t : MOLT_ERR;
}

MoltValue molt_str_partition(MoltValue s, MoltValue sep) { return partition_impl(s, sep, false); }
MoltValue molt_str_rpartition(MoltValue s, MoltValue sep) { return partition_impl(s, sep, true); }

MoltValue molt_str_removeprefix(MoltValue s, MoltValue prefix) {
    if (!require_str(prefix, "removeprefix() argument must be str, not %T")) return MOLT_ERR;
    int64_t m = S(prefix)->nbytes;
    if (m == 0 || m > S(s)->nbytes || memcmp(S(s)->data, S(prefix)->data, (size_t)m) != 0) return s;
    MOLT_ROOTS1(s);
    MoltValue r = sub_str(s, m, S(s)->nbytes);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_removesuffix(MoltValue s, MoltValue suffix) {
    if (!require_str(suffix, "removesuffix() argument must be str, not %T")) return MOLT_ERR;
    int64_t m = S(suffix)->nbytes, n = S(s)->nbytes;
    if (m == 0 || m > n || memcmp(S(s)->data + n - m, S(suffix)->data, (size_t)m) != 0) return s;
    MOLT_ROOTS1(s);
    MoltValue r = sub_str(s, 0, n - m);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_expandtabs(MoltValue s, int64_t tabsize) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    int64_t col = 0, length = 0;
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    while (p < end) {
        int len;
        uint32_t c = molt_utf8_decode(p, &len);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t k = tabsize - col % tabsize;
                for (int64_t i = 0; i < k; i++) molt_sbuf_putc(&b, ' ');
                col += k;
                length += k;
            }
        } else {
            molt_sbuf_put(&b, (const char *)p, (size_t)len);
            length++;
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        p += len;
    }
    return finish(&b, length);
}
