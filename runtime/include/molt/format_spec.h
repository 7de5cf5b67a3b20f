/* Parsing of format specifications ([[fill]align][sign][z][#][0][width][,|_][.precision][type]),
 * shared by the format() implementations of every type (format_spec.c). */
#ifndef MOLT_FORMAT_SPEC_H
#define MOLT_FORMAT_SPEC_H

#include "molt/object.h"

typedef struct MoltFormatSpec {
    uint32_t fill;        /* code point, ' ' by default */
    char align;           /* '<', '>', '^', '=' or 0 when not given */
    char sign;            /* '+', '-', ' ' or 0 */
    bool no_neg_zero;     /* 'z' */
    bool alternate;       /* '#' */
    bool fill_specified;
    char grouping;        /* ',', '_' or 0 */
    int64_t width;        /* -1 when not given */
    int64_t precision;    /* -1 when not given */
    char type;            /* 0 when not given */
} MoltFormatSpec;

/* Parses spec (a str). default_align is '<' for str and '>' for numbers (it decides whether a
 * leading '0' means '=' alignment). type_name is used in error messages. 0, or -1 with ValueError. */
int molt_format_spec_parse(MoltValue spec, char default_align, const char *type_name, MoltFormatSpec *out);
/* Pads text (a str) to spec->width with spec->fill according to align (or default_align). */
MoltValue molt_format_spec_pad(MoltValue text, const MoltFormatSpec *spec, char default_align);

#endif
