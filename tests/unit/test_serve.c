/* test_serve.c -- unit tests of what the HTTP server stands on: API tokens, read-only store handles, a document's spans, the query JSON (tl_query.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "tl_query.h"
#include "tl_serve.h"
#include "tl_sha256.h"
#include "tl_store.h"
#include "store_fixture.h"

/* One document whose entities are found in the text by name, with one
 * MEMBER_OF fact between the first two over the whole text. */
static tl_doc *mkdoc(const char *text, const char *const *names, const int *types, int ne) {
    tl_arena *a = tl_arena_new(0);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    d->arena = a;
    d->text = tl_arena_strndup(a, text, strlen(text));
    d->len = strlen(text);
    d->path = "report.txt";
    tl_sha256_hex(text, d->len, d->id);
    d->sentences = tl_arena_calloc(a, 1, sizeof *d->sentences);
    d->sentences[d->n_sentences++] = (tl_sentence){.start = 0, .end = (uint32_t)d->len};
    d->entities = tl_arena_calloc(a, (size_t)ne, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, (size_t)ne, sizeof *d->mentions);
    for (int i = 0; i < ne; i++) {
        tl_entity *e = &d->entities[d->n_entities++];
        e->type = (uint8_t)types[i];
        e->name = (tl_str){names[i], strlen(names[i])};
        e->mentions = tl_arena_calloc(a, 1, sizeof *e->mentions);
        const char *at = strstr(text, names[i]);
        assert_non_null(at);
        uint32_t st = (uint32_t)(at - text);
        d->mentions[d->n_mentions] = (tl_mention){.start = st, .end = st + (uint32_t)strlen(names[i]), .entity = i, .type = e->type};
        e->mentions[e->n_mentions++] = d->n_mentions++;
    }
    d->facts = tl_arena_calloc(a, 1, sizeof *d->facts);
    tl_fact *f = &d->facts[d->n_facts++];
    f->type = TL_MEMBER_OF;
    f->args[0] = 0;
    f->args[1] = 1;
    f->args[2] = f->from = f->place = f->source = -1;
    f->evidence = (tl_span){0, (uint32_t)d->len};
    return d;
}

static const char TEXT[] = "Amal Haddad joined the Cedar Brigade in Tyre. Omar Haddad stayed home.";

static int setup(void **state) {
    fixture *f = fixture_open("serve");
    if (!f) return -1;
    static const char *const names[] = {"Amal Haddad", "Cedar Brigade", "Omar Haddad"};
    static const int types[] = {TL_PERSON, TL_ORG, TL_PERSON};
    tl_doc *d = mkdoc(TEXT, names, types, 3);
    tl_error err = {0};
    int rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
    tl_doc_free(d);
    if (rc != TL_OK) { fprintf(stderr, "ingest: %s\n", err.msg); return -1; }
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture_close(*state);
    return 0;
}

static int count_cb(void *p, const tl_store_token *t) {
    (*(int *)p)++;
    assert_true(t->name[0] != 0);
    return 0;
}

static void test_tokens(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int valid = 1;
    /* a store that never had tokens: none valid, also read-only */
    assert_int_equal(tl_store_token_check(f->st, "00", &valid, &err), TL_OK);
    assert_int_equal(valid, 0);
    char tok[65], hash[65];
    assert_int_equal(tl_serve_token_create(f->st, "ana", tok, &err), TL_OK);
    assert_int_equal(strlen(tok), 64);
    tl_serve_token_hash(tok, hash);
    assert_string_not_equal(tok, hash);
    assert_int_equal(tl_store_token_check(f->st, hash, &valid, &err), TL_OK);
    assert_int_equal(valid, 1);
    /* the token itself is not a valid hash */
    assert_int_equal(tl_store_token_check(f->st, tok, &valid, &err), TL_OK);
    assert_int_equal(valid, 0);
    /* a second token of the same name is refused while the first is valid */
    char tok2[65];
    assert_int_equal(tl_serve_token_create(f->st, "ana", tok2, &err), TL_EINVAL);
    assert_int_equal(tl_store_token_revoke(f->st, "ana", &err), TL_OK);
    assert_int_equal(tl_store_token_check(f->st, hash, &valid, &err), TL_OK);
    assert_int_equal(valid, 0);
    assert_int_equal(tl_store_token_revoke(f->st, "ana", &err), TL_ENOTFOUND);
    assert_int_equal(tl_serve_token_create(f->st, "ana", tok2, &err), TL_OK);
    assert_string_not_equal(tok, tok2);
    assert_int_equal(tl_serve_token_create(f->st, "", tok2, &err), TL_EINVAL);
    int n = 0;
    assert_int_equal(tl_store_token_list(f->st, count_cb, &n, &err), TL_OK);
    assert_int_equal(n, 1);
}

