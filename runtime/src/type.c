/*
 * Type objects: `type` and `object`, readying (MRO), lookup along the MRO, calling a type to
 * construct an instance, and classes created at run time (molt_type_new).
 */
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
void molt_slots_wire(MoltType *t, MoltValue own_dict); /* slots.c */

/* ------------------------------------------------------------ readying and lookup */

static bool is_type(MoltValue v) { return molt_is_ptr(v) && molt_is_subtype(molt_obj(v)->type, &molt_type_type); }

static MoltType *as_type(MoltValue v) { return (MoltType *)molt_obj(v); }

int molt_type_ready(MoltType *t) {
    if (t->mro) return 0;
    if (t->base && !t->base->mro && molt_type_ready(t->base) < 0) return -1;
    if (!(t->flags & MOLT_TYPE_HEAP)) {
        molt_gc_add_root(&t->dict);
        molt_gc_add_root(&t->mro);
    }
    if (!t->dict) {
        t->dict = molt_dict_new();
        if (!t->dict) return -1;
    }
    int64_t n = 1;
    for (MoltType *b = t->base; b; b = b->base) n++;
    MoltValue mro = molt_tuple_new(n);
    if (!mro) return -1;
    MoltValue *items = molt_tuple_items(mro);
    int64_t i = 0;
    for (MoltType *b = t; b; b = b->base) items[i++] = molt_val(b);
    t->mro = mro;
    return 0;
}

MoltValue molt_type_bases(MoltType *t) {
    if (t->flags & MOLT_TYPE_HEAP) return ((MoltHeapType *)t)->bases;
    if (!t->base) return molt_tuple_empty();
    return molt_tuple_pack(1, molt_val(t->base));
}

bool molt_is_subtype(MoltType *a, MoltType *b) {
    if (a == b) return true;
    if (a->mro) {
        int64_t n = molt_tuple_size(a->mro);
        MoltValue *items = molt_tuple_items(a->mro);
        for (int64_t i = 1; i < n; i++)
            if (items[i] == molt_val(b)) return true;
        return false;
    }
    for (MoltType *t = a->base; t; t = t->base)
        if (t == b) return true;
    return false;
}

bool molt_isinstance_type(MoltValue v, MoltType *t) { return molt_is_subtype(molt_type_of(v), t); }

/* Lookup cache keyed by (type, interned name), like CPython's type attribute cache. Any change to a
 * type's namespace through this file bumps the version, which invalidates every entry at once.
 * Only interned names are cached: they live forever, so a name's address never comes back as
 * another string. Misses are cached too (instance attributes look at the class first). */
#define LOOKUP_CACHE_SIZE 4096
static struct {
    MoltType *type;
    MoltValue name;
    MoltValue value;
    uint32_t version;
} lookup_cache[LOOKUP_CACHE_SIZE];
static uint32_t lookup_version = 1;

void molt_type_modified(void) { lookup_version++; }

static MoltValue lookup_uncached(MoltType *t, MoltValue name);

MoltValue molt_type_lookup(MoltType *t, MoltValue name) {
    if (!t->mro) return MOLT_ERR;
    if (!molt_is_str(name) || !(molt_obj(name)->extra & MOLT_STR_INTERNED)) return lookup_uncached(t, name);
    uintptr_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 3) * 31u) % LOOKUP_CACHE_SIZE;
    if (lookup_cache[h].type == t && lookup_cache[h].name == name && lookup_cache[h].version == lookup_version)
        return lookup_cache[h].value;
    MoltValue v = lookup_uncached(t, name);
    lookup_cache[h].type = t;
    lookup_cache[h].name = name;
    lookup_cache[h].value = v;
    lookup_cache[h].version = lookup_version;
    return v;
}

