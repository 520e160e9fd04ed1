/* test_store_correct.c -- unit tests of analyst corrections, undo, forget and the watchlist through the store API (tl_store.h), with hostile arguments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_store.h"
#include "store_fixture.h"
#include "doc_fixture.h"

static const char DOC1[] = "Tomas Brell leads the Ash Circle. Tomas Brell met Ilya Vesk in Belmar.";
static const char DOC2[] = "Ilya Vesk funds the Grey Lantern. Nara Quell works for the Grey Lantern.";

static int ingest(fixture *f, const char *text, const char *path, const ent_spec *e, int ne, const fact_spec *fs,
                  int nf) {
    tl_error err = {0};
    tl_doc *d = mkdoc(text, path, "2021-01-01", e, ne, fs, nf);
    int rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
    tl_doc_free(d);
    if (rc != TL_OK) fprintf(stderr, "ingest: %s\n", err.msg);
    return rc;
}

static int ingest_doc1(fixture *f) {
    static const ent_spec e[] = {
        {"Tomas Brell", TL_PERSON}, {"Ash Circle", TL_ORG}, {"Ilya Vesk", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec fs[] = {
        {TL_LEADER_OF, "Tomas Brell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL},
        {TL_MET, "Tomas Brell", "Ilya Vesk", "Belmar", NULL, TL_ASSERTED, "met"},
    };
    return ingest(f, DOC1, "one.txt", e, 4, fs, 2);
}

static int ingest_doc2(fixture *f) {
    static const ent_spec e[] = {{"Ilya Vesk", TL_PERSON}, {"Grey Lantern", TL_ORG}, {"Nara Quell", TL_PERSON}};
    static const fact_spec fs[] = {
        {TL_SUPPORTS, "Ilya Vesk", "Grey Lantern", NULL, NULL, TL_ASSERTED, NULL},
        {TL_MEMBER_OF, "Nara Quell", "Grey Lantern", NULL, NULL, TL_ASSERTED, "Nara"},
    };
    return ingest(f, DOC2, "two.txt", e, 3, fs, 2);
}

static int setup(void **state) {
    fixture *f = fixture_open("correct");
    if (!f) return -1;
    if (ingest_doc1(f) != TL_OK || ingest_doc2(f) != TL_OK) {
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

static int count_cb(void *p, const tl_store_entity *e) {
    (void)e;
    (*(int *)p)++;
    return 0;
}

/* How many entities `name` names (0 none, 1 one, more: ambiguous). */
static int named(tl_store *st, const char *name) {
    int seen = 0, n = 0;
    tl_error err = {0};
    assert_int_equal(tl_store_entity_find(st, name, count_cb, &seen, &n, &err), TL_OK);
    return n;
}

static int64_t id_cb_value;
static int id_cb(void *p, const tl_store_entity *e) {
    (void)p;
    id_cb_value = e->id;
    return 1;
}

static int64_t id_of(tl_store *st, const char *name) {
    int n = 0;
    tl_error err = {0};
    id_cb_value = 0;
    assert_int_equal(tl_store_entity_find(st, name, id_cb, NULL, &n, &err), TL_OK);
    if (n != 1) fail_msg("%s names %d entities", name, n);
    return id_cb_value;
}

static int n_entities(tl_store *st) {
    int n = 0;
    tl_error err = {0};
    tl_store_entity_filter f = {.type = -1};
    assert_int_equal(tl_store_entities(st, &f, count_cb, &n, &err), TL_OK);
    return n;
}

static int corr_count_cb(void *p, const tl_store_correction *c) {
    (void)c;
    (*(int *)p)++;
    return 0;
}

static int n_corrections(tl_store *st) {
    int n = 0;
    tl_error err = {0};
    assert_int_equal(tl_store_corrections(st, corr_count_cb, &n, &err), TL_OK);
    return n;
}

