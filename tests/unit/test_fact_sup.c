/* test_fact_sup.c -- unit tests of the SUPPORTS, PART_OF and ASSOCIATE_OF shapes (links and ties, name-premodified allies, aides to, integrated into, money on behalf of, fronted appositions, "provided Y with", money sent to, "the X-backed group") and their refusals, on invented sentences. */
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

/* ASSOCIATE_OF is symmetric: either order of the pair. */
static void assoc(void **state, const char *text, const char *a, const char *b) {
    tl_doc *d = run(state, text);
    if (!fact_has(d, TL_ASSOCIATE_OF, a, b) && !fact_has(d, TL_ASSOCIATE_OF, b, a))
        fail_msg("no ASSOCIATE_OF(%s, %s) in: %s", a, b, text);
    tl_doc_free(d);
}

static void no_assoc(void **state, const char *text, const char *a, const char *b) {
    expect_no_fact(state, text, TL_ASSOCIATE_OF, a, b);
    expect_no_fact(state, text, TL_ASSOCIATE_OF, b, a);
}

/* "X has links / ties to Y", "its links to Y": the subject of "have" or
 * the possessor; not denied or negated links, nor a second predicate
 * whose subject is an unnamed noun. */
static void test_links(void **state) {
    assoc(state, "The Vardo Brotherhood has ties to the Sinaloa cartel, officials said.\n", "Vardo Brotherhood",
          "Sinaloa cartel");
    assoc(state, "The Vardo Brotherhood is thought to have links to the Mexican Tarrow cartel.\n", "Vardo Brotherhood",
          "Tarrow cartel");
    assoc(state, "The Barrow Clan, a criminal organization known for its links to Hezbollah, was dismantled.\n",
          "Barrow Clan", "Hezbollah");
    no_assoc(state, "The Vardo Brotherhood has no ties to the Sinaloa cartel, officials said.\n", "Vardo Brotherhood",
             "Sinaloa cartel");
    no_assoc(state, "The Vardo Brotherhood denied any links to the Sinaloa cartel.\n", "Vardo Brotherhood",
             "Sinaloa cartel");
    no_assoc(state, "The recruits were members of the Kessel Brigade and had links to Garrick Dunmore.\n",
             "Kessel Brigade", "Garrick Dunmore");
    /* an alliance formed, possessed, or between two */
    assoc(state, "The Kessel Brigade formed an alliance with the Orsk Front in 2019.\n", "Kessel Brigade", "Orsk Front");
    assoc(state, "The alliance between the Kessel Brigade and the Orsk Front collapsed.\n", "Kessel Brigade",
          "Orsk Front");
    no_assoc(state, "The Kessel Brigade has no alliance with the Orsk Front.\n", "Kessel Brigade", "Orsk Front");
}

/* "Hamas ally Hezbollah", "Putin ally X": a name before the associate noun
 * is the other side; "an aide to X", also after a nationality and a title. */
static void test_associate_nouns(void **state) {
    assoc(state, "Putin ally Yevgeny Prigozhin died in a plane crash.\n", "Yevgeny Prigozhin", "Putin");
    assoc(state, "Hamas ally Hezbollah fired rockets.\n", "Hezbollah", "Hamas");
    assoc(state, "Marko Brenn was a top aide to Ivan Kresh.\n", "Marko Brenn", "Ivan Kresh");
    assoc(state, "Sabet was a long time aide to former Afghan Prime Minister Gulbuddin Hekmatyar.\n", "Sabet",
          "Gulbuddin Hekmatyar");
    no_assoc(state, "Sabet was a long time aide to former Afghan Prime Minister Gulbuddin Hekmatyar.\n", "Sabet",
             "Afghanistan");
    assoc(state, "Ithawi was a top aide to the leader of the Kessel Brigade, Tomas Brell, officials said.\n", "Ithawi",
          "Tomas Brell");
    /* "the right-hand man to X's leader, Y": the person, not the possessor */
    const char *t = "Ithawi served as the right-hand man to the Kessel Brigade's infamous leader, Tomas Brell.\n";
    assoc(state, t, "Ithawi", "Tomas Brell");
    no_assoc(state, t, "Ithawi", "Kessel Brigade");
    /* a phrase of role opened by "as" before the name */
    assoc(state, "As a trusted associate and friend to Tomas Brell, Ithawi developed the malware.\n", "Ithawi",
          "Tomas Brell");
}

/* Refusals of "close to", "aligned with", "works with": a participle on
 * an unnamed noun, "several of which", an object that owns the partner. */
