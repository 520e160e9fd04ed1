/* cmd_serve.c -- `threadline serve` (the HTTP API and web page) and `threadline token` (API tokens). */
#include "cli_store.h"
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "tl_serve.h"

static const char HELP[] =
    "usage: threadline serve [--db PATH] [--host ADDR] [--port N] [--web DIR] [--threads N]\n"
    "                        [--max-body BYTES] [--timeout SEC] [--max-conns N]\n\n"
    "Serves the store over HTTP/1.1: a JSON API under /api/ (the bodies of the\n"
    "commands' --json output) and the web page at /.  Reads are open on a\n"
    "loopback address; writes (POST /api/documents, POST /api/corrections) need\n"
    "'Authorization: Bearer TOKEN' with a token from 'threadline token create'.\n"
    "Bound to any other address, reads need a token too.  Stops on Ctrl-C.\n\n"
    "options:\n"
    "  --host ADDR      address to listen on (default 127.0.0.1; --bind is the same)\n"
    "  --port N         port (default 8080; 0 picks a free one, printed at start)\n"
    "  --web DIR        the web page's files (default: web/ beside the binary)\n"
    "  --threads N      worker threads (default 4)\n"
    "  --max-body BYTES largest request body (default 33554432); larger: 413\n"
    "  --timeout SEC    idle connections and bodies slower than this are closed (default 30)\n"
    "  --max-conns N    open connections at most (default 256)\n"
    "  --db PATH        the store (default $THREADLINE_DB or ./threadline.db)\n";

static const char TOKEN_HELP[] =
    "usage: threadline token create NAME [--db PATH]\n"
    "       threadline token list [--json] [--db PATH]\n"
    "       threadline token revoke NAME [--db PATH]\n\n"
    "Tokens for writing through the HTTP API (threadline serve).  'create' prints\n"
    "the new token alone on one line; it is shown once: the store keeps only its\n"
    "SHA-256.  'revoke' makes it invalid at once, also for a running server.\n";

/* web/ beside the binary (build/web), else ../share/threadline/web (installed). */
static const char *default_web(char *buf, size_t cap) {
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return NULL;
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash) return NULL;
    *slash = 0;
    snprintf(buf, cap, "%s/web", exe);
    if (access(buf, R_OK) == 0) return buf;
    snprintf(buf, cap, "%s/../share/threadline/web", exe);
    if (access(buf, R_OK) == 0) return buf;
    return NULL;
}

static int store_exists(const char *db) {
    const char *path = tl_cli_db_path(db);
    if (tl_store_is_pg(path) || access(path, F_OK) == 0) return 1;
    tl_cli_err("no store at '%s' (run 'threadline ingest' first, or give --db)", path);
    return 0;
}

