/*
 * Arbitrary-precision magnitudes: schoolbook and Karatsuba multiplication, Knuth's algorithm D for
 * division. Everything works on malloc'd scratch arrays and allocates the GC result last, so no
 * intermediate needs rooting.
 */
#include <stdlib.h>
#include <string.h>

#include "bigint_mag.h"
#include "molt/exceptions.h"

#define KARATSUBA_CUTOFF 48

uint32_t *molt_mag_alloc(int64_t n) {
    uint32_t *p = calloc((size_t)(n > 0 ? n : 1), sizeof(uint32_t));
    if (!p) molt_err_no_memory();
    return p;
}

void molt_num_view(MoltValue v, Num *x) {
    if (molt_is_small(v) || !molt_is_ptr(v) || molt_obj(v)->type == &molt_bool_type) {
        int64_t i = molt_is_small(v) ? molt_small_value(v) : (v == molt_True ? 1 : 0);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        x->sign = i < 0 ? -1 : i > 0;
        x->buf[0] = (uint32_t)m;
        x->buf[1] = (uint32_t)(m >> 32);
        x->n = m == 0 ? 0 : (m >> 32) ? 2 : 1;
        x->d = x->buf;
        return;
    }
    MoltBigInt *b = (MoltBigInt *)molt_obj(v);
    x->sign = b->sign;
    x->n = b->ndigits;
    x->d = b->digits;
}

int64_t molt_mag_strip(const uint32_t *d, int64_t n) {
    while (n > 0 && d[n - 1] == 0) n--;
    return n;
}

int molt_mag_cmp(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    for (int64_t i = an - 1; i >= 0; i--)
        if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
    return 0;
}

int64_t molt_mag_add(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out) {
    if (an < bn) {
        const uint32_t *t = a; a = b; b = t;
        int64_t tn = an; an = bn; bn = tn;
    }
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < bn; i++) {
        carry += (uint64_t)a[i] + b[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < an; i++) {
        carry += a[i];
        out[i] = (uint32_t)carry;
        carry >>= 32;
    }
    out[i] = (uint32_t)carry;
    return molt_mag_strip(out, an + 1);
}

int64_t molt_mag_sub(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out) {
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < bn; i++) {
        int64_t t = (int64_t)a[i] - b[i] - borrow;
        borrow = t < 0;
        out[i] = (uint32_t)t;
    }
    for (; i < an; i++) {
        int64_t t = (int64_t)a[i] - borrow;
        borrow = t < 0;
        out[i] = (uint32_t)t;
    }
    return molt_mag_strip(out, an);
}

