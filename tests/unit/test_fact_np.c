/* test_fact_np.c -- unit tests of the facts a noun phrase states (tl_fact_np.c), on invented sentences. */
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

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* The fact of `type` between the entities named a and b, or NULL. */
static const tl_fact *find(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == type && named(d, f->args[0], a) && named(d, f->args[1], b)) return f;
    }
    return NULL;
}

static void test_nationality_before_name(void **state) {
    tl_doc *d = run(state, "Police questioned French journalist Marie Colbert about the leak.\n\n"
                           "The court heard from Canadian mining executive Paul Graber on Monday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Marie Colbert", "French"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Paul Graber", "Canadian"));
    tl_doc_free(d);
    /* an office over a people names what the holder leads; a verb between
     * ends the phrase; two nationalities together are left alone */
    d = run(state, "The broadcaster criticised Moldovan leader Ion Rusu.\n\n"
                   "Several Spanish officials told Karl Brenner to wait.\n\n"
                   "The Greek-Australian painter Eleni Doukas opened a gallery.\n");
    assert_null(find(d, TL_CITIZEN_OF, "Ion Rusu", "Moldovan"));
    {
        tl_doc *d2 = run(state, "A Syrian man, identified only as Karim Dallal, was arrested in Essen.\n");
        assert_non_null(find(d2, TL_CITIZEN_OF, "Karim Dallal", "Syrian"));
        tl_doc_free(d2);
    }
    assert_null(find(d, TL_CITIZEN_OF, "Karl Brenner", "Spanish"));
    assert_null(find(d, TL_CITIZEN_OF, "Eleni Doukas", "Greek"));
    assert_null(find(d, TL_CITIZEN_OF, "Eleni Doukas", "Australian"));
    tl_doc_free(d);
}

/* A combining form and a nationality ("Franco-Moroccan") are one dual
 * nationality, and "El Salvadoran" is a nationality. */
static void test_dual_and_long_nationalities(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Karim Dallal, a 65-year-old Franco-Moroccan, was "
                           "charged.\n\nPaul Graber was found to be an El Salvadoran citizen.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Dallal", "Franco-Moroccan"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Paul Graber", "El Salvadoran"));
    tl_doc_free(d);
}

/* "The Moroccan national faces charges": the noun after the nationality
 * stands for the person in focus, who holds the nationality. */
static void test_nationality_noun_in_focus(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. Karim Dallal was detained on Monday. The Moroccan "
                           "national faces charges of terrorism.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Dallal", "Moroccan"));
    tl_doc_free(d);
}

/* "Iranians X and Y", "Iranian engineers X and Y": a plural nationality or
 * a plural noun after it before a list of names is each one's. */
static void test_plural_nationality_before_names(void **state) {
    tl_doc *d = run(state, "Iranians Karim Dallal and Omid Rasti were charged on Monday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Dallal", "Iranians"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Omid Rasti", "Iranians"));
    tl_doc_free(d);
    d = run(state, "Iranian engineers Karim Dallal and Omid Rasti were charged on Monday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omid Rasti", "Iranian"));
    tl_doc_free(d);
    /* a singular noun is the first name's alone */
    d = run(state, "Iranian engineer Karim Dallal and Omid Rasti were charged on Monday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Dallal", "Iranian"));
    assert_null(find(d, TL_CITIZEN_OF, "Omid Rasti", "Iranian"));
    tl_doc_free(d);
}

/* "The Hezbollah operative had entered": a group's member noun after "the"
 * is the person in focus, a member; "the Hamas official said" quotes
 * someone else. */
static void test_group_member_noun_in_focus(void **state) {
    tl_doc *d = run(state, "Tomas Brenko was arrested in Lusk on Monday. The Hezbollah operative had entered the "
                           "country in May.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Tomas Brenko", "Hezbollah"));
    tl_doc_free(d);
    d = run(state, "Tomas Brenko was killed in Lusk on Monday. The Hamas official said he was a civilian.\n");
    assert_null(find(d, TL_MEMBER_OF, "Tomas Brenko", "Hamas"));
    tl_doc_free(d);
}

/* Two nouns of the person joined by "and" between the nationality and the
 * name ("Australian recording artist and songwriter X"). */
static void test_nationality_joined_nouns(void **state) {
    tl_doc *d = run(state, "The song was performed by Norwegian recording artist and songwriter Omar Selimi.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Norwegian"));
    tl_doc_free(d);
    /* an ex-member was a member */
    d = run(state, "Omar Selimi, an ex-member of the Red Hand Brigade, was arrested.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Selimi", "Red Hand Brigade"));
    tl_doc_free(d);
}

