/* cmd_entities.c -- `threadline entities`: list the stored entities, filtered by type or name. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline entities [--type T] [--match TEXT] [--top] [--limit N] [--json] [--db PATH]\n\n"
    "Lists entities: id, type, canonical name, documents, facts, first and last seen.\n\n"
    "options:\n"
    "  --type T       PERSON, ORG, GPE, LOC, FAC, NORP or EVENT\n"
    "  --match TEXT   a name or alias contains TEXT (case and accents ignored)\n"
    "  --top          most connected first (default: by name)\n"
    "  --limit N      at most N rows\n"
    "  --json         JSON array\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

static int row(void *p, const tl_store_entity *e) {
    ++*(long *)p;
    printf("#%-7lld %-6s %-40s %4lld docs %4lld facts  %s..%s\n", (long long)e->id, tl_ent_type_name(e->type),
           e->name, (long long)e->n_docs, (long long)e->n_facts, e->first_seen[0] ? e->first_seen : "?",
           e->last_seen[0] ? e->last_seen : "?");
    return 0;
}

int tl_cmd_entities(int argc, char **argv) {
    const char *db = NULL, *type = NULL, *match = NULL, *limit = NULL;
    int json = 0, top = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL},      {"--type", &type, NULL}, {"--match", &match, NULL},
                      {"--limit", &limit, NULL}, {"--json", NULL, &json}, {"--top", NULL, &top},
                      {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    tl_store_entity_filter f = {.type = -1, .match = match, .order_by_degree = top};
    if (type && (f.type = tl_ent_type_parse(type)) == TL_ENT_NONE) {
        tl_cli_err("entities: unknown type '%s'", type);
        return TL_EXIT_USAGE;
    }
    if (limit && (f.limit = cli_number(limit)) < 0) { tl_cli_err("entities: --limit needs a number"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_entities(st, &f, 0, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    long n = 0;
    int rc = tl_store_entities(st, &f, row, &n, &err);
    tl_store_close(st);
    if (rc != TL_OK) { tl_cli_err("%s", err.msg); return TL_EXIT_FAIL; }
    if (n == 0) fprintf(stderr, "no entities\n");
    return TL_EXIT_OK;
}
