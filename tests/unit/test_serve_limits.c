/* test_serve_limits.c -- the HTTP API bounds every answer whatever the request asks: default page sizes, the largest page, offsets past the end, each over 150 stored entities. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "http_fixture.h"
#include "doc_fixture.h"

enum { DOCS = 5, PER_DOC = 30 }; /* 150 entities, one sentence each */

/* Report k: PER_DOC sentences "The <Name> Cell met.", names made of
 * syllables that no name key confuses with another. */
static tl_doc *report(int k) {
    static const char *const syl[] = {"ba", "de", "fi", "go", "lu", "ma", "ne", "ri", "to", "pe"};
    static char names[PER_DOC][32], text[PER_DOC * 40];
    static ent_spec e[PER_DOC];
    size_t off = 0;
    for (int i = 0; i < PER_DOC; i++) {
        int n = k * PER_DOC + i;
        snprintf(names[i], sizeof names[i], "%s%s%sn Cell", syl[n % 10], syl[(n / 10) % 10], syl[(n / 100) % 10]);
        names[i][0] = (char)(names[i][0] - 32);
        e[i] = (ent_spec){names[i], TL_ORG};
        off += (size_t)snprintf(text + off, sizeof text - off, "%sThe %s met.", i ? " " : "", names[i]);
    }
    char path[32];
    snprintf(path, sizeof path, "r%d.txt", k);
    return mkdoc(text, path, "2021-01-01", e, PER_DOC, NULL, 0);
}

static int setup(void **state) {
    srv *v = srv_open("limits", report(0), 1 << 16);
    if (!v) return -1;
    for (int k = 1; k < DOCS; k++) {
        tl_error err = {0};
        tl_doc *d = report(k);
        int rc = tl_store_ingest(v->f->st, d, NULL, NULL, &err);
        tl_doc_free(d);
        if (rc != TL_OK) {
            fprintf(stderr, "ingest: %s\n", err.msg);
            srv_close(v);
            return -1;
        }
    }
    *state = v;
    return 0;
}

static int teardown(void **state) {
    srv_close(*state);
    return 0;
}

static char body[1 << 18];

/* GET path: its status, and the length of the JSON array it answers (-1
 * when the answer is not an array). */
static int rows(srv *v, const char *path, int *status) {
    char req[512];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
    *status = http_ask(v, req, (size_t)n, NULL, 0, body, sizeof body);
    json_t *j = json_loads(body, 0, NULL);
    int len = json_is_array(j) ? (int)json_array_size(j) : -1;
    json_decref(j);
    return len;
}

static void expect_rows(srv *v, const char *path, int want) {
    int st = 0, got = rows(v, path, &st);
    if (st != 200 || got != want) fail_msg("%s: %d with %d rows, expected 200 with %d", path, st, got, want);
}

static void expect_refused(srv *v, const char *path) {
    int st = 0;
    rows(v, path, &st);
    if (st != 400) fail_msg("%s: %d, expected 400", path, st);
}

static void test_stored(void **state) {
    srv *v = *state;
    static const char req[] = GET("/api/stats");
    assert_int_equal(http_ask(v, req, strlen(req), NULL, 0, body, sizeof body), 200);
    json_t *j = json_loads(body, 0, NULL);
    assert_int_equal(json_integer_value(json_object_get(j, "entities")), DOCS * PER_DOC);
    assert_int_equal(json_integer_value(json_object_get(j, "documents")), DOCS);
    json_decref(j);
}

static void test_entity_pages(void **state) {
    srv *v = *state;
    expect_rows(v, "/api/entities", 100);                /* no limit: a page of 100 */
    expect_rows(v, "/api/entities?limit=10000", 150);    /* the largest page */
    expect_rows(v, "/api/entities?limit=7", 7);
    expect_rows(v, "/api/entities?offset=140", 10);      /* the last page is short */
    expect_rows(v, "/api/entities?offset=150", 0);       /* past the end: empty, not an error */
    expect_rows(v, "/api/entities?offset=1000000000", 0);
    expect_rows(v, "/api/entities?type=ORG&limit=10000", 150);
    expect_rows(v, "/api/entities?type=PERSON", 0);
    expect_refused(v, "/api/entities?limit=10001");
    expect_refused(v, "/api/entities?offset=1000000001");
    /* pages follow one another without a gap or an overlap */
    int st;
    char seen[150][40];
    int n = 0;
    for (int off = 0; off < 150; off += 40) {
        char path[64];
        snprintf(path, sizeof path, "/api/entities?limit=40&offset=%d", off);
        assert_true(rows(v, path, &st) > 0);
        json_t *j = json_loads(body, 0, NULL);
        size_t i;
        json_t *x;
        json_array_foreach(j, i, x) {
            assert_true(n < 150);
            snprintf(seen[n], sizeof seen[n], "%s", json_string_value(json_object_get(x, "name")));
            for (int k = 0; k < n; k++) assert_string_not_equal(seen[k], seen[n]);
            n++;
        }
        json_decref(j);
    }
    assert_int_equal(n, 150);
}

static void test_search_pages(void **state) {
    srv *v = *state;
    expect_rows(v, "/api/search?q=met", 20);            /* no limit: 20 hits */
    expect_rows(v, "/api/search?q=met&limit=1000", 150);
    expect_rows(v, "/api/search?q=met&limit=3", 3);
    expect_rows(v, "/api/search?q=absentword", 0);
    expect_refused(v, "/api/search?q=met&limit=0");
    expect_refused(v, "/api/search?q=met&limit=1001");
}

static void test_other_bounds(void **state) {
    srv *v = *state;
    expect_rows(v, "/api/documents", DOCS);
    expect_rows(v, "/api/facts", 0);
    expect_rows(v, "/api/timeline?limit=10000", 0);
    expect_refused(v, "/api/timeline?limit=10001");
    expect_refused(v, "/api/stats?top=101");
    int st;
    assert_int_equal(rows(v, "/api/stats?top=100", &st), -1); /* an object */
    assert_int_equal(st, 200);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stored),
        cmocka_unit_test(test_entity_pages),
        cmocka_unit_test(test_search_pages),
        cmocka_unit_test(test_other_bounds),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
