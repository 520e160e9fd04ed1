/* test_ner_passes.c -- each named pass of the NER pass table, seen by running the table without it. */
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

/* The mentions of text with the passes in `skip` left out. */
static tl_doc *run(void **state, const char *text, uint32_t skip) { return ner_run(state, text, skip); }

/* Type of the mention whose text is exactly w (the first), or -1. */
static int mention(const tl_doc *d, const char *w) {
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start == strlen(w) && memcmp(d->text + m->start, w, strlen(w)) == 0) return m->type;
    }
    return -1;
}

static void test_table(void **state) {
    (void)state;
    const char *names[] = {"headlines", "tag", "tagger-spans", "capitalized-runs", "group-nicknames", "kin-names", "described-kinds", "plural-bodies", "particle-names", "place-joins", "consistency", "group-names", "possessive-names", "possessed-parts", "for-names", "org-spans", "sort", "described-repeats",
                           "member-nouns", "surnames", "modifier-bodies", "body-before-title", "holder-offices", "nicknames", "mentions"};
    assert_int_equal(tl_ner_pass_count(), sizeof names / sizeof names[0]);
    for (unsigned k = 0; k < tl_ner_pass_count(); k++) assert_string_equal(tl_ner_pass_name(k), names[k]);
    assert_string_equal(tl_ner_pass_name(999), "");
}

/* "Foz do Iguacu": the place-joins pass makes the two spans the tagger
 * read one known place. */
static void test_place_joins(void **state) {
    const char *t = "He moved cash through exchange houses in Foz do Iguacu, Brazil.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Foz do Iguacu"), TL_GPE);
    tl_doc_free(d);
    d = run(state, t, pass_bit("place-joins"));
    assert_int_equal(mention(d, "Foz do Iguacu"), -1);
    tl_doc_free(d);
}

/* The type of every mention of text's name `w`, -1 when none, -2 when two
 * mentions of it disagree. */
static int mentions_type(const tl_doc *d, const char *w) {
    int t = -1;
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start != strlen(w) || memcmp(d->text + m->start, w, strlen(w)) != 0) continue;
        if (t >= 0 && t != m->type) return -2;
        t = m->type;
    }
    return t;
}

/* An apposition ("Zorvatex, a crypto exchange") says what the name is,
 * for its other mentions too ("Zorvatex's co-founder"). */
static void test_described_by_apposition(void **state) {
    const char *t = "Police seized the servers of Zorvatex, a crypto exchange that laundered money. "
                    "Kelvo Darnish was Zorvatex's co-founder and Zorvatex paid him well.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Zorvatex"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Zorvatex"), TL_ORG);
    tl_doc_free(d);
}

/* A noun of a kind right before the name: "the software firm Quvinta",
 * "the rebel faction Drevak". */
static void test_described_by_noun_before(void **state) {
    const char *t = "Hackers attacked the software firm Quvinta last year. Quvinta paid nothing.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Quvinta"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Quvinta"), TL_ORG);
    tl_doc_free(d);
}

/* An organization noun right after the name: "the Jandar ul-Ahmat
 * faction"; the repetition found later by the consistency pass follows. */
static void test_described_by_noun_after(void **state) {
    const char *t = "Vosk belonged to the Jandar ul-Ahmat faction. Jandar ul-Ahmat claimed the attack.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Jandar ul-Ahmat"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Jandar ul-Ahmat"), TL_ORG);
    tl_doc_free(d);
}

/* A person's noun before a name ("native", "businessman") makes a person
 * of a name whose first word is also a place's ("Roman", "Sofia"). */