static MoltValue lookup_uncached(MoltType *t, MoltValue name) {
    int64_t n = molt_tuple_size(t->mro);
    MoltValue *items = molt_tuple_items(t->mro);
    for (int64_t i = 0; i < n; i++) {
        MoltValue d = as_type(items[i])->dict;
        if (!d) continue;
        MoltValue v = molt_dict_getitem_str(d, name);
        if (v) return v;
    }
    return MOLT_ERR;
}

/* Names used from C are string literals: cache their interned str by address, so lookups by C name
 * allocate only the first time a given literal is seen. */
#define NAME_CACHE_SIZE 1024
static struct {
    const char *key;
    MoltValue value;
} name_cache[NAME_CACHE_SIZE];

MoltValue molt_name(const char *cname) {
    uintptr_t h = ((uintptr_t)cname >> 3) * 2654435761u;
    for (int probe = 0; probe < 8; probe++) {
        size_t i = (h + (uintptr_t)probe) % NAME_CACHE_SIZE;
        if (name_cache[i].key == cname) return name_cache[i].value;
        if (!name_cache[i].key) {
            MoltValue s = molt_str_intern_cstr(cname);
            if (!s) return MOLT_ERR;
            name_cache[i].key = cname;
            name_cache[i].value = s;
            molt_gc_add_root(&name_cache[i].value);
            return s;
        }
    }
    return molt_str_intern_cstr(cname); /* crowded: fall back to interning each time */
}

MoltValue molt_type_lookup_cstr(MoltType *t, const char *name) {
    if (!t->mro) return MOLT_ERR;
    MoltValue key = molt_name(name);
    if (!key) {
        molt_err_clear();
        return MOLT_ERR;
    }
    return molt_type_lookup(t, key);
}

int molt_type_set_attr_cstr(MoltType *t, const char *name, MoltValue value) {
    molt_type_modified();
    MOLT_ROOTS1(value);
    if (!t->dict && molt_type_ready(t) < 0) { MOLT_UNROOT(); return -1; }
    int r = molt_dict_setitem_cstr(t->dict, name, value);
    MOLT_UNROOT();
    return r;
}

int molt_type_add_method(MoltType *t, const char *name, molt_call_fn fn) {
    if (!t->dict && molt_type_ready(t) < 0) return -1;
    MoltValue f = molt_builtin_new(name, fn);
    if (!f) return -1;
    return molt_type_set_attr_cstr(t, name, f);
}

MoltValue molt_lookup_special(MoltValue obj, const char *name) {
    return molt_type_lookup_cstr(molt_type_of(obj), name);
}

/* ------------------------------------------------------------ instances */

MoltValue molt_instance_new(MoltType *t) {
    size_t size = t->instance_size ? t->instance_size : sizeof(MoltInstance);
    return molt_gc_alloc(t, size);
}

MoltValue molt_object_dict(MoltValue obj) {
    if (!molt_is_ptr(obj) || !(molt_obj(obj)->type->flags & MOLT_TYPE_HAS_DICT))
        return molt_err_format(&molt_AttributeError, "'%T' object has no attribute '__dict__'", obj);
    MoltInstance *inst = (MoltInstance *)molt_obj(obj);
    if (!inst->dict) {
        MOLT_ROOTS1(obj);
        MoltValue d = molt_dict_new();
        MOLT_UNROOT();
        if (!d) return MOLT_ERR;
        ((MoltInstance *)molt_obj(obj))->dict = d;
    }
    return ((MoltInstance *)molt_obj(obj))->dict;
}

static void instance_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltInstance *)self)->dict); }

/* ------------------------------------------------------------ object */

static MoltValue object_repr(MoltValue self) {
    MoltType *t = molt_type_of(self);
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_putc(&b, '<');
    if ((t->flags & MOLT_TYPE_HEAP) && ((MoltHeapType *)t)->module &&
        !molt_str_eq_cstr(((MoltHeapType *)t)->module, "builtins")) {
        molt_sbuf_put_str(&b, ((MoltHeapType *)t)->module);
        molt_sbuf_putc(&b, '.');
    }
    molt_sbuf_printf(&b, "%s object at %p>", t->name, (void *)molt_obj(self));
    return molt_sbuf_finish(&b);
}

