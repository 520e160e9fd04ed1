/* test_reader.c -- unit tests of the input readers (tl_reader.h): HTML, JSON lines and PDF, on good and hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>
#include "tl_buf.h"
#include "tl_reader.h"

static tl_reader_doc html(const char *s) {
    tl_reader_doc d = {0};
    assert_int_equal(tl_reader_html(s, strlen(s), &d), TL_OK);
    assert_non_null(d.text);
    assert_int_equal(strlen(d.text), d.len);
    return d;
}

static void test_html_entities(void **state) {
    (void)state;
    tl_reader_doc d = html("<html><body><p>Caf&eacute; &amp; Cr&egrave;me, &#8220;quoted&#x201D; "
                           "&Omega;&hellip; &copy;&nbsp;2020 &lt;b&gt; a&shy;b &notanentity; 5 &lt 6</p></body></html>");
    assert_string_equal(d.text, "Caf\xc3\xa9 & Cr\xc3\xa8me, \xe2\x80\x9cquoted\xe2\x80\x9d "
                                "\xce\xa9\xe2\x80\xa6 \xc2\xa9 2020 <b> ab &notanentity; 5 &lt 6");
    tl_reader_clear(&d);
    /* Numeric references out of range or to a surrogate give valid UTF-8. */
    d = html("<p>x&#xD800;y&#1114112;z&#0;w</p>");
    assert_true(d.len >= 4);
    assert_non_null(strstr(d.text, "x"));
    assert_null(memchr(d.text, 0, d.len));
    tl_reader_clear(&d);
}

static void test_html_dropped_and_meta(void **state) {
    (void)state;
    tl_reader_doc d = html(
        "<!DOCTYPE html><html><head><title> Page  &amp; title </title>"
        "<meta property=\"og:title\" content=\"The &quot;real&quot; title\">"
        "<meta name=\"article:published_time\" content=\"2021-10-13T09:00:00Z\">"
        "<link rel=\"canonical\" href=\"https://example.org/a?x=1&amp;y=2\">"
        "<style>p { color: red }</style><script>var s = '<p>not text</p>';</script></head>"
        "<body><nav><a href=/>Home</a> Menu</nav><header>Site name</header>"
        "<div class=\"Cookie-Banner\">We use cookies</div>"
        "<article><h1>Heading</h1><p>First paragraph.</p><p>Second<br>line.</p>"
        "<table><tr><td>a</td><td>b</td></tr></table></article>"
        "<footer>Copyright</footer><noscript>Enable JS</noscript></body></html>");
    assert_string_equal(d.text, "Heading\n\nFirst paragraph.\n\nSecond\nline.\n\na b");
    assert_string_equal(d.title, "The \"real\" title");
    assert_string_equal(d.published, "2021-10-13");
    assert_string_equal(d.url, "https://example.org/a?x=1&y=2");
    tl_reader_clear(&d);
    /* <title> when there is no og:title; <time datetime> for the date. */
    d = html("<title>Plain</title><p>Posted <time datetime=\"2019-03\">in March</time>.</p>");
    assert_string_equal(d.title, "Plain");
    assert_string_equal(d.published, "2019-03");
    assert_string_equal(d.text, "Posted in March.");
    tl_reader_clear(&d);
}

static void test_html_charset(void **state) {
    (void)state;
    /* Latin-1 declared in <meta>: converted to UTF-8. */
    tl_reader_doc d = html("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Jos\xe9 "
                           "Mar\xed" "a</p></body></html>");
    assert_string_equal(d.text, "Jos\xc3\xa9 Mar\xc3\xad" "a");
    tl_reader_clear(&d);
    d = html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
             "</head><body><p>\x93quoted\x94</p></body></html>");
    assert_string_equal(d.text, "\xe2\x80\x9cquoted\xe2\x80\x9d");
    tl_reader_clear(&d);
    /* Undeclared UTF-8 stays UTF-8. */
    d = html("<p>Gen\xc3\xa8ve</p>");
    assert_string_equal(d.text, "Gen\xc3\xa8ve");
    tl_reader_clear(&d);
}

