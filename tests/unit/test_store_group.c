/* test_store_group.c -- group commit and bulk mode (tl_store.h) build the very graph that one document at a time builds: same ids, names, facts, evidence, search and alerts; their misuse is refused. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include <sqlite3.h>
#include "threadline.h"
#include "store_fixture.h"
#include "doc_fixture.h"

/* Eight invented reports about the same people: facts repeated from report
 * to report (joined, with a weaker or stronger modality, a time given only
 * later, a place), names that join by surname, a document given twice, and
 * a meeting dated in one report and dated otherwise in a later one (two
 * meetings, however the reports are grouped). */
#define N_DOCS 9
static const ent_spec E1[] = {{"Berit Solano", TL_PERSON}, {"Ghost Lantern", TL_ORG}, {"Vellport", TL_GPE}};
static const fact_spec F1[] = {{TL_LEADER_OF, "Berit Solano", "Ghost Lantern", NULL, NULL, TL_ALLEGED, NULL},
                               {TL_LOCATED_IN, "Ghost Lantern", "Vellport", NULL, NULL, TL_ASSERTED, NULL}};
static const ent_spec E2[] = {{"Berit Solano", TL_PERSON}, {"Ghost Lantern", TL_ORG}, {"Anso Kree", TL_PERSON}};
static const fact_spec F2[] = {{TL_LEADER_OF, "Berit Solano", "Ghost Lantern", NULL, NULL, TL_ASSERTED, NULL},
                               {TL_MEMBER_OF, "Anso Kree", "Ghost Lantern", NULL, NULL, TL_ASSERTED, "Anso Kree"}};
static const ent_spec E3[] = {{"Anso Kree", TL_PERSON}, {"Vellport", TL_GPE}, {"Tamsin Orr", TL_PERSON}};
static const fact_spec F3[] = {{TL_ARRESTED, "Anso Kree", NULL, "Vellport", "2021-04", TL_ASSERTED, NULL},
                               {TL_MET, "Tamsin Orr", "Anso Kree", "Vellport", NULL, TL_REPORTED, "Tamsin Orr"}};
static const ent_spec E4[] = {{"Kree", TL_PERSON}, {"Vellport", TL_GPE}};
static const fact_spec F4[] = {{TL_ARRESTED, "Kree", NULL, "Vellport", "2021-04", TL_REPORTED, NULL}};
static const ent_spec E5[] = {{"Tamsin Orr", TL_PERSON}, {"Anso Kree", TL_PERSON}, {"Ghost Lantern", TL_ORG}};
static const fact_spec F5[] = {{TL_MET, "Anso Kree", "Tamsin Orr", NULL, NULL, TL_ASSERTED, NULL},
                               {TL_SUPPORTS, "Tamsin Orr", "Ghost Lantern", NULL, "2019", TL_ALLEGED, NULL}};
static const ent_spec E6[] = {{"Ghost Lantern", TL_ORG}, {"Marl Basin", TL_LOC}};
static const fact_spec F6[] = {{TL_LOCATED_IN, "Ghost Lantern", "Marl Basin", NULL, NULL, TL_ASSERTED, NULL}};
static const ent_spec E7[] = {{"Tamsin Orr", TL_PERSON}, {"Anso Kree", TL_PERSON}, {"Vellport", TL_GPE}};
static const fact_spec F7[] = {{TL_MET, "Tamsin Orr", "Anso Kree", "Vellport", "2019-03-13", TL_ASSERTED, NULL}};
static const ent_spec E8[] = {{"Anso Kree", TL_PERSON}, {"Tamsin Orr", TL_PERSON}};
static const fact_spec F8[] = {{TL_MET, "Anso Kree", "Tamsin Orr", NULL, "2020", TL_ASSERTED, NULL}};

