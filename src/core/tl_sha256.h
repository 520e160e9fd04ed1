/* tl_sha256.h -- SHA-256 of a byte buffer, as lowercase hex (document ids). */
#ifndef TL_SHA256_H
#define TL_SHA256_H
#include <stddef.h>
/* Writes the 64 hex digits and a NUL into out[65].  Can't fail. */
void tl_sha256_hex(const void *data, size_t len, char out[65]);
/* Whether this CPU has the SHA instructions.  It asks cpuid, which costs
 * microseconds under a hypervisor: callers hashing many buffers ask once
 * and use tl_sha256_hex_with.  Can't fail. */
int tl_sha256_fast(void);
/* tl_sha256_hex, with the answer of tl_sha256_fast (0: portable code). */
void tl_sha256_hex_with(const void *data, size_t len, int fast, char out[65]);
#endif
