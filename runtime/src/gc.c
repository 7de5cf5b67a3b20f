/*
 * Precise, non-moving mark-sweep collector (docs/decisions/0011).
 *
 * Small objects (<= MOLT_GC_SMALL_MAX bytes) live in 64 KiB pages of one size class each, so
 * allocation is a free-list pop and sweeping needs no per-object bookkeeping beyond the header.
 * Bigger objects are malloc'd individually with list links in front of them; molt_gc_resize grows
 * them with realloc, so a growing container keeps its pages instead of faulting in fresh ones.
 * A collection starts when the bytes allocated since the last one exceed a threshold that follows
 * the live heap, so the heap stays within a constant factor of live data.
 */
#include <stdlib.h>
#include <string.h>

#include "molt/gc.h"
#include "molt/type.h"

#define MOLT_GC_GRAIN 16u
#define MOLT_GC_SMALL_MAX 256u
#define MOLT_GC_NCLASSES (MOLT_GC_SMALL_MAX / MOLT_GC_GRAIN)
#define MOLT_GC_PAGE_BYTES (64u * 1024u)
/* Small heaps are not worth marking often: below this budget a collection costs more than the
 * memory it returns (a 32 MiB floor made bench/programs/classes.py 20% faster than 8 MiB). */
#define MOLT_GC_MIN_THRESHOLD ((size_t)32 << 20)

/* A free small block: the header's type is NULL and the next free block follows it. */
typedef struct FreeBlock {
    MoltType *type_null;
    struct FreeBlock *next;
} FreeBlock;

typedef struct Page {
    struct Page *next;
    uint32_t block_size;
    uint32_t nblocks;
    /* blocks follow, aligned to MOLT_GC_GRAIN */
} Page;

#define PAGE_HEADER_BYTES ((sizeof(Page) + MOLT_GC_GRAIN - 1) & ~(size_t)(MOLT_GC_GRAIN - 1))

/* Doubly linked so molt_gc_resize can relink a block realloc moved without walking the list.
 * cap >= size: a block reused from the cache may be larger than the object in it. */
typedef struct BigHeader {
    struct BigHeader *next, *prev;
    size_t size, cap;
} BigHeader;

#define BIG_HEADER_BYTES ((sizeof(BigHeader) + MOLT_GC_GRAIN - 1) & ~(size_t)(MOLT_GC_GRAIN - 1))

/* sweep() relies on classes made at run time being big objects (freed after every small one). */
_Static_assert(sizeof(MoltHeapType) > MOLT_GC_SMALL_MAX, "heap types must not be small objects");

bool molt_gc_stress;

static Page *pages[MOLT_GC_NCLASSES];
static FreeBlock *free_lists[MOLT_GC_NCLASSES];
static BigHeader *big_objects;

/* Freed big blocks kept for reuse (linked by next). Fresh memory from the system costs a page
 * fault per page (very slow in some VMs) and is returned again on free; a cached block is already
 * mapped, so reusing it costs one memset. Only blocks big enough for that to matter are kept, and
 * at most a bounded number of bytes (proportional to the live heap). */
#define BIG_CACHE_MIN_BLOCK ((size_t)64 << 10)
#define BIG_CACHE_MAX_BLOCKS 32
static BigHeader *big_cache;
static size_t big_cache_bytes, big_cache_count;

static size_t live_bytes;        /* bytes in allocated objects (after the last sweep, plus new) */
static size_t since_collect;     /* bytes allocated since the last collection */
static size_t threshold = MOLT_GC_MIN_THRESHOLD;
static uint64_t total_allocated, collections;
static int pause_depth;
static bool collecting;

static MoltFrame *frame_top;
static MoltCRoots *croots_top;
static MoltRootArray *arrays_top;
static MoltValue **roots;
static size_t nroots, roots_cap;

/* ------------------------------------------------------------ roots */

void molt_frame_push(MoltFrame *f) {
    f->prev = frame_top;
    frame_top = f;
}

void molt_frame_pop(MoltFrame *f) { frame_top = f->prev; }

MoltFrame *molt_frame_top(void) { return frame_top; }

void molt_croots_push(MoltCRoots *r) {
    r->prev = croots_top;
    croots_top = r;
}

void molt_croots_pop(MoltCRoots *r) { croots_top = r->prev; }

void molt_root_array_push(MoltRootArray *r, const MoltValue *items, int64_t n) {
    r->prev = arrays_top;
    r->items = items;
    r->n = n;
    arrays_top = r;
}

void molt_root_array_pop(MoltRootArray *r) { arrays_top = r->prev; }

