/*
 * Callables: compiled functions (with CPython's argument binding rules and messages), builtin
 * functions, bound methods, closure cells, and the property/staticmethod/classmethod descriptors.
 */
#include <stdio.h>
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

int64_t molt_kwnames_count(MoltValue kwnames) { return kwnames ? molt_tuple_size(kwnames) : 0; }

int molt_arg_no_kwargs(const char *name, MoltValue kwnames) {
    if (molt_kwnames_count(kwnames) == 0) return 0;
    molt_err_format(&molt_TypeError, "%s() takes no keyword arguments", name);
    return -1;
}

int molt_arg_count(const char *name, int64_t nargs, int64_t min, int64_t max) {
    if (nargs < min) {
        if (min == max)
            molt_err_format(&molt_TypeError, "%s expected %lld argument%s, got %lld", name, (long long)min,
                            min == 1 ? "" : "s", (long long)nargs);
        else
            molt_err_format(&molt_TypeError, "%s expected at least %lld argument%s, got %lld", name, (long long)min,
                            min == 1 ? "" : "s", (long long)nargs);
        return -1;
    }
    if (max >= 0 && nargs > max) {
        if (min == max)
            molt_err_format(&molt_TypeError, "%s expected %lld argument%s, got %lld", name, (long long)max,
                            max == 1 ? "" : "s", (long long)nargs);
        else
            molt_err_format(&molt_TypeError, "%s expected at most %lld argument%s, got %lld", name, (long long)max,
                            max == 1 ? "" : "s", (long long)nargs);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ compiled functions */

static void function_trace(MoltObject *self, MoltVisitor *v) {
    MoltFunction *f = (MoltFunction *)self;
    molt_visit(v, f->dict);
    molt_visit(v, f->name);
    molt_visit(v, f->qualname);
    molt_visit(v, f->defaults);
    molt_visit(v, f->kwdefaults);
    molt_visit(v, f->closure);
    molt_visit(v, f->module);
    molt_visit(v, f->doc);
}

MoltValue molt_function_new(molt_call_fn entry, const MoltCode *code, MoltValue defaults, MoltValue kwdefaults,
                            MoltValue closure) {
    MoltValue name = MOLT_ERR, qualname = MOLT_ERR;
    MOLT_ROOTS4(defaults, kwdefaults, closure, name);
    MoltCRoots more = {0, {&qualname}, 1};
    molt_croots_push(&more);
    MoltValue f = MOLT_ERR;
    name = molt_str_intern_cstr(code->name);
    if (name) qualname = molt_str_from_cstr(code->qualname ? code->qualname : code->name);
    if (qualname) f = molt_gc_alloc(&molt_function_type, sizeof(MoltFunction));
    if (f) {
        MoltFunction *fn = molt_function_obj(f);
        fn->entry = entry;
        fn->code = code;
        fn->name = name;
        fn->qualname = qualname;
        fn->defaults = defaults == molt_None ? MOLT_ERR : defaults;
        fn->kwdefaults = kwdefaults == molt_None ? MOLT_ERR : kwdefaults;
        fn->closure = closure == molt_None ? MOLT_ERR : closure;
    }
    molt_croots_pop(&more);
    MOLT_UNROOT();
    return f;
}

MoltValue molt_function_cell(MoltValue fn, int64_t i) { return molt_tuple_items(molt_function_obj(fn)->closure)[i]; }

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" */
static void put_name_list(MoltSBuf *b, const char *const *names, int n) {
    for (int i = 0; i < n; i++) {
        if (i > 0) molt_sbuf_puts(b, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        molt_sbuf_printf(b, "'%s'", names[i]);
    }
}

static int missing_error(MoltFunction *f, const char *const *names, int n, const char *kind) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_put_str(&b, f->qualname);
    molt_sbuf_printf(&b, "() missing %d required %s argument%s: ", n, kind, n == 1 ? "" : "s");
    put_name_list(&b, names, n);
    MoltValue msg = molt_sbuf_finish(&b);
    if (msg) molt_err_set_value(&molt_TypeError, msg);
    return -1;
}

static int bind_args(MoltFunction *f, const MoltCode *c, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                     MoltValue *slots, int64_t P, int64_t K, int64_t nslots, int64_t varargs_slot, int64_t varkw_slot);

int molt_function_bind(MoltValue fnv, const MoltValue *args, int64_t nargs, MoltValue kwnames, MoltValue *slots) {
    MoltFunction *f = molt_function_obj(fnv);
    const MoltCode *c = f->code;
    int64_t P = c->nargs, K = c->nkwonly, nslots = molt_code_nslots(c);
    int64_t varargs_slot = (c->flags & MOLT_CODE_VARARGS) ? P + K : -1;
    int64_t varkw_slot = (c->flags & MOLT_CODE_VARKW) ? P + K + (varargs_slot >= 0) : -1;
    if (nargs == P && K == 0 && !(c->flags & (MOLT_CODE_VARARGS | MOLT_CODE_VARKW)) && !molt_kwnames_count(kwnames)) {
        /* The common call: exactly the positional parameters, nothing to allocate or report. */
        for (int64_t i = 0; i < P; i++) slots[i] = args[i];
        for (int64_t i = P; i < nslots; i++) slots[i] = MOLT_ERR;
        return 0;
    }
    for (int64_t i = 0; i < nslots; i++) slots[i] = MOLT_ERR;
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs + molt_kwnames_count(kwnames));
    int r = bind_args(f, c, args, nargs, kwnames, slots, P, K, nslots, varargs_slot, varkw_slot);
    molt_root_array_pop(&ra);
    return r;
}

static int bind_args(MoltFunction *f, const MoltCode *c, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                     MoltValue *slots, int64_t P, int64_t K, int64_t nslots, int64_t varargs_slot, int64_t varkw_slot) {
    (void)nslots;
    int64_t npos = nargs < P ? nargs : P;
    for (int64_t i = 0; i < npos; i++) slots[i] = args[i];
    /* Every slot is reachable from `slots` (the caller's frame roots) before anything allocates. */
    if (nargs > P) {
        if (varargs_slot < 0) {
            int64_t ndef = f->defaults ? molt_tuple_size(f->defaults) : 0;
            int64_t kwonly_given = 0;
            for (int64_t k = 0; k < molt_kwnames_count(kwnames); k++)
                for (int64_t i = P; i < P + K; i++)
                    if (molt_str_eq_cstr(molt_tuple_items(kwnames)[k], c->argnames[i])) kwonly_given++;
            MoltSBuf b;
            molt_sbuf_init(&b);
            molt_sbuf_put_str(&b, f->qualname);
            if (ndef > 0) molt_sbuf_printf(&b, "() takes from %lld to %lld positional arguments", (long long)(P - ndef), (long long)P);
            else molt_sbuf_printf(&b, "() takes %lld positional argument%s", (long long)P, P == 1 ? "" : "s");
            if (kwonly_given)
                molt_sbuf_printf(&b, " but %lld positional argument%s (and %lld keyword-only argument%s) were given",
                                 (long long)nargs, nargs == 1 ? "" : "s", (long long)kwonly_given,
                                 kwonly_given == 1 ? "" : "s");
            else
                molt_sbuf_printf(&b, " but %lld %s given", (long long)nargs, nargs == 1 ? "was" : "were");
            MoltValue msg = molt_sbuf_finish(&b);
            if (msg) molt_err_set_value(&molt_TypeError, msg);
            return -1;
        }
        MoltValue t = molt_tuple_from_array(args + P, nargs - P);
        if (!t) return -1;
        slots[varargs_slot] = t;
    } else if (varargs_slot >= 0) {
        slots[varargs_slot] = molt_tuple_empty();
    }
    if (varkw_slot >= 0) {
        MoltValue d = molt_dict_new();
        if (!d) return -1;
        slots[varkw_slot] = d;
    }
    int64_t nkw = molt_kwnames_count(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        MoltValue value = args[nargs + k];
        int64_t idx = -1;
        for (int64_t i = c->nposonly; i < P + K; i++)
            if (molt_str_eq_cstr(key, c->argnames[i])) {
                idx = i;
                break;
            }
        if (idx >= 0) {
            if (slots[idx]) {
                molt_err_format(&molt_TypeError, "%S() got multiple values for argument '%S'", f->qualname, key);
                return -1;
            }
            slots[idx] = value;
            continue;
        }
        if (varkw_slot >= 0) {
            if (molt_dict_setitem(slots[varkw_slot], key, value) < 0) return -1;
            continue;
        }
        for (int64_t i = 0; i < c->nposonly; i++)
            if (molt_str_eq_cstr(key, c->argnames[i])) {
                molt_err_format(&molt_TypeError,
                                "%S() got some positional-only arguments passed as keyword arguments: '%S'",
                                f->qualname, key);
                return -1;
            }
        molt_err_format(&molt_TypeError, "%S() got an unexpected keyword argument '%S'", f->qualname, key);
        return -1;
    }
    /* Defaults for the trailing positional parameters, then report what is still missing. */
    int64_t ndef = f->defaults ? molt_tuple_size(f->defaults) : 0;
    const char *missing[64];
    int nmissing = 0;
    for (int64_t i = 0; i < P; i++) {
        if (slots[i]) continue;
        if (i >= P - ndef) slots[i] = molt_tuple_items(f->defaults)[i - (P - ndef)];
        else if (nmissing < 64) missing[nmissing++] = c->argnames[i];
    }
    if (nmissing) return missing_error(f, missing, nmissing, "positional");
    for (int64_t i = P; i < P + K; i++) {
        if (slots[i]) continue;
        MoltValue d = f->kwdefaults ? molt_dict_getitem_cstr(f->kwdefaults, c->argnames[i]) : MOLT_ERR;
        if (d) slots[i] = d;
        else if (nmissing < 64) missing[nmissing++] = c->argnames[i];
    }
    if (nmissing) return missing_error(f, missing, nmissing, "keyword-only");
    return 0;
}

static MoltValue function_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    return molt_function_obj(callee)->entry(callee, args, nargs, kwnames);
}

