/* tl_serve.c -- the HTTP server: libmicrohttpd thread pool, read-only store handles, one writer thread, tokens, limits, the web page's files. */
#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include "tl_serve_int.h"
#include "tl_sha256.h"
#include "tl_utf8.h"

/* One file of the web page, read at start. */
typedef struct web_file {
    char name[128];           /* "/index.html" */
    char *data;
    size_t len;
    const char *type;
} web_file;

struct tl_server {
    struct MHD_Daemon *d;
    tl_serve_opts o;
    char db[4096];
    int port, reads_open;

    /* read-only handles, one per pool thread (opened on first use) */
    pthread_mutex_t rd_mu;
    pthread_cond_t rd_cv;
    tl_store **rd;
    int *rd_busy;
    unsigned n_rd;

    /* the writer */
    tl_store *wr;
    tl_extractor *ex;
    pthread_t writer;
    int writer_started;
    pthread_mutex_t q_mu;
    pthread_cond_t q_cv;
    tl_serve_job *q_head, *q_tail;
    unsigned q_len;
    int stopping;

    web_file *web;
    size_t n_web;
};

/* Per-request state (libmicrohttpd's con_cls). */
typedef struct req {
    char *body;
    size_t len, cap;
    int too_big, is_post;
    struct timespec t0;
    tl_serve_job *job;        /* a suspended write */
} req;

static int set_err(tl_error *err, int code, const char *fmt, const char *arg) {
    if (err) {
        err->code = code;
        err->offset = -1;
        snprintf(err->msg, sizeof err->msg, fmt, arg ? arg : "");
    }
    return code;
}

static double since(const struct timespec *t0) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ---- tokens ----------------------------------------------------------------- */
void tl_serve_token_hash(const char *token, char out[65]) { tl_sha256_hex(token, strlen(token), out); }

int tl_serve_token_create(tl_store *st, const char *name, char out[65], tl_error *err) {
    unsigned char raw[32];
    size_t got = 0;
    while (got < sizeof raw) {
        ssize_t n = getrandom(raw + got, sizeof raw - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return set_err(err, TL_EIO, "no random bytes for a token%s", NULL);
        got += (size_t)n;
    }
    for (size_t i = 0; i < sizeof raw; i++) snprintf(out + 2 * i, 3, "%02x", raw[i]);
    char hash[65];
    tl_serve_token_hash(out, hash);
    int rc = tl_store_token_add(st, name, hash, err);
    if (rc != TL_OK) memset(out, 0, 65);
    return rc;
}

/* ---- store handles ---------------------------------------------------------- */
static tl_store *reader_get(tl_server *s, int *slot) {
    pthread_mutex_lock(&s->rd_mu);
    for (;;) {
        for (unsigned i = 0; i < s->n_rd; i++)
            if (!s->rd_busy[i]) {
                s->rd_busy[i] = 1;
                *slot = (int)i;
                pthread_mutex_unlock(&s->rd_mu);
                if (!s->rd[i]) {
                    tl_error err = {0};
                    if (tl_store_open_readonly(s->db, &s->rd[i], &err) != TL_OK) {
                        fprintf(stderr, "threadline serve: %s\n", err.msg);
                        s->rd[i] = NULL;
                    }
                }
                return s->rd[i];
            }
        pthread_cond_wait(&s->rd_cv, &s->rd_mu);
    }
}

static void reader_put(tl_server *s, int slot) {
    pthread_mutex_lock(&s->rd_mu);
    s->rd_busy[slot] = 0;
    pthread_cond_signal(&s->rd_cv);
    pthread_mutex_unlock(&s->rd_mu);
}

static void *writer_main(void *p) {
    tl_server *s = p;
    for (;;) {
        pthread_mutex_lock(&s->q_mu);
        while (!s->q_head && !s->stopping) pthread_cond_wait(&s->q_cv, &s->q_mu);
        tl_serve_job *j = s->q_head;
        if (!j) { pthread_mutex_unlock(&s->q_mu); break; } /* stopping, queue drained */
        s->q_head = j->next;
        if (!s->q_head) s->q_tail = NULL;
        s->q_len--;
        pthread_mutex_unlock(&s->q_mu);
        if (!s->ex && j->kind == 0) {
            /* made on the first ingest: most servers only read */
            tl_error err = {0};
            if (!(s->ex = tl_extractor_new(NULL, &err))) fprintf(stderr, "threadline serve: %s\n", err.msg);
        }
        tl_serve_api_write(s->wr, s->ex, j);
        pthread_mutex_lock(&s->q_mu);
        j->done = 1;
        pthread_mutex_unlock(&s->q_mu);
        MHD_resume_connection(j->conn);
    }
    return NULL;
}

/* ---- replies ---------------------------------------------------------------- */
static enum MHD_Result send_reply(struct MHD_Connection *c, tl_serve_reply *r) {
    char *body;
    size_t len;
    const char *type;
    if (r->json) {
        body = json_dumps(r->json, JSON_COMPACT | JSON_PRESERVE_ORDER);
        json_decref(r->json);
        r->json = NULL;
        free(r->bytes);
        if (!body) { body = strdup("{\"error\":{\"status\":503,\"message\":\"out of memory\"}}"); r->status = 503; }
        len = body ? strlen(body) : 0;
        type = "application/json; charset=utf-8";
    } else {
        body = r->bytes;
        len = r->len;
        type = r->type ? r->type : "application/octet-stream";
    }
    r->bytes = NULL;
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, body ? body : (char *)"", body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!resp) { free(body); return MHD_NO; }
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Cache-Control", "no-store");
    enum MHD_Result ok = MHD_queue_response(c, r->status ? r->status : 500, resp);
    MHD_destroy_response(resp);
    return ok;
}

