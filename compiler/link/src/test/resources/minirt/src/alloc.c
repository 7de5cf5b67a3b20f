#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "minirt/minirt.h"

/* A volatile store makes every chunk escape, so the optimizer cannot drop the allocations. */
static void *volatile sink;

/* Allocates and touches chunks until malloc fails; prints and returns how many it got. */
int64_t minirt_alloc_until_failure(int64_t chunk) {
    int64_t count = 0;
    for (;;) {
        char *p = malloc((size_t)chunk);
        if (p == NULL) {
            break;
        }
        memset(p, 1, (size_t)chunk);
        sink = p;
        count++;
        if (count >= 100000) {
            break;
        }
    }
    printf("allocated %lld chunks\n", (long long)count);
    return count;
}
