/* test_ent_alias.c -- other names a group is given where it is named (tl_ent_alias.c): parenthesized lists, ", or ACR", "formerly". */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "extract_fixture.h"
#include "tl_ent_alias.h"

static int setup(void **state) { return extract_setup_at(state, NULL); }

/* Index of the entity holding `name` (name or alias), or -1. */
static int ent_of(const tl_doc *d, const char *name) {
    for (uint32_t i = 0; i < d->n_entities; i++)
        if (named(d, (int32_t)i, name)) return (int)i;
    return -1;
}

static int type_of(const tl_doc *d, const char *name) {
    int e = ent_of(d, name);
    return e < 0 ? -1 : d->entities[e].type;
}

/* The acronym of a name in another language has other initials: the
 * first word in the parenthesis is still its other name, also when more
 * follows it and when the acronym was named alone before. */
static void test_paren_acronym_other_initials(void **state) {
    tl_doc *d = run(state, "Police in Ruritania said the Popular Liberation Front (EPL, in Spanish) attacked a "
                           "convoy on Monday. The EPL later denied it.\n");
    int e = ent_of(d, "Popular Liberation Front");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "EPL"), e);
    assert_int_equal(d->entities[e].type, TL_ORG);
    tl_doc_free(d);
    d = run(state, "The KDV claimed the attack in Zenda. Officials blamed the Kavan Defence Army (KDV) for it.\n");
    e = ent_of(d, "Kavan Defence Army");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "KDV"), e);
    tl_doc_free(d);
}

/* "(ACR, formerly Y)" and "ACR, formerly Y": the old name too. */
static void test_formerly(void **state) {
    tl_doc *d = run(state, "Analysts said Harakat Tahrir al-Wadi (HTW, formerly Jabhat al-Qamar) controls the "
                           "valley. HTW fighters clashed with the army.\n");
    int e = ent_of(d, "Harakat Tahrir al-Wadi");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "HTW"), e);
    assert_int_equal(ent_of(d, "Jabhat al-Qamar"), e);
    tl_doc_free(d);
}

/* ", or ACR," after a group's name. */
static void test_or_acronym(void **state) {
    tl_doc *d = run(state, "Officials said the Northern Salvation Army, or JAS, recruited fighters in Zenda. The "
                           "JAS grew in 2020.\n");
    int e = ent_of(d, "Northern Salvation Army");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "JAS"), e);
    tl_doc_free(d);
}

/* A parenthesized list of names: each is the group's. */
static void test_paren_list(void **state) {
    tl_doc *d = run(state, "The Greater Caliphate Network trained recruits in Zenda. Sources said the Greater "
                           "Caliphate Network (GCL, KDN and others) had split.\n");
    int e = ent_of(d, "Greater Caliphate Network");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "GCL"), e);
    assert_int_equal(ent_of(d, "KDN"), e);
    tl_doc_free(d);
}

/* Places and nationalities get no other name from a parenthesis: a wire
 * credit after a dateline, a country's code. */
static void test_places_keep_names(void **state) {
    tl_doc *d = run(state, "Officials in Ruritania (KDA, the local army) said the KDA attacked a convoy.\n");
    int r = ent_of(d, "Ruritania");
    assert_true(r >= 0);
    assert_true(ent_of(d, "KDA") >= 0);
    assert_int_not_equal(ent_of(d, "KDA"), r);
    assert_int_equal(type_of(d, "Ruritania"), TL_GPE);
    tl_doc_free(d);
    /* Two groups named one after another with "or" between are not one. */
    d = run(state, "It was unclear whether the Kavan Defence Army, or the Popular Liberation Front, fired first.\n");
    assert_true(ent_of(d, "Kavan Defence Army") >= 0);
    assert_int_not_equal(ent_of(d, "Kavan Defence Army"), ent_of(d, "Popular Liberation Front"));
    tl_doc_free(d);
}

