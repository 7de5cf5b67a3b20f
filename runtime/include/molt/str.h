/*
 * str: immutable Unicode text stored as UTF-8 with a code-point count (decision 0013).
 * Lone surrogates are stored as their 3-byte generalized UTF-8 form.
 */
#ifndef MOLT_STR_H
#define MOLT_STR_H

#include "molt/object.h"

typedef struct MoltStr {
    MoltObject ob;      /* ob.extra: MOLT_STR_* flags */
    int64_t nbytes;     /* UTF-8 bytes, without the trailing NUL */
    int64_t length;     /* code points */
    int64_t hash;       /* valid when MOLT_STR_HASHED is set */
    MoltValue index;    /* checkpoint index for long non-ASCII strings (internal), or 0 */
    char data[];        /* nbytes + 1 (NUL-terminated) */
} MoltStr;

enum {
    MOLT_STR_ASCII = 1u << 0,
    MOLT_STR_HASHED = 1u << 1,
    MOLT_STR_INTERNED = 1u << 2,
};

static inline MoltStr *molt_str_obj(MoltValue v) { return (MoltStr *)molt_obj(v); }
static inline bool molt_is_str(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_str_type; }

/* ---- creation */
MoltValue molt_str_from_cstr(const char *s);
/* Copies nbytes of UTF-8 (generalized: surrogates allowed); MOLT_ERR + ValueError if malformed. */
MoltValue molt_str_from_utf8(const char *s, int64_t nbytes);
/* Trusted UTF-8 whose code-point count is known (no validation). */
MoltValue molt_str_from_utf8_len(const char *s, int64_t nbytes, int64_t length);
/* Uninitialised str of nbytes bytes and `length` code points; the caller fills data. */
MoltValue molt_str_alloc(int64_t nbytes, int64_t length);
MoltValue molt_str_from_codepoint(uint32_t cp);
/* The interned str for a C string (one object per distinct text; permanently rooted). */
MoltValue molt_str_intern_cstr(const char *s);
/* Interned version of s (s itself once interned). */
MoltValue molt_str_intern(MoltValue s);
MoltValue molt_str_empty(void);

/* ---- access */
const char *molt_str_utf8(MoltValue s);
int64_t molt_str_nbytes(MoltValue s);
int64_t molt_str_len(MoltValue s);            /* code points */
bool molt_str_is_ascii(MoltValue s);
/* Byte offset of code point i (0 <= i <= len), and the code point index of a byte offset at a
 * character boundary. May build the string's checkpoint index the first time, but never collects. */
int64_t molt_str_byte_offset(MoltValue s, int64_t i);
int64_t molt_str_cp_index(MoltValue s, int64_t byte_offset);
uint32_t molt_str_char_at(MoltValue s, int64_t i);  /* code point i, 0 <= i < len */
bool molt_str_eq_cstr(MoltValue s, const char *c);

/* ---- protocol (also reachable through the type's slots) */
int64_t molt_str_hash(MoltValue s);
/* The hash a str with these UTF-8 bytes has (lookups by C string without allocating a str). */
int64_t molt_str_hash_utf8(const char *data, int64_t nbytes);
bool molt_str_equal(MoltValue a, MoltValue b);
int molt_str_cmp(MoltValue a, MoltValue b);    /* <0, 0, >0 by code point */
MoltValue molt_str_richcmp(MoltValue a, MoltValue b, int op);
MoltValue molt_str_repr(MoltValue s);
MoltValue molt_str_concat(MoltValue a, MoltValue b);
MoltValue molt_str_repeat(MoltValue s, int64_t n);
MoltValue molt_str_getitem(MoltValue s, MoltValue key);  /* int or slice */
MoltValue molt_str_index_i64(MoltValue s, int64_t i);    /* negative allowed; IndexError */
MoltValue molt_str_slice(MoltValue s, int64_t start, int64_t stop, int64_t step); /* adjusted indices */
int molt_str_contains(MoltValue s, MoltValue sub);
MoltValue molt_str_iter(MoltValue s);

/* ---- builtins */
MoltValue molt_str_ord(MoltValue s);            /* ord(c) */
MoltValue molt_str_chr(int64_t cp);             /* chr(i) */
MoltValue molt_str_format_spec(MoltValue s, MoltValue spec); /* format(s, spec) */
MoltValue molt_str_mod(MoltValue fmt, MoltValue args);       /* fmt % args (printf-style) */
/* fmt.format(*args, **kw): nargs positional values in args, then one value per name in kwnames. */
MoltValue molt_str_format_method(MoltValue fmt, const MoltValue *args, int64_t nargs, MoltValue kwnames);
/* Builds a str from pieces (f-strings): every item must be a str. */
MoltValue molt_str_join_array(MoltValue sep, const MoltValue *items, int64_t n);

