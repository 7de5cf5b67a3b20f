/*
 * The pending exception and the exception being handled (docs/decisions/0012), raising helpers,
 * frames with a recursion limit, and printing uncaught exceptions like CPython's excepthook.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/gc.h"
#include "molt/print.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

static MoltValue pending;
static MoltValue handled;
static bool roots_registered;
static int64_t depth;

/* A MemoryError made at start-up so running out of memory never needs memory. */
static MoltException no_memory_exc;

static void register_roots(void);

void molt_errors_init(void) {
    register_roots();
    no_memory_exc.ob.type = &molt_MemoryError;
    no_memory_exc.args = molt_tuple_empty();
    molt_gc_add_root(&no_memory_exc.args);
}

static void register_roots(void) {
    if (roots_registered) return;
    roots_registered = true;
    molt_gc_add_root(&pending);
    molt_gc_add_root(&handled);
}

MoltValue molt_err_no_memory(void) {
    register_roots();
    pending = molt_val(&no_memory_exc);
    return MOLT_ERR;
}

/* Sets exc pending; the exception being handled becomes its __context__ (implicit chaining). */
static void set_pending(MoltValue exc) {
    register_roots();
    if (handled && handled != exc && molt_is_ptr(exc) && exc != molt_val(&no_memory_exc)) {
        MoltException *e = molt_exc_obj(exc);
        if (!e->context) {
            /* Avoid a cycle exc -> ... -> exc through the context chain, as CPython does. */
            MoltValue c = handled;
            bool cycle = false;
            for (int guard = 0; c && guard < 1000; guard++) {
                if (c == exc) { cycle = true; break; }
                c = molt_exc_obj(c)->context;
            }
            if (!cycle) e->context = handled;
        }
    }
    pending = exc;
}

bool molt_err_occurred(void) { return pending != MOLT_ERR; }

MoltValue molt_err_fetch(void) {
    MoltValue e = pending;
    pending = MOLT_ERR;
    return e;
}

void molt_err_restore(MoltValue exc) {
    register_roots();
    pending = exc;
}

void molt_err_clear(void) { pending = MOLT_ERR; }

MoltType *molt_err_type(void) { return pending ? molt_obj(pending)->type : NULL; }

bool molt_err_matches(MoltType *type) {
    return pending && molt_is_subtype(molt_obj(pending)->type, type);
}

MoltValue molt_err_handled(void) { return handled; }

void molt_err_set_handled(MoltValue exc) {
    register_roots();
    handled = exc;
}

MoltValue molt_err_set_value(MoltType *type, MoltValue value) {
    MoltValue exc = molt_exc_new(type, &value, 1);
    if (!exc) return MOLT_ERR;
    set_pending(exc);
    return MOLT_ERR;
}

MoltValue molt_err_set_str(MoltType *type, const char *msg) {
    MoltValue s = molt_str_from_cstr(msg);
    if (!s) return MOLT_ERR;
    return molt_err_set_value(type, s);
}

/* Appends repr/str of v to b; if that raises, the nested error is dropped and a placeholder used. */
static void put_value(MoltSBuf *b, MoltValue v, bool use_repr) {
    MoltValue s = use_repr ? molt_repr(v) : molt_str(v);
    if (!s) {
        molt_err_clear();
        molt_sbuf_puts(b, "<unprintable object>");
        return;
    }
    molt_sbuf_put_str(b, s);
}

/* One formatting argument, fetched from the va_list before anything allocates. */
typedef union FmtArg {
    const char *s;
    long long i;
    MoltValue v;
    MoltType *t;
} FmtArg;

