/* tool_util.h -- small helpers shared by the model trainers in tools/ (not part of the library). */
#ifndef TOOL_UTIL_H
#define TOOL_UTIL_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Reads a whole file into a NUL-terminated buffer the caller frees; NULL
 * when it cannot be read. */
static inline char *tool_slurp(const char *path, size_t *len) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, fp) != (size_t)n) { free(b); b = NULL; }
    fclose(fp);
    if (b) { b[n] = 0; *len = (size_t)n; }
    return b;
}

/* xorshift64: the trainers' reproducible shuffles.  Seed state != 0. */
static inline uint32_t tool_rng_next(uint64_t *state) {
    uint64_t x = *state;
    x ^= x << 13; x ^= x >> 7; x ^= x << 17;
    *state = x;
    return (uint32_t)(x >> 11);
}
#endif
