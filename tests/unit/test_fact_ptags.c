/* test_fact_ptags.c -- unit tests of the word frames read with the parser's tags (tl_fact_parse_tags) and of the clause bounds they rely on, on invented sentences, refusals included. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"

#include "extract_fixture.h"
#include "tl_fact.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* The Brown tagger folds case, so "US" read as the pronoun "us" and the
 * noun after it as a participle; the parser's tags keep the noun phrase
 * whole, a participle adjective included. */
static void test_country_noun_after_participle(void **state) {
    expect_fact(state, "Mark Hollis, a naturalized US citizen, moved to Lyon in 2010.\n", TL_CITIZEN_OF, "Mark Hollis",
                "US");
    expect_fact(state, "Mark Hollis, a US citizen, moved to Lyon in 2010.\n", TL_CITIZEN_OF, "Mark Hollis", "US");
}

/* "to kill the Iranian-American journalist X": the nationalities and the
 * noun describe the object, which is the name after them. */
static void test_nationality_noun_object(void **state) {
    expect_fact(state, "In May, Oleg Sorin was hired to assassinate the Iranian-American journalist Dana Farrokh.\n",
                TL_ATTACKED, "Oleg Sorin", "Dana Farrokh");
    expect_fact(state, "Prosecutors said Oleg Sorin tried to kill the prominent Canadian writer Dana Farrokh.\n",
                TL_ATTACKED, "Oleg Sorin", "Dana Farrokh");
}

/* "the Shinwar district of Nangarhar province": the name before the
 * division noun is the district; the of-phrase, itself followed by a
 * division noun, the province that holds it. */
static void test_district_of_province(void **state) {
    const char *t = "The drone struck a house in the Kahmar district of eastern Pindar province on Monday.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Kahmar", "Pindar");
    expect_no_fact(state, t, TL_LOCATED_IN, "Pindar", "Kahmar");
    /* an administrative unit's noun alone says so too, whatever the
     * gazetteer knows of the names */
    const char *u = "Gunmen attacked a village in the Kessel district of Valdora.\n";
    expect_fact(state, u, TL_LOCATED_IN, "Kessel", "Valdora");
    expect_no_fact(state, u, TL_LOCATED_IN, "Valdora", "Kessel");
}

/* A reporting verb whose clause has a common-noun subject ends the search
 * for the subject: the speaker was not arrested. */
static void test_speaker_not_clause_subject(void **state) {
    expect_no_fact(state, "Police spokesman Mark Olson said the men were arrested on Friday.\n", TL_ARRESTED,
                   "Mark Olson", NULL);
    expect_no_fact(state, "Colonel Ruth Amsel said the suspects were detained near the border.\n", TL_ARRESTED,
                   "Ruth Amsel", NULL);
    /* no subject of its own: the name before is the one arrested */
    expect_fact(state, "Tomas Brehm, who police said was arrested on Friday, appeared in court.\n", TL_ARRESTED,
                "Tomas Brehm", NULL);
}

/* A clause opened by "that" after a verb holds its own subject: the one
 * who warns does not support. */
static void test_that_clause_subject(void **state) {
    expect_no_fact(state,
                   "The Justice Department warned that those who evade the rules to support the Northern Legion will "
                   "be punished.\n",
                   TL_SUPPORTS, "Justice Department", "Northern Legion");
    expect_fact(state, "Police said that Karl Brede supplied weapons to the Northern Legion.\n", TL_SUPPORTS,
                "Karl Brede", "Northern Legion");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_country_noun_after_participle),
        cmocka_unit_test(test_nationality_noun_object),
        cmocka_unit_test(test_district_of_province),
        cmocka_unit_test(test_speaker_not_clause_subject),
        cmocka_unit_test(test_that_clause_subject),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
