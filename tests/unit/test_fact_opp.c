/* test_fact_opp.c -- unit tests of the OPPOSES shapes (overthrow, take down, dismantle, "critical of", "at odds with", a war or jihad waged against Y) and their refusals, of the subject a past verb after "and" shares with the verb before it, the attack shapes "fired rockets at Y" and "took Y hostage", and membership from "Y's X" and "X of Y", on invented sentences. */
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

/* Verbs: "overthrow" (also after "fighting to" and inside a relative
 * clause), "took down", "dismantle". */
static void test_verbs(void **state) {
    expect_fact(state, "The Kessel Brigade sought to overthrow Garrick Dunmore.\n", TL_OPPOSES, "Kessel Brigade",
                "Garrick Dunmore");
    expect_fact(state,
                "The Kessel Brigade, which has been fighting for years to overthrow Garrick Dunmore, claimed the "
                "attack.\n",
                TL_OPPOSES, "Kessel Brigade", "Garrick Dunmore");
    expect_fact(state, "Europol took down the Vardo Brotherhood in a joint operation.\n", TL_OPPOSES, "Europol",
                "Vardo Brotherhood");
    /* "take" without its particle opposes no one */
    expect_no_fact(state, "Europol took the Vardo Brotherhood files to court.\n", TL_OPPOSES, "Europol",
                   "Vardo Brotherhood");
}

/* Adjectives: "critical of Y" (a nationality before a title and a name
 * gives the person), "at odds with Y". */
static void test_adjectives(void **state) {
    expect_fact(state, "Omar Talbi is openly critical of the Kessel Brigade.\n", TL_OPPOSES, "Omar Talbi",
                "Kessel Brigade");
    expect_fact(state, "Omar Talbi ran a newspaper critical of Egyptian President Ivan Kresh.\n", TL_OPPOSES,
                "Omar Talbi", "Ivan Kresh");
    expect_no_fact(state, "Omar Talbi ran a newspaper critical of Egyptian President Ivan Kresh.\n", TL_OPPOSES,
                   "Omar Talbi", "Egyptian");
    expect_fact(state, "Since 2019 the Kessel Brigade has been at odds with the Vardo Brotherhood.\n", TL_OPPOSES,
                "Kessel Brigade", "Vardo Brotherhood");
    /* "at war with Y"; "the war with Y" names no side */
    expect_fact(state, "The Kessel Brigade is at war with the Vardo Brotherhood.\n", TL_OPPOSES, "Kessel Brigade",
                "Vardo Brotherhood");
    expect_no_fact(state, "Omar Talbi was wounded in the war with the Vardo Brotherhood.\n", TL_OPPOSES, "Omar Talbi",
                   "Vardo Brotherhood");
}

/* A threat to attack is hostility, no attack; a fight with a state's
 * army or government opposes the state. */
static void test_threats_and_armies(void **state) {
    expect_fact(state, "The Kessel Brigade threatened to attack Valdora.\n", TL_OPPOSES, "Kessel Brigade", "Valdora");
    expect_no_fact(state, "The Kessel Brigade threatened to attack Valdora.\n", TL_ATTACKED, "Kessel Brigade",
                   "Valdora");
    expect_fact(state, "The Kessel Brigade is fighting the Malian army in Mali.\n", TL_OPPOSES, "Kessel Brigade",
                "Mali");
    /* disrupting a group opposes it */
    expect_fact(state, "The Vardo Brotherhood was disrupted by Europol in May.\n", TL_OPPOSES, "Europol",
                "Vardo Brotherhood");
}

/* "X and Y traded threats", "X and Y exchanged fire": each side opposes
 * the other; a trade of anything else says nothing. */
static void test_traded_hostility(void **state) {
    expect_fact(state, "Valdora and the Kessel Brigade have traded threats for weeks.\n", TL_OPPOSES, "Valdora",
                "Kessel Brigade");
    expect_fact(state, "Valdora and the Kessel Brigade have traded threats for weeks.\n", TL_OPPOSES, "Kessel Brigade",
                "Valdora");
    expect_fact(state, "Valdora and the Kessel Brigade exchanged fire across the border.\n", TL_OPPOSES,
                "Kessel Brigade", "Valdora");
    expect_no_fact(state, "Valdora and the Kessel Brigade exchanged prisoners in May.\n", TL_OPPOSES, "Valdora",
                   "Kessel Brigade");
}

/* Opposition nouns after the verb that wages them: "waged an insurgency
 * against Y", "preached jihad against Y and Z", "incited violence
 * against Y"; the noun alone names no opponent. */
