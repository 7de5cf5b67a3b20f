/*
 * str core: creation, code-point indexing, hashing, comparison, concatenation, slicing, repr,
 * iteration and interning. Text is UTF-8 with a code-point count (decision 0013).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/buffer.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/type.h"

/* Non-ASCII strings longer than this get a checkpoint index: the byte offset of every
 * MOLT_STR_STRIDE-th code point, so indexing walks at most STRIDE-1 characters. */
#define MOLT_STR_STRIDE 32
#define MOLT_STR_INDEX_MIN 64

static MoltValue empty_str;
static MoltValue ascii_chars[128];
static MoltValue interned; /* dict str -> str */

static void str_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltStr *)self)->index); }

/* ---------------------------------------------------------------- creation */

MoltValue molt_str_alloc(int64_t nbytes, int64_t length) {
    if (nbytes < 0 || (uint64_t)nbytes > SIZE_MAX / 2) return molt_err_no_memory();
    MoltValue v = molt_gc_alloc(&molt_str_type, sizeof(MoltStr) + (size_t)nbytes + 1);
    if (!v) return MOLT_ERR;
    MoltStr *s = molt_str_obj(v);
    s->nbytes = nbytes;
    s->length = length;
    if (nbytes == length) s->ob.extra |= MOLT_STR_ASCII;
    return v;
}

MoltValue molt_str_empty(void) {
    if (!empty_str) {
        empty_str = molt_str_alloc(0, 0);
        if (!empty_str) return MOLT_ERR;
        molt_gc_add_root(&empty_str);
    }
    return empty_str;
}

static MoltValue ascii_char(unsigned char c) {
    if (!ascii_chars[c]) {
        MoltValue v = molt_str_alloc(1, 1);
        if (!v) return MOLT_ERR;
        molt_str_obj(v)->data[0] = (char)c;
        ascii_chars[c] = v;
        molt_gc_add_root(&ascii_chars[c]);
    }
    return ascii_chars[c];
}

MoltValue molt_str_from_utf8_len(const char *p, int64_t nbytes, int64_t length) {
    if (nbytes == 0) return molt_str_empty();
    if (nbytes == 1 && (unsigned char)p[0] < 128) return ascii_char((unsigned char)p[0]);
    MoltValue v = molt_str_alloc(nbytes, length);
    if (!v) return MOLT_ERR;
    memcpy(molt_str_obj(v)->data, p, (size_t)nbytes);
    return v;
}

/* Code-point count of generalized UTF-8 (surrogates allowed), or -1 if malformed. */
static int64_t utf8_count(const unsigned char *p, int64_t n) {
    int64_t count = 0, i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) { i++; count++; continue; }
        int len;
        uint32_t min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
        else return -1;
        if (i + len > n) return -1;
        for (int k = 1; k < len; k++)
            if ((p[i + k] & 0xC0) != 0x80) return -1;
        int dummy;
        uint32_t cp = molt_utf8_decode(p + i, &dummy);
        if (cp < min || cp > 0x10FFFF) return -1;
        i += len;
        count++;
    }
    return count;
}

MoltValue molt_str_from_utf8(const char *p, int64_t nbytes) {
    int64_t length = utf8_count((const unsigned char *)p, nbytes);
    if (length < 0) return molt_err_format(&molt_ValueError, "malformed UTF-8 text");
    return molt_str_from_utf8_len(p, nbytes, length);
}

MoltValue molt_str_from_cstr(const char *s) { return molt_str_from_utf8(s, (int64_t)strlen(s)); }

MoltValue molt_str_from_codepoint(uint32_t cp) {
    if (cp < 128) return ascii_char((unsigned char)cp);
    char buf[4];
    int n = molt_utf8_encode(cp, buf);
    return molt_str_from_utf8_len(buf, n, 1);
}

