/* test_serve_routes.c -- every route of the HTTP API (tl_serve_api.c) over a socket: the JSON each answers, its content type, its error codes and error bodies, writes with metadata, corrections and wrong methods. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include "tl_arena.h"
#include "http_fixture.h"
#include "doc_fixture.h"

static const char TEXT[] = "Varn Kell leads the Ash Circle. Oda Kell met Varn Kell in Belmar in May 2019. "
                           "Police arrested Oda Kell in Belmar in 2020.";

static int setup(void **state) {
    static const ent_spec e[] = {
        {"Varn Kell", TL_PERSON}, {"Ash Circle", TL_ORG}, {"Oda Kell", TL_PERSON}, {"Belmar", TL_GPE}};
    static const fact_spec fs[] = {
        {TL_LEADER_OF, "Varn Kell", "Ash Circle", NULL, NULL, TL_ASSERTED, NULL},
        {TL_MET, "Oda Kell", "Varn Kell", "Belmar", "2019-05", TL_ASSERTED, "Oda Kell met"},
        {TL_ARRESTED, "Oda Kell", NULL, "Belmar", "2020", TL_ASSERTED, "Police"}};
    return (*state = srv_open("routes", mkdoc(TEXT, "r.txt", "2020-06-01", e, 4, fs, 3), 1 << 16)) ? 0 : -1;
}

static int teardown(void **state) {
    srv_close(*state);
    return 0;
}

static char body[1 << 18];

/* GET path: the status, and the body parsed (the test fails when it is
 * not JSON); the caller json_decref's it. */
static json_t *get(srv *v, const char *path, int *status) {
    char req[4096];
    int n = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", path);
    *status = http_ask(v, req, (size_t)n, NULL, 0, body, sizeof body);
    json_error_t je;
    json_t *j = json_loads(body, 0, &je);
    if (!j) fail_msg("GET %s: %d, not JSON (%s): %.200s", path, *status, je.text, body);
    return j;
}

/* GET path must answer 200 and an array of n rows; returns it (the
 * caller json_decref's it). */
static json_t *get_rows(srv *v, const char *path, size_t n) {
    int st = 0;
    json_t *j = get(v, path, &st);
    if (st != 200 || json_array_size(j) != n)
        fail_msg("GET %s: %d with %zu rows, expected 200 with %zu", path, st, json_array_size(j), n);
    return j;
}

/* GET path must fail with `status`, an error body saying so and a message
 * holding `msg`. */
static void get_fails(srv *v, const char *path, int status, const char *msg) {
    int st = 0;
    json_t *j = get(v, path, &st);
    if (st != status) fail_msg("GET %s: %d, expected %d: %.200s", path, st, status, body);
    json_t *e = json_object_get(j, "error");
    assert_non_null(e);
    assert_int_equal(json_integer_value(json_object_get(e, "status")), status);
    const char *m = json_string_value(json_object_get(e, "message"));
    if (!m || !strstr(m, msg)) fail_msg("GET %s: message '%s', expected '%s'", path, m ? m : "(none)", msg);
    json_decref(j);
}

/* POST a JSON or text body with the token: the status, the body parsed. */
static json_t *post(srv *v, const char *path, const char *type, const char *b, int *status) {
    *status = http_send(v, "POST", path, 1, type, b, body, sizeof body);
    json_t *j = json_loads(body, 0, NULL);
    if (!j) fail_msg("POST %s: %d, not JSON: %.200s", path, *status, body);
    return j;
}

static const char *str(json_t *o, const char *k) { return json_string_value(json_object_get(o, k)); }

/* The array's object whose "name" is n, NULL when none. */
static json_t *by_name(json_t *a, const char *n) {
    size_t i;
    json_t *x;
    json_array_foreach(a, i, x) if (str(x, "name") && strcmp(str(x, "name"), n) == 0) return x;
    return NULL;
}

