/* test_extract.c -- unit tests of the public extraction API: tl_extractor_new, tl_extract, tl_doc_to_json. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>
#include "threadline.h"
#include "tl_sha256.h"

/* One extractor for the whole file: creating it loads the model. */
static int setup(void **state) {
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(NULL, &err);
    if (!ex) { fprintf(stderr, "tl_extractor_new: %s\n", err.msg); return -1; }
    *state = ex;
    return 0;
}
static int teardown(void **state) {
    tl_extractor_free(*state);
    return 0;
}

static tl_doc *run(void **state, const char *text) {
    tl_doc *d = NULL;
    tl_error err = {0};
    int rc = tl_extract(*state, text, strlen(text), "test.txt", &d, &err);
    if (rc != TL_OK) fail_msg("tl_extract: %s", err.msg);
    return d;
}

static int span_is(const tl_doc *d, uint32_t start, uint32_t end, const char *s) {
    return end - start == strlen(s) && memcmp(d->text + start, s, end - start) == 0;
}

/* The entity named exactly `name` (or holding it as an alias), or -1. */
static int find_ent(const tl_doc *d, const char *name) {
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        if (e->name.len == strlen(name) && memcmp(e->name.ptr, name, e->name.len) == 0) return (int)i;
        for (uint32_t a = 0; a < e->n_aliases; a++)
            if (e->aliases[a].len == strlen(name) && memcmp(e->aliases[a].ptr, name, e->aliases[a].len) == 0)
                return (int)i;
    }
    return -1;
}

/* Entity list as text, for failure messages. */
static const char *dump(const tl_doc *d) {
    static char buf[4096];
    size_t o = 0;
    for (uint32_t i = 0; i < d->n_entities && o < sizeof buf - 300; i++) {
        const tl_entity *e = &d->entities[i];
        o += (size_t)snprintf(buf + o, sizeof buf - o, "\n  %s \"%.*s\" (%u mentions)", tl_ent_type_name(e->type),
                              (int)e->name.len, e->name.ptr, e->n_mentions);
        for (uint32_t a = 0; a < e->n_aliases && o < sizeof buf - 200; a++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, " aka \"%.*s\"", (int)e->aliases[a].len, e->aliases[a].ptr);
    }
    buf[o] = 0;
    return buf;
}

/* Asserts `name` is an entity of `type` whose name or aliases include every
 * form in the NULL-terminated list, with at least n_mentions mentions. */
static void expect_one(const tl_doc *d, int type, uint32_t n_mentions, const char *name, ...) {
    int e = find_ent(d, name);
    if (e < 0) fail_msg("no entity \"%s\" in:%s", name, dump(d));
    if (d->entities[e].type != type)
        fail_msg("\"%s\" is %s, want %s", name, tl_ent_type_name(d->entities[e].type), tl_ent_type_name(type));
    va_list ap;
    va_start(ap, name);
    for (const char *f = va_arg(ap, const char *); f; f = va_arg(ap, const char *))
        if (find_ent(d, f) != e) fail_msg("\"%s\" is not the same entity as \"%s\":%s", f, name, dump(d));
    va_end(ap);
    if (d->entities[e].n_mentions < n_mentions)
        fail_msg("\"%s\" has %u mentions, want >= %u:%s", name, d->entities[e].n_mentions, n_mentions, dump(d));
}

/* Every mention of every entity covers exactly its name or one of its aliases,
 * and the doc-level links (mention.entity) agree with the entity lists. */
static void check_mentions(const tl_doc *d) {
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        assert_true(e->type < TL_ENT_TYPE_COUNT);
        assert_true(e->n_mentions >= 1);
        for (uint32_t k = 0; k < e->n_mentions; k++) {
            assert_true(e->mentions[k] < d->n_mentions);
            const tl_mention *m = &d->mentions[e->mentions[k]];
            assert_int_equal(m->entity, (int)i);
            assert_true(m->start < m->end && m->end <= d->len);
            if (k) assert_true(m->start >= d->mentions[e->mentions[k - 1]].start);
            int ok = e->name.len == m->end - m->start && memcmp(e->name.ptr, d->text + m->start, e->name.len) == 0;
            for (uint32_t a = 0; a < e->n_aliases && !ok; a++)
                ok = e->aliases[a].len == m->end - m->start &&
                     memcmp(e->aliases[a].ptr, d->text + m->start, e->aliases[a].len) == 0;
            if (!ok) fail_msg("mention [%u,%u) \"%.*s\" is neither the name nor an alias of \"%.*s\"", m->start, m->end,
                              (int)(m->end - m->start), d->text + m->start, (int)e->name.len, e->name.ptr);
        }
    }
}

static void test_surname_joins_full_name(void **state) {
    tl_doc *d = run(state, "Investigators said Tawfiq Rahimov rented a flat in Vienna in May 2021. "
                           "Rahimov paid the rent in cash, and neighbours rarely saw Rahimov leave.");
    expect_one(d, TL_PERSON, 3, "Tawfiq Rahimov", "Rahimov", NULL);
    /* The name is the fullest form, the surname an alias. */
    int e = find_ent(d, "Rahimov");
    assert_int_equal(d->entities[e].name.len, strlen("Tawfiq Rahimov"));
    check_mentions(d);
    tl_doc_free(d);
}