static tl_doc *doc_n(int i) {
    switch (i) {
    case 0: return mkdoc("Berit Solano is said to lead the Ghost Lantern. The Ghost Lantern is based in Vellport.",
                         "r1.txt", "2020-01-05", E1, 3, F1, 2);
    case 1: return mkdoc("Berit Solano leads the Ghost Lantern. Anso Kree is a member of the Ghost Lantern.",
                         "r2.txt", "2020-02-11", E2, 3, F2, 2);
    case 2: return mkdoc("Anso Kree was arrested in Vellport in April 2021. Tamsin Orr reportedly met Anso Kree in Vellport.",
                         "r3.txt", "2021-04-20", E3, 3, F3, 2);
    case 3: return mkdoc("Kree was reportedly arrested in Vellport.", "r4.txt", "2021-05-01", E4, 2, F4, 1);
    case 4: return mkdoc("Anso Kree met Tamsin Orr. Tamsin Orr allegedly funded the Ghost Lantern in 2019.",
                         "r5.txt", "2021-06-30", E5, 3, F5, 2);
    case 5: return mkdoc("Berit Solano is said to lead the Ghost Lantern. The Ghost Lantern is based in Vellport.",
                         "r1-again.txt", "2020-01-05", E1, 3, F1, 2); /* r1's bytes: skipped */
    case 6: return mkdoc("The Ghost Lantern moved to the Marl Basin.", "r6.txt", "2022-03-03", E6, 2, F6, 1);
    case 7: return mkdoc("Tamsin Orr met Anso Kree in Vellport on 13 March 2019.", "r7.txt", "2022-04-01", E7, 3, F7, 1);
    default: return mkdoc("Anso Kree met Tamsin Orr again in 2020.", "r8.txt", "2022-05-01", E8, 2, F8, 1);
    }
}

static void ingest_one(tl_store *st, int i, tl_store_ingest_result *r) {
    tl_doc *d = doc_n(i);
    tl_error err = {0};
    int rc = tl_store_ingest(st, d, NULL, r, &err);
    tl_doc_free(d);
    if (rc != TL_OK) fail_msg("ingest of report %d: %s", i, err.msg);
}

/* ---- the graph as text ------------------------------------------------------ */
typedef struct dump {
    FILE *f;
    tl_store *st;
} dump;

static int name_cb(void *p, const char *name, const char *kind, int64_t n_docs) {
    fprintf(((dump *)p)->f, "  name %s %s %lld\n", name, kind, (long long)n_docs);
    return 0;
}

static int ent_cb(void *p, const tl_store_entity *e) {
    dump *d = p;
    fprintf(d->f, "E %lld %d %s docs=%lld mentions=%lld facts=%lld %s..%s\n", (long long)e->id, e->type, e->name,
            (long long)e->n_docs, (long long)e->n_mentions, (long long)e->n_facts, e->first_seen, e->last_seen);
    tl_error err = {0};
    assert_int_equal(tl_store_entity_names(d->st, e->id, name_cb, d, &err), TL_OK);
    return 0;
}

static int ev_cb(void *p, const tl_store_evidence *ev) {
    fprintf(((dump *)p)->f, "  ev %.12s %u-%u mod=%d time=%s %.*s\n", ev->doc_id, ev->start, ev->end, ev->modality,
            ev->time_text, (int)ev->len, ev->text);
    return 0;
}

static int fact_cb(void *p, const tl_store_fact *f) {
    dump *d = p;
    fprintf(d->f, "F %lld %d mod=%d st=%d neg=%d rej=%d args=%lld,%lld,%lld place=%lld src=%lld time=%s n=%lld\n",
            (long long)f->id, f->type, f->modality, f->status, f->negated, f->rejected, (long long)f->args[0],
            (long long)f->args[1], (long long)f->args[2], (long long)f->place, (long long)f->source, f->time_value,
            (long long)f->n_evidence);
    tl_error err = {0};
    assert_int_equal(tl_store_fact_evidence(d->st, f->id, ev_cb, d, &err), TL_OK);
    return 0;
}

static int hit_cb(void *p, const tl_store_hit *h) {
    fprintf(((dump *)p)->f, "H %.12s %u-%u %s\n", h->doc_id, h->start, h->end, h->snippet);
    return 0;
}

static int alert_cb(void *p, const tl_store_alert *a) {
    fprintf(((dump *)p)->f, "A %lld %s %lld %s\n", (long long)a->id, a->watch, (long long)a->entity, a->doc_path);
    return 0;
}

/* Everything a reader of the store sees, ids included (a group must give
 * the ids one document at a time gives); the caller frees it. */
static char *dump_store(tl_store *st) {
    char *buf = NULL;
    size_t len = 0;
    dump d = {open_memstream(&buf, &len), st};
    assert_non_null(d.f);
    tl_error err = {0};
    tl_store_entity_filter ef = {.type = -1};
    assert_int_equal(tl_store_entities(st, &ef, ent_cb, &d, &err), TL_OK);
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .include_rejected = 1};
    assert_int_equal(tl_store_facts(st, &ff, fact_cb, &d, &err), TL_OK);
    static const char *const words[] = {"Lantern", "Vellport", "Kree", "arrested", "Basin"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        assert_int_equal(tl_store_search(st, words[i], "[", "]", 50, hit_cb, &d, &err), TL_OK);
    assert_int_equal(tl_store_alerts(st, 0, alert_cb, &d, &err), TL_OK);
    fclose(d.f);
    return buf;
}

