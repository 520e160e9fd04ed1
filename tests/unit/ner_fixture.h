/* ner_fixture.h -- the NER model and gazetteer one test group shares, and the bit of a named pass in tl_ner_run_passes' skip mask. */
#ifndef NER_FIXTURE_H
#define NER_FIXTURE_H
#include <string.h>
#include "threadline.h"
#include "tl_gaz.h"
#include "tl_ner.h"
#include "tok_fixture.h"

typedef struct ner_fixture {
    tl_ner_model *m;
    tl_gaz *g;
} ner_fixture;

/* A cmocka group set-up: the built-in NER model and the gazetteer in
 * *state.  0, or -1 when either does not load. */
static inline int setup(void **state) {
    static ner_fixture fx;
    tl_error err = {0};
    if (tl_ner_load(&fx.m, NULL, &err) != TL_OK) return -1;
    fx.g = tl_gaz_open();
    *state = &fx;
    return fx.g ? 0 : -1;
}

/* The group tear-down matching setup; can't fail. */
static inline int teardown(void **state) {
    ner_fixture *fx = *state;
    tl_ner_free(fx->m);
    tl_gaz_close(fx->g);
    return 0;
}

/* Bit of the pass named `name` in the skip mask; fails the test when there
 * is none. */
static inline uint32_t pass_bit(const char *name) {
    for (unsigned k = 0; k < tl_ner_pass_count(); k++)
        if (strcmp(tl_ner_pass_name(k), name) == 0) return 1u << k;
    fail_msg("no NER pass named %s", name);
    return 0;
}

/* The tokens and mentions of text, with the passes in `skip` left out
 * (freed with tl_doc_free). */
static inline tl_doc *ner_run(void **state, const char *text, uint32_t skip) {
    ner_fixture *fx = *state;
    tl_doc *d = tok_doc(text);
    assert_int_equal(tl_ner_run_passes(fx->m, fx->g, NULL, d, skip), TL_OK);
    return d;
}
#endif