/* ---- methods (self is a str; optional arguments are MOLT_ERR when absent) */
MoltValue molt_str_join(MoltValue sep, MoltValue iterable);
MoltValue molt_str_split(MoltValue s, MoltValue sep, int64_t maxsplit);   /* sep None/MOLT_ERR: whitespace */
MoltValue molt_str_rsplit(MoltValue s, MoltValue sep, int64_t maxsplit);
MoltValue molt_str_strip(MoltValue s, MoltValue chars);
MoltValue molt_str_lstrip(MoltValue s, MoltValue chars);
MoltValue molt_str_rstrip(MoltValue s, MoltValue chars);
MoltValue molt_str_startswith(MoltValue s, MoltValue prefix, MoltValue start, MoltValue end);
MoltValue molt_str_endswith(MoltValue s, MoltValue suffix, MoltValue start, MoltValue end);
MoltValue molt_str_find(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_rfind(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_index(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_rindex(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_count(MoltValue s, MoltValue sub, MoltValue start, MoltValue end);
MoltValue molt_str_replace(MoltValue s, MoltValue old, MoltValue new_, int64_t count); /* count -1: all */
MoltValue molt_str_upper(MoltValue s);
MoltValue molt_str_lower(MoltValue s);
MoltValue molt_str_capitalize(MoltValue s);
MoltValue molt_str_title(MoltValue s);
MoltValue molt_str_swapcase(MoltValue s);
MoltValue molt_str_casefold(MoltValue s);
MoltValue molt_str_isdigit(MoltValue s);
MoltValue molt_str_isdecimal(MoltValue s);
MoltValue molt_str_isnumeric(MoltValue s);
MoltValue molt_str_isalpha(MoltValue s);
MoltValue molt_str_isalnum(MoltValue s);
MoltValue molt_str_isspace(MoltValue s);
MoltValue molt_str_isupper(MoltValue s);
MoltValue molt_str_islower(MoltValue s);
MoltValue molt_str_istitle(MoltValue s);
MoltValue molt_str_isidentifier(MoltValue s);
MoltValue molt_str_isprintable(MoltValue s);
MoltValue molt_str_isascii(MoltValue s);
MoltValue molt_str_zfill(MoltValue s, int64_t width);
MoltValue molt_str_center(MoltValue s, int64_t width, MoltValue fill);
MoltValue molt_str_ljust(MoltValue s, int64_t width, MoltValue fill);
MoltValue molt_str_rjust(MoltValue s, int64_t width, MoltValue fill);
MoltValue molt_str_partition(MoltValue s, MoltValue sep);
MoltValue molt_str_rpartition(MoltValue s, MoltValue sep);
MoltValue molt_str_splitlines(MoltValue s, bool keepends);
MoltValue molt_str_encode(MoltValue s, MoltValue encoding, MoltValue errors);
MoltValue molt_str_removeprefix(MoltValue s, MoltValue prefix);
MoltValue molt_str_removesuffix(MoltValue s, MoltValue suffix);
MoltValue molt_str_expandtabs(MoltValue s, int64_t tabsize);
MoltValue molt_str_translate(MoltValue s, MoltValue table);
MoltValue molt_str_maketrans(MoltValue x, MoltValue y, MoltValue z); /* y, z MOLT_ERR when absent */

/* ---- Unicode character database subset (unicode.c) */
bool molt_unicode_isprintable(uint32_t cp);
bool molt_unicode_isspace(uint32_t cp);
bool molt_unicode_isalpha(uint32_t cp);
bool molt_unicode_isdecimal(uint32_t cp);
bool molt_unicode_isdigit(uint32_t cp);
bool molt_unicode_isnumeric(uint32_t cp);
bool molt_unicode_isupper(uint32_t cp);
bool molt_unicode_islower(uint32_t cp);
bool molt_unicode_istitle(uint32_t cp);
bool molt_unicode_iscased(uint32_t cp);
bool molt_unicode_iscaseignorable(uint32_t cp);
bool molt_unicode_isidstart(uint32_t cp);
bool molt_unicode_isidcontinue(uint32_t cp);
/* Full case mappings: writes up to 3 code points to out, returns how many. */
int molt_unicode_upper(uint32_t cp, uint32_t out[3]);
int molt_unicode_lower(uint32_t cp, uint32_t out[3]);
int molt_unicode_title(uint32_t cp, uint32_t out[3]);
int molt_unicode_casefold(uint32_t cp, uint32_t out[3]);

/* ---- UTF-8 helpers */
/* Decodes one code point at p (well-formed generalized UTF-8); *len gets its byte length. */
uint32_t molt_utf8_decode(const unsigned char *p, int *len);
/* Encodes cp into out (up to 4 bytes), returns the byte count. */
int molt_utf8_encode(uint32_t cp, char *out);

#endif