static void test_readonly(void **state) {
    fixture *f = *state;
    tl_store *ro = NULL;
    tl_error err = {0};
    assert_int_equal(tl_store_open_readonly(f->path, &ro, &err), TL_OK);
    tl_store_stats s;
    assert_int_equal(tl_store_get_stats(ro, &s, &err), TL_OK);
    assert_int_equal(s.documents, 1);
    /* writes fail, reads of tokens answer */
    assert_int_not_equal(tl_store_watch_add(ro, "Amal Haddad", &err), TL_OK);
    int valid = 1;
    assert_int_equal(tl_store_token_check(ro, "ff", &valid, &err), TL_OK);
    assert_int_equal(valid, 0);
    tl_store_close(ro);
    char missing[160];
    snprintf(missing, sizeof missing, "%s/none.db", f->dir);
    assert_int_equal(tl_store_open_readonly(missing, &ro, &err), TL_EDB);
    assert_int_equal(access(missing, F_OK), -1); /* not created */
}

static void test_document(void **state) {
    fixture *f = *state;
    char sha[65];
    tl_sha256_hex(TEXT, strlen(TEXT), sha);
    json_t *v = NULL;
    tl_error err = {0};
    assert_int_equal(tl_query_document(f->st, sha, &v, &err), TL_OK);
    assert_string_equal(json_string_value(json_object_get(v, "text")), TEXT);
    json_t *spans = json_object_get(v, "spans"), *sp;
    size_t i;
    int mentions = 0, evidence = 0;
    json_array_foreach(spans, i, sp) {
        json_t *span = json_object_get(sp, "span");
        int a = (int)json_integer_value(json_array_get(span, 0)), b = (int)json_integer_value(json_array_get(span, 1));
        assert_true(a >= 0 && a < b && b <= (int)strlen(TEXT));
        if (strcmp(json_string_value(json_object_get(sp, "kind")), "mention") == 0) {
            mentions++;
            if (strcmp(json_string_value(json_object_get(sp, "type")), "ORG") == 0)
                assert_memory_equal(TEXT + a, "Cedar Brigade", 13);
        } else {
            evidence++;
        }
    }
    assert_int_equal(mentions, 3);
    assert_int_equal(evidence, 1);
    json_decref(v);
    assert_int_equal(tl_query_document(f->st, "0000000000000000000000000000000000000000000000000000000000000000", &v, &err),
                     TL_ENOTFOUND);
    assert_null(v);
}

static void test_resolve(void **state) {
    fixture *f = *state;
    int64_t id = 0;
    json_t *cand = NULL;
    tl_error err = {0};
    assert_int_equal(tl_query_resolve(f->st, "cedar brigade", &id, &cand, &err), TL_OK);
    assert_true(id > 0);
    assert_null(cand);
    assert_int_equal(tl_query_resolve(f->st, "Haddad", &id, &cand, &err), TL_ENOTFOUND);
    assert_int_equal(json_array_size(cand), 2);
    json_decref(cand);
    assert_int_equal(tl_query_resolve(f->st, "Nobody Here", &id, &cand, &err), TL_ENOTFOUND);
    assert_int_equal(json_array_size(cand), 0);
    json_decref(cand);
    /* the dossier has the fact grouped by type, with its evidence */
    assert_int_equal(tl_query_resolve(f->st, "Amal Haddad", &id, NULL, &err), TL_OK);
    json_t *v = NULL;
    assert_int_equal(tl_query_show(f->st, id, &v, &err), TL_OK);
    json_t *facts = json_object_get(json_object_get(v, "facts_by_type"), "MEMBER_OF");
    assert_int_equal(json_array_size(facts), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(facts, 0), "evidence")), 1);
    json_decref(v);
    assert_int_equal(tl_query_show(f->st, 999999, &v, &err), TL_ENOTFOUND);
    assert_int_equal(tl_query_fact_type_parse("member_of"), TL_MEMBER_OF);
    assert_int_equal(tl_query_fact_type_parse("nothing"), -1);
    assert_int_equal(tl_query_modality_parse("Alleged"), TL_ALLEGED);
    assert_int_equal(tl_query_modality_parse(NULL), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_tokens, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly, setup, teardown),
        cmocka_unit_test_setup_teardown(test_document, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resolve, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
