/* test_fact_cata.c -- unit tests of cataphora (tl_fact_cata.c): a person described in one sentence and named first in the next, on invented reports, refusals included. */
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
#include "tl_fact_int.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* "A Moldovan national ..." then "Dorin Vasca, 31, was ...": the
 * nationality is his, and so is the extradition the lead told. */
static void test_nationality_named_next(void **state) {
    const char *t = "A Moldovan national arrested in Portugal last year has been extradited to the United States.\n\n"
                    "Dorin Vasca, 31, was arraigned in a Denver federal court on Tuesday.\n";
    expect_fact(state, t, TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
    tl_doc *d = run(state, t);
    int extradited = 0;
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_EXTRADITED && named(d, d->facts[i].args[0], "Dorin Vasca")) extradited = 1;
    assert_true(extradited);
    tl_doc_free(d);
}

/* "The man, identified only as X, ...": the next sentence names the man
 * of the lead in an apposition; a dateline's credit is no subject. */
static void test_identified_as_named_next(void **state) {
    const char *t = "TAVIRA, March 3 (Reuters) - A court in Tavira sentenced a 24-year-old man to nine years in "
                    "prison.\n\nThe man, identified only as Dorin V. under privacy laws, was arrested in 2023.\n";
    tl_doc *d = run(state, t);
    int charged = 0, by_credit = 0;
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_CHARGED && named(d, d->facts[i].args[0], "Dorin V.")) {
            charged = 1;
            by_credit |= d->facts[i].args[2] >= 0 && named(d, d->facts[i].args[2], "Reuters");
        }
    assert_true(charged);
    assert_false(by_credit);
    tl_doc_free(d);
}

/* "Three men have been charged" then "The suspects, identified as A, B
 * and C, ...": the charge is each one's; "The three were arrested": a
 * count alone as a subject is the people last named. */
static void test_counted_people_named_next(void **state) {
    const char *t = "Three men have been charged with spying, prosecutors said.\n\nThe suspects, identified as Dorin "
                    "Vasca, Ilie Marin and Petru Sandu, allegedly gathered information. The three were arrested in "
                    "March.\n";
    expect_fact(state, t, TL_CHARGED, "Dorin Vasca", NULL);
    expect_fact(state, t, TL_CHARGED, "Petru Sandu", NULL);
    expect_fact(state, t, TL_ARRESTED, "Ilie Marin", NULL);
    /* a list of another size names other people */
    expect_no_fact(state,
                   "Two men have been charged with spying.\n\nThe suspects, identified as Dorin Vasca, Ilie Marin "
                   "and Petru Sandu, allegedly gathered information.\n",
                   TL_CHARGED, "Dorin Vasca", NULL);
}

