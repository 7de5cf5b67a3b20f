/*
 * The builtins namespace and the builtin functions that are not about iteration (builtins_iter.c):
 * len, abs, divmod, pow, round, hash, id, repr, bin/oct/hex, chr/ord, isinstance, getattr & co,
 * iter/next, print, input, format, exit. Messages are CPython 3.12's.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "molt/builtins.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/generator.h"
#include "molt/float.h"
#include "molt/format.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/print.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

static MoltValue builtins_dict;

MoltValue molt_builtins(void) { return builtins_dict; }

int molt_builtins_add(const char *name, MoltValue value) {
    if (!builtins_dict) {
        MOLT_ROOTS1(value);
        builtins_dict = molt_dict_new();
        MOLT_UNROOT();
        if (!builtins_dict) return -1;
    }
    return molt_dict_setitem_cstr(builtins_dict, name, value);
}

MoltValue molt_global_lookup(MoltValue globals, MoltValue name) {
    MoltValue v = globals ? molt_dict_getitem_str(globals, name) : MOLT_ERR;
    if (v) return v;
    v = builtins_dict ? molt_dict_getitem_str(builtins_dict, name) : MOLT_ERR;
    if (v) return v;
    return molt_err_format(&molt_NameError, "name '%S' is not defined", name);
}

int molt_global_delete(MoltValue globals, MoltValue name) {
    MOLT_ROOTS1(name);
    int rc = molt_dict_delitem(globals, name);
    if (rc < 0 && molt_err_matches(&molt_KeyError)) {
        molt_err_clear();
        molt_err_format(&molt_NameError, "name '%S' is not defined", name);
    }
    MOLT_UNROOT();
    return rc;
}

int molt_builtin_args(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                      const char *const *names, int min, int max, MoltValue *out) {
    for (int i = 0; i < max; i++) out[i] = MOLT_ERR;
    if (nargs > max) {
        molt_err_format(&molt_TypeError, "%s() takes at most %d argument%s (%lld given)", fname, max,
                        max == 1 ? "" : "s", (long long)nargs);
        return -1;
    }
    for (int64_t i = 0; i < nargs; i++) out[i] = args[i];
    int64_t nkw = molt_kwnames_count(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        int idx = -1;
        for (int i = 0; i < max; i++)
            if (names[i] && molt_str_eq_cstr(key, names[i])) idx = i;
        if (idx < 0) {
            molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (out[idx]) {
            molt_err_format(&molt_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname,
                            names[idx], idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    for (int i = 0; i < min; i++)
        if (!out[i]) {
            if (names[i])
                molt_err_format(&molt_TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            else
                molt_err_format(&molt_TypeError, "%s() takes at least %d positional argument%s (%lld given)", fname, min,
                                min == 1 ? "" : "s", (long long)nargs);
            return -1;
        }
    return 0;
}

/* ------------------------------------------------------------ direct entry points */

MoltValue molt_builtin_len(MoltValue x) {
    int64_t n = molt_len(x);
    return n < 0 ? MOLT_ERR : molt_int_from_i64(n);
}

MoltValue molt_builtin_abs(MoltValue x) {
    if (molt_is_int_like(x)) return molt_int_abs(x);
    if (molt_is_float(x)) return molt_float_new(fabs(molt_float_value(x)));
    if (molt_type_of(x) == &molt_complex_type) {
        MoltComplex *c = (MoltComplex *)molt_obj(x);
        return molt_float_new(hypot(c->real, c->imag));
    }
    MoltValue f = molt_lookup_special(x, "__abs__");
    if (f) return molt_call_with_self(f, x, NULL, 0, MOLT_ERR);
    return molt_err_format(&molt_TypeError, "bad operand type for abs(): '%T'", x);
}

MoltValue molt_builtin_divmod(MoltValue a, MoltValue b) {
    if (molt_is_int_like(a) && molt_is_int_like(b)) return molt_int_divmod(a, b);
    MoltValue args[2] = {a, b};
    MoltRootArray ra;
    molt_root_array_push(&ra, args, 2);
    MoltValue r = molt_NotImplemented;
    MoltValue f = molt_lookup_special(a, "__divmod__");
    if (f) r = molt_call_with_self(f, a, &args[1], 1, MOLT_ERR);
    if (r == molt_NotImplemented && molt_type_of(a) != molt_type_of(b)) {
        f = molt_lookup_special(b, "__rdivmod__");
        if (f) r = molt_call_with_self(f, b, &args[0], 1, MOLT_ERR);
    }
    molt_root_array_pop(&ra);
    if (r == molt_NotImplemented)
        return molt_err_format(&molt_TypeError, "unsupported operand type(s) for divmod(): '%T' and '%T'", a, b);
    return r;
}

