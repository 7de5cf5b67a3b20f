#include <stdio.h>
#include "minirt/minirt.h"

void minirt_hello(int64_t n) {
    /* int64_t, not long: long is 32-bit on wasm32 and the IR passes i64. */
    printf("hello %lld\n", (long long)n);
}

void minirt_print_args(int32_t argc, char **argv) {
    for (int32_t i = 1; i < argc; i++) {
        printf("arg %d: %s\n", (int)i, argv[i]);
    }
}

int64_t minirt_echo_stdin(void) {
    int64_t count = 0;
    int c;
    while ((c = getchar()) != EOF) {
        putchar(c);
        count++;
    }
    printf("read %lld bytes\n", (long long)count);
    return count;
}
