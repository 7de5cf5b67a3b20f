/*
 * Names in a class body (decision 0034): the body runs with its namespace dict as locals, so a
 * load looks in the namespace, then the module globals, then builtins (CPython's LOAD_NAME), and a
 * `del` removes the namespace entry (DELETE_NAME). Methods never see these names. The namespace is
 * the dict the lowering creates for the body (class keywords, hence __prepare__, are unsupported).
 */
#include "molt/builtins.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/type.h"

MoltValue molt_class_load_name(MoltValue ns, MoltValue globals, MoltValue name) {
    MoltValue v = molt_dict_getitem_str(ns, name);
    return v ? v : molt_global_lookup(globals, name);
}

int molt_class_delete_name(MoltValue ns, MoltValue name) {
    MOLT_ROOTS1(name);
    int rc = molt_dict_delitem(ns, name);
    if (rc < 0 && molt_err_matches(&molt_KeyError)) {
        molt_err_clear();
        molt_err_format(&molt_NameError, "name '%S' is not defined", name);
    }
    MOLT_UNROOT();
    return rc;
}
