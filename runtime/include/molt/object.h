/*
 * Molt runtime: the object model every other part builds on.
 * Value representation: docs/decisions/0010, memory: 0011, errors: 0012, strings: 0013.
 * Public C names carry the prefix molt_<area>_ (or MOLT_ for macros).
 */
#ifndef MOLT_OBJECT_H
#define MOLT_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------- values */

/* A Python value: small int (low bit 1), object pointer (low bits 000), or MOLT_ERR. */
typedef uint64_t MoltValue;

#define MOLT_ERR ((MoltValue)0)
#define MOLT_SMALL_MIN (-((int64_t)1 << 62))
#define MOLT_SMALL_MAX (((int64_t)1 << 62) - 1)

typedef struct MoltType MoltType;

/* Header of every heap object. */
typedef struct MoltObject {
    /* 8-byte alignment (rt-core): on wasm32 pointers are 4 bytes, and a static object at an address
     * that is 4 mod 8 would be neither a small int nor a pointer to molt_is_ptr. */
    _Alignas(8) MoltType *type;
    uint32_t gc;    /* mark bit and allocator bookkeeping, owned by gc.c */
    uint32_t extra; /* free for the type's use (e.g. cached hash flags) */
} MoltObject;

static inline bool molt_is_small(MoltValue v) { return (v & 1) != 0; }
static inline bool molt_is_ptr(MoltValue v) { return v != 0 && (v & 7) == 0; }
static inline int64_t molt_small_value(MoltValue v) { return (int64_t)v >> 1; }
static inline bool molt_small_fits(int64_t i) { return i >= MOLT_SMALL_MIN && i <= MOLT_SMALL_MAX; }
/* Only for i within [MOLT_SMALL_MIN, MOLT_SMALL_MAX]; use molt_int_from_i64 otherwise. */
static inline MoltValue molt_small(int64_t i) { return ((uint64_t)i << 1) | 1; }
static inline MoltObject *molt_obj(MoltValue v) { return (MoltObject *)(uintptr_t)v; }
static inline MoltValue molt_val(const void *o) { return (MoltValue)(uintptr_t)o; }

/* ---------------------------------------------------------------- types */

typedef struct MoltVisitor MoltVisitor;
typedef void (*molt_trace_fn)(MoltObject *self, MoltVisitor *v);
typedef MoltValue (*molt_unary_fn)(MoltValue self);
typedef MoltValue (*molt_binary_fn)(MoltValue a, MoltValue b);
typedef MoltValue (*molt_ternary_fn)(MoltValue a, MoltValue b, MoltValue c);
/* Calls get positional args then keyword values; kwnames is a tuple of str or MOLT_ERR for none. */
typedef MoltValue (*molt_call_fn)(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames);
/* Rich comparison; op is one of MOLT_LT..MOLT_GE; returns NotImplemented when not supported. */
typedef MoltValue (*molt_richcmp_fn)(MoltValue a, MoltValue b, int op);
/* Hash: returns -1 with an exception pending on failure (unhashable). */
typedef int64_t (*molt_hash_fn)(MoltValue self);
/* Length: returns -1 with an exception pending on failure. */
typedef int64_t (*molt_len_fn)(MoltValue self);
/* Membership: 1, 0, or -1 with an exception pending. */
typedef int (*molt_contains_fn)(MoltValue self, MoltValue item);
typedef int (*molt_setitem_fn)(MoltValue self, MoltValue key, MoltValue value); /* value MOLT_ERR = delete */
typedef MoltValue (*molt_getattr_fn)(MoltValue self, MoltValue name);           /* name is a str */
typedef int (*molt_setattr_fn)(MoltValue self, MoltValue name, MoltValue value); /* value MOLT_ERR = delete */

enum { MOLT_LT, MOLT_LE, MOLT_EQ, MOLT_NE, MOLT_GT, MOLT_GE };

