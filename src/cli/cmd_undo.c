/* cmd_undo.c -- `threadline undo [ID]`: takes back a recorded correction. */
#include "cli_store.h"

static const char HELP[] =
    "usage: threadline undo [ID] [--json] [--db PATH]\n\n"
    "Takes back correction ID ('threadline corrections' lists them), or the\n"
    "latest one: it is deleted and the graph is rebuilt from the documents\n"
    "and the corrections left.\n";

typedef struct find_ctx {
    int64_t want, found_id;
    char what[600];
} find_ctx;

static int find_corr(void *p, const tl_store_correction *c) {
    find_ctx *f = p;
    if (f->want ? c->id == f->want : 1) {
        f->found_id = c->id;
        snprintf(f->what, sizeof f->what, "%s %s%s%s", tl_store_corr_name(c->kind),
                 c->kind == TL_CORR_REJECT ? "fact" : c->a, c->b ? " -> " : "", c->b ? c->b : "");
    }
    return 0;
}

int tl_cmd_undo(int argc, char **argv) {
    const char *db = NULL, *pos[1] = {NULL};
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 1, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    long long id = 0;
    if (np == 1 && (id = cli_number(pos[0][0] == '#' ? pos[0] + 1 : pos[0])) <= 0) {
        tl_cli_err("undo: give a correction id (as listed by 'threadline corrections')");
        return TL_EXIT_USAGE;
    }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    find_ctx f = {id, 0, ""};
    int rc = tl_store_corrections(st, find_corr, &f, &err);
    int64_t undone = 0;
    if (rc == TL_OK) rc = tl_store_undo(st, id, &undone, &err);
    tl_store_close(st);
    if (rc != TL_OK) {
        tl_cli_err("undo: %s", err.msg);
        return rc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : TL_EXIT_FAIL;
    }
    if (json) return cli_print_json(json_pack("{s:I,s:s}", "undone", (json_int_t)undone, "correction", f.what));
    printf("undid correction %lld (%s); the graph was rebuilt without it\n", (long long)undone, f.what);
    return TL_EXIT_OK;
}
