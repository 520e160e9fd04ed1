/* test_store_files.c -- unit tests of opening hostile store files (tl_store_open): not a database, a folder, a newer schema, truncated and damaged files; each refused or read with an error, never a crash. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sqlite3.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_store.h"
#include "store_fixture.h"
#include "doc_fixture.h"

#include "file_fixture.h"

static void remove_db(const char *path) {
    char p[600];
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    for (int i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s%s", path, suffix[i]);
        unlink(p);
    }
}

static int count_cb(void *p, const tl_store_entity *e) {
    (void)e;
    (*(int *)p)++;
    return 0;
}

/* Every read the store offers, on whatever it holds: each returns a
 * status, none crashes.  Returns how many failed. */
static int read_everything(tl_store *st) {
    tl_error err = {0};
    int n = 0, bad = 0;
    tl_store_entity_filter ef = {.type = -1};
    bad += tl_store_entities(st, &ef, count_cb, &n, &err) != TL_OK;
    tl_store_stats s;
    bad += tl_store_get_stats(st, &s, &err) != TL_OK;
    int found = 0;
    bad += tl_store_entity_find(st, "Varn Kell", count_cb, &n, &found, &err) != TL_OK;
    return bad;
}

static const char TEXT[] = "Varn Kell leads the Ash Circle. Varn Kell met Oda Rusk in Belmar.";

