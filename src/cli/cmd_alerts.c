/* cmd_alerts.c -- `threadline alerts`: new documents that mention watched entities. */
#include "cli_store.h"

static const char HELP[] =
    "usage: threadline alerts [--since ID] [--json] [--db PATH]\n\n"
    "Documents ingested after a name was watched ('threadline watch add') that\n"
    "mention it, newest first.  --since ID lists only alerts after alert ID.\n";

static int row(void *p, const tl_store_alert *a) {
    if (p) {
        json_array_append_new(p, json_pack("{s:I,s:s,s:I,s:s,s:I,s:s,s:s,s:s}", "id", (json_int_t)a->id, "watch",
                                           a->watch, "entity", (json_int_t)a->entity, "entity_name", a->entity_name,
                                           "document", (json_int_t)a->doc, "path", a->doc_path, "title",
                                           a->doc_title, "created_at", a->created_at));
        return 0;
    }
    printf("%4lld  %s  %s (as %s) in %s%s%s\n", (long long)a->id, a->created_at, a->watch, a->entity_name,
           a->doc_path, a->doc_title[0] ? " — " : "", a->doc_title);
    return 0;
}

int tl_cmd_alerts(int argc, char **argv) {
    const char *db = NULL, *since = NULL;
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--since", &since, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    long long s = since ? cli_number(since) : 0;
    if (s < 0) { tl_cli_err("alerts: --since takes an alert id"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    json_t *arr = json ? json_array() : NULL;
    tl_error err = {0};
    int rc = tl_store_alerts(st, s, row, arr, &err);
    tl_store_close(st);
    if (rc != TL_OK) { json_decref(arr); tl_cli_err("%s", err.msg); return TL_EXIT_FAIL; }
    return json ? cli_print_json(arr) : TL_EXIT_OK;
}