static void test_entities_and_dossier(void **state) {
    srv *v = *state;
    int st;
    json_t *j = get(v, "/api/entities", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(j), 4);
    assert_string_equal(str(json_array_get(j, 0), "name"), "Ash Circle"); /* by name */
    json_decref(j);
    j = get_rows(v, "/api/entities?match=kell", 2);
    json_decref(j);
    j = get_rows(v, "/api/entities?order=degree&limit=1", 1);
    /* Oda Kell and Varn Kell have two facts each, the others one */
    assert_non_null(strstr(str(json_array_get(j, 0), "name"), "Kell"));
    json_decref(j);
    j = get_rows(v, "/api/entities?offset=3", 1);
    assert_string_equal(str(json_array_get(j, 0), "name"), "Varn Kell");
    json_decref(j);
    j = get_rows(v, "/api/entities?type=GPE", 1);
    assert_string_equal(str(json_array_get(j, 0), "name"), "Belmar");
    json_decref(j);
    get_fails(v, "/api/entities?order=size", 400, "'order' is name or degree");
    get_fails(v, "/api/entities?offset=-2", 400, "'offset' takes a number");
    get_fails(v, "/api/entities?limit=0", 400, "'limit' takes a number from 1 to 10000");

    j = get(v, "/api/entities/Oda%20Kell", &st);
    assert_int_equal(st, 200);
    assert_string_equal(str(j, "name"), "Oda Kell");
    json_t *by_type = json_object_get(j, "facts_by_type");
    assert_non_null(json_object_get(by_type, "MET"));
    assert_non_null(json_object_get(by_type, "ARRESTED"));
    assert_null(json_object_get(by_type, "LEADER_OF"));
    char path[64];
    snprintf(path, sizeof path, "/api/entities/%%23%lld", (long long)json_integer_value(json_object_get(j, "id")));
    json_decref(j);
    j = get(v, path, &st); /* "#id" names it too */
    assert_int_equal(st, 200);
    assert_string_equal(str(j, "name"), "Oda Kell");
    json_decref(j);
    get_fails(v, "/api/entities/%23999999", 404, "no entity named '#999999'");
    /* ambiguous: 409, and the candidates to choose from */
    j = get(v, "/api/entities/Kell", &st);
    assert_int_equal(st, 409);
    json_t *cand = json_object_get(json_object_get(j, "error"), "candidates");
    assert_int_equal(json_array_size(cand), 2);
    assert_non_null(by_name(cand, "Oda Kell"));
    assert_non_null(by_name(cand, "Varn Kell"));
    json_decref(j);
}

static void test_facts_and_timeline(void **state) {
    srv *v = *state;
    int st;
    json_t *j = get(v, "/api/facts", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(j), 3);
    json_decref(j);
    j = get_rows(v, "/api/facts?entity=Oda%20Kell", 2);
    json_decref(j);
    j = get(v, "/api/facts?type=met", &st); /* type names are case-insensitive */
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(j), 1);
    json_t *f = json_array_get(j, 0);
    assert_string_equal(str(f, "type"), "MET");
    assert_true(json_array_size(json_object_get(f, "evidence")) == 1);
    json_decref(j);
    /* the timeline: dated facts only, oldest first */
    j = get_rows(v, "/api/timeline", 2);
    assert_string_equal(str(json_array_get(j, 0), "type"), "MET");
    assert_string_equal(str(json_array_get(j, 1), "type"), "ARRESTED");
    json_decref(j);
    j = get_rows(v, "/api/timeline?since=2020", 1);
    assert_string_equal(str(json_array_get(j, 0), "type"), "ARRESTED");
    json_decref(j);
    j = get_rows(v, "/api/facts?until=2019-12-31", 1);
    assert_string_equal(str(json_array_get(j, 0), "type"), "MET");
    json_decref(j);
    get_fails(v, "/api/facts?rejected=2", 400, "'rejected' takes a number from 0 to 1");
    get_fails(v, "/api/facts?type=BEFRIENDED", 400, "unknown fact type 'BEFRIENDED'");
    get_fails(v, "/api/facts?until=2019/12", 400, "'until' takes a date");
    get_fails(v, "/api/facts?entity=Nobody", 404, "no entity named 'Nobody'");
    get_fails(v, "/api/timeline?entity=Kell", 409, "is ambiguous");
}

