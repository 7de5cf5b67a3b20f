#include <stdio.h>
#include "minirt/minirt.h"

int32_t minirt_mul_overflows(int64_t a, int64_t b) {
    int64_t product;
    /* On wasm32 this needs __multi3 from compiler-rt's builtins archive. */
    int32_t overflow = __builtin_mul_overflow(a, b, &product);
    printf("overflow %d\n", (int)overflow);
    return overflow;
}
