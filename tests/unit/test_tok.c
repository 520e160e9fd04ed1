/* test_tok.c -- unit tests of the tokenizer and sentence splitter (tl_tok.h). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "tl_arena.h"
#include "tl_tok.h"
#include "tok_fixture.h"

/* Invariants every tokenization keeps, whatever the text. */
static void check_invariants(const tl_doc *d) {
    uint32_t prev_end = 0;
    for (uint32_t i = 0; i < d->n_tokens; i++) {
        const tl_token *t = &d->tokens[i];
        assert_true(t->start < t->end);
        assert_true(t->end <= d->len);
        assert_true(t->start >= prev_end);
        prev_end = t->end;
        assert_true(t->sent < d->n_sentences);
        if (i) assert_true(t->sent >= d->tokens[i - 1].sent);
    }
    uint32_t next_tok = 0;
    for (uint32_t s = 0; s < d->n_sentences; s++) {
        const tl_sentence *se = &d->sentences[s];
        assert_int_equal(se->tok_begin, next_tok);
        assert_true(se->tok_begin < se->tok_end);
        assert_true(se->tok_end - se->tok_begin <= TL_TOK_MAX_SENT);
        assert_int_equal(se->start, d->tokens[se->tok_begin].start);
        assert_int_equal(se->end, d->tokens[se->tok_end - 1].end);
        assert_true(d->tokens[se->tok_begin].flags & TL_TOK_SENT_START);
        next_tok = se->tok_end;
    }
    assert_int_equal(next_tok, d->n_tokens);
}

/* Asserts the tokens are exactly the '|'-separated list. */
static void expect_tokens(const char *text, const char *want) {
    tl_doc *d = tok_doc(text);
    check_invariants(d);
    char got[4096];
    size_t o = 0;
    for (uint32_t i = 0; i < d->n_tokens && o < sizeof got - 256; i++) {
        if (i) got[o++] = '|';
        size_t l = d->tokens[i].end - d->tokens[i].start;
        memcpy(got + o, d->text + d->tokens[i].start, l);
        o += l;
    }
    got[o] = 0;
    if (strcmp(got, want) != 0) fail_msg("tokens of \"%s\":\n  got  %s\n  want %s", text, got, want);
    tok_doc_free(d);
}

/* Asserts the sentences are exactly the '|'-separated list. */
static void expect_sentences(const char *text, const char *want) {
    tl_doc *d = tok_doc(text);
    check_invariants(d);
    char got[4096];
    size_t o = 0;
    for (uint32_t i = 0; i < d->n_sentences && o < sizeof got - 512; i++) {
        if (i) got[o++] = '|';
        size_t l = d->sentences[i].end - d->sentences[i].start;
        memcpy(got + o, d->text + d->sentences[i].start, l);
        o += l;
    }
    got[o] = 0;
    if (strcmp(got, want) != 0) fail_msg("sentences of \"%s\":\n  got  %s\n  want %s", text, got, want);
    tok_doc_free(d);
}

static uint32_t flags_of(const tl_doc *d, const char *word) {
    size_t n = strlen(word);
    for (uint32_t i = 0; i < d->n_tokens; i++)
        if (d->tokens[i].end - d->tokens[i].start == n && memcmp(d->text + d->tokens[i].start, word, n) == 0)
            return d->tokens[i].flags;
    fail_msg("no token '%s'", word);
    return 0;
}

static void test_abbreviations(void **state) {
    (void)state;
    expect_tokens("Gen. Kordani met U.S. officials on Jan. 5 at No. 10.",
                  "Gen.|Kordani|met|U.S.|officials|on|Jan.|5|at|No.|10|.");
    expect_tokens("Mr. and Mrs. Ostrovsky, Dr. Beridze and Lt. Col. Haddad",
                  "Mr.|and|Mrs.|Ostrovsky|,|Dr.|Beridze|and|Lt.|Col.|Haddad");
    tl_doc *d = tok_doc("Gen. Kordani left.");
    assert_true(flags_of(d, "Gen.") & TL_TOK_ABBREV);
    assert_false(flags_of(d, "Kordani") & TL_TOK_ABBREV);
    tok_doc_free(d);
    assert_true(tl_tok_is_abbrev("Gen.", 4));
    assert_true(tl_tok_is_abbrev("jan.", 4));
    assert_true(tl_tok_is_abbrev("No.", 3));
    assert_false(tl_tok_is_abbrev("Gen", 3));
    assert_false(tl_tok_is_abbrev("Kordani.", 8));
    assert_false(tl_tok_is_abbrev(".", 1));
}

