/*
 * The builtin exception hierarchy (CPython 3.12 names and bases) and exception instances:
 * args, __cause__, __context__, traceback entries, and CPython's str()/repr() rules.
 */
#include <stdlib.h>
#include <string.h>

#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

static void exc_trace(MoltObject *self, MoltVisitor *v) {
    MoltException *e = (MoltException *)self;
    molt_visit(v, e->dict);
    molt_visit(v, e->args);
    molt_visit(v, e->cause);
    molt_visit(v, e->context);
    molt_visit(v, e->value);
}

static void exc_finalize(MoltObject *self) {
    MoltException *e = (MoltException *)self;
    free(e->trace);
    e->trace = NULL;
}

bool molt_is_exception(MoltValue v) {
    return molt_is_ptr(v) && (molt_obj(v)->type->flags & MOLT_TYPE_EXCEPTION);
}

MoltValue molt_exc_new(MoltType *type, const MoltValue *args, int64_t nargs) {
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs); /* callers often pass a freshly made message */
    MoltValue t = molt_tuple_from_array(args, nargs);
    molt_root_array_pop(&ra);
    if (!t) return MOLT_ERR;
    MOLT_ROOTS1(t);
    size_t size = type->instance_size ? type->instance_size : sizeof(MoltException);
    MoltValue e = molt_gc_alloc(type, size);
    MOLT_UNROOT();
    if (!e) return MOLT_ERR;
    molt_exc_obj(e)->args = t;
    return e;
}

MoltValue molt_exc_args(MoltValue exc) { return molt_exc_obj(exc)->args; }

void molt_exc_set_cause(MoltValue exc, MoltValue cause) {
    MoltException *e = molt_exc_obj(exc);
    e->cause = cause;
    e->suppress_context = true;
}

void molt_exc_set_context(MoltValue exc, MoltValue context) { molt_exc_obj(exc)->context = context; }

/* "\xe9", "\u20ac" or "\U0001f600" the way UnicodeEncodeError names a character. */
static void put_char_escape(MoltSBuf *b, uint32_t cp) {
    if (cp < 0x100) molt_sbuf_printf(b, "\\x%02x", (unsigned)cp);
    else if (cp < 0x10000) molt_sbuf_printf(b, "\\u%04x", (unsigned)cp);
    else molt_sbuf_printf(b, "\\U%08x", (unsigned)cp);
}

static bool all_small(const MoltValue *items, int n) {
    for (int i = 0; i < n; i++)
        if (!molt_is_small(items[i])) return false;
    return true;
}

/* UnicodeDecodeError(encoding, object, start, end, reason) and friends. */
static MoltValue unicode_error_str(MoltValue exc) {
    MoltException *e = molt_exc_obj(exc);
    MoltValue *a = molt_tuple_items(e->args);
    MoltType *t = e->ob.type;
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (molt_is_subtype(t, &molt_UnicodeDecodeError)) {
        if (!molt_is_str(a[0]) || !molt_is_bytes(a[1]) || !all_small(a + 2, 2) || !molt_is_str(a[4])) goto plain;
        int64_t start = molt_small_value(a[2]), end = molt_small_value(a[3]);
        MoltBytes *bytes = molt_bytes_obj(a[1]);
        molt_sbuf_puts(&b, "'");
        molt_sbuf_put_str(&b, a[0]);
        if (end == start + 1 && start >= 0 && start < bytes->size)
            molt_sbuf_printf(&b, "' codec can't decode byte 0x%02x in position %lld: ", bytes->data[start],
                             (long long)start);
        else
            molt_sbuf_printf(&b, "' codec can't decode bytes in position %lld-%lld: ", (long long)start,
                             (long long)(end - 1));
        molt_sbuf_put_str(&b, a[4]);
    } else {
        bool enc = molt_is_subtype(t, &molt_UnicodeEncodeError);
        int off = enc ? 1 : 0; /* UnicodeTranslateError has no encoding argument */
        if (!molt_is_str(a[off]) || !all_small(a + off + 1, 2) || !molt_is_str(a[off + 3])) goto plain;
        if (enc && !molt_is_str(a[0])) goto plain;
        int64_t start = molt_small_value(a[off + 1]), end = molt_small_value(a[off + 2]);
        if (enc) {
            molt_sbuf_puts(&b, "'");
            molt_sbuf_put_str(&b, a[0]);
            molt_sbuf_puts(&b, "' codec can't encode ");
        } else {
            molt_sbuf_puts(&b, "can't translate ");
        }
        if (end == start + 1 && start >= 0 && start < molt_str_len(a[off])) {
            molt_sbuf_puts(&b, "character '");
            put_char_escape(&b, molt_str_char_at(a[off], start));
            molt_sbuf_printf(&b, "' in position %lld: ", (long long)start);
        } else {
            molt_sbuf_printf(&b, "characters in position %lld-%lld: ", (long long)start, (long long)(end - 1));
        }
        molt_sbuf_put_str(&b, a[off + 3]);
    }
    return molt_sbuf_finish(&b);
plain:
    molt_sbuf_free(&b);
    return molt_str(e->args);
}

