/* cmd_reindex.c -- `threadline reindex`: re-extract every stored document and rebuild the graph. */
#include "cli_store.h"
#include <unistd.h>

static const char HELP[] =
    "usage: threadline reindex [--quiet] [--json] [--db PATH]\n\n"
    "Runs the current extraction again over every stored document (documents\n"
    "ingested with --extracted keep their extraction), rebuilds the graph from\n"
    "scratch and re-applies every correction.  One transaction: an interrupted\n"
    "reindex leaves the store as it was.\n";

typedef struct ctx {
    tl_extractor *ex;
    tl_workspace *ws; /* memos kept across the documents; NULL: none, same results */
    int tty;
} ctx;

static int extract_cb(void *p, const char *text, size_t len, const char *path, tl_doc **out) {
    ctx *c = p;
    tl_error err = {0};
    int rc = tl_extract_ws(c->ex, c->ws, text, len, path, out, &err);
    if (rc != TL_OK) tl_cli_err("%s: %s (kept its previous extraction)", path, err.msg);
    return rc;
}

static void progress(void *p, uint64_t done, uint64_t total) {
    ctx *c = p;
    if (c->tty && (done % 16 == 0 || done == total))
        fprintf(stderr, "\rreindexing %llu/%llu documents", (unsigned long long)done, (unsigned long long)total);
}

int tl_cmd_reindex(int argc, char **argv) {
    const char *db = NULL;
    int json = 0, quiet = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {"--quiet", NULL, &quiet}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    tl_error err = {0};
    ctx c = {tl_extractor_new(NULL, &err), NULL, !quiet && !json && isatty(2)};
    if (!c.ex) { tl_cli_err("cannot start extraction: %s", err.msg); return TL_EXIT_FAIL; }
    c.ws = tl_workspace_new(c.ex, 0);
    tl_store *st = cli_open(db);
    if (!st) { tl_workspace_free(c.ws); tl_extractor_free(c.ex); return TL_EXIT_FAIL; }
    uint64_t n = 0;
    int rc = tl_store_reindex(st, extract_cb, &c, progress, &c, &n, &err);
    if (c.tty) fputc('\n', stderr);
    tl_store_stats s = {0};
    if (rc == TL_OK) rc = tl_store_get_stats(st, &s, &err);
    tl_store_close(st);
    tl_workspace_free(c.ws);
    tl_extractor_free(c.ex);
    if (rc != TL_OK) { tl_cli_err("reindex: %s", err.msg); return TL_EXIT_FAIL; }
    if (json)
        return cli_print_json(json_pack("{s:I,s:I,s:I}", "reextracted", (json_int_t)n, "entities",
                                        (json_int_t)s.entities, "facts", (json_int_t)s.facts));
    if (!quiet)
        fprintf(stderr, "re-extracted %llu document%s; graph rebuilt: %lld entities, %lld facts\n",
                (unsigned long long)n, n == 1 ? "" : "s", (long long)s.entities, (long long)s.facts);
    return TL_EXIT_OK;
}
