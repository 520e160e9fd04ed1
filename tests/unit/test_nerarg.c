/* test_nerarg.c -- the NER passes of tl_nerarg.c: a people that is a body, a group's quoted nickname. */
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
#include "ner_fixture.h"

/* The mentions of text, with the pass named pass or without it. */
static tl_doc *run_pass(void **state, const char *text, const char *pass, int with) {
    return ner_run(state, text, with ? 0 : pass_bit(pass));
}

/* The mentions of text, with the group-names pass or without it. */
static tl_doc *run(void **state, const char *text, int with) { return run_pass(state, text, "group-names", with); }

/* Type of the n-th mention (from 0) whose text is exactly w, or -1. */
static int mention_n(const tl_doc *d, const char *w, int n) {
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start == strlen(w) && memcmp(d->text + m->start, w, strlen(w)) == 0 && n-- == 0) return m->type;
    }
    return -1;
}

/* The pass is in the table, after the consistency pass (whose repeats
 * it retypes too). */
static void test_in_table(void **state) {
    (void)state;
    assert_true(pass_bit("group-names") > pass_bit("consistency"));
}

/* "the Houthis' minister": a possessor of an office is the body; every
 * mention of the same words follows, the one before it too. */
static void test_possessor_makes_body(void **state) {
    const char *t = "Washington sanctioned the Houthis again.\n\n"
                    "Jamal Ruzaiq, the Houthis\xE2\x80\x99 minister of defence, was named.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_NORP);
    assert_int_equal(mention_n(d, "Houthis", 1), TL_NORP);
    tl_doc_free(d);
    d = run(state, t, 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    assert_int_equal(mention_n(d, "Houthis", 1), TL_ORG);
    tl_doc_free(d);
}

/* The ASCII apostrophe, with and without "s", says the same. */
static void test_ascii_possessive(void **state) {
    tl_doc *d = run(state, "Officials said the Houthis' navy fired on a tanker.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Officials said the Houthis's navy fired on a tanker.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
}

/* A lower-case title or member noun after the name makes it a body. */
static void test_title_after(void **state) {
    tl_doc *d = run(state, "Yemen's Houthis commander Abdul Farouq spoke on Monday.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
}

/* The subject of what a body does ("fired", "claimed") is the body. */
static void test_body_verb_after(void **state) {
    tl_doc *d = run(state, "The Houthis fired a missile at a tanker on Monday.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
    d = run(state, "The Houthis have claimed the attack.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
    /* a body's means come from somewhere */
    d = run(state, "The Houthis receive weapons from Iran.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
}

/* A body's own noun after the name, or a verb of what is done to a body
 * before it, makes it the body. */
static void test_body_noun_and_object(void **state) {
    tl_doc *d = run(state, "The Houthi movement controls northern Yemen.\n", 1);
    assert_int_equal(mention_n(d, "Houthi", 0), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Iran supplies the Houthis with missiles and drones.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
    /* what a relative clause says it does, or what is done to it */
    d = run(state, "The Houthis, who control much of northern Yemen, fired again.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
    d = run(state, "The Houthis are backed by Iran.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
}

/* A body's people or means after the name ("a Houthi financier"), or
 * what is done to it ("helped the Houthis"), makes the body too. */
static void test_body_means_and_help(void **state) {
    tl_doc *d = run(state, "Said al-Jamal, a Houthi financier, was sanctioned in 2021.\n", 1);
    assert_int_equal(mention_n(d, "Houthi", 0), TL_ORG);
    tl_doc_free(d);
    d = run(state, "The company helped the Houthis procure weapons components.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_ORG);
    tl_doc_free(d);
}

/* Named only as a people, the name stays the people. */
static void test_people_stays(void **state) {
    tl_doc *d = run(state, "Many Houthis live in the northern highlands of Yemen.\n", 1);
    assert_int_equal(mention_n(d, "Houthis", 0), TL_NORP);
    tl_doc_free(d);
}

/* A people the organization list does not name stays a people even as
 * a possessor ("the Sunnis' leaders"). */
static void test_people_only(void **state) {
    tl_doc *d = run(state, "The Sunnis\xE2\x80\x99 leaders met in the capital on Monday.\n", 1);
    assert_int_equal(mention_n(d, "Sunnis", 0), TL_NORP);
    tl_doc_free(d);
}

/* "FBI Assistant Director in Charge X": the title is no part of the
 * person's name, and the person is one; the body before the title is one
 * too.  The same with the span the tagger starts at "Charge". */
static void test_in_charge_name(void **state) {
    const char *t = "FBI Assistant Director in Charge Daniel Okafor said the case was closed.\n";
    tl_doc *d = ner_run(state, t, 0);
    assert_int_equal(mention_n(d, "Daniel Okafor", 0), TL_PERSON);
    assert_int_equal(mention_n(d, "Charge Daniel Okafor", 0), -1);
    assert_int_equal(mention_n(d, "FBI", 0), TL_ORG);
    tl_doc_free(d);
    d = ner_run(state, "Officials said Assistant Director in Charge Daniel Okafor closed the case.\n", 0);
    assert_int_equal(mention_n(d, "Daniel Okafor", 0), TL_PERSON);
    tl_doc_free(d);
    d = ner_run(state, "FBI Director in Charge Daniel Okafor said the case was closed.\n", 0);
    assert_int_equal(mention_n(d, "Daniel Okafor", 0), TL_PERSON);
    assert_int_equal(mention_n(d, "FBI", 0), TL_ORG);
    tl_doc_free(d);
}

/* The title alone ("Special Agent in Charge") names nothing. */
static void test_in_charge_title_alone(void **state) {
    const char *t = "The Special Agent in Charge of the field office declined to comment.\n";
    tl_doc *d = ner_run(state, t, 0);
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        for (uint32_t k = m->start; k + 6 <= m->end; k++) assert_true(memcmp(d->text + k, "Charge", 6) != 0);
    }
    tl_doc_free(d);
}

/* "Charge" without a title before "in" is a name's word like another:
 * "Charge Street" is not cut to a person "Street". */
static void test_charge_without_title(void **state) {
    const char *t = "Veterans of the Light Brigade in Charge Street met Anna Rossi in Leeds.\n";
    tl_doc *d = ner_run(state, t, 0);
    assert_int_equal(mention_n(d, "Street", 0), -1);
    assert_int_equal(mention_n(d, "Anna Rossi", 0), TL_PERSON);
    tl_doc_free(d);
}

/* 'a terrorist cell, nicknamed "The Beatles"': the quoted words name the
 * group, without the article; a later quoted mention is the same. */
static void test_group_nickname(void **state) {
    const char *t = "He was part of a terrorist cell, nicknamed \"The Foxhounds\" for their accents.\n\n"
                    "Hostages held by the \"Foxhounds\" testified.\n";
    tl_doc *d = run_pass(state, t, "group-nicknames", 0);
    assert_int_equal(mention_n(d, "Foxhounds", 0), -1);
    tl_doc_free(d);
    d = run_pass(state, t, "group-nicknames", 1);
    assert_int_equal(mention_n(d, "Foxhounds", 0), TL_ORG);
    assert_int_equal(mention_n(d, "Foxhounds", 1), TL_ORG);
    tl_doc_free(d);
}

/* "known as" names a gang too; a nickname of a person (no noun of a
 * group before the verb) is left to the nickname rules. */
static void test_group_known_as(void **state) {
    tl_doc *d = run_pass(state, "Police broke up a gang known as \"Silver Crows\" in the port.\n", "group-nicknames", 1);
    assert_int_equal(mention_n(d, "Silver Crows", 0), TL_ORG);
    tl_doc_free(d);
    const char *t = "The boxer, nicknamed \"Iron Fist\" by fans, retired.\n";
    tl_doc *a = run_pass(state, t, "group-nicknames", 0), *b = run_pass(state, t, "group-nicknames", 1);
    assert_int_equal(a->n_mentions, b->n_mentions);
    assert_int_not_equal(mention_n(b, "Iron Fist", 0), TL_ORG);
    tl_doc_free(a);
    tl_doc_free(b);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_in_table),
        cmocka_unit_test(test_possessor_makes_body),
        cmocka_unit_test(test_ascii_possessive),
        cmocka_unit_test(test_title_after),
        cmocka_unit_test(test_body_verb_after),
        cmocka_unit_test(test_body_noun_and_object),
        cmocka_unit_test(test_people_stays),
        cmocka_unit_test(test_body_means_and_help),
        cmocka_unit_test(test_people_only),
        cmocka_unit_test(test_in_charge_name),
        cmocka_unit_test(test_in_charge_title_alone),
        cmocka_unit_test(test_charge_without_title),
        cmocka_unit_test(test_group_nickname),
        cmocka_unit_test(test_group_known_as),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
