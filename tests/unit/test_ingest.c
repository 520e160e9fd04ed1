/* test_ingest.c -- unit tests of ingest orchestration: the folder walk, format dispatch, worker threads, callbacks (invented files). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "tl_ingest.h"
#include "store_fixture.h"

typedef struct seen {
    int errors, stored, progress;
    char last_error[256];
} seen;

static void on_error(void *ctx, const char *where, const char *msg) {
    seen *s = ctx;
    s->errors++;
    snprintf(s->last_error, sizeof s->last_error, "%s: %s", where, msg);
}
static void on_stored(void *ctx, const char *where, const tl_store_ingest_result *res) {
    (void)where;
    (void)res;
    ((seen *)ctx)->stored++;
}
static void on_progress(void *ctx, const tl_ingest_stats *st) {
    (void)st;
    ((seen *)ctx)->progress++;
}

#include "file_fixture.h"

/* A folder of invented reports in every format the walk knows, plus files it must pass over. */
static void make_tree(char *dir, size_t cap) {
    snprintf(dir, cap, "/tmp/tl-test-ingest-XXXXXX");
    assert_non_null(mkdtemp(dir));
    char sub[256];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    put(dir, "b.txt", "Mara Quell met Tobin Vance in Oslo on 3 May 2021.\n");
    put(dir, "a.md", "# Note\n\nTobin Vance was arrested in Bergen.\n");
    put(dir, ".hidden.txt", "Never read.\n");
    put(dir, "skip.bin", "Not a known format.\n");
    put(sub, "c.html", "<html><head><title>Page</title></head><body><nav>menu</nav>"
                       "<p>Ilse Marrow visited Oslo &eacute;t&eacute;.</p></body></html>");
    put(sub, "d.jsonl", "{\"id\":\"r1\",\"text\":\"Ilse Marrow met Mara Quell in Bergen.\"}\n"
                        "not json at all\n"
                        "\n"
                        "{\"id\":\"r2\",\"text\":\"Tobin Vance left Oslo.\"}\n");
}

static void rm_tree(const char *dir) {
    const char *names[] = {"b.txt", "a.md", ".hidden.txt", "skip.bin", "sub/c.html", "sub/d.jsonl", "sub", ""};
    char p[256];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        if (remove(p) != 0 && i + 1 < sizeof names / sizeof *names) fail_msg("cannot remove %s", p);
    }
}

static void test_walk(void **state) {
    (void)state;
    char dir[64];
    make_tree(dir, sizeof dir);
    tl_ingest_list l = {0};
    tl_ingest_stats st = {0};
    seen s = {0};
    tl_ingest_cb cb = {on_error, NULL, NULL, &s};
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    /* sorted by name, hidden and unknown formats passed over, recursive */
    assert_int_equal(l.n, 4);
    assert_non_null(strstr(l.v[0], "/a.md"));
    assert_non_null(strstr(l.v[1], "/b.txt"));
    assert_non_null(strstr(l.v[2], "/sub/c.html"));
    assert_non_null(strstr(l.v[3], "/sub/d.jsonl"));
    assert_int_equal(st.files_total, 4);
    assert_true(st.bytes_total > 100);
    /* a file named on its own is taken whatever its name; a missing one is an error */
    char p[128];
    snprintf(p, sizeof p, "%s/skip.bin", dir);
    assert_int_equal(tl_ingest_walk(p, &l, &st, &cb), TL_OK);
    assert_int_equal(l.n, 5);
    snprintf(p, sizeof p, "%s/missing.txt", dir);
    assert_int_equal(tl_ingest_walk(p, &l, &st, &cb), TL_OK);
    assert_int_equal(l.n, 5);
    assert_int_equal(s.errors, 1);
    assert_int_equal(st.errors, 1);
    assert_non_null(strstr(s.last_error, "no such file"));
    tl_ingest_list_free(&l);
    assert_null(l.v);
    tl_ingest_list_free(NULL);
    rm_tree(dir);
}

/* Ingests the tree with `workers` threads into a new store; returns its stats. */
static void ingest_tree(tl_extractor *ex, int workers, tl_store_stats *out) {
    char dir[64];
    make_tree(dir, sizeof dir);
    fixture *f = fixture_open("ingest");
    assert_non_null(f);
    tl_ingest_list l = {0};
    tl_ingest_stats st = {0};
    seen s = {0};
    tl_ingest_cb cb = {on_error, on_stored, on_progress, &s};
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    tl_ingest_opts o = {.ex = ex, .workers = workers, .db_path = f->path};
    tl_error err = {0};
    assert_int_equal(tl_ingest_run(f->st, &o, l.v, l.n, &st, &cb, &err), TL_OK);
    /* a.md, b.txt, c.html and two good lines of d.jsonl; its bad line is an error */
    assert_int_equal(st.files, 4);
    assert_int_equal(st.docs_new, 5);
    assert_int_equal(st.docs_skipped, 0);
    assert_int_equal(st.errors, 1);
    assert_non_null(strstr(s.last_error, "d.jsonl:2"));
    assert_int_equal(s.stored, 5);
    assert_int_equal(s.progress, 4);
    assert_int_equal(st.bytes_done, st.bytes_total);
    assert_true(st.ents_new > 0);
    assert_int_equal(tl_store_get_stats(f->st, out, &err), TL_OK);
    assert_int_equal(out->documents, 5);
    /* again: every document is stored already */
    memset(&st, 0, sizeof st);
    s = (seen){0};
    assert_int_equal(tl_ingest_run(f->st, &o, l.v, l.n, &st, &cb, &err), TL_OK);
    assert_int_equal(st.docs_new, 0);
    assert_int_equal(st.docs_skipped, 5);
    assert_int_equal(s.stored, 0);
    tl_ingest_list_free(&l);
    fixture_close(f);
    rm_tree(dir);
}

static void test_run_same_with_threads(void **state) {
    (void)state;
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    assert_non_null(ex);
    tl_store_stats one, two;
    ingest_tree(ex, 0, &one);
    ingest_tree(ex, 2, &two);
    assert_int_equal(one.entities, two.entities);
    assert_int_equal(one.facts, two.facts);
    assert_int_equal(one.mentions, two.mentions);
    assert_int_equal(one.sentences, two.sentences);
    tl_extractor_free(ex);
}

/* --extracted: a file that is not extraction JSON fails alone. */
static void test_run_extracted_bad(void **state) {
    (void)state;
    char dir[64];
    make_tree(dir, sizeof dir);
    fixture *f = fixture_open("ingestx");
    assert_non_null(f);
    char p[128];
    snprintf(p, sizeof p, "%s/b.txt", dir);
    char *paths[] = {p};
    tl_ingest_stats st = {0};
    seen s = {0};
    tl_ingest_cb cb = {on_error, on_stored, NULL, &s};
    tl_ingest_opts o = {.extracted = 1, .workers = 1, .db_path = NULL};
    assert_int_equal(tl_ingest_run(f->st, &o, paths, 1, &st, &cb, NULL), TL_OK);
    assert_int_equal(st.files, 1);
    assert_int_equal(st.docs_new, 0);
    assert_int_equal(st.errors, 1);
    assert_int_equal(s.errors, 1);
    fixture_close(f);
    rm_tree(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk),
        cmocka_unit_test(test_run_same_with_threads),
        cmocka_unit_test(test_run_extracted_bad),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