static void assert_same_graph(const char *want, const char *got, const char *what) {
    if (strcmp(want, got) == 0) return;
    size_t i = 0;
    while (want[i] && want[i] == got[i]) i++;
    size_t from = i > 120 ? i - 120 : 0;
    fail_msg("%s differs from one document at a time near byte %zu:\nwant ...%.240s\ngot  ...%.240s", what, i,
             want + from, got + from);
}

/* The reference: each report alone, in order; a watched name first, a
 * merge after the fourth report (when asked). */
static char *reference(const char *watch, int merge) {
    fixture *f = fixture_open("group-ref");
    assert_non_null(f);
    tl_error err = {0};
    if (watch) assert_int_equal(tl_store_watch_add(f->st, watch, &err), TL_OK);
    tl_store_ingest_result r = {0};
    for (int i = 0; i < N_DOCS; i++) {
        ingest_one(f->st, i, &r);
        if (i == 3 && merge) {
            int64_t id = 0;
            assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Anso Kree", "Tamsin Orr", 0, &id, &err), TL_OK);
        }
    }
    char *s = dump_store(f->st);
    fixture_close(f);
    return s;
}

/* The same reports in groups of `size` (the last one shorter). */
static char *grouped(int size, const char *watch, int merge) {
    fixture *f = fixture_open("group");
    assert_non_null(f);
    tl_error err = {0};
    if (watch) assert_int_equal(tl_store_watch_add(f->st, watch, &err), TL_OK);
    tl_store_ingest_result r = {0};
    for (int i = 0; i < N_DOCS; i += size) {
        assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
        for (int k = i; k < i + size && k < N_DOCS; k++) {
            ingest_one(f->st, k, &r);
            assert_int_equal(r.skipped, k == 5);
        }
        assert_int_equal(tl_store_group_end(f->st, 1, &err), TL_OK);
        if (merge && i <= 3 && 3 < i + size) {
            int64_t id = 0;
            assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Anso Kree", "Tamsin Orr", 0, &id, &err), TL_OK);
        }
    }
    char *s = dump_store(f->st);
    fixture_close(f);
    return s;
}

static void test_groups_equal_single(void **state) {
    (void)state;
    char *want = reference(NULL, 0);
    assert_non_null(strstr(want, "name Kree name")); /* "Kree" joined Anso Kree */
    assert_non_null(strstr(want, "H ")); /* the sentences are searchable */
    for (int size = 1; size <= N_DOCS; size++) {
        char *got = grouped(size, NULL, 0);
        char what[32];
        snprintf(what, sizeof what, "groups of %d", size);
        assert_same_graph(want, got, what);
        free(got);
    }
    free(want);
}

/* The reports in groups of `size` build the graph one at a time builds,
 * with the same watched name and merge. */
static void same_as_reference(int size, const char *watch, int merge, const char *what) {
    char *want = reference(watch, merge);
    char *got = grouped(size, watch, merge);
    assert_same_graph(want, got, what);
    free(got);
    free(want);
}

/* A watched name turns the held-back writes off (alerts are read per
 * document): the alerts, and everything else, are those of one at a time. */
static void test_groups_with_watch(void **state) {
    (void)state;
    char *want = reference("Anso Kree", 0);
    assert_non_null(strstr(want, "A 1 Anso Kree"));
    free(want);
    same_as_reference(3, "Anso Kree", 0, "groups of 3 with a watched name");
}

/* A correction recorded between groups is applied to the documents of
 * the groups after it as to single documents. */
static void test_groups_after_a_correction(void **state) {
    (void)state;
    same_as_reference(2, NULL, 1, "groups of 2 after a merge");
    same_as_reference(4, NULL, 1, "groups of 4 after a merge");
}