/* Binary operators, in the order of CPython's ast.operator (also the nb_ slot index). */
enum {
    MOLT_OP_ADD, MOLT_OP_SUB, MOLT_OP_MUL, MOLT_OP_MATMUL, MOLT_OP_TRUEDIV, MOLT_OP_MOD, MOLT_OP_POW,
    MOLT_OP_LSHIFT, MOLT_OP_RSHIFT, MOLT_OP_OR, MOLT_OP_XOR, MOLT_OP_AND, MOLT_OP_FLOORDIV,
    MOLT_OP_COUNT
};

enum {
    MOLT_TYPE_BASETYPE = 1u << 0,   /* may be subclassed */
    MOLT_TYPE_HEAP = 1u << 1,       /* created by a class statement */
    MOLT_TYPE_EXCEPTION = 1u << 2,  /* BaseException or a subclass */
    MOLT_TYPE_HAS_DICT = 1u << 3,   /* instances carry a __dict__ (MoltInstance) */
    /* Added by rt-containers: a builtin type whose instances reserve the __dict__ slot right after
     * the header (MoltInstance layout) without using it, so a class statement may subclass it
     * (the subclass then gets MOLT_TYPE_HAS_DICT). list, dict, set, frozenset. */
    MOLT_TYPE_DICT_SLOT = 1u << 4,
};

struct MoltType {
    MoltObject ob;            /* types are objects; their type is `type` */
    const char *name;         /* e.g. "int", or a class's __qualname__ */
    MoltType *base;           /* single inheritance; NULL only for object */
    MoltValue mro;            /* tuple of types, filled by molt_type_ready */
    MoltValue dict;           /* dict: methods and class attributes */
    uint32_t flags;
    uint32_t instance_size;   /* bytes of a fixed-size instance (0: variable, type allocates) */

    molt_trace_fn trace;      /* visits held values; NULL if none */
    molt_unary_fn repr;
    molt_unary_fn str;        /* NULL: use repr */
    molt_hash_fn hash;        /* NULL: unhashable */
    molt_richcmp_fn richcmp;
    molt_unary_fn iter;
    molt_unary_fn next;       /* returns MOLT_ERR with no exception pending at exhaustion */
    molt_call_fn call;
    molt_getattr_fn getattr;  /* NULL: generic lookup (instance dict, then type mro) */
    molt_setattr_fn setattr;
    molt_len_fn len;
    molt_binary_fn getitem;
    molt_setitem_fn setitem;
    molt_contains_fn contains;
    molt_unary_fn to_bool;    /* returns molt_True/molt_False; NULL: len, else true */
    molt_binary_fn number[MOLT_OP_COUNT];         /* a op b, may return NotImplemented */
    molt_binary_fn number_reflected[MOLT_OP_COUNT]; /* b.__rop__(a) called as (b, a) */
    molt_unary_fn neg, pos, invert, to_index;     /* unary -, +, ~, __index__ */
    molt_unary_fn to_float;   /* float(x) for numbers */
    /* Added by rt-core: releases memory the object owns outside the GC heap (malloc'd item arrays,
     * hash tables) when the collector frees the object. NULL if none. Must not allocate or raise. */
    void (*finalize)(MoltObject *self);
};

/* ---------------------------------------------------------------- static singletons */

extern MoltObject molt_None_obj, molt_True_obj, molt_False_obj, molt_Ellipsis_obj, molt_NotImplemented_obj;
#define molt_None molt_val(&molt_None_obj)
#define molt_True molt_val(&molt_True_obj)
#define molt_False molt_val(&molt_False_obj)
#define molt_Ellipsis molt_val(&molt_Ellipsis_obj)
#define molt_NotImplemented molt_val(&molt_NotImplemented_obj)
static inline MoltValue molt_bool(bool b) { return b ? molt_True : molt_False; }

