/* Helpers shared by the sequence and mapping types: repr cycle guard, lexicographic comparison. */
#include <stdlib.h>

#include "molt/exceptions.h"
#include "molt/seq.h"

/* Containers currently inside repr(). They are reachable from the repr caller's roots, so the
 * stack needs no GC registration. Depth is small (nesting depth of the printed value). */
static MoltValue *repr_stack;
static int64_t repr_depth, repr_cap;

int molt_repr_enter(MoltValue v) {
    for (int64_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_depth == repr_cap) {
        int64_t cap = repr_cap ? repr_cap * 2 : 16;
        MoltValue *grown = realloc(repr_stack, (size_t)cap * sizeof(MoltValue));
        if (!grown) {
            molt_err_no_memory();
            return -1;
        }
        repr_stack = grown;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void molt_repr_leave(MoltValue v) {
    for (int64_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            repr_stack[i] = repr_stack[--repr_depth];
            return;
        }
    }
}

MoltValue molt_seq_richcmp(MoltValue a, MoltValue b, int op, molt_seq_items_fn items) {
    int64_t na, nb;
    items(a, &na);
    items(b, &nb);
    if ((op == MOLT_EQ || op == MOLT_NE) && na != nb) return molt_bool(op == MOLT_NE);
    MOLT_ROOTS2(a, b);
    int64_t i = 0;
    MoltValue result = MOLT_ERR;
    for (;; i++) {
        MoltValue *xa = items(a, &na), *xb = items(b, &nb);
        if (i >= na || i >= nb) break;
        MoltValue x = xa[i], y = xb[i];
        int eq = molt_seq_item_eq(x, y);
        if (eq < 0) goto done;
        if (!eq) {
            if (op == MOLT_EQ) result = molt_False;
            else if (op == MOLT_NE) result = molt_True;
            else result = molt_compare(op, x, y);
            goto done;
        }
    }
    {
        int c = na < nb ? -1 : na > nb ? 1 : 0;
        bool r;
        switch (op) {
        case MOLT_LT: r = c < 0; break;
        case MOLT_LE: r = c <= 0; break;
        case MOLT_EQ: r = c == 0; break;
        case MOLT_NE: r = c != 0; break;
        case MOLT_GT: r = c > 0; break;
        default: r = c >= 0; break;
        }
        result = molt_bool(r);
    }
done:
    MOLT_UNROOT();
    return result;
}