static void test_merge_and_undo(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int before = n_entities(f->st);
    int64_t cid = 0;
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Tomas Brell", "Nara Quell", 0, &cid, &err), TL_OK);
    assert_true(cid > 0);
    assert_int_equal(n_entities(f->st), before - 1);
    /* Both names now lead to the one entity. */
    assert_int_equal(id_of(f->st, "Nara Quell"), id_of(f->st, "Tomas Brell"));
    assert_int_equal(n_corrections(f->st), 1);
    /* Undo (0: the latest) takes it back. */
    int64_t undone = 0;
    assert_int_equal(tl_store_undo(f->st, 0, &undone, &err), TL_OK);
    assert_int_equal(undone, cid);
    assert_int_equal(n_entities(f->st), before);
    assert_true(id_of(f->st, "Nara Quell") != id_of(f->st, "Tomas Brell"));
    assert_int_equal(n_corrections(f->st), 0);
    /* Nothing left to undo; an id that never was. */
    assert_int_equal(tl_store_undo(f->st, 0, NULL, &err), TL_ENOTFOUND);
    assert_int_equal(tl_store_undo(f->st, 424242, NULL, &err), TL_ENOTFOUND);
    assert_int_equal(tl_store_undo(f->st, -1, NULL, &err), TL_ENOTFOUND);
}

static void test_refusals_record_nothing(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int before = n_entities(f->st);
    /* Different types need TL_CORR_FORCE. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Tomas Brell", "Ash Circle", 0, NULL, &err), TL_EINVAL);
    assert_true(err.msg[0] != 0);
    /* Unknown names; an entity merged with itself; a bad kind. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Tomas Brell", "Nobody Atall", 0, NULL, &err),
                     TL_ENOTFOUND);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Nobody Atall", "Tomas Brell", 0, NULL, &err),
                     TL_ENOTFOUND);
    int rc = tl_store_correct(f->st, TL_CORR_MERGE, "Tomas Brell", "tomas brell", 0, NULL, &err);
    assert_true(rc == TL_EINVAL);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_KIND_COUNT, "Tomas Brell", "x", 0, NULL, &err), TL_EINVAL);
    assert_int_equal(tl_store_correct(f->st, -1, "Tomas Brell", "x", 0, NULL, &err), TL_EINVAL);
    /* Missing names. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Tomas Brell", NULL, 0, NULL, &err), TL_EINVAL);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Tomas Brell", "", 0, NULL, &err), TL_EINVAL);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, NULL, "New Name", 0, NULL, &err), TL_EINVAL);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "", "Tomas Brell", 0, NULL, &err), TL_EINVAL);
    /* A fact that does not exist. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_REJECT, NULL, NULL, 987654, NULL, &err), TL_ENOTFOUND);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_REJECT, NULL, NULL, 0, NULL, &err), TL_ENOTFOUND);
    /* An alias another entity bears needs TL_CORR_FORCE. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Tomas Brell", "Ilya Vesk", 0, NULL, &err), TL_EINVAL);
    assert_int_equal(n_corrections(f->st), 0);
    assert_int_equal(n_entities(f->st), before);
}

static void test_forced_merge(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int before = n_entities(f->st);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE | TL_CORR_FORCE, "Ash Circle", "Belmar", 0, NULL, &err),
                     TL_OK);
    assert_int_equal(n_entities(f->st), before - 1);
    assert_int_equal(id_of(f->st, "Belmar"), id_of(f->st, "Ash Circle"));
}

static void test_rename_alias_split(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int64_t brell = id_of(f->st, "Tomas Brell");
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Tomas Brell", "Tomas A. Brell", 0, NULL, &err), TL_OK);
    assert_int_equal(id_of(f->st, "Tomas A. Brell"), brell);
    /* A hostile new name: quotes, SQL, a very long one, bytes that are not UTF-8. */
    const char *odd[] = {"O'Brell \"the\" --; DROP TABLE entities", "Br\xff\xfe" "ell"};
    for (size_t i = 0; i < sizeof odd / sizeof *odd; i++) {
        assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Tomas A. Brell", odd[i], 0, NULL, &err), TL_OK);
        assert_int_equal(id_of(f->st, odd[i]), brell);
    }
    char longname[3000];
    memset(longname, 'q', sizeof longname - 1);
    longname[sizeof longname - 1] = 0;
    int rc = tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Tomas A. Brell", longname, 0, NULL, &err);
    assert_true(rc == TL_OK || rc == TL_EINVAL);
    /* Alias removal, and of a name it does not have. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_REMOVE, "Tomas A. Brell", odd[0], 0, NULL, &err), TL_OK);
    assert_int_equal(named(f->st, odd[0]), 0);
    rc = tl_store_correct(f->st, TL_CORR_ALIAS_REMOVE, "Tomas A. Brell", "Never Had", 0, NULL, &err);
    assert_true(rc == TL_OK || rc == TL_ENOTFOUND || rc == TL_EINVAL);
    /* Split: merge two people, then split one name's documents out again. */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Tomas A. Brell", "Nara Quell", 0, NULL, &err), TL_OK);
    assert_int_equal(id_of(f->st, "Nara Quell"), brell);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_SPLIT, "Tomas A. Brell", "Nara Quell", 0, NULL, &err), TL_OK);
    /* The split-off entity is found by its name, in this session and the next. */
    assert_int_equal(named(f->st, "Nara Quell"), 1);
    tl_store_close(f->st);
    assert_int_equal(tl_store_open(f->path, &f->st, NULL), TL_OK);
    assert_int_equal(named(f->st, "Nara Quell"), 1);

    assert_true(id_of(f->st, "Nara Quell") != id_of(f->st, "Tomas A. Brell"));
    /* Every correction is listed with its kind's name. */
    assert_true(n_corrections(f->st) >= 5);
    for (int k = 0; k < TL_CORR_KIND_COUNT; k++) assert_non_null(tl_store_corr_name(k));
    assert_null(tl_store_corr_name(TL_CORR_KIND_COUNT));
    assert_null(tl_store_corr_name(-1));
}

