/* cmd_migrate.c -- `threadline migrate`: copies a SQLite store into a PostgreSQL team store. */
#include "cli_store.h"
#include <unistd.h>

static const char HELP[] =
    "usage: threadline migrate --from FILE --to postgresql://... [--quiet] [--json]\n\n"
    "Copies the SQLite store FILE (documents, sentences, entities, facts with\n"
    "their evidence, resolution reasons, corrections, watchlist, alerts, API\n"
    "tokens) into an empty PostgreSQL store, ids kept, in one transaction:\n"
    "every command then answers the same from either.  The target database\n"
    "must exist; its tables are created when missing.\n\n"
    "options:\n"
    "  --from FILE    the SQLite store (default $THREADLINE_DB or ./threadline.db when that is a file)\n"
    "  --to URI       the PostgreSQL store, e.g. postgresql://analyst@dbhost/threadline\n"
    "  --quiet        no progress on stderr\n"
    "  --json         {\"from\", \"to\", \"rows\"} on stdout\n";

static void progress(void *ctx, const char *table, int64_t rows) {
    if (*(int *)ctx) fprintf(stderr, "migrate: %-14s %lld rows\n", table, (long long)rows);
}

int tl_cmd_migrate(int argc, char **argv) {
    const char *from = NULL, *to = NULL;
    int json = 0, quiet = 0, np = 0;
    cli_opt opts[] = {{"--from", &from, NULL}, {"--to", &to, NULL}, {"--json", NULL, &json},
                      {"--quiet", NULL, &quiet}, {NULL, NULL, NULL}};
    int prc = cli_parse(argc, argv, opts, NULL, 0, &np);
    if (prc == 0) { fputs(HELP, stdout); return TL_EXIT_OK; }
    if (prc > 0) return prc;
    if (!from) from = tl_cli_db_path(NULL);
    if (!to) {
        tl_cli_err("migrate: give the target with --to postgresql://...");
        return TL_EXIT_USAGE;
    }
    if (!tl_store_is_pg(to)) {
        tl_cli_err("migrate: --to must be a postgresql:// or postgres:// URI, not '%s'", to);
        return TL_EXIT_USAGE;
    }
    if (tl_store_is_pg(from)) {
        tl_cli_err("migrate: --from must be a SQLite store file, not '%s'", from);
        return TL_EXIT_USAGE;
    }
    if (access(from, R_OK) != 0) {
        tl_cli_err("migrate: no store at '%s'", from);
        return TL_EXIT_FAIL;
    }
    int show = !quiet && !json;
    tl_error err = {0};
    int64_t rows = 0;
    int rc = tl_store_migrate(from, to, progress, &show, &rows, &err);
    if (rc != TL_OK) {
        tl_cli_err("migrate: %s", err.msg);
        return TL_EXIT_FAIL;
    }
    if (json) return cli_print_json(json_pack("{s:s,s:s,s:I}", "from", from, "to", to, "rows", (json_int_t)rows));
    if (!quiet) printf("migrated %lld rows from %s\n", (long long)rows, from);
    return TL_EXIT_OK;
}
