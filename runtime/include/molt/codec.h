/* Text codecs (codec.c): UTF-8, ASCII, Latin-1 with the standard error handlers. */
#ifndef MOLT_CODEC_H
#define MOLT_CODEC_H

#include "molt/object.h"

enum { MOLT_CODEC_UNKNOWN, MOLT_CODEC_UTF8, MOLT_CODEC_ASCII, MOLT_CODEC_LATIN1 };

/* Normalizes a codec name ("UTF_8", "latin1", ...) to one of the MOLT_CODEC_ constants. */
int molt_codec_lookup(const char *name);
/* errors: "strict", "replace", "ignore", "surrogateescape", "surrogatepass" (NULL: strict).
 * data must stay valid across allocation (root its owner). */
MoltValue molt_codec_decode(int codec, const unsigned char *data, int64_t n, const char *errors);
MoltValue molt_codec_encode(int codec, MoltValue s, const char *errors);

#endif