/* With an age and no noun after it the description still stands alone. */
static void test_age_and_nationality(void **state) {
    expect_fact(state,
           "Police in Tavira detained a 44-year-old Moldovan man on Friday.\n\n"
           "Dorin Vasca was questioned for six hours.\n",
           TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* "one of the founders of X" / "a senior member of X": the role is the
 * named person's. */
static void test_role_named_next(void **state) {
    expect_fact(state,
           "Police arrested one of the founders of Red Harbor Front, a gang that was founded in a prison.\n\n"
           "Larkin Osei was arrested near the town of Valmora.\n",
           TL_FOUNDED, "Larkin Osei", "Red Harbor Front");
    expect_fact(state,
           "A Moldovan national who is alleged to be a senior member of the Grey Lantern group was extradited on Monday.\n\n"
           "Dorin Vasca, 31, appeared in court.\n",
           TL_MEMBER_OF, "Dorin Vasca", "Grey Lantern");
}

/* "a senior Moldovan leader of X": the nationality among the role's
 * modifiers is the named person's, and so is the role. */
static void test_role_with_nationality(void **state) {
    const char *t = "Three governments have sanctioned a senior Moldovan leader of the Grey Lantern gang, officials said.\n\n"
                    "Dorin Vasca will face asset freezes and travel bans.\n";
    expect_fact(state, t, TL_LEADER_OF, "Dorin Vasca", "Grey Lantern gang");
    expect_fact(state, t, TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* The role of something else ("a member of the staff of X") is not said
 * of the person. */
static void test_nested_role_refused(void **state) {
    expect_no_fact(state,
               "A crime committed by a member of the staff of the Grey Lantern Institute was reported.\n\n"
               "Dorin Vasca was questioned.\n",
               TL_MEMBER_OF, "Dorin Vasca", "Grey Lantern Institute");
}

/* The next sentence opens with a person the report named before: the
 * description is someone else. */
static void test_known_person_refused(void **state) {
    expect_no_fact(state,
               "Dorin Vasca ran a shop in Tavira.\n\n"
               "A Moldovan national was arrested on Friday.\n\n"
               "Dorin Vasca was questioned as a witness.\n",
               TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* A sentence that names a person already, or describes two, binds nothing. */
static void test_named_or_two_described_refused(void **state) {
    expect_no_fact(state,
               "A Moldovan national was arrested with Ilse Brandt in Tavira.\n\n"
               "Dorin Vasca was questioned.\n",
               TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
    expect_no_fact(state,
               "A Moldovan national and a Latvian citizen were arrested in Tavira.\n\n"
               "Dorin Vasca was questioned.\n",
               TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* "A former militia commander accused of war crimes was extradited ..."
 * then "Moses Kollie, 61, led ...": a role noun after a modifier describes
 * one person too, and the participle's accusation leaves the extradition
 * asserted. */
static void test_modified_role_named_next(void **state) {
    const char *t = "A former militia commander accused of war crimes was extradited from Ghana to the Netherlands "
                    "on Thursday.\n\nMoses Kollie, 61, led the Black Scorpions militia during the war.\n";
    tl_doc *d = run(state, t);
    int extradited = 0;
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_EXTRADITED && named(d, d->facts[i].args[0], "Moses Kollie")) {
            extradited = 1;
            assert_int_equal(d->facts[i].modality, TL_ASSERTED);
        }
    assert_true(extradited);
    tl_doc_free(d);
    expect_fact(state, t, TL_LEADER_OF, "Moses Kollie", "Black Scorpions");
    /* a nationality, then a role: "A Salvadoran gang leader" */
    expect_fact(state,
           "A Salvadoran gang leader was sentenced to life in prison on Wednesday.\n\n"
           "Jose Alvarado, 34, was convicted in March of murder.\n",
           TL_CITIZEN_OF, "Jose Alvarado", "Salvadoran");
    /* no modifier: "A man" alone is not bound */
    expect_no_fact(state,
               "A man was extradited from Ghana to the Netherlands on Thursday.\n\n"
               "Moses Kollie was questioned.\n",
               TL_EXTRADITED, "Moses Kollie", NULL);
}

/* "charged three officers of Y ..." then "The officers, A, B and C,
 * belong to ...": the count is the object and the list closes with a
 * comma; an open list is not bound. */
static void test_counted_object_listed_next(void **state) {
    const char *t = "Prosecutors on Thursday charged three officers of the Kessel Front with hacking.\n\n"
                    "The officers, Dorin Vasca, Ilse Brandt and Mark Hollis, belong to its cyber unit.\n";
    expect_fact(state, t, TL_CHARGED, "Dorin Vasca", NULL);
    expect_fact(state, t, TL_CHARGED, "Ilse Brandt", NULL);
    expect_fact(state, t, TL_CHARGED, "Mark Hollis", NULL);
    expect_no_fact(state,
               "Prosecutors on Thursday charged three officers of the Kessel Front with hacking.\n\n"
               "The officers, Dorin Vasca, Ilse Brandt and Mark Hollis and others were questioned.\n",
               TL_CHARGED, "Dorin Vasca", NULL);
}

/* A newly named speaker tells of the person; the name is not the person's. */
static void test_speaker_refused(void **state) {
    expect_no_fact(state,
               "A Moldovan national was arrested in Tavira on Friday.\n\n"
               "Ilse Brandt, a police spokeswoman, said the man had no papers.\n",
               TL_CITIZEN_OF, "Ilse Brandt", "Moldovan");
}

/* The name must open the next sentence as its subject: "Dorin Vasca's
 * lawyer", a name later in the sentence or in a list are not it. */
static void test_not_subject_refused(void **state) {
    expect_no_fact(state,
               "A Moldovan national was arrested in Tavira on Friday.\n\n"
               "Dorin Vasca's lawyer denied the charges.\n",
               TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
    expect_no_fact(state,
               "A Moldovan national was arrested in Tavira on Friday.\n\n"
               "The judge told Dorin Vasca to stay.\n",
               TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* A speaker named later in the next sentence ("..., said spokesman X")
 * does not stop the binding: the name opening it is the subject. */
static void test_later_speaker_kept(void **state) {
    expect_fact(state,
           "A Moldovan national was arrested in Tavira on Friday.\n\n"
           "Dorin Vasca was detained at the port, said police spokesman Ilse Brandt.\n",
           TL_CITIZEN_OF, "Dorin Vasca", "Moldovan");
}

/* "The leader of X was killed ...", opening the lead, then the name: the
 * role is the named person's. */
static void test_definite_role_lead(void **state) {
    expect_fact(state,
           "The leader of the Grey Lantern group was killed in an air strike last month, the ministry said.\n\n"
           "Dorin Vasca was killed on July 26 in the Achin district.\n",
           TL_LEADER_OF, "Dorin Vasca", "Grey Lantern");
}

/* A definite role that speaks ("The head of X said") or that does not open
 * its sentence is not bound. */
static void test_definite_role_refused(void **state) {
    expect_no_fact(state,
               "The head of the Grey Lantern group said on Monday that the talks had failed.\n\n"
               "Dorin Vasca was arrested in Tavira.\n",
               TL_LEADER_OF, "Dorin Vasca", "Grey Lantern");
    expect_no_fact(state,
               "Officials confirmed that the leader of the Grey Lantern group was killed.\n\n"
               "Dorin Vasca was arrested in Tavira.\n",
               TL_LEADER_OF, "Dorin Vasca", "Grey Lantern");
}

/* The last sentence of a document has no next one: nothing to bind, no
 * crash; the named-next lookup answers -1 there. */
static void test_last_sentence(void **state) {
    tl_doc *d = run(state, "A Moldovan national was arrested in Tavira on Friday.\n");
    assert_int_equal(tl_fact_cata_named_next(d, d->n_sentences - 1), -1);
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_CITIZEN_OF);
    tl_doc_free(d);
}

/* "Police detained a senior commander of X" then "... said the commander,
 * Y, had organized ...": the same noun after "the", with the name set off
 * after it, names the person described; another noun does not. */
static void test_same_noun_named_next(void **state) {
    const char *t = "Sahel authorities have detained a senior commander of the Red Hand in Gao, a spokesman said on "
                    "Sunday. Omar Diallo, the army's spokesman, said the commander, Abu Salim Kone, had organized "
                    "several bombings.\n";
    tl_doc *d = run(state, t);
    assert_true(fact_has(d, TL_ARRESTED, "Abu Salim Kone", NULL));
    assert_true(fact_has(d, TL_LEADER_OF, "Abu Salim Kone", "Red Hand"));
    assert_false(fact_has(d, TL_ARRESTED, "Omar Diallo", NULL));
    tl_doc_free(d);
    d = run(state, "Sahel authorities have detained a senior commander of the Red Hand in Gao, a spokesman said on "
                   "Sunday. Omar Diallo, the army's spokesman, said the courier, Abu Salim Kone, had organized "
                   "several bombings.\n");
    assert_false(fact_has(d, TL_ARRESTED, "Abu Salim Kone", NULL));
    tl_doc_free(d);
}

/* "A Moldovan national was sentenced ..." then "Prosecutors said X, 64,
 * ...": the name is the subject of the unnamed source's clause. */
static void test_source_then_name(void **state) {
    const char *t = "A Moldovan national was sentenced in Boston to 20 months in prison. Prosecutors said Dorin "
                    "Vascan, 64, provided information to the Kessel Brigade.\n";
    tl_doc *d = run(state, t);
    assert_true(fact_has(d, TL_CHARGED, "Dorin Vascan", NULL));
    assert_true(fact_has(d, TL_CITIZEN_OF, "Dorin Vascan", "Moldovan"));
    tl_doc_free(d);
}

/* "after a Georgian man was shot dead" then "The victim, X," and "The
 * suspected gunman, Y,": X is the Georgian man, and Y the attacker. */
static void test_victim_and_gunman_named_next(void **state) {
    const char *t = "Germany expelled two Russian diplomats after a Georgian man was shot dead in a Berlin park.\n\n"
                    "The victim, Zelim Khangos, had fought in Chechnya. The suspected gunman, Vadim Krasik, was "
                    "arrested shortly after the shooting.\n";
    tl_doc *d = run(state, t);
    assert_true(fact_has(d, TL_CITIZEN_OF, "Zelim Khangos", "Georgian"));
    assert_true(fact_has(d, TL_ATTACKED, "Vadim Krasik", "Zelim Khangos"));
    tl_doc_free(d);
}

/* "The leader of a neo-Nazi group that plotted ... was sentenced" then
 * "X, 29, founded ...": the sentence is X's, with no role fact. */
static void test_definite_role_of_unnamed_body(void **state) {
    const char *t = "The leader of a neo-Nazi group that plotted to attack power stations was sentenced to 18 years "
                    "in prison on Tuesday. Bran Russo, 29, founded the Kessel Brigade in 2015.\n";
    tl_doc *d = run(state, t);
    assert_true(fact_has(d, TL_CHARGED, "Bran Russo", NULL));
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nationality_named_next),
        cmocka_unit_test(test_age_and_nationality),
        cmocka_unit_test(test_identified_as_named_next),
        cmocka_unit_test(test_counted_people_named_next),
        cmocka_unit_test(test_role_named_next),
        cmocka_unit_test(test_role_with_nationality),
        cmocka_unit_test(test_nested_role_refused),
        cmocka_unit_test(test_known_person_refused),
        cmocka_unit_test(test_named_or_two_described_refused),
        cmocka_unit_test(test_speaker_refused),
        cmocka_unit_test(test_modified_role_named_next),
        cmocka_unit_test(test_counted_object_listed_next),
        cmocka_unit_test(test_not_subject_refused),
        cmocka_unit_test(test_later_speaker_kept),
        cmocka_unit_test(test_definite_role_lead),
        cmocka_unit_test(test_definite_role_refused),
        cmocka_unit_test(test_last_sentence),
        cmocka_unit_test(test_same_noun_named_next),
        cmocka_unit_test(test_source_then_name),
        cmocka_unit_test(test_victim_and_gunman_named_next),
        cmocka_unit_test(test_definite_role_of_unnamed_body),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