static MoltValue function_repr(MoltValue self) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, "<function ");
    molt_sbuf_put_str(&b, molt_function_obj(self)->qualname);
    molt_sbuf_printf(&b, " at %p>", (void *)molt_obj(self));
    return molt_sbuf_finish(&b);
}

static MoltValue function_getattr(MoltValue self, MoltValue name) {
    MoltFunction *f = molt_function_obj(self);
    const char *s = molt_str_utf8(name);
    if (s[0] == '_' && s[1] == '_') {
        if (!strcmp(s, "__name__")) return f->name;
        if (!strcmp(s, "__qualname__")) return f->qualname;
        if (!strcmp(s, "__doc__")) return f->doc ? f->doc : molt_None;
        if (!strcmp(s, "__module__")) return f->module ? f->module : molt_str_intern_cstr("__main__");
        if (!strcmp(s, "__defaults__")) return f->defaults ? f->defaults : molt_None;
        if (!strcmp(s, "__kwdefaults__")) return f->kwdefaults ? f->kwdefaults : molt_None;
        if (!strcmp(s, "__closure__")) return f->closure ? f->closure : molt_None;
    }
    return molt_object_generic_getattr(self, name);
}

static int function_setattr(MoltValue self, MoltValue name, MoltValue value) {
    MoltFunction *f = molt_function_obj(self);
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "__name__") || !strcmp(s, "__qualname__")) {
        if (!value || !molt_is_str(value)) {
            molt_err_format(&molt_TypeError, "%s must be set to a string object", s);
            return -1;
        }
        if (s[2] == 'n') f->name = value;
        else f->qualname = value;
        return 0;
    }
    if (!strcmp(s, "__doc__")) {
        f->doc = value;
        return 0;
    }
    if (!strcmp(s, "__module__")) {
        f->module = value;
        return 0;
    }
    if (!strcmp(s, "__defaults__")) {
        f->defaults = value == molt_None ? MOLT_ERR : value;
        return 0;
    }
    return molt_object_generic_setattr(self, name, value);
}

