/* test_docjson.c -- unit tests of the streamed JSON writer (tl_doc_write_json) against the buffered one (tl_doc_to_json), on invented reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
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

/* The fact's confidence is written as printf's "%.3f" writes it, ties
 * (0.0625, 0.1875: a float times 1000 is exact) rounded to even, and a
 * value that is not finite as 0.000. */
static void test_confidence_digits(void **state) {
    tl_doc *d = run(state, "Pavel Grek was arrested in Riga on 3 March 2021.\n");
    assert_true(d->n_facts >= 1);
    const float vals[] = {0.0f, -0.0f, 0.0625f, 0.1875f, 0.0005f, 0.0015f, 0.9995f, 1.0f, 0.7f, 0.5f, 0.123456f,
                          0.33333334f, 12345.678f, 999999.9f, 2e6f, -0.25f, -0.0001f, (float)NAN, (float)INFINITY};
    for (size_t k = 0; k < sizeof vals / sizeof *vals; k++) {
        for (uint32_t i = 0; i < d->n_facts; i++) d->facts[i].confidence = vals[k];
        char *buf = NULL;
        size_t len = 0;
        assert_int_equal(tl_doc_to_json(d, 0, &buf, &len), TL_OK);
        const char *at = strstr(buf, "\"confidence\": ");
        assert_non_null(at);
        at += strlen("\"confidence\": ");
        char want[64];
        float v = vals[k] == vals[k] && vals[k] != INFINITY ? vals[k] : 0.0f;
        int wl = snprintf(want, sizeof want, "%.3f}", (double)v);
        assert_memory_equal(at, want, (size_t)wl);
        free(buf);
    }
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_small_document),
        cmocka_unit_test(test_long_document),
        cmocka_unit_test(test_sink_refuses),
        cmocka_unit_test(test_confidence_digits),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
