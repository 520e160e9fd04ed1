/* test_smap.c -- unit tests of the bounded string map (tl_smap) the memos keep their answers in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "tl_smap.h"

typedef struct rec { uint32_t known, value; } rec;

static void test_get_remembers(void **state) {
    (void)state;
    tl_smap *m = tl_smap_new(sizeof(rec), 0);
    assert_non_null(m);
    char key[32];
    for (int i = 0; i < 5000; i++) { /* past the first table sizes */
        int n = snprintf(key, sizeof key, "word%d", i);
        rec *r = tl_smap_get(m, key, (size_t)n);
        assert_non_null(r);
        assert_int_equal(r->known, 0); /* new: zeroed */
        r->known = 1;
        r->value = (uint32_t)i;
    }
    assert_int_equal(tl_smap_count(m), 5000);
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "word%d", i);
        rec *r = tl_smap_get(m, key, (size_t)n);
        assert_non_null(r);
        assert_int_equal(r->known, 1);
        assert_int_equal(r->value, (uint32_t)i);
    }
    /* Keys differ by length and by any byte; the empty key is a key. */
    rec *a = tl_smap_get(m, "ab", 2), *b;
    a->value = 7;
    b = tl_smap_get(m, "ab\0", 3);
    assert_int_equal(b->known, 0);
    b = tl_smap_get(m, "", 0);
    assert_non_null(b);
    assert_int_equal(((rec *)tl_smap_get(m, "ab", 2))->value, 7);
    tl_smap_clear(m);
    assert_int_equal(tl_smap_count(m), 0);
    assert_int_equal(((rec *)tl_smap_get(m, "word1", 5))->known, 0);
    tl_smap_free(m);
}

static void test_bounded(void **state) {
    (void)state;
    tl_smap *m = tl_smap_new(sizeof(rec), 4096); /* a few dozen keys */
    assert_non_null(m);
    char key[32];
    size_t most = 0;
    for (int i = 0; i < 100000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        rec *r = tl_smap_get(m, key, (size_t)n);
        assert_non_null(r);
        /* the key just added is always there, the map never grows past its bound */
        r->value = (uint32_t)i;
        assert_int_equal(((rec *)tl_smap_get(m, key, (size_t)n))->value, (uint32_t)i);
        if (tl_smap_count(m) > most) most = tl_smap_count(m);
    }
    assert_true(most >= 16 && most < 200);
    /* Long keys are not kept, however big the map. */
    static char big[TL_SMAP_MAXKEY + 1];
    memset(big, 'x', sizeof big);
    assert_null(tl_smap_get(m, big, sizeof big));
    assert_non_null(tl_smap_get(m, big, TL_SMAP_MAXKEY));
    tl_smap_free(m);
    assert_null(tl_smap_get(NULL, "a", 1));
    assert_null(tl_smap_new(0, 0));
    assert_null(tl_smap_new(257, 0));
    tl_smap_clear(NULL);
    tl_smap_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_get_remembers),
        cmocka_unit_test(test_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