static void test_abbreviation_does_not_split(void **state) {
    (void)state;
    expect_sentences("Gen. Kordani met Lt. Col. Haddad on Jan. 5. They talked.",
                     "Gen. Kordani met Lt. Col. Haddad on Jan. 5.|They talked.");
    expect_sentences("The U.S. Treasury acted. It named three men.",
                     "The U.S. Treasury acted.|It named three men.");
    /* a state's abbreviation keeps its period, and may end a sentence */
    expect_tokens("ALEXANDRIA, Va. - A man", "ALEXANDRIA|,|Va.|-|A|man");
    expect_sentences("He lives in Richmond, Va. The suspect fled.", "He lives in Richmond, Va.|The suspect fled.");
}

static void test_initials(void **state) {
    (void)state;
    expect_tokens("J. R. Smith and H.W. Bush", "J.|R.|Smith|and|H.W.|Bush");
    expect_sentences("He met J. R. Smith in Riga. Smith denied it.",
                     "He met J. R. Smith in Riga.|Smith denied it.");
}

static void test_inner_apostrophes_hyphens(void **state) {
    (void)state;
    expect_tokens("Shi'ite IRGC-Quds al-Muhandis O'Brien",
                  "Shi'ite|IRGC-Quds|al-Muhandis|O'Brien");
    /* Curly apostrophe inside a name. */
    expect_tokens("Shi\xE2\x80\x99ite O\xE2\x80\x99" "Brien", "Shi\xE2\x80\x99ite|O\xE2\x80\x99" "Brien");
    tl_doc *d = tok_doc("the IRGC-Quds Force");
    assert_true(flags_of(d, "IRGC-Quds") & TL_TOK_HYPHEN);
    assert_true(flags_of(d, "IRGC-Quds") & TL_TOK_ALLCAPS ? 0 : 1); /* "Quds" is not all caps */
    tok_doc_free(d);
}

static void test_possessive(void **state) {
    (void)state;
    expect_tokens("Rahimov's men", "Rahimov|'s|men");
    expect_tokens("Rahimov\xE2\x80\x99s men", "Rahimov|\xE2\x80\x99s|men");
    expect_tokens("the IRGC's Quds Force", "the|IRGC|'s|Quds|Force");
    /* Not a possessive: the 's' starts a longer word. */
    expect_tokens("O'Shea", "O'Shea");
}

static void test_quotes(void **state) {
    (void)state;
    expect_tokens("known as \"the Tailor\"", "known|as|\"|the|Tailor|\"");
    expect_tokens("\xE2\x80\x9CNo\xE2\x80\x9D", "\xE2\x80\x9C|No|\xE2\x80\x9D");
    tl_doc *d = tok_doc("said \"yes\"");
    assert_true(flags_of(d, "\"") & TL_TOK_QUOTE);
    assert_true(flags_of(d, "\"") & TL_TOK_PUNCT);
    tok_doc_free(d);
}

static void test_dashes(void **state) {
    (void)state;
    expect_tokens("RIGA -- Police", "RIGA|--|Police");
    expect_tokens("Riga \xE2\x80\x94 police", "Riga|\xE2\x80\x94|police");
    expect_tokens("Riga\xE2\x80\x93Minsk", "Riga|\xE2\x80\x93|Minsk");
    expect_tokens("a - b", "a|-|b");
    expect_tokens("wait...", "wait|...");
}

