/* Molt runtime: buffered standard output/error and print() (print.c). */
#ifndef MOLT_PRINT_H
#define MOLT_PRINT_H

#include "molt/object.h"

/* Output streams for print(file=...): molt_stdout / molt_stderr are the sys.stdout / sys.stderr objects. */
extern MoltObject molt_stdout_obj, molt_stderr_obj;
#define molt_stdout molt_val(&molt_stdout_obj)
#define molt_stderr molt_val(&molt_stderr_obj)

/* print(*args, sep=sep, end=end, file=file, flush=flush): sep/end None or MOLT_ERR mean defaults,
 * file None/MOLT_ERR means stdout. Returns None or MOLT_ERR. */
MoltValue molt_print(const MoltValue *args, int64_t nargs, MoltValue sep, MoltValue end, MoltValue file, bool flush);
/* Raw writes of UTF-8 bytes: fd 1 is buffered (flushed at exit, when full, and before any stderr write). */
void molt_write_stdout(const char *s, size_t n);
void molt_write_stderr(const char *s, size_t n);
void molt_flush_stdout(void);
/* Writes str(v) to the stream object (molt_stdout/molt_stderr or any object with write()). */
int molt_stream_write(MoltValue stream, MoltValue s);

#endif
