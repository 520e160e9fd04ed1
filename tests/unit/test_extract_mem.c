/* test_extract_mem.c -- the memory of long documents: tl_extract_process_setup maps large blocks apart and gives them back. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* glibc with its own allocator (ASan replaces it, and mallinfo2 with it) */
#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD) && !defined(UNDER_ASAN)
#define HAVE_GLIBC_MALLOC 1
#endif

/* The setting is made first, as main does, before any large block was
 * freed: from then on a block of the threshold or more is mapped for
 * itself, also after a large block was freed (glibc's sliding threshold
 * would have put the second one in the heap, where its pages stay
 * resident after the free), and its pages go back when it is freed. */
static void test_large_blocks_mapped_and_returned(void **state) {
    (void)state;
#ifdef HAVE_GLIBC_MALLOC
    size_t big = TL_EXTRACT_MMAP_BYTES * 2;
    for (int round = 0; round < 3; round++) {
        struct mallinfo2 m0 = mallinfo2();
        char *p = malloc(big);
        assert_non_null(p);
        memset(p, 1, big);
        struct mallinfo2 m1 = mallinfo2();
        assert_true(m1.hblkhd >= m0.hblkhd + big);
        free(p);
        struct mallinfo2 m2 = mallinfo2();
        assert_true(m2.hblkhd <= m0.hblkhd);
    }
    /* a block under the threshold stays in the heap, as before */
    struct mallinfo2 m0 = mallinfo2();
    char *q = malloc(TL_EXTRACT_MMAP_BYTES / 4);
    assert_non_null(q);
    assert_true(mallinfo2().hblkhd == m0.hblkhd);
    free(q);
#else
    skip();
#endif
}

/* A document of three windows, extracted twice after the setting: the same
 * JSON both times, and nothing of the first run left mapped or grown in
 * the heap for the second (its windows' memory was given back). */
static void test_long_document_memory_returns(void **state) {
    (void)state;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    assert_non_null(ex);
    const char *para = "Mara Quell met Tobin Vance in Oslo. Police arrested Vance in Lisbon on 3 March 2021.\n\n";
    size_t pl = strlen(para), n = 0, cap = (size_t)1300 << 10;
    char *s = malloc(cap + 1);
    assert_non_null(s);
    while (n + pl <= cap) { memcpy(s + n, para, pl); n += pl; }
    s[n] = 0;
    char *first = NULL;
    size_t first_len = 0;
#ifdef HAVE_GLIBC_MALLOC
    size_t mapped[3], heap[3];
#endif
    for (int run = 0; run < 3; run++) {
        tl_doc *d = NULL;
        char *json = NULL;
        size_t len = 0;
        assert_int_equal(tl_extract(ex, s, n, "long.txt", &d, &err), TL_OK);
        assert_true(d->n_facts > 0);
        assert_int_equal(tl_doc_to_json(d, 0, &json, &len), TL_OK);
        tl_doc_free(d);
        if (!first) {
            first = json;
            first_len = len;
        } else {
            assert_true(len == first_len && memcmp(json, first, len) == 0);
            free(json);
        }
#ifdef HAVE_GLIBC_MALLOC
        struct mallinfo2 m = mallinfo2();
        mapped[run] = m.hblkhd;
        heap[run] = m.arena;
#endif
    }
#ifdef HAVE_GLIBC_MALLOC
    /* the first run's JSON is all that is still held */
    for (int run = 1; run < 3; run++) {
        assert_true(mapped[run] <= mapped[0]);
        assert_true(heap[run] <= heap[0] + ((size_t)1 << 20));
    }
#endif
    free(first);
    free(s);
    tl_extractor_free(ex);
}

int main(void) {
    tl_extract_process_setup();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_large_blocks_mapped_and_returned),
        cmocka_unit_test(test_long_document_memory_returns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
