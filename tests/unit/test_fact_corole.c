/* test_fact_corole.c -- unit tests of role fillers named through "the two leaders" or "his gang" (tl_fact_corole.c), on invented reports, refusals included. */
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

/* Does any fact of `type` have the entity named a as its first role? */
static int has_from(const tl_doc *d, int type, const char *a) {
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == type && named(d, d->facts[i].args[0], a)) return 1;
    return 0;
}

/* "the two leaders" two sentences after the two names: the attack is
 * each one's, and not the speaker's. */
static void test_two_leaders(void **state) {
    const char *t = "Police arrested Darvel Okonta and Ismet Barrow in July.\n\n"
                    "The minister said the two leaders attacked the Lorne barracks and kidnapped engineer "
                    "Paul Hensley in Tavira.\n";
    expect_fact(state, t, TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
    expect_fact(state, t, TL_ATTACKED, "Ismet Barrow", "Paul Hensley");
}

/* The names may come from separate sentences, the nearest that name any
 * person ("both suspects" after one name a sentence). */
static void test_names_from_separate_sentences(void **state) {
    const char *t = "Darvel Okonta ran the cell in the north.\n\n"
                    "His deputy, Ismet Barrow, trained in the desert.\n\n"
                    "Investigators said both suspects kidnapped engineer Paul Hensley in Tavira.\n";
    expect_fact(state, t, TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
    expect_fact(state, t, TL_ATTACKED, "Ismet Barrow", "Paul Hensley");
}

/* Three people named where "the two men" stands: unsure, no fact for any. */
static void test_count_mismatch_refused(void **state) {
    const char *t = "Darvel Okonta, Ismet Barrow and Corin Vale were seen in Tavira.\n\n"
                    "Police said the two men kidnapped engineer Paul Hensley.\n";
    tl_doc *d = run(state, t);
    assert_false(fact_has(d, TL_ATTACKED, "Darvel Okonta", "Paul Hensley"));
    assert_false(fact_has(d, TL_ATTACKED, "Ismet Barrow", "Paul Hensley"));
    assert_false(fact_has(d, TL_ATTACKED, "Corin Vale", "Paul Hensley"));
    tl_doc_free(d);
}

/* "two men" without "the" are new people, not the ones named. */
static void test_uncounted_new_people(void **state) {
    const char *t = "Darvel Okonta and Ismet Barrow were seen in Tavira.\n\n"
                    "Witnesses said two men kidnapped engineer Paul Hensley on Monday.\n";
    expect_no_fact(state, t, TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
}

/* Names further back than the window are not reached. */
static void test_window_refused(void **state) {
    const char *t = "Darvel Okonta and Ismet Barrow were seen in Tavira.\n\n"
                    "The town lies on the coast.\n\nIt has a port.\n\nThe port is old.\n\nBoats come in daily.\n\n"
                    "Police said the two men kidnapped engineer Paul Hensley.\n";
    expect_no_fact(state, t, TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
}

/* "his gang": the one organization named in the last sentences. */
static void test_his_gang(void **state) {
    const char *t = "Ramon Teixo, leader of the Cuervo Cartel, was arrested on Monday.\n\n"
                    "Teixo was accused of plotting to kill Ana Ferrell and his gang killed Tomas Brandt.\n";
    expect_fact(state, t, TL_ATTACKED, "Cuervo Cartel", "Tomas Brandt");
    /* and the second clause's subject is no longer the first clause's object */
    expect_no_fact(state, t, TL_ATTACKED, "Ana Ferrell", "Tomas Brandt");
}

/* Two organizations named close together: "their group" could be either,
 * and is left alone. */
static void test_two_groups_refused(void **state) {
    const char *t = "Ramon Teixo led the Cuervo Cartel and later joined the Sombra Front.\n\n"
                    "Prosecutors said his gang killed Tomas Brandt.\n";
    tl_doc *d = run(state, t);
    assert_false(fact_has(d, TL_ATTACKED, "Cuervo Cartel", "Tomas Brandt"));
    assert_false(fact_has(d, TL_ATTACKED, "Sombra Front", "Tomas Brandt"));
    tl_doc_free(d);
}

/* "his group of friends": a group of something else is no organization. */
static void test_group_of_refused(void **state) {
    const char *t = "Ramon Teixo, leader of the Cuervo Cartel, was arrested on Monday.\n\n"
                    "Prosecutors said his group of friends attacked Tomas Brandt.\n";
    tl_doc *d = run(state, t);
    assert_false(has_from(d, TL_ATTACKED, "Cuervo Cartel"));
    tl_doc_free(d);
}

/* "one of the two men" is a part of the group: no fact for either. */
static void test_one_of_refused(void **state) {
    const char *t = "Darvel Okonta was seen in Tavira.\n\nHis deputy, Ismet Barrow, trained in the desert.\n\n"
                    "Police said one of the two men kidnapped engineer Paul Hensley.\n";
    tl_doc *d = run(state, t);
    assert_false(fact_has(d, TL_ATTACKED, "Darvel Okonta", "Paul Hensley"));
    assert_false(fact_has(d, TL_ATTACKED, "Ismet Barrow", "Paul Hensley"));
    tl_doc_free(d);
}

/* "the 45-year-old" standing alone: the one person named just before. */
static void test_age_description(void **state) {
    expect_fact(state,
           "Police in Tavira arrested Darvel Okonta on Monday.\n\n"
           "Prosecutors said the 45-year-old kidnapped engineer Paul Hensley in 2019.\n",
           TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
}

/* Two people in the nearest sentence: "the 45-year-old" could be either. */
static void test_age_two_people_refused(void **state) {
    const char *t = "Police in Tavira arrested Darvel Okonta and questioned Ismet Barrow on Monday.\n\n"
                    "Prosecutors said the 45-year-old kidnapped engineer Paul Hensley in 2019.\n";
    tl_doc *d = run(state, t);
    assert_false(fact_has(d, TL_ATTACKED, "Darvel Okonta", "Paul Hensley"));
    assert_false(fact_has(d, TL_ATTACKED, "Ismet Barrow", "Paul Hensley"));
    tl_doc_free(d);
}

/* "the 27-year-old Paul Hensley": the age modifies the name that follows
 * and stands for no one else. */
static void test_age_before_name(void **state) {
    expect_no_fact(state,
               "Police in Tavira arrested Darvel Okonta on Monday.\n\n"
               "Prosecutors said the 27-year-old Ismet Barrow kidnapped engineer Paul Hensley in 2019.\n",
               TL_ATTACKED, "Darvel Okonta", "Paul Hensley");
}

/* The tree paths the resolved fillers most often sit in (tl_fact_tree.c):
 * "X was involved in the assassination of Y" answers for it. */
static void test_involved_in(void **state) {
    expect_fact(state, "The Cuervo Cartel was involved in the assassination of Fernando Halvik.\n", TL_ATTACKED,
           "Cuervo Cartel", "Fernando Halvik");
    /* a time as possessor ("last year's") is no doer and hides none */
    expect_fact(state,
           "The Cuervo Cartel is believed to have been involved in last year's assassination of Fernando "
           "Halvik.\n",
           TL_ATTACKED, "Cuervo Cartel", "Fernando Halvik");
}

/* "X spearheaded attacks, including the abduction of Y": the listed noun
 * shares the verb of doing; "the 2019 abduction" beside the object too. */
static void test_listed_attack_nouns(void **state) {
    expect_fact(state,
           "Ramon Teixo spearheaded several attacks, including the 2013 abduction of engineer Paul Hensley in "
           "Tavira.\n",
           TL_ATTACKED, "Ramon Teixo", "Paul Hensley");
    expect_fact(state, "Ramon Teixo ordered the bombing in Tavira and the abduction of Paul Hensley.\n", TL_ATTACKED,
           "Ramon Teixo", "Paul Hensley");
}

/* A verb that only speaks of attacks lends its subject to none of them. */
static void test_listed_under_other_verb(void **state) {
    expect_no_fact(state,
               "Ramon Teixo condemned several attacks, including the 2013 abduction of engineer Paul Hensley "
               "in Tavira.\n",
               TL_ATTACKED, "Ramon Teixo", "Paul Hensley");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_leaders),
        cmocka_unit_test(test_names_from_separate_sentences),
        cmocka_unit_test(test_count_mismatch_refused),
        cmocka_unit_test(test_uncounted_new_people),
        cmocka_unit_test(test_window_refused),
        cmocka_unit_test(test_his_gang),
        cmocka_unit_test(test_two_groups_refused),
        cmocka_unit_test(test_group_of_refused),
        cmocka_unit_test(test_one_of_refused),
        cmocka_unit_test(test_age_description),
        cmocka_unit_test(test_age_two_people_refused),
        cmocka_unit_test(test_age_before_name),
        cmocka_unit_test(test_involved_in),
        cmocka_unit_test(test_listed_attack_nouns),
        cmocka_unit_test(test_listed_under_other_verb),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