/* Bulk mode: one transaction; corrections re-applied once at its end. */
static void test_bulk(void **state) {
    (void)state;
    char *want = reference(NULL, 0);
    fixture *f = fixture_open("bulk");
    assert_non_null(f);
    tl_error err = {0};
    tl_store_ingest_result r = {0};
    assert_int_equal(tl_store_bulk_begin(f->st, &err), TL_OK);
    for (int i = 0; i < N_DOCS; i++) ingest_one(f->st, i, &r);
    assert_int_equal(tl_store_bulk_end(f->st, 1, &err), TL_OK);
    char *got = dump_store(f->st);
    assert_same_graph(want, got, "bulk mode");
    free(got);

    /* rolled back: nothing of it stays, and the store goes on working */
    int64_t id = 0;
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Marl Basin", "The Marl Basin", 0, &id, &err), TL_OK);
    char *before = dump_store(f->st);
    assert_int_equal(tl_store_bulk_begin(f->st, &err), TL_OK);
    tl_doc *d = mkdoc("Oren Vask joined the Ghost Lantern.", "r7.txt", "2023-01-01",
                      (const ent_spec[]){{"Oren Vask", TL_PERSON}, {"Ghost Lantern", TL_ORG}}, 2,
                      (const fact_spec[]){{TL_MEMBER_OF, "Oren Vask", "Ghost Lantern", NULL, NULL, TL_ASSERTED, NULL}}, 1);
    assert_int_equal(tl_store_ingest(f->st, d, NULL, &r, &err), TL_OK);
    assert_int_equal(tl_store_bulk_end(f->st, 0, &err), TL_OK);
    char *after = dump_store(f->st);
    assert_same_graph(before, after, "a rolled-back bulk");
    free(after);
    /* the same document again, committed: the rename made before it holds */
    assert_int_equal(tl_store_bulk_begin(f->st, &err), TL_OK);
    assert_int_equal(tl_store_ingest(f->st, d, NULL, &r, &err), TL_OK);
    assert_int_equal(r.skipped, 0);
    assert_int_equal(tl_store_bulk_end(f->st, 1, &err), TL_OK);
    tl_doc_free(d);
    after = dump_store(f->st);
    assert_non_null(strstr(after, " Oren Vask "));
    assert_non_null(strstr(after, " The Marl Basin "));
    assert_null(strstr(before, " Oren Vask "));
    free(after);
    free(before);
    fixture_close(f);
    free(want);
}

/* Groups and bulk mode do not nest, and an end needs its begin. */
static void test_misuse(void **state) {
    (void)state;
    fixture *f = fixture_open("group-misuse");
    assert_non_null(f);
    tl_error err = {0};
    assert_int_equal(tl_store_group_end(f->st, 1, &err), TL_EINVAL);
    assert_int_equal(tl_store_group_end(f->st, 0, &err), TL_EINVAL);
    assert_int_equal(tl_store_bulk_begin(f->st, &err), TL_OK);
    assert_int_equal(tl_store_group_begin(f->st, &err), TL_EINVAL);
    assert_true(err.msg[0] != 0);
    assert_int_equal(tl_store_bulk_end(f->st, 1, &err), TL_OK);
    assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
    assert_int_equal(tl_store_group_begin(f->st, &err), TL_EINVAL);
    /* an empty group commits nothing and ends cleanly */
    assert_int_equal(tl_store_group_end(f->st, 1, &err), TL_OK);
    char *s = dump_store(f->st);
    assert_string_equal(s, "");
    free(s);
    fixture_close(f);
}

/* A group rolled back after a correction was recorded outside it keeps
 * the correction and loses only the group's documents. */
static void test_rollback_keeps_earlier_work(void **state) {
    (void)state;
    fixture *f = fixture_open("group-rb");
    assert_non_null(f);
    tl_error err = {0};
    tl_store_ingest_result r = {0};
    ingest_one(f->st, 0, &r);
    ingest_one(f->st, 1, &r);
    int64_t id = 0;
    assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Berit Solano", "The Lamplighter", 0, &id, &err), TL_OK);
    char *before = dump_store(f->st);
    assert_non_null(strstr(before, "name The Lamplighter alias"));
    assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
    for (int i = 2; i < N_DOCS; i++) ingest_one(f->st, i, &r);
    assert_int_equal(tl_store_group_end(f->st, 0, &err), TL_OK);
    char *after = dump_store(f->st);
    assert_same_graph(before, after, "a rolled-back group");
    free(after);
    free(before);
    fixture_close(f);
}

/* One session against a handle reopened at every step: the session's
 * caches (names, keys, entity rows) must never answer what the store no
 * longer says, through corrections that move, rename and split names and
 * an undo between ingests. */
static void steps(fixture *f, int reopen) {
    tl_error err = {0};
    tl_store_ingest_result r = {0};
    int64_t id = 0;
    for (int step = 0; step < 10; step++) {
        if (reopen) {
            tl_store_close(f->st);
            assert_int_equal(tl_store_open(f->path, &f->st, &err), TL_OK);
        }
        switch (step) {
        case 0: ingest_one(f->st, 0, &r); ingest_one(f->st, 1, &r); break;
        case 1: ingest_one(f->st, 2, &r); ingest_one(f->st, 3, &r); break;
        case 2: assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Anso Kree", "Tamsin Orr", 0, &id, &err), TL_OK); break;
        case 3: assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Anso Kree", "The Fox", 0, &id, &err), TL_OK); break;
        case 4: assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Ghost Lantern", "Lantern Society", 0, &id, &err), TL_OK); break;
        case 5: assert_int_equal(tl_store_correct(f->st, TL_CORR_SPLIT, "Anso Kree", "Kree", 0, &id, &err), TL_OK); break;
        case 6: ingest_one(f->st, 4, &r); break;
        case 7: assert_int_equal(tl_store_undo(f->st, 0, &id, &err), TL_OK); break; /* the split */
        case 8: ingest_one(f->st, 5, &r); ingest_one(f->st, 6, &r); break;
        default: assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_REMOVE, "Anso Kree", "The Fox", 0, &id, &err), TL_OK);
        }
    }
}

