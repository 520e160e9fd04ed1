/* tl_time.c -- dates in text: "October 3, 2021", "13 March 1963", "in July 2022", "2024-02-07". */
#include "tl_time.h"
#include <stdio.h>
#include <string.h>

static const char *months[12] = {"january", "february", "march", "april", "may", "june",
                                 "july", "august", "september", "october", "november", "december"};
static const uint8_t month_len[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};

int tl_time_month(const char *s, size_t n) {
    char low[16];
    if (n && s[n - 1] == '.') n--;
    if (n < 3 || n > 9) return 0;
    /* a month name starts with one of j f m a s o n d: other words are
     * not copied (every capitalised word is asked about) */
    char c0 = s[0];
    if (c0 >= 'A' && c0 <= 'Z') c0 = (char)(c0 + 32);
    if (!memchr("jfmasond", c0, 8)) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c < 'a' || c > 'z') return 0;
        low[i] = c;
    }
    for (int m = 0; m < 12; m++) {
        /* each test below needs the month's first letter: the date reader
         * asks about every capitalised word, and most fail here */
        if (months[m][0] != low[0]) continue;
        size_t ml = month_len[m];
        if (n == ml && memcmp(low, months[m], n) == 0) return m + 1;
        /* Three-letter abbreviations, and "Sept". */
        if (n == 3 && memcmp(low, months[m], 3) == 0 && m != 4) return m + 1;
        if (n == 4 && m == 8 && memcmp(low, "sept", 4) == 0) return 9;
    }
    return 0;
}

static int num(const tl_doc *d, uint32_t i, int min_digits, int max_digits) {
    if (i >= d->n_tokens) return -1;
    const tl_token *t = &d->tokens[i];
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    /* "3rd", "21st" */
    size_t digits = 0;
    while (digits < n && s[digits] >= '0' && s[digits] <= '9') digits++;
    if (digits < (size_t)min_digits || digits > (size_t)max_digits) return -1;
    if (digits != n) {
        if (!(n - digits == 2 && (strncmp(s + digits, "st", 2) == 0 || strncmp(s + digits, "nd", 2) == 0 ||
                                  strncmp(s + digits, "rd", 2) == 0 || strncmp(s + digits, "th", 2) == 0)))
            return -1;
    }
    int v = 0;
    for (size_t k = 0; k < digits; k++) v = v * 10 + (s[k] - '0');
    return v;
}

static int is_tok(const tl_doc *d, uint32_t i, const char *w) {
    if (i >= d->n_tokens) return 0;
    const tl_token *t = &d->tokens[i];
    size_t n = strlen(w);
    return t->end - t->start == n && memcmp(d->text + t->start, w, n) == 0;
}

static int month_tok(const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens) return 0;
    const tl_token *t = &d->tokens[i];
    if (!(t->flags & TL_TOK_UPPER)) return 0; /* "may" the verb */
    return tl_time_month(d->text + t->start, t->end - t->start);
}

static int year_ok(int y) { return y >= 1000 && y <= 2200; }

/* A date written in digits as one token: "24.03.2016" (day first),
 * "2016/03/24", "2016.03.24", "03/27/2016" (month first unless the first
 * number cannot be a month; "03/04/2016", either way, gives the year
 * only).  Fills year, month, day of r; returns 1 when s[0..n) is one. */
static int numeric_date(const char *s, size_t n, tl_time_match *r) {
    int part[3] = {0, 0, 0}, len[3] = {0, 0, 0}, k = 0;
    char sep = 0;
    for (size_t j = 0; j < n; j++) {
        char c = s[j];
        if (c >= '0' && c <= '9') {
            if (++len[k] > 4) return 0;
            part[k] = part[k] * 10 + (c - '0');
        } else if ((c == '.' || c == '/') && k < 2 && len[k] && (!sep || c == sep)) {
            sep = c;
            k++;
        } else return 0;
    }
    if (k != 2 || !len[2]) return 0;
    int y, a, b; /* a, b: the two numbers other than the year, in order */
    if (len[0] == 4 && len[1] <= 2 && len[2] <= 2) y = part[0], a = part[1], b = part[2]; /* Y M D */
    else if (len[2] == 4 && len[0] <= 2 && len[1] <= 2) y = part[2], a = part[0], b = part[1];
    else return 0;
    if (!year_ok(y) || a < 1 || b < 1) return 0;
    int mo, day;
    if (len[0] == 4) mo = a, day = b;
    else if (sep == '.') day = a, mo = b;            /* European "24.03.2016" */
    else if (a > 12) day = a, mo = b;                /* "27/03/2016" */
    else if (b > 12) mo = a, day = b;                /* "03/27/2016" */
    else mo = 0, day = 0;                            /* "03/04/2016": which is the month? */
    if (mo > 12 || day > 31 || (mo && !day)) return 0;
    r->year = y;
    r->month = mo;
    r->day = day;
    return 1;
}