void molt_gc_add_root(MoltValue *slot) {
    if (nroots == roots_cap) {
        size_t cap = roots_cap ? roots_cap * 2 : 256;
        MoltValue **grown = realloc(roots, cap * sizeof *grown);
        if (!grown) abort(); /* registration happens at start-up; nothing sensible to raise */
        roots = grown;
        roots_cap = cap;
    }
    roots[nroots++] = slot;
}

void molt_gc_visit_roots(MoltVisitor *v) {
    for (MoltFrame *f = frame_top; f; f = f->prev)
        for (uint32_t i = 0; i < f->nroots; i++) molt_visit(v, f->roots[i]);
    for (MoltCRoots *r = croots_top; r; r = r->prev)
        for (int i = 0; i < r->n; i++) molt_visit(v, *r->slots[i]);
    for (MoltRootArray *a = arrays_top; a; a = a->prev)
        for (int64_t i = 0; i < a->n; i++) molt_visit(v, a->items[i]);
    for (size_t i = 0; i < nroots; i++) molt_visit(v, *roots[i]);
}

/* ------------------------------------------------------------ marking */

/* An explicit stack instead of recursion: long linked structures must not overflow the C stack. */
typedef struct Marker {
    MoltVisitor base;
    MoltObject **stack;
    size_t n, cap;
    bool overflowed;
} Marker;

static void mark_push(Marker *m, MoltObject *o) {
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 4096;
        MoltObject **grown = realloc(m->stack, cap * sizeof *grown);
        if (!grown) {
            /* Keep the mark bit set; a rescan of marked objects picks the children up later. */
            m->overflowed = true;
            return;
        }
        m->stack = grown;
        m->cap = cap;
    }
    m->stack[m->n++] = o;
}

static void mark_value(MoltVisitor *v, MoltValue x) {
    MoltObject *o = molt_obj(x);
    if (!(o->gc & MOLT_GC_HEAP) || (o->gc & MOLT_GC_MARK)) return;
    o->gc |= MOLT_GC_MARK;
    mark_push((Marker *)v, o);
}

static void trace_object(Marker *m, MoltObject *o) {
    MoltType *t = o->type;
    mark_value(&m->base, molt_val(t)); /* a class made at run time is itself a heap object */
    if (t->trace) t->trace(o, &m->base);
}

static void drain(Marker *m) {
    while (m->n) trace_object(m, m->stack[--m->n]);
}

/* After a mark-stack overflow: trace every marked object again until nothing new is marked. */
static void rescan_marked(Marker *m) {
    while (m->overflowed) {
        m->overflowed = false;
        for (unsigned c = 0; c < MOLT_GC_NCLASSES; c++)
            for (Page *p = pages[c]; p; p = p->next) {
                char *b = (char *)p + PAGE_HEADER_BYTES;
                for (uint32_t i = 0; i < p->nblocks; i++, b += p->block_size) {
                    MoltObject *o = (MoltObject *)b;
                    if (o->type && (o->gc & MOLT_GC_MARK)) {
                        trace_object(m, o);
                        drain(m);
                    }
                }
            }
        for (BigHeader *h = big_objects; h; h = h->next) {
            MoltObject *o = (MoltObject *)((char *)h + BIG_HEADER_BYTES);
            if (o->gc & MOLT_GC_MARK) {
                trace_object(m, o);
                drain(m);
            }
        }
    }
}

/* ------------------------------------------------------------ sweeping */

static size_t cache_limit(void) {
    size_t floor = (size_t)32 << 20;
    return live_bytes > floor ? live_bytes : floor;
}

static void cache_or_free(BigHeader *h) {
    if (h->cap >= BIG_CACHE_MIN_BLOCK && big_cache_count < BIG_CACHE_MAX_BLOCKS &&
        big_cache_bytes + h->cap <= cache_limit()) {
        h->next = big_cache;
        big_cache = h;
        big_cache_bytes += h->cap;
        big_cache_count++;
    } else {
        free(h);
    }
}

/* The smallest cached block holding `size` bytes without wasting more than a third; NULL if none. */
static BigHeader *cache_take(size_t size) {
    if (size < BIG_CACHE_MIN_BLOCK) return NULL;
    BigHeader **best = NULL;
    for (BigHeader **link = &big_cache; *link; link = &(*link)->next) {
        size_t cap = (*link)->cap;
        if (cap >= size && cap - size <= size / 2 && (!best || cap < (*best)->cap)) best = link;
    }
    if (!best) return NULL;
    BigHeader *h = *best;
    *best = h->next;
    big_cache_bytes -= h->cap;
    big_cache_count--;
    return h;
}

static void big_link(BigHeader *h) {
    h->next = big_objects;
    h->prev = NULL;
    if (big_objects) big_objects->prev = h;
    big_objects = h;
}

static void big_unlink(BigHeader *h) {
    if (h->prev) h->prev->next = h->next;
    else big_objects = h->next;
    if (h->next) h->next->prev = h->prev;
}

