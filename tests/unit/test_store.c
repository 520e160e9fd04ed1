/* test_store.c -- unit tests of the store: name keys, cross-document resolution, corrections, paths (hand-made documents). */
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
#include "tl_arena.h"
#include "tl_resolve.h"
#include "tl_sha256.h"
#include "tl_store.h"
#include "store_fixture.h"

/* ---- name keys ------------------------------------------------------------ */
static void key_of(const char *s, char *out) { tl_resolve_key(s, strlen(s), out, TL_RESOLVE_KEY_MAX); }
static void phon_of(const char *s, char *out) {
    char k[TL_RESOLVE_KEY_MAX];
    key_of(s, k);
    tl_resolve_phonetic(k, out, TL_RESOLVE_KEY_MAX);
}
#define SAME_PHON(a, b) do { char x[256], y[256]; phon_of(a, x); phon_of(b, y); assert_string_equal(x, y); } while (0)
#define DIFF_PHON(a, b) do { char x[256], y[256]; phon_of(a, x); phon_of(b, y); assert_string_not_equal(x, y); } while (0)

static void test_keys(void **state) {
    (void)state;
    char k[TL_RESOLVE_KEY_MAX];
    key_of("The Qods Force's", k);
    assert_string_equal(k, "qods force");
    key_of("  Al-Arabiya ", k);
    assert_string_equal(k, "al arabiya");
    key_of("Shi\xe2\x80\x99ite", k); /* curly apostrophe */
    assert_string_equal(k, "shiite");
    key_of("Mehd\xc3\xadyev", k);    /* accent */
    assert_string_equal(k, "mehdiyev");
    key_of("...", k);
    assert_string_equal(k, "");
    char a[TL_RESOLVE_KEY_MAX];
    tl_resolve_acronym("islamic revolutionary guard corps", a, sizeof a);
    assert_string_equal(a, "irgc");
    tl_resolve_acronym("state security service of azerbaijan", a, sizeof a);
    assert_string_equal(a, "sssa");
    assert_int_equal(tl_resolve_acronym("hezbollah", a, sizeof a), 0);
    assert_int_equal(tl_resolve_surname("tawhid ibrahim begli", a, sizeof a), 5);
    assert_string_equal(a, "begli");
    assert_true(tl_resolve_is_short_form("IRGC", 4));
    assert_false(tl_resolve_is_short_form("Irgc", 4));
}

static void test_phonetic(void **state) {
    (void)state;
    SAME_PHON("Qods Force", "Quds Force");
    SAME_PHON("Hussainiyoun", "Husseiniyoun");
    SAME_PHON("Hussainiyoun", "Huseyniyoun");
    SAME_PHON("Mohammad", "Muhammad");
    SAME_PHON("Khamenei", "Hamenei");
    SAME_PHON("Aliyev", "Aliev");
    DIFF_PHON("Aliyev", "Aliyov");      /* -ev and -ov are different names */
    DIFF_PHON("Hassan", "Hussein");
    DIFF_PHON("Ramil", "Kamil");
}

static void test_choose(void **state) {
    (void)state;
    tl_resolve_cand c[3] = {{1, 3, 0, 0, 0}, {2, 2, 5, 0, 0}, {3, 1, 9, 0, 0}};
    assert_int_equal(tl_resolve_choose(c, 3), 0);               /* exact beats context */
    tl_resolve_cand d[2] = {{1, 1, 0, 0, 0}, {2, 1, 0, 0, 0}};
    assert_int_equal(tl_resolve_choose(d, 2), -1);              /* weak tie: stay apart */
    d[1].context = 1;
    assert_int_equal(tl_resolve_choose(d, 2), 1);               /* context decides */
    tl_resolve_cand e[2] = {{1, 3, 0, 0, 0}, {2, 3, 0, 0, 0}};
    assert_int_equal(tl_resolve_choose(e, 2), 0);               /* exact tie: oldest */
    assert_int_equal(tl_resolve_choose(NULL, 0), -1);
    assert_true(tl_resolve_types_compatible(TL_GPE, TL_LOC));
    assert_false(tl_resolve_types_compatible(TL_PERSON, TL_GPE));
}

/* ---- hand-made documents --------------------------------------------------- */
typedef struct ment { int type; const char *name; const char *alias; } ment;
typedef struct fct { int type; int a0, a1; const char *sentence; const char *time; } fct;

