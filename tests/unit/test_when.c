/* test_when.c -- unit tests of fact times on invented text: weekday-pinned years, "ago", months with their year words, dates carried between sentences, the report's date. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_fact_when.h"
#include "tok_fixture.h"

/* Token index of the first token spelled w. */
static uint32_t at(const tl_doc *d, const char *w) {
    size_t n = strlen(w);
    for (uint32_t i = 0; i < d->n_tokens; i++)
        if (d->tokens[i].end - d->tokens[i].start == n && !memcmp(d->text + d->tokens[i].start, w, n)) return i;
    fail_msg("no token %s", w);
    return 0;
}

/* ISO value of the date expression at the first token w, "" when none;
 * *text_end gets the expression's last byte. */
static const char *iso_at(const tl_doc *d, const char *w, const tl_when *a, const tl_when *p, char *iso,
                          uint32_t *end) {
    tl_when x;
    iso[0] = 0;
    if (tl_when_at(d, at(d, w), a, p, &x)) {
        tl_when_iso(&x, iso);
        if (end) *end = d->tokens[x.tok_end - 1].end;
    }
    return iso;
}

static void test_weekday_pins_year(void **state) {
    (void)state;
    tl_when none = {0}, p = {.year = 2024, .month = 5, .day = 10}, a = {.year = 2017};
    char iso[TL_WHEN_ISO_MAX];
    uint32_t end = 0;
    /* no published date, no date before it: the first year from the latest
     * year the text names (2017) in which April 18 is a Wednesday */
    tl_doc *d = tok_doc("The harbor court Wednesday (April 18) sentenced three smugglers who had sailed in 2017 "
                    "and planned to retire by 2030.\n");
    assert_string_equal(iso_at(d, "Wednesday", &none, &none, iso, &end), "2018-04-18");
    assert_int_equal(d->text[end - 1], ')');
    /* the last date of the text: the matching year nearest it */
    assert_string_equal(iso_at(d, "Wednesday", &a, &none, iso, NULL), "2018-04-18");
    tok_doc_free(d);
    /* no year anywhere: nothing to pin */
    d = tok_doc("The harbor court Wednesday (April 18) sentenced three smugglers.\n");
    assert_string_equal(iso_at(d, "Wednesday", &none, &none, iso, NULL), "");
    tok_doc_free(d);
    /* the published date, and a full date read whole, not as "on Tuesday" */
    d = tok_doc("Police said on Tuesday, May 7, that they arrested him on Friday, March 3, 2023.\n");
    assert_string_equal(iso_at(d, "on", &none, &p, iso, &end), "2024-05-07");
    assert_int_equal(d->text[end - 1], '7');
    assert_string_equal(iso_at(d, "Friday", &none, &p, iso, NULL), "2023-03-03");
    tok_doc_free(d);
}

static void test_ago_and_month_year_words(void **state) {
    (void)state;
    tl_when none = {0}, p = {.year = 2024, .month = 2, .day = 8}, a = {.year = 2019, .month = 6, .day = 30};
    char iso[TL_WHEN_ISO_MAX];
    tl_doc *d = tok_doc("He left two years ago ; three months ago ; a week ago ; several years ago ; "
                    "in January of last year ; in March that year ; the following day ; "
                    "in June of the following year .\n");
    assert_string_equal(iso_at(d, "two", &none, &p, iso, NULL), "2022");
    assert_string_equal(iso_at(d, "two", &none, &none, iso, NULL), "");
    assert_string_equal(iso_at(d, "three", &none, &p, iso, NULL), "2023-11");
    assert_string_equal(iso_at(d, "a", &none, &p, iso, NULL), "2024-02-01");
    assert_string_equal(iso_at(d, "several", &none, &p, iso, NULL), "");
    /* "in January" alone would be January 2024 */
    assert_string_equal(iso_at(d, "in", &none, &p, iso, NULL), "2023-01");
    uint32_t i = at(d, "March") - 1;
    tl_when x;
    assert_true(tl_when_at(d, i, &a, &p, &x));
    tl_when_iso(&x, iso);
    assert_string_equal(iso, "2019-03");
    assert_string_equal(iso_at(d, "the", &a, &p, iso, NULL), "2019-07-01");
    assert_true(tl_when_at(d, at(d, "June") - 1, &a, &p, &x));
    tl_when_iso(&x, iso);
    assert_string_equal(iso, "2020-06");
    tl_when a2 = {.year = 2019, .month = 6};
    assert_string_equal(iso_at(d, "the", &a2, &p, iso, NULL), ""); /* no day to count from */
    tok_doc_free(d);
}