/* The word a US department goes by, from its several names. */
static void test_dept_core(void **state) {
    (void)state;
    const char *yes[][2] = {{"u.s. treasury", "treasury"}, {"treasury department", "treasury"},
                            {"department of the treasury", "treasury"}, {"us department of justice", "justice"},
                            {"justice department", "justice"}, {"u.s. state department", "state"}};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
        size_t off = 0, n = tl_ent_alias_dept_core(yes[i][0], strlen(yes[i][0]), &off);
        assert_int_equal(n, strlen(yes[i][1]));
        assert_memory_equal(yes[i][0] + off, yes[i][1], n);
    }
    const char *no[] = {"u.s. army", "treasury", "department of homeland security", "the department", "department",
                        "zendan defence department", "us"};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
        size_t off = 0;
        assert_int_equal(tl_ent_alias_dept_core(no[i], strlen(no[i]), &off), 0);
    }
}

/* In a report: one entity for the department's names; "U.S. Army" and
 * another army stay apart. */
static void test_dept_names_join(void **state) {
    tl_doc *d = run(state, "The U.S. Treasury sanctioned Zendan Bank. The Treasury Department said the bank moved "
                           "money for the Zendan Army. The U.S. Army was not involved.\n");
    int e = ent_of(d, "Treasury Department");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "U.S. Treasury"), e);
    assert_int_not_equal(ent_of(d, "U.S. Army"), ent_of(d, "Zendan Army"));
    tl_doc_free(d);
    /* "Treasury said" after the department's full name */
    d = run(state, "The Treasury Department on Friday sanctioned Omar Haddad. The network was run by Ivo Brankov, who "
                   "has worked with the Zendan Army, Treasury said.\n");
    e = ent_of(d, "Treasury Department");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "Treasury"), e);
    tl_doc_free(d);
}

/* One body under the same name, though the tagger read one mention as a
 * person's ("The leader of Al Velvab, Omar Haddad,"); a sentence opened
 * by "His real name was Y" names the person just named. */
static void test_same_name_and_real_name(void **state) {
    tl_doc *d = run(state, "Al Velvab militants attacked a base in Velvinsk on Tuesday.\n\nThe leader of Al Velvab, "
                           "Omar Haddad, spoke.\n");
    int n = 0;
    for (uint32_t i = 0; i < d->n_entities; i++)
        n += d->entities[i].name.len == 9 && memcmp(d->entities[i].name.ptr, "Al Velvab", 9) == 0;
    assert_int_equal(n, 1);
    tl_doc_free(d);
    d = run(state, "The commander, known by the alias \"Uriel,\" was a member of the Kessel Brigade. His real name was "
                   "Omar Velvo Haddad.\n");
    int e = ent_of(d, "Omar Velvo Haddad");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "Uriel"), e);
    tl_doc_free(d);
}

/* A well-known organization's other names (data/lexicon/org_aliases.txt)
 * are one entity, whichever comes first; its province is another. */
static void test_listed_org_names_join(void **state) {
    tl_doc *d = run(state, "ISIS fighters crossed the border on Monday. The Islamic State later released a video, "
                           "and Daesh named the bombers. ISIL has lost most of its territory, while ISIS-K "
                           "claimed an attack in Kabul.\n");
    int e = ent_of(d, "Islamic State");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "ISIS"), e);
    assert_int_equal(ent_of(d, "Daesh"), e);
    assert_int_equal(ent_of(d, "ISIL"), e);
    assert_int_not_equal(ent_of(d, "ISIS-K"), e);
    tl_doc_free(d);
    d = run(state, "Hizballah fired rockets at the border. Hezbollah said the strike was a response.\n");
    e = ent_of(d, "Hezbollah");
    assert_true(e >= 0);
    assert_int_equal(ent_of(d, "Hizballah"), e);
    tl_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_paren_acronym_other_initials),
        cmocka_unit_test(test_formerly),
        cmocka_unit_test(test_or_acronym),
        cmocka_unit_test(test_paren_list),
        cmocka_unit_test(test_places_keep_names),
        cmocka_unit_test(test_dept_core),
        cmocka_unit_test(test_dept_names_join),
        cmocka_unit_test(test_same_name_and_real_name),
        cmocka_unit_test(test_listed_org_names_join),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
