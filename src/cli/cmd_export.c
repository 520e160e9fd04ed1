/* cmd_export.c -- `threadline export`: the store (or a neighbourhood) as JSON, GraphML, GEXF, CSV files or a STIX 2.1 bundle. */
#include "cli_store.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static const char HELP[] =
    "usage: threadline export --format stix|graphml|gexf|json|csv [--output FILE|DIR]\n"
    "                         [--entity NAME [--hops N]] [--type T[,T...]]\n"
    "                         [--since DATE] [--until DATE] [--rejected] [--timestamp TIME] [--db PATH]\n\n"
    "Writes the knowledge graph in a standard format, on stdout unless --output.\n\n"
    "formats:\n"
    "  json      {\"threadline_export\": 1, \"entities\": [...], \"facts\": [...], \"documents\": [...]}:\n"
    "            facts with roles as entity ids and every evidence sentence\n"
    "  graphml   GraphML: nodes are entities, edges are facts (ASSOCIATE_OF, FAMILY_OF\n"
    "            and MET marked symmetric; a fact about one entity is a self-loop)\n"
    "  stix      STIX 2.1 bundle: identity (PERSON, ORG, NORP), location (GPE, LOC,\n"
    "            FAC), campaign (EVENT); relationship per fact between two entities,\n"
    "            note per fact about one; report per source document (an undated\n"
    "            one is published at its ingest time, and says so)\n"
    "  gexf      GEXF 1.3 (Gephi): as graphml, symmetric facts undirected edges\n"
    "  csv       three files in the folder --output names (required; created if\n"
    "            missing): entities.csv, facts.csv, evidence.csv\n\n"
    "options:\n"
    "  --format F       stix, graphml, gexf, json or csv (required)\n"
    "  --output FILE    write FILE (replaced only once the export is complete);\n"
    "                   with csv, the folder to write the three files in\n"
    "  --entity NAME    only this entity and its neighbourhood\n"
    "  --hops N         with --entity: steps out from it, 0-4 (default 1)\n"
    "  --type T         entity types (PERSON, ORG, GPE, LOC, FAC, NORP, EVENT) and/or\n"
    "                   fact types (MEMBER_OF, ...) to keep, comma-separated\n"
    "  --since DATE     facts dated on or after DATE (2014, 2014-06, 2014-06-01)\n"
    "  --until DATE     facts dated on or before DATE\n"
    "  --rejected       include facts an analyst rejected (marked; STIX: revoked)\n"
    "  --timestamp T    STIX created/modified, e.g. 2024-06-06 or 2024-06-06T12:00:00Z\n"
    "                   (default: the latest published date of the stored documents)\n"
    "  --db PATH        the store (default $THREADLINE_DB or ./threadline.db)\n\n"
    "A fact is exported when all its role entities are; output is deterministic.\n";

/* Parses "PERSON,MEMBER_OF,..." into the two type masks.  Returns 0, or -1
 * after printing which name is unknown. */
static int parse_types(const char *list, uint32_t *ents, uint32_t *facts) {
    char buf[512];
    if (strlen(list) >= sizeof buf) { tl_cli_err("export: --type list too long"); return -1; }
    snprintf(buf, sizeof buf, "%s", list);
    char *save = NULL;
    for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
        while (*t == ' ') t++;
        int et = tl_ent_type_parse(t), ft = -1;
        for (int i = 0; i < TL_FACT_TYPE_COUNT; i++)
            if (strcasecmp(t, tl_fact_type_name(i)) == 0) ft = i;
        if (et != TL_ENT_NONE) *ents |= 1u << et;
        else if (ft >= 0) *facts |= 1u << ft;
        else {
            tl_cli_err("export: unknown type '%s' (an entity type: PERSON, ORG, GPE, LOC, FAC, NORP, EVENT; "
                       "or a fact type: MEMBER_OF, RECRUITED, ...)", t);
            return -1;
        }
    }
    return 0;
}

