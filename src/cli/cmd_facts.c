/* cmd_facts.c -- `threadline facts` and `threadline timeline`: list facts with their evidence. */
#include "cli_store.h"
#include <string.h>
#include <strings.h>

static const char HELP[] =
    "usage: threadline facts [--type T] [--entity NAME] [--since DATE] [--until DATE]\n"
    "                        [--modality M] [--rejected] [--limit N] [--evidence N] [--json] [--db PATH]\n\n"
    "Lists facts, each with the sentences that support it.\n\n"
    "options:\n"
    "  --type T         a fact type (MEMBER_OF, RECRUITED, ...)\n"
    "  --entity NAME    facts with this entity in any role, as place or as source\n"
    "  --since DATE     facts dated on or after DATE (2014, 2014-06, 2014-06-01)\n"
    "  --until DATE     facts dated on or before DATE\n"
    "  --modality M     asserted, reported, alleged or negated\n"
    "  --rejected       include facts an analyst rejected\n"
    "  --limit N        at most N facts\n"
    "  --evidence N     sentences shown per fact (default 2; JSON gives all)\n"
    "  --json           JSON array\n"
    "  --db PATH        the store (default $THREADLINE_DB or ./threadline.db)\n";

static const char TIMELINE_HELP[] =
    "usage: threadline timeline [ENTITY] [--since DATE] [--until DATE] [--json] [--db PATH]\n\n"
    "Dated facts in time order (of one entity, or of the whole store), each with\n"
    "its evidence.\n";

typedef struct ctx {
    tl_store *st;
    int ev_limit, timeline;
    long n;
    int rc;
} ctx;

static int row(void *p, const tl_store_fact *f) {
    ctx *c = p;
    c->n++;
    if (c->timeline) printf("%-10s ", f->time_value);
    cli_print_fact_line(stdout, f);
    if (cli_print_evidence(stdout, c->st, f->id, c->ev_limit, c->timeline ? "             " : "      ") != TL_OK) {
        c->rc = TL_EXIT_FAIL;
        return 1;
    }
    return 0;
}

static int run(int argc, char **argv, int timeline) {
    const char *db = NULL, *type = NULL, *entity = NULL, *since = NULL, *until = NULL, *modality = NULL,
               *limit = NULL, *evn = NULL, *pos[1];
    int json = 0, rejected = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL},         {"--type", &type, NULL},       {"--entity", &entity, NULL},
                      {"--since", &since, NULL},   {"--until", &until, NULL},     {"--modality", &modality, NULL},
                      {"--limit", &limit, NULL},   {"--evidence", &evn, NULL},    {"--json", NULL, &json},
                      {"--rejected", NULL, &rejected}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, pos, timeline ? 1 : 0, &np);
    if (prc == 0) { fputs(timeline ? TIMELINE_HELP : HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (timeline && np == 1) entity = pos[0];
    tl_store_fact_filter f = {.type = -1, .modality = -1, .since = since, .until = until,
                              .include_rejected = rejected, .dated_only = timeline};
    if (type) {
        f.type = -2;
        for (int t = 0; t < TL_FACT_TYPE_COUNT; t++)
            if (strcasecmp(type, tl_fact_type_name(t)) == 0) f.type = t;
        if (f.type == -2) { tl_cli_err("%s: unknown fact type '%s'", argv[0], type); return TL_EXIT_USAGE; }
    }
    if (modality) {
        f.modality = -2;
        for (int m = 0; m < 4; m++)
            if (strcasecmp(modality, tl_modality_name(m)) == 0) f.modality = m;
        if (f.modality == -2) { tl_cli_err("%s: unknown modality '%s'", argv[0], modality); return TL_EXIT_USAGE; }
    }
    if ((since && !cli_is_date(since)) || (until && !cli_is_date(until))) {
        tl_cli_err("%s: --since and --until take a date (2014, 2014-06 or 2014-06-01)", argv[0]);
        return TL_EXIT_USAGE;
    }
    if (limit && (f.limit = cli_number(limit)) < 0) { tl_cli_err("%s: --limit needs a number", argv[0]); return TL_EXIT_USAGE; }
    long long ev_limit = evn ? cli_number(evn) : 2;
    if (ev_limit < 0) { tl_cli_err("%s: --evidence needs a number", argv[0]); return TL_EXIT_USAGE; }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int rc = TL_EXIT_OK;
    if (entity && (rc = cli_entity(st, entity, json, &f.entity)) != TL_EXIT_OK) { tl_store_close(st); return rc; }
    tl_error err = {0};
    if (json) {
        json_t *v = NULL;
        int qrc = tl_query_facts(st, &f, 0, &v, &err);
        tl_store_close(st);
        return cli_print_query(qrc, v, &err);
    }
    ctx c = {st, (int)ev_limit, timeline, 0, TL_EXIT_OK};
    if (tl_store_facts(st, &f, row, &c, &err) != TL_OK) {
        tl_cli_err("%s", err.msg);
        c.rc = TL_EXIT_FAIL;
    }
    tl_store_close(st);
    if (c.rc != TL_EXIT_OK) return c.rc;
    if (c.n == 0) fprintf(stderr, timeline ? "no dated facts\n" : "no facts\n");
    return TL_EXIT_OK;
}

int tl_cmd_facts(int argc, char **argv) { return run(argc, argv, 0); }
int tl_cmd_timeline(int argc, char **argv) { return run(argc, argv, 1); }
