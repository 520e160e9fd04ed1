/* test_ner.c -- unit tests of the recognition rules on report-style sentences (typing, splitting, joining). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"

static int setup(void **state) {
    tl_error err = {0};
    *state = tl_extractor_new(NULL, &err);
    return *state ? 0 : -1;
}
static int teardown(void **state) {
    tl_extractor_free(*state);
    return 0;
}

static tl_doc *run(void **state, const char *text) {
    tl_doc *d = NULL;
    tl_error err = {0};
    if (tl_extract(*state, text, strlen(text), "t.txt", &d, &err) != TL_OK) fail_msg("tl_extract: %s", err.msg);
    return d;
}

static int same(tl_str s, const char *w) { return s.len == strlen(w) && memcmp(s.ptr, w, s.len) == 0; }

/* Type of the entity named `name` (name or alias), or -1 when absent. */
static int type_of(const tl_doc *d, const char *name) {
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        if (same(e->name, name)) return e->type;
        for (uint32_t a = 0; a < e->n_aliases; a++)
            if (same(e->aliases[a], name)) return e->type;
    }
    return -1;
}

/* Index of the entity holding `name`, or -1. */
static int ent_of(const tl_doc *d, const char *name) {
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        if (same(e->name, name)) return (int)i;
        for (uint32_t a = 0; a < e->n_aliases; a++)
            if (same(e->aliases[a], name)) return (int)i;
    }
    return -1;
}

#define EXPECT_TYPE(d, name, t) assert_int_equal(type_of(d, name), t)

static void test_titles_and_nationalities(void **state) {
    tl_doc *d = run(state, "Israeli Foreign Minister Gideon Saar spoke on Monday. FBI Director Christopher Wray agreed.\n");
    EXPECT_TYPE(d, "Gideon Saar", TL_PERSON);
    EXPECT_TYPE(d, "Israeli", TL_NORP);
    EXPECT_TYPE(d, "Christopher Wray", TL_PERSON);
    EXPECT_TYPE(d, "FBI", TL_ORG);
    assert_int_equal(type_of(d, "Monday"), -1);
    assert_int_equal(type_of(d, "Israeli Foreign Minister Gideon Saar"), -1);
    tl_doc_free(d);
}

/* A place's body named with "of" ("Jiangsu Province Ministry of State
 * Security") is an organization; peoples joined by a hyphen are a
 * people. */
static void test_place_body_and_joined_peoples(void **state) {
    tl_doc *d = run(state, "Ji worked for the Jiangsu Province Ministry of State Security.\n\n"
                           "Abdelhakim Sefrioui, a 65-year-old Franco-Moroccan, was charged.\n");
    EXPECT_TYPE(d, "Jiangsu Province Ministry of State Security", TL_ORG);
    EXPECT_TYPE(d, "Franco-Moroccan", TL_NORP);
    tl_doc_free(d);
}

/* A weekday ends no name, nor does the connector before it. */
static void test_weekday_connector(void **state) {
    tl_doc *d = run(state, "Officials sanctioned Vantex Holdings on Monday.\n");
    EXPECT_TYPE(d, "Vantex Holdings", TL_ORG);
    assert_int_equal(type_of(d, "Vantex Holdings on"), -1);
    tl_doc_free(d);
    /* "Corp" and "Inc" end a company's name, which takes no more head
     * after it */
    d = run(state, "Prosecutors say Ivan Petrov worked for the Vantex Corp gang.\n\nOfficials sanctioned Norbix Inc on "
                   "Monday.\n");
    EXPECT_TYPE(d, "Vantex Corp", TL_ORG);
    EXPECT_TYPE(d, "Norbix Inc", TL_ORG);
    assert_int_equal(type_of(d, "Vantex Corp gang"), -1);
    tl_doc_free(d);
}

/* An office named by its titles and the phrase of its portfolio is no
 * name of anything ("the Assistant Attorney General for National
 * Security"); a single title with "of" may be a man's name. */
static void test_office_phrase(void **state) {
    tl_doc *d = run(state, "John Demers, the Assistant Attorney General for National Security, said the case was "
                           "important.\n");
    EXPECT_TYPE(d, "John Demers", TL_PERSON);
    assert_int_equal(type_of(d, "Assistant Attorney General for National Security"), -1);
    assert_int_equal(type_of(d, "General for National Security"), -1);
    tl_doc_free(d);
}

/* A name's order in Roman numerals is not its head: "World War II" is an
 * event, "William Hall III" a man. */
static void test_roman_numeral_head(void **state) {
    tl_doc *d = run(state, "He fought in World War II before joining the army.\n\nWilliam Hall III testified on Monday.\n");
    EXPECT_TYPE(d, "World War II", TL_EVENT);
    EXPECT_TYPE(d, "William Hall III", TL_PERSON);
    tl_doc_free(d);
}

/* A known organization's name before a hyphen names a branch of it. */
static void test_org_branch_hyphen(void **state) {
    tl_doc *d = run(state, "The leader of ISIS-Mozambique was killed.\n");
    EXPECT_TYPE(d, "ISIS-Mozambique", TL_ORG);
    tl_doc_free(d);
}

/* A title that is also a name, after given names, is a surname there
 * ("Imran Sheikh"), not an office; before a name it stays a style. */
static void test_title_surname(void **state) {
    tl_doc *d = run(state, "Police arrested Imran Sheikh on Monday.\n\nThe police later released Sheikh Abdullah.\n");
    EXPECT_TYPE(d, "Imran Sheikh", TL_PERSON);
    EXPECT_TYPE(d, "Sheikh Abdullah", TL_PERSON);
    tl_doc_free(d);
    /* "Crown Prince" is an office before the name, however royal */
    d = run(state, "Crown Prince Tariq bin Khalid met the delegation on Friday.\n");
    EXPECT_TYPE(d, "Tariq bin Khalid", TL_PERSON);
    tl_doc_free(d);
    d = run(state, "A US District Judge ruled on Monday.\n");
    assert_int_equal(type_of(d, "District Judge"), -1);
    tl_doc_free(d);
}

static void test_body_before_lowercase_title(void **state) {
    tl_doc *d = run(state, "Later, Hamas leader Yahya Sinwar met Qatari officials in Doha.\n");
    EXPECT_TYPE(d, "Hamas", TL_ORG);
    EXPECT_TYPE(d, "Yahya Sinwar", TL_PERSON);
    EXPECT_TYPE(d, "Qatari", TL_NORP);
    EXPECT_TYPE(d, "Doha", TL_GPE);
    tl_doc_free(d);
}

static void test_compounds(void **state) {
    tl_doc *d = run(state, "The anti-Azerbaijan campaign grew as Iran-Azerbaijan relations soured, said a Tehran-based analyst "
                           "who once worked for Kuala Lumpur-based Skyline Aviation Sdn Bhd.\n");
    EXPECT_TYPE(d, "Azerbaijan", TL_GPE);
    EXPECT_TYPE(d, "Iran", TL_GPE);
    EXPECT_TYPE(d, "Kuala Lumpur", TL_GPE);
    EXPECT_TYPE(d, "Skyline Aviation Sdn Bhd", TL_ORG);
    assert_int_equal(type_of(d, "anti-Azerbaijan"), -1);
    assert_int_equal(type_of(d, "Iran-Azerbaijan"), -1);
    tl_doc_free(d);
}

/* A place inside a modifier the tagger left alone; a dateline's place ends
 * at its dash. */
static void test_modifiers_and_datelines(void **state) {
    tl_doc *d = run(state, "LONDON - A former soldier was charged on Friday.\n\n"
                           "Another Iran-funded organisation is the Huseyniyya.\n");
    EXPECT_TYPE(d, "LONDON", TL_GPE);
    assert_int_equal(type_of(d, "LONDON - A"), -1);
    assert_int_equal(type_of(d, "A"), -1);
    EXPECT_TYPE(d, "Iran", TL_GPE);
    tl_doc_free(d);
}

/* Wire datelines, a dateline before a credit in parentheses, and
 * last names that are also places. */
