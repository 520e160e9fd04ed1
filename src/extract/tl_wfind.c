/* tl_wfind.c -- the word-in-list search: the list's bytes sixteen at a time (SSE2 on x86-64), the places a list word starts with the word's first two letters found at once. */
#include "tl_wfind.h"
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define TL_WFIND_AVX2 1
#endif

/* Is list[at..] the word w[0..n), ended by '|' or the list's end?  The
 * words are short and most candidates differ in their third byte: a loop
 * here, not a call to memcmp for each. */
static inline int word_at(const char *list, size_t len, size_t at, const char *w, size_t n) {
    if (at + n > len || (at + n < len && list[at + n] != '|')) return 0;
    for (size_t k = 0; k < n; k++)
        if (list[at + k] != w[k]) return 0;
    return 1;
}

/* A match is an answer only for a word without a separator: "gang|group"
 * would otherwise be found as two list words.  Checked once a match is
 * found instead of before every search (that check was a tenth of the
 * search's instructions, and nearly every search fails). */
static int no_separator(const char *w, size_t n) {
    return memchr(w, '|', n) == NULL && memchr(w, 0, n) == NULL;
}

#if defined(__SSE2__)
/* Bit k set when a list word may start at list[at + k]: '|' before it, w's
 * first letter there and w's second after it (for a one-letter word: the
 * separator or the list's end after it).  Reads list[at - 1 .. at + 16]. */
static inline __attribute__((always_inline)) unsigned starts16(const char *list, size_t at, __m128i bar, __m128i c0,
                                                               __m128i c1, int one) {
    __m128i prev = _mm_loadu_si128((const __m128i *)(const void *)(list + at - 1));
    __m128i cur = _mm_loadu_si128((const __m128i *)(const void *)(list + at));
    __m128i next = _mm_loadu_si128((const __m128i *)(const void *)(list + at + 1));
    __m128i m = _mm_and_si128(_mm_cmpeq_epi8(prev, bar), _mm_cmpeq_epi8(cur, c0));
    __m128i after = _mm_cmpeq_epi8(next, c1);
    if (one) after = _mm_or_si128(after, _mm_cmpeq_epi8(next, _mm_setzero_si128()));
    return (unsigned)_mm_movemask_epi8(_mm_and_si128(m, after));
}

/* The positions 1 .. len-1 in blocks of sixteen, the last block ending at
 * the list's end (its positions already seen masked off).  Returns 1 on a
 * match, 0 on none; *done is where the scalar walk must go on (len when
 * every position was seen). */
static inline __attribute__((always_inline)) int scan(const char *list, size_t len, const char *w, size_t n, int one,
                                                      size_t *done) {
    const __m128i bar = _mm_set1_epi8('|');
    const __m128i c0 = _mm_set1_epi8(w[0]);
    const __m128i c1 = _mm_set1_epi8(one ? '|' : w[1]);
    size_t i = 1;
    for (; i + 16 <= len; i += 16)
        for (unsigned bits = starts16(list, i, bar, c0, c1, one); bits; bits &= bits - 1)
            if (word_at(list, len, i + (size_t)__builtin_ctz(bits), w, n)) return 1;
    if (i < len && len >= 17) {
        size_t j = len - 16; /* reads list[j - 1 .. len]: list[len] is the NUL */
        unsigned bits = starts16(list, j, bar, c0, c1, one) & (0xffffu << (i - j));
        for (; bits; bits &= bits - 1)
            if (word_at(list, len, j + (size_t)__builtin_ctz(bits), w, n)) return 1;
        i = len;
    }
    *done = i;
    return 0;
}

/* A list of at most sixteen bytes, copied behind a '|' into a zeroed
 * block: one starts16 answers every position, the first word's included.
 * Most searches are in such short lists ("sentenced|jailed", "and|while"),
 * where the byte-by-byte walk cost some eighty instructions a search. */
static inline int short_list(const char *list, size_t len, const char *w, size_t n) {
    char b[32] = {0}; /* starts16(b, 1) reads b[0 .. 17] */
    b[0] = '|';
    /* two overlapping copies of a fixed size (single moves), not a call
     * to memcpy for a few bytes; len >= 1 (n <= len) */
    if (len >= 8) {
        memcpy(b + 1, list, 8);
        memcpy(b + 1 + len - 8, list + len - 8, 8);
    } else if (len >= 4) {
        memcpy(b + 1, list, 4);
        memcpy(b + 1 + len - 4, list + len - 4, 4);
    } else {
        b[1] = list[0];
        b[len] = list[len - 1];
        b[1 + len / 2] = list[len / 2];
    }
    const __m128i c1 = _mm_set1_epi8(n == 1 ? '|' : w[1]);
    /* b's position k + 1 is the list's k; past its end b holds NULs, where
     * no word starts (word_at checks the list's own bounds) */
    for (unsigned bits = starts16(b, 1, _mm_set1_epi8('|'), _mm_set1_epi8(w[0]), c1, n == 1); bits; bits &= bits - 1)
        if (word_at(list, len, (size_t)__builtin_ctz(bits), w, n)) return 1;
    return 0;
}
#endif

