/* tl_arena.c -- bump allocator: one arena per document, freed in one call. */
#include "tl_arena.h"
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

typedef struct block {
    struct block *next;
    size_t cap, used;
    /* Payload follows, aligned by the union below. */
    union { max_align_t a; char c[1]; } data[];
} block;

typedef struct adopted {       /* a malloc'd buffer the arena frees */
    struct adopted *next;
    void *p;
} adopted;

struct tl_arena {
    block *head;
    size_t next_size;
    size_t used;
    adopted *own;
};

static block *block_new(size_t cap) {
    /* A request near SIZE_MAX would wrap around with the header added. */
    if (cap > SIZE_MAX - sizeof(block)) return NULL;
    block *b = malloc(sizeof(block) + cap);
    if (!b) return NULL;
    b->next = NULL;
    b->cap = cap;
    b->used = 0;
    return b;
}

tl_arena *tl_arena_new(size_t first_block) {
    tl_arena *a = malloc(sizeof *a);
    if (!a) return NULL;
    a->next_size = first_block ? first_block : 64 * 1024;
    a->head = block_new(a->next_size);
    a->used = 0;
    a->own = NULL;
    if (!a->head) { free(a); return NULL; }
    return a;
}

void tl_arena_free(tl_arena *a) {
    if (!a) return;
    for (adopted *o = a->own; o; o = o->next) free(o->p);
    block *b = a->head;
    while (b) { block *n = b->next; free(b); b = n; }
    free(a);
}

void *tl_arena_alloc(tl_arena *a, size_t n) {
    size_t need = (n + 15) & ~(size_t)15;
    if (need < n) return NULL; /* overflow */
    if (need == 0) need = 16;
    block *b = a->head;
    if (b->cap - b->used < need) {
        /* Grow geometrically so a large document costs O(log n) mallocs, but
         * give an oversized request a block of its own. */
        size_t cap = a->next_size * 2;
        if (cap > (64u << 20)) cap = 64u << 20;
        if (cap < need) cap = need;
        block *nb = block_new(cap);
        if (!nb) return NULL;
        a->next_size = cap;
        nb->next = a->head;
        a->head = nb;
        b = nb;
    }
    void *p = (char *)b->data + b->used;
    b->used += need;
    a->used += need;
    return p;
}

void *tl_arena_calloc(tl_arena *a, size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = tl_arena_alloc(a, count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

char *tl_arena_strndup(tl_arena *a, const char *s, size_t n) {
    if (n == SIZE_MAX) return NULL; /* n + 1 would wrap to 0 */
    char *p = tl_arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = 0;
    return p;
}

int tl_arena_adopt(tl_arena *a, void *p) {
    adopted *o = tl_arena_alloc(a, sizeof *o);
    if (!o) return 0;
    o->p = p;
    o->next = a->own;
    a->own = o;
    return 1;
}

size_t tl_arena_used(const tl_arena *a) { return a->used; }
