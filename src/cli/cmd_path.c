/* cmd_path.c -- `threadline path A B` and `threadline neighbors A`: connections through facts, with evidence on every hop. */
#include "cli_store.h"
#include <string.h>

static const char PATH_HELP[] =
    "usage: threadline path A B [--max-hops N] [--paths K] [--json] [--db PATH]\n\n"
    "Shortest connections between two entities through facts (rejected and\n"
    "negated facts excluded), every hop with the fact and its evidence sentence.\n\n"
    "options:\n"
    "  --max-hops N   longest path looked for (default 4, at most 8)\n"
    "  --paths K      how many shortest paths to show (default 3)\n"
    "  --json         JSON object\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

static const char NB_HELP[] =
    "usage: threadline neighbors ENTITY [--hops N] [--limit N] [--json] [--db PATH]\n\n"
    "Entities connected to ENTITY through facts, nearest first, each with the fact\n"
    "that reaches it and that fact's evidence.\n\n"
    "options:\n"
    "  --hops N       how far to go (default 1, at most 4)\n"
    "  --limit N      at most N entities (default 200)\n"
    "  --json         JSON array\n"
    "  --db PATH      the store (default $THREADLINE_DB or ./threadline.db)\n";

typedef struct name_ctx {
    char name[512];
    int type;
} name_ctx;

static int name_cb(void *p, const tl_store_entity *e) {
    name_ctx *c = p;
    snprintf(c->name, sizeof c->name, "%s", e->name);
    c->type = e->type;
    return 1;
}

static void entity_name(tl_store *st, int64_t id, name_ctx *c) {
    tl_store_entity_filter f = {.type = -1, .id = id};
    tl_error err;
    snprintf(c->name, sizeof c->name, "#%lld", (long long)id);
    tl_store_entities(st, &f, name_cb, c, &err);
}

typedef struct fact_ctx {
    char type[32];
    int modality, negated;
    int64_t a0;
} fact_ctx;

static int fact_cb(void *p, const tl_store_fact *f) {
    fact_ctx *c = p;
    snprintf(c->type, sizeof c->type, "%s", tl_fact_type_name(f->type) ? tl_fact_type_name(f->type) : "?");
    c->modality = f->modality;
    c->a0 = f->args[0];
    return 1;
}

/* One hop, printed as
 *   A --TYPE--> B  (fact #id, modality)
 *       "evidence sentence" -- document */
