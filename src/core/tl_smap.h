/* tl_smap.h -- bounded string map: one fixed-size record per key, emptied when full. */
#ifndef TL_SMAP_H
#define TL_SMAP_H
#include <stddef.h>
#include <stdint.h>

/* Memos of pure functions of a string (word features, gazetteer answers)
 * keep their answers here, across documents when their owner wants: keys are
 * copied, each has a record of rec_size bytes (zeroed when the key is new;
 * the owner marks in it what it has computed).  Bounded: the map holds
 * about max_bytes; when an insertion would go past that, every key is
 * forgotten first.  So a record pointer is valid only until the next
 * tl_smap_get on the same map.  A map is used by one thread at a time. */
typedef struct tl_smap tl_smap;

/* Longer keys are never kept (tl_smap_get returns NULL for them). */
#define TL_SMAP_MAXKEY 1024

/* Creates a map; rec_size 1..256 bytes, max_bytes 0: 1 MiB.  Returns NULL
 * when out of memory or on a bad rec_size. */
tl_smap *tl_smap_new(size_t rec_size, size_t max_bytes);
/* Frees the map.  Accepts NULL. */
void tl_smap_free(tl_smap *m);

/* The record of key s[0..n) (aligned to 8), added zeroed when new (which
 * may forget every other key first).  NULL when m is NULL, the key is longer
 * than TL_SMAP_MAXKEY or memory runs out: the caller then computes without
 * remembering.  Can't fail otherwise. */
void *tl_smap_get(tl_smap *m, const char *s, size_t n);

/* Forgets every key (the memory is kept for the next ones).  Accepts NULL. */
void tl_smap_clear(tl_smap *m);

/* Keys held now.  Can't fail. */
size_t tl_smap_count(const tl_smap *m);
#endif