typedef struct fact_count {
    int n;
    int64_t first;
} fact_count;

static int fact_cb(void *p, const tl_store_fact *fa) {
    fact_count *c = p;
    if (!c->n++) c->first = fa->id;
    return 0;
}

/* Facts listed (with the rejected ones or not); *first gets the first id. */
static int n_facts(tl_store *st, int include_rejected, int64_t *first) {
    fact_count c = {0, 0};
    tl_error err = {0};
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .include_rejected = include_rejected};
    assert_int_equal(tl_store_facts(st, &ff, fact_cb, &c, &err), TL_OK);
    if (first) *first = c.first;
    return c.n;
}

static void test_reject_fact(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    int64_t fid = 0;
    int all = n_facts(f->st, 0, &fid);
    assert_int_equal(all, 4);
    int64_t cid = 0;
    assert_int_equal(tl_store_correct(f->st, TL_CORR_REJECT, NULL, NULL, fid, &cid, &err), TL_OK);
    assert_int_equal(n_facts(f->st, 0, NULL), all - 1);
    assert_int_equal(n_facts(f->st, 1, NULL), all);
    /* Undo by id brings it back. */
    assert_int_equal(tl_store_undo(f->st, cid, NULL, &err), TL_OK);
    assert_int_equal(n_facts(f->st, 0, NULL), all);
}

typedef struct forget_seen {
    int docs;
} forget_seen;

static int doc_cb(void *p, const tl_store_docrow *d) {
    (void)d;
    ((forget_seen *)p)->docs++;
    return 0;
}

static int n_docs(tl_store *st) {
    forget_seen s = {0};
    tl_error err = {0};
    assert_int_equal(tl_store_documents(st, doc_cb, &s, &err), TL_OK);
    return s.docs;
}

static void test_forget(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    /* Names that fit no document, or too short a prefix. */
    const char *none[] = {"", "#0", "#-3", "#999", "nope.txt", "abc", "zzzzzzzz", "%", "one.txt'--"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++)
        assert_int_equal(tl_store_forget(f->st, none[i], NULL, &err), TL_ENOTFOUND);
    assert_int_equal(n_docs(f->st), 2);
    /* By path: the entities only it named go, the shared one stays. */
    tl_store_forget_result res = {0};
    assert_int_equal(tl_store_forget(f->st, "two.txt", &res, &err), TL_OK);
    assert_true(res.doc > 0);
    assert_int_equal(res.entities_removed, 2); /* Grey Lantern, Nara Quell */
    assert_int_equal(res.facts_removed, 2);
    assert_int_equal(n_docs(f->st), 1);
    assert_int_equal(named(f->st, "Nara Quell"), 0);
    assert_int_equal(named(f->st, "Ilya Vesk"), 1);
    /* Twice: gone. */
    assert_int_equal(tl_store_forget(f->st, "two.txt", NULL, &err), TL_ENOTFOUND);
    /* By its sha256 prefix (6 hex digits at least). */
    char sha[65];
    tl_sha256_hex(DOC1, strlen(DOC1), sha);
    char prefix[7];
    memcpy(prefix, sha, 6);
    prefix[6] = 0;
    assert_int_equal(tl_store_forget(f->st, prefix, NULL, &err), TL_OK);
    assert_int_equal(n_docs(f->st), 0);
    assert_int_equal(n_entities(f->st), 0);
    /* Ingesting it again gives it all back. */
    assert_int_equal(ingest_doc1(f), TL_OK);
    assert_int_equal(named(f->st, "Tomas Brell"), 1);
}

