/* A stand-in runtime for the toolchain tests: a few entry points generated code calls. */
#ifndef MINIRT_H
#define MINIRT_H
#include <stdint.h>

void minirt_hello(int64_t n);
void minirt_print_args(int32_t argc, char **argv);
int64_t minirt_echo_stdin(void);
int32_t minirt_mul_overflows(int64_t a, int64_t b);
int64_t minirt_alloc_until_failure(int64_t chunk);

#endif
