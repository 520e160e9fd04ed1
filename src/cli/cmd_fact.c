/* cmd_fact.c -- `threadline fact reject ID`: an analyst's decision that a fact is wrong. */
#include "cli_store.h"
#include <string.h>

static const char HELP[] =
    "usage: threadline fact reject ID [--json] [--db PATH]\n\n"
    "Marks fact ID (as listed by 'threadline facts') as wrong: it is hidden from\n"
    "queries and paths ('facts --rejected' still shows it).  The decision names the\n"
    "fact by its type and arguments, so it survives re-ingestion and reindexing.\n";

int tl_cmd_fact(int argc, char **argv) {
    if (argc < 2 || tl_cli_is_help(argv[1])) {
        fputs(HELP, argc < 2 ? stderr : stdout);
        return argc < 2 ? TL_EXIT_USAGE : TL_EXIT_OK;
    }
    if (strcmp(argv[1], "reject") != 0) { tl_cli_err("fact: the only action is 'reject'"); return TL_EXIT_USAGE; }
    argv[1] = argv[0];
    return cli_correction(argc - 1, argv + 1, TL_CORR_REJECT, HELP, 1);
}