static void test_year_spans(void **state) {
    (void)state;
    tl_when none = {0};
    char iso[TL_WHEN_ISO_MAX];
    uint32_t end = 0;
    tl_doc *d = tok_doc("He led it (2013 \xe2\x80\x93 2023) and then 2014-2016 but not 2016-2014 nor 1900-1999 ; 2020 - 2021\n");
    assert_string_equal(iso_at(d, "2013", &none, &none, iso, &end), "2013/2023");
    assert_int_equal(d->text[end - 1], '3');
    assert_string_equal(iso_at(d, "2014-2016", &none, &none, iso, NULL), "2014/2016");
    assert_string_equal(iso_at(d, "2016-2014", &none, &none, iso, NULL), "");
    assert_string_equal(iso_at(d, "1900-1999", &none, &none, iso, NULL), ""); /* too long a span: a range of numbers */
    assert_string_equal(iso_at(d, "2020", &none, &none, iso, NULL), "2020/2021");
    tok_doc_free(d);
}

static tl_doc *extract(tl_extractor *ex, const char *text) {
    tl_doc *d = NULL;
    tl_error err;
    assert_int_equal(tl_extract(ex, text, strlen(text), "t.txt", &d, &err), TL_OK);
    return d;
}

/* The fact of type `type` whose first role is named n, or NULL. */
static const tl_fact *fact_of(const tl_doc *d, int type, const char *n) {
    size_t l = strlen(n);
    for (uint32_t i = 0; i < d->n_facts; i++) {
        const tl_fact *f = &d->facts[i];
        if (f->type != type || f->args[0] < 0) continue;
        const tl_entity *e = &d->entities[f->args[0]];
        if (e->name.len == l && !memcmp(e->name.ptr, n, l)) return f;
    }
    return NULL;
}

static void test_dates_carried_between_sentences(void **state) {
    (void)state;
    tl_options o = {0};
    tl_error err;
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    /* the lead dates the sentencing; the next paragraphs name the men */
    tl_doc *d = extract(ex, "The harbor court on Wednesday, April 18, 2018, sentenced three smugglers.\n\n"
                            "Mark Hollis was sentenced to nine years in prison.\n");
    const tl_fact *f = fact_of(d, TL_CHARGED, "Mark Hollis");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2018-04-18");
    tl_doc_free(d);
    /* a sentence right after restates the arrest with its dates */
    d = extract(ex, "Police announced the arrest of Karl Moser.\n\n"
                    "The smuggler was arrested near the port between May and July 2021.\n");
    f = fact_of(d, TL_ARRESTED, "Karl Moser");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2021-05/2021-07");
    tl_doc_free(d);
    /* the dated sentence tells another kind of event: nothing carried */
    d = extract(ex, "Gunmen attacked a bank in the harbor district in 2019.\n\n"
                    "Police arrested Petr Dvorak.\n");
    f = fact_of(d, TL_ARRESTED, "Petr Dvorak");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    /* the date nearest the sentencing verb is the attack's */
    d = extract(ex, "A court sentenced a teenager for an arson attack on a store in 2024.\n\n"
                    "Mark Hollis was sentenced to nine years in prison.\n");
    f = fact_of(d, TL_CHARGED, "Mark Hollis");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    tl_extractor_free(ex);
}

/* A date after "since" starts a state that lasts until the report: the
 * yearless dates after it take the report's year, never its. */
static void test_since_frames_nothing(void **state) {
    (void)state;
    tl_options o = {0};
    tl_error err;
    const char *text = "Karl Moser had been on the run since 1993. On March 24, police arrested Karl Moser in Lisbon.\n";
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    tl_doc *d = extract(ex, text);
    const tl_fact *f = fact_of(d, TL_ARRESTED, "Karl Moser");
    assert_non_null(f);
    assert_string_equal(f->time_value, "");
    tl_doc_free(d);
    tl_extractor_free(ex);
    o.published = "2022-06-15";
    ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    d = extract(ex, text);
    f = fact_of(d, TL_ARRESTED, "Karl Moser");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2022-03-24");
    tl_doc_free(d);
    tl_extractor_free(ex);
}

