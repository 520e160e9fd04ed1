/* tl_store_pg.h -- the PostgreSQL backend's shared helpers (connection, bound queries) for its source files. */
#ifndef TL_STORE_PG_H
#define TL_STORE_PG_H
#include "tl_store_backend.h"
#include <libpq-fe.h>

/* The backend's handle. */
typedef struct tl_store_pg {
    PGconn *c;
    int readonly;
    int group, bulk;      /* inside group_begin/end or bulk_begin/end */
    char actor[128];      /* who corrections are recorded as ("" = the OS user) */
    /* While tl_store_pg_facts hands its rows to a callback: those rows
     * (`cur`, the row being handed `cur_row`) and the evidence of rows
     * [ev_lo, ev_hi) fetched at once (`ev`), so that a dossier asking the
     * evidence of each fact in turn makes one round trip per batch of
     * facts, not one per fact.  NULL outside that call. */
    PGresult *cur, *ev;
    int cur_row, ev_lo, ev_hi;
    /* Writes sent in libpq's pipeline mode and not answered yet (inside
     * an ingest group: tl_store_pg_write), and the first error one of
     * them met ("" none). */
    int piped;
    const char *pipe_what[32]; /* what the first 32 of them were (for the error) */
    char pipe_err[256];
} tl_store_pg;

/* Runs `sql` with n text parameters (NULL = SQL NULL), always bound, never
 * spliced into the text.  Returns the result (PGRES_TUPLES_OK or
 * PGRES_COMMAND_OK; the caller PQclear()s it) or NULL with err filled
 * (TL_EDB, naming `what`). */
PGresult *tl_store_pg_query(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what,
                            tl_error *err);
/* The same, with binary parameters: lens[i] bytes of vals[i] when
 * binary[i] is 1.  Same contract. */
PGresult *tl_store_pg_query_bin(tl_store_pg *p, const char *sql, int n, const char *const *vals, const int *lens,
                                const int *binary, const char *what, tl_error *err);
/* Runs a statement whose rows are not wanted.  Inside a group or bulk
 * load it is only sent (libpq's pipeline mode): the next query, exec or
 * tl_store_pg_flush waits for it, so a document's writes cost one round
 * trip together instead of one each; an error is reported there.
 * Returns TL_OK or TL_EDB (err filled). */
int tl_store_pg_write(tl_store_pg *p, const char *sql, int n, const char *const *vals, const char *what,
                      tl_error *err);
/* The same with binary parameters (tl_store_pg_query_bin's lens and
 * binary).  Same contract. */
int tl_store_pg_write_bin(tl_store_pg *p, const char *sql, int n, const char *const *vals, const int *lens,
                          const int *binary, const char *what, tl_error *err);
/* Waits for every pipelined write.  TL_OK, or TL_EDB with the first
 * failing write's error in err (the transaction is then aborted: the
 * caller rolls back). */
int tl_store_pg_flush(tl_store_pg *p, tl_error *err);
/* Runs a statement with no parameters and no rows wanted.  Returns TL_OK or
 * TL_EDB (err filled). */
int tl_store_pg_exec(tl_store_pg *p, const char *sql, tl_error *err);
/* Creates the schema when missing (under an advisory lock, so that two
 * processes opening a new store at once do not race).  Returns TL_OK or
 * TL_EDB. */
int tl_store_pg_schema(tl_store_pg *p, tl_error *err);
/* Runs every statement of the schema (IF NOT EXISTS: it recreates what is
 * missing, such as indexes `migrate` dropped while it copies).  Returns
 * TL_OK or TL_EDB. */
int tl_store_pg_schema_objects(tl_store_pg *p, tl_error *err);
/* Connects to `conninfo` (a postgresql:// URI).  Returns TL_OK and sets
 * *out, or TL_EDB / TL_ENOMEM with *out untouched. */
int tl_store_pg_connect(const char *conninfo, tl_store_pg **out, tl_error *err);
/* Closes the connection and frees p; accepts NULL.  Can't fail. */
void tl_store_pg_disconnect(tl_store_pg *p);
#endif
