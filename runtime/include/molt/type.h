/* Molt runtime: type objects, classes made at run time, attribute lookup (type.c). */
#ifndef MOLT_TYPE_H
#define MOLT_TYPE_H

#include "molt/object.h"

/* Instances of classes with a __dict__: the dict sits right after the header (MOLT_TYPE_HAS_DICT). */
typedef struct MoltInstance {
    MoltObject ob;
    MoltValue dict;  /* dict, or MOLT_ERR until the first attribute is set */
} MoltInstance;

/* A class created at run time (`class` statement): a MoltType plus the values it owns. */
typedef struct MoltHeapType {
    MoltType type;
    MoltValue name;      /* str __name__ */
    MoltValue qualname;  /* str __qualname__; type.name points into its UTF-8 */
    MoltValue bases;     /* tuple of types */
    MoltValue module;    /* str __module__ or MOLT_ERR */
} MoltHeapType;

/* Fills mro (C3 over the bases), creates dict if missing, registers a static type's values as GC
 * roots. Idempotent. Builtin types are readied by molt_runtime_init; a type defined outside the core
 * calls this from its own init function (see molt_runtime_init). */
int molt_type_ready(MoltType *t);
/* Bases of a type as a tuple: heap types keep theirs, static types have (base,) or (). */
MoltValue molt_type_bases(MoltType *t);
/* Looks name (a str) up along t's MRO. Borrowed result; MOLT_ERR without exception if absent. */
MoltValue molt_type_lookup(MoltType *t, MoltValue name);
MoltValue molt_type_lookup_cstr(MoltType *t, const char *name); /* name: a string literal (cached by address) */
/* The interned str for a C string literal, cached by its address (allocates only on first use). */
MoltValue molt_name(const char *cname);
/* Defines a method: a builtin function (self is args[0]) stored in t's dict under name.
 * Constructors are `__new__` entries called as __new__(cls, *args); `__init__` as __init__(self, *args). */
int molt_type_add_method(MoltType *t, const char *name, molt_call_fn fn);
int molt_type_set_attr_cstr(MoltType *t, const char *name, MoltValue value);
/* Must be called after changing a type's dict directly (not through molt_setattr/molt_type_set_attr_cstr/
 * molt_type_add_method): invalidates the attribute lookup cache. */
void molt_type_modified(void);
/* class name(*bases): dict holds the class body's namespace. Special methods defined in the body
 * (__repr__, __add__, __eq__, __len__, __iter__, ...) are wired to the type's slots. */
MoltValue molt_type_new(MoltValue name, MoltValue bases, MoltValue dict);
/* Same, with the metaclass-free `type(name, bases, dict)` call signature and __qualname__/__module__.
 * A `__classcell__` entry (the cell the class body made for zero-argument super() and __class__) is
 * taken out of the class dict and set to the new class, as CPython's type.__new__ does. */
MoltValue molt_type_new_full(MoltValue name, MoltValue qualname, MoltValue module, MoltValue bases, MoltValue dict);
/* Class-body names (class_body.c): namespace dict, then globals, then builtins (NameError "name 'x'
 * is not defined"); `del x` in the body (the same NameError when absent: 0 or -1). */
MoltValue molt_class_load_name(MoltValue ns, MoltValue globals, MoltValue name);
int molt_class_delete_name(MoltValue ns, MoltValue name);
/* The name a type prints with (t->name). */
static inline const char *molt_type_name(MoltType *t) { return t->name; }
/* Generic attribute access (instance dict, then MRO with method binding and descriptors). */
MoltValue molt_object_generic_getattr(MoltValue obj, MoltValue name);
int molt_object_generic_setattr(MoltValue obj, MoltValue name, MoltValue value);
/* Allocates an instance of t (object.__new__): fixed size, dict slot empty. */
MoltValue molt_instance_new(MoltType *t);
/* __dict__ of an object with MOLT_TYPE_HAS_DICT, created on demand; MOLT_ERR + AttributeError otherwise. */
MoltValue molt_object_dict(MoltValue obj);
/* Calls a method by name on obj: obj.name(*args). Avoids creating a bound method. */
MoltValue molt_call_method(MoltValue obj, const char *name, const MoltValue *args, int64_t nargs, MoltValue kwnames);
/* The same with the name as a str (a compiled `obj.name(args)`): interned names hit the type's
 * lookup cache; the name must stay reachable for the call (constants and interned names do). */
MoltValue molt_call_method_name(MoltValue obj, MoltValue name, const MoltValue *args, int64_t nargs,
                                MoltValue kwnames);
/* Looks up a special method on type(obj) only (as CPython does for dunders): MOLT_ERR without exception if absent. */
MoltValue molt_lookup_special(MoltValue obj, const char *name);
/* Calls callable with self prepended: callable(self, *args). */
MoltValue molt_call_with_self(MoltValue callable, MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames);

/* super(type, obj): attribute lookup along type(obj)'s MRO after `type`, bound to obj. */
extern MoltType molt_super_type;
MoltValue molt_super_new(MoltValue type, MoltValue obj);
/* isinstance(obj, cls) / issubclass(cls, classinfo) with tuples; 1, 0, -1 with TypeError. */
int molt_isinstance(MoltValue obj, MoltValue classinfo);
int molt_issubclass(MoltValue cls, MoltValue classinfo);
/* Readies type, object and the other core types (called by molt_runtime_init). */
void molt_type_init(void);

#endif