static void test_associate_refusals(void **state) {
    no_assoc(state, "Ismail Barhum, a member of the bureau who works with Hamas's finance minister, was sanctioned.\n",
             "Ismail Barhum", "Hamas");
    assoc(state, "Omar Dabaan was linked to ISIS.\n", "Omar Dabaan", "ISIS");
    /* "conspired with three traders, X": the person the noun phrase names;
     * not a place after "with" */
    assoc(state, "Sim Hyon Sop is charged with conspiring with three traders, Wu HuiHui, 34, to launder funds.\n",
          "Sim Hyon Sop", "Wu HuiHui");
    no_assoc(state, "Tomas Brell worked with police in Valdora, Karel Mott said.\n", "Tomas Brell", "Karel Mott");
    no_assoc(state,
             "The PMF, an entity comprising various armed groups, several of which are aligned with Iran, owns the "
             "vehicle.\n",
             "PMF", "Iran");
}

/* PART_OF: "integrated into Y", and an apposition opening the sentence
 * ("An affiliate of Y, X, said"). */
static void test_part_of(void **state) {
    expect_fact(state, "The Green Brigade was integrated into the Syrian Army in 2019.\n", TL_PART_OF, "Green Brigade",
                "Syrian Army");
    expect_fact(state, "An affiliate of Al Qaeda, the Kessel Brigade, said it killed ten soldiers.\n", TL_PART_OF,
                "Kessel Brigade", "Al Qaeda");
}

/* SUPPORTS: "provided Y (and Z) with weapons", money sent or directed to
 * Y; not a statement provided, nor a film directed. */
static void test_supports(void **state) {
    /* a sum after "with" */
    expect_fact(state, "Iran provided the Tanu Front with millions of dollars.\n", TL_SUPPORTS, "Iran", "Tanu Front");
    expect_fact(state, "The Sahel Corporation provided the Tanu Front with weapons.\n", TL_SUPPORTS, "Sahel Corporation",
                "Tanu Front");
    expect_fact(state, "Lafarge provided ISIS and HTS with material support and resources.\n", TL_SUPPORTS, "Lafarge",
                "HTS");
    expect_no_fact(state, "The Sahel Corporation provided the Tanu Front with a statement on the talks.\n", TL_SUPPORTS,
                   "Sahel Corporation", "Tanu Front");
    expect_fact(state, "Tomas Brell used a money services company to transfer thousands of dollars to ISIS leaders.\n",
                TL_SUPPORTS, "Tomas Brell", "ISIS");
    expect_fact(state, "Tomas Brell directed international funds towards ISIS elements in Iraq.\n", TL_SUPPORTS,
                "Tomas Brell", "ISIS");
    expect_no_fact(state, "Tomas Brell directed a film about the Kessel Brigade.\n", TL_SUPPORTS, "Tomas Brell",
                   "Kessel Brigade");
    /* money "on behalf of Y"; speaking on someone's behalf is no support */
    expect_fact(state,
                "Mehmet Kaya, who has been involved in money transfers on behalf of Hamas for years, was sanctioned.\n",
                TL_SUPPORTS, "Mehmet Kaya", "Hamas");
    expect_no_fact(state, "Mehmet Kaya spoke on behalf of Hamas at the meeting.\n", TL_SUPPORTS, "Mehmet Kaya", "Hamas");
    /* "warned that those who ...": a clause with a subject of its own */
    expect_no_fact(state,
                   "The Valdoran government warned that those who evade its export rules to support Garrick Dunmore "
                   "will be held accountable.\n",
                   TL_SUPPORTS, "Valdoran", "Garrick Dunmore");
}

/* "the Iran-backed group": the one group named before in the sentence;
 * none when two were. */
static void test_backed_group(void **state) {
    expect_fact(state,
                "Israel said its strikes killed two Hezbollah commanders, with the Iran-backed group saying three of "
                "its members were killed.\n",
                TL_SUPPORTS, "Iran", "Hezbollah");
    expect_no_fact(state,
                   "Hezbollah and Hamas fired rockets, with the Iran-backed group saying three of its members were "
                   "killed.\n",
                   TL_SUPPORTS, "Iran", "Hamas");
}

/* "provided groups including X (acronym) and Y from 2013 to 2014 with
 * support": the list runs past an acronym and a time. */
static void test_provided_list_aside(void **state) {
    const char *t = "The Norvex Corporation provided groups including the Kessel Brigade (KB) and the Valdor Front from "
                    "2013 to 2014 with material support.\n";
    expect_fact(state, t, TL_SUPPORTS, "Norvex Corporation", "Kessel Brigade");
    expect_fact(state, t, TL_SUPPORTS, "Norvex Corporation", "Valdor Front");
}

