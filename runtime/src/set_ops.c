/*
 * Set algebra with CPython 3.12's element order: each result is built by iterating the same
 * operand CPython iterates, so printed results match.
 */
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/set.h"
#include "molt/set_internal.h"

/* Next live entry of s from *pos (re-reads the table each time: other sets may resize). */
static bool next_entry(MoltValue s, int64_t *pos, MoltValue *key, int64_t *hash) {
    MoltSetEntry *t = molt_set_entries(s);
    if (!t) return false;
    while (*pos <= molt_set_obj(s)->mask) {
        MoltSetEntry *e = &t[(*pos)++];
        if (e->key && e->key != MOLT_SET_DUMMY) {
            *key = e->key;
            *hash = e->hash;
            return true;
        }
    }
    return false;
}

#define FOR_ENTRIES(s, key, hash) \
    int64_t molt__pos = 0;        \
    MoltValue key;                \
    int64_t hash;                 \
    while (next_entry(s, &molt__pos, &key, &hash))

MoltValue molt_set_union(MoltValue s, MoltValue other) {
    MOLT_ROOTS1(other);
    MoltValue r = molt_set_copy(s);
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (other == s || molt_set_update(r, other) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

/* The copy made for the result must be a fresh object even for frozensets. */
static MoltValue fresh_copy(MoltValue s) {
    MOLT_ROOTS1(s);
    MoltValue r = molt_set_new_like(s);
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (molt_set_update(r, s) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

MoltValue molt_set_intersection(MoltValue s, MoltValue other) {
    if (s == other) return fresh_copy(s);
    MoltValue result = MOLT_ERR, it = MOLT_ERR;
    MOLT_ROOTS4(s, other, result, it);
    result = molt_set_new_like(s);
    if (!result) goto fail;
    if (molt_is_anyset(other)) {
        MoltValue big = s, small = other;
        if (molt_set_size(other) > molt_set_size(s)) {
            big = other;
            small = s;
        }
        FOR_ENTRIES(small, key, hash) {
            int rv = molt_set_contains_entry(big, key, hash);
            if (rv < 0 || (rv && molt_set_add_entry(result, key, hash) < 0)) goto fail;
        }
    } else {
        it = molt_iter(other);
        if (!it) goto fail;
        for (;;) {
            MoltValue key = molt_next(it);
            if (!key) {
                if (molt_err_occurred()) goto fail;
                break;
            }
            MoltCRoots kr = {0, {&key}, 1};
            molt_croots_push(&kr);
            int64_t hash = molt_hash(key);
            int rv = hash == -1 ? -1 : molt_set_contains_entry(s, key, hash);
            if (rv > 0) rv = molt_set_add_entry(result, key, hash) < 0 ? -1 : 1;
            molt_croots_pop(&kr);
            if (rv < 0) goto fail;
        }
    }
    MOLT_UNROOT();
    return result;
fail:
    MOLT_UNROOT();
    return MOLT_ERR;
}

/* Removes every element of other from s (set_difference_update_internal). */
static int difference_update(MoltValue s, MoltValue other) {
    if (s == other) {
        molt_set_clear(s);
        return 0;
    }
    MOLT_ROOTS2(s, other);
    int rc = 0;
    if (molt_is_anyset(other)) {
        FOR_ENTRIES(other, key, hash) {
            if (molt_set_discard_entry(s, key, hash) < 0) {
                rc = -1;
                break;
            }
        }
    } else {
        MoltValue it = molt_iter(other);
        rc = it ? 0 : -1;
        if (it) {
            MOLT_ROOTS1(it);
            for (;;) {
                MoltValue key = molt_next(it);
                if (!key) {
                    rc = molt_err_occurred() ? -1 : 0;
                    break;
                }
                if (molt_set_discard(s, key) < 0) {
                    rc = -1;
                    break;
                }
            }
            MOLT_UNROOT();
        }
    }
    if (rc == 0) {
        MoltSet *so = molt_set_obj(s);
        if ((uint64_t)(so->fill - so->used) > (uint64_t)so->mask / 4)
            rc = molt_set_resize(s, so->used > 50000 ? so->used * 2 : so->used * 4);
    }
    MOLT_UNROOT();
    return rc;
}

static MoltValue copy_and_difference(MoltValue s, MoltValue other) {
    MOLT_ROOTS1(other);
    MoltValue r = fresh_copy(s);
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (difference_update(r, other) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

MoltValue molt_set_difference(MoltValue s, MoltValue other) {
    int64_t other_size;
    if (molt_is_anyset(other)) other_size = molt_set_size(other);
    else if (molt_is_dict(other)) other_size = molt_dict_size(other);
    else return copy_and_difference(s, other);
    if ((molt_set_size(s) >> 2) > other_size) return copy_and_difference(s, other);
    MoltValue result = MOLT_ERR;
    MOLT_ROOTS3(s, other, result);
    result = molt_set_new_like(s);
    if (!result) goto fail;
    FOR_ENTRIES(s, key, hash) {
        int rv;
        if (molt_is_dict(other)) {
            MoltValue found = molt_dict_lookup(other, key);
            rv = found ? 1 : molt_err_occurred() ? -1 : 0;
        } else {
            rv = molt_set_contains_entry(other, key, hash);
        }
        if (rv < 0) goto fail;
        if (!rv && molt_set_add_entry(result, key, hash) < 0) goto fail;
    }
    MOLT_UNROOT();
    return result;
fail:
    MOLT_UNROOT();
    return MOLT_ERR;
}

/* s ^= other, in place on s (which the caller owns). */
static int symmetric_update(MoltValue s, MoltValue other) {
    if (s == other) {
        molt_set_clear(s);
        return 0;
    }
    MoltValue o = other;
    MOLT_ROOTS2(s, o);
    int rc = 0;
    if (molt_is_dict(other)) {
        /* CPython walks the dict's (key, hash) pairs directly. */
        int64_t pos = 0;
        MoltValue key;
        while (molt_dict_next(o, &pos, &key, NULL)) {
            int64_t hash = molt_hash(key);
            int rv = hash == -1 ? -1 : molt_set_discard_entry(s, key, hash);
            if (rv == 0) rv = molt_set_add_entry(s, key, hash) < 0 ? -1 : 1;
            if (rv < 0) {
                rc = -1;
                break;
            }
        }
    } else {
        if (!molt_is_anyset(o)) o = molt_set_from_iterable(o);
        if (!o) rc = -1;
        else {
            FOR_ENTRIES(o, key, hash) {
                int rv = molt_set_discard_entry(s, key, hash);
                if (rv == 0) rv = molt_set_add_entry(s, key, hash) < 0 ? -1 : 1;
                if (rv < 0) {
                    rc = -1;
                    break;
                }
            }
        }
    }
    MOLT_UNROOT();
    return rc;
}

MoltValue molt_set_symmetric_difference(MoltValue s, MoltValue other) {
    MOLT_ROOTS1(s);
    MoltValue r = molt_set_new_like(s);
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (molt_set_update(r, other) == 0 && symmetric_update(r, s) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

/* ---------------------------------------------------------------- comparisons */

static int subset(MoltValue s, MoltValue other) {
    if (molt_set_size(s) > molt_set_size(other)) return 0;
    MOLT_ROOTS2(s, other);
    int r = 1;
    FOR_ENTRIES(s, key, hash) {
        int rv = molt_set_contains_entry(other, key, hash);
        if (rv <= 0) {
            r = rv;
            break;
        }
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_set_issubset(MoltValue s, MoltValue other) {
    if (!molt_is_anyset(other)) {
        MOLT_ROOTS1(s);
        other = molt_set_from_iterable(other);
        MOLT_UNROOT();
        if (!other) return MOLT_ERR;
    }
    int r = subset(s, other);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

MoltValue molt_set_issuperset(MoltValue s, MoltValue other) {
    if (molt_is_anyset(other)) {
        int r = subset(other, s);
        return r < 0 ? MOLT_ERR : molt_bool(r);
    }
    MOLT_ROOTS1(s);
    MoltValue it = molt_iter(other), result = MOLT_ERR;
    if (it) {
        MOLT_ROOTS1(it);
        for (;;) {
            MoltValue key = molt_next(it);
            if (!key) {
                if (!molt_err_occurred()) result = molt_True;
                break;
            }
            int rv = molt_set_contains(s, key);
            if (rv < 0) break;
            if (!rv) {
                result = molt_False;
                break;
            }
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return result;
}

MoltValue molt_set_isdisjoint(MoltValue s, MoltValue other) {
    if (s == other) return molt_bool(molt_set_size(s) == 0);
    MoltValue result = MOLT_ERR;
    MOLT_ROOTS2(s, other);
    if (molt_is_anyset(other)) {
        MoltValue big = s, small = other;
        if (molt_set_size(other) > molt_set_size(s)) {
            big = other;
            small = s;
        }
        result = molt_True;
        FOR_ENTRIES(small, key, hash) {
            int rv = molt_set_contains_entry(big, key, hash);
            if (rv) {
                result = rv < 0 ? MOLT_ERR : molt_False;
                break;
            }
        }
    } else {
        MoltValue it = molt_iter(other);
        if (it) {
            MOLT_ROOTS1(it);
            for (;;) {
                MoltValue key = molt_next(it);
                if (!key) {
                    if (!molt_err_occurred()) result = molt_True;
                    break;
                }
                int rv = molt_set_contains(s, key);
                if (rv) {
                    if (rv > 0) result = molt_False;
                    break;
                }
            }
            MOLT_UNROOT();
        }
    }
    MOLT_UNROOT();
    return result;
}

MoltValue molt_set_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return molt_NotImplemented;
    int64_t na = molt_set_size(a), nb = molt_set_size(b);
    int r;
    switch (op) {
    case MOLT_EQ:
    case MOLT_NE:
        if (na != nb) r = 0;
        else if (molt_set_obj(a)->hash != -1 && molt_set_obj(b)->hash != -1 &&
                 molt_set_obj(a)->hash != molt_set_obj(b)->hash)
            r = 0;
        else r = subset(a, b);
        if (r < 0) return MOLT_ERR;
        return molt_bool(op == MOLT_EQ ? r : !r);
    case MOLT_LE: r = subset(a, b); break;
    case MOLT_GE: r = subset(b, a); break;
    case MOLT_LT: r = na < nb ? subset(a, b) : 0; break;
    default: r = na > nb ? subset(b, a) : 0; break;
    }
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

/* ---------------------------------------------------------------- operators */

MoltValue molt_set_or(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return molt_NotImplemented;
    return molt_set_union(a, b);
}

MoltValue molt_set_and(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return molt_NotImplemented;
    return molt_set_intersection(a, b);
}

MoltValue molt_set_sub(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return molt_NotImplemented;
    return molt_set_difference(a, b);
}

MoltValue molt_set_xor(MoltValue a, MoltValue b) {
    if (!molt_is_anyset(a) || !molt_is_anyset(b)) return molt_NotImplemented;
    return molt_set_symmetric_difference(a, b);
}

/* In-place updates: the methods accept any iterables, the operators (|= ...) only sets. */
int molt_set_intersection_update(MoltValue s, MoltValue other) {
    MOLT_ROOTS1(s);
    MoltValue r = molt_set_intersection(s, other);
    MOLT_UNROOT();
    if (!r) return -1;
    /* Take over the result's table (CPython swaps the bodies). */
    MoltSet *so = molt_set_obj(s), *ro = molt_set_obj(r);
    so->table = ro->table;
    so->fill = ro->fill;
    so->used = ro->used;
    so->mask = ro->mask;
    so->version++;
    return 0;
}

int molt_set_difference_update(MoltValue s, MoltValue other) { return difference_update(s, other); }
int molt_set_symmetric_difference_update(MoltValue s, MoltValue other) { return symmetric_update(s, other); }

MoltValue molt_set_inplace_op(int op, MoltValue s, MoltValue other) {
    if (!molt_is_anyset(s) || !molt_is_anyset(other) || molt_obj(s)->type != &molt_set_type)
        return molt_NotImplemented;
    int rc;
    switch (op) {
    case MOLT_OP_OR: rc = molt_set_update(s, other); break;
    case MOLT_OP_AND: rc = molt_set_intersection_update(s, other); break;
    case MOLT_OP_SUB: rc = difference_update(s, other); break;
    case MOLT_OP_XOR: rc = symmetric_update(s, other); break;
    default: return molt_NotImplemented;
    }
    return rc < 0 ? MOLT_ERR : s;
}