static void test_described_person(void **state) {
    const char *t = "Prosecutors charged Ohio native Roman Veskar and his partner. "
                    "The court heard from businessman Sofia Tarvel on Monday.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Roman Veskar"), TL_PERSON);
    assert_int_equal(mentions_type(d, "Sofia Tarvel"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Roman Veskar"), TL_PERSON);
    assert_int_not_equal(mentions_type(d, "Sofia Tarvel"), TL_PERSON);
    tl_doc_free(d);
}

/* Two mentions that say different things change nothing; a well-known
 * country keeps its type whatever is said of it. */
static void test_described_disagree(void **state) {
    const char *t = "Orvel Kast, a journalist, met Orvel Kast, a company, in Paris. "
                    "The talks helped the state Iran.\n";
    tl_doc *d = run(state, t, 0);
    int k = mentions_type(d, "Orvel Kast");
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_equal(mentions_type(d, "Orvel Kast"), k);
    tl_doc_free(d);
    d = run(state, "The firm Iran paid. Iran, a company, paid.\n", 0);
    assert_int_equal(mentions_type(d, "Iran"), TL_GPE);
    tl_doc_free(d);
}

/* "the town of Ostravek": a place. */
static void test_described_place(void **state) {
    const char *t = "The attack hit the town of Ostravek near the border. Ostravek was quiet.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Ostravek"), TL_GPE);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Ostravek"), TL_GPE);
    tl_doc_free(d);
}

/* "in southern X": a preposition and an adjective of direction make the
 * name a place; not a name that modifies a noun after
 * it ("in southern Kessel strongholds"). */
static void test_described_by_compass(void **state) {
    const char *t = "The Orsk Airfield in southern Valdora was hit.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Valdora"), TL_GPE);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Valdora"), TL_GPE);
    tl_doc_free(d);
    /* the rule leaves a modifier as the tagger read it */
    const char *m = "Jets struck in southern Varnak strongholds overnight.\n";
    d = run(state, m, 0);
    tl_doc *e = run(state, m, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_equal(mentions_type(d, "Varnak"), mentions_type(e, "Varnak"));
    tl_doc_free(d);
    tl_doc_free(e);
}

/* "the Kessel Brigade's Omar Dabaan": a given name after a possessive
 * opens a person's name, not a body's part ("Hamas's Qassam Brigades"). */
