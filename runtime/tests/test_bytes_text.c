/* bytes/bytearray text methods of bytes_text.c and bytes % args. Expected reprs and messages are
 * CPython 3.12's, printed by python3.12 for the expression in the comment next to each check. */
#include "molt/bytes.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/gc.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "test.h"

static char buf[1024];

static const char *show(MoltValue v) {
    if (!v) {
        MoltValue e = molt_err_fetch();
        if (!e) return "(no exception)";
        MoltValue s = molt_str(e);
        snprintf(buf, sizeof buf, "%s: %s", molt_obj(e)->type->name, s ? molt_str_utf8(s) : "?");
        return buf;
    }
    MoltValue r = molt_repr(v);
    snprintf(buf, sizeof buf, "%s", r ? molt_str_utf8(r) : "(repr failed)");
    return buf;
}

static MoltValue B(const char *s) { return molt_bytes_from(s, (int64_t)strlen(s)); }
static MoltValue S(const char *s) { return molt_str_from_cstr(s); }

/* B(self).name(args...), all positional; args rooted while self is made. */
static const char *m(const char *self, const char *name, int64_t n, MoltValue *args) {
    MoltRootArray ra;
    molt_root_array_push(&ra, args, n);
    MoltValue obj = B(self);
    const char *r = show(molt_call_method(obj, name, args, n, MOLT_ERR));
    molt_root_array_pop(&ra);
    return r;
}

static void test_case_maps(void) {
    CHECK_STR(m("  Mixed Case Bytes  ", "title", 0, NULL), "b'  Mixed Case Bytes  '");
    CHECK_STR(m("hello wORLD 2x", "title", 0, NULL), "b'Hello World 2X'");
    CHECK_STR(m("they're bill's", "title", 0, NULL), "b\"They'Re Bill'S\"");
    CHECK_STR(m("\xc3\xa9t\xc3\xa9", "title", 0, NULL), "b'\\xc3\\xa9T\\xc3\\xa9'");
    CHECK_STR(m("  Mixed Case Bytes  ", "swapcase", 0, NULL), "b'  mIXED cASE bYTES  '");
    CHECK_STR(m("  Mixed Case Bytes  ", "capitalize", 0, NULL), "b'  mixed case bytes  '");
    CHECK_STR(m("hELLO", "capitalize", 0, NULL), "b'Hello'");
    CHECK_STR(m("Hello World", "istitle", 0, NULL), "True");
    CHECK_STR(m("Hello world", "istitle", 0, NULL), "False");
    CHECK_STR(m("", "istitle", 0, NULL), "False");
    CHECK_STR(m("A1 B", "istitle", 0, NULL), "True");
    CHECK_STR(m("1", "istitle", 0, NULL), "False");
    CHECK_STR(m("abc", "isascii", 0, NULL), "True");
    CHECK_STR(m("\x80", "isascii", 0, NULL), "False");
    /* bytearray(b'ab').title() keeps the type */
    MoltValue ba = molt_bytearray_from("ab", 2);
    CHECK_STR(show(molt_call_method(ba, "title", NULL, 0, MOLT_ERR)), "bytearray(b'Ab')");
}

static void test_padding(void) {
    CHECK_STR(m("hi", "center", 2, (MoltValue[]){molt_small(6), B("*")}), "b'**hi**'");
    CHECK_STR(m("hi", "center", 2, (MoltValue[]){molt_small(5), B("*")}), "b'**hi*'");
    CHECK_STR(m("abc", "center", 1, (MoltValue[]){molt_small(6)}), "b' abc  '");
    CHECK_STR(m("long", "center", 1, (MoltValue[]){molt_small(2)}), "b'long'");
    CHECK_STR(m("x", "ljust", 2, (MoltValue[]){molt_small(3), B(".")}), "b'x..'");
    CHECK_STR(m("x", "rjust", 1, (MoltValue[]){molt_small(3)}), "b'  x'");
    CHECK_STR(m("x", "center", 2, (MoltValue[]){molt_small(3), B("ab")}),
              "TypeError: center() argument 2 must be a byte string of length 1, not bytes");
    CHECK_STR(m("42", "zfill", 1, (MoltValue[]){molt_small(5)}), "b'00042'");
    CHECK_STR(m("-42", "zfill", 1, (MoltValue[]){molt_small(5)}), "b'-0042'");
    CHECK_STR(m("+x", "zfill", 1, (MoltValue[]){molt_small(4)}), "b'+00x'");
    CHECK_STR(m("abc", "zfill", 1, (MoltValue[]){molt_small(2)}), "b'abc'");
    CHECK_STR(m("", "zfill", 1, (MoltValue[]){molt_small(3)}), "b'000'");
    CHECK_STR(m("a\tb\tc", "expandtabs", 0, NULL), "b'a       b       c'");
    CHECK_STR(m("a\tbc\td", "expandtabs", 1, (MoltValue[]){molt_small(4)}), "b'a   bc  d'");
    CHECK_STR(m("ab\r\tc\n\td", "expandtabs", 1, (MoltValue[]){molt_small(3)}), "b'ab\\r   c\\n   d'");
}

