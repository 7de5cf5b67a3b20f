/* set and frozenset, including CPython's iteration order. Expected texts come from CPython 3.12
 * (gen/fill_expected.py). */
#include "cases.h"
#include "molt/float.h"
#include "molt/range.h"
#include "molt/set.h"

static MoltValue R(int64_t a, int64_t b, int64_t c) { return molt_range_new(a, b, c); }
static MoltValue ST(MoltValue it) { return molt_set_from_iterable(it); }
static MoltValue FS(MoltValue it) { return molt_frozenset_from_iterable(it); }
static MoltValue HASH(MoltValue v) {
    int64_t h = molt_hash(v);
    return h == -1 ? MOLT_ERR : molt_int_from_i64(h);
}

/* The same pseudo-random add/discard script as the Python expression next to each use. */
static MoltValue SCRIPT(int64_t seed, int n, int mod) {
    MoltValue s = molt_set_new();
    for (int i = 0; i < n; i++) {
        int64_t x = (seed * (i + 1) * 2654435761LL) % mod;
        if (x % 3) molt_set_add(s, I(x));
        else molt_set_discard(s, I(x / 2));
    }
    return s;
}

static MoltValue DISCARD_ADD(void) {
    MoltValue s = molt_set_from_iterable(R(0, 30, 1));
    for (int i = 0; i < 30; i += 3) molt_set_discard(s, I(i));
    for (int i = 100; i < 140; i += 7) molt_set_add(s, I(i));
    return s;
}

static MoltValue SORTED(MoltValue it) {
    MoltValue l = molt_list_from_iterable(it);
    return molt_list_sort(l, MOLT_ERR, false) < 0 ? MOLT_ERR : l;
}

static MoltValue POPS(MoltValue s, int keep) {
    while (molt_set_size(s) > keep) molt_set_pop(s);
    return s;
}

static MoltValue UPDATE(MoltValue s, int op, MoltValue o) {
    MoltValue r = molt_set_inplace_op(op, s, o);
    return r;
}

static void test_basic(void) {
    CASE("set()", molt_set_new(), "set()");
    CASE("frozenset()", molt_frozenset_new(), "frozenset()");
    CASE("frozenset([1])", FS(L(1, I(1))), "frozenset({1})");
    CASE("{3, 1, 2}", ST(L(3, I(3), I(1), I(2))), "{1, 2, 3}");
    CASE("set(range(-5, 40, 3))", ST(R(-5, 40, 3)), "{1, 34, 4, 37, 7, 10, 13, 16, 19, 22, 25, -5, 28, -2, 31}");
    CASE("set([100, 8, 16, 1000, 7, 99, 64])", ST(L(7, I(100), I(8), I(16), I(1000), I(7), I(99), I(64))), "{64, 99, 100, 7, 8, 1000, 16}");
    CASE("{(1, 2), (2, 1)} == {(2, 1), (1, 2)}", molt_compare(MOLT_EQ, ST(L(2, T(2, I(1), I(2)), T(2, I(2), I(1)))), ST(L(2, T(2, I(2), I(1)), T(2, I(1), I(2))))), "True");
    CASE("{[1]}", ST(L(1, L(1, I(1)))), "TypeError: unhashable type: 'list'");
    CASE("{1, 1.0, True}", ST(L(3, I(1), molt_float_new(1.0), molt_True)), "{1}");
    CASE("2 in {1, 2}", molt_bool(molt_contains(ST(L(2, I(1), I(2))), I(2))), "True");
    CASE("len(set('hello'))", I(molt_len(ST(S("hello")))), "4");
    CASE("sorted(set('hello'))", SORTED(ST(S("hello"))), "['e', 'h', 'l', 'o']");
    CASE("set().pop()", molt_set_pop(molt_set_new()), "KeyError: 'pop from an empty set'");
    CASE("set().remove(1)", (molt_set_remove(molt_set_new(), I(1)), MOLT_ERR), "KeyError: 1");
    CASE("set().remove((1, 2))", (molt_set_remove(molt_set_new(), T(2, I(1), I(2))), MOLT_ERR), "KeyError: (1, 2)");
}