/* Money counted in millions and military hardware are support. */
static void test_support_amounts_and_hardware(void **state) {
    expect_fact(state, "The Kessel Brigade receives an estimated $700 million a year from Valdora.\n", TL_SUPPORTS,
                "Valdora", "Kessel Brigade");
    expect_fact(state, "Valdora has provided Norvia with fighter jets in exchange for drones.\n", TL_SUPPORTS, "Valdora",
                "Norvia");
    /* a sum of money is a support noun; "smuggled ... for Y"; "helped Y" */
    expect_fact(state, "Omar Dabaan allegedly sent $50,000 to the Kessel Brigade.\n", TL_SUPPORTS, "Omar Dabaan",
                "Kessel Brigade");
    expect_fact(state, "Omar Dabaan smuggled weapons for the Kessel Brigade.\n", TL_SUPPORTS, "Omar Dabaan",
                "Kessel Brigade");
    expect_fact(state, "Omar Dabaan helped the Kessel Brigade acquire weapons.\n", TL_SUPPORTS, "Omar Dabaan",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Dabaan sold rifles for Tomas Brell's money.\n", TL_SUPPORTS, "Omar Dabaan",
                   "Tomas Brell");
    /* a relative clause on a common noun the verb governs is that noun's;
     * on an apposition's or a copula's noun, the name's */
    expect_no_fact(state, "Valdora sanctioned four people that have provided financial support to the Kessel "
                          "Brigade.\n",
                   TL_SUPPORTS, "Valdora", "Kessel Brigade");
    expect_fact(state, "Omar Dabaan, a businessman who provided financial support to the Kessel Brigade, fled.\n",
                TL_SUPPORTS, "Omar Dabaan", "Kessel Brigade");
    /* "a warehouse in east Lusk that was linked to Y": the place of the
     * noun's phrase is not what "that" stands for */
    expect_no_fact(state, "Omar Dabaan attacked a warehouse in east London that was linked to the Kessel Brigade.\n",
                   TL_ASSOCIATE_OF, "London", "Kessel Brigade");
    /* money moved or payments processed for it */
    expect_fact(state, "Valdor Trading processed payments for the Kessel Brigade.\n", TL_SUPPORTS, "Valdor Trading",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Dabaan managed a hotel for the Kessel Brigade.\n", TL_SUPPORTS, "Omar Dabaan",
                   "Kessel Brigade");
    /* a sum paid to it */
    expect_fact(state, "Omar Dabaan paid $250,000 to the Kessel Brigade, a criminal gang.\n", TL_SUPPORTS, "Omar Dabaan",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Dabaan paid tribute to the Kessel Brigade.\n", TL_SUPPORTS, "Omar Dabaan",
                   "Kessel Brigade");
    /* bought or procured for it */
    expect_fact(state, "Omar Dabaan procured drone parts for the Kessel Brigade.\n", TL_SUPPORTS, "Omar Dabaan",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Dabaan bought a house for Tomas Brell.\n", TL_SUPPORTS, "Omar Dabaan", "Tomas Brell");
}

/* Support given to a body's people goes to the body; the supporter is the
 * name before a home town and an age set off after it. */
static void test_support_to_members(void **state) {
    const char *t = "Omar Talib, 41, of Paterson, New Jersey, provided money and weapons to members of the Kessel "
                    "Brigade between 2015 and 2019.\n";
    expect_fact(state, t, TL_SUPPORTS, "Omar Talib", "Kessel Brigade");
    expect_no_fact(state, t, TL_SUPPORTS, "New Jersey", "Kessel Brigade");
}

/* A nationality stands for its state, when the document names it, as the
 * backer in a compound ("the Iranian-backed militia X") and as the side
 * of a support noun ("Iranian funding for X", "X relies on Iranian
 * funding"). */
static void test_nationality_backer(void **state) {
    const char *pre = "Iran is a regional power. ";
    char buf[256];
    snprintf(buf, sizeof buf, "%sThe Iranian-backed militia Kessel Brigade claimed the attack.\n", pre);
    expect_fact(state, buf, TL_SUPPORTS, "Iran", "Kessel Brigade");
    snprintf(buf, sizeof buf, "%sIranian funding for the Kessel Brigade has grown.\n", pre);
    expect_fact(state, buf, TL_SUPPORTS, "Iran", "Kessel Brigade");
    snprintf(buf, sizeof buf, "%sThe Kessel Brigade relies on Iranian funding.\n", pre);
    expect_fact(state, buf, TL_SUPPORTS, "Iran", "Kessel Brigade");
    /* no state named: no backer */
    expect_no_fact(state, "The Iranian-backed militia Kessel Brigade claimed the attack.\n", TL_SUPPORTS, "Iranian",
                   "Kessel Brigade");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_links),    cmocka_unit_test(test_associate_nouns), cmocka_unit_test(test_associate_refusals),
        cmocka_unit_test(test_part_of),  cmocka_unit_test(test_supports),        cmocka_unit_test(test_backed_group),
        cmocka_unit_test(test_nationality_backer), cmocka_unit_test(test_provided_list_aside),
        cmocka_unit_test(test_support_to_members), cmocka_unit_test(test_support_amounts_and_hardware),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
