/* The program's own modules (import_program.c): a table of hand-written module bodies, run through
 * molt_program_main as a compiled program is. Expected texts are what python3.12 prints for the same
 * module layout (main.py, util.py, pkg/__init__.py, pkg/sub.py, bad.py, circ_a.py, circ_b.py),
 * file paths shown relative as Molt keeps them. */
#include <stdlib.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/int.h"
#include "molt/modules.h"
#include "molt/runtime.h"
#include "molt/str.h"
#include "test.h"

static MoltValue roots[4]; /* 0 module, 1 scratch, 2 outcome, 3 main's globals */
static MoltFrame frame = {0, roots, 4, 1, "test", "test_import_program.c"};
static int util_runs, bad_runs;
static char circular_message[512];

static MoltValue import(const char *name) { return molt_import_module(molt_str_from_cstr(name)); }

static MoltValue from(MoltValue module, const char *name) { return molt_import_from(module, molt_str_from_cstr(name)); }

/* Text of an outcome: repr of the value, or "Type: message" of the exception (then cleared). */
static const char *outcome(MoltValue r) {
    static char buf[1024];
    if (r) {
        roots[2] = r;
        MoltValue s = molt_repr(r);
        snprintf(buf, sizeof buf, "%s", s ? molt_str_utf8(s) : "(repr failed)");
        return buf;
    }
    MoltValue e = molt_err_fetch();
    if (!e) return "(error without exception)";
    roots[2] = e;
    MoltValue msg = molt_exc_str(e);
    snprintf(buf, sizeof buf, "%s: %s", molt_type_of(e)->name, msg ? molt_str_utf8(msg) : "?");
    return buf;
}

static MoltValue set(MoltValue globals, const char *name, int64_t v) {
    return molt_dict_setitem_cstr(globals, name, molt_int_from_i64(v)) == 0 ? molt_None : MOLT_ERR;
}

/* util.py: x = 1 */
static MoltValue util_init(MoltValue g) {
    util_runs++;
    return set(g, "x", 1);
}

/* pkg/__init__.py: x = 10 */
static MoltValue pkg_init(MoltValue g) { return set(g, "x", 10); }

/* pkg/sub.py: y = 2 */
static MoltValue sub_init(MoltValue g) { return set(g, "y", 2); }

/* bad.py: raises ValueError on its first run (the program catches it and imports again) */
static MoltValue bad_init(MoltValue g) {
    (void)g;
    if (bad_runs++ == 0) return molt_err_format(&molt_ValueError, "first run fails");
    return molt_None;
}

/* circ_a.py: import circ_b; def f(): ... (f bound after circ_b ran) */
static MoltValue circ_a_init(MoltValue g) {
    MOLT_ROOTS1(g);
    MoltValue b = import("circ_b");
    MOLT_UNROOT();
    return b ? set(g, "f", 1) : MOLT_ERR;
}

/* circ_b.py: try: from circ_a import f / except ImportError as e: message = str(e) */
static MoltValue circ_b_init(MoltValue g) {
    (void)g;
    MoltValue a = import("circ_a"); /* registered, still running: partially initialised */
    if (!a) return MOLT_ERR;
    snprintf(circular_message, sizeof circular_message, "%s", outcome(from(a, "f")));
    return molt_None;
}

static MoltValue main_init(MoltValue g) {
    roots[3] = g;
    molt_frame_push(&frame);
    CHECK_STR(outcome(molt_dict_getitem_cstr(g, "__name__")), "'__main__'");
    CHECK_STR(outcome(molt_dict_getitem_cstr(g, "__file__")), "'main.py'");
    roots[0] = import("__main__");
    CHECK(roots[0] && molt_program_initializing(roots[0]));

    /* one instance per module, its body run once */
    roots[0] = import("util");
    CHECK(import("util") == roots[0]);
    CHECK_INT(util_runs, 1);
    CHECK_STR(outcome(roots[0]), "<module 'util' from 'util.py'>");
    CHECK_STR(outcome(from(roots[0], "x")), "1");
    CHECK(!molt_program_initializing(roots[0]));

    /* import pkg.sub: the package first, then the submodule, bound on the package afterwards */
    roots[0] = import("pkg.sub");
    CHECK_STR(outcome(roots[0]), "<module 'pkg.sub' from 'pkg/sub.py'>");
    roots[0] = import("pkg");
    CHECK_STR(outcome(molt_getattr_cstr(roots[0], "x")), "10");
    CHECK_STR(outcome(molt_getattr_cstr(molt_getattr_cstr(roots[0], "sub"), "y")), "2");
    CHECK_STR(outcome(from(roots[0], "missing")), "ImportError: cannot import name 'missing' from 'pkg' (pkg/__init__.py)");

    /* missing modules below the program's own */
    CHECK_STR(outcome(import("pkg.nope")), "ModuleNotFoundError: No module named 'pkg.nope'");
    CHECK_STR(outcome(import("util.x")), "ModuleNotFoundError: No module named 'util.x'; 'util' is not a package");
    CHECK_STR(outcome(import("nothere")), "ModuleNotFoundError: No module named 'nothere'");
    CHECK_STR(outcome(import("math")), "<module 'math' (built-in)>");

    /* a body that raises leaves no module behind: the next import runs it again */
    CHECK_STR(outcome(import("bad")), "ValueError: first run fails");
    CHECK_STR(outcome(import("bad")), "<module 'bad' from 'bad.py'>");
    CHECK_INT(bad_runs, 2);

    /* from a module that is still running its body */
    roots[0] = import("circ_a");
    CHECK_STR(outcome(molt_getattr_cstr(roots[0], "f")), "1");
    CHECK_STR(circular_message, "ImportError: cannot import name 'f' from partially initialized module 'circ_a' "
                                "(most likely due to a circular import) (circ_a.py)");

    /* modules stay reachable from the table only */
    roots[0] = MOLT_ERR;
    molt_gc_collect();
    CHECK_STR(outcome(molt_getattr_cstr(import("pkg.sub"), "y")), "2");
    molt_frame_pop(&frame);
    return molt_None;
}

static const MoltProgramModule program[] = {
    {"__main__", "main.py", main_init},
    {"bad", "bad.py", bad_init},
    {"circ_a", "circ_a.py", circ_a_init},
    {"circ_b", "circ_b.py", circ_b_init},
    {"pkg", "pkg/__init__.py", pkg_init},
    {"pkg.sub", "pkg/sub.py", sub_init},
    {"util", "util.py", util_init},
    {NULL, NULL, NULL},
};

int main(void) {
    TEST_INIT();
    char *argv[] = {"main.py", NULL};
    molt_test_current = "molt_program_main";
    CHECK_INT(molt_program_main(1, argv, program), 0);
    CHECK(circular_message[0] != 0);
    return TEST_REPORT();
}
