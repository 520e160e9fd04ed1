/* tl_serve_int.h -- what the server core (tl_serve.c) and the API routes (tl_serve_api.c) share. */
#ifndef TL_SERVE_INT_H
#define TL_SERVE_INT_H
#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include "tl_serve.h"

/* An answer: an HTTP status and a body (JSON or bytes). */
typedef struct tl_serve_reply {
    unsigned status;
    json_t *json;            /* owned; the body when not NULL */
    char *bytes;             /* owned (malloc), else the body */
    size_t len;
    const char *type;        /* Content-Type of bytes */
} tl_serve_reply;

/* Sets r to {"error": {"status", "message"}} (candidates, when not NULL,
 * added under "error" and consumed).  Returns 0. */
int tl_serve_fail(tl_serve_reply *r, unsigned status, json_t *candidates, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* A write waiting for the writer thread. */
typedef struct tl_serve_job {
    struct tl_serve_job *next;
    int kind;                /* 0: ingest, 1: correction */
    char *body;              /* the request body (owned), len bytes */
    size_t len;
    int is_json;             /* body is JSON (ingest: {"text", ...}) */
    char title[512], published[32], url[1024];
    char who[128];           /* the name of the token that authorized it */
    struct MHD_Connection *conn;
    tl_serve_reply reply;    /* filled by the writer */
    int done;
} tl_serve_job;

/* Runs a GET on a read-only handle.  path is the URL path after "/api"
 * (decoded); conn gives the query arguments.  Fills r.  Can't fail (errors
 * are replies). */
void tl_serve_api_get(tl_store *st, struct MHD_Connection *conn, const char *path, tl_serve_reply *r);
/* Runs a write job on the writable handle (the writer thread).  ex may be
 * NULL when the extractor could not be made (ingest then answers 503).
 * Fills job->reply.  Can't fail. */
void tl_serve_api_write(tl_store *st, const tl_extractor *ex, tl_serve_job *job);
#endif
