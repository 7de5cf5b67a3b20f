/*
 * Text codecs: UTF-8 (with CPython's error ranges and messages), ASCII and Latin-1, with the
 * error handlers strict, replace, ignore, surrogateescape and surrogatepass.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "molt/bytes.h"
#include "molt/codec.h"
#include "molt/exceptions.h"
#include "molt/sbuf.h"
#include "molt/str.h"

int molt_codec_lookup(const char *name) {
    char norm[32];
    size_t n = strlen(name);
    if (n >= sizeof norm) return MOLT_CODEC_UNKNOWN;
    for (size_t i = 0; i <= n; i++) {
        char c = name[i];
        norm[i] = c == '_' || c == ' ' ? '-' : (char)tolower((unsigned char)c);
    }
    if (!strcmp(norm, "utf-8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8")) return MOLT_CODEC_UTF8;
    if (!strcmp(norm, "ascii") || !strcmp(norm, "us-ascii")) return MOLT_CODEC_ASCII;
    if (!strcmp(norm, "latin-1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso-8859-1") ||
        !strcmp(norm, "iso8859-1") || !strcmp(norm, "l1"))
        return MOLT_CODEC_LATIN1;
    return MOLT_CODEC_UNKNOWN;
}

static const char *codec_name(int codec) {
    return codec == MOLT_CODEC_UTF8 ? "utf-8" : codec == MOLT_CODEC_ASCII ? "ascii" : "latin-1";
}

enum { ERR_STRICT, ERR_REPLACE, ERR_IGNORE, ERR_SURROGATEESCAPE, ERR_SURROGATEPASS, ERR_BAD };

static int handler(const char *errors) {
    if (!errors || !strcmp(errors, "strict")) return ERR_STRICT;
    if (!strcmp(errors, "replace")) return ERR_REPLACE;
    if (!strcmp(errors, "ignore")) return ERR_IGNORE;
    if (!strcmp(errors, "surrogateescape")) return ERR_SURROGATEESCAPE;
    if (!strcmp(errors, "surrogatepass")) return ERR_SURROGATEPASS;
    return ERR_BAD;
}

static MoltValue unknown_handler(const char *errors) {
    return molt_err_format(&molt_LookupError, "unknown error handler name '%s'", errors);
}

static void put_cp(MoltSBuf *b, uint32_t cp) {
    char tmp[4];
    molt_sbuf_put(b, tmp, (size_t)molt_utf8_encode(cp, tmp));
}

static MoltValue decode_error(int codec, const unsigned char *data, int64_t start, int64_t end, const char *reason) {
    if (end - start == 1)
        return molt_err_format(&molt_UnicodeDecodeError, "'%s' codec can't decode byte 0x%s in position %lld: %s",
                               codec_name(codec), (char[3]){"0123456789abcdef"[data[start] >> 4],
                                                            "0123456789abcdef"[data[start] & 15], 0},
                               (long long)start, reason);
    return molt_err_format(&molt_UnicodeDecodeError, "'%s' codec can't decode bytes in position %lld-%lld: %s",
                           codec_name(codec), (long long)start, (long long)(end - 1), reason);
}

/* Length of the valid UTF-8 sequence at p (1..4), or the negative length of the maximal invalid
 * prefix with *reason set (CPython's rules: tight second-byte ranges after E0, ED, F0, F4). */
static int utf8_seq(const unsigned char *p, int64_t avail, bool allow_surrogates, const char **reason) {
    unsigned char c = p[0];
    if (c < 0x80) return 1;
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED && !allow_surrogates) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        return -1;
    }
    for (int k = 1; k < len; k++) {
        if (k >= avail) {
            *reason = "unexpected end of data";
            return -k;
        }
        unsigned char x = p[k];
        bool ok = k == 1 ? (x >= lo && x <= hi) : (x >= 0x80 && x <= 0xBF);
        if (!ok) {
            *reason = "invalid continuation byte";
            return -k;
        }
    }
    return len;
}

