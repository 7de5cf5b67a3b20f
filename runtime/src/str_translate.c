/* str.translate and str.maketrans. */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"

MoltValue molt_str_translate(MoltValue s, MoltValue table) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    MoltValue result = MOLT_ERR;
    MOLT_ROOTS2(s, table);
    int64_t off = 0;
    while (off < molt_str_nbytes(s)) {
        const unsigned char *p = (const unsigned char *)molt_str_utf8(s) + off;
        int len;
        uint32_t cp = molt_utf8_decode(p, &len);
        off += len;
        MoltValue m = molt_getitem(table, molt_small(cp));
        if (!m) {
            if (!molt_err_matches(&molt_LookupError)) goto out;
            molt_err_clear();
            char tmp[4];
            molt_sbuf_put(&b, tmp, (size_t)molt_utf8_encode(cp, tmp));
            continue;
        }
        if (m == molt_None) continue;
        if (molt_is_str(m)) {
            molt_sbuf_put_str(&b, m);
        } else if (molt_is_int_like(m)) {
            int64_t c;
            if (!molt_int_as_i64(m, &c) || c < 0 || c > 0x10FFFF) {
                molt_err_format(&molt_ValueError, "character mapping must be in range(0x110000)");
                goto out;
            }
            char tmp[4];
            molt_sbuf_put(&b, tmp, (size_t)molt_utf8_encode((uint32_t)c, tmp));
        } else {
            molt_err_format(&molt_TypeError, "character mapping must return integer, None or str");
            goto out;
        }
    }
    result = molt_sbuf_finish(&b);
    MOLT_UNROOT();
    return result;
out:
    MOLT_UNROOT();
    molt_sbuf_free(&b);
    return MOLT_ERR;
}

MoltValue molt_str_maketrans(MoltValue x, MoltValue y, MoltValue z) {
    MoltValue d = MOLT_ERR;
    MOLT_ROOTS4(x, y, z, d);
    d = molt_dict_new();
    if (!d) goto fail;
    if (!y) {
        if (!molt_isinstance_type(x, &molt_dict_type)) {
            molt_err_format(&molt_TypeError, "if you give only one argument to maketrans it must be a dict");
            goto fail;
        }
        int64_t pos = 0;
        MoltValue k, v;
        while (molt_dict_next(x, &pos, &k, &v)) {
            MoltValue key = k;
            if (molt_is_str(k)) {
                if (molt_str_len(k) != 1) {
                    molt_err_format(&molt_ValueError, "string keys in translate table must be of length 1");
                    goto fail;
                }
                key = molt_small(molt_str_char_at(k, 0));
            } else if (!molt_is_int_like(k)) {
                molt_err_format(&molt_TypeError, "keys in translate table must be strings or integers");
                goto fail;
            }
            if (molt_dict_setitem(d, key, v) < 0) goto fail;
        }
    } else {
        if (!molt_is_str(x) || !molt_is_str(y)) {
            molt_err_format(&molt_TypeError, "maketrans() argument %d must be str, not %T", molt_is_str(x) ? 2 : 1,
                            molt_is_str(x) ? y : x);
            goto fail;
        }
        if (molt_str_len(x) != molt_str_len(y)) {
            molt_err_format(&molt_ValueError, "the first two maketrans arguments must have equal length");
            goto fail;
        }
        for (int64_t i = 0; i < molt_str_len(x); i++)
            if (molt_dict_setitem(d, molt_small(molt_str_char_at(x, i)), molt_small(molt_str_char_at(y, i))) < 0) goto fail;
        if (z) {
            if (!molt_is_str(z)) {
                molt_err_format(&molt_TypeError, "maketrans() argument 3 must be str, not %T", z);
                goto fail;
            }
            for (int64_t i = 0; i < molt_str_len(z); i++)
                if (molt_dict_setitem(d, molt_small(molt_str_char_at(z, i)), molt_None) < 0) goto fail;
        }
    }
    MOLT_UNROOT();
    return d;
fail:
    MOLT_UNROOT();
    return MOLT_ERR;
}