MoltValue molt_str_intern(MoltValue s) {
    if (molt_str_obj(s)->ob.extra & MOLT_STR_INTERNED) return s;
    MOLT_ROOTS1(s);
    MoltValue r = MOLT_ERR;
    if (!interned) {
        interned = molt_dict_new();
        if (!interned) goto out;
        molt_gc_add_root(&interned);
    }
    r = molt_dict_getitem_str(interned, s);
    if (r) goto out;
    if (molt_dict_setitem(interned, s, s) < 0) goto out;
    molt_str_obj(s)->ob.extra |= MOLT_STR_INTERNED;
    r = s;
out:
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_intern_cstr(const char *c) {
    /* Already interned: found without allocating (repr(None), names looked up at run time). */
    MoltValue found = interned ? molt_dict_getitem_cstr(interned, c) : MOLT_ERR;
    if (found) return found;
    MoltValue s = molt_str_from_cstr(c);
    return s ? molt_str_intern(s) : MOLT_ERR;
}

/* ---------------------------------------------------------------- access */

const char *molt_str_utf8(MoltValue s) { return molt_str_obj(s)->data; }
int64_t molt_str_nbytes(MoltValue s) { return molt_str_obj(s)->nbytes; }
int64_t molt_str_len(MoltValue s) { return molt_str_obj(s)->length; }
bool molt_str_is_ascii(MoltValue s) { return (molt_str_obj(s)->ob.extra & MOLT_STR_ASCII) != 0; }

bool molt_str_eq_cstr(MoltValue s, const char *c) {
    size_t n = strlen(c);
    return (size_t)molt_str_obj(s)->nbytes == n && memcmp(molt_str_obj(s)->data, c, n) == 0;
}

static int64_t walk(const char *data, int64_t from, int64_t count) {
    const unsigned char *p = (const unsigned char *)data;
    while (count > 0) {
        from++;
        while ((p[from] & 0xC0) == 0x80) from++;
        count--;
    }
    return from;
}

/* Builds the checkpoint index. Failure to allocate only costs speed, so it is not reported. */
static int64_t *checkpoint_index(MoltValue v) {
    MoltStr *s = molt_str_obj(v);
    if (s->index) return molt_buffer_data(s->index);
    int64_t n = s->length / MOLT_STR_STRIDE + 1;
    /* No collection here: callers index strings they may not have rooted, and treating every
     * offset computation as an allocation point would burden them all. */
    molt_gc_pause();
    MoltValue buf = molt_buffer_raw(n * (int64_t)sizeof(int64_t));
    molt_gc_resume();
    if (!buf) {
        molt_err_clear();
        return NULL;
    }
    s = molt_str_obj(v);
    int64_t *idx = molt_buffer_data(buf);
    int64_t off = 0;
    for (int64_t k = 0; k < n; k++) {
        idx[k] = off;
        if (k + 1 < n) off = walk(s->data, off, MOLT_STR_STRIDE);
    }
    s->index = buf;
    return idx;
}

/* Offsets never collect: long non-ASCII strings allocate their index once with the GC paused. */
int64_t molt_str_byte_offset(MoltValue v, int64_t i) {
    MoltStr *s = molt_str_obj(v);
    if (s->ob.extra & MOLT_STR_ASCII) return i;
    if (i >= s->length) return s->nbytes;
    if (s->length < MOLT_STR_INDEX_MIN) return walk(s->data, 0, i);
    int64_t *idx = checkpoint_index(v);
    s = molt_str_obj(v);
    if (!idx) return walk(s->data, 0, i);
    return walk(s->data, idx[i / MOLT_STR_STRIDE], i % MOLT_STR_STRIDE);
}

/* Inverse of molt_str_byte_offset: the checkpoint index is searched for the last checkpoint at or
 * before off, so find() on long non-ASCII text stays proportional to the distance walked. */
int64_t molt_str_cp_index(MoltValue v, int64_t off) {
    MoltStr *s = molt_str_obj(v);
    if (s->ob.extra & MOLT_STR_ASCII) return off;
    int64_t base_cp = 0, from = 0;
    if (s->length >= MOLT_STR_INDEX_MIN) {
        int64_t *idx = checkpoint_index(v);
        s = molt_str_obj(v);
        if (idx) {
            int64_t lo = 0, hi = s->length / MOLT_STR_STRIDE;
            while (lo < hi) {
                int64_t mid = (lo + hi + 1) / 2;
                if (idx[mid] <= off) lo = mid;
                else hi = mid - 1;
            }
            base_cp = lo * MOLT_STR_STRIDE;
            from = idx[lo];
        }
    }
    const unsigned char *p = (const unsigned char *)s->data;
    for (int64_t i = from; i < off; i++) base_cp += (p[i] & 0xC0) != 0x80;
    return base_cp;
}

uint32_t molt_str_char_at(MoltValue s, int64_t i) {
    int64_t off = molt_str_byte_offset(s, i);
    int len;
    return molt_utf8_decode((const unsigned char *)molt_str_obj(s)->data + off, &len);
}

/* ---------------------------------------------------------------- hash and comparison */

int64_t molt_str_hash_utf8(const char *data, int64_t nbytes) {
    /* FNV-1a with a final avalanche; CPython randomizes str hashes, so only consistency matters. */
    uint64_t h = 0xcbf29ce484222325ull;
    const unsigned char *p = (const unsigned char *)data;
    for (int64_t i = 0; i < nbytes; i++) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t molt_str_hash(MoltValue v) {
    MoltStr *s = molt_str_obj(v);
    if (s->ob.extra & MOLT_STR_HASHED) return s->hash;
    int64_t r = molt_str_hash_utf8(s->data, s->nbytes);
    s->hash = r;
    s->ob.extra |= MOLT_STR_HASHED;
    return r;
}

static int64_t str_hash_slot(MoltValue v) { return molt_str_hash(v); }

bool molt_str_equal(MoltValue a, MoltValue b) {
    if (a == b) return true;
    MoltStr *x = molt_str_obj(a), *y = molt_str_obj(b);
    if (x->nbytes != y->nbytes) return false;
    if ((x->ob.extra & y->ob.extra & MOLT_STR_HASHED) && x->hash != y->hash) return false;
    return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
}

/* UTF-8 byte order is code-point order (surrogates included), so memcmp compares code points. */
int molt_str_cmp(MoltValue a, MoltValue b) {
    MoltStr *x = molt_str_obj(a), *y = molt_str_obj(b);
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return x->nbytes < y->nbytes ? -1 : x->nbytes > y->nbytes ? 1 : 0;
}

MoltValue molt_str_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_isinstance_type(a, &molt_str_type) || !molt_isinstance_type(b, &molt_str_type))
        return molt_NotImplemented;
    if (op == MOLT_EQ) return molt_bool(molt_str_equal(a, b));
    if (op == MOLT_NE) return molt_bool(!molt_str_equal(a, b));
    int c = molt_str_cmp(a, b);
    switch (op) {
    case MOLT_LT: return molt_bool(c < 0);
    case MOLT_LE: return molt_bool(c <= 0);
    case MOLT_GT: return molt_bool(c > 0);
    default: return molt_bool(c >= 0);
    }
}