static void test_nationality_apposition(void **state) {
    tl_doc *d = run(state, "Investigators identified the driver as Omar Selimi, a 35-year-old Albanian, on Friday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    tl_doc_free(d);
    /* a country's name may stand for one side of the pair */
    d = run(state, "Omar Selimi, a dual US-Albanian citizen, was detained in Tirana.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "US"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    tl_doc_free(d);
    /* a nationality noun before a participle's phrase */
    d = run(state, "Omar Selimi, an Albanian living in Sweden, was charged with fraud.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    tl_doc_free(d);
    /* a job for or at a body after the nationality; a people's name that
     * is also its country's short name, as the adjective */
    d = run(state, "Omar Selimi, an American reporter for the Valdor Herald, was detained.\n\n"
                   "Tarik Selim, a Saudi journalist, was arrested.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "American"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Tarik Selim", "Saudi"));
    tl_doc_free(d);
}

/* A description headed by a nationality and a noun of a kind of person,
 * set off before the names, is theirs; an office is not a citizenship; a
 * background fact takes no date from the clause, nor keeps one from it. */
static void test_nationality_description_names(void **state) {
    tl_doc *d = run(state, "The Albanian suspect, Omar Selimi, was arrested in Bari.\n\n"
                           "Two Iraqi men, Karim Dallal and Sami Rawi, were charged on Monday.\n\n"
                           "The Moldovan minister, Ion Rusu, resigned.\n\n"
                           "The mosque was led by an Iranian citizen, Reza Kalani, between 2013 and 2023.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Karim Dallal", "Iraqi"));
    assert_null(find(d, TL_CITIZEN_OF, "Ion Rusu", "Moldovan"));
    const tl_fact *f = find(d, TL_CITIZEN_OF, "Reza Kalani", "Iranian");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
}

/* "dual" makes a pair joined by a hyphen one double citizenship, named as
 * the report names it; without it the pair is left alone
 * (test_nationality_before_name). */
static void test_dual_nationality(void **state) {
    tl_doc *d = run(state, "Omar Selimi, a dual British-Albanian national, was detained in Tirana.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "British-Albanian"));
    assert_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    tl_doc_free(d);
    d = run(state, "Omar Selimi, a dual British and Albanian national, was detained in Tirana.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "British"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Albanian"));
    tl_doc_free(d);
}

/* Common words may follow the nationality to the apposition's end; a word
 * of office may not. */
static void test_nationality_apposition_words(void **state) {
    tl_doc *d = run(state, "Police named the driver as Omar Selimi, a Norwegian oil trader, on Friday.\n\n"
                           "The court heard Ivo Brank, a Chechen leader, on Monday.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Norwegian"));
    assert_null(find(d, TL_CITIZEN_OF, "Ivo Brank", "Chechen"));
    tl_doc_free(d);
}

static void test_home_town(void **state) {
    tl_doc *d = run(state, "Peter Dolan, 41, from Bristol, and Ann Keel, 29, of Cardiff, were charged with fraud.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Peter Dolan", "Bristol"));
    assert_non_null(find(d, TL_LOCATED_IN, "Ann Keel", "Cardiff"));
    tl_doc_free(d);
    d = run(state, "The court sentenced Luton resident Rajib Kahn, 38, to six years.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Rajib Kahn", "Luton"));
    tl_doc_free(d);
    /* "of" before an organization is an employer, and an organization is no home */
    d = run(state, "Mark Hollis, of the Harbor Authority, spoke to reporters.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_LOCATED_IN);
    tl_doc_free(d);
    /* before a town whose apposition ends there, "of" is a home again;
     * before a country it may tell a nationality */
    d = run(state, "Jane Dorr, of Springfield, and Joan Rowe, of Pakistan, were charged.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Jane Dorr", "Springfield"));
    assert_null(find(d, TL_LOCATED_IN, "Joan Rowe", "Pakistan"));
    tl_doc_free(d);
}

static void test_place_in_place(void **state) {
    tl_doc *d = run(state, "The fire spread from Croydon, south London, to a depot in Denton, Texas.\n\n"
                           "Troops moved into Colombia's Cauca province.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Croydon", "London"));
    assert_non_null(find(d, TL_LOCATED_IN, "Denton", "Texas"));
    assert_non_null(find(d, TL_LOCATED_IN, "Cauca", "Colombia"));
    tl_doc_free(d);
    /* a list of countries places none in another */
    d = run(state, "Envoys from Peru, Chile and Bolivia met in Lima.\n");
    assert_null(find(d, TL_LOCATED_IN, "Peru", "Chile"));
    assert_null(find(d, TL_LOCATED_IN, "Chile", "Bolivia"));
    tl_doc_free(d);
}

