/* test_reader_pdf.c -- unit tests of the PDF reader (tl_reader_pdf): pages, the text cap at every size, metadata, hostile documents. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_buf.h"
#include "tl_reader.h"
#include "tl_utf8.h"

#include "file_fixture.h"

/* A PDF of n pages, page i showing texts[i] (PDF string syntax, WinAnsi:
 * "\xe9" is e acute) or nothing when texts[i] is NULL; `info` (or NULL) is
 * the document information dictionary.  Written object by object so the
 * cross-reference offsets are right. */
static void make_pdf(tl_buf *b, const char *const *texts, int n, const char *info) {
    char obj[1024];
    size_t offs[64];
    int nobj = 0;
    assert_true(3 + 2 * n + 1 <= 64);
    tl_buf_puts(b, "%PDF-1.4\n");
    /* 1 catalog, 2 pages, 3 font, then page and contents pairs, then info */
    offs[nobj++] = b->len;
    tl_buf_puts(b, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
    offs[nobj++] = b->len;
    tl_buf_puts(b, "2 0 obj\n<< /Type /Pages /Kids [");
    for (int i = 0; i < n; i++) {
        snprintf(obj, sizeof obj, "%d 0 R ", 4 + 2 * i);
        tl_buf_puts(b, obj);
    }
    snprintf(obj, sizeof obj, "] /Count %d >>\nendobj\n", n);
    tl_buf_puts(b, obj);
    offs[nobj++] = b->len;
    tl_buf_puts(b, "3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n");
    for (int i = 0; i < n; i++) {
        offs[nobj++] = b->len;
        snprintf(obj, sizeof obj,
                 "%d 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                 "/Resources << /Font << /F1 3 0 R >> >> >>\nendobj\n",
                 4 + 2 * i, 5 + 2 * i);
        tl_buf_puts(b, obj);
        char content[512];
        if (texts[i]) snprintf(content, sizeof content, "BT /F1 11 Tf 40 760 Td (%s) Tj ET", texts[i]);
        else content[0] = 0;
        offs[nobj++] = b->len;
        snprintf(obj, sizeof obj, "%d 0 obj\n<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", 5 + 2 * i,
                 strlen(content), content);
        tl_buf_puts(b, obj);
    }
    int info_obj = 0;
    if (info) {
        info_obj = nobj + 1;
        offs[nobj++] = b->len;
        snprintf(obj, sizeof obj, "%d 0 obj\n%s\nendobj\n", info_obj, info);
        tl_buf_puts(b, obj);
    }
    size_t xref = b->len;
    snprintf(obj, sizeof obj, "xref\n0 %d\n0000000000 65535 f \n", nobj + 1);
    tl_buf_puts(b, obj);
    for (int i = 0; i < nobj; i++) {
        snprintf(obj, sizeof obj, "%010zu 00000 n \n", offs[i]);
        tl_buf_puts(b, obj);
    }
    char inforef[32] = "";
    if (info) snprintf(inforef, sizeof inforef, "/Info %d 0 R", info_obj);
    snprintf(obj, sizeof obj, "trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%zu\n%%%%EOF\n", nobj + 1, inforef,
             xref);
    tl_buf_puts(b, obj);
    assert_false(b->oom);
}

static void test_pages(void **state) {
    (void)state;
    static const char *const texts[] = {"Kell met Varn in Belmar.", NULL, "Varn paid the Ash Circle."};
    tl_buf b = TL_BUF_INIT;
    make_pdf(&b, texts, 3, NULL);
    tl_reader_doc d = {0};
    tl_error err = {0};
    assert_int_equal(tl_reader_pdf(b.p, b.len, &d, &err), TL_OK);
    char *first = strstr(d.text, "Kell met Varn in Belmar.");
    char *third = strstr(d.text, "Varn paid the Ash Circle.");
    assert_non_null(first);
    assert_non_null(third);
    assert_true(first < third);
    assert_int_equal(strlen(d.text), d.len);
    /* Every page ends with a newline, the empty one too. */
    size_t newlines = 0;
    for (size_t i = 0; i < d.len; i++) newlines += d.text[i] == '\n';
    assert_true(newlines >= 3);
    assert_int_equal(d.text[d.len - 1], '\n');
    assert_null(d.title);
    assert_null(d.published);
    tl_reader_clear(&d);
    tl_buf_free(&b);
}

/* The cap at every size from 0 to past the whole text: always TL_OK, a
 * prefix of the whole text that fits, valid UTF-8, cut inside a page only
 * at a character boundary. */
static void test_cap_every_size(void **state) {
    (void)state;
    static const char *const texts[] = {"Caf\xe9 Kell met Varn.", "R\xe9sum\xe9 of the Ash Circle.", NULL,
                                        "Last page."};
    tl_buf b = TL_BUF_INIT;
    make_pdf(&b, texts, 4, NULL);
    tl_reader_doc full = {0};
    tl_error err = {0};
    assert_int_equal(tl_reader_pdf(b.p, b.len, &full, &err), TL_OK);
    assert_non_null(strstr(full.text, "Caf\xc3\xa9"));
    for (size_t cap = 0; cap <= full.len + 4; cap++) {
        tl_reader_doc d = {0};
        assert_int_equal(tl_reader_pdf_capped(b.p, b.len, cap, &d, &err), TL_OK);
        assert_non_null(d.text);
        assert_int_equal(strlen(d.text), d.len);
        if (cap >= 2) assert_true(d.len < cap);
        else assert_int_equal(d.len, 0);
        assert_true(utf8_ok(d.text, d.len));
        /* What is kept is the whole text's start, pages ending in newlines. */
        if (d.len) {
            assert_int_equal(d.text[d.len - 1], '\n');
            assert_memory_equal(d.text, full.text, d.len - 1);
        }
        if (cap > full.len) assert_int_equal(d.len, full.len);
        tl_reader_clear(&d);
    }
    tl_reader_clear(&full);
    tl_buf_free(&b);
}

static void test_metadata(void **state) {
    (void)state;
    static const char *const texts[] = {"Text."};
    tl_buf b = TL_BUF_INIT;
    /* A title in UTF-16 (with its byte order mark) and a creation date. */
    make_pdf(&b, texts, 1, "<< /Title <FEFF004B00E9006C006C> /CreationDate (D:20210304050607+01'00') >>");
    tl_reader_doc d = {0};
    tl_error err = {0};
    assert_int_equal(tl_reader_pdf(b.p, b.len, &d, &err), TL_OK);
    assert_string_equal(d.title, "K\xc3\xa9ll");
    assert_string_equal(d.published, "2021-03-04");
    tl_reader_clear(&d);
    /* Dates poppler can't read, an empty title: left out, never garbage. */
    static const char *const infos[] = {
        "<< /Title () /CreationDate (yesterday) >>", "<< /CreationDate (D:2021) >>",
        "<< /CreationDate (D:20211399) >>",         "<< /CreationDate 42 /Title 7 >>",
        "<< /Title (\\000\\001) >>",                 "<< /CreationDate (D:99999999999999) >>",
    };
    for (size_t i = 0; i < sizeof infos / sizeof *infos; i++) {
        b.len = 0;
        make_pdf(&b, texts, 1, infos[i]);
        assert_int_equal(tl_reader_pdf(b.p, b.len, &d, &err), TL_OK);
        if (d.title) {
            assert_true(d.title[0] != 0);
        }
        if (d.published) {
            /* an ISO date when there is one */
            assert_int_equal(strlen(d.published), 10);
            assert_int_equal(d.published[4], '-');
            assert_int_equal(d.published[7], '-');
        }
        tl_reader_clear(&d);
    }
    tl_buf_free(&b);
}

static void test_hostile(void **state) {
    (void)state;
    static const char *const texts[] = {"Kell met Varn.", "Second page."};
    tl_buf b = TL_BUF_INIT;
    make_pdf(&b, texts, 2, "<< /Title (T) >>");
    tl_buf c = TL_BUF_INIT;
    /* Every byte of the file zeroed in turn, and the file cut at every
     * length: a text or a refusal with a message; a refusal leaves the
     * result alone. */
    for (size_t i = 0; i < b.len; i += 5) {
        c.len = 0;
        tl_buf_put(&c, b.p, b.len);
        c.p[i] = (char)(c.p[i] ^ 0x20);
        tl_reader_doc d = {0};
        tl_error err = {0};
        int rc = tl_reader_pdf(c.p, c.len, &d, &err);
        if (rc == TL_OK) {
            assert_non_null(d.text);
            assert_int_equal(strlen(d.text), d.len);
        } else {
            assert_int_equal(rc, TL_EFORMAT);
            assert_true(err.msg[0] != 0);
            assert_null(d.text);
        }
        tl_reader_clear(&d);
    }
    for (size_t n = 0; n < b.len; n += 11) {
        tl_reader_doc d = {0};
        tl_error err = {0};
        int rc = tl_reader_pdf(b.p, n, &d, &err);
        assert_true(rc == TL_OK || rc == TL_EFORMAT);
        if (rc != TL_OK) assert_null(d.text);
        tl_reader_clear(&d);
    }
    /* A page tree that points at itself. */
    const char *loop = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                       "2 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    tl_reader_doc d = {0};
    tl_error err = {0};
    int rc = tl_reader_pdf(loop, strlen(loop), &d, &err);
    assert_true(rc == TL_OK || rc == TL_EFORMAT);
    tl_reader_clear(&d);
    /* err may be NULL. */
    assert_int_equal(tl_reader_pdf("nope", 4, &d, NULL), TL_EFORMAT);
    tl_buf_free(&c);
    tl_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pages),
        cmocka_unit_test(test_cap_every_size),
        cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_hostile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
