/* tl_sha256.h -- SHA-256 of a byte buffer, as lowercase hex (document ids), through libcrypto. */
#ifndef TL_SHA256_H
#define TL_SHA256_H
#include <stddef.h>
/* Writes the 64 hex digits and a NUL into out[65].  Can't fail. */
void tl_sha256_hex(const void *data, size_t len, char out[65]);
/* Kept for callers that ask once before hashing many buffers: libcrypto
 * picks the fastest code for this CPU (SHA extensions included) by itself,
 * so this returns 1.  Can't fail. */
int tl_sha256_fast(void);
/* tl_sha256_hex; `fast` is ignored (see tl_sha256_fast). */
void tl_sha256_hex_with(const void *data, size_t len, int fast, char out[65]);
#endif