static void test_wire_names(void **state) {
    tl_doc *d = run(state, "NEW YORK - Two men were sentenced.\n\n"
                           "BEIRUT (Reuters) - An official of Iran's Ministry of Intelligence hired Rafael Santos. "
                           "Santos was paid. He later flew to Santos.\n");
    EXPECT_TYPE(d, "NEW YORK", TL_GPE);
    assert_int_equal(type_of(d, "NEW YORK - Two"), -1);
    EXPECT_TYPE(d, "Reuters", TL_ORG);
    assert_true(ent_of(d, "BEIRUT") != ent_of(d, "Reuters"));
    assert_int_equal(ent_of(d, "Santos"), ent_of(d, "Rafael Santos"));
    tl_doc_free(d);
}

/* Two people share a surname: alone, it is the one named most recently. */
static void test_shared_surname(void **state) {
    tl_doc *d = run(state, "Viktor Kral was sentenced. Kral recruited two men. Kral is the brother of Jan Kral, "
                           "a former lawmaker. Jan Kral declined to comment.\n");
    int viktor = ent_of(d, "Viktor Kral"), jan = ent_of(d, "Jan Kral");
    assert_true(viktor >= 0 && jan >= 0 && viktor != jan);
    assert_int_equal(ent_of(d, "Kral"), viktor);
    tl_doc_free(d);
}

/* "Wagner Group" ... "Wagner fighters": the name without its generic word. */
static void test_org_without_generic_word(void **state) {
    tl_doc *d = run(state, "The Wagner Group deployed fighters to Mali. Wagner replaced French troops there.\n");
    assert_int_equal(ent_of(d, "Wagner"), ent_of(d, "Wagner Group"));
    EXPECT_TYPE(d, "Wagner Group", TL_ORG);
    tl_doc_free(d);
}

/* A name before a plural noun of members is an organization, "al-" names too. */
static void test_member_nouns(void **state) {
    tl_doc *d = run(state, "He was killed by two al-Qaeda operatives in 2001. The al-Shabaab militants attacked "
                           "Mogadishu. Zorak fighters took the town.\n");
    EXPECT_TYPE(d, "al-Qaeda", TL_ORG);
    EXPECT_TYPE(d, "al-Shabaab", TL_ORG);
    tl_doc_free(d);
    /* a well-known organization's "al-" name stands alone too */
    d = run(state, "Officials said al-Qaeda was behind the attack.\n");
    EXPECT_TYPE(d, "al-Qaeda", TL_ORG);
    tl_doc_free(d);
}

static void test_heads_and_appositions(void **state) {
    tl_doc *d = run(state, "Investigators searched Frankfurt Airport and the Black Wolves, a criminal gang based in Rustavi. "
                           "Georgia Mills, a lawyer, was there. Ships crossed the Caspian Sea.\n");
    EXPECT_TYPE(d, "Frankfurt Airport", TL_FAC);
    EXPECT_TYPE(d, "Black Wolves", TL_ORG);
    EXPECT_TYPE(d, "Georgia Mills", TL_PERSON);
    EXPECT_TYPE(d, "Caspian Sea", TL_LOC);
    tl_doc_free(d);
}

static void test_headline_and_common_words(void **state) {
    tl_doc *d = run(state, "Police Detain Two Men Over Plot Against Journalist In Berlin\n\n"
                           "Moreover, Two Georgians were arrested in Batumi.\n");
    assert_int_equal(type_of(d, "Police Detain Two Men"), -1);
    assert_int_equal(type_of(d, "Moreover"), -1);
    EXPECT_TYPE(d, "Georgians", TL_NORP);
    EXPECT_TYPE(d, "Batumi", TL_GPE);
    tl_doc_free(d);
}

static void test_nicknames_join(void **state) {
    tl_doc *d = run(state, "Ismael \"El Mayo\" Zambada led the cartel. The smuggler Ali Kaya, known in the trade as "
                           "\"Dervish\", fled. Nadir Salifov, alias Lotu Guli, was killed.\n");
    assert_int_equal(ent_of(d, "El Mayo"), ent_of(d, "Ismael \"El Mayo\" Zambada"));
    assert_true(ent_of(d, "Dervish") >= 0);
    assert_int_equal(ent_of(d, "Dervish"), ent_of(d, "Ali Kaya"));
    assert_int_equal(ent_of(d, "Lotu Guli"), ent_of(d, "Nadir Salifov"));
    tl_doc_free(d);
}

static void test_org_short_names(void **state) {
    tl_doc *d = run(state, "The Islamic Resistance Movement \xE2\x80\x93 Hussainiyoun grew. The Hussainiyoun Movement recruited "
                           "students, and Hussainiyoun fighters went to Syria. Kata'ib Hezbollah and Hezbollah are apart. "
                           "Sahand Tejarat Pars Co. shipped parts; Sahand Tejarat Pars denied it.\n");
    int h = ent_of(d, "Islamic Resistance Movement \xE2\x80\x93 Hussainiyoun");
    assert_true(h >= 0);
    assert_int_equal(ent_of(d, "Hussainiyoun Movement"), h);
    assert_true(ent_of(d, "Hezbollah") != ent_of(d, "Kata'ib Hezbollah"));
    assert_int_equal(ent_of(d, "Sahand Tejarat Pars"), ent_of(d, "Sahand Tejarat Pars Co."));
    tl_doc_free(d);
}

static void test_surnames_and_offices(void **state) {
    tl_doc *d = run(state, "Prosecutors say Zaza Kapanadze paid the gang. Kapanadze denied it, according to the "
                           "Attorney General's Office. Abu Haidar al-Kinani was killed. Al-Kinani led the unit.\n");
    assert_int_equal(ent_of(d, "Kapanadze"), ent_of(d, "Zaza Kapanadze"));
    EXPECT_TYPE(d, "Attorney General's Office", TL_ORG);
    assert_int_equal(ent_of(d, "Al-Kinani"), ent_of(d, "Abu Haidar al-Kinani"));
    tl_doc_free(d);
    /* a regnal number is no surname: "I" stays the speaker */
    d = run(state, "Clovis I ruled the Franks. I think I read about him. Henry VIII married six times. VIII is a number.\n");
    int c = ent_of(d, "Clovis I");
    assert_true(c >= 0);
    assert_int_equal(ent_of(d, "I"), -1);
    assert_int_equal(d->entities[c].n_mentions, 1);
    assert_true(ent_of(d, "VIII") != ent_of(d, "Henry VIII"));
    tl_doc_free(d);
    /* a given name read as a creed opens the name after it */
    d = run(state, "Officials spoke on Monday. Police arrested Christian Meier in Berlin. Christian militias attacked "
                   "the village.\n");
    EXPECT_TYPE(d, "Christian Meier", TL_PERSON);
    assert_int_equal(ent_of(d, "Meier"), -1); /* no name of its own */
    tl_doc_free(d);
}

static void test_countries_join(void **state) {
    tl_doc *d = run(state, "The United States charged him. US officials said the USA would act, and the U.S. agreed.\n");
    int us = ent_of(d, "United States");
    assert_true(us >= 0);
    assert_int_equal(ent_of(d, "USA"), us);
    assert_int_equal(ent_of(d, "US"), us);
    tl_doc_free(d);
}

static void test_org_edges(void **state) {
    tl_doc *d = run(state, "ZORVATH, Kelmaria -- The Grey Lantern Brigade group claimed the attack. "
                           "The Ostrava Regional Court Thursday sentenced Mark Hollis.\n");
    EXPECT_TYPE(d, "ZORVATH", TL_GPE);                 /* a dateline place in capitals */
    assert_int_equal(type_of(d, "Grey Lantern Brigade group"), -1); /* "group" describes it */
    EXPECT_TYPE(d, "Grey Lantern Brigade", TL_ORG);
    assert_int_equal(type_of(d, "Ostrava Regional Court Thursday"), -1);
    EXPECT_TYPE(d, "Ostrava Regional Court", TL_ORG);
    tl_doc_free(d);
    /* a short name opening with the Arabic article is a group's */
    d = run(state, "Al-Saqr claimed the attack on the base. Abu Karim al-Tamimi leads them.\n");
    EXPECT_TYPE(d, "Al-Saqr", TL_ORG);
    EXPECT_TYPE(d, "Abu Karim al-Tamimi", TL_PERSON);
    tl_doc_free(d);
}