static enum MHD_Result send_error(struct MHD_Connection *c, unsigned status, const char *msg) {
    tl_serve_reply r = {0};
    tl_serve_fail(&r, status, NULL, "%s", msg);
    return send_reply(c, &r);
}

/* ---- the web page ------------------------------------------------------------ */
static const char *mime(const char *name) {
    const char *dot = strrchr(name, '.');
    static const struct { const char *ext, *type; } t[] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},   {".svg", "image/svg+xml"},
        {".png", "image/png"},                 {".json", "application/json; charset=utf-8"},
        {".ico", "image/x-icon"},              {".txt", "text/plain; charset=utf-8"}};
    for (size_t i = 0; dot && i < sizeof t / sizeof *t; i++)
        if (strcasecmp(dot, t[i].ext) == 0) return t[i].type;
    return NULL;
}

/* Reads every regular file of a known type directly in dir (no sub-folder:
 * the page is flat), at most 64 files of 16 MiB.  A folder that cannot be
 * read leaves the API alone. */
static int web_load(tl_server *s, const char *dir, tl_error *err) {
    DIR *d = opendir(dir);
    if (!d) {
        /* the API works without the page */
        fprintf(stderr, "threadline serve: cannot read the web folder %s; serving the API alone\n", dir);
        return TL_OK;
    }
    struct dirent *e;
    int rc = TL_OK;
    while (rc == TL_OK && (e = readdir(d)) && s->n_web < 64) {
        const char *type = mime(e->d_name);
        if (e->d_name[0] == '.' || !type || strlen(e->d_name) >= 120) continue;
        char path[8192];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size > 16 * 1024 * 1024) continue;
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        web_file *w = &s->web[s->n_web];
        w->data = malloc((size_t)sb.st_size + 1);
        if (!w->data) rc = set_err(err, TL_ENOMEM, "out of memory%s", NULL);
        else if ((w->len = fread(w->data, 1, (size_t)sb.st_size, f)) != (size_t)sb.st_size) {
            free(w->data);
            w->data = NULL;
        } else {
            snprintf(w->name, sizeof w->name, "/%.120s", e->d_name);
            w->type = type;
            s->n_web++;
        }
        fclose(f);
    }
    closedir(d);
    return rc;
}

static enum MHD_Result send_web(tl_server *s, struct MHD_Connection *c, const char *url) {
    const char *name = strcmp(url, "/") == 0 ? "/index.html" : url;
    for (size_t i = 0; i < s->n_web; i++) {
        if (strcmp(s->web[i].name, name) != 0) continue;
        struct MHD_Response *resp =
            MHD_create_response_from_buffer(s->web[i].len, s->web[i].data, MHD_RESPMEM_PERSISTENT);
        if (!resp) return MHD_NO;
        MHD_add_response_header(resp, "Content-Type", s->web[i].type);
        MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
        /* everything the page uses is served here: nothing leaves the machine */
        MHD_add_response_header(resp, "Content-Security-Policy",
                                "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline';"
                                " connect-src 'self'; frame-ancestors 'none'");
        enum MHD_Result ok = MHD_queue_response(c, MHD_HTTP_OK, resp);
        MHD_destroy_response(resp);
        return ok;
    }
    return send_error(c, 404, s->n_web ? "no such page" : "the web page is not installed (API only)");
}