MoltValue molt_err_format(MoltType *type, const char *fmt, ...) {
    enum { MAXARGS = 16 };
    FmtArg fa[MAXARGS];
    MoltValue values[MAXARGS] = {0};
    int n = 0;
    va_list ap;
    va_start(ap, fmt);
    for (const char *p = fmt; *p && n < MAXARGS; p++) {
        if (*p != '%') continue;
        p++;
        switch (*p) {
        case 's': fa[n++].s = va_arg(ap, const char *); break;
        case 'd': case 'c': fa[n++].i = va_arg(ap, int); break;
        case 'l': while (*p == 'l') p++; fa[n++].i = va_arg(ap, long long); break;
        case 'R': case 'S': case 'T': values[n] = fa[n].v = va_arg(ap, MoltValue); n++; break;
        case 'N': fa[n++].t = va_arg(ap, MoltType *); break;
        case 0: p--; break;
        default: break;
        }
    }
    va_end(ap);
    MoltRootArray ra;
    molt_root_array_push(&ra, values, n); /* repr() of one argument may allocate before the next is used */
    MoltSBuf b;
    molt_sbuf_init(&b);
    int k = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            const char *q = p;
            while (q[1] && q[1] != '%') q++;
            molt_sbuf_put(&b, p, (size_t)(q - p + 1));
            p = q;
            continue;
        }
        p++;
        if (k >= MAXARGS && *p && *p != '%') break;
        switch (*p) {
        case 's': molt_sbuf_puts(&b, fa[k++].s); break;
        case 'd': molt_sbuf_printf(&b, "%d", (int)fa[k++].i); break;
        case 'l':
            while (*p == 'l') p++;
            molt_sbuf_printf(&b, "%lld", fa[k++].i);
            break;
        case 'c': molt_sbuf_putc(&b, (char)fa[k++].i); break;
        case 'R': put_value(&b, fa[k++].v, true); break;
        case 'S': put_value(&b, fa[k++].v, false); break;
        case 'T': molt_sbuf_puts(&b, molt_type_of(fa[k++].v)->name); break;
        case 'N': molt_sbuf_puts(&b, fa[k++].t->name); break; /* %N: a type's name */
        case '%': molt_sbuf_putc(&b, '%'); break;
        case 0: p--; break;
        default: molt_sbuf_putc(&b, '%'); molt_sbuf_putc(&b, *p); break;
        }
    }
    molt_root_array_pop(&ra);
    MoltValue msg = molt_sbuf_finish(&b);
    if (!msg) return MOLT_ERR;
    return molt_err_set_value(type, msg);
}

MoltValue molt_err_raise(MoltValue exc) {
    MoltType *t = molt_type_of(exc);
    if (molt_is_subtype(t, &molt_type_type) && molt_is_subtype((MoltType *)molt_obj(exc), &molt_BaseException)) {
        MoltValue inst = molt_call(exc, NULL, 0, MOLT_ERR);
        if (!inst) return MOLT_ERR;
        if (!molt_is_exception(inst))
            return molt_err_format(&molt_TypeError,
                                   "calling %R should have returned an instance of BaseException, not %T", exc, inst);
        exc = inst;
    } else if (!molt_is_exception(exc)) {
        return molt_err_set_str(&molt_TypeError, "exceptions must derive from BaseException");
    }
    set_pending(exc);
    return MOLT_ERR;
}

MoltValue molt_err_raise_from(MoltValue exc, MoltValue cause) {
    MOLT_ROOTS2(exc, cause);
    MoltType *t = molt_type_of(exc);
    if (molt_is_subtype(t, &molt_type_type) && molt_is_subtype((MoltType *)molt_obj(exc), &molt_BaseException)) {
        exc = molt_call(exc, NULL, 0, MOLT_ERR);
        if (!exc) { MOLT_UNROOT(); return MOLT_ERR; }
    }
    if (!molt_is_exception(exc)) {
        MOLT_UNROOT();
        return molt_err_set_str(&molt_TypeError, "exceptions must derive from BaseException");
    }
    if (cause == molt_None || cause == MOLT_ERR) {
        cause = MOLT_ERR;
    } else if (molt_is_subtype(molt_type_of(cause), &molt_type_type) &&
               molt_is_subtype((MoltType *)molt_obj(cause), &molt_BaseException)) {
        cause = molt_call(cause, NULL, 0, MOLT_ERR);
        if (!cause) { MOLT_UNROOT(); return MOLT_ERR; }
    } else if (!molt_is_exception(cause)) {
        MOLT_UNROOT();
        return molt_err_set_str(&molt_TypeError, "exception causes must derive from BaseException");
    }
    molt_exc_set_cause(exc, cause);
    MOLT_UNROOT();
    set_pending(exc);
    return MOLT_ERR;
}

MoltValue molt_err_reraise(void) {
    if (!handled) return molt_err_set_str(&molt_RuntimeError, "No active exception to reraise");
    return molt_err_raise(handled);
}

MoltValue molt_err_assert_fail(MoltValue msg) {
    MoltValue exc = molt_exc_new(&molt_AssertionError, &msg, msg ? 1 : 0);
    return exc ? molt_err_raise(exc) : MOLT_ERR;
}

/* ------------------------------------------------------------ frames and tracebacks */

static int64_t recursion_limit = MOLT_RECURSION_LIMIT;

int64_t molt_get_recursion_limit(void) { return recursion_limit; }

