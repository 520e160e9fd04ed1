/* test_query.c -- unit tests of the query JSON (tl_query.h) over a small invented store: lists, offsets, graph walks, search, stats, documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "tl_query.h"
#include "tl_sha256.h"
#include "tl_store.h"
#include "store_fixture.h"
#include "doc_fixture.h"

static const char DOC1[] = "Varn Kell leads the Ash Circle. Varn Kell met Oda Rusk in Belmar in 2019.";
static const char DOC2[] = "Oda Rusk funds the Grey Lantern. Mira Tal stayed in Belmar.";

static int setup(void **state) {
    fixture *f = fixture_open("query");
    if (!f) return -1;
    static const ent_spec e1[] = {
        {"Varn Kell", TL_PERSON}, {"Ash Circle", TL_ORG}, {"Oda Rusk", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec f1[] = {
        {TL_LEADER_OF, "Varn Kell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL},
        {TL_MET, "Varn Kell", "Oda Rusk", "Belmar", "2019", TL_ALLEGED, "met"},
    };
    static const ent_spec e2[] = {
        {"Oda Rusk", TL_PERSON}, {"Grey Lantern", TL_ORG}, {"Mira Tal", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec f2[] = {
        {TL_SUPPORTS, "Oda Rusk", "Grey Lantern", NULL, "2021-03", TL_ASSERTED, NULL},
    };
    tl_error err = {0};
    tl_doc *d = mkdoc(DOC1, "one.txt", "2020-01-02", e1, 4, f1, 2);
    int rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
    tl_doc_free(d);
    if (rc == TL_OK) {
        d = mkdoc(DOC2, "two.txt", "2022-05-06", e2, 4, f2, 1);
        rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
        tl_doc_free(d);
    }
    if (rc != TL_OK) {
        fprintf(stderr, "ingest: %s\n", err.msg);
        fixture_close(f);
        return -1;
    }
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture_close(*state);
    return 0;
}

static int64_t id_of(tl_store *st, const char *name) {
    int64_t id = 0;
    tl_error err = {0};
    if (tl_query_resolve(st, name, &id, NULL, &err) != TL_OK) fail_msg("resolve %s: %s", name, err.msg);
    return id;
}

/* Whether an array of objects has one whose "name" is `name`. */
static json_t *find_named(json_t *arr, const char *name) {
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
        const char *n = json_string_value(json_object_get(v, "name"));
        if (n && strcmp(n, name) == 0) return v;
    }
    return NULL;
}

static void test_resolve_forms(void **state) {
    fixture *f = *state;
    int64_t kell = id_of(f->st, "Varn Kell"), id = -5;
    assert_true(kell > 0);
    /* Case and "the" do not matter. */
    assert_int_equal(id_of(f->st, "varn kell"), kell);
    assert_int_equal(id_of(f->st, "the Ash Circle"), id_of(f->st, "Ash Circle"));
    /* "#id" names the entity of that id. */
    char ref[32];
    snprintf(ref, sizeof ref, "#%lld", (long long)kell);
    assert_int_equal(id_of(f->st, ref), kell);
    json_t *cand = NULL;
    tl_error err = {0};
    assert_int_equal(tl_query_resolve(f->st, "#999999", &id, &cand, &err), TL_ENOTFOUND);
    assert_int_equal(id, -5); /* left alone */
    assert_true(json_is_array(cand));
    json_decref(cand);
    /* Empty, NULL and hostile names: not found, no crash. */
    const char *odd[] = {"", "#", "#-1", "#abc", "%", "'; DROP TABLE entities; --", "\"", "\xff\xfe"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        cand = NULL;
        int rc = tl_query_resolve(f->st, odd[i], &id, &cand, &err);
        assert_int_equal(rc, TL_ENOTFOUND);
        json_decref(cand);
    }
    assert_int_equal(tl_query_resolve(f->st, NULL, &id, NULL, &err), TL_ENOTFOUND);
}