/* ---- requests ------------------------------------------------------------------ */
static int utf8_ok(const char *v) {
    size_t n = strlen(v);
    for (size_t i = 0; i < n;) {
        size_t k = tl_utf8_valid_len(v + i, n - i);
        if (!k) return 0;
        i += k;
    }
    return 1;
}

static enum MHD_Result arg_check(void *cls, enum MHD_ValueKind kind, const char *key, const char *value) {
    int *bad = cls;
    if ((key && !utf8_ok(key)) || (value && !utf8_ok(value))) { *bad = 1; return MHD_NO; }
    return MHD_YES;
}

/* 1 when the request carries a valid bearer token; its name into who
 * (when not NULL; cap bytes). */
static int authorized(tl_server *s, struct MHD_Connection *c, tl_store *st, char *who, size_t cap) {
    const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
    if (!h || strncasecmp(h, "Bearer ", 7) != 0 || !st) return 0;
    const char *tok = h + 7;
    while (*tok == ' ') tok++;
    if (!*tok || strlen(tok) > 256) return 0;
    char hash[65];
    tl_serve_token_hash(tok, hash);
    int valid = 0;
    tl_error err = {0};
    if (tl_store_token_check(st, hash, &valid, &err) != TL_OK) return 0;
    if (valid && who && tl_store_token_name(st, hash, who, cap, &err) != TL_OK) return 0;
    (void)s;
    return valid;
}

static enum MHD_Result do_get(tl_server *s, struct MHD_Connection *c, const char *url) {
    if (strncmp(url, "/api/", 5) != 0 && strcmp(url, "/api") != 0) return send_web(s, c, url);
    int slot = 0;
    tl_store *st = reader_get(s, &slot);
    tl_serve_reply r = {0};
    if (!st) tl_serve_fail(&r, 503, NULL, "the store cannot be read");
    else if (!s->reads_open && !authorized(s, c, st, NULL, 0)) tl_serve_fail(&r, 401, NULL, "a bearer token is required");
    else tl_serve_api_get(st, c, url + 4, &r);
    reader_put(s, slot);
    return send_reply(c, &r);
}

