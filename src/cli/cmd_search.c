/* cmd_search.c -- `threadline search QUERY`: full-text search over the stored sentences. */
#include "cli_store.h"
#include <string.h>
#include <unistd.h>

static const char HELP[] =
    "usage: threadline search QUERY... [--limit N] [--json] [--db PATH]\n\n"
    "Full-text search over every stored sentence (SQLite FTS5: words, \"a phrase\",\n"
    "prefix*, AND/OR/NOT, NEAR(a b)).  Matches are highlighted.\n\n"
    "options:\n"
    "  --limit N      at most N sentences (default 20)\n"
    "  --json         JSON array\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

static int hit_cb(void *p, const tl_store_hit *h) {
    ++*(long *)p;
    printf("%s%s%s @%u\n  ", h->doc_path, h->doc_title[0] ? " — " : "", h->doc_title, h->start);
    for (const char *s = h->snippet; *s; s++) putchar(*s == '\n' ? ' ' : *s);
    printf("\n\n");
    return 0;
}

int tl_cmd_search(int argc, char **argv) {
    const char *db = NULL, *limit_s = NULL, *pos[64];
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--limit", &limit_s, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 64, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np == 0) { tl_cli_err("search: give a query (see 'threadline search --help')"); return TL_EXIT_USAGE; }
    long long limit = limit_s ? cli_number(limit_s) : 20;
    if (limit < 1) { tl_cli_err("search: --limit takes a positive number"); return TL_EXIT_USAGE; }
    char q[4096] = "";
    for (int i = 0; i < np; i++) {
        if (strlen(q) + strlen(pos[i]) + 2 >= sizeof q) { tl_cli_err("search: query too long"); return TL_EXIT_USAGE; }
        if (i) strcat(q, " ");
        strcat(q, pos[i]);
    }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_search(st, q, limit, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    /* bold on a terminal, [brackets] otherwise */
    int tty = isatty(1);
    long n = 0;
    int rc = tl_store_search(st, q, tty ? "\033[1m" : "[", tty ? "\033[0m" : "]", limit, hit_cb, &n, &err);
    tl_store_close(st);
    if (rc != TL_OK) {
        tl_cli_err("search: %s", err.msg);
        return rc == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
    }
    if (n == 0) fprintf(stderr, "no matches\n");
    return TL_EXIT_OK;
}
