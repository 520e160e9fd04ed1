/* test_fact_tree.c -- unit tests of the facts read from dependency trees (tl_fact_tree.c), on invented sentences. */
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
#include "tl_dep.h"

static tl_doc *run_on(const tl_extractor *ex, const char *text) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* Is there a fact of `type` from the entity named a to the one named b (b
 * NULL: a one-role fact of a)? */
static int has(const tl_doc *d, int type, const char *a, const char *b) {
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type == type && named(d, f->args[0], a) && (!b || named(d, f->args[1], b))) return 1;
    }
    return 0;
}

/* The fact is found with the tree and (where the word frames miss it)
 * not without. */
static void check(void **state, const char *text, int type, const char *a, const char *b, int frames_miss) {
    pair *p = *state;
    tl_doc *d = run_on(p->tree, text);
    if (!has(d, type, a, b)) fail_msg("no %d(%s, %s) in: %s", type, a, b ? b : "-", text);
    tl_doc_free(d);
    if (frames_miss) {
        d = run_on(p->flat, text);
        if (has(d, type, a, b)) fail_msg("the frames alone already find %d(%s, %s): %s", type, a, b ? b : "-", text);
        tl_doc_free(d);
    }
}

static void check_not(void **state, const char *text, int type, const char *a, const char *b) {
    pair *p = *state;
    tl_doc *d = run_on(p->tree, text);
    if (has(d, type, a, b)) fail_msg("unexpected %d(%s, %s) in: %s", type, a, b ? b : "-", text);
    tl_doc_free(d);
}

/* A controlled verb takes the subject of the verb that controls it, and
 * an object standing for names in apposition stands for each of them. */
static void test_control_and_apposition(void **state) {
    const char *t = "Morven Tallis, who was born in Norway and raised in Leeds, was accused of conspiring to kill "
                    "three British engineers - Mr Alan Pryce, Mr Owen Garside and Mr Rhys Mabley.\n";
    check(state, t, TL_ATTACKED, "Morven Tallis", "Alan Pryce", 1);
    check(state, t, TL_ATTACKED, "Morven Tallis", "Owen Garside", 1);
    check(state, t, TL_ATTACKED, "Morven Tallis", "Rhys Mabley", 1);
}

/* A relative pronoun stands for the noun its clause modifies, as subject or object ("X, which Y opposed"). */
static void test_relative_clause(void **state) {
    check(state, "The militia shelled Orsk Petroleum, which the Varnak Front had opposed for a decade.\n",
          TL_OPPOSES, "Varnak Front", "Orsk Petroleum", 1);
}

/* Coordinated verbs share their subject: "X recruited A and funded B". */
static void test_coordinated_verbs(void **state) {
    check(state, "The Sable Network recruited Piotr Lanski in 2019 and, after a long dispute over money, funded "
                 "the Tamar Liberation Front.\n",
          TL_SUPPORTS, "Sable Network", "Tamar Liberation Front", 1);
}

/* A possessor the parser took for the subject is no argument of the
 * verb: the person its apposition names is.  "X's marrying Y" stays X's. */
static void test_possessor_not_subject(void **state) {
    const char *t = "Omar Talib's brother-in-law, Samir Nasser, was detained.\n";
    check(state, t, TL_ARRESTED, "Samir Nasser", NULL, 0);
    check_not(state, t, TL_ARRESTED, "Omar Talib", NULL);
}

/* What the tree does not say is not made up: a name in another clause is
 * no argument of the trigger. */
static void test_no_cross_clause(void **state) {
    check_not(state, "Kemal Arslan lived in Ankara before Selin Demir attacked a bank in Izmir.\n", TL_ATTACKED,
              "Kemal Arslan", "Selin Demir");
}

/* The fields of two fact lists that the memo could change, compared one by
 * one (a struct compare would read padding). */
static void same_facts(const tl_fact *a, uint32_t na, const tl_doc *d) {
    assert_int_equal(na, d->n_facts);
    for (uint32_t k = 0; k < na; k++) {
        const tl_fact *b = &d->facts[k];
        assert_int_equal(a[k].type, b->type);
        assert_int_equal(a[k].modality, b->modality);
        assert_int_equal(a[k].status, b->status);
        for (int r = 0; r < TL_FACT_MAX_ROLES; r++) assert_int_equal(a[k].args[r], b->args[r]);
        assert_int_equal(a[k].place, b->place);
        assert_int_equal(a[k].evidence.start, b->evidence.start);
        assert_int_equal(a[k].evidence.end, b->evidence.end);
        assert_true(a[k].confidence == b->confidence);
    }
}

/* The parser's word memo a worker keeps across documents: the fact pass
 * makes it on the first parse, fills it, then finds the words there, and
 * the facts are those found without it. */