static void test_html_broken(void **state) {
    (void)state;
    const char *cases[] = {
        "", "<", "<<<<>>>>", "<p", "<p class=\"unterminated", "</p></div></body>", "<!--", "<!-- x -- y",
        "<script>never closed", "<b><i>crossed</b></i>", "<table><td>cell<tr>row", "&", "&#", "&#x;",
        "<p>a\0b</p>", "<?xml version=\"1.0\"?><p>x</p>", "<html><html><body><body>twice",
        "<p>\xff\xfe\x80 bad bytes</p>", "<svg><p>inside svg</p></svg>after", NULL};
    for (int i = 0; cases[i]; i++) {
        tl_reader_doc d = {0};
        size_t n = strlen(cases[i]);
        if (i == 14) n = 10; /* the case with a NUL byte */
        assert_int_equal(tl_reader_html(cases[i], n, &d), TL_OK);
        assert_non_null(d.text);
        assert_int_equal(strlen(d.text), d.len);
        tl_reader_clear(&d);
    }
    tl_reader_doc d = html("<p>unclosed <b>bold <i>both</p><p>next");
    assert_string_equal(d.text, "unclosed bold both\n\nnext");
    tl_reader_clear(&d);
    d = html("<svg><text>drawn</text></svg><p>after</p>");
    assert_string_equal(d.text, "after");
    tl_reader_clear(&d);
}

/* A 50 MB page: linear time, the text all there. */
static void test_html_large(void **state) {
    (void)state;
    const char *para = "<p>The suspect met the courier in Lisbon &amp; paid 500 euros.</p>\n";
    size_t pl = strlen(para), target = 50u << 20;
    tl_buf b = TL_BUF_INIT;
    tl_buf_puts(&b, "<html><body>");
    size_t count = 0;
    while (b.len < target) { tl_buf_put(&b, para, pl); count++; }
    tl_buf_puts(&b, "</body></html>");
    assert_false(b.oom);
    clock_t t0 = clock();
    tl_reader_doc d = {0};
    assert_int_equal(tl_reader_html(b.p, b.len, &d), TL_OK);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    const char *plain = "The suspect met the courier in Lisbon & paid 500 euros.";
    assert_int_equal(d.len, count * strlen(plain) + (count - 1) * 2);
    assert_memory_equal(d.text + d.len - strlen(plain), plain, strlen(plain));
    assert_true(secs < 120);
    tl_reader_clear(&d);
    /* One text node of 50 MB (no markup at all). */
    memset(b.p, 'x', b.len);
    assert_int_equal(tl_reader_html(b.p, b.len, &d), TL_OK);
    assert_int_equal(d.len, b.len);
    tl_reader_clear(&d);
    tl_buf_free(&b);
}

/* Tables nested 10,000 deep: no stack overflow, the innermost text kept. */
static void test_html_deep(void **state) {
    (void)state;
    tl_buf b = TL_BUF_INIT;
    for (int i = 0; i < 10000; i++) tl_buf_puts(&b, "<table><tr><td>");
    tl_buf_puts(&b, "deep text");
    for (int i = 0; i < 10000; i++) tl_buf_puts(&b, "</td></tr></table>");
    for (int i = 0; i < 10000; i++) tl_buf_puts(&b, "<div><nav>");
    tl_buf_puts(&b, "unclosed");
    assert_false(b.oom);
    tl_reader_doc d = {0};
    assert_int_equal(tl_reader_html(b.p, b.len, &d), TL_OK);
    assert_non_null(strstr(d.text, "deep text"));
    assert_null(strstr(d.text, "unclosed"));
    tl_reader_clear(&d);
    tl_buf_free(&b);
}

static void test_jsonl(void **state) {
    (void)state;
    tl_reader_doc d = {0};
    tl_error err = {0};
    const char *ok = "{\"text\":\"Caf\\u00e9 text\",\"title\":\"T\",\"published\":\"2020-05-06T10:00\","
                     "\"url\":\"https://x.org\",\"source\":\"wire\",\"extra\":[1,2]}";
    assert_int_equal(tl_reader_jsonl(ok, strlen(ok), &d, &err), TL_OK);
    assert_string_equal(d.text, "Caf\xc3\xa9 text");
    assert_string_equal(d.title, "T");
    assert_string_equal(d.published, "2020-05-06");
    assert_string_equal(d.url, "https://x.org");
    assert_string_equal(d.source, "wire");
    tl_reader_clear(&d);
    /* "date" stands in for "published"; a non-date is dropped. */
    const char *alt = "{\"text\":\"a\",\"date\":\"yesterday\"}";
    assert_int_equal(tl_reader_jsonl(alt, strlen(alt), &d, &err), TL_OK);
    assert_null(d.published);
    assert_null(d.title);
    tl_reader_clear(&d);
    /* A NUL inside the text (\u0000) keeps its length. */
    const char *nul = "{\"text\":\"a\\u0000b\"}";
    assert_int_equal(tl_reader_jsonl(nul, strlen(nul), &d, &err), TL_OK);
    assert_int_equal(d.len, 3);
    tl_reader_clear(&d);
    const char *bad[] = {"", "not json", "{\"text\":", "[1,2]", "{\"title\":\"no text\"}", "{\"text\":5}",
                         "{\"text\":\"x\"} trailing", "{\"text\":\"\xff\"}", "null", NULL};
    for (int i = 0; bad[i]; i++) {
        memset(&err, 0, sizeof err);
        assert_int_equal(tl_reader_jsonl(bad[i], strlen(bad[i]), &d, &err), TL_EFORMAT);
        assert_int_equal(err.code, TL_EFORMAT);
        assert_true(err.msg[0] != 0);
        assert_null(d.text); /* untouched */
    }
}

