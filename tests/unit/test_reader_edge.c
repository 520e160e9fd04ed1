/* test_reader_edge.c -- unit tests of the readers' edge cases (tl_reader.h): dates, ids, BOMs and charsets, hidden boxes, untouched results, random bytes. */
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

static tl_reader_doc jsonl_ok(const char *s) {
    tl_reader_doc d = {0};
    tl_error err = {0};
    if (tl_reader_jsonl(s, strlen(s), &d, &err) != TL_OK) fail_msg("%s: %s", s, err.msg);
    assert_non_null(d.text);
    return d;
}

/* The published date a JSON-lines record with "published": p gets, or NULL. */
static char *published_of(const char *p, char *buf, size_t cap) {
    char line[256];
    snprintf(line, sizeof line, "{\"text\":\"t\",\"published\":\"%s\"}", p);
    tl_reader_doc d = jsonl_ok(line);
    char *r = NULL;
    if (d.published) { snprintf(buf, cap, "%s", d.published); r = buf; }
    tl_reader_clear(&d);
    return r;
}

static void test_jsonl_dates(void **state) {
    (void)state;
    char b[32];
    static const char *const ok[][2] = {
        {"2020-05-06", "2020-05-06"},        {"2020-05-06T10:00:00Z", "2020-05-06"},
        {"  2020-05-06 10:00", "2020-05-06"}, {"2020-05", "2020-05"},
        {"2020", "2020"},                     {"2020-05-", "2020-05"},
        {"2020-", "2020"},                    {"1999-12-31+02:00", "1999-12-31"},
        {"2020/05/06", "2020"}, /* the year at least */
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char *p = published_of(ok[i][0], b, sizeof b);
        if (!p || strcmp(p, ok[i][1]) != 0) fail_msg("'%s' -> '%s', expected '%s'", ok[i][0], p ? p : "(none)", ok[i][1]);
    }
    /* Not ISO dates: dropped rather than stored as if they were. */
    static const char *const bad[] = {"1612345678", "20200506", "2020-13-01", "2020-00", "2020-05-32",
                                      "2020-05-00", "2020-5-6",   "05/06/2020", "May 6, 2020", "",
                                      "202",        "2020-05-061", "20201",      "-2020"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *p = published_of(bad[i], b, sizeof b);
        if (p) fail_msg("'%s' gave the date '%s'", bad[i], p);
    }
    /* "published" wins over "date"; a non-string is ignored. */
    tl_reader_doc d = jsonl_ok("{\"text\":\"t\",\"published\":\"2001-02-03\",\"date\":\"2004-05-06\"}");
    assert_string_equal(d.published, "2001-02-03");
    tl_reader_clear(&d);
    d = jsonl_ok("{\"text\":\"t\",\"published\":20010203,\"date\":\"2004-05-06\"}");
    assert_string_equal(d.published, "2004-05-06");
    tl_reader_clear(&d);
}