static void test_order(void) {
    CASE("(lambda s, seed: [(s.add(x) if x % 3 else s.discard(x // 2)) for x in [(seed * (i + 1) * 2654435761) % 1000 for i in range(300)]] and s)(set(), 7)", SCRIPT(7, 300, 1000), "{1, 514, 4, 518, 8, 521, 16, 529, 20, 533, 23, 541, 31, 544, 35, 548, 556, 46, 559, 560, 50, 563, 58, 571, 61, 575, 65, 578, 73, 586, 77, 590, 80, 598, 88, 601, 92, 605, 100, 613, 103, 616, 617, 107, 620, 115, 628, 118, 119, 632, 122, 635, 130, 643, 134, 647, 137, 655, 145, 658, 149, 662, 157, 670, 160, 674, 164, 677, 172, 685, 175, 176, 689, 179, 187, 700, 191, 704, 194, 712, 202, 715, 206, 719, 214, 727, 217, 731, 221, 734, 229, 742, 233, 746, 236, 244, 757, 248, 761, 251, 769, 259, 772, 773, 263, 776, 271, 784, 274, 788, 278, 791, 286, 799, 290, 803, 293, 811, 301, 814, 305, 818, 308, 826, 316, 829, 830, 320, 833, 328, 841, 331, 845, 335, 848, 343, 856, 347, 860, 350, 868, 358, 871, 362, 875, 883, 373, 886, 887, 377, 890, 385, 898, 388, 902, 392, 905, 400, 913, 404, 917, 407, 925, 415, 928, 419, 932, 940, 430, 943, 944, 434, 947, 442, 955, 445, 446, 959, 449, 962, 457, 970, 461, 974, 464, 982, 472, 985, 476, 989, 484, 997, 487, 491, 499, 502, 503, 506}");
    CASE("(lambda s, seed: [(s.add(x) if x % 3 else s.discard(x // 2)) for x in [(seed * (i + 1) * 2654435761) % 100 for i in range(300)]] and s)(set(), 3)", SCRIPT(3, 300, 100), "{1, 2, 4, 5, 7, 8, 11, 14, 16, 17, 19, 20, 22, 23, 26, 29, 32, 34, 35, 37, 38, 40, 41, 44, 47, 50, 52, 53, 55, 56, 58, 59, 61, 62, 64, 65, 67, 68, 70, 71, 73, 74, 76, 77, 79, 80, 82, 83, 85, 86, 88, 89, 91, 92, 94, 95, 97, 98}");
    CASE("(lambda s, seed: [(s.add(x) if x % 3 else s.discard(x // 2)) for x in [(seed * (i + 1) * 2654435761) % 100000 for i in range(2000)]] and len(s))(set(), 11)", I(molt_set_size(SCRIPT(11, 2000, 100000))), "1332");
    CASE("(lambda s: [s.pop() for _ in range(len(s) - 5)] and s)(set(range(-5, 300, 17)))", POPS(ST(R(-5, 300, 17)), 5), "{250, -5, 284, 29, 63}");
    CASE("(lambda s: ([s.discard(i) for i in range(0, 30, 3)], [s.add(i) for i in range(100, 140, 7)]) and s)(set(range(30)))", DISCARD_ADD(), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 135, 16, 17, 19, 20, 22, 23, 25, 26, 128, 28, 29, 100, 107, 114, 121}");
}