static void test_pdf_bad(void **state) {
    (void)state;
    tl_reader_doc d = {0};
    tl_error err = {0};
    const char *cases[] = {"", "%PDF-", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
                           "not a pdf at all", NULL};
    for (int i = 0; cases[i]; i++) {
        memset(&err, 0, sizeof err);
        assert_int_equal(tl_reader_pdf(cases[i], strlen(cases[i]), &d, &err), TL_EFORMAT);
        assert_true(err.msg[0] != 0);
        assert_null(d.text);
    }
}

/* A PDF written object by object so that the cross-reference offsets are
 * right; `trailer_extra` goes into the trailer dictionary. */
static void make_pdf(tl_buf *b, const char *text, const char *trailer_extra) {
    char content[512], obj[1024];
    snprintf(content, sizeof content, "BT /F1 11 Tf 40 760 Td (%s) Tj ET", text);
    const char *objs[5] = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                           "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                           "/Resources << /Font << /F1 5 0 R >> >> >>",
                           NULL, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    size_t offs[5];
    tl_buf_puts(b, "%PDF-1.4\n");
    for (int i = 0; i < 5; i++) {
        offs[i] = b->len;
        if (i == 3)
            snprintf(obj, sizeof obj, "%d 0 obj\n<< /Length %zu >>\nstream\n%s\nendstream\nendobj\n", i + 1,
                     strlen(content), content);
        else
            snprintf(obj, sizeof obj, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i]);
        tl_buf_puts(b, obj);
    }
    size_t xref = b->len;
    tl_buf_puts(b, "xref\n0 6\n0000000000 65535 f \n");
    for (int i = 0; i < 5; i++) {
        snprintf(obj, sizeof obj, "%010zu 00000 n \n", offs[i]);
        tl_buf_puts(b, obj);
    }
    snprintf(obj, sizeof obj, "trailer\n<< /Size 6 /Root 1 0 R %s >>\nstartxref\n%zu\n%%%%EOF\n", trailer_extra,
             xref);
    tl_buf_puts(b, obj);
    assert_false(b->oom);
}

static void test_pdf_good_truncated_encrypted(void **state) {
    (void)state;
    tl_buf b = TL_BUF_INIT;
    make_pdf(&b, "Agents met in Oslo.", "");
    tl_reader_doc d = {0};
    tl_error err = {0};
    assert_int_equal(tl_reader_pdf(b.p, b.len, &d, &err), TL_OK);
    assert_non_null(strstr(d.text, "Agents met in Oslo."));
    tl_reader_clear(&d);
    /* Every truncation and a flipped byte every 7: a clean answer each time. */
    for (size_t n = 0; n < b.len; n += 5) {
        int rc = tl_reader_pdf(b.p, n, &d, &err);
        assert_true(rc == TL_OK || rc == TL_EFORMAT);
        if (rc == TL_OK) tl_reader_clear(&d);
    }
    for (size_t i = 0; i < b.len; i += 7) {
        b.p[i] ^= 0x5A;
        int rc = tl_reader_pdf(b.p, b.len, &d, &err);
        assert_true(rc == TL_OK || rc == TL_EFORMAT);
        if (rc == TL_OK) tl_reader_clear(&d);
        b.p[i] ^= 0x5A;
    }
    tl_buf_free(&b);
    /* Encrypted with a user password that is not known: refused, saying why. */
    tl_buf e = TL_BUF_INIT;
    make_pdf(&e, "Secret text.",
             "/Encrypt << /Filter /Standard /V 1 /R 2 /P -4 "
             "/O <0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef> "
             "/U <fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210> >> "
             "/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]");
    memset(&err, 0, sizeof err);
    assert_int_equal(tl_reader_pdf(e.p, e.len, &d, &err), TL_EFORMAT);
    assert_true(err.msg[0] != 0);
    assert_null(d.text);
    tl_buf_free(&e);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_entities), cmocka_unit_test(test_html_dropped_and_meta),
        cmocka_unit_test(test_html_charset),  cmocka_unit_test(test_html_broken),
        cmocka_unit_test(test_html_large),    cmocka_unit_test(test_html_deep),
        cmocka_unit_test(test_jsonl),         cmocka_unit_test(test_pdf_bad),
        cmocka_unit_test(test_pdf_good_truncated_encrypted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
