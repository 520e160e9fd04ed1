/* test_serve_http.c -- the HTTP server (tl_serve.h) on raw, malformed and hostile requests over a socket: every one answered with a 4xx or closed, the server still serving after them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "http_fixture.h"
#include "doc_fixture.h"

static const char TEXT[] = "Varn Kell leads the Ash Circle. Oda Kell met Varn Kell in Belmar.";

static int setup(void **state) {
    static const ent_spec e[] = {
        {"Varn Kell", TL_PERSON}, {"Ash Circle", TL_ORG}, {"Oda Kell", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec fs[] = {{TL_LEADER_OF, "Varn Kell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL}};
    return (*state = srv_open("http", mkdoc(TEXT, "r.txt", "2020-01-01", e, 4, fs, 1), 4096)) ? 0 : -1;
}

static int teardown(void **state) {
    srv_close(*state);
    return 0;
}

static int ask_raw(srv *v, const char *req, size_t n, char *body, size_t cap) {
    return http_ask(v, req, n, NULL, 0, body, cap);
}

static int ask(srv *v, const char *req) { return ask_raw(v, req, strlen(req), NULL, 0); }

static int post(srv *v, const char *path, const char *type, const char *body, char *out, size_t cap) {
    return http_send(v, "POST", path, 1, type, body, out, cap);
}

static void test_good_requests(void **state) {
    srv *v = *state;
    char body[4096];
    assert_int_equal(ask_raw(v, GET("/api/stats"), strlen(GET("/api/stats")), body, sizeof body), 200);
    assert_non_null(strstr(body, "\"documents\": 1") ? body : strstr(body, "\"documents\":1"));
    assert_int_equal(ask(v, GET("/api/entities/Varn%20Kell")), 200);
    assert_int_equal(ask(v, GET("/api/entities?type=PERSON&limit=1")), 200);
    assert_int_equal(ask(v, GET("/api/facts?type=LEADER_OF")), 200);
    assert_int_equal(ask(v, GET("/api/search?q=Belmar")), 200);
    assert_int_equal(ask(v, GET("/api/documents")), 200);
    /* HTTP/1.0 without Host. */
    assert_int_equal(ask(v, "GET /api/stats HTTP/1.0\r\n\r\n"), 200);
}

static void test_bad_arguments(void **state) {
    srv *v = *state;
    static const struct { const char *req; int lo, hi; } cases[] = {
        {GET("/api/entities/Nobody%20Here"), 404, 404},
        {GET("/api/entities/Kell"), 409, 409},               /* ambiguous */
        {GET("/api/entities/%00"), 400, 404},
        {GET("/api/entities/%ZZ"), 400, 404},
        {GET("/api/entities/%"), 400, 404},
        {GET("/api/entities?limit=-1"), 400, 400},
        {GET("/api/entities?limit=99999999999999999999999"), 400, 400},
        {GET("/api/entities?limit=1e3"), 400, 400},
        {GET("/api/entities?type=ALIEN"), 400, 400},
        {GET("/api/facts?since=yesterday"), 400, 400},
        {GET("/api/facts?since=2020-1"), 400, 400},
        {GET("/api/facts?modality=certain"), 400, 400},
        {GET("/api/path?from=Varn%20Kell"), 400, 400},      /* no "to" */
        {GET("/api/path?from=Varn%20Kell&to=Belmar&max_hops=99"), 400, 400},
        {GET("/api/neighbors?entity=Varn%20Kell&hops=0"), 400, 400},
        {GET("/api/search"), 400, 400},
        {GET("/api/documents/not-a-document"), 404, 404},
        {GET("/api/documents/..%2F..%2Fetc%2Fpasswd"), 404, 404},
        {GET("/api/export?format=pdf"), 400, 400},
        {GET("/api/nothing"), 404, 404},
        {GET("/../../etc/passwd"), 400, 404},
        {GET("/api/stats?top=101"), 400, 400},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        int st = ask(v, cases[i].req);
        if (st < cases[i].lo || st > cases[i].hi)
            fail_msg("%.60s: status %d, expected %d..%d", cases[i].req, st, cases[i].lo, cases[i].hi);
    }
}