static void test_warm_session_equals_cold(void **state) {
    (void)state;
    fixture *warm = fixture_open("warm"), *cold = fixture_open("cold");
    assert_non_null(warm);
    assert_non_null(cold);
    steps(warm, 0);
    steps(cold, 1);
    char *w = dump_store(warm->st), *c = dump_store(cold->st);
    assert_non_null(strstr(c, " Lantern Society "));
    assert_null(strstr(c, "The Fox"));
    assert_same_graph(c, w, "one session");
    free(w);
    free(c);
    fixture_close(warm);
    fixture_close(cold);
}

/* A group over a store that already has names (reopened, so its session
 * does not know every stored key): names a group holds back until its end
 * must still be found by the keys a later document of the group reads
 * from the store.  "Kree" (report 4) is looked up by its surname key,
 * which only "Anso Kree" of the same group carries. */
/* Report 1 alone, then the store reopened (its session no longer knows
 * every stored key); with `rolled_back`, a group of reports 2-5 rolled
 * back first, whose held-back names must go with it (the entity ids they
 * name are given again to other entities). */
static fixture *over_stored_names(int rolled_back) {
    fixture *f = fixture_open("group-names");
    assert_non_null(f);
    tl_error err = {0};
    tl_store_ingest_result r = {0};
    ingest_one(f->st, 0, &r);
    tl_store_close(f->st);
    assert_int_equal(tl_store_open(f->path, &f->st, &err), TL_OK);
    if (rolled_back) {
        assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
        for (int k = 1; k < 5; k++) ingest_one(f->st, k, &r);
        assert_int_equal(tl_store_group_end(f->st, 0, &err), TL_OK);
    }
    return f;
}

static void test_group_over_stored_names(void **state) {
    (void)state;
    char *want = reference(NULL, 0);
    for (int size = 2; size <= 2 * N_DOCS; size++) {
        fixture *f = over_stored_names(size > N_DOCS);
        tl_error err = {0};
        tl_store_ingest_result r = {0};
        int n = size > N_DOCS ? size - N_DOCS : size;
        for (int i = 1; i < N_DOCS; i += n) {
            assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
            for (int k = i; k < i + n && k < N_DOCS; k++) ingest_one(f->st, k, &r);
            assert_int_equal(tl_store_group_end(f->st, 1, &err), TL_OK);
        }
        char *got = dump_store(f->st);
        char what[80];
        snprintf(what, sizeof what, "groups of %d over stored names%s", n, size > N_DOCS ? " after a rollback" : "");
        assert_same_graph(want, got, what);
        free(got);
        fixture_close(f);
    }
    free(want);
}

/* tl_store_process_setup (called first in main, as `ingest` does) turns
 * SQLite's allocation statistics off: an open store that has stored a
 * group counts no memory in use; a second call, once SQLite runs,
 * changes nothing. */
static void test_process_setup(void **state) {
    (void)state;
    tl_store_process_setup();
    fixture *f = fixture_open("group-setup");
    assert_non_null(f);
    tl_error err = {0};
    tl_store_ingest_result r = {0};
    assert_int_equal(tl_store_group_begin(f->st, &err), TL_OK);
    for (int k = 0; k < 3; k++) ingest_one(f->st, k, &r);
    assert_int_equal(tl_store_group_end(f->st, 1, &err), TL_OK);
    assert_int_equal(sqlite3_memory_used(), 0);
    fixture_close(f);
}

int main(void) {
    tl_store_process_setup();
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_groups_equal_single),
        cmocka_unit_test(test_groups_with_watch),
        cmocka_unit_test(test_groups_after_a_correction),
        cmocka_unit_test(test_bulk),
        cmocka_unit_test(test_misuse),
        cmocka_unit_test(test_rollback_keeps_earlier_work),
        cmocka_unit_test(test_warm_session_equals_cold),
        cmocka_unit_test(test_group_over_stored_names),
        cmocka_unit_test(test_process_setup),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