/* ---------------------------------------------------------------- concat, repeat, slicing */

MoltValue molt_str_concat(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(b, &molt_str_type))
        return molt_err_format(&molt_TypeError, "can only concatenate str (not \"%T\") to str", b);
    MoltStr *x = molt_str_obj(a), *y = molt_str_obj(b);
    if (y->nbytes == 0) return a;
    if (x->nbytes == 0) return b;
    MOLT_ROOTS2(a, b);
    MoltValue r = molt_str_alloc(x->nbytes + y->nbytes, x->length + y->length);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    x = molt_str_obj(a), y = molt_str_obj(b);
    memcpy(molt_str_obj(r)->data, x->data, (size_t)x->nbytes);
    memcpy(molt_str_obj(r)->data + x->nbytes, y->data, (size_t)y->nbytes);
    return r;
}

static MoltValue str_add_slot(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(a, &molt_str_type)) return molt_NotImplemented;
    /* CPython tries the right operand's __radd__ before str's own concatenation error. */
    if (!molt_isinstance_type(b, &molt_str_type) && (molt_type_of(b)->flags & MOLT_TYPE_HEAP))
        return molt_NotImplemented;
    return molt_str_concat(a, b);
}

MoltValue molt_str_repeat(MoltValue s, int64_t n) {
    MoltStr *x = molt_str_obj(s);
    if (n <= 0 || x->nbytes == 0) return molt_str_empty();
    if (n == 1) return s;
    if (x->nbytes > INT64_MAX / n) return molt_err_no_memory();
    MOLT_ROOTS1(s);
    MoltValue r = molt_str_alloc(x->nbytes * n, molt_str_obj(s)->length * n);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    x = molt_str_obj(s);
    char *d = molt_str_obj(r)->data;
    int64_t total = x->nbytes * n, done = x->nbytes;
    memcpy(d, x->data, (size_t)x->nbytes);
    while (done < total) { /* doubling copies */
        int64_t chunk = done < total - done ? done : total - done;
        memcpy(d + done, d, (size_t)chunk);
        done += chunk;
    }
    return r;
}

