/* tl_fact_when.c -- when and how much: dates (absolute, partial, relative) and money amounts in a sentence. */
#include "tl_fact_when.h"
#include "tl_time.h"
#include "tl_trig.h"
#include "tl_tok.h"
#include "tl_cues.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* strcmp(w, s) == 0, without the call when the first bytes differ: the
 * date reader compares every word of a sentence that may hold a fact with
 * dozens of words, and nearly all differ at once (the calls were a twentieth
 * of the instructions on a long document). */
#define EQ(w, s) ((w)[0] == (s)[0] && strcmp((w), (s)) == 0)

/* The first byte of token i, lower-cased (0 for an empty token): a cheap
 * first test before a copy of the word. */
static int first_low(const tl_doc *d, uint32_t i) {
    const tl_token *t = &d->tokens[i];
    if (t->end == t->start) return 0;
    char c = d->text[t->start];
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Lower-case copy of token i into buf (cap bytes); "" past the end. */
static size_t low(const tl_doc *d, uint32_t i, char *buf, size_t cap) {
    buf[0] = 0;
    if (i >= d->n_tokens) return 0;
    const tl_token *t = &d->tokens[i];
    size_t n = t->end - t->start;
    if (n >= cap) n = cap - 1;
    for (size_t k = 0; k < n; k++) {
        char c = d->text[t->start + k];
        buf[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[n] = 0;
    return n;
}

static int is_wn(const tl_doc *d, uint32_t i, const char *w, size_t wn) {
    /* a token of another length is not w (the words asked for are short,
     * so no cut copy is either): most calls end here, without a copy */
    if (i < d->n_tokens && d->tokens[i].end - d->tokens[i].start != wn) return 0;
    char b[24];
    low(d, i, b, sizeof b);
    return EQ(b, w);
}
/* Is token i the lower-case word w (a string literal: its length is known
 * at compile time, no strlen per call)? */
#define is_w(d, i, w) is_wn((d), (i), (w), sizeof(w) - 1)

static int in_set(const char *w, const char *const *set) {
    for (; *set; set++)
        if (EQ(w, *set)) return 1;
    return 0;
}

/* Small number words and digits: "two", "3". */
static int count_word(const char *w) {
    static const char *const nums[] = {"zero", "one", "two", "three", "four", "five", "six", "seven",
                                       "eight", "nine", "ten", "eleven", "twelve", NULL};
    for (int k = 0; nums[k]; k++)
        if (EQ(w, nums[k])) return k;
    if (EQ(w, "a") || EQ(w, "an")) return 1;
    if (EQ(w, "several") || EQ(w, "few") || EQ(w, "some")) return -2;
    char *end;
    long v = strtol(w, &end, 10);
    if (*w && !*end && v > 0 && v < 1000) return (int)v;
    return -1;
}

static int days_in(int y, int m) {
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[(m - 1) % 12];
}

/* Moves w by n units (1 day, 2 month, 3 year) keeping its precision. */
static void shift(tl_when *w, int unit, int n) {
    if (unit == 3 || (unit == 2 && !w->month) || (unit == 1 && !w->month)) {
        if (unit == 3) w->year += n;
        else if (unit == 2 && n >= 12) w->year += n / 12;
        return;
    }
    if (unit == 2 || !w->day) {
        int months = unit == 2 ? n : (n >= 28 ? n / 30 : 0);
        int m = w->month - 1 + months;
        w->year += m >= 0 ? m / 12 : -((11 - m) / 12);
        w->month = ((m % 12) + 12) % 12 + 1;
        if (w->day > days_in(w->year, w->month)) w->day = days_in(w->year, w->month);
        return;
    }
    /* Days: step through months; n is small (at most a few hundred). */
    int d = w->day + n;
    while (d > days_in(w->year, w->month)) {
        d -= days_in(w->year, w->month);
        if (++w->month > 12) { w->month = 1; w->year++; }
    }
    while (d < 1) {
        if (--w->month < 1) { w->month = 12; w->year--; }
        d += days_in(w->year, w->month);
    }
    w->day = d;
}

static int unit_of(const char *w) {
    if (EQ(w, "day") || EQ(w, "days")) return 1;
    if (EQ(w, "week") || EQ(w, "weeks")) return 4;
    if (EQ(w, "month") || EQ(w, "months")) return 2;
    if (EQ(w, "year") || EQ(w, "years")) return 3;
    return 0;
}

static const char *const SEASONS[] = {"spring", "summer", "autumn", "fall", "winter", NULL};

/* Day of the week of a date, 0 Sunday .. 6 Saturday (Sakamoto's method). */
static int weekday_of(int y, int m, int d) {
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return ((y + y / 4 - y / 100 + y / 400 + t[(m - 1) % 12] + d) % 7 + 7) % 7;
}

static int weekday_word(const char *w) {
    static const char *const days[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", NULL};
    for (int k = 0; days[k]; k++)
        if (EQ(w, days[k])) return k;
    return -1;
}

/* A capitalised month name at token i with no day or year after it: "in
 * January".  Returns the month or 0. */
static int bare_month(const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens || !(d->tokens[i].flags & TL_TOK_UPPER)) return 0;
    const char *s = d->text + d->tokens[i].start;
    size_t n = d->tokens[i].end - d->tokens[i].start;
    int mo = tl_time_month(s, n);
    /* "Jan", "Mar" without their period are names as often ("Jan Novak") */
    if (!mo || (n <= 4 && s[n - 1] != '.' && mo != 5 && mo != 6 && mo != 7)) return 0;
    /* "in March Hollis said": a capitalised word after it makes it a name */
    if (i + 1 < d->n_tokens && (d->tokens[i + 1].flags & TL_TOK_UPPER)) return 0;
    tl_time_match m;
    return !tl_time_at(d, i, &m) ? mo : 0;
}

/* Gives a date read without its year the year of the reference: the last
 * date of the text when there is one, else the published date, a month
 * after whose month lies in the year before ("Nov. 5" in a report of
 * February 2024 is November 2023).  Returns 0 when neither is known. */
static int take_year(tl_when *w, const tl_when *anchor, const tl_when *pub) {
    if (anchor && anchor->year) {
        w->year = anchor->year;
        return 1;
    }
    if (!pub || !pub->year) return 0;
    w->year = pub->year;
    if (pub->month && w->month &&
        (w->month > pub->month || (w->month == pub->month && pub->day && w->day > pub->day)))
        w->year -= 1;
    return 1;
}

/* An interval at token i: "from|between DATE to|and|until|through DATE".
 * The first date may borrow its year from the second ("from May to July
 * 2021").  Returns 1 and fills out, else 0. */
static int interval_at(const tl_doc *d, uint32_t i, const tl_when *anchor, const tl_when *pub, tl_when *out) {
    tl_time_match a, b;
    uint32_t k = i + 1;
    int mo = bare_month(d, k);
    if (mo) a = (tl_time_match){k, k + 1, 0, mo, 0};
    else if (!tl_time_at(d, k, &a)) return 0;
    k = a.tok_end;
    if (!(is_w(d, k, "to") || is_w(d, k, "and") || is_w(d, k, "until") || is_w(d, k, "through") ||
          is_w(d, k, "till") || is_w(d, k, "-") || is_w(d, k, "\xe2\x80\x93")))
        return 0;
    mo = bare_month(d, k + 1);
    if (mo) b = (tl_time_match){k + 1, k + 2, 0, mo, 0};
    else if (!tl_time_at(d, k + 1, &b)) return 0;
    tl_when w = {a.year, a.month, a.day, i, b.tok_end, b.year, b.month, b.day, 0};
    if (!w.year2) {
        tl_when e = {0, b.month, b.day, 0, 0, 0, 0, 0, 0};
        if (!w.year && !take_year(&e, anchor, pub)) return 0;
        w.year2 = w.year ? w.year + (b.month && a.month && b.month < a.month) : e.year;
    }
    if (!w.year) w.year = w.year2 - (a.month && b.month && a.month > b.month);
    if (w.year2 < w.year) return 0;
    *out = w;
    return 1;
}

/* Dates relative to the published day: "on Tuesday", "last Tuesday",
 * "yesterday", "today", "last week".  Returns 1 and fills out, else 0. */
static int published_relative(const tl_doc *d, uint32_t i, const char *w0, const tl_when *pub, tl_when *out) {
    if (!pub || !pub->year || !pub->month || !pub->day) return 0;
    tl_when w = {pub->year, pub->month, pub->day, i, i + 1, 0, 0, 0, 0};
    char w1[24];
    int last = EQ(w0, "last") || EQ(w0, "past");
    int wd = weekday_word(w0);
    if (wd < 0 && (last || EQ(w0, "on") || EQ(w0, "this"))) {
        low(d, i + 1, w1, sizeof w1);
        wd = weekday_word(w1);
        if (wd >= 0) w.tok_end = i + 2;
        else if (last && EQ(w1, "week")) {
            /* only the month of a day in the week before is safe */
            shift(&w, 1, -7);
            w.day = 0;
            w.tok_end = i + 2;
            *out = w;
            return 1;
        } else return 0;
    }
    if (wd >= 0) {
        if (!(d->tokens[w.tok_end - 1].flags & TL_TOK_UPPER)) return 0;
        /* the latest such day on or before the published one (before it
         * for "last Tuesday") */
        int back = (weekday_of(pub->year, pub->month, pub->day) - wd + 7) % 7;
        if (back == 0 && last) back = 7;
        shift(&w, 1, -back);
        *out = w;
        return 1;
    }
    if (EQ(w0, "yesterday") || EQ(w0, "today")) {
        if (w0[0] == 'y') shift(&w, 1, -1);
        *out = w;
        return 1;
    }
    return 0;
}

/* The latest year (1900..2200) written as a four-digit number within 1500
 * tokens of token i: a report is written after the years it names, which
 * is all a weekday needs to pin a yearless date ("Wednesday (April 18)");
 * a target year ("by 2030") is not one of them.
 * Bounded so that a text full of such dates stays linear.  0 when none. */
static int latest_year_near(const tl_doc *d, uint32_t i) {
    uint32_t lo = i > 1500 ? i - 1500 : 0, hi = i + 1500 < d->n_tokens ? i + 1500 : d->n_tokens;
    int best = 0;
    for (uint32_t k = lo; k < hi; k++) {
        const tl_token *t = &d->tokens[k];
        if (!(t->flags & TL_TOK_DIGIT) || t->end - t->start != 4) continue;
        const char *s = d->text + t->start;
        int v = 0, ok = 1;
        for (int j = 0; j < 4; j++) {
            if (s[j] < '0' || s[j] > '9') { ok = 0; break; }
            v = v * 10 + (s[j] - '0');
        }
        /* "by 2030" is a target, not a year gone by */
        if (ok && v >= 1900 && v <= 2200 && v > best && !(k > 0 && is_w(d, k - 1, "by"))) best = v;
    }
    return best;
}

/* The year of a yearless "Wednesday, April 18": the year nearest the last
 * date of the text in which that day is that weekday (six years either
 * way: further off, the weekday is more likely a slip than the year);
 * with only a published date, its year or one next to it, else the year
 * take_year gives (the published date is surer than a weekday); with
 * neither, the first such year from the latest year the text names.
 * Returns 0 when none. */
static int pin_year(const tl_doc *d, uint32_t i, int month, int day, int wd, const tl_when *anchor,
                    const tl_when *pub) {
    tl_when w = {0, month, day, 0, 0, 0, 0, 0, 0};
    if (take_year(&w, anchor, pub)) {
        int reach = anchor && anchor->year ? 6 : 1;
        for (int k = 0; k <= 2 * reach; k++) {
            int y = w.year + (k % 2 ? -(k + 1) / 2 : k / 2);
            if (day <= days_in(y, month) && weekday_of(y, month, day) == wd) return y;
        }
        return reach == 1 ? w.year : 0;
    }
    int floor = latest_year_near(d, i);
    if (!floor) return 0;
    for (int y = floor; y <= floor + 6; y++)
        if (day <= days_in(y, month) && weekday_of(y, month, day) == wd) return y;
    return 0;
}

/* A weekday with its date: "(on) Wednesday, April 18", "Wednesday (April
 * 18)", "Tuesday, May 7, 2024".  The weekday pins the year a date without
 * one lacks.  Returns 1 and fills out, else 0. */
static int weekday_date(const tl_doc *d, uint32_t i, const tl_when *anchor, const tl_when *pub, tl_when *out) {
    char w[24];
    uint32_t k = i;
    /* a token that is neither capitalised nor two bytes long is neither
     * a weekday nor "on": no date here (the date reader asks every token) */
    if (i < d->n_tokens && !(d->tokens[i].flags & TL_TOK_UPPER) && d->tokens[i].end - d->tokens[i].start != 2)
        return 0;
    if (is_w(d, k, "on")) k++;
    if (k >= d->n_tokens || !(d->tokens[k].flags & TL_TOK_UPPER)) return 0;
    low(d, k, w, sizeof w);
    int wd = weekday_word(w);
    if (wd < 0) return 0;
    uint32_t j = k + 1;
    int paren = 0;
    if (is_w(d, j, ",")) j++;
    else if (is_w(d, j, "(")) j++, paren = 1;
    tl_time_match m;
    if (!tl_time_at(d, j, &m) || !m.month || !m.day) return 0;
    uint32_t end = m.tok_end;
    if (paren && is_w(d, end, ")")) end++;
    tl_when r = {m.year, m.month, m.day, i, end, 0, 0, 0, 0};
    if (!r.year && !(r.year = pin_year(d, i, m.month, m.day, wd, anchor, pub))) return 0;
    *out = r;
    return 1;
}

/* The month (1..12) a lower-case full month name names, else 0.  Can't
 * fail. */
static int month_word(const char *w) {
    static const char *const names[12] = {"january", "february", "march",     "april",   "may",      "june",
                                          "july",    "august",   "september", "october", "november", "december"};
    for (int k = 0; k < 12; k++)
        if (strcmp(w, names[k]) == 0) return k + 1;
    return 0;
}

/* "January of last year", "March last year", "May of that year", "June of
 * the following year": a month named with the year it falls in, from
 * token k (after the month).  Returns the year and sets *end past the
 * words, or 0. */
static int month_year_words(const tl_doc *d, uint32_t k, const tl_when *anchor, const tl_when *pub, uint32_t *end) {
    char a[24], b[24];
    if (is_w(d, k, "of")) k++;
    if (is_w(d, k, "the")) k++;
    low(d, k, a, sizeof a);
    low(d, k + 1, b, sizeof b);
    if (!EQ(b, "year")) return 0;
    int y = 0;
    if (pub && pub->year) {
        if (EQ(a, "last")) y = pub->year - 1;
        else if (EQ(a, "this")) y = pub->year;
        else if (EQ(a, "next")) y = pub->year + 1;
    }
    if (anchor && anchor->year) {
        if (EQ(a, "that") || EQ(a, "same")) y = anchor->year;
        else if (EQ(a, "following")) y = anchor->year + 1;
        else if (EQ(a, "previous")) y = anchor->year - 1;
    }
    if (y) *end = k + 2;
    return y;
}

/* A four-digit year (1000..2200) spelled by s[0..n), else 0. */
static int year4(const char *s, size_t n) {
    if (n != 4) return 0;
    int y = 0;
    for (size_t k = 0; k < 4; k++) {
        if (s[k] < '0' || s[k] > '9') return 0;
        y = y * 10 + (s[k] - '0');
    }
    return y >= 1000 && y <= 2200 ? y : 0;
}

/* A span of years written with a dash: "2014-2016" (one token), "(2013 –
 * 2023)".  The second year after the first, at most 60 on.  Returns 1 and
 * fills out, else 0. */
static int year_span(const tl_doc *d, uint32_t i, tl_when *out) {
    const tl_token *t = &d->tokens[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    int a = 0, b = 0;
    uint32_t end = i + 1;
    if (n == 9 && s[4] == '-') {
        a = year4(s, 4);
        b = year4(s + 5, 4);
    } else if ((a = year4(s, n)) != 0 && i + 2 < d->n_tokens) {
        const tl_token *u = &d->tokens[i + 1], *v = &d->tokens[i + 2];
        const char *p = d->text + u->start;
        size_t pn = u->end - u->start;
        if (!((pn == 1 && *p == '-') || (pn == 3 && (!memcmp(p, "\xe2\x80\x93", 3) || !memcmp(p, "\xe2\x80\x94", 3)))))
            return 0;
        b = year4(d->text + v->start, v->end - v->start);
        end = i + 3;
    }
    if (!a || !b || b <= a || b - a > 60) return 0;
    *out = (tl_when){a, 0, 0, i, end, b, 0, 0, 0};
    return 1;
}

/* Reads the date at i as tl_when_at documents, without the `aside` mark. */
static int when_at(const tl_doc *d, uint32_t i, const tl_when *anchor, const tl_when *pub, tl_when *out);

int tl_when_at(const tl_doc *d, uint32_t i, const tl_when *anchor, const tl_when *pub, tl_when *out) {
    if (!when_at(d, i, anchor, pub, out)) return 0;
    /* "on the run since 1993": the start of what lasts until the report,
     * no time frame for the yearless dates after it */
    out->aside = (out->tok_begin > 0 && is_w(d, out->tok_begin - 1, "since")) || is_w(d, out->tok_begin, "since");
    return 1;
}

static int when_at(const tl_doc *d, uint32_t i, const tl_when *anchor, const tl_when *pub, tl_when *out) {
    if (i >= d->n_tokens) return 0;
    tl_time_match m;
    if ((d->tokens[i].flags & TL_TOK_DIGIT) && year_span(d, i, out)) return 1;
    if (tl_time_at(d, i, &m)) {
        tl_when w = {m.year, m.month, m.day, m.tok_begin, m.tok_end, 0, 0, 0, 0};
        /* "on 21 June": the year of the nearest date, else publication. */
        if (!w.year && !take_year(&w, anchor, pub)) return 0;
        *out = w;
        return 1;
    }
    size_t n0 = d->tokens[i].end - d->tokens[i].start;
    /* token i lowered once for the tests below, and only when one of them
     * can match: by its first letter, or a full published date */
    char w0[24];
    int have_w0 = 0;
    int c0 = first_low(d, i);
    if (n0 >= 2 && n0 <= 9) {
        char *wb = w0;
        /* from, between, in, since, during, early, late, mid, until: by
         * first letter and length */
        if ((c0 == 'f' && n0 == 4) || (c0 == 'b' && n0 == 7) || (c0 == 'i' && n0 == 2) || (c0 == 's' && n0 == 5) ||
            (c0 == 'd' && n0 == 6) || (c0 == 'e' && n0 == 5) || (c0 == 'l' && n0 == 4) || (c0 == 'm' && n0 == 3) ||
            (c0 == 'u' && n0 == 5)) {
            low(d, i, wb, sizeof w0);
            have_w0 = 1;
        }
        if (have_w0 && (EQ(wb, "from") || EQ(wb, "between")) && interval_at(d, i, anchor, pub, out)) return 1;
        /* "in January", "since March": a month alone */
        if (have_w0 && (EQ(wb, "in") || EQ(wb, "since") || EQ(wb, "during") || EQ(wb, "early") ||
                        EQ(wb, "late") || EQ(wb, "mid") || EQ(wb, "until"))) {
            int mo = bare_month(d, i + 1);
            tl_when w = {0, mo, 0, i, i + 2, 0, 0, 0, 0};
            uint32_t e;
            if (mo && (w.year = month_year_words(d, i + 2, anchor, pub, &e)) != 0) {
                w.tok_end = e;
                *out = w;
                return 1;
            }
            if (mo && take_year(&w, anchor, pub)) {
                *out = w;
                return 1;
            }
        }
        /* the weekday with its date before the weekday alone */
        if (weekday_date(d, i, anchor, pub, out)) return 1;
        /* (published_relative reads nothing without a full published date) */
        if (pub && pub->year && pub->month && pub->day) {
            if (!have_w0) low(d, i, wb, sizeof w0);
            have_w0 = 1;
            if (published_relative(d, i, wb, pub, out)) return 1;
        }
    }
    /* Relative dates open with the/that/last/this/next, or end two words
     * on with later/earlier/before/after: most tokens fail both at once. */
    /* By length first (the/that/last/this/next: 3-4 bytes; later, earlier,
     * before, after, afterwards: 5, 6, 7 or 10), without copying the words. */
    size_t n2 = i + 2 < d->n_tokens ? d->tokens[i + 2].end - d->tokens[i + 2].start : 0;
    if (n0 != 3 && n0 != 4 && n2 != 3 && n2 != 5 && n2 != 6 && n2 != 7 && n2 != 10) return 0;
    /* and by first letter with length: the (t 3), that, this (t 4), last
     * (l 4), next (n 4); later (l 5), earlier (e 7), before (b 6), after
     * (a 5), afterwards (a 10), ago (a 3) */
    int c2 = i + 2 < d->n_tokens ? first_low(d, i + 2) : 0;
    if (!((c0 == 't' && (n0 == 3 || n0 == 4)) || ((c0 == 'l' || c0 == 'n') && n0 == 4)) &&
        !((c2 == 'l' && n2 == 5) || (c2 == 'e' && n2 == 7) || (c2 == 'b' && n2 == 6) ||
          (c2 == 'a' && (n2 == 5 || n2 == 10 || n2 == 3))))
        return 0;
    /* every reading below counts from the anchor or the published date */
    int has_anchor = anchor && anchor->year, has_pub = pub && pub->year;
    if (!has_anchor && !has_pub) return 0;
    char w1[24], w2[24];
    if (!have_w0) low(d, i, w0, sizeof w0);
    int opener = EQ(w0, "the") || EQ(w0, "that") || EQ(w0, "last") || EQ(w0, "this") ||
                 EQ(w0, "next");
    low(d, i + 2, w2, sizeof w2);
    int closer = EQ(w2, "later") || EQ(w2, "earlier") || EQ(w2, "before") ||
                 EQ(w2, "after") || EQ(w2, "afterwards") || EQ(w2, "ago");
    if (!opener && !closer) return 0;
    low(d, i + 1, w1, sizeof w1);
    /* "the following year", "the next month", "the previous year", "the same year" */
    if (EQ(w0, "the") && has_anchor) {
        int u = unit_of(w2);
        /* a day from a date that gives its day: "the following day" */
        if (u == 2 || u == 3 || (u == 1 && anchor->day)) {
            int delta = 99;
            if (EQ(w1, "following") || EQ(w1, "next")) delta = 1;
            else if (EQ(w1, "previous") || EQ(w1, "preceding")) delta = -1;
            else if (EQ(w1, "same")) delta = 0;
            if (delta != 99 && (u == 3 || anchor->month)) {
                tl_when w = *anchor;
                w.year2 = 0; /* the end of an interval is no anchor's part */
                if (u == 3) { w.month = 0; w.day = 0; }
                else if (u == 2) w.day = 0;
                shift(&w, u, delta);
                w.tok_begin = i; w.tok_end = i + 3;
                *out = w;
                return 1;
            }
        }
    }
    /* "that year", "that month" */
    if (EQ(w0, "that") && has_anchor && (unit_of(w1) == 3 || (unit_of(w1) == 2 && anchor->month))) {
        tl_when w = *anchor;
        w.day = 0;
        if (unit_of(w1) == 3) w.month = 0;
        w.tok_begin = i; w.tok_end = i + 2;
        *out = w;
        return 1;
    }
    /* "last year", "last summer", "this year", "next year", "last month" against publication */
    if ((EQ(w0, "last") || EQ(w0, "this") || EQ(w0, "next")) && has_pub) {
        int delta = EQ(w0, "last") ? -1 : EQ(w0, "next") ? 1 : 0;
        int u = unit_of(w1);
        tl_when w = *pub;
        w.tok_begin = i; w.tok_end = i + 2;
        if (u == 3) { w.month = 0; w.day = 0; shift(&w, 3, delta); *out = w; return 1; }
        if (u == 2 && pub->month) { w.day = 0; shift(&w, 2, delta); *out = w; return 1; }
        /* "last March", "next May": the nearest such month before (after)
         * the published one, "this March" the published year's */
        int mo = (d->tokens[i + 1].flags & TL_TOK_UPPER) ? month_word(w1) : 0;
        if (mo && pub->month) {
            w.month = mo;
            w.day = 0;
            if (delta < 0 && mo >= pub->month) w.year -= 1;
            if (delta > 0 && mo <= pub->month) w.year += 1;
            *out = w;
            return 1;
        }
        if (in_set(w1, SEASONS)) {
            /* A season named "last" is in the previous year unless it already passed this year. */
            int smonth = EQ(w1, "spring") ? 4 : EQ(w1, "summer") ? 7
                       : EQ(w1, "winter") ? 1 : 10;
            w.month = 0; w.day = 0;
            if (delta < 0 && (!pub->month || pub->month <= smonth)) w.year -= 1;
            if (delta > 0 && pub->month && pub->month >= smonth) w.year += 1;
            *out = w;
            return 1;
        }
    }
    /* "two years ago", "three months ago", "a week ago": back from the
     * published day, at the unit's precision ("two years ago" is a year,
     * not a day); "several years ago" says too little */
    /* both readings of a count below end on a closer ("ago", "later",
     * ...): without one the count is not asked for (-1 answers neither) */
    int cnt = closer ? count_word(w0) : -1;
    if (cnt > 0 && has_pub && EQ(w2, "ago")) {
        int u = unit_of(w1);
        tl_when w = *pub;
        w.tok_begin = i; w.tok_end = i + 3;
        if (u == 3) { w.month = 0; w.day = 0; shift(&w, 3, -cnt); }
        else if (u == 2 && pub->month) { w.day = 0; shift(&w, 2, -cnt); }
        else if ((u == 1 || u == 4) && pub->day) shift(&w, 1, -(u == 4 ? 7 : 1) * cnt);
        else return 0;
        *out = w;
        return 1;
    }
    /* "two days later", "a year later", "three months after", "weeks earlier" */
    if (cnt != -1 && has_anchor) {
        int u = unit_of(w1);
        if (u && (EQ(w2, "later") || EQ(w2, "earlier") || EQ(w2, "before") ||
                  EQ(w2, "after") || EQ(w2, "afterwards"))) {
            int sign = (EQ(w2, "earlier") || EQ(w2, "before")) ? -1 : 1;
            tl_when w = *anchor;
            if (cnt == -2) { /* "several days later": only the anchor's precision is safe */
                if (u == 3) { w.month = 0; w.day = 0; }
                else if (u == 2) w.day = 0;
            } else if (u == 4) shift(&w, 1, sign * cnt * 7);
            else shift(&w, u, sign * cnt);
            w.tok_begin = i; w.tok_end = i + 3;
            *out = w;
            return 1;
        }
    }
    return 0;
}

void tl_when_iso(const tl_when *w, char out[TL_WHEN_ISO_MAX]) {
    tl_time_match m = {0, 0, w->year, w->month, w->day};
    tl_time_iso(&m, out);
    if (!out[0] || !w->year2) return;
    tl_time_match e = {0, 0, w->year2, w->month2, w->day2};
    char end[11];
    tl_time_iso(&e, end);
    size_t n = strlen(out);
    out[n] = '/';
    memcpy(out + n + 1, end, strlen(end) + 1);
}

/* ---- dates carried between sentences ---------------------------------------- */

/* Fact types a report tells as one incident over several sentences
 * ("arrested", "charged", "extradited", "attacked"); not states that hold
 * over years, nor trips and meetings, which a profile lists by the dozen. */
static int event_type(int t) {
    return t == TL_ARRESTED || t == TL_CHARGED || t == TL_EXTRADITED || t == TL_ATTACKED;
}

/* Date expressions of sentence si that stand on their own (absolute, or
 * resolved against the published day, never against an earlier date of
 * the text, which the sentence may not continue), birth dates left out.
 * Returns how many (at most cap) went into ws. */
static int sentence_dates(const tl_doc *d, uint32_t si, const tl_when *pub, tl_when *ws, int cap) {
    const tl_sentence *sn = &d->sentences[si];
    int n = 0;
    for (uint32_t i = sn->tok_begin; i < sn->tok_end && n < cap; i++) {
        tl_when w;
        if (!tl_when_at(d, i, NULL, pub, &w)) continue;
        uint32_t b = w.tok_begin > sn->tok_begin && is_w(d, w.tok_begin - 1, "on") ? w.tok_begin - 1 : w.tok_begin;
        if (w.tok_end > sn->tok_end) w.tok_end = sn->tok_end;
        if (!(b > sn->tok_begin && is_w(d, b - 1, "born"))) ws[n++] = w;
        i = w.tok_end - 1;
    }
    return n;
}

/* "accused him of involvement in the 1983 bombing of the embassy": is
 * date w the modifier of a noun after "PREP the", an event named in
 * passing that dates no earlier sentence's?  (A report that opens with
 * "convicted of the 2020 murder of X" and tells the murder next dates it
 * so.)  Can't fail. */
static int named_past_event(const tl_doc *d, const tl_when *w) {
    uint32_t b = w->tok_begin;
    if (b < 2 || w->tok_end >= d->n_tokens || !tl_tok_eq(d, b - 1, "the")) return 0;
    const tl_token *t = &d->tokens[w->tok_end];
    if (!(t->flags & TL_TOK_ALPHA) || (t->flags & TL_TOK_UPPER)) return 0;
    return is_w(d, b - 2, "in") || is_w(d, b - 2, "of") || is_w(d, b - 2, "for") || is_w(d, b - 2, "over") ||
           is_w(d, b - 2, "after") || is_w(d, b - 2, "since") || is_w(d, b - 2, "to");
}

/* The date of sentence si that belongs to a word stating an event of
 * type `type` ("arrested", "arrest" for ARRESTED): the trigger word
 * nearest the date, of any type, must be of that type ("convicted him of
 * an attack in 2024": 2024 is the attack's).  A date follows its verb, so
 * a trigger after the date counts at twice its distance.  Verbs and
 * event nouns only.  Within 15 tokens; returns the index in ws, or -1. */
static int dated_trigger(const tl_doc *d, const tl_trig_lex *lex, uint32_t si, int type, const tl_when *ws, int n,
                         int ahead) {
    const tl_sentence *sn = &d->sentences[si];
    uint32_t cost[16], at[16];
    uint8_t own[16];
    for (int j = 0; j < n && j < 16; j++) cost[j] = 16, own[j] = 0, at[j] = 0;
    for (uint32_t k = sn->tok_begin; k < sn->tok_end; k++) {
        char w[24];
        size_t len = low(d, k, w, sizeof w);
        if (len < 3 || len >= sizeof w - 1) continue;
        const tl_trig *fr[8];
        int past;
        size_t nf = tl_trig_lookup(lex, w, len, fr, 8, &past), f = 0;
        /* what a charge carries ("escaped from a prison in 2019") is no
         * charging event */
        if (nf && tl_trig_in_list("prison|jail|term|terms|penalty|penalties|defendant|defendants", w, len)) continue;
        /* verbs and event nouns: relational nouns ("port", "leader") date nothing */
        size_t m = 0;
        for (size_t q = 0; q < nf; q++) {
            if (fr[q]->kind == TL_TK_REL || fr[q]->kind == TL_TK_ADJ) continue;
            /* a particle verb only with its particle ("found guilty", not
             * "the court found") */
            if (fr[q]->part) {
                /* (over an object: "found X guilty") */
                int follows = 0;
                for (uint32_t j = k + 1; j < sn->tok_end && j < k + 6 && !follows; j++) {
                    char w1[24], w2[24];
                    size_t l1 = low(d, j, w1, sizeof w1);
                    size_t l2 = j + 1 < sn->tok_end ? low(d, j + 1, w2, sizeof w2) : 0;
                    follows = tl_trig_part_follows(fr[q], w1, l1, l2 ? w2 : "", l2);
                }
                if (!follows) continue;
            }
            fr[m++] = fr[q];
        }
        nf = m;
        if (!nf) continue;
        while (f < nf && fr[f]->type != type) f++;
        for (int j = 0; j < n && j < 16; j++) {
            if (k >= ws[j].tok_begin && k < ws[j].tok_end) continue;
            uint32_t c = k < ws[j].tok_begin ? ws[j].tok_begin - k : 2 * (k - ws[j].tok_end + 1);
            if (c < cost[j]) cost[j] = c, own[j] = f < nf, at[j] = k;
        }
    }
    int best = -1;
    for (int j = 0; j < n && j < 16; j++)
        if (own[j] && (best < 0 || cost[j] < cost[best]) && !(ahead && named_past_event(d, &ws[j]))) best = j;
    /* "after their father's arrest in 2011": the event of a relative or
     * an associate the text does not name is no one's the facts hold */
    /* ("after their father was extradited in 2017": the same, the kin
     * noun the verb's subject) */
    if (best >= 0) {
        uint32_t q = at[best];
        int passive = 0;
        while (q > sn->tok_begin + 1 && (is_w(d, q - 1, "was") || is_w(d, q - 1, "were") || is_w(d, q - 1, "been") ||
                                         is_w(d, q - 1, "had") || is_w(d, q - 1, "being")))
            q--, passive = 1;
        int poss = !passive && q >= sn->tok_begin + 2 && (is_w(d, q - 1, "'s") || is_w(d, q - 1, "\u2019s"));
        if (poss) q--;
        if ((poss || passive) && q >= sn->tok_begin + 2) {
            char w[24];
            size_t len = low(d, q - 1, w, sizeof w);
            if (len && tl_trig_in_list(TL_CUE_POSSESSED_PERSON_NOUNS, w, len) &&
                (poss || is_w(d, q - 2, "his") || is_w(d, q - 2, "her") || is_w(d, q - 2, "their")))
                return -1;
        }
    }
    return best;
}

/* Index of the sentence holding byte offset off (the last starting at or before it). */
static uint32_t sentence_of(const tl_doc *d, uint32_t off) {
    uint32_t lo = 0, hi = d->n_sentences;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (d->sentences[mid].start <= off) lo = mid;
        else hi = mid;
    }
    return lo;
}

/* Does sentence si tell what has happened so far ("X has also carried
 * out attacks in Y", "they have attacked")?  A present perfect sums up;
 * no earlier sentence's date is its time.  Can't fail. */
static int perfect_sentence(const tl_doc *d, uint32_t si) {
    const tl_sentence *s = &d->sentences[si];
    for (uint32_t k = s->tok_begin; k + 1 < s->tok_end; k++) {
        if (!tl_tok_eq(d, k, "has") && !tl_tok_eq(d, k, "have")) continue;
        uint32_t j = k + 1;
        if (j + 1 < s->tok_end && (tl_tok_eq(d, j, "also") || tl_tok_eq(d, j, "since") || tl_tok_eq(d, j, "repeatedly") ||
                                   tl_tok_eq(d, j, "previously") || tl_tok_eq(d, j, "long") || tl_tok_eq(d, j, "often")))
            j++;
        const tl_token *t = &d->tokens[j];
        size_t n = t->end - t->start;
        if (n > 3 && !memcmp(d->text + t->end - 2, "ed", 2)) return 1;
    }
    return 0;
}

/* Does token t of sentence si stand inside a relative clause set off by
 * commas ("X, who was wanted for ... in 1993, had led")?  Can't fail. */
static int in_relative_clause(const tl_doc *d, uint32_t si, uint32_t t) {
    const tl_sentence *s = &d->sentences[si];
    uint32_t k = t;
    while (k > s->tok_begin && !tl_tok_eq(d, k - 1, ",")) {
        k--;
        /* (closed by a comma or by the sentence's end: "..., who was
         * himself killed in a prison in 2022.") */
        if (tl_tok_eq(d, k, "who") || tl_tok_eq(d, k, "which")) return k > s->tok_begin && tl_tok_eq(d, k - 1, ",");
    }
    return 0;
}

void tl_when_carry(const tl_doc *d, const tl_trig_lex *lex, const tl_when *pub, tl_fact *facts, uint32_t n) {
    if (!lex || !d->n_sentences) return;
    /* Facts come in sentence order, several to a sentence: the answer for
     * the last (sentence, type) is kept, so that each sentence is read a
     * bounded number of times whatever the number of facts. */
    uint32_t last_si = UINT32_MAX;
    int last_type = -1, have = 0;
    tl_when last_w;
    memset(&last_w, 0, sizeof last_w);
    for (uint32_t f = 0; f < n; f++) {
        tl_fact *x = &facts[f];
        if (x->time_value[0] || !event_type(x->type)) continue;
        uint32_t si = sentence_of(d, x->evidence.start);
        if (si != last_si || x->type != last_type) {
            last_si = si;
            last_type = x->type;
            have = 0;
            tl_when ws[16];
            /* a sentence with a date of its own gave it to another verb */
            if (sentence_dates(d, si, pub, ws, 16) || perfect_sentence(d, si)) continue;
            /* the nearest dated sentence before (six at most), else one of
             * the next two: the first date either way is the time frame,
             * and carries only when that sentence tells the same kind of
             * event */
            int found = -1;
            for (uint32_t k = 1; k <= 6 && k <= si; k++) {
                int nw = sentence_dates(d, si - k, pub, ws, 16);
                if (nw) {
                    found = dated_trigger(d, lex, si - k, x->type, ws, nw, 0);
                    /* "A and B were convicted in 2019. X denied the
                     * charges": the dated event was others' alone */
                    int others = 0, own = 0;
                    for (uint32_t g = f; found >= 0 && g > 0 && g + 256 > f; g--) {
                        const tl_fact *o = &facts[g - 1];
                        uint32_t gs = sentence_of(d, o->evidence.start);
                        if (gs < si - k) break;
                        if (gs != si - k || o->type != x->type) continue;
                        if (o->args[0] == x->args[0]) own = 1;
                        else others = 1;
                    }
                    if (others && !own) found = -1;
                    break;
                }
            }
            for (uint32_t k = 1; found < 0 && k <= 2 && si + k < d->n_sentences; k++) {
                int nw = sentence_dates(d, si + k, pub, ws, 16);
                if (nw) {
                    found = dated_trigger(d, lex, si + k, x->type, ws, nw, 1);
                    /* "Sahiron, who was wanted for the kidnapping of an
                     * American in 1993, had led ...": a date inside a
                     * relative clause tells of an older event */
                    if (found >= 0 && in_relative_clause(d, si + k, ws[found].tok_begin)) found = -1;
                    /* "More than 1,200 people have been killed since
                     * September 2024": a span of events since then dates
                     * none before it */
                    /* (or since an event then: "since his capture in
                     * 2018") */
                    for (uint32_t q = ws[found >= 0 ? found : 0].tok_begin, back = 0; found >= 0 && q > 0 && back < 4; back++)
                        if (tl_tok_eq(d, --q, "since")) found = -1;
                    /* "X was convicted ... . Y, who was jailed in 2021":
                     * the later event is someone else's (the facts are in
                     * sentence order: a bounded look ahead) */
                    for (uint32_t g = f + 1; found >= 0 && g < n && g < f + 256; g++) {
                        uint32_t gs = sentence_of(d, facts[g].evidence.start);
                        if (gs > si + k) break;
                        if (gs == si + k && facts[g].type == x->type && facts[g].args[0] != x->args[0]) found = -1;
                    }
                    break;
                }
            }
            if (found >= 0) last_w = ws[found], have = 1;
        }
        if (!have) continue;
        tl_when_iso(&last_w, x->time_value);
        x->time_text.start = d->tokens[last_w.tok_begin].start;
        x->time_text.end = d->tokens[last_w.tok_end - 1].end;
    }
}

/* ---- amounts ---------------------------------------------------------------- */

/* Parses "30,000" / "3.5" / "500" into *v. */
static int parse_num(const char *s, size_t n, double *v) {
    char buf[32];
    size_t k = 0;
    if (n == 0 || n > 30) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') buf[k++] = c;
        else if (c == '.' && i + 1 < n) buf[k++] = c;
        else if (c == ',' && k) continue;
        else return 0;
    }
    if (!k) return 0;
    buf[k] = 0;
    *v = strtod(buf, NULL);
    return 1;
}

static double scale_word(const char *w) {
    if (EQ(w, "thousand")) return 1e3;
    if (EQ(w, "million") || EQ(w, "mln") || EQ(w, "m")) return 1e6;
    if (EQ(w, "billion") || EQ(w, "bn")) return 1e9;
    return 0;
}

/* Currency named by a word after the number ("dollars", "USD", "euros"). */
static const char *currency_word(const char *w) {
    static const struct { const char *w, *iso; } t[] = {
        {"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"euros", "EUR"}, {"euro", "EUR"},
        {"eur", "EUR"}, {"pounds", "GBP"}, {"gbp", "GBP"}, {"rubles", "RUB"}, {"roubles", "RUB"},
        {"rub", "RUB"}, {"manat", "AZN"}, {"azn", "AZN"}, {"lari", "GEL"}, {"gel", "GEL"},
        {"rials", "IRR"}, {"riyals", "SAR"}, {"irr", "IRR"}, {"tomans", "IRR"}, {"shekels", "ILS"},
        {"ils", "ILS"}, {"lira", "TRY"}, {"liras", "TRY"}, {"yuan", "CNY"}, {"yen", "JPY"},
        {"hryvnias", "UAH"}, {"francs", "CHF"}, {"dirhams", "AED"}, {"bitcoin", "BTC"}, {NULL, NULL}};
    for (int k = 0; t[k].w; k++)
        if (EQ(w, t[k].w)) return t[k].iso;
    return NULL;
}

static const char *currency_symbol(const char *s, size_t n) {
    if (n == 1 && s[0] == '$') return "USD";
    if (n == 3 && !memcmp(s, "\xe2\x82\xac", 3)) return "EUR";
    if (n == 2 && !memcmp(s, "\xc2\xa3", 2)) return "GBP";
    if (n == 3 && !memcmp(s, "\xe2\x82\xbd", 3)) return "RUB";
    return NULL;
}

int tl_amount_at(const tl_doc *d, uint32_t i, double *value, char currency[4], uint32_t *tok_end) {
    if (i >= d->n_tokens) return 0;
    const tl_token *t = &d->tokens[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    const char *sym = currency_symbol(s, n);
    uint32_t k = i;
    double v;
    char w[24];
    if (sym) {
        /* "$500,000", "$ 2 million", "US$ 5" */
        if (i + 1 >= d->n_tokens) return 0;
        const tl_token *u = &d->tokens[i + 1];
        if (!parse_num(d->text + u->start, u->end - u->start, &v)) return 0;
        k = i + 2;
    } else {
        if (!(t->flags & TL_TOK_DIGIT) || !parse_num(s, n, &v)) return 0;
        k = i + 1;
    }
    low(d, k, w, sizeof w);
    double sc = scale_word(w);
    if (sc) { v *= sc; k++; low(d, k, w, sizeof w); }
    const char *iso = sym;
    if (!iso) {
        /* "US dollars", "U.S. dollars" */
        if (EQ(w, "us") || EQ(w, "u.s.") || EQ(w, "american")) {
            char w2[24];
            low(d, k + 1, w2, sizeof w2);
            if (EQ(w2, "dollars") || EQ(w2, "dollar")) { iso = "USD"; k += 2; }
        } else if ((iso = currency_word(w)) != NULL) k++;
        if (!iso) return 0;
    }
    *value = v;
    memcpy(currency, iso, 4);
    *tok_end = k;
    return 1;
}