static void test_path_and_neighbors(void **state) {
    srv *v = *state;
    int st;
    json_t *j = get(v, "/api/path?from=Oda%20Kell&to=Ash%20Circle", &st);
    assert_int_equal(st, 200);
    json_t *paths = json_object_get(j, "paths");
    assert_true(json_array_size(paths) >= 1);
    json_t *p0 = json_array_get(paths, 0);
    assert_int_equal(json_integer_value(json_object_get(p0, "hops")), 2);
    assert_int_equal(json_array_size(json_object_get(p0, "steps")), 2);
    json_decref(j);
    j = get(v, "/api/path?from=Oda%20Kell&to=Ash%20Circle&max_hops=1", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(json_object_get(j, "paths")), 0); /* not connected in one hop */
    json_decref(j);
    get_fails(v, "/api/path?from=Oda%20Kell&to=Ash%20Circle&k=0", 400, "'k' takes a number from 1 to 20");
    get_fails(v, "/api/path?to=Ash%20Circle", 400, "'from' is required");
    get_fails(v, "/api/path?from=Oda%20Kell&to=Nobody", 404, "no entity named 'Nobody'");

    j = get_rows(v, "/api/neighbors?entity=Varn%20Kell", 2);
    assert_int_equal(json_integer_value(json_object_get(by_name(j, "Ash Circle"), "distance")), 1);
    assert_non_null(by_name(j, "Oda Kell"));
    json_decref(j);
    /* an entity type keeps those entities; a fact type, those it reaches */
    j = get_rows(v, "/api/neighbors?entity=Varn%20Kell&type=ORG", 1);
    assert_non_null(by_name(j, "Ash Circle"));
    json_decref(j);
    j = get_rows(v, "/api/neighbors?entity=Varn%20Kell&type=MET", 1);
    assert_non_null(by_name(j, "Oda Kell"));
    json_decref(j);
    j = get(v, "/api/neighbors?entity=Ash%20Circle&hops=2", &st);
    assert_non_null(by_name(j, "Oda Kell"));
    assert_int_equal(json_integer_value(json_object_get(by_name(j, "Oda Kell"), "distance")), 2);
    json_decref(j);
    get_fails(v, "/api/neighbors?entity=Varn%20Kell&type=BOGUS", 400, "unknown entity or fact type 'BOGUS'");
    get_fails(v, "/api/neighbors", 400, "'entity' is required");
    get_fails(v, "/api/neighbors?entity=Varn%20Kell&limit=0", 400, "'limit' takes a number");
    get_fails(v, "/api/neighbors?entity=Kell", 409, "ambiguous");
}