/* A store at path with one document in it. */
static void make_store(const char *path) {
    tl_store *st = NULL;
    tl_error err = {0};
    assert_int_equal(tl_store_open(path, &st, &err), TL_OK);
    static const ent_spec e[] = {
        {"Varn Kell", TL_PERSON}, {"Ash Circle", TL_ORG}, {"Oda Rusk", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec fs[] = {{TL_LEADER_OF, "Varn Kell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL},
                                   {TL_MET, "Varn Kell", "Oda Rusk", "Belmar", NULL, TL_ASSERTED, "met"}};
    tl_doc *d = mkdoc(TEXT, "r.txt", "2020-01-01", e, 4, fs, 2);
    assert_int_equal(tl_store_ingest(st, d, NULL, NULL, &err), TL_OK);
    tl_doc_free(d);
    tl_store_close(st);
}

static void test_not_a_store(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-files-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[600];
    tl_store *st = (tl_store *)1;
    tl_error err = {0};
    /* A text file, random bytes, a file that only starts like SQLite. */
    snprintf(path, sizeof path, "%s/text.db", dir);
    write_file(path, "this is not a database, just some words\n", 41);
    assert_true(tl_store_open(path, &st, &err) != TL_OK);
    assert_ptr_equal(st, (tl_store *)1); /* untouched */
    assert_true(err.msg[0] != 0);
    unsigned char junk[8192];
    unsigned seed = 3;
    for (size_t i = 0; i < sizeof junk; i++) junk[i] = (unsigned char)((seed = seed * 1103515245u + 12345u) >> 16);
    snprintf(path, sizeof path, "%s/junk.db", dir);
    write_file(path, junk, sizeof junk);
    assert_true(tl_store_open(path, &st, &err) != TL_OK);
    memcpy(junk, "SQLite format 3", 16);
    write_file(path, junk, sizeof junk);
    assert_true(tl_store_open(path, &st, &err) != TL_OK);
    assert_ptr_equal(st, (tl_store *)1);
    remove_db(path);
    /* A folder; a path under a missing folder; a path under a file. */
    assert_true(tl_store_open(dir, &st, &err) != TL_OK);
    snprintf(path, sizeof path, "%s/missing/t.db", dir);
    assert_true(tl_store_open(path, &st, &err) != TL_OK);
    snprintf(path, sizeof path, "%s/text.db/t.db", dir);
    assert_true(tl_store_open(path, &st, &err) != TL_OK);
    /* Read-only opening never creates one. */
    snprintf(path, sizeof path, "%s/new.db", dir);
    assert_true(tl_store_open_readonly(path, &st, &err) != TL_OK);
    assert_int_equal(access(path, F_OK), -1);
    assert_ptr_equal(st, (tl_store *)1);
    /* An empty file is a new store. */
    snprintf(path, sizeof path, "%s/empty.db", dir);
    write_file(path, "", 0);
    tl_store *ok = NULL;
    assert_int_equal(tl_store_open(path, &ok, &err), TL_OK);
    assert_int_equal(read_everything(ok), 0);
    tl_store_close(ok);
    remove_db(path);
    snprintf(path, sizeof path, "%s/text.db", dir);
    unlink(path);
    rmdir(dir);
}

static void test_newer_schema(void **state) {
    (void)state;
    fixture *f = fixture_open("files");
    assert_non_null(f);
    tl_store_close(f->st);
    f->st = NULL;
    /* A store written by a later version: refused, not "migrated" down. */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version=9999", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    tl_store *st = NULL;
    tl_error err = {0};
    assert_true(tl_store_open(f->path, &st, &err) != TL_OK);
    assert_null(st);
    assert_true(err.msg[0] != 0);
    assert_true(tl_store_open_readonly(f->path, &st, &err) != TL_OK);
    /* A store whose tables were dropped behind its back. */
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version=0; DROP TABLE IF EXISTS entity_names;", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    int rc = tl_store_open(f->path, &st, &err);
    if (rc == TL_OK) {
        read_everything(st);
        tl_store_close(st);
    }
    fixture_close(f);
}

static void test_damaged_files(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-files-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[600], good[600];
    snprintf(good, sizeof good, "%s/good.db", dir);
    make_store(good);
    /* Checkpoint the WAL into the file, so the bytes below are the store. */
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open(good, &db), SQLITE_OK);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;", NULL, NULL, NULL);
    sqlite3_close(db);
    FILE *fp = fopen(good, "rb");
    assert_non_null(fp);
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    assert_true(n > 4096);
    unsigned char *img = malloc((size_t)n), *c = malloc((size_t)n);
    assert_non_null(img);
    assert_non_null(c);
    assert_int_equal(fread(img, 1, (size_t)n, fp), (size_t)n);
    fclose(fp);
    snprintf(path, sizeof path, "%s/bad.db", dir);
    /* Cut short at page boundaries and in between. */
    for (long cut = 100; cut < n; cut += n / 7) {
        remove_db(path);
        write_file(path, img, (size_t)cut);
        tl_store *st = NULL;
        tl_error err = {0};
        if (tl_store_open(path, &st, &err) == TL_OK) {
            read_everything(st);
            tl_store_close(st);
        } else {
            assert_true(err.msg[0] != 0);
        }
    }
    /* A run of bytes overwritten in each page after the first. */
    for (long at = 4096 + 100; at < n; at += 4096) {
        memcpy(c, img, (size_t)n);
        for (long k = at; k < at + 64 && k < n; k++) c[k] ^= 0xA5;
        remove_db(path);
        write_file(path, c, (size_t)n);
        tl_store *st = NULL;
        tl_error err = {0};
        if (tl_store_open(path, &st, &err) == TL_OK) {
            read_everything(st);
            /* and a write on top of the damage: a status, no crash */
            static const ent_spec e[] = {{"Mira Tal", TL_PERSON}};
            tl_doc *d = mkdoc("Mira Tal left.", "m.txt", "2021-01-01", e, 1, NULL, 0);
            int rc = tl_store_ingest(st, d, NULL, NULL, &err);
            assert_true(rc == TL_OK || rc == TL_EDB);
            tl_doc_free(d);
            tl_store_close(st);
        }
    }
    remove_db(path);
    remove_db(good);
    free(img);
    free(c);
    rmdir(dir);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_not_a_store),
        cmocka_unit_test(test_newer_schema),
        cmocka_unit_test(test_damaged_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
