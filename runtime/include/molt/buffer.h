/*
 * Internal GC-managed arrays backing growable containers (list items, dict and set tables,
 * bytearray data). Allocating them on the GC heap keeps the collector's byte count honest, so a
 * program that churns large containers still triggers collections.
 */
#ifndef MOLT_BUFFER_H
#define MOLT_BUFFER_H

#include "molt/object.h"

/* An array of `n` MoltValue slots (zeroed, traced) and a raw byte buffer (not traced). */
typedef struct MoltBuffer {
    MoltObject ob;
    int64_t n;          /* slot count (value buffers) or byte count (raw buffers) */
    uint64_t data[];    /* 8-byte aligned payload */
} MoltBuffer;

extern MoltType molt_valuebuffer_type, molt_rawbuffer_type;

MoltValue molt_buffer_values(int64_t n);   /* MOLT_ERR on MemoryError */
MoltValue molt_buffer_raw(int64_t nbytes);  /* zeroed */
/* Resized copies that keep the contents (growth zeroed); the buffer may move and the old one is
 * then freed at once: only for a buffer exactly one container references, which stores the result
 * (molt_gc_resize). MOLT_ERR on MemoryError, b unchanged. */
MoltValue molt_buffer_values_resize(MoltValue b, int64_t n);
MoltValue molt_buffer_raw_resize(MoltValue b, int64_t nbytes);
static inline void *molt_buffer_data(MoltValue b) { return ((MoltBuffer *)molt_obj(b))->data; }

#endif
