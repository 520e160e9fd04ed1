/* test_serve_web.c -- the server's start-up and surroundings (tl_serve.h): the web page's files served by exact name with their types and security headers, reads behind a token off loopback, text documents with X- headers, refused start-ups. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "http_fixture.h"
#include "doc_fixture.h"
#include "file_fixture.h"

static const char TEXT[] = "Varn Kell leads the Ash Circle.";

static tl_doc *small_doc(void) {
    static const ent_spec e[] = {{"Varn Kell", TL_PERSON}, {"Ash Circle", TL_ORG}};
    static const fact_spec fs[] = {{TL_LEADER_OF, "Varn Kell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL}};
    return mkdoc(TEXT, "r.txt", "2020-01-01", e, 2, fs, 1);
}

static char head[1 << 16], body[1 << 16];

static int get(srv *v, const char *path) {
    char req[512];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
    return http_ask(v, req, (size_t)n, head, sizeof head, body, sizeof body);
}

/* A web folder: a page, a script, a style sheet, files it must not serve
 * (hidden, of an unknown type, in a sub-folder, over 16 MiB). */
static void test_web_files(void **state) {
    (void)state;
    char dir[] = "/tmp/tl-test-web-XXXXXX";
    assert_non_null(mkdtemp(dir));
    put(dir, "index.html", "<!doctype html><title>graph</title>");
    put(dir, "app.js", "console.log(1);");
    put(dir, "style.CSS", "body{}");
    put(dir, ".secret.js", "hidden");
    put(dir, "notes.md", "# unknown type");
    put(dir, "dump.sql", "DROP TABLE x;");
    char sub[128], big[128];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    assert_int_equal(mkdir(sub, 0700), 0);
    put(sub, "inner.js", "inner");
    snprintf(big, sizeof big, "%s/huge.json", dir);
    FILE *f = fopen(big, "wb");
    assert_non_null(f);
    assert_int_equal(ftruncate(fileno(f), 17 << 20), 0); /* sparse: no 17 MiB written */
    fclose(f);

    srv *v = srv_open_opts("web", small_doc(), (tl_serve_opts){.threads = 2, .timeout_s = 3, .web_dir = dir});
    assert_non_null(v);
    assert_int_equal(get(v, "/"), 200); /* the page at / */
    assert_string_equal(body, "<!doctype html><title>graph</title>");
    assert_non_null(strstr(head, "Content-Type: text/html; charset=utf-8"));
    assert_non_null(strstr(head, "X-Content-Type-Options: nosniff"));
    assert_non_null(strstr(head, "Content-Security-Policy: default-src 'self'"));
    assert_non_null(strstr(head, "frame-ancestors 'none'"));
    assert_int_equal(get(v, "/index.html"), 200);
    assert_int_equal(get(v, "/app.js"), 200);
    assert_non_null(strstr(head, "Content-Type: text/javascript"));
    assert_string_equal(body, "console.log(1);");
    assert_int_equal(get(v, "/style.CSS"), 200); /* the type by extension, any case */
    assert_non_null(strstr(head, "Content-Type: text/css"));
    static const char *const refused[] = {"/.secret.js", "/notes.md", "/dump.sql", "/sub/inner.js", "/sub",
                                          "/huge.json", "/app.js/", "/APP.JS", "//app.js", "/%2e%2e/etc/passwd"};
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        int st = get(v, refused[i]);
        if (st != 404) fail_msg("%s: %d, expected 404", refused[i], st);
    }
    /* the query string is not part of the name */
    assert_int_equal(get(v, "/index.html?x=1"), 200);
    assert_int_equal(get(v, "/nothing.js"), 404);
    assert_non_null(strstr(body, "no such page"));
    /* the files were read at start: changed afterwards, the old bytes are served */
    put(dir, "app.js", "changed");
    assert_int_equal(get(v, "/app.js"), 200);
    assert_string_equal(body, "console.log(1);");
    /* the API is there as well */
    assert_int_equal(get(v, "/api/stats"), 200);
    srv_close(v);
    rm_rf(dir);
}

/* Without a web folder (or with one that cannot be read) the API alone. */
static void test_api_alone(void **state) {
    (void)state;
    srv *v = srv_open_opts("noweb", small_doc(),
                           (tl_serve_opts){.threads = 2, .timeout_s = 3, .web_dir = "/tmp/tl-no-such-web-folder"});
    assert_non_null(v);
    assert_int_equal(get(v, "/"), 404);
    assert_non_null(strstr(body, "the web page is not installed"));
    assert_int_equal(get(v, "/api/entities"), 200);
    assert_true(tl_serve_reads_open(v->s));
    srv_close(v);
}

