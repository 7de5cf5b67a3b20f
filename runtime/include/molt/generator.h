/* Molt runtime: generator objects (generator.c). See docs/decisions/0036.
 *
 * The lowering turns a generator function into a resumable body: calling the function runs the
 * compiled creator, which makes a MoltGenerator holding the frame (parameters bound into it), and
 * every next()/send()/throw()/close() runs the body through `resume`, which dispatches on `state`
 * to the start or to the code after the yield it stopped at. The frame lives in the object, so a
 * suspended generator is an ordinary traced heap object: nothing stays on the C stack (WASM needs
 * no stack switching).
 *
 * Generated code reads and writes `state`, `func` and `delegate` and addresses `roots` directly:
 * their offsets are fixed on both targets (checked below) and mirrored in the code generator. */
#ifndef MOLT_GENERATOR_H
#define MOLT_GENERATOR_H

#include "molt/function.h"
#include "molt/object.h"

/* Runs the body from `state`. sent: the value of the yield expression (None for next()), or
 * MOLT_ERR with the exception to raise at the yield pending (throw/close). Returns the yielded
 * value, the return value (state then MOLT_GEN_DONE), or MOLT_ERR with an exception pending. */
typedef MoltValue (*molt_resume_fn)(MoltValue gen, MoltValue sent);

enum { MOLT_GEN_DONE = -1 };

typedef struct MoltGenerator {
    MoltObject ob;
    int64_t state;                     /* 0 not started, k > 0 suspended at resume point k, -1 finished */
    MoltValue func;                    /* the function object (closure cells), MOLT_ERR after a direct call */
    MoltValue delegate;                /* the iterator a `yield from` is driving, or MOLT_ERR */
    MoltValue exc;                     /* exception the body was handling when it last yielded, or MOLT_ERR */
    _Alignas(8) const MoltCode *code;  /* name and qualname */
    _Alignas(8) molt_resume_fn resume;
    uint32_t nroots;                   /* frame roots (traced), then nraw unboxed words (not traced) */
    uint32_t nraw;
    uint32_t running;                  /* "generator already executing" */
    uint32_t unused;
    MoltValue roots[];
} MoltGenerator;

#define MOLT_GEN_STATE_OFFSET 16
#define MOLT_GEN_FUNC_OFFSET 24
#define MOLT_GEN_DELEGATE_OFFSET 32
#define MOLT_GEN_ROOTS_OFFSET 80

extern MoltType molt_generator_type;

static inline bool molt_is_generator(MoltValue v) {
    return molt_is_ptr(v) && molt_obj(v)->type == &molt_generator_type;
}

/* The creator's work: a generator with nroots zeroed roots and nraw zeroed raw words, the call's
 * arguments bound into roots[0..] (molt_function_bind through callee, or copied when callee is
 * MOLT_ERR: a direct call with exactly the positional parameters). MOLT_ERR + TypeError on bad
 * arguments. */
MoltValue molt_generator_new(const MoltCode *code, molt_resume_fn resume, MoltValue callee, const MoltValue *args,
                             int64_t nargs, MoltValue kwnames, int64_t nroots, int64_t nraw);

/* gen.send(value) (value None: next(gen)) and gen.throw(exc): the next yielded value, or MOLT_ERR
 * with StopIteration(return value) or the body's exception pending. */
MoltValue molt_generator_send(MoltValue gen, MoltValue value);
MoltValue molt_generator_throw(MoltValue gen, MoltValue exc);
/* gen.close(): None, or MOLT_ERR (RuntimeError "generator ignored GeneratorExit", or what the body raised). */
MoltValue molt_generator_close(MoltValue gen);
/* next(gen[, default]) for the builtin: StopIteration carries the return value. */
MoltValue molt_generator_next_builtin(MoltValue gen, MoltValue dflt);

/* Adds send/throw/close/__next__/__iter__ (called by molt_runtime_init). */
void molt_generator_init(void);

#endif