MoltValue molt_set_recursion_limit(MoltValue limit) {
    MoltValue i = molt_index(limit);
    if (!i) return MOLT_ERR;
    int64_t n;
    if (!molt_int_as_i64(i, &n) || n > INT32_MAX)
        return molt_err_set_str(&molt_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return molt_err_set_str(&molt_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= depth)
        return molt_err_format(&molt_RecursionError,
                               "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                               (long long)n, (long long)depth);
    recursion_limit = n;
    return molt_None;
}

int molt_frame_enter(MoltFrame *f) {
    if (depth >= recursion_limit) {
        molt_err_set_str(&molt_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    depth++;
    molt_frame_push(f);
    return 0;
}

void molt_frame_leave(MoltFrame *f) {
    if (pending) molt_err_add_traceback(f);
    molt_frame_pop(f);
    depth--;
}

int64_t molt_recursion_depth(void) { return depth; }

void molt_err_add_traceback(MoltFrame *f) {
    if (!pending || pending == molt_val(&no_memory_exc)) return;
    MoltException *e = molt_exc_obj(pending);
    if (e->ntrace == e->trace_cap) {
        int32_t cap = e->trace_cap ? e->trace_cap * 2 : 8;
        MoltTraceEntry *grown = realloc(e->trace, (size_t)cap * sizeof *grown);
        if (!grown) return; /* a shorter traceback beats a second error */
        e->trace = grown;
        e->trace_cap = cap;
    }
    e->trace[e->ntrace++] = (MoltTraceEntry){f->function, f->file, f->line};
}

/* ------------------------------------------------------------ printing */

/* Type name as the excepthook prints it: module-qualified unless builtins or __main__. */
static void put_type_name(MoltSBuf *b, MoltType *t) {
    if (t->flags & MOLT_TYPE_HEAP) {
        MoltHeapType *h = (MoltHeapType *)t;
        if (h->module && !molt_str_eq_cstr(h->module, "__main__") && !molt_str_eq_cstr(h->module, "builtins")) {
            molt_sbuf_put_str(b, h->module);
            molt_sbuf_putc(b, '.');
        }
    }
    molt_sbuf_puts(b, t->name);
}

static bool same_text(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

static void format_one(MoltSBuf *b, MoltValue exc) {
    MoltException *e = molt_exc_obj(exc);
    if (e->ntrace > 0) {
        molt_sbuf_puts(b, "Traceback (most recent call last):\n");
        /* Entries were appended innermost first. Runs of an identical entry print three times, then a
         * count, as CPython's traceback printer does for deep recursion. */
        MoltTraceEntry *prev = NULL;
        int repeats = 0;
        for (int32_t i = e->ntrace - 1; i >= -1; i--) {
            MoltTraceEntry *t = i >= 0 ? &e->trace[i] : NULL;
            bool same = t && prev && t->line == prev->line && same_text(t->file, prev->file) &&
                    same_text(t->function, prev->function);
            if (!same && repeats > 3) {
                int more = repeats - 3;
                molt_sbuf_printf(b, "  [Previous line repeated %d more time%s]\n", more, more > 1 ? "s" : "");
            }
            if (!t) break;
            repeats = same ? repeats + 1 : 1;
            prev = t;
            if (repeats > 3) continue;
            molt_sbuf_printf(b, "  File \"%s\", line %d, in %s\n", t->file ? t->file : "<unknown>", (int)t->line,
                             t->function ? t->function : "<unknown>");
        }
    }
    put_type_name(b, e->ob.type);
    MoltValue s = molt_str(exc); /* a class may override __str__ */
    if (!s) {
        molt_err_clear();
        molt_sbuf_puts(b, ": <exception str() failed>\n");
        return;
    }
    if (molt_str_nbytes(s) > 0) {
        molt_sbuf_puts(b, ": ");
        molt_sbuf_put_str(b, s);
    }
    molt_sbuf_putc(b, '\n');
}

static void format_chain(MoltSBuf *b, MoltValue exc, int level) {
    MoltException *e = molt_exc_obj(exc);
    if (level < 100) {
        if (e->cause) {
            format_chain(b, e->cause, level + 1);
            molt_sbuf_puts(b, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (e->context && !e->suppress_context) {
            format_chain(b, e->context, level + 1);
            molt_sbuf_puts(b, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    format_one(b, exc);
}

MoltValue molt_exc_format(MoltValue exc) {
    MOLT_ROOTS1(exc);
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (exc == molt_val(&no_memory_exc)) molt_sbuf_puts(&b, "MemoryError\n");
    else format_chain(&b, exc, 0);
    MOLT_UNROOT();
    return molt_sbuf_finish(&b);
}

void molt_exc_print(MoltValue exc) {
    MOLT_ROOTS1(exc);
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (exc == molt_val(&no_memory_exc)) molt_sbuf_puts(&b, "MemoryError\n");
    else format_chain(&b, exc, 0);
    molt_write_stderr(molt_sbuf_cstr(&b), b.len);
    molt_sbuf_free(&b);
    MOLT_UNROOT();
}

void molt_err_print(void) {
    MoltValue exc = molt_err_fetch();
    if (exc) molt_exc_print(exc);
}