static void test_entities(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    tl_store_entity_filter all = {.type = -1};
    assert_int_equal(tl_query_entities(f->st, &all, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 6);
    /* By name: the first one is alphabetically first. */
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 0), "name")), "Ash Circle");
    json_t *rusk = find_named(v, "Oda Rusk");
    assert_non_null(rusk);
    assert_int_equal(json_integer_value(json_object_get(rusk, "documents")), 2);
    assert_string_equal(json_string_value(json_object_get(rusk, "type")), "PERSON");
    assert_string_equal(json_string_value(json_object_get(rusk, "first_seen")), "2020-01-02");
    assert_string_equal(json_string_value(json_object_get(rusk, "last_seen")), "2022-05-06");
    json_decref(v);

    tl_store_entity_filter people = {.type = TL_PERSON};
    assert_int_equal(tl_query_entities(f->st, &people, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 3);
    json_decref(v);
    /* Offsets skip, a limit counts after the offset. */
    assert_int_equal(tl_query_entities(f->st, &people, 1, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    json_decref(v);
    people.limit = 1;
    assert_int_equal(tl_query_entities(f->st, &people, 1, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    assert_int_equal(tl_query_entities(f->st, &people, 10, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);
    tl_store_entity_filter match = {.type = -1, .match = "KELL"};
    assert_int_equal(tl_query_entities(f->st, &match, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    /* Most connected first: Varn Kell and Oda Rusk have two facts each. */
    tl_store_entity_filter deg = {.type = -1, .order_by_degree = 1, .limit = 2};
    assert_int_equal(tl_query_entities(f->st, &deg, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    assert_non_null(find_named(v, "Varn Kell"));
    assert_non_null(find_named(v, "Oda Rusk"));
    json_decref(v);
}

static void test_facts(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    tl_store_fact_filter all = {.type = -1, .modality = -1};
    assert_int_equal(tl_query_facts(f->st, &all, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 3);
    json_decref(v);

    tl_store_fact_filter met = {.type = TL_MET, .modality = -1};
    assert_int_equal(tl_query_facts(f->st, &met, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_t *fact = json_array_get(v, 0);
    assert_string_equal(json_string_value(json_object_get(fact, "type")), "MET");
    assert_string_equal(json_string_value(json_object_get(fact, "modality")), "alleged");
    assert_string_equal(json_string_value(json_object_get(fact, "time")), "2019");
    assert_string_equal(json_string_value(json_object_get(json_object_get(fact, "place"), "name")), "Belmar");
    assert_true(json_is_null(json_object_get(fact, "amount")));
    assert_true(json_is_false(json_object_get(fact, "negated")));
    json_t *ev = json_object_get(fact, "evidence");
    assert_int_equal(json_array_size(ev), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 0), "text")),
                        "Varn Kell met Oda Rusk in Belmar in 2019.");
    assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 0), "path")), "one.txt");
    json_int_t fact_id = json_integer_value(json_object_get(fact, "id"));
    json_decref(v);

    /* The evidence alone, with and without a limit. */
    assert_int_equal(tl_query_fact_evidence(f->st, fact_id, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    assert_int_equal(tl_query_fact_evidence(f->st, 999999, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);

    tl_store_fact_filter alleged = {.type = -1, .modality = TL_ALLEGED};
    assert_int_equal(tl_query_facts(f->st, &alleged, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    /* Times: since/until are prefixes of ISO dates. */
    tl_store_fact_filter since = {.type = -1, .modality = -1, .since = "2020"};
    assert_int_equal(tl_query_facts(f->st, &since, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 0), "type")), "SUPPORTS");
    json_decref(v);
    tl_store_fact_filter until = {.type = -1, .modality = -1, .until = "2019-12"};
    assert_int_equal(tl_query_facts(f->st, &until, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    /* A timeline: dated facts only, in time order. */
    tl_store_fact_filter dated = {.type = -1, .modality = -1, .dated_only = 1};
    assert_int_equal(tl_query_facts(f->st, &dated, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 0), "time")), "2019");
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 1), "time")), "2021-03");
    json_decref(v);
    /* One entity's facts, skipped past the end. */
    tl_store_fact_filter kell = {.type = -1, .modality = -1, .entity = id_of(f->st, "Varn Kell")};
    assert_int_equal(tl_query_facts(f->st, &kell, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    json_decref(v);
    kell.limit = 1;
    assert_int_equal(tl_query_facts(f->st, &kell, 1, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    assert_int_equal(tl_query_facts(f->st, &kell, 5, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);
}

static void test_path(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    int64_t ash = id_of(f->st, "Ash Circle"), grey = id_of(f->st, "Grey Lantern"), tal = id_of(f->st, "Mira Tal");
    assert_int_equal(tl_query_path(f->st, ash, grey, 4, 3, &v, &err), TL_OK);
    assert_string_equal(json_string_value(json_object_get(json_object_get(v, "from"), "name")), "Ash Circle");
    json_t *paths = json_object_get(v, "paths");
    assert_true(json_array_size(paths) >= 1);
    json_t *p0 = json_array_get(paths, 0);
    assert_int_equal(json_integer_value(json_object_get(p0, "hops")), 3);
    json_t *steps = json_object_get(p0, "steps");
    assert_int_equal(json_array_size(steps), 3);
    /* Each step leads on from the one before, with its fact and evidence. */
    for (size_t i = 0; i < 3; i++) {
        json_t *s = json_array_get(steps, i);
        assert_non_null(json_object_get(s, "fact"));
        assert_true(json_array_size(json_object_get(s, "evidence")) >= 1);
        if (i > 0)
            assert_int_equal(json_integer_value(json_object_get(json_object_get(s, "from"), "id")),
                             json_integer_value(json_object_get(json_object_get(json_array_get(steps, i - 1), "to"), "id")));
    }
    json_decref(v);
    /* Too few hops allowed: no path, not an error. */
    assert_int_equal(tl_query_path(f->st, ash, grey, 2, 3, &v, &err), TL_OK);
    assert_int_equal(json_array_size(json_object_get(v, "paths")), 0);
    json_decref(v);
    /* Not connected (Mira Tal has no fact). */
    assert_int_equal(tl_query_path(f->st, ash, tal, 4, 3, &v, &err), TL_OK);
    assert_int_equal(json_array_size(json_object_get(v, "paths")), 0);
    json_decref(v);
    /* To itself: 0 hops. */
    assert_int_equal(tl_query_path(f->st, ash, ash, 4, 3, &v, &err), TL_OK);
    paths = json_object_get(v, "paths");
    assert_int_equal(json_array_size(paths), 1);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(paths, 0), "hops")), 0);
    json_decref(v);
    /* Default options, and avoiding people: the only way goes through two. */
    assert_int_equal(tl_query_path_opts(f->st, ash, grey, NULL, &v, &err), TL_OK);
    assert_true(json_array_size(json_object_get(v, "paths")) >= 1);
    json_decref(v);
    tl_store_path_opts avoid = {.max_hops = 4, .max_paths = 3, .avoid = 1u << TL_PERSON};
    assert_int_equal(tl_query_path_opts(f->st, ash, grey, &avoid, &v, &err), TL_OK);
    assert_int_equal(json_array_size(json_object_get(v, "paths")), 0);
    json_decref(v);
    /* An id that does not exist: named "#id", no path. */
    assert_int_equal(tl_query_path(f->st, ash, 987654, 4, 3, &v, &err), TL_OK);
    assert_string_equal(json_string_value(json_object_get(json_object_get(v, "to"), "name")), "#987654");
    assert_int_equal(json_array_size(json_object_get(v, "paths")), 0);
    json_decref(v);
}

static void test_neighbors(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    int64_t kell = id_of(f->st, "Varn Kell");
    assert_int_equal(tl_query_neighbors(f->st, kell, 1, 50, -1, &v, &err), TL_OK);
    assert_non_null(find_named(v, "Ash Circle"));
    json_t *rusk = find_named(v, "Oda Rusk");
    assert_non_null(rusk);
    assert_int_equal(json_integer_value(json_object_get(rusk, "distance")), 1);
    assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(rusk, "via"), "fact"), "type")),
                        "MET");
    assert_null(find_named(v, "Grey Lantern"));
    assert_null(find_named(v, "Varn Kell"));
    json_decref(v);
    assert_int_equal(tl_query_neighbors(f->st, kell, 2, 50, -1, &v, &err), TL_OK);
    json_t *grey = find_named(v, "Grey Lantern");
    assert_non_null(grey);
    assert_int_equal(json_integer_value(json_object_get(grey, "distance")), 2);
    json_decref(v);
    /* Only those reached through a MET fact. */
    assert_int_equal(tl_query_neighbors(f->st, kell, 1, 50, TL_MET, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    assert_non_null(find_named(v, "Oda Rusk"));
    json_decref(v);
    /* Only organizations, and a limit that leaves some out. */
    tl_store_nb_opts orgs = {.hops = 2, .limit = 50, .types = 1u << TL_ORG};
    int64_t left = -1;
    assert_int_equal(tl_query_neighbors_opts(f->st, kell, &orgs, -1, &v, &left, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    assert_int_equal(left, 0);
    json_decref(v);
    tl_store_nb_opts one = {.hops = 2, .limit = 1};
    assert_int_equal(tl_query_neighbors_opts(f->st, kell, &one, -1, &v, &left, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    assert_true(left >= 1);
    json_decref(v);
    /* An entity without facts has no neighbours. */
    assert_int_equal(tl_query_neighbors(f->st, id_of(f->st, "Mira Tal"), 3, 50, -1, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);
}

static void test_search(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    assert_int_equal(tl_query_search(f->st, "Lantern", 10, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_t *hit = json_array_get(v, 0);
    assert_non_null(strstr(json_string_value(json_object_get(hit, "text")), "[Lantern]"));
    assert_string_equal(json_string_value(json_object_get(hit, "path")), "two.txt");
    json_decref(v);
    assert_int_equal(tl_query_search(f->st, "Belmar", 10, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    json_decref(v);
    assert_int_equal(tl_query_search(f->st, "Belmar", 1, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    assert_int_equal(tl_query_search(f->st, "Belmar AND Rusk", 10, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 1);
    json_decref(v);
    assert_int_equal(tl_query_search(f->st, "nowhere", 10, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);
    /* What FTS5 refuses (a stray quote, a bare operator) is searched as a
     * phrase rather than failing. */
    const char *odd[] = {"\"Grey Lantern", "AND OR", "Grey Lantern\"", "NEAR(", "*", "\"\"", "\xff"};
    const size_t want[] = {1, 0, 1, 0, 0, 0, 0};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        v = NULL;
        int rc = tl_query_search(f->st, odd[i], 10, &v, &err);
        if (rc != TL_OK) fail_msg("search '%s': %d %s", odd[i], rc, err.msg);
        if (json_array_size(v) != want[i]) fail_msg("search '%s': %zu hits", odd[i], json_array_size(v));
        json_decref(v);
    }
}

static void test_stats_documents(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    assert_int_equal(tl_query_stats(f->st, 3, &v, &err), TL_OK);
    assert_int_equal(json_integer_value(json_object_get(v, "documents")), 2);
    assert_int_equal(json_integer_value(json_object_get(v, "entities")), 6);
    assert_int_equal(json_integer_value(json_object_get(v, "facts")), 3);
    assert_int_equal(json_integer_value(json_object_get(v, "text_bytes")), (json_int_t)(strlen(DOC1) + strlen(DOC2)));
    assert_int_equal(json_integer_value(json_object_get(json_object_get(v, "entities_by_type"), "PERSON")), 3);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(v, "facts_by_type"), "MET")), 1);
    assert_null(json_object_get(json_object_get(v, "facts_by_type"), "FOUNDED")); /* zero counts left out */
    assert_int_equal(json_array_size(json_object_get(v, "most_connected")), 3);
    assert_true(json_array_size(json_object_get(v, "most_central")) <= 3);
    json_decref(v);
    /* top 0: no rankings. */
    assert_int_equal(tl_query_stats(f->st, 0, &v, &err), TL_OK);
    assert_int_equal(json_array_size(json_object_get(v, "most_connected")), 0);
    assert_int_equal(json_array_size(json_object_get(v, "most_central")), 0);
    json_decref(v);

    assert_int_equal(tl_query_documents(f->st, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 0), "path")), "one.txt");
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 1), "published")), "2022-05-06");
    assert_null(json_object_get(json_array_get(v, 0), "text"));
    const char *sha = json_string_value(json_object_get(json_array_get(v, 1), "doc_id"));
    assert_non_null(sha);
    json_t *doc = NULL;
    assert_int_equal(tl_query_document(f->st, sha, &doc, &err), TL_OK);
    assert_string_equal(json_string_value(json_object_get(doc, "text")), DOC2);
    assert_int_equal(json_integer_value(json_object_get(doc, "length")), (json_int_t)strlen(DOC2));
    /* Spans: the four mentions and the evidence of the one fact. */
    json_t *spans = json_object_get(doc, "spans");
    size_t i, mentions = 0, evidence = 0;
    json_t *sp;
    json_array_foreach(spans, i, sp) {
        const char *kind = json_string_value(json_object_get(sp, "kind"));
        json_t *span = json_object_get(sp, "span");
        json_int_t s = json_integer_value(json_array_get(span, 0)), e = json_integer_value(json_array_get(span, 1));
        assert_true(0 <= s && s < e && e <= (json_int_t)strlen(DOC2));
        if (strcmp(kind, "mention") == 0) mentions++;
        else if (strcmp(kind, "evidence") == 0) evidence++;
    }
    assert_int_equal(mentions, 4);
    assert_int_equal(evidence, 1);
    json_decref(doc);
    json_decref(v);
    /* Not a stored document, or not a sha at all. */
    doc = (json_t *)1;
    assert_int_equal(tl_query_document(f->st, "not-a-sha", &doc, &err), TL_ENOTFOUND);
    assert_null(doc);
}

static void test_show_why(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    json_t *v = NULL;
    int64_t rusk = id_of(f->st, "Oda Rusk");
    assert_int_equal(tl_query_show(f->st, rusk, &v, &err), TL_OK);
    json_t *by_type = json_object_get(v, "facts_by_type");
    assert_int_equal(json_array_size(json_object_get(by_type, "MET")), 1);
    assert_int_equal(json_array_size(json_object_get(by_type, "SUPPORTS")), 1);
    assert_int_equal(json_array_size(json_object_get(v, "documents_list")), 2);
    json_decref(v);
    /* Why: first seen in one document, joined by its full name in the other. */
    assert_int_equal(tl_query_why(f->st, rusk, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(v, 1), "why")), "same full name");
    json_decref(v);
    /* An entity that does not exist: an empty list, not an error. */
    assert_int_equal(tl_query_why(f->st, 999999, &v, &err), TL_OK);
    assert_int_equal(json_array_size(v), 0);
    json_decref(v);
}

static void test_rows_json(void **state) {
    (void)state;
    /* Rows with odd values: invalid UTF-8 is repaired byte for byte, an
     * unknown type or modality is "?", a status outside 1..4 is left out. */
    tl_store_entity e = {.id = 7, .type = 99, .name = "Kell\xff\xfe", .n_docs = -1};
    json_t *o = tl_query_entity_json(&e);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "type")), "?");
    assert_string_equal(json_string_value(json_object_get(o, "name")), "Kell??");
    assert_null(json_object_get(o, "documents")); /* no counts for n_docs < 0 */
    json_decref(o);
    tl_store_fact fa = {.id = 3, .type = TL_ATTACKED, .modality = 9, .status = 7, .args = {1, 2, 0},
                        .arg_names = {"A", NULL, NULL}, .time_value = "", .amount_text = "$5",
                        .amount_value = 5, .currency = "USD"};
    o = tl_query_fact_json(&fa);
    assert_non_null(o);
    assert_string_equal(json_string_value(json_object_get(o, "modality")), "?");
    assert_null(json_object_get(json_object_get(o, "args"), "status"));
    assert_true(json_is_null(json_object_get(o, "time")));
    assert_string_equal(json_string_value(json_object_get(json_object_get(o, "amount"), "currency")), "USD");
    json_decref(o);
    fa.status = 4;
    o = tl_query_fact_json(&fa);
    assert_string_equal(json_string_value(json_object_get(json_object_get(o, "args"), "status")), "foiled");
    json_decref(o);
    tl_store_evidence ev = {.doc = 1, .doc_id = "ab", .doc_path = "p\xc3", .doc_title = "", .published = "",
                            .start = 2, .end = 5, .text = "x\x80y", .len = 3, .modality = TL_REPORTED};
    o = tl_query_evidence_json(&ev);
    assert_non_null(o);
    assert_true(json_is_null(json_object_get(o, "title")));
    assert_true(json_is_null(json_object_get(o, "published")));
    assert_string_equal(json_string_value(json_object_get(o, "text")), "x?y");
    assert_string_equal(json_string_value(json_object_get(o, "path")), "p?");
    json_decref(o);
}

static void test_parse_names(void **state) {
    (void)state;
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) assert_int_equal(tl_query_fact_type_parse(tl_fact_type_name(t)), t);
    assert_int_equal(tl_query_fact_type_parse("met"), TL_MET);
    assert_int_equal(tl_query_fact_type_parse(""), -1);
    assert_int_equal(tl_query_fact_type_parse(NULL), -1);
    assert_int_equal(tl_query_fact_type_parse("MET "), -1);
    for (int m = 0; m < 4; m++) assert_int_equal(tl_query_modality_parse(tl_modality_name(m)), m);
    assert_int_equal(tl_query_modality_parse("ASSERTED"), TL_ASSERTED);
    assert_int_equal(tl_query_modality_parse("sure"), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolve_forms),
        cmocka_unit_test(test_entities),
        cmocka_unit_test(test_facts),
        cmocka_unit_test(test_path),
        cmocka_unit_test(test_neighbors),
        cmocka_unit_test(test_search),
        cmocka_unit_test(test_stats_documents),
        cmocka_unit_test(test_show_why),
        cmocka_unit_test(test_rows_json),
        cmocka_unit_test(test_parse_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