/* A document whose entities are found in the text by name; facts point at
 * entity indices and carry the sentence (a substring of the text). */
static tl_doc *mkdoc(const char *text, const ment *ents, int ne, const fct *facts, int nf) {
    tl_arena *a = tl_arena_new(0);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    d->arena = a;
    d->text = tl_arena_strndup(a, text, strlen(text));
    d->len = strlen(text);
    d->path = "test.txt";
    tl_sha256_hex(text, d->len, d->id);
    d->sentences = tl_arena_calloc(a, 16, sizeof *d->sentences);
    uint32_t s = 0;
    for (uint32_t i = 0; i < d->len; i++)
        if (text[i] == '.') {
            d->sentences[d->n_sentences++] = (tl_sentence){.start = s, .end = i + 1};
            s = i + 2;
        }
    d->entities = tl_arena_calloc(a, (size_t)ne + 1, sizeof *d->entities);
    d->mentions = tl_arena_calloc(a, (size_t)ne * 2 + 1, sizeof *d->mentions);
    for (int i = 0; i < ne; i++) {
        tl_entity *e = &d->entities[d->n_entities++];
        e->type = (uint8_t)ents[i].type;
        e->name = (tl_str){ents[i].name, strlen(ents[i].name)};
        e->mentions = tl_arena_calloc(a, 2, sizeof *e->mentions);
        if (ents[i].alias) {
            e->aliases = tl_arena_calloc(a, 1, sizeof *e->aliases);
            e->aliases[0] = (tl_str){ents[i].alias, strlen(ents[i].alias)};
            e->n_aliases = 1;
        }
        const char *at = strstr(text, ents[i].name);
        if (at) {
            uint32_t st = (uint32_t)(at - text);
            d->mentions[d->n_mentions] = (tl_mention){.start = st, .end = st + (uint32_t)strlen(ents[i].name), .entity = i, .type = e->type};
            e->mentions[e->n_mentions++] = d->n_mentions++;
        }
    }
    d->facts = tl_arena_calloc(a, (size_t)nf + 1, sizeof *d->facts);
    for (int i = 0; i < nf; i++) {
        tl_fact *f = &d->facts[d->n_facts++];
        f->type = (uint8_t)facts[i].type;
        f->args[0] = facts[i].a0;
        f->args[1] = facts[i].a1;
        f->args[2] = f->from = f->place = f->source = -1;
        const char *at = strstr(text, facts[i].sentence);
        assert_non_null(at);
        f->evidence = (tl_span){(uint32_t)(at - text), (uint32_t)(at - text + strlen(facts[i].sentence))};
        if (facts[i].time) snprintf(f->time_value, sizeof f->time_value, "%s", facts[i].time);
    }
    return d;
}

static void freedoc(tl_doc *d) { tl_arena_free(d->arena); }


static int setup_store(void **state) {
    fixture *f = fixture_open("store");
    if (!f) return -1;
    *state = f;
    return 0;
}

static int teardown_store(void **state) {
    fixture_close(*state);
    return 0;
}

static void ingest(tl_store *st, tl_doc *d, tl_store_ingest_result *r) {
    tl_error err = {0};
    int rc = tl_store_ingest(st, d, NULL, r, &err);
    if (rc != TL_OK) fail_msg("ingest: %s", err.msg);
    freedoc(d);
}

/* Number of stored entities a name finds. */
static int count(tl_store *st, const char *name) {
    int n = -1;
    assert_int_equal(tl_store_entity_find(st, name, NULL, NULL, &n, NULL), TL_OK);
    return n;
}

static int64_t id_cb_val;
static int id_cb(void *ctx, const tl_store_entity *e) { (void)ctx; id_cb_val = e->id; return 1; }
static int64_t id_of(tl_store *st, const char *name) {
    id_cb_val = 0;
    assert_int_equal(tl_store_entity_find(st, name, id_cb, NULL, NULL, NULL), TL_OK);
    return id_cb_val;
}