static MoltValue exc_str_impl(MoltValue exc);

MoltValue molt_exc_str(MoltValue exc) {
    MOLT_ROOTS1(exc);
    MoltValue r = exc_str_impl(exc);
    MOLT_UNROOT();
    return r;
}

static MoltValue exc_str_impl(MoltValue exc) {
    MoltException *e = molt_exc_obj(exc);
    MoltType *t = e->ob.type;
    int64_t n = e->args ? molt_tuple_size(e->args) : 0;
    MoltValue *a = n ? molt_tuple_items(e->args) : NULL;
    if (n == 0) return molt_str_empty();
    if (n == 1) {
        /* KeyError shows the key as it appears in code: KeyError('a') -> 'a'. */
        if (molt_is_subtype(t, &molt_KeyError)) return molt_repr(a[0]);
        return molt_str(a[0]);
    }
    if (molt_is_subtype(t, &molt_OSError) && n >= 2 && n <= 5) {
        MoltSBuf b;
        molt_sbuf_init(&b);
        MoltValue s1 = molt_str(a[0]);
        if (!s1) { molt_sbuf_free(&b); return MOLT_ERR; }
        molt_sbuf_puts(&b, "[Errno ");
        molt_sbuf_put_str(&b, s1);
        molt_sbuf_puts(&b, "] ");
        MoltValue s2 = molt_str(a[1]);
        if (!s2) { molt_sbuf_free(&b); return MOLT_ERR; }
        molt_sbuf_put_str(&b, s2);
        if (n >= 3 && a[2] != molt_None) {
            MoltValue r = molt_repr(a[2]);
            if (!r) { molt_sbuf_free(&b); return MOLT_ERR; }
            molt_sbuf_puts(&b, ": ");
            molt_sbuf_put_str(&b, r);
        }
        return molt_sbuf_finish(&b);
    }
    if ((n == 5 && molt_is_subtype(t, &molt_UnicodeDecodeError)) ||
        (n == 5 && molt_is_subtype(t, &molt_UnicodeEncodeError)) ||
        (n == 4 && molt_is_subtype(t, &molt_UnicodeTranslateError)))
        return unicode_error_str(exc);
    return molt_str(e->args);
}

static MoltValue exc_str_slot(MoltValue self) { return molt_exc_str(self); }

static MoltValue exc_repr(MoltValue self) {
    MoltException *e = molt_exc_obj(self);
    int64_t n = molt_tuple_size(e->args);
    MOLT_ROOTS1(self);
    MoltValue inner = n == 1 ? molt_repr(molt_tuple_items(e->args)[0]) : molt_repr(e->args);
    MOLT_UNROOT();
    if (!inner) return MOLT_ERR;
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, e->ob.type->name);
    if (n == 1) molt_sbuf_putc(&b, '(');
    if (n == 0) molt_sbuf_puts(&b, "()");
    else molt_sbuf_put_str(&b, inner);
    if (n == 1) molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

static MoltValue none_if_err(MoltValue v) { return v ? v : molt_None; }

static MoltValue exc_getattr(MoltValue self, MoltValue name) {
    MoltException *e = molt_exc_obj(self);
    const char *s = molt_str_utf8(name);
    if (s[0] == '_' || s[0] == 'a' || s[0] == 'v' || s[0] == 'c') {
        if (!strcmp(s, "args")) return e->args;
        if (!strcmp(s, "__cause__")) return none_if_err(e->cause);
        if (!strcmp(s, "__context__")) return none_if_err(e->context);
        if (!strcmp(s, "__suppress_context__")) return molt_bool(e->suppress_context);
        if (!strcmp(s, "__traceback__")) return molt_None;
        MoltType *t = e->ob.type;
        bool stop = molt_is_subtype(t, &molt_StopIteration);
        if ((stop && !strcmp(s, "value")) || (molt_is_subtype(t, &molt_SystemExit) && !strcmp(s, "code"))) {
            if (e->value) return e->value;
            int64_t n = molt_tuple_size(e->args);
            if (n == 0) return molt_None;
            if (n == 1 || stop) return molt_tuple_items(e->args)[0];
            return e->args;
        }
    }
    return molt_object_generic_getattr(self, name);
}