MoltType molt_function_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "function",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_HAS_DICT,
    .instance_size = sizeof(MoltFunction),
    .trace = function_trace,
    .repr = function_repr,
    .hash = molt_object_hash,
    .call = function_call,
    .getattr = function_getattr,
    .setattr = function_setattr,
};

/* ------------------------------------------------------------ builtin functions */

static void builtin_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltBuiltin *)self)->self);
    molt_visit(v, ((MoltBuiltin *)self)->data);
}

MoltValue molt_builtin_new_data(const char *name, molt_call_fn fn, MoltValue self, MoltValue data) {
    MOLT_ROOTS2(self, data);
    MoltValue b = molt_gc_alloc(&molt_builtin_function_type, sizeof(MoltBuiltin));
    MOLT_UNROOT();
    if (!b) return MOLT_ERR;
    MoltBuiltin *bf = molt_builtin_obj(b);
    bf->fn = fn;
    bf->name = name;
    bf->self = self;
    bf->data = data;
    return b;
}

MoltValue molt_builtin_new(const char *name, molt_call_fn fn) { return molt_builtin_new_data(name, fn, MOLT_ERR, MOLT_ERR); }

static MoltValue builtin_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    return molt_builtin_obj(callee)->fn(callee, args, nargs, kwnames);
}

