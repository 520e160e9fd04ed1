/* test_fact_chg.c -- unit tests of who holds the charges a charge noun names (tl_fact_chg.c), on invented reports. */
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

/* Is there a CHARGED fact of the person named p? */
static int charged(const tl_doc *d, const char *p) {
    for (uint32_t i = 0; i < d->n_facts; i++)
        if (d->facts[i].type == TL_CHARGED && named(d, d->facts[i].args[0], p)) return 1;
    return 0;
}

/* Expects CHARGED of each name in the NULL-ended list, in text. */
static void expect(void **state, const char *text, ...) {
    tl_doc *d = run(state, text);
    va_list ap;
    va_start(ap, text);
    for (const char *p = va_arg(ap, const char *); p; p = va_arg(ap, const char *))
        if (!charged(d, p)) fail_msg("no CHARGED(%s) in: %s", p, text);
    va_end(ap);
    tl_doc_free(d);
}

static void expect_not(void **state, const char *text, const char *p) {
    tl_doc *d = run(state, text);
    if (charged(d, p)) fail_msg("unexpected CHARGED(%s) in: %s", p, text);
    tl_doc_free(d);
}

/* The subject of a verb whose object is the charges holds them: "faces
 * 11 counts", "is facing three counts" (a participle the noun phrase
 * went over), "denied the charges", "pleaded not guilty to". */
static void test_holder_verbs(void **state) {
    expect(state, "Kemal Osman faces 11 criminal counts.\n", "Kemal Osman", NULL);
    expect(state, "Police said Kemal Osman is facing three counts of wire fraud.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman has denied the charges.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman pleaded not guilty to the charges on Friday.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman was found guilty of two counts of fraud.\n", "Kemal Osman", NULL);
}

/* A sentence received, given or served was passed on a charge: its
 * holder was charged.  Other sentences and other things received are no
 * charge. */
static void test_sentences(void **state) {
    expect(state, "Kemal Osman received a 10-year sentence.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman was given a life sentence in 2019.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman is serving a life sentence for murder.\n", "Kemal Osman", NULL);
    expect_not(state, "Kemal Osman read the sentence aloud.\n", "Kemal Osman");
    expect_not(state, "Kemal Osman received an award in Riga.\n", "Kemal Osman");
    expect_not(state, "Kemal Osman served in the army for ten years.\n", "Kemal Osman");
}

/* A pronoun subject stands for the person named before. */
static void test_pronoun_holder(void **state) {
    expect(state, "Kemal Osman met Pavel Grek in Riga. He faces two counts of fraud.\n", "Kemal Osman", NULL);
}

/* "the charges against X and his partner Y": each conjunct. */
static void test_against(void **state) {
    expect(state, "Prosecutors filed charges against Kemal Osman and his partner Pavel Grek.\n", "Kemal Osman",
           "Pavel Grek", NULL);
}

/* "the defendants include X, a judge; Y, a lawyer; and ...", "among them
 * X", "defendant X". */
static void test_defendants(void **state) {
    expect(state, "The defendants include Kemal Osman, a former judge; Pavel Grek, a lawyer; and two officers.\n",
           "Kemal Osman", "Pavel Grek", NULL);
    expect(state, "The defendants include the former minister Kemal Osman and Pavel Grek.\n", "Kemal Osman",
           "Pavel Grek", NULL);
    expect(state, "The defendants include several officers, among them Kemal Osman.\n", "Kemal Osman", NULL);
    expect(state, "Defendant Kemal Osman smiled at the jury.\n", "Kemal Osman", NULL);
}

/* Other uses of the words are no charge: a choice faced, vote counts, a
 * name inside a list item's description, defendants not listed. */
static void test_not_charges(void **state) {
    expect_not(state, "Kemal Osman faces a difficult choice.\n", "Kemal Osman");
    expect_not(state, "Kemal Osman said the vote counts were wrong.\n", "Kemal Osman");
    expect_not(state, "The defendants include several officers and a clerk from the office of Kemal Osman.\n",
               "Kemal Osman");
    expect_not(state, "The defendants thanked Kemal Osman for his help.\n", "Kemal Osman");
}

/* A past form coordinated with a passive, with no subject or object of
 * its own, shares its subject, however the tagger read it ("was arrested
 * in 2019 and convicted"); the tree reads sentences with one name too. */
