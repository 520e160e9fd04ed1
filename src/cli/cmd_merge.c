/* cmd_merge.c -- `threadline merge`: an analyst's decision that two entities are one. */
#include "cli_store.h"

static const char HELP[] =
    "usage: threadline merge A B [--force] [--json] [--db PATH]\n\n"
    "Makes B's entity part of A's: its names, documents and facts move to A.\n"
    "Entities of different types (a country and a person) are refused unless\n"
    "--force; a merge already recorded is not recorded twice.\n"
    "Entities are named by any name or alias (case and accents ignored) or #id.\n"
    "The decision is recorded and re-applied after every ingest and reindex;\n"
    "'threadline corrections' lists them.\n";

int tl_cmd_merge(int argc, char **argv) { return cli_correction(argc, argv, TL_CORR_MERGE, HELP, 2); }