static void test_parser_memo_across_documents(void **state) {
    pair *p = *state;
    const char *t = "Police said Morven Tallis attacked Owen Garside in Leeds. Prosecutors later charged "
                    "Morven Tallis, who was arrested by officers of the Northern Unit, with assault.\n";
    tl_doc *d = run_on(p->tree, t);
    tl_error err;
    tl_fact_ctx *c = tl_fact_ctx_new(&err);
    tl_gaz *g = tl_gaz_open();
    assert_non_null(c);
    assert_non_null(g);
    /* without a memo: the reference facts */
    assert_int_equal(tl_fact_run(c, g, NULL, NULL, d), TL_OK);
    uint32_t n = d->n_facts;
    assert_true(n >= 1);
    tl_fact *ref = malloc(n * sizeof *ref);
    assert_non_null(ref);
    memcpy(ref, d->facts, n * sizeof *ref);
    /* first document: the memo is made and filled */
    tl_dep_cache *dc = NULL;
    assert_int_equal(tl_fact_run(c, g, NULL, &dc, d), TL_OK);
    assert_non_null(dc);
    same_facts(ref, n, d);
    size_t hits1, miss1, hits2, miss2;
    tl_dep_cache_stats(dc, &hits1, &miss1);
    assert_true(miss1 > 0);
    /* the same words again: found in the memo, none scored anew */
    tl_dep_cache *kept = dc;
    assert_int_equal(tl_fact_run(c, g, NULL, &dc, d), TL_OK);
    assert_ptr_equal(dc, kept);
    same_facts(ref, n, d);
    tl_dep_cache_stats(dc, &hits2, &miss2);
    assert_int_equal(miss2, miss1);
    assert_true(hits2 >= hits1 + miss1);
    tl_dep_cache_free(dc);
    free(ref);
    tl_gaz_close(g);
    tl_fact_ctx_free(c);
    tl_doc_free(d);
}

/* The workspace of a thread carries the memo from one document to the
 * next: the same facts through a workspace as without one. */
static void test_workspace_same_facts(void **state) {
    pair *p = *state;
    const char *t[2] = {"Police said Morven Tallis attacked Owen Garside in Leeds.\n",
                        "Prosecutors charged Owen Garside, who had attacked Morven Tallis in Leeds, with assault.\n"};
    tl_workspace *ws = tl_workspace_new(p->tree, 0);
    assert_non_null(ws);
    for (int k = 0; k < 2; k++) {
        tl_doc *a = run_on(p->tree, t[k]), *b = NULL;
        tl_error err;
        assert_int_equal(tl_extract_ws(p->tree, ws, t[k], strlen(t[k]), "t.txt", &b, &err), TL_OK);
        same_facts(a->facts, a->n_facts, b);
        tl_doc_free(a);
        tl_doc_free(b);
    }
    tl_workspace_free(ws);
}

/* The people hit stand for the state or group they serve: a nationality
 * or an organization before a noun of people or forces ("nine Estonian
 * soldiers", "two Sable Network commanders"), through coordination. */
static void test_attack_group_victims(void **state) {
    const char *t = "The Tamar Liberation Front killed nine Estonian soldiers and two Sable Network commanders near Tesk.\n";
    check(state, t, TL_ATTACKED, "Tamar Liberation Front", "Estonian", 1);
    check(state, t, TL_ATTACKED, "Tamar Liberation Front", "Sable Network", 1);
    /* a nationality before the posts of its state stands for the state */
    check(state, "The Tamar Liberation Front attacked Estonian positions near Tesk on Sunday.\n", TL_ATTACKED,
          "Tamar Liberation Front", "Estonian", 0);
    /* places and posts of a group: "struck Sable Network targets" */
    check(state, "The Tamar Liberation Front struck Sable Network hideouts near Tesk.\n", TL_ATTACKED,
          "Tamar Liberation Front", "Sable Network", 0);
    /* the backer of a group is no side: "strikes against Estonia-backed militia targets" */
    check_not(state, "The Tamar Liberation Front carried out strikes against Estonia-backed militia targets in Tesk.\n",
              TL_ATTACKED, "Tamar Liberation Front", "Estonia");
}

/* The weapon stands for who used it ("a Latvian drone strike killed"); a
 * noun that names its people is them, not their nationality. */
static void test_attack_weapon_owner(void **state) {
    check(state, "Officials said on Monday that a Latvian drone strike near the border had killed two Sable Network "
                 "commanders.\n",
          TL_ATTACKED, "Latvian", "Sable Network", 1);
    const char *t = "A Latvian drone strike in Tesk killed Estonian commander Piotr Lanski.\n";
    check(state, t, TL_ATTACKED, "Latvian", "Piotr Lanski", 0);
    check_not(state, t, TL_ATTACKED, "Latvian", "Estonian");
    check_not(state, "A Latvian air strike killed a senior Sable Network commander, Piotr Lanski, on Tuesday.\n",
              TL_ATTACKED, "Latvian", "Sable Network");
}

/* An attack noun under a verb of doing has the verb's subject as its
 * attacker, and the target the parser hung on either; a verb that only
 * speaks of the attack names no attacker.  A plural people's name before
 * a participle is the people ("Israelis living on the island"), for the
 * frames too. */
