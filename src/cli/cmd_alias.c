/* cmd_alias.c -- `threadline alias add|remove ENTITY NAME`: an analyst's decision about an entity's names. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline alias add|remove ENTITY NAME [--force] [--json] [--db PATH]\n\n"
    "add: NAME is another name of ENTITY (lookups and later documents find it);\n"
    "     a name another entity bears is refused unless --force.\n"
    "remove: ENTITY is not called NAME (the name no longer finds it).\n"
    "The decision is recorded and re-applied after every ingest and reindex.\n";

int tl_cmd_alias(int argc, char **argv) {
    if (argc < 2 || tl_cli_is_help(argv[1])) {
        fputs(HELP, argc < 2 ? stderr : stdout);
        return argc < 2 ? TL_EXIT_USAGE : TL_EXIT_OK;
    }
    int kind = strcmp(argv[1], "add") == 0 ? TL_CORR_ALIAS_ADD : strcmp(argv[1], "remove") == 0 ? TL_CORR_ALIAS_REMOVE : -1;
    if (kind < 0) { tl_cli_err("alias: say 'add' or 'remove' (see 'threadline alias --help')"); return TL_EXIT_USAGE; }
    argv[1] = argv[0]; /* "alias add X Y" -> "alias X Y" for the shared parser */
    return cli_correction(argc - 1, argv + 1, kind, HELP, 2);
}
