/* test_query_empty.c -- the queries (tl_query.h) and exports (tl_export.h) on an empty store and on ids that do not exist: empty answers where there is nothing, TL_ENOTFOUND where a thing was named, never a crash or a partial object. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_export.h"
#include "tl_query.h"
#include "tl_store.h"
#include "store_fixture.h"

static int setup(void **state) { return (*state = fixture_open("qempty")) ? 0 : -1; }

static int teardown(void **state) {
    fixture_close(*state);
    return 0;
}

/* An array query must answer TL_OK and []. */
#define EMPTY_ARRAY(call)                                                      \
    do {                                                                       \
        json_t *v_ = NULL;                                                     \
        tl_error e_ = {0};                                                     \
        int rc_ = (call);                                                      \
        if (rc_ != TL_OK) fail_msg("%s: %d (%s)", #call, rc_, e_.msg);        \
        assert_true(json_is_array(v_));                                        \
        assert_int_equal(json_array_size(v_), 0);                              \
        json_decref(v_);                                                       \
    } while (0)

static void test_lists_are_empty(void **state) {
    tl_store *st = ((fixture *)*state)->st;
    tl_store_entity_filter ef = {.type = -1};
    tl_store_fact_filter ff = {.type = -1, .modality = -1};
    EMPTY_ARRAY(tl_query_entities(st, &ef, 0, &v_, &e_));
    EMPTY_ARRAY(tl_query_entities(st, &ef, 1000, &v_, &e_));
    EMPTY_ARRAY(tl_query_facts(st, &ff, 0, &v_, &e_));
    ff.dated_only = 1;
    EMPTY_ARRAY(tl_query_facts(st, &ff, 0, &v_, &e_));
    ff.include_rejected = 1;
    ff.since = "2001";
    EMPTY_ARRAY(tl_query_facts(st, &ff, 0, &v_, &e_));
    EMPTY_ARRAY(tl_query_documents(st, &v_, &e_));
    EMPTY_ARRAY(tl_query_search(st, "anything", 10, &v_, &e_));
    EMPTY_ARRAY(tl_query_search(st, "\"unbalanced", 10, &v_, &e_));
    EMPTY_ARRAY(tl_query_search(st, "a AND OR NOT (", 10, &v_, &e_));
    EMPTY_ARRAY(tl_query_fact_evidence(st, 1, 0, &v_, &e_));
    EMPTY_ARRAY(tl_query_fact_evidence(st, -5, 3, &v_, &e_));
    /* the neighbourhood and the reasons of an entity nobody has: nothing */
    EMPTY_ARRAY(tl_query_neighbors(st, 42, 2, 10, -1, &v_, &e_));
    EMPTY_ARRAY(tl_query_why(st, 42, &v_, &e_));
}

static void test_stats_of_nothing(void **state) {
    tl_store *st = ((fixture *)*state)->st;
    json_t *v = NULL;
    tl_error err = {0};
    assert_int_equal(tl_query_stats(st, 10, &v, &err), TL_OK);
    static const char *const zero[] = {"documents", "entities", "facts"};
    for (size_t i = 0; i < 3; i++) {
        json_t *n = json_object_get(v, zero[i]);
        if (!json_is_integer(n) || json_integer_value(n) != 0) fail_msg("stats.%s is not 0", zero[i]);
    }
    json_decref(v);
}

static void test_named_things_not_found(void **state) {
    tl_store *st = ((fixture *)*state)->st;
    json_t *v = NULL, *cand = NULL;
    tl_error err = {0};
    int64_t id = 77;
    /* names and "#id" forms that name nothing: TL_ENOTFOUND, no candidate */
    static const char *const names[] = {"Nobody", "#1", "#0", "#-3", "#abc", "#", "", "   ", "#99999999999999999999"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        cand = NULL;
        int rc = tl_query_resolve(st, names[i], &id, &cand, &err);
        if (rc != TL_ENOTFOUND) fail_msg("resolve '%s': %d", names[i], rc);
        assert_true(json_is_array(cand));
        assert_int_equal(json_array_size(cand), 0);
        json_decref(cand);
        /* candidates not wanted: the same answer */
        assert_int_equal(tl_query_resolve(st, names[i], &id, NULL, &err), TL_ENOTFOUND);
    }
    v = (json_t *)1;
    assert_int_equal(tl_query_show(st, 1, &v, &err), TL_ENOTFOUND);
    assert_null(v);
    v = (json_t *)1;
    assert_int_equal(tl_query_document(st, "0000000000000000000000000000000000000000000000000000000000000000", &v, &err),
                     TL_ENOTFOUND);
    assert_null(v);
    v = (json_t *)1;
    assert_int_equal(tl_query_document(st, "not a sha", &v, &err), TL_ENOTFOUND);
    assert_null(v);
}

static int never(void *ctx, const tl_store_correction *c) {
    (void)ctx;
    (void)c;
    fail_msg("a correction on an empty store");
    return 0;
}

static void test_graph_walks_of_nothing(void **state) {
    tl_store *st = ((fixture *)*state)->st;
    json_t *v = NULL;
    tl_error err = {0};
    /* ids that do not exist: not connected, not even one to itself */
    static const int64_t ends[][2] = {{1, 2}, {5, 5}, {0, 0}, {-1, 3}};
    for (size_t i = 0; i < sizeof ends / sizeof *ends; i++) {
        v = NULL;
        assert_int_equal(tl_query_path(st, ends[i][0], ends[i][1], 4, 3, &v, &err), TL_OK);
        if (json_array_size(json_object_get(v, "paths")) != 0)
            fail_msg("a path from %lld to %lld in an empty store", (long long)ends[i][0], (long long)ends[i][1]);
        json_decref(v);
    }
    v = NULL;
    int64_t left = -1;
    tl_store_nb_opts o = {.hops = 3, .limit = 5};
    assert_int_equal(tl_query_neighbors_opts(st, 9, &o, -1, &v, &left, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    assert_int_equal(left, 0);
    json_decref(v);
    assert_int_equal(tl_query_entity_corrections(st, 9, never, NULL, &err), TL_OK);
}

/* Exports of an empty store are complete, valid documents with nothing in
 * them; an export centred on an entity that does not exist writes nothing. */
static char *export_of(tl_store *st, int format, int64_t entity, int *rc, size_t *len) {
    char *buf = NULL;
    FILE *f = open_memstream(&buf, len);
    assert_non_null(f);
    tl_export_opts o = {.format = format, .entity = entity, .hops = 1, .timestamp = "2024-01-01T00:00:00Z"};
    tl_error err = {0};
    *rc = tl_export_write(st, &o, f, &err);
    fclose(f);
    return buf;
}

static void test_exports_of_nothing(void **state) {
    tl_store *st = ((fixture *)*state)->st;
    int rc;
    size_t len;
    char *s = export_of(st, TL_EXPORT_JSON, 0, &rc, &len);
    assert_int_equal(rc, TL_OK);
    json_t *j = json_loadb(s, len, 0, NULL);
    assert_non_null(j);
    assert_int_equal(json_integer_value(json_object_get(j, "threadline_export")), 1);
    assert_int_equal(json_array_size(json_object_get(j, "entities")), 0);
    assert_int_equal(json_array_size(json_object_get(j, "facts")), 0);
    assert_int_equal(json_array_size(json_object_get(j, "documents")), 0);
    json_decref(j);
    free(s);
    s = export_of(st, TL_EXPORT_STIX, 0, &rc, &len);
    assert_int_equal(rc, TL_OK);
    j = json_loadb(s, len, 0, NULL);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "type")), "bundle");
    assert_true(json_is_array(json_object_get(j, "objects")));
    json_decref(j);
    free(s);
    s = export_of(st, TL_EXPORT_GRAPHML, 0, &rc, &len);
    assert_int_equal(rc, TL_OK);
    assert_non_null(strstr(s, "<graphml"));
    assert_non_null(strstr(s, "</graphml>"));
    assert_null(strstr(s, "<node "));
    free(s);
    s = export_of(st, TL_EXPORT_GEXF, 0, &rc, &len);
    assert_int_equal(rc, TL_OK);
    assert_non_null(strstr(s, "</gexf>"));
    free(s);
    for (int fmt = TL_EXPORT_JSON; fmt <= TL_EXPORT_GEXF; fmt++) {
        s = export_of(st, fmt, 12345, &rc, &len);
        assert_int_equal(rc, TL_ENOTFOUND);
        assert_int_equal(len, 0);
        free(s);
    }
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lists_are_empty),
        cmocka_unit_test(test_stats_of_nothing),
        cmocka_unit_test(test_named_things_not_found),
        cmocka_unit_test(test_graph_walks_of_nothing),
        cmocka_unit_test(test_exports_of_nothing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