static void test_jsonl_ids_and_fields(void **state) {
    (void)state;
    tl_reader_doc d = jsonl_ok("{\"text\":\"t\",\"id\":\"doc-7\"}");
    assert_string_equal(d.id, "doc-7");
    tl_reader_clear(&d);
    d = jsonl_ok("{\"text\":\"t\",\"id\":-42}");
    assert_string_equal(d.id, "-42");
    tl_reader_clear(&d);
    d = jsonl_ok("{\"text\":\"t\",\"id\":9223372036854775807}");
    assert_string_equal(d.id, "9223372036854775807");
    tl_reader_clear(&d);
    /* Ids that are not strings or integers, or empty: none. */
    const char *no_id[] = {"{\"text\":\"t\",\"id\":1.5}", "{\"text\":\"t\",\"id\":true}", "{\"text\":\"t\",\"id\":null}",
                           "{\"text\":\"t\",\"id\":\"\"}", "{\"text\":\"t\",\"id\":[1]}", "{\"text\":\"t\",\"id\":{}}"};
    for (size_t i = 0; i < sizeof no_id / sizeof *no_id; i++) {
        d = jsonl_ok(no_id[i]);
        assert_null(d.id);
        tl_reader_clear(&d);
    }
    /* Metadata of the wrong type is left out, not an error. */
    d = jsonl_ok("{\"text\":\"t\",\"title\":5,\"url\":[],\"source\":{\"a\":1}}");
    assert_null(d.title);
    assert_null(d.url);
    assert_null(d.source);
    tl_reader_clear(&d);
    /* An empty text is a record; surrounding blanks and a later duplicate
     * key are JSON's business (jansson keeps the last). */
    d = jsonl_ok("  {\"text\":\"\"}  ");
    assert_int_equal(d.len, 0);
    assert_string_equal(d.text, "");
    tl_reader_clear(&d);
    d = jsonl_ok("{\"text\":\"first\",\"text\":\"second\"}");
    assert_string_equal(d.text, "second");
    tl_reader_clear(&d);
    /* Escapes: a surrogate pair is one character; a lone surrogate is
     * refused (the text must be valid UTF-8). */
    d = jsonl_ok("{\"text\":\"\\ud83d\\ude00 \\u00e9\\t\\\"q\\\"\"}");
    assert_string_equal(d.text, "\xf0\x9f\x98\x80 \xc3\xa9\t\"q\"");
    tl_reader_clear(&d);
    tl_error err = {0};
    const char *lone = "{\"text\":\"a\\ud800b\"}";
    assert_int_equal(tl_reader_jsonl(lone, strlen(lone), &d, &err), TL_EFORMAT);
    assert_null(d.text);
    /* A NUL in the title is cut there (metadata are C strings). */
    d = jsonl_ok("{\"text\":\"t\",\"title\":\"a\\u0000b\"}");
    assert_string_equal(d.title, "a");
    tl_reader_clear(&d);
}

static void test_jsonl_failure_leaves_result(void **state) {
    (void)state;
    /* A failed read leaves a result that holds an earlier record as it was. */
    tl_reader_doc d = jsonl_ok("{\"text\":\"kept\",\"title\":\"T\"}");
    tl_error err = {0};
    const char *bad[] = {"{\"text\":1}", "{", "", "[]", "\"text\"", "{\"text\":\"x\"}{}", "{\"Text\":\"x\"}"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        err.code = 0;
        assert_int_equal(tl_reader_jsonl(bad[i], strlen(bad[i]), &d, &err), TL_EFORMAT);
        assert_int_equal(err.code, TL_EFORMAT);
        assert_string_equal(d.text, "kept");
        assert_string_equal(d.title, "T");
    }
    /* err may be NULL. */
    assert_int_equal(tl_reader_jsonl("{", 1, &d, NULL), TL_EFORMAT);
    /* Only len bytes are read: the record ends where the length says. */
    const char *two = "{\"text\":\"one\"}{\"text\":\"two\"}";
    tl_reader_doc e = {0};
    assert_int_equal(tl_reader_jsonl(two, 14, &e, &err), TL_OK);
    assert_string_equal(e.text, "one");
    tl_reader_clear(&e);
    tl_reader_clear(&d);
    assert_null(d.text);
    tl_reader_clear(&d); /* a cleared result may be cleared again */
}

static void test_jsonl_deep_and_long(void **state) {
    (void)state;
    /* Nesting far deeper than any parser's limit, in an unused field:
     * refused or read, never a crash. */
    tl_buf b = TL_BUF_INIT;
    tl_buf_puts(&b, "{\"text\":\"t\",\"x\":");
    for (int i = 0; i < 100000; i++) tl_buf_putc(&b, '[');
    for (int i = 0; i < 100000; i++) tl_buf_putc(&b, ']');
    tl_buf_putc(&b, '}');
    assert_false(b.oom);
    tl_reader_doc d = {0};
    tl_error err = {0};
    int rc = tl_reader_jsonl(b.p, b.len, &d, &err);
    assert_true(rc == TL_OK || rc == TL_EFORMAT);
    tl_reader_clear(&d);
    /* A 4 MB text. */
    b.len = 0;
    tl_buf_puts(&b, "{\"text\":\"");
    for (int i = 0; i < (4 << 20) / 8; i++) tl_buf_puts(&b, "abc def ");
    tl_buf_puts(&b, "\"}");
    assert_false(b.oom);
    assert_int_equal(tl_reader_jsonl(b.p, b.len, &d, &err), TL_OK);
    assert_int_equal(d.len, 4 << 20);
    tl_reader_clear(&d);
    tl_buf_free(&b);
}

