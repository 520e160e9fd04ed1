/* tl_docread.h -- reads a pre-extracted document (the SPEC section 2 JSON with document.text) into a tl_doc. */
#ifndef TL_DOCREAD_H
#define TL_DOCREAD_H
#include <stddef.h>
#include "threadline.h"
#include "tl_reader.h"

/* Parses one JSON object as printed by `threadline extract --with-text`
 * into the document extraction would have made of its text, so that storing
 * it builds the same graph as extracting it: sentences, which that JSON does
 * not carry, are cut by the extractor's own tokenizer; facts are read from
 * "facts" and "symmetric_facts" in the order of their ids.  doc->id is
 * document.id when that is a SHA-256 hex string, else "".  The path is
 * document.path, else `path` (NULL: "-").  When meta is not NULL it receives
 * document.url and document.source (malloc'd, released by tl_reader_clear;
 * its text stays NULL).  On success stores a document in *out, to be
 * released with tl_docread_free (not tl_doc_free: the pieces live in an
 * arena this module owns).  On failure returns TL_EFORMAT or TL_ENOMEM,
 * fills err and leaves *out and *meta untouched. */
int tl_docread_parse(const char *json, size_t len, const char *path, tl_doc **out, tl_reader_doc *meta,
                     tl_error *err);

/* Frees a document made by tl_docread_parse; accepts NULL.  Can't fail. */
void tl_docread_free(tl_doc *doc);
#endif
