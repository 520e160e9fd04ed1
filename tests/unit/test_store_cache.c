/* test_store_cache.c -- unit tests of the store session caches (tl_store_cache.h) and the shared id map (tl_hash.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_hash.h"
#include "tl_store_cache.h"

static void test_keys(void **state) {
    (void)state;
    tl_cache *c = tl_cache_new();
    assert_non_null(c);
    size_t n = 99;
    assert_null(tl_cache_key_get(c, 0, "smith", &n));
    /* Stored sorted and distinct, whatever order they came in. */
    int64_t ids[] = {9, 3, 7, 3, 1};
    assert_int_equal(tl_cache_key_put(c, 0, "smith", ids, 5), 1);
    const int64_t *got = tl_cache_key_get(c, 0, "smith", &n);
    assert_non_null(got);
    assert_int_equal(n, 4);
    assert_int_equal(got[0], 1);
    assert_int_equal(got[1], 3);
    assert_int_equal(got[2], 7);
    assert_int_equal(got[3], 9);
    /* Kinds keep keys apart; an empty list is a cached answer. */
    assert_null(tl_cache_key_get(c, 1, "smith", &n));
    assert_int_equal(tl_cache_key_put(c, 2, "nobody", NULL, 0), 1);
    assert_non_null(tl_cache_key_get(c, 2, "nobody", &n) ? (const void *)"" : NULL);
    assert_int_equal(n, 0);
    /* Adding to a cached key keeps the order; to an uncached one, nothing. */
    assert_int_equal(tl_cache_key_add(c, 0, "smith", 5), 1);
    assert_int_equal(tl_cache_key_add(c, 0, "smith", 5), 1);
    got = tl_cache_key_get(c, 0, "smith", &n);
    assert_int_equal(n, 5);
    for (size_t i = 1; i < n; i++) assert_true(got[i - 1] < got[i]);
    assert_int_equal(tl_cache_key_add(c, 0, "jones", 4), 1);
    assert_null(tl_cache_key_get(c, 0, "jones", &n));
    /* A key longer than any buffer still works. */
    char big[5000];
    memset(big, 'k', sizeof big - 1);
    big[sizeof big - 1] = 0;
    int64_t one = 42;
    assert_int_equal(tl_cache_key_put(c, 0, big, &one, 1), 1);
    assert_non_null(tl_cache_key_get(c, 0, big, &n));
    tl_cache_clear(c);
    assert_null(tl_cache_key_get(c, 0, "smith", &n));
    assert_int_equal(tl_cache_size(c), 0);
    tl_cache_free(c);
    tl_cache_free(NULL);
}

static void test_entities_and_names(void **state) {
    (void)state;
    tl_cache *c = tl_cache_new();
    assert_non_null(c);
    assert_null(tl_cache_ent_get(c, 1));
    /* Small ids and ids past the dense range, many of each. */
    for (int64_t i = 1; i <= 3000; i++) {
        char name[32];
        snprintf(name, sizeof name, "Name %lld", (long long)i);
        assert_int_equal(tl_cache_ent_put(c, i, (int)(i % 7), 0, name, "name"), 1);
        assert_int_equal(tl_cache_ent_put(c, i + ((int64_t)1 << 40), 2, 1, name, "name x"), 1);
    }
    for (int64_t i = 1; i <= 3000; i++) {
        char name[32];
        snprintf(name, sizeof name, "Name %lld", (long long)i);
        tl_cache_ent *e = tl_cache_ent_get(c, i);
        assert_non_null(e);
        assert_int_equal(e->id, i);
        assert_int_equal(e->type, (int)(i % 7));
        assert_string_equal(e->name, name);
        e = tl_cache_ent_get(c, i + ((int64_t)1 << 40));
        assert_non_null(e);
        assert_int_equal(e->pinned, 1);
        assert_int_equal(e->words, 2);
    }
    /* Replacing a row. */
    assert_int_equal(tl_cache_ent_put(c, 5, 1, 1, "Renamed", "renamed"), 1);
    assert_string_equal(tl_cache_ent_get(c, 5)->name, "Renamed");
    assert_null(tl_cache_ent_get(c, 0));
    assert_null(tl_cache_ent_get(c, -3));
    /* Names: first time 0 (and recorded), then 1; by entity and bytes. */
    assert_int_equal(tl_cache_name_seen(c, 5, "Al", 2), 0);
    assert_int_equal(tl_cache_name_seen(c, 5, "Al", 2), 1);
    assert_int_equal(tl_cache_name_seen(c, 6, "Al", 2), 0);
    assert_int_equal(tl_cache_name_seen(c, 5, "Al\0", 3), 0);
    assert_true(tl_cache_size(c) > 6000);
    tl_cache_clear(c);
    assert_null(tl_cache_ent_get(c, 5));
    assert_int_equal(tl_cache_name_seen(c, 5, "Al", 2), 0);
    tl_cache_free(c);
}

typedef struct rec { int64_t a; int b; } rec;

static void test_imap(void **state) {
    (void)state;
    tl_imap m;
    tl_imap_init(&m, sizeof(rec));
    assert_null(tl_imap_get(&m, 1));
    int added = -1;
    assert_null(tl_imap_put(&m, 0, &added)); /* 0 is never a key */
    assert_int_equal(added, 0);
    for (int64_t k = -5000; k <= 5000; k++) {
        if (!k) continue;
        rec *r = tl_imap_put(&m, k * 7919, &added);
        assert_non_null(r);
        assert_int_equal(added, 1);
        assert_int_equal(r->a, 0);
        r->a = k;
        r->b = (int)(k % 13);
    }
    assert_int_equal(tl_imap_count(&m), 10000);
    for (int64_t k = -5000; k <= 5000; k++) {
        if (!k) continue;
        rec *r = tl_imap_get(&m, k * 7919);
        assert_non_null(r);
        assert_int_equal(r->a, k);
        assert_int_equal(r->b, (int)(k % 13));
        assert_ptr_equal(tl_imap_put(&m, k * 7919, &added), r);
        assert_int_equal(added, 0);
    }
    assert_null(tl_imap_get(&m, 7918));
    tl_imap_free(&m);
    assert_int_equal(tl_imap_count(&m), 0);
    assert_null(tl_imap_get(&m, 7919));
    /* Hashes: never 0, differ on any byte, same input same hash. */
    assert_true(tl_hash_bytes(NULL, 0) != 0);
    assert_true(tl_hash_bytes("ab", 2) != tl_hash_bytes("ba", 2));
    assert_true(tl_hash_bytes("ab", 2) == tl_hash_bytes("ab", 2));
    assert_true((tl_hash_u64(1) & 1023) != (tl_hash_u64(2) & 1023) || tl_hash_u64(1) != tl_hash_u64(2));
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_entities_and_names),
        cmocka_unit_test(test_imap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