/* Ingests two one-entity documents and says whether they became one entity. */
static int merged(tl_store *st, int t1, const char *n1, const char *al1, int t2, const char *n2, const char *al2) {
    char t[2][256];
    snprintf(t[0], sizeof t[0], "Report one says %s was there.", n1);
    snprintf(t[1], sizeof t[1], "Report two says %s was there.", n2);
    ment e1 = {t1, n1, al1}, e2 = {t2, n2, al2};
    tl_store_ingest_result r = {0};
    ingest(st, mkdoc(t[0], &e1, 1, NULL, 0), &r);
    ingest(st, mkdoc(t[1], &e2, 1, NULL, 0), &r);
    return r.n_entities_joined == 1;
}

static void test_must_merge(void **state) {
    fixture *f = *state;
    assert_true(merged(f->st, TL_ORG, "Qods Force", NULL, TL_ORG, "Quds Force", NULL));
    assert_true(merged(f->st, TL_PERSON, "Mohammad Reza Ghaffari", NULL, TL_PERSON, "Muhammad Reza Ghaffari", NULL));
    assert_true(merged(f->st, TL_ORG, "Islamic Revolutionary Guard Corps", NULL, TL_ORG, "IRGC", NULL));
    /* a lone surname with nothing else in common stays apart (with shared
     * context it joins: tests/cli/graph_resolution.sh) */
    assert_false(merged(f->st, TL_PERSON, "Tawhid Ibrahim Begli", "Begli", TL_PERSON, "Begli", NULL));
    assert_true(merged(f->st, TL_ORG, "the Hussainiyoun Movement", NULL, TL_ORG, "Husseiniyoun Movement", NULL));
    assert_true(merged(f->st, TL_PERSON, "Khalid Mehdiyev", NULL, TL_PERSON, "KHALID MEHD\xc3\x8dYEV", NULL));
    assert_true(merged(f->st, TL_GPE, "Nakhchivan", NULL, TL_LOC, "Nakhchivan", NULL));
    /* a place with and without its kind; a corps and its guards */
    assert_true(merged(f->st, TL_LOC, "Tarvel Strip", NULL, TL_GPE, "Tarvel", NULL));
    assert_true(merged(f->st, TL_ORG, "Velmar Revolutionary Guard Corps", NULL, TL_ORG, "Velmar Revolutionary Guards", NULL));
    /* the variants all find the one entity */
    assert_int_equal(count(f->st, "quds force"), 1);
    assert_int_equal(count(f->st, "QODS FORCE"), 1);
    assert_int_equal(count(f->st, "IRGC"), 1);
    assert_int_equal(id_of(f->st, "IRGC"), id_of(f->st, "Islamic Revolutionary Guard Corps"));
}

