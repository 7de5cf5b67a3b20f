/*
 * f(*args, **kwargs): CPython's CALL_FUNCTION_EX (the positional tuple and keyword dict become a
 * vectorcall array plus kwnames) and DICT_MERGE (each **mapping merged into the keyword dict, a
 * repeated name being an error), with the messages CPython 3.12 prints.
 */
#include <string.h>

#include "molt/call.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

MoltValue molt_call_function_str(MoltValue callee) {
    MoltValue qualname = MOLT_ERR, module = MOLT_ERR;
    MOLT_ROOTS3(callee, qualname, module);
    MoltValue out = MOLT_ERR;
    qualname = molt_getattr_cstr(callee, "__qualname__");
    if (!qualname) {
        if (molt_err_matches(&molt_AttributeError)) {
            molt_err_clear();
            out = molt_str(callee);
        }
        goto done;
    }
    module = molt_getattr_cstr(callee, "__module__");
    if (!module) {
        if (!molt_err_matches(&molt_AttributeError)) goto done;
        molt_err_clear();
    }
    /* A non-str __qualname__ or __module__ prints as its str(), like CPython's %S. */
    qualname = molt_str(qualname);
    if (!qualname) goto done;
    bool qualify = module && module != molt_None && !(molt_is_str(module) && molt_str_eq_cstr(module, "builtins"));
    if (qualify && !(module = molt_str(module))) goto done;
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (qualify) {
        molt_sbuf_put_str(&b, module);
        molt_sbuf_putc(&b, '.');
    }
    molt_sbuf_put_str(&b, qualname);
    molt_sbuf_puts(&b, "()");
    out = molt_sbuf_finish(&b);
done:
    MOLT_UNROOT();
    return out;
}

/* What CPython accepts after `*`: a type with __iter__, or a sequence (__getitem__). */
static bool star_iterable(MoltValue v) {
    MoltType *t = molt_type_of(v);
    return t->iter || t->getitem;
}

MoltValue molt_call_ex(MoltValue callee, MoltValue args, MoltValue kwargs) {
    MoltValue all = MOLT_ERR, names = MOLT_ERR, r = MOLT_ERR;
    MOLT_ROOTS4(callee, args, kwargs, all);
    MOLT_ROOTS1_N(names_root, names);
    if (!molt_is_tuple(args)) {
        if (!star_iterable(args)) {
            MoltValue fs = molt_call_function_str(callee);
            if (fs) molt_err_format(&molt_TypeError, "%S argument after * must be an iterable, not %T", fs, args);
            goto out;
        }
        args = molt_tuple_from_iterable(args);
        if (!args) goto out;
    }
    int64_t n = molt_tuple_size(args), k = kwargs ? molt_dict_size(kwargs) : 0;
    if (k == 0) {
        r = molt_call(callee, molt_tuple_items(args), n, MOLT_ERR);
        goto out;
    }
    /* Vectorcall layout: positional values, then the keyword values in kwnames order. Both live in
     * tuples so the collector sees them while the callee runs. */
    all = molt_tuple_new(n + k);
    if (!all) goto out;
    names = molt_tuple_new(k);
    if (!names) goto out;
    memcpy(molt_tuple_items(all), molt_tuple_items(args), (size_t)n * sizeof(MoltValue));
    int64_t pos = 0, i = 0;
    MoltValue key, value;
    while (i < k && molt_dict_next(kwargs, &pos, &key, &value)) {
        if (!molt_is_str(key)) {
            molt_err_set_str(&molt_TypeError, "keywords must be strings");
            goto out;
        }
        molt_tuple_items(names)[i] = key;
        molt_tuple_items(all)[n + i] = value;
        i++;
    }
    r = molt_call(callee, molt_tuple_items(all), n, names);
out:
    MOLT_UNROOT_N(names_root);
    MOLT_UNROOT();
    return r;
}

/* dict[key] = value for each entry of a real dict (or a subclass keeping dict's iteration); a name
 * already present raises KeyError(key), turned into CPython's message by kwargs_error. */
static int merge_dict(MoltValue dict, MoltValue mapping) {
    int64_t pos = 0;
    MoltValue key, value;
    while (molt_dict_next(mapping, &pos, &key, &value)) {
        int has = molt_dict_contains(dict, key);
        if (has != 0) {
            if (has > 0) molt_err_set_value(&molt_KeyError, key);
            return -1;
        }
        if (molt_dict_setitem(dict, key, value) < 0) return -1;
    }
    return 0;
}

