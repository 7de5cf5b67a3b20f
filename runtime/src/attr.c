/*
 * Generic attribute access (CPython's PyObject_GenericGetAttr order: data descriptors on the type,
 * then the instance __dict__, then other class attributes with method binding), super(), and
 * method calls that skip creating a bound method.
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

static MoltType *descr_type(MoltValue v) { return molt_is_ptr(v) ? molt_obj(v)->type : NULL; }

/* A class-defined descriptor (instance of a class with __get__): its __get__, or MOLT_ERR. */
static MoltValue user_getter(MoltValue attr) {
    MoltType *t = descr_type(attr);
    if (!t || !(t->flags & MOLT_TYPE_HEAP)) return MOLT_ERR;
    return molt_type_lookup_cstr(t, "__get__");
}

static bool user_data_descr(MoltValue attr) {
    MoltType *t = descr_type(attr);
    return t && (t->flags & MOLT_TYPE_HEAP) &&
           (molt_type_lookup_cstr(t, "__set__") || molt_type_lookup_cstr(t, "__delete__"));
}

static MoltValue call_user_get(MoltValue get, MoltValue attr, MoltValue obj, MoltType *owner) {
    MoltValue args[2] = {obj, molt_val(owner)};
    return molt_call_with_self(get, attr, args, 2, MOLT_ERR);
}

/* Binds a class attribute found for obj, as its descriptor protocol says. */
static MoltValue bind(MoltValue attr, MoltValue obj, MoltType *owner) {
    MoltType *dt = descr_type(attr);
    if (dt == &molt_function_type || dt == &molt_builtin_function_type) return molt_method_new(attr, obj);
    if (dt == &molt_staticmethod_type) return ((MoltDescr *)molt_obj(attr))->get;
    if (dt == &molt_classmethod_type) return molt_method_new(((MoltDescr *)molt_obj(attr))->get, molt_val(owner));
    if (dt == &molt_property_type) {
        MoltDescr *p = (MoltDescr *)molt_obj(attr);
        if (!p->get || p->get == molt_None) return molt_err_set_str(&molt_AttributeError, "property has no getter");
        return molt_call(p->get, &obj, 1, MOLT_ERR);
    }
    MoltValue get = user_getter(attr);
    if (get) return call_user_get(get, attr, obj, owner);
    return attr;
}

