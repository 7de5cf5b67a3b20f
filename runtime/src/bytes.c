/*
 * bytes (immutable, inline data) and bytearray (mutable, GC buffer): creation, repr, comparison,
 * concatenation, indexing and iteration. Text-like methods live in bytes_methods.c, codecs in codec.c.
 */
#include <string.h>

#include "molt/buffer.h"
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/str.h"

static MoltValue empty_bytes;

MoltValue molt_bytes_alloc(int64_t n) {
    if (n < 0 || (uint64_t)n > SIZE_MAX / 2) return molt_err_no_memory();
    MoltValue v = molt_gc_alloc(&molt_bytes_type, sizeof(MoltBytes) + (size_t)n + 1);
    if (!v) return MOLT_ERR;
    molt_bytes_obj(v)->size = n;
    molt_bytes_obj(v)->hash = -1;
    return v;
}

/* data must not point into an unrooted GC object (it is read after the allocation). */
MoltValue molt_bytes_from(const void *data, int64_t n) {
    if (n == 0) {
        if (!empty_bytes) {
            empty_bytes = molt_bytes_alloc(0);
            if (!empty_bytes) return MOLT_ERR;
            molt_gc_add_root(&empty_bytes);
        }
        return empty_bytes;
    }
    MoltValue v = molt_bytes_alloc(n);
    if (v) memcpy(molt_bytes_obj(v)->data, data, (size_t)n);
    return v;
}

static void bytearray_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltByteArray *)self)->buf); }

/* Room for `need` bytes (+1 for a NUL). 0, -1. */
static int ba_reserve(MoltValue ba, int64_t need) {
    MoltByteArray *a = molt_bytearray_obj(ba);
    if (need < a->cap) return 0;
    int64_t cap = need + (need >> 3) + 8;
    /* The buffer belongs to this bytearray alone: grow it in place where the allocator can. */
    MOLT_ROOTS1(ba);
    MoltValue buf = a->buf ? molt_buffer_raw_resize(a->buf, cap) : molt_buffer_raw(cap);
    MOLT_UNROOT();
    if (!buf) return -1;
    a = molt_bytearray_obj(ba);
    unsigned char *d = molt_buffer_data(buf);
    a->buf = buf;
    a->data = d;
    a->cap = cap;
    return 0;
}

MoltValue molt_bytearray_from(const void *data, int64_t n) {
    MoltValue ba = molt_gc_alloc(&molt_bytearray_type, sizeof(MoltByteArray));
    if (!ba) return MOLT_ERR;
    if (n > 0) {
        MOLT_ROOTS1(ba);
        int rc = ba_reserve(ba, n);
        MOLT_UNROOT();
        if (rc < 0) return MOLT_ERR;
        memcpy(molt_bytearray_obj(ba)->data, data, (size_t)n);
        molt_bytearray_obj(ba)->size = n;
    }
    return ba;
}

bool molt_bytes_view(MoltValue v, const unsigned char **data, int64_t *size) {
    if (molt_is_ptr(v) && molt_isinstance_type(v, &molt_bytes_type)) {
        *data = molt_bytes_obj(v)->data;
        *size = molt_bytes_obj(v)->size;
        return true;
    }
    if (molt_is_ptr(v) && molt_isinstance_type(v, &molt_bytearray_type)) {
        static const unsigned char none[1];
        *data = molt_bytearray_obj(v)->data ? molt_bytearray_obj(v)->data : none;
        *size = molt_bytearray_obj(v)->size;
        return true;
    }
    return false;
}

/* A byte value 0..255 from an int-like; -1 with an exception otherwise. */
static int byte_value(MoltValue x, const char *range_msg) {
    int64_t v;
    if (molt_is_small(x)) v = molt_small_value(x);
    else {
        if (!molt_is_int_like(x) && !molt_type_of(x)->to_index) {
            molt_err_format(&molt_TypeError, "'%T' object cannot be interpreted as an integer", x);
            return -1;
        }
        MoltValue i = molt_index(x);
        if (!i) return -1;
        if (!molt_int_as_i64(i, &v)) v = -1;
    }
    if (v < 0 || v > 255) {
        molt_err_format(&molt_ValueError, "%s", range_msg);
        return -1;
    }
    return (int)v;
}