#if defined(TL_WFIND_AVX2)
/* starts16 on thirty-two positions (AVX2).  Reads list[at - 1 .. at + 32]. */
static inline __attribute__((always_inline, target("avx2"))) unsigned starts32(const char *list, size_t at, __m256i bar,
                                                                             __m256i c0, __m256i c1, int one) {
    __m256i prev = _mm256_loadu_si256((const __m256i *)(const void *)(list + at - 1));
    __m256i cur = _mm256_loadu_si256((const __m256i *)(const void *)(list + at));
    __m256i next = _mm256_loadu_si256((const __m256i *)(const void *)(list + at + 1));
    __m256i m = _mm256_and_si256(_mm256_cmpeq_epi8(prev, bar), _mm256_cmpeq_epi8(cur, c0));
    __m256i after = _mm256_cmpeq_epi8(next, c1);
    if (one) after = _mm256_or_si256(after, _mm256_cmpeq_epi8(next, _mm256_setzero_si256()));
    return (unsigned)_mm256_movemask_epi8(_mm256_and_si256(m, after));
}

/* scan, thirty-two positions a step; lists under 33 bytes go to scan. */
static inline __attribute__((always_inline, target("avx2"))) int scan32(const char *list, size_t len, const char *w,
                                                                      size_t n, int one, size_t *done) {
    const __m256i bar = _mm256_set1_epi8('|');
    const __m256i c0 = _mm256_set1_epi8(w[0]);
    const __m256i c1 = _mm256_set1_epi8(one ? '|' : w[1]);
    size_t i = 1;
    /* sixty-four positions a step, one branch for both halves: nearly every
     * block holds no candidate, and the loop's own count and branch were a
     * fifth of a block's instructions */
    for (; i + 64 <= len; i += 64) {
        uint64_t bits = starts32(list, i, bar, c0, c1, one) | (uint64_t)starts32(list, i + 32, bar, c0, c1, one) << 32;
        for (; bits; bits &= bits - 1)
            if (word_at(list, len, i + (size_t)__builtin_ctzll(bits), w, n)) return 1;
    }
    if (i + 32 <= len) {
        for (unsigned bits = starts32(list, i, bar, c0, c1, one); bits; bits &= bits - 1)
            if (word_at(list, len, i + (size_t)__builtin_ctz(bits), w, n)) return 1;
        i += 32;
    }
    if (i < len) {
        size_t j = len - 32; /* reads list[j - 1 .. len]: list[len] is the NUL */
        unsigned bits = starts32(list, j, bar, c0, c1, one) & (0xffffffffu << (i - j));
        for (; bits; bits &= bits - 1)
            if (word_at(list, len, j + (size_t)__builtin_ctz(bits), w, n)) return 1;
    }
    *done = len;
    return 0;
}

__attribute__((target("avx2"))) static int scan_avx2(const char *list, size_t len, const char *w, size_t n,
                                                     size_t *done) {
    return n == 1 ? scan32(list, len, w, n, 1, done) : scan32(list, len, w, n, 0, done);
}
#endif

int tl_wfind_in_list(const char *list, size_t len, const char *w, size_t n) {
    if (!list || !w || !n || n > len) return 0;
#if defined(__SSE2__)
    if (len <= 16) return short_list(list, len, w, n) && no_separator(w, n);
#endif
    if (word_at(list, len, 0, w, n)) return no_separator(w, n);
    size_t i = 1;
#if defined(TL_WFIND_AVX2)
    /* the long lists (the cue lists) thirty-two bytes a step where the CPU
     * has AVX2 (valgrind and every x86-64 CPU of the last decade) */
    if (len >= 33 && __builtin_cpu_supports("avx2")) {
        if (scan_avx2(list, len, w, n, &i)) return no_separator(w, n);
    } else
#endif
#if defined(__SSE2__)
    /* Cue lists are 100-700 bytes and searched for nearly every word of a
     * sentence that may hold a fact: a byte-by-byte walk, then a
     * first-letter search with a memcmp at each hit, were a tenth of the
     * instructions on a long line. */
    if (n == 1 ? scan(list, len, w, n, 1, &i) : scan(list, len, w, n, 0, &i)) return no_separator(w, n);
#endif
    for (; i < len; i++)
        if (list[i - 1] == '|' && list[i] == w[0] && word_at(list, len, i, w, n)) return no_separator(w, n);
    return 0;
}