static void test_must_not_merge(void **state) {
    fixture *f = *state;
    assert_false(merged(f->st, TL_PERSON, "Ilham Aliyev", NULL, TL_PERSON, "Ilham Aliyov", NULL));
    assert_false(merged(f->st, TL_PERSON, "Jordan", NULL, TL_GPE, "Jordan", NULL));
    assert_false(merged(f->st, TL_PERSON, "Ali Hassan", NULL, TL_PERSON, "Ali Hussein", NULL));
    assert_false(merged(f->st, TL_PERSON, "Ramil Mehdiyev", "Mehdiyev", TL_PERSON, "Khalid Mehdiyev", "Mehdiyev"));
    assert_false(merged(f->st, TL_ORG, "Quds Force", NULL, TL_FAC, "Quds Force", NULL));
    /* an organization's last two words join it only with shared context */
    assert_false(merged(f->st, TL_ORG, "Velmar State Security Service", NULL, TL_ORG, "Security Service", NULL));
    /* a city named after its country is not the country */
    assert_false(merged(f->st, TL_GPE, "Norvask City", NULL, TL_GPE, "Norvask", NULL));
    /* two stored Mehdiyevs: a bare "Mehdiyev" with no shared context is neither */
    tl_store_ingest_result r = {0};
    ment m = {TL_PERSON, "Mehdiyev", NULL};
    ingest(f->st, mkdoc("Mehdiyev spoke.", &m, 1, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 1);
    assert_int_equal(count(f->st, "Ramil Mehdiyev"), 1);
}

static void test_context_decides(void **state) {
    fixture *f = *state;
    tl_store_ingest_result r = {0};
    ment d1[] = {{TL_PERSON, "Ramil Mehdiyev", NULL}, {TL_GPE, "Baku", NULL}};
    ment d2[] = {{TL_PERSON, "Khalid Mehdiyev", NULL}, {TL_GPE, "Tbilisi", NULL}};
    ment d3[] = {{TL_PERSON, "Mehdiyev", NULL}, {TL_GPE, "Baku", NULL}};
    ingest(f->st, mkdoc("Ramil Mehdiyev lives in Baku.", d1, 2, NULL, 0), &r);
    ingest(f->st, mkdoc("Khalid Mehdiyev lives in Tbilisi.", d2, 2, NULL, 0), &r);
    memset(&r, 0, sizeof r);
    ingest(f->st, mkdoc("Mehdiyev was seen in Baku.", d3, 2, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 0); /* joined Ramil, through Baku */
    assert_int_equal(count(f->st, "Mehdiyev"), 2);
}

static int64_t hop_facts[8];
static int n_hops;
static int path_cb(void *ctx, const tl_store_hop *h, int n) {
    (void)ctx;
    n_hops = n;
    for (int i = 0; i < n && i < 8; i++) hop_facts[i] = h[i].fact;
    return 1;
}
static int n_ev;
static int ev_cb(void *ctx, const tl_store_evidence *ev) {
    (void)ctx;
    assert_true(ev->len > 0);
    n_ev++;
    return 0;
}

static void test_path_and_idempotence(void **state) {
    fixture *f = *state;
    tl_store_ingest_result r = {0};
    ment e1[] = {{TL_PERSON, "Carlisle Rivera", NULL}, {TL_PERSON, "Rafat Amirov", NULL}};
    fct f1[] = {{TL_RECRUITED, 1, 0, "Carlisle Rivera was hired by Rafat Amirov.", "2022"}};
    ment e2[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_ORG, "Quds Force", NULL}};
    fct f2[] = {{TL_MEMBER_OF, 0, 1, "Rafat Amirov is a member of the Quds Force.", NULL}};
    const char *t1 = "Carlisle Rivera was hired by Rafat Amirov.";
    const char *t2 = "Rafat Amirov is a member of the Quds Force. Officials said so.";
    ingest(f->st, mkdoc(t1, e1, 2, f1, 1), &r);
    ingest(f->st, mkdoc(t2, e2, 2, f2, 1), &r);
    /* the same bytes again: skipped */
    ingest(f->st, mkdoc(t2, e2, 2, f2, 1), &r);
    assert_int_equal(r.skipped, 1);
    tl_store_stats s;
    assert_int_equal(tl_store_get_stats(f->st, &s, NULL), TL_OK);
    assert_int_equal(s.documents, 2);
    assert_int_equal(s.entities, 3);
    assert_int_equal(s.facts, 2);
    int found = 0;
    assert_int_equal(tl_store_path(f->st, id_of(f->st, "Carlisle Rivera"), id_of(f->st, "Qods Force"), 4, 3, path_cb,
                                   NULL, &found, NULL), TL_OK);
    assert_int_equal(found, 1);
    assert_int_equal(n_hops, 2);
    for (int i = 0; i < n_hops; i++) {
        n_ev = 0;
        assert_int_equal(tl_store_fact_evidence(f->st, hop_facts[i], ev_cb, NULL, NULL), TL_OK);
        assert_int_equal(n_ev, 1);
    }
    /* a second document stating the same fact adds evidence, not a fact */
    ment e3[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_ORG, "IRGC Quds Force", "Quds Force"}};
    fct f3[] = {{TL_MEMBER_OF, 0, 1, "Amirov works for the IRGC Quds Force.", NULL}};
    ingest(f->st, mkdoc("Amirov works for the IRGC Quds Force.", e3, 2, f3, 1), &r);
    assert_int_equal(r.n_facts_joined, 1);
    n_ev = 0;
    assert_int_equal(tl_store_fact_evidence(f->st, hop_facts[1], ev_cb, NULL, NULL), TL_OK);
    assert_int_equal(n_ev, 2);
}

static int n_hits;
static int hit_cb(void *ctx, const tl_store_hit *h) { (void)ctx; (void)h; n_hits++; return 0; }
static int64_t docs_stored(tl_store *st) {
    tl_store_stats s;
    assert_int_equal(tl_store_get_stats(st, &s, NULL), TL_OK);
    return s.documents;
}

/* A group is one transaction: rolled back, none of its documents stays;
 * committed, all do, with their sentences searchable (the full-text rows
 * of a group are written at its end). */