static MoltValue str_mod_slot(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(a, &molt_str_type)) return molt_NotImplemented;
    return molt_str_mod(a, b);
}

static MoltValue str_mul_slot(MoltValue a, MoltValue b) {
    MoltValue s = molt_isinstance_type(a, &molt_str_type) ? a : b;
    MoltValue n = s == a ? b : a;
    int64_t count;
    int rc = molt_repeat_count(n, &count);
    if (rc == 0) {
        /* User classes may still implement the operation; builtin operands cannot. */
        if (molt_type_of(n)->flags & MOLT_TYPE_HEAP) return molt_NotImplemented;
        return molt_err_format(&molt_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (rc < 0) return MOLT_ERR;
    return molt_str_repeat(s, count);
}

MoltValue molt_str_slice(MoltValue s, int64_t start, int64_t stop, int64_t step) {
    int64_t n;
    if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
    else n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    if (n <= 0) return molt_str_empty();
    MoltStr *x = molt_str_obj(s);
    if (n == x->length && step == 1) return s;
    MOLT_ROOTS1(s);
    MoltValue r;
    if (step == 1) {
        int64_t b0 = molt_str_byte_offset(s, start);
        int64_t b1 = molt_str_byte_offset(s, stop);
        r = molt_str_from_utf8_len(molt_str_obj(s)->data + b0, b1 - b0, n);
    } else if (molt_str_is_ascii(s)) {
        r = molt_str_alloc(n, n);
        if (r) {
            const char *src = molt_str_obj(s)->data;
            char *d = molt_str_obj(r)->data;
            for (int64_t k = 0, i = start; k < n; k++, i += step) d[k] = src[i];
        }
    } else {
        MoltSBuf b;
        molt_sbuf_init(&b);
        const unsigned char *src = (const unsigned char *)molt_str_obj(s)->data;
        if (step > 0) {
            int64_t off = molt_str_byte_offset(s, start);
            src = (const unsigned char *)molt_str_obj(s)->data;
            for (int64_t k = 0; k < n; k++) {
                int len;
                molt_utf8_decode(src + off, &len);
                molt_sbuf_put(&b, (const char *)src + off, (size_t)len);
                if (k + 1 < n) off = walk((const char *)src, off, step);
            }
        } else {
            for (int64_t k = 0, i = start; k < n; k++, i += step) {
                int64_t off = molt_str_byte_offset(s, i);
                src = (const unsigned char *)molt_str_obj(s)->data;
                int len;
                molt_utf8_decode(src + off, &len);
                molt_sbuf_put(&b, (const char *)src + off, (size_t)len);
            }
        }
        if (b.failed) {
            molt_sbuf_free(&b);
            r = molt_err_no_memory();
        } else {
            MoltValue t = molt_str_alloc((int64_t)b.len, n);
            if (t) memcpy(molt_str_obj(t)->data, b.data, b.len);
            molt_sbuf_free(&b);
            r = t;
        }
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_str_index_i64(MoltValue s, int64_t i) {
    int64_t n = molt_str_obj(s)->length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return molt_err_format(&molt_IndexError, "string index out of range");
    if (molt_str_is_ascii(s)) return ascii_char((unsigned char)molt_str_obj(s)->data[i]);
    int64_t off = molt_str_byte_offset(s, i);
    int len;
    char ch[4];
    const char *p = molt_str_obj(s)->data + off;
    molt_utf8_decode((const unsigned char *)p, &len);
    memcpy(ch, p, (size_t)len); /* s may be unrooted: copy before allocating */
    return molt_str_from_utf8_len(ch, len, 1);
}

MoltValue molt_str_getitem(MoltValue s, MoltValue key) {
    int64_t i;
    if (molt_is_small(key)) return molt_str_index_i64(s, molt_small_value(key));
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        if (molt_slice_indices(key, molt_str_obj(s)->length, &start, &stop, &step) < 0) return MOLT_ERR;
        return molt_str_slice(s, start, stop, step);
    }
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return MOLT_ERR;
    if (rc == 0) return molt_err_format(&molt_TypeError, "string indices must be integers, not '%T'", key);
    return molt_str_index_i64(s, i);
}

/* Byte offset of needle in hay[from..to), or -1. */
static int64_t bytes_find(const char *hay, int64_t from, int64_t to, const char *needle, int64_t m) {
    if (m == 0) return from <= to ? from : -1;
    if (to - from < m) return -1;
    const char *end = hay + to - m;
    const char first = needle[0];
    for (const char *p = hay + from; p <= end; p++) {
        p = memchr(p, first, (size_t)(end - p + 1));
        if (!p) return -1;
        if (memcmp(p, needle, (size_t)m) == 0) return p - hay;
    }
    return -1;
}

int molt_str_contains(MoltValue s, MoltValue sub) {
    if (!molt_isinstance_type(sub, &molt_str_type)) {
        molt_err_format(&molt_TypeError, "'in <string>' requires string as left operand, not %T", sub);
        return -1;
    }
    MoltStr *x = molt_str_obj(s), *y = molt_str_obj(sub);
    return bytes_find(x->data, 0, x->nbytes, y->data, y->nbytes) >= 0;
}

static int64_t str_len_slot(MoltValue s) { return molt_str_obj(s)->length; }

/* ---------------------------------------------------------------- repr and str */

MoltValue molt_str_repr(MoltValue v) {
    MoltStr *s = molt_str_obj(v);
    bool has_single = memchr(s->data, '\'', (size_t)s->nbytes) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->nbytes) != NULL;
    char quote = (has_single && !has_double) ? '"' : '\'';
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_putc(&b, quote);
    const unsigned char *p = (const unsigned char *)s->data, *end = p + s->nbytes;
    int64_t length = 2;
    while (p < end) {
        int len;
        uint32_t c = molt_utf8_decode(p, &len);
        char esc[12];
        int n = 0;
        if (c == (uint32_t)quote || c == '\\') { esc[0] = '\\'; esc[1] = (char)c; n = 2; }
        else if (c == '\t') { memcpy(esc, "\\t", 2); n = 2; }
        else if (c == '\n') { memcpy(esc, "\\n", 2); n = 2; }
        else if (c == '\r') { memcpy(esc, "\\r", 2); n = 2; }
        else if (c < 0x20 || c == 0x7f) n = snprintf(esc, sizeof esc, "\\x%02x", c);
        else if (c < 0x7f || molt_unicode_isprintable(c)) {
            molt_sbuf_put(&b, (const char *)p, (size_t)len);
            length++;
            p += len;
            continue;
        } else if (c <= 0xff) n = snprintf(esc, sizeof esc, "\\x%02x", c);
        else if (c <= 0xffff) n = snprintf(esc, sizeof esc, "\\u%04x", c);
        else n = snprintf(esc, sizeof esc, "\\U%08x", c);
        molt_sbuf_put(&b, esc, (size_t)n);
        length += n;
        p += len;
    }
    molt_sbuf_putc(&b, quote);
    if (b.failed) {
        molt_sbuf_free(&b);
        return molt_err_no_memory();
    }
    MoltValue r = molt_str_alloc((int64_t)b.len, length);
    if (r) memcpy(molt_str_obj(r)->data, b.data, b.len);
    molt_sbuf_free(&b);
    return r;
}

static MoltValue str_str_slot(MoltValue s) {
    if (molt_obj(s)->type == &molt_str_type) return s;
    MOLT_ROOTS1(s);
    MoltValue r = molt_str_alloc(molt_str_obj(s)->nbytes, molt_str_obj(s)->length);
    MOLT_UNROOT();
    if (r) memcpy(molt_str_obj(r)->data, molt_str_obj(s)->data, (size_t)molt_str_obj(s)->nbytes);
    return r;
}

static MoltValue str_to_bool(MoltValue s) { return molt_bool(molt_str_obj(s)->nbytes != 0); }

/* ---------------------------------------------------------------- iteration */

typedef struct MoltStrIter {
    MoltObject ob;
    MoltValue str;  /* MOLT_ERR once exhausted */
    int64_t pos;    /* byte offset of the next character */
} MoltStrIter;

static void str_iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltStrIter *)self)->str); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue str_iter_next(MoltValue v) {
    MoltStrIter *it = (MoltStrIter *)molt_obj(v);
    if (!it->str) return MOLT_ERR;
    MoltStr *s = molt_str_obj(it->str);
    if (it->pos >= s->nbytes) {
        it->str = MOLT_ERR;
        return MOLT_ERR;
    }
    const unsigned char *p = (const unsigned char *)s->data + it->pos;
    if (*p < 0x80) {
        it->pos++;
        return ascii_char(*p);
    }
    int len;
    char ch[4];
    molt_utf8_decode(p, &len);
    memcpy(ch, p, (size_t)len);
    it->pos += len;
    return molt_str_from_utf8_len(ch, len, 1);
}

