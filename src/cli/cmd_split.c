/* cmd_split.c -- `threadline split`: an analyst's decision that some mentions of an entity are another thing. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline split ENTITY --name NAME [--json] [--db PATH]\n\n"
    "The documents that call ENTITY by NAME leave it for an entity of their own.\n"
    "Entities are named by any name or alias (case and accents ignored) or #id.\n"
    "The decision is recorded and re-applied after every ingest and reindex;\n"
    "'threadline corrections' lists them.\n";

int tl_cmd_split(int argc, char **argv) {
    /* "split ENTITY --name NAME" is the documented form; "--name=NAME", as
     * every other option takes its value, and "split ENTITY NAME" work too */
    char *args[8];
    int n = 0;
    for (int i = 0; i < argc && n < 8; i++)
        if (strncmp(argv[i], "--name=", 7) == 0) args[n++] = argv[i] + 7;
        else if (strcmp(argv[i], "--name") != 0) args[n++] = argv[i];
    return cli_correction(n, args, TL_CORR_SPLIT, HELP, 2);
}
