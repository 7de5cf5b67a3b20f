/* Growable text buffer: the first 128 bytes live inside the struct, so short messages never malloc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/sbuf.h"
#include "molt/str.h"

void molt_sbuf_init(MoltSBuf *b) {
    b->data = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
    b->failed = false;
    b->small[0] = 0;
}

void molt_sbuf_free(MoltSBuf *b) {
    if (b->data && b->data != b->small) free(b->data);
    molt_sbuf_init(b);
}

static bool reserve(MoltSBuf *b, size_t extra) {
    if (b->failed) return false;
    if (b->len + extra + 1 <= b->cap) return true;
    size_t cap = b->cap * 2;
    while (cap < b->len + extra + 1) cap *= 2;
    char *grown;
    if (b->data == b->small) {
        grown = malloc(cap);
        if (grown) memcpy(grown, b->small, b->len + 1);
    } else {
        grown = realloc(b->data, cap);
    }
    if (!grown) {
        b->failed = true;
        return false;
    }
    b->data = grown;
    b->cap = cap;
    return true;
}

void molt_sbuf_put(MoltSBuf *b, const char *s, size_t n) {
    if (!reserve(b, n)) return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void molt_sbuf_puts(MoltSBuf *b, const char *s) { molt_sbuf_put(b, s, strlen(s)); }

void molt_sbuf_putc(MoltSBuf *b, char c) { molt_sbuf_put(b, &c, 1); }

void molt_sbuf_printf(MoltSBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof tmp) {
        molt_sbuf_put(b, tmp, (size_t)n);
        return;
    }
    if (!reserve(b, (size_t)n)) return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void molt_sbuf_put_str(MoltSBuf *b, MoltValue s) {
    molt_sbuf_put(b, molt_str_utf8(s), (size_t)molt_str_nbytes(s));
}

MoltValue molt_sbuf_finish(MoltSBuf *b) {
    MoltValue r;
    if (b->failed) {
        extern MoltValue molt_err_no_memory(void);
        r = molt_err_no_memory();
    } else {
        r = molt_str_from_utf8(b->data, (int64_t)b->len);
    }
    molt_sbuf_free(b);
    return r;
}