static void test_person_after_possessive(void **state) {
    tl_doc *d = run(state, "The Kessel Brigade's Omar Dabaan was killed.\n", 0);
    assert_int_equal(mentions_type(d, "Omar Dabaan"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "The Kessel Brigade's Qassam Brigades fired rockets.\n", 0);
    assert_int_not_equal(mentions_type(d, "Qassam Brigades"), TL_PERSON);
    tl_doc_free(d);
}

/* "al-Qaeda in the Islamic Maghreb": an organization, "in" and a name the
 * gazetteer knows together as one organization are one span; "Fighters
 * of al-Qaeda" opening a sentence keeps al-Qaeda. */
static void test_franchise_names(void **state) {
    tl_doc *d = run(state, "Al-Qaeda in the Islamic Maghreb claimed the kidnapping.\n", 0);
    assert_int_equal(mentions_type(d, "Al-Qaeda in the Islamic Maghreb"), TL_ORG);
    assert_int_equal(mentions_type(d, "Islamic Maghreb"), -1);
    tl_doc_free(d);
    d = run(state, "Fighters of al-Qaeda attacked the town.\n", 0);
    assert_int_equal(mentions_type(d, "al-Qaeda"), TL_ORG);
    tl_doc_free(d);
    /* a place after "in" that makes no known name stays a place */
    d = run(state, "Police said al-Qaeda in Valdora attacked the town.\n", 0);
    assert_int_equal(mentions_type(d, "al-Qaeda"), TL_ORG);
    tl_doc_free(d);
}

/* Three common words opening a sentence before a plural of a body's
 * people name the body ("Homeland Security Investigations agents"). */
static void test_body_before_staff(void **state) {
    tl_doc *d = run(state, "Homeland Security Investigations agents arrested the man.\n", 0);
    assert_int_equal(mentions_type(d, "Homeland Security Investigations"), TL_ORG);
    tl_doc_free(d);
}

/* "Members of the Proud Boys" opening a sentence: the plural band name
 * after a capitalized noun of membership; "commanded Unit 29155": a
 * unit's head word and its number. */
static void test_bands_after_capitals_and_numbered_units(void **state) {
    tl_doc *d = run(state, "Members of the Velvet Wardens were charged with conspiracy.\n", 0);
    assert_int_equal(mentions_type(d, "Velvet Wardens"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Andrei Averyanov commanded Unit 29155, a military intelligence unit.\n", 0);
    assert_int_equal(mentions_type(d, "Unit 29155"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "He joined Task Force 88 in 2003.\n", 0);
    assert_int_equal(mentions_type(d, "Task Force 88"), TL_ORG);
    tl_doc_free(d);
    /* a name opens with no lower-case word of grammar */
    d = run(state, "Co-founder of the Kessel Brigade, Omar Haddad was arrested in 2019.\n", 0);
    assert_int_equal(mentions_type(d, "of the Kessel Brigade"), -1);
    tl_doc_free(d);
}

/* "Residents of X said": an unknown name after the people of a place, at
 * the start of a sentence, is the place. */
static void test_residents_of_place(void **state) {
    tl_doc *d = run(state, "Residents of Tawallit said the gunmen arrived on motorbikes.\n", 0);
    assert_int_equal(mentions_type(d, "Tawallit"), TL_GPE);
    tl_doc_free(d);
}

/* The apposition after a parenthesized acronym, and one whose noun a
 * name fused with a participle qualifies ("a Tehran-based exchange"). */
static void test_described_after_acronym_and_compound(void **state) {
    const char *t = "Rwanda backed Zarovi Kelt (ZK), an armed group accused of abuses. Later Zarovi Kelt seized the town.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Zarovi Kelt"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("described-kinds") | pass_bit("described-repeats"));
    assert_int_not_equal(mentions_type(d, "Zarovi Kelt"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Qorvani, a Tehran-based exchange, paid. Police raided Qorvani.\n", 0);
    assert_int_equal(mentions_type(d, "Qorvani"), TL_ORG);
    tl_doc_free(d);
}

/* A well-known organization's name inside a hyphenated modifier is a
 * mention of it: "the pro-Hamas collective", "the Al-Qaeda-linked group". */
static void test_org_in_compound(void **state) {
    tl_doc *d = run(state, "He founded the pro-Hamas collective Dar Yassin. The Al-Qaeda-linked group attacked.\n", 0);
    assert_int_equal(mention(d, "Hamas"), TL_ORG);
    assert_int_equal(mention(d, "Al-Qaeda"), TL_ORG);
    assert_int_equal(mentions_type(d, "Dar Yassin"), TL_ORG);
    tl_doc_free(d);
}

/* The head of the apposition's noun phrase gives the kind: "a militant
 * group" is a group, "senior militant X" a person. */
static void test_described_by_head(void **state) {
    const char *t = "Sanctions hit senior militant Dorvan Kelu Amsing for his role. "
                    "Police raided Tarvex, a militant group accused of abuses. Tarvex denied it.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Dorvan Kelu Amsing"), TL_PERSON);
    assert_int_equal(mentions_type(d, "Tarvex"), TL_ORG);
    tl_doc_free(d);
    /* a people's republic is a state */
    d = run(state, "Soldiers from the Chechen Republic patrolled the border.\n", 0);
    assert_int_equal(mention(d, "Chechen Republic"), TL_GPE);
    tl_doc_free(d);
    /* a well-known name with a lower-case part is one name, not a compound */
    d = run(state, "A court jailed Lashkar-e-Taiba founder Qarim Soltan.\n", 0);
    assert_int_equal(mention(d, "Lashkar-e-Taiba"), TL_ORG);
    tl_doc_free(d);
}

/* With every pass but the last left out there is nothing to write. */
static void test_mentions_pass_alone(void **state) {
    tl_doc *d = run(state, "Qorvani Deltrek met Ulbrek Sandor in Paris.\n", UINT32_MAX);
    assert_int_equal(d->n_mentions, 0);
    tl_doc_free(d);
}

/* Invented names the gazetteer does not know come from the tagger. */
static void test_tagger(void **state) {
    const char *t = "Yesterday Qorvani Deltrek met Ulbrek Sandor in a cafe.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Qorvani Deltrek"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("tag"));
    assert_int_equal(mention(d, "Qorvani Deltrek"), -1);
    tl_doc_free(d);
    d = run(state, t, pass_bit("tagger-spans"));
    assert_int_equal(mention(d, "Qorvani Deltrek"), -1);
    tl_doc_free(d);
}

/* A headline's names are found through the body's. */
static void test_headlines_and_consistency(void **state) {
    const char *t = "Envoy Qorvani Deltrek Meets Rebels Near The Border\n\nEnvoy Qorvani Deltrek met the rebels on Monday.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(d->mentions[0].start, strlen("Envoy "));
    assert_int_equal(mention(d, "Qorvani Deltrek"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("consistency"));
    assert_true(d->n_mentions == 0 || d->mentions[0].start > 40); /* none in the headline */
    tl_doc_free(d);
}

/* "the Chief Prosecutor's Office" is one organization. */
static void test_holder_offices(void **state) {
    const char *t = "Investigators from the Chief Prosecutor's Office arrived.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Chief Prosecutor's Office"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("holder-offices"));
    assert_int_equal(mention(d, "Chief Prosecutor's Office"), -1);
    tl_doc_free(d);
}

/* Ismael "El Mayo" Zambada: one person, the nickname inside. */
static void test_nicknames(void **state) {
    const char *t = "Police said Ismael \"El Mayo\" Zambada led the cartel.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ismael \"El Mayo\" Zambada"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("nicknames"));
    assert_int_equal(mention(d, "Ismael \"El Mayo\" Zambada"), -1);
    tl_doc_free(d);
}

/* Without the sort pass, mentions still come out without overlaps and the
 * run does not fail. */
static void test_unsorted(void **state) {
    tl_doc *d = run(state, "Ismael \"El Mayo\" Zambada met Qorvani Deltrek in Paris.\n", pass_bit("sort"));
    for (uint32_t i = 1; i < d->n_mentions; i++)
        assert_true(d->mentions[i].start >= d->mentions[i - 1].end || (d->mentions[i].flags & TL_MENTION_NICK));
    tl_doc_free(d);
}

/* The tagger's spans of one name share the class their summed scores
 * prefer: "Halvery" read as a person, a place and a thing in turn ends up
 * one type in every mention the tagger found. */
static void test_one_name_one_class(void **state) {
    tl_doc *d = run(state, "Kestrel Marrow joined Halvery in 1998. Halvery is a band from Leeds. He toured with "
                           "Halvery across Europe, and Halvery signed Marrow to a new contract. The mayor of "
                           "Halvery met them.", 0);
    int type = -1, n = 0;
    for (uint32_t i = 0; i < d->n_mentions; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->end - m->start != 7 || memcmp(d->text + m->start, "Halvery", 7) != 0) continue;
        if (m->start < 20) continue; /* the first: the tagger's MISC keeps what it found */
        if (type < 0) type = m->type;
        assert_int_equal(m->type, type);
        n++;
    }
    assert_true(n >= 3);
    tl_doc_free(d);
}