/* Bound off loopback, reads need a token too. */
static void test_reads_need_a_token_off_loopback(void **state) {
    (void)state;
    srv *v = srv_open_opts("anyaddr", small_doc(), (tl_serve_opts){.host = "0.0.0.0", .threads = 2, .timeout_s = 3});
    if (!v) skip(); /* no address to bind here */
    assert_false(tl_serve_reads_open(v->s));
    assert_int_equal(get(v, "/api/stats"), 401);
    assert_non_null(strstr(body, "a bearer token is required"));
    assert_int_equal(http_send(v, "GET", "/api/stats", 1, "text/plain", "", body, sizeof body), 200);
    srv_close(v);
}

/* A text/plain document takes its title, date and address from X- headers;
 * headers that are too long or not UTF-8 are refused before any work. */
static void test_text_documents_with_headers(void **state) {
    (void)state;
    srv *v = srv_open("xhdr", small_doc(), 1 << 16);
    assert_non_null(v);
    int st = http_send_h(v, "POST", "/api/documents", 1,
                         "X-Title: Harbor raid\r\nX-Published: 2022-03-04\r\nX-URL: https://example.org/r\r\n",
                         "text/plain; charset=utf-8", "Police arrested Varn Kell in Belmar.", body, sizeof body);
    if (st == 503) { srv_close(v); skip(); } /* no extractor here */
    assert_int_equal(st, 201);
    json_t *j = json_loads(body, 0, NULL);
    assert_non_null(j);
    json_t *doc = json_object_get(j, "document");
    assert_string_equal(json_string_value(json_object_get(doc, "title")), "Harbor raid");
    assert_string_equal(json_string_value(json_object_get(doc, "published")), "2022-03-04");
    json_decref(j);
    char longt[3000];
    memset(longt, 'T', sizeof longt - 1);
    longt[sizeof longt - 1] = 0;
    char hdr[3100];
    snprintf(hdr, sizeof hdr, "X-Title: %s\r\n", longt);
    static const char *const bad[] = {"X-Title: \xff\xfe bad\r\n", "X-URL: http://x/\xc3\r\n",
                                      "X-Published: 2022-03-04-and-more-than-the-field-holds\r\n", NULL};
    for (size_t i = 0; i < 4; i++) {
        st = http_send_h(v, "POST", "/api/documents", 1, bad[i] ? bad[i] : hdr, "text/plain", "Some text here.", body,
                         sizeof body);
        if (st != 400) fail_msg("header %zu: %d, expected 400", i, st);
    }
    /* a date that is no date */
    st = http_send_h(v, "POST", "/api/documents", 1, "X-Published: soon\r\n", "text/plain", "Other text here.", body,
                     sizeof body);
    assert_int_equal(st, 400);
    assert_non_null(strstr(body, "the published date takes"));
    srv_close(v);
}

/* Start-ups that cannot work are refused with the reason, leaving nothing. */
static void test_refused_starts(void **state) {
    (void)state;
    tl_server *s = (tl_server *)1;
    tl_error err = {0};
    tl_serve_opts o = {.db = "/tmp/tl-no-such-dir/none.db", .threads = 1};
    assert_int_equal(tl_serve_start(&o, &s, &err) < 0, 1);
    assert_true(err.msg[0] != 0);
    fixture *f = fixture_open("srvbad");
    assert_non_null(f);
    o.db = f->path;
    o.host = "not an address!";
    err.msg[0] = 0;
    assert_int_equal(tl_serve_start(&o, &s, &err), TL_EINVAL);
    assert_non_null(strstr(err.msg, "cannot resolve the address"));
    /* the same port twice: the second cannot bind */
    o.host = NULL;
    tl_server *a = NULL, *b = NULL;
    assert_int_equal(tl_serve_start(&o, &a, &err), TL_OK);
    o.port = tl_serve_port(a);
    assert_true(o.port > 0);
    assert_int_equal(tl_serve_start(&o, &b, &err), TL_EIO);
    tl_serve_stop(a);
    tl_serve_stop(NULL);
    fixture_close(f);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_web_files),
        cmocka_unit_test(test_api_alone),
        cmocka_unit_test(test_reads_need_a_token_off_loopback),
        cmocka_unit_test(test_text_documents_with_headers),
        cmocka_unit_test(test_refused_starts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