static void test_forget_keeps_corrections(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Ilya Vesk", "Ilya R. Vesk", 0, NULL, &err), TL_OK);
    assert_int_equal(tl_store_forget(f->st, "two.txt", NULL, &err), TL_OK);
    /* The rename is re-applied to the graph rebuilt from what is left. */
    assert_int_equal(named(f->st, "Ilya R. Vesk"), 1);
    assert_int_equal(n_corrections(f->st), 1);
}

static int first_applied_cb(void *p, const tl_store_correction *c) {
    if (*(int *)p < 0) *(int *)p = c->applied;
    return 0;
}

/* Whether the first recorded correction took effect the last time the
 * corrections were applied. */
static int first_applied(tl_store *st) {
    int applied = -1;
    tl_error err = {0};
    assert_int_equal(tl_store_corrections(st, first_applied_cb, &applied, &err), TL_OK);
    return applied;
}

/* A correction whose entity is gone is recorded as not applicable, and as
 * applied again when the entity comes back: the flag goes both ways. */
static void test_applied_follows_the_graph(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Nara Quell", "The Quiet One", 0, NULL, &err), TL_OK);
    assert_int_equal(first_applied(f->st), 1);
    assert_int_equal(tl_store_forget(f->st, "two.txt", NULL, &err), TL_OK); /* Nara Quell's only report */
    assert_int_equal(named(f->st, "The Quiet One"), 0);
    assert_int_equal(first_applied(f->st), 0);
    assert_int_equal(ingest_doc2(f), TL_OK);
    assert_int_equal(named(f->st, "The Quiet One"), 1);
    assert_int_equal(first_applied(f->st), 1);
}

typedef struct alert_seen {
    int n;
    char name[64];
} alert_seen;

static int alert_cb(void *p, const tl_store_alert *a) {
    alert_seen *s = p;
    if (!s->n++) snprintf(s->name, sizeof s->name, "%s", a->entity_name);
    return 0;
}

static int name_count_cb(void *p, const char *name, const char *kind, int64_t n) {
    (void)name;
    (void)kind;
    (void)n;
    (*(int *)p)++;
    return 0;
}

static void test_watchlist(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    assert_int_equal(tl_store_watch_add(f->st, "Nara Quell", &err), TL_OK);
    assert_int_equal(tl_store_watch_add(f->st, "Nara Quell", &err), TL_OK); /* already watched: fine */
    assert_int_equal(tl_store_watch_add(f->st, "O'Hara \"x\" %_", &err), TL_OK);
    int watched = 0;
    assert_int_equal(tl_store_watch_list(f->st, name_count_cb, &watched, &err), TL_OK);
    assert_int_equal(watched, 2);
    assert_int_equal(tl_store_watch_remove(f->st, "Nobody Watched", &err), TL_ENOTFOUND);
    assert_int_equal(tl_store_watch_remove(f->st, "O'Hara \"x\" %_", &err), TL_OK);
    /* A new document naming her raises one alert. */
    static const ent_spec e[] = {{"Nara Quell", TL_PERSON}, {"Belmar", TL_GPE}};
    assert_int_equal(ingest(f, "Nara Quell flew to Belmar.", "three.txt", e, 2, NULL, 0), TL_OK);
    alert_seen s = {0, ""};
    assert_int_equal(tl_store_alerts(f->st, 0, alert_cb, &s, &err), TL_OK);
    assert_int_equal(s.n, 1);
    assert_string_equal(s.name, "Nara Quell");
    /* since_id past the last: none. */
    s.n = 0;
    assert_int_equal(tl_store_alerts(f->st, 1000000, alert_cb, &s, &err), TL_OK);
    assert_int_equal(s.n, 0);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_merge_and_undo, setup, teardown),
        cmocka_unit_test_setup_teardown(test_refusals_record_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forced_merge, setup, teardown),
        cmocka_unit_test_setup_teardown(test_rename_alias_split, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reject_fact, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forget, setup, teardown),
        cmocka_unit_test_setup_teardown(test_forget_keeps_corrections, setup, teardown),
        cmocka_unit_test_setup_teardown(test_applied_follows_the_graph, setup, teardown),
        cmocka_unit_test_setup_teardown(test_watchlist, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
