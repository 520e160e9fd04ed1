/* tok_fixture.h -- a document holding only text and tokens, as the tokenizer leaves it, for unit tests of the passes that read tokens. */
#ifndef TOK_FIXTURE_H
#define TOK_FIXTURE_H
#include <string.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"

/* The tokenized document of text (copied into the document's own arena);
 * fails the calling test when the arena or the tokenizer fails. Free it
 * with tok_doc_free. */
static inline tl_doc *tok_doc(const char *text) {
    size_t n = strlen(text);
    tl_arena *a = tl_arena_new(0);
    assert_non_null(a);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    assert_non_null(d);
    d->arena = a;
    d->text = tl_arena_strndup(a, text, n);
    d->len = n;
    assert_int_equal(tl_tok_run(d), TL_OK);
    return d;
}

/* Frees a document from tok_doc and everything in its arena. Can't fail. */
static inline void tok_doc_free(tl_doc *d) { tl_arena_free(d->arena); }

#endif
