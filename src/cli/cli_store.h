/* cli_store.h -- helpers shared by the store commands: options, opening the store, naming entities, JSON output. */
#ifndef TL_CLI_STORE_H
#define TL_CLI_STORE_H
#include <jansson.h>
#include <stdint.h>
#include "cli.h"
#include "threadline_store.h"

/* Opens the existing store named by the --db value (or THREADLINE_DB);
 * prints the error and returns NULL on failure, and when no store exists
 * there (nothing is created). */
tl_store *cli_open(const char *db);
/* Like cli_open, but creates the store when it does not exist (ingest). */
tl_store *cli_open_create(const char *db);

/* Resolves an entity argument to one id.  Returns TL_EXIT_OK and sets *id;
 * or prints "no entity" / the candidates (as JSON on stdout when json) and
 * returns TL_EXIT_NOTFOUND; or TL_EXIT_FAIL on a store error. */
int cli_entity(tl_store *st, const char *name, int json, int64_t *id);

/* Prints a JSON value on stdout (indented) and releases it.  Returns
 * TL_EXIT_OK, or TL_EXIT_FAIL when it could not be written. */
int cli_print_json(json_t *v);

/* JSON of a row. Return new references (NULL only when out of memory). */
json_t *cli_entity_json(const tl_store_entity *e);
json_t *cli_fact_json(const tl_store_fact *f);
json_t *cli_evidence_json(const tl_store_evidence *ev);

/* Prints the result of a tl_query_ call: v on stdout when rc is TL_OK,
 * else err's message on stderr.  Returns the exit status. */
int cli_print_query(int rc, json_t *v, const tl_error *err);

/* Appends every evidence row of a fact to a new JSON array (NULL on error). */
json_t *cli_fact_evidence_json(tl_store *st, int64_t fact, int limit);

/* "RECRUITED: A -> B (2014, asserted)" for a fact, on out.  Can't fail. */
void cli_print_fact_line(FILE *out, const tl_store_fact *f);
/* Prints the evidence of a fact, indented: up to `limit` sentences with
 * their document.  Returns TL_OK or a store error. */
int cli_print_evidence(FILE *out, tl_store *st, int64_t fact, int limit, const char *indent);

/* Runs one correction command: parses [--db] [--json] and `n_args`
 * positionals (argv names them in usage), records the correction and
 * prints the result.  kind is a tl_store_corr_kind; for TL_CORR_REJECT the
 * single positional is the fact id.  Returns an exit status. */
int cli_correction(int argc, char **argv, int kind, const char *help, int n_args);

/* Parses a comma-separated list of entity types ("PERSON,ORG", any case)
 * into bits 1 << tl_ent_type; returns 0 when a name is not a type. */
int cli_types(const char *list, unsigned *mask);

/* Parses a non-negative integer option value; -1 when malformed. */
long long cli_number(const char *s);
/* Whether s is a date as --since and --until take it: YYYY, YYYY-MM or
 * YYYY-MM-DD with a month 01-12 and a day 01-31 (the stored dates are
 * compared as strings, so anything else would select silently by
 * accident).  1 or 0; can't fail. */
int cli_is_date(const char *s);
#endif
