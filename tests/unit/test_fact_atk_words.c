/* test_fact_atk_words.c -- unit tests of the attack words read as data (cues/attack_verbs.txt, attack_on_nouns.txt, attack_of_nouns.txt) and of the attack sides the tree reads through them, on invented sentences. */
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

static void yes(void **state, const char *text, const char *a, const char *b) {
    expect_fact(state, text, TL_ATTACKED, a, b);
}

static void no(void **state, const char *text, const char *a, const char *b) {
    expect_no_fact(state, text, TL_ATTACKED, a, b);
}

/* Verbs of attack beyond kill and attack: the subject attacks the object,
 * the passive's agent its subject. */
static void test_verbs(void **state) {
    yes(state, "The Kessel Brigade beheaded Tomas Brell in 2019.\n", "Kessel Brigade", "Tomas Brell");
    yes(state, "Tomas Brell was stabbed and beheaded by Garrick Dunmore.\n", "Garrick Dunmore", "Tomas Brell");
    yes(state, "The Kessel Brigade shelled Valdora for a week.\n", "Kessel Brigade", "Valdora");
    /* a word of the list with nobody hit is no attack */
    no(state, "The Kessel Brigade shelled peanuts with Tomas Brell.\n", "Kessel Brigade", "Tomas Brell");
}

/* Nouns whose "of" phrase is the target ("the massacre of Y by X"), and
 * nouns whose "on" phrase is ("airstrikes on Y"); "the attack of X" names
 * no target. */
static void test_nouns(void **state) {
    yes(state, "The slaying of Tomas Brell by the Kessel Brigade shocked Norway.\n", "Kessel Brigade", "Tomas Brell");
    yes(state, "The bombing of the Valdora Hotel by the Kessel Brigade killed nine.\n", "Kessel Brigade",
        "Valdora Hotel");
    yes(state, "The Kessel Brigade launched airstrikes on Valdora.\n", "Kessel Brigade", "Valdora");
    yes(state, "Russia's invasion of Ukraine began in 2022.\n", "Russia", "Ukraine");
    no(state, "The attack of the Kessel Brigade on Tuesday surprised Tomas Brell.\n", "Kessel Brigade",
       "Tomas Brell");
}

/* Victims a nationality stands for ("American hostages": the attack hit
 * the people), and a cell of a group acting for it. */
static void test_victims(void **state) {
    yes(state, "The Kessel Brigade beheaded American hostages in Syria.\n", "Kessel Brigade", "American");
    yes(state, "An Al-Qaeda cell that killed Tomas Brell was dismantled.\n", "Al-Qaeda", "Tomas Brell");
    yes(state, "Kessel Brigade militants attacked a Kenyan military post.\n", "Kessel Brigade", "Kenyan");
    /* a kind of the people between ("French aid workers") */
    yes(state, "The Kessel Brigade kidnapped two French aid workers in Niger.\n", "Kessel Brigade", "French");
    /* nationality of a word that names no victims */
    no(state, "The Kessel Brigade beheaded Tomas Brell before American audiences.\n", "Kessel Brigade",
       "American");
}

/* "the town of X" is X; "X claimed / took part in / participated in the
 * attack on Y" names X the attacker. */
static void test_sides(void **state) {
    yes(state, "The Kessel Brigade stormed the town of Valdora in March.\n", "Kessel Brigade", "Valdora");
    yes(state, "The Kessel Brigade claimed the attack on Tomas Brell.\n", "Kessel Brigade", "Tomas Brell");
    yes(state, "Garrick Dunmore took part in the attack on Tomas Brell.\n", "Garrick Dunmore", "Tomas Brell");
    yes(state, "Garrick Dunmore participated in the attack on Tomas Brell.\n", "Garrick Dunmore", "Tomas Brell");
    /* a word of taking part that is not about the attack */
    no(state, "Garrick Dunmore took part in the inquiry into the attack on Tomas Brell.\n", "Garrick Dunmore",
       "Tomas Brell");
}

/* Whom someone blames for an attack answers for it, as an accusation
 * ("officials blamed X for the attack on Y", "X was blamed for ..."),
 * also when the parser reads an odd-shaped name as an adverb. */
static void test_blamed(void **state) {
    yes(state, "Officials blamed the Kessel Brigade for the attack on Tomas Brell.\n", "Kessel Brigade", "Tomas Brell");
    yes(state, "The Valdoran government blamed al-Shabaab for the attack on the Brell Tower in Norvik.\n", "al-Shabaab",
        "Brell Tower");
    yes(state, "The Kessel Brigade was blamed for the bombing of the Brell Tower.\n", "Kessel Brigade", "Brell Tower");
    no(state, "Critics blamed Garrick Dunmore for the failure of the talks with Tomas Brell.\n", "Garrick Dunmore",
       "Tomas Brell");
    /* the attack laid on someone in the passive */
    yes(state, "The assassination of Tomas Brell in Norvik was blamed on the Kessel Brigade.\n", "Kessel Brigade",
        "Tomas Brell");
    yes(state, "The bombing of the Brell Tower was attributed to the Kessel Brigade.\n", "Kessel Brigade", "Brell Tower");
    tl_doc *d = run(state, "Officials blamed the Kessel Brigade for the attack on Tomas Brell.\n");
    int found = 0;
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_ATTACKED) {
            assert_int_equal(d->facts[i].modality, TL_ALLEGED);
            found = 1;
        }
    assert_true(found);
    tl_doc_free(d);
}

/* An attack noun with its side named and no target hit the place it was
 * in ("X was behind the attacks in Y"); not when its victims are told
 * another way (a clause on it, a verb of harm it is the circumstance
 * of): the place is then only where. */
static void test_place_target(void **state) {
    yes(state, "The Kessel Brigade was behind the attacks in Valdora.\n", "Kessel Brigade", "Valdora");
    no(state, "The Kessel Brigade claimed a drone strike in Valdora that killed Tomas Brell.\n", "Kessel Brigade",
       "Valdora");
    no(state, "Three soldiers were killed in a Kessel Brigade attack in Valdora.\n", "Kessel Brigade", "Valdora");
    /* a clause that names no victims leaves the place the target */
    yes(state, "Garrick Dunmore was the mastermind behind the 2008 attacks in Valdora, which killed over 160 people.\n",
        "Garrick Dunmore", "Valdora");
    /* a "by" past another clause's verb is not the attack's */
    no(state, "Tomas Brell was behind the killing of Garrick Dunmore in 2020 and was later wanted by the Valdoran "
              "police.\n",
       "Valdoran", "Garrick Dunmore");
    /* a count of attacks carried out */
    yes(state, "The Kessel Brigade has carried out dozens of attacks on Tomas Brell's convoys.\n", "Kessel Brigade",
        "Tomas Brell");
    yes(state, "The Kessel Brigade has carried out dozens of attacks in northern Valdora since 2012.\n", "Kessel Brigade",
        "Valdora");
    /* the place the parser hangs on the verb of carrying out */
    yes(state, "The Kessel Brigade carried out a suicide bombing in Valdora.\n", "Kessel Brigade", "Valdora");
    no(state, "Tomas Brell said the Kessel Brigade planned attacks in Valdora.\n", "Kessel Brigade", "Valdora");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs), cmocka_unit_test(test_nouns),        cmocka_unit_test(test_victims),
        cmocka_unit_test(test_sides), cmocka_unit_test(test_place_target), cmocka_unit_test(test_blamed),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