static void test_jsonl_trim(void **state) {
    (void)state;
    size_t n = 99;
    /* Stops at the first newline; CR and tabs around go. */
    assert_int_equal(tl_reader_jsonl_trim("{}\r\n{}", 6, &n), 0);
    assert_int_equal(n, 2);
    assert_int_equal(tl_reader_jsonl_trim("\t\t{}\t", 5, &n), 2);
    assert_int_equal(n, 2);
    /* Only len bytes are looked at, NUL or not. */
    assert_int_equal(tl_reader_jsonl_trim("  ab  cd", 4, &n), 2);
    assert_int_equal(n, 2);
    assert_int_equal(tl_reader_jsonl_trim("\n{}", 3, &n), 0);
    assert_int_equal(n, 0);
    /* Other white space (form feed, vertical tab) is kept. */
    tl_reader_jsonl_trim("\f{}\v", 4, &n);
    assert_int_equal(n, 4);
}

static tl_reader_doc html(const char *s) {
    tl_reader_doc d = {0};
    assert_int_equal(tl_reader_html(s, strlen(s), &d), TL_OK);
    assert_non_null(d.text);
    assert_int_equal(strlen(d.text), d.len);
    return d;
}

static void test_html_dates(void **state) {
    (void)state;
    static const char *const pages[][2] = {
        {"<meta property=\"article:published_time\" content=\"2018-07-09T08:00:00+00:00\"><p>x</p>", "2018-07-09"},
        {"<meta itemprop=\"datePublished\" content=\"2017-01-02\"><p>x</p>", "2017-01-02"},
        {"<meta name=\"date\" content=\"2016-03\"><p>x</p>", "2016-03"},
        {"<meta name=\"pubdate\" content=\"2015\"><p>x</p>", "2015"},
        {"<p>On <time datetime=\"2014-11-12T10:00\">Wednesday</time></p>", "2014-11-12"},
    };
    for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
        tl_reader_doc d = html(pages[i][0]);
        if (!d.published || strcmp(d.published, pages[i][1]) != 0)
            fail_msg("page %zu: '%s', expected '%s'", i, d.published ? d.published : "(none)", pages[i][1]);
        tl_reader_clear(&d);
    }
    /* Dates that are not ISO dates are left out. */
    static const char *const bad[] = {
        "<meta name=\"date\" content=\"1612345678\"><p>x</p>",
        "<meta name=\"date\" content=\"Tuesday, 3 May\"><p>x</p>",
        "<meta name=\"date\" content=\"2019-14-01\"><p>x</p>",
        "<p><time datetime=\"\">never</time></p>",
        "<p><time>2019-01-01</time></p>",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        tl_reader_doc d = html(bad[i]);
        if (d.published) fail_msg("bad page %zu gave '%s'", i, d.published);
        tl_reader_clear(&d);
    }
}

static void test_html_boms_and_charsets(void **state) {
    (void)state;
    /* A UTF-8 BOM is not text. */
    tl_reader_doc d = html("\xef\xbb\xbf<p>Gen\xc3\xa8ve</p>");
    assert_string_equal(d.text, "Gen\xc3\xa8ve");
    tl_reader_clear(&d);
    /* UTF-16 with a BOM, both byte orders. */
    static const char le[] = "\xff\xfe<\0p\0>\0\xe9\0t\0\xe9\0<\0/\0p\0>\0";
    assert_int_equal(tl_reader_html(le, sizeof le - 1, &d), TL_OK);
    assert_string_equal(d.text, "\xc3\xa9t\xc3\xa9");
    tl_reader_clear(&d);
    static const char be[] = "\xfe\xff\0<\0p\0>\0\xe9\0t\0\xe9\0<\0/\0p\0>";
    assert_int_equal(tl_reader_html(be, sizeof be - 1, &d), TL_OK);
    assert_string_equal(d.text, "\xc3\xa9t\xc3\xa9");
    tl_reader_clear(&d);
    /* Undeclared and not UTF-8: read as Latin-1. */
    d = html("<p>Jos\xe9</p>");
    assert_string_equal(d.text, "Jos\xc3\xa9");
    tl_reader_clear(&d);
    /* A charset nobody knows: the text is still valid UTF-8. */
    d = html("<meta charset=\"x-no-such-charset\"><p>Jos\xe9 Gen\xc3\xa8ve</p>");
    assert_true(utf8_ok(d.text, d.len));
    tl_reader_clear(&d);
}

