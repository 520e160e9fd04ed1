/* http_fixture.h -- a server (tl_serve.h) over a fresh store holding one document, and a raw HTTP client for the unit tests that talk to it over a socket. */
#ifndef HTTP_FIXTURE_H
#define HTTP_FIXTURE_H
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
#include "tl_serve.h"
#include "store_fixture.h"

typedef struct srv {
    fixture *f;
    tl_server *s;
    char token[65]; /* a write token, named "tester" */
} srv;

/* Stores d (freed here) in a new store under /tmp/tl-test-TAG-*, makes a
 * token and starts a server with the options o (its db set here; port 0
 * picks a free one).  NULL on failure (the reason on stderr, nothing left
 * behind). */
static inline srv *srv_open_opts(const char *tag, tl_doc *d, tl_serve_opts o) {
    srv *v = calloc(1, sizeof *v);
    if (!v || !(v->f = fixture_open(tag))) {
        free(v);
        tl_doc_free(d);
        return NULL;
    }
    tl_error err = {0};
    int rc = tl_store_ingest(v->f->st, d, NULL, NULL, &err);
    tl_doc_free(d);
    if (rc == TL_OK) rc = tl_serve_token_create(v->f->st, "tester", v->token, &err);
    o.db = v->f->path;
    if (rc == TL_OK) rc = tl_serve_start(&o, &v->s, &err);
    if (rc != TL_OK) {
        fprintf(stderr, "server set-up: %s\n", err.msg);
        fixture_close(v->f);
        free(v);
        return NULL;
    }
    return v;
}

/* srv_open_opts on a free loopback port with 2 threads, a 3-second
 * timeout and bodies up to max_body bytes. */
static inline srv *srv_open(const char *tag, tl_doc *d, size_t max_body) {
    return srv_open_opts(tag, d, (tl_serve_opts){.threads = 2, .max_body = max_body, .timeout_s = 3});
}

/* Stops the server and removes its store; accepts NULL. */
static inline void srv_close(srv *v) {
    if (!v) return;
    tl_serve_stop(v->s);
    fixture_close(v->f);
    free(v);
}

/* Copies the string src into dst[cap], cut to fit. */
static inline void http_cut(char *dst, size_t cap, const char *src) {
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

/* Sends `req` (n bytes) and returns the status of the answer (0 when the
 * server closed without one).  The whole response (headers and body) goes
 * to head (may be NULL), the body alone to body (may be NULL), each cut to
 * its cap. */
static inline int http_ask(srv *v, const char *req, size_t n, char *head, size_t head_cap, char *body, size_t cap) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    assert_true(fd >= 0);
    struct timeval tv = {10, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)tl_serve_port(v->s))};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof a), 0);
    size_t off = 0;
    while (off < n) {
        ssize_t w = send(fd, req + off, n - off, MSG_NOSIGNAL);
        if (w <= 0) break; /* the server may close early on a bad request */
        off += (size_t)w;
    }
    shutdown(fd, SHUT_WR);
    static char resp[1 << 18];
    size_t got = 0;
    for (ssize_t r; got < sizeof resp - 1 && (r = recv(fd, resp + got, sizeof resp - 1 - got, 0)) > 0;) got += (size_t)r;
    resp[got] = 0;
    close(fd);
    int status = 0;
    if (got > 12 && strncmp(resp, "HTTP/1.", 7) == 0) status = atoi(resp + 9);
    if (head && head_cap) http_cut(head, head_cap, resp);
    if (body && cap) {
        const char *b = strstr(resp, "\r\n\r\n");
        http_cut(body, cap, b ? b + 4 : "");
    }
    return status;
}

/* A request with the token (when with_token), the extra header lines
 * `headers` (each ending in CRLF), a body of `type` and its length; the
 * answer's status, its body into out. */
static inline int http_send_h(srv *v, const char *method, const char *path, int with_token, const char *headers,
                              const char *type, const char *body, char *out, size_t cap) {
    char req[8192];
    char auth[100] = "";
    if (with_token) snprintf(auth, sizeof auth, "Authorization: Bearer %s\r\n", v->token);
    int n = snprintf(req, sizeof req,
                     "%s %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n%s%sContent-Type: %s\r\nContent-Length: "
                     "%zu\r\n\r\n%s",
                     method, path, auth, headers, type, strlen(body), body);
    assert_true(n > 0 && (size_t)n < sizeof req);
    return http_ask(v, req, (size_t)n, NULL, 0, out, cap);
}

/* http_send_h without extra headers. */
static inline int http_send(srv *v, const char *method, const char *path, int with_token, const char *type,
                            const char *body, char *out, size_t cap) {
    return http_send_h(v, method, path, with_token, "", type, body, out, cap);
}

#define GET(path) "GET " path " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
#endif