static void test_group(void **state) {
    fixture *f = *state;
    tl_store_ingest_result r = {0};
    ment e1[] = {{TL_PERSON, "Carlisle Rivera", NULL}, {TL_PERSON, "Rafat Amirov", NULL}};
    fct f1[] = {{TL_RECRUITED, 1, 0, "Carlisle Rivera was hired by Rafat Amirov.", NULL}};
    ment e2[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_ORG, "Quds Force", NULL}};
    const char *t1 = "Carlisle Rivera was hired by Rafat Amirov.";
    const char *t2 = "Rafat Amirov is a member of the Quds Force. Officials said so.";
    assert_int_equal(tl_store_group_begin(f->st, NULL), TL_OK);
    assert_int_equal(tl_store_group_begin(f->st, NULL), TL_EINVAL);
    ingest(f->st, mkdoc(t1, e1, 2, f1, 1), &r);
    ingest(f->st, mkdoc(t2, e2, 2, NULL, 0), &r);
    assert_int_equal(tl_store_group_end(f->st, 0, NULL), TL_OK);
    assert_int_equal(docs_stored(f->st), 0);
    assert_int_equal(count(f->st, "Rafat Amirov"), 0);

    assert_int_equal(tl_store_group_begin(f->st, NULL), TL_OK);
    ingest(f->st, mkdoc(t1, e1, 2, f1, 1), &r);
    ingest(f->st, mkdoc(t2, e2, 2, NULL, 0), &r);
    ingest(f->st, mkdoc(t2, e2, 2, NULL, 0), &r); /* the same bytes in the same group */
    assert_int_equal(r.skipped, 1);
    assert_int_equal(tl_store_group_end(f->st, 1, NULL), TL_OK);
    assert_int_equal(tl_store_group_end(f->st, 1, NULL), TL_EINVAL);
    assert_int_equal(docs_stored(f->st), 2);
    assert_int_equal(count(f->st, "Rafat Amirov"), 1);
    n_hits = 0;
    assert_int_equal(tl_store_search(f->st, "Amirov", "[", "]", 10, hit_cb, NULL, NULL), TL_OK);
    assert_int_equal(n_hits, 2);
    n_hits = 0;
    assert_int_equal(tl_store_search(f->st, "officials", "[", "]", 10, hit_cb, NULL, NULL), TL_OK);
    assert_int_equal(n_hits, 1);
    /* outside a group, one transaction a document as before */
    ingest(f->st, mkdoc("Officials met Rafat Amirov.", e2, 1, NULL, 0), &r);
    n_hits = 0;
    assert_int_equal(tl_store_search(f->st, "officials", "[", "]", 10, hit_cb, NULL, NULL), TL_OK);
    assert_int_equal(n_hits, 2);
}

/* A document failing inside a group rolls back alone, with the layer-1
 * rows the group held back for it (they are written at the group's end);
 * the documents around it keep theirs, with the ids they would have had. */
static void test_group_doc_fails(void **state) {
    fixture *f = *state;
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TRIGGER boom BEFORE INSERT ON facts WHEN NEW.time_value='1666'"
                                      " BEGIN SELECT RAISE(ABORT, 'boom'); END", NULL, NULL, NULL), SQLITE_OK);
    ment e1[] = {{TL_PERSON, "Carlisle Rivera", NULL}, {TL_PERSON, "Rafat Amirov", NULL}};
    fct f1[] = {{TL_RECRUITED, 1, 0, "Carlisle Rivera was hired by Rafat Amirov.", "2021"}};
    ment e2[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_ORG, "Quds Force", NULL}};
    fct f2[] = {{TL_MEMBER_OF, 0, 1, "Rafat Amirov joined the Quds Force.", "1666"}};
    ment e3[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_PERSON, "Carlisle Rivera", NULL}};
    fct f3[] = {{TL_MET, 0, 1, "Rafat Amirov met Carlisle Rivera.", NULL}};
    tl_store_ingest_result r = {0};
    tl_error err = {0};
    assert_int_equal(tl_store_group_begin(f->st, NULL), TL_OK);
    ingest(f->st, mkdoc("Carlisle Rivera was hired by Rafat Amirov.", e1, 2, f1, 1), &r);
    tl_doc *d2 = mkdoc("Rafat Amirov joined the Quds Force.", e2, 2, f2, 1);
    assert_int_not_equal(tl_store_ingest(f->st, d2, NULL, &r, &err), TL_OK);
    freedoc(d2);
    ingest(f->st, mkdoc("Rafat Amirov met Carlisle Rivera.", e3, 2, f3, 1), &r);
    assert_int_equal(r.n_entities_joined, 2);
    assert_int_equal(tl_store_group_end(f->st, 1, NULL), TL_OK);
    assert_int_equal(docs_stored(f->st), 2);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*), max(id), count(entity), (SELECT count(fact) FROM"
                                            " fact_evidence), (SELECT count(*) FROM entities) FROM doc_entities",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 4); /* two documents of two entities */
    assert_int_equal(sqlite3_column_int(st, 1), 4); /* ids 1-4: the failed document's went back */
    assert_int_equal(sqlite3_column_int(st, 2), 4);
    assert_int_equal(sqlite3_column_int(st, 3), 2);
    assert_int_equal(sqlite3_column_int(st, 4), 2); /* the Quds Force left with its document */
    sqlite3_finalize(st);
    sqlite3_close(db);
    assert_int_equal(count(f->st, "Rafat Amirov"), 1);
    assert_int_equal(count(f->st, "Quds Force"), 0);
}