int tl_cmd_serve(int argc, char **argv) {
    const char *db = NULL, *host = NULL, *bind = NULL, *port_s = NULL, *web = NULL, *threads_s = NULL,
               *body_s = NULL, *timeout_s = NULL, *conns_s = NULL;
    int np = 0;
    cli_opt opts[] = {{"--db", &db, NULL},           {"--host", &host, NULL},         {"--bind", &bind, NULL},
                      {"--port", &port_s, NULL},     {"--web", &web, NULL},           {"--threads", &threads_s, NULL},
                      {"--max-body", &body_s, NULL}, {"--timeout", &timeout_s, NULL}, {"--max-conns", &conns_s, NULL},
                      {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    long long port = port_s ? cli_number(port_s) : 8080, threads = threads_s ? cli_number(threads_s) : 4,
              body = body_s ? cli_number(body_s) : 32LL << 20, timeout = timeout_s ? cli_number(timeout_s) : 30,
              conns = conns_s ? cli_number(conns_s) : 256;
    if (port < 0 || port > 65535) { tl_cli_err("serve: --port takes 0 to 65535"); return TL_EXIT_USAGE; }
    if (threads < 1 || threads > 64) { tl_cli_err("serve: --threads takes 1 to 64"); return TL_EXIT_USAGE; }
    if (body < 1) { tl_cli_err("serve: --max-body takes a positive number"); return TL_EXIT_USAGE; }
    if (timeout < 1 || timeout > 3600) { tl_cli_err("serve: --timeout takes 1 to 3600 seconds"); return TL_EXIT_USAGE; }
    if (conns < 1 || conns > 100000) { tl_cli_err("serve: --max-conns takes 1 to 100000"); return TL_EXIT_USAGE; }
    if (!store_exists(db)) return TL_EXIT_FAIL;
    char webbuf[PATH_MAX + 32];
    if (!web) web = default_web(webbuf, sizeof webbuf);
    if (!web) fprintf(stderr, "threadline: serve: no web/ folder found; serving the API alone\n");
    tl_serve_opts o = {tl_cli_db_path(db), host ? host : bind, (int)port, web, (unsigned)threads,
                       (unsigned)conns, (size_t)body, (unsigned)timeout, 0};
    /* block the stop signals in every thread; this one waits for them */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    tl_server *s = NULL;
    tl_error err = {0};
    if (tl_serve_start(&o, &s, &err) != TL_OK) {
        tl_cli_err("serve: %s", err.msg);
        return err.code == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
    }
    const char *h = o.host ? o.host : "127.0.0.1";
    int v6 = strchr(h, ':') != NULL;
    printf("listening on http://%s%s%s:%d/\n", v6 ? "[" : "", h, v6 ? "]" : "", tl_serve_port(s));
    fflush(stdout);
    if (!tl_serve_reads_open(s)) fprintf(stderr, "threadline: serve: not a loopback address: reads need a token too\n");
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "threadline: serve: stopping\n");
    tl_serve_stop(s);
    return TL_EXIT_OK;
}

typedef struct tok_ctx {
    int json, n;
    json_t *arr;
} tok_ctx;

static int tok_cb(void *p, const tl_store_token *t) {
    tok_ctx *c = p;
    c->n++;
    if (c->json) {
        json_array_append_new(c->arr, json_pack("{s:s,s:s,s:s?}", "name", t->name, "created_at", t->created_at,
                                                "revoked_at", t->revoked_at[0] ? t->revoked_at : NULL));
        return 0;
    }
    printf("%-24s created %s%s%s\n", t->name, t->created_at, t->revoked_at[0] ? ", revoked " : "", t->revoked_at);
    return 0;
}

int tl_cmd_token(int argc, char **argv) {
    const char *db = NULL, *pos[2] = {NULL, NULL};
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 2, &np);
    if (prc == 0) { fputs(TOKEN_HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    const char *sub = np ? pos[0] : "";
    int create = strcmp(sub, "create") == 0, revoke = strcmp(sub, "revoke") == 0, list = strcmp(sub, "list") == 0;
    if (!(create || revoke || list) || (list ? np != 1 : np != 2)) {
        tl_cli_err("token: use 'token create NAME', 'token list' or 'token revoke NAME' (see 'threadline token --help')");
        return TL_EXIT_USAGE;
    }
    if ((create || revoke) && (!pos[1][0] || strlen(pos[1]) > 200)) {
        tl_cli_err("token: a name of 1 to 200 bytes");
        return TL_EXIT_USAGE;
    }
    if (!create && !store_exists(db)) return TL_EXIT_FAIL;
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    int rc;
    if (create) {
        char tok[65];
        rc = tl_serve_token_create(st, pos[1], tok, &err);
        tl_store_close(st);
        if (rc != TL_OK) {
            tl_cli_err("token create: %s", rc == TL_EINVAL ? "a valid token of that name exists (revoke it first)" : err.msg);
            return rc == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
        }
        printf("%s\n", tok);
        return fflush(stdout) == 0 ? TL_EXIT_OK : TL_EXIT_FAIL;
    }
    if (revoke) {
        rc = tl_store_token_revoke(st, pos[1], &err);
        tl_store_close(st);
        if (rc == TL_ENOTFOUND) { tl_cli_err("token revoke: no valid token named '%s'", pos[1]); return TL_EXIT_NOTFOUND; }
        if (rc != TL_OK) { tl_cli_err("token revoke: %s", err.msg); return TL_EXIT_FAIL; }
        fprintf(stderr, "revoked token '%s'\n", pos[1]);
        return TL_EXIT_OK;
    }
    tok_ctx c = {json, 0, json ? json_array() : NULL};
    rc = tl_store_token_list(st, tok_cb, &c, &err);
    tl_store_close(st);
    if (rc != TL_OK) { json_decref(c.arr); tl_cli_err("token list: %s", err.msg); return TL_EXIT_FAIL; }
    if (json) return cli_print_json(c.arr);
    if (!c.n) fprintf(stderr, "no tokens\n");
    return TL_EXIT_OK;
}