/* Builtin types (each defined in its own source file). */
extern MoltType molt_type_type, molt_object_type, molt_none_type, molt_bool_type, molt_int_type,
    molt_float_type, molt_complex_type, molt_str_type, molt_bytes_type, molt_bytearray_type,
    molt_list_type, molt_tuple_type, molt_dict_type, molt_set_type, molt_frozenset_type,
    molt_range_type, molt_slice_type, molt_ellipsis_type, molt_notimplemented_type,
    molt_function_type, molt_builtin_function_type, molt_method_type, molt_cell_type;

/* Type of any value, small ints included. */
static inline MoltType *molt_type_of(MoltValue v) {
    return molt_is_small(v) ? &molt_int_type : molt_obj(v)->type;
}

/* ---------------------------------------------------------------- memory (gc.c) */

struct MoltVisitor {
    void (*visit)(MoltVisitor *self, MoltValue v);
};
static inline void molt_visit(MoltVisitor *v, MoltValue x) {
    if (molt_is_ptr(x)) v->visit(v, x);
}

/* A shadow-stack frame: the roots of one activation plus where it is, for tracebacks. */
typedef struct MoltFrame {
    struct MoltFrame *prev;
    MoltValue *roots;      /* nroots slots, initialised to MOLT_ERR (0) by the owner */
    uint32_t nroots;
    int32_t line;          /* current source line, updated by generated code */
    const char *function;  /* "<module>" for module code */
    const char *file;
} MoltFrame;

/* Allocates a zeroed object of `size` bytes (header included) of `type`; MOLT_ERR on MemoryError. */
MoltValue molt_gc_alloc(MoltType *type, size_t size);
void molt_frame_push(MoltFrame *f);
void molt_frame_pop(MoltFrame *f);
MoltFrame *molt_frame_top(void);
/* A value that lives for the whole program (module globals table, interned constants). */
void molt_gc_add_root(MoltValue *slot);
void molt_gc_collect(void);
size_t molt_gc_live_bytes(void);

/* Keeps C locals alive across allocations in runtime code:
 *   MoltValue a = ..., b = ...;  MOLT_ROOTS2(a, b); ... MOLT_UNROOT();  */
typedef struct MoltCRoots {
    struct MoltCRoots *prev;
    MoltValue *slots[4];
    int n;
} MoltCRoots;
void molt_croots_push(MoltCRoots *r);
void molt_croots_pop(MoltCRoots *r);
#define MOLT_ROOTS1(a) MoltCRoots molt__r = {0, {&(a)}, 1}; molt_croots_push(&molt__r)
#define MOLT_ROOTS2(a, b) MoltCRoots molt__r = {0, {&(a), &(b)}, 2}; molt_croots_push(&molt__r)
#define MOLT_ROOTS3(a, b, c) MoltCRoots molt__r = {0, {&(a), &(b), &(c)}, 3}; molt_croots_push(&molt__r)
#define MOLT_ROOTS4(a, b, c, d) MoltCRoots molt__r = {0, {&(a), &(b), &(c), &(d)}, 4}; molt_croots_push(&molt__r)
#define MOLT_UNROOT() molt_croots_pop(&molt__r)
/* Added by rt-fix: named variants, so one scope can hold several root groups (or nest one inside a
 * MOLT_ROOTSn scope): MOLT_ROOTS2_N(args_r, a, b); ... MOLT_UNROOT_N(args_r). Pop in reverse order. */
#define MOLT_ROOTS1_N(name, a) MoltCRoots name = {0, {&(a)}, 1}; molt_croots_push(&name)
#define MOLT_ROOTS2_N(name, a, b) MoltCRoots name = {0, {&(a), &(b)}, 2}; molt_croots_push(&name)
#define MOLT_ROOTS3_N(name, a, b, c) MoltCRoots name = {0, {&(a), &(b), &(c)}, 3}; molt_croots_push(&name)
#define MOLT_ROOTS4_N(name, a, b, c, d) \
    MoltCRoots name = {0, {&(a), &(b), &(c), &(d)}, 4}; molt_croots_push(&name)