/* Queues a write and suspends the connection; the writer resumes it. */
static enum MHD_Result do_post(tl_server *s, struct MHD_Connection *c, const char *url, req *q) {
    int kind = strcmp(url, "/api/documents") == 0 ? 0 : strcmp(url, "/api/corrections") == 0 ? 1 : -1;
    if (kind < 0) return send_error(c, 404, "no such endpoint");
    int slot = 0;
    tl_store *st = reader_get(s, &slot);
    char who[128] = "";
    int ok = authorized(s, c, st, who, sizeof who);
    reader_put(s, slot);
    if (!ok) return send_error(c, 401, "writing needs 'Authorization: Bearer TOKEN' (threadline token create)");
    const char *ct = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    int is_json = ct && strncasecmp(ct, "application/json", 16) == 0;
    if (kind == 1 && !is_json) return send_error(c, 400, "corrections are JSON (Content-Type: application/json)");
    if (kind == 0 && !is_json && ct && strncasecmp(ct, "text/plain", 10) != 0)
        return send_error(c, 400, "a document is text/plain or application/json");
    tl_serve_job *j = calloc(1, sizeof *j);
    if (!j) return send_error(c, 503, "out of memory");
    j->kind = kind;
    j->is_json = is_json;
    snprintf(j->who, sizeof j->who, "%s", who);
    j->body = q->body;
    j->len = q->len;
    q->body = NULL;
    j->conn = c;
    if (kind == 0 && !is_json) {
        const char *t = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Title");
        const char *p = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-Published");
        const char *u = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "X-URL");
        if ((t && (!utf8_ok(t) || strlen(t) >= sizeof j->title)) || (p && strlen(p) >= sizeof j->published) ||
            (u && (!utf8_ok(u) || strlen(u) >= sizeof j->url))) {
            free(j->body);
            free(j);
            return send_error(c, 400, "X-Title, X-Published or X-URL is too long or not UTF-8");
        }
        snprintf(j->title, sizeof j->title, "%s", t ? t : "");
        snprintf(j->published, sizeof j->published, "%s", p ? p : "");
        snprintf(j->url, sizeof j->url, "%s", u ? u : "");
    }
    pthread_mutex_lock(&s->q_mu);
    if (s->stopping || s->q_len >= s->o.max_queue) {
        pthread_mutex_unlock(&s->q_mu);
        free(j->body);
        free(j);
        return send_error(c, 503, "busy: too many writes waiting; try again");
    }
    q->job = j;
    MHD_suspend_connection(c);
    if (s->q_tail) s->q_tail->next = j;
    else s->q_head = j;
    s->q_tail = j;
    s->q_len++;
    pthread_cond_signal(&s->q_cv);
    pthread_mutex_unlock(&s->q_mu);
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls) {
    tl_server *s = cls;
    req *q = *con_cls;
    if (!q) {
        if (!(q = calloc(1, sizeof *q))) return MHD_NO;
        *con_cls = q;
        clock_gettime(CLOCK_MONOTONIC, &q->t0);
        q->is_post = strcmp(method, MHD_HTTP_METHOD_POST) == 0;
        if (q->is_post) {
            const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
            if (cl && strtoull(cl, NULL, 10) > s->o.max_body) {
                q->too_big = 1;
                return send_error(c, 413, "the body is larger than the server's limit");
            }
        }
        return MHD_YES;
    }
    if (q->job) {
        /* resumed by the writer */
        pthread_mutex_lock(&s->q_mu);
        int done = q->job->done;
        pthread_mutex_unlock(&s->q_mu);
        if (!done) return MHD_YES;
        enum MHD_Result ok = send_reply(c, &q->job->reply);
        free(q->job->body);
        free(q->job);
        q->job = NULL;
        return ok;
    }
    if (q->is_post && *upload_size) {
        /* a body still arriving after the time limit: close the connection */
        if (since(&q->t0) > s->o.timeout_s) return MHD_NO;
        if (!q->too_big && q->len + *upload_size > s->o.max_body) {
            q->too_big = 1;
            free(q->body);
            q->body = NULL;
            q->len = q->cap = 0;
        }
        if (!q->too_big) {
            if (q->len + *upload_size + 1 > q->cap) {
                size_t cap = q->cap ? q->cap : 65536;
                while (cap < q->len + *upload_size + 1) cap *= 2;
                char *nb = realloc(q->body, cap);
                if (!nb) return MHD_NO;
                q->body = nb;
                q->cap = cap;
            }
            memcpy(q->body + q->len, upload, *upload_size);
            q->len += *upload_size;
            q->body[q->len] = 0;
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (q->too_big) return send_error(c, 413, "the body is larger than the server's limit");
    /* no path outside the page and the API: ".." never names anything */
    if (strstr(url, "/..") || strstr(url, "\\") || url[0] != '/') return send_error(c, 404, "not found");
    if (!utf8_ok(url)) return send_error(c, 400, "the URL is not valid UTF-8");
    int bad = 0;
    MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, arg_check, &bad);
    if (bad) return send_error(c, 400, "a query argument is not valid UTF-8");
    if (strcmp(method, MHD_HTTP_METHOD_GET) == 0 || strcmp(method, MHD_HTTP_METHOD_HEAD) == 0)
        return do_get(s, c, url);
    if (q->is_post) return do_post(s, c, url, q);
    return send_error(c, 405, "only GET and POST");
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe) {
    req *q = *con_cls;
    if (!q) return;
    free(q->body);
    if (q->job) { free(q->job->body); json_decref(q->job->reply.json); free(q->job->reply.bytes); free(q->job); }
    free(q);
    *con_cls = NULL;
}

/* ---- start / stop ----------------------------------------------------------------- */
static int is_loopback(const struct sockaddr *sa) {
    if (sa->sa_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
    if (sa->sa_family == AF_INET6) return IN6_IS_ADDR_LOOPBACK(&((const struct sockaddr_in6 *)sa)->sin6_addr);
    return 0;
}

int tl_serve_start(const tl_serve_opts *opts, tl_server **out, tl_error *err) {
    if (!opts || !opts->db || !out) return set_err(err, TL_EINVAL, "no store given%s", NULL);
    if (opts->port < 0 || opts->port > 65535) return set_err(err, TL_EINVAL, "bad port%s", NULL);
    tl_server *s = calloc(1, sizeof *s);
    if (!s) return set_err(err, TL_ENOMEM, "out of memory%s", NULL);
    s->o = *opts;
    if (!s->o.host) s->o.host = "127.0.0.1";
    if (!s->o.threads) s->o.threads = 4;
    if (s->o.threads > 64) s->o.threads = 64;
    if (!s->o.max_conns) s->o.max_conns = 256;
    if (!s->o.max_body) s->o.max_body = 32u << 20;
    if (!s->o.timeout_s) s->o.timeout_s = 30;
    if (!s->o.max_queue) s->o.max_queue = 16;
    snprintf(s->db, sizeof s->db, "%s", opts->db);
    pthread_mutex_init(&s->rd_mu, NULL);
    pthread_cond_init(&s->rd_cv, NULL);
    pthread_mutex_init(&s->q_mu, NULL);
    pthread_cond_init(&s->q_cv, NULL);
    int rc;
    /* the writer opens (and migrates) first, so readers find the schema */
    if ((rc = tl_store_open(s->db, &s->wr, err)) != TL_OK) goto fail;
    s->n_rd = s->o.threads + 2;
    s->rd = calloc(s->n_rd, sizeof *s->rd);
    s->rd_busy = calloc(s->n_rd, sizeof *s->rd_busy);
    s->web = calloc(64, sizeof *s->web);
    if (!s->rd || !s->rd_busy || !s->web) { rc = set_err(err, TL_ENOMEM, "out of memory%s", NULL); goto fail; }
    if (opts->web_dir && (rc = web_load(s, opts->web_dir, err)) != TL_OK) goto fail;

    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM, .ai_flags = AI_NUMERICSERV};
    struct addrinfo *ai = NULL;
    char port[16];
    snprintf(port, sizeof port, "%d", opts->port);
    if (getaddrinfo(s->o.host, port, &hints, &ai) != 0 || !ai) {
        rc = set_err(err, TL_EINVAL, "cannot resolve the address '%s'", s->o.host);
        goto fail;
    }
    s->reads_open = is_loopback(ai->ai_addr);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (ai->ai_family == AF_INET6) flags |= MHD_USE_IPv6;
    s->d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR, ai->ai_addr,
                            MHD_OPTION_THREAD_POOL_SIZE, s->o.threads, MHD_OPTION_CONNECTION_LIMIT, s->o.max_conns,
                            MHD_OPTION_CONNECTION_TIMEOUT, s->o.timeout_s, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                            (size_t)64 * 1024, MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_LISTEN_BACKLOG_SIZE,
                            512u, MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!s->d) { rc = set_err(err, TL_EIO, "cannot listen on %s (address in use?)", s->o.host); goto fail; }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : opts->port;
    if (pthread_create(&s->writer, NULL, writer_main, s) != 0) {
        rc = set_err(err, TL_ENOMEM, "cannot start the writer thread%s", NULL);
        goto fail;
    }
    s->writer_started = 1;
    *out = s;
    return TL_OK;
fail:
    tl_serve_stop(s);
    return rc;
}