static void test_jobs_and_units(void **state) {
    tl_doc *d = run(state, "The cash reserves were large, Radio Meridian correspondent Jim Colder said in February.\n\n"
                           "\"We can trace them,\" Alan Pirsk, threat intelligence analyst at Greyfield Security, told reporters.\n\n"
                           "Sara Klein, a researcher with the Lindqvist Institute, wrote the report.\n\n"
                           "The raid was led by the FBI's Denver Field Office.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Jim Colder", "Radio Meridian"));
    assert_non_null(find(d, TL_MEMBER_OF, "Alan Pirsk", "Greyfield Security"));
    assert_non_null(find(d, TL_MEMBER_OF, "Sara Klein", "Lindqvist Institute"));
    assert_non_null(find(d, TL_PART_OF, "Denver Field Office", "FBI"));
    tl_doc_free(d);
    /* relational nouns take their group after "for" and past a title word */
    d = run(state, "Lena Otto, a spokeswoman for the Federal Police, said the suspects fled.\n\n"
                   "Harold Beam, Director General of the National Fraud Office, said in a statement.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Lena Otto", "Federal Police"));
    assert_non_null(find(d, TL_LEADER_OF, "Harold Beam", "National Fraud Office"));
    tl_doc_free(d);
    /* a facility a country owns is not placed in it */
    d = run(state, "The island hosts the United States' Souda Bay naval base.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_LOCATED_IN);
    tl_doc_free(d);
}

/* An encyclopedic text's places nest: a town in a county in a country. */
static void test_located_closure(void **state) {
    tl_doc *d = run(state, "Harwick Abbey\n\nHarwick Abbey is a ruined monastery in Dunmore, a town in County Lorne.\n\n"
                           "County Lorne is a county of Ireland. The abbey was founded in 1142.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Dunmore", "County Lorne"));
    assert_non_null(find(d, TL_LOCATED_IN, "County Lorne", "Ireland"));
    assert_non_null(find(d, TL_LOCATED_IN, "Dunmore", "Ireland"));
    tl_doc_free(d);
    /* a news report's places are not chained */
    d = run(state, "Police said the driver was stopped in Dunmore, a town in County Lorne. "
                   "County Lorne is a county of Ireland, officials said.\n");
    assert_null(find(d, TL_LOCATED_IN, "Dunmore", "Ireland"));
    tl_doc_free(d);
}

/* One leader among several ("a senior commander of X") both belongs to X
 * and leads in it, as the reports are annotated; a deputy only belongs;
 * the leader leads. */
static void test_a_leader_is_a_member(void **state) {
    tl_doc *d = run(state, "Omar Haddad, a senior commander of the Red Hand Brigade, was killed on Monday.\n\n"
                           "Tarik Selim, the leader of the Blue Crescent Front, fled.\n\n"
                           "Rami Nasser, a deputy leader of the Green Star Front, fled.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Omar Haddad", "Red Hand Brigade"));
    assert_non_null(find(d, TL_LEADER_OF, "Omar Haddad", "Red Hand Brigade"));
    assert_non_null(find(d, TL_LEADER_OF, "Tarik Selim", "Blue Crescent Front"));
    assert_non_null(find(d, TL_MEMBER_OF, "Rami Nasser", "Green Star Front"));
    assert_null(find(d, TL_LEADER_OF, "Rami Nasser", "Green Star Front"));
    tl_doc_free(d);
}

/* "accused of being a member of Y", "denied being the leader of Y": the
 * gerund's holder is the clause's subject, the fact as hedged or denied. */
static void test_being_a_member(void **state) {
    tl_doc *d = run(state, "Omar Haddad is accused of being a member of the Red Hand Brigade.\n\n"
                           "Tarik Selim denied being the leader of the Blue Crescent Front.\n");
    const tl_fact *f = find(d, TL_MEMBER_OF, "Omar Haddad", "Red Hand Brigade");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_ALLEGED);
    f = find(d, TL_LEADER_OF, "Tarik Selim", "Blue Crescent Front");
    assert_non_null(f);
    assert_int_equal(f->modality, TL_NEGATED);
    tl_doc_free(d);
    /* a plan to install someone names no holder */
    d = run(state, "The plotters planned to install Omar Haddad as the leader of the Red Hand Brigade.\n");
    assert_null(find(d, TL_LEADER_OF, "Omar Haddad", "Red Hand Brigade"));
    tl_doc_free(d);
}

