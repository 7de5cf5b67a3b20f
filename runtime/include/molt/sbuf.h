/* Molt runtime: a growable byte buffer for building text in C (sbuf.c). Not a GC object. */
#ifndef MOLT_SBUF_H
#define MOLT_SBUF_H

#include <stdarg.h>
#include <stddef.h>

#include "molt/object.h"

typedef struct MoltSBuf {
    char *data;   /* NUL-terminated; NULL until the first write */
    size_t len, cap;
    bool failed;  /* an allocation failed: the content is incomplete */
    char small[128];
} MoltSBuf;

void molt_sbuf_init(MoltSBuf *b);
void molt_sbuf_free(MoltSBuf *b);
void molt_sbuf_put(MoltSBuf *b, const char *s, size_t n);
void molt_sbuf_puts(MoltSBuf *b, const char *s);
void molt_sbuf_putc(MoltSBuf *b, char c);
void molt_sbuf_printf(MoltSBuf *b, const char *fmt, ...);
/* Appends the UTF-8 of a str value. */
void molt_sbuf_put_str(MoltSBuf *b, MoltValue s);
/* The buffer as a new str (MOLT_ERR on MemoryError or malformed text); frees the buffer. */
MoltValue molt_sbuf_finish(MoltSBuf *b);
static inline const char *molt_sbuf_cstr(MoltSBuf *b) { return b->data ? b->data : ""; }

#endif
