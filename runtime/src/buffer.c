/* Internal GC-managed arrays backing growable containers (see buffer.h). */
#include "molt/buffer.h"
#include "molt/exceptions.h"
#include "molt/gc.h"

static void trace_values(MoltObject *self, MoltVisitor *v) {
    MoltBuffer *b = (MoltBuffer *)self;
    MoltValue *items = (MoltValue *)b->data;
    for (int64_t i = 0; i < b->n; i++) molt_visit(v, items[i]);
}

MoltType molt_valuebuffer_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "valuebuffer",
    .base = &molt_object_type,
    .trace = trace_values,
};

MoltType molt_rawbuffer_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "rawbuffer",
    .base = &molt_object_type,
};

MoltValue molt_buffer_values(int64_t n) {
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(MoltBuffer)) / sizeof(MoltValue))
        return molt_err_no_memory();
    MoltValue b = molt_gc_alloc(&molt_valuebuffer_type, sizeof(MoltBuffer) + (size_t)n * sizeof(MoltValue));
    if (b) ((MoltBuffer *)molt_obj(b))->n = n;
    return b;
}

MoltValue molt_buffer_values_resize(MoltValue b, int64_t n) {
    if (n < 0 || (uint64_t)n > (SIZE_MAX - sizeof(MoltBuffer)) / sizeof(MoltValue))
        return molt_err_no_memory();
    MoltValue r = molt_gc_resize(b, sizeof(MoltBuffer) + (size_t)n * sizeof(MoltValue));
    if (r) ((MoltBuffer *)molt_obj(r))->n = n;
    return r;
}

MoltValue molt_buffer_raw_resize(MoltValue b, int64_t nbytes) {
    if (nbytes < 0 || (uint64_t)nbytes > SIZE_MAX - sizeof(MoltBuffer) - 8)
        return molt_err_no_memory();
    MoltValue r = molt_gc_resize(b, sizeof(MoltBuffer) + (size_t)nbytes);
    if (r) ((MoltBuffer *)molt_obj(r))->n = nbytes;
    return r;
}

MoltValue molt_buffer_raw(int64_t nbytes) {
    if (nbytes < 0 || (uint64_t)nbytes > SIZE_MAX - sizeof(MoltBuffer) - 8)
        return molt_err_no_memory();
    MoltValue b = molt_gc_alloc(&molt_rawbuffer_type, sizeof(MoltBuffer) + (size_t)nbytes);
    if (b) ((MoltBuffer *)molt_obj(b))->n = nbytes;
    return b;
}
