/* test_ner_int.c -- the NER modules' internal pieces (tl_ner_int.h) run alone on hand-made state. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_gaz.h"
#include "tl_ner_int.h"
#include "tok_fixture.h"

typedef struct fixture {
    tl_gaz *g;
} fixture;

static int setup(void **state) {
    static fixture fx;
    fx.g = tl_gaz_open();
    *state = &fx;
    return fx.g ? 0 : -1;
}

static int teardown(void **state) {
    fixture *fx = *state;
    tl_gaz_close(fx->g);
    return 0;
}

/* Index of the token that is exactly w, the first; fails when none. */
static uint32_t tok(const tl_doc *d, const char *w) {
    for (uint32_t i = 0; i < d->n_tokens; i++)
        if (tl_ner_tok_is(d, i, w)) return i;
    fail_msg("no token %s", w);
    return 0;
}

/* tl_ner_join_tokens keeps the text's spacing: none before a glued token. */
static void test_join_tokens(void **state) {
    (void)state;
    tl_doc *d = tok_doc("the Chief Prosecutor's Office said.\n");
    char buf[64];
    uint32_t a = tok(d, "Chief");
    size_t n = tl_ner_join_tokens(d, a, a + 4, buf, sizeof buf);
    assert_string_equal(buf, "Chief Prosecutor's Office");
    assert_int_equal(n, strlen(buf));
    assert_int_equal(tl_ner_join_tokens(d, a, a + 4, buf, 8), 0); /* does not fit */
    tl_doc_free(d);
}

/* emit() splits a title off the person after it and drops the title. */
static void test_emit_title(void **state) {
    fixture *fx = *state;
    tl_doc *d = tok_doc("Yesterday Deputy Minister Qorvani Deltrek spoke.\n");
    tl_ner_feats *f = tl_ner_feats_make(fx->g, NULL, NULL, d);
    assert_non_null(f);
    tl_ner_spanvec sv = {0};
    uint32_t a = tok(d, "Deputy"), b = tok(d, "spoke");
    assert_int_equal(tl_ner_emit(f, &sv, a, b, TL_PERSON, 0), 1);
    assert_int_equal(sv.n, 1);
    assert_int_equal(sv.v[0].a, tok(d, "Qorvani"));
    assert_int_equal(sv.v[0].b, b);
    assert_int_equal(sv.v[0].cls, TL_PERSON);
    free(sv.v);
    tl_ner_feats_free(f);
    tl_doc_free(d);
}

/* A one-word camel-case name is a group or a product, not a person; a
 * surname with a prefix (McAllister) stays a person. */
static void test_emit_camel_case(void **state) {
    fixture *fx = *state;
    tl_doc *d = tok_doc("Analysts blamed VoltRin and McAllister for it.\n");
    tl_ner_feats *f = tl_ner_feats_make(fx->g, NULL, NULL, d);
    assert_non_null(f);
    tl_ner_spanvec sv = {0};
    uint32_t v = tok(d, "VoltRin"), m = tok(d, "McAllister");
    assert_int_equal(tl_ner_emit(f, &sv, v, v + 1, TL_PERSON, 0), 1);
    assert_int_equal(tl_ner_emit(f, &sv, m, m + 1, TL_PERSON, 0), 1);
    assert_int_equal(sv.n, 2);
    assert_int_equal(sv.v[0].cls, TL_ORG);
    assert_int_equal(sv.v[1].cls, TL_PERSON);
    free(sv.v);
    tl_ner_feats_free(f);
    tl_doc_free(d);
}

/* A name before a plural noun of members becomes an organization; the sort
 * pass orders spans by start and keeps the earlier pass first on a tie. */
static void test_doc_passes_alone(void **state) {
    fixture *fx = *state;
    tl_doc *d = tok_doc("Two Zorvaki fighters met Qorvani Deltrek.\n");
    tl_ner_state r = {NULL, tl_ner_feats_make(fx->g, NULL, NULL, d), d, NULL, NULL, NULL, {0}};
    assert_non_null(r.f);
    uint32_t q = tok(d, "Qorvani"), z = tok(d, "Zorvaki");
    assert_true(tl_ner_sv_push(&r.sv, (tl_ner_span){q, q + 2, TL_PERSON, 0, 0, 0, 0, 0}));
    assert_true(tl_ner_sv_push(&r.sv, (tl_ner_span){z, z + 1, TL_PERSON, 0, 0, 0, 0, 0}));
    assert_true(tl_ner_sv_push(&r.sv, (tl_ner_span){z, z + 1, TL_GPE, 0, 0, 0, 0, 0}));
    assert_int_equal(tl_ner_pass_sort(&r), TL_OK);
    assert_int_equal(r.sv.v[0].a, z);
    assert_int_equal(r.sv.v[0].cls, TL_PERSON); /* pushed first */
    assert_int_equal(r.sv.v[2].a, q);
    assert_int_equal(tl_ner_pass_member_nouns(&r), TL_OK);
    assert_int_equal(r.sv.v[0].cls, TL_ORG);
    assert_int_equal(r.sv.v[1].cls, TL_GPE); /* a place keeps its type */
    assert_int_equal(r.sv.v[2].cls, TL_PERSON);
    free(r.sv.v);
    tl_ner_feats_free(r.f);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_join_tokens),
        cmocka_unit_test(test_emit_title),
        cmocka_unit_test(test_emit_camel_case),
        cmocka_unit_test(test_doc_passes_alone),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
