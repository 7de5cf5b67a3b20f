/* Molt runtime: process-level setup and the program entry point (runtime.c).
 *
 * What generated code does (tests/test_program.c is a worked example):
 * - Each function keeps a MoltValue slots[N] array (zeroed) and a MoltFrame {prev, slots, N, line,
 *   "name", "file.py"}; it calls molt_frame_enter(&frame) on entry (-1: RecursionError, return
 *   MOLT_ERR) and molt_frame_leave(&frame) on every exit (adds the traceback entry if an exception is
 *   pending). frame.line is updated before each call that may raise.
 * - Every object value that lives across a call that may allocate sits in a slot. Values passed only
 *   as arguments need no slot: runtime functions root what they use after allocating (gc.h).
 * - Compiled functions are molt_function_new(entry, &code, defaults, kwdefaults, closure); the entry
 *   receives (function, args, nargs, kwnames) (vectorcall layout, function.h) and calls
 *   molt_function_bind(function, args, nargs, kwnames, slots) to fill its parameters.
 * - A call that fails returns MOLT_ERR (or -1); branch to the handler or to the exit. Handlers use
 *   molt_err_fetch, molt_exc_matches, molt_err_set_handled (save/restore around except blocks),
 *   molt_err_restore / molt_err_raise.
 * - Attribute and global names should be interned str constants (molt_name("x") or
 *   molt_str_intern_cstr): the type attribute cache only caches interned names.
 * - Globals live in a dict; molt_global_lookup(globals, name) falls back to builtins (builtins.h).
 */
#ifndef MOLT_RUNTIME_H
#define MOLT_RUNTIME_H

#include "molt/object.h"

/* Readies every builtin type (MRO, method dicts) and the GC. Idempotent; called by molt_main
 * and by unit tests (TEST_INIT). */
void molt_runtime_init(void);

/* Methods of str, list, dict, ... (defined by the containers' sources, called by molt_runtime_init). */
void molt_containers_init(void);

/* Program entry: sets sys.argv, runs module_init (the compiled __main__ module body; MOLT_ERR means
 * an exception escaped), prints an uncaught exception, handles SystemExit, flushes output.
 * Returns the process exit code. */
int molt_main(int argc, char **argv, MoltValue (*module_init)(void));

/* sys.argv as built by molt_main (a list of str), or MOLT_ERR before it ran. */
MoltValue molt_sys_argv(void);

#endif