static void test_coordinated_passive(void **state) {
    expect(state, "Kemal Osman was arrested in 2019 and convicted of spying.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman was questioned in Riga and later charged with fraud.\n", "Kemal Osman", NULL);
    /* the second verb has its own object: someone else was charged */
    expect_not(state, "Police arrested Kemal Osman in 2019 and charged his brother.\n", "Kemal Osman");
    /* "X and his brother Y were charged": both */
    expect(state, "Kemal Osman and his brother Tarik were charged with fraud.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman and his brother Tarik were charged with fraud.\n", "Tarik", NULL);
    expect(state, "Kemal Osman and his Russian business partner Tarik Selim were charged with fraud.\n", "Kemal Osman",
           NULL);
}

/* Persons charged together by one word are co-defendants: associates. */
static void test_codefendants(void **state) {
    expect_fact(state, "Kemal Osman and Tarik Selim are charged with money laundering.\n", TL_ASSOCIATE_OF, "Kemal Osman",
                "Tarik Selim");
    expect_no_fact(state, "Kemal Osman was charged with fraud after Tarik Selim testified.\n", TL_ASSOCIATE_OF,
                   "Kemal Osman", "Tarik Selim");
}

/* An organization is charged as the head of its own phrase at the
 * trigger; a name inside another noun's phrase is not ("a X manager",
 * "co-founders of X"), nor one merely accused. */
static void test_org_charged(void **state) {
    expect(state, "Norvex Holdings pleaded guilty to sanctions violations.\n", "Norvex Holdings", NULL);
    expect(state, "Prosecutors charged Norvex Holdings with bribery on Monday.\n", "Norvex Holdings", NULL);
    expect_not(state, "A Norvex Holdings manager was charged with fraud.\n", "Norvex Holdings");
    expect_not(state, "Two co-founders of Norvex Holdings were charged with fraud.\n", "Norvex Holdings");
    expect_not(state, "The Kessel Brigade accused Norvex Holdings of fraud.\n", "Norvex Holdings");
    /* an apposition and "and its subsidiary" between the name and the verb */
    expect(state, "Norvex Holdings, a building materials maker, and its subsidiary pleaded guilty on Tuesday.\n",
           "Norvex Holdings", NULL);
}

/* "X was one of 14 people convicted", "X and Y were among 20 defendants
 * charged": the set the participle describes holds the subject. */
static void test_set_member(void **state) {
    expect(state, "Kemal Osman was one of 14 people convicted on Wednesday.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman and Pavel Grek were among 20 defendants charged on Friday.\n", "Kemal Osman",
           "Pavel Grek", NULL);
    expect_not(state, "Kemal Osman spoke to one of 14 people convicted on Wednesday.\n", "Kemal Osman");
}

/* "arrested / wanted / held on charges of ...": the charges were brought;
 * a plea of not guilty answers one; "went / is on trial". */
static void test_on_charges(void **state) {
    expect(state, "Kemal Osman was arrested on charges of fraud.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman is wanted on charges of murder in Latvia.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman has pleaded not guilty.\n", "Kemal Osman", NULL);
    expect_not(state, "Kemal Osman was briefed on charges of fraud.\n", "Kemal Osman");
    expect(state, "Kemal Osman went on trial in Riga on Monday.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman is on trial for fraud.\n", "Kemal Osman", NULL);
    expect_not(state, "Kemal Osman reported on the trial in Riga.\n", "Kemal Osman");
}

/* "sentenced X's brother, Y, to": the person the possessor owns is the
 * object, not the possessor. */
static void test_possessed_person(void **state) {
    expect(state, "The court sentenced Kemal Osman's brother, Pavel Grek, to ten years.\n", "Pavel Grek", NULL);
    expect_not(state, "The court sentenced Kemal Osman's brother, Pavel Grek, to ten years.\n", "Kemal Osman");
    expect_not(state, "Police arrested and charged Kemal Osman's lawyer on Monday.\n", "Kemal Osman");
}

/* "a jury found X guilty": the verdict's particle after its object. */
static void test_found_guilty(void **state) {
    expect(state, "A jury found Kemal Osman guilty of murder.\n", "Kemal Osman", NULL);
    expect(state, "The court found Kemal Osman and Pavel Grek guilty on all counts.\n", "Kemal Osman", "Pavel Grek",
           NULL);
    expect(state, "The court found Kemal Osman not guilty of fraud.\n", "Kemal Osman", NULL);
    expect_not(state, "Investigators found Kemal Osman dead in his flat.\n", "Kemal Osman");
}