MoltValue molt_builtin_pow(MoltValue base, MoltValue exp, MoltValue mod) {
    if (!mod || mod == molt_None) return molt_binop(MOLT_OP_POW, base, exp);
    if (!molt_is_int_like(base) || !molt_is_int_like(exp) || !molt_is_int_like(mod)) {
        if (molt_is_float(base) || molt_is_float(exp) || molt_is_float(mod) || molt_is_int_like(base))
            return molt_err_set_str(&molt_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        return molt_err_format(&molt_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", base,
                               exp, mod);
    }
    return molt_int_pow(base, exp, mod);
}

/* round(int, ndigits): exact, half to even at 10**-ndigits. */
static MoltValue round_int(MoltValue x, MoltValue ndigits) {
    MoltValue nd = molt_index(ndigits);
    if (!nd) return MOLT_ERR;
    if (molt_int_sign(nd) >= 0) return molt_int_from_any(x);
    MoltValue pow10 = MOLT_ERR, q = MOLT_ERR, r = MOLT_ERR;
    MOLT_ROOTS4(x, pow10, q, r);
    MoltValue result = MOLT_ERR;
    pow10 = molt_int_pow(molt_small(10), molt_int_neg(nd), MOLT_ERR);
    if (pow10) q = molt_int_floordiv(x, pow10);
    if (q) r = molt_int_mod(x, pow10);
    if (r) {
        MoltValue twice = molt_int_mul(r, molt_small(2));
        int c = twice ? molt_int_cmp(twice, pow10) : 0;
        if (twice) {
            bool odd = molt_int_and(q, molt_small(1)) == molt_small(1);
            if (c > 0 || (c == 0 && odd)) q = molt_int_add(q, molt_small(1));
            if (q) result = molt_int_mul(q, pow10);
        }
    }
    MOLT_UNROOT();
    return result;
}

MoltValue molt_builtin_round(MoltValue x, MoltValue ndigits) {
    if (ndigits == molt_None) ndigits = MOLT_ERR;
    if (molt_is_float(x)) return molt_float_round(molt_float_value(x), ndigits);
    if (molt_is_int_like(x)) return ndigits ? round_int(x, ndigits) : molt_int_from_any(x);
    MoltValue f = molt_lookup_special(x, "__round__");
    if (!f) return molt_err_format(&molt_TypeError, "type %T doesn't define __round__ method", x);
    return molt_call_with_self(f, x, ndigits ? &ndigits : NULL, ndigits ? 1 : 0, MOLT_ERR);
}

MoltValue molt_builtin_hash(MoltValue x) {
    int64_t h = molt_hash(x);
    return h == -1 ? MOLT_ERR : molt_int_from_i64(h);
}

MoltValue molt_builtin_id(MoltValue x) { return molt_int_from_u64((uint64_t)x); }
MoltValue molt_builtin_repr(MoltValue x) { return molt_repr(x); }

/* repr with non-ASCII characters escaped as \xhh, \uhhhh or \Uhhhhhhhh. */
MoltValue molt_builtin_ascii(MoltValue x) {
    MoltValue r = molt_repr(x);
    if (!r || molt_str_is_ascii(r)) return r;
    MoltSBuf b;
    molt_sbuf_init(&b);
    const unsigned char *p = (const unsigned char *)molt_str_utf8(r), *end = p + molt_str_nbytes(r);
    while (p < end) {
        int len = 1;
        uint32_t cp = molt_utf8_decode(p, &len);
        if (cp < 0x80) molt_sbuf_putc(&b, (char)cp);
        else if (cp < 0x100) molt_sbuf_printf(&b, "\\x%02x", (unsigned)cp);
        else if (cp < 0x10000) molt_sbuf_printf(&b, "\\u%04x", (unsigned)cp);
        else molt_sbuf_printf(&b, "\\U%08x", (unsigned)cp);
        p += len;
    }
    return molt_sbuf_finish(&b);
}

static MoltValue to_base(MoltValue x, int base) {
    MoltValue i = molt_index(x);
    return i ? molt_int_to_base(i, base) : MOLT_ERR;
}
MoltValue molt_builtin_bin(MoltValue x) { return to_base(x, 2); }
MoltValue molt_builtin_oct(MoltValue x) { return to_base(x, 8); }
MoltValue molt_builtin_hex(MoltValue x) { return to_base(x, 16); }

MoltValue molt_builtin_chr(MoltValue x) {
    MoltValue i = molt_index(x);
    if (!i) return MOLT_ERR;
    int64_t cp;
    if (!molt_int_as_i64(i, &cp)) return molt_err_set_str(&molt_OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10ffff) return molt_err_set_str(&molt_ValueError, "chr() arg not in range(0x110000)");
    return molt_str_chr(cp);
}

MoltValue molt_builtin_ord(MoltValue x) { return molt_str_ord(x); }

MoltValue molt_builtin_isinstance(MoltValue obj, MoltValue classinfo) {
    int r = molt_isinstance(obj, classinfo);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

MoltValue molt_builtin_issubclass(MoltValue cls, MoltValue classinfo) {
    int r = molt_issubclass(cls, classinfo);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

MoltValue molt_builtin_callable(MoltValue x) { return molt_bool(molt_type_of(x)->call != NULL); }

static bool check_name(MoltValue name) {
    if (molt_is_str(name)) return true;
    molt_err_format(&molt_TypeError, "attribute name must be string, not '%T'", name);
    return false;
}

MoltValue molt_builtin_getattr(MoltValue obj, MoltValue name, MoltValue dflt) {
    if (!check_name(name)) return MOLT_ERR;
    MOLT_ROOTS1(dflt);
    MoltValue r = molt_getattr(obj, name);
    MOLT_UNROOT();
    if (!r && dflt && molt_err_matches(&molt_AttributeError)) {
        molt_err_clear();
        return dflt;
    }
    return r;
}

MoltValue molt_builtin_hasattr(MoltValue obj, MoltValue name) {
    if (!check_name(name)) return MOLT_ERR;
    MoltValue r = molt_getattr(obj, name);
    if (r) return molt_True;
    if (!molt_err_matches(&molt_AttributeError)) return MOLT_ERR;
    molt_err_clear();
    return molt_False;
}

MoltValue molt_builtin_setattr(MoltValue obj, MoltValue name, MoltValue value) {
    if (!check_name(name)) return MOLT_ERR;
    return molt_setattr(obj, name, value) < 0 ? MOLT_ERR : molt_None;
}

MoltValue molt_builtin_delattr(MoltValue obj, MoltValue name) {
    if (!check_name(name)) return MOLT_ERR;
    return molt_setattr(obj, name, MOLT_ERR) < 0 ? MOLT_ERR : molt_None;
}

MoltValue molt_builtin_iter(MoltValue x) { return molt_iter(x); }

MoltValue molt_builtin_next(MoltValue it, MoltValue dflt) {
    /* A generator's StopIteration carries its return value, which the next slot does not report. */
    if (molt_is_generator(it)) return molt_generator_next_builtin(it, dflt);
    MoltType *t = molt_type_of(it);
    if (!t->next) return molt_err_format(&molt_TypeError, "'%s' object is not an iterator", t->name);
    MOLT_ROOTS1(dflt);
    MoltValue r = t->next(it);
    MOLT_UNROOT();
    if (r || molt_err_occurred()) return r;
    if (dflt) return dflt;
    MoltValue e = molt_exc_new(&molt_StopIteration, NULL, 0);
    return e ? molt_err_raise(e) : MOLT_ERR;
}

MoltValue molt_builtin_input(MoltValue prompt) {
    if (prompt) {
        MoltValue s = molt_str(prompt);
        if (!s) return MOLT_ERR;
        molt_write_stdout(molt_str_utf8(s), (size_t)molt_str_nbytes(s));
    }
    molt_flush_stdout();
    MoltSBuf b;
    molt_sbuf_init(&b);
    int c;
    bool any = false;
    while ((c = getchar()) != EOF) {
        any = true;
        if (c == '\n') break;
        molt_sbuf_putc(&b, (char)c);
    }
    if (!any) {
        molt_sbuf_free(&b);
        return molt_err_set_str(&molt_EOFError, "EOF when reading a line");
    }
    if (b.len && b.data[b.len - 1] == '\r') b.data[--b.len] = 0;
    return molt_sbuf_finish(&b);
}

/* ------------------------------------------------------------ builtin function objects */

#define BUILTIN(name) static MoltValue bi_##name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

static int exactly(const char *name, int64_t nargs, MoltValue kwnames, int64_t n) {
    if (molt_arg_no_kwargs(name, kwnames) < 0) return -1;
    if (nargs == n) return 0;
    if (n == 1)
        molt_err_format(&molt_TypeError, "%s() takes exactly one argument (%lld given)", name, (long long)nargs);
    else
        molt_err_format(&molt_TypeError, "%s expected %lld arguments, got %lld", name, (long long)n, (long long)nargs);
    return -1;
}

#define ONE_ARG(name, fn)                                          \
    BUILTIN(name) {                                                \
        (void)callee;                                              \
        if (exactly(#name, nargs, kwnames, 1) < 0) return MOLT_ERR; \
        return fn(args[0]);                                        \
    }
ONE_ARG(len, molt_builtin_len)
ONE_ARG(abs, molt_builtin_abs)
ONE_ARG(hash, molt_builtin_hash)
ONE_ARG(id, molt_builtin_id)
ONE_ARG(repr, molt_builtin_repr)
ONE_ARG(ascii, molt_builtin_ascii)
ONE_ARG(bin, molt_builtin_bin)
ONE_ARG(oct, molt_builtin_oct)
ONE_ARG(hex, molt_builtin_hex)
ONE_ARG(chr, molt_builtin_chr)
ONE_ARG(ord, molt_builtin_ord)
ONE_ARG(callable, molt_builtin_callable)

#define TWO_ARGS(name, fn)                                         \
    BUILTIN(name) {                                                \
        (void)callee;                                              \
        if (exactly(#name, nargs, kwnames, 2) < 0) return MOLT_ERR; \
        return fn(args[0], args[1]);                               \
    }
TWO_ARGS(divmod, molt_builtin_divmod)
TWO_ARGS(isinstance, molt_builtin_isinstance)
TWO_ARGS(issubclass, molt_builtin_issubclass)
TWO_ARGS(hasattr, molt_builtin_hasattr)
TWO_ARGS(delattr, molt_builtin_delattr)

BUILTIN(setattr) {
    (void)callee;
    if (exactly("setattr", nargs, kwnames, 3) < 0) return MOLT_ERR;
    return molt_builtin_setattr(args[0], args[1], args[2]);
}

BUILTIN(getattr) {
    (void)callee;
    if (molt_arg_no_kwargs("getattr", kwnames) < 0 || molt_arg_count("getattr", nargs, 2, 3) < 0) return MOLT_ERR;
    return molt_builtin_getattr(args[0], args[1], nargs > 2 ? args[2] : MOLT_ERR);
}

BUILTIN(next) {
    (void)callee;
    if (molt_arg_no_kwargs("next", kwnames) < 0 || molt_arg_count("next", nargs, 1, 2) < 0) return MOLT_ERR;
    return molt_builtin_next(args[0], nargs > 1 ? args[1] : MOLT_ERR);
}

BUILTIN(iter) {
    (void)callee;
    if (molt_arg_no_kwargs("iter", kwnames) < 0 || molt_arg_count("iter", nargs, 1, 2) < 0) return MOLT_ERR;
    if (nargs == 2)
        return molt_err_set_str(&molt_NotImplementedError, "molt: iter(callable, sentinel) is not supported");
    return molt_iter(args[0]);
}

BUILTIN(pow) {
    (void)callee;
    static const char *const names[] = {"base", "exp", "mod"};
    MoltValue a[3];
    if (molt_builtin_args("pow", args, nargs, kwnames, names, 2, 3, a) < 0) return MOLT_ERR;
    return molt_builtin_pow(a[0], a[1], a[2]);
}

BUILTIN(round) {
    (void)callee;
    static const char *const names[] = {"number", "ndigits"};
    MoltValue a[2];
    if (molt_builtin_args("round", args, nargs, kwnames, names, 1, 2, a) < 0) return MOLT_ERR;
    return molt_builtin_round(a[0], a[1]);
}

BUILTIN(format) {
    (void)callee;
    static const char *const names[] = {NULL, NULL};
    MoltValue a[2];
    if (molt_builtin_args("format", args, nargs, kwnames, names, 1, 2, a) < 0) return MOLT_ERR;
    if (a[1] && !molt_is_str(a[1]))
        return molt_err_format(&molt_TypeError, "format() argument 2 must be str, not %T", a[1]);
    return molt_format(a[0], a[1]);
}

BUILTIN(input) {
    (void)callee;
    static const char *const names[] = {NULL};
    MoltValue a[1];
    if (molt_builtin_args("input", args, nargs, kwnames, names, 0, 1, a) < 0) return MOLT_ERR;
    return molt_builtin_input(a[0]);
}

/* print(*args, sep=' ', end='\n', file=None, flush=False) */
BUILTIN(print) {
    (void)callee;
    MoltValue sep = MOLT_ERR, end = MOLT_ERR, file = MOLT_ERR;
    bool flush = false;
    int64_t nkw = molt_kwnames_count(kwnames);
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue key = molt_tuple_items(kwnames)[k], v = args[nargs + k];
        if (molt_str_eq_cstr(key, "sep")) sep = v;
        else if (molt_str_eq_cstr(key, "end")) end = v;
        else if (molt_str_eq_cstr(key, "file")) file = v;
        else if (molt_str_eq_cstr(key, "flush")) {
            int t = molt_truthy(v);
            if (t < 0) return MOLT_ERR;
            flush = t;
        } else {
            return molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for print()", key);
        }
    }
    return molt_print(args, nargs, sep, end, file, flush);
}

/* exit(code=None) / quit(code=None): raise SystemExit(code) */
BUILTIN(exit) {
    (void)callee;
    if (molt_arg_no_kwargs("exit", kwnames) < 0) return MOLT_ERR;
    MoltValue e = molt_exc_new(&molt_SystemExit, args, nargs > 1 ? 1 : nargs);
    return e ? molt_err_raise(e) : MOLT_ERR;
}

/* bool(x=False) */
static MoltValue bool_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("bool", kwnames) < 0) return MOLT_ERR;
    if (nargs > 2) return molt_err_format(&molt_TypeError, "bool expected at most 1 argument, got %d", (int)(nargs - 1));
    if (nargs == 1) return molt_False;
    int t = molt_truthy(args[1]);
    return t < 0 ? MOLT_ERR : molt_bool(t);
}

/* object.__new__ for type(None)() etc. is not needed; NoneType() returns None in CPython. */
static MoltValue none_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)args;
    if (nargs > 1 || molt_kwnames_count(kwnames)) return molt_err_set_str(&molt_TypeError, "NoneType takes no arguments");
    return molt_None;
}

void molt_builtins_init(void) {
    molt_gc_add_root(&builtins_dict);
    static const struct {
        const char *name;
        molt_call_fn fn;
    } fns[] = {
        {"len", bi_len}, {"abs", bi_abs}, {"hash", bi_hash}, {"id", bi_id}, {"repr", bi_repr}, {"ascii", bi_ascii},
        {"bin", bi_bin}, {"oct", bi_oct}, {"hex", bi_hex}, {"chr", bi_chr}, {"ord", bi_ord},
        {"callable", bi_callable}, {"divmod", bi_divmod}, {"isinstance", bi_isinstance},
        {"issubclass", bi_issubclass}, {"hasattr", bi_hasattr}, {"delattr", bi_delattr}, {"setattr", bi_setattr},
        {"getattr", bi_getattr}, {"next", bi_next}, {"iter", bi_iter}, {"pow", bi_pow}, {"round", bi_round},
        {"format", bi_format}, {"input", bi_input}, {"print", bi_print}, {"exit", bi_exit}, {"quit", bi_exit},
    };
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) molt_builtins_add(fns[i].name, molt_builtin_new(fns[i].name, fns[i].fn));
    static const struct {
        const char *name;
        MoltType *type;
    } types[] = {
        {"object", &molt_object_type}, {"type", &molt_type_type}, {"int", &molt_int_type},
        {"float", &molt_float_type}, {"complex", &molt_complex_type}, {"bool", &molt_bool_type},
        {"str", &molt_str_type}, {"bytes", &molt_bytes_type}, {"bytearray", &molt_bytearray_type},
        {"list", &molt_list_type}, {"tuple", &molt_tuple_type}, {"dict", &molt_dict_type}, {"set", &molt_set_type},
        {"frozenset", &molt_frozenset_type}, {"range", &molt_range_type}, {"slice", &molt_slice_type},
        {"super", &molt_super_type}, {"property", &molt_property_type}, {"staticmethod", &molt_staticmethod_type},
        {"classmethod", &molt_classmethod_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) molt_builtins_add(types[i].name, molt_val(types[i].type));
    for (int i = 0; molt_exception_types[i]; i++)
        molt_builtins_add(molt_exception_types[i]->name, molt_val(molt_exception_types[i]));
    molt_builtins_add("None", molt_None);
    molt_builtins_add("True", molt_True);
    molt_builtins_add("False", molt_False);
    molt_builtins_add("Ellipsis", molt_Ellipsis);
    molt_builtins_add("NotImplemented", molt_NotImplemented);
    molt_builtins_add("EnvironmentError", molt_val(&molt_OSError));
    molt_builtins_add("IOError", molt_val(&molt_OSError));
    molt_type_add_method(&molt_bool_type, "__new__", bool_new);
    molt_type_add_method(&molt_none_type, "__new__", none_new);
    molt_builtins_iter_init();
}