static MoltValue object_richcmp(MoltValue a, MoltValue b, int op) {
    if (op == MOLT_EQ) return a == b ? molt_True : molt_NotImplemented;
    if (op == MOLT_NE) {
        /* object.__ne__ inverts __eq__ unless that is NotImplemented. */
        MoltType *t = molt_type_of(a);
        if (t->richcmp && t->richcmp != object_richcmp) {
            MoltValue r = t->richcmp(a, b, MOLT_EQ);
            if (!r || r == molt_NotImplemented) return r;
            int truth = molt_truthy(r);
            if (truth < 0) return MOLT_ERR;
            return molt_bool(!truth);
        }
        return a == b ? molt_False : molt_NotImplemented;
    }
    return molt_NotImplemented;
}

static MoltValue object_new_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs < 1 || !is_type(args[0]))
        return molt_err_set_str(&molt_TypeError, "object.__new__(X): X is not a type object");
    MoltType *t = as_type(args[0]);
    if (!(t->flags & MOLT_TYPE_HEAP) && t != &molt_object_type)
        return molt_err_format(&molt_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name,
                               t->name);
    return molt_instance_new(t);
}

static MoltValue object_init_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (nargs > 1 || molt_kwnames_count(kwnames) > 0)
        return molt_err_set_str(&molt_TypeError,
                                "object.__init__() takes exactly one argument (the instance to initialize)");
    return molt_None;
}

static MoltValue object_repr_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    return object_repr(args[0]);
}

static MoltValue object_str_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    return molt_repr(args[0]);
}

static MoltValue object_hash_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    return molt_small(molt_object_hash(args[0]));
}

static MoltValue object_eq_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    return args[0] == args[1] ? molt_True : molt_NotImplemented;
}

static MoltValue object_ne_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    return object_richcmp(args[0], args[1], MOLT_NE);
}

static MoltValue object_setattr_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 3) return molt_err_format(&molt_TypeError, "expected 2 arguments, got %d", (int)(nargs - 1));
    if (!molt_is_str(args[1]))
        return molt_err_format(&molt_TypeError, "attribute name must be string, not '%T'", args[1]);
    return molt_object_generic_setattr(args[0], args[1], args[2]) < 0 ? MOLT_ERR : molt_None;
}

static MoltValue object_delattr_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 2) return molt_err_format(&molt_TypeError, "expected 1 argument, got %d", (int)(nargs - 1));
    return molt_object_generic_setattr(args[0], args[1], MOLT_ERR) < 0 ? MOLT_ERR : molt_None;
}

MoltType molt_object_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "object",
    .flags = MOLT_TYPE_BASETYPE,
    .instance_size = sizeof(MoltObject),
    .repr = object_repr,
    .hash = molt_object_hash,
    .richcmp = object_richcmp,
};

/* ------------------------------------------------------------ type */

static void type_trace(MoltObject *self, MoltVisitor *v) {
    MoltType *t = (MoltType *)self;
    molt_visit(v, t->mro);
    molt_visit(v, t->dict);
    if (t->base) molt_visit(v, molt_val(t->base));
    if (t->flags & MOLT_TYPE_HEAP) {
        MoltHeapType *h = (MoltHeapType *)t;
        molt_visit(v, h->name);
        molt_visit(v, h->qualname);
        molt_visit(v, h->bases);
        molt_visit(v, h->module);
    }
}

static MoltValue type_repr(MoltValue self) {
    MoltType *t = as_type(self);
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, "<class '");
    if ((t->flags & MOLT_TYPE_HEAP) && ((MoltHeapType *)t)->module &&
        !molt_str_eq_cstr(((MoltHeapType *)t)->module, "builtins")) {
        molt_sbuf_put_str(&b, ((MoltHeapType *)t)->module);
        molt_sbuf_putc(&b, '.');
    }
    molt_sbuf_puts(&b, t->name);
    molt_sbuf_puts(&b, "'>");
    return molt_sbuf_finish(&b);
}

