/*
 * Generator objects (docs/decisions/0036): the runtime half of generators. The compiled body
 * (molt_resume_fn) runs one step; this file owns the protocol around it: next/send/throw/close,
 * StopIteration carrying the return value, "generator already executing", StopIteration raised in
 * the body becoming RuntimeError, the handled-exception state swapped in and out (CPython keeps one
 * per generator), and `yield from` delegation, which runs here without resuming the body until the
 * delegate finishes (PEP 380).
 */
#include <stddef.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/generator.h"
#include "molt/method_args.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

/* Generated code addresses these fields by offset (FunctionEmitter), on x86_64 and wasm32 alike. */
_Static_assert(offsetof(MoltGenerator, state) == MOLT_GEN_STATE_OFFSET, "MoltGenerator.state offset");
_Static_assert(offsetof(MoltGenerator, func) == MOLT_GEN_FUNC_OFFSET, "MoltGenerator.func offset");
_Static_assert(offsetof(MoltGenerator, delegate) == MOLT_GEN_DELEGATE_OFFSET, "MoltGenerator.delegate offset");
_Static_assert(offsetof(MoltGenerator, roots) == MOLT_GEN_ROOTS_OFFSET, "MoltGenerator.roots offset");

static MoltGenerator *gen_obj(MoltValue v) { return (MoltGenerator *)molt_obj(v); }

static void gen_trace(MoltObject *self, MoltVisitor *v) {
    MoltGenerator *g = (MoltGenerator *)self;
    molt_visit(v, g->func);
    molt_visit(v, g->delegate);
    molt_visit(v, g->exc);
    for (uint32_t i = 0; i < g->nroots; i++) molt_visit(v, g->roots[i]);
}

MoltValue molt_generator_new(const MoltCode *code, molt_resume_fn resume, MoltValue callee, const MoltValue *args,
                             int64_t nargs, MoltValue kwnames, int64_t nroots, int64_t nraw) {
    MOLT_ROOTS2(callee, kwnames);
    MoltValue gv = molt_gc_alloc(&molt_generator_type,
                                 sizeof(MoltGenerator) + (size_t)(nroots + nraw) * sizeof(MoltValue));
    MOLT_UNROOT();
    if (!gv) return MOLT_ERR;
    MoltGenerator *g = gen_obj(gv);
    g->code = code;
    g->resume = resume;
    g->nroots = (uint32_t)nroots;
    g->nraw = (uint32_t)nraw;
    g->func = callee;
    if (!callee) {
        for (int64_t i = 0; i < nargs; i++) g->roots[i] = args[i];
        return gv;
    }
    MOLT_ROOTS1_N(gen_root, gv);
    int bound = molt_function_bind(callee, args, nargs, kwnames, g->roots);
    MOLT_UNROOT_N(gen_root);
    return bound < 0 ? MOLT_ERR : gv;
}

/* A finished generator drops its frame, so an exhausted pipeline holds no memory. */
static void finish(MoltGenerator *g) {
    g->state = MOLT_GEN_DONE;
    g->func = g->delegate = g->exc = MOLT_ERR;
    memset(g->roots, 0, (size_t)(g->nroots + g->nraw) * sizeof(MoltValue));
}

/* PEP 479: a StopIteration escaping the body would end the caller's loop silently. */
static void stop_to_runtime_error(void) {
    MoltValue stop = molt_err_fetch();
    MOLT_ROOTS1(stop);
    MoltValue msg = molt_str_from_cstr("generator raised StopIteration");
    MoltValue rt = msg ? molt_exc_new(&molt_RuntimeError, &msg, 1) : MOLT_ERR;
    MOLT_UNROOT();
    if (!rt) return;
    molt_exc_set_cause(rt, stop);
    molt_exc_set_context(rt, stop);
    molt_err_restore(rt);
}

/* One run of the body. sent MOLT_ERR: raise the pending exception at the yield; exc (an instance,
 * from throw()) is raised there with the generator's handled exception as its context. */