/* Which facts an ingest makes does not depend on where its groups end:
 * evidence held back until a group's end still gives its fact the time
 * it will have ("met in 2009" then "met in 2010" are two meetings whether
 * the two documents share a group or not). */
static int facts_after(const char *tag, int split) {
    fixture *f = fixture_open(tag);
    assert_non_null(f);
    ment e[] = {{TL_PERSON, "Rafat Amirov", NULL}, {TL_PERSON, "Carlisle Rivera", NULL}};
    fct f1[] = {{TL_MET, 0, 1, "Rafat Amirov met Carlisle Rivera.", NULL}};
    fct f2[] = {{TL_MET, 0, 1, "Rafat Amirov met Carlisle Rivera in March.", "2009-03-13"}};
    fct f3[] = {{TL_MET, 0, 1, "Rafat Amirov met Carlisle Rivera again.", "2010"}};
    tl_store_ingest_result r = {0};
    assert_int_equal(tl_store_group_begin(f->st, NULL), TL_OK);
    ingest(f->st, mkdoc("Rafat Amirov met Carlisle Rivera.", e, 2, f1, 1), &r);
    ingest(f->st, mkdoc("Rafat Amirov met Carlisle Rivera in March.", e, 2, f2, 1), &r);
    if (split) {
        assert_int_equal(tl_store_group_end(f->st, 1, NULL), TL_OK);
        assert_int_equal(tl_store_group_begin(f->st, NULL), TL_OK);
    }
    ingest(f->st, mkdoc("Rafat Amirov met Carlisle Rivera again.", e, 2, f3, 1), &r);
    assert_int_equal(tl_store_group_end(f->st, 1, NULL), TL_OK);
    sqlite3 *db;
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*), group_concat(time_value, ' ') FROM"
                                            " (SELECT time_value FROM facts ORDER BY time_value)",
                                        -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    int n = sqlite3_column_int(st, 0);
    assert_string_equal((const char *)sqlite3_column_text(st, 1), "2009-03-13 2010");
    sqlite3_finalize(st);
    sqlite3_close(db);
    fixture_close(f);
    return n;
}

static void test_group_ends_do_not_matter(void **state) {
    (void)state;
    assert_int_equal(facts_after("grp1", 0), 2);
    assert_int_equal(facts_after("grp2", 1), 2);
}

static int keep_extraction(void *ctx, const char *t, size_t n, const char *p, tl_doc **out) {
    (void)ctx; (void)t; (void)n; (void)p; (void)out;
    return TL_EINVAL;
}

