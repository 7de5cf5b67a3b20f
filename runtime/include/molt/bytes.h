/* bytes (immutable, inline data) and bytearray (mutable, GC-managed buffer). */
#ifndef MOLT_BYTES_H
#define MOLT_BYTES_H

#include "molt/object.h"

typedef struct MoltBytes {
    MoltObject ob;
    int64_t size;
    int64_t hash;          /* -1 until computed */
    unsigned char data[];  /* size + 1 (NUL-terminated) */
} MoltBytes;

typedef struct MoltByteArray {
    MoltObject ob;
    int64_t size;
    int64_t cap;
    MoltValue buf;         /* internal buffer object, or 0 */
    unsigned char *data;   /* points into buf (NULL when empty) */
} MoltByteArray;

static inline MoltBytes *molt_bytes_obj(MoltValue v) { return (MoltBytes *)molt_obj(v); }
static inline MoltByteArray *molt_bytearray_obj(MoltValue v) { return (MoltByteArray *)molt_obj(v); }
static inline bool molt_is_bytes(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_bytes_type; }
static inline bool molt_is_bytearray(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_bytearray_type; }

MoltValue molt_bytes_from(const void *data, int64_t n);
MoltValue molt_bytes_alloc(int64_t n);                   /* zeroed, caller may fill */
MoltValue molt_bytes_from_object(MoltValue x);           /* bytes(x): int, iterable of ints, bytes-like */
MoltValue molt_bytearray_from(const void *data, int64_t n);
MoltValue molt_bytearray_from_object(MoltValue x);       /* bytearray(x) */
/* Data and size of bytes or bytearray; false if v is neither. */
bool molt_bytes_view(MoltValue v, const unsigned char **data, int64_t *size);

int64_t molt_bytes_hash(MoltValue b);
MoltValue molt_bytes_repr(MoltValue b);          /* also bytearray(b'...') */
MoltValue molt_bytes_richcmp(MoltValue a, MoltValue b, int op);
MoltValue molt_bytes_concat(MoltValue a, MoltValue b);   /* result type follows a */
MoltValue molt_bytes_repeat(MoltValue b, int64_t n);
MoltValue molt_bytes_getitem(MoltValue b, MoltValue key);
int molt_bytes_contains(MoltValue b, MoltValue item);
MoltValue molt_bytes_iter(MoltValue b);
MoltValue molt_bytes_decode(MoltValue b, MoltValue encoding, MoltValue errors);
MoltValue molt_bytes_hex(MoltValue b);
MoltValue molt_bytes_fromhex(MoltType *type, MoltValue s);
MoltValue molt_bytes_join(MoltValue sep, MoltValue iterable);
MoltValue molt_bytes_find(MoltValue b, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_bytes_count(MoltValue b, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_bytes_startswith(MoltValue b, MoltValue prefix, MoltValue start, MoltValue end);
MoltValue molt_bytes_endswith(MoltValue b, MoltValue suffix, MoltValue start, MoltValue end);
MoltValue molt_bytes_replace(MoltValue b, MoltValue old, MoltValue new_, int64_t count);
MoltValue molt_bytes_split(MoltValue b, MoltValue sep, int64_t maxsplit);
MoltValue molt_bytes_strip(MoltValue b, MoltValue chars);
MoltValue molt_bytes_upper(MoltValue b);
MoltValue molt_bytes_rfind(MoltValue b, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_bytes_lstrip(MoltValue b, MoltValue chars);
MoltValue molt_bytes_rstrip(MoltValue b, MoltValue chars);
MoltValue molt_bytes_partition(MoltValue b, MoltValue sep, bool reverse);
MoltValue molt_bytes_isdigit(MoltValue b);
MoltValue molt_bytes_isalpha(MoltValue b);
MoltValue molt_bytes_isalnum(MoltValue b);
MoltValue molt_bytes_isspace(MoltValue b);
MoltValue molt_bytes_isupper(MoltValue b);
MoltValue molt_bytes_islower(MoltValue b);
MoltValue molt_bytes_lower(MoltValue b);

/* Results of self's type (bytes or bytearray), for the text-like methods (bytes_methods.c). */
MoltValue molt_bytes_like(MoltValue self, const void *data, int64_t n);    /* data never inside a GC object */
MoltValue molt_bytes_slice_like(MoltValue self, int64_t b0, int64_t b1);   /* self[b0:b1]; self rooted by the caller */
struct MoltSBuf;
MoltValue molt_bytes_from_sbuf(MoltValue self, struct MoltSBuf *b);       /* frees b */

/* bytes_text.c: the remaining text-like methods, with CPython's (ASCII-only) rules. */
MoltValue molt_bytes_title(MoltValue b);
MoltValue molt_bytes_capitalize(MoltValue b);
MoltValue molt_bytes_swapcase(MoltValue b);
MoltValue molt_bytes_istitle(MoltValue b);
MoltValue molt_bytes_isascii(MoltValue b);
/* center/ljust/rjust: `fill` a single byte; align '^', '<' or '>'. */
MoltValue molt_bytes_pad(MoltValue b, int64_t width, unsigned char fill, char align);
MoltValue molt_bytes_expandtabs(MoltValue b, int64_t tabsize);
MoltValue molt_bytes_zfill(MoltValue b, int64_t width);
MoltValue molt_bytes_splitlines(MoltValue b, bool keepends);
MoltValue molt_bytes_rsplit(MoltValue b, MoltValue sep, int64_t maxsplit);
MoltValue molt_bytes_removeaffix(MoltValue b, MoltValue affix, bool suffix);
/* bytes % args (str_printf.c): result of fmt's type. */
MoltValue molt_bytes_mod(MoltValue fmt, MoltValue args);

int molt_bytearray_append(MoltValue ba, MoltValue item);
int molt_bytearray_extend(MoltValue ba, MoltValue iterable);
int molt_bytearray_setitem(MoltValue ba, MoltValue key, MoltValue value);
MoltValue molt_bytearray_pop(MoltValue ba, int64_t index);

/* Decodes UTF-8 with errors "strict", "replace", "ignore", "surrogateescape", "surrogatepass". */
/* Offset of needle in hay[from..to), or -1. */
int64_t molt_bytes_search(const unsigned char *hay, int64_t from, int64_t to, const unsigned char *needle, int64_t m);

MoltValue molt_utf8_decode_errors(const unsigned char *data, int64_t n, const char *errors);

#endif