static MoltValue run_body(MoltValue gv, MoltValue sent, MoltValue exc) {
    MoltGenerator *g = gen_obj(gv);
    MoltValue outer = molt_err_handled();
    MOLT_ROOTS1(outer);
    if (g->exc) molt_err_set_handled(g->exc);
    if (exc) {
        molt_err_raise(exc);
        sent = MOLT_ERR;
    }
    g->running = 1;
    MoltValue r = g->resume(gv, sent);
    g->running = 0;
    MoltValue inner = molt_err_handled();
    g->exc = inner != outer ? inner : MOLT_ERR;
    molt_err_set_handled(outer);
    MOLT_UNROOT();
    if (!r) {
        finish(g);
        if (molt_err_matches(&molt_StopIteration)) stop_to_runtime_error();
        return MOLT_ERR;
    }
    if (g->state == MOLT_GEN_DONE) finish(g);
    return r;
}

/* Takes the pending StopIteration and returns its value (None without one). */
static MoltValue take_stop_value(void) {
    MoltException *e = molt_exc_obj(molt_err_fetch());
    if (e->value) return e->value;
    return molt_tuple_size(e->args) > 0 ? molt_tuple_items(e->args)[0] : molt_None;
}

static MoltValue gen_send_ex(MoltValue gv, MoltValue sent, MoltValue exc, MoltValue *ret);

/* close() of a delegate: 0, or -1 with its error pending. */
static int close_iter(MoltValue it) {
    if (molt_is_generator(it)) return molt_generator_close(it) ? 0 : -1;
    MoltValue m = molt_getattr_cstr(it, "close");
    if (!m) {
        if (!molt_err_matches(&molt_AttributeError)) return -1;
        molt_err_clear();
        return 0;
    }
    return molt_call(m, NULL, 0, MOLT_ERR) ? 0 : -1;
}

/* One step of a `yield from` delegate: the value it yields, or MOLT_ERR: with an exception pending
 * (to be raised in the body), or none pending when it finished with *ret. */
static MoltValue delegate_step(MoltValue d, MoltValue sent, MoltValue exc, MoltValue *ret) {
    *ret = molt_None;
    MoltValue r;
    MOLT_ROOTS3(d, sent, exc);
    if (exc && molt_isinstance_type(exc, &molt_GeneratorExit)) {
        /* close() closes the delegate first; GeneratorExit (or close's own error) then enters the body. */
        if (close_iter(d) == 0) molt_err_restore(exc);
        r = MOLT_ERR;
    } else if (molt_is_generator(d)) {
        r = gen_send_ex(d, exc ? MOLT_ERR : sent, exc, ret);
    } else if (exc) {
        MoltValue m = molt_getattr_cstr(d, "throw");
        if (m) r = molt_call(m, &exc, 1, MOLT_ERR);
        else {
            if (molt_err_matches(&molt_AttributeError)) {
                molt_err_clear();
                molt_err_restore(exc);
            }
            r = MOLT_ERR;
        }
    } else if (sent == molt_None) {
        r = molt_next(d);
    } else {
        r = molt_call_method(d, "send", &sent, 1, MOLT_ERR);
    }
    MOLT_UNROOT();
    if (!r && molt_err_matches(&molt_StopIteration)) *ret = take_stop_value();
    return r;
}

/* Resumes the generator: the next yielded value, or MOLT_ERR: with an exception pending, or none
 * pending when it returned (*ret: the return value; None also when it was already exhausted). */
static MoltValue gen_send_ex(MoltValue gv, MoltValue sent, MoltValue exc, MoltValue *ret) {
    MoltGenerator *g = gen_obj(gv);
    *ret = molt_None;
    if (g->running) return molt_err_set_str(&molt_ValueError, "generator already executing");
    if (g->state == MOLT_GEN_DONE) return exc ? molt_err_raise(exc) : MOLT_ERR;
    if (g->state == 0 && !exc && sent != molt_None)
        return molt_err_set_str(&molt_TypeError, "can't send non-None value to a just-started generator");
    MoltValue result = MOLT_ERR;
    MOLT_ROOTS3(gv, sent, exc);
    for (;;) {
        if (g->delegate) {
            g->running = 1;
            MoltValue y = delegate_step(g->delegate, sent, exc, &sent);
            g->running = 0;
            if (y) {
                result = y;
                break;
            }
            g->delegate = MOLT_ERR;
            exc = MOLT_ERR;
            /* An error from the delegate stays pending and is raised at the yield from. */
            if (molt_err_occurred()) sent = MOLT_ERR;
        }
        MoltValue r = run_body(gv, sent, exc);
        if (!r) break;
        if (g->state == MOLT_GEN_DONE) {
            *ret = r;
            break;
        }
        if (!g->delegate) {
            result = r;
            break;
        }
        sent = molt_None; /* a new yield from: its first step is next() */
        exc = MOLT_ERR;
    }
    MOLT_UNROOT();
    return result;
}