/* A title at the end of a span names an office: the body before it is the
 * entity ("Veltran Bureau Deputy Director"); "Department of Justice" stays
 * whole; a place glued to a participle at the end is the place alone. */
static void test_office_titles_and_trailing_modifiers(void **state) {
    tl_doc *d = run(state, "The statement came from FBI Assistant Director Mara Quill and the Department of Justice. "
                           "A Hong Kong-based firm and a Rotterdam-backed fund paid. Kim Jong-un spoke.\n");
    EXPECT_TYPE(d, "FBI", TL_ORG);
    assert_int_equal(type_of(d, "FBI Assistant Director"), -1);
    assert_int_equal(type_of(d, "FBI Assistant"), -1);
    EXPECT_TYPE(d, "Mara Quill", TL_PERSON);
    EXPECT_TYPE(d, "Department of Justice", TL_ORG);
    EXPECT_TYPE(d, "Hong Kong", TL_GPE);
    assert_int_equal(type_of(d, "Hong Kong-based"), -1);
    EXPECT_TYPE(d, "Kim Jong-un", TL_PERSON);
    tl_doc_free(d);
}

/* "a senior Hezbollah commander": the name before a title is a body. */
static void test_modifier_bodies(void **state) {
    tl_doc *d = run(state, "Police said a drone killed a senior Hezbollah commander, Ali Barji, on Tuesday.\n");
    EXPECT_TYPE(d, "Hezbollah", TL_ORG);
    EXPECT_TYPE(d, "Ali Barji", TL_PERSON);
    tl_doc_free(d);
}

/* "Secretary of State X": the portfolio between the title and the holder
 * names no entity; a company word ends an organization's name. */
static void test_portfolios_and_company_heads(void **state) {
    tl_doc *d = run(state, "Secretary of State Marla Denvik met the Minister for Home Affairs Oskar Trelleby in Oslo. "
                           "The album came out on Quillfeather Records, and Brannock Software paid for it.\n");
    EXPECT_TYPE(d, "Marla Denvik", TL_PERSON);
    EXPECT_TYPE(d, "Oskar Trelleby", TL_PERSON);
    assert_int_equal(type_of(d, "State Marla Denvik"), -1);
    assert_int_equal(type_of(d, "Home Affairs Oskar Trelleby"), -1);
    assert_int_equal(type_of(d, "Home Affairs"), -1);
    EXPECT_TYPE(d, "Quillfeather Records", TL_ORG);
    EXPECT_TYPE(d, "Brannock Software", TL_ORG);
    tl_doc_free(d);
}

/* A period the tokenizer kept inside an abbreviation still ends the name
 * before a capitalized function word; common acronyms name nothing. */
static void test_abbreviation_ends_and_common_acronyms(void **state) {
    tl_doc *d = run(state, "Orven Talask moved to the U.S. Because of the war, the band released a CD and two LPs. "
                           "Its CEO, Dana Vell, bought UAVs.\n");
    EXPECT_TYPE(d, "U.S.", TL_GPE);
    assert_int_equal(type_of(d, "U.S. Because"), -1);
    EXPECT_TYPE(d, "Dana Vell", TL_PERSON);
    assert_int_equal(type_of(d, "CD"), -1);
    assert_int_equal(type_of(d, "LPs"), -1);
    assert_int_equal(type_of(d, "CEO"), -1);
    assert_int_equal(type_of(d, "UAVs"), -1);
    tl_doc_free(d);
}

/* A body whose portfolio is a list runs on over its commas to the item
 * after "and" (tl_ner_org.c); a list of other bodies, or of places, stays
 * apart.  Well-known names spelled without their apostrophe are known. */
static void test_listed_portfolio(void **state) {
    tl_doc *d = run(state, "Police said on Monday that agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives seized the rifles.\n");
    EXPECT_TYPE(d, "Bureau of Alcohol, Tobacco, Firearms and Explosives", TL_ORG);
    assert_int_equal(type_of(d, "Tobacco"), -1);
    tl_doc_free(d);
    d = run(state, "The Ministry of Agriculture, Fisheries and Food issued a statement.\n");
    EXPECT_TYPE(d, "Ministry of Agriculture, Fisheries and Food", TL_ORG);
    tl_doc_free(d);
    d = run(state, "He met officials of the Department of Justice, Treasury and the FBI in Riga.\n");
    EXPECT_TYPE(d, "Department of Justice", TL_ORG);
    EXPECT_TYPE(d, "FBI", TL_ORG);
    tl_doc_free(d);
    d = run(state, "The Ministry of Defence, Lithuania and Latvia signed the accord.\n");
    EXPECT_TYPE(d, "Ministry of Defence", TL_ORG);
    EXPECT_TYPE(d, "Latvia", TL_GPE);
    tl_doc_free(d);
    d = run(state, "Police in Calabria arrested 20 members of the 'Ndrangheta on Monday.\n");
    EXPECT_TYPE(d, "Ndrangheta", TL_ORG);
    tl_doc_free(d);
}

/* "Agents of the FBI", "Officials of the Department of Justice" opening a
 * sentence: the tagger's span of them all names nothing, the name after
 * the connectors is found all the same. */
static void test_name_after_sentence_first_word(void **state) {
    tl_doc *d = run(state, "Police made arrests on Monday.\nAgents of the FBI met in Riga.\nOfficials of the "
                           "Department of Justice met in Lusk.\n");
    EXPECT_TYPE(d, "FBI", TL_ORG);
    EXPECT_TYPE(d, "Department of Justice", TL_ORG);
    assert_int_equal(type_of(d, "Agents of the FBI"), -1);
    tl_doc_free(d);
}

/* A name the tagger took for a place the gazetteer does not know, named as
 * a speaker ("according to X", "X said"), is a person at every mention;
 * known places keep their type. */
static void test_speaker_is_no_place(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. According to Dumitrescu, the shipment came from Odesa. "
                           "Dumitrescu was not charged.\n");
    EXPECT_TYPE(d, "Dumitrescu", TL_PERSON);
    EXPECT_TYPE(d, "Odesa", TL_GPE);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. Ukraine said the shipment came from Odesa.\n");
    EXPECT_TYPE(d, "Ukraine", TL_GPE);
    tl_doc_free(d);
    /* the speaker of "fighters in X said" is the fighters */
    d = run(state, "Rockets were fired from the Tarvel Strip on Monday. Fighters in Tarvel said the Kesh Brigades "
                   "fired them.\n");
    assert_int_not_equal(type_of(d, "Tarvel"), TL_PERSON);
    tl_doc_free(d);
}

/* "the Islamic State's Central Africa Province": a branch an organization
 * owns, though its head reads as a place's; a known place a state owns
 * stays a place. */
static void test_owned_branch(void **state) {
    tl_doc *d = run(state, "Police arrested a courier in Lusk. He led the Islamic State's Central Africa Province "
                           "until 2020.\n");
    EXPECT_TYPE(d, "Central Africa Province", TL_ORG);
    tl_doc_free(d);
    d = run(state, "Police arrested a courier in Lusk. He was born in Iran's Khuzestan Province in 1970.\n");
    assert_int_not_equal(type_of(d, "Khuzestan Province"), TL_ORG);
    tl_doc_free(d);
}

/* A plural noun of members in the possessive is inside the name. */
static void test_possessive_names(void **state) {
    tl_doc *d = run(state, "The Zorvani People's Front clashed with police. Members of the Veldrin Workers' Party "
                           "marched in Lusk. The People's Navy of Castoria sailed.\n");
    EXPECT_TYPE(d, "Zorvani People's Front", TL_ORG);
    EXPECT_TYPE(d, "Veldrin Workers' Party", TL_ORG);
    assert_true(type_of(d, "People's Navy of Castoria") == TL_ORG || type_of(d, "People's Navy") == TL_ORG);
    assert_int_equal(type_of(d, "Party"), -1);
    assert_int_equal(type_of(d, "Zorvani People"), -1);
    tl_doc_free(d);
    d = run(state, "The suspect appeared at Lusk Magistrates' Court on Friday.\n");
    EXPECT_TYPE(d, "Lusk Magistrates' Court", TL_ORG);
    assert_int_equal(type_of(d, "Court"), -1);
    tl_doc_free(d);
}

