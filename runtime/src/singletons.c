/* None, True/False (the bool type), Ellipsis and NotImplemented: static objects and their types. */
#include "molt/exceptions.h"
#include "molt/int.h"
#include "molt/str.h"

int64_t molt_object_hash(MoltValue v);

MoltObject molt_None_obj = {&molt_none_type, 0, 0};
MoltObject molt_True_obj = {&molt_bool_type, 0, 0};
MoltObject molt_False_obj = {&molt_bool_type, 0, 0};
MoltObject molt_Ellipsis_obj = {&molt_ellipsis_type, 0, 0};
MoltObject molt_NotImplemented_obj = {&molt_notimplemented_type, 0, 0};

static MoltValue none_repr(MoltValue self) { (void)self; return molt_str_intern_cstr("None"); }
/* CPython 3.12 gave None a fixed hash (0xFCA86420) so hashes of tuples/frozensets holding None no
 * longer depend on its address; matching it keeps those hashes equal to CPython's. */
static int64_t none_hash(MoltValue self) { (void)self; return 0xFCA86420; }
static MoltValue false_value(MoltValue self) { (void)self; return molt_False; }
static MoltValue true_value(MoltValue self) { (void)self; return molt_True; }

MoltType molt_none_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "NoneType",
    .base = &molt_object_type,
    .repr = none_repr,
    .hash = none_hash,
    .to_bool = false_value,
};

static MoltValue ellipsis_repr(MoltValue self) { (void)self; return molt_str_intern_cstr("Ellipsis"); }

MoltType molt_ellipsis_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "ellipsis",
    .base = &molt_object_type,
    .repr = ellipsis_repr,
    .hash = molt_object_hash,
    .to_bool = true_value,
};

static MoltValue notimpl_repr(MoltValue self) { (void)self; return molt_str_intern_cstr("NotImplemented"); }

MoltType molt_notimplemented_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "NotImplementedType",
    .base = &molt_object_type,
    .repr = notimpl_repr,
    .hash = molt_object_hash,
    .to_bool = true_value,
};

/* ------------------------------------------------------------ bool: an int subtype with two instances */

static MoltValue bool_repr(MoltValue self) { return molt_str_intern_cstr(self == molt_True ? "True" : "False"); }
static int64_t bool_hash(MoltValue self) { return self == molt_True ? 1 : 0; }
static MoltValue bool_to_bool(MoltValue self) { return self; }
static MoltValue bool_index(MoltValue self) { return molt_small(self == molt_True); }

/* &, |, ^ of two bools stay bool; anything else is int arithmetic. */
#define BOOL_BITOP(name, op, intfn)                                                  \
    static MoltValue name(MoltValue a, MoltValue b) {                                \
        if (molt_type_of(a) == &molt_bool_type && molt_type_of(b) == &molt_bool_type) \
            return molt_bool((a == molt_True) op(b == molt_True));                   \
        if (!molt_is_int_like(a) || !molt_is_int_like(b)) return molt_NotImplemented; \
        return intfn(a, b);                                                          \
    }
BOOL_BITOP(bool_and, &, molt_int_and)
BOOL_BITOP(bool_or, |, molt_int_or)
BOOL_BITOP(bool_xor, ^, molt_int_xor)

MoltType molt_bool_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "bool",
    .base = &molt_int_type,
    .repr = bool_repr,
    .hash = bool_hash,
    .to_bool = bool_to_bool,
    .to_index = bool_index,
};

/* bool shares int's slots except the ones above; copied when the runtime starts. */
void molt_bool_init(void) {
    MoltType *b = &molt_bool_type, *i = &molt_int_type;
    b->richcmp = i->richcmp;
    for (int op = 0; op < MOLT_OP_COUNT; op++) {
        b->number[op] = i->number[op];
        b->number_reflected[op] = i->number_reflected[op];
    }
    b->number[MOLT_OP_AND] = b->number_reflected[MOLT_OP_AND] = bool_and;
    b->number[MOLT_OP_OR] = b->number_reflected[MOLT_OP_OR] = bool_or;
    b->number[MOLT_OP_XOR] = b->number_reflected[MOLT_OP_XOR] = bool_xor;
    b->neg = i->neg;
    b->pos = i->pos;
    b->invert = i->invert;
    b->to_float = i->to_float;
}
