/* tl_arena.h -- bump allocator: one arena per document, freed in one call. */
#ifndef TL_ARENA_H
#define TL_ARENA_H
#include <stddef.h>
#include "threadline.h"

/* Creates an arena whose first block holds `first_block` bytes (0 = 64 KiB).
 * Returns NULL when out of memory. */
tl_arena *tl_arena_new(size_t first_block);
/* Frees the arena and every allocation made from it.  Accepts NULL. */
void tl_arena_free(tl_arena *a);
/* Returns `n` bytes aligned to 16, or NULL when out of memory (the arena is
 * left as it was).  n == 0 returns a valid unique pointer. */
void *tl_arena_alloc(tl_arena *a, size_t n);
/* Like tl_arena_alloc, zero-filled. */
void *tl_arena_calloc(tl_arena *a, size_t count, size_t size);
/* Copies n bytes and adds a NUL; NULL when out of memory. */
char *tl_arena_strndup(tl_arena *a, const char *s, size_t n);
/* Makes the arena own malloc'd p: tl_arena_free frees it.  Returns 0 when
 * out of memory (p then stays the caller's). */
int tl_arena_adopt(tl_arena *a, void *p);
/* Bytes handed out so far (for memory accounting).  Can't fail. */
size_t tl_arena_used(const tl_arena *a);
#endif