static void test_corrections_survive(void **state) {
    fixture *f = *state;
    tl_store_ingest_result r = {0};
    ment a[] = {{TL_PERSON, "Lotu Guli", NULL}};
    ment b[] = {{TL_PERSON, "Tofig Guliyev", NULL}};
    ingest(f->st, mkdoc("Lotu Guli ran the gang.", a, 1, NULL, 0), &r);
    ingest(f->st, mkdoc("Tofig Guliyev ran the gang.", b, 1, NULL, 0), &r);
    assert_int_not_equal(id_of(f->st, "Lotu Guli"), id_of(f->st, "Tofig Guliyev"));
    tl_error err = {0};
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Tofig Guliyev", "Lotu Guli", 0, NULL, &err), TL_OK);
    assert_int_equal(id_of(f->st, "Lotu Guli"), id_of(f->st, "Tofig Guliyev"));
    assert_int_equal(tl_store_correct(f->st, TL_CORR_RENAME, "Guli", "Tofiq Guliyev", 0, NULL, &err), TL_OK);
    assert_int_equal(tl_store_correct(f->st, TL_CORR_ALIAS_ADD, "Tofiq Guliyev", "Lotu", 0, NULL, &err), TL_OK);
    /* unknown and ambiguous names are refused, nothing recorded */
    assert_int_equal(tl_store_correct(f->st, TL_CORR_MERGE, "Nobody", "Lotu Guli", 0, NULL, &err), TL_ENOTFOUND);
    /* reindex rebuilds the graph from scratch; the decisions come back */
    assert_int_equal(tl_store_reindex(f->st, keep_extraction, NULL, NULL, NULL, NULL, &err), TL_OK);
    assert_int_equal(count(f->st, "Lotu Guli"), 1);
    assert_int_equal(id_of(f->st, "Lotu Guli"), id_of(f->st, "Tofig Guliyev"));
    assert_int_equal(id_of(f->st, "Lotu"), id_of(f->st, "Tofig Guliyev"));
    /* a later document about Lotu Guli joins the merged entity */
    ingest(f->st, mkdoc("Lotu Guli was arrested.", a, 1, NULL, 0), &r);
    tl_store_stats s;
    assert_int_equal(tl_store_get_stats(f->st, &s, NULL), TL_OK);
    assert_int_equal(s.entities, 1);
    assert_int_equal(s.corrections, 3);
}

/* A first ingest answers name lookups from its own cache (the store had no
 * names): what it stored itself is still found, and so is what another
 * connection stored meanwhile. */
static void test_first_ingest_cache(void **state) {
    fixture *f = *state;
    tl_store_ingest_result r = {0};
    ment a = {TL_PERSON, "Mara Quell", NULL}, b = {TL_PERSON, "Tobin Vance", NULL};
    ment ab[] = {{TL_PERSON, "Mara Quell", NULL}, {TL_PERSON, "Tobin Vance", NULL}};
    ment iq = {TL_ORG, "Islamic Velmar Guard Corps", NULL}, acr = {TL_ORG, "IVGC", NULL};
    ingest(f->st, mkdoc("Mara Quell spoke in Oslo.", &a, 1, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 1);
    memset(&r, 0, sizeof r);
    ingest(f->st, mkdoc("Later Mara Quell left.", &a, 1, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 0); /* found in the session's own names */
    /* a key of another kind written by this session: the acronym */
    ingest(f->st, mkdoc("The Islamic Velmar Guard Corps grew.", &iq, 1, NULL, 0), &r);
    memset(&r, 0, sizeof r);
    ingest(f->st, mkdoc("The IVGC grew.", &acr, 1, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 0);
    /* another connection stores a name this one never looked up */
    tl_store *other = NULL;
    assert_int_equal(tl_store_open(f->path, &other, NULL), TL_OK);
    ingest(other, mkdoc("Tobin Vance was in Bergen.", &b, 1, NULL, 0), &r);
    tl_store_close(other);
    memset(&r, 0, sizeof r);
    ingest(f->st, mkdoc("Mara Quell met Tobin Vance.", ab, 2, NULL, 0), &r);
    assert_int_equal(r.n_entities_new, 0);
    assert_int_equal(count(f->st, "Tobin Vance"), 1);
    assert_int_equal(count(f->st, "Mara Quell"), 1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_first_ingest_cache, setup_store, teardown_store),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_phonetic),
        cmocka_unit_test(test_choose),
        cmocka_unit_test_setup_teardown(test_must_merge, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_must_not_merge, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_context_decides, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_path_and_idempotence, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_corrections_survive, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_group, setup_store, teardown_store),
        cmocka_unit_test_setup_teardown(test_group_doc_fails, setup_store, teardown_store),
        cmocka_unit_test(test_group_ends_do_not_matter),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