MoltType molt_str_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "str_ascii_iterator",
    .base = &molt_object_type,
    .trace = str_iter_trace,
    .iter = iter_self,
    .next = str_iter_next,
};

MoltValue molt_str_iter(MoltValue s) {
    MOLT_ROOTS1(s);
    MoltValue it = molt_gc_alloc(&molt_str_iterator_type, sizeof(MoltStrIter));
    MOLT_UNROOT();
    if (!it) return MOLT_ERR;
    ((MoltStrIter *)molt_obj(it))->str = s;
    return it;
}

/* ---------------------------------------------------------------- ord / chr */

MoltValue molt_str_ord(MoltValue s) {
    if (molt_isinstance_type(s, &molt_str_type)) {
        if (molt_str_obj(s)->length != 1)
            return molt_err_format(&molt_TypeError, "ord() expected a character, but string of length %lld found",
                                   (long long)molt_str_obj(s)->length);
        return molt_small(molt_str_char_at(s, 0));
    }
    return molt_err_format(&molt_TypeError, "ord() expected string of length 1, but %T found", s);
}

MoltValue molt_str_chr(int64_t cp) {
    if (cp < 0 || cp > 0x10FFFF) return molt_err_format(&molt_ValueError, "chr() arg not in range(0x110000)");
    return molt_str_from_codepoint((uint32_t)cp);
}