static MoltValue builtin_repr(MoltValue self) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_printf(&b, "<built-in function %s>", molt_builtin_obj(self)->name);
    return molt_sbuf_finish(&b);
}

static MoltValue builtin_getattr(MoltValue self, MoltValue name) {
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "__name__") || !strcmp(s, "__qualname__")) return molt_str_from_cstr(molt_builtin_obj(self)->name);
    if (!strcmp(s, "__self__")) return molt_builtin_obj(self)->self ? molt_builtin_obj(self)->self : molt_None;
    if (!strcmp(s, "__doc__")) return molt_None;
    return molt_object_generic_getattr(self, name);
}

MoltType molt_builtin_function_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "builtin_function_or_method",
    .base = &molt_object_type,
    .instance_size = sizeof(MoltBuiltin),
    .trace = builtin_trace,
    .repr = builtin_repr,
    .hash = molt_object_hash,
    .call = builtin_call,
    .getattr = builtin_getattr,
};

/* ------------------------------------------------------------ bound methods */

static void method_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltMethod *)self)->func);
    molt_visit(v, ((MoltMethod *)self)->self);
}

MoltValue molt_method_new(MoltValue func, MoltValue self) {
    MOLT_ROOTS2(func, self);
    MoltValue m = molt_gc_alloc(&molt_method_type, sizeof(MoltMethod));
    MOLT_UNROOT();
    if (!m) return MOLT_ERR;
    ((MoltMethod *)molt_obj(m))->func = func;
    ((MoltMethod *)molt_obj(m))->self = self;
    return m;
}

static MoltValue method_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltMethod *m = (MoltMethod *)molt_obj(callee);
    return molt_call_with_self(m->func, m->self, args, nargs, kwnames);
}

static MoltValue method_repr(MoltValue self) {
    MoltMethod *m = (MoltMethod *)molt_obj(self);
    MoltValue func = m->func, obj = m->self;
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (molt_is_ptr(func) && molt_obj(func)->type == &molt_builtin_function_type) {
        molt_sbuf_printf(&b, "<built-in method %s of %s object at %p>", molt_builtin_obj(func)->name,
                         molt_type_of(obj)->name, (void *)molt_obj(obj));
        return molt_sbuf_finish(&b);
    }
    MOLT_ROOTS2(func, obj);
    MoltValue r = molt_repr(obj);
    MoltValue qn = r ? molt_getattr_cstr(func, "__qualname__") : MOLT_ERR;
    MOLT_UNROOT();
    if (!r || !qn) {
        molt_sbuf_free(&b);
        return MOLT_ERR;
    }
    molt_sbuf_puts(&b, "<bound method ");
    molt_sbuf_put_str(&b, molt_is_str(qn) ? qn : molt_str_intern_cstr("?"));
    molt_sbuf_puts(&b, " of ");
    molt_sbuf_put_str(&b, r);
    molt_sbuf_putc(&b, '>');
    return molt_sbuf_finish(&b);
}

static MoltValue method_getattr(MoltValue self, MoltValue name) {
    MoltMethod *m = (MoltMethod *)molt_obj(self);
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "__self__")) return m->self;
    if (!strcmp(s, "__func__")) return m->func;
    return molt_getattr(m->func, name);
}

static MoltValue method_richcmp(MoltValue a, MoltValue b, int op) {
    if ((op != MOLT_EQ && op != MOLT_NE) || molt_type_of(b) != &molt_method_type) return molt_NotImplemented;
    MoltMethod *x = (MoltMethod *)molt_obj(a), *y = (MoltMethod *)molt_obj(b);
    bool eq = x->func == y->func && x->self == y->self;
    return molt_bool(op == MOLT_EQ ? eq : !eq);
}

static int64_t method_hash(MoltValue self) {
    MoltMethod *m = (MoltMethod *)molt_obj(self);
    int64_t h = molt_object_hash(m->self) ^ molt_object_hash(m->func);
    return h == -1 ? -2 : h;
}

