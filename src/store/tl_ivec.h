/* tl_ivec.h -- growable array of 64-bit ids shared by the store modules. */
#ifndef TL_IVEC_H
#define TL_IVEC_H
#include <stdint.h>
#include <stdlib.h>

typedef struct ivec {
    int64_t *v;
    size_t n, cap;
} ivec;

/* Appends x; returns 1, or 0 when out of memory (a is left as it was). */
static inline int ivec_push(ivec *a, int64_t x) {
    if (a->n == a->cap) {
        size_t cap = a->cap ? a->cap * 2 : 64;
        int64_t *v = realloc(a->v, cap * sizeof *v);
        if (!v) return 0;
        a->v = v;
        a->cap = cap;
    }
    a->v[a->n++] = x;
    return 1;
}
#endif
