/* cmd_rename.c -- `threadline rename`: an analyst's choice of an entity's canonical name. */
#include "cli_store.h"

static const char HELP[] =
    "usage: threadline rename ENTITY NEWNAME [--json] [--db PATH]\n\n"
    "Gives ENTITY the canonical name NEWNAME (its old names stay as aliases).\n"
    "Entities are named by any name or alias (case and accents ignored) or #id.\n"
    "The decision is recorded and re-applied after every ingest and reindex;\n"
    "'threadline corrections' lists them.\n";

int tl_cmd_rename(int argc, char **argv) { return cli_correction(argc, argv, TL_CORR_RENAME, HELP, 2); }
