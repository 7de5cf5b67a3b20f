/*
 * Character properties and case mappings for str methods. The tables are generated from CPython
 * 3.12 (gen/gen_unicode.py), so results match it for every code point.
 */
#include <stdint.h>

#include "molt/str.h"

typedef struct MoltCaseRun {
    uint32_t start;
    int32_t count;
    int32_t stride;
    int32_t delta;
} MoltCaseRun;

typedef struct MoltCaseMulti {
    uint32_t cp;
    int32_t n;
    uint32_t m[3];
} MoltCaseMulti;

#include "unicode_tables.inc"

#define NRANGES(t) ((int)(sizeof(t) / sizeof((t)[0]) / 2))

static bool in_ranges(const uint32_t *r, int n, uint32_t cp) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < r[2 * mid]) hi = mid - 1;
        else if (cp > r[2 * mid + 1]) lo = mid + 1;
        else return true;
    }
    return false;
}

bool molt_unicode_isprintable(uint32_t cp) {
    if (cp < 128) return cp >= 0x20 && cp < 0x7f;
    return in_ranges(molt_ucd_printable, NRANGES(molt_ucd_printable), cp);
}

bool molt_unicode_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
    return in_ranges(molt_ucd_space, NRANGES(molt_ucd_space), cp);
}

bool molt_unicode_isalpha(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return in_ranges(molt_ucd_alpha, NRANGES(molt_ucd_alpha), cp);
}

bool molt_unicode_isdecimal(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return in_ranges(molt_ucd_decimal, NRANGES(molt_ucd_decimal), cp);
}

bool molt_unicode_isdigit(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return in_ranges(molt_ucd_digit, NRANGES(molt_ucd_digit), cp);
}

bool molt_unicode_isnumeric(uint32_t cp) {
    if (cp < 128) return cp >= '0' && cp <= '9';
    return in_ranges(molt_ucd_numeric, NRANGES(molt_ucd_numeric), cp);
}

bool molt_unicode_isupper(uint32_t cp) {
    if (cp < 128) return cp >= 'A' && cp <= 'Z';
    return in_ranges(molt_ucd_upper, NRANGES(molt_ucd_upper), cp);
}

bool molt_unicode_islower(uint32_t cp) {
    if (cp < 128) return cp >= 'a' && cp <= 'z';
    return in_ranges(molt_ucd_lower, NRANGES(molt_ucd_lower), cp);
}

bool molt_unicode_istitle(uint32_t cp) {
    if (cp < 128) return false;
    return in_ranges(molt_ucd_title, NRANGES(molt_ucd_title), cp);
}

bool molt_unicode_iscased(uint32_t cp) {
    if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return in_ranges(molt_ucd_cased, NRANGES(molt_ucd_cased), cp);
}

bool molt_unicode_iscaseignorable(uint32_t cp) {
    return in_ranges(molt_ucd_case_ignorable, NRANGES(molt_ucd_case_ignorable), cp);
}

bool molt_unicode_isidstart(uint32_t cp) {
    if (cp < 128) return cp == '_' || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    return in_ranges(molt_ucd_idstart, NRANGES(molt_ucd_idstart), cp);
}

bool molt_unicode_isidcontinue(uint32_t cp) {
    if (cp < 128)
        return cp == '_' || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
    return in_ranges(molt_ucd_idcontinue, NRANGES(molt_ucd_idcontinue), cp);
}

static int map_case(const MoltCaseRun *runs, int nruns, const MoltCaseMulti *multi, int nmulti,
                    uint32_t cp, uint32_t out[3]) {
    int lo = 0, hi = nmulti - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < multi[mid].cp) hi = mid - 1;
        else if (cp > multi[mid].cp) lo = mid + 1;
        else {
            for (int i = 0; i < multi[mid].n; i++) out[i] = multi[mid].m[i];
            return multi[mid].n;
        }
    }
    /* Last run starting at or before cp. */
    lo = 0, hi = nruns - 1;
    int found = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (runs[mid].start <= cp) { found = mid; lo = mid + 1; }
        else hi = mid - 1;
    }
    out[0] = cp;
    if (found >= 0) {
        const MoltCaseRun *r = &runs[found];
        uint32_t off = cp - r->start;
        if (off % (uint32_t)r->stride == 0 && off / (uint32_t)r->stride < (uint32_t)r->count)
            out[0] = (uint32_t)((int32_t)cp + r->delta);
    }
    return 1;
}

#define NITEMS(t) ((int)(sizeof(t) / sizeof((t)[0])))

int molt_unicode_upper(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp; return 1; }
    return map_case(molt_ucd_upper_runs, NITEMS(molt_ucd_upper_runs), molt_ucd_upper_multi,
                    NITEMS(molt_ucd_upper_multi), cp, out);
}

int molt_unicode_lower(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp; return 1; }
    return map_case(molt_ucd_lower_runs, NITEMS(molt_ucd_lower_runs), molt_ucd_lower_multi,
                    NITEMS(molt_ucd_lower_multi), cp, out);
}

int molt_unicode_title(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = (cp >= 'a' && cp <= 'z') ? cp - 32 : cp; return 1; }
    return map_case(molt_ucd_title_runs, NITEMS(molt_ucd_title_runs), molt_ucd_title_multi,
                    NITEMS(molt_ucd_title_multi), cp, out);
}

int molt_unicode_casefold(uint32_t cp, uint32_t out[3]) {
    if (cp < 128) { out[0] = (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp; return 1; }
    return map_case(molt_ucd_casefold_runs, NITEMS(molt_ucd_casefold_runs), molt_ucd_casefold_multi,
                    NITEMS(molt_ucd_casefold_multi), cp, out);
}

uint32_t molt_utf8_decode(const unsigned char *p, int *len) {
    unsigned char c = p[0];
    if (c < 0x80) { *len = 1; return c; }
    if (c < 0xE0) { *len = 2; return ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) {
        *len = 3;
        return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *len = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

int molt_utf8_encode(uint32_t cp, char *out) {
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}