/* What a charge carries: "faces a maximum penalty of", "faces up to 20
 * years in prison", "was handed a 15-year prison term"; not a term of
 * office nor time spent in a prison. */
static void test_penalties(void **state) {
    expect(state, "Kemal Osman faces a maximum penalty of 20 years.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman faces up to 20 years in prison.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman faces life in prison if convicted.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman was handed a 15-year prison term.\n", "Kemal Osman", NULL);
    expect_not(state, "Kemal Osman served two terms as mayor of Riga.\n", "Kemal Osman");
    expect_not(state, "Kemal Osman visited his cousin in prison.\n", "Kemal Osman");
}

/* "Both" standing alone as a subject is the two people last named; a
 * third name leaves it alone. */
static void test_both(void **state) {
    expect(state, "Kemal Osman and Pavel Grek ran the network. Both were charged with fraud.\n", "Kemal Osman",
           "Pavel Grek", NULL);
    expect_not(state, "Kemal Osman, Pavel Grek and Ivo Lenz ran the network. Both were charged with fraud.\n",
               "Kemal Osman");
}

/* The participle first: "Also charged are X and Y", "Charged in the
 * indictment are X, 34, of Miami, Florida, and Y". */
static void test_inverted_lists(void **state) {
    expect(state, "Also charged are Kemal Osman and Pavel Grek.\n", "Kemal Osman", "Pavel Grek", NULL);
    expect(state, "Charged in the indictment are Kemal Osman, 34, of Miami, Florida, and Pavel Grek, 29.\n",
           "Kemal Osman", "Pavel Grek", NULL);
}

/* "each", like "both", may stand between the auxiliary and the passive
 * participle: "X and Y were each sentenced". */
static void test_each_passive(void **state) {
    expect(state, "Kemal Osman and Pavel Grek were each sentenced to 12 years.\n", "Kemal Osman", "Pavel Grek", NULL);
}

/* Sentences passed in a gapped list: "sentenced X to ten years and Y to
 * eight", "X was jailed for life, and his accomplice Y to 20 years"; a
 * person going somewhere after it is no item. */
static void test_sentence_gaps(void **state) {
    expect(state, "The court sentenced Kemal Osman to ten years, and Pavel Grek to eight years.\n", "Kemal Osman",
           "Pavel Grek", NULL);
    expect(state, "Kemal Osman was sentenced to life, and his accomplice Pavel Grek to 20 years.\n", "Kemal Osman",
           "Pavel Grek", NULL);
    expect_not(state, "Kemal Osman was sentenced to life, and Pavel Grek flew to Riga.\n", "Pavel Grek");
}

/* The person a charging document names is charged, with one name and no
 * trigger word in the sentence too; a report or a list names no charge. */
static void test_named_in_charge(void **state) {
    expect(state, "Kemal Osman was named in a criminal complaint unsealed on Monday.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman, who was also named in the indictment, fled to Riga.\n", "Kemal Osman", NULL);
    expect(state, "Kemal Osman has been named in a sealed indictment.\n", "Kemal Osman", NULL);
    expect_not(state, "Kemal Osman was named in a report by the ministry.\n", "Kemal Osman");
    expect_not(state, "Kemal Osman was named in the list of winners.\n", "Kemal Osman");
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_holder_verbs),  cmocka_unit_test(test_pronoun_holder), cmocka_unit_test(test_against),
        cmocka_unit_test(test_defendants),    cmocka_unit_test(test_not_charges),
        cmocka_unit_test(test_sentences),     cmocka_unit_test(test_codefendants), cmocka_unit_test(test_coordinated_passive),
        cmocka_unit_test(test_org_charged),   cmocka_unit_test(test_set_member),
        cmocka_unit_test(test_on_charges),    cmocka_unit_test(test_possessed_person),
        cmocka_unit_test(test_found_guilty),  cmocka_unit_test(test_penalties),
        cmocka_unit_test(test_both),          cmocka_unit_test(test_sentence_gaps),
        cmocka_unit_test(test_named_in_charge), cmocka_unit_test(test_each_passive), cmocka_unit_test(test_inverted_lists),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
