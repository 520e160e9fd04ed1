/* cmd_watch.c -- `threadline watch add|remove|list`: the watchlist that ingest raises alerts for. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline watch add NAME | watch remove NAME | watch list   [--json] [--db PATH]\n\n"
    "Watched names raise an alert whenever a newly ingested document mentions an\n"
    "entity with that name or alias; 'threadline alerts' lists them.\n";

static int list_cb(void *p, const char *name, const char *kind, int64_t n) {
    if (p) json_array_append_new(p, json_pack("{s:s,s:I}", "name", name, "alerts", (json_int_t)n));
    else printf("%-40s %lld alert%s\n", name, (long long)n, n == 1 ? "" : "s");
    return 0;
}

int tl_cmd_watch(int argc, char **argv) {
    const char *db = NULL, *pos[2];
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 2, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    int list = np == 1 && strcmp(pos[0], "list") == 0;
    int add = np == 2 && strcmp(pos[0], "add") == 0, rm = np == 2 && strcmp(pos[0], "remove") == 0;
    if (!list && !add && !rm) { tl_cli_err("watch: say 'add NAME', 'remove NAME' or 'list'"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    json_t *arr = json && list ? json_array() : NULL;
    int rc = list ? tl_store_watch_list(st, list_cb, arr, &err)
                  : add ? tl_store_watch_add(st, pos[1], &err) : tl_store_watch_remove(st, pos[1], &err);
    tl_store_close(st);
    if (rc != TL_OK) {
        json_decref(arr);
        tl_cli_err("watch: %s", err.msg);
        return rc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : rc == TL_EINVAL ? TL_EXIT_USAGE : TL_EXIT_FAIL;
    }
    if (arr) return cli_print_json(arr);
    if (json) return cli_print_json(json_pack("{s:s,s:s}", add ? "watching" : "removed", pos[1], "status", "ok"));
    if (!list) printf("%s '%s'\n", add ? "watching" : "no longer watching", pos[1]);
    return TL_EXIT_OK;
}
