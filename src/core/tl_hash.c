/* tl_hash.c -- the hash functions of the project and one open-addressing map from 64-bit ids to fixed-size records. */
#include "tl_hash.h"
#include <stdlib.h>
#include <string.h>

uint64_t tl_hash_bytes(const void *p, size_t n) {
    const unsigned char *b = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 1099511628211ULL;
    h = tl_hash_u64(h);
    return h ? h : 1;
}

void tl_imap_init(tl_imap *m, size_t val_size) {
    memset(m, 0, sizeof *m);
    m->val_size = val_size;
}

/* A slot: the key, then the record, aligned for 8-byte members. */
static size_t slot_size(const tl_imap *m) {
    return sizeof(int64_t) + ((m->val_size + 7) & ~(size_t)7);
}

static int64_t key_at(const unsigned char *slot) {
    int64_t k;
    memcpy(&k, slot, sizeof k);
    return k;
}

void *tl_imap_get(const tl_imap *m, int64_t key) {
    if (!m->cap || !key) return NULL;
    for (size_t i = tl_hash_u64((uint64_t)key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        unsigned char *s = m->slots + i * m->slot_size;
        int64_t k = key_at(s);
        if (k == key) return s + sizeof(int64_t);
        if (!k) return NULL;
    }
}

void *tl_imap_put(tl_imap *m, int64_t key, int *added) {
    if (added) *added = 0;
    if (!key) return NULL;
    void *v = tl_imap_get(m, key);
    if (v) return v;
    if ((m->n + 1) * 2 > m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 64, ss = slot_size(m);
        if (cap > SIZE_MAX / 2 / ss) return NULL;
        unsigned char *slots = calloc(cap, ss);
        if (!slots) return NULL;
        for (size_t j = 0; j < m->cap; j++) {
            const unsigned char *old = m->slots + j * m->slot_size;
            int64_t k = key_at(old);
            if (!k) continue;
            size_t i = tl_hash_u64((uint64_t)k) & (cap - 1);
            while (key_at(slots + i * ss)) i = (i + 1) & (cap - 1);
            memcpy(slots + i * ss, old, ss);
        }
        free(m->slots);
        m->slots = slots;
        m->cap = cap;
        m->slot_size = ss;
    }
    size_t i = tl_hash_u64((uint64_t)key) & (m->cap - 1);
    while (key_at(m->slots + i * m->slot_size)) i = (i + 1) & (m->cap - 1);
    unsigned char *s = m->slots + i * m->slot_size;
    memcpy(s, &key, sizeof key);
    m->n++;
    if (added) *added = 1;
    return s + sizeof(int64_t);
}

void tl_imap_free(tl_imap *m) {
    free(m->slots);
    m->slots = NULL;
    m->cap = m->n = m->slot_size = 0;
}