static size_t sweep(void) {
    size_t live = 0;
    for (unsigned c = 0; c < MOLT_GC_NCLASSES; c++) {
        FreeBlock *fl = NULL;
        for (Page *p = pages[c]; p; p = p->next) {
            char *b = (char *)p + PAGE_HEADER_BYTES;
            for (uint32_t i = 0; i < p->nblocks; i++, b += p->block_size) {
                MoltObject *o = (MoltObject *)b;
                if (o->type && (o->gc & MOLT_GC_MARK)) {
                    o->gc &= ~MOLT_GC_MARK;
                    live += p->block_size;
                    continue;
                }
                /* Types are never small objects, so o->type is still intact here. */
                if (o->type && o->type->finalize) o->type->finalize(o);
                FreeBlock *f = (FreeBlock *)b;
                f->type_null = NULL;
                f->next = fl;
                fl = f;
            }
        }
        free_lists[c] = fl;
    }
    /* Finalize every dead big object before freeing any: a dead instance's class may be dead too. */
    for (BigHeader *h = big_objects; h; h = h->next) {
        MoltObject *o = (MoltObject *)((char *)h + BIG_HEADER_BYTES);
        if (!(o->gc & MOLT_GC_MARK) && o->type->finalize) o->type->finalize(o);
    }
    BigHeader **link = &big_objects;
    while (*link) {
        BigHeader *h = *link;
        MoltObject *o = (MoltObject *)((char *)h + BIG_HEADER_BYTES);
        if (o->gc & MOLT_GC_MARK) {
            o->gc &= ~MOLT_GC_MARK;
            live += h->size;
            link = &h->next;
        } else {
            *link = h->next;
            if (h->next) h->next->prev = h->prev;
            cache_or_free(h);
        }
    }
    return live;
}

void molt_gc_collect(void) {
    if (collecting || pause_depth > 0) return;
    collecting = true;
    Marker m = {{mark_value}, NULL, 0, 0, false};
    molt_gc_visit_roots(&m.base);
    drain(&m);
    rescan_marked(&m);
    free(m.stack);
    live_bytes = sweep();
    while (big_cache && big_cache_bytes > cache_limit()) {
        BigHeader *h = big_cache;
        big_cache = h->next;
        big_cache_bytes -= h->cap;
        big_cache_count--;
        free(h);
    }
    since_collect = 0;
    /* Allocating twice the live heap between collections keeps marking to half a byte per byte
     * allocated (the heap peaks at about 3x live data), instead of one with a 1x budget. */
    threshold = 2 * live_bytes > MOLT_GC_MIN_THRESHOLD ? 2 * live_bytes : MOLT_GC_MIN_THRESHOLD;
    collections++;
    collecting = false;
}

/* ------------------------------------------------------------ allocation */

static bool grow_class(unsigned c) {
    uint32_t bs = (c + 1) * MOLT_GC_GRAIN;
    Page *p = malloc(MOLT_GC_PAGE_BYTES);
    if (!p) return false;
    p->block_size = bs;
    p->nblocks = (uint32_t)((MOLT_GC_PAGE_BYTES - PAGE_HEADER_BYTES) / bs);
    p->next = pages[c];
    pages[c] = p;
    char *b = (char *)p + PAGE_HEADER_BYTES + (size_t)(p->nblocks - 1) * bs;
    FreeBlock *fl = free_lists[c];
    for (uint32_t i = 0; i < p->nblocks; i++, b -= bs) {
        FreeBlock *f = (FreeBlock *)b;
        f->type_null = NULL;
        f->next = fl;
        fl = f;
    }
    free_lists[c] = fl;
    return true;
}

static MoltValue out_of_memory(void) {
    /* MemoryError is raised without allocating a message: a preallocated instance in errors.c. */
    extern MoltValue molt_err_no_memory(void);
    return molt_err_no_memory();
}