/* A road's number is part of its name; a lone legal form and a degree name
 * nothing; a former state is a country. */
static void test_roads_legal_forms_states(void **state) {
    tl_doc *d = run(state, "Trucks of Meldra Freight, Inc. drove along U.S. Route 20 every week. Its owner, who holds "
                           "an MBA, left the Soviet Union in 1979.\n");
    EXPECT_TYPE(d, "U.S. Route 20", TL_FAC);
    assert_int_equal(type_of(d, "Inc."), -1);
    assert_int_equal(type_of(d, "MBA"), -1);
    EXPECT_TYPE(d, "Soviet Union", TL_GPE);
    tl_doc_free(d);
}

/* A nickname in quotes inside a full name: the surname alone is that
 * person.  A surname two people share, after both were named, is the one
 * the document's title names. */
static void test_surname_after_nickname_and_subject(void **state) {
    tl_doc *d = run(state, "Willi Brandtner\n\nWilhelm \"Willi\" Brandtner (born 1950) is a Danish skier who competed "
                           "from 1970 to 1980. Brandtner won two medals.\n");
    assert_true(ent_of(d, "Brandtner") >= 0);
    assert_int_equal(ent_of(d, "Brandtner"), ent_of(d, "Wilhelm \"Willi\" Brandtner"));
    assert_int_equal(ent_of(d, "Willi Brandtner"), ent_of(d, "Wilhelm \"Willi\" Brandtner"));
    tl_doc_free(d);
    d = run(state, "Henrik Marrek\n\nHenrik Osvald Marrek (1874-1939) was a Norwegian officer. His father, Johan "
                   "Marrek, was a priest in Bergen. In 1895 Marrek joined the army.\n");
    int henrik = ent_of(d, "Henrik Osvald Marrek"), johan = ent_of(d, "Johan Marrek");
    assert_true(henrik >= 0 && johan >= 0 && henrik != johan);
    assert_int_equal(ent_of(d, "Marrek"), henrik);
    tl_doc_free(d);
}

/* A well-known organization's name is one whatever the tagger said; a
 * lower-case "al" opens it; a lower-case prison or camp after a place
 * makes a facility; an organization before "attack" names no event. */
static void test_org_names_and_lower_heads(void **state) {
    tl_doc *d = run(state, "Reuters reported that Hamas fighters and al Qaeda militants were held in the Vessk prison "
                           "after the Hamas attack on Dorvil.\n");
    EXPECT_TYPE(d, "Reuters", TL_ORG);
    EXPECT_TYPE(d, "Hamas", TL_ORG);
    EXPECT_TYPE(d, "al Qaeda", TL_ORG);
    EXPECT_TYPE(d, "Vessk prison", TL_FAC);
    assert_int_equal(type_of(d, "Hamas attack"), -1);
    tl_doc_free(d);
    d = run(state, "Police in Culiacan said the Durango cartel moved the drugs.\n");
    EXPECT_TYPE(d, "Durango cartel", TL_ORG);
    tl_doc_free(d);
}

/* "Washington, D.C." is one place (the district after the comma is
 * dropped). */
static void test_district_and_camel_case(void **state) {
    tl_doc *d = run(state, "The talks were held in Washington, D.C., on Monday. Keith McAllister came.\n");
    EXPECT_TYPE(d, "Washington", TL_GPE);
    assert_int_equal(type_of(d, "D.C."), -1);
    EXPECT_TYPE(d, "Keith McAllister", TL_PERSON);
    tl_doc_free(d);
}

/* A title that is also a given name ("Judge") before a given name is the
 * title. */
static void test_titles_that_are_given_names(void **state) {
    tl_doc *d = run(state, "On Monday, Argentine Judge Rubén Darío Velasquez ordered the arrest.\n");
    EXPECT_TYPE(d, "Rubén Darío Velasquez", TL_PERSON);
    assert_int_equal(type_of(d, "Judge Rubén Darío Velasquez"), -1);
    EXPECT_TYPE(d, "Argentine", TL_NORP);
    tl_doc_free(d);
}

/* An older spelling of a city is the city; a jetport or an airstrip is a
 * facility. */
static void test_place_spellings_and_fac_heads(void **state) {
    tl_doc *d = run(state, "Orvel Tansky flew from Kiev to Bombay. Later he landed at Kessel Ridge Airstrip.\n");
    EXPECT_TYPE(d, "Kiev", TL_GPE);
    EXPECT_TYPE(d, "Bombay", TL_GPE);
    EXPECT_TYPE(d, "Kessel Ridge Airstrip", TL_FAC);
    tl_doc_free(d);
}

/* The speaker named after quoted speech is a person, even when both of
 * his names are also dictionary words ("John", "smith"); a quoted title
 * after the quote that opens it, or one closed by a quote of its own, is
 * no name. */
static void test_speaker_after_quote(void **state) {
    static const char *said[] = {
        "\"We will act,\" John Smith said.\n",
        "Officials met. \"It is over,\" Mark Jones told reporters.\n",
        "\u201cWe will act,\u201d Maria Lopez said.\n",
    };
    static const char *who[] = {"John Smith", "Mark Jones", "Maria Lopez"};
    for (size_t k = 0; k < 3; k++) {
        tl_doc *d = run(state, said[k]);
        assert_int_equal(type_of(d, who[k]), TL_PERSON);
        tl_doc_free(d);
    }
    tl_doc *d = run(state, "The singles were \"Until It Sleeps\",\" Mama Said \" and others.\n");
    assert_int_equal(type_of(d, "Mama Said"), -1);
    tl_doc_free(d);
    d = run(state, "It was started by the \"Salvati Vietile\" Association.\n");
    assert_int_equal(type_of(d, "Association"), -1);
    tl_doc_free(d);
}

/* At a sentence's start a run of dictionary words is taken for capitals
 * of position, unless it opens with a given name and a verb of saying or
 * a person's apposition follows ("Bill Young, the leader of"). */
static void test_given_name_said(void **state) {
    static const char *text[] = {
        "\"It is over.\" John Smith said that on Monday.\n",
        "Bill Young, the leader of the Black Hand gang, was killed in Chicago.\n",
        "Mark Jones, 45, was charged with murder.\n",
    };
    static const char *who[] = {"John Smith", "Bill Young", "Mark Jones"};
    for (size_t k = 0; k < 3; k++) {
        tl_doc *d = run(state, text[k]);
        assert_int_equal(type_of(d, who[k]), TL_PERSON);
        tl_doc_free(d);
    }
    tl_doc *d = run(state, "Grace Period ends today, officials said.\n");
    assert_int_equal(type_of(d, "Grace Period"), -1);
    tl_doc_free(d);
}

/* A lower-case noun of a building after an unknown name makes one
 * facility of them; a known town keeps its name, and an adjective of a
 * continent is no site ("the European theatre"). */