static int print_hop(tl_store *st, const tl_store_hop *h, const char *indent) {
    fact_ctx fc = {"?", 0, 0, 0};
    tl_store_fact_filter ff = {.type = -1, .modality = -1, .id = h->fact, .include_rejected = 1};
    tl_error err = {0};
    if (tl_store_facts(st, &ff, fact_cb, &fc, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        return TL_EXIT_FAIL;
    }
    name_ctx a, b;
    entity_name(st, h->from, &a);
    entity_name(st, h->to, &b);
    /* the arrow follows the fact (recruiter -> recruit), the order the path */
    int fwd = fc.a0 != h->to;
    printf("%s%s %s%s%s %s  (fact %lld, %s)\n", indent, a.name, fwd ? "--" : "<--", fc.type, fwd ? "-->" : "--",
           b.name, (long long)h->fact,
           tl_modality_name(fc.modality) ? tl_modality_name(fc.modality) : "?");
    char ind[64];
    snprintf(ind, sizeof ind, "%s    ", indent);
    return cli_print_evidence(stdout, st, h->fact, 1, ind) == TL_OK ? TL_EXIT_OK : TL_EXIT_FAIL;
}

typedef struct path_ctx {
    tl_store *st;
    int n, rc;
} path_ctx;

static int path_cb(void *p, const tl_store_hop *hops, int n) {
    path_ctx *c = p;
    c->n++;
    printf("\npath %d (%d hop%s)\n", c->n, n, n == 1 ? "" : "s");
    for (int i = 0; i < n; i++)
        if ((c->rc = print_hop(c->st, &hops[i], "  ")) != TL_EXIT_OK) return 1;
    return 0;
}

int tl_cmd_path(int argc, char **argv) {
    const char *db = NULL, *maxh = NULL, *np_s = NULL, *pos[2];
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--max-hops", &maxh, NULL}, {"--paths", &np_s, NULL},
                      {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 2, &np);
    if (prc == 0) { fputs(PATH_HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np != 2) { tl_cli_err("path: name two entities (see 'threadline path --help')"); return TL_EXIT_USAGE; }
    long long hops = maxh ? cli_number(maxh) : 4, k = np_s ? cli_number(np_s) : 3;
    if (hops < 1 || hops > 8) { tl_cli_err("path: --max-hops takes 1 to 8"); return TL_EXIT_USAGE; }
    if (k < 1) { tl_cli_err("path: --paths takes a positive number"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int64_t a = 0, b = 0;
    int rc = cli_entity(st, pos[0], json, &a);
    if (rc == TL_EXIT_OK) rc = cli_entity(st, pos[1], json, &b);
    if (rc != TL_EXIT_OK) { tl_store_close(st); return rc; }
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_path(st, a, b, (int)hops, (int)k, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    name_ctx na, nb;
    entity_name(st, a, &na);
    entity_name(st, b, &nb);
    path_ctx c = {st, 0, TL_EXIT_OK};
    printf("%s  ->  %s\n", na.name, nb.name);
    int found = 0;
    if (tl_store_path(st, a, b, (int)hops, (int)k, path_cb, &c, &found, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        c.rc = TL_EXIT_FAIL;
    }
    tl_store_close(st);
    if (c.rc != TL_EXIT_OK) return c.rc;
    if (found == 0) {
        printf("no connection within %lld hops\n", hops);
        return TL_EXIT_NOTFOUND;
    }
    return TL_EXIT_OK;
}

typedef struct nb_ctx {
    tl_store *st;
    int rc;
    long n;
} nb_ctx;

static int nb_cb(void *p, const tl_store_entity *e, int dist, const tl_store_hop *hop) {
    nb_ctx *c = p;
    c->n++;
    printf("%d  %-6s %s  (#%lld)\n", dist, tl_ent_type_name(e->type), e->name, (long long)e->id);
    c->rc = print_hop(c->st, hop, "     ");
    return c->rc != TL_EXIT_OK;
}

int tl_cmd_neighbors(int argc, char **argv) {
    const char *db = NULL, *hops_s = NULL, *limit_s = NULL, *pos[1];
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--hops", &hops_s, NULL}, {"--limit", &limit_s, NULL},
                      {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, 1, &np);
    if (prc == 0) { fputs(NB_HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (np != 1) { tl_cli_err("neighbors: name one entity (see 'threadline neighbors --help')"); return TL_EXIT_USAGE; }
    long long hops = hops_s ? cli_number(hops_s) : 1, limit = limit_s ? cli_number(limit_s) : 200;
    if (hops < 1 || hops > 4) { tl_cli_err("neighbors: --hops takes 1 to 4"); return TL_EXIT_USAGE; }
    if (limit < 1) { tl_cli_err("neighbors: --limit takes a positive number"); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int64_t a = 0;
    int rc = cli_entity(st, pos[0], json, &a);
    if (rc != TL_EXIT_OK) { tl_store_close(st); return rc; }
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_neighbors(st, a, (int)hops, limit, -1, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    nb_ctx c = {st, TL_EXIT_OK, 0};
    if (tl_store_neighbors(st, a, (int)hops, limit, nb_cb, &c, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        c.rc = TL_EXIT_FAIL;
    }
    tl_store_close(st);
    if (c.rc != TL_EXIT_OK) return c.rc;
    if (c.n == 0) fprintf(stderr, "no neighbours\n");
    return TL_EXIT_OK;
}