MoltValue molt_object_generic_getattr(MoltValue obj, MoltValue name) {
    MoltType *t = molt_type_of(obj);
    MoltValue attr = molt_type_lookup(t, name);
    if (attr && (descr_type(attr) == &molt_property_type || user_data_descr(attr))) return bind(attr, obj, t);
    if (molt_is_ptr(obj) && (t->flags & MOLT_TYPE_HAS_DICT)) {
        MoltValue d = ((MoltInstance *)molt_obj(obj))->dict;
        if (d) {
            MoltValue v = molt_dict_getitem_str(d, name);
            if (v) return v;
        }
    }
    if (attr) return bind(attr, obj, t);
    const char *s = molt_str_utf8(name);
    if (s[0] == '_' && s[1] == '_') {
        if (!strcmp(s, "__class__")) return molt_val(t);
        if (!strcmp(s, "__dict__") && (t->flags & MOLT_TYPE_HAS_DICT)) return molt_object_dict(obj);
    }
    return molt_err_format(&molt_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
}

int molt_object_generic_setattr(MoltValue obj, MoltValue name, MoltValue value) {
    MoltType *t = molt_type_of(obj);
    MoltValue attr = molt_type_lookup(t, name);
    if (attr && user_data_descr(attr)) {
        MoltValue f = molt_type_lookup_cstr(descr_type(attr), value ? "__set__" : "__delete__");
        if (!f) {
            molt_err_format(&molt_AttributeError, value ? "__set__" : "__delete__");
            return -1;
        }
        MoltValue args[2] = {obj, value};
        return molt_call_with_self(f, attr, args, value ? 2 : 1, MOLT_ERR) ? 0 : -1;
    }
    if (attr && descr_type(attr) == &molt_property_type) {
        MoltDescr *p = (MoltDescr *)molt_obj(attr);
        MoltValue fn = value ? p->set : p->del;
        if (!fn || fn == molt_None) {
            molt_err_format(&molt_AttributeError, "property '%S' of '%s' object has no %s", name, t->name,
                            value ? "setter" : "deleter");
            return -1;
        }
        MoltValue args[2] = {obj, value};
        return molt_call(fn, args, value ? 2 : 1, MOLT_ERR) ? 0 : -1;
    }
    if (!molt_is_ptr(obj) || !(t->flags & MOLT_TYPE_HAS_DICT)) {
        if (attr)
            molt_err_format(&molt_AttributeError, "'%s' object attribute '%S' is read-only", t->name, name);
        else
            molt_err_format(&molt_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
        return -1;
    }
    if (!value) {
        MoltValue d = ((MoltInstance *)molt_obj(obj))->dict;
        if (!d || !molt_dict_getitem_str(d, name)) {
            molt_err_format(&molt_AttributeError, "'%s' object has no attribute '%S'", t->name, name);
            return -1;
        }
        return molt_dict_delitem(d, name);
    }
    MOLT_ROOTS3(obj, name, value);
    MoltValue d = molt_object_dict(obj);
    int r = d ? molt_dict_setitem(d, name, value) : -1;
    MOLT_UNROOT();
    return r;
}

/* ------------------------------------------------------------ calls */

MoltValue molt_call_with_self(MoltValue callable, MoltValue self, const MoltValue *args, int64_t nargs,
                              MoltValue kwnames) {
    int64_t total = nargs + molt_kwnames_count(kwnames);
    MoltValue small[8];
    MoltValue *buf = small;
    MoltValue tuple = MOLT_ERR;
    if (total + 1 > 8) {
        /* A GC tuple keeps the copied arguments rooted while the callee runs. */
        MOLT_ROOTS3(callable, self, kwnames);
        MoltRootArray ra;
        molt_root_array_push(&ra, args, total);
        tuple = molt_tuple_new(total + 1);
        molt_root_array_pop(&ra);
        MOLT_UNROOT();
        if (!tuple) return MOLT_ERR;
        buf = molt_tuple_items(tuple);
    }
    buf[0] = self;
    for (int64_t i = 0; i < total; i++) buf[i + 1] = args[i];
    /* The copied arguments stay rooted for the whole call (callees may allocate before using them). */
    MoltRootArray ra;
    molt_root_array_push(&ra, buf, total + 1);
    MOLT_ROOTS3(tuple, callable, kwnames);
    MoltValue r = molt_call(callable, buf, nargs + 1, kwnames);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return r;
}

MoltValue molt_call_method_name(MoltValue obj, MoltValue name, const MoltValue *args, int64_t nargs,
                                MoltValue kwnames) {
    MoltType *t = molt_type_of(obj);
    /* Fast path: a plain function found on the class and not shadowed by the instance dict. */
    if (!t->getattr || t->getattr == molt_object_generic_getattr) {
        MoltValue attr = molt_type_lookup(t, name);
        MoltType *dt = attr ? descr_type(attr) : NULL;
        if (dt == &molt_function_type || dt == &molt_builtin_function_type) {
            bool shadowed = false;
            if (molt_is_ptr(obj) && (t->flags & MOLT_TYPE_HAS_DICT)) {
                MoltValue d = ((MoltInstance *)molt_obj(obj))->dict;
                shadowed = d && molt_dict_getitem_str(d, name);
            }
            if (!shadowed) return molt_call_with_self(attr, obj, args, nargs, kwnames);
        }
    }
    MoltValue m;
    {
        /* The lookup may allocate (a bound method): the arguments are used after it (decision 0014). */
        MOLT_ROOTS1(kwnames);
        MoltRootArray ra;
        molt_root_array_push(&ra, args, nargs + molt_kwnames_count(kwnames));
        m = molt_getattr(obj, name);
        molt_root_array_pop(&ra);
        MOLT_UNROOT();
    }
    if (!m) return MOLT_ERR;
    MOLT_ROOTS1(m);
    MoltValue r = molt_call(m, args, nargs, kwnames);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_call_method(MoltValue obj, const char *name, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue key;
    {
        /* Interning a name seen for the first time allocates. */
        MOLT_ROOTS2(obj, kwnames);
        MoltRootArray ra;
        molt_root_array_push(&ra, args, nargs + molt_kwnames_count(kwnames));
        key = molt_name(name);
        molt_root_array_pop(&ra);
        MOLT_UNROOT();
    }
    if (!key) return MOLT_ERR;
    return molt_call_method_name(obj, key, args, nargs, kwnames);
}

/* ------------------------------------------------------------ super */

typedef struct MoltSuper {
    MoltObject ob;
    MoltValue type; /* the class where the method using super() is defined */
    MoltValue obj;  /* self (or the class, in a classmethod) */
} MoltSuper;

static void super_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltSuper *)self)->type);
    molt_visit(v, ((MoltSuper *)self)->obj);
}

