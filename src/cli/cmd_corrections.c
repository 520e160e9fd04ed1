/* cmd_corrections.c -- `threadline corrections`: list the analysts' recorded decisions. */
#include "cli_store.h"
#include <stdlib.h>
#include <string.h>

static const char HELP[] =
    "usage: threadline corrections [--json] [--db PATH]\n\n"
    "Lists every recorded correction (merge, split, rename, alias, reject), oldest\n"
    "first, and whether it took effect the last time corrections were applied.\n";

typedef struct ctx {
    int json;
    json_t *arr;
    long n;
} ctx;

static int row(void *p, const tl_store_correction *c) {
    ctx *x = p;
    x->n++;
    if (x->json) {
        json_array_append_new(x->arr, json_pack("{s:I,s:s,s:s,s:s?,s:s,s:b}", "id", (json_int_t)c->id, "kind",
                                                tl_store_corr_name(c->kind), "a", c->a, "b", c->b, "created_at",
                                                c->created_at, "applied", c->applied));
        return 0;
    }
    if (c->kind == TL_CORR_REJECT) {
        /* the fact is recorded as "TYPE|negated|arg0|arg1|arg2" */
        int type = atoi(c->a);
        const char *p1 = strchr(c->a, '|'), *p2 = p1 ? strchr(p1 + 1, '|') : NULL;
        printf("%4lld  %s  %-12s %s(%s)%s\n", (long long)c->id, c->created_at, "reject",
               tl_fact_type_name(type) ? tl_fact_type_name(type) : "?", p2 ? p2 + 1 : c->a,
               c->applied ? "   [applied]" : "   [not applicable now]");
        return 0;
    }
    printf("%4lld  %s  %-12s %s%s%s%s\n", (long long)c->id, c->created_at, tl_store_corr_name(c->kind), c->a,
           c->b ? "  ->  " : "", c->b ? c->b : "", c->applied ? "   [applied]" : "   [not applicable now]");
    return 0;
}

int tl_cmd_corrections(int argc, char **argv) {
    const char *db = NULL;
    int json = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL}, {"--json", NULL, &json}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    ctx c = {json, json ? json_array() : NULL, 0};
    tl_error err = {0};
    int rc = tl_store_corrections(st, row, &c, &err);
    tl_store_close(st);
    if (rc != TL_OK) { json_decref(c.arr); tl_cli_err("%s", err.msg); return TL_EXIT_FAIL; }
    if (json) return cli_print_json(c.arr);
    if (c.n == 0) fprintf(stderr, "no corrections\n");
    return TL_EXIT_OK;
}