/* The report's date comes from a header or a dateline, never from a date
 * its first sentence tells. */
static void test_published_from_header_only(void **state) {
    (void)state;
    tl_options o = {0};
    tl_error err;
    tl_extractor *ex = tl_extractor_new(&o, &err);
    assert_non_null(ex);
    tl_doc *d = extract(ex, "The trial of the men who stabbed the teacher on 16 October 2020 at the school where "
                            "he taught opens today in the capital.\n");
    assert_string_equal(d->published, "");
    tl_doc_free(d);
    d = extract(ex, "Mark Hollis (4 March 1919 \xe2\x80\x93 22 November 2009) was a sailor from Lisbon who "
                    "worked the harbor for years.\n");
    assert_string_equal(d->published, "");
    tl_doc_free(d);
    d = extract(ex, "Smugglers held in port raid\n\nMarch 22, 2018\n\nPolice arrested Mark Hollis in Lisbon.\n");
    assert_string_equal(d->published, "2018-03-22");
    tl_doc_free(d);
    /* a dateline: "on Tuesday" counts back from Saturday 11 November */
    d = extract(ex, "TIRANA, Nov. 11, 2023 \xe2\x80\x93 Police arrested Mark Hollis on Tuesday in the capital "
                    "and said that more arrests would follow.\n");
    assert_string_equal(d->published, "2023-11-11");
    const tl_fact *f = fact_of(d, TL_ARRESTED, "Mark Hollis");
    assert_non_null(f);
    assert_string_equal(f->time_value, "2023-11-07");
    tl_doc_free(d);
    tl_extractor_free(ex);
}

/* Dates counted from the report's day or an earlier date cross month,
 * year and leap-day boundaries as the calendar does; a yearless date after
 * the report's day is the year before. */
static void test_calendar_boundaries(void **state) {
    (void)state;
    static const struct {
        const char *text, *word;   /* the text, the first token of the expression */
        int pub[3], anchor[3];     /* the report's date, the date before (0: none) */
        const char *iso;
    } cases[] = {
        {"He left yesterday .", "yesterday", {2024, 3, 1}, {0}, "2024-02-29"},
        {"He left yesterday .", "yesterday", {2023, 3, 1}, {0}, "2023-02-28"},
        {"He left yesterday .", "yesterday", {2024, 1, 1}, {0}, "2023-12-31"},
        {"He left today .", "today", {2024, 3, 1}, {0}, "2024-03-01"},
        {"He left a week ago .", "a", {2024, 1, 3}, {0}, "2023-12-27"},
        {"He left last week .", "last", {2024, 1, 3}, {0}, "2023-12"},
        {"He left last month .", "last", {2024, 1, 15}, {0}, "2023-12"},
        {"He left two months ago .", "two", {2024, 1, 15}, {0}, "2023-11"},
        {"He left the following day .", "the", {2024, 6, 1}, {2024, 2, 28}, "2024-02-29"},
        {"He left the following day .", "the", {2024, 6, 1}, {2023, 2, 28}, "2023-03-01"},
        {"He left the following day .", "the", {2024, 6, 1}, {2023, 12, 31}, "2024-01-01"},
        {"He left the following month .", "the", {2024, 6, 1}, {2023, 12, 0}, "2024-01"},
        {"He left three days earlier .", "three", {2024, 6, 1}, {2024, 3, 1}, "2024-02-27"},
        {"He left two years later .", "two", {2024, 3, 2}, {2019, 5, 0}, "2021-05"},
        {"He left that month .", "that", {2024, 3, 2}, {2019, 5, 0}, "2019-05"},
        {"He left in December .", "in", {2024, 1, 10}, {0}, "2023-12"},
        {"He left in January .", "in", {2024, 1, 10}, {0}, "2024-01"},
        {"He left on December 25 .", "December", {2024, 1, 2}, {0}, "2023-12-25"},
        {"He left on March 3 .", "March", {2024, 3, 2}, {0}, "2023-03-03"},
        {"He left on 29 February .", "29", {2024, 3, 5}, {0}, "2024-02-29"},
        {"He left on 29 February .", "29", {2023, 3, 5}, {0}, "2023-02"}, /* no such day that year */
        {"He left on 31 April .", "31", {2023, 5, 5}, {0}, "2023-04"},
        /* weekdays count back from the report's day; its own weekday is that day */
        {"He left on Tuesday .", "on", {2024, 1, 9}, {0}, "2024-01-09"},
        {"He left on Monday .", "on", {2024, 1, 9}, {0}, "2024-01-08"},
        {"He left on Wednesday .", "on", {2024, 1, 9}, {0}, "2024-01-03"},
        {"He left last Tuesday .", "last", {2024, 1, 9}, {0}, "2024-01-02"},
        {"He left on Friday .", "on", {0}, {0}, ""},
        {"He left this year .", "this", {2024, 3, 2}, {0}, "2024"},
        {"He left last summer .", "last", {2024, 3, 2}, {0}, "2023"},
        {"He left last summer .", "last", {2024, 9, 2}, {0}, "2024"},
        /* a month after last, this, next: the nearest one that way */
        {"He left last March .", "last", {2024, 9, 2}, {0}, "2024-03"},
        {"He left last March .", "last", {2024, 3, 2}, {0}, "2023-03"},
        {"He left last December .", "last", {2024, 9, 2}, {0}, "2023-12"},
        {"He leaves next May .", "next", {2024, 9, 2}, {0}, "2025-05"},
        {"He leaves this May .", "this", {2024, 9, 2}, {0}, "2024-05"},
        {"He leaves last march .", "last", {2024, 9, 2}, {0}, ""},
        /* intervals over a new year */
        {"He left from December 2023 to February 2024 .", "from", {2024, 3, 2}, {0}, "2023-12/2024-02"},
        {"He left from May to February 2024 .", "from", {2024, 3, 2}, {0}, "2023-05/2024-02"},
    };
    char iso[TL_WHEN_ISO_MAX];
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        tl_when p = {.year = cases[i].pub[0], .month = cases[i].pub[1], .day = cases[i].pub[2]};
        tl_when a = {.year = cases[i].anchor[0], .month = cases[i].anchor[1], .day = cases[i].anchor[2]};
        tl_doc *d = tok_doc(cases[i].text);
        iso_at(d, cases[i].word, &a, &p, iso, NULL);
        if (strcmp(iso, cases[i].iso) != 0)
            fail_msg("\"%s\" published %d-%d-%d after %d-%d-%d: '%s', expected '%s'", cases[i].text, p.year, p.month,
                     p.day, a.year, a.month, a.day, iso, cases[i].iso);
        tok_doc_free(d);
    }
}