/* "Ulvar Workers' Party" is one name with the possessive-names pass, cut
 * at the apostrophe without it. */
static void test_possessive_names(void **state) {
    const char *t = "Yesterday the Ulvar Workers' Party won the vote in Kessa.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ulvar Workers' Party"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("possessive-names"));
    assert_int_equal(mention(d, "Ulvar Workers' Party"), -1);
    tl_doc_free(d);
}

/* "the far-right Alternative for Kessa party", "the Movement for Ulvar
 * Renewal": one organization's name with the for-names pass; a head word
 * before "for" and a place alone after it, a longer name already found,
 * and a person's name before "for" are left as they were. */
static void test_for_names(void **state) {
    const char *t = "She sat for the far-right Alternative for Kessa party.\n\n"
                    "Later the Movement for Ulvar Renewal won the vote.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Alternative for Kessa"), TL_ORG);
    assert_int_equal(mention(d, "Movement for Ulvar Renewal"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("for-names"));
    assert_int_equal(mention(d, "Alternative for Kessa"), -1);
    tl_doc_free(d);
    d = run(state, "He fought on the Western Front for France in 1916.\n", 0);
    assert_int_equal(mention(d, "Western Front for France"), -1);
    tl_doc_free(d);
}

/* "joined the Latin Kings", "a member of the Black Disciples": capitalized
 * words ending in a plural after "the" and a word that takes a body name
 * one, with the plural-bodies pass; "the God of the Vines" (no word of
 * membership before "of") and places the gazetteer knows are left alone. */