MoltValue molt_codec_decode(int codec, const unsigned char *data, int64_t n, const char *errors) {
    int eh = handler(errors);
    if (eh == ERR_BAD) return unknown_handler(errors);
    /* Fast path: all ASCII. */
    int64_t i = 0;
    while (i < n && data[i] < 0x80) i++;
    if (i == n) return molt_str_from_utf8_len((const char *)data, n, n);
    if (codec == MOLT_CODEC_UTF8 && eh == ERR_STRICT) {
        /* Validate first; valid text is copied as is. */
        int64_t j = i, count = i;
        const char *reason = NULL;
        while (j < n) {
            int len = utf8_seq(data + j, n - j, false, &reason);
            if (len < 0) return decode_error(codec, data, j, j - len, reason);
            j += len;
            count++;
        }
        return molt_str_from_utf8_len((const char *)data, n, count);
    }
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_put(&b, (const char *)data, (size_t)i);
    int64_t count = i;
    while (i < n) {
        unsigned char c = data[i];
        if (c < 0x80) {
            molt_sbuf_putc(&b, (char)c);
            i++;
            count++;
            continue;
        }
        if (codec == MOLT_CODEC_LATIN1) {
            put_cp(&b, c);
            i++;
            count++;
            continue;
        }
        int64_t bad_end;
        const char *reason;
        if (codec == MOLT_CODEC_UTF8) {
            int len = utf8_seq(data + i, n - i, eh == ERR_SURROGATEPASS, &reason);
            if (len > 0) {
                molt_sbuf_put(&b, (const char *)data + i, (size_t)len);
                i += len;
                count++;
                continue;
            }
            bad_end = i - len;
        } else {
            reason = "ordinal not in range(128)";
            bad_end = i + 1;
        }
        switch (eh) {
        case ERR_REPLACE:
            put_cp(&b, 0xFFFD);
            count++;
            break;
        case ERR_IGNORE:
            break;
        case ERR_SURROGATEESCAPE:
            for (int64_t k = i; k < bad_end; k++) {
                if (data[k] < 0x80) break; /* CPython only escapes bytes >= 0x80 */
                put_cp(&b, 0xDC00 + data[k]);
                count++;
            }
            break;
        default:
            molt_sbuf_free(&b);
            return decode_error(codec, data, i, bad_end, reason);
        }
        i = bad_end;
    }
    if (b.failed) {
        molt_sbuf_free(&b);
        return molt_err_no_memory();
    }
    MoltValue r = molt_str_from_utf8_len(b.data, (int64_t)b.len, count);
    molt_sbuf_free(&b);
    return r;
}

MoltValue molt_utf8_decode_errors(const unsigned char *data, int64_t n, const char *errors) {
    return molt_codec_decode(MOLT_CODEC_UTF8, data, n, errors);
}

static MoltValue encode_error(int codec, MoltValue s, int64_t start, int64_t end, const char *reason) {
    if (end - start == 1) {
        uint32_t cp = molt_str_char_at(s, start);
        char esc[16];
        if (cp <= 0xff) snprintf(esc, sizeof esc, "\\x%02x", cp);
        else if (cp <= 0xffff) snprintf(esc, sizeof esc, "\\u%04x", cp);
        else snprintf(esc, sizeof esc, "\\U%08x", cp);
        return molt_err_format(&molt_UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %lld: %s",
                               codec_name(codec), esc, (long long)start, reason);
    }
    return molt_err_format(&molt_UnicodeEncodeError, "'%s' codec can't encode characters in position %lld-%lld: %s",
                           codec_name(codec), (long long)start, (long long)(end - 1), reason);
}

