/* tl_tok.h -- tokenizer and sentence splitter over UTF-8 text with byte offsets. */
#ifndef TL_TOK_H
#define TL_TOK_H
#include "threadline.h"

/* Longest sentence, in tokens: longer runs are cut so that every later stage
 * works on bounded windows whatever the input looks like. */
#define TL_TOK_MAX_SENT 400

/* Tokenizes doc->text[0..doc->len) into doc->tokens and doc->sentences
 * (arena-allocated).  The text must be valid UTF-8 (see tl_utf8_repair).
 * Returns TL_OK, or TL_ENOMEM leaving doc's token fields untouched. */
int tl_tok_run(tl_doc *doc);

/* True when the token text is one of the abbreviations that keep their final
 * period ("Gen.", "Jan.", "U.S.").  Can't fail. */
int tl_tok_is_abbrev(const char *s, size_t n);

/* True when token t of doc (t < doc->n_tokens) is exactly the word w,
 * byte for byte.  Can't fail. */
int tl_tok_eq(const tl_doc *doc, uint32_t t, const char *w);
#endif
