/* test_oom.c -- allocation-failure walk: every allocation of one extraction and one ingest fails in turn; each must end in a clean error or the same result. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_export.h"
#include "tl_fail.h"
#include "tl_reader.h"
#include "tl_store.h"

/* An invented report, short, with people, organizations, places, a date, an
 * amount and a reported fact, so that every stage of the pipeline runs. */
static const char *DOC =
    "Prosecutors in Vienna said on 3 March 2021 that Karl Brenner, a member of the Nordwall Group, "
    "paid 40,000 euros to Ivo Stanek. According to the ministry, Stanek met Brenner in Graz in 2019. "
    "Brenner was arrested by the Federal Police.";

static tl_extractor *ex;

static char *json_of(const tl_doc *d) {
    char *buf = NULL;
    size_t len = 0;
    if (tl_doc_to_json(d, 0, &buf, &len) != TL_OK) { free(buf); return NULL; }
    return buf;
}

static void stats_of(tl_store *st, int64_t out[4]) {
    tl_store_stats s;
    assert_int_equal(tl_store_get_stats(st, &s, NULL), TL_OK);
    out[0] = s.documents; out[1] = s.entities; out[2] = s.facts; out[3] = s.mentions;
}

/* Walks n over every allocation of one tl_extract (sticky = every later one
 * fails too); returns the number of allocations walked. */
static long walk_extract(int sticky) {
    tl_error err = {0};
    tl_doc *ref = NULL;
    tl_fail_arm(-1, 0);
    assert_int_equal(tl_extract(ex, DOC, strlen(DOC), "r.txt", &ref, &err), TL_OK);
    long total = tl_fail_calls();
    char *want = json_of(ref);
    assert_non_null(want);
    tl_doc_free(ref);
    long failed_runs = 0;
    for (long n = 0; n < total; n++) {
        tl_doc *d = NULL;
        memset(&err, 0, sizeof err);
        tl_fail_arm(n, sticky);
        int rc = tl_extract(ex, DOC, strlen(DOC), "r.txt", &d, &err);
        long hit = tl_fail_failed();
        tl_fail_arm(-1, 0);
        assert_true(hit > 0);
        if (rc == TL_OK) {
            /* a failure the library worked around: the result is the same */
            char *got = json_of(d);
            if (!got || strcmp(got, want) != 0) fail_msg("allocation %ld (sticky %d): a different result", n, sticky);
            free(got);
            tl_doc_free(d);
        } else {
            if (rc != TL_ENOMEM || err.code != TL_ENOMEM) fail_msg("allocation %ld: status %d (err %d)", n, rc, err.code);
            assert_null(d);
            failed_runs++;
        }
    }
    free(want);
    printf("extract (sticky %d): %ld allocations walked, %ld ended in TL_ENOMEM\n", sticky, total, failed_runs);
    return total;
}

/* Walks n over every allocation of one tl_store_ingest into a new store.
 * A failed ingest stores nothing, and the same store then takes the
 * document as if nothing had happened. */
static long walk_ingest(int sticky) {
    tl_error err = {0};
    tl_doc *doc = NULL;
    assert_int_equal(tl_extract(ex, DOC, strlen(DOC), "r.txt", &doc, &err), TL_OK);
    tl_store *st = NULL;
    assert_int_equal(tl_store_open(":memory:", &st, &err), TL_OK);
    tl_fail_arm(-1, 0);
    assert_int_equal(tl_store_ingest(st, doc, NULL, NULL, &err), TL_OK);
    long total = tl_fail_calls();
    int64_t want[4], got[4];
    stats_of(st, want);
    tl_store_close(st);
    long failed_runs = 0;
    for (long n = 0; n < total; n++) {
        st = NULL;
        assert_int_equal(tl_store_open(":memory:", &st, &err), TL_OK);
        memset(&err, 0, sizeof err);
        tl_fail_arm(n, sticky);
        int rc = tl_store_ingest(st, doc, NULL, NULL, &err);
        tl_fail_arm(-1, 0);
        if (rc != TL_OK) {
            if (rc != TL_ENOMEM && rc != TL_EDB) fail_msg("allocation %ld: status %d", n, rc);
            int found = 1;
            assert_int_equal(tl_store_has_doc(st, doc->id, &found, &err), TL_OK);
            if (found) fail_msg("allocation %ld: a failed ingest left the document stored", n);
            failed_runs++;
            assert_int_equal(tl_store_ingest(st, doc, NULL, NULL, &err), TL_OK);
        }
        stats_of(st, got);
        if (memcmp(got, want, sizeof want) != 0)
            fail_msg("allocation %ld (sticky %d): %lld documents, %lld entities, %lld facts, %lld mentions", n,
                     sticky, (long long)got[0], (long long)got[1], (long long)got[2], (long long)got[3]);
        tl_store_close(st);
    }
    tl_doc_free(doc);
    printf("ingest (sticky %d): %ld allocations walked, %ld ended in an error\n", sticky, total, failed_runs);
    return total;
}