static void mul_school(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out) {
    memset(out, 0, (size_t)(an + bn) * sizeof(uint32_t));
    for (int64_t i = 0; i < an; i++) {
        uint64_t carry = 0, ai = a[i];
        if (!ai) continue;
        for (int64_t j = 0; j < bn; j++) {
            carry += ai * b[j] + out[i + j];
            out[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        out[i + bn] = (uint32_t)carry;
    }
}

/* out[off..] += x (x has xn digits); out is large enough by construction. */
static void add_into(uint32_t *out, int64_t outn, int64_t off, const uint32_t *x, int64_t xn) {
    uint64_t carry = 0;
    int64_t i = 0;
    for (; i < xn; i++) {
        carry += (uint64_t)out[off + i] + x[i];
        out[off + i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (int64_t k = off + i; carry && k < outn; k++) {
        carry += out[k];
        out[k] = (uint32_t)carry;
        carry >>= 32;
    }
}

static void sub_into(uint32_t *out, int64_t outn, int64_t off, const uint32_t *x, int64_t xn) {
    int64_t borrow = 0;
    int64_t i = 0;
    for (; i < xn; i++) {
        int64_t t = (int64_t)out[off + i] - x[i] - borrow;
        borrow = t < 0;
        out[off + i] = (uint32_t)t;
    }
    for (int64_t k = off + i; borrow && k < outn; k++) {
        int64_t t = (int64_t)out[k] - borrow;
        borrow = t < 0;
        out[k] = (uint32_t)t;
    }
}

/* Karatsuba on equal-ish sizes: a = a1*B^h + a0, b = b1*B^h + b0. Returns -1 on out of memory. */
static int mul_rec(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out) {
    if (an < KARATSUBA_CUTOFF || bn < KARATSUBA_CUTOFF) {
        mul_school(a, an, b, bn, out);
        return 0;
    }
    if (2 * bn <= an || 2 * an <= bn) {
        /* Lopsided: slice the longer operand into chunks the size of the shorter one. */
        const uint32_t *l = an >= bn ? a : b, *s = an >= bn ? b : a;
        int64_t ln = an >= bn ? an : bn, sn = an >= bn ? bn : an;
        memset(out, 0, (size_t)(an + bn) * sizeof(uint32_t));
        uint32_t *tmp = malloc((size_t)(2 * sn) * sizeof(uint32_t));
        if (!tmp) return -1;
        for (int64_t off = 0; off < ln; off += sn) {
            int64_t cn = ln - off < sn ? ln - off : sn;
            if (mul_rec(l + off, cn, s, sn, tmp) < 0) { free(tmp); return -1; }
            add_into(out, an + bn, off, tmp, cn + sn);
        }
        free(tmp);
        return 0;
    }
    int64_t h = (an > bn ? an : bn) / 2;
    const uint32_t *a0 = a, *a1 = a + h, *b0 = b, *b1 = b + h;
    int64_t a0n = molt_mag_strip(a0, an < h ? an : h), a1n = an > h ? an - h : 0;
    int64_t b0n = molt_mag_strip(b0, bn < h ? bn : h), b1n = bn > h ? bn - h : 0;
    int64_t sa = (a0n > a1n ? a0n : a1n) + 1, sb = (b0n > b1n ? b0n : b1n) + 1;
    uint32_t *scratch = calloc((size_t)(sa + sb + (sa + sb) + (a0n + b0n) + (a1n + b1n) + 4), sizeof(uint32_t));
    if (!scratch) return -1;
    uint32_t *asum = scratch, *bsum = asum + sa, *mid = bsum + sb, *z0 = mid + sa + sb, *z2 = z0 + a0n + b0n + 2;
    int64_t asn = molt_mag_add(a0, a0n, a1, a1n, asum);
    int64_t bsn = molt_mag_add(b0, b0n, b1, b1n, bsum);
    int rc = 0;
    if (mul_rec(a0, a0n, b0, b0n, z0) < 0 || mul_rec(a1, a1n, b1, b1n, z2) < 0 ||
        mul_rec(asum, asn, bsum, bsn, mid) < 0) {
        rc = -1;
    } else {
        int64_t z0n = molt_mag_strip(z0, a0n + b0n), z2n = molt_mag_strip(z2, a1n + b1n);
        int64_t midn = molt_mag_strip(mid, asn + bsn);
        /* mid = (a0+a1)(b0+b1) - z0 - z2 = a0*b1 + a1*b0 >= 0 */
        sub_into(mid, midn, 0, z0, z0n);
        sub_into(mid, midn, 0, z2, z2n);
        midn = molt_mag_strip(mid, midn);
        memset(out, 0, (size_t)(an + bn) * sizeof(uint32_t));
        memcpy(out, z0, (size_t)z0n * sizeof(uint32_t));
        add_into(out, an + bn, 2 * h, z2, z2n);
        add_into(out, an + bn, h, mid, midn);
    }
    free(scratch);
    return rc;
}

int64_t molt_mag_mul(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out) {
    if (an == 0 || bn == 0) return 0;
    if (mul_rec(a, an, b, bn, out) < 0) {
        molt_err_no_memory();
        return -1;
    }
    return molt_mag_strip(out, an + bn);
}

uint32_t molt_mag_divrem1(const uint32_t *a, int64_t n, uint32_t d, uint32_t *q) {
    uint64_t rem = 0;
    for (int64_t i = n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a[i];
        q[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static int clz32(uint32_t x) {
    int n = 0;
    while (!(x & 0x80000000u)) {
        x <<= 1;
        n++;
    }
    return n;
}

int molt_mag_divrem(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *q, uint32_t *r) {
    if (molt_mag_cmp(a, an, b, bn) < 0) {
        memset(q, 0, (size_t)(an - bn + 1 > 0 ? an - bn + 1 : 1) * sizeof(uint32_t));
        memset(r, 0, (size_t)bn * sizeof(uint32_t));
        memcpy(r, a, (size_t)an * sizeof(uint32_t));
        return 0;
    }
    if (bn == 1) {
        r[0] = molt_mag_divrem1(a, an, b[0], q);
        return 0;
    }
    /* Knuth D: normalise so the divisor's top digit has its high bit set. */
    int s = clz32(b[bn - 1]);
    uint32_t *u = calloc((size_t)(an + 1), sizeof(uint32_t));
    uint32_t *v = calloc((size_t)bn, sizeof(uint32_t));
    if (!u || !v) {
        free(u);
        free(v);
        molt_err_no_memory();
        return -1;
    }
    for (int64_t i = bn - 1; i > 0; i--) v[i] = (b[i] << s) | (s ? (uint32_t)((uint64_t)b[i - 1] >> (32 - s)) : 0);
    v[0] = b[0] << s;
    u[an] = s ? (uint32_t)((uint64_t)a[an - 1] >> (32 - s)) : 0;
    for (int64_t i = an - 1; i > 0; i--) u[i] = (a[i] << s) | (s ? (uint32_t)((uint64_t)a[i - 1] >> (32 - s)) : 0);
    u[0] = a[0] << s;
    uint64_t vtop = v[bn - 1], vnext = v[bn - 2];
    for (int64_t j = an - bn; j >= 0; j--) {
        uint64_t num = ((uint64_t)u[j + bn] << 32) | u[j + bn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >= ((uint64_t)1 << 32) || qhat * vnext > ((rhat << 32) | u[j + bn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >= ((uint64_t)1 << 32)) break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int64_t i = 0; i < bn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (int64_t)(uint32_t)p - borrow;
            borrow = t < 0;
            u[i + j] = (uint32_t)t;
        }
        int64_t t = (int64_t)u[j + bn] - (int64_t)carry - borrow;
        u[j + bn] = (uint32_t)t;
        if (t < 0) {
            /* qhat was one too large: add the divisor back. */
            qhat--;
            uint64_t c = 0;
            for (int64_t i = 0; i < bn; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u[j + bn] += (uint32_t)c;
        }
        q[j] = (uint32_t)qhat;
    }
    for (int64_t i = 0; i < bn; i++)
        r[i] = (u[i] >> s) | (s ? (uint32_t)((uint64_t)u[i + 1] << (32 - s)) : 0);
    free(u);
    free(v);
    return 0;
}

int64_t molt_mag_bits(const uint32_t *d, int64_t n) {
    n = molt_mag_strip(d, n);
    if (n == 0) return 0;
    return (n - 1) * 32 + (32 - clz32(d[n - 1]));
}

MoltValue molt_int_from_mag(int sign, const uint32_t *d, int64_t n) {
    n = molt_mag_strip(d, n);
    if (n == 0) return molt_small(0);
    if (n <= 2) {
        uint64_t m = d[0] | (n == 2 ? (uint64_t)d[1] << 32 : 0);
        if (m <= (uint64_t)MOLT_SMALL_MAX) return molt_small(sign < 0 ? -(int64_t)m : (int64_t)m);
        if (sign < 0 && m == (uint64_t)MOLT_SMALL_MAX + 1) return molt_small(MOLT_SMALL_MIN);
    }
    MoltValue v = molt_gc_alloc(&molt_int_type, sizeof(MoltBigInt) + (size_t)n * sizeof(uint32_t));
    if (!v) return MOLT_ERR;
    MoltBigInt *b = (MoltBigInt *)molt_obj(v);
    b->sign = sign < 0 ? -1 : 1;
    b->ndigits = (int32_t)n;
    memcpy(b->digits, d, (size_t)n * sizeof(uint32_t));
    return v;
}

MoltValue molt_bigint_from_i64(int64_t i) {
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    uint32_t d[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    MoltValue v = molt_gc_alloc(&molt_int_type, sizeof(MoltBigInt) + 2 * sizeof(uint32_t));
    if (!v) return MOLT_ERR;
    MoltBigInt *b = (MoltBigInt *)molt_obj(v);
    b->sign = i < 0 ? -1 : 1;
    b->ndigits = (int32_t)molt_mag_strip(d, 2);
    memcpy(b->digits, d, sizeof d);
    return v;
}

MoltValue molt_bigint_normalize(MoltValue big) {
    MoltBigInt *b = (MoltBigInt *)molt_obj(big);
    int64_t n = molt_mag_strip(b->digits, b->ndigits);
    if (n <= 2) return molt_int_from_mag(b->sign, b->digits, n);
    b->ndigits = (int32_t)n;
    return big;
}