static void test_known_as_nickname(void **state) {
    tl_doc *d = run(state, "Police in Riga detained Ilgar Mammadli, known as Lotu Kerim, on Monday. "
                           "Prosecutors say Lotu Kerim ran the gang's finances.");
    expect_one(d, TL_PERSON, 3, "Ilgar Mammadli", "Lotu Kerim", NULL);
    check_mentions(d);
    tl_doc_free(d);
    d = run(state, "The suspect, Samir Guliyev, also known as Abu Dervish, was detained in Ganja.");
    expect_one(d, TL_PERSON, 2, "Samir Guliyev", "Abu Dervish", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* the person before an age and a home town */
    d = run(state, "Karim Tural Nasser, 47, of Lusk, Wyoming and Tampa, Florida, who is also known as \"Veterano\", was "
                   "arraigned.");
    expect_one(d, TL_PERSON, 2, "Karim Tural Nasser", "Veterano", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* names joined by slashes after "aka" */
    d = run(state, "Police named Karim Tural Nasser (aka Abu Tariq/Khalid/Kerim) as the cell's leader.");
    expect_one(d, TL_PERSON, 4, "Karim Tural Nasser", "Abu Tariq", "Khalid", "Kerim", NULL);
    tl_doc_free(d);
    /* a second name joined to the first by "and as" or "or" */
    d = run(state, "They are Samir Kerim Guliyev, also known as Abu Dervish and as Ibn Guliyev, and Tural Aliyev. "
                   "Guliyev led the cell.");
    expect_one(d, TL_PERSON, 4, "Samir Kerim Guliyev", "Abu Dervish", "Ibn Guliyev", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* "known as A and B," with the aside closed after B: both names */
    d = run(state, "Tarev Molkin, also known as Ivan Sorel and Piotr Vask, was arrested in Riga.");
    expect_one(d, TL_PERSON, 3, "Tarev Molkin", "Ivan Sorel", "Piotr Vask", NULL);
    check_mentions(d);
    tl_doc_free(d);
}

/* "alias X" names the mention right before it only ("Marco Delvi, alias
 * "Tarvo""): in "police captured alias "Tarvo" and alias "Menko"" neither
 * is the police nor the other; "an operation known as X" names the
 * operation, not the name before it. */
static void test_alias_next_to_its_name(void **state) {
    tl_doc *d = run(state, "Officers of the Korvanian National Police captured alias \"Tarvo\" and alias \"Menko\" on Monday.");
    int p = find_ent(d, "Korvanian National Police"), t = find_ent(d, "Tarvo"), m = find_ent(d, "Menko");
    assert_true(t >= 0 && m >= 0);
    assert_int_not_equal(t, p);
    assert_int_not_equal(t, m);
    assert_int_equal(d->entities[t].type, TL_PERSON);
    tl_doc_free(d);
    d = run(state, "Police said Marco Delvi, alias \"Tarvo\", was arrested in Cali.");
    expect_one(d, TL_PERSON, 2, "Marco Delvi", "Tarvo", NULL);
    tl_doc_free(d);
    d = run(state, "Soldiers of the Qarvan Liberation Army began an operation known as Dust Wave in May.");
    int a = find_ent(d, "Qarvan Liberation Army");
    assert_true(a >= 0);
    for (uint32_t k = 0; k < d->entities[a].n_aliases; k++)
        assert_false(d->entities[a].aliases[k].len == 9 && memcmp(d->entities[a].aliases[k].ptr, "Dust Wave", 9) == 0);
    tl_doc_free(d);
}

static void test_acronym_joins_expansion(void **state) {
    tl_doc *d = run(state, "Officers of the State Security Service (SSS) questioned the man in Baku for two days. "
                           "A spokesman for the SSS said he had confessed.");
    expect_one(d, TL_ORG, 3, "State Security Service", "SSS", NULL);
    check_mentions(d);
    tl_doc_free(d);
}

static void test_given_name_and_bracket_acronym(void **state) {
    /* a given name alone is the one person named in full before it */
    tl_doc *d = run(state, "Prosecutors said Dorian Valcourt bought the rifles in Lyon in March. "
                           "Dorian later sold them to a broker in Geneva.");
    expect_one(d, TL_PERSON, 2, "Dorian Valcourt", "Dorian", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* an acronym explained in square brackets, as in a quotation; "DoJ" for a
     * department "of" something; an office of a state is an organization */
    d = run(state, "\"He served in the VSK [Velmar Security Command] for years,\" the US Department of "
                   "Fisheries said. The Department of Fisheries, or DoJ as critics call it, said the VSK "
                   "trained him.");
    expect_one(d, TL_ORG, 2, "Velmar Security Command", "VSK", NULL);
    int dep = find_ent(d, "US Department of Fisheries");
    if (dep < 0) fail_msg("no department:%s", dump(d));
    assert_int_equal(d->entities[dep].type, TL_ORG);
    check_mentions(d);
    tl_doc_free(d);
    /* a province's office: its head after the province's name */
    d = run(state, "Police arrested a courier in Lusk. Investigators said the Zhejiang Province Department of "
                   "Public Security recruited him in 2019.");
    dep = find_ent(d, "Zhejiang Province Department of Public Security");
    if (dep < 0) fail_msg("no ministry:%s", dump(d));
    assert_int_equal(d->entities[dep].type, TL_ORG);
    tl_doc_free(d);
}

static void test_plural_nationality(void **state) {
    tl_doc *d = run(state, "Police detained two Georgians in Batumi last week. A third Georgian fled to Turkey.");
    expect_one(d, TL_NORP, 2, "Georgians", "Georgian", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* two demonyms of one country with one stem; not two of one state's nations */
    d = run(state, "Police detained three Azeris in a border village. The Azerbaijanis were freed on Monday. "
                   "A Scottish lawyer and a Welsh doctor watched.");
    expect_one(d, TL_NORP, 2, "Azeris", "Azerbaijanis", NULL);
    int sc = find_ent(d, "Scottish"), we = find_ent(d, "Welsh");
    if (sc >= 0 && we >= 0) assert_int_not_equal(sc, we);
    check_mentions(d);
    tl_doc_free(d);
}

/* A surname misspelled by one letter is the one person named in full
 * with that surname; a feminine form is someone else. */
static void test_misspelled_surname_joins(void **state) {
    tl_doc *d = run(state, "Police arrested Karim Tural Nasserov on Friday. Nasserv, who was born in Baku, denied "
                           "the charges.");
    expect_one(d, TL_PERSON, 2, "Karim Tural Nasserov", "Nasserv", NULL);
    tl_doc_free(d);
    d = run(state, "Police arrested Anna Volkova on Friday. Volkov, her husband, was not charged.");
    if (find_ent(d, "Volkov") >= 0 && find_ent(d, "Volkov") == find_ent(d, "Anna Volkova"))
        fail_msg("\"Volkov\" joined \"Anna Volkova\":%s", dump(d));
    tl_doc_free(d);
}

static void test_country_names_join(void **state) {
    tl_doc *d = run(state, "The US imposed sanctions on the network on Friday. The United States said the "
                           "USA would not negotiate with the group.");
    expect_one(d, TL_GPE, 3, "United States", "US", "USA", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* an organization's name opened by its country's people or by the
     * country: one body */
    d = run(state, "The Peruvian National Navy seized the boat. A Peru National Navy patrol found the crew.");
    expect_one(d, TL_ORG, 2, "Peruvian National Navy", "Peru National Navy", NULL);
    tl_doc_free(d);
    /* "the Navy" after it: the one navy named */
    d = run(state, "The Peruvian National Navy seized the boat on Monday. The Navy said the crew fled.");
    expect_one(d, TL_ORG, 2, "Peruvian National Navy", "Navy", NULL);
    tl_doc_free(d);
}

static void test_same_surname_stays_apart(void **state) {
    tl_doc *d = run(state, "Pavel Ostrovsky was arrested in Riga on Tuesday. His cousin Viktor Ostrovsky, a "
                           "businessman, was not charged. Ostrovsky told reporters he was innocent.");
    int p = find_ent(d, "Pavel Ostrovsky"), v = find_ent(d, "Viktor Ostrovsky");
    if (p < 0 || v < 0) fail_msg("missing a person:%s", dump(d));
    assert_int_not_equal(p, v);
    /* The bare surname could be either: it must not join one of them. */
    int s = find_ent(d, "Ostrovsky");
    assert_int_not_equal(s, p);
    assert_int_not_equal(s, v);
    check_mentions(d);
    tl_doc_free(d);
}

static void test_middle_name_joins(void **state) {
    /* a name without its middle name, or with an initial for it, is the
     * person named in full; the surname alone then has one person to join */
    tl_doc *d = run(state, "Dorian Valcourt\n\nDorian Mathis Valcourt (born 1961) is a French smuggler. "
                           "Police arrested Valcourt in Lyon in 2019.");
    expect_one(d, TL_PERSON, 3, "Dorian Mathis Valcourt", "Dorian Valcourt", "Valcourt", NULL);
    check_mentions(d);
    tl_doc_free(d);
    d = run(state, "Prosecutors said Pavel R. Ostrovsky sold the rifles. Pavel Robertovich Ostrovsky denied it.");
    expect_one(d, TL_PERSON, 2, "Pavel Robertovich Ostrovsky", "Pavel R. Ostrovsky", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* other given names, or another middle name, stay apart */
    d = run(state, "Pavel Ostrovsky was arrested in Riga. His cousin Viktor Ostrovsky and his son Pavel "
                   "Andreyevich Ostrovsky were not charged. Pavel R. Ostrovsky fled.");
    int a = find_ent(d, "Pavel Ostrovsky"), b = find_ent(d, "Viktor Ostrovsky");
    int c = find_ent(d, "Pavel Andreyevich Ostrovsky"), e = find_ent(d, "Pavel R. Ostrovsky");
    if (a < 0 || b < 0 || c < 0 || e < 0) fail_msg("missing a person:%s", dump(d));
    assert_int_not_equal(a, b);
    assert_int_not_equal(c, e);
    check_mentions(d);
    tl_doc_free(d);
}

/* Names of three words called by an inner word or by their last two:
 * "Guzman" of "Ovidio Guzman Lopez" (a paternal surname, also a given
 * name), "Colon Pico" of "Fabricio Colon Pico" (the tagger calls it a
 * place); one person, typed a person.  Two people with the inner word, or
 * one whose surname it is, leave it apart. */
static void test_inner_surname_joins(void **state) {
    tl_doc *d = run(state, "Mexican authorities arrested Ovidio Guzman Lopez in Culiacan. Guzman was extradited "
                           "to the United States in September.");
    expect_one(d, TL_PERSON, 2, "Ovidio Guzman Lopez", "Guzman", NULL);
    check_mentions(d);
    tl_doc_free(d);
    /* every repetition of the short name counts for the person, not for
     * the place the tagger read */
    d = run(state, "Prosecutors said Fabricio Colon Pico escaped from prison in January. Police later traced "
                   "Colon Pico to a town near the coast. Colon Pico was detained on Monday. Colon Pico had dyed "
                   "his hair. Officials said Colon Pico would be moved to a prison in the capital.");
    expect_one(d, TL_PERSON, 5, "Fabricio Colon Pico", "Colon Pico", NULL);
    check_mentions(d);
    tl_doc_free(d);
    d = run(state, "Police arrested Ovidio Guzman Lopez and Ivan Guzman Salazar in Culiacan. Guzman denied "
                   "the charges.");
    int a = find_ent(d, "Ovidio Guzman Lopez"), b = find_ent(d, "Ivan Guzman Salazar"), g = find_ent(d, "Guzman");
    if (a < 0 || b < 0) fail_msg("missing a person:%s", dump(d));
    assert_int_not_equal(g, a);
    assert_int_not_equal(g, b);
    tl_doc_free(d);
}

static void test_different_things_close_names(void **state) {
    /* A person named after a country is not the country, and a short name
     * that is also a place does not swallow it. */
    tl_doc *d = run(state, "Georgia Mills, a British lawyer, travelled to Georgia in 2019. Mills said "
                           "the Quds Force and the Quds Day rally were unrelated.");
    int person = find_ent(d, "Georgia Mills"), place = find_ent(d, "Georgia");
    if (person < 0 || place < 0) fail_msg("missing an entity:%s", dump(d));
    assert_int_not_equal(person, place);
    int force = find_ent(d, "Quds Force"), day = find_ent(d, "Quds Day");
    if (force >= 0 && day >= 0) assert_int_not_equal(force, day);
    check_mentions(d);
    tl_doc_free(d);
    /* "Pakistani Taliban" is listed as another body's name: "the Taliban"
     * stays apart from it; "Lebanese Hezbollah" is Hezbollah */
    d = run(state, "The Pakistani Taliban attacked a checkpoint. The Taliban denied any role.\n\n"
                   "Lebanese Hezbollah fired rockets. Hezbollah said it hit a base.");
    int ttp = find_ent(d, "Pakistani Taliban"), tal = find_ent(d, "Taliban");
    if (ttp < 0 || tal < 0) fail_msg("missing an entity:%s", dump(d));
    assert_int_not_equal(ttp, tal);
    assert_int_equal(find_ent(d, "Lebanese Hezbollah"), find_ent(d, "Hezbollah"));
    tl_doc_free(d);
}

/* Cases the recognizer gets wrong today.  They are not failures of this
 * suite (the recognizer is being tuned elsewhere), so the test prints each
 * gap and is skipped while any remains; it passes once all are fixed. */
static void test_known_gaps(void **state) {
    int gaps = 0;
    tl_doc *d = run(state, "Officers of the State Security Service (SSS) questioned him in Baku. "
                           "The SSS said he had confessed.");
    int e = find_ent(d, "SSS");
    if (e < 0 || d->entities[e].n_mentions < 3) {
        print_message("known gap: sentence-initial \"The SSS said\" is not a mention of the SSS\n");
        gaps++;
    }
    tl_doc_free(d);
    d = run(state, "Two Georgians were detained in Batumi.");
    e = find_ent(d, "Georgians");
    if (e < 0 || d->entities[e].type != TL_NORP) {
        print_message("known gap: \"Two Georgians\" at a sentence start is not NORP \"Georgians\":%s\n", dump(d));
        gaps++;
    }
    tl_doc_free(d);
    d = run(state, "The suspect, Samir Guliyev, also known as \"Dervish\", was detained.");
    if (find_ent(d, "Dervish") < 0 || find_ent(d, "Dervish") != find_ent(d, "Samir Guliyev")) {
        print_message("known gap: a one-word quoted nickname (\"Dervish\") is not recognized:%s\n", dump(d));
        gaps++;
    }
    tl_doc_free(d);
    d = run(state, "Georgia Mills, a British lawyer, travelled to Georgia in 2019.");
    e = find_ent(d, "Georgia Mills");
    if (e < 0 || d->entities[e].type != TL_PERSON) {
        print_message("known gap: \"Georgia Mills\" (given name that is a country) is not PERSON:%s\n", dump(d));
        gaps++;
    }
    tl_doc_free(d);
    assert_int_equal(gaps, 0); /* once gaps, now fixed: each is a regression test */
}

static void test_mention_offsets(void **state) {
    const char *text = "BAKU, 12 May 2022 -- Gen. Arash Kordani, a commander of the IRGC-Quds Force, met "
                       "Dmitri O'Brien in Istanbul. Kordani's aides denied it.";
    tl_doc *d = run(state, text);
    check_mentions(d);
    /* Offsets are into the input exactly as given. */
    assert_int_equal(d->len, strlen(text));
    assert_memory_equal(d->text, text, d->len);
    int e = find_ent(d, "Arash Kordani");
    if (e < 0) fail_msg("no Arash Kordani:%s", dump(d));
    const tl_entity *k = &d->entities[e];
    const tl_mention *m0 = &d->mentions[k->mentions[0]];
    assert_true(span_is(d, m0->start, m0->end, "Arash Kordani"));
    /* The possessive is not part of the mention. */
    int found = 0;
    for (uint32_t i = 0; i < k->n_mentions; i++) {
        const tl_mention *m = &d->mentions[k->mentions[i]];
        if (span_is(d, m->start, m->end, "Kordani") && d->text[m->end] == '\'') found = 1;
    }
    if (!found) fail_msg("possessive mention missing:%s", dump(d));
    assert_true(find_ent(d, "Dmitri O'Brien") >= 0);
    assert_string_equal(d->published, "2022-05-12");
    tl_doc_free(d);
}

static void test_invalid_utf8_offsets(void **state) {
    /* Invalid bytes before a name: replaced byte for byte, reported, and the
     * name's offsets still point at it in the original input. */
    const char text[] = "Junk \xFF\xFE\xC0 here. Tawfiq Rahimov\0met Levan Beridze in Tbilisi.";
    size_t n = sizeof text - 1;
    tl_doc *d = NULL;
    tl_error err = {0};
    assert_int_equal(tl_extract(*state, text, n, NULL, &d, &err), TL_OK);
    assert_int_equal(d->len, n);
    assert_string_equal(d->path, "-");
    assert_true(d->n_warnings >= 2);
    assert_int_equal(d->warnings[0].offset, 5);
    assert_int_equal(d->warnings[1].offset, (long long)(strchr(text + 9, '\0') - text));
    /* The id is the hash of the bytes as given, not as repaired. */
    char id[65];
    tl_sha256_hex(text, n, id);
    assert_string_equal(d->id, id);
    int e = find_ent(d, "Tawfiq Rahimov");
    if (e < 0) fail_msg("no Tawfiq Rahimov:%s", dump(d));
    const tl_mention *m = &d->mentions[d->entities[e].mentions[0]];
    assert_memory_equal(text + m->start, "Tawfiq Rahimov", m->end - m->start);
    check_mentions(d);
    for (size_t i = 0; i < d->len; i++) assert_int_not_equal(d->text[i], 0);
    tl_doc_free(d);
}

/* ---- JSON -------------------------------------------------------------- */

static json_t *to_json(const tl_doc *d, int flags) {
    char *buf = NULL;
    size_t len = 0;
    assert_int_equal(tl_doc_to_json(d, flags, &buf, &len), TL_OK);
    assert_non_null(buf);
    assert_int_equal(strlen(buf), len);
    json_error_t je;
    json_t *j = json_loadb(buf, len, 0, &je);
    if (!j) fail_msg("invalid JSON at %d: %s\n%s", je.position, je.text, buf);
    free(buf);
    return j;
}

static int is_str_or_null(json_t *v) { return v && (json_is_string(v) || json_is_null(v)); }

static void check_span_array(json_t *a, size_t doc_len) {
    assert_true(json_is_array(a));
    size_t i;
    json_t *sp;
    json_array_foreach(a, i, sp) {
        assert_true(json_is_array(sp) && json_array_size(sp) == 2);
        json_int_t s = json_integer_value(json_array_get(sp, 0)), e = json_integer_value(json_array_get(sp, 1));
        assert_true(json_is_integer(json_array_get(sp, 0)) && json_is_integer(json_array_get(sp, 1)));
        assert_true(0 <= s && s <= e && (size_t)e <= doc_len);
    }
}

/* Every field SPEC section 2 requires, with the right JSON types. */
static void check_spec_fields(json_t *j, const tl_doc *d) {
    assert_true(json_is_object(j));
    json_t *doc = json_object_get(j, "document");
    assert_true(json_is_object(doc));
    json_t *id = json_object_get(doc, "id");
    assert_true(json_is_string(id));
    assert_int_equal(strlen(json_string_value(id)), 64);
    assert_string_equal(json_string_value(id), d->id);
    assert_true(json_is_string(json_object_get(doc, "path")));
    assert_true(is_str_or_null(json_object_get(doc, "title")));
    json_t *pub = json_object_get(doc, "published");
    assert_true(is_str_or_null(pub));
    if (json_is_string(pub)) {
        size_t pl = strlen(json_string_value(pub));
        assert_true(pl == 4 || pl == 7 || pl == 10);
    }
    json_t *ents = json_object_get(j, "entities");
    assert_true(json_is_array(ents));
    assert_int_equal(json_array_size(ents), d->n_entities);
    size_t i;
    json_t *e;
    json_array_foreach(ents, i, e) {
        char want[32];
        snprintf(want, sizeof want, "e%zu", i + 1);
        assert_string_equal(json_string_value(json_object_get(e, "id")), want);
        const char *type = json_string_value(json_object_get(e, "type"));
        assert_non_null(type);
        assert_int_not_equal(tl_ent_type_parse(type), TL_ENT_NONE);
        assert_true(json_is_string(json_object_get(e, "name")));
        assert_true(json_string_length(json_object_get(e, "name")) > 0);
        json_t *al = json_object_get(e, "aliases");
        assert_true(json_is_array(al));
        size_t k;
        json_t *a;
        json_array_foreach(al, k, a) assert_true(json_is_string(a));
        check_span_array(json_object_get(e, "mentions"), d->len);
        assert_true(json_array_size(json_object_get(e, "mentions")) >= 1);
    }
    json_t *facts = json_object_get(j, "facts");
    assert_true(json_is_array(facts));
    json_t *f;
    json_array_foreach(facts, i, f) {
        assert_true(json_is_string(json_object_get(f, "id")));
        const char *type = json_string_value(json_object_get(f, "type"));
        assert_non_null(type);
        int ok = 0;
        for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) ok |= strcmp(type, tl_fact_type_name(t)) == 0;
        assert_true(ok);
        json_t *args = json_object_get(f, "args");
        assert_true(json_is_object(args));
        const char *role;
        json_t *v;
        json_object_foreach(args, role, v) {
            assert_true(json_is_string(v));
        }
        json_t *tm = json_object_get(f, "time");
        assert_true(tm && (json_is_null(tm) || (json_is_string(json_object_get(tm, "text")) &&
                                                json_is_string(json_object_get(tm, "value")))));
        assert_true(is_str_or_null(json_object_get(f, "place")));
        json_t *am = json_object_get(f, "amount");
        assert_true(am && (json_is_null(am) || json_is_number(json_object_get(am, "value"))));
        const char *mod = json_string_value(json_object_get(f, "modality"));
        assert_non_null(mod);
        assert_true(!strcmp(mod, "asserted") || !strcmp(mod, "reported") || !strcmp(mod, "alleged") ||
                    !strcmp(mod, "negated"));
        assert_true(is_str_or_null(json_object_get(f, "source")));
        check_span_array(json_object_get(f, "evidence"), d->len);
    }
}

static void test_json_spec_fields(void **state) {
    tl_doc *d = run(state, "Prosecutors charge courier over plot\n\n"
                           "VIENNA, October 3, 2021 -- Austrian police arrested Tawfiq Rahimov, a member of the "
                           "State Security Service (SSS), on Sunday, according to the Interior Ministry. Rahimov "
                           "allegedly paid Levan Beridze 30,000 US dollars in 2020 to watch a journalist.");
    for (int flags = 0; flags <= (TL_JSON_PRETTY | TL_JSON_WITH_TEXT); flags++) {
        json_t *j = to_json(d, flags);
        check_spec_fields(j, d);
        json_t *text = json_object_get(json_object_get(j, "document"), "text");
        if (flags & TL_JSON_WITH_TEXT) {
            assert_true(json_is_string(text));
            assert_int_equal(json_string_length(text), d->len);
        } else {
            assert_null(text);
        }
        assert_string_equal(json_string_value(json_object_get(json_object_get(j, "document"), "published")),
                            "2021-10-03");
        assert_string_equal(json_string_value(json_object_get(json_object_get(j, "document"), "title")),
                            "Prosecutors charge courier over plot");
        json_decref(j);
    }
    /* JSON mention offsets point at the names in the text. */
    json_t *j = to_json(d, 0);
    size_t i;
    json_t *e;
    json_array_foreach(json_object_get(j, "entities"), i, e) {
        size_t k;
        json_t *sp;
        json_array_foreach(json_object_get(e, "mentions"), k, sp) {
            size_t s = (size_t)json_integer_value(json_array_get(sp, 0));
            size_t en = (size_t)json_integer_value(json_array_get(sp, 1));
            const char *name = json_string_value(json_object_get(e, "name"));
            int ok = strlen(name) == en - s && memcmp(name, d->text + s, en - s) == 0;
            size_t q;
            json_t *a;
            json_array_foreach(json_object_get(e, "aliases"), q, a)
                ok |= json_string_length(a) == en - s && memcmp(json_string_value(a), d->text + s, en - s) == 0;
            assert_true(ok);
        }
    }
    json_decref(j);
    tl_doc_free(d);
}

static void test_json_hostile_text(void **state) {
    /* Quotes, backslashes, control characters and invalid UTF-8 inside names,
     * the title and the text: the JSON stays valid. */
    const char text[] = "\"Q\\uote\" \x01\x1b title \xFF\n\nThe \"Tailor\\\" Rahimov \x7f met \t Levan \xE2\x80\xA8 "
                        "Beridze in Tbilisi\r\n.";
    tl_doc *d = NULL;
    tl_error err = {0};
    assert_int_equal(tl_extract(*state, text, sizeof text - 1, "dir/\"odd\"\\name.txt", &d, &err), TL_OK);
    for (int flags = 0; flags <= (TL_JSON_PRETTY | TL_JSON_WITH_TEXT); flags++) {
        json_t *j = to_json(d, flags);
        check_spec_fields(j, d);
        assert_string_equal(json_string_value(json_object_get(json_object_get(j, "document"), "path")),
                            "dir/\"odd\"\\name.txt");
        json_decref(j);
    }
    tl_doc_free(d);
}

static void test_json_appends(void **state) {
    /* tl_doc_to_json appends to what the buffer holds. */
    tl_doc *d = run(state, "Levan Beridze was arrested.");
    char *buf = malloc(6);
    memcpy(buf, "xyz: ", 6);
    size_t len = 5;
    assert_int_equal(tl_doc_to_json(d, 0, &buf, &len), TL_OK);
    assert_memory_equal(buf, "xyz: {", 6);
    json_t *j = json_loads(buf + 5, 0, NULL);
    assert_non_null(j);
    json_decref(j);
    free(buf);
    tl_doc_free(d);
}

static void test_empty_document(void **state) {
    tl_doc *d = NULL;
    tl_error err = {0};
    assert_int_equal(tl_extract(*state, NULL, 0, "empty.txt", &d, &err), TL_OK);
    assert_int_equal(d->len, 0);
    assert_int_equal(d->n_entities, 0);
    assert_null(d->title);
    assert_string_equal(d->id, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    json_t *j = to_json(d, TL_JSON_PRETTY);
    check_spec_fields(j, d);
    assert_true(json_is_null(json_object_get(json_object_get(j, "document"), "title")));
    assert_true(json_is_null(json_object_get(json_object_get(j, "document"), "published")));
    json_decref(j);
    tl_doc_free(d);
}

/* Regression (fuzz crash-da39a3ee..., the empty input): a text with no
 * name at all made tl_ner_run pass NULL to qsort, and an empty document made
 * tl_sha256_hex pass NULL to memcpy (UBSan: nonnull argument). */
static void test_no_names(void **state) {
    const char *texts[] = {"", " ", "\n\n", "no names at all here.", "...", "\xff"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        tl_doc *d = NULL;
        tl_error err = {0};
        assert_int_equal(tl_extract(*state, texts[i], strlen(texts[i]), "x", &d, &err), TL_OK);
        assert_int_equal(d->n_entities, 0);
        assert_int_equal(d->n_mentions, 0);
        json_t *j = to_json(d, TL_JSON_PRETTY);
        check_spec_fields(j, d);
        json_decref(j);
        tl_doc_free(d);
    }
    /* NULL bytes with length 0 is an empty document too. */
    tl_doc *d = NULL;
    assert_int_equal(tl_extract(*state, NULL, 0, "x", &d, NULL), TL_OK);
    tl_doc_free(d);
}

static void test_errors(void **state) {
    tl_doc *d = (tl_doc *)0x1; /* must stay untouched on failure */
    tl_error err = {0};
    assert_int_equal(tl_extract(NULL, "x", 1, "p", &d, &err), TL_EINVAL);
    assert_int_equal(err.code, TL_EINVAL);
    assert_true(strlen(err.msg) > 0);
    assert_int_equal(tl_extract(*state, NULL, 5, "p", &d, &err), TL_EINVAL);
    assert_int_equal(tl_extract(*state, "x", 1, "p", NULL, &err), TL_EINVAL);
    assert_int_equal(tl_extract(*state, NULL, 5, "p", &d, NULL), TL_EINVAL); /* err may be NULL */
    assert_ptr_equal(d, (tl_doc *)0x1);

    tl_options o = {0};
    o.max_bytes = 10;
    tl_extractor *small = tl_extractor_new(&o, &err);
    assert_non_null(small);
    assert_int_equal(tl_extract(small, "0123456789A", 11, "p", &d, &err), TL_ETOOBIG);
    assert_int_equal(err.code, TL_ETOOBIG);
    assert_ptr_equal(d, (tl_doc *)0x1);
    assert_int_equal(tl_extract(small, "0123456789", 10, "p", &d, &err), TL_OK);
    tl_doc_free(d);
    tl_extractor_free(small);

    o.max_bytes = 0;
    o.published = "2021-13";
    o.published = "21-10-03";
    memset(&err, 0, sizeof err);
    assert_null(tl_extractor_new(&o, &err));
    assert_int_equal(err.code, TL_EINVAL);
    o.published = NULL;
    o.model_path = "/nonexistent/ner.model";
    memset(&err, 0, sizeof err);
    assert_null(tl_extractor_new(&o, &err));
    assert_true(err.code == TL_EIO || err.code == TL_EFORMAT);
    assert_true(strlen(err.msg) > 0);

    tl_extractor_free(NULL);
    tl_doc_free(NULL);
    assert_string_equal(tl_status_name(TL_ETOOBIG), "TL_ETOOBIG");
    assert_string_equal(tl_status_name(TL_OK), "TL_OK");
    assert_non_null(tl_status_name(-1000));
    assert_non_null(tl_status_name(5));
}

static void test_forced_published(void **state) {
    (void)state;
    tl_options o = {0};
    o.published = "2024-02-07";
    tl_error err = {0};
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    tl_doc *d = NULL;
    const char *t = "MINSK, July 3, 2019 -- Nothing happened.";
    assert_int_equal(tl_extract(ex, t, strlen(t), "x", &d, &err), TL_OK);
    assert_string_equal(d->published, "2024-02-07");
    tl_doc_free(d);
    tl_extractor_free(ex);
}

static void test_names_of_enums(void **state) {
    (void)state;
    for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) {
        const char *n = tl_ent_type_name(t);
        assert_non_null(n);
        assert_int_equal(tl_ent_type_parse(n), t);
    }
    assert_null(tl_ent_type_name(TL_ENT_TYPE_COUNT));
    assert_null(tl_ent_type_name(-1));
    assert_int_equal(tl_ent_type_parse("WEAPON"), TL_ENT_NONE);
    for (int t = 0; t < TL_FACT_TYPE_COUNT; t++) {
        assert_non_null(tl_fact_type_name(t));
        /* Role 0 always exists; ARRESTED, CHARGED, EXTRADITED have their
         * second participant ("by", "to") as the optional role 2. */
        assert_non_null(tl_fact_role_name(t, 0));
        assert_true(tl_fact_role_name(t, 1) || tl_fact_role_name(t, 2));
    }
    assert_null(tl_fact_type_name(TL_FACT_TYPE_COUNT));
    assert_null(tl_fact_role_name(TL_FACT_TYPE_COUNT, 0));
    assert_null(tl_fact_role_name(0, TL_FACT_MAX_ROLES));
    assert_string_equal(tl_modality_name(TL_ALLEGED), "alleged");
    assert_null(tl_modality_name(4));
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = malloc(1 << 20);
    *len = b ? fread(b, 1, 1 << 20, f) : 0;
    fclose(f);
    return b;
}

/* Everything extraction decided about a document: the JSON and every
 * token's fields (tags included), as one string to compare. */
static char *fingerprint(const tl_doc *d) {
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(tl_doc_to_json(d, TL_JSON_WITH_TEXT, &out, &len), TL_OK);
    size_t cap = len + (size_t)d->n_tokens * 48 + 1;
    char *fp = malloc(cap);
    assert_non_null(fp);
    memcpy(fp, out, len);
    size_t o = len;
    fp[o] = 0;
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        const tl_token *t = &d->tokens[i];
        o += (size_t)snprintf(fp + o, cap - o, "|%u,%u,%x,%u,%u,%u", t->start, t->end, t->flags, t->sent, t->pos, t->ner);
    }
    free(out);
    return fp;
}

/* A workspace kept over many documents, one that starts over constantly
 * (the smallest budget) and none at all give the same documents. */
static void test_workspace_same_results(void **state) {
    const tl_extractor *ex = *state;
    static const char *files[] = {"examples/01-murder-for-hire-plot.txt", "examples/02-spy-ring-arrests.txt",
                                  "examples/03-militia-state-sponsor.txt", "examples/04-sanctions-notice.txt",
                                  "examples/05-sentencing-report.txt", "examples/06-crime-network-leadership.txt",
                                  "tests/data/report1.txt", "tests/data/report2.txt"};
    static const char *texts[] = {
        "", "x", "Ali Hassan met Ali Hassan in Tehran on 3 May 2021.",
        "ISTANBUL — Ümit Çelik, a Turkish national, was arrested by police in İzmir.",
        "Gen. Qasem Soleimani, the IRGC-Quds Force commander, was killed in Baghdad.",
        "He said: \"The U.S. Treasury sanctioned Sahand Tejarat Pars Co. for $5 million.\""};
    static const char bad[] = "Bad \xff\xfe bytes\x00 and\tcontrol chars in Paris, France.";
    enum { NF = sizeof files / sizeof *files, NT = sizeof texts / sizeof *texts, N = NF + NT + 1 };
    char *doc[N];
    size_t len[N];
    for (int i = 0; i < NF; i++) {
        doc[i] = slurp(files[i], &len[i]);
        assert_non_null(doc[i]);
    }
    for (int i = 0; i < NT; i++) {
        doc[NF + i] = strdup(texts[i]);
        assert_non_null(doc[NF + i]);
        len[NF + i] = strlen(texts[i]);
    }
    doc[N - 1] = malloc(sizeof bad); /* with its NUL byte inside */
    assert_non_null(doc[N - 1]);
    memcpy(doc[N - 1], bad, sizeof bad);
    len[N - 1] = sizeof bad - 1;
    char *want[N];
    tl_error err = {0};
    for (int i = 0; i < N; i++) {
        tl_doc *d = NULL;
        assert_int_equal(tl_extract(ex, doc[i], len[i], "t", &d, &err), TL_OK);
        want[i] = fingerprint(d);
        tl_doc_free(d);
    }
    tl_workspace *kept = tl_workspace_new(ex, 0), *tiny = tl_workspace_new(ex, 1);
    assert_non_null(kept);
    assert_non_null(tiny);
    for (int pass = 0; pass < 3; pass++) { /* later passes find every word remembered */
        for (int i = 0; i < N; i++) {
            tl_workspace *ws[2] = {kept, tiny};
            for (int k = 0; k < 2; k++) {
                tl_doc *d = NULL;
                assert_int_equal(tl_extract_ws(ex, ws[k], doc[i], len[i], "t", &d, &err), TL_OK);
                char *got = fingerprint(d);
                if (strcmp(got, want[i]) != 0) fail_msg("document %d differs with workspace %d, pass %d", i, k, pass);
                free(got);
                tl_doc_free(d);
            }
        }
    }
    /* NULL workspace: plain tl_extract; a workspace of another extractor: EINVAL. */
    tl_doc *d = NULL;
    assert_int_equal(tl_extract_ws(ex, NULL, doc[0], len[0], "t", &d, &err), TL_OK);
    char *got = fingerprint(d);
    assert_string_equal(got, want[0]);
    free(got);
    tl_doc_free(d);
    tl_extractor *other = tl_extractor_new(NULL, &err);
    assert_non_null(other);
    d = NULL;
    assert_int_equal(tl_extract_ws(other, kept, doc[0], len[0], "t", &d, &err), TL_EINVAL);
    assert_null(d);
    assert_int_equal(err.code, TL_EINVAL);
    tl_extractor_free(other);
    assert_null(tl_workspace_new(NULL, 0));
    tl_workspace_free(NULL);
    tl_workspace_free(kept);
    tl_workspace_free(tiny);
    for (int i = 0; i < N; i++) {
        free(doc[i]);
        free(want[i]);
    }
}

/* A document longer than one window: extracted window by window, with
 * offsets into the whole text, entities joined across windows, and the
 * same result whether the text is copied or handed over. */
static void test_long_document_windows(void **state) {
    tl_extractor *ex = *state;
    const char *para[] = {
        "Mara Quell, a commander of the Northwind Council, met Tobin Vance in Oslo on 3 March 2021. ",
        "Quell later travelled to Lisbon, where police arrested Vance. ",
        "The Northwind Council denied that Quell had recruited anyone.\n\n",
    };
    size_t cap = (size_t)3 << 20, n = 0;
    char *s = malloc(cap + 128);
    assert_non_null(s);
    for (size_t k = 0; n + 400 < cap / 2; k++) {
        const char *p = para[k % 3];
        memcpy(s + n, p, strlen(p));
        n += strlen(p);
    }
    /* then one run with no line break and no sentence end */
    while (n + 14 < cap) {
        memcpy(s + n, "and then more ", 14);
        n += 14;
    }
    const char *tail = "Finally Mara Quell returned to Oslo.";
    memcpy(s + n, tail, strlen(tail));
    n += strlen(tail);
    s[n] = 0;
    tl_error err = {0};
    tl_doc *d = NULL;
    assert_int_equal(tl_extract(ex, s, n, "long.txt", &d, &err), TL_OK);
    check_mentions(d);
    assert_int_equal(d->len, n);
    int quell = find_ent(d, "Mara Quell");
    if (quell < 0) fail_msg("no Mara Quell in the long document");
    /* one entity for every window, its last mention at the very end */
    assert_true(d->entities[quell].n_mentions > 1000);
    const tl_mention *last = &d->mentions[d->entities[quell].mentions[d->entities[quell].n_mentions - 1]];
    assert_int_equal(last->start, n - strlen(tail) + 8);
    for (uint32_t i = 0; i < d->n_sentences; i++) {
        assert_true(d->sentences[i].start < d->sentences[i].end && d->sentences[i].end <= n);
        assert_true(d->sentences[i].tok_end - d->sentences[i].tok_begin <= 400);
    }
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        assert_true(f->evidence.start < f->evidence.end && f->evidence.end <= n);
        for (int r = 0; r < TL_FACT_MAX_ROLES; r++) assert_true(f->args[r] < (int32_t)d->n_entities);
    }
    assert_true(d->n_facts > 0);
    char *a = NULL, *b = NULL;
    size_t al = 0, bl = 0;
    assert_int_equal(tl_doc_to_json(d, 0, &a, &al), TL_OK);
    tl_doc_free(d);
    /* handed over: the same document */
    char *own = malloc(n + 1);
    assert_non_null(own);
    memcpy(own, s, n);
    d = NULL;
    assert_int_equal(tl_extract_take(ex, NULL, own, n, "long.txt", &d, &err), TL_OK);
    assert_int_equal(tl_doc_to_json(d, 0, &b, &bl), TL_OK);
    assert_true(al == bl && memcmp(a, b, al) == 0);
    tl_doc_free(d);
    free(a);
    free(b);
    free(s);
}

/* "Jiangsu Province Ministry of State Security" ... "China's Ministry of
 * State Security": a province's office and the national body a country's
 * possessive names are two things. */
static void test_local_office_apart_from_national(void **state) {
    tl_doc *d = run(state, "Xu worked for the Jiangsu Province Ministry of State Security. The provincial department is "
                           "part of China's Ministry of State Security.");
    int a = find_ent(d, "Jiangsu Province Ministry of State Security"), b = find_ent(d, "Ministry of State Security");
    assert_true(a >= 0 && b >= 0);
    assert_int_not_equal(a, b);
    tl_doc_free(d);
    d = run(state, "Xu worked for the Jiangsu Province Ministry of State Security. The Ministry of State Security "
                   "denied it.");
    assert_int_equal(find_ent(d, "Jiangsu Province Ministry of State Security"), find_ent(d, "Ministry of State Security"));
    tl_doc_free(d);
}

/* "Georg" after "Gladys George": a given name alone is a name of its own,
 * no misspelling of a surname. */
static void test_given_name_no_misspelling(void **state) {
    tl_doc *d = run(state, "Gladys George starred in the film. Mauk was born in 1950.\nMauk's father, Georg, died of "
                           "cancer when Mauk was 15.\n");
    int a = find_ent(d, "Gladys George"), b = find_ent(d, "Georg");
    assert_true(a >= 0 && b >= 0);
    assert_int_not_equal(a, b);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_surname_joins_full_name),
        cmocka_unit_test(test_known_as_nickname),
        cmocka_unit_test(test_local_office_apart_from_national),
        cmocka_unit_test(test_given_name_no_misspelling),
        cmocka_unit_test(test_alias_next_to_its_name),
        cmocka_unit_test(test_given_name_and_bracket_acronym),
        cmocka_unit_test(test_acronym_joins_expansion),
        cmocka_unit_test(test_plural_nationality),
        cmocka_unit_test(test_country_names_join), cmocka_unit_test(test_misspelled_surname_joins),
        cmocka_unit_test(test_same_surname_stays_apart),
        cmocka_unit_test(test_middle_name_joins),
        cmocka_unit_test(test_inner_surname_joins),
        cmocka_unit_test(test_different_things_close_names),
        cmocka_unit_test(test_known_gaps),
        cmocka_unit_test(test_mention_offsets),
        cmocka_unit_test(test_invalid_utf8_offsets),
        cmocka_unit_test(test_json_spec_fields),
        cmocka_unit_test(test_json_hostile_text),
        cmocka_unit_test(test_json_appends),
        cmocka_unit_test(test_empty_document),
        cmocka_unit_test(test_no_names),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_forced_published),
        cmocka_unit_test(test_names_of_enums),
        cmocka_unit_test(test_workspace_same_results),
        cmocka_unit_test(test_long_document_windows),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
