/* test_hash.c -- unit tests of the shared hash functions and id map (tl_hash.h): edge keys, zero-size records, growth, reuse after free. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_hash.h"

static void test_hash_bytes(void **state) {
    (void)state;
    /* Never 0 (tables mark empty slots with it); NULL with no bytes is fine. */
    assert_true(tl_hash_bytes(NULL, 0) != 0);
    assert_int_equal(tl_hash_bytes(NULL, 0), tl_hash_bytes("", 0));
    char buf[64];
    for (int i = 0; i < 100000; i++) {
        int n = snprintf(buf, sizeof buf, "key-%d", i);
        assert_true(tl_hash_bytes(buf, (size_t)n) != 0);
    }
    /* Every byte counts, and the length too. */
    assert_true(tl_hash_bytes("ab", 2) != tl_hash_bytes("ba", 2));
    assert_true(tl_hash_bytes("a\0", 2) != tl_hash_bytes("a", 1));
    /* The mixer spreads neighbouring ids over the low bits. */
    int low[16] = {0};
    for (uint64_t k = 1; k <= 1600; k++) low[tl_hash_u64(k) & 15]++;
    for (int b = 0; b < 16; b++) assert_true(low[b] > 50 && low[b] < 150);
}

static void test_edge_keys(void **state) {
    (void)state;
    tl_imap m;
    tl_imap_init(&m, sizeof(int64_t));
    const int64_t keys[] = {INT64_MIN, -1, 1, INT64_MAX, (int64_t)1 << 32, -((int64_t)1 << 40)};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        int added = -1;
        int64_t *v = tl_imap_put(&m, keys[i], &added);
        assert_non_null(v);
        assert_int_equal(added, 1);
        assert_int_equal(*v, 0); /* added zeroed */
        *v = keys[i] ^ 0x5555;
    }
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        int64_t *v = tl_imap_get(&m, keys[i]);
        assert_non_null(v);
        assert_true(*v == (keys[i] ^ 0x5555));
    }
    /* 0 is never a key: neither found nor added, the map unchanged. */
    int added = 7;
    assert_null(tl_imap_put(&m, 0, &added));
    assert_int_equal(added, 0);
    assert_null(tl_imap_get(&m, 0));
    assert_int_equal(tl_imap_count(&m), sizeof keys / sizeof *keys);
    tl_imap_free(&m);
    assert_int_equal(tl_imap_count(&m), 0);
    assert_null(tl_imap_get(&m, 1));
    /* Reused after free, the record size kept. */
    int64_t *v = tl_imap_put(&m, 42, NULL);
    assert_non_null(v);
    *v = 9;
    assert_int_equal(*(int64_t *)tl_imap_get(&m, 42), 9);
    tl_imap_free(&m);
    tl_imap_free(&m); /* twice is fine */
}

static void test_zero_size_and_zeroed(void **state) {
    (void)state;
    /* A zero-initialised map (no init) holds sets of ids: records of 0 bytes. */
    tl_imap set = {0};
    assert_null(tl_imap_get(&set, 5));
    for (int64_t k = 1; k <= 5000; k++) assert_non_null(tl_imap_put(&set, k * 3, NULL));
    for (int64_t k = 1; k <= 5000; k++) {
        assert_non_null(tl_imap_get(&set, k * 3));
        assert_null(tl_imap_get(&set, k * 3 + 1));
    }
    assert_int_equal(tl_imap_count(&set), 5000);
    tl_imap_free(&set);
    /* Odd record sizes keep their bytes through growth. */
    tl_imap m;
    tl_imap_init(&m, 13);
    for (int64_t k = 1; k <= 3000; k++) {
        unsigned char *r = tl_imap_put(&m, -k, NULL);
        assert_non_null(r);
        memset(r, (int)(k & 0xff), 13);
    }
    for (int64_t k = 1; k <= 3000; k++) {
        unsigned char *r = tl_imap_get(&m, -k);
        assert_non_null(r);
        for (int b = 0; b < 13; b++) assert_int_equal(r[b], (unsigned char)(k & 0xff));
    }
    /* Putting a key again returns its record, not a new one. */
    int added = -1;
    unsigned char *again = tl_imap_put(&m, -17, &added);
    assert_int_equal(added, 0);
    assert_int_equal(again[0], 17);
    tl_imap_free(&m);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_hash_bytes),
        cmocka_unit_test(test_edge_keys),
        cmocka_unit_test(test_zero_size_and_zeroed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