/* One operation under test: run() returns a tl_status and leaves what it
 * made in the context; same() says whether that equals the reference run;
 * undo() releases it.  */
typedef struct op {
    const char *name;
    int (*run)(struct op *o);
    int (*same)(struct op *o); /* NULL: any success will do */
    void (*undo)(struct op *o);
    char *want;                /* the reference result, as text */
    char *got;
    tl_doc *doc;
    tl_workspace *ws;
    tl_store *st;
} op;

/* Walks n over every allocation of o->run; each run
 * either fails with TL_ENOMEM (or TL_EDB / TL_EFORMAT, as the library
 * reports the failure of a library it calls) or gives the reference
 * result.  Returns the number of allocations walked. */
static long walk(op *o, int sticky) {
    tl_fail_arm(-1, 0);
    assert_int_equal(o->run(o), TL_OK);
    long total = tl_fail_calls();
    o->want = o->got;
    o->got = NULL;
    if (o->undo) o->undo(o);
    long errors = 0;
    for (long n = 0; n < total; n++) {
        tl_fail_arm(n, sticky);
        int rc = o->run(o);
        tl_fail_arm(-1, 0);
        if (rc == TL_OK) {
            if (o->same && !o->same(o))
                fail_msg("%s: allocation %ld (sticky %d): a different result: %.200s", o->name, n, sticky,
                         o->got ? o->got : "(none)");
        } else {
            if (rc != TL_ENOMEM && rc != TL_EDB && rc != TL_EFORMAT)
                fail_msg("%s: allocation %ld: status %d", o->name, n, rc);
            errors++;
        }
        free(o->got);
        o->got = NULL;
        if (o->undo) o->undo(o);
    }
    free(o->want);
    o->want = NULL;
    printf("%s (sticky %d): %ld allocations walked, %ld ended in an error\n", o->name, sticky, total, errors);
    return total;
}

static int same_text(op *o) { return o->got && o->want && strcmp(o->got, o->want) == 0; }

static int run_extract_ws(op *o) {
    /* a fresh workspace each time: its memos fill during the run */
    tl_workspace *ws = tl_workspace_new(ex, 64 * 1024); /* small: memos fill and start over */
    if (!ws) return TL_ENOMEM;
    tl_error err = {0};
    int rc = tl_extract_ws(ex, ws, DOC, strlen(DOC), "r.txt", &o->doc, &err);
    tl_workspace_free(ws);
    if (rc == TL_OK) {
        o->got = json_of(o->doc);
        if (!o->got) rc = TL_ENOMEM; /* its JSON failed: the run failed */
    }
    return rc;
}

static void undo_doc(op *o) {
    tl_doc_free(o->doc);
    o->doc = NULL;
}

static tl_doc *ref_doc;

static int run_to_json(op *o) {
    char *buf = NULL;
    size_t len = 0;
    int rc = tl_doc_to_json(ref_doc, TL_JSON_WITH_TEXT, &buf, &len);
    if (rc == TL_OK) o->got = buf;
    else free(buf);
    return rc;
}

static const char *PAGE =
    "<html><head><title>Caf&eacute; report</title><meta name=\"date\" content=\"2021-04-05\">"
    "<script>var a = 1;</script></head><body><nav>menu</nav><p>Karl Brenner met &ldquo;Ivo&rdquo; Stanek "
    "in Graz.</p><table><tr><td>cell</td></tr></table></body></html>";

static int run_html(op *o) {
    tl_reader_doc d = {0};
    int rc = tl_reader_html(PAGE, strlen(PAGE), &d);
    if (rc == TL_OK) {
        size_t n = d.len + (d.title ? strlen(d.title) : 0) + (d.published ? strlen(d.published) : 0) + 8;
        o->got = malloc(n);
        if (o->got) snprintf(o->got, n, "%s|%s|%s", d.text, d.title ? d.title : "", d.published ? d.published : "");
        tl_reader_clear(&d);
        if (!o->got) rc = TL_ENOMEM;
    }
    return rc;
}

