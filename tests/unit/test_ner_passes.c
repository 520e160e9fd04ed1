/* test_ner_passes.c -- each named pass of the NER pass table, seen by running the table without it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_gaz.h"
#include "tl_ner.h"

typedef struct fixture {
    tl_ner_model *m;
    tl_gaz *g;
} fixture;

static int setup(void **state) {
    static fixture fx;
    tl_error err = {0};
    if (tl_ner_load(&fx.m, NULL, &err) != TL_OK) return -1;
    fx.g = tl_gaz_open();
    *state = &fx;
    return fx.g ? 0 : -1;
}

static int teardown(void **state) {
    fixture *fx = *state;
    tl_ner_free(fx->m);
    tl_gaz_close(fx->g);
    return 0;
}

/* Bit of the pass named `name`; fails the test when there is none. */
static uint32_t pass_bit(const char *name) {
    for (unsigned k = 0; k < tl_ner_pass_count(); k++)
        if (strcmp(tl_ner_pass_name(k), name) == 0) return 1u << k;
    fail_msg("no NER pass named %s", name);
    return 0;
}

/* The mentions of text with the passes in `skip` left out. */
static tl_doc *run(void **state, const char *text, uint32_t skip) {
    fixture *fx = *state;
    tl_arena *a = tl_arena_new(0);
    assert_non_null(a);
    tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
    assert_non_null(d);
    d->arena = a;
    d->len = strlen(text);
    d->text = tl_arena_strndup(a, text, d->len);
    assert_int_equal(tl_tok_run(d), TL_OK);
    assert_int_equal(tl_ner_run_passes(fx->m, fx->g, NULL, d, skip), TL_OK);
    return d;
}

/* Type of the mention whose text is exactly w (the first), or -1. */
static int mention(const tl_doc *d, const char *w) {
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start == strlen(w) && memcmp(d->text + m->start, w, strlen(w)) == 0) return m->type;
    }
    return -1;
}

static void test_table(void **state) {
    (void)state;
    const char *names[] = {"headlines", "tag", "tagger-spans", "capitalized-runs", "consistency", "possessive-names", "sort",
                           "member-nouns", "surnames", "modifier-bodies", "body-before-title", "holder-offices", "nicknames", "mentions"};
    assert_int_equal(tl_ner_pass_count(), sizeof names / sizeof names[0]);
    for (unsigned k = 0; k < tl_ner_pass_count(); k++) assert_string_equal(tl_ner_pass_name(k), names[k]);
    assert_string_equal(tl_ner_pass_name(999), "");
}

/* With every pass but the last left out there is nothing to write. */
static void test_mentions_pass_alone(void **state) {
    tl_doc *d = run(state, "Qorvani Deltrek met Ulbrek Sandor in Paris.\n", UINT32_MAX);
    assert_int_equal(d->n_mentions, 0);
    tl_doc_free(d);
}

/* Invented names the gazetteer does not know come from the tagger. */
static void test_tagger(void **state) {
    const char *t = "Yesterday Qorvani Deltrek met Ulbrek Sandor in a cafe.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Qorvani Deltrek"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("tag"));
    assert_int_equal(mention(d, "Qorvani Deltrek"), -1);
    tl_doc_free(d);
    d = run(state, t, pass_bit("tagger-spans"));
    assert_int_equal(mention(d, "Qorvani Deltrek"), -1);
    tl_doc_free(d);
}

/* A headline's names are found through the body's. */
static void test_headlines_and_consistency(void **state) {
    const char *t = "Envoy Qorvani Deltrek Meets Rebels Near The Border\n\nEnvoy Qorvani Deltrek met the rebels on Monday.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(d->mentions[0].start, strlen("Envoy "));
    assert_int_equal(mention(d, "Qorvani Deltrek"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("consistency"));
    assert_true(d->n_mentions == 0 || d->mentions[0].start > 40); /* none in the headline */
    tl_doc_free(d);
}

/* "the Chief Prosecutor's Office" is one organization. */
static void test_holder_offices(void **state) {
    const char *t = "Investigators from the Chief Prosecutor's Office arrived.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Chief Prosecutor's Office"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("holder-offices"));
    assert_int_equal(mention(d, "Chief Prosecutor's Office"), -1);
    tl_doc_free(d);
}

/* Ismael "El Mayo" Zambada: one person, the nickname inside. */
static void test_nicknames(void **state) {
    const char *t = "Police said Ismael \"El Mayo\" Zambada led the cartel.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ismael \"El Mayo\" Zambada"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("nicknames"));
    assert_int_equal(mention(d, "Ismael \"El Mayo\" Zambada"), -1);
    tl_doc_free(d);
}

/* Without the sort pass, mentions still come out without overlaps and the
 * run does not fail. */
static void test_unsorted(void **state) {
    tl_doc *d = run(state, "Ismael \"El Mayo\" Zambada met Qorvani Deltrek in Paris.\n", pass_bit("sort"));
    for (uint32_t i = 1; i < d->n_mentions; i++)
        assert_true(d->mentions[i].start >= d->mentions[i - 1].end || (d->mentions[i].flags & TL_MENTION_NICK));
    tl_doc_free(d);
}

/* The tagger's spans of one name share the class their summed scores
 * prefer: "Halvery" read as a person, a place and a thing in turn ends up
 * one type in every mention the tagger found. */
static void test_one_name_one_class(void **state) {
    tl_doc *d = run(state, "Kestrel Marrow joined Halvery in 1998. Halvery is a band from Leeds. He toured with "
                           "Halvery across Europe, and Halvery signed Marrow to a new contract. The mayor of "
                           "Halvery met them.", 0);
    int type = -1, n = 0;
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start != 7 || memcmp(d->text + m->start, "Halvery", 7) != 0) continue;
        if (m->start < 20) continue; /* the first: the tagger's MISC keeps what it found */
        if (type < 0) type = m->type;
        assert_int_equal(m->type, type);
        n++;
    }
    assert_true(n >= 3);
    tl_doc_free(d);
}

/* "Ulvar Workers' Party" is one name with the possessive-names pass, cut
 * at the apostrophe without it. */
static void test_possessive_names(void **state) {
    const char *t = "Yesterday the Ulvar Workers' Party won the vote in Kessa.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ulvar Workers' Party"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("possessive-names"));
    assert_int_equal(mention(d, "Ulvar Workers' Party"), -1);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),        cmocka_unit_test(test_mentions_pass_alone),
        cmocka_unit_test(test_tagger),       cmocka_unit_test(test_headlines_and_consistency),
        cmocka_unit_test(test_holder_offices), cmocka_unit_test(test_nicknames),
        cmocka_unit_test(test_unsorted),     cmocka_unit_test(test_one_name_one_class),
        cmocka_unit_test(test_possessive_names),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