MoltType molt_method_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "method",
    .base = &molt_object_type,
    .instance_size = sizeof(MoltMethod),
    .trace = method_trace,
    .repr = method_repr,
    .hash = method_hash,
    .richcmp = method_richcmp,
    .call = method_call,
    .getattr = method_getattr,
};

/* ------------------------------------------------------------ cells */

static void cell_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltCell *)self)->ref); }

MoltValue molt_cell_new(MoltValue v) {
    MOLT_ROOTS1(v);
    MoltValue c = molt_gc_alloc(&molt_cell_type, sizeof(MoltCell));
    MOLT_UNROOT();
    if (c) ((MoltCell *)molt_obj(c))->ref = v;
    return c;
}

MoltValue molt_cell_get(MoltValue cell, const char *name) {
    MoltValue v = ((MoltCell *)molt_obj(cell))->ref;
    if (!v)
        return molt_err_format(&molt_NameError,
                               "cannot access free variable '%s' where it is not associated with a value in enclosing "
                               "scope",
                               name);
    return v;
}

/* A function's own variable read before assignment (its own cell or local slot). */
static MoltValue unbound_local(const char *name) {
    return molt_err_format(&molt_UnboundLocalError,
                           "cannot access local variable '%s' where it is not associated with a value", name);
}

MoltValue molt_cell_get_local(MoltValue cell, const char *name) {
    MoltValue v = ((MoltCell *)molt_obj(cell))->ref;
    return v ? v : unbound_local(name);
}

MoltValue molt_check_local(MoltValue v, const char *name) { return v ? v : unbound_local(name); }

static MoltValue cell_repr(MoltValue self) {
    MoltValue v = ((MoltCell *)molt_obj(self))->ref;
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (!v) molt_sbuf_printf(&b, "<cell at %p: empty>", (void *)molt_obj(self));
    else
        molt_sbuf_printf(&b, "<cell at %p: %s object at %p>", (void *)molt_obj(self), molt_type_of(v)->name,
                         (void *)molt_obj(v));
    return molt_sbuf_finish(&b);
}

MoltType molt_cell_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "cell",
    .base = &molt_object_type,
    .instance_size = sizeof(MoltCell),
    .trace = cell_trace,
    .repr = cell_repr,
    .hash = molt_object_hash,
};

/* ------------------------------------------------------------ property, staticmethod, classmethod */

static void descr_trace(MoltObject *self, MoltVisitor *v) {
    MoltDescr *d = (MoltDescr *)self;
    molt_visit(v, d->get);
    molt_visit(v, d->set);
    molt_visit(v, d->del);
    molt_visit(v, d->doc);
}

static MoltValue descr_new(MoltType *t, MoltValue get, MoltValue set, MoltValue del) {
    MOLT_ROOTS3(get, set, del);
    MoltValue d = molt_gc_alloc(t, sizeof(MoltDescr));
    MOLT_UNROOT();
    if (!d) return MOLT_ERR;
    MoltDescr *p = (MoltDescr *)molt_obj(d);
    p->get = get == molt_None ? MOLT_ERR : get;
    p->set = set == molt_None ? MOLT_ERR : set;
    p->del = del == molt_None ? MOLT_ERR : del;
    return d;
}

MoltValue molt_property_new(MoltValue fget, MoltValue fset, MoltValue fdel) {
    return descr_new(&molt_property_type, fget, fset, fdel);
}
MoltValue molt_staticmethod_new(MoltValue f) { return descr_new(&molt_staticmethod_type, f, MOLT_ERR, MOLT_ERR); }
MoltValue molt_classmethod_new(MoltValue f) { return descr_new(&molt_classmethod_type, f, MOLT_ERR, MOLT_ERR); }

static MoltValue opt(MoltValue v) { return v ? v : molt_None; }

