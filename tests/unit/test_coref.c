/* test_coref.c -- unit tests of coreference (tl_coref.c) on invented sentences: pronouns, possessives, descriptions, gender, binding, ambiguity. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_coref.h"
#include "tl_gaz.h"

typedef struct {
    tl_extractor *ex;
    tl_gaz *g;
} fixture;

static int setup(void **state) {
    tl_error err;
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    f->ex = tl_extractor_new(NULL, &err);
    f->g = tl_gaz_open();
    if (!f->ex || !f->g) { fprintf(stderr, "%s\n", err.msg); return -1; }
    *state = f;
    return 0;
}

static int teardown(void **state) {
    fixture *f = *state;
    tl_extractor_free(f->ex);
    tl_gaz_close(f->g);
    free(f);
    return 0;
}

/* The entity the n-th (0-based) occurrence of word w stands for: its name,
 * "" when the word is not linked, NULL when the word is not there. */
static const char *antecedent(const tl_doc *d, const tl_coref *c, const char *w, int nth) {
    size_t wl = strlen(w);
    for (uint32_t k = 0; k < d->n_tokens; k++) {
        const tl_token *t = &d->tokens[k];
        if (t->end - t->start != wl || strncmp(d->text + t->start, w, wl) != 0 || nth--) continue;
        uint32_t i = tl_coref_find(c, k);
        if (i < c->n && c->links[i].tb == k) return d->entities[c->links[i].ent].name.ptr;
        return "";
    }
    return NULL;
}

/* Runs extraction and coreference on text; checks that the nth word w
 * stands for an entity whose name starts with `want` ("" for none). */