static void test_documents_and_search(void **state) {
    srv *v = *state;
    int st;
    json_t *j = get(v, "/api/documents", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(j), 1);
    char sha[65], path[128];
    snprintf(sha, sizeof sha, "%s", str(json_array_get(j, 0), "doc_id"));
    assert_int_equal(strlen(sha), 64);
    json_decref(j);
    snprintf(path, sizeof path, "/api/documents/%s", sha);
    j = get(v, path, &st);
    assert_int_equal(st, 200);
    assert_string_equal(str(j, "text"), TEXT);
    assert_true(json_array_size(json_object_get(j, "spans")) >= 8); /* mentions and evidence */
    json_decref(j);
    /* the id upper-cased, cut short, or another one: not there */
    for (size_t i = 0; i < 64; i++) sha[i] = (char)(sha[i] >= 'a' ? sha[i] - 32 : sha[i]);
    snprintf(path, sizeof path, "/api/documents/%s", sha);
    get_fails(v, path, 404, "no such document");
    path[strlen(path) - 1] = 0;
    get_fails(v, path, 404, "no such document");
    get_fails(v, "/api/documents/0000000000000000000000000000000000000000000000000000000000000000", 404, "");

    j = get_rows(v, "/api/search?q=Belmar", 2);
    json_decref(j);
    j = get_rows(v, "/api/search?q=Belmar&limit=1", 1);
    json_decref(j);
    /* a query FTS5 refuses is searched as a phrase */
    j = get_rows(v, "/api/search?q=%22Ash%20Circle", 1);
    json_decref(j);
    get_fails(v, "/api/search?q=x&limit=1001", 400, "'limit' takes a number from 1 to 1000");
    /* a query over 4,000 bytes: refused (by the API or, longer than a
     * request line may be, by the HTTP layer), never searched */
    char *longq = malloc(4300);
    assert_non_null(longq);
    int n = snprintf(longq, 40, "GET /api/search?q=");
    memset(longq + n, 'a', 4100);
    snprintf(longq + n + 4100, 100, " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assert_int_equal(http_ask(v, longq, strlen(longq), NULL, 0, NULL, 0), 400);
    free(longq);

    j = get(v, "/api/stats?top=2", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_integer_value(json_object_get(j, "documents")), 1);
    assert_int_equal(json_integer_value(json_object_get(j, "entities")), 4);
    assert_int_equal(json_integer_value(json_object_get(j, "facts")), 3);
    json_decref(j);
}

static void test_export(void **state) {
    srv *v = *state;
    static char head[1 << 18];
    static const char req_json[] = GET("/api/export?format=json");
    assert_int_equal(http_ask(v, req_json, strlen(req_json), head, sizeof head, body, sizeof body), 200);
    assert_non_null(strstr(head, "Content-Type: application/json"));
    json_t *j = json_loads(body, 0, NULL);
    assert_non_null(j);
    assert_int_equal(json_integer_value(json_object_get(j, "threadline_export")), 1);
    assert_int_equal(json_array_size(json_object_get(j, "entities")), 4);
    assert_int_equal(json_array_size(json_object_get(j, "facts")), 3);
    json_decref(j);
    static const char req_gml[] = GET("/api/export?format=graphml");
    assert_int_equal(http_ask(v, req_gml, strlen(req_gml), head, sizeof head, body, sizeof body), 200);
    assert_non_null(strstr(head, "Content-Type: application/graphml+xml"));
    assert_memory_equal(body, "<?xml", 5);
    assert_non_null(strstr(body, "Ash Circle"));
    static const char req_stix[] = GET("/api/export?format=stix&entity=Varn%20Kell&hops=0");
    assert_int_equal(http_ask(v, req_stix, strlen(req_stix), head, sizeof head, body, sizeof body), 200);
    j = json_loads(body, 0, NULL);
    assert_non_null(j);
    assert_string_equal(str(j, "type"), "bundle");
    json_decref(j);
    /* hops 0: the entity alone */
    int st;
    j = get(v, "/api/export?format=json&entity=Varn%20Kell&hops=0", &st);
    assert_int_equal(st, 200);
    assert_int_equal(json_array_size(json_object_get(j, "entities")), 1);
    json_decref(j);
    get_fails(v, "/api/export", 400, "'format' is required");
    get_fails(v, "/api/export?format=json&hops=5", 400, "'hops' takes a number from 0 to 4");
    get_fails(v, "/api/export?format=json&entity=Nobody", 404, "no entity named 'Nobody'");
}

static void test_document_writes(void **state) {
    srv *v = *state;
    int st;
    const char *doc = "{\"text\":\"Mira Tal met Varn Kell in Belmar on 3 May 2021.\",\"title\":\"A meeting\","
                      "\"published\":\"2021-05-04\",\"url\":\"https://example.org/a\"}";
    json_t *j = post(v, "/api/documents", "application/json", doc, &st);
    if (st == 503) { json_decref(j); skip(); } /* no extractor could be made */
    assert_int_equal(st, 201);
    json_t *d = json_object_get(j, "document");
    assert_string_equal(str(d, "title"), "A meeting");
    assert_string_equal(str(d, "published"), "2021-05-04");
    assert_int_equal(strlen(str(d, "id")), 64);
    assert_memory_equal(str(d, "path"), "api/", 4);
    assert_false(json_is_true(json_object_get(j, "skipped")));
    assert_true(json_is_array(json_object_get(j, "entities")));
    json_decref(j);
    /* the same text again: stored once, 200 and skipped */
    j = post(v, "/api/documents", "application/json", doc, &st);
    assert_int_equal(st, 200);
    assert_true(json_is_true(json_object_get(j, "skipped")));
    json_decref(j);
    j = get_rows(v, "/api/documents", 2);
    json_decref(j);

    static const struct { const char *type, *body, *msg; int status; } bad[] = {
        {"application/json", "[1]", "not a JSON object", 400},
        {"application/json", "{\"text\":\"x\",\"published\":\"May 2021\"}", "the published date takes", 400},
        {"application/json", "{\"text\":\"x\",\"title\":7}", "\"title\" must be a string", 400},
        {"application/json", "{\"text\":\"\"}", "the document is empty", 400},
        {"application/json", "{\"text\":\"x\",\"text\":\"y\"}", "not a JSON object", 400},
        {"text/plain", "", "the document is empty", 400},
        {"application/xml", "<a/>", "text/plain or application/json", 400},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        j = post(v, "/api/documents", bad[i].type, bad[i].body, &st);
        const char *m = str(json_object_get(j, "error"), "message");
        if (st != bad[i].status || !m || !strstr(m, bad[i].msg))
            fail_msg("POST %s: %d '%s', expected %d '%s'", bad[i].body, st, m ? m : "", bad[i].status, bad[i].msg);
        json_decref(j);
    }
    /* a title of 5000 bytes */
    char *big = malloc(5100);
    assert_non_null(big);
    int n = snprintf(big, 40, "{\"text\":\"x\",\"title\":\"");
    memset(big + n, 't', 5000);
    memcpy(big + n + 5000, "\"}", 3);
    j = post(v, "/api/documents", "application/json", big, &st);
    assert_int_equal(st, 400);
    json_decref(j);
    free(big);
}

static void test_corrections(void **state) {
    srv *v = *state;
    int st;
    /* the id of the LEADER_OF fact */
    json_t *j = get(v, "/api/facts?type=LEADER_OF", &st);
    json_int_t fid = json_integer_value(json_object_get(json_array_get(j, 0), "id"));
    assert_true(fid > 0);
    json_decref(j);
    char b[256];
    snprintf(b, sizeof b, "{\"op\":\"reject\",\"fact\":%lld}", (long long)fid);
    j = post(v, "/api/corrections", "application/json", b, &st);
    assert_int_equal(st, 201);
    assert_string_equal(str(j, "kind"), "reject");
    assert_int_equal(json_integer_value(json_object_get(j, "fact")), fid);
    assert_true(json_integer_value(json_object_get(j, "correction")) > 0);
    json_decref(j);
    /* rejected facts are left out unless asked for */
    j = get_rows(v, "/api/facts?type=LEADER_OF", 0);
    json_decref(j);
    j = get_rows(v, "/api/facts?type=LEADER_OF&rejected=1", 1);
    json_decref(j);
    j = post(v, "/api/corrections", "application/json", "{\"op\":\"reject\",\"fact\":999999}", &st);
    assert_int_equal(st, 404);
    json_decref(j);

    /* an alias, then its removal */
    j = post(v, "/api/corrections", "application/json",
             "{\"op\":\"alias\",\"entity\":\"Oda Kell\",\"name\":\"The Courier\"}", &st);
    assert_int_equal(st, 201);
    assert_string_equal(str(j, "kind"), "alias-add");
    assert_string_equal(str(j, "a"), "Oda Kell");
    assert_string_equal(str(j, "b"), "The Courier");
    json_decref(j);
    j = get(v, "/api/entities/The%20Courier", &st);
    assert_int_equal(st, 200);
    assert_string_equal(str(j, "name"), "Oda Kell");
    json_decref(j);
    j = post(v, "/api/corrections", "application/json",
             "{\"op\":\"alias\",\"remove\":true,\"a\":\"Oda Kell\",\"b\":\"The Courier\"}", &st);
    assert_int_equal(st, 201);
    assert_string_equal(str(j, "kind"), "alias-remove");
    json_decref(j);
    get_fails(v, "/api/entities/The%20Courier", 404, "no entity named");

    /* merging two names of which one is ambiguous: 409 with candidates */
    j = post(v, "/api/corrections", "application/json", "{\"op\":\"merge\",\"a\":\"Varn Kell\",\"b\":\"Kell\"}", &st);
    assert_int_equal(st, 409);
    assert_int_equal(json_array_size(json_object_get(json_object_get(j, "error"), "candidates")), 2);
    json_decref(j);
    /* a name nobody has */
    j = post(v, "/api/corrections", "application/json", "{\"op\":\"rename\",\"a\":\"Nobody\",\"b\":\"X\"}", &st);
    assert_int_equal(st, 404);
    json_decref(j);
    /* corrections are JSON only */
    j = post(v, "/api/corrections", "text/plain", "{\"op\":\"reject\",\"fact\":1}", &st);
    assert_int_equal(st, 400);
    assert_non_null(strstr(str(json_object_get(j, "error"), "message"), "corrections are JSON"));
    json_decref(j);
}

static void test_methods_and_tokens(void **state) {
    srv *v = *state;
    /* PUT, DELETE, PATCH: 405 */
    static const char *const methods[] = {"PUT", "DELETE", "PATCH"};
    for (size_t i = 0; i < 3; i++) assert_int_equal(http_send(v, methods[i], "/api/entities", 1, "text/plain", "", NULL, 0), 405);
    /* POST where only GET is served, and to no route: 404 */
    assert_int_equal(http_send(v, "POST", "/api/entities", 1, "application/json", "{}", NULL, 0), 404);
    assert_int_equal(http_send(v, "POST", "/api/nothing", 1, "application/json", "{}", NULL, 0), 404);
    /* a write without a token, and with a revoked-looking one */
    assert_int_equal(http_send(v, "POST", "/api/documents", 0, "text/plain", "Some text.", NULL, 0), 401);
    static const char badtok[] = "POST /api/documents HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                 "Authorization: Basic dXNlcjpwYXNz\r\nContent-Type: text/plain\r\n"
                                 "Content-Length: 4\r\n\r\ntext";
    assert_int_equal(http_ask(v, badtok, strlen(badtok), NULL, 0, NULL, 0), 401);
    /* GET /api/corrections is no route */
    get_fails(v, "/api/corrections", 404, "no such endpoint");
    /* HEAD is a GET without its body */
    static const char head_req[] = "HEAD /api/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    char resp[4096];
    assert_int_equal(http_ask(v, head_req, strlen(head_req), resp, sizeof resp, body, sizeof body), 200);
    assert_string_equal(body, "");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_entities_and_dossier),
        cmocka_unit_test(test_facts_and_timeline),
        cmocka_unit_test(test_path_and_neighbors),
        cmocka_unit_test(test_documents_and_search),
        cmocka_unit_test(test_export),
        cmocka_unit_test(test_methods_and_tokens),
        /* the writes last: they change what the reads above expect */
        cmocka_unit_test(test_corrections),
        cmocka_unit_test(test_document_writes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