static int exc_setattr(MoltValue self, MoltValue name, MoltValue value) {
    MoltException *e = molt_exc_obj(self);
    const char *s = molt_str_utf8(name);
    if (!strcmp(s, "args")) {
        if (!value) return molt_err_set_str(&molt_TypeError, "args may not be deleted"), -1;
        MOLT_ROOTS1(self);
        MoltValue t = molt_tuple_from_iterable(value);
        MOLT_UNROOT();
        if (!t) return -1;
        molt_exc_obj(self)->args = t;
        return 0;
    }
    if (!strcmp(s, "__cause__") || !strcmp(s, "__context__")) {
        MoltValue v = value == molt_None ? MOLT_ERR : value;
        if (v && !molt_is_exception(v)) {
            molt_err_format(&molt_TypeError, "exception %s must be None or derive from BaseException",
                            s[2] == 'c' && s[3] == 'a' ? "cause" : "context");
            return -1;
        }
        if (s[2] == 'c' && s[3] == 'a') molt_exc_set_cause(self, v);
        else e->context = v;
        return 0;
    }
    if (!strcmp(s, "__suppress_context__")) {
        int b = molt_truthy(value);
        if (b < 0) return -1;
        e->suppress_context = b;
        return 0;
    }
    if ((molt_is_subtype(e->ob.type, &molt_StopIteration) && !strcmp(s, "value")) ||
        (molt_is_subtype(e->ob.type, &molt_SystemExit) && !strcmp(s, "code"))) {
        e->value = value;
        return 0;
    }
    return molt_object_generic_setattr(self, name, value);
}

/* BaseException.__new__(cls, *args) */
static MoltValue exc_new_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames; /* subclasses may take keywords in their own __init__ */
    if (nargs < 1 || !molt_is_subtype(molt_type_of(args[0]), &molt_type_type))
        return molt_err_set_str(&molt_TypeError, "BaseException.__new__(X): X is not a type object");
    MoltType *cls = (MoltType *)molt_obj(args[0]);
    if (!molt_is_subtype(cls, &molt_BaseException))
        return molt_err_format(&molt_TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException",
                               cls->name, cls->name);
    return molt_exc_new(cls, args + 1, nargs - 1);
}

/* BaseException.__init__(self, *args) */
static MoltValue exc_init_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (nargs < 1 || !molt_is_exception(args[0]))
        return molt_err_set_str(&molt_TypeError, "descriptor '__init__' requires a 'BaseException' object");
    if (molt_kwnames_count(kwnames) > 0)
        return molt_err_format(&molt_TypeError, "%s() takes no keyword arguments", molt_obj(args[0])->type->name);
    MoltValue self = args[0];
    MOLT_ROOTS1(self);
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs);
    MoltValue t = molt_tuple_from_array(args + 1, nargs - 1);
    molt_root_array_pop(&ra);
    MOLT_UNROOT();
    if (!t) return MOLT_ERR;
    molt_exc_obj(self)->args = t;
    return molt_None;
}

static MoltValue exc_with_traceback(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "with_traceback() takes exactly one argument");
    return args[0];
}

/* BaseException.__str__ / __repr__ as methods, so super().__str__() works in subclasses. */
static MoltValue exc_str_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1 || !molt_is_exception(args[0]))
        return molt_err_set_str(&molt_TypeError, "descriptor '__str__' requires a 'BaseException' object");
    return molt_exc_str(args[0]);
}

static MoltValue exc_repr_method(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1 || !molt_is_exception(args[0]))
        return molt_err_set_str(&molt_TypeError, "descriptor '__repr__' requires a 'BaseException' object");
    return exc_repr(args[0]);
}

