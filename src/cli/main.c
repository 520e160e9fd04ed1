/* main.c -- the threadline command: dispatches git-style subcommands. */
#include "cli.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Add a command here and in cli.h; keep the list in pipeline order. */
static const tl_cli_cmd commands[] = {
    {"extract", tl_cmd_extract, "extract entities and facts from documents as JSON"},
    {"parse", tl_cmd_parse, "dependency trees of sentences (CoNLL-U or raw text) as CoNLL-U"},
    {"ingest", tl_cmd_ingest, "extract files and folders into the knowledge graph"},
    {"reindex", tl_cmd_reindex, "re-extract stored documents and rebuild the graph"},
    {"entities", tl_cmd_entities, "list entities (by type, by name)"},
    {"show", tl_cmd_show, "dossier of one entity: names, facts with evidence, documents"},
    {"facts", tl_cmd_facts, "list facts with their evidence sentences"},
    {"timeline", tl_cmd_timeline, "dated facts in time order"},
    {"path", tl_cmd_path, "shortest connections between two entities, with evidence"},
    {"neighbors", tl_cmd_neighbors, "entities connected to one entity"},
    {"search", tl_cmd_search, "full-text search over stored sentences"},
    {"stats", tl_cmd_stats, "counts, sizes, most connected entities"},
    {"export", tl_cmd_export, "write the store as STIX 2.1, GraphML or JSON"},
    {"merge", tl_cmd_merge, "correction: two entities are one"},
    {"split", tl_cmd_split, "correction: a name of an entity is another thing"},
    {"rename", tl_cmd_rename, "correction: set an entity's canonical name"},
    {"alias", tl_cmd_alias, "correction: add or remove a name of an entity"},
    {"fact", tl_cmd_fact, "correction: reject a fact"},
    {"corrections", tl_cmd_corrections, "list recorded corrections and whether each applied"},
    {"undo", tl_cmd_undo, "take back a correction (the latest, or one by id)"},
    {"documents", tl_cmd_documents, "list stored documents with their counts"},
    {"forget", tl_cmd_forget, "remove a document and what only it supported"},
    {"watch", tl_cmd_watch, "watch names: ingest raises alerts on new mentions"},
    {"alerts", tl_cmd_alerts, "documents that mentioned watched names"},
    {"serve", tl_cmd_serve, "HTTP JSON API and the web page over the store"},
    {"token", tl_cmd_token, "tokens for writing through the HTTP API"},
    {"migrate", tl_cmd_migrate, "copy a SQLite store into a PostgreSQL team store"},
};

void tl_cli_err(const char *fmt, ...) {
    va_list ap;
    fputs("threadline: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int tl_cli_is_help(const char *arg) {
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int max_pos, int *n_pos) {
    int np = 0, only_pos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!only_pos && strcmp(a, "--") == 0) { only_pos = 1; continue; }
        if (!only_pos && tl_cli_is_help(a)) return 0;
        if (!only_pos && a[0] == '-' && a[1]) {
            const char *eq = strchr(a, '=');
            size_t nl = eq ? (size_t)(eq - a) : strlen(a);
            const cli_opt *o = NULL;
            for (const cli_opt *p = opts; p && p->name; p++)
                if (strlen(p->name) == nl && strncmp(p->name, a, nl) == 0) o = p;
            if (!o) {
                tl_cli_err("%s: unknown option '%s' (see 'threadline %s --help')", argv[0], a, argv[0]);
                return TL_EXIT_USAGE;
            }
            if (o->flag) {
                if (eq) { tl_cli_err("%s: option %s takes no value", argv[0], o->name); return TL_EXIT_USAGE; }
                *o->flag = 1;
            } else if (eq) {
                *o->val = eq + 1;
            } else if (i + 1 < argc) {
                *o->val = argv[++i];
            } else {
                tl_cli_err("%s: option %s needs a value", argv[0], o->name);
                return TL_EXIT_USAGE;
            }
            continue;
        }
        if (np >= max_pos) {
            tl_cli_err("%s: unexpected argument '%s' (see 'threadline %s --help')", argv[0], a, argv[0]);
            return TL_EXIT_USAGE;
        }
        pos[np++] = a;
    }
    *n_pos = np;
    return -1;
}

const char *tl_cli_db_path(const char *flag_value) {
    if (flag_value && *flag_value) return flag_value;
    const char *env = getenv("THREADLINE_DB");
    if (env && *env) return env;
    return "threadline.db";
}

static void usage(FILE *f) {
    fprintf(f, "usage: threadline <command> [options] [args]\n\n"
               "Turns threat reports into an evidence-linked knowledge graph.\n\n"
               "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-12s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nRun 'threadline <command> --help' for a command's options.\n"
               "The store is ./threadline.db unless --db or THREADLINE_DB names another.\n");
}

/* Options that may stand before the command ("threadline --db g.db show
 * X"): moved after the command name, where every command parses them.
 * Returns the new argc; argv is rewritten in place. */
static int hoist_globals(int argc, char **argv) {
    char *globals[8];
    int ng = 0, i = 1;
    while (i < argc && ng + 2 <= (int)(sizeof globals / sizeof *globals)) {
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            globals[ng++] = argv[i++];
            globals[ng++] = argv[i++];
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            globals[ng++] = argv[i++];
        } else {
            break;
        }
    }
    if (ng == 0 || i >= argc) return argc;
    /* argv[1..] becomes: command, globals, the rest */
    char *cmd = argv[i];
    memmove(argv + 2 + ng, argv + i + 1, (size_t)(argc - i - 1) * sizeof *argv);
    argv[1] = cmd;
    memcpy(argv + 2, globals, (size_t)ng * sizeof *argv);
    return argc;
}

int main(int argc, char **argv) {
    argc = hoist_globals(argc, argv);
    /* before any thread: long documents' window memory goes back when freed */
    tl_extract_process_setup();
    if (argc < 2) { usage(stderr); return TL_EXIT_USAGE; }
    if (tl_cli_is_help(argv[1]) || strcmp(argv[1], "help") == 0) { usage(stdout); return TL_EXIT_OK; }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("threadline %s\n", TL_VERSION);
        return TL_EXIT_OK;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(argv[1], commands[i].name) == 0) return commands[i].fn(argc - 1, argv + 1);
    tl_cli_err("'%s' is not a command; see 'threadline --help'", argv[1]);
    return TL_EXIT_USAGE;
}
