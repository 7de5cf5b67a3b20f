/* Molt runtime: exception objects and error helpers beyond object.h (errors.c, exceptions.c). */
#ifndef MOLT_EXCEPTIONS_H
#define MOLT_EXCEPTIONS_H

#include "molt/object.h"

/* One traceback entry, appended as an exception leaves a frame (innermost last). */
typedef struct MoltTraceEntry {
    const char *function;
    const char *file;
    int32_t line;
} MoltTraceEntry;

/* Instance layout of BaseException and every subclass (MOLT_TYPE_HAS_DICT: dict right after the header). */
typedef struct MoltException {
    MoltObject ob;
    MoltValue dict;          /* instance attributes, or MOLT_ERR until first set */
    MoltValue args;          /* tuple */
    MoltValue cause;         /* __cause__: exception or MOLT_ERR (None) */
    MoltValue context;       /* __context__: exception or MOLT_ERR (None) */
    MoltValue value;         /* StopIteration.value / SystemExit.code / KeyError etc.: MOLT_ERR if unset */
    bool suppress_context;   /* set by `raise ... from ...` */
    int32_t ntrace, trace_cap;
    MoltTraceEntry *trace;   /* malloc'd, freed by the type's finalize */
} MoltException;

static inline MoltException *molt_exc_obj(MoltValue v) { return (MoltException *)molt_obj(v); }
bool molt_is_exception(MoltValue v);

/* New instance of an exception type with the given args (copied into a tuple). */
MoltValue molt_exc_new(MoltType *type, const MoltValue *args, int64_t nargs);
/* Message of an exception the way CPython's str(exc) computes it. */
MoltValue molt_exc_str(MoltValue exc);
MoltValue molt_exc_args(MoltValue exc);
void molt_exc_set_cause(MoltValue exc, MoltValue cause);     /* `raise exc from cause` (cause None: MOLT_ERR) */
void molt_exc_set_context(MoltValue exc, MoltValue context);
/* Raises exc with `from cause` semantics (cause: exception, exception class or None). */
MoltValue molt_err_raise_from(MoltValue exc, MoltValue cause);

/* Bare `raise`: re-raises molt_err_handled(), or RuntimeError "No active exception to reraise".
 * Always MOLT_ERR. */
MoltValue molt_err_reraise(void);
/* A failed `assert`: raises AssertionError(msg), or AssertionError() when msg is MOLT_ERR. Always MOLT_ERR. */
MoltValue molt_err_assert_fail(MoltValue msg);
/* Sets the pending exception to type(msg) with a str message (no formatting). */
MoltValue molt_err_set_str(MoltType *type, const char *msg);
/* Sets the pending exception to type(value), e.g. KeyError(key). */
MoltValue molt_err_set_value(MoltType *type, MoltValue value);
/* The preallocated MemoryError, raised without allocating. */
MoltValue molt_err_no_memory(void);
/* Exception currently being handled (for bare `raise` and __context__), and its save/restore
 * around except blocks. MOLT_ERR if none. */
MoltValue molt_err_handled(void);
void molt_err_set_handled(MoltValue exc);
/* Pending exception's type, or NULL. */
MoltType *molt_err_type(void);
/* True if exc (an instance) matches spec: a type or a tuple of types, as in `except spec:`.
 * Returns -1 with TypeError pending if spec is not a class deriving from BaseException. */
int molt_exc_matches(MoltValue exc, MoltValue spec);
/* Prints a traceback of exc to stderr like CPython's default excepthook (chained exceptions too). */
void molt_exc_print(MoltValue exc);
/* The text molt_exc_print writes, as a str. */
MoltValue molt_exc_format(MoltValue exc);

/* Registers the error state's roots and the preallocated MemoryError (called by molt_runtime_init). */
void molt_errors_init(void);
void molt_exceptions_init(void); /* readies the hierarchy, then molt_errors_init */

/* Python-level recursion limit: 1000 at start like CPython (sys.getrecursionlimit()). */
#define MOLT_RECURSION_LIMIT 1000
int64_t molt_get_recursion_limit(void);
/* sys.setrecursionlimit(limit) with CPython's checks; returns None or MOLT_ERR. */
MoltValue molt_set_recursion_limit(MoltValue limit);
/* Pushes a frame and counts depth: -1 with RecursionError pending (frame not pushed) past the limit. */
int molt_frame_enter(MoltFrame *f);
/* Pops a frame pushed by molt_frame_enter; if an exception is pending, records f in its traceback. */
void molt_frame_leave(MoltFrame *f);
int64_t molt_recursion_depth(void);

/* Exception types beyond the core list in object.h (exceptions.c). */
extern MoltType molt_FloatingPointError, molt_BufferError, molt_SystemError, molt_ReferenceError,
    molt_SyntaxError, molt_IndentationError, molt_TabError, molt_UnicodeTranslateError,
    molt_FileNotFoundError, molt_FileExistsError, molt_PermissionError, molt_IsADirectoryError,
    molt_NotADirectoryError, molt_TimeoutError, molt_InterruptedError, molt_BlockingIOError,
    molt_ChildProcessError, molt_ProcessLookupError, molt_ConnectionError, molt_BrokenPipeError,
    molt_ConnectionAbortedError, molt_ConnectionRefusedError, molt_ConnectionResetError,
    molt_Warning, molt_UserWarning, molt_DeprecationWarning, molt_PendingDeprecationWarning,
    molt_SyntaxWarning, molt_RuntimeWarning, molt_FutureWarning, molt_ImportWarning,
    molt_UnicodeWarning, molt_BytesWarning, molt_ResourceWarning, molt_EncodingWarning;
/* Every builtin exception type, NULL-terminated (for molt_runtime_init and the builtins module). */
extern MoltType *const molt_exception_types[];

#endif