static void test_html_hidden_boxes(void **state) {
    (void)state;
    tl_reader_doc d = html("<body><div id=\"main-menu\">Menu items</div>"
                           "<div class=\"share-bar\">Share this</div>"
                           "<aside>Aside</aside><form>Sign up</form><iframe>frame</iframe>"
                           "<template>tmpl</template>"
                           "<div class=\"related-stories\">Related</div>"
                           "<p>Body text.</p></body>");
    assert_string_equal(d.text, "Body text.");
    tl_reader_clear(&d);
    /* An og:url when there is no canonical link; titles trimmed. */
    d = html("<meta property=\"og:url\" content=\" https://example.org/x \"><title>\n  Spaced  \n</title><p>t</p>");
    assert_string_equal(d.url, "https://example.org/x");
    assert_string_equal(d.title, "Spaced");
    tl_reader_clear(&d);
    /* A page with no text at all: an empty text, not NULL. */
    d = html("<html><head><title>T</title></head><body></body></html>");
    assert_int_equal(d.len, 0);
    assert_string_equal(d.text, "");
    tl_reader_clear(&d);
}

/* Random bytes, biased to markup: always TL_OK with a valid UTF-8 text that
 * has no NUL before len, and metadata that are valid C strings. */
static void test_html_random(void **state) {
    (void)state;
    static const char *const parts[] = {"<p>",     "</p>",   "<div class=menu>", "</div>", "&amp;", "&#x",
                                        "<title>", "<meta ", "charset=latin1>",   "\xe9",   "\xc3", "<script>",
                                        "<time datetime=\"2020-01-0", "\0", "text ", "<!--", "-->", "<![CDATA[",
                                        "]]>", "<svg>", "\xff\xfe", "<table><td>"};
    static const size_t plen[] = {3, 4, 16, 6, 5, 3, 7, 6, 15, 1, 1, 8, 26, 1, 5, 4, 3, 9, 3, 5, 2, 11};
    unsigned seed = 7;
    tl_buf b = TL_BUF_INIT;
    for (int round = 0; round < 400; round++) {
        b.len = 0;
        int n = round % 60;
        for (int i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            size_t k = (seed >> 16) % (sizeof parts / sizeof *parts);
            tl_buf_put(&b, parts[k], plen[k]);
        }
        tl_reader_doc d = {0};
        assert_int_equal(tl_reader_html(b.p ? b.p : "", b.len, &d), TL_OK);
        assert_non_null(d.text);
        assert_int_equal(strlen(d.text), d.len);
        if (!utf8_ok(d.text, d.len)) {
            fprintf(stderr, "round %d: input", round);
            for (size_t i = 0; i < b.len; i++) fprintf(stderr, " %02x", (unsigned char)b.p[i]);
            fprintf(stderr, "\ntext");
            for (size_t i = 0; i < d.len; i++) fprintf(stderr, " %02x", (unsigned char)d.text[i]);
            fail_msg("invalid UTF-8 in the text");
        }
        if (d.title) assert_true(utf8_ok(d.title, strlen(d.title)));
        if (d.published) assert_true(strlen(d.published) <= 10);
        tl_reader_clear(&d);
    }
    tl_buf_free(&b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonl_dates),
        cmocka_unit_test(test_jsonl_ids_and_fields),
        cmocka_unit_test(test_jsonl_failure_leaves_result),
        cmocka_unit_test(test_jsonl_deep_and_long),
        cmocka_unit_test(test_jsonl_trim),
        cmocka_unit_test(test_html_dates),
        cmocka_unit_test(test_html_boms_and_charsets),
        cmocka_unit_test(test_html_hidden_boxes),
        cmocka_unit_test(test_html_random),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
