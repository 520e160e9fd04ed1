/* test_arena.c -- unit tests of the per-document bump allocator (tl_arena.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"

/* The impossible-size test makes the arena call malloc with sizes near
 * SIZE_MAX; under ASan that must return NULL as libc does, not abort. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "allocator_may_return_null=1"; }

static void test_alignment(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(256);
    assert_non_null(a);
    for (size_t n = 0; n < 300; n++) {
        char *p = tl_arena_alloc(a, n);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 0xAB, n); /* ASan catches a block that is too small */
    }
    tl_arena_free(a);
}

static void test_zero_size_unique(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    assert_non_null(a);
    void *p = tl_arena_alloc(a, 0), *q = tl_arena_alloc(a, 0);
    assert_non_null(p);
    assert_non_null(q);
    assert_ptr_not_equal(p, q);
    tl_arena_free(a);
}

static void test_big_allocations(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(1024);
    assert_non_null(a);
    /* Larger than any block the arena would grow to: gets its own block. */
    size_t big = (size_t)100 << 20;
    char *p = tl_arena_alloc(a, big);
    assert_non_null(p);
    p[0] = 1;
    p[big - 1] = 2;
    /* Small allocations still work after, and do not overlap the big one. */
    char *s = tl_arena_alloc(a, 10);
    assert_non_null(s);
    assert_true(s + 10 <= p || s >= p + big);
    assert_true(tl_arena_used(a) >= big + 10);
    tl_arena_free(a);
}

static void test_impossible_sizes(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(0);
    assert_non_null(a);
    /* Sizes near SIZE_MAX must fail cleanly: rounding up, or adding the block
     * header, would wrap around to a tiny malloc. */
    assert_null(tl_arena_alloc(a, SIZE_MAX));
    assert_null(tl_arena_alloc(a, SIZE_MAX - 8));
    assert_null(tl_arena_alloc(a, SIZE_MAX - 40));
    assert_null(tl_arena_alloc(a, SIZE_MAX - 200));
    assert_null(tl_arena_calloc(a, SIZE_MAX / 2, 4));
    assert_null(tl_arena_strndup(a, "x", SIZE_MAX));
    /* ... and the arena still works. */
    char *p = tl_arena_strndup(a, "Rahimov", 7);
    assert_string_equal(p, "Rahimov");
    tl_arena_free(a);
}

static void test_many_blocks(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(64);
    assert_non_null(a);
    enum { N = 20000 };
    static uint32_t *ptrs[N];
    /* Mixed sizes force many new blocks; each allocation keeps its content. */
    for (uint32_t i = 0; i < N; i++) {
        size_t n = 4 + (i * 7919u) % 300;
        ptrs[i] = tl_arena_alloc(a, n * sizeof(uint32_t));
        assert_non_null(ptrs[i]);
        for (size_t k = 0; k < n; k++) ptrs[i][k] = i;
    }
    for (uint32_t i = 0; i < N; i++) {
        size_t n = 4 + (i * 7919u) % 300;
        assert_int_equal(ptrs[i][0], i);
        assert_int_equal(ptrs[i][n - 1], i);
    }
    tl_arena_free(a);
}

static void test_calloc_strndup(void **state) {
    (void)state;
    tl_arena *a = tl_arena_new(32);
    assert_non_null(a);
    /* Dirty the block, then calloc must hand back zeros. */
    memset(tl_arena_alloc(a, 16), 0xFF, 16);
    int *z = tl_arena_calloc(a, 1000, sizeof *z);
    assert_non_null(z);
    for (int i = 0; i < 1000; i++) assert_int_equal(z[i], 0);
    char *s = tl_arena_strndup(a, "al-Muhandis and others", 11);
    assert_string_equal(s, "al-Muhandis");
    char *e = tl_arena_strndup(a, NULL, 0);
    assert_non_null(e);
    assert_string_equal(e, "");
    tl_arena_free(a);
    tl_arena_free(NULL);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_alignment),
        cmocka_unit_test(test_zero_size_unique),
        cmocka_unit_test(test_big_allocations),
        cmocka_unit_test(test_impossible_sizes),
        cmocka_unit_test(test_many_blocks),
        cmocka_unit_test(test_calloc_strndup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
