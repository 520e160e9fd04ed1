/* lex_fixture.h -- an extractor and a trigger lexicon per test group, for the unit tests that build fact-scorer sentences by hand. */
#ifndef LEX_FIXTURE_H
#define LEX_FIXTURE_H
#include <stdlib.h>
#include "threadline.h"
#include "tl_trig.h"

typedef struct fx {
    tl_extractor *ex;
    tl_trig_lex *lex;
} fx;

/* A cmocka group set-up: an extractor with default options and a trigger
 * lexicon, in *state.  0, or -1 when either cannot be made (what was made
 * is left for fx_teardown to free). */
static inline int fx_setup(void **state) {
    tl_error err;
    fx *f = calloc(1, sizeof *f);
    if (!f) return -1;
    *state = f;
    f->ex = tl_extractor_new(NULL, &err);
    f->lex = tl_trig_lex_new();
    return f->ex && f->lex ? 0 : -1;
}

/* The group tear-down matching fx_setup; can't fail. */
static inline int fx_teardown(void **state) {
    fx *f = *state;
    if (!f) return 0;
    tl_extractor_free(f->ex);
    tl_trig_lex_free(f->lex);
    free(f);
    return 0;
}
#endif
