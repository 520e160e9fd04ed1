/* cli.h -- shared helpers of the threadline command-line client. */
#ifndef TL_CLI_H
#define TL_CLI_H
#include <stdio.h>
#include "threadline.h"

/* Exit statuses of every command. */
enum {
    TL_EXIT_OK = 0,
    TL_EXIT_FAIL = 1,    /* the command ran but some input failed */
    TL_EXIT_USAGE = 2,   /* bad command line */
    TL_EXIT_NOTFOUND = 3 /* the entity/fact asked for does not exist or is ambiguous */
};

/* A subcommand: argv[0] is the command name.  Returns an exit status; never
 * exits (only main() does). */
typedef int (*tl_cli_fn)(int argc, char **argv);

typedef struct tl_cli_cmd {
    const char *name;
    tl_cli_fn fn;
    const char *summary; /* one line for `threadline --help` */
} tl_cli_cmd;

/* Prints "threadline: <msg>" on stderr.  Can't fail. */
void tl_cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* True when arg is -h or --help.  Can't fail. */
int tl_cli_is_help(const char *arg);
/* One command-line option.  Exactly one of val (takes an argument) and flag
 * (a switch set to 1) is non-NULL. */
typedef struct cli_opt {
    const char *name;  /* "--db" */
    const char **val;
    int *flag;
} cli_opt;

/* Parses argv[1..] into opts and positionals (at most max_pos, the rest is
 * an error).  "--x=v" and "--x v" both work; "--" ends options; "-" is a
 * positional.  Returns -1 when parsed, 0 when --help was asked (the caller
 * prints its help), or TL_EXIT_USAGE after printing an error. */
int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int max_pos, int *n_pos);

/* The store path: --db value, else $THREADLINE_DB, else ./threadline.db. */
const char *tl_cli_db_path(const char *flag_value);

/* Commands, one file each (cmd_<name>.c). */
int tl_cmd_extract(int argc, char **argv);
int tl_cmd_parse(int argc, char **argv);
/* store commands (cmd_<name>.c, helpers in cli_store.c) */
int tl_cmd_ingest(int argc, char **argv);
int tl_cmd_entities(int argc, char **argv);
int tl_cmd_show(int argc, char **argv);
int tl_cmd_facts(int argc, char **argv);
int tl_cmd_timeline(int argc, char **argv);
int tl_cmd_reindex(int argc, char **argv);
int tl_cmd_path(int argc, char **argv);
int tl_cmd_neighbors(int argc, char **argv);
int tl_cmd_search(int argc, char **argv);
int tl_cmd_stats(int argc, char **argv);
int tl_cmd_export(int argc, char **argv);
int tl_cmd_merge(int argc, char **argv);
int tl_cmd_split(int argc, char **argv);
int tl_cmd_rename(int argc, char **argv);
int tl_cmd_alias(int argc, char **argv);
int tl_cmd_fact(int argc, char **argv);
int tl_cmd_corrections(int argc, char **argv);
int tl_cmd_undo(int argc, char **argv);
int tl_cmd_documents(int argc, char **argv);
int tl_cmd_forget(int argc, char **argv);
int tl_cmd_watch(int argc, char **argv);
int tl_cmd_alerts(int argc, char **argv);
int tl_cmd_serve(int argc, char **argv);
int tl_cmd_token(int argc, char **argv);
int tl_cmd_migrate(int argc, char **argv);
#endif