static void test_numbers(void **state) {
    (void)state;
    expect_tokens("paid 30,000 US dollars", "paid|30,000|US|dollars");
    expect_tokens("3.5 tonnes, 1,250,000.75 euros", "3.5|tonnes|,|1,250,000.75|euros");
    expect_tokens("at 10:30 on 2024-02-07", "at|10:30|on|2024-02-07");
    /* A comma after a number that is not a separator. */
    expect_tokens("In 2014, he", "In|2014|,|he");
    tl_doc *d = tok_doc("paid 30,000");
    assert_true(flags_of(d, "30,000") & TL_TOK_DIGIT);
    assert_false(flags_of(d, "30,000") & TL_TOK_ALPHA);
    tok_doc_free(d);
}

static void test_sentence_split(void **state) {
    (void)state;
    expect_sentences("Police arrested him. He denied it! Why? Nobody knows.",
                     "Police arrested him.|He denied it!|Why?|Nobody knows.");
    /* An initialism that ends the sentence, then a sentence starter. */
    expect_sentences("He was extradited to the U.S. The trial begins soon.",
                     "He was extradited to the U.S.|The trial begins soon.");
    /* Closing quotes stay with their sentence. */
    expect_sentences("\"We will respond.\" The minister left.",
                     "\"We will respond.\"|The minister left.");
    expect_sentences("He said: \xE2\x80\x9CIt is over.\xE2\x80\x9D Then he left.",
                     "He said: \xE2\x80\x9CIt is over.\xE2\x80\x9D|Then he left.");
    expect_sentences("(He fled.) Police followed.", "(He fled.)|Police followed.");
    /* Lower case after a period: not a new sentence (e.g. an abbreviation we do not know). */
    expect_sentences("It cost approx. five million.", "It cost approx. five million.");
}

static void test_headlines_datelines(void **state) {
    (void)state;
    expect_sentences("Prosecutors charge two men over plot\n\nBRUSSELS, March 4 -- Two men were charged.",
                     "Prosecutors charge two men over plot|BRUSSELS, March 4 -- Two men were charged.");
    /* A headline with a single line break, no final punctuation. */
    expect_sentences("Latvia detains suspected agent\nRIGA (Staff) -- Police detained a man.",
                     "Latvia detains suspected agent|RIGA (Staff) -- Police detained a man.");
    tl_doc *d = tok_doc("Headline here\nBody text starts.");
    assert_true(flags_of(d, "Body") & TL_TOK_NEWLINE_BEFORE);
    assert_true(flags_of(d, "Body") & TL_TOK_LINE_START);
    assert_true(flags_of(d, "Body") & TL_TOK_SENT_START);
    tok_doc_free(d);
}

static void test_blank_lines(void **state) {
    (void)state;
    expect_sentences("first paragraph without a stop\n\n\nsecond paragraph",
                     "first paragraph without a stop|second paragraph");
    tl_doc *d = tok_doc("one\n\ntwo");
    assert_true(flags_of(d, "two") & TL_TOK_PARA_BEFORE);
    assert_false(flags_of(d, "one") & TL_TOK_PARA_BEFORE);
    tok_doc_free(d);
    /* A long line of prose wrapped onto the next line continues its sentence. */
    expect_sentences("The agency said that the two suspects had been under observation for\n"
                     "several months before the arrest.",
                     "The agency said that the two suspects had been under observation for\n"
                     "several months before the arrest.");
}

static void test_empty_and_space(void **state) {
    (void)state;
    tl_doc *d = tok_doc("");
    assert_int_equal(d->n_tokens, 0);
    assert_int_equal(d->n_sentences, 0);
    tok_doc_free(d);
    d = tok_doc(" \n\t\r\n  \xC2\xA0 ");
    assert_int_equal(d->n_tokens, 0);
    assert_int_equal(d->n_sentences, 0);
    tok_doc_free(d);
    d = tok_doc(".");
    assert_int_equal(d->n_tokens, 1);
    assert_int_equal(d->n_sentences, 1);
    tok_doc_free(d);
}

