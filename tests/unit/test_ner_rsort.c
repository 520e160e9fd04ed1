/* test_ner_rsort.c -- unit tests of the radix sort of indices (tl_ner_rsort.h): qsort on (key, position) as the reference, on random keys of every byte width, equal keys, and the empty and one-element cases. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_ner_rsort.h"

typedef struct ref { uint32_t key, pos; } ref;

static int ref_cmp(const void *x, const void *y) {
    const ref *a = x, *b = y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Sorts a permutation of 0..n-1 (given in idx) both ways and compares. */
static void check(uint32_t *idx, const uint32_t *key, size_t n) {
    ref *r = malloc((n ? n : 1) * sizeof *r);
    uint32_t *tmp = malloc((n ? n : 1) * sizeof *tmp);
    assert_non_null(r);
    assert_non_null(tmp);
    for (size_t i = 0; i < n; i++) r[i] = (ref){key[idx[i]], (uint32_t)i};
    uint32_t *given = malloc((n ? n : 1) * sizeof *given);
    assert_non_null(given);
    memcpy(given, idx, n * sizeof *idx);
    qsort(r, n, sizeof *r, ref_cmp);
    tl_ner_rsort(idx, key, n, tmp);
    for (size_t i = 0; i < n; i++) assert_int_equal(idx[i], given[r[i].pos]);
    free(given);
    free(tmp);
    free(r);
}

static void test_edges(void **state) {
    (void)state;
    uint32_t key[3] = {7, 7, 7}, idx[3] = {2, 0, 1};
    tl_ner_rsort(idx, key, 0, NULL);
    tl_ner_rsort(idx, key, 1, NULL);
    assert_int_equal(idx[0], 2);
    check(idx, key, 3); /* all equal: the given order stays */
    assert_int_equal(idx[0], 2);
    assert_int_equal(idx[1], 0);
    assert_int_equal(idx[2], 1);
    uint32_t k2[4] = {0xFFFFFFFFu, 0, 0x80000000u, 0xFF}, i2[4] = {0, 1, 2, 3};
    check(i2, k2, 4);
    assert_int_equal(i2[0], 1);
    assert_int_equal(i2[3], 0);
}

static void test_random_against_qsort(void **state) {
    (void)state;
    uint32_t seed = 99;
    enum { N = 3000 };
    static uint32_t key[N], idx[N];
    for (int round = 0; round < 200; round++) {
        size_t n = 1 + (size_t)(round * 37) % N;
        /* keys of one to four bytes, few distinct values in some rounds */
        unsigned bits = 1 + (unsigned)round % 32;
        uint32_t mask = bits == 32 ? 0xFFFFFFFFu : (1u << bits) - 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            key[i] = (seed ^ (seed >> 16) * 2654435761u) & mask;
            if (round % 5 == 0) key[i] <<= 32 - bits; /* only high bytes differ */
            idx[i] = (uint32_t)i;
        }
        /* a shuffled permutation in some rounds: the given order is kept
         * for equal keys, whatever it is */
        if (round % 2)
            for (size_t i = n; i > 1; i--) {
                seed = seed * 1103515245u + 12345u;
                size_t j = (seed >> 8) % i;
                uint32_t t = idx[i - 1];
                idx[i - 1] = idx[j];
                idx[j] = t;
            }
        check(idx, key, n);
    }
}

/* Every size from 2 to 120, across the insertion sort's bound, with few
 * distinct keys so that equal keys abound. */
static void test_sizes_across_small_bound(void **state) {
    (void)state;
    uint32_t seed = 7, key[120], idx[120];
    for (size_t n = 2; n <= 120; n++)
        for (int rep = 0; rep < 4; rep++) {
            for (size_t i = 0; i < n; i++) {
                seed = seed * 1103515245u + 12345u;
                key[i] = rep == 3 ? (seed >> 8) : (seed >> 16) % 5 * 0x01010101u;
                idx[i] = (uint32_t)(n - 1 - i); /* given order reversed */
            }
            check(idx, key, n);
        }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_random_against_qsort),
        cmocka_unit_test(test_sizes_across_small_bound),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