static void test_waged(void **state) {
    expect_fact(state, "The Kessel Brigade waged an insurgency against Valdora for two decades.\n", TL_OPPOSES,
                "Kessel Brigade", "Valdora");
    expect_fact(state, "The Kessel Brigade waged a war against the Vardo Brotherhood.\n", TL_OPPOSES,
                "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, "Omar Talbi preached jihad against Jordan and Morocco.\n", TL_OPPOSES, "Omar Talbi",
                "Morocco");
    expect_fact(state, "Omar Talbi incited violence against Ivan Kresh online.\n", TL_OPPOSES, "Omar Talbi",
                "Ivan Kresh");
    expect_no_fact(state, "Omar Talbi wrote a book about the insurgency against Valdora.\n", TL_OPPOSES,
                   "Omar Talbi", "Valdora");
    /* an unnamed subject before the finite verb wages it */
    expect_no_fact(state, "The Kessel Brigade withdrew its support when the Viceroy declared war on Valdora.\n",
                   TL_OPPOSES, "Kessel Brigade", "Valdora");
    /* "to", not "against": no target */
    expect_no_fact(state,
                   "Acme Corp launched a campaign to persuade users to stop using Netmosaic Navigator.\n",
                   TL_OPPOSES, "Acme Corp", "Netmosaic Navigator");
}

/* A name inside a longer noun phrase is not what the subject is against;
 * a possessor is. */
static void test_adjective_targets(void **state) {
    expect_no_fact(state, "Omar Talbi has been critical of the Guantanamo release policy.\n", TL_OPPOSES,
                   "Omar Talbi", "Guantanamo");
    expect_fact(state, "Since 2019 the Kessel Brigade has been at odds with Ivan Kresh's faction.\n", TL_OPPOSES,
                "Kessel Brigade", "Ivan Kresh");
    /* the preposition right after the adjective */
    expect_no_fact(state, "Omar Talbi cited the critical editions of the Kessel Brigade archive.\n", TL_OPPOSES,
                   "Omar Talbi", "Kessel Brigade");
}

/* "X attacked a joint US-Kenya base and killed three Americans": the second
 * verb's subject is the first's, not a name inside its object. */
static void test_coordinated_verb(void **state) {
    const char *text = "The Kessel Brigade attacked a joint US-Kenya base and killed three Americans.\n";
    expect_fact(state, text, TL_ATTACKED, "Kessel Brigade", "Americans");
    expect_no_fact(state, text, TL_ATTACKED, "Kenya", "Americans");
    /* a headline joins its present verbs with a comma */
    text = "Kessel Brigade attacks joint US-Kenya base, kills three Americans in Lamu.\n";
    expect_fact(state, text, TL_ATTACKED, "Kessel Brigade", "Americans");
    expect_no_fact(state, text, TL_ATTACKED, "Kenya", "Americans");
}

/* A nationality before a state word that modifies a job ("a Venezuelan army
 * officer") is no subject for the state. */
static void test_state_modifier(void **state) {
    expect_no_fact(state,
                   "He was a former Venezuelan army officer accused of leading a plot to overthrow Ivan Kresh.\n",
                   TL_OPPOSES, "Venezuela", "Ivan Kresh");
    expect_no_fact(state,
                   "He was a former Venezuelan army officer accused of leading a plot to overthrow Ivan Kresh.\n",
                   TL_OPPOSES, "Venezuelan", "Ivan Kresh");
}

/* "X fired rockets at Y" and "launched a drone at Y" need the weapon ("was fired at Acme" is a
 * dismissal); "X took Y hostage", "Y was taken hostage by X". */
/* "Kremlin critic X": a critic or opponent noun takes its target before it. */
static void test_critic_premodifier(void **state) {
    expect_fact(state, "Jailed Kessel Brigade critic Omar Talbi died in prison.\n", TL_OPPOSES, "Omar Talbi",
                "Kessel Brigade");
    /* a place with words between is no target: "the Berlin music critic X" */
    expect_no_fact(state, "The songs were praised by the Berlin music critic Louis Ehlert in 1878.\n", TL_OPPOSES,
                   "Louis Ehlert", "Berlin");
}

static void test_fire_and_hostage(void **state) {
    expect_fact(state, "The Kessel Brigade fired rockets at Valdora on Sunday.\n", TL_ATTACKED, "Kessel Brigade",
                "Valdora");
    expect_no_fact(state, "Omar Talbi was fired at Acme Corp in 2019.\n", TL_ATTACKED, "Omar Talbi", "Acme Corp");
    expect_fact(state, "The Kessel Brigade launched a drone at Valdora on Sunday.\n", TL_ATTACKED, "Kessel Brigade",
                "Valdora");
    expect_no_fact(state, "The Kessel Brigade launched a campaign at Valdora last year.\n", TL_ATTACKED,
                   "Kessel Brigade", "Valdora");
    expect_fact(state, "Ivan Kresh took Omar Talbi hostage in 2016.\n", TL_ATTACKED, "Ivan Kresh", "Omar Talbi");
    expect_fact(state, "Omar Talbi was taken hostage by the Kessel Brigade in 2016.\n", TL_ATTACKED,
                "Kessel Brigade", "Omar Talbi");
    expect_no_fact(state, "Omar Talbi took the Kessel Brigade files home.\n", TL_ATTACKED, "Omar Talbi",
                   "Kessel Brigade");
    /* the victim is named right before "was" or none is */
    expect_no_fact(state, "Omar Talbi said two persons were taken hostage by the Kessel Brigade.\n", TL_ATTACKED,
                   "Kessel Brigade", "Omar Talbi");
}

