/* tl_ner_rsort.c -- a stable least-significant-digit radix sort of indices by 32-bit keys, a byte per pass. */
#include "tl_ner_rsort.h"
#include <string.h>

/* Below this many indices an insertion sort (stable too) is cheaper than
 * clearing and summing the radix sort's four count tables. */
#define RSORT_SMALL 48

void tl_ner_rsort(uint32_t *idx, const uint32_t *key, size_t n, uint32_t *tmp) {
    if (n < 2) return;
    if (n < RSORT_SMALL) {
        for (size_t i = 1; i < n; i++) {
            uint32_t x = idx[i], k = key[x];
            size_t j = i;
            for (; j > 0 && key[idx[j - 1]] > k; j--) idx[j] = idx[j - 1];
            idx[j] = x;
        }
        return;
    }
    /* the four bytes' counts in one pass over the keys */
    uint32_t cnt[4][256];
    memset(cnt, 0, sizeof cnt);
    for (size_t i = 0; i < n; i++) {
        uint32_t k = key[idx[i]];
        cnt[0][k & 255]++;
        cnt[1][k >> 8 & 255]++;
        cnt[2][k >> 16 & 255]++;
        cnt[3][k >> 24]++;
    }
    uint32_t *src = idx, *dst = tmp;
    for (int p = 0; p < 4; p++) {
        unsigned sh = (unsigned)p * 8;
        /* a byte every key shares orders nothing (the high bytes of byte
         * offsets, of lengths): the pass is skipped */
        if (cnt[p][key[src[0]] >> sh & 255] == n) continue;
        uint32_t off[256], sum = 0;
        for (int b = 0; b < 256; b++) {
            off[b] = sum;
            sum += cnt[p][b];
        }
        /* in order of src, so equal bytes keep the order of the pass before */
        for (size_t i = 0; i < n; i++) dst[off[key[src[i]] >> sh & 255]++] = src[i];
        uint32_t *t = src;
        src = dst;
        dst = t;
    }
    if (src != idx) memcpy(idx, src, n * sizeof *idx);
}