#define MOLT_UNROOT_N(name) molt_croots_pop(&name)

/* ---------------------------------------------------------------- errors (errors.c) */

/* Sets the pending exception to an instance of `type` with a formatted message (printf subset:
 * %s C string, %d int, %lld int64, %R repr of a MoltValue, %S str of a MoltValue, %T type name of a value). */
MoltValue molt_err_format(MoltType *type, const char *fmt, ...);
/* Raises an exception instance or class (as `raise x`). Always returns MOLT_ERR. */
MoltValue molt_err_raise(MoltValue exc);
bool molt_err_occurred(void);
MoltValue molt_err_fetch(void);        /* takes the pending exception (MOLT_ERR if none) */
void molt_err_restore(MoltValue exc);  /* makes exc pending again */
bool molt_err_matches(MoltType *type); /* pending exception is an instance of type */
void molt_err_clear(void);
/* Records the current frame (function, file, line) in the pending exception's traceback. */
void molt_err_add_traceback(MoltFrame *f);
/* Prints "Traceback (most recent call last):" ... and "Type: message" to stderr (uncaught). */
void molt_err_print(void);

/* Builtin exception types (exceptions.c). */
extern MoltType molt_BaseException, molt_Exception, molt_ArithmeticError, molt_AssertionError,
    molt_AttributeError, molt_EOFError, molt_ImportError, molt_IndexError, molt_KeyError,
    molt_LookupError, molt_MemoryError, molt_NameError, molt_NotImplementedError, molt_OSError,
    molt_OverflowError, molt_RecursionError, molt_RuntimeError, molt_StopIteration, molt_SystemExit,
    molt_TypeError, molt_UnboundLocalError, molt_ValueError, molt_ZeroDivisionError,
    molt_KeyboardInterrupt, molt_GeneratorExit, molt_UnicodeError, molt_UnicodeDecodeError,
    molt_UnicodeEncodeError, molt_ModuleNotFoundError, molt_StopAsyncIteration;

/* ---------------------------------------------------------------- generic protocol (object.c) */

MoltValue molt_repr(MoltValue v);           /* str */
MoltValue molt_str(MoltValue v);            /* str */
int64_t molt_hash(MoltValue v);             /* -1 on error */
int molt_truthy(MoltValue v);               /* 1, 0, -1 on error */
MoltValue molt_binop(int op, MoltValue a, MoltValue b);
MoltValue molt_inplace_binop(int op, MoltValue a, MoltValue b);
MoltValue molt_compare(int op, MoltValue a, MoltValue b);   /* a value (usually a bool) */
int molt_compare_bool(int op, MoltValue a, MoltValue b);    /* 1, 0, -1 on error */
int molt_equal(MoltValue a, MoltValue b);                   /* fast path for containers: 1, 0, -1 */
MoltValue molt_neg(MoltValue v);
MoltValue molt_pos(MoltValue v);
MoltValue molt_invert(MoltValue v);
MoltValue molt_not(MoltValue v);
MoltValue molt_getattr(MoltValue obj, MoltValue name);
MoltValue molt_getattr_cstr(MoltValue obj, const char *name);
int molt_setattr(MoltValue obj, MoltValue name, MoltValue value);
MoltValue molt_getitem(MoltValue obj, MoltValue key);
int molt_setitem(MoltValue obj, MoltValue key, MoltValue value);
int molt_delitem(MoltValue obj, MoltValue key);
int molt_contains(MoltValue container, MoltValue item);     /* `item in container` */
int64_t molt_len(MoltValue v);
MoltValue molt_iter(MoltValue v);
/* Next item; MOLT_ERR with no exception pending means exhausted. */
MoltValue molt_next(MoltValue it);
MoltValue molt_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames);
bool molt_isinstance_type(MoltValue v, MoltType *t);
bool molt_is_subtype(MoltType *a, MoltType *b);

#endif