int tl_time_at(const tl_doc *d, uint32_t i, tl_time_match *m) {
    tl_time_match r = {i, i, 0, 0, 0};
    if (i >= d->n_tokens) return 0;
    const tl_token *t = &d->tokens[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    /* Every date below opens with a capitalised month name, a digit (a
     * day, a year, "2024-02-07", "24.03.2016") or "mid-", "early-",
     * "late-": the date reader asks about every word, and most end here. */
    if (n == 0 || (!(t->flags & TL_TOK_UPPER) && !(s[0] >= '0' && s[0] <= '9') && !(s[0] == 'm' && n == 8) &&
                   !(s[0] == 'e' && n == 10) && !(s[0] == 'l' && n == 9)))
        return 0;
    int mo = month_tok(d, i);
    if (mo) {
        /* Month D, YYYY | Month D | Month YYYY */
        int day = num(d, i + 1, 1, 2);
        if (day >= 1 && day <= 31) {
            r.month = mo;
            r.day = day;
            uint32_t k = i + 2;
            if (is_tok(d, k, ",")) k++;
            int y = num(d, k, 4, 4);
            if (year_ok(y)) { r.year = y; r.tok_end = k + 1; }
            else r.tok_end = i + 2;
            *m = r;
            return 1;
        }
        int y = num(d, i + 1, 4, 4);
        if (year_ok(y)) {
            r.month = mo; r.year = y; r.tok_end = i + 2;
            *m = r;
            return 1;
        }
        return 0;
    }
    /* ISO date 2024-02-07 is one token (digits joined by hyphens). */
    if (n == 10 && s[4] == '-' && s[7] == '-') {
        int y, mm, dd;
        char buf[11];
        memcpy(buf, s, 10);
        buf[10] = 0;
        if (sscanf(buf, "%4d-%2d-%2d", &y, &mm, &dd) == 3 && year_ok(y) && mm >= 1 && mm <= 12 &&
            dd >= 1 && dd <= 31) {
            r.year = y; r.month = mm; r.day = dd; r.tok_end = i + 1;
            *m = r;
            return 1;
        }
        return 0;
    }
    if (n >= 8 && n <= 10 && (t->flags & TL_TOK_DIGIT) && numeric_date(s, n, &r)) {
        r.tok_end = i + 1;
        *m = r;
        return 1;
    }
    /* "mid-2019", "early-2020", "late-2018": the year */
    if ((n == 8 && !strncmp(s, "mid-", 4)) || (n == 10 && !strncmp(s, "early-", 6)) ||
        (n == 9 && !strncmp(s, "late-", 5))) {
        int y = 0;
        for (size_t k = n - 4; k < n; k++) y = (s[k] >= '0' && s[k] <= '9') ? y * 10 + (s[k] - '0') : -1000000;
        if (year_ok(y)) {
            r.year = y; r.tok_end = i + 1;
            *m = r;
            return 1;
        }
        return 0;
    }
    /* the rest are numbers: a token that opens with no digit is none (num
     * would say -1 after a call) */
    if (n == 0 || s[0] < '0' || s[0] > '9') return 0;
    int v = num(d, i, 1, 4);
    if (v < 0) return 0;
    if (n <= 4 && v >= 1 && v <= 31 && month_tok(d, i + 1)) {
        /* D Month YYYY | D Month */
        r.day = v;
        r.month = month_tok(d, i + 1);
        int y = num(d, i + 2, 4, 4);
        if (year_ok(y)) { r.year = y; r.tok_end = i + 3; }
        else r.tok_end = i + 2;
        *m = r;
        return 1;
    }
    if (n == 4 && year_ok(v)) {
        r.year = v; r.tok_end = i + 1;
        *m = r;
        return 1;
    }
    return 0;
}

/* Days in month mo (1-12) of year y, Gregorian leap years. */
static unsigned month_days(unsigned y, unsigned mo) {
    static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (mo == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) return 29;
    return days[mo - 1];
}

void tl_time_iso(const tl_time_match *m, char out[11]) {
    out[0] = 0;
    if (!m->year) return;
    unsigned y = (unsigned)m->year % 10000u, mo = (unsigned)m->month % 13u, d = (unsigned)m->day % 32u;
    /* "February 30, 2021" or "29 February" in a common year is no day of
     * the calendar: an ISO value that does not exist would reach exports
     * and range filters, so only the month is kept */
    if (mo && d > month_days(y, mo)) d = 0;
    char buf[32];
    if (mo && d) snprintf(buf, sizeof buf, "%04u-%02u-%02u", y, mo, d);
    else if (mo) snprintf(buf, sizeof buf, "%04u-%02u", y, mo);
    else snprintf(buf, sizeof buf, "%04u", y);
    memcpy(out, buf, 11);
    out[10] = 0;
}