int tl_cmd_export(int argc, char **argv) {
    const char *db = NULL, *format = NULL, *output = NULL, *entity = NULL, *hops = NULL, *type = NULL,
               *since = NULL, *until = NULL, *timestamp = NULL;
    int rejected = 0, np = 0;
    cli_opt opts[] = {{"--db", &db, NULL},         {"--format", &format, NULL}, {"--output", &output, NULL},
                      {"--entity", &entity, NULL}, {"--hops", &hops, NULL},     {"--type", &type, NULL},
                      {"--since", &since, NULL},   {"--until", &until, NULL},   {"--timestamp", &timestamp, NULL},
                      {"--rejected", NULL, &rejected}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    tl_export_opts o = {.format = tl_export_format_parse(format), .since = since, .until = until,
                        .include_rejected = rejected, .timestamp = timestamp, .hops = 1};
    if (!format) { tl_cli_err("export: --format is required (stix, graphml, gexf, json or csv)"); return TL_EXIT_USAGE; }
    if (o.format < 0) {
        tl_cli_err("export: unknown format '%s' (stix, graphml, gexf, json or csv)", format);
        return TL_EXIT_USAGE;
    }
    if (o.format == TL_EXPORT_CSV && (!output || strcmp(output, "-") == 0)) {
        tl_cli_err("export: --format csv writes three files: give their folder with --output DIR");
        return TL_EXIT_USAGE;
    }
    if ((since && !cli_is_date(since)) || (until && !cli_is_date(until))) {
        tl_cli_err("export: --since and --until take a date (2014, 2014-06 or 2014-06-01)");
        return TL_EXIT_USAGE;
    }
    if (hops) {
        long long h = cli_number(hops);
        if (h < 0 || h > 4) { tl_cli_err("export: --hops needs a number from 0 to 4"); return TL_EXIT_USAGE; }
        if (!entity) { tl_cli_err("export: --hops goes with --entity"); return TL_EXIT_USAGE; }
        o.hops = (int)h;
    }
    if (type && parse_types(type, &o.ent_types, &o.fact_types) != 0) return TL_EXIT_USAGE;
    char ts[25];
    if (timestamp && tl_export_timestamp(timestamp, ts) != 0) {
        tl_cli_err("export: bad --timestamp '%s' (use 2024-06-06 or 2024-06-06T12:00:00Z)", timestamp);
        return TL_EXIT_USAGE;
    }
    /* Reading commands create an empty store on first use; an export of
     * nothing would only hide a wrong --db, so a missing file is an error. */
    const char *path = tl_cli_db_path(db);
    if (!tl_store_is_pg(path) && access(path, F_OK) != 0) {
        tl_cli_err("export: no store at '%s' (run 'threadline ingest' first, or give --db)", path);
        return TL_EXIT_FAIL;
    }
    tl_store *st = cli_open(db);
    if (!st) return TL_EXIT_FAIL;
    int rc = TL_EXIT_OK;
    if (entity && (rc = cli_entity(st, entity, 0, &o.entity)) != TL_EXIT_OK) { tl_store_close(st); return rc; }

    if (o.format == TL_EXPORT_CSV) {
        if (mkdir(output, 0777) != 0 && errno != EEXIST) {
            tl_cli_err("export: cannot create '%s': %s", output, strerror(errno));
            tl_store_close(st);
            return TL_EXIT_FAIL;
        }
        tl_error err = {0};
        int xrc = tl_export_csv(st, &o, output, &err);
        tl_store_close(st);
        if (xrc == TL_OK) return TL_EXIT_OK;
        tl_cli_err("export: %s", err.msg);
        return xrc == TL_EINVAL ? TL_EXIT_USAGE : xrc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : TL_EXIT_FAIL;
    }
    /* --output: write a temporary file beside it and rename it over FILE
     * at the end, so FILE is never left half-written */
    FILE *out = stdout;
    char *tmp = NULL;
    if (output && strcmp(output, "-") != 0) {
        size_t n = strlen(output) + 16;
        tmp = malloc(n);
        if (!tmp) { tl_store_close(st); tl_cli_err("out of memory"); return TL_EXIT_FAIL; }
        snprintf(tmp, n, "%s.tmp%ld", output, (long)getpid());
        out = fopen(tmp, "w");
        if (!out) {
            tl_cli_err("export: cannot write '%s': %s", output, strerror(errno));
            free(tmp);
            tl_store_close(st);
            return TL_EXIT_FAIL;
        }
    }
    tl_error err = {0};
    int xrc = tl_export_write(st, &o, out, &err);
    tl_store_close(st);
    if (xrc != TL_OK) {
        tl_cli_err("export: %s", err.msg);
        rc = xrc == TL_EINVAL ? TL_EXIT_USAGE : xrc == TL_ENOTFOUND ? TL_EXIT_NOTFOUND : TL_EXIT_FAIL;
    }
    if (tmp) {
        if (fclose(out) != 0 && rc == TL_EXIT_OK) { tl_cli_err("export: cannot write '%s'", output); rc = TL_EXIT_FAIL; }
        if (rc == TL_EXIT_OK && rename(tmp, output) != 0) {
            tl_cli_err("export: cannot write '%s': %s", output, strerror(errno));
            rc = TL_EXIT_FAIL;
        }
        if (rc != TL_EXIT_OK) remove(tmp);
        free(tmp);
    } else if (rc == TL_EXIT_OK && (fflush(stdout) != 0 || ferror(stdout))) {
        tl_cli_err("export: cannot write the output");
        rc = TL_EXIT_FAIL;
    }
    return rc;
}
