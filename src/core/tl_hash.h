/* tl_hash.h -- the hash functions of the project and one open-addressing map from 64-bit ids to fixed-size records. */
#ifndef TL_HASH_H
#define TL_HASH_H
#include <stddef.h>
#include <stdint.h>

/* Mixes a 64-bit integer so that every bit of it reaches the low bits (the
 * slot index of a power-of-two table): the MurmurHash3 finalizer.  Can't
 * fail. */
static inline uint64_t tl_hash_u64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* Hash of n bytes at p (FNV-1a, then tl_hash_u64); never 0, so a table may
 * mark its empty slots with 0.  p may be NULL when n is 0.  Can't fail. */
uint64_t tl_hash_bytes(const void *p, size_t n);

/* A map from non-zero int64 keys (row ids) to records of a size fixed at
 * init, stored inline; at most half full.  Zero-initialise it or call
 * tl_imap_init; release with tl_imap_free.  Pointers into it are valid
 * until the next tl_imap_put. */
typedef struct tl_imap {
    unsigned char *slots; /* cap slots of (int64 key, record) */
    size_t cap, n, val_size, slot_size;
} tl_imap;

/* Prepares an empty map of records of val_size bytes.  Can't fail (the
 * first put allocates). */
void tl_imap_init(tl_imap *m, size_t val_size);
/* The record of key, or NULL when absent (or key is 0).  Can't fail. */
void *tl_imap_get(const tl_imap *m, int64_t key);
/* The record of key, added zeroed when absent (*added = 1, else 0; added
 * may be NULL).  Returns NULL when out of memory or when key is 0; the map
 * is unchanged then. */
void *tl_imap_put(tl_imap *m, int64_t key, int *added);
/* Number of keys.  Can't fail. */
static inline size_t tl_imap_count(const tl_imap *m) { return m->n; }
/* Releases the slots and empties the map (the record size is kept);
 * accepts an empty map.  Can't fail. */
void tl_imap_free(tl_imap *m);
#endif