static void test_long_runs_capped(void **state) {
    (void)state;
    /* 10,000 capitalized words and no punctuation: sentences are cut. */
    size_t n = 10000, cap = n * 8 + 1;
    char *s = malloc(cap);
    assert_non_null(s);
    size_t o = 0;
    for (size_t i = 0; i < n; i++) o += (size_t)snprintf(s + o, cap - o, "Word%c ", 'A' + (int)(i % 26));
    tl_doc *d = tok_doc(s);
    check_invariants(d);
    assert_int_equal(d->n_tokens, n);
    assert_true(d->n_sentences >= n / TL_TOK_MAX_SENT);
    tok_doc_free(d);
    /* The same with one long unbroken "word" made of joiners. */
    for (size_t i = 0; i + 1 < cap; i++) s[i] = (i % 2) ? '-' : 'A';
    s[cap - 2] = 'A';
    s[cap - 1] = 0;
    d = tok_doc(s);
    check_invariants(d);
    tok_doc_free(d);
    free(s);
}

static void test_run_of_100k_tokens_bounded(void **state) {
    (void)state;
    /* 100,000 lower-case words, no punctuation, no line break: every
     * sentence holds at most TL_TOK_MAX_SENT tokens, and together they
     * cover every token in order. */
    size_t n = 100000, cap = n * 6 + 1, o = 0;
    char *s = malloc(cap);
    assert_non_null(s);
    for (size_t i = 0; i < n; i++) o += (size_t)snprintf(s + o, cap - o, "w%c%c ", 'a' + (int)(i % 26), 'a' + (int)(i / 26 % 26));
    tl_doc *d = tok_doc(s);
    check_invariants(d);
    assert_int_equal(d->n_tokens, n);
    assert_true(d->n_sentences >= n / TL_TOK_MAX_SENT);
    for (uint32_t i = 0; i < d->n_sentences; i++)
        assert_true(d->sentences[i].tok_end - d->sentences[i].tok_begin <= TL_TOK_MAX_SENT);
    tok_doc_free(d);
    free(s);
}

static void test_offsets_within_text(void **state) {
    (void)state;
    /* Mixed scripts, stray marks and odd spacing: the invariants hold. */
    const char *texts[] = {
        "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xD8\xB7\xD9\x87\xD8\xB1\xD8\xA7\xD9\x86 Tehran.",
        "'s 's' ' s -- - -a a- .a a. ... .. ! ?!",
        "((([[[{{{\"\"\"'''U.S.'''\"\"\"}}}]]])))",
        "a\xCC\x81" "b \xE2\x80\x8B zero-width \xEF\xBB\xBF bom",
        "1. 2. 3. A. B. C.\n\n\n\n-\n",
        "x@y.com www.example.org/path?q=1 #tag $5 \xE2\x82\xAC" "10",
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        tl_doc *d = tok_doc(texts[i]);
        check_invariants(d);
        tok_doc_free(d);
    }
}

static void test_word_classes(void **state) {
    (void)state;
    tl_doc *d = tok_doc("IRGC Tehran \xC3\x89tat iPhone 42 ,");
    assert_true(flags_of(d, "IRGC") & TL_TOK_ALLCAPS);
    assert_true(flags_of(d, "IRGC") & TL_TOK_UPPER);
    assert_true(flags_of(d, "Tehran") & TL_TOK_UPPER);
    assert_false(flags_of(d, "Tehran") & TL_TOK_ALLCAPS);
    assert_true(flags_of(d, "\xC3\x89tat") & TL_TOK_UPPER);
    assert_false(flags_of(d, "iPhone") & TL_TOK_UPPER);
    assert_true(flags_of(d, "42") & TL_TOK_DIGIT);
    assert_true(flags_of(d, ",") & TL_TOK_PUNCT);
    assert_true(flags_of(d, "Tehran") & TL_TOK_SPACE_BEFORE);
    tok_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abbreviations),
        cmocka_unit_test(test_abbreviation_does_not_split),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_inner_apostrophes_hyphens),
        cmocka_unit_test(test_possessive),
        cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_dashes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_sentence_split),
        cmocka_unit_test(test_headlines_datelines),
        cmocka_unit_test(test_blank_lines),
        cmocka_unit_test(test_empty_and_space),
        cmocka_unit_test(test_long_runs_capped),
        cmocka_unit_test(test_run_of_100k_tokens_bounded),
        cmocka_unit_test(test_offsets_within_text),
        cmocka_unit_test(test_word_classes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