int molt_exc_matches(MoltValue exc, MoltValue spec) {
    MoltType *et = molt_type_of(exc);
    if (molt_is_tuple(spec)) {
        int64_t n = molt_tuple_size(spec);
        for (int64_t i = 0; i < n; i++) {
            int r = molt_exc_matches(exc, molt_tuple_items(spec)[i]);
            if (r) return r;
        }
        return 0;
    }
    if (!molt_is_subtype(molt_type_of(spec), &molt_type_type) ||
        !molt_is_subtype((MoltType *)molt_obj(spec), &molt_BaseException)) {
        molt_err_set_str(&molt_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return molt_is_subtype(et, (MoltType *)molt_obj(spec)) ? 1 : 0;
}

/* ------------------------------------------------------------ the hierarchy */

#define EXC_FLAGS (MOLT_TYPE_BASETYPE | MOLT_TYPE_EXCEPTION | MOLT_TYPE_HAS_DICT)
#define DEFINE_EXC(cname, pyname, basename)                                                          \
    MoltType molt_##cname = {                                                                        \
        .ob = {&molt_type_type, 0, 0}, .name = pyname, .base = basename, .flags = EXC_FLAGS,         \
        .instance_size = sizeof(MoltException), .trace = exc_trace, .repr = exc_repr,                \
        .str = exc_str_slot, .hash = molt_object_hash, .getattr = exc_getattr,                       \
        .setattr = exc_setattr, .finalize = exc_finalize,                                            \
    }

DEFINE_EXC(BaseException, "BaseException", &molt_object_type);
DEFINE_EXC(SystemExit, "SystemExit", &molt_BaseException);
DEFINE_EXC(KeyboardInterrupt, "KeyboardInterrupt", &molt_BaseException);
DEFINE_EXC(GeneratorExit, "GeneratorExit", &molt_BaseException);
DEFINE_EXC(Exception, "Exception", &molt_BaseException);
DEFINE_EXC(StopIteration, "StopIteration", &molt_Exception);
DEFINE_EXC(StopAsyncIteration, "StopAsyncIteration", &molt_Exception);
DEFINE_EXC(ArithmeticError, "ArithmeticError", &molt_Exception);
DEFINE_EXC(FloatingPointError, "FloatingPointError", &molt_ArithmeticError);
DEFINE_EXC(OverflowError, "OverflowError", &molt_ArithmeticError);
DEFINE_EXC(ZeroDivisionError, "ZeroDivisionError", &molt_ArithmeticError);
DEFINE_EXC(AssertionError, "AssertionError", &molt_Exception);
DEFINE_EXC(AttributeError, "AttributeError", &molt_Exception);
DEFINE_EXC(BufferError, "BufferError", &molt_Exception);
DEFINE_EXC(EOFError, "EOFError", &molt_Exception);
DEFINE_EXC(ImportError, "ImportError", &molt_Exception);
DEFINE_EXC(ModuleNotFoundError, "ModuleNotFoundError", &molt_ImportError);
DEFINE_EXC(LookupError, "LookupError", &molt_Exception);
DEFINE_EXC(IndexError, "IndexError", &molt_LookupError);
DEFINE_EXC(KeyError, "KeyError", &molt_LookupError);
DEFINE_EXC(MemoryError, "MemoryError", &molt_Exception);
DEFINE_EXC(NameError, "NameError", &molt_Exception);
DEFINE_EXC(UnboundLocalError, "UnboundLocalError", &molt_NameError);
DEFINE_EXC(OSError, "OSError", &molt_Exception);
DEFINE_EXC(BlockingIOError, "BlockingIOError", &molt_OSError);
DEFINE_EXC(ChildProcessError, "ChildProcessError", &molt_OSError);
DEFINE_EXC(ConnectionError, "ConnectionError", &molt_OSError);
DEFINE_EXC(BrokenPipeError, "BrokenPipeError", &molt_ConnectionError);
DEFINE_EXC(ConnectionAbortedError, "ConnectionAbortedError", &molt_ConnectionError);
DEFINE_EXC(ConnectionRefusedError, "ConnectionRefusedError", &molt_ConnectionError);
DEFINE_EXC(ConnectionResetError, "ConnectionResetError", &molt_ConnectionError);
DEFINE_EXC(FileExistsError, "FileExistsError", &molt_OSError);
DEFINE_EXC(FileNotFoundError, "FileNotFoundError", &molt_OSError);
DEFINE_EXC(InterruptedError, "InterruptedError", &molt_OSError);
DEFINE_EXC(IsADirectoryError, "IsADirectoryError", &molt_OSError);
DEFINE_EXC(NotADirectoryError, "NotADirectoryError", &molt_OSError);
DEFINE_EXC(PermissionError, "PermissionError", &molt_OSError);
DEFINE_EXC(ProcessLookupError, "ProcessLookupError", &molt_OSError);
DEFINE_EXC(TimeoutError, "TimeoutError", &molt_OSError);
DEFINE_EXC(ReferenceError, "ReferenceError", &molt_Exception);
DEFINE_EXC(RuntimeError, "RuntimeError", &molt_Exception);
DEFINE_EXC(NotImplementedError, "NotImplementedError", &molt_RuntimeError);
DEFINE_EXC(RecursionError, "RecursionError", &molt_RuntimeError);
DEFINE_EXC(SyntaxError, "SyntaxError", &molt_Exception);
DEFINE_EXC(IndentationError, "IndentationError", &molt_SyntaxError);
DEFINE_EXC(TabError, "TabError", &molt_IndentationError);
DEFINE_EXC(SystemError, "SystemError", &molt_Exception);
DEFINE_EXC(TypeError, "TypeError", &molt_Exception);
DEFINE_EXC(ValueError, "ValueError", &molt_Exception);
DEFINE_EXC(UnicodeError, "UnicodeError", &molt_ValueError);
DEFINE_EXC(UnicodeDecodeError, "UnicodeDecodeError", &molt_UnicodeError);
DEFINE_EXC(UnicodeEncodeError, "UnicodeEncodeError", &molt_UnicodeError);
DEFINE_EXC(UnicodeTranslateError, "UnicodeTranslateError", &molt_UnicodeError);
DEFINE_EXC(Warning, "Warning", &molt_Exception);
DEFINE_EXC(BytesWarning, "BytesWarning", &molt_Warning);
DEFINE_EXC(DeprecationWarning, "DeprecationWarning", &molt_Warning);
DEFINE_EXC(EncodingWarning, "EncodingWarning", &molt_Warning);
DEFINE_EXC(FutureWarning, "FutureWarning", &molt_Warning);
DEFINE_EXC(ImportWarning, "ImportWarning", &molt_Warning);
DEFINE_EXC(PendingDeprecationWarning, "PendingDeprecationWarning", &molt_Warning);
DEFINE_EXC(ResourceWarning, "ResourceWarning", &molt_Warning);
DEFINE_EXC(RuntimeWarning, "RuntimeWarning", &molt_Warning);
DEFINE_EXC(SyntaxWarning, "SyntaxWarning", &molt_Warning);
DEFINE_EXC(UnicodeWarning, "UnicodeWarning", &molt_Warning);
DEFINE_EXC(UserWarning, "UserWarning", &molt_Warning);

/* Bases before subclasses, so readying in order sees every base ready. */
MoltType *const molt_exception_types[] = {
    &molt_BaseException, &molt_SystemExit, &molt_KeyboardInterrupt, &molt_GeneratorExit, &molt_Exception,
    &molt_StopIteration, &molt_StopAsyncIteration, &molt_ArithmeticError, &molt_FloatingPointError,
    &molt_OverflowError, &molt_ZeroDivisionError, &molt_AssertionError, &molt_AttributeError, &molt_BufferError,
    &molt_EOFError, &molt_ImportError, &molt_ModuleNotFoundError, &molt_LookupError, &molt_IndexError,
    &molt_KeyError, &molt_MemoryError, &molt_NameError, &molt_UnboundLocalError, &molt_OSError,
    &molt_BlockingIOError, &molt_ChildProcessError, &molt_ConnectionError, &molt_BrokenPipeError,
    &molt_ConnectionAbortedError, &molt_ConnectionRefusedError, &molt_ConnectionResetError, &molt_FileExistsError,
    &molt_FileNotFoundError, &molt_InterruptedError, &molt_IsADirectoryError, &molt_NotADirectoryError,
    &molt_PermissionError, &molt_ProcessLookupError, &molt_TimeoutError, &molt_ReferenceError, &molt_RuntimeError,
    &molt_NotImplementedError, &molt_RecursionError, &molt_SyntaxError, &molt_IndentationError, &molt_TabError,
    &molt_SystemError, &molt_TypeError, &molt_ValueError, &molt_UnicodeError, &molt_UnicodeDecodeError,
    &molt_UnicodeEncodeError, &molt_UnicodeTranslateError, &molt_Warning, &molt_BytesWarning,
    &molt_DeprecationWarning, &molt_EncodingWarning, &molt_FutureWarning, &molt_ImportWarning,
    &molt_PendingDeprecationWarning, &molt_ResourceWarning, &molt_RuntimeWarning, &molt_SyntaxWarning,
    &molt_UnicodeWarning, &molt_UserWarning, NULL,
};

void molt_exceptions_init(void) {
    for (int i = 0; molt_exception_types[i]; i++) molt_type_ready(molt_exception_types[i]);
    molt_type_add_method(&molt_BaseException, "__new__", exc_new_method);
    molt_type_add_method(&molt_BaseException, "__init__", exc_init_method);
    molt_type_add_method(&molt_BaseException, "with_traceback", exc_with_traceback);
    molt_type_add_method(&molt_BaseException, "__str__", exc_str_method);
    molt_type_add_method(&molt_BaseException, "__repr__", exc_repr_method);
    molt_errors_init();
}
