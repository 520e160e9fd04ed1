/* tl_smap.c -- bounded string map: one fixed-size record per key, emptied when full. */
#include "tl_smap.h"
#include <stdlib.h>
#include <string.h>

/* A record: this header, then the caller's bytes.  Header and record share
 * cache lines, so a hit touches the slot, the record and the key bytes. */
typedef struct hdr {
    uint32_t hash, off, len, pad;  /* key hash; key bytes at bytes + off */
} hdr;

struct tl_smap {
    uint32_t *slot;      /* record index + 1, 0 = empty */
    uint32_t mask;
    char *rec;           /* cap records of `size` bytes */
    size_t size, n, cap;
    char *bytes;         /* the keys */
    size_t nb, capb;
    size_t max_n, max_nb; /* the bounds: records, key bytes */
};

tl_smap *tl_smap_new(size_t rec_size, size_t max_bytes) {
    if (rec_size == 0 || rec_size > 256) return NULL;
    tl_smap *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    if (!max_bytes) max_bytes = (size_t)1 << 20;
    m->size = sizeof(hdr) + ((rec_size + 7) & ~(size_t)7);
    /* A record: itself, two slots (load <= 1/2), and (on average far less
     * than) 24 key bytes. */
    m->max_n = max_bytes / (m->size + 2 * sizeof(uint32_t) + 24);
    if (m->max_n < 16) m->max_n = 16;
    m->max_nb = m->max_n * 24 > 4 * TL_SMAP_MAXKEY ? m->max_n * 24 : 4 * TL_SMAP_MAXKEY;
    m->mask = 255;
    m->slot = calloc(m->mask + 1, sizeof *m->slot);
    if (!m->slot) { free(m); return NULL; }
    return m;
}

void tl_smap_free(tl_smap *m) {
    if (!m) return;
    free(m->slot);
    free(m->rec);
    free(m->bytes);
    free(m);
}

void tl_smap_clear(tl_smap *m) {
    if (!m) return;
    memset(m->slot, 0, ((size_t)m->mask + 1) * sizeof *m->slot);
    m->n = 0;
    m->nb = 0;
}

size_t tl_smap_count(const tl_smap *m) { return m ? m->n : 0; }

/* Doubles the slot table. */
static int grow(tl_smap *m) {
    uint32_t mask = m->mask * 2 + 1;
    uint32_t *slot = calloc((size_t)mask + 1, sizeof *slot);
    if (!slot) return 0;
    for (size_t i = 0; i < m->n; i++) {
        uint32_t h = ((const hdr *)(const void *)(m->rec + i * m->size))->hash & mask;
        while (slot[h]) h = (h + 1) & mask;
        slot[h] = (uint32_t)i + 1;
    }
    free(m->slot);
    m->slot = slot;
    m->mask = mask;
    return 1;
}

/* Hash of a key, eight bytes at a time (maps are asked for nearly every
 * word of a text; the hash never leaves the map). */
static uint32_t key_hash(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t x;
        memcpy(&x, s, 8);
        h = (h ^ x) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 31;
    }
    uint64_t x = 0;
    if (n >= 4) { /* 4..7 bytes: two loads that may overlap */
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        x = (uint64_t)a << 32 | b;
    } else if (n) {
        x = (uint64_t)(unsigned char)s[0] << 16 | (uint64_t)(unsigned char)s[n / 2] << 8 | (unsigned char)s[n - 1];
    }
    h = (h ^ x) * 0x94d049bb133111ebULL;
    h ^= h >> 32;
    return (uint32_t)h;
}

/* a[0..n) == b[0..n), inline for short keys. */
static inline int key_eq(const char *a, const char *b, size_t n) {
    for (; n >= 8; a += 8, b += 8, n -= 8) {
        uint64_t x, y;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        if (x != y) return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

void *tl_smap_get(tl_smap *m, const char *s, size_t n) {
    if (!m || n > TL_SMAP_MAXKEY) return NULL;
    uint32_t hash = key_hash(s, n), h = hash & m->mask;
    for (uint32_t v; (v = m->slot[h]) != 0; h = (h + 1) & m->mask) {
        hdr *k = (hdr *)(void *)(m->rec + (size_t)(v - 1) * m->size);
        if (k->hash == hash && k->len == n && key_eq(m->bytes + k->off, s, n)) return k + 1;
    }
    if (m->n >= m->max_n || m->nb + n > m->max_nb) tl_smap_clear(m); /* full: start over */
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        if (cap > m->max_n) cap = m->max_n;
        char *r = realloc(m->rec, cap * m->size);
        if (!r) return NULL;
        m->rec = r;
        m->cap = cap;
    }
    if (m->nb + n > m->capb) {
        size_t capb = m->capb ? m->capb * 2 : 4096;
        while (capb < m->nb + n) capb *= 2;
        char *b = realloc(m->bytes, capb);
        if (!b) return NULL;
        m->bytes = b;
        m->capb = capb;
    }
    if ((m->n + 1) * 2 > m->mask && !grow(m)) return NULL;
    h = hash & m->mask;
    while (m->slot[h]) h = (h + 1) & m->mask;
    hdr *k = (hdr *)(void *)(m->rec + m->n * m->size);
    memset(k, 0, m->size);
    k->hash = hash;
    k->off = (uint32_t)m->nb;
    k->len = (uint32_t)n;
    if (n) memcpy(m->bytes + m->nb, s, n);
    m->nb += n;
    m->slot[h] = (uint32_t)++m->n;
    return k + 1;
}