static bool is_builtin_fn(MoltValue v, molt_call_fn fn) {
    return molt_is_ptr(v) && molt_obj(v)->type == &molt_builtin_function_type && molt_builtin_obj(v)->fn == fn;
}

/* Calling a class: __new__(cls, *args), then __init__(obj, *args) if obj is an instance of cls. */
static MoltValue type_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltType *t = as_type(callee);
    int64_t nkw = molt_kwnames_count(kwnames);
    if (t == &molt_type_type) {
        if (nargs == 1 && nkw == 0) return molt_val(molt_type_of(args[0]));
        if (nargs == 3 && nkw == 0) return molt_type_new(args[0], args[1], args[2]);
        return molt_err_set_str(&molt_TypeError, "type() takes 1 or 3 arguments");
    }
    /* Lookups may allocate (name interning) and __init__ gets the arguments after __new__ ran. */
    MoltCRoots keep = {0, {&callee, &kwnames}, 2};
    molt_croots_push(&keep);
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs + nkw);
    MoltValue new_fn = molt_type_lookup_cstr(t, "__new__");
    MoltValue init_fn = molt_type_lookup_cstr(t, "__init__");
    if (!new_fn) {
        molt_root_array_pop(&ra);
        molt_croots_pop(&keep);
        return molt_err_format(&molt_TypeError, "cannot create '%s' instances", t->name);
    }
    MoltValue obj;
    if (is_builtin_fn(new_fn, object_new_method)) {
        if ((nargs > 0 || nkw > 0) && (!init_fn || is_builtin_fn(init_fn, object_init_method))) {
            molt_root_array_pop(&ra);
            molt_croots_pop(&keep);
            return molt_err_format(&molt_TypeError, "%s() takes no arguments", t->name);
        }
        obj = molt_instance_new(t);
    } else {
        if (molt_is_ptr(new_fn) && molt_obj(new_fn)->type == &molt_staticmethod_type)
            new_fn = ((MoltDescr *)molt_obj(new_fn))->get;
        obj = molt_call_with_self(new_fn, callee, args, nargs, kwnames);
    }
    if (!obj || !init_fn || is_builtin_fn(init_fn, object_init_method) || !molt_is_subtype(molt_type_of(obj), t)) {
        molt_root_array_pop(&ra);
        molt_croots_pop(&keep);
        return obj;
    }
    MOLT_ROOTS1(obj);
    MoltValue r = molt_call_with_self(init_fn, obj, args, nargs, kwnames);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    molt_croots_pop(&keep);
    if (!r) return MOLT_ERR;
    if (r != molt_None) return molt_err_format(&molt_TypeError, "__init__() should return None, not '%T'", r);
    return obj;
}

