/* tl_serve.h -- `threadline serve`: the HTTP JSON API and the web page over a store (libmicrohttpd). */
#ifndef TL_SERVE_H
#define TL_SERVE_H
/*
 * A server runs libmicrohttpd's own thread pool.  Reads go through a pool of
 * read-only store handles (one per pool thread, so a read never waits for a
 * handle) and never wait on a write: SQLite's WAL lets them read the last
 * committed state while a write runs.  Writes (ingest, corrections) are
 * queued to one writer thread that owns the only writable handle and the
 * extractor; the connection is suspended meanwhile, so a long ingest never
 * holds a pool thread.  No SQL is built from a request and no file path is
 * taken from one: the web page's files are read into memory at start and
 * looked up by exact name.
 */
#include <stddef.h>
#include "threadline_store.h"

typedef struct tl_serve_opts {
    const char *db;          /* the store (must exist) */
    const char *host;        /* address to bind; NULL = "127.0.0.1" */
    int port;                /* 0 = any free port (see tl_serve_port) */
    const char *web_dir;     /* folder of the web page's files; NULL or
                                missing = the API alone */
    unsigned threads;        /* pool threads; 0 = 4 */
    unsigned max_conns;      /* open connections; 0 = 256 */
    size_t max_body;         /* bytes of a request body; 0 = 32 MiB */
    unsigned timeout_s;      /* a connection idle this long, or a request
                                body still arriving after it, is closed;
                                0 = 30 */
    unsigned max_queue;      /* writes waiting for the writer before 503;
                                0 = 16 */
} tl_serve_opts;

typedef struct tl_server tl_server;

/* Opens the store (writer first: it creates the token table when needed),
 * reads the web files and starts listening.  Returns TL_OK and sets *out,
 * or TL_EINVAL (bad host, port or folder), TL_EIO (cannot bind),
 * TL_EDB (the store does not open) or TL_ENOMEM, with err filled. */
int tl_serve_start(const tl_serve_opts *o, tl_server **out, tl_error *err);
/* The port the server listens on.  Can't fail. */
int tl_serve_port(const tl_server *s);
/* 1 when reads are open without a token (bound to a loopback address). */
int tl_serve_reads_open(const tl_server *s);
/* Stops listening, lets queued writes finish, closes everything; accepts
 * NULL.  Can't fail. */
void tl_serve_stop(tl_server *s);

/* The hex SHA-256 under which a token is stored (out: 65 bytes).
 * Can't fail. */
void tl_serve_token_hash(const char *token, char out[65]);
/* Makes a new random token (64 hex digits, from getrandom) for `name`,
 * stores its hash and writes the token itself to out (65 bytes).  Returns
 * TL_OK, TL_EINVAL (name taken or empty), TL_EIO (no randomness) or
 * TL_EDB. */
int tl_serve_token_create(tl_store *st, const char *name, char out[65], tl_error *err);
#endif