MoltValue molt_gc_alloc(MoltType *type, size_t size) {
    if (size < sizeof(MoltObject)) size = sizeof(MoltObject);
    size = (size + MOLT_GC_GRAIN - 1) & ~(size_t)(MOLT_GC_GRAIN - 1);
    if (molt_gc_stress || since_collect >= threshold) molt_gc_collect();
    MoltObject *o;
    if (size <= MOLT_GC_SMALL_MAX) {
        unsigned c = (unsigned)(size / MOLT_GC_GRAIN) - 1;
        if (!free_lists[c] && !grow_class(c)) {
            molt_gc_collect();
            if (!free_lists[c] && !grow_class(c)) return out_of_memory();
        }
        FreeBlock *f = free_lists[c];
        free_lists[c] = f->next;
        o = (MoltObject *)f;
    } else {
        BigHeader *h = cache_take(size);
        if (h) {
            memset((char *)h + BIG_HEADER_BYTES, 0, size);
        } else {
            /* calloc: big blocks come from fresh zero pages, so there is nothing to clear twice. */
            h = calloc(1, BIG_HEADER_BYTES + size);
            if (!h) {
                molt_gc_collect();
                h = calloc(1, BIG_HEADER_BYTES + size);
                if (!h) return out_of_memory();
            }
            h->cap = size;
        }
        h->size = size;
        big_link(h);
        o = (MoltObject *)((char *)h + BIG_HEADER_BYTES);
    }
    if (size <= MOLT_GC_SMALL_MAX) memset(o, 0, size);
    o->type = type;
    o->gc = size <= MOLT_GC_SMALL_MAX ? MOLT_GC_HEAP | (uint32_t)(size / MOLT_GC_GRAIN - 1) << MOLT_GC_CLASS_SHIFT
                                      : MOLT_GC_HEAP | MOLT_GC_BIG;
    live_bytes += size;
    since_collect += size;
    total_allocated += size;
    return molt_val(o);
}

static MoltValue resize(MoltValue v, size_t new_size, bool zero) {
    if (new_size < sizeof(MoltObject)) new_size = sizeof(MoltObject);
    new_size = (new_size + MOLT_GC_GRAIN - 1) & ~(size_t)(MOLT_GC_GRAIN - 1);
    MOLT_ROOTS1(v);
    if (molt_gc_stress || since_collect >= threshold) molt_gc_collect();
    MoltObject *o = molt_obj(v);
    if (!(o->gc & MOLT_GC_BIG) || new_size <= MOLT_GC_SMALL_MAX) {
        /* Small blocks live in fixed-size pages: move to a fresh object of the new size. */
        size_t old_size = (o->gc & MOLT_GC_BIG) ? ((BigHeader *)((char *)o - BIG_HEADER_BYTES))->size
                                                : (size_t)((o->gc >> MOLT_GC_CLASS_SHIFT) + 1) * MOLT_GC_GRAIN;
        MoltValue nv = molt_gc_alloc(o->type, new_size);
        MOLT_UNROOT();
        if (!nv) return MOLT_ERR;
        o = molt_obj(v);
        MoltObject *n = molt_obj(nv);
        size_t keep = old_size < new_size ? old_size : new_size;
        memcpy((char *)n + sizeof(MoltObject), (char *)o + sizeof(MoltObject), keep - sizeof(MoltObject));
        n->extra = o->extra;
        return nv;
    }
    BigHeader *h = (BigHeader *)((char *)o - BIG_HEADER_BYTES);
    size_t old_size = h->size;
    BigHeader *nh = h;
    if (new_size > h->cap) {
        nh = cache_take(new_size);
        if (nh) {
            /* An already-mapped cached block beats realloc's fresh pages; h takes its place. */
            memcpy((char *)nh + BIG_HEADER_BYTES, (char *)h + BIG_HEADER_BYTES, old_size);
            big_unlink(h);
            big_link(nh);
            cache_or_free(h);
        } else {
            nh = realloc(h, BIG_HEADER_BYTES + new_size);
            if (!nh) {
                /* v is rooted, so h survives; the sweep keeps its links current. */
                molt_gc_collect();
                nh = realloc(h, BIG_HEADER_BYTES + new_size);
            }
            if (nh) {
                nh->cap = new_size;
                /* realloc copied the links; only the neighbours' pointers to the block need fixing. */
                if (nh != h) {
                    if (nh->prev) nh->prev->next = nh;
                    else big_objects = nh;
                    if (nh->next) nh->next->prev = nh;
                }
            }
        }
    }
    MOLT_UNROOT();
    if (!nh) return out_of_memory();
    nh->size = new_size;
    char *obj = (char *)nh + BIG_HEADER_BYTES;
    if (new_size > old_size) {
        if (zero) memset(obj + old_size, 0, new_size - old_size);
        live_bytes += new_size - old_size;
        since_collect += new_size - old_size;
        total_allocated += new_size - old_size;
    } else {
        live_bytes -= old_size - new_size;
    }
    return molt_val(obj);
}

MoltValue molt_gc_resize(MoltValue v, size_t new_size) { return resize(v, new_size, true); }
MoltValue molt_gc_resize_uninit(MoltValue v, size_t new_size) { return resize(v, new_size, false); }

size_t molt_gc_live_bytes(void) { return live_bytes; }
uint64_t molt_gc_total_allocated(void) { return total_allocated; }
uint64_t molt_gc_collections(void) { return collections; }
void molt_gc_pause(void) { pause_depth++; }
void molt_gc_resume(void) { pause_depth--; }
