/* test_ingest_walk.c -- unit tests of the ingest folder walk (tl_ingest_walk) on odd trees: link loops, FIFOs, deep and wide folders, odd names. */
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

typedef struct seen {
    int errors;
    char last[512];
} seen;

static void on_error(void *ctx, const char *where, const char *msg) {
    seen *s = ctx;
    s->errors++;
    snprintf(s->last, sizeof s->last, "%s: %s", where, msg);
}

#include "file_fixture.h"

static void test_link_loops(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-walk-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char sub[600], p[700];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    put(dir, "a.txt", "Kell met Varn.");
    put(sub, "b.txt", "Varn met Kell.");
    /* sub/up -> .. and sub/self -> . : loops; sub/alias.txt -> ../a.txt: a file */
    snprintf(p, sizeof p, "%s/up", sub);
    assert_int_equal(symlink("..", p), 0);
    snprintf(p, sizeof p, "%s/self", sub);
    assert_int_equal(symlink(".", p), 0);
    snprintf(p, sizeof p, "%s/alias.txt", sub);
    assert_int_equal(symlink("../a.txt", p), 0);
    /* a dangling link */
    snprintf(p, sizeof p, "%s/gone.txt", sub);
    assert_int_equal(symlink("nowhere.txt", p), 0);
    tl_ingest_list l = {0};
    tl_ingest_stats st = {0};
    seen s = {0, ""};
    tl_ingest_cb cb = {on_error, NULL, NULL, &s};
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    /* a.txt, sub/alias.txt, sub/b.txt: each loop reported once, not followed */
    assert_int_equal(l.n, 3);
    assert_int_equal(st.files_total, 3);
    assert_int_equal(s.errors, 3); /* up, self, gone.txt */
    assert_int_equal(st.errors, 3);
    tl_ingest_list_free(&l);
    rm_rf(dir);
}

static void test_fifo_and_devices(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-walk-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[700];
    snprintf(p, sizeof p, "%s/pipe.txt", dir);
    assert_int_equal(mkfifo(p, 0600), 0);
    snprintf(p, sizeof p, "%s/zero.txt", dir);
    assert_int_equal(symlink("/dev/zero", p), 0);
    put(dir, "real.md", "# Title\n\nText.");
    tl_ingest_list l = {0};
    tl_ingest_stats st = {0};
    seen s = {0, ""};
    tl_ingest_cb cb = {on_error, NULL, NULL, &s};
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    /* Only the plain file: the FIFO would block a reader, /dev/zero never end. */
    assert_int_equal(l.n, 1);
    assert_non_null(strstr(l.v[0], "real.md"));
    assert_int_equal(s.errors, 2);
    assert_non_null(strstr(s.last, "not a regular file"));
    /* Named on its own, a FIFO is taken: the caller asked for it. */
    snprintf(p, sizeof p, "%s/pipe.txt", dir);
    assert_int_equal(tl_ingest_walk(p, &l, &st, &cb), TL_OK);
    assert_int_equal(l.n, 2);
    tl_ingest_list_free(&l);
    rm_rf(dir);
}

static void test_deep_wide_odd(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-walk-XXXXXX";
    assert_non_null(mkdtemp(dir));
    /* 60 folders deep, a file at the bottom. */
    char path[4096];
    snprintf(path, sizeof path, "%s", dir);
    for (int i = 0; i < 60; i++) {
        size_t n = strlen(path);
        snprintf(path + n, sizeof path - n, "/d%02d", i);
        assert_int_equal(mkdir(path, 0700), 0);
    }
    put(path, "deep.txt", "Deep text.");
    /* 300 files in one folder, created out of order; names with spaces,
     * quotes, newlines and bytes that are not UTF-8; upper-case extensions
     * and names that only end like a format. */
    char wide[600];
    snprintf(wide, sizeof wide, "%s/wide", dir);
    assert_int_equal(mkdir(wide, 0700), 0);
    for (int i = 299; i >= 0; i--) {
        char name[32];
        snprintf(name, sizeof name, "f%03d.txt", i);
        put(wide, name, "x");
    }
    put(wide, "with space 'q' \"dq\".txt", "x");
    put(wide, "new\nline.txt", "x");
    put(wide, "bad\xff\xfe.txt", "x");
    put(wide, "UPPER.TXT", "x");     /* extensions in any case */
    put(wide, "archive.txt.gz", "x");
    put(wide, ".hidden.txt", "x");
    put(wide, "notes.json", "{}");
    tl_ingest_list l = {0};
    tl_ingest_stats st = {0};
    seen s = {0, ""};
    tl_ingest_cb cb = {on_error, NULL, NULL, &s};
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    assert_int_equal(s.errors, 0);
    /* 1 deep + 300 + 3 odd names + UPPER.TXT + notes.json */
    assert_int_equal(l.n, 1 + 300 + 3 + 1 + 1);
    /* Sorted within each folder: f000 before f001 ... */
    size_t f0 = l.n, f1 = l.n;
    for (size_t i = 0; i < l.n; i++) {
        if (strstr(l.v[i], "/f000.txt")) f0 = i;
        if (strstr(l.v[i], "/f001.txt")) f1 = i;
        assert_null(strstr(l.v[i], ".gz"));
        assert_null(strstr(l.v[i], ".hidden"));
    }
    assert_true(f0 < f1 && f1 < l.n);
    /* Walking again appends the same list in the same order. */
    size_t n1 = l.n;
    assert_int_equal(tl_ingest_walk(dir, &l, &st, &cb), TL_OK);
    assert_int_equal(l.n, 2 * n1);
    for (size_t i = 0; i < n1; i++) assert_string_equal(l.v[i], l.v[n1 + i]);
    tl_ingest_list_free(&l);
    /* A trailing slash is not doubled. */
    char slash[600];
    snprintf(slash, sizeof slash, "%s/wide/", dir);
    assert_int_equal(tl_ingest_walk(slash, &l, &st, &cb), TL_OK);
    assert_null(strstr(l.v[0], "//"));
    tl_ingest_list_free(&l);
    rm_rf(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_link_loops),
        cmocka_unit_test(test_fifo_and_devices),
        cmocka_unit_test(test_deep_wide_odd),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