/* An apposition that describes an organization: who backs it, where it is. */
static void test_org_apposition(void **state) {
    tl_doc *d = run(state, "Officials said the Black Banner Brigade, an Iran-backed militia in Iraq, fired the rockets.\n");
    assert_non_null(find(d, TL_SUPPORTS, "Iran", "Black Banner Brigade"));
    assert_non_null(find(d, TL_LOCATED_IN, "Black Banner Brigade", "Iraq"));
    tl_doc_free(d);
}

/* Arrests stated with the participle first or as "among those"; a
 * sentence to prison is a charge's outcome, not an arrest. */
static void test_event_shapes(void **state) {
    tl_doc *d = run(state, "Police raided the farm on Monday. Also arrested were Dario Venn, 33, and Luis Okafor.\n\n"
                           "Mira Tolan, the head of finance at the firm, was also among those detained.\n\n"
                           "Karl Brede was jailed for six years.\n");
    int venn = 0, okafor = 0, tolan = 0, brede_charged = 0, brede_arrested = 0;
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == TL_ARRESTED && named(d, f->args[0], "Dario Venn")) venn = 1;
        if (f->type == TL_ARRESTED && named(d, f->args[0], "Luis Okafor")) okafor = 1;
        if (f->type == TL_ARRESTED && named(d, f->args[0], "Mira Tolan")) tolan = 1;
        if (f->type == TL_CHARGED && named(d, f->args[0], "Karl Brede")) brede_charged = 1;
        if (f->type == TL_ARRESTED && named(d, f->args[0], "Karl Brede")) brede_arrested = 1;
    }
    assert_true(venn && okafor && tolan && brede_charged);
    assert_false(brede_arrested);
    tl_doc_free(d);
}

/* A place fused with "based" places the name its phrase describes: the
 * name it premodifies (also after a few lower-case words of its kind), the
 * one it is an apposition of, or the one set off after it.  Not a place
 * named in a "based" name of its own. */
static void test_place_based(void **state) {
    tl_doc *d = run(state, "Prosecutors said the parts went to Voltaron Ltd, a Minsk-based supplier of parts.\n\n"
                           "He used a Kenya-based money firm, Hadid Exchange, to move the funds.\n\n"
                           "The Lagos-based Crimson Tide Movement denied the report.\n\n"
                           "He used the Turkey-based money services firm Selvar Exchange to move the funds.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Selvar Exchange", "Turkey"));
    assert_non_null(find(d, TL_LOCATED_IN, "Voltaron Ltd", "Minsk"));
    assert_non_null(find(d, TL_LOCATED_IN, "Hadid Exchange", "Kenya"));
    assert_non_null(find(d, TL_LOCATED_IN, "Crimson Tide Movement", "Lagos"));
    tl_doc_free(d);
    /* "based" alone, or a name not set off as the phrase's own */
    d = run(state, "A Kenya-based firm paid Omar Lattuf and Carl Brede.\n");
    assert_null(find(d, TL_LOCATED_IN, "Omar Lattuf", "Kenya"));
    assert_null(find(d, TL_LOCATED_IN, "Carl Brede", "Kenya"));
    tl_doc_free(d);
}

/* Nouns coordinated in one apposition describe one holder; "the leader of
 * X, Y" names the leader after the group; the head of a part of an
 * organization is one of its members. */
