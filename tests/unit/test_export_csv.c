/* test_export_csv.c -- unit tests of the CSV export and the export's error contract (tl_export.h): quoting, formula guards, filters, a full disk, bad options. */
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
#include "tl_arena.h"
#include "tl_export.h"
#include "tl_store.h"
#include "store_fixture.h"
#include "doc_fixture.h"

/* Names a spreadsheet or a naive CSV reader would trip on. */
static const char TEXT[] = "Kell, Varn met =SUM(A1) in \"Old\" Belmar. Kell, Varn leads the Ash;Circle.";

static int setup(void **state) {
    fixture *f = fixture_open("csv");
    if (!f) return -1;
    static const ent_spec e[] = {
        {"Kell, Varn", TL_PERSON}, {"=SUM(A1)", TL_PERSON}, {"\"Old\" Belmar", TL_GPE}, {"Ash;Circle", TL_ORG}};
    static const fact_spec fs[] = {
        {TL_MET, "Kell, Varn", "=SUM(A1)", "\"Old\" Belmar", "2020-02", TL_REPORTED, NULL},
        {TL_LEADER_OF, "Kell, Varn", "Ash;Circle", NULL, NULL, TL_ASSERTED, "leads"},
    };
    tl_error err = {0};
    tl_doc *d = mkdoc(TEXT, "odd, \"path\".txt", "2020-03-04", e, 4, fs, 2);
    int rc = tl_store_ingest(f->st, d, NULL, NULL, &err);
    tl_doc_free(d);
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

/* Reads a whole file (NUL-terminated, malloc'd); NULL when missing. */
static char *slurp(const char *path) {
    FILE *fp = fopen(path, "rb");
    if (!fp) return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *p = malloc((size_t)n + 1);
    assert_non_null(p);
    assert_int_equal(fread(p, 1, (size_t)n, fp), (size_t)n);
    p[n] = 0;
    fclose(fp);
    return p;
}

/* A tiny RFC 4180 reader: the fields of every record, as rows[r][c]
 * (malloc'd, caller frees with free_rows).  Fails the test on a quote
 * out of place. */
typedef struct csv {
    char *cell[64][16];
    int ncol[64];
    int nrow;
} csv;

static void parse_csv(const char *s, csv *out) {
    memset(out, 0, sizeof *out);
    char buf[4096];
    size_t bl = 0;
    int r = 0, c = 0, quoted = 0;
    for (const char *p = s;; p++) {
        if (quoted) {
            assert_true(*p != 0); /* an unterminated quote */
            if (*p == '"' && p[1] == '"') { buf[bl++] = '"'; p++; }
            else if (*p == '"') quoted = 0;
            else buf[bl++] = *p;
            continue;
        }
        if (*p == '"') {
            assert_int_equal(bl, 0); /* a quote only opens a field */
            quoted = 1;
            continue;
        }
        if (*p == ',' || *p == '\n' || *p == 0 || (*p == '\r' && p[1] == '\n')) {
            if (*p == 0 && c == 0 && bl == 0) break;
            buf[bl] = 0;
            assert_true(r < 64 && c < 16);
            out->cell[r][c++] = strdup(buf);
            bl = 0;
            if (*p == '\r') p++;
            if (*p != ',') {
                out->ncol[r++] = c;
                c = 0;
            }
            if (*p == 0) break;
            continue;
        }
        assert_true(bl < sizeof buf - 1);
        buf[bl++] = *p;
    }
    out->nrow = r;
}

static void free_csv(csv *t) {
    for (int r = 0; r < t->nrow; r++)
        for (int c = 0; c < t->ncol[r]; c++) free(t->cell[r][c]);
}

static int find_cell(const csv *t, const char *v) {
    for (int r = 0; r < t->nrow; r++)
        for (int c = 0; c < t->ncol[r]; c++)
            if (strcmp(t->cell[r][c], v) == 0) return r;
    return -1;
}

static void read_table(const char *dir, const char *name, csv *t) {
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    char *s = slurp(path);
    if (!s) fail_msg("no %s", path);
    parse_csv(s, t);
    free(s);
    /* Every record has the header's number of fields. */
    assert_true(t->nrow >= 1);
    for (int r = 1; r < t->nrow; r++) assert_int_equal(t->ncol[r], t->ncol[0]);
}

static void rm_tables(const char *dir) {
    const char *names[] = {"entities.csv", "facts.csv", "evidence.csv"};
    char path[256];
    for (int i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
}

static void test_quoting_and_formulas(void **state) {
    fixture *f = *state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/out", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    tl_export_opts o = {.format = TL_EXPORT_CSV};
    tl_error err = {0};
    assert_int_equal(tl_export_csv(f->st, &o, dir, &err), TL_OK);
    csv t;
    read_table(dir, "entities.csv", &t);
    assert_int_equal(t.nrow, 1 + 4);
    /* Commas, quotes and semicolons survive quoting; a formula is guarded. */
    assert_true(find_cell(&t, "Kell, Varn") > 0);
    assert_true(find_cell(&t, "\"Old\" Belmar") > 0);
    assert_true(find_cell(&t, "Ash;Circle") > 0);
    assert_true(find_cell(&t, "'=SUM(A1)") > 0);
    assert_int_equal(find_cell(&t, "=SUM(A1)"), -1);
    free_csv(&t);
    read_table(dir, "facts.csv", &t);
    assert_int_equal(t.nrow, 1 + 2);
    free_csv(&t);
    read_table(dir, "evidence.csv", &t);
    assert_int_equal(t.nrow, 1 + 2);
    /* The evidence sentence with its quotes, and the odd path. */
    assert_true(find_cell(&t, "Kell, Varn met =SUM(A1) in \"Old\" Belmar.") > 0);
    assert_true(find_cell(&t, "odd, \"path\".txt") > 0);
    free_csv(&t);
    /* The same store gives the same bytes. */
    char p1[256];
    snprintf(p1, sizeof p1, "%s/facts.csv", dir);
    char *first = slurp(p1);
    assert_int_equal(tl_export_csv(f->st, &o, dir, &err), TL_OK);
    char *second = slurp(p1);
    assert_string_equal(first, second);
    free(first);
    free(second);
    rm_tables(dir);
    rmdir(dir);
}

static void test_filters(void **state) {
    fixture *f = *state;
    char dir[128];
    snprintf(dir, sizeof dir, "%s/filt", f->dir);
    assert_int_equal(mkdir(dir, 0700), 0);
    tl_error err = {0};
    /* People only: the MET fact stays (both people), LEADER_OF goes. */
    tl_export_opts o = {.format = TL_EXPORT_CSV, .ent_types = 1u << TL_PERSON};
    assert_int_equal(tl_export_csv(f->st, &o, dir, &err), TL_OK);
    csv t;
    read_table(dir, "entities.csv", &t);
    assert_int_equal(t.nrow, 1 + 2);
    free_csv(&t);
    read_table(dir, "facts.csv", &t);
    assert_int_equal(t.nrow, 1 + 1);
    free_csv(&t);
    /* A time window that holds no fact: headers only. */
    tl_export_opts w = {.format = TL_EXPORT_CSV, .since = "2021"};
    assert_int_equal(tl_export_csv(f->st, &w, dir, &err), TL_OK);
    read_table(dir, "facts.csv", &t);
    assert_int_equal(t.nrow, 1);
    free_csv(&t);
    rm_tables(dir);
    rmdir(dir);
}

static void test_errors(void **state) {
    fixture *f = *state;
    tl_error err = {0};
    tl_export_opts o = {.format = TL_EXPORT_CSV};
    /* A folder that does not exist. */
    char dir[128];
    snprintf(dir, sizeof dir, "%s/missing/deeper", f->dir);
    assert_int_equal(tl_export_csv(f->st, &o, dir, &err), TL_EIO);
    assert_true(err.msg[0] != 0);
    /* A centre entity that does not exist: nothing written. */
    tl_export_opts c = {.format = TL_EXPORT_JSON, .entity = 987654};
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    assert_non_null(mem);
    assert_int_equal(tl_export_write(f->st, &c, mem, &err), TL_ENOTFOUND);
    fflush(mem);
    assert_int_equal(len, 0);
    /* Bad format, bad timestamp: TL_EINVAL, nothing written. */
    tl_export_opts bad = {.format = TL_EXPORT_FORMAT_COUNT};
    assert_int_equal(tl_export_write(f->st, &bad, mem, &err), TL_EINVAL);
    tl_export_opts neg = {.format = -1};
    assert_int_equal(tl_export_write(f->st, &neg, mem, &err), TL_EINVAL);
    tl_export_opts ts = {.format = TL_EXPORT_STIX, .timestamp = "yesterday"};
    assert_int_equal(tl_export_write(f->st, &ts, mem, &err), TL_EINVAL);
    fflush(mem);
    assert_int_equal(len, 0);
    fclose(mem);
    free(buf);
    /* A full disk: TL_EIO, whatever the format. */
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        for (int fmt = 0; fmt < TL_EXPORT_FORMAT_COUNT; fmt++) {
            if (fmt == TL_EXPORT_CSV) continue;
            tl_export_opts x = {.format = fmt};
            memset(&err, 0, sizeof err);
            int rc = tl_export_write(f->st, &x, full, &err);
            if (rc != TL_EIO) fail_msg("format %d on a full disk: %d (%s)", fmt, rc, err.msg);
            clearerr(full);
        }
        fclose(full);
    }
    /* err may be NULL. */
    assert_int_equal(tl_export_write(f->st, &bad, stdout, NULL), TL_EINVAL);
}

static void test_format_names(void **state) {
    (void)state;
    assert_int_equal(tl_export_format_parse("json"), TL_EXPORT_JSON);
    assert_int_equal(tl_export_format_parse("GraphML"), TL_EXPORT_GRAPHML);
    assert_int_equal(tl_export_format_parse("STIX"), TL_EXPORT_STIX);
    assert_int_equal(tl_export_format_parse("gexf"), TL_EXPORT_GEXF);
    assert_int_equal(tl_export_format_parse("csv"), TL_EXPORT_CSV);
    assert_int_equal(tl_export_format_parse("xml"), -1);
    assert_int_equal(tl_export_format_parse(""), -1);
    assert_int_equal(tl_export_format_parse(NULL), -1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_quoting_and_formulas),
        cmocka_unit_test(test_filters),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_format_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
