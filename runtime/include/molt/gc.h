/* Molt runtime: collector internals and knobs beyond object.h (gc.c). See docs/decisions/0011.
 *
 * Objects from molt_gc_alloc carry MOLT_GC_HEAP in their header's gc field. Statically allocated
 * objects (builtin types, None, ...) have gc == 0: the collector never marks or traces them, so
 * any heap value they hold must be a registered root (molt_gc_add_root). */
#ifndef MOLT_GC_H
#define MOLT_GC_H

#include "molt/object.h"

#define MOLT_GC_MARK 1u
#define MOLT_GC_HEAP 2u
/* Added by rt-fix: a big (individually malloc'd) object; small objects keep their size class in
 * the bits from MOLT_GC_CLASS_SHIFT up. */
#define MOLT_GC_BIG 4u
#define MOLT_GC_CLASS_SHIFT 8

/* Collects at every allocation when set: finds missing roots in tests. */
extern bool molt_gc_stress;

/* Bytes allocated since the program started (monotonic) and number of collections run. */
uint64_t molt_gc_total_allocated(void);
uint64_t molt_gc_collections(void);

/* Resizes a heap object (contents kept, growth zeroed) and returns it, possibly moved; MOLT_ERR on
 * MemoryError, the old object then unchanged. Big objects grow with realloc, so growing container
 * buffers (list items, dict/set tables) keep their pages, and the bytes still count toward the next
 * collection. A move frees the old block at once: the caller must hold the ONLY reference to v
 * (an internal buffer owned by one container) and store the result in its place, and must not keep
 * pointers into the old block. */
MoltValue molt_gc_resize(MoltValue v, size_t new_size);
/* The same without zeroing the growth: for objects whose trace never reads bytes the owner has
 * not written yet (saves touching fresh pages twice). */
MoltValue molt_gc_resize_uninit(MoltValue v, size_t new_size);

/* Forbids (depth > 0) or allows collections, e.g. while an object is half-initialised. */
void molt_gc_pause(void);
void molt_gc_resume(void);

/* Rooting convention: a runtime function that allocates and afterwards still uses one of its
 * arguments (or a value read out of one) roots it itself; callers need not root values they only
 * pass as arguments. Generated code roots every value that lives across a call in its frame. */

/* Roots a C array of values (e.g. call arguments) while runtime code allocates. */
typedef struct MoltRootArray {
    struct MoltRootArray *prev;
    const MoltValue *items;
    int64_t n;
} MoltRootArray;
void molt_root_array_push(MoltRootArray *r, const MoltValue *items, int64_t n);
void molt_root_array_pop(MoltRootArray *r);

/* Visits every root (frames, C roots, registered roots); used by the collector and by tests. */
void molt_gc_visit_roots(MoltVisitor *v);

#endif