/* The reader's word tests: a word of another length is never the word
 * asked for ("sincerely" is not "since"), case does not count ("SINCE",
 * "Last Year"), and the first word lowered once serves both the month and
 * the relative readings. */
static void test_word_tests_by_length(void **state) {
    (void)state;
    tl_when none = {0}, p = {.year = 2024, .month = 5, .day = 10}, a = {.year = 2019, .month = 3, .day = 2}, x;
    char iso[TL_WHEN_ISO_MAX];
    tl_doc *d = tok_doc("Ferns grew since 1993, sincerely 1994 and SINCE 1995 in the old glasshouse.\n");
    assert_true(tl_when_at(d, at(d, "1993"), &none, &none, &x));
    assert_int_equal(x.aside, 1);
    assert_true(tl_when_at(d, at(d, "1994"), &none, &none, &x));
    assert_int_equal(x.aside, 0);
    assert_true(tl_when_at(d, at(d, "1995"), &none, &none, &x));
    assert_int_equal(x.aside, 1);
    tok_doc_free(d);
    d = tok_doc("Last Year the ferns bloomed, and the following year they wilted in early June.\n");
    assert_string_equal(iso_at(d, "Last", &none, &p, iso, NULL), "2023");
    assert_string_equal(iso_at(d, "following", &none, &p, iso, NULL), "");
    uint32_t the = at(d, "following") - 1;
    assert_true(tl_when_at(d, the, &a, &p, &x));
    tl_when_iso(&x, iso);
    assert_string_equal(iso, "2020");
    assert_string_equal(iso_at(d, "early", &a, &p, iso, NULL), "2019-06");
    tok_doc_free(d);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekday_pins_year),
        cmocka_unit_test(test_ago_and_month_year_words),
        cmocka_unit_test(test_year_spans),
        cmocka_unit_test(test_dates_carried_between_sentences),
        cmocka_unit_test(test_published_from_header_only),
        cmocka_unit_test(test_since_frames_nothing),
        cmocka_unit_test(test_word_tests_by_length),
        cmocka_unit_test(test_calendar_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
