/*
 * str case conversion (full Unicode mappings from the generated tables, including one-to-many
 * mappings such as 'ß'.upper() == 'SS' and the final-sigma rule of lower()) and the is*()
 * predicates. ASCII strings take a byte-wise fast path.
 */
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/sbuf.h"
#include "molt/str.h"

#define S(v) molt_str_obj(v)

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

/* Decodes s into a malloc'd array of code points. NULL on allocation failure. */
static uint32_t *decode_all(MoltValue s) {
    int64_t n = S(s)->length;
    uint32_t *cps = malloc((size_t)(n ? n : 1) * sizeof(uint32_t));
    if (!cps) return NULL;
    const unsigned char *p = (const unsigned char *)S(s)->data;
    for (int64_t i = 0; i < n; i++) {
        int len;
        cps[i] = molt_utf8_decode(p, &len);
        p += len;
    }
    return cps;
}

/* CPython's handle_capital_sigma: final form when preceded by a cased letter and not followed by one
 * (case-ignorable characters skipped in both directions). */
static uint32_t sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j = i - 1;
    uint32_t c = 0;
    while (j >= 0) {
        c = cps[j];
        if (!molt_unicode_iscaseignorable(c)) break;
        j--;
    }
    bool final = j >= 0 && molt_unicode_iscased(c);
    if (final) {
        j = i + 1;
        while (j < n) {
            c = cps[j];
            if (!molt_unicode_iscaseignorable(c)) break;
            j++;
        }
        final = j == n || !molt_unicode_iscased(c);
    }
    return final ? 0x3C2 : 0x3C3;
}

static int lower_at(const uint32_t *cps, int64_t n, int64_t i, uint32_t out[3]) {
    if (cps[i] == 0x3A3) {
        out[0] = sigma(cps, n, i);
        return 1;
    }
    return molt_unicode_lower(cps[i], out);
}

static MoltValue ascii_case(MoltValue s, int mode) {
    int64_t n = S(s)->nbytes;
    MOLT_ROOTS1(s);
    MoltValue r = molt_str_alloc(n, n);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    const char *src = S(s)->data;
    char *d = S(r)->data;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        char c = src[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        switch (mode) {
        case CASE_UPPER: d[i] = low ? (char)(c - 32) : c; break;
        case CASE_LOWER:
        case CASE_FOLD: d[i] = up ? (char)(c + 32) : c; break;
        case CASE_SWAP: d[i] = low ? (char)(c - 32) : up ? (char)(c + 32) : c; break;
        case CASE_CAPITALIZE:
            d[i] = i == 0 ? (low ? (char)(c - 32) : c) : (up ? (char)(c + 32) : c);
            break;
        default: /* title */
            d[i] = prev_cased ? (up ? (char)(c + 32) : c) : (low ? (char)(c - 32) : c);
            prev_cased = up || low;
            break;
        }
    }
    return r;
}

static MoltValue convert(MoltValue s, int mode) {
    if (S(s)->ob.extra & MOLT_STR_ASCII) return ascii_case(s, mode);
    int64_t n = S(s)->length;
    uint32_t *cps = decode_all(s);
    if (!cps) return molt_err_no_memory();
    MoltSBuf b;
    molt_sbuf_init(&b);
    int64_t length = 0;
    bool prev_cased = false;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i], out[3];
        int k;
        switch (mode) {
        case CASE_UPPER: k = molt_unicode_upper(c, out); break;
        case CASE_LOWER: k = lower_at(cps, n, i, out); break;
        case CASE_FOLD: k = molt_unicode_casefold(c, out); break;
        case CASE_SWAP:
            if (molt_unicode_isupper(c)) k = lower_at(cps, n, i, out);
            else if (molt_unicode_islower(c)) k = molt_unicode_upper(c, out);
            else { out[0] = c; k = 1; }
            break;
        case CASE_CAPITALIZE: k = i == 0 ? molt_unicode_title(c, out) : lower_at(cps, n, i, out); break;
        default:
            k = prev_cased ? lower_at(cps, n, i, out) : molt_unicode_title(c, out);
            prev_cased = molt_unicode_iscased(c);
            break;
        }
        for (int j = 0; j < k; j++) {
            char tmp[4];
            molt_sbuf_put(&b, tmp, (size_t)molt_utf8_encode(out[j], tmp));
        }
        length += k;
    }
    free(cps);
    if (b.failed) {
        molt_sbuf_free(&b);
        return molt_err_no_memory();
    }
    MoltValue r = molt_str_alloc((int64_t)b.len, length);
    if (r) memcpy(S(r)->data, b.data, b.len);
    molt_sbuf_free(&b);
    return r;
}

