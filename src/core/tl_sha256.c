/* tl_sha256.c -- SHA-256 of a byte buffer, as lowercase hex, computed by libcrypto (OpenSSL). */
/* The one-call digest interfaces of OpenSSL 3 (EVP_Digest, SHA256) fetch
 * the algorithm and allocate a context, so they can fail; a document id must
 * not.  The block interface below allocates nothing and still runs
 * OpenSSL's assembly (SHA extensions, AVX2) chosen at run time for this
 * CPU.  OpenSSL 3 marks it deprecated, not removed. */
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include "tl_sha256.h"
#include <openssl/sha.h>

int tl_sha256_fast(void) {
    return 1; /* libcrypto dispatches to the fastest code itself */
}

void tl_sha256_hex(const void *data, size_t len, char out[65]) {
    static const char hex[] = "0123456789abcdef";
    unsigned char md[SHA256_DIGEST_LENGTH];
    SHA256_CTX c;
    SHA256_Init(&c);
    /* NULL with length 0 is an empty document: nothing to feed. */
    if (len) SHA256_Update(&c, data, len);
    SHA256_Final(md, &c);
    for (int i = 0; i < SHA256_DIGEST_LENGTH; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = 0;
}

void tl_sha256_hex_with(const void *data, size_t len, int fast, char out[65]) {
    (void)fast;
    tl_sha256_hex(data, len, out);
}