/* ---------------------------------------------------------------- type */

MoltType molt_str_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "str",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .trace = str_trace,
    .repr = molt_str_repr,
    .str = str_str_slot,
    .hash = str_hash_slot,
    .richcmp = molt_str_richcmp,
    .iter = molt_str_iter,
    .len = str_len_slot,
    .getitem = molt_str_getitem,
    .contains = molt_str_contains,
    .to_bool = str_to_bool,
    .number = {[MOLT_OP_ADD] = str_add_slot, [MOLT_OP_MUL] = str_mul_slot, [MOLT_OP_MOD] = str_mod_slot},
    .number_reflected = {[MOLT_OP_MUL] = str_mul_slot},
};

/* ---------------------------------------------------------------- container types' set-up */

int molt_str_methods_init(void);
int molt_container_methods_init(void);
int molt_bytes_methods_init(void);
int molt_container_dunders_init(void);
extern MoltType molt_tuple_iterator_type, molt_list_iterator_type, molt_list_reverseiterator_type,
    molt_range_iterator_type, molt_bytes_iterator_type, molt_set_iterator_type;

/* Called by molt_runtime_init (strong definition of its weak hook; lives here because str.o is
 * always linked). Readies the helper types and fills the method tables. */
void molt_containers_init(void) {
    static MoltType *const types[] = {
        &molt_str_iterator_type, &molt_tuple_iterator_type, &molt_list_iterator_type,
        &molt_list_reverseiterator_type, &molt_range_iterator_type, &molt_bytes_iterator_type,
        &molt_set_iterator_type, &molt_dict_keys_type, &molt_dict_values_type, &molt_dict_items_type,
        &molt_dict_keyiterator_type, &molt_dict_valueiterator_type, &molt_dict_itemiterator_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) molt_type_ready(types[i]);
    molt_str_methods_init();
    molt_container_methods_init();
    molt_bytes_methods_init();
    molt_container_dunders_init();
}