/* property(fget=None, fset=None, fdel=None, doc=None) */
static MoltValue property_new_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    MoltValue p[4] = {MOLT_ERR, MOLT_ERR, MOLT_ERR, MOLT_ERR};
    static const char *const names[4] = {"fget", "fset", "fdel", "doc"};
    if (nargs > 5) return molt_err_format(&molt_TypeError, "property() takes at most 4 arguments (%d given)", (int)(nargs - 1));
    for (int64_t i = 1; i < nargs; i++) p[i - 1] = args[i];
    for (int64_t k = 0; k < molt_kwnames_count(kwnames); k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        int j = 0;
        while (j < 4 && !molt_str_eq_cstr(key, names[j])) j++;
        if (j == 4) return molt_err_format(&molt_TypeError, "property() got an unexpected keyword argument '%S'", key);
        p[j] = args[nargs + k];
    }
    MoltValue d = molt_property_new(p[0], p[1], p[2]);
    if (d) ((MoltDescr *)molt_obj(d))->doc = p[3] == molt_None ? MOLT_ERR : p[3];
    return d;
}

static MoltValue property_with(MoltValue callee, const MoltValue *args, int64_t nargs, int which) {
    (void)callee;
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    MoltDescr *old = (MoltDescr *)molt_obj(args[0]);
    MoltValue g = old->get, s = old->set, d = old->del;
    if (which == 0) g = args[1];
    else if (which == 1) s = args[1];
    else d = args[1];
    MoltValue doc = old->doc;
    MOLT_ROOTS1(doc);
    MoltValue p = molt_property_new(g, s, d);
    MOLT_UNROOT();
    if (p) ((MoltDescr *)molt_obj(p))->doc = doc;
    return p;
}

static MoltValue property_getter_m(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) { (void)k; return property_with(c, a, n, 0); }
static MoltValue property_setter_m(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) { (void)k; return property_with(c, a, n, 1); }
static MoltValue property_deleter_m(MoltValue c, const MoltValue *a, int64_t n, MoltValue k) { (void)k; return property_with(c, a, n, 2); }

static MoltValue property_getattr(MoltValue self, MoltValue name) {
    MoltDescr *d = (MoltDescr *)molt_obj(self);
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "fget")) return opt(d->get);
    if (!strcmp(s, "fset")) return opt(d->set);
    if (!strcmp(s, "fdel")) return opt(d->del);
    if (!strcmp(s, "__doc__")) return opt(d->doc);
    return molt_object_generic_getattr(self, name);
}

MoltType molt_property_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "property",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .instance_size = sizeof(MoltDescr),
    .trace = descr_trace,
    .hash = molt_object_hash,
    .getattr = property_getattr,
};

static MoltValue wrapper_new_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    MoltType *t = (MoltType *)molt_obj(args[0]);
    if (molt_arg_no_kwargs(t->name, kwnames) < 0) return MOLT_ERR;
    if (nargs != 2) return molt_err_format(&molt_TypeError, "%s expected 1 argument, got %d", t->name, (int)(nargs - 1));
    return descr_new(t, args[1], MOLT_ERR, MOLT_ERR);
}

static MoltValue wrapper_getattr(MoltValue self, MoltValue name) {
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "__func__") || !strcmp(s, "__wrapped__")) return ((MoltDescr *)molt_obj(self))->get;
    return molt_object_generic_getattr(self, name);
}

/* staticmethod objects are callable since 3.10. */
static MoltValue staticmethod_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    return molt_call(((MoltDescr *)molt_obj(callee))->get, args, nargs, kwnames);
}

MoltType molt_staticmethod_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "staticmethod",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .instance_size = sizeof(MoltDescr),
    .trace = descr_trace,
    .hash = molt_object_hash,
    .call = staticmethod_call,
    .getattr = wrapper_getattr,
};

MoltType molt_classmethod_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "classmethod",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .instance_size = sizeof(MoltDescr),
    .trace = descr_trace,
    .hash = molt_object_hash,
    .getattr = wrapper_getattr,
};

void molt_function_init(void) {
    MoltType *types[] = {&molt_function_type, &molt_builtin_function_type, &molt_method_type, &molt_cell_type,
                         &molt_property_type, &molt_staticmethod_type, &molt_classmethod_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) molt_type_ready(types[i]);
    molt_type_add_method(&molt_property_type, "__new__", property_new_m);
    molt_type_add_method(&molt_property_type, "getter", property_getter_m);
    molt_type_add_method(&molt_property_type, "setter", property_setter_m);
    molt_type_add_method(&molt_property_type, "deleter", property_deleter_m);
    molt_type_add_method(&molt_staticmethod_type, "__new__", wrapper_new_m);
    molt_type_add_method(&molt_classmethod_type, "__new__", wrapper_new_m);
}