/* After gen_send_ex: a yielded value or an error as is; a return becomes StopIteration(value). */
static MoltValue stop_or(MoltValue r, MoltValue ret) {
    if (r || molt_err_occurred()) return r;
    MOLT_ROOTS1(ret);
    MoltValue e = molt_exc_new(&molt_StopIteration, &ret, ret == molt_None ? 0 : 1);
    MOLT_UNROOT();
    return e ? molt_err_raise(e) : MOLT_ERR;
}

MoltValue molt_generator_send(MoltValue gen, MoltValue value) {
    MoltValue ret;
    MoltValue r = gen_send_ex(gen, value, MOLT_ERR, &ret);
    return stop_or(r, ret);
}

MoltValue molt_generator_throw(MoltValue gen, MoltValue exc) {
    MoltValue ret;
    MoltValue r = gen_send_ex(gen, MOLT_ERR, exc, &ret);
    return stop_or(r, ret);
}

MoltValue molt_generator_close(MoltValue gen) {
    MoltGenerator *g = gen_obj(gen);
    if (g->state == 0 && !g->running) {
        finish(g);
        return molt_None;
    }
    if (g->state == MOLT_GEN_DONE) return molt_None;
    MOLT_ROOTS1(gen);
    MoltValue exit = molt_exc_new(&molt_GeneratorExit, NULL, 0);
    MoltValue ret, r = exit ? gen_send_ex(gen, MOLT_ERR, exit, &ret) : MOLT_ERR;
    MOLT_UNROOT();
    if (r) return molt_err_set_str(&molt_RuntimeError, "generator ignored GeneratorExit");
    if (!molt_err_occurred()) return molt_None;
    if (molt_err_matches(&molt_GeneratorExit) || molt_err_matches(&molt_StopIteration)) {
        molt_err_clear();
        return molt_None;
    }
    return MOLT_ERR;
}

MoltValue molt_generator_next_builtin(MoltValue gen, MoltValue dflt) {
    MoltValue ret;
    MOLT_ROOTS1(dflt);
    MoltValue r = gen_send_ex(gen, molt_None, MOLT_ERR, &ret);
    MOLT_UNROOT();
    if (!r && dflt && !molt_err_occurred()) return dflt;
    return stop_or(r, ret);
}

/* ---------------------------------------------------------------- type slots and methods */

static MoltValue gen_next(MoltValue gen) {
    MoltValue ret;
    return gen_send_ex(gen, molt_None, MOLT_ERR, &ret); /* exhausted: MOLT_ERR, nothing pending */
}

static MoltValue gen_iter(MoltValue gen) { return gen; }

static MoltValue gen_repr(MoltValue self) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_printf(&b, "<generator object %s at %p>", gen_obj(self)->code->qualname, (void *)molt_obj(self));
    return molt_sbuf_finish(&b);
}

static MoltValue gen_getattr(MoltValue self, MoltValue name) {
    MoltGenerator *g = gen_obj(self);
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "__name__")) return molt_str_from_cstr(g->code->name);
    if (!strcmp(s, "__qualname__")) return molt_str_from_cstr(g->code->qualname);
    if (!strcmp(s, "gi_running")) return molt_bool(g->running);
    if (!strcmp(s, "gi_suspended")) return molt_bool(g->state > 0 && !g->running);
    if (!strcmp(s, "gi_yieldfrom")) return g->delegate ? g->delegate : molt_None;
    return molt_object_generic_getattr(self, name);
}

