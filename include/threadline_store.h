/* threadline_store.h -- the public API of libthreadline's knowledge graph: store, ingest, JSON queries and exports.
 *
 * One header for programs that keep what extraction finds (threadline.h is
 * the extraction API it builds on).  It gathers four module headers, each
 * with the contract of every function beside its declaration:
 *   - tl_store.h   the store: open/close, ingest of one tl_doc, groups,
 *                  corrections, queries by callback, graph searches;
 *   - tl_ingest.h  files and folders into a store: the walk, formats,
 *                  extraction threads, group commits, progress callbacks;
 *   - tl_query.h   the store's queries as jansson JSON values (what the
 *                  CLI's --json and the HTTP API print);
 *   - tl_export.h  the store as JSON, GraphML, GEXF, CSV or STIX 2.1.
 *
 * The rules of threadline.h hold here too: functions that can fail return
 * TL_OK or a negative tl_status and fill a tl_error when given one, leaving
 * outputs untouched; handles belong to the caller, who closes or frees
 * them (NULL accepted); the library never exits and keeps no global
 * mutable state.  In addition, query results are handed to a callback one
 * row at a time, their strings borrowed for the callback's duration, and a
 * callback returns non-zero to stop early.  A tl_store handle is used by
 * one thread at a time; open one handle per thread.
 *
 * Building against an installed libthreadline (`make install-dev`):
 *   cc -I$PREFIX/include/threadline prog.c $PREFIX/lib/libthreadline.a \
 *      $(the libraries in the Makefile's LDLIBS)
 */
#ifndef THREADLINE_STORE_H
#define THREADLINE_STORE_H

#include "threadline.h"
#include "tl_store.h"
#include "tl_ingest.h"
#include "tl_query.h"
#include "tl_export.h"

#endif