static void test_unplaced_building_heads(void **state) {
    tl_doc *d = run(state, "Gunmen stormed the Westbrook mall in Nairobi in 2013.\n");
    assert_int_equal(type_of(d, "Westbrook mall"), TL_FAC);
    tl_doc_free(d);
    d = run(state, "They met at a Nairobi hotel on Monday.\n");
    assert_int_equal(type_of(d, "Nairobi"), TL_GPE);
    tl_doc_free(d);
    d = run(state, "It rebuilt the largest army in the European theatre by 1945.\n");
    assert_int_equal(type_of(d, "European theatre"), -1);
    tl_doc_free(d);
    /* a name read as a person's between "the" and a facility noun */
    d = run(state, "He will be moved to the maximum security Las Rocas prison in Caracas.\n\n"
                   "Militants stormed the Marlow Grand hotel in Bamako.\n");
    assert_int_equal(type_of(d, "Las Rocas prison"), TL_FAC);
    assert_int_equal(type_of(d, "Marlow Grand hotel"), TL_FAC);
    tl_doc_free(d);
    /* border posts and military sites */
    d = run(state, "The strike hit the Bab Tella crossing and the Marlow airbase.\n");
    assert_int_equal(type_of(d, "Bab Tella crossing"), TL_FAC);
    assert_int_equal(type_of(d, "Marlow airbase"), TL_FAC);
    tl_doc_free(d);
    /* a region after "the", though a province somewhere bears its name */
    d = run(state, "French forces fought extremists in the Sahel for years.\n");
    assert_int_equal(type_of(d, "Sahel"), TL_LOC);
    tl_doc_free(d);
    /* a well-known organization, "for" and a country: two names */
    d = run(state, "Tomas Brell spied on the Islamic State for Russia.\n");
    assert_int_equal(type_of(d, "Islamic State"), TL_ORG);
    assert_int_equal(type_of(d, "Russia"), TL_GPE);
    tl_doc_free(d);
    /* a band of people named in dictionary words, before a noun of its
     * kind with one word between; an art movement is none */
    d = run(state, "Tomas Brell was a member of the Black Lotus hacking group.\n");
    assert_int_equal(type_of(d, "Black Lotus"), TL_ORG);
    tl_doc_free(d);
    /* "the X camp" is a campaign, and no "the": a person */
    d = run(state, "The Peter Halden camp said on Monday that Peter Halden hotel rooms were booked.\n");
    assert_int_not_equal(type_of(d, "Peter Halden camp"), TL_FAC);
    tl_doc_free(d);
}

/* A body named before a job and a person's name at a sentence's start
 * ("Pentagon spokesman X", "Harbor Authority official X"), and a
 * well-known body there ("The Kremlin denied"), are organizations, though
 * their words are dictionary words. */
static void test_body_at_sentence_start(void **state) {
    tl_doc *d = run(state, "Pentagon spokesman John Kirby said the strike was lawful.\n\n"
                           "The Kremlin denied any role.\n\n"
                           "Harbor Authority official Tom Hale resigned.\n");
    assert_int_equal(type_of(d, "Pentagon"), TL_ORG);
    assert_int_equal(type_of(d, "Kremlin"), TL_ORG);
    assert_int_equal(type_of(d, "Harbor Authority"), TL_ORG);
    assert_int_equal(type_of(d, "John Kirby"), TL_PERSON);
    tl_doc_free(d);
}

/* Acronyms side by side, the first a well-known body, are two bodies. */
static void test_acronyms_side_by_side(void **state) {
    tl_doc *d = run(state, "He arrived in the custody of the FBI HSI and DEA agents in Chicago.\n");
    assert_int_equal(type_of(d, "FBI"), TL_ORG);
    assert_int_equal(type_of(d, "HSI"), TL_ORG);
    assert_int_equal(type_of(d, "FBI HSI"), -1);
    tl_doc_free(d);
}

/* A region the gazetteer lists is a location, whatever its head word
 * says ("the West Bank" is no bank). */
static void test_regions_are_locations(void **state) {
    tl_doc *d = run(state, "Fighters crossed from the West Bank into Israel.\n");
    assert_int_equal(type_of(d, "West Bank"), TL_LOC);
    assert_int_equal(type_of(d, "Israel"), TL_GPE);
    tl_doc_free(d);
}

/* A sentence's first word that says what became of someone ("Former",
 * "Jailed") is no part of the name after it. */
static void test_fate_word_at_start(void **state) {
    tl_doc *d = run(state, "Former Hezbollah member Ali Musa was arrested in Beirut.\n");
    assert_int_equal(type_of(d, "Hezbollah"), TL_ORG);
    assert_int_equal(type_of(d, "Former Hezbollah"), -1);
    tl_doc_free(d);
}

/* A month that is also a surname ("March") after a word of time or
 * next to a day is the month; "THE HAGUE -" is a dateline's place. */
static void test_months_and_the_dateline(void **state) {
    tl_doc *d = run(state, "THE HAGUE - Dutch prosecutors charged two men.\n\n"
                           "The two suspects were arrested in March, the prosecutor's office said.\n\n"
                           "They were released on 12 March, police said.\n");
    assert_int_equal(type_of(d, "HAGUE"), TL_GPE);
    assert_int_equal(type_of(d, "HAGUE - Dutch"), -1);
    assert_int_equal(type_of(d, "Dutch"), TL_NORP);
    assert_int_equal(type_of(d, "March"), -1);
    tl_doc_free(d);
    /* the place alone before the dash, over a headline */
    d = run(state, "Militia leader extradited\n\nTHE HAGUE - A former militia commander was extradited.\n");
    assert_int_equal(type_of(d, "HAGUE"), TL_GPE);
    tl_doc_free(d);
}

/* A given name and a place word that is a common surname too is a
 * person ("Dylan Marsh", "John Hill"); after a place's preposition or
 * "the" it stays a place. */
