/* tl_conllu.h -- CoNLL-U reader: sentences of a treebank file as views, with line numbers for errors. */
#ifndef TL_CONLLU_H
#define TL_CONLLU_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"

/* Kinds of lines of a sentence block. */
enum { TL_CONLLU_WORD = 0, TL_CONLLU_MULTI, TL_CONLLU_EMPTY, TL_CONLLU_COMMENT };

/* One line: `raw` is the whole line (no newline); for word, multiword
 * ("3-4") and empty-node ("5.1") lines col[0..9] are the ten columns
 * (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC). */
typedef struct tl_conllu_line {
    int kind;
    size_t lineno;   /* 1-based line number in the input */
    tl_str raw;
    tl_str col[10];
} tl_conllu_line;

/* A sentence: every line of its block in order, and the indices of its
 * word lines; head[i] is word i's head from the HEAD column (0 the root,
 * 1..n a word) or -1 when the column is "_". */
typedef struct tl_conllu_sent {
    tl_conllu_line *lines;
    size_t n_lines;
    size_t *words;
    int32_t *head;
    size_t n_words;
} tl_conllu_sent;

/* A reader over a buffer that outlives it (views point into it). */
typedef struct tl_conllu_reader {
    const char *p;
    size_t len, off, lineno;
} tl_conllu_reader;

/* Starts reading p[0..len).  Can't fail. */
void tl_conllu_init(tl_conllu_reader *r, const char *p, size_t len);

/* Reads the next sentence into *s, its arrays allocated from a.  Returns 1
 * when a sentence was read, 0 at the end of the input, or a negative
 * tl_status: TL_EFORMAT with err->msg naming the line ("line 12: expected
 * 10 tab-separated columns, found 7") and err->offset its byte offset, for
 * a line that is not CoNLL-U (wrong column count, bad or out-of-order ID,
 * HEAD not a number within the sentence, NUL byte); TL_ENOMEM. */
int tl_conllu_next(tl_conllu_reader *r, tl_arena *a, tl_conllu_sent *s, tl_error *err);
#endif