static void test_splitting(void) {
    CHECK_STR(m("a\nb\r\nc\rd", "splitlines", 0, NULL), "[b'a', b'b', b'c', b'd']");
    CHECK_STR(m("a\nb\r\n", "splitlines", 1, (MoltValue[]){molt_True}), "[b'a\\n', b'b\\r\\n']");
    CHECK_STR(m("", "splitlines", 0, NULL), "[]");
    CHECK_STR(m("x\x0by\x0cz", "splitlines", 0, NULL), "[b'x\\x0by\\x0cz']");
    CHECK_STR(m("a,b,,c", "rsplit", 2, (MoltValue[]){B(","), molt_small(1)}), "[b'a,b,', b'c']");
    CHECK_STR(m(" a b  c ", "rsplit", 0, NULL), "[b'a', b'b', b'c']");
    CHECK_STR(m("a b c", "rsplit", 2, (MoltValue[]){molt_None, molt_small(1)}), "[b'a b', b'c']");
    CHECK_STR(m("  x  y z ", "rsplit", 2, (MoltValue[]){molt_None, molt_small(1)}), "[b'  x  y', b'z']");
    CHECK_STR(m("a--b--", "rsplit", 1, (MoltValue[]){B("--")}), "[b'a', b'b', b'']");
    CHECK_STR(m("ab", "rsplit", 1, (MoltValue[]){B("")}), "ValueError: empty separator");
    CHECK_STR(m("hello", "removeprefix", 1, (MoltValue[]){B("he")}), "b'llo'");
    CHECK_STR(m("hello", "removesuffix", 1, (MoltValue[]){B("lo")}), "b'hel'");
    CHECK_STR(m("hello", "removeprefix", 1, (MoltValue[]){B("x")}), "b'hello'");
    CHECK_STR(m("hello", "rindex", 1, (MoltValue[]){B("l")}), "3");
    CHECK_STR(m("hello", "rindex", 1, (MoltValue[]){B("z")}), "ValueError: subsection not found");
    CHECK_STR(m("hello", "count", 2, (MoltValue[]){B("l"), molt_small(3)}), "1");
    CHECK_STR(m("hello", "find", 2, (MoltValue[]){B("l"), molt_small(-2)}), "3");
    CHECK_STR(m("hello", "index", 3, (MoltValue[]){B("o"), molt_small(1), molt_small(5)}), "4");
}

/* fmt % args with args rooted while fmt is made. */
static const char *pct(const char *fmt, MoltValue args) {
    MOLT_ROOTS1(args);
    const char *r = show(molt_binop(MOLT_OP_MOD, B(fmt), args));
    MOLT_UNROOT();
    return r;
}

static void test_percent(void) {
    MoltValue t = MOLT_ERR, v[4] = {0};
    MOLT_ROOTS1(t);
    MoltRootArray ra; /* v[] holds fresh values while the next ones are made */
    molt_root_array_push(&ra, v, 4);
    t = molt_tuple_pack(2, molt_small(5), B("raw"));
    CHECK_STR(pct("%d bytes %s", t), "b'5 bytes raw'");
    CHECK_STR(pct("%s", S("abc")),
              "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
    CHECK_STR(pct("%s", molt_small(3)),
              "TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'");
    v[0] = B("ab"), v[1] = molt_bytearray_from("cd", 2), v[2] = B("xyz");
    t = molt_tuple_from_array(v, 3);
    CHECK_STR(pct("%5s|%-5b|%.2s", t), "b'   ab|cd   |xy'");
    v[0] = S("\xc3\xa9"), v[1] = B("q");
    t = molt_tuple_from_array(v, 2);
    CHECK_STR(pct("%r %a", t), "b\"'\\\\xe9' b'q'\"");
    t = molt_tuple_pack(3, molt_small(65), B("B"), molt_small(67));
    CHECK_STR(pct("%c%c%3c", t), "b'AB  C'");
    CHECK_STR(pct("%c", molt_small(256)), "OverflowError: %c arg not in range(256)");
    CHECK_STR(pct("%c", S("A")), "TypeError: %c requires an integer in range(256) or a single byte");
    v[0] = molt_small(255), v[1] = molt_float_new(2.25), v[2] = molt_small(3), v[3] = molt_float_new(1e10);
    t = molt_tuple_from_array(v, 4);
    CHECK_STR(pct("%x %05.1f %+d %e", t), "b'ff 002.2 +3 1.000000e+10'");
    t = molt_dict_new();
    v[0] = B("a"), v[1] = B("A");
    molt_dict_setitem(t, v[0], v[1]);
    molt_dict_setitem(t, B("b"), molt_small(2));
    CHECK_STR(pct("%(a)s-%(b)d", t), "b'A-2'");
    t = molt_tuple_pack(1, B("a"));
    CHECK_STR(pct("%s %s", t), "TypeError: not enough arguments for format string");
    v[0] = B("a"), v[1] = B("b");
    t = molt_tuple_from_array(v, 2);
    CHECK_STR(pct("%s", t), "TypeError: not all arguments converted during bytes formatting");
    CHECK_STR(pct("100%%", molt_tuple_empty()), "b'100%'");
    CHECK_STR(pct("%y", molt_small(1)), "ValueError: unsupported format character 'y' (0x79) at index 1");
    /* bytearray(b'<%s>') % b'x' */
    t = B("x");
    CHECK_STR(show(molt_binop(MOLT_OP_MOD, molt_bytearray_from("<%s>", 4), t)), "bytearray(b'<x>')");
    molt_root_array_pop(&ra);
    MOLT_UNROOT();
}

int main(void) {
    TEST_INIT();
    RUN(test_case_maps);
    RUN(test_padding);
    RUN(test_splitting);
    RUN(test_percent);
    return TEST_REPORT();
}