int tl_serve_port(const tl_server *s) { return s->port; }
int tl_serve_reads_open(const tl_server *s) { return s->reads_open; }

void tl_serve_stop(tl_server *s) {
    if (!s) return;
    /* No MHD_quiesce_daemon here: with a thread pool and epoll,
     * libmicrohttpd 0.9.75's quiesce and a waking worker can both take the
     * listening socket out of the worker's epoll set, and the loser aborts
     * the process ("Failed to remove listen FD from epoll set").  While the
     * queue drains, a new write is refused with 503 (stopping) and a read is
     * answered as usual; MHD_stop_daemon then closes the socket. */
    pthread_mutex_lock(&s->q_mu);
    s->stopping = 1;
    pthread_cond_broadcast(&s->q_cv);
    pthread_mutex_unlock(&s->q_mu);
    /* the writer drains the queue (resuming every suspended connection) */
    if (s->writer_started) pthread_join(s->writer, NULL);
    if (s->d) MHD_stop_daemon(s->d);
    for (unsigned i = 0; s->rd && i < s->n_rd; i++) tl_store_close(s->rd[i]);
    free(s->rd);
    free(s->rd_busy);
    tl_store_close(s->wr);
    tl_extractor_free(s->ex);
    for (size_t i = 0; s->web && i < s->n_web; i++) free(s->web[i].data);
    free(s->web);
    pthread_mutex_destroy(&s->rd_mu);
    pthread_cond_destroy(&s->rd_cv);
    pthread_mutex_destroy(&s->q_mu);
    pthread_cond_destroy(&s->q_cv);
    free(s);
}
