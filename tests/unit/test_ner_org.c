/* test_ner_org.c -- the org-spans NER pass (tl_ner_org.c): heads before "of", ordinals, portfolios, numbered units, a group's first word, office words before a title. */
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

/* The mentions of text, with the org-spans pass or without it. */
static tl_doc *run(void **state, const char *text, int with) { return ner_run(state, text, with ? 0 : pass_bit("org-spans")); }

/* Type of the mention whose text is exactly w (the first), or -1. */
static int mention(const tl_doc *d, const char *w) {
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start == strlen(w) && memcmp(d->text + m->start, w, strlen(w)) == 0) return m->type;
    }
    return -1;
}

/* "Ruritania's Ministry of State Security": the head before "of" the
 * tagger left out belongs to the name. */
static void test_head_before_of(void **state) {
    const char *t = "The provincial office is part of Ruritania's Ministry of State Security.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ministry of State Security"), -1);
    tl_doc_free(d);
    d = run(state, t, 1);
    assert_int_equal(mention(d, "Ministry of State Security"), TL_ORG);
    assert_int_equal(mention(d, "State Security"), -1);
    tl_doc_free(d);
}

/* An ordinal before a unit is its number; "of the" after a numbered
 * unit's head starts the body it belongs to. */
static void test_numbered_units(void **state) {
    const char *t = "He served in the 902nd Military Intelligence Group until 2019.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "902nd Military Intelligence Group"), -1);
    tl_doc_free(d);
    d = run(state, t, 1);
    assert_int_equal(mention(d, "902nd Military Intelligence Group"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Colonel Ivan Dorn, commander of the 3rd Marine Infantry Brigade of the Zendan National Navy, spoke.\n", 1);
    assert_int_equal(mention(d, "3rd Marine Infantry Brigade"), TL_ORG);
    assert_int_equal(mention(d, "Zendan National Navy"), TL_ORG);
    tl_doc_free(d);
}

/* A title's portfolio names no body; a body named after "for the" with
 * its head does. */
static void test_portfolios(void **state) {
    const char *t = "Assistant Attorney General for National Security John Demers said so.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "National Security"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, 1);
    assert_int_equal(mention(d, "National Security"), -1);
    assert_int_equal(mention(d, "John Demers"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson spoke.\n", 1);
    assert_int_equal(mention(d, "Financial Intelligence"), -1);
    tl_doc_free(d);
    d = run(state, "Assistant Attorney General for the Criminal Division Kenneth Polite spoke.\n", 1);
    assert_int_equal(mention(d, "Criminal Division"), TL_ORG);
    tl_doc_free(d);
}

/* "Pentagon Deputy Press Secretary X": the words of the office before
 * the title ("Deputy", the "Press" of "Press Secretary") are not the
 * body's; "Associated Press" keeps its head word. */
static void test_office_words_before_title(void **state) {
    tl_doc *d = run(state, "The strike was confirmed by Pentagon Deputy Press Secretary Gordon Trowbridge.\n", 1);
    assert_int_equal(mention(d, "Pentagon"), TL_ORG);
    assert_int_equal(mention(d, "Pentagon Deputy Press"), -1);
    assert_int_equal(mention(d, "Gordon Trowbridge"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "A reporter for the Associated Press said so.\n", 1);
    assert_int_equal(mention(d, "Associated Press"), TL_ORG);
    tl_doc_free(d);
}

/* A lone word typed a person that opens a group's name in the report is
 * the group, unless a person named in full bears it. */
static void test_group_first_word(void **state) {
    const char *t = "The Sturmklang Division grew online. Created by a few people, Sturmklang used the internet.\n";
    tl_doc *d = run(state, t, 1);
    assert_int_equal(mention(d, "Sturmklang"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "The Dornwald Division grew online. Peter Dornwald joined it. Later Dornwald left the country.\n", 1);
    assert_int_not_equal(mention(d, "Dornwald"), TL_ORG);
    tl_doc_free(d);
}

/* "A and B (ACR)" is one name when ACR spells the initials of both; an
 * acronym of the second alone leaves them apart. */
static void test_joined_by_acronym(void **state) {
    const char *t = "He was convicted over his role in an Islamic Caliphate of Zendia and Ruritania (ICZR) plot.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Islamic Caliphate of Zendia and Ruritania"), -1);
    tl_doc_free(d);
    d = run(state, t, 1);
    assert_int_equal(mention(d, "Islamic Caliphate of Zendia and Ruritania"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Fighters of the Zendan Defence Army and Ruritania Liberation Front (RLF) clashed.\n", 1);
    assert_int_equal(mention(d, "Zendan Defence Army"), TL_ORG);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_head_before_of),
        cmocka_unit_test(test_numbered_units),
        cmocka_unit_test(test_portfolios),
        cmocka_unit_test(test_office_words_before_title),
        cmocka_unit_test(test_group_first_word),
        cmocka_unit_test(test_joined_by_acronym),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