static MoltValue type_getattr(MoltValue self, MoltValue name) {
    MoltType *t = as_type(self);
    const char *s = molt_str_utf8(name);
    if (s[0] == '_' && s[1] == '_') {
        if (!strcmp(s, "__name__"))
            return (t->flags & MOLT_TYPE_HEAP) ? ((MoltHeapType *)t)->name : molt_str_from_cstr(t->name);
        if (!strcmp(s, "__qualname__"))
            return (t->flags & MOLT_TYPE_HEAP) ? ((MoltHeapType *)t)->qualname : molt_str_from_cstr(t->name);
        if (!strcmp(s, "__mro__")) return t->mro;
        if (!strcmp(s, "__bases__")) return molt_type_bases(t);
        if (!strcmp(s, "__base__")) return t->base ? molt_val(t->base) : molt_None;
        if (!strcmp(s, "__dict__")) return t->dict;
        if (!strcmp(s, "__module__") && !(t->flags & MOLT_TYPE_HEAP)) return molt_str_from_cstr("builtins");
        if (!strcmp(s, "__class__")) return molt_val(molt_type_of(self));
    }
    MoltValue v = molt_type_lookup(t, name);
    if (v) {
        if (molt_is_ptr(v)) {
            MoltType *vt = molt_obj(v)->type;
            if (vt == &molt_staticmethod_type) return ((MoltDescr *)molt_obj(v))->get;
            if (vt == &molt_classmethod_type) return molt_method_new(((MoltDescr *)molt_obj(v))->get, self);
            if (vt->flags & MOLT_TYPE_HEAP) {
                /* A class-defined descriptor: __get__(None, cls). */
                MoltValue get = molt_type_lookup_cstr(vt, "__get__");
                if (get) {
                    MoltValue args[2] = {molt_None, self};
                    return molt_call_with_self(get, v, args, 2, MOLT_ERR);
                }
            }
        }
        return v;
    }
    if (!strcmp(s, "__doc__")) return molt_None;
    return molt_err_format(&molt_AttributeError, "type object '%s' has no attribute '%s'", t->name, s);
}

static int type_setattr(MoltValue self, MoltValue name, MoltValue value) {
    MoltType *t = as_type(self);
    molt_type_modified();
    if (!(t->flags & MOLT_TYPE_HEAP)) {
        molt_err_format(&molt_TypeError, "cannot set '%S' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    if (!value) {
        int r = molt_dict_delitem(t->dict, name);
        if (r < 0 && molt_err_matches(&molt_KeyError)) {
            molt_err_clear();
            molt_err_format(&molt_AttributeError, "type object '%s' has no attribute '%S'", t->name, name);
        }
        return r;
    }
    return molt_dict_setitem(t->dict, name, value);
}

MoltType molt_type_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "type",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .instance_size = sizeof(MoltHeapType),
    .trace = type_trace,
    .repr = type_repr,
    .hash = molt_object_hash,
    .richcmp = object_richcmp,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
};

/* ------------------------------------------------------------ classes made at run time */

/* C3 linearization: merge the bases' MROs and the bases list. */
static MoltValue c3_mro(MoltValue self, MoltValue bases) {
    int64_t nb = molt_tuple_size(bases);
    /* Sequences to merge: each base's MRO, then the bases list; heads advance by index. */
    enum { MAXB = 32 };
    if (nb > MAXB) return molt_err_set_str(&molt_TypeError, "too many base classes");
    MoltValue seqs[MAXB + 1];
    int64_t pos[MAXB + 1], len[MAXB + 1];
    int64_t total = 1;
    for (int64_t i = 0; i < nb; i++) {
        seqs[i] = as_type(molt_tuple_items(bases)[i])->mro;
        len[i] = molt_tuple_size(seqs[i]);
        pos[i] = 0;
        total += len[i];
    }
    seqs[nb] = bases;
    len[nb] = nb;
    pos[nb] = 0;
    MoltValue out[512];
    if (total > 512) return molt_err_set_str(&molt_TypeError, "class hierarchy too deep");
    int64_t n = 0;
    out[n++] = self;
    for (;;) {
        bool any = false;
        MoltValue pick = MOLT_ERR;
        for (int64_t i = 0; i <= nb && !pick; i++) {
            if (pos[i] >= len[i]) continue;
            any = true;
            MoltValue cand = molt_tuple_items(seqs[i])[pos[i]];
            bool in_tail = false;
            for (int64_t j = 0; j <= nb && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < len[j]; k++)
                    if (molt_tuple_items(seqs[j])[k] == cand) { in_tail = true; break; }
            if (!in_tail) pick = cand;
        }
        if (!any) break;
        if (!pick) {
            MoltSBuf b;
            molt_sbuf_init(&b);
            molt_sbuf_puts(&b, "Cannot create a consistent method resolution order (MRO) for bases ");
            for (int64_t i = 0; i < nb; i++) {
                if (i) molt_sbuf_puts(&b, ", ");
                molt_sbuf_puts(&b, as_type(molt_tuple_items(bases)[i])->name);
            }
            MoltValue msg = molt_sbuf_finish(&b);
            return msg ? molt_err_set_value(&molt_TypeError, msg) : MOLT_ERR;
        }
        out[n++] = pick;
        for (int64_t i = 0; i <= nb; i++)
            if (pos[i] < len[i] && molt_tuple_items(seqs[i])[pos[i]] == pick) pos[i]++;
    }
    return molt_tuple_from_array(out, n);
}