static void expect(void **state, const char *text, const char *w, int nth, const char *want) {
    fixture *f = *state;
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(f->ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    tl_coref c;
    assert_int_equal(tl_coref_run(d, f->g, &c), TL_OK);
    const char *got = antecedent(d, &c, w, nth);
    assert_non_null(got);
    if (strncmp(got, want, strlen(want)) != 0 || (!want[0] && got[0])) {
        fprintf(stderr, "'%s' #%d in \"%s\": got \"%.20s\", want \"%s\"\n", w, nth, text, got, want);
        fail();
    }
    for (uint32_t i = 1; i < c.n; i++) assert_true(c.links[i - 1].tb < c.links[i].tb); /* text order */
    tl_coref_free(&c);
    assert_int_equal(c.n, 0);
    tl_doc_free(d);
}

static void test_subject_pronoun(void **state) {
    expect(state, "Hamid Rezaei ran a shipping firm in Dubai. He was arrested in Madrid in 2017.", "He", 0,
           "Hamid Rezaei");
    /* a chain: the second "he" stays with the first */
    expect(state, "Hamid Rezaei met Karl Osterberg in Dubai. He flew to Madrid. He was arrested there.", "He", 1,
           "Hamid Rezaei");
}

static void test_gender(void **state) {
    /* the subject is a man: "she" skips him */
    expect(state, "Erik Dahl met Ingrid Halvorsen in Oslo. She was arrested the next day.", "She", 0,
           "Ingrid Halvorsen");
    expect(state, "Ingrid Halvorsen met Erik Dahl in Oslo. He was arrested the next day.", "He", 0, "Erik Dahl");
    /* a title says it too */
    expect(state, "Mrs. Alvarenga met Kemal Osman in Oslo. She was arrested the next day.", "She", 0, "Alvarenga");
}

static void test_object_binding(void **state) {
    /* "X recruited him": not X */
    expect(state, "Karl Osterberg met Pavel Grek in Riga. Later Osterberg recruited him.", "him", 0, "Pavel Grek");
}

static void test_possessive(void **state) {
    expect(state, "The Free Tide Movement was founded in 2009. Its leader, Jonas Dahl, was charged in Oslo.", "Its",
           0, "Free Tide Movement");
    /* "X and its Y": X, though the sentence's subject is another organization */
    expect(state, "The Treasury Department sanctioned Orion Logistics and its founder, Pavel Grek.", "its", 0,
           "Orion Logistics");
    /* "its" never stands for a person */
    expect(state, "Pavel Grek flew to Riga. Its port was closed.", "Its", 0, "Riga");
    /* a person named in full as the subject is no misread group that
     * "its" could stand for */
    expect(state, "Pavel Grek sent money to the Free Tide Movement on behalf of its leader, Jonas Dahl.", "its", 0,
           "Free Tide Movement");
}

static void test_description(void **state) {
    /* the description said of the name wins over a more salient subject */
    expect(state, "Orion Logistics, a Cyprus-registered company, shipped drones to Yemen. The Interior Ministry "
                  "said the company paid Mira Sokolova.",
           "company", 1, "Orion Logistics");
    /* a person noun needs the person so described */
    expect(state, "Former minister Kemal Osman met Pavel Grek in Riga. The minister was arrested.", "minister", 1,
           "Kemal Osman");
    expect(state, "Kemal Osman met Pavel Grek in Riga. The minister was arrested.", "minister", 0, "");
    /* "the suspect" goes to the salient person */
    expect(state, "Police arrested Kemal Osman in Riga on Monday. The suspect was charged with fraud.", "suspect", 0,
           "Kemal Osman");
    /* followed by a name or "of": no anaphor */
    expect(state, "Orion Logistics shipped drones. The company Baltic Freight paid them.", "company", 0, "");
}

/* The description nouns come from five lists (organizations, persons,
 * places, and male and female persons) that one table lookup answers:
 * each kind keeps what it wants. */
static void test_noun_kinds(void **state) {
    /* an organization noun said in an apposition */
    expect(state, "Baltic Freight, a shipping firm, hired Pavel Grek in Riga. Later the firm sold its ships.", "firm",
           1, "Baltic Freight");
    /* a place noun stands for a place, not for the salient person */
    expect(state, "Pavel Grek flew to Lisbon on Monday. The city was calm.", "city", 0, "Lisbon");
    /* a male and a female noun pick by gender between a man and a woman */
    expect(state, "Ingrid Halvorsen and Erik Dahl met in Oslo on Friday. The man was arrested.", "man", 0,
           "Erik Dahl");
    expect(state, "Erik Dahl and Ingrid Halvorsen met in Oslo on Friday. The woman was arrested.", "woman", 0,
           "Ingrid Halvorsen");
    /* a person noun that is in no gender list needs the person so described */
    expect(state, "The cleric Tobin Vance met Erik Dahl in Oslo. The cleric was arrested.", "cleric", 1,
           "Tobin Vance");
    /* a word of the organization's own name describes it */
    expect(state, "The Northern Kestrel Movement met in Oslo. Pavel Grek said the movement had grown.", "movement",
           0, "Northern Kestrel");
    /* words in no list, and a list word too long for any list, stay alone */
    expect(state, "Baltic Freight hired Pavel Grek. The committee met.", "committee", 0, "");
    expect(state, "Baltic Freight hired Pavel Grek. The organizationorganizationorganization met.",
           "organizationorganizationorganization", 0, "");
    /* a capitalised noun starts a name, not a description */
    expect(state, "Baltic Freight hired Pavel Grek. The Company met.", "Company", 0, "");
}

/* The pre-tests in front of the word look-ups (subject_at's clause
 * boundaries by first byte and length, pronouns by first letter and
 * length, the noun filter) let through every word they must: a name right
 * after each kind of boundary is the subject the pronoun goes back to, and
 * capitalised or longer forms of the pronouns still count. */
static void test_prefilters(void **state) {
    static const char *const bounds[] = {"said that", "said", "and", "but", "because", "when", "while",
                                         "says", ";", ":", ",", "\"", "\xe2\x80\x9c"};
    for (size_t i = 0; i < sizeof bounds / sizeof *bounds; i++) {
        char text[256];
        snprintf(text, sizeof text,
                 "Officials met on Monday %s Hamid Rezaei paid Karl Osterberg in Dubai. He was arrested.", bounds[i]);
        expect(state, text, "He", 0, "Hamid Rezaei");
    }
    /* after a preposition (also "after", "before") the name is no subject;
     * after "and" the next one is */
    expect(state, "Officials met with Hamid Rezaei and Karl Osterberg in Dubai. He was arrested.", "He", 0,
           "Karl Osterberg");
    expect(state, "Officials met on Monday after Hamid Rezaei paid Karl Osterberg in Dubai. He was arrested.", "He", 0,
           "");
    expect(state, "Hamid Rezaei ran a firm in Dubai. HE was arrested in Madrid.", "HE", 0, "Hamid Rezaei");
    expect(state, "Ingrid Halvorsen met Erik Dahl in Oslo. Herself a lawyer, she was arrested.", "she", 0,
           "Ingrid Halvorsen");
    expect(state, "Orion Logistics shipped drones to Yemen. Its owner was arrested.", "Its", 0, "Orion Logistics");
}

static void test_left_alone(void **state) {
    /* two men named alike: too close to call */
    expect(state, "Karl Osterberg and Jonas Dahl were seen in Oslo. He was armed.", "He", 0, "");
    /* "it" that stands for nothing */
    expect(state, "Orion Logistics shipped drones to Yemen. It was not clear who paid.", "It", 0, "");
    /* after a body's description left unresolved as the subject, "its"
     * is that body, as unknown: not the place named after it */
    expect(state,
           "Troops killed Abu Dalandas, a founder of the Dawlah Islamiyah militant group, on Sunday.\n\n"
           "Dalandas pledged allegiance to the Islamic State in 2014.\n\n"
           "The group took part in the siege of Marawi. Its former leader was killed in 2021.",
           "Its", 0, "");
    /* too far back */
    expect(state, "Hamid Rezaei ran a firm. The firm grew. Sales rose. Prices fell. Costs rose. He was arrested.", "He",
           0, "");
}

static void test_empty(void **state) {
    fixture *f = *state;
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(f->ex, "", 0, "t.txt", &d, &err), TL_OK);
    tl_coref c;
    assert_int_equal(tl_coref_run(d, NULL, &c), TL_OK);
    assert_int_equal(c.n, 0);
    assert_int_equal(tl_coref_find(&c, 0), 0);
    tl_coref_free(&c);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subject_pronoun), cmocka_unit_test(test_gender),
        cmocka_unit_test(test_object_binding),  cmocka_unit_test(test_possessive),
        cmocka_unit_test(test_description),     cmocka_unit_test(test_left_alone),
        cmocka_unit_test(test_empty),           cmocka_unit_test(test_noun_kinds),
        cmocka_unit_test(test_prefilters),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
