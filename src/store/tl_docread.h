/* tl_docread.h -- reads a pre-extracted document (the SPEC section 2 JSON with document.text) into a tl_doc. */
#ifndef TL_DOCREAD_H
#define TL_DOCREAD_H
#include <stddef.h>
#include "threadline.h"

/* Parses one JSON object as printed by `threadline extract --with-text`.
 * Sentences, which that JSON does not carry, are cut at ". ", "! ", "? "
 * and blank lines, so the full-text index has units to return.  On success
 * stores a document in *out, to be released with tl_docread_free (not
 * tl_doc_free: the pieces live in an arena this module owns).  On failure
 * returns TL_EFORMAT or TL_ENOMEM, fills err and leaves *out untouched. */
int tl_docread_parse(const char *json, size_t len, const char *path, tl_doc **out, tl_error *err);

/* Frees a document made by tl_docread_parse; accepts NULL.  Can't fail. */
void tl_docread_free(tl_doc *doc);

/* Cuts text into sentences as described above, appending [start, end) spans
 * through the callback.  Can't fail. */
void tl_docread_sentences(const char *text, size_t len,
                          void (*cb)(void *ctx, uint32_t start, uint32_t end), void *ctx);
#endif