/* Zero-argument super() and __class__ in methods read the cell the class body stored as
 * __classcell__; it gets the class here and leaves the class dict (CPython's type_new_set_classcell). */
static int set_classcell(MoltValue cls, MoltValue dict) {
    MoltValue cell = molt_dict_getitem_cstr(dict, "__classcell__");
    if (!cell) return 0;
    if (molt_type_of(cell) != &molt_cell_type) {
        molt_err_format(&molt_TypeError, "__classcell__ must be a nonlocal cell, not %R", molt_val(molt_type_of(cell)));
        return -1;
    }
    molt_cell_set(cell, cls);
    return molt_dict_delitem(dict, molt_name("__classcell__"));
}

MoltValue molt_type_new(MoltValue name, MoltValue bases, MoltValue dict) {
    return molt_type_new_full(name, MOLT_ERR, MOLT_ERR, bases, dict);
}

MoltValue molt_type_new_full(MoltValue name, MoltValue qualname, MoltValue module, MoltValue bases, MoltValue dict) {
    if (!molt_is_str(name))
        return molt_err_format(&molt_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    if (!bases || bases == molt_None) bases = molt_tuple_empty();
    if (!molt_is_tuple(bases))
        return molt_err_format(&molt_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    if (!molt_is_dict(dict))
        return molt_err_format(&molt_TypeError, "type.__new__() argument 3 must be dict, not %T", dict);
    int64_t nb = molt_tuple_size(bases);
    MoltType *solid = &molt_object_type;
    for (int64_t i = 0; i < nb; i++) {
        MoltValue b = molt_tuple_items(bases)[i];
        if (!is_type(b)) return molt_err_set_str(&molt_TypeError, "bases must be types");
        MoltType *bt = as_type(b);
        if (!(bt->flags & MOLT_TYPE_BASETYPE))
            return molt_err_format(&molt_TypeError, "type '%s' is not an acceptable base type", bt->name);
        /* Builtins can be subclassed when their instances keep the __dict__ slot after the header. */
        if (bt != &molt_object_type && !(bt->flags & (MOLT_TYPE_HAS_DICT | MOLT_TYPE_DICT_SLOT)))
            return molt_err_format(&molt_NotImplementedError, "molt: subclassing builtin type '%s' is not supported",
                                   bt->name);
        if (bt->instance_size > solid->instance_size || solid == &molt_object_type) solid = bt;
    }
    if (nb == 0) bases = molt_tuple_pack(1, molt_val(&molt_object_type));
    if (!bases) return MOLT_ERR;
    MOLT_ROOTS4(name, qualname, bases, dict);
    MoltValue tv = molt_gc_alloc(&molt_type_type, sizeof(MoltHeapType));
    if (!tv) { MOLT_UNROOT(); return MOLT_ERR; }
    molt_type_modified(); /* a new type may reuse a dead one's address */
    MoltHeapType *h = (MoltHeapType *)molt_obj(tv);
    MoltType *t = &h->type;
    /* Start from the solid base's slots: its layout, trace and behaviour carry over. */
    memcpy(&t->trace, &solid->trace, sizeof(MoltType) - offsetof(MoltType, trace));
    t->base = solid;
    t->flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_HEAP | MOLT_TYPE_HAS_DICT | (solid->flags & MOLT_TYPE_EXCEPTION);
    if (solid == &molt_object_type) {
        t->instance_size = sizeof(MoltInstance);
        t->trace = instance_trace;
        t->finalize = NULL;
    } else {
        t->instance_size = solid->instance_size;
    }
    h->name = name;
    h->qualname = qualname && molt_is_str(qualname) ? qualname : name;
    h->bases = bases;
    t->name = molt_str_utf8(h->qualname);
    MoltValue own = MOLT_ERR;
    MoltCRoots tv_root = {0, {&tv, &module}, 2};
    molt_croots_push(&tv_root);
    {
        MoltValue mro = c3_mro(tv, bases);
        if (!mro) goto fail;
        h = (MoltHeapType *)molt_obj(tv);
        h->type.mro = mro;
        own = molt_dict_copy(dict);
        if (!own) goto fail;
        h = (MoltHeapType *)molt_obj(tv);
        h->type.dict = own;
        if (module && molt_is_str(module)) {
            h->module = module;
        } else {
            MoltValue m = molt_dict_getitem_cstr(own, "__module__");
            h->module = m && molt_is_str(m) ? m : MOLT_ERR;
            if (!h->module) h->module = molt_str_from_cstr("__main__");
            if (!h->module) goto fail;
        }
        if (!molt_dict_getitem_cstr(own, "__module__") &&
            molt_dict_setitem_cstr(own, "__module__", h->module) < 0)
            goto fail;
        if (!molt_dict_getitem_cstr(own, "__doc__") && molt_dict_setitem_cstr(own, "__doc__", molt_None) < 0) goto fail;
        if (!molt_dict_getitem_cstr(own, "__qualname__") &&
            molt_dict_setitem_cstr(own, "__qualname__", h->qualname) < 0)
            goto fail;
        if (set_classcell(tv, own) < 0) goto fail;
        molt_slots_wire(&h->type, own);
        if (molt_err_occurred()) goto fail;
    }
    molt_croots_pop(&tv_root);
    MOLT_UNROOT();
    return tv;
fail:
    molt_croots_pop(&tv_root);
    MOLT_UNROOT();
    return MOLT_ERR;
}

/* super(type, obj) called as a class; the lowering turns zero-argument super() in a method into
 * super(__class__, first parameter), so this is the only constructor needed. */
static MoltValue super_new_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_kwnames_count(kwnames)) return molt_err_set_str(&molt_TypeError, "super() takes no keyword arguments");
    if (nargs == 1) return molt_err_set_str(&molt_RuntimeError, "super(): no arguments");
    if (nargs > 3)
        return molt_err_format(&molt_TypeError, "super() expected at most 2 arguments, got %lld", (long long)(nargs - 1));
    if (nargs == 2) return molt_err_set_str(&molt_NotImplementedError, "molt: unbound super objects (super(type)) are not supported");
    return molt_super_new(args[1], args[2]);
}

void molt_type_init(void) {
    molt_type_ready(&molt_object_type);
    molt_type_ready(&molt_type_type);
    molt_type_ready(&molt_super_type);
    molt_type_add_method(&molt_super_type, "__new__", super_new_method);
    molt_type_add_method(&molt_object_type, "__new__", object_new_method);
    molt_type_add_method(&molt_object_type, "__init__", object_init_method);
    molt_type_add_method(&molt_object_type, "__repr__", object_repr_method);
    molt_type_add_method(&molt_object_type, "__str__", object_str_method);
    molt_type_add_method(&molt_object_type, "__hash__", object_hash_method);
    molt_type_add_method(&molt_object_type, "__eq__", object_eq_method);
    molt_type_add_method(&molt_object_type, "__ne__", object_ne_method);
    molt_type_add_method(&molt_object_type, "__setattr__", object_setattr_method);
    molt_type_add_method(&molt_object_type, "__delattr__", object_delattr_method);
}