static int run_jsonl(op *o) {
    static const char *line = "{\"text\": \"Karl Brenner met Ivo Stanek.\", \"title\": \"T\", "
                              "\"published\": \"2020-01-02\", \"url\": \"u\", \"source\": \"s\"}";
    tl_reader_doc d = {0};
    tl_error err = {0};
    int rc = tl_reader_jsonl(line, strlen(line), &d, &err);
    if (rc == TL_OK) {
        o->got = malloc(d.len + 64);
        if (o->got) snprintf(o->got, d.len + 64, "%s|%s|%s", d.text, d.title, d.published);
        tl_reader_clear(&d);
        if (!o->got) rc = TL_ENOMEM;
    }
    return rc;
}

static int run_export(op *o) {
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) return TL_ENOMEM;
    int rc = TL_OK;
    for (int fmt = 0; fmt < TL_EXPORT_FORMAT_COUNT && rc == TL_OK; fmt++) {
        if (fmt == TL_EXPORT_CSV) continue;
        tl_export_opts eo = {.format = fmt, .timestamp = "2024-01-01"};
        tl_error err = {0};
        rc = tl_export_write(o->st, &eo, mem, &err);
    }
    fclose(mem);
    if (rc == TL_OK) o->got = buf;
    else free(buf);
    return rc;
}

static void test_more_walks(void **state) {
    (void)state;
    tl_error err = {0};
    assert_int_equal(tl_extract(ex, DOC, strlen(DOC), "r.txt", &ref_doc, &err), TL_OK);
    op ops[] = {
        {.name = "extract with a workspace", .run = run_extract_ws, .same = same_text, .undo = undo_doc},
        {.name = "document JSON", .run = run_to_json, .same = same_text},
        {.name = "HTML reader", .run = run_html, .same = same_text},
        {.name = "JSON-lines reader", .run = run_jsonl, .same = same_text},
        {.name = "export (every format)", .run = run_export, .same = same_text},
    };
    tl_store *st = NULL;
    assert_int_equal(tl_store_open(":memory:", &st, &err), TL_OK);
    assert_int_equal(tl_store_ingest(st, ref_doc, NULL, NULL, &err), TL_OK);
    long total = 0;
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++) {
        ops[i].st = st;
        for (int sticky = 0; sticky < 2; sticky++) total += walk(&ops[i], sticky);
    }
    tl_store_close(st);
    tl_doc_free(ref_doc);
    printf("other operations: %ld allocation points walked (both modes)\n", total);
}

static void test_extract_walk(void **state) {
    (void)state;
    walk_extract(0);
    walk_extract(1);
}

static void test_ingest_walk(void **state) {
    (void)state;
    walk_ingest(0);
    walk_ingest(1);
}


int main(void) {
    if (!tl_fail_enabled()) {
        printf("skipped: allocation failures are injected in the sanitizer build only (-DTL_TEST_MALLOC_FAIL)\n");
        return 77;
    }
    setvbuf(stdout, NULL, _IONBF, 0);
    /* Only the library's own allocations fail.  Routed through the counter
     * (xmlMemSetup, json_set_alloc_funcs), the libraries it calls showed
     * failures no caller can recover from: libxml2 2.9.14's HTML push parser
     * spins forever after one of its allocations fails, and jansson 2.14
     * drops a character from a string whose buffer cannot grow and reports
     * success. */
    tl_error err = {0};
    ex = tl_extractor_new(NULL, &err);
    if (!ex) { fprintf(stderr, "tl_extractor_new: %s\n", err.msg); return 1; }
    /* The parser loads on the first extraction that needs it: one run
     * first, so every walked run makes the same allocations. */
    tl_doc *warm = NULL;
    if (tl_extract(ex, DOC, strlen(DOC), "r.txt", &warm, &err) != TL_OK) { fprintf(stderr, "%s\n", err.msg); return 1; }
    tl_doc_free(warm);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract_walk),
        cmocka_unit_test(test_ingest_walk),
        cmocka_unit_test(test_more_walks),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    tl_extractor_free(ex);
    return rc;
}
