/* Process set-up and the program entry point: builtin types, sys.argv, running the main module,
 * uncaught exceptions and SystemExit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/builtins.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/generator.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/print.h"
#include "molt/runtime.h"
#include "molt/str.h"
#include "molt/type.h"

void molt_int_init(void);
void molt_float_init(void);
void molt_complex_init(void);
void molt_bool_init(void);
void molt_function_init(void);
void molt_print_init(void);
extern MoltType molt_seqiter_type, molt_textio_type;

static bool initialised;
static MoltValue sys_argv;


void molt_runtime_init(void) {
    if (initialised) return;
    initialised = true;
    molt_gc_pause(); /* static types are not roots until readied */
    molt_type_init();
    static MoltType *const core[] = {
        &molt_none_type, &molt_bool_type, &molt_int_type, &molt_float_type, &molt_complex_type,
        &molt_str_type, &molt_bytes_type, &molt_bytearray_type, &molt_list_type, &molt_tuple_type,
        &molt_dict_type, &molt_set_type, &molt_frozenset_type, &molt_range_type, &molt_slice_type,
        &molt_ellipsis_type, &molt_notimplemented_type, &molt_super_type, &molt_seqiter_type,
    };
    for (size_t i = 0; i < sizeof core / sizeof *core; i++) molt_type_ready(core[i]);
    molt_bool_init();
    molt_int_init();
    molt_float_init();
    molt_complex_init();
    molt_function_init();
    molt_exceptions_init();
    molt_print_init();
    molt_containers_init();
    molt_builtins_init();
    molt_generator_init();
    molt_gc_add_root(&sys_argv);
    molt_gc_resume();
    /* MOLT_GC_STRESS=1 collects at every allocation: finds values held across allocations unrooted. */
    const char *stress = getenv("MOLT_GC_STRESS");
    if (stress && stress[0] == '1') molt_gc_stress = true;
}

MoltValue molt_sys_argv(void) { return sys_argv; }

/* Exit status for an uncaught SystemExit, printing its message when it is not an int. */
static int system_exit_code(MoltValue exc) {
    MoltValue code = molt_getattr_cstr(exc, "code");
    if (!code) {
        molt_err_clear();
        return 1;
    }
    if (code == molt_None) return 0;
    if (molt_is_int_like(code)) {
        int64_t c;
        if (!molt_int_as_i64(code, &c)) return -1 & 0xff;
        return (int)(c & 0xff);
    }
    MoltValue s = molt_str(code);
    if (!s) {
        molt_err_clear();
        return 1;
    }
    molt_write_stderr(molt_str_utf8(s), (size_t)molt_str_nbytes(s));
    molt_write_stderr("\n", 1);
    return 1;
}

int molt_main(int argc, char **argv, MoltValue (*module_init)(void)) {
    molt_runtime_init();
    sys_argv = molt_list_new(argc);
    for (int i = 0; sys_argv && i < argc; i++) {
        MoltValue s = molt_str_from_utf8(argv[i], (int64_t)strlen(argv[i]));
        if (!s || molt_list_append(sys_argv, s) < 0) sys_argv = MOLT_ERR;
    }
    int code = 0;
    MoltValue r = sys_argv ? module_init() : MOLT_ERR;
    if (!r) {
        MoltValue exc = molt_err_fetch();
        if (exc && molt_isinstance_type(exc, &molt_SystemExit)) {
            code = system_exit_code(exc);
        } else {
            if (exc) molt_exc_print(exc);
            code = 1;
        }
    }
    molt_flush_stdout();
    return code;
}