static void test_algebra(void) {
    CASE("set(range(0, 30, 2)) & set(range(0, 30, 3))", molt_binop(MOLT_OP_AND, ST(R(0, 30, 2)), ST(R(0, 30, 3))), "{0, 6, 12, 18, 24}");
    CASE("set(range(0, 30, 2)) | set(range(50, 20, -3))", molt_binop(MOLT_OP_OR, ST(R(0, 30, 2)), ST(R(50, 20, -3))), "{0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 23, 24, 26, 28, 29, 32, 35, 38, 41, 44, 47, 50}");
    CASE("set(range(0, 30, 2)) - set(range(0, 30, 3))", molt_binop(MOLT_OP_SUB, ST(R(0, 30, 2)), ST(R(0, 30, 3))), "{2, 4, 8, 10, 14, 16, 20, 22, 26, 28}");
    CASE("set(range(0, 30, 2)) ^ set(range(50, 0, -3))", molt_binop(MOLT_OP_XOR, ST(R(0, 30, 2)), ST(R(50, 0, -3))), "{0, 4, 5, 6, 10, 11, 12, 16, 17, 18, 22, 23, 24, 28, 29, 32, 35, 38, 41, 44, 47, 50}");
    CASE("set(range(100)) - {5}", molt_binop(MOLT_OP_SUB, ST(R(0, 100, 1)), ST(L(1, I(5)))), "{0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}");
    CASE("{1, 2}.union([5, 3], (9,))", M(ST(L(2, I(1), I(2))), "union", 2, L(2, I(5), I(3)), T(1, I(9))), "{1, 2, 3, 5, 9}");
    CASE("{1, 2, 3}.intersection([3, 2, 7])", M(ST(L(3, I(1), I(2), I(3))), "intersection", 1, L(3, I(3), I(2), I(7))), "{2, 3}");
    CASE("{1, 2, 3}.difference([3], {1})", M(ST(L(3, I(1), I(2), I(3))), "difference", 2, L(1, I(3)), ST(L(1, I(1)))), "{2}");
    CASE("{1, 2, 3}.symmetric_difference([3, 4])", M(ST(L(3, I(1), I(2), I(3))), "symmetric_difference", 1, L(2, I(3), I(4))), "{1, 2, 4}");
    CASE("{1} | [2]", molt_binop(MOLT_OP_OR, ST(L(1, I(1))), L(1, I(2))), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CASE("frozenset([1, 2]) | {3}", molt_binop(MOLT_OP_OR, FS(L(2, I(1), I(2))), ST(L(1, I(3)))), "frozenset({1, 2, 3})");
    CASE("{3} | frozenset([1, 2])", molt_binop(MOLT_OP_OR, ST(L(1, I(3))), FS(L(2, I(1), I(2)))), "{1, 2, 3}");
    CASE("{1, 2} <= {1, 2, 3}", molt_compare(MOLT_LE, ST(L(2, I(1), I(2))), ST(L(3, I(1), I(2), I(3)))), "True");
    CASE("{1, 2} < {1, 2}", molt_compare(MOLT_LT, ST(L(2, I(1), I(2))), ST(L(2, I(1), I(2)))), "False");
    CASE("{1, 2, 3} > {1, 2}", molt_compare(MOLT_GT, ST(L(3, I(1), I(2), I(3))), ST(L(2, I(1), I(2)))), "True");
    CASE("{1, 2} == frozenset([2, 1])", molt_compare(MOLT_EQ, ST(L(2, I(1), I(2))), FS(L(2, I(2), I(1)))), "True");
    CASE("{1}.issubset([1, 2])", M(ST(L(1, I(1))), "issubset", 1, L(2, I(1), I(2))), "True");
    CASE("{1, 2}.issuperset([1, 3])", M(ST(L(2, I(1), I(2))), "issuperset", 1, L(2, I(1), I(3))), "False");
    CASE("{1, 2}.isdisjoint([3])", M(ST(L(2, I(1), I(2))), "isdisjoint", 1, L(1, I(3))), "True");
    CASE("(lambda s: (s.__ior__({5, 1}), s)[1])({1, 2})", UPDATE(ST(L(2, I(1), I(2))), MOLT_OP_OR, ST(L(2, I(5), I(1)))), "{1, 2, 5}");
    CASE("(lambda s: (s.__iand__({5, 1}), s)[1])({1, 2})", UPDATE(ST(L(2, I(1), I(2))), MOLT_OP_AND, ST(L(2, I(5), I(1)))), "{1}");
    CASE("(lambda s: (s.__isub__({5, 1}), s)[1])({1, 2})", UPDATE(ST(L(2, I(1), I(2))), MOLT_OP_SUB, ST(L(2, I(5), I(1)))), "{2}");
    CASE("(lambda s: (s.__ixor__({5, 1}), s)[1])({1, 2})", UPDATE(ST(L(2, I(1), I(2))), MOLT_OP_XOR, ST(L(2, I(5), I(1)))), "{2, 5}");
}

static void test_hash(void) {
    CASE("hash(frozenset())", HASH(molt_frozenset_new()), "133146708735736");
    CASE("hash(frozenset([1, 2, 3]))", HASH(FS(L(3, I(1), I(2), I(3)))), "-272375401224217160");
    CASE("hash(frozenset(range(100)))", HASH(FS(R(0, 100, 1))), "4411996150312757951");
    CASE("hash(frozenset([frozenset([1]), (2, 3)]))", HASH(FS(L(2, FS(L(1, I(1))), T(2, I(2), I(3))))), "-2519069343117211334");
    CASE("hash(None)", HASH(molt_None), "4238894112");
    CASE("hash((None, 1))", HASH(T(2, molt_None, I(1))), "-439879632793865346");
    CASE("hash(frozenset([None]))", HASH(FS(L(1, molt_None))), "6611776082492875612");
    CASE("hash(frozenset([None, 1]))", HASH(FS(L(2, molt_None, I(1)))), "-3172218236538438857");
    CASE("hash({1})", HASH(ST(L(1, I(1)))), "TypeError: unhashable type: 'set'");
    CASE("{frozenset([1]): 'x'}", molt_dict_fromkeys(L(1, FS(L(1, I(1)))), S("x")), "{frozenset({1}): 'x'}");
}

int main(void) {
    TEST_INIT();
    RUN(test_basic);
    RUN(test_order);
    RUN(test_algebra);
    RUN(test_hash);
    return TEST_REPORT();
}
