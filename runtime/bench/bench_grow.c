/*
 * Container growth benchmark (not a test): 1M list appends, 1M dict inserts, 1M set adds, each
 * repeated a few times so collections and freed big blocks come into play.
 *   make -C runtime bench          (or BUILD=build/x; prints seconds per phase)
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "molt/dict.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/runtime.h"
#include "molt/set.h"

static double now(void) {
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

#define N 1000000
#define ROUNDS 3

/* Optional argument: only the phase named "list", "dict" or "set" (for profiling one). */
int main(int argc, char **argv) {
    const char *only = argc > 1 ? argv[1] : "";
    molt_runtime_init();
    MoltValue c = MOLT_ERR;
    MOLT_ROOTS1(c);
    double t0 = now();
    for (int r = 0; r < ROUNDS && (!*only || !strcmp(only, "list")); r++) {
        c = molt_list_new(0);
        for (int64_t i = 0; i < N; i++) molt_list_append(c, molt_small(i));
    }
    double t1 = now();
    for (int r = 0; r < ROUNDS && (!*only || !strcmp(only, "dict")); r++) {
        c = molt_dict_new();
        for (int64_t i = 0; i < N; i++) molt_dict_setitem(c, molt_small(i), molt_small(i));
    }
    double t2 = now();
    for (int r = 0; r < ROUNDS && (!*only || !strcmp(only, "set")); r++) {
        c = molt_set_new();
        for (int64_t i = 0; i < N; i++) molt_set_add(c, molt_small(i));
    }
    double t3 = now();
    MOLT_UNROOT();
    printf("list append %d x %d: %.3f s per round\n", ROUNDS, N, (t1 - t0) / ROUNDS);
    printf("dict insert %d x %d: %.3f s per round\n", ROUNDS, N, (t2 - t1) / ROUNDS);
    printf("set add     %d x %d: %.3f s per round\n", ROUNDS, N, (t3 - t2) / ROUNDS);
    printf("collections %llu, allocated %.1f MB\n", (unsigned long long)molt_gc_collections(),
           molt_gc_total_allocated() / 1e6);
    return 0;
}