static void test_malformed_http(void **state) {
    srv *v = *state;
    /* Not HTTP, a bare newline, a method it does not serve, a request line
     * with no version, a header without a colon, huge headers: a 4xx or a
     * closed connection, never a hang or a crash. */
    static const char *const raw[] = {
        "GARBAGE\r\n\r\n",
        "\r\n\r\n",
        "DELETE /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        "PUT /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
        "GET /api/stats\r\n\r\n",
        "GET /api/stats HTTP/1.1\r\nHost x\r\nConnection: close\r\n\r\n",
        "GET /api/stats HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n",
        "POST /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: -5\r\n\r\n",
        "POST /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n",
        "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n",  /* no blank line: the server times out */
    };
    for (size_t i = 0; i < sizeof raw / sizeof *raw; i++) {
        int st = ask(v, raw[i]);
        if (st != 0 && (st < 400 || st > 599) && !(i == 6 && st == 200))
            fail_msg("raw request %zu: status %d", i, st);
    }
    /* A 100 KB header line. */
    size_t big = 100000;
    char *req = malloc(big + 200);
    assert_non_null(req);
    int k = snprintf(req, 200, "GET /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: ");
    memset(req + k, 'a', big);
    memcpy(req + k + big, "\r\n\r\n", 5);
    int st = ask_raw(v, req, (size_t)k + big + 4, NULL, 0);
    assert_true(st == 0 || (st >= 400 && st < 500));
    /* A NUL in the request line. */
    static const char nul[] = "GET /api/st\0ats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    st = ask_raw(v, nul, sizeof nul - 1, NULL, 0);
    assert_true(st == 0 || (st >= 400 && st < 500));
    free(req);
}

static void test_writes(void **state) {
    srv *v = *state;
    char body[4096];
    /* Without a token, or with a wrong one: refused. */
    static const char anon[] = "POST /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                               "Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello";
    assert_int_equal(ask(v, anon), 401);
    static const char wrong[] = "POST /api/corrections HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                "Authorization: Bearer 0000\r\nContent-Type: application/json\r\n"
                                "Content-Length: 2\r\n\r\n{}";
    assert_int_equal(ask(v, wrong), 401);
    /* Bodies that are not what the route takes. */
    assert_int_equal(post(v, "/api/corrections", "application/json", "not json", body, sizeof body), 400);
    assert_int_equal(post(v, "/api/corrections", "application/json", "[1,2]", body, sizeof body), 400);
    assert_int_equal(post(v, "/api/corrections", "application/json", "{\"op\":\"explode\"}", body, sizeof body), 400);
    assert_int_equal(post(v, "/api/corrections", "application/json", "{\"op\":\"merge\",\"a\":\"Varn Kell\"}", body,
                          sizeof body),
                     400);
    assert_int_equal(post(v, "/api/corrections", "application/json", "{\"op\":\"reject\",\"fact\":-3}", body,
                          sizeof body),
                     400);
    assert_int_equal(post(v, "/api/corrections", "application/json", "{\"op\":\"rename\",\"a\":\"Kell\",\"b\":\"K\"}",
                          body, sizeof body),
                     409);
    assert_int_equal(post(v, "/api/corrections", "application/json",
                          "{\"op\":\"merge\",\"a\":\"Varn Kell\",\"a\":\"Oda Kell\",\"b\":\"x\"}", body, sizeof body),
                     400); /* a duplicate key */
    assert_int_equal(post(v, "/api/documents", "application/json", "{\"title\":\"no text\"}", body, sizeof body), 400);
    assert_int_equal(post(v, "/api/documents", "application/json", "{\"text\":5}", body, sizeof body), 400);
    /* Over the body limit (4096 here). */
    char *huge = malloc(6000);
    assert_non_null(huge);
    memset(huge, 'a', 5999);
    huge[5999] = 0;
    int st = post(v, "/api/documents", "text/plain", huge, body, sizeof body);
    assert_true(st == 413 || st == 0);
    free(huge);
    /* A good correction and a good document. */
    assert_int_equal(post(v, "/api/corrections", "application/json",
                          "{\"op\":\"alias\",\"entity\":\"Varn Kell\",\"name\":\"The Lantern Man\"}", body, sizeof body),
                     201);
    st = post(v, "/api/documents", "text/plain", "Mira Tal met Varn Kell in Belmar on 3 May 2021.", body, sizeof body);
    assert_true(st == 201 || st == 503); /* 503: no extractor could be made */
    /* Still serving. */
    assert_int_equal(ask(v, GET("/api/entities/The%20Lantern%20Man")), 200);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_requests),
        cmocka_unit_test(test_bad_arguments),
        cmocka_unit_test(test_malformed_http),
        cmocka_unit_test(test_writes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