static void test_office_shapes(void **state) {
    tl_doc *d = run(state, "Omar Lattuf, 40, a Russian national and Kenya resident, was charged.\n\n"
                           "Tomas Berg, a lawyer and member of the Red Hand Brigade, fled.\n\n"
                           "Kim Sato was an aide to the leader of the Blue Crescent Front, Tarik Selim, officials said.\n\n"
                           "Mira Tolan, the head of internal security at the Black Banner Brigade, was killed.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "Omar Lattuf", "Kenya"));
    assert_non_null(find(d, TL_MEMBER_OF, "Tomas Berg", "Red Hand Brigade"));
    assert_non_null(find(d, TL_LEADER_OF, "Tarik Selim", "Blue Crescent Front"));
    assert_null(find(d, TL_LEADER_OF, "Kim Sato", "Blue Crescent Front"));
    assert_non_null(find(d, TL_MEMBER_OF, "Mira Tolan", "Black Banner Brigade"));
    assert_null(find(d, TL_LEADER_OF, "Mira Tolan", "Black Banner Brigade"));
    tl_doc_free(d);
    /* an apposition of its own, and a place after the part, name no group */
    d = run(state, "Kim Sato, the leader of the Blue Crescent Front, Tarik Selim and Ana Ruiz met.\n\n"
                   "Carl Brede, the head of operations in Kenya, resigned.\n");
    assert_null(find(d, TL_LEADER_OF, "Tarik Selim", "Blue Crescent Front"));
    assert_null(find(d, TL_MEMBER_OF, "Carl Brede", "Kenya"));
    assert_null(find(d, TL_LEADER_OF, "Carl Brede", "Kenya"));
    tl_doc_free(d);
}

/* "in Charge" goes on a title before the name it heads. */
static void test_title_in_charge(void **state) {
    tl_doc *d = run(state, "FBI Assistant Director in Charge Tom Vance said in a statement.\n");
    assert_non_null(find(d, TL_MEMBER_OF, "Tom Vance", "FBI"));
    tl_doc_free(d);
}

/* An organ of a state after the state's possessive is part of the state,
 * told by the words before it or its own head word; a company the state's
 * name possesses is not. */
static void test_state_bodies(void **state) {
    tl_doc *d = run(state, "Officials said Norway's military intelligence agency, the KRV, ordered the fire.\n\n"
                           "Chile's Federal Crime Agency opened a case.\n\n"
                           "Peru's intelligence ministry ZIM denied it.\n");
    assert_non_null(find(d, TL_PART_OF, "KRV", "Norway"));
    assert_non_null(find(d, TL_PART_OF, "Federal Crime Agency", "Chile"));
    assert_non_null(find(d, TL_PART_OF, "ZIM", "Peru"));
    tl_doc_free(d);
    d = run(state, "The plane belonged to Peru's Blue Sky Airlines.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_PART_OF);
    tl_doc_free(d);
    /* the agency words after the organ's name, and an apposition naming
     * the organ's state */
    d = run(state, "Petrov worked for Norway's KRV military intelligence.\n\n"
                   "The ZIM, Peru's military intelligence agency, denied it.\n");
    assert_non_null(find(d, TL_PART_OF, "KRV", "Norway"));
    assert_non_null(find(d, TL_PART_OF, "ZIM", "Peru"));
    tl_doc_free(d);
    /* a news agency is no organ of the state */
    d = run(state, "Peru's Andes news agency reported the arrest.\n\nThe reporter worked for Chile's Sur news agency.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_PART_OF);
    tl_doc_free(d);
}

/* Nouns of command over a group in an apposition: "caliph", "kingpin",
 * "ringleader" as "leader" and "head" are. */
static void test_leader_nouns(void **state) {
    tl_doc *d = run(state, "Rafael Carvo, the kingpin of the Valdera cartel, was arrested in Mexico.\n\n"
                           "Police arrested Karim Haddaf, the ringleader of the Orsini gang, in Naples.\n\n"
                           "Abu Salim al-Zarbi, the self-proclaimed caliph of the Green Banner Front, died.\n");
    assert_non_null(find(d, TL_LEADER_OF, "Rafael Carvo", "Valdera cartel"));
    assert_non_null(find(d, TL_LEADER_OF, "Karim Haddaf", "Orsini gang"));
    assert_non_null(find(d, TL_LEADER_OF, "Abu Salim al-Zarbi", "Green Banner Front"));
    tl_doc_free(d);
}

/* A participle after a noun is a clause's verb: the name before it does
 * not qualify the office noun after it ("a US strike killed militant
 * leader X" says nothing of whom X leads); a dateline is no subject. */
static void test_participle_and_dateline(void **state) {
    tl_doc *d = run(state, "A US drone strike killed militant leader Omar Haddaf in Arica.\n");
    assert_null(find(d, TL_MEMBER_OF, "Omar Haddaf", "US"));
    tl_doc_free(d);
    d = run(state, "LIMA -- The minister's office on Monday imposed sanctions on the Red Condor Front.\n");
    assert_null(find(d, TL_OPPOSES, "Lima", "Red Condor Front"));
    assert_null(find(d, TL_OPPOSES, "LIMA", "Red Condor Front"));
    tl_doc_free(d);
}

/* More shapes of a nationality: in parentheses after the name, a plural
 * nationality before a list of names, a citizenship before an origin
 * ("a German of Syrian origin"). */
static void test_nationality_more_shapes(void **state) {
    tl_doc *d = run(state, "Omar Selimi (Syrian) and Ann Keel (Iraqi) were charged.\n\n"
                           "Two Syrians, Jan Novak and Tom Hale, were arrested.\n\n"
                           "Rolf Ebert, a German of Syrian origin, was arrested.\n");
    assert_non_null(find(d, TL_CITIZEN_OF, "Omar Selimi", "Syrian"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Ann Keel", "Iraqi"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Jan Novak", "Syrians"));
    assert_non_null(find(d, TL_CITIZEN_OF, "Rolf Ebert", "German"));
    assert_non_null(find(d, TL_ORIGIN, "Rolf Ebert", "Syrian"));
    tl_doc_free(d);
    /* an ethnicity is no citizenship */
    d = run(state, "Rolf Ebert, an ethnic Uzbek, was arrested.\n");
    assert_non_null(find(d, TL_ORIGIN, "Rolf Ebert", "Uzbek"));
    assert_null(find(d, TL_CITIZEN_OF, "Rolf Ebert", "Uzbek"));
    tl_doc_free(d);
}

/* A site or a court possessed by a town lies in it; a country's are
 * owned or its organs, and a town's other bodies are left alone. */
static void test_town_possessed_site(void **state) {
    tl_doc *d = run(state, "Glasgow's High Court sentenced Omar Latif.\n\n"
                           "The attack targeted Kabul's Serena Hotel.\n");
    assert_non_null(find(d, TL_LOCATED_IN, "High Court", "Glasgow"));
    assert_non_null(find(d, TL_LOCATED_IN, "Serena Hotel", "Kabul"));
    tl_doc_free(d);
    d = run(state, "Jets landed at the United States' Souda Bay base.\n\n"
                   "Glasgow's Rangers Football Club denied it.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_LOCATED_IN);
    tl_doc_free(d);
}

/* An organization named after another one of the document and a place
 * (or one capital letter) is a branch of it. */
static void test_branch_names(void **state) {
    tl_doc *d = run(state, "Fighters of the Red Hand Front-Zambia attacked Palma. The Red Hand Front praised them.\n\n"
                           "The Red Hand Front-K recruited in Kunar.\n\n"
                           "The Islamic State West Africa Province attacked the base. The Islamic State grew.\n");
    assert_non_null(find(d, TL_PART_OF, "Red Hand Front-Zambia", "Red Hand Front"));
    assert_non_null(find(d, TL_PART_OF, "Red Hand Front-K", "Red Hand Front"));
    assert_non_null(find(d, TL_PART_OF, "Islamic State West Africa Province", "Islamic State"));
    tl_doc_free(d);
    /* a common word that is also a town's name, and a place run on
     * without a hyphen, make no branch */
    d = run(state, "The Halden Trust University opened. The Halden Trust paid.\n\n"
                   "The Halden Trust Zambia opened.\n");
    for (uint32_t i = 0; i < d->n_facts; i++) assert_int_not_equal(d->facts[i].type, TL_PART_OF);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nationality_before_name),
        cmocka_unit_test(test_nationality_joined_nouns), cmocka_unit_test(test_nationality_apposition),
        cmocka_unit_test(test_nationality_apposition_words),
        cmocka_unit_test(test_nationality_description_names),
        cmocka_unit_test(test_dual_nationality),
        cmocka_unit_test(test_home_town),
        cmocka_unit_test(test_place_in_place),
        cmocka_unit_test(test_jobs_and_units),
        cmocka_unit_test(test_located_closure),
        cmocka_unit_test(test_a_leader_is_a_member), cmocka_unit_test(test_being_a_member),
        cmocka_unit_test(test_title_in_charge),
        cmocka_unit_test(test_org_apposition),
        cmocka_unit_test(test_event_shapes),
        cmocka_unit_test(test_place_based),
        cmocka_unit_test(test_office_shapes),
        cmocka_unit_test(test_state_bodies),
        cmocka_unit_test(test_leader_nouns),
        cmocka_unit_test(test_participle_and_dateline),
        cmocka_unit_test(test_nationality_more_shapes),
        cmocka_unit_test(test_town_possessed_site),
        cmocka_unit_test(test_branch_names),
        cmocka_unit_test(test_dual_and_long_nationalities),
        cmocka_unit_test(test_group_member_noun_in_focus),
        cmocka_unit_test(test_plural_nationality_before_names),
        cmocka_unit_test(test_nationality_noun_in_focus),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
