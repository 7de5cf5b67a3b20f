/* dict views (keys/values/items) and the dict iterators, with CPython's mutation checks. */
#include "molt/dict.h"
#include "molt/dict_internal.h"
#include "molt/list.h"
#include "molt/exceptions.h"
#include "molt/sbuf.h"
#include "molt/seq.h"
#include "molt/set.h"
#include "molt/str.h"
#include "molt/tuple.h"

typedef struct MoltDictView {
    MoltObject ob;
    MoltValue dict;
} MoltDictView;

typedef struct MoltDictIter {
    MoltObject ob;
    MoltValue dict;    /* MOLT_ERR once exhausted */
    int64_t pos;       /* next entry number */
    int64_t used;      /* dict size when the iterator was made */
    int64_t remaining;
} MoltDictIter;

enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS };

static void view_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltDictView *)self)->dict); }
static void iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltDictIter *)self)->dict); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue view_dict(MoltValue v) { return ((MoltDictView *)molt_obj(v))->dict; }

/* ---------------------------------------------------------------- iterators */

static MoltValue iter_new(MoltType *t, MoltValue d) {
    MOLT_ROOTS1(d);
    MoltValue it = molt_gc_alloc(t, sizeof(MoltDictIter));
    MOLT_UNROOT();
    if (!it) return MOLT_ERR;
    MoltDictIter *i = (MoltDictIter *)molt_obj(it);
    i->dict = d;
    i->used = molt_dict_obj(d)->used;
    i->remaining = i->used;
    return it;
}

/* Advances to the next live entry; MOLT_ERR at the end or with RuntimeError on mutation. */
static MoltDictEntry *iter_advance(MoltValue v) {
    MoltDictIter *it = (MoltDictIter *)molt_obj(v);
    if (!it->dict) return NULL;
    MoltValue d = it->dict;
    if (molt_dict_obj(d)->used != it->used) {
        it->used = -1; /* keep failing, as CPython does */
        molt_err_format(&molt_RuntimeError, "dictionary changed size during iteration");
        return NULL;
    }
    MoltValue tv = molt_dict_obj(d)->table;
    if (tv) {
        MoltDictTable *t = (MoltDictTable *)molt_obj(tv);
        MoltDictEntry *e = molt_dict_table_entries(t);
        while (it->pos < t->nentries) {
            MoltDictEntry *x = &e[it->pos++];
            if (x->key) {
                /* Found an entry after the expected count: keys were swapped under us. */
                if (it->remaining == 0) {
                    molt_err_format(&molt_RuntimeError, "dictionary keys changed during iteration");
                    it->dict = MOLT_ERR;
                    return NULL;
                }
                it->remaining--;
                return x;
            }
        }
    }
    it->dict = MOLT_ERR;
    return NULL;
}

static MoltValue keyiter_next(MoltValue v) {
    MoltDictEntry *e = iter_advance(v);
    return e ? e->key : MOLT_ERR;
}

static MoltValue valueiter_next(MoltValue v) {
    MoltDictEntry *e = iter_advance(v);
    return e ? e->value : MOLT_ERR;
}

static MoltValue itemiter_next(MoltValue v) {
    MoltDictEntry *e = iter_advance(v);
    if (!e) return MOLT_ERR;
    return molt_tuple_pack(2, e->key, e->value);
}

MoltType molt_dict_keyiterator_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_keyiterator", .base = &molt_object_type,
    .trace = iter_trace, .iter = iter_self, .next = keyiter_next,
};
MoltType molt_dict_valueiterator_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_valueiterator", .base = &molt_object_type,
    .trace = iter_trace, .iter = iter_self, .next = valueiter_next,
};
MoltType molt_dict_itemiterator_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_itemiterator", .base = &molt_object_type,
    .trace = iter_trace, .iter = iter_self, .next = itemiter_next,
};

MoltValue molt_dict_iter(MoltValue d) { return iter_new(&molt_dict_keyiterator_type, d); }

/* ---------------------------------------------------------------- views */

static MoltValue view_new(MoltType *t, MoltValue d) {
    MOLT_ROOTS1(d);
    MoltValue v = molt_gc_alloc(t, sizeof(MoltDictView));
    MOLT_UNROOT();
    if (v) ((MoltDictView *)molt_obj(v))->dict = d;
    return v;
}

MoltValue molt_dict_keys(MoltValue d) { return view_new(&molt_dict_keys_type, d); }
MoltValue molt_dict_values(MoltValue d) { return view_new(&molt_dict_values_type, d); }
MoltValue molt_dict_items(MoltValue d) { return view_new(&molt_dict_items_type, d); }

static int64_t view_len(MoltValue v) { return molt_dict_size(view_dict(v)); }
static MoltValue view_to_bool(MoltValue v) { return molt_bool(molt_dict_size(view_dict(v)) != 0); }
static MoltValue keys_iter(MoltValue v) { return iter_new(&molt_dict_keyiterator_type, view_dict(v)); }
static MoltValue values_iter(MoltValue v) { return iter_new(&molt_dict_valueiterator_type, view_dict(v)); }
static MoltValue items_iter(MoltValue v) { return iter_new(&molt_dict_itemiterator_type, view_dict(v)); }