MoltValue molt_super_new(MoltValue type, MoltValue obj) {
    if (!molt_isinstance_type(type, &molt_type_type))
        return molt_err_format(&molt_TypeError, "super() argument 1 must be a type, not %T", type);
    MoltType *start = (MoltType *)molt_obj(type);
    bool is_cls = molt_isinstance_type(obj, &molt_type_type) && molt_is_subtype((MoltType *)molt_obj(obj), start);
    if (!is_cls && !molt_isinstance_type(obj, start))
        return molt_err_set_str(&molt_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    MOLT_ROOTS2(type, obj);
    MoltValue s = molt_gc_alloc(&molt_super_type, sizeof(MoltSuper));
    MOLT_UNROOT();
    if (!s) return MOLT_ERR;
    ((MoltSuper *)molt_obj(s))->type = type;
    ((MoltSuper *)molt_obj(s))->obj = obj;
    return s;
}

static MoltValue super_getattr(MoltValue self, MoltValue name) {
    MoltSuper *s = (MoltSuper *)molt_obj(self);
    bool is_cls = molt_isinstance_type(s->obj, &molt_type_type);
    MoltType *objtype = is_cls ? (MoltType *)molt_obj(s->obj) : molt_type_of(s->obj);
    int64_t n = molt_tuple_size(objtype->mro);
    MoltValue *mro = molt_tuple_items(objtype->mro);
    int64_t i = 0;
    while (i < n && mro[i] != s->type) i++;
    for (i++; i < n; i++) {
        MoltType *t = (MoltType *)molt_obj(mro[i]);
        MoltValue v = t->dict ? molt_dict_getitem_str(t->dict, name) : MOLT_ERR;
        if (!v) continue;
        MoltType *dt = descr_type(v);
        if (is_cls) {
            if (dt == &molt_classmethod_type) return molt_method_new(((MoltDescr *)molt_obj(v))->get, s->obj);
            if (dt == &molt_staticmethod_type) return ((MoltDescr *)molt_obj(v))->get;
            return v;
        }
        return bind(v, s->obj, objtype);
    }
    return molt_err_format(&molt_AttributeError, "'super' object has no attribute '%S'", name);
}

static MoltValue super_repr(MoltValue self) {
    MoltSuper *s = (MoltSuper *)molt_obj(self);
    MoltType *objtype = molt_isinstance_type(s->obj, &molt_type_type) ? (MoltType *)molt_obj(s->obj) : molt_type_of(s->obj);
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_printf(&b, "<super: <class '%s'>, <%s object>>", ((MoltType *)molt_obj(s->type))->name, objtype->name);
    return molt_sbuf_finish(&b);
}

int64_t molt_object_hash(MoltValue v);

MoltType molt_super_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "super",
    .base = &molt_object_type,
    .instance_size = sizeof(MoltSuper),
    .trace = super_trace,
    .repr = super_repr,
    .hash = molt_object_hash,
    .getattr = super_getattr,
};

/* ------------------------------------------------------------ isinstance / issubclass */

static int check_classinfo(MoltValue ci, const char *fn) {
    if (molt_isinstance_type(ci, &molt_type_type)) return 0;
    if (molt_is_tuple(ci)) {
        for (int64_t i = 0; i < molt_tuple_size(ci); i++)
            if (check_classinfo(molt_tuple_items(ci)[i], fn) < 0) return -1;
        return 0;
    }
    molt_err_format(&molt_TypeError, "%s() arg 2 must be a type, a tuple of types, or a union", fn);
    return -1;
}

static int subclass_of(MoltType *t, MoltValue ci) {
    if (molt_is_tuple(ci)) {
        for (int64_t i = 0; i < molt_tuple_size(ci); i++)
            if (subclass_of(t, molt_tuple_items(ci)[i])) return 1;
        return 0;
    }
    return molt_is_subtype(t, (MoltType *)molt_obj(ci));
}

int molt_isinstance(MoltValue obj, MoltValue classinfo) {
    if (check_classinfo(classinfo, "isinstance") < 0) return -1;
    return subclass_of(molt_type_of(obj), classinfo);
}

int molt_issubclass(MoltValue cls, MoltValue classinfo) {
    if (!molt_isinstance_type(cls, &molt_type_type)) {
        molt_err_set_str(&molt_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (check_classinfo(classinfo, "issubclass") < 0) return -1;
    return subclass_of((MoltType *)molt_obj(cls), classinfo);
}