/* Any other mapping: keys() listed first, then mapping[key] for each (PyDict_Merge's generic path). */
static int merge_mapping(MoltValue dict, MoltValue mapping) {
    MoltValue keys = molt_call_method(mapping, "keys", NULL, 0, MOLT_ERR);
    if (!keys) return -1;
    if (!star_iterable(keys)) {
        molt_err_format(&molt_TypeError, "%s.keys() returned a non-iterable (type %T)", molt_type_of(mapping)->name,
                        keys);
        return -1;
    }
    MoltValue value = MOLT_ERR;
    MOLT_ROOTS2(keys, value);
    int rc = -1;
    keys = molt_list_from_iterable(keys);
    if (!keys) goto out;
    for (int64_t i = 0; i < molt_list_size(keys); i++) {
        MoltValue key = molt_list_items(keys)[i];
        int has = molt_dict_contains(dict, key);
        if (has != 0) {
            if (has > 0) molt_err_set_value(&molt_KeyError, molt_list_items(keys)[i]);
            goto out;
        }
        value = molt_getitem(mapping, molt_list_items(keys)[i]);
        if (!value) goto out;
        if (molt_dict_setitem(dict, molt_list_items(keys)[i], value) < 0) goto out;
    }
    rc = 0;
out:
    MOLT_UNROOT();
    return rc;
}

/* CPython's format_kwargs_error: an AttributeError means "not a mapping", a KeyError with one
 * argument a repeated name (including one raised by the mapping's own __getitem__, as in CPython). */
static void kwargs_error(MoltValue callee, MoltValue mapping) {
    MoltValue exc = molt_err_fetch();
    if (!exc) return;
    MoltValue key = MOLT_ERR;
    MOLT_ROOTS3(callee, mapping, exc);
    if (molt_isinstance_type(exc, &molt_AttributeError)) {
        MoltValue fs = molt_call_function_str(callee);
        if (fs) molt_err_format(&molt_TypeError, "%S argument after ** must be a mapping, not %T", fs, mapping);
    } else if (molt_isinstance_type(exc, &molt_KeyError) && molt_is_tuple(molt_exc_args(exc)) &&
               molt_tuple_size(molt_exc_args(exc)) == 1) {
        key = molt_tuple_items(molt_exc_args(exc))[0];
        MOLT_ROOTS1_N(key_root, key);
        MoltValue fs = molt_call_function_str(callee);
        if (fs) molt_err_format(&molt_TypeError, "%S got multiple values for keyword argument '%S'", fs, key);
        MOLT_UNROOT_N(key_root);
    } else {
        molt_err_restore(exc);
    }
    MOLT_UNROOT();
}

int molt_call_merge_kwargs(MoltValue dict, MoltValue mapping, MoltValue callee) {
    MOLT_ROOTS3(dict, mapping, callee);
    bool plain = molt_isinstance_type(mapping, &molt_dict_type) && molt_type_of(mapping)->iter == molt_dict_iter;
    int rc = plain ? merge_dict(dict, mapping) : merge_mapping(dict, mapping);
    if (rc < 0) kwargs_error(callee, mapping);
    MOLT_UNROOT();
    return rc;
}

/* ------------------------------------------------------------ with statements */

/* A special method found on the type, bound to mgr the way attribute access binds it. */
static MoltValue bind_special(MoltValue fn, MoltValue mgr) {
    MoltType *t = molt_type_of(fn);
    if (t == &molt_function_type || t == &molt_builtin_function_type) return molt_method_new(fn, mgr);
    if (t == &molt_staticmethod_type) return ((MoltDescr *)molt_obj(fn))->get;
    if (t == &molt_classmethod_type) return molt_method_new(((MoltDescr *)molt_obj(fn))->get, molt_val(molt_type_of(mgr)));
    return fn;
}

MoltValue molt_with_exit_method(MoltValue mgr) {
    if (!molt_lookup_special(mgr, "__enter__"))
        return molt_err_format(&molt_TypeError, "'%T' object does not support the context manager protocol", mgr);
    MoltValue exit = molt_lookup_special(mgr, "__exit__");
    if (!exit)
        return molt_err_format(&molt_TypeError,
                               "'%T' object does not support the context manager protocol (missed __exit__ method)", mgr);
    return bind_special(exit, mgr);
}

MoltValue molt_with_enter(MoltValue mgr) {
    MoltValue enter = molt_lookup_special(mgr, "__enter__");
    if (!enter)
        return molt_err_format(&molt_TypeError, "'%T' object does not support the context manager protocol", mgr);
    MOLT_ROOTS1(mgr);
    MoltValue bound = bind_special(enter, mgr);
    MOLT_UNROOT();
    return bound ? molt_call(bound, NULL, 0, MOLT_ERR) : MOLT_ERR;
}