static void test_given_name_and_place_word(void **state) {
    tl_doc *d = run(state, "Dylan Marsh was convicted of arson.\n\nPolice arrested John Hill on Monday.\n");
    assert_int_equal(type_of(d, "Dylan Marsh"), TL_PERSON);
    assert_int_equal(type_of(d, "John Hill"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "The fighters camped near Victoria Hill.\n");
    assert_int_not_equal(type_of(d, "Victoria Hill"), TL_PERSON);
    tl_doc_free(d);
}

/* "French General Directorate for Internal Security": a body's head word
 * before "for" or "of" makes the span a body, not a general's name;
 * after a country's possessive, the name runs over "for". */
static void test_body_head_before_for(void **state) {
    tl_doc *d = run(state, "The French General Directorate for Internal Security arrested the suspect.\n");
    assert_int_equal(type_of(d, "General Directorate for Internal Security"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "France's General Directorate for Internal Security arrested the suspect.\n");
    assert_int_equal(type_of(d, "General Directorate for Internal Security"), TL_ORG);
    assert_int_equal(type_of(d, "Internal Security"), -1);
    tl_doc_free(d);
}

/* "Sikhs for Justice", "Americans for Prosperity": a people's plural,
 * "for" and a cause's name are one body's name. */
static void test_people_for_cause(void **state) {
    tl_doc *d = run(state, "India banned Sikhs for Justice in 2019.\n");
    assert_int_equal(type_of(d, "Sikhs for Justice"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "He thanked Americans for their support.\n");
    assert_int_equal(type_of(d, "Americans"), TL_NORP);
    tl_doc_free(d);
}

/* "members of La Familia Michoacana": a name no gazetteer knows as a
 * place after a plural of members and "of" is their body. */
static void test_members_of_unknown_name(void **state) {
    tl_doc *d = run(state, "Police arrested members of La Familia Michoacana in Mexico.\n");
    assert_int_equal(type_of(d, "La Familia Michoacana"), TL_ORG);
    assert_int_equal(type_of(d, "Mexico"), TL_GPE);
    tl_doc_free(d);
}

/* "Iran's Ministry of Finance": a body's head and "of" take the
 * capitalized words after them, whatever the tagger read there; a
 * church's name stays a site's. */
static void test_head_of_takes_the_name(void **state) {
    tl_doc *d = run(state, "Officials spoke on Monday.\n\nIran's Ministry of Finance ran the plot.\n");
    assert_int_equal(type_of(d, "Ministry of Finance"), TL_ORG);
    assert_int_equal(type_of(d, "Finance"), -1);
    tl_doc_free(d);
}

/* "Grupo Elite", "Movimiento Sur": a Spanish word of a band opening a
 * name makes it a body's. */
static void test_spanish_band_words(void **state) {
    tl_doc *d = run(state, "Ricardo Ruiz directs Grupo Elite, the cartel's armed wing.\n");
    assert_int_equal(type_of(d, "Grupo Elite"), TL_ORG);
    tl_doc_free(d);
}

/* "Syria's General Intelligence Directorate": "General" before a body's
 * name ending in its head word opens the name, after a possessive too;
 * a rank before a person's name stays out of it. */
static void test_general_opens_body(void **state) {
    tl_doc *d = run(state, "The hearing ended on Monday.\n\nThe prison was run by Syria's General Intelligence "
                           "Directorate.\n");
    assert_int_equal(type_of(d, "General Intelligence Directorate"), TL_ORG);
    assert_int_equal(type_of(d, "Intelligence Directorate"), -1);
    tl_doc_free(d);
    d = run(state, "The hearing ended on Monday.\n\nThe unit was led by General Ali Mamlouk.\n");
    assert_int_equal(type_of(d, "Ali Mamlouk"), TL_PERSON);
    tl_doc_free(d);
}

/* "His brother, Amir Sadr": "Amir", a ruler's title far more often a
 * given name, opens the name before a lone surname; "Major Smith" keeps
 * the rank out. */
static void test_amir_given_name(void **state) {
    tl_doc *d = run(state, "The report came out on Monday. His brother, Amir Sadr, owns the firm.\n");
    assert_int_equal(type_of(d, "Amir Sadr"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "The report came out on Monday. His brother, Major Smith, owns the firm.\n");
    assert_int_equal(type_of(d, "Major Smith"), -1);
    tl_doc_free(d);
}

/* "John Smith, a member of X": both words are dictionary words, and the
 * sentence's first run of common words is a person by its apposition;
 * "member" before a name ("member States") makes no person. */
static void test_member_apposition(void **state) {
    tl_doc *d = run(state, "The report came out on Monday. John Smith, a member of the Oath Keepers, pleaded guilty.\n");
    assert_int_equal(type_of(d, "John Smith"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "The report came out on Monday. The European Community and its member States support the appeal.\n");
    assert_int_not_equal(type_of(d, "States"), TL_PERSON);
    tl_doc_free(d);
}

/* "Police said Maria Lopez lives in Madrid": a given name that is also a
 * dictionary word and a surname the tagger read as a title of a work make
 * a person, after a lower-case word or opening the sentence; a word that
 * opens names of places is no given name there. */
static void test_given_name_in_a_title_span(void **state) {
    tl_doc *d = run(state, "BERLIN (dpa) - Officials spoke on Monday. Police said Maria Lopez lives in Madrid.\n");
    assert_int_equal(type_of(d, "Maria Lopez"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "BERLIN (dpa) - Officials spoke on Monday.\n\nMaria Lopez lives in Madrid.\n");
    assert_int_equal(type_of(d, "Maria Lopez"), TL_PERSON);
    tl_doc_free(d);
}

/* "an al-Qaeda-linked group": the name less its lower-case tail, as
 * "Iran-backed" is Iran; "al-Shabaab" alone stays whole. */
static void test_article_name_with_a_tail(void **state) {
    tl_doc *d = run(state, "BERLIN (dpa) - Officials spoke on Monday. The al-Qaeda-linked group attacked the base.\n");
    assert_int_equal(type_of(d, "al-Qaeda"), TL_ORG);
    assert_int_equal(type_of(d, "al-Qaeda-linked"), -1);
    tl_doc_free(d);
    d = run(state, "BERLIN (dpa) - Officials spoke on Monday. He joined al-Shabaab in 2010.\n");
    assert_int_equal(type_of(d, "al-Shabaab"), TL_ORG);
    tl_doc_free(d);
}

/* A country named for its islands is a state, other islands a place. */
static void test_island_countries(void **state) {
    tl_doc *d = run(state, "BERLIN (dpa) - Officials spoke on Monday. The firm is registered in the Marshall Islands "
                           "and ships from the Solomon Islands.\n");
    assert_int_equal(type_of(d, "Marshall Islands"), TL_GPE);
    assert_int_equal(type_of(d, "Solomon Islands"), TL_GPE);
    tl_doc_free(d);
    d = run(state, "BERLIN (dpa) - Officials spoke on Monday. The ferry sails to the Frisian Islands.\n");
    assert_int_equal(type_of(d, "Frisian Islands"), TL_LOC);
    tl_doc_free(d);
}

/* The Arabic "and" inside a body's name joins it: "Jama'at Nasr
 * al-Islam wal Muslimin", "Harakat Hazm wa Tahrir". */
static void test_arabic_and_in_names(void **state) {
    tl_doc *d = run(state, "Jama'at Nasr al-Islam wal Muslimin claimed the attack. "
                           "Harakat Hazm wa Tahrir denied it.\n");
    EXPECT_TYPE(d, "Jama'at Nasr al-Islam wal Muslimin", TL_ORG);
    EXPECT_TYPE(d, "Harakat Hazm wa Tahrir", TL_ORG);
    tl_doc_free(d);
    /* a name the tagger reads as a person's, with its body's acronym
     * after it (not a given name's: "John Fitzgerald Kennedy (JFK)") */
    d = run(state, "Jama\xe2\x80\x99" "a Nusrat ul-Islam wa al-Muslimin (JNIM) claimed the attack. "
                   "John Fitzgerald Kennedy (JFK) was killed.\n");
    EXPECT_TYPE(d, "Jama\xe2\x80\x99" "a Nusrat ul-Islam wa al-Muslimin", TL_ORG);
    EXPECT_TYPE(d, "John Fitzgerald Kennedy", TL_PERSON);
    tl_doc_free(d);
}

/* An honour is no entity: "the Nobel Prize", "Emmy Awards", "the
 * Presidential Medal of Freedom". */
static void test_honours(void **state) {
    tl_doc *d = run(state, "Orven Talask received the Nobel Prize in Physics and two Emmy Awards. "
                           "Dana Vell was given the Presidential Medal of Freedom.\n");
    EXPECT_TYPE(d, "Orven Talask", TL_PERSON);
    EXPECT_TYPE(d, "Dana Vell", TL_PERSON);
    assert_int_equal(type_of(d, "Nobel Prize"), -1);
    assert_int_equal(type_of(d, "Emmy Awards"), -1);
    assert_int_equal(type_of(d, "Presidential Medal of Freedom"), -1);
    tl_doc_free(d);
}

/* A sentence opening with a given name and a capitalized dictionary word
 * the tagger read as a person's is the person ("John Smith met X"); not a
 * pronoun or a word in -s after it ("Girl I", "Hope Floats"). */
static void test_opening_given_and_word(void **state) {
    tl_doc *d = run(state, "John Smith met Mark Jones in London. Peter Miller is a British politician.\n");
    EXPECT_TYPE(d, "John Smith", TL_PERSON);
    EXPECT_TYPE(d, "Peter Miller", TL_PERSON);
    tl_doc_free(d);
}

/* "the Treasury" named bare is the body; an office "of the" portfolio
 * keeps its holder ("Secretary of the Treasury Janet Yellen"), and a
 * portfolio that is a well-known body's name is that body. */
static void test_treasury_and_office_of_the(void **state) {
    tl_doc *d = run(state, "The Treasury sanctioned Omar Dabaan on Tuesday. Deputy Secretary of the Treasury Wally "
                           "Adeyemo said the network was dangerous. Secretary of the Navy Carlos Del Toro agreed.\n");
    EXPECT_TYPE(d, "Treasury", TL_ORG);
    EXPECT_TYPE(d, "Wally Adeyemo", TL_PERSON);
    EXPECT_TYPE(d, "Carlos Del Toro", TL_PERSON);
    tl_doc_free(d);
}

/* "the Lebanese-Canadian Bank": two peoples joined before a body's head
 * word are the body's name, not a modifier ("a Qom-educated Russian"
 * still is). */
static void test_peoples_compound_org(void **state) {
    tl_doc *d = run(state, "The Lebanese-Canadian Bank, based in Beirut, was accused of laundering money. "
                           "A Qom-educated Russian cleric was arrested.\n");
    EXPECT_TYPE(d, "Lebanese-Canadian Bank", TL_ORG);
    EXPECT_TYPE(d, "Qom", TL_GPE);
    tl_doc_free(d);
}

/* "John Smith, a teacher,", "John Walker, a Texas native,": a given name
 * and dictionary words opening a sentence stay a person's name when the
 * apposition's head is a person's noun, a place before it or not. */
static void test_given_name_apposed(void **state) {
    tl_doc *d = run(state, "John Smith, a teacher, joined the Taliban in 2001. "
                           "John Walker, a Texas native, was arrested in Kabul.\n");
    EXPECT_TYPE(d, "John Smith", TL_PERSON);
    EXPECT_TYPE(d, "John Walker", TL_PERSON);
    EXPECT_TYPE(d, "Texas", TL_GPE);
    tl_doc_free(d);
}

/* "Hizb ut-Tahrir", "Jamaat ul-Ahrar": a transliterated particle glued to
 * the next word continues a body's name; a person keeps it ("Zia ul-Haq"). */
static void test_particle_names(void **state) {
    tl_doc *d = run(state, "Britain proscribed Hizb ut-Tahrir in January. Pakistan banned Jamaat ul-Ahrar in 2017. "
                           "General Zia ul-Haq ruled Pakistan.\n");
    EXPECT_TYPE(d, "Hizb ut-Tahrir", TL_ORG);
    EXPECT_TYPE(d, "Jamaat ul-Ahrar", TL_ORG);
    EXPECT_TYPE(d, "Zia ul-Haq", TL_PERSON);
    tl_doc_free(d);
}

/* "John Smith, a U.S. citizen,": a state's abbreviation may qualify the
 * person's noun of the apposition that keeps the name. */
static void test_state_abbrev_apposed(void **state) {
    tl_doc *d = run(state, "John Smith, a U.S. citizen, was arrested. Mark Brown, a US national living in Moscow, was "
                           "detained.\n");
    EXPECT_TYPE(d, "John Smith", TL_PERSON);
    EXPECT_TYPE(d, "Mark Brown", TL_PERSON);
    tl_doc_free(d);
}

/* "Carlos Mendoza ... Mendoza's brother": a lone surname that is also a
 * province's or a capital's name is the person's before a possessive or a
 * verb of saying; after "in" it stays the place. */
static void test_surname_of_place(void **state) {
    tl_doc *d = run(state, "Carlos Mendoza was arrested in May. Mendoza's brother fled. Juan Santiago was charged. "
                           "Santiago denied it.\n");
    EXPECT_TYPE(d, "Carlos Mendoza", TL_PERSON);
    EXPECT_TYPE(d, "Juan Santiago", TL_PERSON);
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        if ((e->name.len == 7 && !memcmp(e->name.ptr, "Mendoza", 7)) ||
            (e->name.len == 8 && !memcmp(e->name.ptr, "Santiago", 8)))
            assert_int_equal(e->type, TL_PERSON);
    }
    tl_doc_free(d);
    d = run(state, "Carlisle Rivera was arrested. Shakeri recruited Rivera, an associate he met in prison.\n");
    for (uint32_t i = 0; i < d->n_entities; i++)
        if (d->entities[i].name.len == 6 && !memcmp(d->entities[i].name.ptr, "Rivera", 6))
            assert_int_equal(d->entities[i].type, TL_PERSON);
    tl_doc_free(d);
    d = run(state, "Juan Santiago was arrested in May. He lived in Santiago.\n");
    int place = 0;
    for (uint32_t i = 0; i < d->n_entities; i++)
        place |= d->entities[i].type == TL_GPE && d->entities[i].name.len == 8;
    assert_true(place);
    tl_doc_free(d);
}

/* "a Lebanese-Sierra Leonean businessman": two peoples joined by a
 * hyphen, the second of two words, are a people's name. */
static void test_dual_demonym_two_words(void **state) {
    tl_doc *d = run(state, "Ibrahim Taher, a Lebanese-Sierra Leonean businessman based in Freetown, was designated.\n");
    EXPECT_TYPE(d, "Lebanese-Sierra Leonean", TL_NORP);
    tl_doc_free(d);
}

/* 'X, known by the alias "Pipo,"': the alias is another name of X, no
 * one else. */
static void test_known_by_the_alias(void **state) {
    tl_doc *d = run(state, "Wilmer Chavarria, known by the alias \"Pipo,\" had run the gang. Pedro Ruiz, who goes by "
                           "the alias \"Tito,\" fled.\n");
    for (uint32_t i = 0; i < d->n_entities; i++)
        assert_false(d->entities[i].name.len == 4 &&
                     (!memcmp(d->entities[i].name.ptr, "Pipo", 4) || !memcmp(d->entities[i].name.ptr, "Tito", 4)));
    EXPECT_TYPE(d, "Wilmer Chavarria", TL_PERSON);
    tl_doc_free(d);
}

/* "the Ramstein Air Base for Russian intelligence": a site's name by its
 * head word ends before "for" and a country or its people's word. */
static void test_site_for_country(void **state) {
    tl_doc *d = run(state, "Ivan Petrov photographed the Ramstein Air Base for Russian intelligence. He spied on the "
                           "Incirlik Air Base for Russia. He voted for the Alternative for Germany party.\n");
    EXPECT_TYPE(d, "Ramstein Air Base", TL_FAC);
    EXPECT_TYPE(d, "Incirlik Air Base", TL_FAC);
    EXPECT_TYPE(d, "Russia", TL_GPE);
    tl_doc_free(d);
}

/* "Kibbutz Beeri", "Camp Bastion", "Cape Cod": a word of a place's kind
 * opening a name the tagger left out; not "Mount&Blade". */
static void test_kind_word_places(void **state) {
    tl_doc *d = run(state, "Hamas fighters stormed Kibbutz Beeri on October 7.\n");
    EXPECT_TYPE(d, "Kibbutz Beeri", TL_GPE);
    tl_doc_free(d);
    d = run(state, "Gunmen attacked Camp Bastion near Lashkar Gah.\n");
    EXPECT_TYPE(d, "Camp Bastion", TL_FAC);
    tl_doc_free(d);
}

/* "Vladimir Putin is ...": a given name and an unknown surname-like word
 * is a person, though the given name is a town's; "Foz do Iguacu": two
 * spans joined by a particle into a known place; "an executive of
 * Wirecard": a firm. */
static void test_given_name_places_and_joins(void **state) {
    tl_doc *d = run(state, "Vladimir Putin is a former KGB officer.\n");
    EXPECT_TYPE(d, "Vladimir Putin", TL_PERSON);
    tl_doc_free(d);
    d = run(state, "He moved cash through exchange houses in Foz do Iguacu, Brazil.\n");
    EXPECT_TYPE(d, "Foz do Iguacu", TL_GPE);
    tl_doc_free(d);
    d = run(state, "Jan Marsalek, a former executive of Wirecard, fled to Russia.\n");
    EXPECT_TYPE(d, "Wirecard", TL_ORG);
    tl_doc_free(d);
    d = run(state, "Troops entered Alexandria Bay on Monday.\n");
    assert_int_not_equal(type_of(d, "Alexandria Bay"), TL_PERSON);
    tl_doc_free(d);
}

/* "Security Secretary X", "Homeland Security Secretary X": the title's
 * portfolio in capitals names no body. */
static void test_portfolio_before_title(void **state) {
    tl_doc *d = run(state, "Perez Salas was arrested in Culiacan, Security Secretary Omar Garcia Harfuch said.\n");
    EXPECT_TYPE(d, "Omar Garcia Harfuch", TL_PERSON);
    assert_int_equal(type_of(d, "Security"), -1);
    tl_doc_free(d);
    d = run(state, "The group was designated on Monday, Homeland Security Secretary Kristi Noem said.\n");
    assert_int_equal(type_of(d, "Homeland"), -1);
    tl_doc_free(d);
}

/* "Mocro Maffia boss Taghi": before an underworld title and a person,
 * the name is the band's. */
static void test_band_before_boss(void **state) {
    tl_doc *d = run(state, "Dutch court convicts Zwarte Bende boss Karim Lahlou of murders\n\n"
                           "AMSTERDAM (Reuters) - A court sentenced Karim Lahlou on Tuesday.\n");
    EXPECT_TYPE(d, "Zwarte Bende", TL_ORG);
    EXPECT_TYPE(d, "Karim Lahlou", TL_PERSON);
    tl_doc_free(d);
}

/* A surname alone in a headline, then "A Taghi ... Taghi, 46, ... his
 * cousin, B Taghi": the surname is the one named first in the body. */
static void test_surname_before_namesake(void **state) {
    tl_doc *d = run(state, "Court convicts Lahlou of murders\n\n"
                           "AMSTERDAM (Reuters) - A court sentenced Karim Lahlou to life in prison on Tuesday. "
                           "Lahlou, 46, was extradited from Dubai in 2019. His cousin, Samir Lahlou, was arrested "
                           "in Dubai as well.\n");
    assert_true(ent_of(d, "Lahlou") >= 0);
    assert_int_equal(ent_of(d, "Lahlou"), ent_of(d, "Karim Lahlou"));
    assert_true(ent_of(d, "Samir Lahlou") != ent_of(d, "Karim Lahlou"));
    tl_doc_free(d);
}

/* "Wuhan Xiaoruizhi" after "Wuhan Xiaoruizhi Science and Technology
 * Company": a company's two head words are the company, though the
 * first is a city's name. */
static void test_firm_head_words(void **state) {
    tl_doc *d = run(state, "The men worked for Wuhan Xiaoruizhi Science and Technology Company, prosecutors said. "
                           "The Treasury Department also sanctioned Wuhan Xiaoruizhi on Monday.\n");
    assert_true(ent_of(d, "Wuhan Xiaoruizhi") >= 0);
    assert_int_equal(ent_of(d, "Wuhan Xiaoruizhi"), ent_of(d, "Wuhan Xiaoruizhi Science and Technology Company"));
    EXPECT_TYPE(d, "Wuhan Xiaoruizhi", TL_ORG);
    tl_doc_free(d);
}

/* "the sons of El Chapo, known as Los Chapitos": the name is the sons',
 * no other name of El Chapo. */
static void test_known_as_of_kin(void **state) {
    tl_doc *d = run(state, "The arrest set off a war between his faction and the sons of El Chapo, known as Los "
                           "Chapitos, in the state of Sinaloa.\n");
    assert_true(ent_of(d, "Los Chapitos") >= 0);
    assert_true(ent_of(d, "Los Chapitos") != ent_of(d, "El Chapo"));
    tl_doc_free(d);
}

/* "MOGADISHU, Aug 20 (Reuters)": a month's abbreviation without its point
 * before a day is no name. */
static void test_month_abbrev_dateline(void **state) {
    tl_doc *d = run(state, "MOGADISHU, Aug 20 (Reuters) - Fighters stormed a hotel. Jan Kral said so on Oct 3.\n");
    assert_int_equal(type_of(d, "Aug"), -1);
    assert_int_equal(type_of(d, "Oct"), -1);
    EXPECT_TYPE(d, "Jan Kral", TL_PERSON);
    tl_doc_free(d);
}

/* "Denis Sergeev, who used the alias Sergei Fedotov": one person. */
static void test_used_the_alias(void **state) {
    tl_doc *d = run(state, "Denis Sergeev, who used the alias Sergei Fedotov, is accused of conspiracy to murder.\n");
    assert_true(ent_of(d, "Denis Sergeev") >= 0);
    assert_int_equal(ent_of(d, "Denis Sergeev"), ent_of(d, "Sergei Fedotov"));
    tl_doc_free(d);
}

/* "Carlisle Rivera ... Prosecutors said Rivera recruited X": a small
 * town's name doing what only people do is the person's surname. */
static void test_town_surname_doing(void **state) {
    tl_doc *d = run(state, "Carlisle Rivera, 52, was convicted last year. Prosecutors said Rivera recruited Jonathan "
                           "Loadholt, an associate from Staten Island.\n");
    assert_true(ent_of(d, "Rivera") >= 0);
    assert_int_equal(ent_of(d, "Rivera"), ent_of(d, "Carlisle Rivera"));
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_titles_and_nationalities), cmocka_unit_test(test_member_apposition), cmocka_unit_test(test_title_surname), cmocka_unit_test(test_org_branch_hyphen), cmocka_unit_test(test_roman_numeral_head), cmocka_unit_test(test_office_phrase), cmocka_unit_test(test_weekday_connector),
        cmocka_unit_test(test_place_body_and_joined_peoples), cmocka_unit_test(test_body_before_lowercase_title),
        cmocka_unit_test(test_compounds),
        cmocka_unit_test(test_modifiers_and_datelines),
        cmocka_unit_test(test_wire_names),
        cmocka_unit_test(test_shared_surname),
        cmocka_unit_test(test_org_without_generic_word),
        cmocka_unit_test(test_member_nouns),                cmocka_unit_test(test_heads_and_appositions),
        cmocka_unit_test(test_headline_and_common_words), cmocka_unit_test(test_nicknames_join),
        cmocka_unit_test(test_org_short_names),          cmocka_unit_test(test_surnames_and_offices),
        cmocka_unit_test(test_countries_join),           cmocka_unit_test(test_org_edges),
        cmocka_unit_test(test_office_titles_and_trailing_modifiers), cmocka_unit_test(test_modifier_bodies),
        cmocka_unit_test(test_portfolios_and_company_heads),
        cmocka_unit_test(test_abbreviation_ends_and_common_acronyms),
        cmocka_unit_test(test_possessive_names),         cmocka_unit_test(test_roads_legal_forms_states),
        cmocka_unit_test(test_surname_after_nickname_and_subject), cmocka_unit_test(test_org_names_and_lower_heads),
        cmocka_unit_test(test_listed_portfolio),
        cmocka_unit_test(test_name_after_sentence_first_word),
        cmocka_unit_test(test_speaker_is_no_place),
        cmocka_unit_test(test_owned_branch),
        cmocka_unit_test(test_district_and_camel_case), cmocka_unit_test(test_titles_that_are_given_names),
        cmocka_unit_test(test_place_spellings_and_fac_heads), cmocka_unit_test(test_speaker_after_quote),
        cmocka_unit_test(test_given_name_said), cmocka_unit_test(test_unplaced_building_heads),
        cmocka_unit_test(test_body_at_sentence_start), cmocka_unit_test(test_acronyms_side_by_side),
        cmocka_unit_test(test_regions_are_locations), cmocka_unit_test(test_fate_word_at_start),
        cmocka_unit_test(test_months_and_the_dateline),
        cmocka_unit_test(test_given_name_and_place_word),
        cmocka_unit_test(test_body_head_before_for), cmocka_unit_test(test_people_for_cause),
        cmocka_unit_test(test_members_of_unknown_name),
        cmocka_unit_test(test_head_of_takes_the_name),
        cmocka_unit_test(test_spanish_band_words),
        cmocka_unit_test(test_general_opens_body),
        cmocka_unit_test(test_amir_given_name),
        cmocka_unit_test(test_given_name_in_a_title_span),
        cmocka_unit_test(test_article_name_with_a_tail),
        cmocka_unit_test(test_island_countries),
        cmocka_unit_test(test_honours),
        cmocka_unit_test(test_arabic_and_in_names),
        cmocka_unit_test(test_opening_given_and_word),
        cmocka_unit_test(test_treasury_and_office_of_the),
        cmocka_unit_test(test_peoples_compound_org),
        cmocka_unit_test(test_given_name_apposed),
        cmocka_unit_test(test_particle_names),
        cmocka_unit_test(test_state_abbrev_apposed),
        cmocka_unit_test(test_surname_of_place),
        cmocka_unit_test(test_dual_demonym_two_words),
        cmocka_unit_test(test_known_by_the_alias),
        cmocka_unit_test(test_site_for_country),
        cmocka_unit_test(test_kind_word_places),
        cmocka_unit_test(test_given_name_places_and_joins),
        cmocka_unit_test(test_portfolio_before_title),
        cmocka_unit_test(test_band_before_boss),
        cmocka_unit_test(test_surname_before_namesake),
        cmocka_unit_test(test_firm_head_words),
        cmocka_unit_test(test_known_as_of_kin),
        cmocka_unit_test(test_month_abbrev_dateline),
        cmocka_unit_test(test_used_the_alias),
        cmocka_unit_test(test_town_surname_doing),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
