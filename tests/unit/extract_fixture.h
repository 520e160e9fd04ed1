/* extract_fixture.h -- one extractor per test group and the helpers the extraction unit tests share: run a text, match an entity by name. */
#ifndef EXTRACT_FIXTURE_H
#define EXTRACT_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "threadline.h"

/* A cmocka group set-up: an extractor with default options, documents
 * published on `published` (NULL: undated) so relative dates resolve, in
 * *state.  0, or -1 (with the reason on stderr) when the models do not
 * load. */
static inline int extract_setup_at(void **state, const char *published) {
    tl_error err;
    tl_options o = {0};
    o.published = published;
    tl_extractor *ex = tl_extractor_new(&o, &err);
    if (!ex) {
        fprintf(stderr, "%s\n", err.msg);
        return -1;
    }
    *state = ex;
    return 0;
}

/* The group tear-down matching extract_setup_at; can't fail. */
static inline int teardown(void **state) {
    tl_extractor_free(*state);
    return 0;
}

/* The extraction of `text` (the test fails unless it succeeds); the caller
 * frees it with tl_doc_free. */
static inline tl_doc *run(void **state, const char *text) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(*state, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* Does entity e go by the name n (its name or an alias)?  e < 0 (no
 * entity) matches only n NULL. */
static inline int named(const tl_doc *d, int32_t e, const char *n) {
    if (e < 0) return n == NULL;
    if (!n) return 0;
    const tl_entity *x = &d->entities[e];
    size_t l = strlen(n);
    if (x->name.len == l && !memcmp(x->name.ptr, n, l)) return 1;
    for (uint32_t k = 0; k < x->n_aliases; k++)
        if (x->aliases[k].len == l && !memcmp(x->aliases[k].ptr, n, l)) return 1;
    return 0;
}

/* Is there a fact of `type` whose first argument is named a and second b
 * (b NULL: a one-role fact)?  Can't fail. */
static inline int fact_has(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == type && named(d, f->args[0], a) && named(d, f->args[1], b)) return 1;
    }
    return 0;
}

/* Extracts text and fails the test unless it states type(a, b). */
static inline void expect_fact(void **state, const char *text, int type, const char *a, const char *b) {
    tl_doc *d = run(state, text);
    if (!fact_has(d, type, a, b)) fail_msg("no %d(%s, %s) in: %s", type, a, b ? b : "-", text);
    tl_doc_free(d);
}

/* Extracts text and fails the test if it states type(a, b). */
static inline void expect_no_fact(void **state, const char *text, int type, const char *a, const char *b) {
    tl_doc *d = run(state, text);
    if (fact_has(d, type, a, b)) fail_msg("unexpected %d(%s, %s) in: %s", type, a, b ? b : "-", text);
    tl_doc_free(d);
}

/* Two extractors for the tree passes' tests: with the parser (the
 * default) and without it (no_tree), which shows what the word frames
 * alone find. */
typedef struct pair { tl_extractor *tree, *flat; } pair;

/* A cmocka group set-up: a pair in *state.  0, or -1 (with the reason on
 * stderr) when the models do not load. */
static inline int pair_setup(void **state) {
    tl_error err;
    tl_options o = {0};
    pair *p = calloc(1, sizeof *p);
    if (!p) return -1;
    p->tree = tl_extractor_new(&o, &err);
    o.no_tree = 1;
    p->flat = p->tree ? tl_extractor_new(&o, &err) : NULL;
    *state = p;
    if (!p->tree || !p->flat) { fprintf(stderr, "%s\n", err.msg); return -1; }
    return 0;
}

/* The group tear-down matching pair_setup; can't fail. */
static inline int pair_teardown(void **state) {
    pair *p = *state;
    if (!p) return 0;
    tl_extractor_free(p->tree);
    tl_extractor_free(p->flat);
    free(p);
    return 0;
}

#endif