static int keys_contains(MoltValue v, MoltValue key) { return molt_dict_contains(view_dict(v), key); }

static int items_contains(MoltValue v, MoltValue item) {
    if (!molt_is_tuple(item) || molt_tuple_size(item) != 2) return 0;
    MOLT_ROOTS1(item);
    MoltValue found = molt_dict_lookup(view_dict(v), molt_tuple_items(item)[0]);
    int r;
    if (!found) r = molt_err_occurred() ? -1 : 0;
    else r = molt_seq_item_eq(found, molt_tuple_items(item)[1]);
    MOLT_UNROOT();
    return r;
}

/* dict_keys(['a', 'b']): the name, then the repr of the view's items as a list. */
static MoltValue view_repr(MoltValue v) {
    int guard = molt_repr_enter(v);
    if (guard < 0) return MOLT_ERR;
    if (guard > 0) return molt_str_from_cstr("...");
    MOLT_ROOTS1(v);
    MoltValue r = MOLT_ERR;
    MoltValue l = molt_list_from_iterable(v);
    if (l) r = molt_repr(l);
    MOLT_UNROOT();
    molt_repr_leave(v);
    if (!r) return MOLT_ERR;
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, molt_obj(v)->type->name);
    molt_sbuf_putc(&b, '(');
    molt_sbuf_put_str(&b, r);
    molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

/* Set-like views compare and combine as sets (keys and items only). */
static MoltValue view_as_set(MoltValue v) {
    if (molt_is_anyset(v)) return v;
    return molt_set_from_iterable(v);
}

static bool setlike(MoltValue v) {
    MoltType *t = molt_type_of(v);
    return t == &molt_dict_keys_type || t == &molt_dict_items_type || molt_is_anyset(v);
}

static MoltValue view_richcmp(MoltValue a, MoltValue b, int op) {
    if (!setlike(a) || !setlike(b)) return molt_NotImplemented;
    MOLT_ROOTS1(b);
    MoltValue sa = view_as_set(a), sb = MOLT_ERR;
    if (sa) {
        MOLT_ROOTS1(sa);
        sb = view_as_set(b);
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    if (!sb) return MOLT_ERR;
    return molt_set_richcmp(sa, sb, op);
}

/* left op right where one side is a view: set(left) op right, right any iterable (CPython's
 * dictviews_* build a set from the left operand whatever it is). */
static MoltValue view_binop(MoltValue left, MoltValue right, int op) {
    MOLT_ROOTS1(right);
    MoltValue s = molt_set_from_iterable(left);
    MoltValue r = MOLT_ERR;
    if (s) {
        MOLT_ROOTS1(s);
        if (op == MOLT_OP_OR) r = molt_set_union(s, right);
        else if (op == MOLT_OP_AND) r = molt_set_intersection(s, right);
        else if (op == MOLT_OP_SUB) r = molt_set_difference(s, right);
        else r = molt_set_symmetric_difference(s, right);
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

static MoltValue view_or(MoltValue a, MoltValue b) { return view_binop(a, b, MOLT_OP_OR); }
static MoltValue view_and(MoltValue a, MoltValue b) { return view_binop(a, b, MOLT_OP_AND); }
static MoltValue view_sub(MoltValue a, MoltValue b) { return view_binop(a, b, MOLT_OP_SUB); }
static MoltValue view_xor(MoltValue a, MoltValue b) { return view_binop(a, b, MOLT_OP_XOR); }
/* Reflected slots receive (view, left operand). */
static MoltValue view_ror(MoltValue v, MoltValue a) { return view_binop(a, v, MOLT_OP_OR); }
static MoltValue view_rand(MoltValue v, MoltValue a) { return view_binop(a, v, MOLT_OP_AND); }
static MoltValue view_rsub(MoltValue v, MoltValue a) { return view_binop(a, v, MOLT_OP_SUB); }
static MoltValue view_rxor(MoltValue v, MoltValue a) { return view_binop(a, v, MOLT_OP_XOR); }

#define SETOPS                                                                                   \
    .number = {[MOLT_OP_OR] = view_or, [MOLT_OP_AND] = view_and, [MOLT_OP_SUB] = view_sub,       \
               [MOLT_OP_XOR] = view_xor},                                                        \
    .number_reflected = {[MOLT_OP_OR] = view_ror, [MOLT_OP_AND] = view_rand,                     \
                         [MOLT_OP_SUB] = view_rsub, [MOLT_OP_XOR] = view_rxor}

MoltType molt_dict_keys_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_keys", .base = &molt_object_type,
    .trace = view_trace, .repr = view_repr, .richcmp = view_richcmp, .iter = keys_iter, .len = view_len,
    .contains = keys_contains, .to_bool = view_to_bool, SETOPS,
};
MoltType molt_dict_values_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_values", .base = &molt_object_type,
    .trace = view_trace, .repr = view_repr, .iter = values_iter, .len = view_len, .to_bool = view_to_bool,
};
MoltType molt_dict_items_type = {
    .ob = {&molt_type_type, 0, 0}, .name = "dict_items", .base = &molt_object_type,
    .trace = view_trace, .repr = view_repr, .richcmp = view_richcmp, .iter = items_iter, .len = view_len,
    .contains = items_contains, .to_bool = view_to_bool, SETOPS,
};