/* "Hezbollah's X", "X of the Kessel Brigade said": membership; not a
 * part ("X of the Kessel Brigade's military wing") or a place. */
static void test_name_affiliation(void **state) {
    expect_fact(state, "Hezbollah's Omar Talbi denied the report.\n", TL_MEMBER_OF, "Omar Talbi", "Hezbollah");
    expect_fact(state, "Omar Talbi of the Kessel Brigade denied the report.\n", TL_MEMBER_OF, "Omar Talbi",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Talbi of Morocco denied the report.\n", TL_MEMBER_OF, "Omar Talbi", "Morocco");
}

/* "X and Y are (bitter) rivals", "old enemies": each side opposes the
 * other, people, bodies or states; "X threatened to retaliate against Y",
 * "X has been feuding with Y". */
static void test_mutual_rivals(void **state) {
    const char *t = "The Kessel Brigade and the Vardo Brotherhood are bitter rivals.\n";
    expect_fact(state, t, TL_OPPOSES, "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, t, TL_OPPOSES, "Vardo Brotherhood", "Kessel Brigade");
    t = "Omar Talbi and Garrick Dunmore were once rivals for the leadership.\n";
    expect_fact(state, t, TL_OPPOSES, "Omar Talbi", "Garrick Dunmore");
    expect_fact(state, t, TL_OPPOSES, "Garrick Dunmore", "Omar Talbi");
    expect_fact(state, "Iran threatened to retaliate against Israel.\n", TL_OPPOSES, "Iran", "Israel");
    expect_fact(state, "The Kessel Brigade has been feuding with the Vardo Brotherhood for years.\n", TL_OPPOSES,
                "Kessel Brigade", "Vardo Brotherhood");
    /* allies are no rivals, and bodies allied are associates */
    t = "The Kessel Brigade and the Vardo Brotherhood are allies.\n";
    expect_no_fact(state, t, TL_OPPOSES, "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, t, TL_ASSOCIATE_OF, "Kessel Brigade", "Vardo Brotherhood");
}

/* "X and Y clashed", "X and Y fought each other": each opposes the
 * other (a clash "with" a third side is that side's; two that fought "a
 * war" may be allies); "Turkey considers X a terrorist organization", "X
 * is listed as a terrorist group by Y": a naming verb opposes only as a
 * terrorist's name. */
static void test_clashed_and_terror_label(void **state) {
    const char *t = "The Kessel Brigade and the Vardo Brotherhood clashed along the border.\n";
    expect_fact(state, t, TL_OPPOSES, "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, t, TL_OPPOSES, "Vardo Brotherhood", "Kessel Brigade");
    t = "The Kessel Brigade and the Vardo Brotherhood fought each other in 2016.\n";
    expect_fact(state, t, TL_OPPOSES, "Vardo Brotherhood", "Kessel Brigade");
    t = "The Kessel Brigade and the Vardo Brotherhood clashed with Valdoran troops.\n";
    expect_no_fact(state, t, TL_OPPOSES, "Kessel Brigade", "Vardo Brotherhood");
    t = "The Kessel Brigade and the Vardo Brotherhood fought a war in Valdora.\n";
    expect_no_fact(state, t, TL_OPPOSES, "Kessel Brigade", "Vardo Brotherhood");
    expect_fact(state, "Turkey considers the Kessel Brigade a terrorist organization.\n", TL_OPPOSES, "Turkey",
                "Kessel Brigade");
    expect_fact(state, "The Kessel Brigade is listed as a terrorist group by Turkey.\n", TL_OPPOSES, "Turkey",
                "Kessel Brigade");
    expect_no_fact(state, "Turkey considers the Kessel Brigade a partner.\n", TL_OPPOSES, "Turkey", "Kessel Brigade");
    expect_no_fact(state, "Turkey considered the Kessel Brigade's offer.\n", TL_OPPOSES, "Turkey", "Kessel Brigade");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_verbs),
        cmocka_unit_test(test_adjectives),
        cmocka_unit_test(test_waged),
        cmocka_unit_test(test_state_modifier),
        cmocka_unit_test(test_adjective_targets),
        cmocka_unit_test(test_coordinated_verb),
        cmocka_unit_test(test_fire_and_hostage), cmocka_unit_test(test_critic_premodifier),
        cmocka_unit_test(test_name_affiliation), cmocka_unit_test(test_threats_and_armies),
        cmocka_unit_test(test_traded_hostility),
        cmocka_unit_test(test_mutual_rivals),
        cmocka_unit_test(test_clashed_and_terror_label),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
