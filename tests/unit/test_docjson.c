/* test_docjson.c -- unit tests of the streamed JSON writer (tl_doc_write_json) against the buffered one (tl_doc_to_json), on invented reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "extract_fixture.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* A sink that collects the pieces, counts them, keeps the largest, and
 * refuses the piece numbered fail_at (1-based; 0: never). */
typedef struct {
    char *p;
    size_t len;
    int calls, fail_at;
    size_t largest;
} collect;

static int sink(void *ctx, const char *bytes, size_t n) {
    collect *c = ctx;
    c->calls++;
    if (c->fail_at && c->calls >= c->fail_at) return 0;
    char *q = realloc(c->p, c->len + n + 1);
    if (!q) return 0;
    memcpy(q + c->len, bytes, n);
    c->p = q;
    c->len += n;
    if (n > c->largest) c->largest = n;
    return 1;
}

/* The streamed JSON of d under flags is byte for byte the buffered one;
 * returns how many pieces it came in. */
static int same_json(const tl_doc *d, int flags, const tl_doc_meta *meta) {
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(tl_doc_to_json_meta(d, flags, meta, &buf, &len), TL_OK);
    collect c = {0};
    assert_int_equal(tl_doc_write_json(d, flags, meta, sink, &c), TL_OK);
    assert_int_equal(c.len, len);
    assert_memory_equal(c.p, buf, len);
    /* no piece holds the whole of a long JSON: at most a piece's 64 KB
     * and 4,096 mentions (the text, when asked for, is one string) */
    if (!(flags & TL_JSON_WITH_TEXT)) assert_true(c.largest <= ((size_t)64 << 10) + 4096 * 32);
    free(buf);
    free(c.p);
    return c.calls;
}

static void test_small_document(void **state) {
    tl_doc *d = run(state, "Pavel Grek met Anna Berg of Baltic Freight in Riga on 3 March 2021.\n");
    assert_true(d->n_entities >= 2);
    assert_int_equal(same_json(d, 0, NULL), 1); /* under one piece's size: one call */
    same_json(d, TL_JSON_PRETTY, NULL);
    same_json(d, TL_JSON_WITH_TEXT, NULL);
    tl_doc_meta meta = {"https://example.org/r/1", "Example Wire"};
    same_json(d, TL_JSON_PRETTY | TL_JSON_WITH_TEXT, &meta);
    tl_doc_free(d);
}

/* A report that names one man thousands of times: his mention list alone
 * is larger than a piece, so the writer must cut inside it. */
static void test_long_document(void **state) {
    const char *s = "Pavel Grek met Anna Berg in Riga. ";
    size_t sl = strlen(s), n = 12000;
    char *text = malloc(sl * n + 1);
    assert_non_null(text);
    for (size_t k = 0; k < n; k++) memcpy(text + k * sl, s, sl);
    text[sl * n] = 0;
    tl_doc *d = run(state, text);
    int grek = -1;
    for (uint32_t e = 0; e < d->n_entities; e++)
        if (d->entities[e].name.len == 10 && memcmp(d->entities[e].name.ptr, "Pavel Grek", 10) == 0) grek = (int)e;
    assert_true(grek >= 0);
    assert_true(d->entities[grek].n_mentions > 8192);
    assert_true(same_json(d, 0, NULL) > 4);
    assert_true(same_json(d, TL_JSON_PRETTY, NULL) > 4);
    same_json(d, TL_JSON_WITH_TEXT, NULL);
    tl_doc_free(d);
    free(text);
}

static void test_sink_refuses(void **state) {
    const char *s = "Pavel Grek met Anna Berg in Riga. ";
    size_t sl = strlen(s), n = 6000;
    char *text = malloc(sl * n + 1);
    assert_non_null(text);
    for (size_t k = 0; k < n; k++) memcpy(text + k * sl, s, sl);
    text[sl * n] = 0;
    tl_doc *d = run(state, text);
    /* the second piece is refused: an I/O error, and no piece after it */
    collect c = {0};
    c.fail_at = 2;
    assert_int_equal(tl_doc_write_json(d, 0, NULL, sink, &c), TL_EIO);
    assert_int_equal(c.calls, 2);
    assert_true(c.len > 0);
    free(c.p);
    /* no sink */
    assert_int_equal(tl_doc_write_json(d, 0, NULL, NULL, NULL), TL_EINVAL);
    tl_doc_free(d);
    free(text);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_document),
        cmocka_unit_test(test_long_document),
        cmocka_unit_test(test_sink_refuses),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
