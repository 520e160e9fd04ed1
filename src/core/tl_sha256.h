/* tl_sha256.h -- SHA-256 of a byte buffer, as lowercase hex (document ids). */
#ifndef TL_SHA256_H
#define TL_SHA256_H
#include <stddef.h>
/* Writes the 64 hex digits and a NUL into out[65].  Can't fail. */
void tl_sha256_hex(const void *data, size_t len, char out[65]);
#endif