/* Bytes of any bytes(x) argument, in a malloc-free bytearray used as scratch. */
static MoltValue collect(MoltValue x) {
    if (molt_is_str(x)) return molt_err_format(&molt_TypeError, "string argument without an encoding");
    const unsigned char *d = NULL;
    int64_t n = 0;
    if (molt_bytes_view(x, &d, &n)) {
        MOLT_ROOTS1(x);
        MoltValue r = molt_bytearray_from(NULL, 0);
        if (r && n) {
            MOLT_ROOTS1(r);
            if (ba_reserve(r, n) == 0) {
                molt_bytes_view(x, &d, &n);
                memcpy(molt_bytearray_obj(r)->data, d, (size_t)n);
                molt_bytearray_obj(r)->size = n;
            } else r = MOLT_ERR;
            MOLT_UNROOT();
        }
        MOLT_UNROOT();
        return r;
    }
    if (molt_is_small(x) || molt_is_int_like(x)) {
        int64_t count;
        if (!molt_is_small(x)) {
            MoltValue i = molt_index(x);
            if (!i) return MOLT_ERR;
            if (!molt_int_as_i64(i, &count)) return molt_err_format(&molt_OverflowError, "cannot fit 'int' into an index-sized integer");
        } else count = molt_small_value(x);
        if (count < 0) return molt_err_format(&molt_ValueError, "negative count");
        MoltValue r = molt_bytearray_from(NULL, 0);
        if (!r || !count) return r;
        MOLT_ROOTS1(r);
        int rc = ba_reserve(r, count);
        MOLT_UNROOT();
        if (rc < 0) return MOLT_ERR;
        memset(molt_bytearray_obj(r)->data, 0, (size_t)count);
        molt_bytearray_obj(r)->size = count;
        return r;
    }
    MoltValue r = MOLT_ERR, it = MOLT_ERR;
    MOLT_ROOTS3(x, r, it);
    it = molt_iter(x);
    if (it) r = molt_bytearray_from(NULL, 0);
    if (r) {
        for (;;) {
            MoltValue item = molt_next(it);
            if (!item) {
                if (molt_err_occurred()) r = MOLT_ERR;
                break;
            }
            int b = byte_value(item, "bytes must be in range(0, 256)");
            if (b < 0 || ba_reserve(r, molt_bytearray_obj(r)->size + 1) < 0) {
                r = MOLT_ERR;
                break;
            }
            molt_bytearray_obj(r)->data[molt_bytearray_obj(r)->size++] = (unsigned char)b;
        }
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_bytes_from_object(MoltValue x) {
    if (molt_is_bytes(x)) return x;
    MoltValue scratch = collect(x);
    if (!scratch) return MOLT_ERR;
    MOLT_ROOTS1(scratch);
    MoltByteArray *a = molt_bytearray_obj(scratch);
    MoltValue r = molt_bytes_alloc(a->size);
    MOLT_UNROOT();
    if (r && a->size) memcpy(molt_bytes_obj(r)->data, molt_bytearray_obj(scratch)->data, (size_t)a->size);
    return r;
}

MoltValue molt_bytearray_from_object(MoltValue x) {
    MoltValue r = collect(x);
    if (r && molt_obj(r)->type != &molt_bytearray_type) return molt_bytearray_from(NULL, 0);
    return r;
}

int64_t molt_bytes_hash(MoltValue v) {
    MoltBytes *b = molt_bytes_obj(v);
    if (b->hash != -1) return b->hash;
    uint64_t h = 0x84222325cbf29ce4ull;
    for (int64_t i = 0; i < b->size; i++) {
        h ^= b->data[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    int64_t r = (int64_t)h;
    if (r == -1) r = -2;
    if (b->size == 0) r = 0; /* hash(b'') == 0 in CPython */
    b->hash = r;
    return r;
}

MoltValue molt_bytes_repr(MoltValue v) {
    const unsigned char *d = NULL;
    int64_t n = 0;
    molt_bytes_view(v, &d, &n);
    bool ba = molt_is_bytearray(v);
    bool has_single = memchr(d, '\'', (size_t)n) != NULL, has_double = memchr(d, '"', (size_t)n) != NULL;
    char quote = has_single && !has_double ? '"' : '\'';
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (ba) molt_sbuf_puts(&b, "bytearray(");
    molt_sbuf_putc(&b, 'b');
    molt_sbuf_putc(&b, quote);
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == (unsigned char)quote || c == '\\') {
            molt_sbuf_putc(&b, '\\');
            molt_sbuf_putc(&b, (char)c);
        } else if (c == '\t') molt_sbuf_puts(&b, "\\t");
        else if (c == '\n') molt_sbuf_puts(&b, "\\n");
        else if (c == '\r') molt_sbuf_puts(&b, "\\r");
        else if (c < 0x20 || c >= 0x7f) {
            char esc[5] = {'\\', 'x', "0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], 0};
            molt_sbuf_puts(&b, esc);
        } else molt_sbuf_putc(&b, (char)c);
    }
    molt_sbuf_putc(&b, quote);
    if (ba) molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

MoltValue molt_bytes_richcmp(MoltValue a, MoltValue b, int op) {
    const unsigned char *x, *y;
    int64_t nx, ny;
    if (!molt_bytes_view(a, &x, &nx) || !molt_bytes_view(b, &y, &ny)) return molt_NotImplemented;
    if ((op == MOLT_EQ || op == MOLT_NE) && nx != ny) return molt_bool(op == MOLT_NE);
    int64_t m = nx < ny ? nx : ny;
    int c = memcmp(x, y, (size_t)m);
    if (c == 0) c = nx < ny ? -1 : nx > ny ? 1 : 0;
    switch (op) {
    case MOLT_LT: return molt_bool(c < 0);
    case MOLT_LE: return molt_bool(c <= 0);
    case MOLT_EQ: return molt_bool(c == 0);
    case MOLT_NE: return molt_bool(c != 0);
    case MOLT_GT: return molt_bool(c > 0);
    default: return molt_bool(c >= 0);
    }
}

MoltValue molt_bytes_concat(MoltValue a, MoltValue b) {
    const unsigned char *x, *y;
    int64_t nx, ny;
    if (!molt_bytes_view(b, &y, &ny)) return molt_err_format(&molt_TypeError, "can't concat %T to %T", b, a);
    molt_bytes_view(a, &x, &nx);
    bool ba = molt_is_bytearray(a);
    MOLT_ROOTS2(a, b);
    MoltValue r = ba ? molt_bytearray_from(NULL, 0) : molt_bytes_alloc(nx + ny);
    if (r && ba && ba_reserve(r, nx + ny) < 0) r = MOLT_ERR;
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    molt_bytes_view(a, &x, &nx);
    molt_bytes_view(b, &y, &ny);
    unsigned char *d = ba ? molt_bytearray_obj(r)->data : molt_bytes_obj(r)->data;
    if (nx) memcpy(d, x, (size_t)nx);
    if (ny) memcpy(d + nx, y, (size_t)ny);
    if (ba) molt_bytearray_obj(r)->size = nx + ny;
    return r;
}

static MoltValue bytes_add_slot(MoltValue a, MoltValue b) {
    const unsigned char *d = NULL;
    int64_t n = 0;
    if (!molt_bytes_view(a, &d, &n)) return molt_NotImplemented;
    if (!molt_bytes_view(b, &d, &n) && (molt_type_of(b)->flags & MOLT_TYPE_HEAP)) return molt_NotImplemented;
    return molt_bytes_concat(a, b);
}

MoltValue molt_bytes_repeat(MoltValue v, int64_t count) {
    const unsigned char *d = NULL;
    int64_t n = 0;
    molt_bytes_view(v, &d, &n);
    if (count < 0) count = 0;
    if (n && count > INT64_MAX / n) return molt_err_no_memory();
    bool ba = molt_is_bytearray(v);
    MOLT_ROOTS1(v);
    MoltValue r = ba ? molt_bytearray_from(NULL, 0) : molt_bytes_alloc(n * count);
    if (r && ba && n * count != 0 && ba_reserve(r, n * count) < 0) r = MOLT_ERR;
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    molt_bytes_view(v, &d, &n);
    unsigned char *out = ba ? molt_bytearray_obj(r)->data : molt_bytes_obj(r)->data;
    for (int64_t k = 0; n && k < count; k++) memcpy(out + k * n, d, (size_t)n);
    if (ba) molt_bytearray_obj(r)->size = n * count;
    return r;
}

static MoltValue bytes_mul_slot(MoltValue a, MoltValue b) {
    const unsigned char *d = NULL;
    int64_t len = 0;
    MoltValue seq = molt_bytes_view(a, &d, &len) ? a : b;
    MoltValue n = seq == a ? b : a;
    int64_t count;
    int rc = molt_repeat_count(n, &count);
    if (rc == 0) {
        /* User classes may still implement the operation; builtin operands cannot. */
        if (molt_type_of(n)->flags & MOLT_TYPE_HEAP) return molt_NotImplemented;
        return molt_err_format(&molt_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (rc < 0) return MOLT_ERR;
    return molt_bytes_repeat(seq, count);
}

MoltValue molt_bytes_getitem(MoltValue v, MoltValue key) {
    const unsigned char *d = NULL;
    int64_t n = 0;
    molt_bytes_view(v, &d, &n);
    bool ba = molt_is_bytearray(v);
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        int64_t m = molt_slice_indices(key, n, &start, &stop, &step);
        if (m < 0) return MOLT_ERR;
        MOLT_ROOTS1(v);
        MoltValue r = ba ? molt_bytearray_from(NULL, 0) : molt_bytes_alloc(m);
        if (r && ba && m && ba_reserve(r, m) < 0) r = MOLT_ERR;
        MOLT_UNROOT();
        if (!r) return MOLT_ERR;
        molt_bytes_view(v, &d, &n);
        unsigned char *out = ba ? molt_bytearray_obj(r)->data : molt_bytes_obj(r)->data;
        for (int64_t k = 0, i = start; k < m; k++, i += step) out[k] = d[i];
        if (ba) molt_bytearray_obj(r)->size = m;
        return r;
    }
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return MOLT_ERR;
    if (rc == 0)
        return molt_err_format(&molt_TypeError, "%s indices must be integers or slices, not %T", ba ? "bytearray" : "byte", key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) return molt_err_format(&molt_IndexError, ba ? "bytearray index out of range" : "index out of range");
    return molt_small(d[i]);
}

/* Byte offset of needle in hay[from..to), -1 if absent. */
int64_t molt_bytes_search(const unsigned char *hay, int64_t from, int64_t to, const unsigned char *needle, int64_t m) {
    if (m == 0) return from <= to ? from : -1;
    for (int64_t i = from; i + m <= to; i++) {
        const unsigned char *p = memchr(hay + i, needle[0], (size_t)(to - m + 1 - i));
        if (!p) return -1;
        i = p - hay;
        if (memcmp(p, needle, (size_t)m) == 0) return i;
    }
    return -1;
}

int molt_bytes_contains(MoltValue v, MoltValue item) {
    const unsigned char *d = NULL, *s = NULL;
    int64_t n = 0, m = 0;
    molt_bytes_view(v, &d, &n);
    if (molt_bytes_view(item, &s, &m)) return molt_bytes_search(d, 0, n, s, m) >= 0;
    if (!molt_is_small(item) && !molt_is_int_like(item) && !molt_type_of(item)->to_index) {
        molt_err_format(&molt_TypeError, "a bytes-like object is required, not '%T'", item);
        return -1;
    }
    int b = byte_value(item, "byte must be in range(0, 256)");
    if (b < 0) return -1;
    molt_bytes_view(v, &d, &n);
    return memchr(d, b, (size_t)n) != NULL;
}

static int64_t bytes_len_slot(MoltValue v) {
    const unsigned char *d = NULL;
    int64_t n = 0;
    molt_bytes_view(v, &d, &n);
    return n;
}

static MoltValue bytes_to_bool(MoltValue v) { return molt_bool(bytes_len_slot(v) != 0); }

/* ---------------------------------------------------------------- bytearray mutation */

int molt_bytearray_append(MoltValue ba, MoltValue item) {
    int b = byte_value(item, "byte must be in range(0, 256)");
    if (b < 0) return -1;
    if (ba_reserve(ba, molt_bytearray_obj(ba)->size + 1) < 0) return -1;
    MoltByteArray *a = molt_bytearray_obj(ba);
    a->data[a->size++] = (unsigned char)b;
    return 0;
}

int molt_bytearray_extend(MoltValue ba, MoltValue iterable) {
    MOLT_ROOTS1(ba);
    MoltValue scratch = molt_is_str(iterable) ? MOLT_ERR : collect(iterable);
    if (!scratch && molt_is_str(iterable))
        molt_err_format(&molt_TypeError, "expected iterable of integers; got: 'str'");
    int rc = -1;
    if (scratch) {
        MOLT_ROOTS1(scratch);
        int64_t m = molt_bytearray_obj(scratch)->size, n = molt_bytearray_obj(ba)->size;
        if (ba_reserve(ba, n + m) == 0) {
            if (m) memcpy(molt_bytearray_obj(ba)->data + n, molt_bytearray_obj(scratch)->data, (size_t)m);
            molt_bytearray_obj(ba)->size = n + m;
            rc = 0;
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return rc;
}

MoltValue molt_bytearray_pop(MoltValue ba, int64_t index) {
    MoltByteArray *a = molt_bytearray_obj(ba);
    if (a->size == 0) return molt_err_format(&molt_IndexError, "pop from empty bytearray");
    if (index < 0) index += a->size;
    if (index < 0 || index >= a->size) return molt_err_format(&molt_IndexError, "pop index out of range");
    unsigned char c = a->data[index];
    memmove(a->data + index, a->data + index + 1, (size_t)(a->size - index - 1));
    a->size--;
    return molt_small(c);
}

int molt_bytearray_setitem(MoltValue ba, MoltValue key, MoltValue value) {
    MoltByteArray *a = molt_bytearray_obj(ba);
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        int64_t m = molt_slice_indices(key, a->size, &start, &stop, &step);
        if (m < 0) return -1;
        MOLT_ROOTS1(ba);
        MoltValue src = value ? collect(value) : molt_bytearray_from(NULL, 0);
        MOLT_UNROOT();
        if (!src) return -1;
        a = molt_bytearray_obj(ba);
        int64_t k = molt_bytearray_obj(src)->size;
        if (step == 1) {
            if (stop < start) stop = start;
            int64_t delta = k - (stop - start), old = a->size;
            if (delta > 0) {
                MOLT_ROOTS2(ba, src);
                int rc = ba_reserve(ba, old + delta);
                MOLT_UNROOT();
                if (rc < 0) return -1;
                a = molt_bytearray_obj(ba);
            }
            if (old - stop > 0) memmove(a->data + stop + delta, a->data + stop, (size_t)(old - stop));
            if (k) memcpy(a->data + start, molt_bytearray_obj(src)->data, (size_t)k);
            a->size = old + delta;
            return 0;
        }
        if (!value) {
            if (step < 0) {
                start = start + step * (m - 1);
                step = -step;
            }
            int64_t w = start;
            for (int64_t r = start, j = 0; r < a->size; r++) {
                if (j < m && r == start + j * step) { j++; continue; }
                a->data[w++] = a->data[r];
            }
            a->size = w;
            return 0;
        }
        if (k != m) {
            molt_err_format(&molt_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                            (long long)k, (long long)m);
            return -1;
        }
        for (int64_t j = 0, i = start; j < m; j++, i += step) a->data[i] = molt_bytearray_obj(src)->data[j];
        return 0;
    }
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return -1;
    if (rc == 0) {
        molt_err_format(&molt_TypeError, "bytearray indices must be integers or slices, not %T", key);
        return -1;
    }
    if (i < 0) i += a->size;
    if (i < 0 || i >= a->size) {
        molt_err_format(&molt_IndexError, "bytearray index out of range");
        return -1;
    }
    if (!value) {
        memmove(a->data + i, a->data + i + 1, (size_t)(a->size - i - 1));
        a->size--;
        return 0;
    }
    int b = byte_value(value, "byte must be in range(0, 256)");
    if (b < 0) return -1;
    molt_bytearray_obj(ba)->data[i] = (unsigned char)b;
    return 0;
}

/* ---------------------------------------------------------------- iteration */

typedef struct MoltBytesIter {
    MoltObject ob;
    MoltValue seq;
    int64_t pos;
} MoltBytesIter;

static void bytes_iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltBytesIter *)self)->seq); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue bytes_iter_next(MoltValue v) {
    MoltBytesIter *it = (MoltBytesIter *)molt_obj(v);
    if (!it->seq) return MOLT_ERR;
    const unsigned char *d = NULL;
    int64_t n = 0;
    molt_bytes_view(it->seq, &d, &n);
    if (it->pos >= n) {
        it->seq = MOLT_ERR;
        return MOLT_ERR;
    }
    return molt_small(d[it->pos++]);
}

MoltType molt_bytes_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "bytes_iterator",
    .base = &molt_object_type,
    .trace = bytes_iter_trace,
    .iter = iter_self,
    .next = bytes_iter_next,
};

MoltValue molt_bytes_iter(MoltValue b) {
    MOLT_ROOTS1(b);
    MoltValue it = molt_gc_alloc(&molt_bytes_iterator_type, sizeof(MoltBytesIter));
    MOLT_UNROOT();
    if (it) ((MoltBytesIter *)molt_obj(it))->seq = b;
    return it;
}

/* b % args; a bytes right operand of another type's % falls back to NotImplemented. */
static MoltValue bytes_mod_slot(MoltValue a, MoltValue b) {
    const unsigned char *d;
    int64_t n;
    if (!molt_bytes_view(a, &d, &n)) return molt_NotImplemented;
    return molt_bytes_mod(a, b);
}

MoltType molt_bytes_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "bytes",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .repr = molt_bytes_repr,
    .hash = molt_bytes_hash,
    .richcmp = molt_bytes_richcmp,
    .iter = molt_bytes_iter,
    .len = bytes_len_slot,
    .getitem = molt_bytes_getitem,
    .contains = molt_bytes_contains,
    .to_bool = bytes_to_bool,
    .number = {[MOLT_OP_ADD] = bytes_add_slot, [MOLT_OP_MUL] = bytes_mul_slot, [MOLT_OP_MOD] = bytes_mod_slot},
    .number_reflected = {[MOLT_OP_MUL] = bytes_mul_slot},
};

MoltType molt_bytearray_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "bytearray",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .trace = bytearray_trace,
    .repr = molt_bytes_repr,
    .richcmp = molt_bytes_richcmp,
    .iter = molt_bytes_iter,
    .len = bytes_len_slot,
    .getitem = molt_bytes_getitem,
    .setitem = molt_bytearray_setitem,
    .contains = molt_bytes_contains,
    .to_bool = bytes_to_bool,
    .number = {[MOLT_OP_ADD] = bytes_add_slot, [MOLT_OP_MUL] = bytes_mul_slot, [MOLT_OP_MOD] = bytes_mod_slot},
    .number_reflected = {[MOLT_OP_MUL] = bytes_mul_slot},
};
