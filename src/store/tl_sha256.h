/* tl_sha256.h -- SHA-256 of a byte string, as the document id ingest checks before extracting. */
#ifndef TL_SHA256_H
#define TL_SHA256_H
#include <stddef.h>

/* Writes the lowercase hex SHA-256 of data[0..n) and a NUL into hex[65].
 * Can't fail. */
void tl_sha256_hex(const void *data, size_t n, char hex[65]);
#endif
