/* test_fact.c -- unit tests of fact extraction on short hand-written sentences (types, roles, modality, time, amounts). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_trig.h"
#include "tl_fact_when.h"
#include "tl_fact.h"
#include "tl_fact_int.h"

#include "extract_fixture.h"

static int setup(void **state) { return extract_setup_at(state, "2022-06-15"); }

/* The fact of `type` whose roles 0 and 1 (or 0 and 2 for ARRESTED...) are
 * named a and b (b NULL: any), or NULL. */
static const tl_fact *find(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type != type || !named(d, f->args[0], a)) continue;
        int r = (type == TL_ARRESTED || type == TL_CHARGED || type == TL_EXTRADITED) ? 2 : 1;
        if (!b || named(d, f->args[r], b)) return f;
        if ((type == TL_MET || type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF) && named(d, f->args[1], a) &&
            named(d, f->args[0], b))
            return f;
    }
    for (uint32_t i = 0; b && i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == type && (type == TL_MET || type == TL_ASSOCIATE_OF || type == TL_FAMILY_OF) &&
            named(d, f->args[1], a) && named(d, f->args[0], b))
            return f;
    }
    return NULL;
}

static void test_names(void **state) {
    (void)state;
    assert_string_equal(tl_fact_type_name(TL_EXTRADITED), "EXTRADITED");
    assert_null(tl_fact_type_name(TL_FACT_TYPE_COUNT));
    assert_string_equal(tl_fact_role_name(TL_ARRESTED, 2), "by");
    assert_null(tl_fact_role_name(TL_ARRESTED, 1));
    assert_string_equal(tl_modality_name(TL_ALLEGED), "alleged");
}

/* add_pronouns (tl_fact_run.c) looks WL_HE_SHE_HIM_ETC up only for words
 * that start with h or s: a word added to the list must keep to that. */
static void test_pronoun_list_letters(void **state) {
    (void)state;
    const char *p = tl_fact_lists[WL_HE_SHE_HIM_ETC];
    assert_true(*p != 0);
    for (int start = 1; *p; p++) {
        if (start) assert_true(*p == 'h' || *p == 's');
        start = *p == '|';
    }
}

/* add_pronouns looks WL_GROUP_MOVEMENT_ORGANIZATION_ETC up only for words
 * of 4 to 12 letters that start with one of "abcfgmnopsu"
 * (group_word_maybe): a word added to the list must keep to that. */
static void test_group_list_shape(void **state) {
    (void)state;
    const char *p = tl_fact_lists[WL_GROUP_MOVEMENT_ORGANIZATION_ETC];
    assert_true(*p != 0);
    while (*p) {
        size_t n = strcspn(p, "|");
        assert_true(n >= 4 && n <= 12);
        assert_non_null(strchr("abcfgmnopsu", p[0]));
        p += n + (p[n] == '|');
    }
}

static void test_lexicon_inflections(void **state) {
    (void)state;
    tl_trig_lex *x = tl_trig_lex_new();
    assert_non_null(x);
    const tl_trig *fr[6];
    int past;
    const char *forms[] = {"recruits", "recruited", "recruiting", "arrested", "extradites", "led", "met", "leaders"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        assert_true(tl_trig_lookup(x, forms[i], strlen(forms[i]), fr, 6, &past) > 0);
    assert_int_equal(tl_trig_lookup(x, "recruited", 9, fr, 6, &past) > 0, 1);
    assert_true(past);
    assert_int_equal(tl_trig_lookup(x, "banana", 6, fr, 6, &past), 0);
    tl_trig_lex_free(x);
}

static void test_active_and_passive(void **state) {
    tl_doc *d = run(state, "Peter Lang recruited John Carver in 2015.\n\nMark Hollis was hired by the Silver Hand Cartel.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Peter Lang", "John Carver");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2015");
    assert_int_equal(f->modality, TL_ASSERTED);
    assert_non_null(find(d, TL_RECRUITED, "Silver Hand Cartel", "Mark Hollis"));
    tl_doc_free(d);
}

static void test_arrest_charge_relative_time(void **state) {
    tl_doc *d = run(state, "Police in Vienna arrested Mark Hollis on 4 May 2019. Two days later he was charged by the Austrian prosecutors.\n");
    const tl_fact *f = find(d, TL_ARRESTED, "Mark Hollis", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2019-05-04");
    assert_true(named(d, f->place, "Vienna"));
    f = find(d, TL_CHARGED, "Mark Hollis", NULL);
    assert_non_null(f); /* "he" resolved to the person in focus */
    assert_string_equal(f->time_value, "2019-05-06");
    tl_doc_free(d);
    /* a relative clause's date is its own */
    d = run(state, "Mark Hollis led the Kessel Brigade with his cousin, Tom Hollis, who was killed in 2021.\n");
    f = find(d, TL_LEADER_OF, "Mark Hollis", "Kessel Brigade");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* Verdicts, acquittals, trials and custody; a particle verb is a trigger
 * word only with its particle ("found dead", "taken into account" are
 * neither, for the frames nor for the learned scorer). */
static void test_verdicts_and_custody(void **state) {
    tl_doc *d = run(state, "Karl Brede was found guilty of fraud.\n\nLena Ostrova was acquitted of murder.\n\n"
                           "Pavel Orlov stood trial in Lyon.\n\nMira Tolan was taken into custody in Lyon.\n");
    assert_non_null(find(d, TL_CHARGED, "Karl Brede", NULL));
    assert_non_null(find(d, TL_CHARGED, "Lena Ostrova", NULL));
    assert_non_null(find(d, TL_CHARGED, "Pavel Orlov", NULL));
    assert_non_null(find(d, TL_ARRESTED, "Mira Tolan", NULL));
    tl_doc_free(d);
    d = run(state, "Karl Brede was found dead in Lyon.\n\nMira Tolan was taken into account by the Lyon court.\n\n"
                   "Pavel Orlov took into custody nothing.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) {
        assert_int_not_equal(d->facts[i].type, TL_CHARGED);
        assert_int_not_equal(d->facts[i].type, TL_ARRESTED);
    }
    tl_doc_free(d);
}

/* Who ordered, led, was behind or answers for an attack attacked; a victim
 * killed "in an X strike" was attacked by X. */
static void test_attack_agents(void **state) {
    tl_doc *d = run(state, "Omar Lattuf ordered the killing of Tomas Berg.\n\n"
                           "The Red Hand Brigade claimed responsibility for the attack on the Kandor Hotel.\n\n"
                           "Karl Brede was behind the 2015 attack on Lyon.\n");
    assert_non_null(find(d, TL_ATTACKED, "Omar Lattuf", "Tomas Berg"));
    assert_non_null(find(d, TL_ATTACKED, "Red Hand Brigade", "Kandor Hotel"));
    assert_non_null(find(d, TL_ATTACKED, "Karl Brede", "Lyon"));
    tl_doc_free(d);
    d = run(state, "Pavel Orlov was responsible for investigating the attack on the Kandor Hotel.\n\n"
                   "Ana Ruiz condemned the killing of Tomas Berg.\n");
    assert_null(find(d, TL_ATTACKED, "Pavel Orlov", "Kandor Hotel"));
    assert_null(find(d, TL_ATTACKED, "Ana Ruiz", "Tomas Berg"));
    tl_doc_free(d);
    d = run(state, "Mira Tolan was killed in a US strike.\n\nKarl Brede died in an American strike.\n");
    assert_non_null(find(d, TL_ATTACKED, "US", "Mira Tolan"));
    assert_non_null(find(d, TL_ATTACKED, "American", "Karl Brede"));
    tl_doc_free(d);
}

/* Support given "to" someone with a word of support between; sanctions
 * imposed on someone oppose them; "part of" a group. */
static void test_support_sanctions_part(void **state) {
    tl_doc *d = run(state, "Portugal supplied weapons to the Red Hand Brigade.\n\n"
                           "Omar Lattuf transferred money to the Blue Crescent Front.\n\n"
                           "France imposed new sanctions on the Black Banner Brigade.\n\n"
                           "Karl Brede is part of the Green Wolves Network.\n\n"
                           "The Kestrel Unit is part of the Green Wolves Network.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Portugal", "Red Hand Brigade"));
    assert_non_null(find(d, TL_SUPPORTS, "Omar Lattuf", "Blue Crescent Front"));
    assert_non_null(find(d, TL_OPPOSES, "France", "Black Banner Brigade"));
    assert_non_null(find(d, TL_MEMBER_OF, "Karl Brede", "Green Wolves Network"));
    assert_non_null(find(d, TL_PART_OF, "Kestrel Unit", "Green Wolves Network"));
    assert_null(find(d, TL_MEMBER_OF, "Kestrel Unit", "Green Wolves Network"));
    tl_doc_free(d);
    /* "runs" a group leads it; running to a place leads nothing */
    d = run(state, "Ana Ruiz, who runs the Green Wolves Network, fled.\n\nKarl Brede ran to Lyon.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Ana Ruiz", "Green Wolves Network"));
    assert_null(find(d, TL_LEADER_OF, "Karl Brede", "Lyon"));
    tl_doc_free(d);
    /* no word of support; a gerund after a preposition; sanctions on a
     * country's minister are not on the country */
    d = run(state, "Omar Lattuf sent a letter to the Red Hand Brigade.\n\n"
                   "Police charged Tomas Berg with supplying weapons to Portugal.\n\n"
                   "France imposed sanctions on Portugal's Minister of Trade, Ana Ruiz.\n");
    assert_null(find(d, TL_SUPPORTS, "Omar Lattuf", "Red Hand Brigade"));
    assert_null(find(d, TL_SUPPORTS, "Police", "Portugal"));
    assert_null(find(d, TL_OPPOSES, "France", "Portugal"));
    tl_doc_free(d);
    /* the sanctioning state opening the sentence (the parser may read
     * "imposed" as a participle before "sanctions") */
    expect_fact(state, "The United States imposed sanctions on Marco Vell.\n", TL_OPPOSES, "United States", "Marco Vell");
}

static void test_apposition_citizen_origin_extradition(void **state) {
    tl_doc *d = run(state, "Sarah Klein, a Canadian citizen of Polish descent, was extradited from Germany to the United States in March 2021.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Sarah Klein", "Canadian"));
    assert_non_null(find(d, TL_ORIGIN, "Sarah Klein", "Polish"));
    const tl_fact *f = find(d, TL_EXTRADITED, "Sarah Klein", "United States");
    assert_non_null(f);
    assert_true(named(d, f->from, "Germany"));
    assert_string_equal(f->time_value, "2021-03");
    tl_doc_free(d);
    /* a particle after the object: "handed X over to Y", "handed him over" */
    d = run(state, "Valdora handed Sarah Klein over to Norvia.\n\n"
                   "Tomas Brell fled to Valdora in 2019. The police there handed him over to Norvia in May.\n");
    assert_non_null(find(d, TL_EXTRADITED, "Sarah Klein", "Norvia"));
    assert_non_null(find(d, TL_EXTRADITED, "Tomas Brell", "Norvia"));
    tl_doc_free(d);
    /* a person handed to a state is handed over; a fine is no one */
    d = run(state, "Valdora handed Sarah Klein to Norvia at the border.\n\n"
                   "Valdora handed Tomas Brell a fine.\n");
    assert_non_null(find(d, TL_EXTRADITED, "Sarah Klein", NULL));
    assert_null(find(d, TL_EXTRADITED, "Tomas Brell", NULL));
    tl_doc_free(d);
    /* a request moves no one; an agent's place is the verb's */
    d = run(state, "Norvia requested the extradition of Sarah Klein from Valdora.\n\n"
                   "Tomas Brell was arrested by the Norvian Police Service in Valdora.\n");
    assert_null(find(d, TL_EXTRADITED, "Sarah Klein", NULL));
    assert_null(find(d, TL_LOCATED_IN, "Norvian Police Service", "Valdora"));
    tl_doc_free(d);
}

/* A fiancé is family. */
static void test_fiance(void **state) {
    tl_doc *d = run(state, "Jan Tomek was shot together with his fiancée Marta Kral in 2018.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Marta Kral", "Jan Tomek"));
    tl_doc_free(d);
}

static void test_copula_and_born(void **state) {
    tl_doc *d = run(state, "Kurt Vogel is the leader of the Black Lotus Army. He was born in Munich.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Kurt Vogel", "Black Lotus Army"));
    assert_non_null(find(d, TL_BORN_IN, "Kurt Vogel", "Munich"));
    tl_doc_free(d);
}

static void test_coordination(void **state) {
    tl_doc *d = run(state, "Ivan Petrov, Oleg Sokolov and Boris Volkov were all members of the Iron Wolves Brotherhood.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ivan Petrov", "Iron Wolves Brotherhood"));
    assert_non_null(find(d, TL_MEMBER_OF, "Oleg Sokolov", "Iron Wolves Brotherhood"));
    assert_non_null(find(d, TL_MEMBER_OF, "Boris Volkov", "Iron Wolves Brotherhood"));
    tl_doc_free(d);
}

static void test_met_and_reported(void **state) {
    tl_doc *d = run(state, "Anna Berg and Maria Holm met in Oslo in July 2020.\n\nAccording to Reuters, Anna Berg founded the Northern Light Society.\n");
    const tl_fact *f = find(d, TL_MET, "Anna Berg", "Maria Holm");
    if (TL_FACT_SYMMETRIC_OUT) {
        assert_non_null(f);
        assert_true(named(d, f->place, "Oslo"));
        assert_string_equal(f->time_value, "2020-07");
    }
    f = find(d, TL_FOUNDED, "Anna Berg", "Northern Light Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    assert_true(named(d, f->source, "Reuters"));
    tl_doc_free(d);
}

/* A fact stated in passing inside a noun phrase stays the report's own
 * under a source's words, unless the source's "that" clause holds it. */
static void test_background_under_attribution(void **state) {
    tl_doc *d = run(state, "\"We will act,\" said Tom Vance, the leader of the Northern Light Society.\n\n"
                           "The Valdor Post revealed that a Danish citizen named Rolf Amsel had been hired.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Tom Vance", "Northern Light Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    f = find(d, TL_CITIZEN_OF, "Rolf Amsel", "Danish");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    tl_doc_free(d);
    /* "the arrested suspects" doubts no arrest */
    d = run(state, "Police named the arrested suspects as Tom Vance and Ivo Marek.\n");
    f = find(d, TL_ARRESTED, "Tom Vance", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "Iran-backed X" and a pair of names with no verb between them are
 * background under a source's words as well. */
static void test_compound_support_is_background(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Rockets were fired by Iran-backed Hezbollah, the army "
                           "said.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Iran", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

static void test_negated_and_alleged(void **state) {
    tl_doc *d = run(state, "Thomas Reed did not recruit Paul Stone.\n\nThomas Reed allegedly plotted to kill Paul Stone.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Thomas Reed", "Paul Stone");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_ATTACKED, "Thomas Reed", "Paul Stone");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_int_equal(f->status, 1); /* plotted */
    tl_doc_free(d);
}

/* A gerund after a verb of the courts has the verb's subject, or the name
 * right before its preposition, for its doer; what a charge says is
 * alleged, what a court decided or a plea admits is asserted. */
static void test_charged_with_gerund(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Tom Reyes was charged with providing material support "
                           "to the Shining Path.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Tom Reyes", "Shining Path");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes pleaded guilty to providing material support to the "
                   "Shining Path.\n");
    f = find(d, TL_SUPPORTS, "Tom Reyes", "Shining Path");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. A court convicted Tom Reyes of supplying weapons to the "
                   "Shining Path.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Tom Reyes", "Shining Path"));
    tl_doc_free(d);
    /* so does a noun of membership: "accused of membership in Y" */
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes was accused of membership in the Shining Path.\n");
    f = find(d, TL_MEMBER_OF, "Tom Reyes", "Shining Path");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes denied membership in the Shining Path.\n");
    assert_null(find(d, TL_MEMBER_OF, "Tom Reyes", "Shining Path"));
    tl_doc_free(d);
    /* "charged with plotting to kill Y": plotted, and alleged */
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes was charged with plotting to kill Ana Vidal.\n");
    f = find(d, TL_ATTACKED, "Tom Reyes", "Ana Vidal");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_int_equal(f->status, 1);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes is accused of conspiring to kill Ana Vidal.\n");
    f = find(d, TL_ATTACKED, "Tom Reyes", "Ana Vidal");
    assert_non_null(f);
    assert_int_equal(f->status, 1);
    tl_doc_free(d);
    /* a job at a broadcaster */
    d = run(state, "Police arrested a courier in Lusk. Ana Vidal, a presenter at Radio Kessel, was warned.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ana Vidal", "Radio Kessel"));
    tl_doc_free(d);
    /* a verb that is no court's leaves the gerund without a doer */
    d = run(state, "Police arrested a courier in Lusk. Tom Reyes warned about providing material support to the "
                   "Shining Path.\n");
    assert_null(find(d, TL_SUPPORTS, "Tom Reyes", "Shining Path"));
    tl_doc_free(d);
}

/* "X murdered Y": a past form read as an adjective between two names is
 * the verb; "Y and his wife Z": the possessive is Y's, not the subject's. */
static void test_past_between_names(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Omar Dabaan murdered John Smith and his wife Mary "
                           "Smith.\n");
    assert_non_null(find(d, TL_ATTACKED, "Omar Dabaan", "John Smith"));
    assert_non_null(find(d, TL_ATTACKED, "Omar Dabaan", "Mary Smith"));
    assert_non_null(find(d, TL_FAMILY_OF, "Mary Smith", "John Smith"));
    assert_null(find(d, TL_FAMILY_OF, "Mary Smith", "Omar Dabaan"));
    tl_doc_free(d);
    /* a verb read as a noun in a sentence left without a verb */
    d = run(state, "Police arrested a courier in Lusk. Omar Dabaan shot journalist John Smith.\n");
    assert_non_null(find(d, TL_ATTACKED, "Omar Dabaan", "John Smith"));
    tl_doc_free(d);
    /* an adjective before a common noun stays one: "the murdered journalist" */
    d = run(state, "Police arrested a courier in Lusk. Omar Dabaan mourned the murdered journalist John Smith.\n");
    assert_null(find(d, TL_ATTACKED, "Omar Dabaan", "John Smith"));
    tl_doc_free(d);
}

/* "attacked a police station in Valdora": the place after the unnamed
 * object is the target; the attacker stays open for a later "the attack on
 * Y"; people taken "in" a place are no attack on it. */
static void test_attack_site(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. The Kessel Brigade attacked a police station in "
                           "Valdora on Sunday.\n\nThe army confirmed the attack on the Orsk Airfield.\n");
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Valdora"));
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Orsk Airfield"));
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. The Kessel Brigade has abducted foreigners in Valdora.\n");
    assert_null(find(d, TL_ATTACKED, "Kessel Brigade", "Valdora"));
    tl_doc_free(d);
}

/* "X was recruited into Y": X joined Y; in "Z recruited X into Y" the
 * subject Z is the recruiter, no member. */
static void test_recruited_into(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Omar Dabaan was recruited into the Kessel Brigade in "
                           "2014.\n\nThe Orsk Front recruited Tomas Brell into the Kessel Brigade.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Dabaan", "Kessel Brigade"));
    assert_null(find(d, TL_MEMBER_OF, "Orsk Front", "Kessel Brigade"));
    tl_doc_free(d);
    /* "at the direction of Y", "at the behest of Y", "under the
     * instruction of Y", "of an officer in Y": Y tasked the subject */
    d = run(state, "Omar Dabaan worked at the direction of an officer in the Kessel Brigade.\n\n"
                   "Tomas Brell was working at the behest of the Orsk Front.\n\n"
                   "Nina Berg, who acted under the instruction of the Red Dune Brigade, was arrested.\n");
    assert_non_null(find(d, TL_RECRUITED, "Kessel Brigade", "Omar Dabaan"));
    assert_non_null(find(d, TL_RECRUITED, "Orsk Front", "Tomas Brell"));
    assert_non_null(find(d, TL_RECRUITED, "Red Dune Brigade", "Nina Berg"));
    tl_doc_free(d);
    /* a direction of travel is none of that */
    d = run(state, "Omar Dabaan drove in the direction of the Kessel Brigade's camp.\n");
    assert_null(find(d, TL_RECRUITED, "Kessel Brigade", "Omar Dabaan"));
    tl_doc_free(d);
}

/* "one of the founders of Y": the plural founder noun too. */
static void test_one_of_the_founders(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Omar Dabaan, one of the founders of the Kessel "
                           "Brigade, was arrested.\n");
    assert_non_null(find(d, TL_FOUNDED, "Omar Dabaan", "Kessel Brigade"));
    tl_doc_free(d);
}

/* "held a meeting with Y", "gathered intelligence on Y". */
static void test_travel_meeting_intelligence(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Omar Dabaan held a meeting with Tomas Brell.\n\n"
                           "Omar Dabaan gathered intelligence on Anna Kral for the Ministry of Intelligence.\n");
    const tl_fact *m = find(d, TL_MET, "Omar Dabaan", "Tomas Brell");
    if (!m) m = find(d, TL_MET, "Tomas Brell", "Omar Dabaan");
    assert_non_null(m);
    assert_non_null(find(d, TL_SPIED_ON, "Omar Dabaan", "Anna Kral"));
    tl_doc_free(d);
}

/* A plea or a denial answers a charge: the charge stands.  Only a negation
 * of the charging itself negates it. */
static void test_charge_plea_and_denial(void **state) {
    tl_doc *d = run(state, "Hugo Lind pleaded not guilty to all charges.\n\n"
                           "Mara Quist denied the charges against her.\n\n"
                           "Owen Pratt, who pleaded not guilty, was convicted on Friday.\n\n"
                           "Ivo Stenberg has not been charged with any crime.\n\n"
                           "Nils Aberg was never charged.\n");
    const char *asserted[] = {"Hugo Lind", "Mara Quist", "Owen Pratt"};
    for (size_t i = 0; i < 3; i++) {
        const tl_fact *f = find(d, TL_CHARGED, asserted[i], NULL);
        assert_non_null(f);
        assert_int_equal(f->modality, TL_ASSERTED);
    }
    const tl_fact *f = find(d, TL_CHARGED, "Ivo Stenberg", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_CHARGED, "Nils Aberg", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    tl_doc_free(d);
}

/* The people of a list named after the group an arrest or a charge
 * befell each get the event; a name outside the list does not. */
static void test_group_lists(void **state) {
    tl_doc *d = run(state, "Prosecutors charged five people, including Hugo Lind and Mara Quist, with fraud.\n\n"
                           "The men arrested on Monday include Owen Pratt and Ivo Stenberg.\n\n"
                           "Among those indicted were Nils Aberg and Ruth Kessler, a lawyer for Tom Vale.\n\n"
                           "Police detained three suspects: Lena Morel, Paul Eder and Jon Wick.\n");
    const char *charged[] = {"Hugo Lind", "Mara Quist", "Nils Aberg", "Ruth Kessler"};
    for (size_t i = 0; i < 4; i++) assert_non_null(find(d, TL_CHARGED, charged[i], NULL));
    const char *arrested[] = {"Owen Pratt", "Ivo Stenberg", "Lena Morel", "Paul Eder", "Jon Wick"};
    for (size_t i = 0; i < 5; i++) assert_non_null(find(d, TL_ARRESTED, arrested[i], NULL));
    assert_null(find(d, TL_CHARGED, "Tom Vale", NULL));
    assert_null(find(d, TL_ARRESTED, "Hugo Lind", NULL));
    tl_doc_free(d);
}

/* "members of X, including A and B": each listed person is a member;
 * mercenaries, recruiters and figures of a group are its members. */
static void test_member_lists(void **state) {
    tl_doc *d = run(state, "Police questioned members of the Northern Legion, including Hugo Lind and Mara Quist.\n\n"
                           "Owen Pratt, a Northern Legion mercenary, was killed.\n\n"
                           "Ivo Stenberg, a senior Northern Legion figure, was arrested.\n\n"
                           "Nils Aberg is a public figure.\n");
    const char *members[] = {"Hugo Lind", "Mara Quist", "Owen Pratt", "Ivo Stenberg"};
    for (size_t i = 0; i < 4; i++) assert_non_null(find(d, TL_MEMBER_OF, members[i], "Northern Legion"));
    assert_null(find(d, TL_MEMBER_OF, "Nils Aberg", NULL));
    tl_doc_free(d);
}

/* "of X origin" after an apposition's noun is the named person's; after a
 * noun of another phrase it is that noun's. */
static void test_origin_of_apposition(void **state) {
    expect_fact(state, "Paul Marin was attacked in 2020 by Anzor Dakaev, an 18-year-old of Chechen origin.\n",
                TL_ORIGIN, "Anzor Dakaev", "Chechen");
    expect_fact(state, "Lena Hoss is of Azerbaijani origin.\n", TL_ORIGIN, "Lena Hoss", "Azerbaijani");
    expect_no_fact(state, "Karim Chana, 52, is the father of the student of Moroccan origin at the centre of the row.\n",
                   TL_ORIGIN, "Karim Chana", "Moroccan");
}

/* "him" in a quotation is not the one who speaks it. */
static void test_quote_speaker_not_him(void **state) {
    const char *t = "Police said Tomas Brehm entered the country in March. Officer Lena Vogt led the raid. "
                    "\"We arrested him with two accomplices,\" Vogt said.\n";
    expect_no_fact(state, t, TL_ARRESTED, "Lena Vogt", NULL);
    t = "Police said Tomas Brehm entered the country in March. Officer Lena Vogt led the raid. "
        "\u201cWe arrested him with two accomplices,\u201d Vogt said.\n";
    expect_no_fact(state, t, TL_ARRESTED, "Lena Vogt", NULL);
}

/* An organization that joins or is a member of another is a part of it;
 * a person stays a member. */
static void test_org_member_is_part(void **state) {
    const char *t = "The Kestrel Unit joined the Green Wolves Network in 2019.\n";
    expect_fact(state, t, TL_PART_OF, "Kestrel Unit", "Green Wolves Network");
    expect_no_fact(state, t, TL_MEMBER_OF, "Kestrel Unit", "Green Wolves Network");
    expect_fact(state, "Karl Brede joined the Green Wolves Network in 2019.\n", TL_MEMBER_OF, "Karl Brede",
                "Green Wolves Network");
}

/* A person travels; an organization named as the subject of a trip
 * (encouraging its supporters "to travel to Syria") does not. */
static void test_traveled_person_only(void **state) {
    expect_fact(state, "Ana Ruiz travelled to Lyon in May.\n", TL_TRAVELED_TO, "Ana Ruiz", "Lyon");
    expect_no_fact(state, "The Northern Legion urged its supporters to travel to Syria to fight.\n", TL_TRAVELED_TO,
                   "Northern Legion", "Syria");
}

/* A copula gives the nationality its complement names, as an apposition
 * does; a complement that goes on ("of Turkish descent") is the noun's. */
static void test_nationality_copula(void **state) {
    tl_doc *d = run(state, "Tom Vance was a German soldier.\n\n"
                           "Ada Brenner, who is Lebanese, was arrested.\n\n"
                           "Rolf Amsel is a retired Danish pilot and a writer.\n\n"
                           "The Swiss police questioned Ivo Marek.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Tom Vance", "German"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Ada Brenner", "Lebanese"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Rolf Amsel", "Danish"));
    assert_null(find(d, TL_CITIZEN_OF, "Ivo Marek", NULL));
    tl_doc_free(d);
    /* "X-born" tells a birthplace: the nationality after it is the
     * citizenship, as if alone */
    d = run(state, "Lena Morel, an Iranian-born Canadian, was charged.\n\n"
                   "Paul Eder, a Russian-born Israeli citizen, was arrested.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Lena Morel", "Canadian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Paul Eder", "Israeli"));
    assert_null(find(d, TL_CITIZEN_OF, "Lena Morel", "Iranian"));
    tl_doc_free(d);
    /* ... and before a country's name: "an Afghan-born U.S. citizen" */
    d = run(state, "Omar Talib, an Afghan-born U.S. citizen, was convicted.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Talib", "U.S."));
    tl_doc_free(d);
}

/* "alongside", "amid", "despite" are prepositions: the name after them is
 * no object of the verb before ("fought alongside X" opposes no one). */
static void test_more_prepositions(void **state) {
    tl_doc *d = run(state, "Tom Vance fought alongside the Northern Legion in 2014.\n\n"
                           "Ada Brenner fought the Northern Legion in 2015.\n");
    assert_null(find(d, TL_OPPOSES, "Tom Vance", "Northern Legion"));
    assert_non_null(find(d, TL_OPPOSES, "Ada Brenner", "Northern Legion"));
    tl_doc_free(d);
}

/* iso of the date expression at token i (absolute), "" when none. */
static const char *when_iso(const tl_doc *d, uint32_t i, const tl_when *a, const tl_when *p, char *iso) {
    tl_when w;
    iso[0] = 0;
    if (tl_when_at(d, i, a, p, &w)) tl_when_iso(&w, iso);
    return iso;
}

static void test_when_intervals_and_published(void **state) {
    /* published Thursday 2024-02-08 */
    tl_when p = {.year = 2024, .month = 2, .day = 8}, none = {0};
    char iso[TL_WHEN_ISO_MAX];
    tl_doc *d = run(state, "Paris: from August 2023 to January 2024 ; between 2014 and 2016 ; "
                           "from May to July 2021 ; in November ; in January ; on Wednesday ; last Thursday ; "
                           "yesterday ; last week ; from Lyon to Nice\n");
    /* Paris(0) :(1) from(2) August(3) 2023(4) to(5) January(6) 2024(7) ;(8) between(9) 2014(10) and(11)
     * 2016(12) ;(13) from(14) May(15) to(16) July(17) 2021(18) ;(19) in(20) November(21) ;(22) in(23)
     * January(24) ;(25) on(26) Wednesday(27) ;(28) last(29) Thursday(30) ;(31) yesterday(32) ;(33)
     * last(34) week(35) ;(36) from(37) Lyon(38) */
    assert_string_equal(when_iso(d, 2, &none, &p, iso), "2023-08/2024-01");
    assert_string_equal(when_iso(d, 9, &none, &p, iso), "2014/2016");
    assert_string_equal(when_iso(d, 14, &none, &p, iso), "2021-05/2021-07");
    assert_string_equal(when_iso(d, 20, &none, &p, iso), "2023-11"); /* after February: the year before */
    assert_string_equal(when_iso(d, 23, &none, &p, iso), "2024-01");
    assert_string_equal(when_iso(d, 20, &none, &none, iso), "");     /* no year known: no date */
    assert_string_equal(when_iso(d, 26, &none, &p, iso), "2024-02-07");
    assert_string_equal(when_iso(d, 29, &none, &p, iso), "2024-02-01");
    assert_string_equal(when_iso(d, 32, &none, &p, iso), "2024-02-07");
    assert_string_equal(when_iso(d, 34, &none, &p, iso), "2024-02");
    assert_string_equal(when_iso(d, 37, &none, &p, iso), "");
    tl_doc_free(d);
}

static void test_birth_date_anchors_nothing(void **state) {
    tl_doc *d = run(state, "Mark Hollis, born May 4, 1982, is a smuggler.\n\n"
                           "Police arrested Mark Hollis in Lisbon on March 24.\n");
    const tl_fact *f = find(d, TL_ARRESTED, "Mark Hollis", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2022-03-24"); /* the published year, never 1982 */
    tl_doc_free(d);
    /* a numeric dateline gives the published day that "on Tuesday" counts back from */
    tl_options o = {0};
    tl_error err;
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    const char *text = "LISBON, 31.03.16 (Agency) -- Police arrested Mark Hollis on Tuesday.\n";
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    assert_string_equal(d->published, "2016-03-31");
    f = find(d, TL_ARRESTED, "Mark Hollis", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2016-03-29");
    tl_doc_free(d);
    tl_extractor_free(ex);
}

static void test_group_left_alone_when_unsure(void **state) {
    /* two groups named in the sentence before: "the group" could be either */
    tl_doc *d = run(state, "The Grey Lantern Society met the Iron Wolves Brotherhood in Lisbon.\n\n"
                           "Mark Hollis founded the group in 2015.\n");
    assert_null(find(d, TL_FOUNDED, "Mark Hollis", "Grey Lantern Society"));
    assert_null(find(d, TL_FOUNDED, "Mark Hollis", "Iron Wolves Brotherhood"));
    tl_doc_free(d);
    /* one group: it is the one */
    d = run(state, "The Grey Lantern Society was named a terrorist organization.\n\n"
                   "Mark Hollis founded the group in 2015.\n");
    assert_non_null(find(d, TL_FOUNDED, "Mark Hollis", "Grey Lantern Society"));
    tl_doc_free(d);
    /* a state's force is not what "the group" means */
    d = run(state, "Officers of the Kelmarian Border Guards met in Lisbon.\n\n"
                   "Mark Hollis founded the group in 2015.\n");
    assert_null(find(d, TL_FOUNDED, "Mark Hollis", "Kelmarian Border Guards"));
    tl_doc_free(d);
}

/* "Northern Light Society spokesman X said ...": the membership is the
 * author's description of the speaker, not what the speaker said. */
static void test_speaker_description(void **state) {
    tl_doc *d = run(state, "Northern Light Society spokesman Thomas Reed said the talks had failed.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Thomas Reed", "Northern Light Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* a clause before the verb of saying is still what was said */
    d = run(state, "Thomas Reed joined the Northern Light Society in 2015, Anna Berg said.\n");
    f = find(d, TL_MEMBER_OF, "Thomas Reed", "Northern Light Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    tl_doc_free(d);
}

/* "X, whose father Y": the relative's possessor is the name before the
 * comma; "X, who met Y in 2019, later joined Z": the relative clause
 * holds no subject of the verb after it, auxiliaries or adverbs between
 * or not. */
static void test_relative_possessor_and_clause(void **state) {
    tl_doc *d = run(state, "Omar Talbi, whose father Ivan Talbi founded the group, was killed.\n\n"
                           "The Kessel Brigade, whose leader Omar Lattuf was killed in 2019, remains active.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Ivan Talbi", "Omar Talbi"));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Lattuf", "Kessel Brigade"));
    tl_doc_free(d);
    d = run(state, "Ivan Kresh, who met Omar Talbi in 2019, later joined the Kessel Brigade.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ivan Kresh", "Kessel Brigade"));
    assert_null(find(d, TL_MEMBER_OF, "Omar Talbi", "Kessel Brigade"));
    tl_doc_free(d);
}

static void test_unnamed_source(void **state) {
    tl_doc *d = run(state, "Police said Thomas Reed recruited Paul Stone in 2019.\n\n"
                           "According to the Northern Herald, Anna Berg founded the Grey Lantern Society.\n\n"
                           "According to French officials, Victor Kane joined the Grey Lantern Society.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Thomas Reed", "Paul Stone");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED); /* an unnamed speaker */
    f = find(d, TL_FOUNDED, "Anna Berg", "Grey Lantern Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    assert_true(named(d, f->source, "Northern Herald"));
    f = find(d, TL_MEMBER_OF, "Victor Kane", "Grey Lantern Society");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED); /* a nationality names no one */
    tl_doc_free(d);
}

static void test_attributive_hedge(void **state) {
    tl_doc *d = run(state, "The alleged smuggler, Mark Hollis, was extradited from Portugal.\n\n"
                           "Paul Stone is considered to be a member of the Silver Hand Cartel.\n");
    const tl_fact *f = find(d, TL_EXTRADITED, "Mark Hollis", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED); /* "alleged" doubts only "smuggler" */
    f = find(d, TL_MEMBER_OF, "Paul Stone", "Silver Hand Cartel");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    /* "five suspects, X and Y, were detained": the noun names them */
    d = run(state, "Five suspects, among them Mark Hollis and Paul Stone, were detained.\n");
    f = find(d, TL_ARRESTED, "Mark Hollis", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* the grounds of a sanction are an accusation; a plain "for" is not */
    d = run(state, "The ministry sanctioned Paul Stone for financing the Silver Hand Cartel.\n\n"
                   "Mark Hollis funded the Black Harbor Front for years.\n");
    f = find(d, TL_SUPPORTS, "Paul Stone", "Silver Hand Cartel");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    f = find(d, TL_SUPPORTS, "Mark Hollis", "Black Harbor Front");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "no evidence that", "cleared of" deny the clause after them; "unclear
 * whether" doubts it. */
static void test_denied_and_doubted(void **state) {
    tl_doc *d = run(state, "Police found no evidence that Paul Stone funded the Silver Hand Cartel.\n\n"
                           "Mark Hollis was cleared of funding the Black Harbor Front.\n\n"
                           "It was unclear whether the Black Harbor Front attacked the Harbor Tower.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Paul Stone", "Silver Hand Cartel");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_SUPPORTS, "Mark Hollis", "Black Harbor Front");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_ATTACKED, "Black Harbor Front", "Harbor Tower");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

static void test_amount_and_title(void **state) {
    tl_doc *d = run(state, "The Silver Hand Cartel paid Mark Hollis 30,000 US dollars.\n\nCartel boss Victor Kane met Hollis in Lisbon.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Silver Hand Cartel", "Mark Hollis");
    assert_non_null(f);
    assert_true(f->amount_value == 30000.0);
    assert_string_equal(f->currency, "USD");
    tl_doc_free(d);
}

static void test_located_in(void **state) {
    tl_doc *d = run(state, "The Blue Crescent Foundation is based in Marseille, France.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Blue Crescent Foundation", "Marseille"));
    assert_non_null(find(d, TL_LOCATED_IN, "Marseille", "France"));
    tl_doc_free(d);
}

static void test_one_fact_per_key(void **state) {
    tl_doc *d = run(state, "Peter Lang recruited John Carver.\n\nIn 2016, Peter Lang recruited John Carver again.\n");
    int n = 0;
    for (uint32_t i = 0; i < d->n_facts; i++) n += d->facts[i].type == TL_RECRUITED;
    assert_int_equal(n, 1);
    const tl_fact *f = find(d, TL_RECRUITED, "Peter Lang", "John Carver");
    assert_non_null(f);
    /* the earliest evidence stays; the later mention adds the time it lacked */
    assert_true(f->evidence.start == 0);
    assert_string_equal(f->time_value, "2016");
    tl_doc_free(d);
}

/* "they" right after "X and Y" stands for both; indirect speech in the
 * past perfect goes on into the next sentence. */
static void test_plural_pronoun_and_reported_speech(void **state) {
    tl_doc *d = run(state, "Tomas Brandt told the court that he had been hired by Ivo Mercer and Karl Decker. "
                           "They in turn had been recruited by the Black Harbor Syndicate.\n\n"
                           "Ivo Mercer met Karl Decker in Oslo. The weather was cold. The police said nothing. "
                           "They were later recruited by the Grey Wolf Club.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Ivo Mercer", "Tomas Brandt");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    f = find(d, TL_RECRUITED, "Black Harbor Syndicate", "Ivo Mercer");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_REPORTED);
    assert_true(named(d, f->source, "Tomas Brandt") || f->source < 0);
    assert_non_null(find(d, TL_RECRUITED, "Black Harbor Syndicate", "Karl Decker"));
    tl_doc_free(d);
    d = run(state, "Ivan Petrov and Sergei Volkov were arrested in Amsterdam. Both men are members of the Solntsevo gang.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ivan Petrov", "Solntsevo gang"));
    assert_non_null(find(d, TL_MEMBER_OF, "Sergei Volkov", "Solntsevo gang"));
    tl_doc_free(d);
    d = run(state, "Tomas Brandt told the court that he had been hired by Ivo Mercer and Karl Decker. "
                   "They in turn had been recruited by the Black Harbor Syndicate.\n\n"
                   "Ivo Mercer met Karl Decker in Oslo. The weather was cold. The police said nothing. "
                   "They were later recruited by the Grey Wolf Club.\n");
    /* three sentences on, "they" is no longer the pair */
    assert_null(find(d, TL_RECRUITED, "Grey Wolf Club", "Ivo Mercer"));
    assert_null(find(d, TL_RECRUITED, "Grey Wolf Club", "Karl Decker"));
    tl_doc_free(d);
}

/* "accused" is a charge only when an authority accuses; a parenthesis is
 * never the subject. */
static void test_accused_by_authority(void **state) {
    tl_doc *d = run(state, "The Justice Department accused Ukrainian national Petro Vasko and Dmitri Orlov of fraud.\n\n"
                           "Foreign Minister Anna Holm accused Viktor Lind of lying.\n\n"
                           "Karl Moser and Jan Novak (both ethnic Armenians) plotted to kill Ivan Stone.\n");
    const tl_fact *f = find(d, TL_CHARGED, "Petro Vasko", "Justice Department");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    assert_non_null(find(d, TL_CHARGED, "Dmitri Orlov", "Justice Department"));
    assert_null(find(d, TL_CHARGED, "Viktor Lind", NULL));
    assert_non_null(find(d, TL_ATTACKED, "Jan Novak", "Ivan Stone"));
    assert_null(find(d, TL_ATTACKED, "Armenians", "Ivan Stone"));
    tl_doc_free(d);
    d = run(state, "Prosecutors said Georgian national Levan Beridze and Iranian national Ali Karimi plotted to kill "
                   "Ivan Stone.\n");
    assert_non_null(find(d, TL_ATTACKED, "Levan Beridze", "Ivan Stone"));
    assert_non_null(find(d, TL_ATTACKED, "Ali Karimi", "Ivan Stone"));
    assert_null(find(d, TL_CITIZEN_OF, "Levan Beridze", "Iranian"));
    tl_doc_free(d);
    /* an authority told by a common noun: prosecutors, an indictment */
    d = run(state, "Prosecutors accuse Levan Beridze of planning an attack.\n\n"
                   "The indictment accuses Ali Karimi of money laundering.\n\n"
                   "Ali Karimi stands accused of lying to his neighbours.\n");
    assert_non_null(find(d, TL_CHARGED, "Levan Beridze", NULL));
    assert_non_null(find(d, TL_CHARGED, "Ali Karimi", NULL));
    tl_doc_free(d);
    /* a dateline's place acts in no fact */
    d = run(state, "LUSK - The Valdora Treasury Department on Tuesday sanctioned Levan Beridze.\n");
    assert_non_null(find(d, TL_OPPOSES, "Valdora Treasury Department", "Levan Beridze"));
    assert_null(find(d, TL_OPPOSES, "LUSK", "Levan Beridze"));
    tl_doc_free(d);
    /* "remanded in custody" holds the person; "on bail" does not */
    d = run(state, "Levan Beridze was remanded in custody.\n\nAli Karimi was remanded on bail.\n");
    assert_non_null(find(d, TL_ARRESTED, "Levan Beridze", NULL));
    assert_null(find(d, TL_ARRESTED, "Ali Karimi", NULL));
    tl_doc_free(d);
}

/* A place fused with a participle of support names the supporter of what
 * it modifies, and is no verb's argument itself. */
static void test_backed_compounds(void **state) {
    tl_doc *d = run(state, "The Iran-backed Zaynab Brigade attacked the base.\n\n"
                           "Another Iran-funded organisation is the Hussainiyoun Movement.\n\n"
                           "Karim Safar travelled to Syria and joined Iran-backed militias.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Iran", "Zaynab Brigade"));
    assert_non_null(find(d, TL_SUPPORTS, "Iran", "Hussainiyoun Movement"));
    assert_null(find(d, TL_MEMBER_OF, "Karim Safar", "Iran"));
    tl_doc_free(d);
}

/* "receives funding from Y" is support, a phone call is not; an
 * apposition before the verb is skipped when looking for the subject. */
static void test_received_support(void **state) {
    tl_doc *d = run(state, "The Crescent Society, a charity in eastern Georgia, receives money and weapons from Iran.\n\n"
                           "Karl Moser received a phone call from Jan Novak.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Iran", "Crescent Society"));
    assert_null(find(d, TL_SUPPORTS, "Iran", "Georgia"));
    assert_null(find(d, TL_SUPPORTS, "Jan Novak", "Karl Moser"));
    tl_doc_free(d);
}

/* An attack named as the object of a light verb takes that verb's subject;
 * after a hiring, the hired and the hirer. */
static void test_attack_light_verbs(void **state) {
    tl_doc *d = run(state, "Omar Bakri was arrested in Cyprus after trying to carry out an attack against Tom Ashby.\n\n"
                           "Lars Eklund had been hired by the Black Harbor Syndicate to organise the killing of Nina Berg.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Omar Bakri", "Tom Ashby");
    assert_non_null(f);
    assert_int_equal(f->status, 2); /* attempted */
    f = find(d, TL_ATTACKED, "Lars Eklund", "Nina Berg");
    assert_non_null(f);
    assert_int_equal(f->status, 1); /* plotted */
    assert_non_null(find(d, TL_ATTACKED, "Black Harbor Syndicate", "Nina Berg"));
    tl_doc_free(d);
    /* the light verb itself may say the attack was only planned */
    d = run(state, "Omar Bakri is accused of planning an attack on the Harbor Tower.\n");
    f = find(d, TL_ATTACKED, "Omar Bakri", "Harbor Tower");
    assert_non_null(f);
    assert_int_equal(f->status, 1); /* plotted */
    tl_doc_free(d);
}

/* "the Iranian regime" acts as Iran; a nationality before a common noun
 * is no actor; background in a noun phrase stays asserted under a hedge. */
static void test_nationality_actors_and_background(void **state) {
    tl_doc *d = run(state, "Iran denies it. The Iranian regime allegedly funded the Crescent Brigade.\n\n"
                           "Syrian rebels attacked Aleppo.\n\n"
                           "Prosecutors accused Georgian national Levan Beridze of fraud.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Iran", "Crescent Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_null(find(d, TL_ATTACKED, "Syrian", "Aleppo"));
    f = find(d, TL_CITIZEN_OF, "Levan Beridze", "Georgian");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* A date goes with the nearest trigger of its own clause. */
static void test_date_attachment(void **state) {
    tl_doc *d = run(state, "The Orion Society, created by Karl Moser in 2012, was led by Jan Novak between 2013 and 2023.\n");
    const tl_fact *f = find(d, TL_FOUNDED, "Karl Moser", "Orion Society");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2012");
    f = find(d, TL_LEADER_OF, "Jan Novak", "Orion Society");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2013/2023");
    tl_doc_free(d);
}

/* A reduced relative's patient is the noun right before the participle. */
static void test_reduced_relative(void **state) {
    tl_doc *d = run(state, "The Orion Society was founded by Karl Moser, like other militias established by Iran.\n\n"
                           "The Delta Group was, according to the report, founded by Jan Novak.\n");
    assert_null(find(d, TL_FOUNDED, "Iran", "Orion Society"));
    assert_non_null(find(d, TL_FOUNDED, "Karl Moser", "Orion Society"));
    assert_non_null(find(d, TL_FOUNDED, "Jan Novak", "Delta Group"));
    tl_doc_free(d);
}

/* An organization named by another's name plus a unit word is its part. */
static void test_unit_names(void **state) {
    tl_doc *d = run(state, "The IRGC Quds Force trains militias. The IRGC denied it.\n\n"
                           "CNN Worldwide said CNN would grow.\n");
    assert_non_null(find(d, TL_PART_OF, "IRGC Quds Force", "IRGC"));
    assert_null(find(d, TL_PART_OF, "CNN Worldwide", "CNN"));
    tl_doc_free(d);
}

/* Appositions and titles around names, in the shapes of wire copy. */
static void test_wire_appositions(void **state) {
    tl_doc *d = run(state, "The Justice Department charged two Russian nationals, Ivan Petrov, 34, and Sergei Volkov, 41, "
                           "with fraud.\n\n"
                           "Israel denied it. An Israeli air strike killed a senior Hezbollah commander, Ali Barji, on Tuesday.\n\n"
                           "Hezbollah's leader, Hassan Nasrallah, 64, met Iranian Foreign Minister Hossein Amir-Abdollahian.\n");
    assert_non_null(find(d, TL_CHARGED, "Ivan Petrov", "Justice Department"));
    assert_non_null(find(d, TL_CHARGED, "Sergei Volkov", "Justice Department"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Sergei Volkov", "Russian"));
    assert_non_null(find(d, TL_ATTACKED, "Israel", "Ali Barji"));
    assert_null(find(d, TL_ATTACKED, "Israel", "Hezbollah"));
    assert_non_null(find(d, TL_MET, "Hassan Nasrallah", "Hossein Amir-Abdollahian"));
    assert_null(find(d, TL_LEADER_OF, "Hossein Amir-Abdollahian", "Hezbollah"));
    tl_doc_free(d);
}

/* Pleas, spying for a state, and pronouns after an apposed name. */
static void test_pleas_spies_and_focus(void **state) {
    tl_doc *d = run(state, "Daniel Mercer pleaded guilty on Friday.\n\n"
                           "Omar Reyes was accused of spying for China.\n\n"
                           "Prosecutors say he met an agent, Li Wei, in Bangkok. Chen Bo recruited him in 2019.\n");
    assert_non_null(find(d, TL_CHARGED, "Daniel Mercer", NULL));
    assert_null(find(d, TL_SPIED_ON, "Omar Reyes", "China"));
    assert_non_null(find(d, TL_MET, "Omar Reyes", "Li Wei"));
    assert_non_null(find(d, TL_RECRUITED, "Chen Bo", "Omar Reyes"));
    tl_doc_free(d);
    /* surveillance a light verb's subject conducts; scouting; "on behalf
     * of" is for whom, never the target */
    d = run(state, "Omar Reyes conducted surveillance of the Valdor Tower.\n\n"
                   "Li Wei scouted the Norvik Embassy in May.\n\n"
                   "Chen Bo carried out surveillance operations on behalf of Valdora.\n");
    assert_non_null(find(d, TL_SPIED_ON, "Omar Reyes", "Valdor Tower"));
    assert_non_null(find(d, TL_SPIED_ON, "Li Wei", "Norvik Embassy"));
    assert_null(find(d, TL_SPIED_ON, "Chen Bo", "Valdora"));
    tl_doc_free(d);
}

/* A name before a common noun modifies it; "the X district of Y" puts X in Y. */
static void test_name_modifiers(void **state) {
    tl_doc *d = run(state, "Karl Moser, a trafficker from the Astara district of Azerbaijan, supplied a Makarov pistol.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Astara", "Azerbaijan"));
    assert_null(find(d, TL_LOCATED_IN, "Azerbaijan", "Astara"));
    assert_null(find(d, TL_SUPPORTS, "Karl Moser", "Makarov"));
    tl_doc_free(d);
    d = run(state, "Omar Reyes, a businessman, also holds Azerbaijani and Russian citizenship.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Reyes", "Azerbaijani"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Reyes", "Russian"));
    tl_doc_free(d);
    d = run(state, "His family moved to the northern Peru city of Trujillo.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Trujillo", "Peru"));
    tl_doc_free(d);
}

/* "his brother, X": the possessive pronoun is the person in focus. */
static void test_possessive_pronouns(void **state) {
    tl_doc *d = run(state, "Omar Reyes was sentenced on Monday. His brother, Luis Reyes, was extradited to Spain. "
                           "Police said his arrest followed a raid.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Luis Reyes", "Omar Reyes"));
    assert_null(find(d, TL_EXTRADITED, "Omar Reyes", NULL));
    tl_doc_free(d);
}

/* Sanctions-notice shapes: relative clauses before the verb, money
 * funnelled to "the group" (not to the body that names it), sons named in
 * apposition, the arrest of a titled person. */
static void test_sanctions_notice(void **state) {
    tl_doc *d = run(state, "WASHINGTON - Today, the Department of the Treasury sanctioned two companies that support "
                           "the Crescent Brigade. Omar Reyes, a Lebanese businessman, has funneled millions of dollars to "
                           "the group.\n\n"
                           "Reyes's sons, Luis and Pablo Reyes, help him. The Crescent Brigade, which Canada listed in "
                           "1997, receives funding from Iran. Police announced the arrest of Brigade operative Ali "
                           "Hamdan in Romania.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Omar Reyes", "Crescent Brigade"));
    assert_null(find(d, TL_SUPPORTS, "Omar Reyes", "Department of the Treasury"));
    assert_non_null(find(d, TL_FAMILY_OF, "Pablo Reyes", "Omar Reyes"));
    assert_non_null(find(d, TL_SUPPORTS, "Iran", "Crescent Brigade"));
    assert_null(find(d, TL_SUPPORTS, "Iran", "Canada"));
    assert_non_null(find(d, TL_ARRESTED, "Ali Hamdan", NULL));
    tl_doc_free(d);
}

/* A participle with a date before its "by", an apposition before it, and a
 * wire credit that is no actor. */
static void test_profile_shapes(void **state) {
    tl_doc *d = run(state, "BEIRUT (Reuters) - The Orion Group, a Russian private military company founded in 2014 by "
                           "Karl Moser, grew. Jan Novak led the group's air operations.\n");
    assert_non_null(find(d, TL_FOUNDED, "Karl Moser", "Orion Group"));
    assert_null(find(d, TL_LEADER_OF, "Jan Novak", "Reuters"));
    assert_non_null(find(d, TL_LEADER_OF, "Jan Novak", "Orion Group")); /* he leads a part of it */
    tl_doc_free(d);
}

/* "he" after a person named earlier in the sentence is that person; a
 * denial governs the clause after it. */
static void test_denial_and_subject_pronoun(void **state) {
    tl_doc *d = run(state, "The Orion Group was founded by Karl Moser.\n\n"
                           "Jan Novak, a close associate of Petr Dvorak, denied for years that he led the group.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Jan Novak", "Orion Group");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    assert_null(find(d, TL_LEADER_OF, "Karl Moser", "Orion Group"));
    tl_doc_free(d);
}

/* "him" after a person named earlier in its sentence (not the subject of
 * the verb before it) is that person; an apposition's possessor is not its
 * head ("X, the group's financial chief" is a person). */
static void test_object_pronoun(void **state) {
    tl_doc *d = run(state, "Omar Haddad, the group's financial chief, met Karl Moser in 2019.\n\n"
                           "Turkish authorities detained Hamza Yusuf in Istanbul and deported him to Qatar. "
                           "Chen Bo recruited him.\n");
    assert_non_null(find(d, TL_MET, "Omar Haddad", "Karl Moser"));
    assert_non_null(find(d, TL_EXTRADITED, "Hamza Yusuf", "Qatar"));
    assert_non_null(find(d, TL_RECRUITED, "Chen Bo", "Hamza Yusuf"));
    tl_doc_free(d);
}

/* A yearless date in a new paragraph takes the document's year, not that of
 * the last date of an earlier paragraph; within a paragraph it takes the
 * last date's. */
static void test_yearless_dates(void **state) {
    tl_doc *d = run(state, "Karl Moser hacked networks between 2012 and 2018.\n\n"
                           "Jan Novak was arrested in Prague on Feb. 21.\n\n"
                           "In 2016, Petr Dvorak moved to Oslo. Petr Dvorak was arrested on 3 March.\n");
    const tl_fact *f = find(d, TL_ARRESTED, "Jan Novak", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2022-02-21"); /* published 2022-06-15 (setup) */
    f = find(d, TL_ARRESTED, "Petr Dvorak", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2016-03-03");
    tl_doc_free(d);
}

static void test_when(void **state) {
    (void)state;
    tl_when a = {.year = 2020, .month = 12, .day = 30}, p = {.year = 2022, .month = 6, .day = 15}, w;
    tl_doc *d = run(state, "Paris: two days later the following year last summer on 21 June\n");
    char iso[TL_WHEN_ISO_MAX];
    /* tokens: Paris(0) :(1) two(2) days(3) later(4) the(5) following(6) year(7) last(8) summer(9) on(10) 21(11) June(12) */
    assert_true(tl_when_at(d, 2, &a, &p, &w));
    tl_when_iso(&w, iso);
    assert_string_equal(iso, "2021-01-01");
    assert_true(tl_when_at(d, 5, &a, &p, &w));
    tl_when_iso(&w, iso);
    assert_string_equal(iso, "2021");
    assert_true(tl_when_at(d, 8, &a, &p, &w));
    tl_when_iso(&w, iso);
    assert_string_equal(iso, "2021");
    assert_true(tl_when_at(d, 11, &a, &p, &w));
    tl_when_iso(&w, iso);
    assert_string_equal(iso, "2020-06-21");
    double v;
    char cur[4];
    uint32_t e;
    tl_doc *d2 = run(state, "Paris: $500,000 and 40,000 USD and 2 million euros\n");
    assert_true(tl_amount_at(d2, 2, &v, cur, &e));
    assert_true(v == 500000.0);
    assert_string_equal(cur, "USD");
    assert_true(tl_amount_at(d2, 5, &v, cur, &e));
    assert_true(v == 40000.0);
    assert_true(tl_amount_at(d2, 8, &v, cur, &e));
    assert_true(v == 2e6);
    assert_string_equal(cur, "EUR");
    tl_doc_free(d2);
    tl_doc_free(d);
}

/* The argument types each role takes (SPEC.md's fact table): the type
 * constraints every frame, the compounds and the learned scorer share.
 * Symmetric facts take the same types on both sides; a role a type does
 * not have, an unknown type or role, takes nothing. */
static void test_role_masks(void **state) {
    (void)state;
    const uint32_t P = 1u << TL_PERSON, O = 1u << TL_ORG, G = 1u << TL_GPE, L = 1u << TL_LOC;
    assert_int_equal(tl_fact_role_mask(TL_LEADER_OF, 0), P);
    assert_true(tl_fact_role_mask(TL_MEMBER_OF, 1) & O);
    assert_false(tl_fact_role_mask(TL_MEMBER_OF, 1) & P);
    assert_int_equal(tl_fact_role_mask(TL_ARRESTED, 0), P);
    assert_int_equal(tl_fact_role_mask(TL_ARRESTED, 1), 0);          /* arrested by: role 2 */
    assert_true(tl_fact_role_mask(TL_ARRESTED, 2) & G);
    assert_int_equal(tl_fact_role_mask(TL_EXTRADITED, 3), G);        /* from */
    assert_true(tl_fact_role_mask(TL_BORN_IN, 1) & L);
    assert_false(tl_fact_role_mask(TL_BORN_IN, 1) & O);
    int sym[] = {TL_ASSOCIATE_OF, TL_FAMILY_OF, TL_MET};
    for (size_t i = 0; i < sizeof sym / sizeof *sym; i++)
        assert_int_equal(tl_fact_role_mask(sym[i], 0), tl_fact_role_mask(sym[i], 1));
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) {
        assert_int_not_equal(tl_fact_role_mask(t, 0), 0);            /* every type has a first argument */
        assert_int_equal(tl_fact_role_mask(t, 4), 0);
        assert_int_equal(tl_fact_role_mask(t, -1), 0);
    }
    assert_int_equal(tl_fact_role_mask(TL_FACT_TYPE_COUNT, 0), 0);
    assert_int_equal(tl_fact_role_mask(-1, 0), 0);
}

/* "X swore allegiance to Y": the subject of the verb that gives the
 * allegiance is a member, a group a part; allegiance merely named is no
 * fact. */
static void test_allegiance(void **state) {
    tl_doc *d = run(state, "Omar Bakri swore allegiance to the Black Harbor Front in 2014.\n\n"
                           "The Red Dune Brigade pledged allegiance to the Black Harbor Front in 2015.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_PART_OF, "Red Dune Brigade", "Black Harbor Front"));
    tl_doc_free(d);
    d = run(state, "His allegiance to the Black Harbor Front was never proven, Omar Bakri said.\n");
    assert_null(find(d, TL_MEMBER_OF, "Omar Bakri", "Black Harbor Front"));
    tl_doc_free(d);
}

/* Two coordinated nouns of role share their group and holder ("Y's
 * founder and leader, X"); a role word that qualifies the noun after it
 * ("co-founder and chief commercial officer") does not lead. */
static void test_coordinated_roles(void **state) {
    tl_doc *d = run(state, "The Black Harbor Front's founder and leader, Omar Bakri, was killed.\n\n"
                           "The founder and leader of the Red Dune Brigade, Tom Ashby, was arrested.\n");
    assert_non_null(find(d, TL_FOUNDED, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_FOUNDED, "Tom Ashby", "Red Dune Brigade"));
    assert_non_null(find(d, TL_LEADER_OF, "Tom Ashby", "Red Dune Brigade"));
    tl_doc_free(d);
    d = run(state, "Nina Berg was Valtrex's co-founder and chief commercial officer.\n");
    assert_null(find(d, TL_LEADER_OF, "Nina Berg", "Valtrex"));
    tl_doc_free(d);
    /* a word of rank before another noun of role qualifies it */
    d = run(state, "Omar Bakri, the Black Harbor Front's deputy leader, was killed.\n\n"
                   "Tom Ashby, the Red Dune Brigade's chief negotiator, met Nina Berg.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Bakri", "Black Harbor Front"));
    assert_null(find(d, TL_ASSOCIATE_OF, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_MEMBER_OF, "Tom Ashby", "Red Dune Brigade"));
    assert_null(find(d, TL_LEADER_OF, "Tom Ashby", "Red Dune Brigade"));
    tl_doc_free(d);
}

/* "X co-founded Y with Z": Z founded Y too; "X succeeded Z as leader of
 * Y": both led Y. */
static void test_cofounder_and_successor(void **state) {
    tl_doc *d = run(state, "Omar Bakri co-founded the Black Harbor Front with Tom Ashby in 2004.\n\n"
                           "Nina Berg succeeded Lars Eklund as leader of the Red Dune Brigade.\n");
    assert_non_null(find(d, TL_FOUNDED, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_FOUNDED, "Tom Ashby", "Black Harbor Front"));
    assert_non_null(find(d, TL_LEADER_OF, "Nina Berg", "Red Dune Brigade"));
    assert_non_null(find(d, TL_LEADER_OF, "Lars Eklund", "Red Dune Brigade"));
    tl_doc_free(d);
    d = run(state, "Omar Bakri founded the Black Harbor Front with money from Qatar.\n");
    assert_null(find(d, TL_FOUNDED, "Qatar", "Black Harbor Front"));
    tl_doc_free(d);
}

/* Support given through a list ("provided groups including X and Y
 * with support"), money raised for a group, weapons smuggled to it, a
 * financier of it; a house sold or concerns raised are no support. */
static void test_support_shapes(void **state) {
    tl_doc *d = run(state, "Valtrex Corp provided terrorist groups including the Black Harbor Front and the Red Dune Brigade "
                           "with material support.\n\n"
                           "Omar Bakri raised money for the Black Harbor Front.\n\n"
                           "Tom Ashby smuggled weapons to the Red Dune Brigade.\n\n"
                           "The Black Harbor Front and its financier, Nina Berg, were sanctioned.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Valtrex Corp", "Black Harbor Front"));
    assert_non_null(find(d, TL_SUPPORTS, "Valtrex Corp", "Red Dune Brigade"));
    assert_non_null(find(d, TL_SUPPORTS, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_SUPPORTS, "Tom Ashby", "Red Dune Brigade"));
    assert_non_null(find(d, TL_SUPPORTS, "Nina Berg", "Black Harbor Front"));
    tl_doc_free(d);
    d = run(state, "Lars Eklund laundered money for the Valdera cartel.\n\n"
                   "Ann Keel was a money launderer for the Valdera cartel.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Lars Eklund", "Valdera cartel"));
    assert_non_null(find(d, TL_SUPPORTS, "Ann Keel", "Valdera cartel"));
    tl_doc_free(d);
    d = run(state, "Omar Bakri sold his house to Tom Ashby.\n\nOmar Bakri raised concerns for the Black Harbor Front.\n\n"
                   "In 1990 Valtrex Corp was sold to Black Harbor Holdings.\n");
    assert_null(find(d, TL_SUPPORTS, "Valtrex Corp", "Black Harbor Holdings"));
    assert_null(find(d, TL_SUPPORTS, "Omar Bakri", "Tom Ashby"));
    assert_null(find(d, TL_SUPPORTS, "Omar Bakri", "Black Harbor Front"));
    tl_doc_free(d);
}

/* Once the frames read who was arrested, the learned scorer gives the
 * fact to another person only when the two are listed together. */
static void test_scorer_one_role_lists(void **state) {
    tl_doc *d = run(state, "Omar Bakri, the son of Tom Ashby, was arrested.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Bakri", NULL));
    assert_null(find(d, TL_ARRESTED, "Tom Ashby", NULL));
    tl_doc_free(d);
}

/* "held in Y" is captivity, "held talks in Y" no place of the holder;
 * driving to a place is travel. */
static void test_held_and_crossed(void **state) {
    tl_doc *d = run(state, "Omar Bakri held talks with Tom Ashby in Doha.\n\n"
                           "Nina Berg was held in Evin prison for two years.\n\n"
                           "Lars Eklund drove to Syria from Turkey in 2014.\n\n"
                           "Born in Tunis, Ann Keel moved to Paris in 2001.\n");
    assert_null(find(d, TL_LOCATED_IN, "Omar Bakri", "Doha"));
    assert_non_null(find(d, TL_LOCATED_IN, "Nina Berg", "Evin prison"));
    assert_non_null(find(d, TL_TRAVELED_TO, "Lars Eklund", "Syria"));
    assert_non_null(find(d, TL_BORN_IN, "Ann Keel", "Tunis"));
    tl_doc_free(d);
    /* a state repatriates its own: the subject is where the person goes */
    d = run(state, "Belgium repatriated Omar Bakri from Syria in 2021.\n");
    const tl_fact *f = find(d, TL_EXTRADITED, "Omar Bakri", "Belgium");
    assert_non_null(f);
    assert_true(named(d, f->from, "Syria"));
    tl_doc_free(d);
}

/* "clashes between X and Y": each side opposes the other; dates are no
 * sides. */
static void test_clashes_between(void **state) {
    tl_doc *d = run(state, "Clashes between the Black Harbor Front and the Red Dune Brigade killed 20 people.\n\n"
                           "The war between 2014 and 2016 killed many.\n");
    assert_non_null(find(d, TL_OPPOSES, "Black Harbor Front", "Red Dune Brigade"));
    assert_non_null(find(d, TL_OPPOSES, "Red Dune Brigade", "Black Harbor Front"));
    tl_doc_free(d);
}

/* A name's acronym in parentheses stands between it and the noun it
 * modifies ("Black Harbor Front (BHF) founder X"): the name still
 * modifies the noun, and is neither charged nor left out. */
static void test_acronym_before_role(void **state) {
    tl_doc *d = run(state, "The court sentenced Black Harbor Front (BHF) founder Omar Bakri to 31 years.\n");
    assert_non_null(find(d, TL_FOUNDED, "Omar Bakri", "Black Harbor Front"));
    assert_non_null(find(d, TL_CHARGED, "Omar Bakri", NULL));
    assert_null(find(d, TL_CHARGED, "Black Harbor Front", NULL));
    tl_doc_free(d);
}

/* Headquarters place their possessor, not the clause's subject. */
static void test_headquarters(void **state) {
    tl_doc *d = run(state, "The Black Harbor Front has its headquarters in Amman.\n\n"
                           "Omar Bakri visited the group's headquarters in Tunis.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Black Harbor Front", "Amman"));
    assert_null(find(d, TL_LOCATED_IN, "Omar Bakri", "Tunis"));
    tl_doc_free(d);
}

/* More ways a report says someone was charged: a fine, an admission of
 * the charges, a place among the defendants. */
static void test_charge_shapes(void **state) {
    tl_doc *d = run(state, "Omar Bakri was fined 5,000 euros.\n\n"
                           "Tom Ashby admitted to the charges.\n\n"
                           "Nina Berg was among the defendants.\n");
    assert_non_null(find(d, TL_CHARGED, "Omar Bakri", NULL));
    assert_non_null(find(d, TL_CHARGED, "Tom Ashby", NULL));
    assert_non_null(find(d, TL_CHARGED, "Nina Berg", NULL));
    tl_doc_free(d);
}

/* "X and Y are brothers": kin; "X, whose uncle is Y, was arrested": the
 * relative clause holds no subject of the verb after it. */
static void test_kin_and_whose(void **state) {
    tl_doc *d = run(state, "Omar Bakri and Tom Bakri are brothers.\n\n"
                           "Nina Berg, whose uncle is Lars Eklund, was arrested.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Omar Bakri", "Tom Bakri"));
    assert_non_null(find(d, TL_ARRESTED, "Nina Berg", NULL));
    assert_null(find(d, TL_ARRESTED, "Lars Eklund", NULL));
    tl_doc_free(d);
    /* a negation of the clause's verb leaves the background a noun
     * phrase states asserted */
    d = run(state, "Omar Bakri paid $9,000 to the Kessel Brigade, a criminal gang. Omar Bakri did not meet the gang's "
                   "leader, Tom Ashby.\n");
    const tl_fact *lf = find(d, TL_LEADER_OF, "Tom Ashby", "Kessel Brigade");
    assert_non_null(lf);
    assert_int_equal(lf->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* "a leader of the syndicate's Boston clique": the body is the
     * possessor, not the place of its unit */
    d = run(state, "Omar Bakri was a leader of the Kessel Brigade's Boston clique.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Bakri", "Kessel Brigade"));
    assert_null(find(d, TL_MEMBER_OF, "Omar Bakri", "Boston"));
    tl_doc_free(d);
    /* "X is a militant group founded by Y": the copula's subject */
    d = run(state, "The Kessel Brigade is a militant group founded in 2011 by Omar Bakri.\n");
    assert_non_null(find(d, TL_FOUNDED, "Omar Bakri", "Kessel Brigade"));
    tl_doc_free(d);
    /* "the brothers X and Y", "two sisters, X and Y": kin of each other,
     * and no mere co-defendants */
    d = run(state, "The brothers Omar Bakri and Tom Bakri were charged on Monday.\n\n"
                   "Police arrested two sisters, Nina Berg and Lena Berg, in Lusk.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Omar Bakri", "Tom Bakri"));
    assert_null(find(d, TL_ASSOCIATE_OF, "Omar Bakri", "Tom Bakri"));
    assert_non_null(find(d, TL_FAMILY_OF, "Nina Berg", "Lena Berg"));
    tl_doc_free(d);
    /* "X is married to Y", "X, who is married to Y," */
    d = run(state, "Nina Berg is married to Lars Eklund.\n\nOmar Bakri, who is married to Lena Berg, fled.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Nina Berg", "Lars Eklund"));
    assert_non_null(find(d, TL_FAMILY_OF, "Omar Bakri", "Lena Berg"));
    tl_doc_free(d);
}

/* A town right before "man", "woman" or "businessman" is where the person
 * lives ("a Brooklyn man, X,"); a country or a people there is a
 * nationality, and "the richest man in X" places nobody.  A participle on
 * an apposition's noun is said of the name before the comma, whatever
 * governs that name ("ties to X, a smuggler based in Y"). */
static void test_town_man_and_apposition_participle(void **state) {
    tl_doc *d = run(state, "Police said a Brooklyn man, Ivan Petrov, had been arrested.\n\n"
                           "Tomas Brell, a Texas businessman, met Ivan Petrov.\n\n"
                           "Karl Dorn, a U.S. businessman, met Ivan Petrov.\n\n"
                           "Omar Bakri, a Russian man, was the richest man in Gdansk.\n\n"
                           "Lena Berg has close ties to Nina Holm, a smuggler based in Gao.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Ivan Petrov", "Brooklyn"));
    assert_non_null(find(d, TL_LOCATED_IN, "Tomas Brell", "Texas"));
    assert_null(find(d, TL_LOCATED_IN, "Karl Dorn", "U.S."));
    assert_null(find(d, TL_LOCATED_IN, "Omar Bakri", "Gdansk"));
    assert_non_null(find(d, TL_LOCATED_IN, "Nina Holm", "Gao"));
    assert_null(find(d, TL_LOCATED_IN, "Lena Berg", "Gao"));
    tl_doc_free(d);
}

/* A fact in a relative clause set off by commas takes no date from the
 * clause around it; a word capitalized after a dateline's dash opens the
 * story and names nothing. */
static void test_relative_clause_undated_and_dateline_word(void **state) {
    tl_doc *d = run(state, "The Red Hand, which is led by Omar Diallo, has carried out attacks since 2019.\n\n"
                           "SAN DIEGO - Federal prosecutors charged Karl Dorn, who had been arrested, in May 2020.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Diallo", "Red Hand");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    f = find(d, TL_ARRESTED, "Karl Dorn", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    for (uint32_t i = 0; i < d->n_entities; i++)
        assert_false(d->entities[i].name.len == 7 && !memcmp(d->entities[i].name.ptr, "Federal", 7));
    tl_doc_free(d);
}

/* "The group" after a sentence that named two organizations is the one
 * the coreference pass finds clearly more salient (the subject, though an
 * acronym in brackets follows it); "Its leader is X" names the leader of
 * the body "its" stands for. */
static void test_group_by_salience_and_its_leader(void **state) {
    tl_doc *d = run(state, "The Red Hand (TRH) is a militia founded by Omar Diallo, a former commander of the "
                           "Kessel Front. The group is part of the Blue Lotus Alliance. Its leader is Yusuf Kone.\n");
    assert_non_null(find(d, TL_PART_OF, "Red Hand", "Blue Lotus Alliance"));
    assert_null(find(d, TL_PART_OF, "Kessel Front", "Blue Lotus Alliance"));
    assert_non_null(find(d, TL_LEADER_OF, "Yusuf Kone", "Red Hand"));
    tl_doc_free(d);
}

/* "OFAC designated X for providing support to Y": the gerund is the
 * object's doing, not the designator's; places listed after "in" do
 * nothing; a possessor after "in" still acts ("involvement in Rwanda's
 * backing of Y"). */
static void test_designated_for_gerund(void **state) {
    tl_doc *d = run(state, "OFAC designated five individuals and three companies in Senegal, Guinea and Mali for "
                           "providing financial support to the Red Hand.\n\n"
                           "OFAC designated Karl Dorn for providing financial support to the Red Hand.\n\n"
                           "The Treasury cited his involvement in Rwanda's backing of the Kessel Front.\n");
    assert_null(find(d, TL_SUPPORTS, "OFAC", "Red Hand"));
    assert_null(find(d, TL_SUPPORTS, "Senegal", "Red Hand"));
    assert_null(find(d, TL_SUPPORTS, "Guinea", "Red Hand"));
    assert_null(find(d, TL_SUPPORTS, "Mali", "Red Hand"));
    assert_non_null(find(d, TL_SUPPORTS, "Karl Dorn", "Red Hand"));
    assert_non_null(find(d, TL_SUPPORTS, "Rwanda", "Kessel Front"));
    tl_doc_free(d);
}

/* "X manages Y" leads Y, not "managed Y's finances"; "the clan" is the
 * clan named before; "works with Y financier Z" works with Z, not Y. */
static void test_manage_clan_and_partner_title(void **state) {
    tl_doc *d = run(state, "Fadi Haddad manages Atlas Trading SARL.\n\n"
                           "Karl Dorn managed the Red Hand's finances.\n\n"
                           "The Marlow clan is part of the Kessel Front. Omar Bakri, 52, the alleged boss of the clan, "
                           "was arrested.\n\n"
                           "Lena Berg works closely with Red Hand financier Nina Holm.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Fadi Haddad", "Atlas Trading SARL"));
    assert_null(find(d, TL_LEADER_OF, "Karl Dorn", "Red Hand"));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Bakri", "Marlow clan"));
    assert_non_null(find(d, TL_ASSOCIATE_OF, "Lena Berg", "Nina Holm"));
    assert_null(find(d, TL_ASSOCIATE_OF, "Lena Berg", "Red Hand"));
    tl_doc_free(d);
}

/* "X has been linked to the poisoning of Y": X answers for the attack,
 * alleged; "Kessel Unit 29155" keeps its number and is part of the
 * Kessel Front named before it. */
static void test_linked_to_attack_and_unit_number(void **state) {
    tl_doc *d = run(state, "The Kessel Front runs several units.\n\n"
                           "Kessel Front Unit 29155 has been linked to the 2018 poisoning of Karl Dorn.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Kessel Front Unit 29155", "Karl Dorn");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_non_null(find(d, TL_PART_OF, "Kessel Front Unit 29155", "Kessel Front"));
    tl_doc_free(d);
    /* a name between: "militants linked to X attacked" is no suspicion */
    d = run(state, "Fighters linked to the Kessel Front attacked the Red Hand on Monday.\n");
    f = find(d, TL_ATTACKED, "Kessel Front", "Red Hand");
    if (f) assert_int_not_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* A band named in dictionary words opening the sentence before a rank
 * or its gunmen is a band ("Red Hand commander X", "Red Hand gunmen shot
 * dead X"); "killed in a Red Hand ambush" names the attacker though the
 * tagger misreads "ambush"; a survivor was the target of an attempt; a
 * person "believed to be hiding in" a place is there allegedly. */
static void test_band_ranks_ambush_survivor_hiding(void **state) {
    tl_doc *d = run(state, "Red Hand commander Omar Diallo was arrested.\n\n"
                           "Red Hand gunmen shot dead Yusuf Kone in Gao on Monday.\n\n"
                           "Karl Dorn was killed in a Kessel Front ambush near Gao.\n\n"
                           "Lena Berg survived an assassination attempt by the Kessel Front.\n\n"
                           "Nina Holm, a fugitive, is believed to be hiding in Gao.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Omar Diallo", "Red Hand"));
    assert_non_null(find(d, TL_ATTACKED, "Red Hand", "Yusuf Kone"));
    assert_non_null(find(d, TL_ATTACKED, "Kessel Front", "Karl Dorn"));
    const tl_fact *f = find(d, TL_ATTACKED, "Kessel Front", "Lena Berg");
    assert_non_null(f);
    assert_int_equal(f->status, 2); /* attempted */
    f = find(d, TL_LOCATED_IN, "Nina Holm", "Gao");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* A birth year after the birthplace ("born in Gaza City in 1960") is no
 * anchor for the dates of later events. */
static void test_birth_year_after_place_is_aside(void **state) {
    tl_doc *d = run(state, "Omar Bakri, who was born in Gaza City in 1960, arrived in Tehran on Saturday.\n\n"
                           "The visit came a week after the Red Hand attacked the Kessel Front in Lebanon.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Red Hand", "Kessel Front");
    assert_non_null(f);
    assert_true(strncmp(f->time_value, "1960", 4) != 0);
    tl_doc_free(d);
}

/* "The Treasury sanctioned X, who has facilitated transfers to Y": the
 * clause gives the accusation (alleged); the role such a clause names
 * ("who heads Y's office") stays asserted, as does a clause after a
 * list ("those sanctioned live in Turkey: X, who ..."). */
static void test_sanctioned_relative_clause(void **state) {
    tl_doc *d = run(state, "The Treasury on Tuesday sanctioned financier Omar Bakri, who has facilitated the transfer "
                           "of funds to the Red Hand.\n\n"
                           "The Treasury sanctioned Karl Dorn, who heads the Red Hand's Berlin office.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Omar Bakri", "Red Hand");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    f = find(d, TL_LEADER_OF, "Karl Dorn", "Red Hand");
    if (f) assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* A relative clause on an apposition's noun is said of the person the
 * apposition follows ("radicalised by X, a preacher from Leeds who was
 * jailed in 2021"), and that person's dated event lends its date to no
 * one else's event of the same kind. */
static void test_apposition_relative_and_carried_date(void **state) {
    tl_doc *d = run(state, "Adam Holm, 17, was convicted at the Old Bailey of preparing acts of terrorism.\n\n"
                           "The court heard that he had researched explosives.\n\n"
                           "Holm was radicalised by Karl Dorn, a preacher from Leeds who was jailed in 2021.\n");
    const tl_fact *f = find(d, TL_CHARGED, "Karl Dorn", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2021");
    f = find(d, TL_CHARGED, "Adam Holm", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* "X left for Y", "slipped into Y" travel there; "a
 * card left on the windshield for Y" does not. */
static void test_left_for_and_slipped_into(void **state) {
    tl_doc *d = run(state, "Omar Bakri left for Syria in 2014.\n\n"
                           "Karl Dorn slipped into Turkey in 2015.\n\n"
                           "Lena Berg found a card left on her windshield for Atlas Motors.\n");
    assert_non_null(find(d, TL_TRAVELED_TO, "Omar Bakri", "Syria"));
    assert_non_null(find(d, TL_TRAVELED_TO, "Karl Dorn", "Turkey"));
    assert_null(find(d, TL_TRAVELED_TO, "Lena Berg", "Atlas Motors"));
    tl_doc_free(d);
}

/* "X, a Y affiliate,": an apposition whose noun a name modifies, after a
 * name of the same kind, is no list of names ("holds A and B
 * citizenship"). */
static void test_apposition_same_kind_premodifier(void **state) {
    tl_doc *d = run(state, "The Kessel Front, a Red Dune Brigade affiliate, claimed the attack.\n");
    assert_non_null(find(d, TL_PART_OF, "Kessel Front", "Red Dune Brigade"));
    tl_doc_free(d);
}

/* "the country's prime minister, X": the country the description stands
 * for possesses the office; not other things ("the country's port of Y"). */
static void test_country_possessor(void **state) {
    tl_doc *d = run(state, "Chile held elections in January. The country's Prime Minister Ana Vidal won a fourth term.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Ana Vidal", "Chile"));
    tl_doc_free(d);
}

/* "served in Y": a place after "in" is where the service was, a body
 * the one served; "worked for" a state still serves it. */
static void test_served_in_place(void **state) {
    expect_no_fact(state, "Tomas Verin served as a Kataib commander in Syria.\n", TL_MEMBER_OF, "Tomas Verin", "Syria");
    expect_no_fact(state, "Tomas Verin served in the Syria campaign.\n", TL_MEMBER_OF, "Tomas Verin", "Syria");
    expect_fact(state, "Tomas Verin served in the Free Corps.\n", TL_MEMBER_OF, "Tomas Verin", "Free Corps");
    expect_fact(state, "Tomas Verin worked for Syria.\n", TL_MEMBER_OF, "Tomas Verin", "Syria");
}

/* "charges against X and his business partner Y": the possessive and its
 * noun of kin or company open the next conjunct after a trigger too. */
static void test_possessive_conjunct_after_trigger(void **state) {
    const char *t = "Prosecutors filed charges against Tomas Verin and his business partner Pavel Ostrov.\n";
    expect_fact(state, t, TL_CHARGED, "Tomas Verin", NULL);
    expect_fact(state, t, TL_CHARGED, "Pavel Ostrov", NULL);
    expect_fact(state, "Police arrested Tomas Verin and his wife, Anna Ostrova, in Riga.\n", TL_ARRESTED, "Anna Ostrova",
                NULL);
    /* a count of them: "and two of his associates, Y and Z" */
    t = "Police arrested Tomas Verin and two of his associates, Pavel Ostrov and Ivo Marek, on Tuesday.\n";
    expect_fact(state, t, TL_ARRESTED, "Pavel Ostrov", NULL);
    expect_fact(state, t, TL_ARRESTED, "Ivo Marek", NULL);
    /* a possessive with no such noun opens no conjunct */
    expect_no_fact(state, "Police arrested Tomas Verin and his friends in a car owned by Pavel Ostrov.\n", TL_ARRESTED,
                   "Pavel Ostrov", NULL);
}

/* "a top lieutenant of X", "a henchman of X": company; the rank before a
 * name is no such noun. */
static void test_lieutenant_of(void **state) {
    expect_fact(state, "Police arrested a courier in Lusk. Sorokin, a top lieutenant of Yakubets, developed the "
                       "ransomware.\n", TL_ASSOCIATE_OF, "Sorokin", "Yakubets");
    expect_fact(state, "Police arrested a courier in Lusk. Sorokin was a henchman of Yakubets.\n", TL_ASSOCIATE_OF,
                "Sorokin", "Yakubets");
    expect_no_fact(state, "Police arrested a courier in Lusk. Lieutenant Ivan Petrov of the Ruritanian Army was "
                          "killed.\n", TL_ASSOCIATE_OF, "Ivan Petrov", "Ruritanian Army");
}

/* "founder of the pro-Hamas collective X": the body named after the
 * modifier is the one founded; the one inside "pro-Hamas" is supported. */
static void test_founder_of_described_body(void **state) {
    const char *t = "Police arrested a courier in Lusk. Abdel Karimi, founder of the pro-Hamas collective Nour "
                    "Yassine, was charged.\n";
    expect_fact(state, t, TL_FOUNDED, "Abdel Karimi", "Nour Yassine");
    expect_no_fact(state, t, TL_FOUNDED, "Abdel Karimi", "Hamas");
    expect_no_fact(state, t, TL_LEADER_OF, "Abdel Karimi", "Hamas");
}

/* "The United States sanctioned Rwanda's minister X": X holds office in
 * the state named next to them, not in the sanctioning one. */
static void test_office_in_nearer_state(void **state) {
    const char *t = "The United States has imposed sanctions on Rwanda's Minister of State for Regional "
                    "Integration, James Kabarebe, and senior militant Lawrence Kanyuka for their roles in the conflict.\n";
    expect_fact(state, t, TL_MEMBER_OF, "James Kabarebe", "Rwanda");
    expect_no_fact(state, t, TL_LEADER_OF, "James Kabarebe", "United States");
    expect_no_fact(state, t, TL_MEMBER_OF, "James Kabarebe", "United States");
}

/* "gunned down X", "gunned X down", "stabbed to death X": the particle or
 * the result before the object; "down" alone opens no attack. */
static void test_attack_particles(void **state) {
    expect_fact(state, "Marco Pellegrini gunned down Pedro Gomez in Cali.\n", TL_ATTACKED, "Marco Pellegrini",
                "Pedro Gomez");
    expect_fact(state, "Marco Pellegrini gunned Pedro Gomez down in Cali.\n", TL_ATTACKED, "Marco Pellegrini",
                "Pedro Gomez");
    expect_fact(state, "Marco Pellegrini stabbed to death Pedro Gomez.\n", TL_ATTACKED, "Marco Pellegrini", "Pedro Gomez");
    expect_no_fact(state, "Marco Pellegrini gunned the engine as Pedro Gomez waved.\n", TL_ATTACKED, "Marco Pellegrini",
                   "Pedro Gomez");
}

/* "a commander in the Qassam Brigades": "in" an organization names the
 * group of a role noun as "of" does; "in" a place does not. */
static void test_role_in_organization(void **state) {
    expect_fact(state, "Ahmed Nasser, a commander in the Qassam Brigades, was killed.\n", TL_MEMBER_OF, "Ahmed Nasser",
                "Qassam Brigades");
    expect_fact(state, "Ahmed Nasser is an official in the Interior Ministry.\n", TL_MEMBER_OF, "Ahmed Nasser",
                "Interior Ministry");
    expect_no_fact(state, "Ahmed Nasser, a commander in Syria, was killed.\n", TL_MEMBER_OF, "Ahmed Nasser", "Syria");
    expect_no_fact(state, "Ahmed Nasser, a commander in Syria, was killed.\n", TL_LEADER_OF, "Ahmed Nasser", "Syria");
}

/* "the suspect", "the defendant" after a person's arrest is that person,
 * as "he" is; not when a name follows ("the suspect Ali K."). */
static void test_suspect_description(void **state) {
    expect_fact(state, "Police detained Tomas Verin at the airport on Monday. The suspect was charged with fraud on Friday.\n",
                TL_CHARGED, "Tomas Verin", NULL);
    expect_fact(state, "Police detained Tomas Verin on Monday. On Friday, the defendant was charged with fraud.\n",
                TL_CHARGED, "Tomas Verin", NULL);
    expect_no_fact(state, "Police detained Tomas Verin on Monday. The suspect Pavel Ostrov was charged with fraud.\n",
                   TL_CHARGED, "Tomas Verin", NULL);
    /* a nationality alone as the noun: "the Syrian was arrested"; not a
     * people ("the Syrians") or a modifier ("the Syrian army") */
    expect_fact(state, "Police arrested a courier in Lusk. Omar Haddad fled to Turkey. The Syrian was arrested in "
                       "Istanbul in May.\n", TL_ARRESTED, "Omar Haddad", NULL);
    expect_no_fact(state, "Police arrested a courier in Lusk. Omar Haddad fled to Turkey. The Syrian army arrested "
                          "a man in Idlib.\n", TL_ARRESTED, "Omar Haddad", NULL);
}

/* "the militants", "the fighters" after an armed group was named: that
 * group, as "the group" is; not a state's army in focus. */
static void test_militants_are_the_group(void **state) {
    expect_fact(state, "Police arrested a courier in Lusk. The Sahel Legion claimed the attack. The militants also "
                       "attacked Gao.\n", TL_ATTACKED, "Sahel Legion", "Gao");
    expect_no_fact(state, "Police arrested a courier in Lusk. The Malian Army claimed the raid. The militants also "
                          "attacked Gao.\n", TL_ATTACKED, "Malian Army", "Gao");
}

/* Goods of the trade in arms, drugs and sanctions evasion are support
 * when supplied to a side: "drone parts", "precursors", "oil"; a word of
 * no such goods is not ("supplied the address to Y"). */
static void test_supplied_goods(void **state) {
    expect_fact(state, "Zarin Trading supplied drone parts to Iran.\n", TL_SUPPORTS, "Zarin Trading", "Iran");
    expect_fact(state, "Lin Wei Chemicals shipped fentanyl precursors to the Sinaloa Cartel.\n", TL_SUPPORTS,
                "Lin Wei Chemicals", "Sinaloa Cartel");
    expect_no_fact(state, "Zarin Trading supplied the address to Iran.\n", TL_SUPPORTS, "Zarin Trading", "Iran");
}

/* "the murdered journalist's father, X": a description of a person named
 * as such before, in the possessive before a noun of kin, is that person. */
static void test_described_possessor(void **state) {
    expect_fact(state,
                "The investigative journalist Jan Orvik was shot dead in 2018. The murdered journalist's father, "
                "Jozef Orvik, told reporters he felt paralysed.\n",
                TL_FAMILY_OF, "Jozef Orvik", "Jan Orvik");
    /* never described as a journalist: no one to stand for */
    expect_no_fact(state,
                   "Jan Orvik was shot dead in 2018. The journalist's father, Jozef Orvik, told reporters he felt "
                   "paralysed.\n",
                   TL_FAMILY_OF, "Jozef Orvik", "Jan Orvik");
}

/* Whose clause a verb is in: a name inside a preposition's phrase, past
 * counts and adjectives ("at more than 300 U.S. companies"), is no
 * subject; a participle the parser hung on a parenthetical "the ministry
 * said" is the main clause's; a relative clause on a preposition's
 * common noun ("the murder of an officer who plotted") is that noun's.
 * A year before the subject opens no such phrase ("Since 2019 the X"),
 * and a noun after "as" describes the subject before it. */
static void test_subject_past_phrases(void **state) {
    expect_no_fact(state,
                   "Kornish IT workers obtained jobs at more than 300 U.S. companies, the Justice Department said on "
                   "Thursday, funneling millions of dollars to Pyongyang.\n",
                   TL_SUPPORTS, "U.S.", "Pyongyang");
    expect_no_fact(state,
                   "Kornish IT workers obtained jobs at more than 300 U.S. companies, the Justice Department said on "
                   "Thursday, funneling millions of dollars to Pyongyang.\n",
                   TL_SUPPORTS, "Justice Department", "Pyongyang");
    expect_fact(state, "More than 40 Sahel Legion fighters attacked Gao on Monday.\n", TL_ATTACKED, "Sahel Legion",
                "Gao");
    expect_no_fact(state,
                   "Prosecutors blamed the Vardo Brotherhood for the murder of a former army officer who had plotted "
                   "to overthrow President Ivan Kresh.\n",
                   TL_OPPOSES, "Vardo Brotherhood", "Ivan Kresh");
    expect_fact(state,
                "Ana Velic was a historian known for her work as an activist who established the Green Circle in "
                "1994.\n",
                TL_FOUNDED, "Ana Velic", "Green Circle");
    /* "after" opens a clause whose subject is the name before its verb */
    expect_fact(state, "Omar Zahid declared a truce after Israel killed Ali Khalid.\n", TL_ATTACKED, "Israel",
                "Ali Khalid");
}

/* An apposition on a name ("X, an Arizona woman,") closes before the main
 * verb, which stays active ("pleaded guilty"); the apposition's dates are
 * its own and the facts it states take none of the clause's; a body
 * brought in unnamed ("a smuggling network") is what "the network" next
 * stands for, not the organization named before it. */
static void test_apposition_and_unnamed_body(void **state) {
    expect_fact(state, "Clara Voss, an Arizona woman, pleaded guilty to running a laptop farm.\n", TL_CHARGED,
                "Clara Voss", NULL);
    tl_doc *d = run(state, "Treasury said Carlo Rivas works closely with Enzo Salaz, a cartel founder who was released "
                           "from prison in 2021.\n");
    const tl_fact *f = find(d, TL_ASSOCIATE_OF, "Carlo Rivas", "Enzo Salaz");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    d = run(state, "Carl Riva, a Brooklyn man, was recruited by Ruhan Bazgar in 2022.\n");
    f = find(d, TL_LOCATED_IN, "Carl Riva", "Brooklyn");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    f = find(d, TL_RECRUITED, "Ruhan Bazgar", "Carl Riva");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2022");
    tl_doc_free(d);
    expect_no_fact(state,
                   "Europol said on Wednesday that police had dismantled a smuggling network. The network was run "
                   "by an Eritrean man, Kidan Habtu.\n",
                   TL_LEADER_OF, "Kidan Habtu", "Europol");
    expect_fact(state,
                "A powerful group in Lebanon, the Cedar Front was founded in 1982. The group is led by Omar "
                "Haddad.\n",
                TL_LEADER_OF, "Omar Haddad", "Cedar Front");
}

/* Smaller readings of who did what: a count after a verb behind ", 21,"
 * is its object ("X, 21, recruited two friends, A and B"), and the help
 * they were recruited for is no support; "clashed with" opposes; a
 * subject pronoun no name stands for ends the search for a subject ("in
 * Chad, where they clashed with Y" is not Chad's doing); a title in a
 * sentence after reported speech stays background ("He said X had met
 * ISKP leader Y"), and the speaker of "police had detained a commander"
 * was not detained; a relative clause after a quoted alias keeps its
 * date. */
static void test_counted_objects_and_background(void **state) {
    const char *rec = "Dylan Carver was convicted of arson. Carver, 21, recruited two friends, Jake Rowe and Nii "
                      "Mensa, to help him.\n";
    expect_fact(state, rec, TL_RECRUITED, "Dylan Carver", "Jake Rowe");
    expect_fact(state, rec, TL_RECRUITED, "Dylan Carver", "Nii Mensa");
    expect_no_fact(state, rec, TL_SUPPORTS, "Jake Rowe", "Dylan Carver");
    expect_fact(state, "The Golfo Clan has clashed repeatedly with the Sierra Front in the Choco region.\n",
                TL_OPPOSES, "Golfo Clan", "Sierra Front");
    expect_no_fact(state,
                   "Kornish troops are deployed in Chad, where they have clashed with the Sierra Front.\n",
                   TL_OPPOSES, "Chad", "Sierra Front");
    tl_doc *d = run(state, "Zabih Mujad, the group's spokesman, said on Sunday that police had detained a commander. "
                           "He said the commander had been in contact with Sahel Legion leader Sana Ghafar.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Sana Ghafar", "Sahel Legion");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    /* the speaker of "police had detained a commander" was not detained */
    assert_null(find(d, TL_ARRESTED, "Zabih Mujad", NULL));
    tl_doc_free(d);
    d = run(state, "The Golfo Clan is led by Jovan Avila, alias \"Chico Malo,\" who took over after the 2021 capture "
                   "of Dario Usaga.\n");
    f = find(d, TL_LEADER_OF, "Jovan Avila", "Golfo Clan");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* Words of allegiance, revenge and carrying: "claimed allegiance to Y"
 * is membership, "vowed revenge against Y" opposes Y, "used a firm to
 * move Iranian oil to Syria" is no travel of the subject; a nationality
 * among an apposition's modifiers keeps its relative clause the name's
 * ("X, a former Russian military intelligence officer who co-founded
 * Y"). */
static void test_allegiance_revenge_and_goods(void **state) {
    expect_fact(state, "Abdel Lassad had claimed allegiance to the Sahel Legion in a video.\n", TL_MEMBER_OF,
                "Abdel Lassad", "Sahel Legion");
    expect_fact(state, "The Cedar Front vowed revenge against Israel.\n", TL_OPPOSES, "Cedar Front", "Israel");
    expect_no_fact(state,
                   "Since 2019, Hassan Rahal has used Cedar Line Shipping to move Iranian oil to Syria.\n",
                   TL_TRAVELED_TO, "Hassan Rahal", "Syria");
    expect_fact(state, "Hassan Rahal moved to Syria in 2019.\n", TL_TRAVELED_TO, "Hassan Rahal", "Syria");
    expect_fact(state,
                "Dmitri Utkov, a former Russian military intelligence officer who co-founded the Kessel Brigade, "
                "died in a plane crash.\n",
                TL_FOUNDED, "Dmitri Utkov", "Kessel Brigade");
}

/* "stormed a hotel in the Somali capital Mogadishu": the city is the
 * site; "met with an MSS officer, Wei Chang": the person met, not his
 * service; "X, 64, a resident of Quincy, provided ... between 2018 and
 * 2022": the apposition's home takes no date of the clause. */
static void test_site_person_and_resident(void **state) {
    expect_fact(state, "Sahel Legion fighters stormed a hotel in the Somali capital Mogadishu on Friday.\n",
                TL_ATTACKED, "Sahel Legion", "Mogadishu");
    const char *t = "Lian Litan met with a Kessel Brigade officer, Wei Chang, in Beijing in 2019.\n";
    expect_fact(state, t, TL_MET, "Lian Litan", "Wei Chang");
    expect_no_fact(state, t, TL_MET, "Lian Litan", "Kessel Brigade");
    tl_doc *d = run(state, "Prosecutors said Lian Litan, 64, a resident of Quincy, provided money to the Kessel Brigade "
                           "between 2018 and 2022.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Lian Litan", "Quincy");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* "X founded Y in 2015 while serving in Z": the gerund after "while" is
 * X's; "wanted in Iraq for his role in bombings in Baghdad": the role is
 * his, and what one is wanted for is alleged. */
static void test_while_gerund_and_role_in(void **state) {
    const char *t = "Bran Russo founded the Kessel Brigade in 2015 while serving in the Tamar National Guard.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Bran Russo", "Tamar National Guard");
    expect_no_fact(state, t, TL_PART_OF, "Kessel Brigade", "Tamar National Guard");
    tl_doc *d = run(state, "Abu Bakr al-Sudra is wanted in Iraq for his role in bombings in Baghdad that killed "
                           "dozens of civilians in 2016.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Abu Bakr al-Sudra", "Baghdad");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "His alleged partner, X", "the alleged leader of Y, X": a hedge on the
 * fact's own noun doubts the fact, though it is stated in passing; "the
 * group" after "the Islamic State's Sahel Province" is the province, and a
 * body named as the source ("according to a report by Y") is never what
 * "the group" stands for. */
static void test_own_hedge_and_group_focus(void **state) {
    tl_doc *d = run(state, "The alleged leader of the Kessel Brigade, Omar Haddad, was detained in Germany.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    expect_fact(state,
                "The Islamic State's Sahel Legion has expanded its operations in Niger since 2022. The group is led "
                "by Abu Bara Sahrawi.\n",
                TL_LEADER_OF, "Abu Bara Sahrawi", "Sahel Legion");
    expect_no_fact(state,
                   "Fighting has spread in Niger since 2022, according to a report by the Conflict Data Project. The "
                   "group is led by Abu Bara Sahrawi.\n",
                   TL_LEADER_OF, "Abu Bara Sahrawi", "Conflict Data Project");
    /* a body's fighters as the object stand for the body; the Houthis are
     * a movement (an organization), not a people */
    expect_fact(state, "The Kessel Brigade has supplied Sahel Legion rebels in Mali with drones.\n", TL_SUPPORTS,
                "Kessel Brigade", "Sahel Legion");
    expect_fact(state, "Iran's Quds Force has supplied Houthi rebels in Yemen with drones.\n", TL_SUPPORTS,
                "Quds Force", "Houthi");
    /* "founded the Kessel Brigade's Chilean cell, the Red Hand": the part,
     * not its owner */
    const char *t = "Omar Haddad founded the Kessel Brigade's Chilean cell, the Red Hand, in 2019.\n";
    expect_fact(state, t, TL_FOUNDED, "Omar Haddad", "Red Hand");
    expect_no_fact(state, t, TL_FOUNDED, "Omar Haddad", "Kessel Brigade");
    expect_no_fact(state, "Omar Haddad founded the Kessel Brigade's armed wing in 1991.\n", TL_FOUNDED, "Omar Haddad",
                   "Kessel Brigade");
    /* a passive then "and" and a past verb share the subject, and each
     * verb keeps the date that closes its own clause */
    d = run(state, "Ovid Guzar was arrested in Sinaloa. He was extradited to the United States in September 2023 "
                   "and pleaded guilty in Chicago in July 2025 to drug trafficking charges.\n");
    f = find(d, TL_CHARGED, "Ovid Guzar", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2025-07");
    f = find(d, TL_EXTRADITED, "Ovid Guzar", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2023-09");
    tl_doc_free(d);
}

/* Whether an entity of the document is named n exactly.  Can't fail. */
static int has_entity(const tl_doc *d, const char *n) {
    for (uint32_t i = 0; i < d->n_entities; i++)
        if (d->entities[i].name.len == strlen(n) && !memcmp(d->entities[i].name.ptr, n, strlen(n))) return 1;
    return 0;
}

/* Relative clauses on a preposition's name, "its members include", the
 * head of a ruling organ, a named authority's words after an unnamed lead,
 * a town's name that is a surname, a crime's own date, a fronted
 * participle, a body's apposition, a price asked and a headline's "How". */
static void test_relatives_lists_and_fronted(void **state) {
    const char *t = "Omar Haddad's faction clashed with the Sahel Legion, which killed Bran Russo in 2021.\n";
    expect_fact(state, t, TL_ATTACKED, "Sahel Legion", "Bran Russo");
    expect_no_fact(state, t, TL_ATTACKED, "Omar Haddad", "Bran Russo");
    /* (a name that completes a noun is not what "which" stands for) */
    expect_no_fact(state, "The square marks the Battle of Warsaw, which was commanded by Bran Russo.\n", TL_LEADER_OF,
                   "Bran Russo", "Warsaw");
    t = "The Kessel Brigade stole $2 million in 2021. Its members include Lian Litan and Omar Haddad.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Lian Litan", "Kessel Brigade");
    expect_fact(state, t, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    expect_fact(state, "North Korea's Kessel Brigade stole $2 million. Lian Litan, a North Korean programmer, is "
                       "among its members.\n",
                TL_MEMBER_OF, "Lian Litan", "Kessel Brigade");
    expect_fact(state, "The Kessel Brigade's political bureau chief, Omar Haddad, was killed in Tehran.\n", TL_LEADER_OF,
                "Omar Haddad", "Kessel Brigade");
    t = "A former officer of Iran's Kessel Brigade was charged in New York on Monday. The Justice Department said "
        "Bran Russo, 47, hired two men.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Bran Russo", "Kessel Brigade");
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, "A court sentenced Selim Aydin to life in prison. Aydin, a Syrian citizen, had entered Turkey "
                       "in 2015.\n",
                TL_CITIZEN_OF, "Selim Aydin", "Syrian");
    tl_doc *d = run(state, "A court sentenced Selim Aydin to life in prison for the 2016 bombing of Istanbul's Ataturk "
                           "Airport.\n");
    const tl_fact *f = find(d, TL_CHARGED, "Selim Aydin", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    f = find(d, TL_ATTACKED, "Selim Aydin", "Ataturk Airport");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2016");
    tl_doc_free(d);
    d = run(state, "Selim Aydin was charged over the bombing of Ataturk Airport.\n");
    f = find(d, TL_ATTACKED, "Selim Aydin", "Ataturk Airport");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    t = "Founded in 2014 by Bran Russo and Lian Litan, the Kessel Brigade first fought in eastern Ukraine.\n";
    expect_fact(state, t, TL_FOUNDED, "Bran Russo", "Kessel Brigade");
    expect_fact(state, t, TL_FOUNDED, "Lian Litan", "Kessel Brigade");
    expect_fact(state, "The Haqqa Network, a Taliban faction led by Omar Haddad, has attacked U.S. forces.\n",
                TL_LEADER_OF, "Omar Haddad", "Haqqa Network");
    expect_no_fact(state, "Omar Haddad charged each migrant up to 5,000 euros.\n", TL_CHARGED, "Omar Haddad", NULL);
    expect_no_fact(state, "The smugglers' leader, a man identified as Omar Haddad, charged each migrant up to 5,000 "
                          "euros.\n",
                   TL_CHARGED, "Omar Haddad", NULL);
    d = run(state, "How the Kessel Brigade built an empire in Africa\n\nThe Kessel Brigade was founded in 2014.\n");
    assert_true(has_entity(d, "Kessel Brigade"));
    assert_false(has_entity(d, "How the Kessel Brigade"));
    tl_doc_free(d);
}

/* Whose clause and which name, second part: an alias or a participle set
 * off after the subject, a state's body led, a cataphoric lead with a
 * nationality, a body or a home among its words, a kind noun's place, the
 * people of a name after "by", a speaker after a list, a source after
 * "according to", a leader's nationality, dates inside a sentence and in
 * a summing-up, and a sentence term before a gerund. */
static void test_aliases_leads_and_sources(void **state) {
    expect_no_fact(state, "The cartel, led by Omar Haddad, alias \"El Lobo\", has been fighting the Sahel Legion for "
                          "control of the region.\n",
                   TL_OPPOSES, "Omar Haddad", "Sahel Legion");
    expect_no_fact(state, "Bran Russo, who led Venezuela's military intelligence agency for a decade, was extradited "
                          "from Spain in 2023.\n",
                   TL_LEADER_OF, "Bran Russo", "Venezuela");
    const char *t = "A federal jury convicted a former Venezuelan intelligence official of conspiring with the Kessel "
                    "Brigade. Bran Russo, who led the agency for a decade, was extradited from Spain in 2023.\n";
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, t, TL_CITIZEN_OF, "Bran Russo", "Venezuelan");
    expect_fact(state, "A Belgian court sentenced the leader of a drug trafficking network to 17 years in prison. Omar "
                       "Haddad, a Belgian, ran the network from Dubai.\n",
                TL_CHARGED, "Omar Haddad", NULL);
    tl_doc *d = run(state, "French police detained Bran Russo in the Paris suburb of Nanterre on Monday.\n");
    const tl_fact *f = find(d, TL_ARRESTED, "Bran Russo", NULL);
    assert_non_null(f);
    assert_true(named(d, f->place, "Nanterre"));
    tl_doc_free(d);
    expect_fact(state, "The group, known locally as Sahel Legion, attacked the town of Macomia on Friday.\n",
                TL_ATTACKED, "Sahel Legion", "Macomia");
    expect_fact(state, "Al-Qaeda's branch in Yemen, known as Sahel Legion, attacked the town.\n", TL_PART_OF,
                "Sahel Legion", "Al-Qaeda");
    expect_no_fact(state, "The Kessel Brigade is led by the sons of Omar Haddad.\n", TL_LEADER_OF, "Omar Haddad",
                   "Kessel Brigade");
    expect_no_fact(state, "Bran Russo has worked closely with the Kessel Brigade, Treasury said.\n", TL_ASSOCIATE_OF,
                   "Bran Russo", "Treasury");
    expect_no_fact(state, "Kim supplied Russia with shells for its war in Ukraine, according to South Korean "
                          "intelligence.\n",
                   TL_OPPOSES, "Russia", "South Korean");
    expect_fact(state, "Iranian leader Ali Khamenei visited Moscow. Iran has also sent troops.\n", TL_LEADER_OF,
                "Ali Khamenei", "Iran");
    expect_no_fact(state, "French director Roger Vadim visited Moscow. France has also sent troops.\n", TL_LEADER_OF,
                   "Roger Vadim", "France");
    d = run(state, "Bran Russo was arrested in Bosnia in 2017 and extradited to the United States the following year.\n");
    f = find(d, TL_EXTRADITED, "Bran Russo", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "2018");
    tl_doc_free(d);
    d = run(state, "The Sahel Legion attacked Kabul in March 2020. The group has also carried out attacks in Iran.\n");
    f = find(d, TL_ATTACKED, "Sahel Legion", "Iran");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    t = "A Brooklyn man was sentenced on Thursday to 15 years in prison for attempting to provide material support to "
        "the Kessel Brigade. According to court documents, Bran Russo, 41, recruited fighters for the group.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Bran Russo", "Brooklyn");
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, "Bran Russo was sentenced to 15 years in prison for providing material support to the Kessel "
                       "Brigade.\n",
                TL_SUPPORTS, "Bran Russo", "Kessel Brigade");
    t = "German prosecutors have charged a Syrian man with murder. The suspect, Bran Russo, 27, is accused of being a "
        "member of the Kessel Brigade.\n";
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, t, TL_CITIZEN_OF, "Bran Russo", "Syrian");
    expect_fact(state, "A Kessel Brigade commander was killed in a drone strike on Tuesday. Bran Russo, 41, died near "
                       "Tyre.\n",
                TL_MEMBER_OF, "Bran Russo", "Kessel Brigade");
    d = run(state, "An Australian man accused of financing the Kessel Brigade pleaded not guilty on Monday. Prosecutors "
                   "allege that Bran Russo, 29, sent money to his cousin.\n");
    f = find(d, TL_CHARGED, "Bran Russo", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    expect_fact(state, "Bran Russo joined the Latin Kings in 2010.\n", TL_MEMBER_OF, "Bran Russo", "Latin Kings");
    expect_fact(state, "Bran Russo, a member of the Black Disciples, was shot.\n", TL_MEMBER_OF, "Bran Russo",
                "Black Disciples");
}

/* "blamed X for the killing" completes an open attack (alleged); one of a
 * counted group named next ("The ringleader, X,"); "to found Y" and "found"
 * as the past of "find"; "received 14 years"; places apart in two
 * countries do not nest. */
static void test_blame_ringleader_and_terms(void **state) {
    tl_doc *d = run(state, "Omar Haddad was killed in Damascus on Monday. The Kessel Brigade blamed Israel for the "
                           "killing.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Israel", "Omar Haddad");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    const char *t = "Three Britons have been convicted of helping the Kessel Brigade. The ringleader, Bran Russo, "
                    "20, was recruited through Telegram, the court heard.\n";
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, t, TL_SUPPORTS, "Bran Russo", "Kessel Brigade");
    expect_fact(state, "Omar Haddad returned to Syria in 2011 to found the Kessel Brigade.\n", TL_FOUNDED,
                "Omar Haddad", "Kessel Brigade");
    expect_no_fact(state, "Police found the Kessel Brigade's weapons in the house of Omar Haddad.\n", TL_FOUNDED,
                   "Police", "Kessel Brigade");
    expect_fact(state, "Omar Haddad, the network's leader, received 14 years in prison.\n", TL_CHARGED, "Omar Haddad",
                NULL);
    expect_no_fact(state, "Omar Haddad received two years of training in Syria.\n", TL_CHARGED, "Omar Haddad", NULL);
    expect_no_fact(state, "A man was arrested in Quebec on suspicion of plotting a mass shooting at a Jewish centre in "
                          "New York.\n",
                   TL_LOCATED_IN, "Quebec", "New York");
}

/* "moved funds for Y" supports Y, alleged after "designating X, a ...
 * who"; "killed Y's military chief in Gaza, X" hit X, not Y; the
 * successor of a leader leads the same body. */
static void test_funds_offices_and_successors(void **state) {
    tl_doc *d = run(state, "OFAC is also designating Omar Haddad, a Kenya-based facilitator who has moved funds for "
                           "the Kessel Brigade since 2020.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    const char *t = "Israeli forces killed the Kessel Brigade's military chief in Gaza, Omar Haddad, in a strike.\n";
    expect_fact(state, t, TL_ATTACKED, "Israeli", "Omar Haddad");
    expect_no_fact(state, t, TL_ATTACKED, "Israeli", "Kessel Brigade");
    t = "The Kessel Brigade's leader, Omar Haddad, was killed in September 2024. He was succeeded by Bran Russo.\n";
    expect_fact(state, t, TL_LEADER_OF, "Bran Russo", "Kessel Brigade");
    expect_fact(state, "The Kessel Brigade's leader, Omar Haddad, was killed in 2024. Bran Russo succeeded him in "
                       "October.\n",
                TL_LEADER_OF, "Bran Russo", "Kessel Brigade");
    /* a person's stay told by its own verb stands, hedged */
    tl_doc *d2 = run(state, "Bran Russo is believed to be hiding in Moscow.\n");
    f = find(d2, TL_LOCATED_IN, "Bran Russo", "Moscow");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d2);
    /* a state's spies stand for the state the text names */
    expect_fact(state, "Russian spies spied on Omar Haddad for years. Russia denied it.\n", TL_SPIED_ON, "Russia",
                "Omar Haddad");
}

static void test_focus_heads_and_self_reference(void **state) {
    /* the person an apposition names after a possessor is the one "he"
     * follows; kin leave the story with the possessor */
    const char *t = "Police arrested Omar Haddad's former deputy, Bran Russo, in Recife, where he had lived for six "
                    "years. He is expected to be extradited to Italy.\n";
    expect_fact(state, t, TL_EXTRADITED, "Bran Russo", NULL);
    expect_no_fact(state, t, TL_EXTRADITED, "Omar Haddad", NULL);
    expect_fact(state, t, TL_LOCATED_IN, "Bran Russo", "Recife");
    expect_fact(state, "Omar Haddad's brother, Bran Haddad, was arrested in May. His wife, Lina Haddad, was not.\n",
                TL_FAMILY_OF, "Lina Haddad", "Omar Haddad");
    /* "secretary general", "director general": the head of the body */
    expect_fact(state, "The Kessel Brigade buried its dead. Omar Haddad, the group's secretary general, spoke.\n",
                TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    expect_fact(state, "Kessel Brigade Secretary General Omar Haddad vowed revenge.\n", TL_LEADER_OF, "Omar Haddad",
                "Kessel Brigade");
    /* an airstrike "targeting" X is on X; "X said it" is X */
    t = "The U.S. military said it had carried out an airstrike in Puntland targeting Omar Haddad.\n";
    expect_fact(state, t, TL_ATTACKED, "U.S.", "Omar Haddad");
    expect_no_fact(state, t, TL_OPPOSES, "U.S.", "Omar Haddad");
    /* "the militants, who": the group's people */
    expect_fact(state, "Kessel Brigade fighters stormed a hotel. The president vowed war against the militants, who "
                       "are linked to the Tamar Front.\n",
                TL_ASSOCIATE_OF, "Kessel Brigade", "Tamar Front");
    /* a surname alone before another with it is named is the one named
     * before with it inside the name */
    t = "Omar Vazquez Haddad was extradited from Mexico in 2016. Vazquez later supplied the Kessel Brigade with "
        "cocaine. His cousin, Bran Vazquez, was arrested in 2019.\n";
    expect_fact(state, t, TL_SUPPORTS, "Omar Vazquez Haddad", "Kessel Brigade");
    expect_no_fact(state, t, TL_SUPPORTS, "Bran Vazquez", "Kessel Brigade");
    /* "two men were arrested" then the two named */
    t = "In a separate case, two men were arrested in Boston on Monday. Omar Haddad, 61, and Bran Russo, 59, were "
        "charged with fraud.\n";
    expect_fact(state, t, TL_ARRESTED, "Omar Haddad", NULL);
    expect_fact(state, t, TL_ARRESTED, "Bran Russo", NULL);
}

static void test_state_gangs_ranks_and_raising(void **state) {
    /* "the leader of Ecuador's most powerful gang, X": the gang, not the
     * state; a state's own body still serves the state */
    const char *t = "Omar Haddad, the leader of Ecuador's most powerful gang, the Tarvos Cartel, escaped from a prison.\n";
    expect_fact(state, t, TL_LEADER_OF, "Omar Haddad", "Tarvos Cartel");
    expect_no_fact(state, t, TL_LEADER_OF, "Omar Haddad", "Ecuador");
    expect_fact(state, "Omar Haddad, the deputy governor of Russia's central bank, was shot.\n", TL_MEMBER_OF,
                "Omar Haddad", "Russia");
    /* "the leader of Y's Somali branch": a member of Y, who leads a part */
    expect_fact(state, "Omar Haddad, the leader of the Kessel Brigade's Somali branch, was targeted.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* "defected to" a body joins it; to a state it does not */
    expect_fact(state, "Omar Haddad defected to the Kessel Brigade in 2015.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Haddad defected to South Korea in 2015.\n", TL_MEMBER_OF, "Omar Haddad",
                   "South Korea");
    /* a relative clause on an apposition's noun with a body before it */
    expect_fact(state, "Omar Haddad, a former Tamar Front preacher who defected to the Kessel Brigade in 2015, was "
                       "targeted.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* "X, a Y who ..., is believed to have become": the raised subject */
    t = "Omar Haddad, a preacher who fought in Syria, is believed to have become one of the Kessel Brigade's "
        "most important figures.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* a rank in a body as a lead, named next */
    t = "A former U.S. Army sergeant was arrested in Texas on Thursday. Bran Russo, 42, of Killeen, was stationed "
        "at Fort Hood.\n";
    expect_fact(state, t, TL_ARRESTED, "Bran Russo", NULL);
    expect_fact(state, t, TL_MEMBER_OF, "Bran Russo", "U.S. Army");
    /* "conspired with a Belgian associate, X" */
    t = "Omar Haddad conspired with a Belgian associate, Bran Russo, to move money.\n";
    expect_fact(state, t, TL_ASSOCIATE_OF, "Omar Haddad", "Bran Russo");
    expect_fact(state, t, TL_CITIZEN_OF, "Bran Russo", "Belgian");
    expect_fact(state, "Omar Haddad escaped in May. He was recaptured in Manta in June.\n", TL_ARRESTED, "Omar Haddad",
                NULL);
}

static void test_feuds_rewards_culprits_and_successors(void **state) {
    /* "the clan's leader": the clan in focus, over the latest named */
    expect_fact(state, "The Kavac clan has been engaged in a violent feud with the rival Tarvos clan since 2014. Omar "
                       "Haddad, the clan's leader, is hiding in Ukraine.\n",
                TL_LEADER_OF, "Omar Haddad", "Kavac clan");
    expect_fact(state, "The Kavac clan has been engaged in a violent feud with the rival Tarvos clan since 2014.\n",
                TL_OPPOSES, "Kavac clan", "Tarvos clan");
    expect_no_fact(state, "The millions who died in the Iran-Iraq war had nothing to do with Israel.\n", TL_OPPOSES,
                   "Iraq", "Israel");
    expect_fact(state, "It began with Israel's war with Palestinian Hamas in 2023.\n", TL_OPPOSES, "Israel", "Hamas");
    /* a reward or a warrant for an arrest is no arrest */
    expect_no_fact(state, "The United States offered a $5 million reward for the capture of Omar Haddad.\n",
                   TL_ARRESTED, "Omar Haddad", NULL);
    expect_no_fact(state, "A court issued a warrant for the arrest of Omar Haddad.\n", TL_ARRESTED, "Omar Haddad",
                   NULL);
    /* "sentenced him ... for the murder of Y": the one sentenced */
    const char *t = "Israel arrested Omar Haddad in 1988 and sentenced him to four life terms for the murder of "
                    "Bran Russo.\n";
    expect_fact(state, t, TL_ATTACKED, "Omar Haddad", "Bran Russo");
    expect_no_fact(state, t, TL_ATTACKED, "Israel", "Bran Russo");
    /* an emphatic reflexive adds no one */
    t = "Omar Haddad served under Governor Bran Russo. Russo himself was extradited to the United States in 2022.\n";
    expect_no_fact(state, t, TL_EXTRADITED, "Omar Haddad", NULL);
    expect_fact(state, t, TL_EXTRADITED, "Bran Russo", NULL);
    /* "The commander, identified as X," after "a commander of Y" */
    expect_fact(state, "The army said it had killed a commander of the Kessel Brigade. The commander, identified as "
                       "Omar Haddad, was killed in a raid.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* the predecessor of one shown leading a body led it */
    expect_fact(state, "In 2017 Omar Haddad was elected the leader of the Kessel Brigade, succeeding Bran Russo.\n",
                TL_LEADER_OF, "Bran Russo", "Kessel Brigade");
    /* a coordinated verb opens its own phrase */
    expect_no_fact(state, "Prosecutors charged Omar Haddad with spying for the KGB and preparing an attack on Bran "
                          "Russo.\n",
                   TL_SPIED_ON, "Omar Haddad", "Bran Russo");
}

static void test_lists_states_and_denials(void **state) {
    /* "six senior Hamas leaders, including A and B": each is charged and
     * leads in the body */
    const char *t = "Prosecutors charged six senior Kessel Brigade leaders, including Omar Haddad and Bran Russo.\n";
    expect_fact(state, t, TL_CHARGED, "Bran Russo", NULL);
    expect_fact(state, t, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    expect_fact(state, t, TL_LEADER_OF, "Bran Russo", "Kessel Brigade");
    /* an insurgency against a nationality's government opposes the state */
    expect_fact(state, "The Kessel Brigade waged a brutal insurgency against the Ugandan government for two "
                       "decades.\n",
                TL_OPPOSES, "Kessel Brigade", "Ugandan");
    /* the gerund of a charge is the charged one's */
    expect_no_fact(state, "Iran has executed at least a dozen people on charges of collaborating with Israel.\n",
                   TL_ASSOCIATE_OF, "Iran", "Israel");
    /* what one denies knowing is given */
    tl_doc *d = run(state, "The Kessel Brigade denied that it had known Omar Haddad was living in Kabul.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Omar Haddad", "Kabul");
    assert_non_null(f);
    assert_int_not_equal(f->modality, TL_NEGATED);
    tl_doc_free(d);
    /* "X succeeded Y as leader of Z in 2011": Y's lead is not of 2011 */
    d = run(state, "Omar Haddad, who succeeded Bran Russo as the Kessel Brigade's leader in 2011, was killed.\n");
    f = find(d, TL_LEADER_OF, "Bran Russo", "Kessel Brigade");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

static void test_deputies_terms_parts_and_trips(void **state) {
    /* a deputy prime minister belongs to the government he serves */
    const char *t = "Omar Haddad is the deputy prime minister of Afghanistan.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Omar Haddad", "Afghanistan");
    expect_no_fact(state, t, TL_LEADER_OF, "Omar Haddad", "Afghanistan");
    /* a prisoner's term is no service */
    expect_no_fact(state, "Omar Haddad is serving a long sentence in Belgium.\n", TL_MEMBER_OF, "Omar Haddad",
                   "Belgium");
    /* "a founder of Y's military wing, Z": the part named */
    expect_fact(state, "Omar Haddad was a founder of the Kessel Brigade's military wing, the Tarvos Battalion.\n",
                TL_FOUNDED, "Omar Haddad", "Tarvos Battalion");
    /* a relative clause after a body inside the apposition, over a
     * raising verb */
    expect_fact(state, "Bran Russo took orders from Omar Haddad, a former executive of the payment company Tarvos "
                       "who is believed to be living in Moscow.\n",
                TL_LOCATED_IN, "Omar Haddad", "Moscow");
    /* "during a trip to China": the clause's subject traveled */
    expect_fact(state, "Omar Haddad met the officer in person during a trip to China in 2023.\n", TL_TRAVELED_TO,
                "Omar Haddad", "China");
    /* a lawmaker as a lead, named next */
    t = "A former Guatemalan congressman pleaded guilty in Washington to conspiring with the Kessel Brigade. Omar "
        "Haddad, who served in Congress from 2008 to 2012, admitted taking bribes.\n";
    expect_fact(state, t, TL_CHARGED, "Omar Haddad", NULL);
}

static void test_meetings_bands_and_behalf(void **state) {
    /* "A, B and C met": every pair */
    tl_doc *d = run(state, "Omar Haddad, Bran Russo and Tarv Oslund met in Ohio in June.\n");
    assert_non_null(find(d, TL_MET, "Omar Haddad", "Bran Russo"));
    tl_doc_free(d);
    /* a band named by a participle after a preposition or as an object */
    expect_fact(state, "Omar Haddad belonged to a militia group called the Kessel Brigade.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    expect_fact(state, "Omar Haddad headed a financial wing known as the Kessel Brigade until 2015.\n", TL_LEADER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* "X, who owns Y, invested funds on behalf of Z": X */
    const char *t = "Omar Haddad, who owns the telecommunications company Tarvos Telecom, invested funds on behalf of "
                    "Bran Russo.\n";
    expect_fact(state, t, TL_SUPPORTS, "Omar Haddad", "Bran Russo");
    expect_no_fact(state, t, TL_SUPPORTS, "Tarvos Telecom", "Bran Russo");
    /* "Two sisters were sentenced" then the two named */
    t = "Two sisters from Minnesota were sentenced on Tuesday. Lina Haddad, 41, and Mira Haddad, 47, sent money "
        "to the Kessel Brigade.\n";
    expect_fact(state, t, TL_CHARGED, "Mira Haddad", NULL);
    /* "The man, a Lebanese national identified as X," names the lead */
    t = "Police arrested a suspected Kessel Brigade operative in Lima. The man, a Lebanese national identified as "
        "Omar Haddad, had lived in Peru since 2014.\n";
    expect_fact(state, t, TL_ARRESTED, "Omar Haddad", NULL);
    expect_fact(state, t, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
}

static void test_codes_speakers_and_bands(void **state) {
    /* a speaker after the words it reports is not the body in focus */
    const char *t = "Rwandan-backed M23 rebels seized the city of Goma on Monday, the United Nations said. The rebels, "
                    "led by Omar Haddad, have been fighting the army since 2021.\n";
    expect_fact(state, t, TL_LEADER_OF, "Omar Haddad", "M23");
    expect_no_fact(state, t, TL_LEADER_OF, "Omar Haddad", "United Nations");
    /* a conflict with "the Foxtrot network" and its relative clause */
    t = "Omar Haddad is locked in a violent conflict with the Foxtrot network, which is led by Bran Russo.\n";
    expect_fact(state, t, TL_OPPOSES, "Omar Haddad", "Foxtrot");
    expect_fact(state, t, TL_LEADER_OF, "Bran Russo", "Foxtrot");
    /* "people he believed were members of Y": not he */
    expect_no_fact(state, "Omar Haddad shared bomb instructions with people he believed were members of the Kessel "
                          "Brigade.\n",
                   TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
}

static void test_aliases_duties_and_carried_dates(void **state) {
    /* "who was previously known as Y" names the same person */
    tl_doc *d = run(state, "Omar Haddad, who was previously known as Abu Tarvos, founded the Kessel Brigade.\n");
    assert_int_equal(d->n_entities > 0, 1);
    int people = 0;
    for (uint32_t k = 0; k < d->n_entities; k++) people += d->entities[k].type == TL_PERSON;
    assert_int_equal(people, 1);
    tl_doc_free(d);
    /* "in charge of security for X" is no charge */
    expect_no_fact(state, "Omar Haddad was in charge of security for Bran Russo, one of the sons of Tarv Oslund.\n",
                   TL_CHARGED, "Bran Russo", NULL);
    /* a later sentence's date inside a relative clause is no time of
     * an undated event before it */
    d = run(state, "Troops killed Omar Haddad in a clash. Haddad, who was wanted for the kidnapping of an American "
                   "in 1993, had led the Kessel Brigade since 1998.\n");
    const tl_fact *f = find(d, TL_ATTACKED, NULL, "Omar Haddad");
    if (f) assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* "a security chief for Y" as a lead, named next */
    expect_fact(state, "Marines captured a security chief for the Kessel Brigade on Monday. Omar Haddad, known as "
                       "\"El Guerito,\" was detained in Culiacan.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
}

static void test_rulers_copulas_and_owned_bands(void **state) {
    /* "have ruled Nicaragua since 2007" leads; "the ruling party" not */
    expect_fact(state, "Omar Haddad and his wife, Lina Haddad, have ruled Nicaragua since 2007.\n", TL_LEADER_OF,
                "Lina Haddad", "Nicaragua");
    expect_no_fact(state, "Polls show Omar Haddad of the ruling Kessel Party to be the leading candidate.\n",
                   TL_LEADER_OF, "Omar Haddad", "Kessel Party");
    /* "X is a Nairobi-based businessman who collected taxes on behalf of
     * Y": the copula's subject */
    const char *t = "Omar Haddad is a Nairobi-based businessman who collected taxes on behalf of the Kessel "
                    "Brigade.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Omar Haddad", "Nairobi");
    expect_fact(state, t, TL_SUPPORTS, "Omar Haddad", "Kessel Brigade");
    /* "X's network was behind the killing of Y": X's doing */
    expect_fact(state, "Omar Haddad's network was behind the killing of Bran Russo in Istanbul in 2019.\n",
                TL_ATTACKED, "Omar Haddad", "Bran Russo");
}

static void test_accord_dates_and_insurgent_names(void **state) {
    /* "undermining the 1995 Dayton peace agreement": the accord's date,
     * not the sanction's */
    tl_doc *d = run(state, "The United States imposed sanctions on Omar Haddad, accusing him of undermining the 1995 "
                           "Dayton peace agreement.\n");
    const tl_fact *f = find(d, TL_OPPOSES, "United States", "Omar Haddad");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* an insurgency a state's name possesses is no organ of it */
    expect_no_fact(state, "Venezuela arrested a commander of Colombia's National Liberation Army in Apure.\n",
                   TL_PART_OF, "National Liberation Army", "Colombia");
    expect_fact(state, "Omar Haddad is an officer of Iran's Islamic Revolutionary Guard Corps.\n", TL_PART_OF,
                "Islamic Revolutionary Guard Corps", "Iran");
}

static void test_asides_kinds_of_places_and_leads(void **state) {
    /* a body named in an aside on the focus organization leaves it in
     * focus: "the group" is still the subject */
    expect_fact(state,
                "The Kessel Brigade, which is linked to the Velvan Front, has fought the army since 2006. The "
                "group's leader, Omar Haddad, took over in 2014.\n",
                TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    /* "the Brussels district of Molenbeek": a city that outranks the
     * of-phrase holds it; "the Kenyan city of Mombasa" is Mombasa */
    expect_fact(state, "Omar Haddad was arrested in the Brussels district of Molenbeek.\n", TL_LOCATED_IN, "Molenbeek",
                "Brussels");
    expect_no_fact(state, "Omar Haddad was arrested in the Brussels district of Molenbeek.\n", TL_LOCATED_IN,
                   "Brussels", "Molenbeek");
    expect_fact(state, "Omar Haddad was born in the Kenyan city of Mombasa.\n", TL_BORN_IN, "Omar Haddad", "Mombasa");
    /* where a place lies has no date */
    tl_doc *d = run(state, "Omar Haddad lived in the Paris suburb of Saint-Denis in 2015.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Saint-Denis", "Paris");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    f = find(d, TL_LOCATED_IN, "Omar Haddad", "Saint-Denis");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2015");
    tl_doc_free(d);
    /* "in the northern Syrian city of Raqqa" places the arrest */
    d = run(state, "Omar Haddad was arrested in the northern Syrian city of Raqqa.\n");
    f = find(d, TL_ARRESTED, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_true(named(d, f->place, "Raqqa"));
    tl_doc_free(d);
    /* "two companies accused of helping X": the companies help, not the
     * clause's subject */
    expect_no_fact(state, "The U.S. Treasury Department sanctioned two companies accused of helping the Kessel Brigade.\n",
                   TL_SUPPORTS, "U.S. Treasury Department", "Kessel Brigade");
    /* a lead described by "an employee of the British embassy", named next */
    expect_fact(state,
                "A court sentenced a former employee of the British embassy to 13 years in prison. Omar Haddad, a "
                "guard, passed documents to Russia.\n",
                TL_CHARGED, "Omar Haddad", NULL);
    /* two men charged, then named with their ages and home towns */
    expect_fact(state,
                "Prosecutors charged two men with fraud. Ivo Brankov, 61, of Velvinsk, and Ilir Kastrati, 59, of the "
                "Bronx, were arrested.\n",
                TL_CHARGED, "Ilir Kastrati", NULL);
    expect_fact(state,
                "Prosecutors charged two men with fraud. Ivo Brankov, 61, of Velvinsk, and Ilir Kastrati, 59, of the "
                "Bronx, were arrested.\n",
                TL_LOCATED_IN, "Ilir Kastrati", "Bronx");
    /* a date inside a definite apposition is its own */
    d = run(state, "Omar Haddad, the only surviving member of the cell that carried out the November 2015 attacks, "
                   "was arrested in Velvinsk.\n");
    f = find(d, TL_ARRESTED, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_true(strncmp(f->time_value, "2015", 4) != 0);
    tl_doc_free(d);
}

static void test_objects_lists_designations_and_law_years(void **state) {
    /* "convicted X of ordering the murder of Y and sentenced him": him is X */
    expect_no_fact(state,
                   "A court convicted Omar Haddad of ordering the murder of reporter Ivo Brankov and sentenced him to "
                   "life in prison.\n",
                   TL_CHARGED, "Ivo Brankov", NULL);
    /* a reward for information leading to a capture is no arrest */
    expect_no_fact(state,
                   "Omar Haddad leads the Kessel Brigade. The United States had offered a reward of up to $5 million "
                   "for information leading to his capture.\n",
                   TL_ARRESTED, "Omar Haddad", NULL);
    /* "The leader of Y in the Philippines, X," */
    expect_fact(state, "The leader of the Kessel Brigade in the Philippines, Omar Haddad, was killed.\n", TL_LEADER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* "Philippine troops": the adjective of the country named with an "s" */
    expect_fact(state, "Omar Haddad was killed by Philippine troops in the Philippines.\n", TL_ATTACKED, "Philippines",
                "Omar Haddad");
    /* an elided article's apostrophe opens the body's name */
    expect_fact(state, "A senior member of Italy's 'Ndrangheta mafia, Rocco Brankov, was extradited to Italy.\n",
                TL_MEMBER_OF, "Rocco Brankov", "Ndrangheta");
    /* a designation opposes on a list of terror, not as a reserve */
    expect_fact(state, "The Kessel Brigade has been designated a terrorist organization by the United States.\n",
                TL_OPPOSES, "United States", "Kessel Brigade");
    expect_no_fact(state, "The Kessel Park was designated by the United Nations as a biosphere reserve.\n", TL_OPPOSES,
                   "United Nations", "Kessel Park");
    /* "convicted three Bulgarians ... The three, A, B and C," */
    expect_fact(state,
                "A court convicted three Bulgarians of spying in an operation directed by Omar Haddad. The three, "
                "Ivo Brankov, Ilir Kastrati and Dora Velkova, had watched journalists.\n",
                TL_CHARGED, "Dora Velkova", NULL);
    /* "Radwan Force" beside "Radwan" is one force */
    expect_no_fact(state, "Omar Haddad headed the Velvan Force. About ten Velvan commanders were killed.\n", TL_PART_OF,
                   "Velvan Force", "Velvan");
    /* a relative clause over a raising verb after a definite apposition */
    tl_doc *d = run(state, "Police are looking for Omar Haddad, the former chief operating officer of Velvacorp, who is "
                           "believed to be hiding in Russia.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Omar Haddad", "Russia");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Haddad", "Velvacorp"));
    tl_doc_free(d);
    /* "the 1983 bombing" in a later sentence dates no earlier event */
    d = run(state, "Omar Haddad was killed in an Israeli strike on a building in Beirut. The United States had accused "
                   "him of involvement in the 1983 bombing of an embassy.\n");
    f = find(d, TL_ATTACKED, "Israel", "Omar Haddad");
    if (f) assert_true(strncmp(f->time_value, "1983", 4) != 0);
    tl_doc_free(d);
    /* a law's year dates the law */
    d = run(state, "The ministry used the Unlawful Activities Act, 1967, to designate Omar Haddad as a terrorist.\n");
    for (uint32_t k = 0; k < d->n_facts; k++) assert_true(strncmp(d->facts[k].time_value, "1967", 4) != 0);
    tl_doc_free(d);
}

static void test_kin_objects_sources_and_transfers(void **state) {
    /* "jailed X's half-brother": the kin is the object */
    expect_no_fact(state, "A court on Monday jailed Omar Haddad's half-brother for his role in a shooting.\n",
                   TL_CHARGED, "Omar Haddad", NULL);
    /* a person described, then named in apposition, as the object */
    expect_fact(state, "Prosecutors have charged a former member of the Ukrainian parliament, Omar Haddad, with treason.\n",
                TL_CHARGED, "Omar Haddad", NULL);
    /* a move between prisons is no extradition */
    expect_no_fact(state, "Omar Haddad was transferred to a federal prison in Velvinsk in 2019.\n", TL_EXTRADITED,
                   "Omar Haddad", NULL);
    /* a source speaking of another body is not what "the group" is; a
     * participle's aside keeps its own date */
    tl_doc *d = run(state, "In a report, the Velvan Institute said that the Kessel Brigade, al-Qaeda's affiliate in the "
                           "Sahel, had expanded. The group, led by Omar Haddad, has carried out attacks in Benin since "
                           "2021.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    assert_null(find(d, TL_LEADER_OF, "Omar Haddad", "Velvan Institute"));
    tl_doc_free(d);
    /* the Treasury's sanctions office designates */
    expect_fact(state, "The Office of Foreign Assets Control on Tuesday designated Omar Haddad for smuggling oil.\n",
                TL_OPPOSES, "Office of Foreign Assets Control", "Omar Haddad");
    /* "X, a former police officer known as Y": Y is X's alias */
    d = run(state, "Omar Haddad, a former police officer known as Barbecue, heads the Kessel Brigade.\n");
    f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_true(named(d, f->args[0], "Barbecue"));
    tl_doc_free(d);
}

static void test_strikes_hires_companies_and_report_dates(void **state) {
    /* "killed alongside Y in a U.S. drone strike": both were attacked */
    expect_fact(state,
                "Omar Haddad was killed alongside Iranian general Ivo Brankov in a U.S. drone strike near Baghdad "
                "airport in January 2020.\n",
                TL_ATTACKED, "U.S.", "Ivo Brankov");
    /* "hire hitmen who turned out to be FBI agents": the hitmen are */
    expect_no_fact(state, "Omar Haddad tried to hire hitmen who turned out to be undercover FBI agents.\n", TL_MEMBER_OF,
                   "Omar Haddad", "FBI");
    /* "the former head of the Velvacorp cement company, X," */
    expect_fact(state, "Prosecutors charged the former head of the Velvacorp cement company, Omar Haddad, with fraud.\n",
                TL_LEADER_OF, "Omar Haddad", "Velvacorp");
    /* a source's date ("a 2020 investigation by the BBC") dates the source */
    tl_doc *d = run(state, "Omar Haddad runs the Kessel Brigade from Velvinsk, according to a 2020 investigation by the "
                           "BBC.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

static void test_sites_affiliates_crews_and_workers(void **state) {
    /* "a bombing at a mosque in the Afghan city of Kunduz": the city */
    expect_fact(state,
                "The Kessel Brigade claimed responsibility for a suicide bombing at a mosque in the Afghan city of "
                "Kunduz.\n",
                TL_ATTACKED, "Kessel Brigade", "Kunduz");
    /* "the group's Afghan affiliate, known as X" */
    expect_fact(state,
                "The Kessel Brigade claimed the attack. The group's Afghan affiliate, known as Kessel Brigade "
                "Khorasan, named the bomber.\n",
                TL_PART_OF, "Kessel Brigade Khorasan", "Kessel Brigade");
    /* a crew someone directs acts for him */
    expect_fact(state, "Omar Haddad is accused of directing two hitmen who attacked a rival in Utrecht in 2021.\n",
                TL_ATTACKED, "Omar Haddad", "Utrecht");
    /* "a former Antwerp port worker" named next */
    tl_doc *d = run(state, "A court sentenced a former Antwerp port worker to eight years in prison. Ivo Brankov, 34, "
                           "accepted bribes from the gang.\n");
    assert_non_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    assert_non_null(find(d, TL_LOCATED_IN, "Ivo Brankov", "Antwerp"));
    tl_doc_free(d);
}

static void test_attempts_among_along_and_wings(void **state) {
    /* a membership tried for is none */
    expect_no_fact(state, "Omar Haddad was convicted in 2018 of attempting to join the Kessel Brigade.\n", TL_MEMBER_OF,
                   "Omar Haddad", "Kessel Brigade");
    /* "Among those detained was X" */
    expect_fact(state, "Among those detained was Omar Haddad, the son of the clan's jailed boss.\n", TL_ARRESTED,
                "Omar Haddad", NULL);
    /* "convicted X in absentia along with Y and Z" */
    expect_fact(state, "A court convicted Omar Haddad in absentia in 2022 along with Ivo Brankov and Ilir Kastrati.\n",
                TL_CHARGED, "Ilir Kastrati", NULL);
    /* the head of an unnamed part of a body is its member */
    expect_fact(state, "Omar Haddad leads the Kessel Brigade's Kenyan wing.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    expect_fact(state, "Omar Haddad leads the Kenyan wing of the Kessel Brigade.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
}

static void test_shared_surnames_one_of_and_forces(void **state) {
    /* "brothers Arben and Ilir Hoxha ... Arben Hoxha": one Arben, and
     * brothers */
    tl_doc *d = run(state, "Police arrested brothers Arben and Ilir Hoxha on suspicion of running a cocaine ring. "
                           "Arben Hoxha had served a prison sentence in Italy.\n");
    assert_non_null(find(d, TL_ARRESTED, "Arben Hoxha", NULL));
    assert_non_null(find(d, TL_FAMILY_OF, "Arben Hoxha", "Ilir Hoxha"));
    tl_doc_free(d);
    /* "Four men have been charged ... One of the suspects, X, 37," */
    expect_fact(state,
                "Four men have been charged over a plot to attack a synagogue in Velvinsk. One of the suspects, Omar "
                "Haddad, 37, is accused of trying to obtain firearms.\n",
                TL_CHARGED, "Omar Haddad", NULL);
    /* "commanded the Guards' aerospace force": a member of the Guards */
    expect_fact(state, "Omar Haddad commanded the Kessel Guards' aerospace force.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Guards");
}

static void test_people_bodies_ages_and_nationals(void **state) {
    /* a body's name that is also a people's word names the body */
    expect_fact(state, "The Houthi movement controls northern Yemen. Iran supplies the Houthis with missiles.\n",
                TL_SUPPORTS, "Iran", "Houthis");
    /* "A, 31, and B, 22," stay one group for "Both men" */
    tl_doc *d = run(state, "A court convicted two men of preparing an attack on the Dutch politician Ivo Brankov. "
                           "Omar Haddad, 31, and Ilir Kastrati, 22, had searched online for his address. Both men "
                           "had pledged allegiance to the Kessel Brigade.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ilir Kastrati", "Kessel Brigade"));
    assert_non_null(find(d, TL_ATTACKED, "Omar Haddad", "Ivo Brankov"));
    tl_doc_free(d);
    /* "accused Georgian national X and Iranian national Y": each his own */
    expect_no_fact(state,
                   "Prosecutors accused Georgian national Omar Haddad and Iranian national Ivo Brankov of plotting a "
                   "murder.\n",
                   TL_CITIZEN_OF, "Ivo Brankov", "Georgian");
}

static void test_copulas_after_appositions_and_hedged_stays(void **state) {
    /* "The alleged ringleader, X, is an Iranian drug trafficker who ..." */
    expect_fact(state,
                "The alleged ringleader, Omar Haddad, is an Iranian drug trafficker who the United States says has "
                "worked with Iranian intelligence.\n",
                TL_CITIZEN_OF, "Omar Haddad", "Iranian");
    /* "X is believed to be in Y": an alleged stay */
    tl_doc *d = run(state, "Omar Haddad is believed to be in Velvinsk.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Omar Haddad", "Velvinsk");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

static void test_sites_spied_on_scheduled_events_and_identified(void **state) {
    /* "spying on military installations in Poland": the place */
    expect_fact(state, "Omar Haddad was sentenced for spying on military installations in Poland for Russia.\n",
                TL_SPIED_ON, "Omar Haddad", "Poland");
    /* a deportation that was due is none */
    expect_no_fact(state, "Omar Haddad was due to be deported to Bulgaria in 2023 but disappeared.\n", TL_EXTRADITED,
                   "Omar Haddad", NULL);
    /* "a commander in the Sahel, identified as X" */
    expect_fact(state,
                "The cell had been in contact with a Kessel Brigade commander in the Sahel, identified as Omar "
                "Haddad.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
}

static void test_leaders_set_off_paternal_surnames_lists_and_former_names(void **state) {
    /* "Under its leader, X, the gang expanded": X is a person, its leader */
    expect_fact(state,
                "The Kessel Brigade began as a prison gang. Under its leader, Hector Velasco Flores, the gang expanded "
                "into extortion.\n",
                TL_LEADER_OF, "Hector Velasco Flores", "Kessel Brigade");
    /* "Velasco" alone after "Hector Velasco Flores" is he */
    tl_doc *d = run(state, "Hector Velasco Flores leads the Kessel Brigade. Velasco is believed to be hiding in "
                           "Colombia.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Hector Velasco Flores", "Colombia");
    assert_non_null(f);
    tl_doc_free(d);
    /* "added X to its list of foreign terrorist organizations"; "added two
     * years" opposes nothing */
    expect_fact(state, "The State Department added the Kessel Brigade to its list of foreign terrorist organizations.\n",
                TL_OPPOSES, "State Department", "Kessel Brigade");
    expect_no_fact(state, "The State Department added the Kessel Brigade to its list of partners.\n", TL_OPPOSES,
                   "State Department", "Kessel Brigade");
    /* "X, formerly known as Y, was founded in 2015 by Z" */
    expect_fact(state,
                "The Kessel Brigade, formerly known as the Velvan Front, was founded in 2015 by Omar Haddad.\n",
                TL_FOUNDED, "Omar Haddad", "Kessel Brigade");
}

static void test_asides_counted_objects_and_sanction_lists(void **state) {
    /* a quoted alias after a name in an apposition leaves the subject the
     * first name */
    tl_doc *d = run(state, "Omar Haddad, a son-in-law of cartel leader Ivo Brankov, known as \"El Velvo,\" was "
                           "detained in Velvinsk.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_null(find(d, TL_ARRESTED, "Ivo Brankov", NULL));
    tl_doc_free(d);
    /* a country's bid to join is no one's membership */
    expect_no_fact(state, "Ivo Brankov paid voters to oppose the country's bid to join the Kessel Union.\n", TL_MEMBER_OF,
                   "Ivo Brankov", "Kessel Union");
    /* people counted, then each named with a home */
    d = run(state, "The Justice Department charged two alleged leaders of the network, Omar Haddad, of Velvinsk, "
                   "and Ivo Brankov, of Tarvosk, with soliciting murders.\n");
    assert_non_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    tl_doc_free(d);
    /* "which" after the body a person's noun governs is the body's */
    d = run(state, "Police named Omar Haddad, the commander of the Kessel Brigade, which officials say was behind "
                   "the poisoning of Ivo Brankov.\n");
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Ivo Brankov"));
    assert_null(find(d, TL_ATTACKED, "Omar Haddad", "Ivo Brankov"));
    tl_doc_free(d);
    /* "Among those listed was X": the sanctions of the sentence before */
    d = run(state, "The Kessel Union on Monday imposed sanctions on six intelligence officers. Among those listed "
                   "were Colonel Omar Haddad, commander of the Velvo Unit, and Lieutenant Ivo Brankov.\n");
    assert_non_null(find(d, TL_OPPOSES, "Kessel Union", "Omar Haddad"));
    assert_non_null(find(d, TL_OPPOSES, "Kessel Union", "Ivo Brankov"));
    tl_doc_free(d);
    /* "cartel leader X": the band spoken of, as "the cartel" is */
    d = run(state, "Police arrested a senior commander of the Kessel Cartel.\n\nOfficials said Omar Haddad, a "
                   "son-in-law of cartel leader Ivo Brankov, was detained.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Ivo Brankov", "Kessel Cartel"));
    tl_doc_free(d);
}

static void test_named_suspects_homes_and_roles_played(void **state) {
    /* "The suspect, X," names who the suspect is: "He" after it is X, not
     * the victim the lead named; the lead's description binds to X though
     * it names a target */
    tl_doc *d = run(state, "Prosecutors have charged a Moldovan man with preparing an assassination attempt on Moldovan President "
                           "Omar Haddad.\n\nThe suspect, identified as Ivo B., offered his services to a foreign "
                           "service, prosecutors said. He was detained in April.\n");
    assert_non_null(find(d, TL_ARRESTED, "Ivo B.", NULL));
    assert_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_CHARGED, "Ivo B.", NULL));
    assert_non_null(find(d, TL_ATTACKED, "Ivo B.", "Omar Haddad"));
    tl_doc_free(d);
    /* a home town set off after a name is no subject */
    d = run(state, "Omar Haddad, 24, of Velvinsk, Ohio, pleaded guilty to attempting to provide material support "
                   "to the Kessel Brigade.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Omar Haddad", "Kessel Brigade"));
    assert_null(find(d, TL_SUPPORTS, "Ohio", "Kessel Brigade"));
    assert_null(find(d, TL_SUPPORTS, "Velvinsk", "Kessel Brigade"));
    tl_doc_free(d);
    /* a role played is no membership */
    expect_no_fact(state, "In 2020 Omar Haddad began writing to an FBI employee who posed as a Kessel Brigade "
                          "supporter in contact with fighters.\n",
                   TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* "X's cousin Y and his right-hand man Z": his is X's */
    expect_fact(state, "Twelve co-defendants, including Omar Haddad's cousin Ivo Brankov and his right-hand man "
                       "Elias Varga, received long sentences.\n",
                TL_ASSOCIATE_OF, "Elias Varga", "Omar Haddad");
}

static void test_parts_affiliates_lists_and_ends(void **state) {
    /* an aside naming the whole of the body in focus leaves it in focus
     * for "the group"; "led by X" names a person */
    tl_doc *d = run(state, "The Kessel Front (KF), the Afghan affiliate of the Tarvos Movement, has expanded.\n\n"
                           "The group, led by Sanaullah Velvani since 2020, claimed the attack on the Omrazi Hall.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Sanaullah Velvani", "Kessel Front"));
    assert_non_null(find(d, TL_ATTACKED, "Kessel Front", "Omrazi Hall"));
    tl_doc_free(d);
    /* the head of a cell of a body is its member */
    d = run(state, "A British man who joined the Islamic State in Syria and was part of a cell of executioners "
                   "has been released, his family said.\n\nOmar Haddad, 39, was convicted in Turkey in 2017 of being "
                   "a member of a terrorist organization. Two other members of the cell, Elias Varga and Tomas "
                   "Velvik, were sentenced to life in prison in 2022.\n\nThe cell's leader, Ivo Brankov, was killed "
                   "in a drone strike in 2015.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Ivo Brankov", "Islamic State"));
    assert_null(find(d, TL_LEADER_OF, "Ivo Brankov", "Islamic State"));
    tl_doc_free(d);
    /* "a Somalia-based al-Shabaab official": the place is the person's */
    d = run(state, "OFAC is designating Omar Haddad, a Somalia-based al-Shabaab official who oversees extortion "
                   "in Mogadishu, and Kessel Logistics, a company owned or controlled by Haddad.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Haddad", "al-Shabaab"));
    assert_non_null(find(d, TL_OPPOSES, "OFAC", "Omar Haddad"));
    assert_non_null(find(d, TL_OPPOSES, "OFAC", "Kessel Logistics"));
    assert_null(find(d, TL_LOCATED_IN, "al-Shabaab", "Somalia"));
    tl_doc_free(d);
    /* "until his death in 2021" ends the lead; it does not date it */
    d = run(state, "The group, led by Omar Haddad until his death in 2021, has killed thousands. The Kessel "
                   "Brigade was founded in 2002.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", NULL);
    if (f) assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* two surnames alone are the one named before with them */
    d = run(state, "Ivo Brankov says he was kidnapped by Joaquin Velvo Tarvos.\n\nVelvo Tarvos pleaded guilty "
                   "in 2025. His brother Ovidio Velvo Tarvos pleaded guilty in 2023.\n");
    assert_non_null(find(d, TL_CHARGED, "Joaquin Velvo Tarvos", NULL));
    assert_non_null(find(d, TL_FAMILY_OF, "Ovidio Velvo Tarvos", "Joaquin Velvo Tarvos"));
    tl_doc_free(d);
}

static void test_relatives_datelines_instruments_and_designations(void **state) {
    /* "Both men" reaches the pair named together two sentences back */
    tl_doc *d = run(state, "Omar Haddad, 29, and Ivo Brankov, 32, are accused of passing secrets. Haddad had worked "
                           "for Elias Varga, the chair of a committee. Both men deny the charges.\n");
    assert_non_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    assert_null(find(d, TL_CHARGED, "Elias Varga", NULL));
    tl_doc_free(d);
    /* "a solicitor it said had worked with Y": the noun's name worked */
    d = run(state, "In 2022 the Kessel Service issued an alert about Elias Varga, a solicitor it said had worked "
                   "with the Velvo Work Department.\n");
    assert_non_null(find(d, TL_ASSOCIATE_OF, "Elias Varga", "Velvo Work Department"));
    assert_null(find(d, TL_ASSOCIATE_OF, "Kessel Service", "Velvo Work Department"));
    tl_doc_free(d);
    /* the country after a dateline's city acts in nothing */
    expect_no_fact(state, "MAPUTO, Mozambique -- Insurgents attacked the town of Palma, killing dozens of people.\n",
                   TL_ATTACKED, "Mozambique", "Palma");
    /* an instrument used is not the infinitive's subject */
    expect_fact(state, "Velvinsk has used Iranian drones to attack Tarvosk.\n", TL_ATTACKED, "Velvinsk", "Tarvosk");
    /* "X, which the United States designated as a terrorist organization" */
    expect_fact(state, "Groups such as the Kessel Liberation Army (KLA), which the United States designated as a "
                       "terrorist organization in 2019, attack workers.\n",
                TL_OPPOSES, "United States", "Kessel Liberation Army");
    /* "designated the group, which it calls X, as ..., along with its
     * leader, Y" */
    d = run(state, "The insurgents have fought since 2017. The United States designated the group, which it calls "
                   "the Kessel Front, as a foreign terrorist organization in 2021, along with its leader, Omar Haddad.\n");
    assert_non_null(find(d, TL_OPPOSES, "United States", "Kessel Front"));
    assert_non_null(find(d, TL_OPPOSES, "United States", "Omar Haddad"));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Front"));
    tl_doc_free(d);
    /* "the Westgate shopping mall", "the X hotel complex" are buildings */
    d = run(state, "Kenyan forces have fought the Kessel Brigade since 2011.\n\nIn 2013 the group attacked the "
                   "Velvgate shopping mall in Nairobi. In 2019 its fighters stormed the Tarvo hotel complex.\n");
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Velvgate shopping mall"));
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Tarvo hotel complex"));
    tl_doc_free(d);
}

static void test_clauses_nicknames_real_names_and_announcers(void **state) {
    /* the subject of a clause of its own after the arrest is not arrested */
    expect_no_fact(state, "Authorities said they had arrested 300 suspected members of the Kessel gang, as President "
                          "Omar Haddad extended a state of emergency.\n",
                   TL_ARRESTED, "Omar Haddad", NULL);
    expect_fact(state, "Police raided the house on Monday, after Omar Haddad was arrested in Velvinsk.\n", TL_ARRESTED,
                "Omar Haddad", NULL);
    /* "a Taylor Swift concert" names no one a plot is against or who joins */
    tl_doc *d = run(state, "Austrian authorities arrested a man suspected of plotting an attack on a Taylor Swift "
                           "concert on behalf of the Kessel Brigade.\n\nThe suspect, an Austrian citizen identified "
                           "as Beran A., had gathered chemicals, investigators said.\n");
    assert_null(find(d, TL_MEMBER_OF, "Taylor Swift", NULL));
    assert_null(find(d, TL_ATTACKED, NULL, "Taylor Swift"));
    tl_doc_free(d);
    /* "whose real name is Y" names the same person; "Among those arrested
     * was a gang leader known as X" */
    d = run(state, "Among those arrested was a gang leader known as \"El Velvito,\" whose real name is Omar Tarvos "
                   "Haddad.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Tarvos Haddad", NULL));
    tl_doc_free(d);
    /* "X, 23, and Y, 37, were found guilty": both */
    d = run(state, "Omar Haddad, 23, and Ivo Brankov, 37, were found guilty of the killing in 2024.\n");
    assert_non_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    tl_doc_free(d);
    /* a nickname the tagger left out stays inside the name */
    expect_fact(state, "His brother, Juan Velvo \"Tony\" Haddad, a former congressman, was sentenced to life in "
                       "prison in 2021.\n",
                TL_CHARGED, "Juan Velvo \"Tony\" Haddad", NULL);
    /* who announces the indictments is not charged */
    expect_no_fact(state, "The indictments were announced by U.S. Attorney Omar Haddad and Special Agent in Charge "
                          "Ivo Brankov of the FBI's Velvinsk Field Office.\n",
                   TL_CHARGED, "Ivo Brankov", NULL);
}

static void test_agents_leaders_lists_and_bands(void **state) {
    /* a "by" after another passive is that passive's, not the event's */
    tl_doc *d = run(state, "The Kessel Front, which has waged an insurgency against the Turkish state since 1984, is "
                           "designated a terrorist organization by Turkey and the United States.\n");
    assert_null(find(d, TL_OPPOSES, "United States", "Turkey"));
    assert_non_null(find(d, TL_OPPOSES, "Kessel Front", "Turkey"));
    assert_non_null(find(d, TL_OPPOSES, "United States", "Kessel Front"));
    tl_doc_free(d);
    /* "charged a Russian national" named in the next sentence */
    expect_fact(state, "The Justice Department on Tuesday charged a Russian national with deploying ransomware.\n\n"
                       "Omar Haddad, 31, of Velvinsk, Russia, is alleged to be the developer of the Kessel Locker.\n",
                TL_CHARGED, "Omar Haddad", NULL);
    /* "the cartel's leaders, including X", "leaders of X, including Y" */
    expect_fact(state, "The Kessel Cartel expanded.\n\nHe received cash from the cartel's leaders, including Ivo "
                       "Brankov.\n",
                TL_LEADER_OF, "Ivo Brankov", "Kessel Cartel");
    expect_fact(state, "He received cash from leaders of the Kessel Cartel, including Ivo Brankov.\n", TL_LEADER_OF,
                "Ivo Brankov", "Kessel Cartel");
    /* "sanctioned X and the Foxtrot network": a person and a band */
    expect_fact(state, "The United States sanctioned Omar Haddad and the Velvo network in March 2025.\n", TL_OPPOSES,
                "United States", "Velvo");
}

static void test_life_years_births_and_others_dates(void **state) {
    /* a life's years after a name date nothing said of it */
    tl_doc *d = run(state, "Omar Haddad (1964 - 2024) was a Velvish cleric who headed the Executive Council of the "
                           "Kessel Brigade.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* a fronted birth takes no date from the clause after it */
    d = run(state, "Ivo Brankov led the Kessel Brigade. Born in Velvinsk, he moved to Tarvosk in 1992.\n");
    f = find(d, TL_BORN_IN, "Ivo Brankov", "Velvinsk");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* "A and B were convicted in 2019. X denied the charges": not X's date */
    d = run(state, "Omar Haddad is accused of taking bribes. Two of his cousins, Ivo Brankov and Elias Varga, were "
                   "convicted in Italy in 2019.\n\nHaddad denied the charges.\n");
    f = find(d, TL_CHARGED, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_string_not_equal(f->time_value, "2019");
    tl_doc_free(d);
    /* "arrested a former interior minister" named next */
    expect_fact(state, "Velvish police arrested a former interior minister on charges of protecting a gang, "
                       "prosecutors said.\n\nOmar Haddad, who served as interior minister from 2013 to 2017, is "
                       "accused of accepting bribes.\n",
                TL_ARRESTED, "Omar Haddad", NULL);
}

static void test_venues_relatives_of_place_cells_and_claims(void **state) {
    /* a court the sentence is set in is not "the group" of the next one;
     * a clause of place before ", and plotted to" keeps the subject */
    tl_doc *d = run(state, "Three men were found guilty of conspiracy at the Old Bailey.\n\nThe group conducted "
                           "surveillance of an air base in Germany where Ukrainian soldiers were believed to be training, "
                           "and plotted to kidnap the journalist Omar Haddad, prosecutors said.\n");
    assert_null(find(d, TL_ATTACKED, "Ukrainian", "Omar Haddad"));
    assert_null(find(d, TL_ATTACKED, "Old Bailey", "Omar Haddad"));
    assert_null(find(d, TL_SPIED_ON, "Old Bailey", NULL));
    tl_doc_free(d);
    /* "led an ISIS cell": a member of the body whose part he led */
    expect_fact(state, "Omar Haddad led a Kessel Brigade cell in Durban.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Haddad led a Kessel Brigade cell in Durban.\n", TL_LEADER_OF, "Omar Haddad",
                   "Kessel Brigade");
    /* a bare "claimed responsibility" completes the attack told before,
     * also by a body's part */
    expect_fact(state, "A suicide bomber killed Ivo Brankov at the ministry on Wednesday. The Kessel Brigade's "
                       "Velvish branch claimed responsibility.\n",
                TL_ATTACKED, "Kessel Brigade", "Ivo Brankov");
    /* a building named in full keeps its name before a noun of its kind */
    expect_fact(state, "The Kessel Front claimed the March 2024 attack on the Velvo City Hall concert venue near "
                       "Moscow.\n",
                TL_ATTACKED, "Kessel Front", "Velvo City Hall");
    /* "LONDON -- Three Bulgarian nationals": the count is no name */
    d = run(state, "LONDON -- Three Bulgarian nationals were convicted on Friday of spying for Russia.\n");
    assert_null(find(d, TL_MEMBER_OF, NULL, "Three Bulgarian"));
    tl_doc_free(d);
}

static void test_arabic_bands_affiliate_asides_and_noun_places(void **state) {
    /* "Ansar X" read as a person is a body founded */
    expect_fact(state, "Iyad Velvani, a Tuareg leader from Kidal, founded Ansar Velvo in 2012.\n", TL_FOUNDED,
                "Iyad Velvani", "Ansar Velvo");
    /* "X, the al-Qaeda affiliate in the Sahel, ...": X stays in focus */
    expect_fact(state, "The Kessel Front, the al-Qaeda affiliate in the Sahel, claimed the attack. The group has "
                       "waged an insurgency against the Malian state since 2017. Mali is a landlocked country.\n",
                TL_OPPOSES, "Kessel Front", "Mali");
    /* "an activist living in California" places the activist */
    expect_no_fact(state, "Prosecutors said Omar Haddad had also helped security officials locate a pro-democracy "
                          "activist living in California.\n",
                   TL_LOCATED_IN, "Omar Haddad", "California");
}

static void test_kin_leads_flights_victims_and_supplies(void **state) {
    /* "The son of a Russian lawmaker was sentenced ..." then named */
    tl_doc *d = run(state, "The son of a Russian lawmaker was sentenced to 27 years in prison. Roman Velnikov, whose "
                           "father Ivo Velnikov is a member of parliament, was arrested in the Maldives in 2014 and "
                           "flown to Guam.\n");
    assert_non_null(find(d, TL_CHARGED, "Roman Velnikov", NULL));
    assert_non_null(find(d, TL_TRAVELED_TO, "Roman Velnikov", "Guam"));
    assert_null(find(d, TL_TRAVELED_TO, "Ivo Velnikov", "Guam"));
    tl_doc_free(d);
    /* the victim an attack's noun names is no one arrested; a later "the
     * attack" claimed completes the shooting */
    d = run(state, "Police arrested four men over the shooting of a senior police officer, Omar Haddad, in Omagh. "
                   "The Kessel Brigade claimed responsibility for the attack.\n");
    assert_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Omar Haddad"));
    tl_doc_free(d);
    /* supplying systems supports */
    expect_fact(state, "Omar Haddad was charged with supplying drone navigation systems to the Kessel Brigade.\n",
                TL_SUPPORTS, "Omar Haddad", "Kessel Brigade");
}

static void test_fled_extradition_and_aliases_after_nationals(void **state) {
    /* "who had fled extradition to the United States" is no travel */
    expect_no_fact(state,
                   "A judge ordered the detention of Omar Haddad, who had fled extradition to the United States.\n",
                   TL_TRAVELED_TO, "Omar Haddad", "United States");
    /* "X, a Russian citizen known as Y": Y is X's alias */
    tl_doc *d = run(state, "Omar Haddad, a Russian citizen known as Motorola, led the Kessel Brigade.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    assert_non_null(f);
    assert_true(named(d, f->args[0], "Motorola"));
    tl_doc_free(d);
}

static void test_reflexives_and_bans(void **state) {
    /* "Baghdadi killed himself": no attack on anyone */
    tl_doc *d = run(state, "A court sentenced Dora Velkova, the widow of Omar Haddad. Omar Haddad killed himself during "
                           "a raid in October 2019.\n");
    for (uint32_t k = 0; k < d->n_facts; k++) assert_int_not_equal(d->facts[k].type, TL_ATTACKED);
    tl_doc_free(d);
    /* a ban opposes a body; "the outlawed X group" is an adjective */
    expect_fact(state, "Germany banned the Kessel Brigade in 2020.\n", TL_OPPOSES, "Germany", "Kessel Brigade");
    expect_no_fact(state, "Omar Haddad belonged to the outlawed Kessel Brigade militant group.\n", TL_OPPOSES,
                   "Omar Haddad", "Kessel Brigade");
}

static void test_rings_and_crime_dates(void **state) {
    /* "convicted of leading a customs fraud ring known as X" */
    expect_fact(state, "Omar Haddad was convicted of leading a customs fraud ring known as La Velvana.\n", TL_LEADER_OF,
                "Omar Haddad", "La Velvana");
    /* "sentenced X for war crimes committed in 1999": not the sentence's date */
    tl_doc *d = run(state, "A court sentenced Omar Haddad to 10 years for war crimes committed against civilians in "
                           "1999.\n");
    const tl_fact *f = find(d, TL_CHARGED, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

static void test_captured_leads_it_and_blame(void **state) {
    /* "captured a regional boss of X ... The suspect, Y," arrests Y, who
     * leads X; a body's name before the role noun is his body */
    tl_doc *d = run(state, "Marines captured a regional boss of the Kessel Brigade in Velvinsk on Sunday. The suspect, "
                           "Omar Haddad, is a cousin of the group's founder.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade"));
    tl_doc_free(d);
    expect_fact(state, "Agents captured a senior Kessel Brigade operative in Syria and brought him to Turkey. The "
                       "suspect, Omar Haddad, is accused of planning an attack.\n",
                TL_ARRESTED, "Omar Haddad", NULL);
    /* "X's wife ... was questioned but not arrested" arrests no X */
    expect_no_fact(state, "Omar Haddad is a Russian citizen. Omar Haddad's wife, a Dutch national, was questioned but "
                          "not arrested.\n",
                   TL_ARRESTED, "Omar Haddad", NULL);
    /* "It is led by X" after a sentence the body opens */
    expect_fact(state, "The Kessel Brigade was formed in 2001 by students. It is led by Omar Haddad.\n", TL_LEADER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* (not when the sentence before is about something else) */
    expect_no_fact(state, "The camp was a work facility of the Kessel Brigade. It was established by Omar Haddad in "
                          "1935.\n",
                   TL_FOUNDED, "Omar Haddad", "Kessel Brigade");
    /* "Y's longtime leader, X," leads Y */
    expect_fact(state, "The Kessel Brigade's longtime leader, Omar Haddad, died in 2021.\n", TL_LEADER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* "Also sanctioned was X" after a sanctioning sentence */
    expect_fact(state, "The Treasury Department on Friday sanctioned six people. Also sanctioned was Omar Haddad, a "
                       "former oil minister.\n",
                TL_OPPOSES, "Treasury Department", "Omar Haddad");
    /* "Authorities blamed X." and "blamed the attack on X" complete the
     * attack told before, as an allegation */
    expect_fact(state, "Gunmen stormed a Catholic church in the town of Velvinsk on Sunday, killing 40 people.\n\n"
                       "Authorities blamed the Kessel Brigade.\n",
                TL_ATTACKED, "Kessel Brigade", "Velvinsk");
    /* "The X group's affiliate in Y claimed the bombing" is X's */
    d = run(state, "A suicide bomber attacked a Shiite mosque in the northern city of Velvinsk, killing 46 people.\n\n"
                   "The Kessel Brigade group's affiliate in Afghanistan claimed the bombing.\n");
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Velvinsk"));
    assert_null(find(d, TL_ATTACKED, "Afghanistan", "Velvinsk"));
    tl_doc_free(d);
}

static void test_sites_lists_kin_surnames_and_real_names(void **state) {
    /* "in the central Somali town of X" is the site attacked */
    expect_fact(state, "Kessel Brigade militants attacked a military base in the central Somali town of Velvinsk on "
                       "Tuesday.\n",
                TL_ATTACKED, "Kessel Brigade", "Velvinsk");
    /* "in Saxony, Austria and Poland" is a list */
    expect_no_fact(state, "Police searched 20 properties in Saxony, Austria and Poland.\n", TL_LOCATED_IN, "Saxony",
                   "Austria");
    /* "for A, the former president of Y, and his brother B Z": B is A's
     * brother (the shared surname), and leads nothing */
    tl_doc *d = run(state, "Omar Haddad protected shipments for Ivo Brankov, the former president of Honduras, and his "
                           "brother Tony Brankov, prosecutors said.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Tony Brankov", "Ivo Brankov"));
    assert_null(find(d, TL_FAMILY_OF, "Tony Brankov", "Omar Haddad"));
    assert_null(find(d, TL_MEMBER_OF, "Tony Brankov", "Honduras"));
    assert_null(find(d, TL_LEADER_OF, "Tony Brankov", "Honduras"));
    tl_doc_free(d);
    /* a dateline's city lies in no place the story names */
    expect_no_fact(state, "MEXICO CITY (Reuters) - Marines captured a regional boss of the Kessel Brigade in the "
                          "western state of Michoacan on Sunday, the navy said.\n",
                   TL_LOCATED_IN, "MEXICO CITY", "Michoacan");
}

static void test_alongside_factions_said_that_and_pro(void **state) {
    /* "fought alongside Y" */
    expect_fact(state, "Omar Haddad, who had fought alongside Ivo Brankov in the 2006 war, was killed.\n",
                TL_ASSOCIATE_OF, "Omar Haddad", "Ivo Brankov");
    /* "who headed a faction of Y," is Y's member */
    expect_fact(state, "Omar Haddad, who headed a faction of the Kessel Brigade, died in a firefight.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* "said on Wednesday that gunmen from X ambushed": X, not the speaker */
    tl_doc *d = run(state, "Mexican authorities said on Wednesday that gunmen from the Kessel Brigade ambushed a police "
                           "convoy in the state of Michoacan.\n");
    assert_non_null(find(d, TL_ATTACKED, "Kessel Brigade", "Michoacan"));
    assert_null(find(d, TL_ATTACKED, "Mexican", NULL));
    tl_doc_free(d);
    /* "a leader of a pro-Islamic State group" leads no Islamic State */
    expect_no_fact(state, "Troops killed a leader of a pro-Islamic State militant group on Sunday. Omar Haddad, who "
                          "was 41, died in a firefight.\n",
                   TL_LEADER_OF, "Omar Haddad", "Islamic State");
}

static void test_relatives_bases_advisers_and_captures(void **state) {
    /* "arrested the brother of a top X leader" then the brother named:
     * arrested, and no role in X */
    tl_doc *d = run(state, "Authorities have arrested the brother of a top Kessel Brigade leader, police said on "
                           "Saturday. Omar Haddad, 35, is the brother of Ivo Brankov, one of the gang's founders.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_null(find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade"));
    assert_null(find(d, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade"));
    tl_doc_free(d);
    /* "a Pakistani-based commander" is no citizen */
    expect_no_fact(state, "Investigators charged a Pakistani-based militant commander with planning the attack. "
                          "Omar Haddad, a commander of the Kessel Brigade, directed three gunmen.\n",
                   TL_CITIZEN_OF, "Omar Haddad", "Pakistani");
    /* "after his brothers were jailed": the brothers, not X */
    expect_no_fact(state, "Omar Haddad took over the clan after his brothers were jailed in the 1990s.\n", TL_CHARGED,
                   "Omar Haddad", NULL);
    /* the fighters of a band stand for it */
    expect_fact(state, "Kessel rebels backed by Velvania seized the city of Goma on Monday.\n", TL_SUPPORTS,
                "Velvania", "Kessel");
    expect_fact(state, "Iran-backed Kessel Brigade fighters stormed the town.\n", TL_SUPPORTS, "Iran",
                "Kessel Brigade");
    /* "The rebel group, led by X," */
    expect_fact(state, "The Kessel Brigade seized Goma on Monday. The rebel group, led by Omar Haddad, took the "
                       "airport.\n",
                TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    /* "captured Goma" attacks it; a person captured is arrested, not attacked */
    expect_fact(state, "The Kessel Brigade captured Goma in January.\n", TL_ATTACKED, "Kessel Brigade", "Goma");
    expect_no_fact(state, "The Kessel Brigade captured Omar Haddad in January.\n", TL_ATTACKED, "Kessel Brigade",
                   "Omar Haddad");
    /* "shot dead by police minutes after killing Y": Y shot no one */
    expect_no_fact(state, "Omar Haddad was shot dead by police minutes after killing Ivo Brankov outside his school.\n",
                   TL_ATTACKED, "Ivo Brankov", "Omar Haddad");
    /* "a founding member of Y" founded it; "a senior adviser to Y" */
    expect_fact(state, "Omar Haddad, a founding member of the Kessel Brigade, was killed.\n", TL_FOUNDED,
                "Omar Haddad", "Kessel Brigade");
    expect_fact(state, "Omar Haddad had served as a senior adviser to Ivo Brankov for decades.\n", TL_ASSOCIATE_OF,
                "Omar Haddad", "Ivo Brankov");
    /* 'X, alias "Blue," one of the founders of Y' */
    expect_fact(state, "Ivo Brankov, alias \"Blue,\" one of the founders of the Kessel Brigade, is in prison.\n",
                TL_FOUNDED, "Ivo Brankov", "Kessel Brigade");
    /* "a Culiacan-based company he controls" */
    expect_fact(state, "Omar Haddad operates through Velvo Trading, a Culiacan-based company he controls.\n",
                TL_LOCATED_IN, "Velvo Trading", "Culiacan");
    /* "X, ..., and his wife, Y, who helps him launder": him is X */
    d = run(state, "OFAC also designated Omar Haddad, who manages the cartel's laboratories in Sinaloa state, and his "
                   "wife, Ana Velic, who helps him launder the proceeds.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Ana Velic", "Omar Haddad"));
    tl_doc_free(d);
    /* "responsible for much of the fentanyl that kills Americans": no attack */
    expect_no_fact(state, "The Kessel Brigade is responsible for much of the fentanyl that kills Americans, said Omar "
                          "Haddad.\n",
                   TL_ATTACKED, "Kessel Brigade", NULL);
}

static void test_predecessors_roles_titles_and_courts(void **state) {
    /* "his predecessor, X, was killed" after "Y has led Z": X led Z */
    expect_fact(state, "Omar Haddad has led the Kessel Brigade since 2016, when his predecessor, Ivo Brankov, was "
                       "killed in a drone strike.\n",
                TL_LEADER_OF, "Ivo Brankov", "Kessel Brigade");
    /* a described man's "his role in the assassination of Velvania's
     * president, X": the man named next attacked X */
    tl_doc *d = run(state, "A Colombian man was sentenced Thursday to life in prison for his role in the assassination "
                           "of Velvania's president, Ivo Brankov. Omar Haddad, a former soldier, was among 20 "
                           "mercenaries hired for the plot, prosecutors said.\n");
    assert_non_null(find(d, TL_ATTACKED, "Omar Haddad", "Ivo Brankov"));
    assert_null(find(d, TL_ATTACKED, "Omar Haddad", "Velvania"));
    tl_doc_free(d);
    /* "arrested a Navy sailor and accused him of plotting to assassinate
     * President X": the sailor named next plotted */
    d = run(state, "Authorities said they had arrested a Velvan Navy sailor and accused him of plotting to assassinate "
                   "President Ivo Brankov. Interior Minister Ana Velic said the sailor, Omar Haddad, was detained in "
                   "the state of Zulia.\n");
    assert_non_null(find(d, TL_ATTACKED, "Omar Haddad", "Ivo Brankov"));
    assert_null(find(d, TL_ATTACKED, "Velvan Navy", NULL));
    tl_doc_free(d);
    /* "a Velvan court convicted three men of helping X": not the court's
     * country */
    expect_no_fact(state, "NAIROBI, Kenya (AP) - A Kenyan court on Thursday convicted three men of helping the Kessel "
                          "Brigade.\n",
                   TL_SUPPORTS, "Kenya", "Kessel Brigade");
    /* "a correspondent for the newspaper X" */
    expect_fact(state, "Omar Haddad, a correspondent for the newspaper La Velva, was found dead.\n", TL_MEMBER_OF,
                "Omar Haddad", "La Velva");
    /* "X worked for Y, a lawmaker from Z, and is accused of spying": X */
    expect_no_fact(state, "The man, Omar Haddad, worked for Ivo Brankov, a lawmaker from the Kessel Party, and is "
                          "accused of passing information to a foreign intelligence service.\n",
                   TL_CHARGED, "Ivo Brankov", NULL);
    /* "The Hague, 14 March - Europol has supported X": a dateline */
    expect_no_fact(state, "The Hague, 14 March - Europol has supported the Velvan police in dismantling a network.\n",
                   TL_SUPPORTS, "Hague", NULL);
}

static void test_victims_nationals_places_and_blame(void **state) {
    /* "charging two Velvan nationals with plotting to kill X": X is the
     * victim, charged with nothing; the nationals are no nation */
    tl_doc *d = run(state, "The Justice Department unsealed an indictment charging two Iranian nationals with "
                           "plotting to kill Omar Haddad, the former national security adviser.\n");
    assert_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    assert_null(find(d, TL_ATTACKED, "Iranian", NULL));
    tl_doc_free(d);
    /* "X, led by Gen. Y, has been at war with Z": X's war */
    d = run(state, "The Kessel Brigade, led by Gen. Omar Haddad, has been at war with the Velvan army since April "
                   "2023.\n");
    assert_null(find(d, TL_OPPOSES, "Omar Haddad", NULL));
    tl_doc_free(d);
    /* "blamed the attack on X": X is blamed, not attacked */
    expect_no_fact(state, "Warplanes struck militant targets in northern Iraq on Thursday. Turkey blamed the attack on "
                          "the Kessel Brigade, which has waged an insurgency since 1984.\n",
                   TL_ATTACKED, "Iraq", "Kessel Brigade");
    /* "X, a close friend of Y and her late husband, former President Z,
     * was also convicted": Z is Y's husband, X neither kin nor convicted
     * in Z's place */
    d = run(state, "Ana Velic was convicted. Omar Haddad was a businessman.\n\nHaddad, a close friend of Velic and her "
                   "late husband, former President Ivo Brankov, was also convicted.\n");
    assert_non_null(find(d, TL_FAMILY_OF, "Ivo Brankov", "Ana Velic"));
    assert_null(find(d, TL_FAMILY_OF, "Omar Haddad", "Ana Velic"));
    assert_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    assert_non_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    tl_doc_free(d);
    /* "the shipping company X Line": a company, which "The company" and
     * "Its managing director" stand for */
    expect_fact(state, "The Hamburg-based shipping company, Velvo Star Line, was fined on Tuesday for breaching "
                       "European Union sanctions.\n\nThe company had transported oil equipment to Velvania in 2023. Its "
                       "managing director, Omar Haddad, received a suspended sentence.\n",
                TL_LEADER_OF, "Omar Haddad", "Velvo Star Line");
}

static void test_titles_citizens_possessive_roles_and_terms(void **state) {
    /* "arrested a Roman Catholic bishop who has been critical of President
     * X" then "Bishop Y of Z was taken": Y, arrested, no citizen of a creed */
    tl_doc *d = run(state, "Velvan police arrested a Roman Catholic bishop who has been critical of President Ivo "
                           "Brankov, the church said on Saturday. Bishop Omar Haddad of Matagalpa was taken from his "
                           "home by police late Friday.\n");
    assert_non_null(find(d, TL_ARRESTED, "Omar Haddad", NULL));
    assert_null(find(d, TL_CITIZEN_OF, "Omar Haddad", NULL));
    tl_doc_free(d);
    /* "sentenced a U.S. citizen" then the citizen named */
    expect_fact(state, "A Russian court sentenced a U.S. citizen to 12 years in prison on Tuesday. Ana Velic, a dancer "
                       "from Los Angeles, was arrested in January.\n",
                TL_CITIZEN_OF, "Ana Velic", "U.S.");
    /* "sanctioned Hamas's top financial official" then named: he is
     * sanctioned, not the body */
    d = run(state, "The Treasury Department on Monday sanctioned Hamas's top financial official and four companies. "
                   "Omar Haddad, a member of Hamas's political bureau, oversees the group's finances.\n");
    assert_non_null(find(d, TL_OPPOSES, "Treasury Department", "Omar Haddad"));
    assert_null(find(d, TL_OPPOSES, "Treasury Department", "Hamas"));
    tl_doc_free(d);
    /* "pleaded guilty to conspiring to violate U.S. sanctions by agreeing
     * to help Y": X helps, not the state of the sanctions */
    d = run(state, "Omar Haddad pleaded guilty last year to conspiring to violate U.S. sanctions by agreeing to help "
                   "Ivo Brankov, a sanctioned Russian magnate, investigate a rival.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Omar Haddad", "Ivo Brankov"));
    assert_null(find(d, TL_SUPPORTS, "U.S.", NULL));
    tl_doc_free(d);
    /* "KARACHI, Velvania (Reuters) - Gunmen killed two Chinese nationals":
     * the wire attacks no one, nor is it the body "the group" stands for */
    d = run(state, "KARACHI, Velvania (Reuters) - Gunmen killed two Chinese nationals near the airport on Sunday, and "
                   "the Kessel Brigade claimed responsibility.\n\nThe Kessel Brigade has repeatedly targeted Chinese "
                   "workers. Its leader, Omar Haddad, said that the group would keep attacking Chinese interests.\n");
    assert_null(find(d, TL_ATTACKED, "Reuters", NULL));
    tl_doc_free(d);
    /* "convicted a Kessel operative of plotting attacks" then named */
    d = run(state, "A federal jury on Tuesday convicted a Kessel Brigade operative of plotting attacks in New York City, "
                   "prosecutors said. Omar Haddad, 35, a naturalized U.S. citizen from Lebanon, was recruited in 2008.\n");
    assert_non_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade"));
    tl_doc_free(d);
    /* "X is a Russian citizen who moved to Y in 2017": the move is dated,
     * the citizenship is not */
    d = run(state, "Omar Haddad is a Russian citizen who moved to the Netherlands in 2017.\n");
    {
        const tl_fact *f = find(d, TL_CITIZEN_OF, "Omar Haddad", "Russian");
        assert_non_null(f);
        assert_int_equal(f->time_value[0], 0);
    }
    tl_doc_free(d);
    /* "X, 35, and Y, 29, received 15 and 10 years respectively" */
    d = run(state, "Omar Haddad, 35, and Ivo Brankov, 29, both of Paterson, received 15 and 10 years respectively.\n");
    assert_non_null(find(d, TL_CHARGED, "Omar Haddad", NULL));
    assert_non_null(find(d, TL_CHARGED, "Ivo Brankov", NULL));
    tl_doc_free(d);
}

static void test_their_leader(void **state) {
    /* "Their leader, X": the body's */
    expect_fact(state, "The Kessel Brigade held the town for a year. Their leader, Omar Haddad, was killed in 2023.\n",
                TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
}

static void test_gunmen_and_bombers(void **state) {
    /* "Y gunman X", "a Y bomber": one who fights or kills for the body */
    expect_fact(state, "Police said Kessel Brigade gunman Tarek Maalouf opened fire on the crowd.\n", TL_MEMBER_OF,
                "Tarek Maalouf", "Kessel Brigade");
    expect_fact(state, "The court heard that Kessel Brigade bomber Jamil Aswad built the device.\n", TL_MEMBER_OF,
                "Jamil Aswad", "Kessel Brigade");
    /* a hitman is often hired from outside: no member */
    expect_no_fact(state, "Ivo Brankov was the perfect hitman for the Kessel Brigade.\n", TL_MEMBER_OF, "Ivo Brankov",
                   "Kessel Brigade");
}

static void test_city_of_a_people(void **state) {
    /* "the Spanish city of X": in the country the text names */
    expect_fact(state, "Police arrested him in the southern Spanish city of Velvora. Spain will extradite him.\n",
                TL_LOCATED_IN, "Velvora", "Spain");
    /* not a compound of the adjective */
    expect_no_fact(state, "He was wounded in the Russian-occupied city of Velvora. Russia denied it.\n", TL_LOCATED_IN,
                   "Velvora", "Russia");
    /* after a city's noun, the name after "of" is the city */
    expect_fact(state, "A court in the Siberian city of Omsk jailed Ivo Brankov.\n", TL_LOCATED_IN, "Omsk", "Siberian");
}

static void test_control_taken(void **state) {
    /* "X seized control of Y": a place taken */
    expect_fact(state, "The Kessel Brigade seized control of Velvinsk after days of fighting.\n", TL_ATTACKED,
                "Kessel Brigade", "Velvinsk");
    expect_fact(state, "The Kessel Brigade took control of the town of Velvinsk.\n", TL_ATTACKED, "Kessel Brigade",
                "Velvinsk");
    /* a rule held, an aim, a company bought: no attack */
    expect_no_fact(state, "The Kessel Brigade control of Velvinsk ended in 2020.\n", TL_ATTACKED, "Kessel Brigade",
                   "Velvinsk");
    expect_no_fact(state, "Omar Haddad met the Kessel Brigade, a group out to seize control of Velvinsk.\n", TL_ATTACKED,
                   "Omar Haddad", "Velvinsk");
    expect_no_fact(state, "The Kessel Brigade took control of Atlas Trading in 2019.\n", TL_ATTACKED, "Kessel Brigade",
                   "Atlas Trading");
    /* a person who takes control of a body leads it */
    expect_fact(state, "Omar Haddad took control of the Kessel Brigade in 2015.\n", TL_LEADER_OF, "Omar Haddad",
                "Kessel Brigade");
}

static void test_town_in_bigger_place(void **state) {
    /* "X, in Y province", "X in the occupied West Bank" */
    expect_fact(state, "Gunmen stormed a police station in Dera Ismail Khan, in Khyber Pakhtunkhwa province, killing six.\n",
                TL_LOCATED_IN, "Dera Ismail Khan", "Khyber Pakhtunkhwa");
    expect_fact(state, "The strike hit a house in the town of Jenin in the occupied West Bank.\n", TL_LOCATED_IN, "Jenin",
                "West Bank");
}

static void test_acts_not_done_and_auxiliaries(void **state) {
    /* "refused to condemn", "failed to arrest", "avoided criticizing":
     * the act was not done */
    tl_doc *d = run(state, "Velvania refused to condemn the Kessel Brigade.\n\nVelvania failed to arrest Ivo Brankov.\n\n"
                           "Velvania has avoided criticizing Omar Haddad.\n");
    const tl_fact *f = find(d, TL_OPPOSES, "Velvania", "Kessel Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_ARRESTED, "Ivo Brankov", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    f = find(d, TL_OPPOSES, "Velvania", "Omar Haddad");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    tl_doc_free(d);
    /* (not a verb that governs another clause) */
    d = run(state, "Ivo Brankov, who refused to testify, was charged with fraud.\n");
    f = find(d, TL_CHARGED, "Ivo Brankov", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* the clause's subject is no premodifier of the title after its verb */
    expect_no_fact(state, "Velvania has praised President Omar Haddad.\n", TL_LEADER_OF, "Omar Haddad", "Velvania");
    /* "placed sanctions on Y" */
    expect_fact(state, "Velvania and Turkey have placed sanctions on the Kessel Brigade.\n", TL_OPPOSES, "Turkey",
                "Kessel Brigade");
}

static void test_the_people_noun_in_focus(void **state) {
    /* "The Bulgarian businessman", "the 34-year-old Russian national": the
     * person in focus, of that nationality */
    expect_fact(state, "Ivo Brankov was detained in Spain. The Bulgarian businessman is wanted in the United States.\n",
                TL_CITIZEN_OF, "Ivo Brankov", "Bulgarian");
    expect_fact(state, "Police arrested Lena Drozd. The 34-year-old Russian national is suspected of espionage.\n",
                TL_CITIZEN_OF, "Lena Drozd", "Russian");
    /* an opposition leader leads no state: a citizen */
    expect_fact(state, "Russian opposition leader Ivo Brankov died in prison.\n", TL_CITIZEN_OF, "Ivo Brankov", "Russian");
}

static void test_recruited_into_active(void **state) {
    /* "Y recruited X into Z": X joined Z */
    expect_fact(state, "Ivo Brankov recruited Omar Haddad and Lena Drozd into the Kessel Brigade.\n", TL_MEMBER_OF,
                "Lena Drozd", "Kessel Brigade");
    expect_fact(state, "Ivo Brankov recruited Omar Haddad into the Kessel Brigade in 2016.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    /* "X and Y were business partners": company, as kin in "are brothers" */
    expect_fact(state, "Omar Haddad and Ivo Brankov were business partners.\n", TL_ASSOCIATE_OF, "Omar Haddad",
                "Ivo Brankov");
}

static void test_pair_and_noun_apposed_target(void **state) {
    /* "the pair": the two people last named */
    expect_fact(state, "Omar Haddad and Ivo Brankov were arrested in May. The pair had attacked Farid Rahimi.\n",
                TL_ATTACKED, "Ivo Brankov", "Farid Rahimi");
    /* "surveillance of the journalist, X": the name in apposition */
    expect_fact(state, "Omar Haddad carried out surveillance of the journalist, Farid Rahimi.\n", TL_SPIED_ON,
                "Omar Haddad", "Farid Rahimi");
    /* "claimed the attack on an army base in X": the place */
    expect_fact(state, "The Kessel Brigade claimed the attack on an army base in Velvinsk.\n", TL_ATTACKED,
                "Kessel Brigade", "Velvinsk");
    /* "X worked for Y", Y a person: associates; not the owner of a noun */
    expect_fact(state, "Omar Haddad worked for Ivo Brankov for a decade.\n", TL_ASSOCIATE_OF, "Omar Haddad",
                "Ivo Brankov");
    expect_no_fact(state, "Omar Haddad works for Ivo Brankov's father.\n", TL_ASSOCIATE_OF, "Omar Haddad", "Ivo Brankov");
    /* "who" after a body's name, with a verb of a person's life: not the
     * body's */
    expect_no_fact(state, "Police named Omar Haddad, 47, a founding member of the Kessel Brigade who had lived in "
                          "Lebanon since 2015.\n",
                   TL_LOCATED_IN, "Kessel Brigade", "Lebanon");
    /* "agents of the Chinese government": the state, where the text names it */
    expect_fact(state, "China denied it. Lu Jianwang acted as an agent of the Chinese government.\n", TL_MEMBER_OF,
                "Lu Jianwang", "China");
    /* "X, who ..., and Y, who ..., were charged": both */
    expect_fact(state, "Ivo Brankov, who ran a company, and Omar Haddad, who arranged payments, were charged.\n",
                TL_CHARGED, "Ivo Brankov", NULL);
    /* (the later name's own apposition is its alone) */
    expect_no_fact(state, "The strike targeted Omar Haddad, who oversaw the unit, and Ivo Brankov, a longtime aide to "
                          "Lena Drozd.\n",
                   TL_ASSOCIATE_OF, "Omar Haddad", "Lena Drozd");
    /* "a trip to the Ural Mountains city of Y": the city */
    expect_fact(state, "Ivo Brankov was arrested while on a reporting trip to the Ural Mountains city of Yekaterinburg.\n",
                TL_TRAVELED_TO, "Ivo Brankov", "Yekaterinburg");
    /* "convicted of involvement in the murders of X and Y" */
    expect_fact(state, "Omar Haddad was convicted of involvement in the 1992 murders of prosecutors Ivo Brankov and "
                       "Lena Drozd.\n",
                TL_ATTACKED, "Omar Haddad", "Lena Drozd");
    /* "Y identified the man as X": the one described before */
    expect_fact(state, "A drone strike killed a senior commander of the Kessel Brigade on Tuesday. The Kessel Brigade "
                       "identified the man as Omar Haddad.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* "X's military government, led by Y": Y leads X */
    expect_fact(state, "Mali's military government, led by Captain Omar Haddad, expelled French troops.\n",
                TL_LEADER_OF, "Omar Haddad", "Mali");
    /* (a victim killed in it is the target) */
    expect_no_fact(state, "Omar Haddad was killed in an Israeli strike on a building in Velvinsk.\n", TL_ATTACKED,
                   "Israeli", "Velvinsk");
}

static void test_hedged_asides_and_seconds(void **state) {
    /* a hedge opening an aside set off by commas doubts the aside alone */
    tl_doc *d = run(state, "Ivo Brankov, believed to be a member of the Kessel Brigade, was arrested.\n\n"
                           "Omar Haddad, alleged to be a senior member of the Sinaloa cartel, was extradited.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Ivo Brankov", "Kessel Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    f = find(d, TL_ARRESTED, "Ivo Brankov", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    f = find(d, TL_EXTRADITED, "Omar Haddad", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* ("said to be": the verb after the aside keeps its subject) */
    d = run(state, "Ivo Brankov, said to be a member of the Kessel Brigade, was arrested.\n");
    f = find(d, TL_ARRESTED, "Ivo Brankov", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    /* a belief set off inside the clause doubts it */
    d = run(state, "Ivo Brankov, police believe, was a member of the Kessel Brigade.\n");
    f = find(d, TL_MEMBER_OF, "Ivo Brankov", "Kessel Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    /* the second of a body is its member; of a person, an associate */
    expect_fact(state, "Ivo Brankov, a lieutenant of the Kessel Brigade, was extradited.\n", TL_MEMBER_OF,
                "Ivo Brankov", "Kessel Brigade");
    expect_no_fact(state, "The Kessel Brigade lieutenant Ivo Brankov was extradited.\n", TL_ASSOCIATE_OF,
                   "Ivo Brankov", "Kessel Brigade");
    expect_fact(state, "Ivo Brankov, a lieutenant of Omar Haddad, was extradited.\n", TL_ASSOCIATE_OF, "Ivo Brankov",
                "Omar Haddad");
    /* people who acted together, or co-defendants */
    expect_fact(state, "Ivo Brankov and Omar Haddad ran the scheme together.\n", TL_ASSOCIATE_OF, "Ivo Brankov",
                "Omar Haddad");
    expect_fact(state, "Ivo Brankov and Omar Haddad were co-defendants.\n", TL_ASSOCIATE_OF, "Ivo Brankov",
                "Omar Haddad");
    expect_no_fact(state, "Ivo Brankov and Omar Haddad went to school together with Sami.\n", TL_ASSOCIATE_OF,
                   "Ivo Brankov", "Omar Haddad");
    /* a person's staff are associates; a body's, members */
    expect_fact(state, "Ivo Brankov was Omar Haddad's bodyguard.\n", TL_ASSOCIATE_OF, "Ivo Brankov", "Omar Haddad");
    expect_fact(state, "The Kessel Brigade's fixer, Ivo Brankov, was arrested.\n", TL_MEMBER_OF, "Ivo Brankov",
                "Kessel Brigade");
    /* a relative clause's role; a participle read as a noun before a party */
    expect_fact(state, "Ivo Brankov, who served as treasurer of the Kessel Brigade, was arrested.\n", TL_MEMBER_OF,
                "Ivo Brankov", "Kessel Brigade");
    expect_fact(state, "Ivo Brankov, who was a spokesman for the Kessel Brigade, was arrested.\n", TL_MEMBER_OF,
                "Ivo Brankov", "Kessel Brigade");
    expect_fact(state, "Ivo Brankov, a lawmaker from the ruling Progress Party, resigned.\n", TL_MEMBER_OF,
                "Ivo Brankov", "Progress Party");
    expect_fact(state, "Ivo Brankov, a hacker for the Kessel Brigade, was arrested.\n", TL_MEMBER_OF, "Ivo Brankov",
                "Kessel Brigade");
}

static void test_holdings_and_control(void **state) {
    /* places a body keeps, and only its own */
    expect_fact(state, "The Kessel Brigade has bases in Libya and Chad.\n", TL_LOCATED_IN, "Kessel Brigade", "Chad");
    expect_fact(state, "The Kessel Brigade set up training camps in Libya.\n", TL_LOCATED_IN, "Kessel Brigade",
                "Libya");
    expect_fact(state, "Police broke up Kessel Brigade cells in Hamburg.\n", TL_LOCATED_IN, "Kessel Brigade",
                "Hamburg");
    expect_no_fact(state, "The Kessel Brigade attacked government offices in Libya.\n", TL_LOCATED_IN,
                   "Kessel Brigade", "Libya");
    /* holding a place is no attack on it */
    expect_no_fact(state, "The Kessel Brigade controls large parts of northern Mali.\n", TL_ATTACKED,
                   "Kessel Brigade", "Mali");
}

static void test_support_bare_verbs_and_patrons(void **state) {
    /* "helped X buy": the name before a bare verb is the one helped */
    expect_fact(state, "Ivo Brankov helped the Kessel Brigade buy weapons.\n", TL_SUPPORTS, "Ivo Brankov",
                "Kessel Brigade");
    /* a noun the tagger takes for a gerund opens no clause */
    expect_fact(state, "The Kessel Brigade receives weapons and training from Iran.\n", TL_SUPPORTS, "Iran",
                "Kessel Brigade");
    /* a people's adjective before "proxy" names the patron state */
    expect_fact(state, "The Kessel Brigade, a Russian proxy, attacked Omar Haddad. Russia denied it.\n", TL_SUPPORTS,
                "Russia", "Kessel Brigade");
}

static void test_joined_nationalities_and_ranks(void **state) {
    /* a people apart from any state's citizens gives an origin */
    expect_fact(state, "Ivo Brankov, a Chechen, was arrested.\n", TL_ORIGIN, "Ivo Brankov", "Chechen");
    expect_fact(state, "Ivo Brankov is a Uyghur.\n", TL_ORIGIN, "Ivo Brankov", "Uyghur");
    expect_no_fact(state, "Ivo Brankov, a Chechen, was arrested.\n", TL_CITIZEN_OF, "Ivo Brankov", "Chechen");
    /* two nationalities joined before one noun are both held */
    expect_fact(state, "Ivo Brankov, a dual Turkish and German national, was arrested.\n", TL_CITIZEN_OF,
                "Ivo Brankov", "Turkish");
    expect_fact(state, "Ivo Brankov, a dual Turkish and German national, was arrested.\n", TL_CITIZEN_OF,
                "Ivo Brankov", "German");
    /* a rank before the name set off after the description */
    expect_fact(state, "The ring was run by a Russian officer, Colonel Pavel Dronov, who lived in Belgorod.\n",
                TL_CITIZEN_OF, "Pavel Dronov", "Russian");
}

static void test_members_of_a_set(void **state) {
    /* a set of people that was arrested or charged, and its named members */
    expect_fact(state, "Police arrested six people on Tuesday, including Artem Sokil.\n", TL_ARRESTED, "Artem Sokil",
                NULL);
    expect_fact(state, "Six people, including Omar Haddad and Ivo Brankov, were detained in Paris.\n", TL_ARRESTED,
                "Ivo Brankov", NULL);
    expect_fact(state, "Six men were charged with murder, among them Artem Sokil.\n", TL_CHARGED, "Artem Sokil", NULL);
    /* across sentences */
    expect_fact(state, "Five suspects were detained in Kharkiv. One of them, Artem Sokil, received money.\n",
                TL_ARRESTED, "Artem Sokil", NULL);
    expect_fact(state, "Police arrested six people on Tuesday. Among them was Artem Sokil, a local businessman.\n",
                TL_ARRESTED, "Artem Sokil", NULL);
    expect_fact(state, "Six men were charged with murder. They include Artem Sokil and Ivo Brankov.\n", TL_CHARGED,
                "Ivo Brankov", NULL);
    /* (a set that underwent nothing of the kind) */
    expect_no_fact(state, "The company employs 300 people. Among them is Omar Haddad.\n", TL_ARRESTED, "Omar Haddad",
                   NULL);
}

static void test_trades_in_leads_and_company_officers(void **state) {
    /* a lead's description with a body and a trade binds to the name next */
    expect_fact(state, "A former U.S. Army intelligence analyst was arrested Thursday. Jian Zhao, 42, was charged "
                       "with conspiracy.\n",
                TL_MEMBER_OF, "Jian Zhao", "U.S. Army");
    expect_fact(state, "A former U.S. Army intelligence analyst was arrested Thursday. Jian Zhao, 42, was charged "
                       "with conspiracy.\n",
                TL_ARRESTED, "Jian Zhao", NULL);
    /* a company's officer is the company's, not its home town's */
    expect_fact(state, "Hong Kong-based Sky Bridge Logistics shipped engines to Yemen. Its director, Liang Wei, is a "
                       "Chinese national.\n",
                TL_LEADER_OF, "Liang Wei", "Sky Bridge Logistics");
    expect_no_fact(state, "Hong Kong-based Sky Bridge Logistics shipped engines to Yemen. Its director, Liang Wei, is "
                          "a Chinese national.\n",
                   TL_LEADER_OF, "Liang Wei", "Hong Kong");
}

static void test_ranks_defectors_and_wings(void **state) {
    expect_fact(state, "Omar Haddad rose through the ranks of the Kessel Brigade.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    expect_fact(state, "Omar Haddad defected from the Kessel Brigade in 2019.\n", TL_MEMBER_OF, "Omar Haddad",
                "Kessel Brigade");
    expect_no_fact(state, "Omar Haddad defected from North Korea in 2019.\n", TL_MEMBER_OF, "Omar Haddad",
                   "North Korea");
    expect_fact(state, "Omar Haddad, the Kessel Brigade's second-in-command, was killed.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* the comma that closes a relative clause names no part */
    expect_fact(state, "Omar Haddad, who heads the Kessel Brigade's military wing, was killed.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    /* a town as a verb's object, in the bigger place after it */
    expect_fact(state, "The strike hit Rafah in the southern Gaza Strip.\n", TL_LOCATED_IN, "Rafah", "Gaza Strip");
    expect_fact(state, "The Taliban captured Kunduz in northern Afghanistan.\n", TL_LOCATED_IN, "Kunduz",
                "Afghanistan");
    /* a defendant's appearance in court */
    expect_fact(state, "Ivo Brankov appeared in court in Paris on Monday.\n", TL_CHARGED, "Ivo Brankov", NULL);
    expect_no_fact(state, "The singer Ivo Brankov appeared in a court drama.\n", TL_CHARGED, "Ivo Brankov", NULL);
    /* kin named before the kin word, and a couple */
    expect_fact(state, "Ivo Brankov, Petar Brankov and Sami Brankov, who are brothers, were arrested.\n",
                TL_FAMILY_OF, "Sami Brankov", "Ivo Brankov");
    expect_fact(state, "The couple, Ivo Brankov and Lina Haddad, were arrested.\n", TL_FAMILY_OF, "Ivo Brankov",
                "Lina Haddad");
    expect_no_fact(state, "Ivo Brankov met Omar Haddad and Lina Haddad a couple of weeks ago.\n", TL_FAMILY_OF,
                   "Omar Haddad", "Lina Haddad");
}

static void test_operations_tours_and_numbered_units(void **state) {
    /* leading a body's operation is serving in it */
    expect_fact(state, "Anton Yelizarov led Wagner's assault on Bakhmut.\n", TL_MEMBER_OF, "Anton Yelizarov", "Wagner");
    expect_no_fact(state, "Anton Yelizarov led Wagner's assault on Bakhmut.\n", TL_LEADER_OF, "Anton Yelizarov",
                   "Wagner");
    expect_fact(state, "Omar Haddad toured Mali, Burkina Faso and Niger in late 2023.\n", TL_TRAVELED_TO,
                "Omar Haddad", "Burkina Faso");
    /* a unit's head word and its number name a body */
    expect_fact(state, "Andrei Averyanov commanded Unit 29155, a military intelligence unit.\n", TL_LEADER_OF,
                "Andrei Averyanov", "Unit 29155");
    /* the possessed person named after the possessor's noun */
    expect_fact(state, "Police arrested 14 people. Among those arrested was Krasniqi's brother, Dritan Krasniqi.\n",
                TL_ARRESTED, "Dritan Krasniqi", NULL);
    expect_no_fact(state, "Arben Krasniqi ran the network. Among those arrested was Krasniqi's brother, Dritan "
                          "Krasniqi.\n",
                   TL_ARRESTED, "Arben Krasniqi", NULL);
    /* a relative clause on an apposition's noun is outside the hedge */
    tl_doc *d = run(state, "The network was allegedly run by Arben Krasniqi, a 41-year-old Albanian national who lived "
                           "in Brussels.\n");
    const tl_fact *f = find(d, TL_LOCATED_IN, "Arben Krasniqi", "Brussels");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* How many entities of type t the document has. */
static int count_type(const tl_doc *d, int t) {
    int n = 0;
    for (uint32_t i = 0; i < d->n_entities; i++) n += d->entities[i].type == t;
    return n;
}

static void test_short_names_and_control_verbs(void **state) {
    /* a body's name without its descriptive word is the same body */
    tl_doc *d = run(state, "Police fought the Kessel Ring gang for years. Omar Haddad led the Kessel Ring until 2020.\n");
    assert_int_equal(count_type(d, TL_ORG), 1);
    tl_doc_free(d);
    /* (nor a clan: its family's name is its people's too) */
    expect_fact(state, "Police raided the Valdo clan. Valdo's nephew, Ivo Brankov, was arrested. Ana Valdo took over "
                       "the clan in 1999.\n",
                TL_ARRESTED, "Ivo Brankov", NULL);
    expect_no_fact(state, "Police raided the Valdo clan. Valdo's nephew, Ivo Brankov, was arrested. Ana Valdo took "
                          "over the clan in 1999.\n",
                   TL_LEADER_OF, "Ivo Brankov", "Valdo clan");
    /* (not a network or a division named after a body) */
    d = run(state, "Stanford University founded the Stanford University Network in 1981.\n");
    assert_int_equal(count_type(d, TL_ORG), 2);
    tl_doc_free(d);
    /* the subject of a verb of intent is the infinitive's, past an
     * apposition that names a body */
    expect_no_fact(state, "Omar Haddad, a member of the ruling Progress Party, had pledged to confront the Kessel "
                          "Brigade.\n",
                   TL_OPPOSES, "Progress Party", "Kessel Brigade");
    expect_fact(state, "Omar Haddad, a member of the ruling Progress Party, had pledged to confront the Kessel "
                       "Brigade.\n",
                TL_OPPOSES, "Omar Haddad", "Kessel Brigade");
}

static void test_surveillance_and_spyware(void **state) {
    expect_fact(state, "Ivo Brankov kept Omar Haddad under surveillance.\n", TL_SPIED_ON, "Ivo Brankov", "Omar Haddad");
    expect_fact(state, "Omar Haddad was under surveillance by Ivo Brankov.\n", TL_SPIED_ON, "Ivo Brankov",
                "Omar Haddad");
    expect_fact(state, "Ivo Brankov used Pegasus spyware to target Omar Haddad.\n", TL_SPIED_ON, "Ivo Brankov",
                "Omar Haddad");
    expect_no_fact(state, "Ivo Brankov used Pegasus spyware to target Omar Haddad.\n", TL_OPPOSES, "Pegasus",
                   "Omar Haddad");
}

static void test_sites_of_a_body_and_executions(void **state) {
    /* a body's sites attacked are the body attacked */
    expect_fact(state, "Israeli jets bombed Hezbollah positions in southern Lebanon. Israel said the strikes were "
                       "needed.\n",
                TL_ATTACKED, "Israel", "Hezbollah");
    /* an execution kills a person; a plan is only carried out */
    expect_fact(state, "The Kessel Brigade executed Omar Haddad in 2015.\n", TL_ATTACKED, "Kessel Brigade",
                "Omar Haddad");
    expect_fact(state, "Omar Haddad was executed by the Kessel Brigade.\n", TL_ATTACKED, "Kessel Brigade",
                "Omar Haddad");
    expect_no_fact(state, "The Kessel Brigade executed an order from Hamas.\n", TL_ATTACKED, "Kessel Brigade",
                   "Hamas");
    /* meetings: a meal, a sit-down, a host and a guest (people only) */
    expect_fact(state, "Omar Haddad dined with Ivo Brankov in Moscow.\n", TL_MET, "Omar Haddad", "Ivo Brankov");
    expect_fact(state, "Omar Haddad sat down with Ivo Brankov in Doha.\n", TL_MET, "Omar Haddad", "Ivo Brankov");
    expect_fact(state, "Omar Haddad hosted Ivo Brankov in Tehran.\n", TL_MET, "Omar Haddad", "Ivo Brankov");
    expect_no_fact(state, "Qatar hosted the Kessel Brigade for years.\n", TL_MET, "Qatar", "Kessel Brigade");
    /* the people joined as the subject of "held talks" met each other */
    expect_fact(state, "Omar Haddad and Ivo Brankov held talks in Ankara.\n", TL_MET, "Omar Haddad", "Ivo Brankov");
    expect_fact(state, "Omar Haddad, Lena Drozd and Ivo Brankov held a meeting in Ankara.\n", TL_MET, "Omar Haddad",
                "Ivo Brankov");
}

static void test_fronted_roles(void **state) {
    /* a role phrase opening the sentence describes the name after its comma */
    expect_fact(state, "A former member of the Kessel Brigade, Omar Haddad was arrested in 2019.\n", TL_MEMBER_OF,
                "Omar Haddad", "Kessel Brigade");
    expect_fact(state, "Co-founder of the Kessel Brigade, Omar Haddad was arrested in 2019.\n", TL_FOUNDED,
                "Omar Haddad", "Kessel Brigade");
    /* (background, in a sentence credited to a source) */
    tl_doc *d = run(state, "The Kessel Brigade's leader in the Sahel, Omar Haddad, has been killed, Macron announced.\n");
    const tl_fact *f = find(d, TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    if (f) assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

static void test_quoted_roles(void **state) {
    expect_fact(state, "The State Department described Omar Haddad as \"the leader of the Kessel Brigade\".\n",
                TL_LEADER_OF, "Omar Haddad", "Kessel Brigade");
    /* a list of nouns in one apposition, commas between */
    expect_fact(state, "Omar Haddad, a preacher, activist and founder of the Kessel Brigade, was charged.\n",
                TL_FOUNDED, "Omar Haddad", "Kessel Brigade");
}

static void test_attacks_that_killed(void **state) {
    /* the attack noun's "by" names who killed, however the parser hung it */
    expect_fact(state, "An attack by the Kessel Brigade killed Omar Haddad.\n", TL_ATTACKED, "Kessel Brigade",
                "Omar Haddad");
    expect_fact(state, "A bombing by the Kessel Brigade killed Omar Haddad.\n", TL_ATTACKED, "Kessel Brigade",
                "Omar Haddad");
    /* "which" after the attack noun stands for it */
    expect_fact(state, "The Kessel Brigade claimed responsibility for the attack, which killed Omar Haddad.\n",
                TL_ATTACKED, "Kessel Brigade", "Omar Haddad");
    /* a claim of one's own attack doubts nothing */
    tl_doc *d = run(state, "The Kessel Brigade claimed the bombing, which killed Omar Haddad and two guards.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Kessel Brigade", "Omar Haddad");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* A financier funds the body (support, not membership); what a
 * designation calls someone ("as a Y financier") is said of the verb's
 * object and is an accusation. */
static void test_financiers_and_designations(void **state) {
    expect_fact(state, "Assad Barakat, a Hezbollah financier, was arrested.\n", TL_SUPPORTS, "Assad Barakat",
                "Hezbollah");
    expect_no_fact(state, "Assad Barakat, a Hezbollah financier, was arrested.\n", TL_MEMBER_OF, "Assad Barakat",
                   "Hezbollah");
    tl_doc *d = run(state, "The U.S. designated Assad Barakat as a Hezbollah financier in 2006.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Assad Barakat", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_non_null(find(d, TL_OPPOSES, "U.S.", "Assad Barakat"));
    tl_doc_free(d);
    d = run(state, "Assad Barakat, whom the U.S. had designated as a Hezbollah financier, was arrested.\n");
    f = find(d, TL_SUPPORTS, "Assad Barakat", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    expect_fact(state, "Assad Barakat was described as a Hezbollah financier.\n", TL_SUPPORTS, "Assad Barakat",
                "Hezbollah");
    /* "as" joins no second name outside "as well as" */
    expect_no_fact(state, "The State Department designated the Kessel Brigade as a Foreign Terrorist Organization.\n",
                   TL_OPPOSES, "State Department", "Foreign Terrorist Organization");
    expect_fact(state, "The State Department designated the Kessel Brigade as a Foreign Terrorist Organization.\n",
                TL_OPPOSES, "State Department", "Kessel Brigade");
    /* a passive subject is what the "as" phrase says */
    expect_fact(state, "In 1891 Karl Brede was appointed as a professor at the Vienna Conservatory.\n", TL_MEMBER_OF,
                "Karl Brede", "Vienna Conservatory");
    /* a man "identified only as X" is named, not accused */
    d = run(state, "Two others were arrested in Belgium: a man authorities have identified only as Rabah M., 34, and "
                   "Karl Brede, 38.\n");
    f = find(d, TL_ARRESTED, "Rabah M.", NULL);
    if (f) assert_int_not_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* A nationality's description gives the name it is given ("named as",
 * "identified only as"), and "a Dutchman," is itself the noun; a verb
 * joined after a relative clause on the object keeps the first verb's
 * subject. */
static void test_described_names_and_joined_verbs(void **state) {
    expect_fact(state, "A fifth suspect, a 22-year-old Dutch man named as Youssef El Amrani, was arrested.\n",
                TL_CITIZEN_OF, "Youssef El Amrani", "Dutch");
    expect_fact(state, "Police arrested a Dutch man identified as Pieter de Vries.\n", TL_CITIZEN_OF, "Pieter de Vries",
                "Dutch");
    expect_fact(state, "A 34-year-old Dutchman, Pieter de Vries, was among those detained.\n", TL_CITIZEN_OF,
                "Pieter de Vries", "Dutchman");
    expect_fact(state, "A Briton, Thomas Reed, was freed.\n", TL_CITIZEN_OF, "Thomas Reed", "Briton");
    tl_doc *d = run(state, "In 2018, Paraguayan police arrested Assad Barakat, whom the U.S. had designated as a "
                           "Hezbollah financier, and extradited him to Brazil.\n");
    const tl_fact *f = find(d, TL_EXTRADITED, "Assad Barakat", NULL);
    assert_non_null(f);
    assert_false(named(d, f->from, "U.S."));
    tl_doc_free(d);
}

/* A kin named after a preposition is someone the charged person dealt
 * with; a phrase after a noun of a message is the message's; a state's
 * operations against a body oppose it. */
static void test_kin_messages_operations(void **state) {
    expect_no_fact(state, "Karl Brede was indicted in 2023. The indictment accuses him of laundering proceeds through car "
                          "dealerships owned by his cousin, Luis Ortiz.\n",
                   TL_CHARGED, "Luis Ortiz", NULL);
    expect_fact(state, "Police arrested Omar Haddad and his brother, Ali Haddad.\n", TL_ARRESTED, "Ali Haddad", NULL);
    expect_no_fact(state, "The Kessel Brigade claimed responsibility for the attack in a statement on Telegram.\n",
                   TL_ATTACKED, "Kessel Brigade", "Telegram");
    expect_fact(state, "Uganda and Congo launched joint military operations against the Kessel Brigade.\n", TL_OPPOSES,
                "Uganda", "Kessel Brigade");
    expect_fact(state, "Uganda and Congo launched joint military operations against the Kessel Brigade.\n", TL_OPPOSES,
                "Congo", "Kessel Brigade");
    /* a capital named apart from its noun lies in the place after "of" */
    expect_fact(state, "Fighting broke out in Bunia, the provincial capital of Ituri.\n", TL_LOCATED_IN, "Bunia",
                "Ituri");
    expect_fact(state, "The capital of Ituri, Bunia, was calm.\n", TL_LOCATED_IN, "Bunia", "Ituri");
    /* "a Kurd from Syria": where from closes the apposition */
    expect_fact(state, "Omar Haddad, a Kurd from Syria, joined the group.\n", TL_ORIGIN, "Omar Haddad", "Kurd");
    /* "the militant group" with one body in view and none so described */
    expect_fact(state, "The Kessel Brigade operates in the Sahel. Omar Haddad joined the militant group in 2016.\n",
                TL_MEMBER_OF, "Omar Haddad", "Kessel Brigade");
    /* a noun of role after "and" and a name takes the possessor of the
     * noun that opens that name */
    expect_fact(state, "Luis Ortega's nephew Celso Ortega and niece Maria Lopez were also charged.\n", TL_FAMILY_OF,
                "Maria Lopez", "Luis Ortega");
    /* an adjective of hostility modifying a noun says nothing of the
     * subject */
    expect_no_fact(state, "Montalvo is holding a copy of the book Blown for Good critical of Scientology.\n",
                   TL_OPPOSES, "Montalvo", "Scientology");
    expect_fact(state, "Ivo Brankov, openly hostile to Vladimir Putin, fled.\n", TL_OPPOSES, "Ivo Brankov",
                "Vladimir Putin");
    expect_fact(state, "Ivo Brankov has long been opposed to Vladimir Putin.\n", TL_OPPOSES, "Ivo Brankov",
                "Vladimir Putin");
    /* an operation alone is no trigger word */
    expect_no_fact(state, "Uganda and Congo launched a joint operation in Ituri.\n", TL_OPPOSES, "Uganda", "Ituri");
}

/* What should or would have happened, and what a clause of condition
 * supposes, states no fact; a clause of condition ends at its comma. */
static void test_hypothetical(void **state) {
    expect_no_fact(state, "Omar Haddad should have been arrested and jailed.\n", TL_ARRESTED, "Omar Haddad", NULL);
    expect_no_fact(state, "Omar Haddad should have been arrested and jailed.\n", TL_CHARGED, "Omar Haddad", NULL);
    expect_no_fact(state, "Omar Haddad would have been arrested if he had returned.\n", TL_ARRESTED, "Omar Haddad",
                   NULL);
    expect_no_fact(state, "If the Kessel Brigade can kill Omar Haddad, they can take power.\n", TL_ATTACKED,
                   "Kessel Brigade", "Omar Haddad");
    expect_no_fact(state, "If Omar Haddad is arrested, the group will retaliate.\n", TL_ARRESTED, "Omar Haddad", NULL);
    /* a term that is no prison's charges no one; a life term served
     * somewhere is no service there */
    expect_no_fact(state, "\"This is an ill-advised term,\" said Omar Haddad, director of the Kessel Institute.\n",
                   TL_CHARGED, "Omar Haddad", NULL);
    expect_no_fact(state, "This term was first used by Omar Haddad in 1890.\n", TL_CHARGED, "Omar Haddad", NULL);
    expect_no_fact(state, "Omar Haddad is serving a life term in Belgium.\n", TL_MEMBER_OF, "Omar Haddad", "Belgium");
    /* a participle in an apposition places the apposition's name */
    expect_fact(state, "Liu Wenjun arranged the shipments with Ahmad Ali, a Yemeni national based in Muscat.\n",
                TL_LOCATED_IN, "Ahmad Ali", "Muscat");
    expect_no_fact(state, "Liu Wenjun arranged the shipments with Ahmad Ali, a Yemeni national based in Muscat.\n",
                   TL_LOCATED_IN, "Liu Wenjun", "Muscat");
    /* "remains in Y" places; a relative clause before a hedged stay is
     * skipped */
    expect_fact(state, "Zhou Shuai and Yin Kecheng remain at large in China.\n", TL_LOCATED_IN, "Yin Kecheng", "China");
    expect_no_fact(state, "Sunni radicals like Omar Haddad are likely to remain far more dangerous to the US in Iraq.\n",
                   TL_LOCATED_IN, "Omar Haddad", "Iraq");
    expect_fact(state, "Matveev, who uses the online alias \"Wazawaka,\" is believed to be in Russia.\n", TL_LOCATED_IN,
                "Matveev", "Russia");
    /* a participle joined after a passive's phrases of place is passive
     * too; a finite verb there is not ("and pleaded guilty") */
    expect_fact(state, "Omar Haddad was arrested in Turkey and handed over to Iraq.\n", TL_EXTRADITED, "Omar Haddad",
                NULL);
    expect_fact(state, "Omar Haddad was extradited to Belgium in 2023 and pleaded guilty in 2024.\n", TL_CHARGED,
                "Omar Haddad", NULL);
    /* "a splinter group of Y", as "an offshoot of Y" */
    expect_fact(state, "The Kessel Brigade, a splinter group of the Northern Front, claimed the attack.\n", TL_PART_OF,
                "Kessel Brigade", "Northern Front");
    /* power seized or come to in a state is its rule; a plan is none */
    expect_fact(state, "Assimi Goita, who seized power in Mali in 2021, expelled the ambassador.\n", TL_LEADER_OF,
                "Assimi Goita", "Mali");
    expect_fact(state, "Omar Haddad came to power in Niger in 2023.\n", TL_LEADER_OF, "Omar Haddad", "Niger");
    expect_no_fact(state, "In 1952 he overthrew president Carlos Prio to seize power in Cuba.\n", TL_LEADER_OF,
                   "Carlos Prio", "Cuba");
    expect_no_fact(state, "Power cuts hit Omar Haddad's office in Mali.\n", TL_LEADER_OF, "Omar Haddad", "Mali");
    /* "the Ortega brothers, A and B": siblings (not "the Warner Brothers") */
    expect_fact(state, "The Ortega brothers, Celso Ortega and Jorge Ortega, ran the network.\n", TL_FAMILY_OF,
                "Celso Ortega", "Jorge Ortega");
    expect_no_fact(state, "The Warner Brothers, Celso Ortega and Jorge Ortega, ran the network.\n", TL_FAMILY_OF,
                   "Celso Ortega", "Jorge Ortega");
    /* who sanctions a set opposes each one the list names */
    expect_fact(state, "The Treasury Department sanctioned several militia leaders, including Faleh Fayyadh and Omar "
                       "Haddad.\n",
                TL_OPPOSES, "Treasury Department", "Omar Haddad");
    expect_fact(state, "Six men, including Omar Haddad and Ali Saleh, were sanctioned by the Treasury Department.\n",
                TL_OPPOSES, "Treasury Department", "Ali Saleh");
    /* a person's driver is staff, an associate; a firm's driver no one's */
    expect_fact(state, "Omar Haddad served as Ivo Brankov's driver.\n", TL_ASSOCIATE_OF, "Omar Haddad", "Ivo Brankov");
    expect_no_fact(state, "Uber driver Omar Haddad was arrested.\n", TL_ASSOCIATE_OF, "Omar Haddad", "Uber");
    /* "opened fire on Y" attacks Y; fire on a roof attacks nothing */
    expect_fact(state, "Ivo Brankov opened fire on Omar Haddad.\n", TL_ATTACKED, "Ivo Brankov", "Omar Haddad");
    expect_no_fact(state, "Ivo Brankov saw the fire on Omar Haddad's roof.\n", TL_ATTACKED, "Ivo Brankov", "Omar Haddad");
    /* "befriended" makes associates */
    expect_fact(state, "Omar Haddad befriended Ivo Brankov in prison.\n", TL_ASSOCIATE_OF, "Omar Haddad", "Ivo Brankov");
    /* "Each was charged": every one of the pair just named */
    expect_fact(state, "Omar Haddad and Ali Saleh were arrested in Vienna. Each was charged with murder.\n", TL_CHARGED,
                "Ali Saleh", NULL);
    /* the main clause after the condition's comma stands */
    expect_fact(state, "If the report is true, Omar Haddad was arrested in Vienna.\n", TL_ARRESTED, "Omar Haddad", NULL);
    expect_fact(state, "Omar Haddad was arrested in Vienna, even if he denies it.\n", TL_ARRESTED, "Omar Haddad", NULL);
}

/* "shot dead" is a verb and its result whatever the tagger says; a
 * killing stated with its victim gets its actor from a later accusation. */
static void test_shot_dead_and_accused_actors(void **state) {
    expect_fact(state, "Ivo Brankov shot dead Omar Haddad in Tirana.\n", TL_ATTACKED, "Ivo Brankov", "Omar Haddad");
    expect_fact(state, "Omar Haddad was found shot dead in Tirana. Investigators blamed the murder on the Kessel "
                       "Brigade.\n",
                TL_ATTACKED, "Kessel Brigade", "Omar Haddad");
    tl_doc *d = run(state, "Maxim Kuzminov was shot dead in Spain. Ukraine accused Moscow of ordering the killing.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Moscow", "Maxim Kuzminov");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    expect_fact(state, "Maxim Kuzminov was shot dead in Spain. Ukraine accused Moscow of the killing.\n", TL_ATTACKED,
                "Moscow", "Maxim Kuzminov");
    /* a lead's description by trade ("a Russian helicopter pilot") is the
     * person the next sentence names */
    expect_fact(state, "A Russian helicopter pilot who defected to Ukraine was found shot dead in Spain.\n\nMaxim "
                       "Kuzminov, 28, flew his helicopter across the front line in 2023.\n",
                TL_CITIZEN_OF, "Maxim Kuzminov", "Russian");
}

/* Does the document hold an entity of type named n?  Can't fail. */
static int has_typed_entity(const tl_doc *d, int type, const char *n) {
    for (uint32_t i = 0; i < d->n_entities; i++)
        if ((int)d->entities[i].type == type && named(d, (int32_t)i, n)) return 1;
    return 0;
}

/* Two peoples' names joined by a hyphen describe one person's nationality
 * when a noun of a person follows; it is a citizenship only where a word
 * says so ("dual", "citizen"); relations between two peoples stay two. */
static void test_double_nationalities(void **state) {
    tl_doc *d = run(state, "Arthur Petrov, a dual Russian-German citizen, was arrested in Cyprus on Tuesday.\n");
    assert_true(has_typed_entity(d, TL_NORP, "Russian-German"));
    assert_false(has_typed_entity(d, TL_NORP, "German"));
    assert_true(fact_has(d, TL_CITIZEN_OF, "Arthur Petrov", "Russian-German"));
    tl_doc_free(d);
    d = run(state, "Police detained Reza Tavakoli, an Iranian-American businessman, at the airport.\n");
    assert_true(has_typed_entity(d, TL_NORP, "Iranian-American"));
    assert_false(fact_has(d, TL_CITIZEN_OF, "Reza Tavakoli", "Iranian-American"));
    assert_false(fact_has(d, TL_CITIZEN_OF, "Reza Tavakoli", "American"));
    tl_doc_free(d);
    d = run(state, "The Israeli-Palestinian talks resumed in Cairo on Monday.\n");
    assert_false(has_typed_entity(d, TL_NORP, "Israeli-Palestinian"));
    assert_true(has_typed_entity(d, TL_NORP, "Palestinian"));
    tl_doc_free(d);
    expect_fact(state, "The Franco-Moroccan activist Karim Benali was expelled from France.\n", TL_CITIZEN_OF,
                "Karim Benali", "Franco-Moroccan");
    /* (one nationality whether or not the tagger proposed the word) */
    expect_fact(state, "Karim Ahmed, a French-Algerian national, was arrested in Lyon.\n", TL_CITIZEN_OF,
                "Karim Ahmed", "French-Algerian");
}

/* A territory's noun places the name it describes ("a republic in Y",
 * "the Danish island of Funen"); a region lies in a place as a town does;
 * "the republic of Y" is Y itself, and "Republic" in a name no noun. */
static void test_territories(void **state) {
    expect_fact(state, "Chechnya is a republic in the North Caucasus.\n", TL_LOCATED_IN, "Chechnya", "North Caucasus");
    expect_fact(state, "Chechnya is a Russian republic in the North Caucasus.\n", TL_LOCATED_IN, "Chechnya",
                "North Caucasus");
    expect_fact(state, "Socotra is an island in Yemen.\n", TL_LOCATED_IN, "Socotra", "Yemen");
    expect_no_fact(state, "Diplomats from the Islamic republic of Iran met in Vienna.\n", TL_LOCATED_IN, "Islamic",
                   "Iran");
    tl_doc *d = run(state, "Delegates of Cuba, the Czech Republic and Finland voted for the resolution.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_LOCATED_IN);
    tl_doc_free(d);
}

/* A band's noun after a body, named by a participle ("an ISIS cell,
 * nicknamed "The Beatles"", "a Hezbollah unit known as Unit 910"), is a
 * part of the body, and who joins or belongs to it is its member. */
static void test_named_parts(void **state) {
    tl_doc *d = run(state, "Omar Dabaan was part of an ISIS terrorist cell, nicknamed \"The Beatles\", that beheaded "
                           "hostages.\n");
    assert_true(fact_has(d, TL_PART_OF, "Beatles", "ISIS"));
    assert_true(fact_has(d, TL_MEMBER_OF, "Omar Dabaan", "Beatles"));
    tl_doc_free(d);
    d = run(state, "Omar Dabaan belonged to a Hezbollah unit known as the Ghost Brigade.\n");
    assert_true(fact_has(d, TL_PART_OF, "Ghost Brigade", "Hezbollah"));
    assert_true(fact_has(d, TL_MEMBER_OF, "Omar Dabaan", "Ghost Brigade"));
    tl_doc_free(d);
    /* (a band named with no body before it is part of nothing) */
    d = run(state, "Omar Dabaan joined a militia group called the Wolverine Watchmen.\n");
    assert_true(fact_has(d, TL_MEMBER_OF, "Omar Dabaan", "Wolverine Watchmen"));
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_PART_OF);
    tl_doc_free(d);
}

/* A part a body's possessive names before a part's noun ("the Sinaloa
 * cartel's Chapitos faction") is the body's part; "Los Chapitos" later is
 * the same body (a Romance article is "the"). */
static void test_possessed_parts(void **state) {
    tl_doc *d = run(state, "Joaquin Lopez is an alleged member of the Sinaloa cartel's Chapitos faction.\n\n"
                           "Since 2019, Los Chapitos have fought the Zambada faction.\n");
    assert_true(fact_has(d, TL_PART_OF, "Los Chapitos", "Sinaloa cartel"));
    assert_true(fact_has(d, TL_MEMBER_OF, "Joaquin Lopez", "Los Chapitos"));
    assert_true(fact_has(d, TL_MEMBER_OF, "Joaquin Lopez", "Chapitos"));
    tl_doc_free(d);
}

/* "..., prosecutors allege.", "..., the indictment alleges.": a verb of
 * accusation ending the sentence after a comma makes what comes before
 * an allegation ("..., prosecutors say." does not); "X remains at large
 * and is believed to be in Y" places the sentence's person. */
static void test_trailing_allegations_and_stays(void **state) {
    tl_doc *d = run(state, "Omar Khatib was recruited by Karim Haddad in 2020, prosecutors allege.\n");
    const tl_fact *f = find(d, TL_RECRUITED, "Karim Haddad", "Omar Khatib");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    d = run(state, "Omar Khatib was recruited by Karim Haddad in 2020, the indictment alleges.\n");
    f = find(d, TL_RECRUITED, "Karim Haddad", "Omar Khatib");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    d = run(state, "Omar Khatib was recruited by Karim Haddad in 2020, prosecutors say.\n");
    f = find(d, TL_RECRUITED, "Karim Haddad", "Omar Khatib");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    d = run(state, "Omar Khatib remains at large and is believed to be in Turkey.\n");
    f = find(d, TL_LOCATED_IN, "Omar Khatib", "Turkey");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    expect_no_fact(state, "Omar Khatib met Ali Hassan and is believed to be in Iraq.\n", TL_LOCATED_IN, "Omar Khatib",
                   "Iraq");
}

/* "membership of a terrorist organisation, the Sonnenkrieg Division": a
 * body's kind named, then the body in apposition, is the group. */
static void test_membership_of_a_body_named_after(void **state) {
    expect_fact(state, "Dieter Schmidt was convicted of membership of a terrorist organisation, the Sonnenkrieg "
                       "Division.\n",
                TL_MEMBER_OF, "Dieter Schmidt", "Sonnenkrieg Division");
    tl_doc *d = run(state, "Dieter Schmidt is charged with membership in a foreign terrorist organization, the "
                           "self-proclaimed Donetsk People's Republic.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Dieter Schmidt", "Donetsk People's Republic");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "The Gulf Clan, also known as the Clan del Golfo, ...": an
 * organization's other name after "known as the" is the same body, and
 * "the group" later stands for it. */
static void test_known_as_the(void **state) {
    tl_doc *d = run(state, "The Gulf Clan, also known as the Clan del Golfo, is the largest gang in Colombia.\n\n"
                           "The group has been fighting the National Liberation Army (ELN) for control of "
                           "coca-growing areas.\n");
    assert_true(has_typed_entity(d, TL_ORG, "Gulf Clan"));
    assert_true(has_typed_entity(d, TL_ORG, "Clan del Golfo"));
    int n = 0;
    for (uint32_t i = 0; i < d->n_entities; i++) n += named(d, (int32_t)i, "Gulf Clan") || named(d, (int32_t)i, "Clan del Golfo");
    assert_int_equal(n, 1);
    assert_true(fact_has(d, TL_OPPOSES, "Gulf Clan", "National Liberation Army"));
    tl_doc_free(d);
    /* (the body keeps its type, whatever the tagger made of the other name) */
    d = run(state, "The Gulf Clan, also known as Clan del Golfo, is the largest gang in Colombia.\n");
    assert_true(has_typed_entity(d, TL_ORG, "Clan del Golfo"));
    assert_false(has_typed_entity(d, TL_PERSON, "Clan del Golfo"));
    tl_doc_free(d);
}

/* "X battled Y", "X has been battling Y": a fight, as "fought" is; "the
 * Battle of Mosul" is a name. */
static void test_battles(void **state) {
    expect_fact(state, "Hamas fighters have been battling Israeli troops in Gaza.\n", TL_OPPOSES, "Hamas", "Israeli");
    expect_fact(state, "The Gulf Clan battled the ELN for control of the river.\n", TL_OPPOSES, "Gulf Clan", "ELN");
}

/* "OFAC designated Hong Kong-based Sky Bridge Logistics": the place glued
 * to a participle places the company and is not designated itself. */
static void test_place_based_object(void **state) {
    tl_doc *d = run(state, "OFAC also designated Hong Kong-based Sky Bridge Logistics, which shipped dual-use goods "
                           "to the Houthis.\n");
    assert_true(fact_has(d, TL_OPPOSES, "OFAC", "Sky Bridge Logistics"));
    assert_false(fact_has(d, TL_OPPOSES, "OFAC", "Hong Kong"));
    tl_doc_free(d);
}

/* "the Hezbollah military chief killed in Damascus": a participle after
 * the noun of rank is no second noun of role. */
static void test_chief_before_participle(void **state) {
    expect_fact(state, "Imad Mughniyeh, the Hezbollah military chief killed in Damascus in 2008, founded the unit.\n",
                TL_LEADER_OF, "Imad Mughniyeh", "Hezbollah");
}

/* "heads a small exile group, the Free Iran Council": a body's noun and
 * the name in apposition, however the parser hung the name. */
static void test_body_named_in_apposition(void **state) {
    expect_fact(state, "Reza Tavakoli heads a small exile group, the Free Iran Council.\n", TL_LEADER_OF, "Reza Tavakoli",
                "Free Iran Council");
    expect_no_fact(state, "Reza Tavakoli joined the group, the Free Iran Council said on Monday.\n", TL_MEMBER_OF,
                   "Reza Tavakoli", "Free Iran Council");
}

/* "One of the suspects, identified by Dutch media as Anouar B., is a
 * member of Y": the name a participle of naming gives the subject. */
static void test_identified_as(void **state) {
    expect_fact(state, "One of the suspects, identified by Dutch media as Anouar Bakkali, is a member of the Mocro "
                       "Maffia, a criminal network.\n",
                TL_MEMBER_OF, "Anouar Bakkali", "Mocro Maffia");
}

/* "X spied for Russia", "passed secrets to the GRU", "passed the images
 * to an officer of the GRU": spying for a side supports it; information
 * given is support only where the sentence tells of spying. */
static void test_spying_for(void **state) {
    expect_fact(state, "Kirill Morozov spied for Russia.\n", TL_SUPPORTS, "Kirill Morozov", "Russia");
    expect_fact(state, "Kirill Morozov was found guilty of spying for Russia.\n", TL_SUPPORTS, "Kirill Morozov",
                "Russia");
    expect_fact(state, "Kirill Morozov passed secrets to the GRU.\n", TL_SUPPORTS, "Kirill Morozov", "GRU");
    expect_fact(state, "Kirill Morozov passed the images to an officer of the GRU.\n", TL_SUPPORTS, "Kirill Morozov",
                "GRU");
    expect_fact(state, "Kirill Morozov handed photographs of the base to his handlers in the GRU.\n", TL_SUPPORTS,
                "Kirill Morozov", "GRU");
    expect_no_fact(state, "Kirill Morozov passed the documents to the Regional Court.\n", TL_SUPPORTS, "Kirill Morozov",
                   "Regional Court");
}

/* "arrested 30 people on suspicion of spying since Russia's invasion of
 * Ukraine": the suspicion does not cover an event a phrase of time
 * names. */
static void test_hedge_before_time_phrase(void **state) {
    tl_doc *d = run(state, "Poland has arrested more than 30 people on suspicion of spying for Moscow since Russia's "
                           "invasion of Ukraine in 2022.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Russia", "Ukraine");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "sanctions on a Russian national it said was a member of Y": the
 * speaker before the copula is no member; the name the noun is in
 * apposition to is. */
static void test_speaker_before_copula(void **state) {
    expect_no_fact(state, "The Treasury Department on Wednesday imposed sanctions on a Russian national it said was a "
                          "key member of the Conti ransomware group.\n",
                   TL_PART_OF, "Treasury Department", "Conti");
    expect_fact(state, "The Treasury sanctioned Ivan Petrov, a Russian national it said was a key member of the Conti "
                       "ransomware group.\n",
                TL_MEMBER_OF, "Ivan Petrov", "Conti");
}

/* "Y was killed in a shootout with gunmen from X": the other side of
 * the fight attacked. */
static void test_killed_in_a_shootout_with(void **state) {
    expect_fact(state, "Julio Ortega was killed in a shootout with rival gunmen from the Gulf Clan in 2022.\n",
                TL_ATTACKED, "Gulf Clan", "Julio Ortega");
    expect_fact(state, "Julio Ortega was killed in a shootout with the Sinaloa Cartel in 2022.\n", TL_ATTACKED,
                "Sinaloa Cartel", "Julio Ortega");
}

/* "Safeguard Defenders, a human rights group based in Madrid,": common
 * words opening a sentence name a body when an apposition says what they
 * are. */
static void test_common_words_named_by_apposition(void **state) {
    tl_doc *d = run(state, "Safeguard Defenders, a human rights group based in Madrid, found more outposts.\n");
    assert_true(has_typed_entity(d, TL_ORG, "Safeguard Defenders"));
    tl_doc_free(d);
    expect_fact(state, "Safeguard Defenders, a human rights group based in Madrid, found more outposts.\n",
                TL_LOCATED_IN, "Safeguard Defenders", "Madrid");
    d = run(state, "Black Cube, an Israeli private intelligence firm, hired him.\n");
    assert_true(has_typed_entity(d, TL_ORG, "Black Cube"));
    tl_doc_free(d);
}

/* "a U.S.-based neo-Nazi group", "the U.S.-backed Syrian Democratic
 * Forces": the tokenizer splits the name's period from the participle;
 * the compound is read all the same. */
static void test_split_compounds(void **state) {
    expect_fact(state, "He had contacts with the Atomwaffen Division, a U.S.-based neo-Nazi group.\n", TL_LOCATED_IN,
                "Atomwaffen Division", "U.S.");
    expect_fact(state, "The U.S.-backed Syrian Democratic Forces captured the town.\n", TL_SUPPORTS, "U.S.",
                "Syrian Democratic Forces");
}

/* "the Barakat clan, which Washington accuses of financing the group":
 * the one accused does the gerund's deed, not the accuser. */
static void test_relative_accused(void **state) {
    const char *t = "Hezbollah is backed by Iran. Argentina froze the assets of 14 members of the Barakat clan, "
                    "which Washington accuses of financing Hezbollah.\n";
    tl_doc *d = run(state, t);
    const tl_fact *f = find(d, TL_SUPPORTS, "Barakat clan", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    assert_null(find(d, TL_SUPPORTS, "Washington", "Hezbollah"));
    tl_doc_free(d);
}

/* "X succeeded Y after his extradition": "his" is the one succeeded. */
static void test_succeeded_after_his(void **state) {
    const char *t = "The Clan del Golfo is led by Jobanis Avila, who succeeded Dairo Usuga after his extradition to "
                    "the United States in 2022.\n";
    tl_doc *d = run(state, t);
    assert_non_null(find(d, TL_EXTRADITED, "Dairo Usuga", NULL));
    assert_null(find(d, TL_EXTRADITED, "Jobanis Avila", NULL));
    tl_doc_free(d);
}

/* "moved $20 million to Hezbollah": money moved to a body supports it. */
static void test_money_moved_to(void **state) {
    expect_fact(state, "Prosecutors said Kassem Hijazi moved more than $20 million to Hezbollah between 2015 and 2020.\n",
                TL_SUPPORTS, "Kassem Hijazi", "Hezbollah");
    expect_no_fact(state, "Kassem Hijazi moved to Lebanon in 2015.\n", TL_SUPPORTS, "Kassem Hijazi", "Lebanon");
}

/* "the 'Ndrangheta, Italy's most powerful mafia", "X is Colombia's
 * largest drug cartel": a body a country possesses as its own kind is
 * located in it; not a proxy. */
static void test_country_possessed_bodies(void **state) {
    expect_fact(state, "A fugitive boss of the Camorra, Italy's most powerful mafia, was arrested in Brazil.\n",
                TL_LOCATED_IN, "Camorra", "Italy");
    expect_fact(state, "The clan worked closely with the Gulf Clan, Colombia's largest drug cartel.\n", TL_LOCATED_IN,
                "Gulf Clan", "Colombia");
    expect_fact(state, "The Gulf Clan is Colombia's largest drug trafficking organization.\n", TL_LOCATED_IN,
                "Gulf Clan", "Colombia");
    expect_no_fact(state, "Officials met leaders of Hezbollah, Iran's most powerful proxy group.\n", TL_LOCATED_IN,
                   "Hezbollah", "Iran");
}

/* "X, a U.S. and Canadian citizen": both citizenships. */
static void test_country_and_nationality(void **state) {
    const char *t = "They tried to kill Gurpatwant Pannun, a U.S. and Canadian citizen who leads the Free Iran "
                    "Council.\n";
    expect_fact(state, t, TL_CITIZEN_OF, "Gurpatwant Pannun", "U.S.");
    expect_fact(state, t, TL_CITIZEN_OF, "Gurpatwant Pannun", "Canadian");
    expect_fact(state, t, TL_LEADER_OF, "Gurpatwant Pannun", "Free Iran Council");
}

/* "survived an assassination attempt in Bangui, which he blamed on
 * France": whom a relative clause lays the attack on attempted it,
 * alleged. */
static void test_attack_blamed_in_relative(void **state) {
    tl_doc *d = run(state, "Dmitry Sytii survived an assassination attempt in Bangui in December 2022, which he "
                           "blamed on France.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "France", "Dmitry Sytii");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "recruiting a hitman to kill X": a plot. */
static void test_hitman_recruited_to_kill(void **state) {
    tl_doc *d = run(state, "Rahul Mehta is accused of recruiting a hitman to kill Gurpatwant Pannun.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Rahul Mehta", "Gurpatwant Pannun");
    assert_non_null(f);
    assert_int_equal(f->status, 1);
    tl_doc_free(d);
}

/* "used by Russia in its war against Ukraine and by the Houthis in
 * attacks": a conjunct with its own preposition is another argument. */
static void test_conjunct_with_own_preposition(void **state) {
    const char *t = "Iranian drones have been used by Russia in its war against Ukraine and by the Houthis in attacks "
                    "on commercial shipping in the Red Sea.\n";
    expect_fact(state, t, TL_OPPOSES, "Russia", "Ukraine");
    expect_no_fact(state, t, TL_OPPOSES, "Russia", "Houthis");
}

/* "X, a Russian businessman and critic of President Y who lives in Z":
 * the relative clause is the apposition holder's; the nationality holds
 * past the second noun. */
static void test_relative_after_apposition_of(void **state) {
    const char *t = "Earl discussed plans to kidnap Evgeny Chichvarkin, a Russian businessman and critic of President "
                    "Vladimir Putin who lives in London.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Evgeny Chichvarkin", "London");
    expect_no_fact(state, t, TL_LOCATED_IN, "Vladimir Putin", "London");
    expect_fact(state, t, TL_CITIZEN_OF, "Evgeny Chichvarkin", "Russian");
}

/* "The cell's alleged leader, a Moroccan identified as X, had spent two
 * years fighting for Y": the hedge on the noun doubts the noun only. */
static void test_possessed_hedged_noun(void **state) {
    tl_doc *d = run(state, "The cell's alleged leader, a 32-year-old Moroccan identified as Yassine Benali, had spent "
                           "two years in Syria fighting for the Islamic State.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Yassine Benali", "Islamic State");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "The Islamic State claimed the 2017 attacks in Barcelona": the place
 * the parser hung on the verb of claiming is what the attacks hit; the
 * claim of one's own attack is no hedge. */
static void test_claimed_attacks_in(void **state) {
    tl_doc *d = run(state, "The Islamic State claimed the 2017 attacks in Barcelona.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "Islamic State", "Barcelona");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "fighting for Y before returning to Spain in 2019", "fled Iran in
 * 2011 and heads X": a date of another verb dates no state. */
static void test_dates_of_other_verbs(void **state) {
    tl_doc *d = run(state, "Yassine Benali spent two years in Syria fighting for the Islamic State before returning to "
                           "Spain in 2019.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Yassine Benali", "Islamic State");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    d = run(state, "Reza Tavakoli fled Iran in 2011 and heads the Free Iran Council.\n");
    f = find(d, TL_LEADER_OF, "Reza Tavakoli", "Free Iran Council");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* "The Proud Boys' former leader, Enrique Tarrio,", "the Proud Boys
 * leader X": capitalized words ending in a plural after "the", before a
 * noun of the body's members or leaders, name the body. */
static void test_plural_body_before_its_leader(void **state) {
    expect_fact(state, "The Proud Boys' former leader, Enrique Tarrio, was sentenced to 22 years in prison.\n",
                TL_LEADER_OF, "Enrique Tarrio", "Proud Boys");
    expect_fact(state, "The Proud Boys leader Enrique Tarrio was sentenced.\n", TL_LEADER_OF, "Enrique Tarrio",
                "Proud Boys");
}

/* "four individuals it accused of helping the Houthis": with no relative
 * pronoun, the one accused is the noun before the accuser, which names no
 * one here (not the Treasury that accused); "X, a banker it accused of
 * laundering money for Y": the noun's name. */
static void test_zero_relative_accused(void **state) {
    expect_no_fact(state,
                   "The U.S. Treasury Department imposed sanctions on six companies and four individuals it accused "
                   "of helping the Houthis in Yemen obtain weapons.\n",
                   TL_SUPPORTS, "U.S. Treasury Department", "Houthis");
    expect_fact(state, "Treasury sanctioned Karim Haddad, a banker it accused of laundering money for Hezbollah.\n",
                TL_SUPPORTS, "Karim Haddad", "Hezbollah");
    expect_fact(state, "The Barakat clan, which Washington accuses of financing Hezbollah, runs shops in Paraguay.\n",
                TL_SUPPORTS, "Barakat clan", "Hezbollah");
}

/* "The network is run by X": a network is not the organization in focus
 * unless its name holds the word. */
static void test_network_not_the_focus(void **state) {
    expect_no_fact(state,
                   "Treasury also sanctioned Aurora Trading LLC on Thursday. The network is run by Sa'id al-Jamal, "
                   "an Iran-based Houthi financier.\n",
                   TL_LEADER_OF, "Sa'id al-Jamal", "Aurora Trading LLC");
}

/* "X, a 20-year-old from Leicestershire": where a person lives; "X, a
 * Tuareg militant from Mali": a country is where the person comes from. */
static void test_described_from_place(void **state) {
    expect_fact(state, "British police charged Dylan Earl, a 20-year-old from Leicestershire, with arson.\n",
                TL_LOCATED_IN, "Dylan Earl", "Leicestershire");
    expect_fact(state, "The group is led by Iyad Ag Ghaly, a Tuareg militant from Mali.\n", TL_ORIGIN,
                "Iyad Ag Ghaly", "Mali");
    expect_no_fact(state, "The group is led by Iyad Ag Ghaly, a Tuareg militant from Mali.\n", TL_LOCATED_IN,
                   "Iyad Ag Ghaly", "Mali");
}

/* "X is wanted in the United States on drug trafficking charges": a
 * place or an authority may stand between "wanted" and "on". */
static void test_wanted_in_place_on_charges(void **state) {
    tl_doc *d = run(state, "Jesus Beltran is wanted in the United States on drug trafficking charges.\n");
    assert_non_null(find(d, TL_CHARGED, "Jesus Beltran", NULL));
    tl_doc_free(d);
}

/* "X imported cocaine with the help of the Gulf Clan": the helper
 * supports the subject; not a passive's, and not past a comma. */
static void test_with_the_help_of(void **state) {
    expect_fact(state, "The 'Ndrangheta imported cocaine from Colombia with the help of the Gulf Clan.\n", TL_SUPPORTS,
                "Gulf Clan", "Ndrangheta");
    expect_fact(state, "Hamas carried out the attack with logistical support from Iran.\n", TL_SUPPORTS, "Iran",
                "Hamas");
    expect_no_fact(state, "Hamas was attacked with the help of Iran.\n", TL_SUPPORTS, "Iran", "Hamas");
}

/* "Soldiers captured a senior lieutenant of the Sinaloa Cartel ..., Defense
 * Minister X said. The suspect, Y, ...": the speaker who closes the
 * sentence is not a second person it tells of. */
static void test_lead_with_closing_speaker(void **state) {
    expect_fact(state,
                "Mexican soldiers captured a senior lieutenant of the Sinaloa Cartel in Culiacan on Friday, Defense "
                "Minister Ricardo Trevilla said.\n\nThe suspect, Jesus Alfredo Beltran, led a cell of gunmen.\n",
                TL_MEMBER_OF, "Jesus Alfredo Beltran", "Sinaloa Cartel");
}

/* "X and two other members of the Proud Boys", "X and three other Hamas
 * members": the people before "and", a count and "other" belong too. */
static void test_and_other_members(void **state) {
    expect_fact(state, "Omar Haddad and two other members of the Proud Boys were convicted.\n", TL_MEMBER_OF,
                "Omar Haddad", "Proud Boys");
    expect_fact(state, "Omar Haddad, Ali Kassem and three other Hamas members were arrested.\n", TL_MEMBER_OF,
                "Ali Kassem", "Hamas");
    expect_fact(state, "Omar Haddad, Ali Kassem and three other Hamas members were arrested.\n", TL_MEMBER_OF,
                "Omar Haddad", "Hamas");
}

/* Sites of attacks: "killed 20 soldiers in an attack on an army post in
 * northern Burkina Faso" (past the attack's own phrase, a compass word
 * before the name), "attacked a camp for displaced people near X", "the
 * suicide bombing at Kabul airport" (a named place before the site's
 * noun, the phrase hung on the verb). */
static void test_attack_sites(void **state) {
    expect_fact(state, "JNIM fighters killed 20 soldiers in an attack on an army post in northern Burkina Faso.\n",
                TL_ATTACKED, "JNIM", "Burkina Faso");
    expect_fact(state, "The RSF attacked a camp for displaced people near El Fasher.\n", TL_ATTACKED, "RSF",
                "El Fasher");
    expect_fact(state, "ISIS-K carried out the suicide bombing at Kabul airport.\n", TL_ATTACKED, "ISIS-K", "Kabul");
}

/* "Members of the Tren de Aragua gang killed a rival in Santiago",
 * "Gunmen from the Sinaloa Cartel killed a police chief in Culiacan": a
 * crew of a body opening the clause does the body's attack. */
static void test_crew_opens_the_clause(void **state) {
    expect_fact(state, "Members of the Tren de Aragua gang killed a rival in Santiago.\n", TL_ATTACKED,
                "Tren de Aragua", "Santiago");
    expect_fact(state, "Police said gunmen from the Sinaloa Cartel killed a police chief in Culiacan.\n", TL_ATTACKED,
                "Sinaloa Cartel", "Culiacan");
    expect_no_fact(state, "Officials met members of Hamas who killed a rival in Gaza.\n", TL_ATTACKED, "Officials",
                   "Gaza");
}

/* "X, a Hong Kong company", "the Dubai firm X": a place before a firm's
 * noun locates the firm, a country too. */
static void test_firm_of_a_place(void **state) {
    expect_fact(state, "Sino Marine Logistics, a Hong Kong company, shipped goods to Iran.\n", TL_LOCATED_IN,
                "Sino Marine Logistics", "Hong Kong");
    expect_fact(state, "The Dubai firm Gulf Star Trading was sanctioned.\n", TL_LOCATED_IN, "Gulf Star Trading",
                "Dubai");
}

/* "Hezbollah controls large parts of southern Lebanon": an organization
 * holds ground where it is; a state's control is no location, nor a
 * person's of a company. */
static void test_body_controls_ground(void **state) {
    expect_fact(state, "Hezbollah controls large parts of southern Lebanon.\n", TL_LOCATED_IN, "Hezbollah",
                "Lebanon");
    expect_fact(state, "Al-Shabaab controlled much of Mogadishu until 2011.\n", TL_LOCATED_IN, "Al-Shabaab",
                "Mogadishu");
    expect_no_fact(state, "Russia controls Crimea.\n", TL_LOCATED_IN, "Russia", "Crimea");
    /* ("The Houthis control": a verb the tagger read as a noun) */
    expect_fact(state, "The Houthis control Sanaa.\n", TL_LOCATED_IN, "Houthis", "Sanaa");
    tl_doc *d = run(state, "The Taliban took control of Kabul in 2021.\n");
    assert_null(find(d, TL_LOCATED_IN, "Taliban", "Kabul"));
    assert_non_null(find(d, TL_ATTACKED, "Taliban", "Kabul"));
    tl_doc_free(d);
}

/* "charged a member of Iran's IRGC with plotting to assassinate former
 * national security adviser John Bolton. Shahram Poursafi, 45, ...": the
 * victim named after the attack verb and an office's lower-case words is
 * no second lead; the next sentence's new name is the member. */
static void test_lead_past_attack_victim(void **state) {
    expect_fact(state,
                "The Justice Department charged a member of Iran's Islamic Revolutionary Guard Corps with plotting "
                "to assassinate former national security adviser John Bolton.\n\nShahram Poursafi, 45, of Tehran, "
                "offered $300,000 to carry out the killing, prosecutors said.\n",
                TL_MEMBER_OF, "Shahram Poursafi", "Islamic Revolutionary Guard Corps");
}

/* "The ELN, founded in 1964 by ..., has 5,800 fighters. ... in January":
 * a body's founding in an aside on its name dates nothing after it. */
static void test_founding_aside_dates_nothing_after(void **state) {
    tl_doc *d = run(state, "The ELN, founded in 1964 by radical priests, has about 5,800 fighters. Petro suspended "
                           "talks with the ELN in January after the group attacked a military base in Puerto "
                           "Jordan.\n");
    const tl_fact *f = find(d, TL_ATTACKED, "ELN", "Puerto Jordan");
    assert_non_null(f);
    assert_false(strstr(f->time_value, "1964"));
    tl_doc_free(d);
}

/* "the group" after a rebel army in focus ("National Liberation Army",
 * "Rapid Support Forces") is that army, not the last other body named. */
static void test_rebel_army_is_the_group(void **state) {
    expect_fact(state,
                "Soldiers captured Pablito, who heads the National Liberation Army's Eastern War Front. The National "
                "Liberation Army has about 5,800 fighters. Petro suspended talks with the National Liberation Army "
                "after the group attacked a military base in Puerto Jordan.\n",
                TL_ATTACKED, "National Liberation Army", "Puerto Jordan");
}

/* "The commander, known by his alias "Pablito", was detained": after a
 * common noun, the name an aside of naming gives is the subject. */
static void test_common_noun_known_as(void **state) {
    tl_doc *d = run(state, "The commander, known by his alias \"Pablito\", was detained in the province of "
                           "Arauca.\n");
    assert_non_null(find(d, TL_ARRESTED, "Pablito", NULL));
    tl_doc_free(d);
}

/* "The killing of X in a U.S. drone strike": the strike's side killed X. */
static void test_killing_in_a_strike(void **state) {
    expect_fact(state, "The killing of Qassem Soleimani in a U.S. drone strike angered Iran.\n", TL_ATTACKED, "U.S.",
                "Qassem Soleimani");
}

/* "Russia has provided Wagner with air defense systems": "with" after the
 * named object of "provide" is support; "provided journalists with
 * details" names no one. */
static void test_provided_with(void **state) {
    expect_fact(state, "Russia has provided Wagner with air defense systems.\n", TL_SUPPORTS, "Russia", "Wagner");
    tl_doc *d = run(state, "The ministry provided journalists with details.\n");
    assert_int_equal(d->n_facts, 0);
    tl_doc_free(d);
}

/* "Russia recruited and trained X": the first of two joined verbs takes
 * the object after the second. */
static void test_joined_verbs_share_the_object(void **state) {
    expect_fact(state, "Russia recruited and trained Omar Haddad.\n", TL_RECRUITED, "Russia", "Omar Haddad");
    expect_fact(state, "Russia recruited and trained Omar Haddad.\n", TL_SUPPORTS, "Russia", "Omar Haddad");
}

/* "Hezbollah financier Ali Kassem": a body's name right before a noun of
 * support is whom the holder supports; a nationality is not. */
static void test_body_before_support_noun(void **state) {
    expect_fact(state, "Hezbollah financier Ali Kassem was arrested in Brazil.\n", TL_SUPPORTS, "Ali Kassem",
                "Hezbollah");
    tl_doc *d = run(state, "A Lebanese financier, Ali Kassem, was arrested.\n");
    for (uint32_t k = 0; k < d->n_facts; k++) assert_int_not_equal(d->facts[k].type, TL_SUPPORTS);
    tl_doc_free(d);
}

/* "Iran provided the Houthis with missiles": the article before the
 * named object of "provide ... with"; "Sanaa is controlled by the
 * Houthis": the plural name after a verb of what bodies do is a body,
 * and the passive gives the ground. */
static void test_provided_the_body_with(void **state) {
    expect_fact(state, "Iran provided the Houthis with missiles and drones.\n", TL_SUPPORTS, "Iran", "Houthis");
    expect_fact(state, "Sanaa is controlled by the Houthis.\n", TL_LOCATED_IN, "Houthis", "Sanaa");
    tl_doc *d = run(state, "Sanaa is controlled by the Houthis.\n");
    assert_true(has_typed_entity(d, TL_ORG, "Houthis"));
    tl_doc_free(d);
}

/* "The IRGC trains Hezbollah", "Iran funds and arms Hezbollah": a
 * present verb in "-s" between two names is the verb, however tagged. */
static void test_present_verb_between_names(void **state) {
    expect_fact(state, "The IRGC trains Hezbollah.\n", TL_SUPPORTS, "IRGC", "Hezbollah");
    expect_fact(state, "The IRGC finances Hezbollah.\n", TL_SUPPORTS, "IRGC", "Hezbollah");
    expect_fact(state, "Iran funds and arms Hezbollah.\n", TL_SUPPORTS, "Iran", "Hezbollah");
}

/* "X, a cousin of Hamas leader Y": the body before a title and another
 * person's name is that person's, not X's. */
static void test_body_of_other_title(void **state) {
    const char *t = "Kamal Idris, a cousin of Hamas leader Ismail Haniyeh, was detained in Istanbul.\n";
    expect_fact(state, t, TL_LEADER_OF, "Ismail Haniyeh", "Hamas");
    expect_fact(state, t, TL_FAMILY_OF, "Kamal Idris", "Ismail Haniyeh");
    expect_no_fact(state, t, TL_LEADER_OF, "Kamal Idris", "Hamas");
    expect_no_fact(state, t, TL_MEMBER_OF, "Kamal Idris", "Hamas");
}

/* "accused of helping two Belgian women travel to Syria": the one a verb
 * of causing or bidding acts on does the verb after it; unnamed, no one
 * else travels. */
static void test_caused_verb_is_the_objects(void **state) {
    const char *t = "Omar Haddad was arrested. He is also accused of helping two Belgian women travel to Syria to "
                    "join the group.\n";
    expect_no_fact(state, t, TL_TRAVELED_TO, "Omar Haddad", "Syria");
    t = "Karim Tural helped Nadia Benali travel to Syria.\n";
    expect_fact(state, t, TL_TRAVELED_TO, "Nadia Benali", "Syria");
    expect_no_fact(state, t, TL_TRAVELED_TO, "Karim Tural", "Syria");
    t = "Karim Tural persuaded Nadia Benali to join the Islamic State.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Nadia Benali", "Islamic State");
    expect_no_fact(state, t, TL_MEMBER_OF, "Karim Tural", "Islamic State");
}

/* "X denies the charges, his lawyer, Y, told the newspaper": a name in
 * apposition to a common noun is no second one charged. */
static void test_apposition_is_no_list(void **state) {
    const char *t = "Omar Haddad was arrested in Antwerp.\n\nOmar Haddad denies the charges, his lawyer, Pieter "
                    "Claes, told the newspaper.\n";
    expect_no_fact(state, t, TL_CHARGED, "Pieter Claes", NULL);
}

/* "The cartel, which has expanded to Colombia, Peru and Canada, has
 * fought a war with Y": the commas of a list of names inside a relative
 * clause on the subject keep the clause whole; none of them fights. */
static void test_relative_clause_with_a_list(void **state) {
    const char *t = "The cartel, which has expanded its operations to Colombia, Peru and Canada, has fought a long "
                    "war with the Sinaloa Cartel.\n";
    expect_no_fact(state, t, TL_OPPOSES, "Canada", "Sinaloa Cartel");
    expect_no_fact(state, t, TL_OPPOSES, "Colombia", "Sinaloa Cartel");
}

/* "X directs Grupo Elite", "directed the cartel's armed wing, Grupo
 * Elite": a person directing a body named after the verb leads it (a
 * Spanish band word opens a body's name); films are "directed by", and
 * "directed the Treasury to impose" is an order. */
static void test_directs_a_body(void **state) {
    expect_fact(state, "Ricardo Ruiz directs Grupo Elite, the cartel's armed wing.\n", TL_LEADER_OF, "Ricardo Ruiz",
                "Grupo Elite");
    expect_fact(state, "Ricardo Ruiz directed the cartel's armed wing, Grupo Elite.\n", TL_LEADER_OF, "Ricardo Ruiz",
                "Grupo Elite");
    tl_doc *d = run(state, "The film was directed by Luis Ortega for Grupo Marte.\n");
    for (uint32_t k = 0; k < d->n_facts; k++) assert_int_not_equal(d->facts[k].type, TL_LEADER_OF);
    tl_doc_free(d);
    expect_no_fact(state, "Marta Ruiz directed the Treasury Department to impose sanctions.\n", TL_LEADER_OF,
                   "Marta Ruiz", "Treasury Department");
}

/* "one of the closest allies of the cartel's leader, Y": the person the
 * apposition after the office names. */
static void test_ally_of_the_leader_named(void **state) {
    expect_fact(state, "Ricardo Ruiz is one of the closest allies of the cartel's leader, Nemesio Oseguera.\n",
                TL_ASSOCIATE_OF, "Ricardo Ruiz", "Nemesio Oseguera");
}

/* "funds its proxies, including Hezbollah and the Houthis", "arrested
 * five men, among them X": the members named after a common noun object
 * are the objects; "in supporting roles, including X" names none. */
static void test_object_members_named(void **state) {
    const char *t = "The IRGC funds its proxies, including Hezbollah and the Houthis.\n";
    expect_fact(state, t, TL_SUPPORTS, "IRGC", "Hezbollah");
    expect_fact(state, t, TL_SUPPORTS, "IRGC", "Houthis");
    tl_doc *d = run(state, "Police arrested five men, among them Omar Haddad and Ali Kassem.\n");
    int n = 0;
    for (uint32_t k = 0; k < d->n_facts; k++) n += d->facts[k].type == TL_ARRESTED;
    assert_int_equal(n, 2);
    tl_doc_free(d);
    expect_no_fact(state, "Vera Lind stars with a cast in supporting roles, including Marco Bell.\n", TL_SUPPORTS,
                   "Vera Lind", "Marco Bell");
}

/* "helped the IRGC sell oil to China": a commodity sold to a state is
 * trade, no support; arms sold to it are. */
static void test_oil_sold_to_a_state(void **state) {
    expect_no_fact(state, "The network helped Iran's Islamic Revolutionary Guard Corps sell oil to China.\n",
                   TL_SUPPORTS, "Islamic Revolutionary Guard Corps", "China");
    expect_fact(state, "The Korvan Trading Company sold weapons to Syria.\n", TL_SUPPORTS, "Korvan Trading Company",
                "Syria");
}

/* "Among the companies designated was X, a Dubai firm. Its director, Y,
 * was also sanctioned": the subject after a fronted "among" phrase is in
 * view for "its", over a speaker named before. */
static void test_among_copula_subject(void **state) {
    const char *t = "OFAC said so. Among the companies designated was Sea Horizon Shipping, a Dubai firm that managed "
                    "tankers. Its director, Mehdi Karimi, was also sanctioned.\n";
    expect_no_fact(state, t, TL_LEADER_OF, "Mehdi Karimi", "OFAC");
    const char *u = "The U.S. Treasury Department imposed sanctions on Thursday, according to OFAC.\n\nAmong the "
                    "companies designated was Sea Horizon Shipping, a Dubai firm that managed tankers. Its director, "
                    "Mehdi Karimi, was also sanctioned.\n";
    expect_fact(state, u, TL_LEADER_OF, "Mehdi Karimi", "Sea Horizon Shipping");
}

/* "Hezbollah is a militant group. It attacked Israel in 2006": a
 * sentence opened by "it" and a verb only a body does is the body in
 * focus, also after a fronted phrase ("Under its leader, X, ISKP has
 * expanded. It claimed the attack on Y"). */
static void test_it_does_what_bodies_do(void **state) {
    expect_fact(state, "Hezbollah is a militant group. It attacked Israel in 2006.\n", TL_ATTACKED, "Hezbollah",
                "Israel");
    expect_fact(state,
                "Under its current leader, Sanaullah Ghafari, ISKP has expanded its operations. It claimed the attack "
                "on the Crocus City Hall near Moscow.\n",
                TL_ATTACKED, "ISKP", "Crocus City Hall");
}

/* "Several of the gunmen were Tajik nationals, including X": the
 * nationality of the plural's members named after "including". */
static void test_nationals_including(void **state) {
    expect_fact(state, "Several of the gunmen were Tajik nationals, including Dalerdzhon Mirzoyev.\n", TL_CITIZEN_OF,
                "Dalerdzhon Mirzoyev", "Tajik");
}

/* "X deployed ransomware against hospitals in Y", "launched rockets
 * against Y": a weapon before "against" makes an attack, on the place of
 * the sites struck; "used its veto against Y" is none. */
static void test_weapon_against(void **state) {
    expect_fact(state, "The Conti gang deployed ransomware against hospitals in Ireland.\n", TL_ATTACKED, "Conti gang",
                "Ireland");
    expect_fact(state, "Hamas launched rockets against Israel.\n", TL_ATTACKED, "Hamas", "Israel");
    expect_no_fact(state, "Russia used its veto against France.\n", TL_ATTACKED, "Russia", "France");
    expect_no_fact(state, "Russia deployed its veto against France.\n", TL_ATTACKED, "Russia", "France");
}

/* "The United States sanctioned seven Russian nationals": people of a
 * nation, unnamed, are no side a state acts against. */
static void test_sanctioned_nationals(void **state) {
    expect_no_fact(state, "The United States sanctioned seven Russian nationals tied to the gang.\n", TL_OPPOSES,
                   "United States", "Russian");
}

/* "Wagner fighters have been accused of killing civilians in Moura",
 * "Rights groups accused Wagner fighters of killing ...": the body its
 * fighters stand for is the one accused, the village the place struck. */
static void test_fighters_accused_of_killing(void **state) {
    expect_fact(state, "Wagner fighters have been accused of killing hundreds of civilians in Moura.\n", TL_ATTACKED,
                "Wagner", "Moura");
    expect_fact(state, "Rights groups accused Wagner fighters of killing hundreds of civilians in Moura.\n",
                TL_ATTACKED, "Wagner", "Moura");
}

/* "X, who served under Y, is accused of working with Z": a comma and a
 * finite verb close the relative clause, so "served" takes no "with"
 * beyond it, and the one accused is X, not Y. */
static void test_relative_clause_closed(void **state) {
    const char *t = "The report was released on Monday. Carvajal, who served under the late President Hugo Chavez, "
                    "is accused of working with the Revolutionary Armed Forces of Colombia (FARC).\n";
    expect_fact(state, t, TL_ASSOCIATE_OF, "Carvajal", "Revolutionary Armed Forces of Colombia");
    expect_no_fact(state, t, TL_MEMBER_OF, "Carvajal", "Revolutionary Armed Forces of Colombia");
    expect_no_fact(state, t, TL_ASSOCIATE_OF, "Hugo Chavez", "Revolutionary Armed Forces of Colombia");
}

/* "X, a hacking unit controlled by Y": the agent of a participle of
 * control on a part noun is the whole. */
static void test_unit_controlled_by(void **state) {
    expect_fact(state, "The statement was released on Friday. The Lazarus Group is a hacking unit controlled by the "
                       "Reconnaissance General Bureau.\n",
                TL_PART_OF, "Lazarus Group", "Reconnaissance General Bureau");
    expect_fact(state, "The FBI said on Friday that the Lazarus Group, a hacking unit controlled by North Korea's "
                       "Reconnaissance General Bureau, stole money.\n",
                TL_PART_OF, "Lazarus Group", "Reconnaissance General Bureau");
}

/* "the son of jailed drug lord X", "an ally of jailed Kremlin critic X":
 * the person after a few words of title is the kin or the ally; a body
 * before the title only qualifies it. */
static void test_kin_after_title_words(void **state) {
    expect_fact(state, "Police said on Thursday that they arrested Ivan Salazar Guzman, the son of jailed drug lord "
                       "Joaquin Salazar, in Culiacan.\n",
                TL_FAMILY_OF, "Ivan Salazar Guzman", "Joaquin Salazar");
    const char *t = "The talks ended on Monday. Kuzmin, a close ally of jailed Kremlin critic Alexei Navalny, had "
                    "been investigating corruption.\n";
    expect_fact(state, t, TL_ASSOCIATE_OF, "Kuzmin", "Alexei Navalny");
    expect_no_fact(state, t, TL_ASSOCIATE_OF, "Kuzmin", "Kremlin");
}

/* "Kuzmin's wife, Yulia, flew to Berlin": a lone given name after a
 * possessed kin noun is a person, though a gazetteer has it as a place;
 * "His father, Anthony, ... and his mother, Jennifer": both are the first
 * one's kin. */
static void test_kin_given_names(void **state) {
    const char *t = "The talks ended on Monday. Kuzmin's wife, Yulia, flew to Berlin on Saturday.\n";
    expect_fact(state, t, TL_FAMILY_OF, "Yulia", "Kuzmin");
    expect_fact(state, t, TL_TRAVELED_TO, "Yulia", "Berlin");
    t = "Matthew Goode was born in Exeter. His father, Anthony, was a geologist and his mother, Jennifer, is a "
        "nurse.\n";
    expect_fact(state, t, TL_FAMILY_OF, "Anthony", "Matthew Goode");
    expect_fact(state, t, TL_FAMILY_OF, "Jennifer", "Matthew Goode");
    expect_no_fact(state, t, TL_FAMILY_OF, "Jennifer", "Anthony");
}

/* "X has traded fire with Y": each side opposes the other. */
static void test_traded_fire_with(void **state) {
    const char *t = "The report came out on Monday. Hezbollah has traded fire with Israel almost daily since October.\n";
    expect_fact(state, t, TL_OPPOSES, "Hezbollah", "Israel");
    expect_fact(state, t, TL_OPPOSES, "Israel", "Hezbollah");
    expect_no_fact(state, "The report came out on Monday. Hezbollah has traded goods with Israel.\n", TL_OPPOSES,
                   "Hezbollah", "Israel");
}

/* "the Africa Corps, a unit controlled by Y", the part noun parsed as a
 * clause of its own: the apposition read from the words. */
static void test_unit_apposition_by_words(void **state) {
    expect_fact(state, "The report came out on Monday. Maslov left the country in 2023 after the group was replaced by "
                       "the Africa Corps, a unit controlled by the Russian Defence Ministry.\n",
                TL_PART_OF, "Africa Corps", "Russian Defence Ministry");
}

/* "arrested 23 people in Almeria, including the alleged ringleader, a
 * Moroccan national identified as X": a count, the places where, and the
 * name an included noun's apposition gives. */
static void test_included_identified(void **state) {
    expect_fact(state, "The report came out on Monday. Officers arrested 23 people in Almeria, including the alleged "
                       "ringleader, a Moroccan national identified as Youssef El Amrani.\n",
                TL_ARRESTED, "Youssef El Amrani", NULL);
    expect_fact(state, "The report came out on Monday. Officers arrested 23 people, including a Moroccan national "
                       "identified as Youssef El Amrani.\n",
                TL_ARRESTED, "Youssef El Amrani", NULL);
}

/* "X was responsible for coordinating with Y": partners; "coordinated
 * with" nothing named is none. */
static void test_coordinating_with(void **state) {
    expect_fact(state, "The report came out on Monday. Rahman was responsible for coordinating with Hezbollah.\n",
                TL_ASSOCIATE_OF, "Rahman", "Hezbollah");
    expect_fact(state, "The report came out on Monday. Hamas coordinated the attack with Hezbollah.\n",
                TL_ASSOCIATE_OF, "Hamas", "Hezbollah");
}

/* "X, 28, the founder of Y, and Z, 34, are charged": both are, past X's
 * apposition; "X, the opposition leader, and Z, Burma's new president":
 * the president's office is Z's alone. */
static void test_listed_past_apposition(void **state) {
    const char *t = "The report came out on Monday. Brandon Russell, 28, the founder of the group, and Sarah "
                    "Clendaniel, 34, are charged with conspiracy.\n";
    expect_fact(state, t, TL_CHARGED, "Brandon Russell", NULL);
    expect_fact(state, t, TL_CHARGED, "Sarah Clendaniel", NULL);
    t = "The report came out on Monday. Aung Min, the opposition leader, and Thein Sein, Burma's new president, met "
        "in Yangon.\n";
    expect_no_fact(state, t, TL_LEADER_OF, "Aung Min", "Burma");
}

/* "X was a rival of Y, the former police officer who heads Z": the
 * relative clause on a definite apposition is Y's; "met the man who
 * heads Z" names no one. */
static void test_definite_apposition_relative(void **state) {
    const char *t = "The report came out on Monday. Lamour was a rival of Jimmy Cherizier, the former police officer "
                    "who heads the G9 alliance.\n";
    expect_fact(state, t, TL_LEADER_OF, "Jimmy Cherizier", "G9 alliance");
    expect_no_fact(state, t, TL_LEADER_OF, "Lamour", "G9 alliance");
    expect_no_fact(state, "The report came out on Monday. Lamour met the man who heads the G9 alliance.\n",
                   TL_LEADER_OF, "Lamour", "G9 alliance");
}

/* "led the Brooklyn gang": a band named for its turf. */
static void test_gang_named_for_place(void **state) {
    expect_fact(state, "The report came out on Monday. Lamour led the Brooklyn gang.\n", TL_LEADER_OF, "Lamour",
                "Brooklyn gang");
}

/* "an indictment charging four Chinese nationals ... The four men,
 * including X and Y, ...": the named ones are among those charged;
 * "X and Y are believed to be in China": both are. */
static void test_count_including_named(void **state) {
    const char *t = "The report came out on Monday. The Justice Department unsealed an indictment charging four "
                    "Chinese nationals with hacking. The four men, including Zhang Wei and Li Qiang, worked for "
                    "Hainan Xiandun Technology. Zhang and Li are believed to be in China.\n";
    expect_fact(state, t, TL_CHARGED, "Zhang Wei", NULL);
    expect_fact(state, t, TL_CHARGED, "Li Qiang", NULL);
    expect_fact(state, t, TL_LOCATED_IN, "Zhang Wei", "China");
    expect_fact(state, t, TL_LOCATED_IN, "Li Qiang", "China");
    expect_fact(state, t, TL_MEMBER_OF, "Zhang Wei", "Hainan Xiandun Technology");
}

/* "arrested by Hayat Tahrir al-Sham, the Islamist group that controls
 * Idlib": the description in apposition is the body it follows, not the
 * body in focus. */
static void test_group_description_in_apposition(void **state) {
    expect_no_fact(state, "The report came out on Monday. Al-Qaeda has an affiliate in Syria. He was arrested by "
                          "Hayat Tahrir al-Sham, the Islamist group that controls Idlib, in 2020.\n",
                   TL_LOCATED_IN, "Al-Qaeda", "Idlib");
}

/* "X said Y would be extradited to Z, where he faces charges": "he" is
 * the one the statement is about; "X said he would resign" is X. */
static void test_he_in_reported_clause(void **state) {
    const char *t = "The report came out on Monday. Defense Minister Ivan Velasquez said Molina would be extradited "
                    "to the United States, where he faces drug trafficking charges.\n";
    expect_fact(state, t, TL_CHARGED, "Molina", NULL);
    expect_no_fact(state, t, TL_CHARGED, "Ivan Velasquez", NULL);
}

/* "X and Y travelled to Somalia, where they met Z": "they" is the pair
 * the sentence opened with; "said they had never met Z" denies it. */
static void test_they_of_the_sentence(void **state) {
    const char *t = "The report came out on Monday. Omar and Adan travelled to Somalia in 2019, where they met senior "
                    "al-Shabaab leader Mahad Karate.\n";
    expect_fact(state, t, TL_MET, "Omar", "Mahad Karate");
    expect_fact(state, t, TL_MET, "Adan", "Mahad Karate");
}

/* "Turkey's National Intelligence Organization (MIT)": a word of
 * intelligence inside the name makes it an organ of the state. */
static void test_intelligence_word_in_state_body(void **state) {
    expect_fact(state, "The report came out on Monday. Turkey's National Intelligence Organization (MIT) said it "
                       "captured him.\n",
                TL_PART_OF, "National Intelligence Organization", "Turkey");
}

static void test_group_is_not_the_charging_body(void **state) {
    const char *t = "The report came out on Monday. A man was detained after allegedly joining the Islamic State in "
                    "Syria. Khaled Hamdan, 32, was charged by the AFP with membership of a terrorist organisation. "
                    "Police allege he fought for the group in Raqqa.\n";
    expect_fact(state, t, TL_MEMBER_OF, "Khaled Hamdan", "Islamic State");
    expect_no_fact(state, t, TL_MEMBER_OF, "Khaled Hamdan", "AFP");
}

static void test_both_men_past_lone_names(void **state) {
    const char *t = "The report came out on Monday. Ali Karimi and Reza Tehrani hired private investigators. Karimi "
                    "directed the operation from Tehran. The journalist, Masih Alinejad, is a critic of the "
                    "government. Both men remain at large in Iran.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Reza Tehrani", "Iran");
    expect_fact(state, t, TL_LOCATED_IN, "Ali Karimi", "Iran");
    expect_no_fact(state, t, TL_LOCATED_IN, "Masih Alinejad", "Iran");
}

static void test_counted_nationals_named_later(void **state) {
    const char *t = "The report came out on Monday. Two Iranian nationals were indicted in New York on Wednesday. "
                    "According to the indictment, Ali Karimi and Reza Tehrani hired private investigators.\n";
    expect_fact(state, t, TL_CITIZEN_OF, "Ali Karimi", "Iranian");
    expect_fact(state, t, TL_CITIZEN_OF, "Reza Tehrani", "Iranian");
    expect_fact(state, t, TL_CHARGED, "Reza Tehrani", NULL);
}

static void test_alias_of_the_agent(void **state) {
    const char *t = "The report came out on Monday. Gunmen from the Jalisco New Generation Cartel attacked a convoy. "
                    "The cartel, led by Nemesio Oseguera, known as El Mencho, has been fighting the rival Sinaloa "
                    "Cartel.\n";
    expect_fact(state, t, TL_OPPOSES, "Jalisco New Generation Cartel", "Sinaloa Cartel");
    expect_no_fact(state, t, TL_OPPOSES, "Nemesio Oseguera", "Sinaloa Cartel");
}

static void test_body_a_person_holds(void **state) {
    expect_fact(state, "The report came out on Monday. Khalifa Haftar's Libyan National Army launched an offensive.\n",
                TL_LEADER_OF, "Khalifa Haftar", "Libyan National Army");
    /* (a firm or a work a person's possessive names is no band he leads) */
    expect_no_fact(state, "The report came out on Monday. Andy Warhol's Polaroids were shown in Paris.\n",
                   TL_LEADER_OF, "Andy Warhol", "Polaroids");
}

static void test_veteran_of_a_body(void **state) {
    expect_fact(state, "The report came out on Monday. Ahmed Saleh is a veteran of Hezbollah.\n", TL_MEMBER_OF,
                "Ahmed Saleh", "Hezbollah");
    expect_no_fact(state, "The report came out on Monday. Mark Jones, a Vietnam veteran, was arrested in Ohio.\n",
                   TL_MEMBER_OF, "Mark Jones", "Vietnam");
}

static void test_time_word_heads_no_target(void **state) {
    expect_fact(state, "The report came out on Monday. Russian forces shelled Kharkiv overnight, killing four "
                       "civilians.\n",
                TL_ATTACKED, "Russian", "Kharkiv");
}

static void test_fired_into(void **state) {
    expect_fact(state, "The report came out on Monday. Hamas fired rockets into Israel.\n", TL_ATTACKED, "Hamas",
                "Israel");
    expect_fact(state, "The report came out on Monday. Israeli aircraft struck Hezbollah in southern Lebanon.\n",
                TL_ATTACKED, "Israeli", "Hezbollah");
}

static void test_based_in_the_town_of(void **state) {
    const char *t = "BELGRADE (Reuters) - Police arrested six men on Monday, officials said. The Kavac clan, based in "
                    "the Montenegrin town of Kotor, has fought the Skaljari clan.\n";
    expect_fact(state, t, TL_LOCATED_IN, "Kavac clan", "Kotor");
    expect_no_fact(state, t, TL_LOCATED_IN, "Kavac clan", "Montenegrin");
}

static void test_sanctioned_description_named_after_said(void **state) {
    const char *t = "WASHINGTON (AP) - The Treasury Department on Thursday imposed sanctions on a Lebanese "
                    "businessman it accused of smuggling Iranian oil to Syria on behalf of Hezbollah.\n\nTreasury "
                    "said Hassan Nasrallah Jaber, 52, used a network of front companies in Beirut.\n";
    expect_fact(state, t, TL_OPPOSES, "Treasury Department", "Hassan Nasrallah Jaber");
    expect_fact(state, t, TL_SUPPORTS, "Hassan Nasrallah Jaber", "Hezbollah");
    expect_no_fact(state, t, TL_SUPPORTS, "Treasury Department", "Hezbollah");
    expect_no_fact(state, t, TL_OPPOSES, "Treasury Department", "Lebanese");
}

static void test_goods_on_behalf_of(void **state) {
    expect_fact(state, "The report came out on Monday. Hassan Jaber is accused of smuggling oil on behalf of "
                       "Hezbollah.\n",
                TL_SUPPORTS, "Hassan Jaber", "Hezbollah");
}

static void test_found_guilty_past_age(void **state) {
    expect_fact(state, "The report came out on Monday. The Koblenz higher regional court found Anwar Raslan, 58, "
                       "guilty of overseeing the torture of prisoners.\n",
                TL_CHARGED, "Anwar Raslan", NULL);
}

static void test_forces_of_a_general(void **state) {
    const char *t = "The report came out on Monday. In Sudan, the group backed the Rapid Support Forces of General "
                    "Mohamed Hamdan Dagalo, who has been fighting the army since April 2023.\n";
    expect_fact(state, t, TL_LEADER_OF, "Mohamed Hamdan Dagalo", "Rapid Support Forces");
}

static void test_accused_by_experts(void **state) {
    expect_no_fact(state, "The report came out on Monday. Wagner guards protect President Faustin-Archange Touadera "
                          "and have been accused by UN experts of killing civilians.\n",
                   TL_CHARGED, "Faustin-Archange Touadera", NULL);
    expect_fact(state, "The report came out on Monday. Ivan Petrov was accused by the Justice Department of "
                       "laundering money.\n",
                TL_CHARGED, "Ivan Petrov", NULL);
}

static void test_harbouring_a_body(void **state) {
    expect_fact(state, "The report came out on Monday. Pakistan accuses Afghanistan of harbouring the TTP.\n",
                TL_SUPPORTS, "Afghanistan", "TTP");
    expect_no_fact(state, "The report came out on Monday. Ali Khan sheltered in Kabul during the storm.\n",
                   TL_SUPPORTS, "Ali Khan", "Kabul");
}

/* "Pakistan has blamed the Taliban for harbouring the TTP": what one
 * side blames another for is alleged. */
static void test_blamed_for(void **state) {
    tl_doc *d = run(state, "The report came out on Monday. Pakistan has blamed the Taliban for harbouring the TTP.\n");
    const tl_fact *f = find(d, TL_SUPPORTS, "Taliban", "TTP");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

static void test_ethnic_before_a_trade(void **state) {
    const char *t = "The report came out on Monday. Police arrested ethnic Albanian gang leader Arben Rexhepi.\n";
    expect_fact(state, t, TL_ORIGIN, "Arben Rexhepi", "Albanian");
    expect_no_fact(state, "The report came out on Monday. Police arrested ethnic Albanian Arben Rexhepi.\n",
                   TL_CITIZEN_OF, "Arben Rexhepi", "Albanian");
}

static void test_fighters_posted(void **state) {
    expect_fact(state, "The report came out on Monday. The Wagner Group has about 1,500 fighters in Mali.\n",
                TL_LOCATED_IN, "Wagner Group", "Mali");
    expect_fact(state, "The report came out on Monday. The Wagner Group deployed fighters to Libya in 2019.\n",
                TL_LOCATED_IN, "Wagner Group", "Libya");
    /* (a state with troops abroad is not there) */
    expect_no_fact(state, "The report came out on Monday. Austria has 200 troops in Chad.\n", TL_LOCATED_IN, "Austria",
                   "Chad");
}

static void test_recruited_by_a_states_organ(void **state) {
    expect_fact(state, "The report came out on Monday. Ivan Petrov, who was born in Russia, was recruited by Russian "
                       "intelligence while studying in Moscow.\n",
                TL_RECRUITED, "Russia", "Ivan Petrov");
}

static void test_object_before_and_was(void **state) {
    const char *t = "The report came out on Monday. Ivan Petrov met Sergei Volkov and was arrested in Madrid.\n";
    expect_fact(state, t, TL_ARRESTED, "Ivan Petrov", NULL);
    expect_no_fact(state, t, TL_ARRESTED, "Sergei Volkov", NULL);
    expect_fact(state, "The report came out on Monday. Ivan Petrov and Sergei Volkov were arrested in Madrid.\n",
                TL_ARRESTED, "Sergei Volkov", NULL);
}

static void test_killed_in_an_attack_on(void **state) {
    expect_fact(state, "The report came out on Monday. Al-Shabaab killed 21 people in an attack on the DusitD2 hotel "
                       "complex in Nairobi in 2019.\n",
                TL_ATTACKED, "Al-Shabaab", "DusitD2 hotel complex");
}

static void test_participle_after_the_object(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Police arrested Giuseppe Morabito, suspected of "
                       "leading the 'Ndrangheta in Milan.\n",
                TL_LEADER_OF, "Giuseppe Morabito", "Ndrangheta");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Police arrested Karim Haddad, charged with murder "
                       "in 2019.\n",
                TL_CHARGED, "Karim Haddad", NULL);
}

static void test_names_are_proper_nouns_to_the_parser(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Hassan Ali took over al-Shabaab after the death "
                       "of its founder in 2014.\n",
                TL_LEADER_OF, "Hassan Ali", "al-Shabaab");
}

static void test_attack_sides_and_sites(void **state) {
    /* a nationality's agents, and its assets, stand for its state */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Russian agents poisoned Sergei Skripal in Salisbury in 2018.\n",
                TL_ATTACKED, "Russian", "Sergei Skripal");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. The Houthis launched a drone attack on Saudi oil facilities.\n",
                TL_ATTACKED, "Houthis", "Saudi");
    /* "executed" people is a killing, a plan executed none */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Wagner fighters executed civilians in the village of Moura.\n",
                TL_ATTACKED, "Wagner", "Moura");
    expect_no_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Hamas executed the contract in the village of Moura.\n",
                   TL_ATTACKED, "Hamas", "Moura");
    /* the plain form's site */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Ali Hassan plotted to bomb a synagogue in Manhattan.\n",
                TL_ATTACKED, "Ali Hassan", "Manhattan");
    /* a group of a side's people */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. JNIM ambushed a convoy of Malian soldiers near Boni.\n",
                TL_ATTACKED, "JNIM", "Malian");
}

static void test_first_word_no_name(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Gunmen affiliated with Hezbollah attacked the Israeli embassy in Buenos Aires.\n",
                TL_ATTACKED, "Hezbollah", "Israeli");
}

static void test_nationality_nouns(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. The Briton, Jack Letts, was stripped of his citizenship.\n",
                TL_CITIZEN_OF, "Jack Letts", "Briton");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Faisal Shahzad is an American of Pakistani descent.\n",
                TL_CITIZEN_OF, "Faisal Shahzad", "American");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Faisal Shahzad is an American of Pakistani descent.\n",
                TL_ORIGIN, "Faisal Shahzad", "Pakistani");
}

static void test_part_in_a_place(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. ISIS-K, the Islamic State's affiliate in Afghanistan, claimed the attack.\n",
                TL_LOCATED_IN, "ISIS-K", "Afghanistan");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. AQAP is al-Qaeda's branch in Yemen.\n",
                TL_LOCATED_IN, "AQAP", "Yemen");
}

static void test_charge_named_by_its_source(void **state) {
    expect_no_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Ardian K. had been in contact with Abu Yusuf, a recruiter for the group in Syria, "
                          "according to the indictment.\n",
                   TL_CHARGED, "Abu Yusuf", NULL);
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. According to the indictment, Ali Karimi and Reza Tehrani hired a hitman.\n",
                TL_CHARGED, "Reza Tehrani", NULL);
}

static void test_kin_by_family_name(void **state) {
    /* the kin's surname, in its feminine form, names whose "his" it is,
     * past the sentence */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Dmitry Orlov met Sergei Kuznetsov in Moscow. His wife, Anna Kuznetsova, was also "
                       "designated.\n",
                TL_FAMILY_OF, "Anna Kuznetsova", "Sergei Kuznetsov");
    expect_no_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Dmitry Orlov met Sergei Kuznetsov in Moscow. His wife, Anna Kuznetsova, was also "
                          "designated.\n",
                   TL_FAMILY_OF, "Anna Kuznetsova", "Dmitry Orlov");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Piotr Nowak met Jan Kowalski in Warsaw. His wife, Anna Kowalska, was also detained.\n",
                TL_FAMILY_OF, "Anna Kowalska", "Jan Kowalski");
}

static void test_modifier_and_dateline_no_antecedent(void **state) {
    /* "the al-Qaeda-linked group": the name fused with "-linked" is no
     * actor nor antecedent; the dateline's place and agency neither */
    const char *t = "MOGADISHU (AFP) - Al-Shabaab fighters stormed a hotel on Friday, police said. The "
                    "al-Qaeda-linked group said that its fighters had attacked the Hayat Hotel.\n";
    expect_fact(state, t, TL_ATTACKED, "Al-Shabaab", "Hayat Hotel");
    expect_no_fact(state, t, TL_ATTACKED, "al-Qaeda", "Hayat Hotel");
    expect_no_fact(state, t, TL_ATTACKED, "AFP", "Hayat Hotel");
}

static void test_offensive_and_vows(void **state) {
    /* "an offensive" the parser's two taggers read apart is a noun */
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Somalia launched an offensive against al-Shabaab in August.\n",
                TL_OPPOSES, "Somalia", "al-Shabaab");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. President Hassan Sheikh Mohamud vowed to eliminate al-Shabaab.\n",
                TL_OPPOSES, "Hassan Sheikh Mohamud", "al-Shabaab");
    expect_no_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Johannes Kepler managed to eliminate Ptolemy's equant.\n",
                   TL_OPPOSES, "Johannes Kepler", "Ptolemy");
}

/* "Gunmen linked to X attacked a base in Y": the crew the parse gives the
 * verb for subject attacks the site's place for its group. */
static void test_crew_attacks_a_site(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Gunmen linked to Hezbollah attacked a military base in Tyre.\n",
                TL_ATTACKED, "Hezbollah", "Tyre");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Fighters loyal to the Islamic State killed five soldiers in Raqqa.\n",
                TL_ATTACKED, "Islamic State", "Raqqa");
    /* (a crew that is not the verb's subject attacks nothing) */
    expect_no_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Police said gunmen linked to Hezbollah were seen "
                          "before the army attacked a military base in Tyre.\n",
                   TL_ATTACKED, "Hezbollah", "Tyre");
}

/* "X, whose daughter lives in Y": the clause is the possessed noun's. */
static void test_whose_clause(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sIvan Petrov, whose daughter lives in London, denied the charges.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Ivan Petrov", "London");
    snprintf(b, sizeof b, "%sIvan Petrov, whose company is based in Dubai, denied the charges.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Ivan Petrov", "Dubai");
    snprintf(b, sizeof b, "%sIvan Petrov, whose brother was arrested in Madrid, denied the charges.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Ivan Petrov", NULL);
    snprintf(b, sizeof b, "%sIvan Petrov, who lives in London, denied the charges.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Ivan Petrov", "London");
}

/* "X, the Jordanian leader of Y,": a nationality before a role and its
 * "of" phrase, after "the" as after "a"; "a U.S.-born cleric": a place
 * fused with "born" is the birthplace. */
static void test_nationality_before_role_and_birthplace(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAbu Musab al-Zarqawi, the Jordanian leader of al-Qaeda in Iraq, was killed in 2006.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Abu Musab al-Zarqawi", "Jordanian");
    snprintf(b, sizeof b, "%sMaria Lopez, the Colombian lawyer, was arrested.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Maria Lopez", "Colombian");
    /* (whose kin, of where: no nationality of the name's) */
    snprintf(b, sizeof b, "%sMaria Lopez, the Colombian wife of Carlos Mendoza, was arrested.\n", p);
    expect_no_fact(state, b, TL_CITIZEN_OF, "Carlos Mendoza", "Colombian");
    snprintf(b, sizeof b, "%sAnwar al-Awlaki, a U.S.-born cleric, was killed in Yemen.\n", p);
    expect_fact(state, b, TL_BORN_IN, "Anwar al-Awlaki", "U.S.");
    /* (over a body's name modifying the person's noun) */
    snprintf(b, sizeof b, "%sThe U.S.-born Hamas financier Mohammed Salah was arrested in Chicago.\n", p);
    expect_fact(state, b, TL_BORN_IN, "Mohammed Salah", "U.S.");
    expect_no_fact(state, b, TL_BORN_IN, "Mohammed Salah", "Chicago");
    snprintf(b, sizeof b, "%sThe Pakistan-born businessman Tariq Aziz was arrested in London.\n", p);
    expect_fact(state, b, TL_BORN_IN, "Tariq Aziz", "Pakistan");
    expect_no_fact(state, b, TL_BORN_IN, "Tariq Aziz", "London");
}

/* "acted as a fundraiser for Hamas", "a Hamas fundraiser": support. */
static void test_fundraiser_supports(void **state) {
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Mohammed Salah acted as a fundraiser for Hamas.\n",
                TL_SUPPORTS, "Mohammed Salah", "Hamas");
    expect_fact(state, "BERLIN (dpa) - Officials spoke on Monday. Mohammed Salah, a Hamas fundraiser, was arrested in Chicago.\n",
                TL_SUPPORTS, "Mohammed Salah", "Hamas");
}

/* "fled after his bodyguard was arrested": the arrest's person is the
 * arrest verb's subject, read at that verb, not at the first trigger
 * after the name. */
static void test_possessed_subject_of_a_later_event(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sJuan Morales fled to Spain after his bodyguard was arrested.\n", p);
    expect_fact(state, b, TL_TRAVELED_TO, "Juan Morales", "Spain");
    expect_no_fact(state, b, TL_ARRESTED, "Juan Morales", NULL);
    snprintf(b, sizeof b, "%sJuan Morales took over the Gulf Cartel after his brother was arrested.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Juan Morales", NULL);
    snprintf(b, sizeof b, "%sJuan Morales fled to Spain after he was arrested.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Juan Morales", NULL);
}

/* "Militants believed to belong to X attacked a station in Y": a hedged
 * tie names the crew's side; "said to be" hedges with no source. */
static void test_hedged_crew_and_said_to(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sMilitants believed to belong to the Islamic State attacked a police station in Rafah.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Rafah");
    snprintf(b, sizeof b, "%sFighters thought to be members of Boko Haram raided a village near Maiduguri.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Boko Haram", "Maiduguri");
    /* (where they came from is no side) */
    snprintf(b, sizeof b, "%sMilitants believed to be from Somalia attacked a hotel in Mandera.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Somalia", "Mandera");
    snprintf(b, sizeof b, "%sKarim Nasser is said to be a member of Hezbollah.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_MEMBER_OF, "Karim Nasser", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "X, who prosecutors say heads Y": the clause's verb after a source's
 * words; "who investigators believe is a member of Y" doubts it. */
static void test_source_inside_relative_clause(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAhmed Karimi, who prosecutors say heads the Sinaloa Cartel, was not in court.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Ahmed Karimi", "Sinaloa Cartel");
    snprintf(b, sizeof b, "%sAhmed Karimi, who investigators believe is a member of Hezbollah, fled.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_MEMBER_OF, "Ahmed Karimi", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "took control of": a place's taking is an attack (a crew's for its
 * side), a body's its leadership, a name modifying a noun neither. */
static void test_control_taken_by_crews(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sFighters from the M23 seized control of Goma in November.\n", p);
    expect_fact(state, b, TL_ATTACKED, "M23", "Goma");
    snprintf(b, sizeof b, "%sThe Houthis took control of the port of Hodeidah.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Houthis", "Hodeidah");
    snprintf(b, sizeof b, "%sSources said Karim Saleh had taken control of the Sinaloa Cartel's Chicago cell.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Karim Saleh", "Chicago");
    snprintf(b, sizeof b, "%sIran provided weapons to the Houthis.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Iran", "Houthis");
}

/* "Y, his brother, denied": the apposition names Y, so "his" is the
 * person in focus; "the brother of Y, who leads Z": the clause is Y's. */
static void test_kin_apposition_and_relative(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sIvan Petrov was arrested in May. Sergei Petrov, his brother, denied any wrongdoing.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Sergei Petrov", "Ivan Petrov");
    snprintf(b, sizeof b, "%sIvan Petrov was arrested in May. He is the brother of Sergei Petrov, who leads the "
                          "Solntsevo gang.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Sergei Petrov", "Solntsevo gang");
    expect_no_fact(state, b, TL_LEADER_OF, "Ivan Petrov", "Solntsevo gang");
    expect_fact(state, b, TL_FAMILY_OF, "Ivan Petrov", "Sergei Petrov");
}

/* "X, one of the founders of Y, died in 2015": the date is the
 * clause's verb's, not the apposition's noun's. */
static void test_apposition_noun_takes_no_later_date(void **state) {
    tl_doc *d = run(state, "Ahmed Raza, one of the founders of Lashkar-e-Taiba, died in 2015.\n");
    const tl_fact *f = find(d, TL_FOUNDED, "Ahmed Raza", "Lashkar-e-Taiba");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    d = run(state, "Ahmed Raza founded Lashkar-e-Taiba in 1990.\n");
    f = find(d, TL_FOUNDED, "Ahmed Raza", "Lashkar-e-Taiba");
    assert_non_null(f);
    assert_string_equal(f->time_value, "1990");
    tl_doc_free(d);
}

/* A site's attack: one bomber from a group, a site "at" a place's noun
 * phrase, a bombing "of" a site. */
static void test_more_attack_sites(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sA suicide bomber from the Islamic State killed 30 people in Kabul.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Kabul");
    snprintf(b, sizeof b, "%sThe Islamic State killed 30 people at a wedding in Kabul.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Kabul");
    snprintf(b, sizeof b, "%sHezbollah attacked the offices of Charlie Hebdo in Paris.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Hezbollah", "Charlie Hebdo");
    snprintf(b, sizeof b, "%sAl-Shabaab claimed the bombing of a hotel in Mogadishu.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Mogadishu");
    /* (a killing "of" someone is no site's: only bombing, shelling, storming) */
    snprintf(b, sizeof b, "%sAl-Shabaab claimed the killing of a hotel owner in Mogadishu.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Mogadishu");
}

/* Who leads an unnamed part of a body is its member: "the leader of a
 * cell of Y", "headed the Reynosa faction of Y". */
static void test_leader_of_unnamed_part(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sJuan Ortiz, the leader of a cell of the Gulf Cartel in Reynosa, was arrested.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Juan Ortiz", "Gulf Cartel");
    expect_no_fact(state, b, TL_LEADER_OF, "Juan Ortiz", "Gulf Cartel");
    snprintf(b, sizeof b, "%sJuan Ortiz headed the Reynosa faction of the Gulf Cartel.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Juan Ortiz", "Gulf Cartel");
    snprintf(b, sizeof b, "%sJuan Ortiz, the leader of al-Shabaab, was killed.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Juan Ortiz", "al-Shabaab");
}

/* A crew that works for, fights for or was hired by a side: "Gunmen
 * working for X attacked a station in Y" (the parser's tree mended:
 * tl_dep.c mend_prep_subject, mend_root_noun). */
static void test_crew_working_for_a_side(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sGunmen linked to the Sinaloa Cartel attacked a prison in Culiacan.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Culiacan");
    snprintf(b, sizeof b, "%sGunmen working for the Sinaloa Cartel attacked a police station in Culiacan.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Culiacan");
    snprintf(b, sizeof b, "%sGunmen hired by the Sinaloa Cartel attacked a police station in Culiacan.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Culiacan");
    snprintf(b, sizeof b, "%sHackers working for the GRU attacked the Democratic National Committee.\n", p);
    expect_fact(state, b, TL_ATTACKED, "GRU", "Democratic National Committee");
    snprintf(b, sizeof b, "%sMilitants fighting for the Islamic State attacked a prison in Jalalabad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Jalalabad");
}

/* Where one stays: the place of the dwelling ("lives in a villa outside
 * Marbella"), a body's ground over "rural". */
static void test_dwelling_and_ground(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sIvan Petrov lives in a villa outside Marbella.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Ivan Petrov", "Marbella");
    snprintf(b, sizeof b, "%sIvan Petrov was hiding in a farmhouse near Palermo when police found him.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Ivan Petrov", "Palermo");
    snprintf(b, sizeof b, "%sAl-Shabaab controls large parts of rural Somalia.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Al-Shabaab", "Somalia");
    /* a person's own dwelling, whatever befell them there */
    snprintf(b, sizeof b, "%sPolice arrested Juan Ortiz at his home in Phoenix.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", "Phoenix");
    expect_fact(state, b, TL_ARRESTED, "Juan Ortiz", NULL);
    snprintf(b, sizeof b, "%sJuan Ortiz was abducted from his home in Niger in 2016.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", "Niger");
    snprintf(b, sizeof b, "%sPolice raided Juan Ortiz's family home in Phoenix.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", "Phoenix");
    snprintf(b, sizeof b, "%sPolice searched the home of Juan Ortiz in Phoenix.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", "Phoenix");
    snprintf(b, sizeof b, "%sJuan Ortiz was shot dead outside his house near Bratislava.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", "Bratislava");
    /* (a home's country is no dwelling) */
    snprintf(b, sizeof b, "%sJuan Ortiz returned to his home country in 2019.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Juan Ortiz", NULL);
}

/* "arms militias in Iraq, including X": the object ", including" names
 * (the verb in -s, which the tagger read as a plural noun, too). */
static void test_object_named_by_including(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe IRGC trains and arms militias in Iraq, including Kataib Hezbollah.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "IRGC", "Kataib Hezbollah");
    snprintf(b, sizeof b, "%sThe Islamic State attacked several Christian villages, including Qaraqosh.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Qaraqosh");
    /* (not a role played: "supporting roles, including X") */
    snprintf(b, sizeof b, "%sVera Lind stars in supporting roles, including Marco Bell.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Vera Lind", "Marco Bell");
}

/* "the Polish pianist, composer and teacher X": a nationality before a
 * list of the person's nouns. */
static void test_nationality_before_noun_list(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe festival honours the Polish pianist, composer and teacher Fryderyk Chopin.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Fryderyk Chopin", "Polish");
    snprintf(b, sizeof b, "%sIt is named after the Danish naval officer Christian Krieger, who mapped the sea.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Christian Krieger", "Danish");
    /* (officials who met someone are not theirs) */
    snprintf(b, sizeof b, "%sRussian officials, diplomats and spies met Fryderyk Chopin.\n", p);
    expect_no_fact(state, b, TL_CITIZEN_OF, "Fryderyk Chopin", NULL);
}

/* "carried out the 2008 Mumbai attacks": a town's or site's name before
 * an attack noun is its target (the name no event's), a country's the
 * side that struck. */
static void test_place_named_before_attack_noun(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sLashkar-e-Taiba carried out the 2008 Mumbai attacks.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Lashkar-e-Taiba", "Mumbai");
    snprintf(b, sizeof b, "%sHafiz Saeed was behind the Mumbai attacks.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Hafiz Saeed", "Mumbai");
    snprintf(b, sizeof b, "%sAl-Shabaab claimed the Westgate mall attack.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Westgate mall");
    /* "opened fire on worshippers in Kabul": the place of those fired on */
    snprintf(b, sizeof b, "%sISIS gunmen opened fire on worshippers in Kabul.\n", p);
    expect_fact(state, b, TL_ATTACKED, "ISIS", "Kabul");
    snprintf(b, sizeof b, "%sGunmen from ISIS opened fire on worshippers at a mosque in Kabul.\n", p);
    expect_fact(state, b, TL_ATTACKED, "ISIS", "Kabul");
    snprintf(b, sizeof b, "%sHamas says the fire on the roof in Kabul was put out.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Hamas", "Kabul");
    /* people taken "from" a site in a place: a raid on the site */
    snprintf(b, sizeof b, "%sBoko Haram abducted more than 200 schoolgirls from a school in Chibok.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Boko Haram", "Chibok");
    snprintf(b, sizeof b, "%sAl-Shabaab kidnapped Juan Ortiz from his home in Mogadishu.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Juan Ortiz");
    expect_no_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Mogadishu");
    snprintf(b, sizeof b, "%sA US strike killed Ali Reza.\n", p);
    expect_fact(state, b, TL_ATTACKED, "US", "Ali Reza");
    expect_no_fact(state, b, TL_ATTACKED, "Ali Reza", "US");
}

/* "held talks with the leader of Hamas, Ismail Haniyeh": the person a
 * role after the preposition is apposed to, not the role's body. */
static void test_role_apposed_after_preposition(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAli Reza held talks with the leader of Hamas, Ismail Haniyeh, in Doha.\n", p);
    expect_fact(state, b, TL_MET, "Ali Reza", "Ismail Haniyeh");
    expect_fact(state, b, TL_LEADER_OF, "Ismail Haniyeh", "Hamas");
    expect_no_fact(state, b, TL_MET, "Ali Reza", "Hamas");
    snprintf(b, sizeof b, "%sAli Reza spoke with the spokesman of the Taliban, Zabihullah Mujahid, on Monday.\n", p);
    expect_fact(state, b, TL_MET, "Ali Reza", "Zabihullah Mujahid");
    snprintf(b, sizeof b, "%sAli Reza met with the head of the FBI's Boston office, John Smith.\n", p);
    expect_fact(state, b, TL_MET, "Ali Reza", "John Smith");
    /* (no name apposed: the body) */
    snprintf(b, sizeof b, "%sAli Reza met with senior Hamas officials in Doha.\n", p);
    expect_fact(state, b, TL_MET, "Ali Reza", "Hamas");
}

/* "X and Y of Hamas", "X, of the Wagner Group,", "X of Russia's FSB":
 * the persons named before "of" and a body, all of a list; a crew "from"
 * a body the parser made a second subject; a kind noun before a name that
 * modifies a person noun; a trigger the tagger gave a Penn tag of no class. */
static void test_members_listed_before_of(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad and Omar Nasser of Hamas were killed in the strike.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Hamas");
    expect_fact(state, b, TL_MEMBER_OF, "Omar Nasser", "Hamas");
    snprintf(b, sizeof b, "%sKarim Haddad, Omar Nasser and Ali Mansour of the Islamic State were sentenced.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Islamic State");
    expect_fact(state, b, TL_MEMBER_OF, "Omar Nasser", "Islamic State");
    snprintf(b, sizeof b, "%sKarim Haddad and Omar Nasser, of the Wagner Group, were captured.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Wagner Group");
    snprintf(b, sizeof b, "%sOmar Nasser of Russia's FSB was expelled.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Omar Nasser", "FSB");
    expect_no_fact(state, b, TL_LEADER_OF, "Omar Nasser", "FSB");
    /* (a name with its own "of", or after one, ends the list) */
    snprintf(b, sizeof b, "%sKarim Haddad of Fatah and Omar Nasser of Hamas met in Cairo.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Hamas");
    snprintf(b, sizeof b, "%sGunmen from the Sinaloa Cartel killed Karim Haddad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Karim Haddad");
    snprintf(b, sizeof b, "%sKarim Haddad, a veteran Hamas fighter, died on Sunday.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Hamas");
    snprintf(b, sizeof b, "%sWagner mercenary Karim Haddad was captured.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Wagner");
}

/* The doer of an attack named by the attack or its weapon ("A bombing
 * claimed by X killed 30 people in Y", "a car bomb planted by X"), and the
 * place of a site in an attack planned or plotted ("planned an attack on
 * a synagogue in Halle"). */
static void test_attack_claimed_or_planned(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sA bombing claimed by the Islamic State killed 30 people in Baghdad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Baghdad");
    snprintf(b, sizeof b, "%sA car bomb claimed by the Islamic State killed 30 people in Baghdad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Baghdad");
    snprintf(b, sizeof b, "%sAn attack by Hezbollah killed 30 people in Baghdad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Hezbollah", "Baghdad");
    snprintf(b, sizeof b, "%sIsraeli artillery pounded Gaza on Sunday.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Israeli", "Gaza");
    snprintf(b, sizeof b, "%sMilitants linked to the Kessel Brigade killed Omar Nasser.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Kessel Brigade", "Omar Nasser");
    snprintf(b, sizeof b, "%sAn attack claimed by the Islamic State killed Juan Ortiz in Baghdad.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Juan Ortiz");
    snprintf(b, sizeof b, "%sA bomb planted by the Taliban killed Juan Ortiz.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Taliban", "Juan Ortiz");
    snprintf(b, sizeof b, "%sJuan Ortiz plotted an attack on a synagogue in Halle.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Juan Ortiz", "Halle");
    snprintf(b, sizeof b, "%sJuan Ortiz was behind an attack on a synagogue in Halle.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Juan Ortiz", "Halle");
    snprintf(b, sizeof b, "%sJuan Ortiz masterminded the attack on the embassy in Nairobi.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Juan Ortiz", "Nairobi");
    /* (a victim killed in it is the target, not the place) */
    snprintf(b, sizeof b, "%sJuan Ortiz was killed in an attack on a hotel in Kabul.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Juan Ortiz", "Kabul");
}

/* A place that "fell to" a body is taken by it; a crew or weapons the
 * speaker calls "its" are the speaker's; "St Petersburg" is a place. */
static void test_place_fell_and_its_fighters(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKabul fell to the Taliban on August 15, 2021.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Taliban", "Kabul");
    snprintf(b, sizeof b, "%sMosul fell to Islamic State fighters in 2014.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Mosul");
    /* (a person takes no place; a share that falls is none) */
    const char *none[] = {"Berlin fell to Ali Reza in the vote.\n", "Support for Hamas fell to 20 percent.\n"};
    for (size_t k = 0; k < sizeof none / sizeof none[0]; k++) {
        tl_doc *d = run(state, none[k]);
        for (uint32_t f = 0; f < d->n_facts; f++) assert_int_not_equal(d->facts[f].type, TL_ATTACKED);
        tl_doc_free(d);
    }
    snprintf(b, sizeof b, "%sThe Islamic State said its fighters killed 20 soldiers in Raqqa.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Islamic State", "Raqqa");
    snprintf(b, sizeof b, "%sThe Wagner Group, which is based in St Petersburg, denied the claims.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Wagner Group", "St Petersburg");
}

/* Kin by marriage and former marriage: "X's ex-wife", "the
 * mother-in-law of X", "X's sister-in-law, Y". */
static void test_kin_by_marriage(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sMaria Lopez, Karim Haddad's ex-wife, testified against him.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Maria Lopez", "Karim Haddad");
    snprintf(b, sizeof b, "%sMaria Lopez, the mother-in-law of Karim Haddad, was arrested.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Maria Lopez", "Karim Haddad");
    snprintf(b, sizeof b, "%sPolice arrested Karim Haddad's sister-in-law, Maria Lopez, in Vienna.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Maria Lopez", "Karim Haddad");
    expect_fact(state, b, TL_ARRESTED, "Maria Lopez", NULL);
    expect_no_fact(state, b, TL_ARRESTED, "Karim Haddad", NULL);
    /* (and a co-defendant is a person a name owns, as an accomplice is) */
    snprintf(b, sizeof b, "%sKarim Haddad and his co-defendant Omar Nasser pleaded guilty.\n", p);
    expect_fact(state, b, TL_CHARGED, "Karim Haddad", NULL);
    expect_fact(state, b, TL_CHARGED, "Omar Nasser", NULL);
}

/* "X expressed support for Y", "jailed for inviting support for Y": the
 * subject of the verb that voices or gives support. */
static void test_support_voiced(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad expressed support for the Islamic State.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Karim Haddad", "Islamic State");
    snprintf(b, sizeof b, "%sKarim Haddad was jailed for inviting support for the Islamic State.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Karim Haddad", "Islamic State");
    snprintf(b, sizeof b, "%sGermany expressed support for Ali Reza's proposal.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Germany", "Ali Reza");
    /* a body's unresolved "its" or "their" before the noun: the clause
     * subject's (not support withdrawn) */
    snprintf(b, sizeof b, "%sThe Houthis continued their attacks on Israel.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Houthis", "Israel");
    snprintf(b, sizeof b, "%sThe Congress Party withdrew its support for Hamas in 2019.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Congress Party", "Hamas");
}

/* Events only thought of: "any" attack, an attack that "would trigger"
 * a war, travel one "plans" or "tried" (a plot stays a plotted attack). */
static void test_only_intended(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAny US attack on Iran could trigger a regional war.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "US", "Iran");
    snprintf(b, sizeof b, "%sIran warned that an Israeli strike on Tehran would be met with force.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Israeli", "Tehran");
    snprintf(b, sizeof b, "%sKarim Haddad plans to travel to Moscow.\n", p);
    expect_no_fact(state, b, TL_TRAVELED_TO, "Karim Haddad", "Moscow");
    snprintf(b, sizeof b, "%sKarim Haddad tried to join the Islamic State.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Karim Haddad", "Islamic State");
    snprintf(b, sizeof b, "%sKarim Haddad planned to attack a synagogue in Halle.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Karim Haddad", "Halle");
    snprintf(b, sizeof b, "%sThe attack by ISIS-K on the Crocus City Hall would be the deadliest in years.\n", p);
    expect_fact(state, b, TL_ATTACKED, "ISIS-K", "Crocus City Hall");
    snprintf(b, sizeof b, "%sKarim Haddad traveled to Moscow.\n", p);
    expect_fact(state, b, TL_TRAVELED_TO, "Karim Haddad", "Moscow");
}

/* A site set off with ", in Y," and a place described past two peoples'
 * names ("a predominantly Muslim Russian republic in Y"). */
static void test_site_in_place_aside(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe defendants appeared by video link from HMP Belmarsh, in south-east London.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "HMP Belmarsh", "London");
    snprintf(b, sizeof b, "%sIt was located at Logan Airport, in Boston, Massachusetts.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Logan Airport", "Boston");
    snprintf(b, sizeof b, "%sChechnya is a predominantly Muslim Russian republic in the North Caucasus.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Chechnya", "North Caucasus");
}

/* A meal had or hosted with someone is a meeting; one skipped is none. */
static void test_meal_meeting(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad had dinner with Omar Nasser in Paris.\n", p);
    expect_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
    snprintf(b, sizeof b, "%sKarim Haddad skipped breakfast with Omar Nasser.\n", p);
    expect_no_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
}

/* A guest received, welcomed or greeted by name is met; not one's
 * release or support, nor an award received ("received the Nobel
 * Prize" names no one). */
static void test_guest_received(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad received Omar Nasser at the palace on Tuesday.\n", p);
    expect_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
    snprintf(b, sizeof b, "%sKarim Haddad welcomed Omar Nasser to Ankara.\n", p);
    expect_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
    snprintf(b, sizeof b, "%sKarim Haddad welcomed Omar Nasser's release.\n", p);
    expect_no_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
    snprintf(b, sizeof b, "%sKarim Haddad and Omar Nasser received awards in 2019.\n", p);
    expect_no_fact(state, b, TL_MET, "Karim Haddad", "Omar Nasser");
    snprintf(b, sizeof b, "%sKarim Haddad received the Nobel Prize in Physics.\n", p);
    expect_no_fact(state, b, TL_MET, "Karim Haddad", "Nobel Prize");
}

/* "X hails from Y" is X's origin (not "hailed the decision from Y");
 * "X resurfaced in Y" is a trip there, dated by the count of years after
 * the earlier date, not by that date. */
static void test_hails_and_resurfaced(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad originally hails from Aleppo.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Karim Haddad", "Aleppo");
    snprintf(b, sizeof b, "%sKarim Haddad hailed the decision from Moscow.\n", p);
    expect_no_fact(state, b, TL_ORIGIN, "Karim Haddad", "Moscow");
    snprintf(b, sizeof b, "%sKarim Haddad escaped from prison in 2015 and resurfaced in Chile three years later.\n", p);
    tl_doc *d = run(state, b);
    int found = 0;
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_TRAVELED_TO) found = !strcmp(d->facts[i].time_value, "2018") ? 1 : -1;
    assert_int_equal(found, 1);
    tl_doc_free(d);
}

/* "X was granted Turkish citizenship": the receiver of a passive grant
 * is the citizen; "surveilled targets in New York for Hezbollah" places
 * no Hezbollah in New York. */
static void test_granted_citizenship_and_done_for(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad was granted Turkish citizenship in 2018.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Karim Haddad", "Turkish");
    snprintf(b, sizeof b, "%sKarim Haddad surveilled Jewish targets in New York for Hezbollah.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Hezbollah", "New York");
}

/* "X broke away from Y", "X splintered from Y": a splinter is a part of
 * the body it left; not a person, nor a state left. */
static void test_broke_away(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Kessel Brigade broke away from the Vardo Brotherhood in 2012.\n", p);
    expect_fact(state, b, TL_PART_OF, "Kessel Brigade", "Vardo Brotherhood");
    snprintf(b, sizeof b, "%sThe Kessel Brigade splintered from the Vardo Brotherhood.\n", p);
    expect_fact(state, b, TL_PART_OF, "Kessel Brigade", "Vardo Brotherhood");
    snprintf(b, sizeof b, "%sThe Kessel Brigade broke away from Somalia.\n", p);
    expect_no_fact(state, b, TL_PART_OF, "Kessel Brigade", "Somalia");
}

/* An inverted condition opening the sentence states nothing: "Should X
 * decide to retaliate against Y, ...", "Had X been arrested, ...". */
static void test_inverted_condition(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sShould Iran decide to retaliate against Israel, the war would widen.\n", p);
    expect_no_fact(state, b, TL_OPPOSES, "Iran", "Israel");
    snprintf(b, sizeof b, "%sHad Karim Haddad been arrested, the attack would not have happened.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Karim Haddad", NULL);
    snprintf(b, sizeof b, "%sIran decided to retaliate against Israel.\n", p);
    expect_fact(state, b, TL_OPPOSES, "Iran", "Israel");
}

/* "X was expelled from Mexico": an expulsion extradites only with a state
 * named ("expelled from the party" and "from school" are none). */
static void test_expelled_from_state(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sFrancisco Lopez was expelled from Mexico in March.\n", p);
    tl_doc *d = run(state, b);
    int found = 0;
    for (size_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_EXTRADITED && d->facts[i].from >= 0 &&
            d->entities[d->facts[i].from].name.len == 6 &&
            !memcmp(d->entities[d->facts[i].from].name.ptr, "Mexico", 6))
            found = 1;
    assert_true(found);
    tl_doc_free(d);
    snprintf(b, sizeof b, "%sJuan Perez was expelled from the Liberal Party in 2015.\n", p);
    expect_no_fact(state, b, TL_EXTRADITED, "Juan Perez", NULL);
    snprintf(b, sizeof b, "%sMaria Gomez was expelled from school in Madrid.\n", p);
    expect_no_fact(state, b, TL_EXTRADITED, "Maria Gomez", NULL);
    /* (and the people that receives arms is the body) */
    snprintf(b, sizeof b, "%sThe Houthis receive weapons from Iran.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Iran", "Houthis");
}

/* "X married the daughter of Y", "is married to a sister of Y": the
 * spouse's kin is an in-law; not the kin of Y's man. */
static void test_married_kin_of(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sMohammed Omar married the daughter of Jalaluddin Haqqani.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Mohammed Omar", "Jalaluddin Haqqani");
    snprintf(b, sizeof b, "%sMohammed Omar is married to a sister of Sirajuddin Haqqani.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Mohammed Omar", "Sirajuddin Haqqani");
    snprintf(b, sizeof b, "%sMohammed Omar married the daughter of Jalaluddin Haqqani's driver.\n", p);
    expect_no_fact(state, b, TL_FAMILY_OF, "Mohammed Omar", "Jalaluddin Haqqani");
}

/* "intelligence" names spying only as "intelligence on Y"; "Ukraine's
 * military intelligence claimed the attack on Y" is the agency. */
static void test_intelligence_on(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sUkraine's military intelligence claimed the attack on the Crimean Bridge.\n", p);
    expect_no_fact(state, b, TL_SPIED_ON, "Ukraine", "Crimean Bridge");
    snprintf(b, sizeof b, "%sAli Kourani collected intelligence on the FBI for Hezbollah.\n", p);
    expect_fact(state, b, TL_SPIED_ON, "Ali Kourani", "FBI");
}

/* "X, originally from China", "a naturalized US citizen originally from
 * China", "X, the son of Afghan immigrants", "X, born to Pakistani
 * parents": where the person comes from. */
static void test_origin_originally_and_parents(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sLi Wei, originally from China, pleaded guilty.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Li Wei", "China");
    snprintf(b, sizeof b, "%sLi Wei, a naturalized US citizen originally from China, pleaded guilty.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Li Wei", "China");
    expect_fact(state, b, TL_CITIZEN_OF, "Li Wei", "US");
    snprintf(b, sizeof b, "%sOmar Mateen, the son of Afghan immigrants, was born in New York.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Omar Mateen", "Afghan");
    snprintf(b, sizeof b, "%sFaisal Shahzad, born to Pakistani parents, grew up in Connecticut.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Faisal Shahzad", "Pakistani");
    /* (a people's leader is no parentage) */
    snprintf(b, sizeof b, "%sOmar Mateen, the son of Afghan President Hamid Karzai, spoke.\n", p);
    expect_no_fact(state, b, TL_ORIGIN, "Omar Mateen", "Afghan");
}

/* "X led Islamic State forces": a body's forces or units as the object
 * stand for the body, as its fighters do; a state's forces are no state
 * led. */
static void test_body_forces_object(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAbu Omar al-Shishani led Islamic State forces in Syria.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Abu Omar al-Shishani", "Islamic State");
    snprintf(b, sizeof b, "%sTurkey shelled YPG units near Kobani.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Turkey", "YPG");
    snprintf(b, sizeof b, "%sOmar Hassan led Russian forces in Syria.\n", p);
    expect_no_fact(state, b, TL_LEADER_OF, "Omar Hassan", "Russian");
    /* a body's people named with "of" stand for it too */
    snprintf(b, sizeof b, "%sQatar funded fighters of the Nusra Front.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Qatar", "Nusra Front");
    snprintf(b, sizeof b, "%sVladimir Putin met leaders of Hamas in Moscow.\n", p);
    expect_fact(state, b, TL_MET, "Vladimir Putin", "Hamas");
}

/* "X, who allegedly heads Y's finance office, was sanctioned": a hedge
 * inside a relative clause set off by commas doubts the clause alone; a
 * hedge in a clause that holds the fact still doubts it. */
static void test_hedge_in_relative_aside(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAhmed Mansour, who reportedly lives in Beirut, was arrested in Paris.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_ARRESTED, "Ahmed Mansour", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
    snprintf(b, sizeof b, "%sThe Treasury sanctioned Ahmed Mansour, who allegedly sent money to Hezbollah.\n", p);
    d = run(state, b);
    f = find(d, TL_SUPPORTS, "Ahmed Mansour", "Hezbollah");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    /* "the indictment alleges that X ...": the charge is the paper's,
     * asserted; what it alleges stays alleged */
    snprintf(b, sizeof b, "%sThe indictment alleges that Luis Garcia served as a plaza boss for the Gulf Cartel.\n", p);
    d = run(state, b);
    f = find(d, TL_CHARGED, "Luis Garcia", NULL);
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    f = find(d, TL_MEMBER_OF, "Luis Garcia", "Gulf Cartel");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "the cleric", "the kingpin", "the financier" after "the" stand for
 * the person in focus, as "the suspect" does. */
static void test_described_person_in_focus(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b,
             "%sHassan Nasrallah led Hezbollah for three decades. The cleric was killed by Israel in September "
             "2024.\n",
             p);
    expect_fact(state, b, TL_ATTACKED, "Israel", "Hassan Nasrallah");
    snprintf(b, sizeof b, "%sJoaquin Guzman ran the Sinaloa Cartel. The kingpin was extradited to the United States.\n", p);
    expect_fact(state, b, TL_EXTRADITED, "Joaquin Guzman", NULL);
}

/* "X was wanted for the murder of Y", "X served 28 years in prison for
 * the killing of Y": the one wanted or jailed is the culprit, as one
 * convicted is; "wanted the killing of Y" is a wish. */
static void test_wanted_and_served_for_attack(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sRafael Caro Quintero was wanted for the 1985 murder of Enrique Camarena.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Rafael Caro Quintero", "Enrique Camarena");
    snprintf(b, sizeof b, "%sRafael Caro Quintero served 28 years in prison for the murder of Enrique Camarena.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Rafael Caro Quintero", "Enrique Camarena");
}

/* "Sandworm, a Russian government-backed hacking group": a people's name
 * before a state's support is its state's, as "Iranian-backed" is. */
static void test_state_sponsored_group(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sRussia denied it. Sandworm, a Russian government-backed hacking group, attacked Ukraine.\n",
             p);
    expect_fact(state, b, TL_SUPPORTS, "Russia", "Sandworm");
    snprintf(b, sizeof b, "%sChina denied it. The Kessel Brigade, a Chinese state-sponsored group, spied on Taiwan.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "China", "Kessel Brigade");
}

/* "whom the Treasury sanctioned in October along with 10 others for
 * supporting Y": the one sanctioned supports Y, not the Treasury. */
static void test_relative_sanctioned_for(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b,
             "%sThe Justice Department charged Gary Lam, whom the Treasury sanctioned in October along with 10 others "
             "for supporting Iran's drone program.\n",
             p);
    expect_fact(state, b, TL_SUPPORTS, "Gary Lam", "Iran");
    expect_no_fact(state, b, TL_SUPPORTS, "Treasury", "Iran");
}

/* "Khan, a close aide to Osama bin Laden, was captured": the
 * apposition's object is no one captured, named subject or not; "the head
 * of X, a devil worshiper who was beheaded by Y" still attacks X. */
static void test_apposed_object_not_subject(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKhan, a close aide to Osama bin Laden, was captured in Pakistan.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Osama bin Laden", NULL);
    snprintf(b, sizeof b, "%sSami Khan, a close aide to Osama bin Laden, was captured in Pakistan.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Sami Khan", NULL);
    expect_no_fact(state, b, TL_ARRESTED, "Osama bin Laden", NULL);
    snprintf(b, sizeof b, "%sThe chest holds the head of Gideon Drew, a sailor who was beheaded by Francis Drake.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Francis Drake", "Gideon Drew");
}

/* "X spent three years in Iraq" places X there (a span of time between,
 * not "spent $5,000 in Dubai"); "X sought refuge in Iran" is a trip. */
static void test_spent_years_and_refuge(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad spent three years in Iraq.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Omar Haddad", "Iraq");
    snprintf(b, sizeof b, "%sOmar Haddad spent $5,000 in Dubai.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Omar Haddad", "Dubai");
    snprintf(b, sizeof b, "%sOmar Haddad sought refuge in Iran after the fall of Kabul.\n", p);
    expect_fact(state, b, TL_TRAVELED_TO, "Omar Haddad", "Iran");
}

/* "His brother, X, heads Y": after a person set off by commas, before an
 * article, a word in -s the tagger read a plural noun is the verb. */
static void test_apposed_person_verb(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sHis brother, Ramzan Kadyrov, heads the Chechen Republic.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Ramzan Kadyrov", "Chechen Republic");
}

/* "Members of the Sinaloa Cartel killed journalist X": a verb between the
 * body and the job noun makes X the verb's object, no member. */
static void test_org_job_person_verb_between(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sMembers of the Sinaloa Cartel killed journalist Javier Valdez in Culiacan.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Javier Valdez", "Sinaloa Cartel");
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Javier Valdez");
    snprintf(b, sizeof b, "%sRadio Sawa correspondent Jim Cole reported from Baghdad.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Jim Cole", "Radio Sawa");
}

/* "X faces terrorism charges in New York": the tagger may read "faces" a
 * plural noun and the charge phrase then opens the sentence; the holder is
 * still the subject of the verb inside it. */
static void test_charges_phrase_from_sentence_start(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAli Kourani was born in Lebanon. Kourani faces terrorism charges in New York.\n", p);
    expect_fact(state, b, TL_CHARGED, "Ali Kourani", NULL);
    snprintf(b, sizeof b, "%sTerrorism charges were dropped last year.\n", p);
    tl_doc *d = run(state, b);
    assert_int_equal(d->n_facts, 0);
    tl_doc_free(d);
}

/* "X was arrested along with his wife, Y", "X, along with Y, was charged":
 * the one along with X was too. */
static void test_along_with_kin_and_aside(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAhmed Khalil was arrested on Monday along with his wife, Layla Mansour.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Layla Mansour", NULL);
    expect_fact(state, b, TL_FAMILY_OF, "Layla Mansour", "Ahmed Khalil");
    snprintf(b, sizeof b, "%sAhmed Khalil was arrested along with two other men, Karim Saleh and Omar Hassan.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Karim Saleh", NULL);
    expect_fact(state, b, TL_ARRESTED, "Omar Hassan", NULL);
    snprintf(b, sizeof b, "%sAhmed Khalil, along with Karim Saleh, was charged with fraud.\n", p);
    expect_fact(state, b, TL_CHARGED, "Karim Saleh", NULL);
    expect_fact(state, b, TL_CHARGED, "Ahmed Khalil", NULL);
    snprintf(b, sizeof b, "%sAhmed Khalil was killed along with his bodyguard, Karim Saleh.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Karim Saleh", NULL);
}

/* "Pakistan's intelligence service has long backed the Taliban": a
 * state's organ acts for the state; a person of it does not ("Pakistan's
 * army chief"). */
static void test_state_organ_possessed_subject(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPakistan's intelligence service has long backed the Taliban.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Pakistan", "Taliban");
    snprintf(b, sizeof b, "%sPakistan's military backed the Taliban.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Pakistan", "Taliban");
    snprintf(b, sizeof b, "%sPakistan's army chief backed the Taliban.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Pakistan", "Taliban");
    snprintf(b, sizeof b, "%sPakistan's embassy hosted the Taliban.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Pakistan", "Taliban");
}

/* "Venezuela gave safe haven to the ELN", "gave sanctuary to Y": support. */
static void test_haven_is_support(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sVenezuela gave safe haven to the ELN.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Venezuela", "ELN");
    snprintf(b, sizeof b, "%sThe Taliban provided sanctuary to al-Qaeda.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Taliban", "al-Qaeda");
}

/* "X, a former Hamas member who later joined Islamic Jihad": the clause
 * after the apposition's noun is the person's, past an adverb of time
 * (no part of one body in the other). */
static void test_relative_after_apposition_adverb(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad, a former Hamas member who later joined Islamic Jihad, was killed.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Omar Haddad", "Islamic Jihad");
    expect_no_fact(state, b, TL_PART_OF, "Hamas", "Islamic Jihad");
}

/* "X defected from the Taliban to ISIS-K": a member of both. */
static void test_defected_from_to(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad defected from the Taliban to ISIS-K in 2016.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Omar Haddad", "Taliban");
    expect_fact(state, b, TL_MEMBER_OF, "Omar Haddad", "ISIS-K");
}

/* "X, whose brother Y is a senior Hezbollah commander, denied": the
 * learned scorer gives X no part in the clause "whose" opens (Y is his
 * kin all the same). */
static void test_whose_clause_pair(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sHaddad, whose brother Karim is a senior Hezbollah commander, denied the allegations.\n", p);
    expect_no_fact(state, b, TL_LEADER_OF, "Haddad", "Hezbollah");
    expect_no_fact(state, b, TL_MEMBER_OF, "Haddad", "Hezbollah");
    expect_fact(state, b, TL_FAMILY_OF, "Karim", "Haddad");
}

/* "wired $2 million to accounts controlled by Hezbollah operatives", "to
 * a company owned by Y": the body that holds what was paid in; a letter
 * sent is no support. */
static void test_paid_to_accounts_controlled_by(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sHaddad wired more than $2 million to accounts controlled by Hezbollah operatives in Lebanon.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Haddad", "Hezbollah");
    snprintf(b, sizeof b, "%sHaddad sent a letter to a company owned by Siemens.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Haddad", "Siemens");
}

/* "The airstrike that killed X also killed Y": the object of a relative
 * clause on a common noun is no subject of the verb after the clause, for
 * the frames and the parse alike. */
static void test_relative_object_not_subject(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe airstrike that killed Mohammed Deif also killed Rafa Salama.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Mohammed Deif", "Rafa Salama");
    snprintf(b, sizeof b, "%sThe gunmen who attacked Omar Haddad later killed Sami Farouk.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Omar Haddad", "Sami Farouk");
    snprintf(b, sizeof b, "%sOmar Haddad, who attacked Karim Saleh, later killed Sami Farouk.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Omar Haddad", "Sami Farouk");
}

/* "X surrendered to police", "to the FBI", "X turned himself in": an
 * arrest; not "surrendered to the Taliban", "turned himself into a star". */
static void test_surrender_is_arrest(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad surrendered to police in Brussels on Friday.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sOmar Haddad surrendered to the FBI in New York.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sOmar Haddad turned himself in to authorities in Madrid.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sOmar Haddad surrendered to the Taliban in 2001.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sOmar Haddad turned himself into a celebrity.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
}

/* "appealed to his followers to surrender", "called on Muslims to join
 * Y", "urged his supporters to attack Y": the infinitive is the ones
 * asked's, no one named; "urged X to attack Y" is X's.  "sent fighters to
 * attack Israel": "to" before a bare verb names no recipient. */
static void test_asked_to_infinitive(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sGusmao had appealed to his remaining followers to surrender to the authorities.\n", p);
    expect_no_fact(state, b, TL_ARRESTED, "Gusmao", NULL);
    snprintf(b, sizeof b, "%sBaghdadi called on Muslims to join the Islamic State.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Baghdadi", "Islamic State");
    snprintf(b, sizeof b, "%sBaghdadi urged his supporters to attack France.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Baghdadi", "France");
    snprintf(b, sizeof b, "%sBaghdadi urged Omar Haddad to attack France.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Omar Haddad", "France");
    snprintf(b, sizeof b, "%sHamas sent fighters to attack Israel.\n", p);
    expect_no_fact(state, b, TL_SUPPORTS, "Hamas", "Israel");
}

/* "X, born to a Moroccan family", "X, an Iraqi Kurd": a people's origin
 * (the nationality's citizenship stays). */
static void test_origin_family_and_second_people(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad, born to a Moroccan family in Brussels, radicalized in prison.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Omar Haddad", "Moroccan");
    snprintf(b, sizeof b, "%sOmar Haddad, an Iraqi Kurd, was detained.\n", p);
    expect_fact(state, b, TL_ORIGIN, "Omar Haddad", "Kurd");
    expect_fact(state, b, TL_CITIZEN_OF, "Omar Haddad", "Iraqi");
}

/* "X is currently in Turkey", "X is believed to be in Iran" (doubted):
 * the person is there; "is in talks with Y" places no one. */
static void test_person_is_in(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad is currently in Turkey, according to his lawyer.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Omar Haddad", "Turkey");
    snprintf(b, sizeof b, "%sOmar Haddad is believed to be in Iran.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_LOCATED_IN, "Omar Haddad", "Iran");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
    snprintf(b, sizeof b, "%sOmar Haddad is in talks with Turkey.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Omar Haddad", "Turkey");
}

/* "blame the murder of Y on X": X is the attacker blamed, alleged. */
static void test_blame_murder_on(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sProsecutors blame the murder of Fernando Villavicencio on the Los Lobos gang.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_ATTACKED, "Los Lobos", "Fernando Villavicencio");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "X, Y's intermediary, was arrested": the possessor in an apposition is
 * no one arrested, in a list or by the learned scorer; "a middleman for Y"
 * is Y's associate, or a body's supporter. */
static void test_apposed_possessor_and_middleman(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad, Viktor Bout's intermediary, was arrested.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Omar Haddad", NULL);
    expect_no_fact(state, b, TL_ARRESTED, "Viktor Bout", NULL);
    expect_fact(state, b, TL_ASSOCIATE_OF, "Omar Haddad", "Viktor Bout");
    snprintf(b, sizeof b, "%sThe unveiling was attended by the President of Poland, Lech Walesa, and Pilsudski's "
                          "daughter, Jadwiga Pilsudska.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Pilsudski", "Poland");
    expect_no_fact(state, b, TL_FAMILY_OF, "Jadwiga Pilsudska", "Lech Walesa");
    expect_fact(state, b, TL_FAMILY_OF, "Jadwiga Pilsudska", "Pilsudski");
    snprintf(b, sizeof b, "%sOmar Haddad acted as a middleman for Viktor Bout.\n", p);
    expect_fact(state, b, TL_ASSOCIATE_OF, "Omar Haddad", "Viktor Bout");
    snprintf(b, sizeof b, "%sOmar Haddad was a middleman for Hezbollah.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Omar Haddad", "Hezbollah");
}

/* "Britain's Foreign Secretary X", "U.S. Secretary of State X": a member
 * of the government; a secretary general leads; a portfolio in capitals
 * is part of the title; a secretary is a person. */
static void test_secretary_titles(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sBritain's Foreign Secretary David Lammy said the network was dangerous.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "David Lammy", "Britain");
    snprintf(b, sizeof b, "%sU.S. Secretary of State Antony Blinken said the network was dangerous.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Antony Blinken", "U.S.");
    snprintf(b, sizeof b, "%sAdeyemo, Deputy Secretary of the Treasury, said the sanctions would continue.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Adeyemo", "Treasury");
    snprintf(b, sizeof b, "%sJens Stoltenberg, the Secretary General of NATO, said the alliance would respond.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Jens Stoltenberg", "NATO");
    expect_no_fact(state, b, TL_MEMBER_OF, "Jens Stoltenberg", "NATO");
    snprintf(b, sizeof b, "%sHe picked Jeh Johnson to be his first Secretary of State and Homeland Security.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Jeh Johnson", "State");
    snprintf(b, sizeof b, "%sHis secretary, Maria Lopez, was arrested in Madrid.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Maria Lopez", NULL);
}

/* "X was behind a wave of sabotage attacks in Y", "arson attacks across
 * Europe": the side behind a noun of number attacked the place, a region
 * too; "X, a blogger critical of Y,": an apposed person opposes; "Y's
 * administrator, X": a member. */
static void test_wave_of_attacks_critic_admin(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sRussia was behind a wave of sabotage attacks in Poland.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Russia", "Poland");
    snprintf(b, sizeof b, "%sThe GRU was behind arson attacks across Europe.\n", p);
    expect_fact(state, b, TL_ATTACKED, "GRU", "Europe");
    snprintf(b, sizeof b, "%sAhmed Karimi, a blogger critical of Hezbollah, was arrested.\n", p);
    expect_fact(state, b, TL_OPPOSES, "Ahmed Karimi", "Hezbollah");
    snprintf(b, sizeof b, "%sAhmed Karimi met a blogger critical of Hezbollah.\n", p);
    expect_no_fact(state, b, TL_OPPOSES, "Ahmed Karimi", "Hezbollah");
    snprintf(b, sizeof b, "%sLockBit's admin, Dmitry Khoroshev, denied the charges.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Dmitry Khoroshev", "LockBit");
    snprintf(b, sizeof b, "%sIvan Petrov, a system administrator at the NSA, leaked documents.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Ivan Petrov", "NSA");
}

/* "Washington state native X and his Russian business partner Y": the
 * premodifier is X's alone, and the partner is listed; "transferred money
 * to top ISIS leaders": the sender is no leader, and "top" after "to" is
 * no verb. */
static void test_partner_and_top_leaders(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Justice Department filed charges against Washington state native Roman Storm and "
                          "his Russian business partner Roman Semenov.\n", p);
    expect_fact(state, b, TL_BORN_IN, "Roman Storm", "Washington");
    expect_no_fact(state, b, TL_BORN_IN, "Roman Semenov", "Washington");
    snprintf(b, sizeof b, "%sAlaa Khanfurah used a company in Turkey to transfer thousands of dollars to top ISIS "
                          "leaders and operatives in Syria in 2017.\n", p);
    expect_no_fact(state, b, TL_LEADER_OF, "Alaa Khanfurah", "ISIS");
    expect_no_fact(state, b, TL_MEMBER_OF, "Alaa Khanfurah", "ISIS");
    snprintf(b, sizeof b, "%sAlaa Khanfurah transferred thousands of dollars to top ISIS leaders in Syria.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Alaa Khanfurah", "ISIS");
    snprintf(b, sizeof b, "%sAlaa Khanfurah is one of the top ISIS leaders in Syria.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Alaa Khanfurah", "ISIS");
}

/* Items of a list parted by semicolons are told apart ("X, whom the group
 * planned to install as Germany's new leader; Y, a judge"), unless a colon
 * opens the list ("Two live in Turkey: A, who heads Y; B, a banker"). */
static void test_semicolon_items(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[640];
    snprintf(b, sizeof b, "%sThe defendants include the highest-profile suspects in the alleged plot, among them "
                          "Heinrich Reuss, whom the group allegedly planned to install as Germany's provisional new "
                          "leader; Birgit Malsack, a judge and former lawmaker; and former German military "
                          "officers.\n", p);
    expect_no_fact(state, b, TL_LEADER_OF, "Birgit Malsack", "Germany");
}

/* "The Palestinian militant group attacked", "The Lebanese group's
 * leader": a people's name and words of a body's kind before the group
 * noun still make it the body in focus, but "the crime syndicate of X" is
 * X's; "Police traced X to Y": X is in Y. */
static void test_described_group_and_traced(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sHamas has ruled Gaza since 2007. The Palestinian militant group attacked southern "
                          "Israel on October 7.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Hamas", "Israel");
    snprintf(b, sizeof b, "%sHezbollah is backed by Iran. The Lebanese group's leader, Hassan Nasrallah, was "
                          "killed in September.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Hassan Nasrallah", "Hezbollah");
    snprintf(b, sizeof b, "%sThe IRGC hired criminals. Mehdiyev and Omarov were all members of the crime syndicate "
                          "of mobster Nadir Salifov.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Mehdiyev", "IRGC");
    snprintf(b, sizeof b, "%sPolice traced Omar Haddad to Marseille.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Omar Haddad", "Marseille");
    snprintf(b, sizeof b, "%sOmar Haddad crossed the border into Syria in 2014.\n", p);
    expect_fact(state, b, TL_TRAVELED_TO, "Omar Haddad", "Syria");
    snprintf(b, sizeof b, "%sWagner fighters have been deployed to Mali.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Wagner", "Mali");
    snprintf(b, sizeof b, "%sRussia deployed troops to Syria in 2015.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Russia", "Syria");
    snprintf(b, sizeof b, "%sFighting between the Taliban and ISIS-K intensified.\n", p);
    expect_fact(state, b, TL_OPPOSES, "Taliban", "ISIS-K");
    expect_fact(state, b, TL_OPPOSES, "ISIS-K", "Taliban");
}

/* "Members of the Gulf Clan murdered X", "Two members of the Sinaloa
 * Cartel shot journalist X": the crew's body attacked X, however the
 * taggers read the verb, and X is no member. */
static void test_crew_harm_verbs(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sMembers of the Gulf Clan murdered Miguel Lopez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Gulf Clan", "Miguel Lopez");
    snprintf(b, sizeof b, "%sTwo members of the Sinaloa Cartel shot journalist Miguel Lopez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Miguel Lopez");
    expect_no_fact(state, b, TL_MEMBER_OF, "Miguel Lopez", "Sinaloa Cartel");
    snprintf(b, sizeof b, "%sMembers of the Sinaloa Cartel shot dead journalist Miguel Lopez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Miguel Lopez");
    snprintf(b, sizeof b, "%sMembers of the Sinaloa Cartel shot and killed journalist Miguel Lopez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Miguel Lopez");
    snprintf(b, sizeof b, "%sHamas kidnapped and murdered Miguel Lopez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Hamas", "Miguel Lopez");
}

/* "The Treasury sanctioned X, a Lebanon-based financier, for providing
 * financial support to Y": the gerund after the apposition is X's. */
static void test_gerund_after_apposition(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Treasury sanctioned Omar Haddad, a Lebanon-based financier, for providing "
                          "financial support to Hezbollah.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Omar Haddad", "Hezbollah");
    expect_no_fact(state, b, TL_SUPPORTS, "Treasury", "Hezbollah");
    snprintf(b, sizeof b, "%sOmar Haddad worked as a driver for Osama bin Laden.\n", p);
    expect_fact(state, b, TL_ASSOCIATE_OF, "Omar Haddad", "Osama bin Laden");
}

/* "X became the Gulf Clan's top commander after Y was killed": X leads
 * ("top" is no portfolio), Y is no commander. */
static void test_top_commander(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad became the Gulf Clan's top commander after Ali Musa was killed.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Omar Haddad", "Gulf Clan");
    expect_no_fact(state, b, TL_LEADER_OF, "Ali Musa", "Gulf Clan");
    snprintf(b, sizeof b, "%sOmar Haddad is the Gulf Clan's top commander.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Omar Haddad", "Gulf Clan");
}

/* "X is one of 12 defendants", "X is a defendant in the case": charged. */
static void test_one_of_defendants(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Haddad is one of 12 defendants.\n", p);
    expect_fact(state, b, TL_CHARGED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sOmar Haddad is a defendant in the case.\n", p);
    expect_fact(state, b, TL_CHARGED, "Omar Haddad", NULL);
    snprintf(b, sizeof b, "%sProsecutors filed charges against Washington state native Roman Storm and his Russian "
                          "business partner Roman Semenov.\n", p);
    expect_fact(state, b, TL_CHARGED, "Roman Storm", NULL);
    expect_fact(state, b, TL_CHARGED, "Roman Semenov", NULL);
    snprintf(b, sizeof b, "%sProsecutors filed charges against Brooklyn resident Roman Storm.\n", p);
    expect_fact(state, b, TL_CHARGED, "Roman Storm", NULL);
}

/* "A, 41, and B, 38, both of Miami": the home of each person listed;
 * "X is in prison in Colombia": a person kept somewhere is there. */
static void test_both_of_and_in_prison(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sLuis Ortega, 41, and Pedro Diaz, 38, both of Miami, were arrested on Friday.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Luis Ortega", "Miami");
    expect_fact(state, b, TL_LOCATED_IN, "Pedro Diaz", "Miami");
    snprintf(b, sizeof b, "%sLuis Ortega, Juan Ruiz and Pedro Diaz, all of Miami, were charged.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Juan Ruiz", "Miami");
    expect_fact(state, b, TL_LOCATED_IN, "Luis Ortega", "Miami");
    snprintf(b, sizeof b, "%sJonathan Loadholt, 36, of Staten Island, was arrested.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Jonathan Loadholt", "Staten Island");
    snprintf(b, sizeof b, "%sLuis Ortega is in prison in Colombia.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Luis Ortega", "Colombia");
    snprintf(b, sizeof b, "%sLuis Ortega, who is in hiding in Iran, denied it.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Luis Ortega", "Iran");
    snprintf(b, sizeof b, "%sLuis Ortega is in talks with Colombia.\n", p);
    expect_no_fact(state, b, TL_LOCATED_IN, "Luis Ortega", "Colombia");
}

/* "arrested three members of the Sinaloa Cartel, including X": the body's
 * people named after "including" are the object. */
static void test_members_including(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPolice arrested three members of the Sinaloa Cartel, including Paolo Rizzo and Juan Ruiz.\n",
             p);
    expect_fact(state, b, TL_ARRESTED, "Paolo Rizzo", NULL);
    expect_fact(state, b, TL_ARRESTED, "Juan Ruiz", NULL);
    expect_fact(state, b, TL_MEMBER_OF, "Juan Ruiz", "Sinaloa Cartel");
    snprintf(b, sizeof b, "%sJohn Smith, a U.S. citizen, was arrested.\n", p);
    expect_fact(state, b, TL_ARRESTED, "John Smith", NULL);
    expect_fact(state, b, TL_CITIZEN_OF, "John Smith", "U.S.");
}

/* "X was murdered on the orders of Y": Y attacked X (not recruited X);
 * "X was blamed for the killing of Y"; "Gunmen believed to be members of
 * the Gulf Clan killed X". */
static void test_orders_blame_crew(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPedro Diaz was murdered on the orders of Carlos Mendoza.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Carlos Mendoza", "Pedro Diaz");
    expect_no_fact(state, b, TL_RECRUITED, "Carlos Mendoza", "Pedro Diaz");
    snprintf(b, sizeof b, "%sPedro Diaz was sent to Syria on the orders of Carlos Mendoza.\n", p);
    expect_fact(state, b, TL_RECRUITED, "Carlos Mendoza", "Pedro Diaz");
    snprintf(b, sizeof b, "%sThe Sinaloa Cartel was blamed for the killing of Pedro Diaz.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Pedro Diaz");
    snprintf(b, sizeof b, "%sGunmen believed to be members of the Gulf Clan killed Pedro Diaz.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Gulf Clan", "Pedro Diaz");
    snprintf(b, sizeof b, "%sGunmen who were members of the Gulf Clan killed Pedro Diaz.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Gulf Clan", "Pedro Diaz");
}

/* "A and B were arrested.  They are brothers", "The couple had lived in
 * Spain": a plural standing for the pair named before makes them kin. */
static void test_group_kin(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sLuis Ortega and Pedro Ortega were arrested in May. They are brothers.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Luis Ortega", "Pedro Ortega");
    snprintf(b, sizeof b, "%sLuis Ortega and Pedro Ortega were arrested in May. The two are cousins.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Luis Ortega", "Pedro Ortega");
    snprintf(b, sizeof b, "%sLuis Ortega and Ana Ruiz were arrested in May. The couple had lived in Spain.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Luis Ortega", "Ana Ruiz");
    expect_fact(state, b, TL_LOCATED_IN, "Ana Ruiz", "Spain");
    snprintf(b, sizeof b, "%sLuis Ortega, Ana Ruiz and Pedro Diaz were arrested. The couple had lived in Spain.\n", p);
    expect_no_fact(state, b, TL_FAMILY_OF, "Luis Ortega", "Ana Ruiz");
    snprintf(b, sizeof b, "%sLuis Ortega and Ana Ruiz were arrested in May. They are members of the Gulf Clan.\n", p);
    expect_no_fact(state, b, TL_FAMILY_OF, "Luis Ortega", "Ana Ruiz");
}

/* "the Brooklyn borough of New York City"; "the Crocus City Hall concert
 * venue outside Moscow"; "Gunmen ... a facilitator for ISIS". */
static void test_borough_site_facilitator(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPolice raided a house in the Brooklyn borough of New York City.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Brooklyn", "New York City");
    expect_no_fact(state, b, TL_LOCATED_IN, "New York City", "Brooklyn");
    snprintf(b, sizeof b, "%sThe attack on the Crocus City Hall concert venue outside Moscow killed 145 people.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Crocus City Hall", "Moscow");
    snprintf(b, sizeof b, "%sThe Crocus City Hall, outside Moscow, was attacked.\n", p);
    expect_fact(state, b, TL_LOCATED_IN, "Crocus City Hall", "Moscow");
    snprintf(b, sizeof b, "%sAli Hamdan is a key facilitator for ISIS in Turkey.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Ali Hamdan", "ISIS");
    snprintf(b, sizeof b, "%sAli Hamdan, an ISIS facilitator, was sanctioned.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Ali Hamdan", "ISIS");
}

/* "The 45-year-old Russian faces": a country's people's word standing for
 * the person in focus gives that person's nationality; "the French" is the
 * whole people. */
static void test_national_as_noun(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sIvan Petrov was arrested in Cyprus. The 45-year-old Russian faces 20 years in prison.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Ivan Petrov", "Russian");
    expect_fact(state, b, TL_CHARGED, "Ivan Petrov", NULL);
    snprintf(b, sizeof b, "%sNapoleon III sent troops to Mexico. The French then moved to capture Mexico City.\n", p);
    expect_no_fact(state, b, TL_ATTACKED, "Napoleon III", "Mexico City");
    expect_no_fact(state, b, TL_CITIZEN_OF, "Napoleon III", "French");
}

/* "Under Secretary of the Treasury for Terrorism and Financial
 * Intelligence Brian Nelson", "Secretary of the Treasury Mark Nelson":
 * the body and the person, however the tagger ran them together;
 * "transferred proceeds from diamond sales to Y" is support. */
static void test_office_portfolio_name(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Treasury sanctioned Ali Hamdan. Under Secretary of the Treasury for Terrorism and "
                          "Financial Intelligence Brian Nelson said the action was important.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Brian Nelson", "Treasury");
    snprintf(b, sizeof b, "%sSecretary of the Treasury Mark Nelson said it.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Mark Nelson", "Treasury");
    snprintf(b, sizeof b, "%sMahmoud Taher transferred proceeds from diamond sales to Hizballah.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Mahmoud Taher", "Hizballah");
}

/* "the Los Lobos gang ... allied with the CJNG ... the gang": the latest
 * body the document called by the word, where two were named. */
static void test_kind_memory(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[640];
    snprintf(b, sizeof b, "%sWilmer Chavarria had run the Los Lobos gang since 2021. Los Lobos is allied with the "
                          "Jalisco New Generation Cartel. The United States designated the gang a terrorist "
                          "organization last year.\n", p);
    expect_fact(state, b, TL_OPPOSES, "United States", "Los Lobos");
    expect_no_fact(state, b, TL_OPPOSES, "United States", "Jalisco New Generation Cartel");
    snprintf(b, sizeof b, "%sLos Lobos is allied with the Jalisco New Generation Cartel. The United States designated "
                          "the gang a terrorist organization last year.\n", p);
    expect_no_fact(state, b, TL_OPPOSES, "United States", "Jalisco New Generation Cartel");
}

/* "according to a report by the Armed Conflict Location and Event Data
 * Project (ACLED).  The group, led by X": the source's acronym is no
 * second body in focus. */
static void test_source_acronym_focus(void **state) {
    char b[768];
    snprintf(b, sizeof b, "JNIM, al-Qaeda's affiliate in the Sahel, has extended its operations into Benin, according "
                          "to a new report by the Armed Conflict Location and Event Data Project (ACLED).\n\nThe group, "
                          "led by the Malian commander Iyad Ag Ghaly, was formed in 2017.\n");
    expect_fact(state, b, TL_LEADER_OF, "Iyad Ag Ghaly", "JNIM");
}

/* "His brother, A, and his business partner, B": each noun is the first
 * possessor's; the kin noun does not reach the partner. */
static void test_two_possessed_nouns(void **state) {
    const char *p = "Treasury designated Khalil Haddad, a businessman based in Paraguay. ";
    char b[512];
    snprintf(b, sizeof b, "%sHis brother, Samir Haddad, and his business partner, Rafael Mendonca, a Brazilian national, "
                          "were also designated.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Samir Haddad", "Khalil Haddad");
    expect_fact(state, b, TL_ASSOCIATE_OF, "Rafael Mendonca", "Khalil Haddad");
    expect_no_fact(state, b, TL_FAMILY_OF, "Rafael Mendonca", "Khalil Haddad");
    expect_no_fact(state, b, TL_ASSOCIATE_OF, "Rafael Mendonca", "Samir Haddad");
    /* "were also designated": by who designated before */
    expect_fact(state, b, TL_OPPOSES, "Treasury", "Samir Haddad");
    expect_fact(state, b, TL_OPPOSES, "Treasury", "Rafael Mendonca");
}

/* "X was also sanctioned": the sanctioner of the sentence before; not a
 * name inside the subject's apposition. */
static void test_also_sanctioned(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe State Department sanctioned Ivan Petrov. Petrov's son, Oleg Petrov, was also sanctioned.\n", p);
    expect_fact(state, b, TL_OPPOSES, "State Department", "Oleg Petrov");
    snprintf(b, sizeof b, "%sThe State Department sanctioned Ivan Petrov. Oleg Petrov, a key figure in the Wagner Group, "
                          "was also sanctioned.\n", p);
    expect_fact(state, b, TL_OPPOSES, "State Department", "Oleg Petrov");
    expect_no_fact(state, b, TL_OPPOSES, "State Department", "Wagner Group");
}

/* "Among those arrested were A, 34, and his brother B, 31": both; "Their
 * cousin, C," after a pair is kin of each. */
static void test_listed_kin_and_their(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAmong those arrested were Vincenzo Pesce, 34, and his brother Antonio Pesce, 31.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Antonio Pesce", NULL);
    expect_fact(state, b, TL_ARRESTED, "Vincenzo Pesce", NULL);
    snprintf(b, sizeof b, "%sVincenzo Pesce and Antonio Pesce were arrested. Their father, Francesco Pesce, is in prison.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Francesco Pesce", "Antonio Pesce");
    expect_fact(state, b, TL_FAMILY_OF, "Francesco Pesce", "Vincenzo Pesce");
}

/* "after their father's arrest in 2011": the date is the relative's
 * arrest, no arrest the text tells of the named; "the sons of X, who is
 * serving a life sentence": the sentence is X's. */
static void test_relative_event_date(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[768];
    snprintf(b, sizeof b, "%sAmong those arrested were Vincenzo Pesce, 34, and his brother Antonio Pesce, 31, the sons of clan "
                          "boss Francesco Pesce, who is serving a life sentence for murder. Prosecutors said the brothers "
                          "took over the clan's drug business after their father's arrest in 2011.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_ARRESTED, "Vincenzo Pesce", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    assert_null(find(d, TL_CHARGED, "Vincenzo Pesce", NULL));
    tl_doc_free(d);
}

/* "the Russian ambassador, X", "Iranian foreign minister Y": an envoy or a
 * minister serves the state the report names. */
static void test_envoy_of_state(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sGermany summoned the Russian ambassador, Sergei Nechayev, after the arrests. Russia denied it.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Sergei Nechayev", "Russia");
    snprintf(b, sizeof b, "%sIran said Iranian foreign minister Abbas Araghchi would travel to Oman.\n", p);
    expect_fact(state, b, TL_MEMBER_OF, "Abbas Araghchi", "Iran");
}

/* "X was placed under house arrest" is an arrest. */
static void test_house_arrest(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sLuca Ferraro was placed under house arrest.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Luca Ferraro", NULL);
    snprintf(b, sizeof b, "%sLuca Ferraro was placed under arrest on Monday.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Luca Ferraro", NULL);
}

/* "helped the Kremlin evade sanctions": who evades them designates no one
 * the next sentences name. */
static void test_evaded_sanctions(void **state) {
    char b[768];
    snprintf(b, sizeof b, "LONDON - Britain on Thursday sanctioned Russian businessman Viktor Orlov and a network of "
                          "companies it said helped the Kremlin evade sanctions on oil exports.\n\nHis wife, Elena Orlova, "
                          "was also sanctioned.\n");
    expect_fact(state, b, TL_OPPOSES, "Britain", "Elena Orlova");
    expect_no_fact(state, b, TL_OPPOSES, "Kremlin", "Elena Orlova");
}

/* "after their father was extradited in 2017": a kin noun's event dates
 * no arrest or extradition of the named. */
static void test_kin_subject_event_date(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sNestor Perez would be extradited to the United States, officials said. His sons took over "
                          "the cartel after their father was extradited in 2017.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_EXTRADITED, "Nestor Perez", NULL);
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* "A, B and C were accused of helping him": no one of the clause's subject
 * is its object; "His cousin, A, 29, and B, 30,": the singular kin noun is
 * A's alone. */
static void test_object_outside_subject(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sYassine Bakkali bought a gun. His cousin, Karim Bakkali, 29, and two Tajik nationals, Firdavs "
                          "Rakhimov and Shamil Nazarov, were accused of helping him obtain weapons.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Shamil Nazarov", "Yassine Bakkali");
    expect_no_fact(state, b, TL_SUPPORTS, "Firdavs Rakhimov", "Shamil Nazarov");
    snprintf(b, sizeof b, "%sYassine Bakkali bought a gun. His cousin, Karim Bakkali, 29, and Ali Rahimi, 30, were accused "
                          "of helping him obtain weapons.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Karim Bakkali", "Yassine Bakkali");
    expect_no_fact(state, b, TL_FAMILY_OF, "Ali Rahimi", "Yassine Bakkali");
    expect_fact(state, b, TL_SUPPORTS, "Karim Bakkali", "Yassine Bakkali");
}

/* "had previously been charged in 2018 over the 2014 cyberattack on Y":
 * the charge's grounds, an alleged attack, past the verb's date and the
 * attack's year. */
static void test_charged_over_dated_attack(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPark Jin Hyok had previously been charged in 2018 over the 2014 cyberattack on Sony "
                          "Pictures.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_ATTACKED, "Park Jin Hyok", "Sony Pictures");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    tl_doc_free(d);
}

/* "a 24-year-old Belgian (of Moroccan origin) identified as X": the
 * people's word as the noun names X's citizenship. */
static void test_norp_noun_identified(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe main suspect, a 24-year-old Belgian identified as Yassine Bakkali, was arrested.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Yassine Bakkali", "Belgian");
    snprintf(b, sizeof b, "%sThe main suspect, a 24-year-old Belgian of Moroccan origin identified as Yassine Bakkali, "
                          "was arrested.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Yassine Bakkali", "Belgian");
    expect_fact(state, b, TL_ORIGIN, "Yassine Bakkali", "Moroccan");
}

/* "X, another of Y's sons": one of them, as "one of" is. */
static void test_another_of_kin(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sZambada was flown to Texas by Joaquin Lopez, another of Guzman's sons.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Joaquin Lopez", "Guzman");
    /* (the speaker after the comma is no bodyguard) */
    snprintf(b, sizeof b, "%sPerez Salas was arrested in Culiacan along with three of his bodyguards, Security Secretary "
                          "Omar Garcia Harfuch said.\n", p);
    expect_no_fact(state, b, TL_ASSOCIATE_OF, "Omar Garcia Harfuch", "Perez Salas");
}

/* "Gunmen linked to the Gulf Clan shot dead X": the crew's body attacked. */
static void test_crew_linked_to_body(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sGunmen linked to the Gulf Clan shot dead Juan Perez in Medellin on Sunday.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Gulf Clan", "Juan Perez");
    snprintf(b, sizeof b, "%sTwo gunmen affiliated with the Sinaloa Cartel shot Juan Perez.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Sinaloa Cartel", "Juan Perez");
}

/* "his brother A, his lawyer B": after a comma too, a possessive opens
 * the next person's own description. */
static void test_kin_then_lawyer(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThree people close to Nabil Haddou were killed: his brother Reduan Haddou, his lawyer "
             "Derk Wiersma, and the reporter Peter de Groot.\n", p);
    expect_fact(state, b, TL_FAMILY_OF, "Reduan Haddou", "Nabil Haddou");
    expect_no_fact(state, b, TL_FAMILY_OF, "Derk Wiersma", "Nabil Haddou");
}

/* "X, a senior Revolutionary Guard officer who was sanctioned by Y": the
 * noun beside X is X, not the body that qualifies it. */
static void test_apposed_noun_relative(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe men were recruited by Ruhollah Bazghandi, a senior Revolutionary Guard officer who "
             "was sanctioned by the Treasury Department in 2024.\n", p);
    expect_fact(state, b, TL_OPPOSES, "Treasury Department", "Ruhollah Bazghandi");
    expect_no_fact(state, b, TL_OPPOSES, "Treasury Department", "Revolutionary Guard");
    snprintf(b, sizeof b, "%sThe men worked for Acme Holdings, a front company that prosecutors say was created by "
             "the Hubei State Security Department.\n", p);
    expect_fact(state, b, TL_FOUNDED, "Hubei State Security Department", "Acme Holdings");
    /* (a phrase before the clause's own subject is no apposition) */
    snprintf(b, sizeof b, "%sAs described in US News, a former reporter may have met Yazid Sufaat in Kabul.\n", p);
    expect_no_fact(state, b, TL_MET, "US News", "Yazid Sufaat");
}

/* "sanctioned X and two of the defendants, A and B": the names after the
 * count are listed too, people after a body. */
static void test_count_of_the_list(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Treasury Department also sanctioned Acme Holdings and two of the defendants, Zhao "
             "Guangzong and Ni Gaobin.\n", p);
    expect_fact(state, b, TL_OPPOSES, "Treasury Department", "Acme Holdings");
    expect_fact(state, b, TL_OPPOSES, "Treasury Department", "Zhao Guangzong");
    expect_fact(state, b, TL_OPPOSES, "Treasury Department", "Ni Gaobin");
    snprintf(b, sizeof b, "%sPolice arrested Ali Hassan and two of the suspects, Omar Said and Yusuf Musa.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Yusuf Musa", NULL);
}

/* "the al Qaeda-linked group", "Y, its emir", "arrested a Somali man, X,
 * on suspicion of financing the group". */
static void test_linked_group_and_emir(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[768];
    snprintf(b, sizeof b, "%sAl-Shabaab fighters stormed a hotel on Friday. The al Qaeda-linked group claimed "
             "responsibility for the attack on the Hayat Hotel.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Al-Shabaab", "Hayat Hotel");
    snprintf(b, sizeof b, "%sAl-Shabaab attacked a base on Friday. The United States offered a reward for information "
             "on Abukar Ali Adan, the group's deputy leader, and on Ahmed Diriye, its emir.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Ahmed Diriye", "Al-Shabaab");
    expect_no_fact(state, b, TL_LEADER_OF, "Ahmed Diriye", "United States");
    snprintf(b, sizeof b, "%sAl-Shabaab attacked a base. Kenyan police in June arrested a Somali man, Mohamed Abdi "
             "Ali, on suspicion of financing the group.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Mohamed Abdi Ali", "Al-Shabaab");
}

/* "X was replaced by Y, who the experts described as the head of Z": the
 * relative pronoun's name holds the noun after "as". */
static void test_described_as_relative(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe Wagner Group sent fighters. Zakharov was later replaced by Vitaly Perfilev, who the "
             "experts described as the head of Wagner's operations in the country.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Zakharov", "Wagner Group");
    expect_no_fact(state, b, TL_LEADER_OF, "Zakharov", "Wagner Group");
    expect_fact(state, b, TL_MEMBER_OF, "Vitaly Perfilev", "Wagner Group");
}

/* "is cooperating with U.S. prosecutors": a state's law officers are no
 * associates. */
static void test_cooperating_with_prosecutors(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOvidio Guzman Lopez was extradited from Mexico in 2023 and is cooperating with U.S. "
             "prosecutors.\n", p);
    expect_no_fact(state, b, TL_ASSOCIATE_OF, "Ovidio Guzman Lopez", "U.S.");
    expect_fact(state, b, TL_EXTRADITED, "Ovidio Guzman Lopez", NULL);
}

/* "a son of the jailed cartel leader X": the participle after "the" has
 * no subject, so nothing to its left jailed X. */
static void test_attributive_participle(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sZambada was arrested near El Paso, Texas, after he flew there with Joaquin Guzman Lopez, "
             "a son of the jailed cartel leader Joaquin Guzman.\n", p);
    tl_doc *d = run(state, b);
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_CHARGED) assert_false(named(d, d->facts[i].args[1], "Texas"));
    tl_doc_free(d);
}

/* "the Union for Peace (UPC), a rebel group led by X": past the acronym,
 * or the acronym when the words before are read as a place. */
static void test_acronym_then_apposition(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe men belonged to the Union for Peace (UPC), a rebel group led by Ali Darassa.\n", p);
    expect_fact(state, b, TL_LEADER_OF, "Ali Darassa", "Union for Peace");
    snprintf(b, sizeof b, "%sThe men belonged to the Union for Peace in the Central African Republic (UPC), a rebel "
             "group led by Ali Darassa.\n", p);
    expect_no_fact(state, b, TL_LEADER_OF, "Ali Darassa", "Central African Republic");
}

/* "The main suspect, a German-Russian dual national identified only as X
 * ..., was detained along with two accomplices, A and B". */
static void test_suspect_identified_with_accomplices(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe main suspect, a German-Russian dual national identified only as Dieter S. in line "
             "with privacy rules, was detained in Bayreuth along with two accomplices, Alexander J. and Alex D., "
             "prosecutors said.\n", p);
    expect_fact(state, b, TL_ARRESTED, "Dieter S.", NULL);
    expect_fact(state, b, TL_ARRESTED, "Alexander J.", NULL);
    expect_fact(state, b, TL_ARRESTED, "Alex D.", NULL);
}

/* "Police arrested three men suspected of plotting attacks ... against a
 * U.S. base": the plotters are the men, not the police's country. */
static void test_suspects_not_arresters(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sGerman police have arrested three men suspected of plotting sabotage attacks on behalf "
             "of Russian intelligence, including against a U.S. military base in Bavaria.\n", p);
    tl_doc *d = run(state, b);
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_ATTACKED) {
            assert_false(named(d, d->facts[i].args[0], "German"));
            assert_false(named(d, d->facts[i].args[0], "Germany"));
        }
    tl_doc_free(d);
}

/* "recruiting young women to join Islamic State": the women join, not the
 * court that sentenced the recruiter. */
static void test_recruited_to_join(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sSpain's High Court sentenced a man to eight years in prison for recruiting young women "
             "to join Islamic State in Syria.\n", p);
    expect_no_fact(state, b, TL_PART_OF, "High Court", "Islamic State");
    expect_no_fact(state, b, TL_MEMBER_OF, "High Court", "Islamic State");
}

/* "all three men were officers of Y and belonged to Z": the copula's
 * subject is the second verb's too (no name here). */
static void test_copula_then_verb(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPolice said all three men were officers of Russia's GRU military intelligence agency and "
             "belonged to Unit 29155.\n", p);
    expect_no_fact(state, b, TL_PART_OF, "GRU", "Unit 29155");
    snprintf(b, sizeof b, "%sOmar Said was a member of Hamas and travelled to Syria in 2015.\n", p);
    expect_fact(state, b, TL_TRAVELED_TO, "Omar Said", "Syria");
}

/* "a Houthi financier who has previously been designated by OFAC",
 * "Also designated is Hong Kong-registered X". */
static void test_designations_by_ofac(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe network is led by Sa'id al-Jamal, an Iran-based Houthi financier who has previously "
             "been designated by OFAC.\n", p);
    expect_fact(state, b, TL_OPPOSES, "OFAC", "Sa'id al-Jamal");
    snprintf(b, sizeof b, "%sToday, OFAC sanctioned four individuals. Also designated is Hong Kong-registered Global "
             "Star Logistics Limited, which shipped the goods.\n", p);
    expect_fact(state, b, TL_OPPOSES, "OFAC", "Global Star Logistics Limited");
}

/* "According to investigators, the X clan invested ... and had ties with
 * Y": a fronted phrase or a verb of saying before the subject still lets
 * the second predicate take it; "X, one of the most powerful clans of Y". */
static void test_clans_and_ties(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAccording to investigators, the Moccia clan invested in restaurants and had ties with the "
             "Casalesi clan.\n", p);
    expect_fact(state, b, TL_ASSOCIATE_OF, "Moccia clan", "Casalesi clan");
    snprintf(b, sizeof b, "%sInvestigators said the Moccia clan invested its profits in restaurants and had ties with "
             "the Casalesi clan.\n", p);
    expect_fact(state, b, TL_ASSOCIATE_OF, "Moccia clan", "Casalesi clan");
    snprintf(b, sizeof b, "%sPolice raided the Moccia clan, one of the most powerful families of the Camorra.\n", p);
    expect_fact(state, b, TL_PART_OF, "Moccia clan", "Camorra");
    snprintf(b, sizeof b, "%sThe families of the victims met Omar Said in Naples.\n", p);
    expect_no_fact(state, b, TL_PART_OF, "Omar Said", "Naples");
}

/* "accused of using a money services company he established in Turkey to
 * transfer dollars to ISIS operatives": the user of the instrument does
 * the infinitive, past the instrument's relative clause and place. */
static void test_used_instrument_long(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sOmar Said is accused of using a money services company he established in Turkey to "
             "transfer thousands of dollars to ISIS operatives in Syria.\n", p);
    expect_fact(state, b, TL_SUPPORTS, "Omar Said", "ISIS");
    snprintf(b, sizeof b, "%sOmar Said used militants to attack Kyiv.\n", p);
    expect_fact(state, b, TL_ATTACKED, "Omar Said", "Kyiv");
}

/* "X broke with Y in 2013 and has since pledged allegiance to Z": the
 * perfect after "and" shares the subject of the verb before it. */
static void test_perfect_after_and(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAkram al-Kaabi, a former commander of the Mahdi Army of cleric Muqtada al-Sadr, broke "
             "with Sadr in 2013 and has since pledged allegiance to Iran's Supreme Leader Ali Khamenei.\n", p);
    expect_no_fact(state, b, TL_MEMBER_OF, "Muqtada al-Sadr", "Iran");
}

/* "the group holds seats and its leader is a close ally of Y": the
 * leader, unnamed, is the ally, not the body named before. */
static void test_possessed_subject_of_copula(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sAsaib Ahl al-Haq has taken a different path: the group holds seats in parliament and its "
             "leader is a close ally of Prime Minister Mohammed Shia al-Sudani.\n", p);
    expect_no_fact(state, b, TL_ASSOCIATE_OF, "Asaib Ahl al-Haq", "Mohammed Shia al-Sudani");
}

/* "The other defendants, A, B and C, remain at large"; "X, who the United
 * States designated as a terrorist"; "was handed over to a humanitarian
 * commission". */
static void test_defendants_who_and_handover(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sThe other defendants, Chen Zhu, Zhang Wei and Huang Ling, remain at large.\n", p);
    expect_fact(state, b, TL_CHARGED, "Huang Ling", NULL);
    expect_fact(state, b, TL_CHARGED, "Zhang Wei", NULL);
    snprintf(b, sizeof b, "%sThe group has been led by Abu Hussein al-Hamidawi, who the United States designated as "
             "a terrorist in 2020.\n", p);
    expect_fact(state, b, TL_OPPOSES, "United States", "Abu Hussein al-Hamidawi");
    snprintf(b, sizeof b, "%sLuis Manuel Diaz was handed over to a humanitarian commission of the Catholic Church.\n", p);
    expect_no_fact(state, b, TL_EXTRADITED, "Luis Manuel Diaz", NULL);
    snprintf(b, sizeof b, "%sOmar Said was handed over to the United States in 2019.\n", p);
    expect_fact(state, b, TL_EXTRADITED, "Omar Said", NULL);
}

/* "X, which emerged in Y, also claimed twin suicide bombings in Z": a
 * claim of bombings with modifiers and no article; the subject past the
 * relative clause the parser took for the main one. */
static void test_claimed_bombings_after_relative(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sISIS-K, which emerged in Afghanistan, also claimed twin suicide bombings in Kerman.\n", p);
    expect_fact(state, b, TL_ATTACKED, "ISIS-K", "Kerman");
    snprintf(b, sizeof b, "%sISIS-K claimed suicide bombings in Kerman.\n", p);
    tl_doc *d = run(state, b);
    const tl_fact *f = find(d, TL_ATTACKED, "ISIS-K", "Kerman");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ASSERTED);
    tl_doc_free(d);
}

/* "Pakistan accuses the Taliban government in Kabul of sheltering TTP
 * leaders, including its chief, X, a charge Kabul denies": X is no one
 * charged, and "its chief" is the body's. */
static void test_accused_of_sheltering_chief(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sPakistan accuses the Taliban government in Kabul of sheltering TTP leaders, including its "
             "chief, Noor Wali Mehsud, a charge Kabul denies.\n", p);
    expect_no_fact(state, b, TL_CHARGED, "Noor Wali Mehsud", NULL);
    expect_no_fact(state, b, TL_LEADER_OF, "Noor Wali Mehsud", "Pakistan");
    snprintf(b, sizeof b, "%sProsecutors accused Omar Said of financing Hamas.\n", p);
    expect_fact(state, b, TL_CHARGED, "Omar Said", NULL);
}

/* "handed over to Iraqi authorities": the nationality before the state's
 * organs is the state, when the report names it. */
static void test_extradited_to_organs(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad was handed over to Iraqi authorities. He is wanted in Iraq.\n", p);
    tl_doc *d = run(state, b);
    int found = 0;
    for (size_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_EXTRADITED && d->facts[i].args[2] >= 0 &&
            d->entities[d->facts[i].args[2]].name.len == 4 &&
            !memcmp(d->entities[d->facts[i].args[2]].name.ptr, "Iraq", 4))
            found = 1;
    assert_true(found);
    tl_doc_free(d);
}

/* "X is a Lebanese-born Canadian": the birthplace's adjective before the
 * nationality of a copula's complement. */
static void test_copula_nationality_after_born(void **state) {
    const char *p = "BERLIN (dpa) - Officials spoke on Monday. ";
    char b[512];
    snprintf(b, sizeof b, "%sKarim Haddad is a Lebanese-born Canadian.\n", p);
    expect_fact(state, b, TL_CITIZEN_OF, "Karim Haddad", "Canadian");
    expect_no_fact(state, b, TL_CITIZEN_OF, "Karim Haddad", "Lebanese");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_role_masks),
        cmocka_unit_test(test_pronoun_list_letters),
        cmocka_unit_test(test_group_list_shape),
        cmocka_unit_test(test_lexicon_inflections),
        cmocka_unit_test(test_active_and_passive),
        cmocka_unit_test(test_arrest_charge_relative_time),
        cmocka_unit_test(test_apposition_citizen_origin_extradition),
        cmocka_unit_test(test_verdicts_and_custody),
        cmocka_unit_test(test_attack_agents),
        cmocka_unit_test(test_support_sanctions_part),
        cmocka_unit_test(test_fiance), cmocka_unit_test(test_background_under_attribution), cmocka_unit_test(test_copula_and_born),
        cmocka_unit_test(test_coordination),
        cmocka_unit_test(test_met_and_reported),
        cmocka_unit_test(test_negated_and_alleged), cmocka_unit_test(test_charged_with_gerund), cmocka_unit_test(test_past_between_names), cmocka_unit_test(test_attack_site), cmocka_unit_test(test_recruited_into), cmocka_unit_test(test_one_of_the_founders), cmocka_unit_test(test_travel_meeting_intelligence),
        cmocka_unit_test(test_charge_plea_and_denial),
        cmocka_unit_test(test_group_lists),
        cmocka_unit_test(test_member_lists),
        cmocka_unit_test(test_traveled_person_only),
        cmocka_unit_test(test_org_member_is_part),
        cmocka_unit_test(test_origin_of_apposition),
        cmocka_unit_test(test_quote_speaker_not_him),
        cmocka_unit_test(test_nationality_copula),
        cmocka_unit_test(test_more_prepositions),
        cmocka_unit_test(test_amount_and_title),
        cmocka_unit_test(test_located_in),
        cmocka_unit_test(test_one_fact_per_key),
        cmocka_unit_test(test_when),
        cmocka_unit_test(test_plural_pronoun_and_reported_speech),
        cmocka_unit_test(test_accused_by_authority),
        cmocka_unit_test(test_backed_compounds),
        cmocka_unit_test(test_received_support),
        cmocka_unit_test(test_attack_light_verbs), cmocka_unit_test(test_allegiance),
        cmocka_unit_test(test_coordinated_roles), cmocka_unit_test(test_cofounder_and_successor),
        cmocka_unit_test(test_support_shapes), cmocka_unit_test(test_scorer_one_role_lists),
        cmocka_unit_test(test_held_and_crossed), cmocka_unit_test(test_clashes_between),
        cmocka_unit_test(test_acronym_before_role), cmocka_unit_test(test_headquarters),
        cmocka_unit_test(test_charge_shapes), cmocka_unit_test(test_denied_and_doubted),
        cmocka_unit_test(test_kin_and_whose),
        cmocka_unit_test(test_apposition_same_kind_premodifier), cmocka_unit_test(test_country_possessor),
        cmocka_unit_test(test_town_man_and_apposition_participle),
        cmocka_unit_test(test_relative_clause_undated_and_dateline_word),
        cmocka_unit_test(test_group_by_salience_and_its_leader),
        cmocka_unit_test(test_designated_for_gerund),
        cmocka_unit_test(test_manage_clan_and_partner_title),
        cmocka_unit_test(test_linked_to_attack_and_unit_number),
        cmocka_unit_test(test_band_ranks_ambush_survivor_hiding),
        cmocka_unit_test(test_birth_year_after_place_is_aside),
        cmocka_unit_test(test_sanctioned_relative_clause),
        cmocka_unit_test(test_apposition_relative_and_carried_date),
        cmocka_unit_test(test_left_for_and_slipped_into),
        cmocka_unit_test(test_nationality_actors_and_background),
        cmocka_unit_test(test_date_attachment),
        cmocka_unit_test(test_reduced_relative),
        cmocka_unit_test(test_unit_names),
        cmocka_unit_test(test_wire_appositions),
        cmocka_unit_test(test_pleas_spies_and_focus),
        cmocka_unit_test(test_name_modifiers),
        cmocka_unit_test(test_possessive_pronouns),
        cmocka_unit_test(test_sanctions_notice),
        cmocka_unit_test(test_profile_shapes),
        cmocka_unit_test(test_denial_and_subject_pronoun),
        cmocka_unit_test(test_object_pronoun),
        cmocka_unit_test(test_yearless_dates),
        cmocka_unit_test(test_unnamed_source),
        cmocka_unit_test(test_group_left_alone_when_unsure),
        cmocka_unit_test(test_when_intervals_and_published),
        cmocka_unit_test(test_birth_date_anchors_nothing),
        cmocka_unit_test(test_attributive_hedge),
        cmocka_unit_test(test_speaker_description),
        cmocka_unit_test(test_relative_possessor_and_clause),
        cmocka_unit_test(test_served_in_place),
        cmocka_unit_test(test_possessive_conjunct_after_trigger),
        cmocka_unit_test(test_office_in_nearer_state),
        cmocka_unit_test(test_founder_of_described_body),
        cmocka_unit_test(test_lieutenant_of),
        cmocka_unit_test(test_compound_support_is_background),
        cmocka_unit_test(test_militants_are_the_group),
        cmocka_unit_test(test_attack_particles),
        cmocka_unit_test(test_role_in_organization),
        cmocka_unit_test(test_suspect_description),
        cmocka_unit_test(test_supplied_goods),
        cmocka_unit_test(test_described_possessor),
        cmocka_unit_test(test_subject_past_phrases),
        cmocka_unit_test(test_apposition_and_unnamed_body),
        cmocka_unit_test(test_counted_objects_and_background),
        cmocka_unit_test(test_allegiance_revenge_and_goods),
        cmocka_unit_test(test_site_person_and_resident),
        cmocka_unit_test(test_while_gerund_and_role_in),
        cmocka_unit_test(test_own_hedge_and_group_focus),
        cmocka_unit_test(test_relatives_lists_and_fronted),
        cmocka_unit_test(test_aliases_leads_and_sources),
        cmocka_unit_test(test_blame_ringleader_and_terms),
        cmocka_unit_test(test_funds_offices_and_successors),
        cmocka_unit_test(test_focus_heads_and_self_reference),
        cmocka_unit_test(test_state_gangs_ranks_and_raising),
        cmocka_unit_test(test_feuds_rewards_culprits_and_successors),
        cmocka_unit_test(test_lists_states_and_denials),
        cmocka_unit_test(test_deputies_terms_parts_and_trips),
        cmocka_unit_test(test_meetings_bands_and_behalf),
        cmocka_unit_test(test_codes_speakers_and_bands),
        cmocka_unit_test(test_aliases_duties_and_carried_dates),
        cmocka_unit_test(test_rulers_copulas_and_owned_bands),
        cmocka_unit_test(test_accord_dates_and_insurgent_names),
        cmocka_unit_test(test_asides_kinds_of_places_and_leads),
        cmocka_unit_test(test_objects_lists_designations_and_law_years),
        cmocka_unit_test(test_kin_objects_sources_and_transfers),
        cmocka_unit_test(test_strikes_hires_companies_and_report_dates),
        cmocka_unit_test(test_sites_affiliates_crews_and_workers),
        cmocka_unit_test(test_attempts_among_along_and_wings),
        cmocka_unit_test(test_shared_surnames_one_of_and_forces),
        cmocka_unit_test(test_people_bodies_ages_and_nationals),
        cmocka_unit_test(test_copulas_after_appositions_and_hedged_stays),
        cmocka_unit_test(test_sites_spied_on_scheduled_events_and_identified),
        cmocka_unit_test(test_leaders_set_off_paternal_surnames_lists_and_former_names),
        cmocka_unit_test(test_kin_leads_flights_victims_and_supplies),
        cmocka_unit_test(test_asides_counted_objects_and_sanction_lists),
        cmocka_unit_test(test_named_suspects_homes_and_roles_played),
        cmocka_unit_test(test_parts_affiliates_lists_and_ends),
        cmocka_unit_test(test_relatives_datelines_instruments_and_designations),
        cmocka_unit_test(test_clauses_nicknames_real_names_and_announcers),
        cmocka_unit_test(test_agents_leaders_lists_and_bands),
        cmocka_unit_test(test_life_years_births_and_others_dates),
        cmocka_unit_test(test_venues_relatives_of_place_cells_and_claims),
        cmocka_unit_test(test_arabic_bands_affiliate_asides_and_noun_places),
        cmocka_unit_test(test_fled_extradition_and_aliases_after_nationals),
        cmocka_unit_test(test_reflexives_and_bans),
        cmocka_unit_test(test_rings_and_crime_dates),
        cmocka_unit_test(test_their_leader),
        cmocka_unit_test(test_gunmen_and_bombers),
        cmocka_unit_test(test_city_of_a_people),
        cmocka_unit_test(test_control_taken),
        cmocka_unit_test(test_town_in_bigger_place),
        cmocka_unit_test(test_acts_not_done_and_auxiliaries),
        cmocka_unit_test(test_the_people_noun_in_focus),
        cmocka_unit_test(test_recruited_into_active),
        cmocka_unit_test(test_pair_and_noun_apposed_target),
        cmocka_unit_test(test_captured_leads_it_and_blame),
        cmocka_unit_test(test_sites_lists_kin_surnames_and_real_names),
        cmocka_unit_test(test_alongside_factions_said_that_and_pro),
        cmocka_unit_test(test_relatives_bases_advisers_and_captures),
        cmocka_unit_test(test_predecessors_roles_titles_and_courts),
        cmocka_unit_test(test_victims_nationals_places_and_blame),
        cmocka_unit_test(test_titles_citizens_possessive_roles_and_terms),
        cmocka_unit_test(test_hedged_asides_and_seconds),
        cmocka_unit_test(test_attacks_that_killed),
        cmocka_unit_test(test_holdings_and_control),
        cmocka_unit_test(test_support_bare_verbs_and_patrons),
        cmocka_unit_test(test_joined_nationalities_and_ranks),
        cmocka_unit_test(test_members_of_a_set),
        cmocka_unit_test(test_trades_in_leads_and_company_officers),
        cmocka_unit_test(test_ranks_defectors_and_wings),
        cmocka_unit_test(test_operations_tours_and_numbered_units),
        cmocka_unit_test(test_short_names_and_control_verbs),
        cmocka_unit_test(test_surveillance_and_spyware),
        cmocka_unit_test(test_sites_of_a_body_and_executions),
        cmocka_unit_test(test_quoted_roles),
        cmocka_unit_test(test_fronted_roles),
        cmocka_unit_test(test_financiers_and_designations),
        cmocka_unit_test(test_described_names_and_joined_verbs),
        cmocka_unit_test(test_kin_messages_operations),
        cmocka_unit_test(test_hypothetical),
        cmocka_unit_test(test_shot_dead_and_accused_actors),
        cmocka_unit_test(test_double_nationalities),
        cmocka_unit_test(test_territories),
        cmocka_unit_test(test_named_parts),
        cmocka_unit_test(test_possessed_parts),
        cmocka_unit_test(test_trailing_allegations_and_stays),
        cmocka_unit_test(test_membership_of_a_body_named_after),
        cmocka_unit_test(test_known_as_the),
        cmocka_unit_test(test_battles),
        cmocka_unit_test(test_place_based_object),
        cmocka_unit_test(test_chief_before_participle),
        cmocka_unit_test(test_body_named_in_apposition),
        cmocka_unit_test(test_identified_as),
        cmocka_unit_test(test_spying_for),
        cmocka_unit_test(test_hedge_before_time_phrase),
        cmocka_unit_test(test_speaker_before_copula),
        cmocka_unit_test(test_killed_in_a_shootout_with),
        cmocka_unit_test(test_common_words_named_by_apposition),
        cmocka_unit_test(test_split_compounds),
        cmocka_unit_test(test_relative_accused),
        cmocka_unit_test(test_succeeded_after_his),
        cmocka_unit_test(test_money_moved_to),
        cmocka_unit_test(test_country_possessed_bodies),
        cmocka_unit_test(test_country_and_nationality),
        cmocka_unit_test(test_attack_blamed_in_relative),
        cmocka_unit_test(test_hitman_recruited_to_kill),
        cmocka_unit_test(test_conjunct_with_own_preposition),
        cmocka_unit_test(test_relative_after_apposition_of),
        cmocka_unit_test(test_possessed_hedged_noun),
        cmocka_unit_test(test_claimed_attacks_in),
        cmocka_unit_test(test_dates_of_other_verbs),
        cmocka_unit_test(test_plural_body_before_its_leader),
        cmocka_unit_test(test_zero_relative_accused),
        cmocka_unit_test(test_network_not_the_focus),
        cmocka_unit_test(test_described_from_place),
        cmocka_unit_test(test_wanted_in_place_on_charges),
        cmocka_unit_test(test_with_the_help_of),
        cmocka_unit_test(test_lead_with_closing_speaker),
        cmocka_unit_test(test_and_other_members),
        cmocka_unit_test(test_attack_sites),
        cmocka_unit_test(test_crew_opens_the_clause),
        cmocka_unit_test(test_firm_of_a_place),
        cmocka_unit_test(test_body_controls_ground),
        cmocka_unit_test(test_lead_past_attack_victim),
        cmocka_unit_test(test_founding_aside_dates_nothing_after),
        cmocka_unit_test(test_rebel_army_is_the_group),
        cmocka_unit_test(test_common_noun_known_as),
        cmocka_unit_test(test_killing_in_a_strike),
        cmocka_unit_test(test_provided_with),
        cmocka_unit_test(test_provided_the_body_with),
        cmocka_unit_test(test_present_verb_between_names),
        cmocka_unit_test(test_body_of_other_title),
        cmocka_unit_test(test_caused_verb_is_the_objects),
        cmocka_unit_test(test_apposition_is_no_list),
        cmocka_unit_test(test_relative_clause_with_a_list),
        cmocka_unit_test(test_directs_a_body),
        cmocka_unit_test(test_ally_of_the_leader_named),
        cmocka_unit_test(test_object_members_named),
        cmocka_unit_test(test_oil_sold_to_a_state),
        cmocka_unit_test(test_among_copula_subject),
        cmocka_unit_test(test_it_does_what_bodies_do),
        cmocka_unit_test(test_nationals_including),
        cmocka_unit_test(test_weapon_against),
        cmocka_unit_test(test_sanctioned_nationals),
        cmocka_unit_test(test_fighters_accused_of_killing),
        cmocka_unit_test(test_relative_clause_closed),
        cmocka_unit_test(test_group_is_not_the_charging_body),
        cmocka_unit_test(test_both_men_past_lone_names),
        cmocka_unit_test(test_counted_nationals_named_later),
        cmocka_unit_test(test_alias_of_the_agent),
        cmocka_unit_test(test_body_a_person_holds),
        cmocka_unit_test(test_veteran_of_a_body),
        cmocka_unit_test(test_time_word_heads_no_target),
        cmocka_unit_test(test_fired_into),
        cmocka_unit_test(test_based_in_the_town_of),
        cmocka_unit_test(test_sanctioned_description_named_after_said),
        cmocka_unit_test(test_goods_on_behalf_of),
        cmocka_unit_test(test_found_guilty_past_age),
        cmocka_unit_test(test_forces_of_a_general),
        cmocka_unit_test(test_accused_by_experts),
        cmocka_unit_test(test_harbouring_a_body),
        cmocka_unit_test(test_blamed_for),
        cmocka_unit_test(test_ethnic_before_a_trade),
        cmocka_unit_test(test_fighters_posted),
        cmocka_unit_test(test_recruited_by_a_states_organ),
        cmocka_unit_test(test_object_before_and_was),
        cmocka_unit_test(test_killed_in_an_attack_on),
        cmocka_unit_test(test_unit_controlled_by),
        cmocka_unit_test(test_kin_after_title_words),
        cmocka_unit_test(test_kin_given_names),
        cmocka_unit_test(test_traded_fire_with),
        cmocka_unit_test(test_unit_apposition_by_words),
        cmocka_unit_test(test_included_identified),
        cmocka_unit_test(test_coordinating_with),
        cmocka_unit_test(test_listed_past_apposition),
        cmocka_unit_test(test_definite_apposition_relative),
        cmocka_unit_test(test_gang_named_for_place),
        cmocka_unit_test(test_count_including_named),
        cmocka_unit_test(test_group_description_in_apposition),
        cmocka_unit_test(test_he_in_reported_clause),
        cmocka_unit_test(test_they_of_the_sentence),
        cmocka_unit_test(test_intelligence_word_in_state_body),
        cmocka_unit_test(test_joined_verbs_share_the_object),
        cmocka_unit_test(test_body_before_support_noun),
        cmocka_unit_test(test_participle_after_the_object),
        cmocka_unit_test(test_names_are_proper_nouns_to_the_parser),
        cmocka_unit_test(test_attack_sides_and_sites),
        cmocka_unit_test(test_first_word_no_name),
        cmocka_unit_test(test_nationality_nouns),
        cmocka_unit_test(test_part_in_a_place),
        cmocka_unit_test(test_charge_named_by_its_source),
        cmocka_unit_test(test_kin_by_family_name),
        cmocka_unit_test(test_modifier_and_dateline_no_antecedent),
        cmocka_unit_test(test_offensive_and_vows),
        cmocka_unit_test(test_crew_attacks_a_site),
        cmocka_unit_test(test_whose_clause),
        cmocka_unit_test(test_nationality_before_role_and_birthplace),
        cmocka_unit_test(test_fundraiser_supports),
        cmocka_unit_test(test_possessed_subject_of_a_later_event),
        cmocka_unit_test(test_hedged_crew_and_said_to),
        cmocka_unit_test(test_source_inside_relative_clause),
        cmocka_unit_test(test_control_taken_by_crews),
        cmocka_unit_test(test_kin_apposition_and_relative),
        cmocka_unit_test(test_apposition_noun_takes_no_later_date),
        cmocka_unit_test(test_more_attack_sites),
        cmocka_unit_test(test_leader_of_unnamed_part),
        cmocka_unit_test(test_dwelling_and_ground),
        cmocka_unit_test(test_object_named_by_including),
        cmocka_unit_test(test_crew_working_for_a_side),
        cmocka_unit_test(test_role_apposed_after_preposition),
        cmocka_unit_test(test_nationality_before_noun_list),
        cmocka_unit_test(test_place_named_before_attack_noun),
        cmocka_unit_test(test_members_listed_before_of),
        cmocka_unit_test(test_attack_claimed_or_planned),
        cmocka_unit_test(test_place_fell_and_its_fighters),
        cmocka_unit_test(test_kin_by_marriage),
        cmocka_unit_test(test_copula_nationality_after_born),
        cmocka_unit_test(test_support_voiced),
        cmocka_unit_test(test_only_intended),
        cmocka_unit_test(test_site_in_place_aside),
        cmocka_unit_test(test_meal_meeting),
        cmocka_unit_test(test_guest_received),
        cmocka_unit_test(test_extradited_to_organs),
        cmocka_unit_test(test_hails_and_resurfaced),
        cmocka_unit_test(test_granted_citizenship_and_done_for),
        cmocka_unit_test(test_broke_away),
        cmocka_unit_test(test_inverted_condition),
        cmocka_unit_test(test_expelled_from_state),
        cmocka_unit_test(test_married_kin_of),
        cmocka_unit_test(test_intelligence_on),
        cmocka_unit_test(test_origin_originally_and_parents),
        cmocka_unit_test(test_body_forces_object),
        cmocka_unit_test(test_hedge_in_relative_aside),
        cmocka_unit_test(test_described_person_in_focus),
        cmocka_unit_test(test_wanted_and_served_for_attack),
        cmocka_unit_test(test_state_sponsored_group),
        cmocka_unit_test(test_relative_sanctioned_for),
        cmocka_unit_test(test_apposed_object_not_subject),
        cmocka_unit_test(test_spent_years_and_refuge),
        cmocka_unit_test(test_apposed_person_verb),
        cmocka_unit_test(test_org_job_person_verb_between),
        cmocka_unit_test(test_charges_phrase_from_sentence_start),
        cmocka_unit_test(test_along_with_kin_and_aside),
        cmocka_unit_test(test_state_organ_possessed_subject),
        cmocka_unit_test(test_haven_is_support),
        cmocka_unit_test(test_relative_after_apposition_adverb),
        cmocka_unit_test(test_defected_from_to),
        cmocka_unit_test(test_whose_clause_pair),
        cmocka_unit_test(test_paid_to_accounts_controlled_by),
        cmocka_unit_test(test_relative_object_not_subject),
        cmocka_unit_test(test_surrender_is_arrest),
        cmocka_unit_test(test_asked_to_infinitive),
        cmocka_unit_test(test_origin_family_and_second_people),
        cmocka_unit_test(test_person_is_in),
        cmocka_unit_test(test_blame_murder_on),
        cmocka_unit_test(test_apposed_possessor_and_middleman),
        cmocka_unit_test(test_secretary_titles),
        cmocka_unit_test(test_wave_of_attacks_critic_admin),
        cmocka_unit_test(test_partner_and_top_leaders),
        cmocka_unit_test(test_semicolon_items),
        cmocka_unit_test(test_described_group_and_traced),
        cmocka_unit_test(test_crew_harm_verbs),
        cmocka_unit_test(test_gerund_after_apposition),
        cmocka_unit_test(test_top_commander),
        cmocka_unit_test(test_one_of_defendants),
        cmocka_unit_test(test_both_of_and_in_prison),
        cmocka_unit_test(test_members_including),
        cmocka_unit_test(test_orders_blame_crew),
        cmocka_unit_test(test_group_kin),
        cmocka_unit_test(test_borough_site_facilitator),
        cmocka_unit_test(test_national_as_noun),
        cmocka_unit_test(test_office_portfolio_name),
        cmocka_unit_test(test_kind_memory),
        cmocka_unit_test(test_source_acronym_focus),
        cmocka_unit_test(test_two_possessed_nouns),
        cmocka_unit_test(test_also_sanctioned),
        cmocka_unit_test(test_listed_kin_and_their),
        cmocka_unit_test(test_relative_event_date),
        cmocka_unit_test(test_envoy_of_state),
        cmocka_unit_test(test_house_arrest),
        cmocka_unit_test(test_evaded_sanctions),
        cmocka_unit_test(test_kin_subject_event_date),
        cmocka_unit_test(test_object_outside_subject),
        cmocka_unit_test(test_charged_over_dated_attack),
        cmocka_unit_test(test_norp_noun_identified),
        cmocka_unit_test(test_another_of_kin),
        cmocka_unit_test(test_crew_linked_to_body),
        cmocka_unit_test(test_kin_then_lawyer),
        cmocka_unit_test(test_apposed_noun_relative),
        cmocka_unit_test(test_count_of_the_list),
        cmocka_unit_test(test_linked_group_and_emir),
        cmocka_unit_test(test_described_as_relative),
        cmocka_unit_test(test_cooperating_with_prosecutors),
        cmocka_unit_test(test_attributive_participle),
        cmocka_unit_test(test_acronym_then_apposition),
        cmocka_unit_test(test_suspect_identified_with_accomplices),
        cmocka_unit_test(test_suspects_not_arresters),
        cmocka_unit_test(test_recruited_to_join),
        cmocka_unit_test(test_copula_then_verb),
        cmocka_unit_test(test_designations_by_ofac),
        cmocka_unit_test(test_clans_and_ties),
        cmocka_unit_test(test_used_instrument_long),
        cmocka_unit_test(test_perfect_after_and),
        cmocka_unit_test(test_possessed_subject_of_copula),
        cmocka_unit_test(test_defendants_who_and_handover),
        cmocka_unit_test(test_claimed_bombings_after_relative),
        cmocka_unit_test(test_accused_of_sheltering_chief),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
