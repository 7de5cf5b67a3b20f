/* Molt runtime: format(value, spec) and f-string replacement fields (format.c). */
#ifndef MOLT_FORMAT_H
#define MOLT_FORMAT_H

#include "molt/object.h"

/* format(v, spec): str via molt_str_format_spec, int/bool and float by the format-spec mini-language,
 * classes through __format__, anything else only with an empty spec (str(v)). spec may be MOLT_ERR (""). */
MoltValue molt_format(MoltValue v, MoltValue spec);
MoltValue molt_int_format_spec(MoltValue v, MoltValue spec);
MoltValue molt_float_format_spec(double d, MoltValue spec);

#endif