/* The receiver check every method starts with (methods can be called through the class). */
static bool self_ok(const MoltValue *args, int64_t nargs, const char *name) {
    if (nargs < 1) {
        molt_err_format(&molt_TypeError, "descriptor '%s' of 'generator' object needs an argument", name);
        return false;
    }
    return molt_arg_self(args[0], &molt_generator_type, name);
}

/* A method without arguments: self checked, nothing else accepted. */
static bool no_args(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *name) {
    MoltValue none[1];
    return self_ok(args, nargs, name) && molt_method_args(name, args, nargs, kwnames, NULL, 0, 0, none) == 0;
}

#define METHOD(name) static MoltValue name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

METHOD(m_send) {
    (void)callee;
    if (!self_ok(args, nargs, "send")) return MOLT_ERR;
    if (molt_arg_no_kwargs("generator.send", kwnames) < 0) return MOLT_ERR;
    if (nargs != 2)
        return molt_err_format(&molt_TypeError, "generator.send() takes exactly one argument (%lld given)",
                               (long long)(nargs - 1));
    return molt_generator_send(args[0], args[1]);
}

/* throw(exc), throw(type[, value[, tb]]): the exception instance to raise in the body. */
static MoltValue throw_arg(const MoltValue *args, int64_t n) {
    MoltValue typ = args[0];
    MoltValue val = n > 1 ? args[1] : molt_None;
    if (molt_is_exception(typ)) {
        if (val != molt_None)
            return molt_err_set_str(&molt_TypeError, "instance exception may not have a separate value");
        return typ;
    }
    bool is_class = molt_isinstance_type(typ, &molt_type_type) && molt_is_subtype((MoltType *)molt_obj(typ), &molt_BaseException);
    if (!is_class)
        return molt_err_format(&molt_TypeError,
                               "exceptions must be classes or instances deriving from BaseException, not %T", typ);
    if (molt_isinstance(val, typ) == 1) return val;
    MoltValue inst = val == molt_None ? molt_call(typ, NULL, 0, MOLT_ERR)
                     : molt_is_tuple(val) ? molt_call(typ, molt_tuple_items(val), molt_tuple_size(val), MOLT_ERR)
                                          : molt_call(typ, &val, 1, MOLT_ERR);
    if (inst && !molt_is_exception(inst))
        return molt_err_format(&molt_TypeError,
                               "calling %R should have returned an instance of BaseException, not %T", typ, inst);
    return inst;
}

METHOD(m_throw) {
    (void)callee;
    if (!self_ok(args, nargs, "throw")) return MOLT_ERR;
    if (molt_arg_no_kwargs("generator.throw", kwnames) < 0) return MOLT_ERR;
    if (molt_arg_count("throw", nargs - 1, 1, 3) < 0) return MOLT_ERR;
    MoltValue exc = throw_arg(args + 1, nargs - 1);
    return exc ? molt_generator_throw(args[0], exc) : MOLT_ERR;
}

METHOD(m_close) {
    (void)callee;
    if (!no_args(args, nargs, kwnames, "close")) return MOLT_ERR;
    return molt_generator_close(args[0]);
}

METHOD(m_next) {
    (void)callee;
    if (!no_args(args, nargs, kwnames, "__next__")) return MOLT_ERR;
    return molt_generator_send(args[0], molt_None);
}

METHOD(m_iter) {
    (void)callee;
    if (!no_args(args, nargs, kwnames, "__iter__")) return MOLT_ERR;
    return args[0];
}

MoltType molt_generator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "generator",
    .base = &molt_object_type,
    .trace = gen_trace,
    .repr = gen_repr,
    .hash = molt_object_hash,
    .iter = gen_iter,
    .next = gen_next,
    .getattr = gen_getattr,
};

void molt_generator_init(void) {
    molt_type_ready(&molt_generator_type);
    molt_type_add_method(&molt_generator_type, "send", m_send);
    molt_type_add_method(&molt_generator_type, "throw", m_throw);
    molt_type_add_method(&molt_generator_type, "close", m_close);
    molt_type_add_method(&molt_generator_type, "__next__", m_next);
    molt_type_add_method(&molt_generator_type, "__iter__", m_iter);
}