MoltValue molt_str_upper(MoltValue s) { return convert(s, CASE_UPPER); }
MoltValue molt_str_lower(MoltValue s) { return convert(s, CASE_LOWER); }
MoltValue molt_str_swapcase(MoltValue s) { return convert(s, CASE_SWAP); }
MoltValue molt_str_title(MoltValue s) { return convert(s, CASE_TITLE); }
MoltValue molt_str_capitalize(MoltValue s) { return convert(s, CASE_CAPITALIZE); }
MoltValue molt_str_casefold(MoltValue s) { return convert(s, CASE_FOLD); }

/* ---------------------------------------------------------------- predicates */

typedef bool (*cp_pred)(uint32_t);

static MoltValue all_chars(MoltValue s, cp_pred pred, bool empty_result) {
    if (S(s)->nbytes == 0) return molt_bool(empty_result);
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    while (p < end) {
        int len;
        if (!pred(molt_utf8_decode(p, &len))) return molt_False;
        p += len;
    }
    return molt_True;
}

static bool isalnum_cp(uint32_t c) {
    return molt_unicode_isalpha(c) || molt_unicode_isdecimal(c) || molt_unicode_isdigit(c) || molt_unicode_isnumeric(c);
}

MoltValue molt_str_isdigit(MoltValue s) { return all_chars(s, molt_unicode_isdigit, false); }
MoltValue molt_str_isdecimal(MoltValue s) { return all_chars(s, molt_unicode_isdecimal, false); }
MoltValue molt_str_isnumeric(MoltValue s) { return all_chars(s, molt_unicode_isnumeric, false); }
MoltValue molt_str_isalpha(MoltValue s) { return all_chars(s, molt_unicode_isalpha, false); }
MoltValue molt_str_isalnum(MoltValue s) { return all_chars(s, isalnum_cp, false); }
MoltValue molt_str_isspace(MoltValue s) { return all_chars(s, molt_unicode_isspace, false); }
MoltValue molt_str_isprintable(MoltValue s) { return all_chars(s, molt_unicode_isprintable, true); }
MoltValue molt_str_isascii(MoltValue s) { return molt_bool(molt_str_is_ascii(s)); }

MoltValue molt_str_isupper(MoltValue s) {
    bool cased = false;
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    while (p < end) {
        int len;
        uint32_t c = molt_utf8_decode(p, &len);
        if (molt_unicode_islower(c) || molt_unicode_istitle(c)) return molt_False;
        if (molt_unicode_isupper(c)) cased = true;
        p += len;
    }
    return molt_bool(cased);
}

MoltValue molt_str_islower(MoltValue s) {
    bool cased = false;
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    while (p < end) {
        int len;
        uint32_t c = molt_utf8_decode(p, &len);
        if (molt_unicode_isupper(c) || molt_unicode_istitle(c)) return molt_False;
        if (molt_unicode_islower(c)) cased = true;
        p += len;
    }
    return molt_bool(cased);
}

MoltValue molt_str_istitle(MoltValue s) {
    bool cased = false, prev_cased = false;
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    while (p < end) {
        int len;
        uint32_t c = molt_utf8_decode(p, &len);
        if (molt_unicode_isupper(c) || molt_unicode_istitle(c)) {
            if (prev_cased) return molt_False;
            prev_cased = cased = true;
        } else if (molt_unicode_islower(c)) {
            if (!prev_cased) return molt_False;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
        p += len;
    }
    return molt_bool(cased);
}

MoltValue molt_str_isidentifier(MoltValue s) {
    if (S(s)->nbytes == 0) return molt_False;
    const unsigned char *p = (const unsigned char *)S(s)->data, *end = p + S(s)->nbytes;
    int len;
    if (!molt_unicode_isidstart(molt_utf8_decode(p, &len))) return molt_False;
    p += len;
    while (p < end) {
        if (!molt_unicode_isidcontinue(molt_utf8_decode(p, &len))) return molt_False;
        p += len;
    }
    return molt_True;
}