static void test_attack_support_verb(void **state) {
    check(state,
          "Regional tensions rose after the Varnak Front launched rocket and mortar attacks on the Tamar Liberation "
          "Front over the weekend in retaliation for a deadly Latvian strike on the Sable Network's headquarters in "
          "Tesk.\n",
          TL_ATTACKED, "Varnak Front", "Tamar Liberation Front", 0); /* the frames read the clause after "after" too now */
    check_not(state, "The Varnak Front condemned the attacks on the Tamar Liberation Front.\n", TL_ATTACKED,
              "Varnak Front", "Tamar Liberation Front");
    check(state, "In 2021, Piotr Lanski was arrested in Riga accused of trying to carry out a terrorist attack "
                 "against Israelis living on the island.\n",
          TL_ATTACKED, "Piotr Lanski", "Israelis", 0);
    /* the word frames read "on" after an "of" attack noun too now */
    check(state, "Piotr Lanski agreed to carry out the assassination attempt on Daniel Kowalski in Warsaw.\n",
          TL_ATTACKED, "Piotr Lanski", "Daniel Kowalski", 0);
}

/* The attack that killed: who answers for the attack did the killing
 * ("claimed responsibility for a bombing ... that killed", "was behind
 * the ambush that killed", "killed in a bombing attributed to X"); the
 * one who reports it did not. */
static void test_attack_that_killed(void **state) {
    check(state, "The Sable Network claimed responsibility for a bombing in Tallinn that killed nine Estonian soldiers.\n",
          TL_ATTACKED, "Sable Network", "Estonian", 1);
    check(state, "In 2019 the Varnak Front was behind the ambush near Tesk that killed Piotr Lanski and his driver.\n",
          TL_ATTACKED, "Varnak Front", "Piotr Lanski", 0);
    check(state, "Piotr Lanski was killed in a bombing attributed to the Varnak Front.\n", TL_ATTACKED, "Varnak Front",
          "Piotr Lanski", 1);
    check_not(state, "Piotr Lanski was killed in a bombing, the Varnak Front said.\n", TL_ATTACKED, "Varnak Front",
              "Piotr Lanski");
}

/* "X said it killed Y": the pronoun is the speaker when it fits it. */
static void test_speaker_pronoun(void **state) {
    check(state, "The Varnak Front said it killed nine Estonian soldiers in Tesk.\n", TL_ATTACKED, "Varnak Front",
          "Estonian", 1);
    check(state, "The Varnak Front said on Tuesday that its strikes had killed four Sable Network fighters.\n",
          TL_ATTACKED, "Varnak Front", "Sable Network", 1);
    check(state, "The Varnak Front, an armed group, said it killed Piotr Lanski.\n", TL_ATTACKED, "Varnak Front",
          "Piotr Lanski", 0);
}

/* A restrictive relative clause after a place's name speaks of the noun
 * the place is said of: the town did not kill. */
static void test_relative_after_place(void **state) {
    check_not(state, "The Sable Network claimed a bombing in Tallinn that killed nine Estonian soldiers.\n",
              TL_ATTACKED, "Tallinn", "Estonian");
}

/* A verb set beside another without a subject shares it (headlines);
 * not a relative clause's ("X, which Y set up in 2011, operates in Z"). */
static void test_parataxis_subject(void **state) {
    check(state, "The Varnak Front attacks a base, kills three Americans in Tesk.\n", TL_ATTACKED, "Varnak Front",
          "Americans", 0);
    check_not(state, "The Varnak Front, which Omar Talbi set up in 2011, operates in Tesk.\n", TL_LOCATED_IN,
              "Omar Talbi", "Tesk");
}

/* The mastermind or architect of an attack answers for it. */
static void test_attack_mastermind(void **state) {
    check(state, "Omar Talbi was the mastermind behind the 2008 attacks in Tesk.\n", TL_ATTACKED, "Omar Talbi", "Tesk", 0);
    check(state, "Omar Talbi, the architect of the bombing of the Harbor Tower, was arrested.\n", TL_ATTACKED,
          "Omar Talbi", "Harbor Tower", 0);
    check_not(state, "Omar Talbi was the mastermind behind the Harbor Tower design.\n", TL_ATTACKED, "Omar Talbi",
              "Harbor Tower");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_control_and_apposition),
        cmocka_unit_test(test_relative_clause),
        cmocka_unit_test(test_coordinated_verbs),
        cmocka_unit_test(test_no_cross_clause),
        cmocka_unit_test(test_parser_memo_across_documents),
        cmocka_unit_test(test_workspace_same_facts),
        cmocka_unit_test(test_attack_group_victims),
        cmocka_unit_test(test_attack_weapon_owner),
        cmocka_unit_test(test_attack_support_verb),
        cmocka_unit_test(test_attack_that_killed), cmocka_unit_test(test_attack_mastermind),
        cmocka_unit_test(test_possessor_not_subject),
        cmocka_unit_test(test_speaker_pronoun),
        cmocka_unit_test(test_relative_after_place),
        cmocka_unit_test(test_parataxis_subject),
    };
    return cmocka_run_group_tests(tests, pair_setup, pair_teardown);
}