static void test_plural_bodies(void **state) {
    const char *t = "Tarv Oslund joined the Latin Kings in 2010. Omar Haddad, a member of the Black Disciples, "
                    "was shot.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Latin Kings"), TL_ORG);
    assert_int_equal(mention(d, "Black Disciples"), TL_ORG);
    tl_doc_free(d);
    d = run(state, t, pass_bit("plural-bodies"));
    assert_int_not_equal(mention(d, "Black Disciples"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Omar Haddad joined the Philippines team in 2010.\n", 0);
    assert_int_not_equal(mention(d, "Philippines"), TL_ORG);
    tl_doc_free(d);
}

static void test_portfolios_companies_and_institutes(void **state) {
    /* a minister's portfolio before the title names no place or body */
    tl_doc *d = run(state, "German Foreign Minister Omar Haddad summoned the ambassador. French Interior Minister "
                           "Ivo Brankov said ten were arrested.\n", 0);
    assert_int_equal(mention(d, "Foreign"), -1);
    assert_int_equal(mention(d, "Interior"), -1);
    assert_int_equal(mention(d, "Omar Haddad"), TL_PERSON);
    tl_doc_free(d);
    /* a legal form ends a company's name */
    d = run(state, "OFAC also designated Kessel Fly Technology Limited, which shipped parts to the group.\n", 0);
    assert_int_equal(mention(d, "Kessel Fly Technology Limited"), TL_ORG);
    tl_doc_free(d);
    /* a body's noun before "for" heads the name, whatever ends it */
    d = run(state, "By the Institute for Velvish Dialogue\n\nThe network grew.\n", 0);
    assert_int_equal(mention(d, "Institute for Velvish Dialogue"), TL_ORG);
    tl_doc_free(d);
    /* the first word of a body's name before a common noun is the body's */
    d = run(state, "The Velvagram Collective spread manuals. Attackers had consumed Velvagram material.\n", 0);
    assert_int_equal(mention(d, "Velvagram"), TL_ORG);
    tl_doc_free(d);
    /* feast days name no place; a Spanish plural article opens a band's
     * name; "a lawyer for a state witness" describes a person */
    d = run(state, "Police arrested four people planning an attack on a Christmas market.\n", 0);
    assert_int_equal(mention(d, "Christmas"), -1);
    tl_doc_free(d);
    d = run(state, "Los Brankos, loyal to Omar Haddad, fought the Kessel Cartel.\n", 0);
    assert_int_equal(mention(d, "Los Brankos"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "He ordered six killings, including that of Derk Velvink, a lawyer for a state witness, in 2019.\n", 0);
    assert_int_equal(mention(d, "Derk Velvink"), TL_PERSON);
    tl_doc_free(d);
    /* a name after "led by" with no word of a body is a person's; a name
     * the tagger left untyped between "the" and a building's noun is the
     * building's */
    d = run(state, "The group, led by Sanaullah Velvani since 2020, claimed the attack.\n", 0);
    assert_int_equal(mention(d, "Sanaullah Velvani"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "Gunmen stormed the Beach View hotel at Lido beach after a suicide bomber blew himself up.\n", 0);
    assert_int_equal(mention(d, "Beach View hotel"), TL_FAC);
    tl_doc_free(d);
}

static void test_described_by_participle_count_and_which(void **state) {
    /* "a hacking group known as X": the noun before the participle; "a
     * post office named X" no body of people */
    tl_doc *d = run(state, "The men worked for an Iranian hacking group known as Velvet Kestrel.\n", 0);
    assert_int_equal(mention(d, "Velvet Kestrel"), TL_ORG);
    tl_doc_free(d);
    /* "X and Y, two companies": the count's apposition types both */
    d = run(state, "The workers were employed by Tarvosk Silverline and Omrazi Silverline, two companies "
                   "controlled by the government.\n", 0);
    assert_int_equal(mention(d, "Tarvosk Silverline"), TL_ORG);
    assert_int_equal(mention(d, "Omrazi Silverline"), TL_ORG);
    tl_doc_free(d);
    /* "allied with X, another bandit commander": "another" says X is one */
    d = run(state, "He was allied with Bello Turvik, another bandit commander who controls the hills.\n", 0);
    assert_int_equal(mention(d, "Bello Turvik"), TL_PERSON);
    tl_doc_free(d);
    /* transliterated names with a particle are bodies' */
    d = run(state, "He founded Jamaat-ul-Velvan in 2014 and later joined Tehrik-e-Tarvos Kessel.\n", 0);
    assert_int_equal(mention(d, "Jamaat-ul-Velvan"), TL_ORG);
    assert_int_equal(mention(d, "Tehrik-e-Tarvos Kessel"), TL_ORG);
    tl_doc_free(d);
    /* "X, the group said" is no apposition; "X, 39, of Y" a home town */
    d = run(state, "The Kessel Brigade named a new leader after the death of Omar Velvani, the group said.\n", 0);
    assert_int_equal(mention(d, "Omar Velvani"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, "Ivan Petrov, 39, of Amur Velvinsk, was charged.\n", 0);
    assert_int_equal(mention(d, "Amur Velvinsk"), TL_GPE);
    tl_doc_free(d);
    /* "a militia group called the X Watchmen": a plural in "-men" too */
    d = run(state, "The men belonged to a militia group called the Velvan Watchmen.\n", 0);
    assert_int_equal(mention(d, "Velvan Watchmen"), TL_ORG);
    tl_doc_free(d);
    /* "X, which pledged allegiance": a three-word name "which" refers to */
    d = run(state, "Some joined Jamaah Ansharut Velvan, which pledged allegiance to the Kessel Brigade.\n", 0);
    assert_int_equal(mention(d, "Jamaah Ansharut Velvan"), TL_ORG);
    tl_doc_free(d);
    /* "the Velvashi-gumi": a foreign suffix on a name after "the" makes
     * one body's name, not a place and a word */
    d = run(state, "Police arrested a senior member of the Velvashi-gumi in Osaka.\n", 0);
    assert_int_equal(mention(d, "Velvashi-gumi"), TL_ORG);
    tl_doc_free(d);
    /* "the Velvan Order, a neo-Nazi network": a prefix glued to a name
     * qualifies the apposition's noun */
    d = run(state, "The report said that the Velvan Order, a neo-Nazi network founded in 2018, has grown.\n", 0);
    assert_int_equal(mention(d, "Velvan Order"), TL_ORG);
    tl_doc_free(d);
    /* a creed's word before a head and "of" is part of the name; a
     * nationality there stays an adjective */
    d = run(state, "He commanded the armed wing of the Communist Party of Velvania.\n", 0);
    assert_int_equal(mention(d, "Communist Party of Velvania"), TL_ORG);
    tl_doc_free(d);
    /* a holy name's possessive inside a body's name */
    d = run(state, "The Lord's Velvan Army, a rebel group led by Omar Haddad, abducted children.\n", 0);
    assert_int_equal(mention(d, "Lord's Velvan Army"), TL_ORG);
    tl_doc_free(d);
    /* ", known as X," after a band's noun: the comma before the
     * participle */
    d = run(state, "Prosecutors say the gang's local cell, known as Los Velvanos, killed a dissident.\n", 0);
    assert_int_equal(mention(d, "Los Velvanos"), TL_ORG);
    tl_doc_free(d);
}

/* Spanish band words, numbers in a gang's name, feast days, and a
 * well-known body's name inside "pro-": one name each. */
static void test_band_words_numbers_feasts_and_pro(void **state) {
    tl_doc *d = run(state, "The cartel has waged a long war against the rival Carteles Velvanos in Michoacan.\n", 0);
    assert_int_equal(mention(d, "Carteles Velvanos"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Members of the Velvo 18 gang killed 46 women.\n", 0);
    assert_int_equal(mention(d, "Velvo 18"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Gunmen stormed a church in Velvinsk during Pentecost Sunday mass.\n", 0);
    assert_int_equal(mention(d, "Pentecost"), -1);
    tl_doc_free(d);
    d = run(state, "Troops killed a leader of a pro-Islamic State militant group in Velvinsk.\n", 0);
    assert_int_equal(mention(d, "Islamic State"), TL_ORG);
    assert_int_equal(mention(d, "State"), -1);
    tl_doc_free(d);
    /* a given name that is a dictionary word, an unknown surname, an age */
    d = run(state, "Maria Velvardi, 70, took over the clan after her brothers were jailed.\n", 0);
    assert_int_equal(mention(d, "Maria Velvardi"), TL_PERSON);
    tl_doc_free(d);
    /* "the Di Velvo clan": a family's band */
    d = run(state, "The alliance has fought a bloody feud with the Di Velvo clan.\n", 0);
    assert_int_equal(mention(d, "Di Velvo clan"), TL_ORG);
    tl_doc_free(d);
}

/* Datelines of two short words, splinter bodies' acronyms, and a plural
 * noun of people opening the story. */
static void test_bands_the_tagger_does_not_know(void **state) {
    /* "the X network": a name the tagger read as nothing of ours, or as
     * a body it does not know, is the band's with the noun */
    tl_doc *d = run(state, "The Velvo Falcon network, headed by Ivo Brankov, smuggled cocaine.\n", 0);
    assert_int_equal(mention(d, "Velvo Falcon network"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "Police said the Velvo Falcon network, headed by Ivo Brankov, smuggled cocaine.\n", 0);
    assert_int_equal(mention(d, "Velvo Falcon network"), TL_ORG);
    tl_doc_free(d);
}

static void test_titled_person_with_a_place_word(void **state) {
    /* "Judge Mark Wall": a title and a given name before a head word that
     * is also a surname make a person; a royal's title names places */
    tl_doc *d = run(state, "Judge Mark Wall said Omar Haddad had pledged allegiance to the group.\n", 0);
    assert_int_equal(mention(d, "Mark Wall"), TL_PERSON);
    tl_doc_free(d);
}

static void test_schools_of_music_and_bands(void **state) {
    /* a body's head word ends the name, whatever the tagger reads */
    tl_doc *d = run(state, "Omar Haddad studied at the Velvinsk Conservatory and joined the Brankov Quartet.\n", 0);
    assert_int_equal(mention(d, "Velvinsk Conservatory"), TL_ORG);
    assert_int_equal(mention(d, "Brankov Quartet"), TL_ORG);
    tl_doc_free(d);
}

static void test_datelines_splinters_and_people_nouns(void **state) {
    tl_doc *d = run(state, "VELVA CITY (Reuters) - An airstrike killed Omar Haddad.\n", 0);
    assert_int_equal(mention(d, "VELVA CITY"), TL_GPE);
    tl_doc_free(d);
    d = run(state, "Police said they suspected the New VLA, a small dissident group.\n", 0);
    assert_int_equal(mention(d, "New VLA"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "VELVINSK, Velvania (AP) - Police in Velvania arrested four men on Sunday.\n", 0);
    assert_int_equal(mention(d, "Police"), -1);
    tl_doc_free(d);
    /* a state's abbreviation in a dateline, the dash after it no part of
     * a name */
    d = run(state, "NEWARK, N.J. \xe2\x80\x93 Three members of the Velvo Kings gang were sentenced today.\n", 0);
    assert_int_equal(mention(d, "N.J."), TL_GPE);
    tl_doc_free(d);
    /* a big city of two words the tagger read as a person's is the city */
    d = run(state, "A court jailed a former marine for working for Hong Kong's intelligence service in Britain.\n", 0);
    assert_int_equal(mention(d, "Hong Kong"), TL_GPE);
    tl_doc_free(d);
    /* "the Velvani network" after a Velvani: the band's name */
    d = run(state, "Omar Velvani heads the Velvani network, a militant faction within the Kessel Brigade.\n", 0);
    assert_int_equal(mention(d, "Velvani network"), TL_ORG);
    tl_doc_free(d);
    d = run(state, "MIAMI, Fla. \xe2\x80\x93 Omar Haddad was sentenced today.\n", 0);
    assert_int_equal(mention(d, "Fla."), TL_GPE);
    assert_int_equal(mention(d, "Omar Haddad"), TL_PERSON);
    tl_doc_free(d);
}

/* "the Kessel cartel's Ulvaros faction": capitalized words between a
 * body's possessive and a noun of a part name the part, an organization,
 * with the possessed-parts pass; a place there ("Hamas's Gaza wing") is
 * left a place. */
static void test_possessed_parts(void **state) {
    const char *t = "Karl Brenner is an alleged member of the Kessel cartel's Ulvaros faction.\n\n"
                    "The attack was claimed by Hamas's Gaza wing.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mention(d, "Ulvaros"), TL_ORG);
    assert_int_equal(mention(d, "Gaza"), TL_GPE);
    tl_doc_free(d);
    d = run(state, t, pass_bit("possessed-parts"));
    assert_int_not_equal(mention(d, "Ulvaros"), TL_ORG);
    tl_doc_free(d);
}

/* "Kuzmin's wife, Yulia, flew": the given name set off after a
 * possessed kin noun is a person's, though a gazetteer has a place of
 * that name. */
static void test_kin_given_name(void **state) {
    const char *t = "The talks ended on Monday. Kuzmin's wife, Yulia, flew to Berlin on Saturday.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Yulia"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("kin-names"));
    assert_int_not_equal(mentions_type(d, "Yulia"), TL_PERSON);
    tl_doc_free(d);
}

/* "Ivan Petrov's daughter Lily Stone was detained": capitalized words
 * opening with a given name right after a possessed kin noun are the
 * kin's name, which the tagger left untyped (a dictionary word after the
 * given name: no rule of the tagger's spans takes it for a name). */
static void test_kin_name_after_noun(void **state) {
    const char *t = "The talks ended on Monday. Ivan Petrov's daughter Lily Stone was also detained.\n";
    tl_doc *d = run(state, t, 0);
    assert_int_equal(mentions_type(d, "Lily Stone"), TL_PERSON);
    tl_doc_free(d);
    d = run(state, t, pass_bit("kin-names"));
    assert_int_not_equal(mentions_type(d, "Lily Stone"), TL_PERSON);
    tl_doc_free(d);
    /* a given name and a word that is none, where the tagger saw a
     * title of a work, is a person's name without it */
    t = "The talks ended on Monday. Ivan Petrov's daughter Maria Petrova was also detained.\n";
    d = run(state, t, pass_bit("kin-names"));
    assert_int_equal(mentions_type(d, "Maria Petrova"), TL_PERSON);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_portfolios_companies_and_institutes), cmocka_unit_test(test_described_by_participle_count_and_which),
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_place_joins),
        cmocka_unit_test(test_kin_given_name),
        cmocka_unit_test(test_kin_name_after_noun),
        cmocka_unit_test(test_mentions_pass_alone),
        cmocka_unit_test(test_band_words_numbers_feasts_and_pro),
        cmocka_unit_test(test_datelines_splinters_and_people_nouns),
        cmocka_unit_test(test_schools_of_music_and_bands),
        cmocka_unit_test(test_bands_the_tagger_does_not_know),
        cmocka_unit_test(test_titled_person_with_a_place_word),
        cmocka_unit_test(test_tagger),       cmocka_unit_test(test_headlines_and_consistency),
        cmocka_unit_test(test_holder_offices), cmocka_unit_test(test_nicknames),
        cmocka_unit_test(test_unsorted),     cmocka_unit_test(test_one_name_one_class),
        cmocka_unit_test(test_possessive_names), cmocka_unit_test(test_possessed_parts), cmocka_unit_test(test_for_names), cmocka_unit_test(test_plural_bodies),
        cmocka_unit_test(test_described_by_apposition), cmocka_unit_test(test_described_by_noun_before),
        cmocka_unit_test(test_described_by_noun_after), cmocka_unit_test(test_described_person),
        cmocka_unit_test(test_described_disagree), cmocka_unit_test(test_described_place),
        cmocka_unit_test(test_described_after_acronym_and_compound), cmocka_unit_test(test_org_in_compound),
        cmocka_unit_test(test_described_by_head), cmocka_unit_test(test_described_by_compass), cmocka_unit_test(test_person_after_possessive), cmocka_unit_test(test_residents_of_place), cmocka_unit_test(test_body_before_staff), cmocka_unit_test(test_franchise_names),
        cmocka_unit_test(test_bands_after_capitals_and_numbered_units),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