MoltValue molt_codec_encode(int codec, MoltValue s, const char *errors) {
    int eh = handler(errors);
    if (eh == ERR_BAD) return unknown_handler(errors);
    MoltStr *so = molt_str_obj(s);
    if (so->ob.extra & MOLT_STR_ASCII) return molt_bytes_from(so->data, so->nbytes);
    uint32_t limit = codec == MOLT_CODEC_UTF8 ? 0x110000 : codec == MOLT_CODEC_ASCII ? 0x80 : 0x100;
    const char *reason = codec == MOLT_CODEC_UTF8 ? "surrogates not allowed"
                       : codec == MOLT_CODEC_ASCII ? "ordinal not in range(128)" : "ordinal not in range(256)";
    MoltSBuf b;
    molt_sbuf_init(&b);
    const unsigned char *p = (const unsigned char *)so->data, *end = p + so->nbytes;
    int64_t pos = 0;
    while (p < end) {
        int len;
        uint32_t cp = molt_utf8_decode(p, &len);
        bool bad = codec == MOLT_CODEC_UTF8 ? (cp >= 0xD800 && cp <= 0xDFFF) : cp >= limit;
        if (!bad) {
            if (codec == MOLT_CODEC_UTF8) molt_sbuf_put(&b, (const char *)p, (size_t)len);
            else molt_sbuf_putc(&b, (char)cp);
            p += len;
            pos++;
            continue;
        }
        /* The run of unencodable characters is reported (and replaced) as one error. */
        const unsigned char *q = p;
        int64_t run_end = pos;
        while (q < end) {
            int l2;
            uint32_t c2 = molt_utf8_decode(q, &l2);
            bool bad2 = codec == MOLT_CODEC_UTF8 ? (c2 >= 0xD800 && c2 <= 0xDFFF) : c2 >= limit;
            if (!bad2) break;
            if (eh == ERR_SURROGATEESCAPE) {
                if (c2 < 0xDC80 || c2 > 0xDCFF) break;
                molt_sbuf_putc(&b, (char)(c2 - 0xDC00));
            } else if (eh == ERR_SURROGATEPASS && codec == MOLT_CODEC_UTF8) {
                molt_sbuf_put(&b, (const char *)q, (size_t)l2);
            } else if (eh == ERR_REPLACE) {
                molt_sbuf_putc(&b, '?');
            }
            q += l2;
            run_end++;
        }
        bool handled = eh == ERR_REPLACE || eh == ERR_IGNORE ||
                       (eh == ERR_SURROGATEPASS && codec == MOLT_CODEC_UTF8) || (eh == ERR_SURROGATEESCAPE && q != p);
        if (!handled) {
            molt_sbuf_free(&b);
            if (run_end == pos) run_end = pos + 1;
            return encode_error(codec, s, pos, run_end, reason);
        }
        p = q;
        pos = run_end;
    }
    if (b.failed) {
        molt_sbuf_free(&b);
        return molt_err_no_memory();
    }
    MoltValue r = molt_bytes_from(b.data ? b.data : "", (int64_t)b.len);
    molt_sbuf_free(&b);
    return r;
}

static const char *opt_cstr(MoltValue v, const char *dflt, const char *what, bool *bad) {
    *bad = false;
    if (!v) return dflt;
    if (!molt_is_str(v)) {
        molt_err_format(&molt_TypeError, "%s() argument must be str, not %T", what, v);
        *bad = true;
        return NULL;
    }
    return molt_str_utf8(v);
}

MoltValue molt_str_encode(MoltValue s, MoltValue encoding, MoltValue errors) {
    bool bad;
    const char *enc = opt_cstr(encoding, "utf-8", "encode", &bad);
    if (bad) return MOLT_ERR;
    const char *err = opt_cstr(errors, "strict", "encode", &bad);
    if (bad) return MOLT_ERR;
    int codec = molt_codec_lookup(enc);
    if (codec == MOLT_CODEC_UNKNOWN) return molt_err_format(&molt_LookupError, "unknown encoding: %s", enc);
    MOLT_ROOTS1(s);
    MoltValue r = molt_codec_encode(codec, s, err);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_bytes_decode(MoltValue b, MoltValue encoding, MoltValue errors) {
    bool bad;
    const char *enc = opt_cstr(encoding, "utf-8", "decode", &bad);
    if (bad) return MOLT_ERR;
    const char *err = opt_cstr(errors, "strict", "decode", &bad);
    if (bad) return MOLT_ERR;
    int codec = molt_codec_lookup(enc);
    if (codec == MOLT_CODEC_UNKNOWN) return molt_err_format(&molt_LookupError, "unknown encoding: %s", enc);
    const unsigned char *data;
    int64_t n;
    molt_bytes_view(b, &data, &n);
    MOLT_ROOTS1(b);
    MoltValue r = molt_codec_decode(codec, data, n, err);
    MOLT_UNROOT();
    return r;
}
