/* tl_tok.c -- tokenizer and sentence splitter over UTF-8 text with byte offsets.
 *
 * Tokens are byte ranges of the original text, never copies.  Rules, in the
 * order they are tried at each position:
 *   - whitespace separates tokens and is remembered as flags on the next one
 *     (space, line break, blank line), which later stages use for headlines;
 *   - a word is a run of letters, digits and marks that may contain an inner
 *     apostrophe (O'Brien, Shi'ite), inner hyphen (al-Muhandis, IRGC-Quds),
 *     inner period (U.S., e.g.) or digit separators (30,000  3.5  2020-21);
 *   - a possessive 's (or a bare ' after s) is split off as its own token;
 *   - a final period stays on the word when the word is a known abbreviation,
 *     a single capital letter (an initial) or already holds inner periods;
 *   - anything else is a one-character punctuation token ("--" and "..." are
 *     kept whole).
 * Sentences end at . ! ? (plus closing quotes and brackets), at blank lines,
 * and at line breaks after short lines (headlines, datelines, list items).
 */
#include "tl_tok.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include <stdlib.h>
#include <string.h>
#include <assert.h>

/* Abbreviations that keep their period.  Those marked 1 can also end a
 * sentence ("... in the U.S. The"), the others (titles) never do. */
/* With their lengths, so a lookup compares no string of another length. */
#define A(w, e) {w, sizeof w - 1, e}
static const struct { const char *s; size_t n; int can_end; } abbrevs[] = {
    A("mr", 0), A("mrs", 0), A("ms", 0), A("dr", 0), A("prof", 0), A("gen", 0), A("lt", 0),
    A("col", 0), A("maj", 0), A("capt", 0), A("cpt", 0), A("sgt", 0), A("adm", 0), A("cmdr", 0),
    A("gov", 0), A("sen", 0), A("rep", 0), A("rev", 0), A("fr", 0), A("st", 0), A("mt", 0),
    A("ft", 0), A("pres", 0), A("hon", 0), A("amb", 0), A("brig", 0), A("pvt", 0), A("cpl", 0),
    A("no", 0), A("nos", 0), A("vol", 0), A("art", 0), A("sec", 0), A("para", 0), A("fig", 0),
    A("jan", 0), A("feb", 0), A("mar", 0), A("apr", 0), A("jun", 0), A("jul", 0), A("aug", 0),
    A("sep", 0), A("sept", 0), A("oct", 0), A("nov", 0), A("dec", 0), A("vs", 0), A("v", 0),
    A("approx", 0), A("est", 0), A("dept", 0), A("univ", 0), A("assn", 0), A("ave", 0), A("jr", 1),
    A("sr", 1), A("inc", 1), A("corp", 1), A("ltd", 1), A("co", 1), A("bros", 1), A("etc", 1),
    A("al", 1), A("cf", 0), A("ca", 0), A("p", 0), A("pp", 0), A("ibid", 1),
    /* US states in datelines and addresses ("ALEXANDRIA, Va. --") */
    A("ala", 1), A("ariz", 1), A("ark", 1), A("calif", 1), A("colo", 1), A("conn", 1), A("fla", 1),
    A("kan", 1), A("ky", 1), A("md", 1), A("mich", 1), A("minn", 1), A("neb", 1), A("nev", 1),
    A("okla", 1), A("pa", 1), A("tenn", 1), A("va", 1), A("vt", 1), A("wis", 1), A("wyo", 1)
};
#undef A

static int abbrev_find(const char *s, size_t n) {
    if (n < 2 || s[n - 1] != '.') return -1;
    n--;
    if (n > 6) return -1;
    char low[8];
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (!(c >= 'a' && c <= 'z')) return -1;
        low[i] = c;
    }
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
        if (abbrevs[i].n == n && memcmp(abbrevs[i].s, low, n) == 0) return (int)i;
    return -1;
}

int tl_tok_is_abbrev(const char *s, size_t n) { return abbrev_find(s, n) >= 0; }

typedef struct {
    tl_token *v;
    size_t n, cap;
} tokvec;

static int push(tokvec *tv, tl_token t) {
    if (tv->n == tv->cap) {
        size_t cap = tv->cap ? tv->cap * 2 : 1024;
        tl_token *p = realloc(tv->v, cap * sizeof *p);
        if (!p) return 0;
        tv->v = p;
        tv->cap = cap;
    }
    tv->v[tv->n++] = t;
    return 1;
}

static int is_word_cp(int32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    return tl_uc_is_alpha(cp) || tl_uc_is_digit(cp) ||
           (cp >= 0x300 && cp <= 0x36F) /* combining marks */ ||
           (cp > 0x7F && !tl_uc_is_space(cp) && !tl_uc_is_dash(cp) && !tl_uc_is_quote(cp) &&
            !tl_uc_is_apostrophe(cp) && cp != 0x2026 && cp != 0xA0 && cp != 0xFFFD &&
            cp != 0xAB && cp != 0xBB && cp != 0x2022 && cp != 0xB7 && cp != 0xA7 &&
            cp != 0xB0 && cp != 0x20AC && cp != 0xA3 && cp != 0xA5 && cp != 0x2030 &&
            cp != 0x2032 && cp != 0x2033 && !(cp >= 0x2000 && cp <= 0x206F) &&
            !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFF00 && cp <= 0xFF0F));
}

/* Decodes the code point at i (0 at the end). */
static int32_t cp_at(const char *s, size_t n, size_t i, size_t *len) {
    if (i >= n) { *len = 0; return 0; }
    if ((unsigned char)s[i] < 0x80) { *len = 1; return (unsigned char)s[i]; }
    int32_t cp;
    *len = tl_utf8_decode(s + i, n - i, &cp);
    return cp;
}

/* Word classes of a token, gathered one code point at a time. */
typedef struct wclass {
    unsigned letters, uppers;
    uint32_t flags;     /* TL_TOK_ALPHA, TL_TOK_UPPER, TL_TOK_DIGIT */
} wclass;

static inline void wclass_add(wclass *w, int32_t c) {
    if (tl_uc_is_alpha(c)) {
        w->flags |= TL_TOK_ALPHA;
        if (tl_uc_is_upper(c)) {
            w->uppers++;
            if (w->letters == 0) w->flags |= TL_TOK_UPPER;
        }
        w->letters++;
    } else if (tl_uc_is_digit(c)) {
        w->flags |= TL_TOK_DIGIT;
    }
}

static inline uint32_t wclass_flags(const wclass *w) {
    return w->flags | (w->letters >= 2 && w->uppers == w->letters ? TL_TOK_ALLCAPS : 0);
}

/* Scans a word starting at i; returns its end and adds its word classes
 * (what wclass_add gives over every code point of [i, end)) to *flags. */
static size_t scan_word(const char *s, size_t n, size_t i, uint32_t *flags) {
    size_t l;
    int32_t cp;
    int has_digit = 0, inner_period = 0;
    wclass wc = {0, 0, 0};
    while (i < n) {
        /* ASCII letters and digits, the bulk of the text, first. */
        unsigned char b = (unsigned char)s[i];
        if ((unsigned)((b | 32) - 'a') < 26u) {
            wc.flags |= TL_TOK_ALPHA;
            if (b <= 'Z') {
                wc.uppers++;
                if (wc.letters == 0) wc.flags |= TL_TOK_UPPER;
            }
            /* the lower-case letters after it only count: the run at once,
             * not one trip through this loop each (a fifth of the
             * tokenizer's instructions) */
            size_t j = i + 1;
            while (j < n && (unsigned)((unsigned char)s[j] - 'a') < 26u) j++;
            wc.letters += (unsigned)(j - i);
            i = j;
            continue;
        }
        if ((unsigned)(b - '0') < 10u) {
            has_digit = 1;
            wc.flags |= TL_TOK_DIGIT;
            i++;
            continue;
        }
        cp = cp_at(s, n, i, &l);
        if (is_word_cp(cp)) {
            if (tl_uc_is_digit(cp)) has_digit = 1;
            wclass_add(&wc, cp);
            i += l;
            continue;
        }
        /* Inner joiners: keep when a word character follows. */
        size_t l2;
        int32_t nx = cp_at(s, n, i + l, &l2);
        if (tl_uc_is_apostrophe(cp) && cp != 0x2018 && is_word_cp(nx) && tl_uc_is_alpha(nx)) {
            /* Possessive 's / 's- is split off; Shi'ite, O'Brien stay. */
            if ((nx == 's' || nx == 'S')) {
                size_t l3;
                int32_t nn = cp_at(s, n, i + l + l2, &l3);
                if (!is_word_cp(nn)) break;
            }
            wclass_add(&wc, cp); /* U+02BC is a letter */
            i += l;
            continue;
        }
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && is_word_cp(nx)) {
            *flags |= TL_TOK_HYPHEN;
            i += l;
            continue;
        }
        if (cp == '.' && is_word_cp(nx) && !tl_uc_is_space(nx)) {
            /* U.S.A., e.g., 3.5, www.example.com */
            inner_period = 1;
            i += l;
            continue;
        }
        if ((cp == ',' || cp == ':' || cp == '/') && has_digit && tl_uc_is_digit(nx)) {
            i += l; /* 30,000  10:30  1/2 */
            continue;
        }
        if (cp == '@' && i > 0 && is_word_cp(nx)) { i += l; continue; }
        break;
    }
    /* A trailing period after an initialism keeps it: U.S. */
    if (inner_period && i < n && s[i] == '.') {
        i++;
        *flags |= TL_TOK_ABBREV;
    }
    *flags |= wclass_flags(&wc);
    return i;
}

int tl_tok_run(tl_doc *doc) {
    const char *s = doc->text;
    size_t n = doc->len;
    tokvec tv = {0};
    uint32_t pending = TL_TOK_NEWLINE_BEFORE | TL_TOK_LINE_START;
    size_t i = 0;
    int newlines = 0;
    while (i < n) {
        size_t l;
        int32_t cp = cp_at(s, n, i, &l);
        if (tl_uc_is_space(cp) || cp == 0xFFFD) {
            if (cp == '\n' || cp == 0x2028 || cp == 0x2029) {
                newlines++;
                pending |= TL_TOK_NEWLINE_BEFORE | TL_TOK_LINE_START;
                if (newlines >= 2 || cp == 0x2029) pending |= TL_TOK_PARA_BEFORE;
            }
            pending |= TL_TOK_SPACE_BEFORE;
            i += l;
            continue;
        }
        newlines = 0;
        tl_token t = {0};
        t.start = (uint32_t)i;
        t.flags = pending;
        pending = 0;
        int word = is_word_cp(cp);
        if (word) {
            size_t e = scan_word(s, n, i, &t.flags);
            /* Keep the final period of abbreviations and initials. */
            if (e < n && s[e] == '.' && !(t.flags & TL_TOK_ABBREV)) {
                size_t wl = e - i;
                int32_t c0;
                size_t c0l = tl_utf8_decode(s + i, wl, &c0);
                int initial = (c0l == wl && tl_uc_is_upper(c0));
                if (initial || abbrev_find(s + i, wl + 1) >= 0) {
                    e++;
                    t.flags |= TL_TOK_ABBREV;
                }
            }
            t.end = (uint32_t)e;
            i = e;
        } else if (tl_uc_is_apostrophe(cp) && (i + l < n) && (s[i + l] == 's' || s[i + l] == 'S') &&
                   (i + l + 1 >= n || !is_word_cp((unsigned char)s[i + l + 1] < 0x80 ? s[i + l + 1] : 'a')) &&
                   tv.n > 0 && tv.v[tv.n - 1].end == i) {
            t.end = (uint32_t)(i + l + 1); /* possessive 's */
            i = t.end;
        } else if (cp == '-' && i + 1 < n && s[i + 1] == '-') {
            size_t e = i;
            while (e < n && s[e] == '-' && e - i < 64) e++;
            t.end = (uint32_t)e;
            t.flags |= TL_TOK_PUNCT;
            i = e;
        } else if (cp == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
            t.end = (uint32_t)(i + 3);
            t.flags |= TL_TOK_PUNCT;
            i += 3;
        } else {
            t.end = (uint32_t)(i + l);
            t.flags |= TL_TOK_PUNCT;
            if (tl_uc_is_quote(cp)) t.flags |= TL_TOK_QUOTE;
            i += l;
        }
        /* Word classes (words got theirs from scan_word). */
        if (!(t.flags & TL_TOK_PUNCT) && !word) {
            wclass wc = {0, 0, 0};
            for (size_t j = t.start; j < t.end;) {
                int32_t c;
                if ((unsigned char)s[j] < 0x80) c = (unsigned char)s[j++];
                else j += tl_utf8_decode(s + j, t.end - j, &c);
                wclass_add(&wc, c);
            }
            t.flags |= wclass_flags(&wc);
        }
        if (!push(&tv, t)) { free(tv.v); return TL_ENOMEM; }
    }

    /* Sentences.  A sentence ends after a token when:
     *   - it is . ! ? (or an ellipsis) and the next token is not lower case,
     *     with closing quotes/brackets pulled into the sentence;
     *   - it is an abbreviation that can end sentences and the next token
     *     starts a new line or is capitalized and followed by a lower-case word;
     *   - the next token starts a paragraph, or starts a new line after a
     *     short line (a headline, a dateline, a list item);
     *   - the sentence reached TL_TOK_MAX_SENT tokens. */
    size_t max_sents = tv.n + 1;
    tl_sentence *sv = malloc(max_sents * sizeof *sv);
    if (!sv) { free(tv.v); return TL_ENOMEM; }
    size_t ns = 0, begin = 0, line_start_byte = 0;
    for (size_t k = 0; k < tv.n; k++) {
        tl_token *t = &tv.v[k];
        if (t->flags & TL_TOK_LINE_START) line_start_byte = t->start;
        int end = 0;
        tl_token *nx = k + 1 < tv.n ? &tv.v[k + 1] : NULL;
        if (!nx) end = 1;
        else {
            const char *ts = s + t->start;
            size_t tl = t->end - t->start;
            int next_lower = (nx->flags & TL_TOK_ALPHA) && !(nx->flags & TL_TOK_UPPER) &&
                             !(nx->flags & TL_TOK_NEWLINE_BEFORE);
            if ((t->flags & TL_TOK_PUNCT) && (tl == 1 || tl == 3) &&
                (ts[0] == '.' || ts[0] == '!' || ts[0] == '?')) {
                if (!next_lower) end = 1;
            } else if (t->flags & TL_TOK_ABBREV) {
                int ai = abbrev_find(ts, tl);
                int initialism = (ai < 0 && tl > 2 && memchr(ts, '.', tl - 1) != NULL);
                if ((ai >= 0 && abbrevs[ai].can_end) || initialism) {
                    if (nx->flags & TL_TOK_PARA_BEFORE) end = 1;
                    else if ((nx->flags & TL_TOK_UPPER) && k + 2 < tv.n) {
                        /* "in the U.S. The ..." ends; "U.S. Justice Department" does not.
                         * A capitalized function-like word after it is the signal. */
                        const char *w = s + nx->start;
                        size_t wl = nx->end - nx->start;
                        static const char *starters[] = {"The", "He", "She", "It", "They", "We",
                            "In", "On", "A", "An", "This", "That", "But", "And", "His", "Her",
                            "Their", "Its", "After", "According", "However", "There", "I"};
                        for (size_t q = 0; q < sizeof starters / sizeof *starters; q++)
                            if (strlen(starters[q]) == wl && memcmp(starters[q], w, wl) == 0) end = 1;
                    }
                }
            }
            /* Pull closing quotes and brackets into the sentence. */
            if (end && nx && (nx->flags & TL_TOK_PUNCT) && !(nx->flags & TL_TOK_NEWLINE_BEFORE)) {
                const char *w = s + nx->start;
                if ((nx->flags & TL_TOK_QUOTE) || w[0] == ')' || w[0] == ']') {
                    int32_t c;
                    tl_utf8_decode(w, nx->end - nx->start, &c);
                    if (c != 0x201C && c != 0x2018) end = 0; /* the quote ends it instead */
                }
            }
            if (!end && ((t->flags & TL_TOK_QUOTE) ||
                         ((t->flags & TL_TOK_PUNCT) && (s[t->start] == ')' || s[t->start] == ']'))) &&
                k > begin) {
                /* ... ." Next  → end after the quote; (... .) Next → after the bracket */
                tl_token *pv = &tv.v[k - 1];
                const char *p = s + pv->start;
                if ((pv->flags & TL_TOK_PUNCT) && (p[0] == '.' || p[0] == '!' || p[0] == '?') &&
                    !next_lower && !(nx->flags & TL_TOK_QUOTE))
                    end = 1;
            }
            if (!end && nx && (nx->flags & TL_TOK_PARA_BEFORE)) end = 1;
            if (!end && nx && (nx->flags & TL_TOK_NEWLINE_BEFORE)) {
                size_t line_len = t->end - line_start_byte;
                int cont = (t->flags & TL_TOK_PUNCT) && (s[t->start] == ',' || s[t->start] == ';' ||
                                                          s[t->start] == '-' || s[t->start] == '(');
                if (!cont && (line_len < 60 || !(nx->flags & (TL_TOK_ALPHA | TL_TOK_DIGIT)) ||
                              !(t->flags & TL_TOK_ALPHA)))
                    end = (nx->flags & TL_TOK_UPPER) || (nx->flags & TL_TOK_DIGIT) ||
                          (nx->flags & TL_TOK_PUNCT) || line_len < 60;
                /* A wrapped line of prose goes on; a short one is a unit of its own. */
                if (!cont && line_len < 60 && (t->flags & TL_TOK_ALPHA) && next_lower == 0) end = 1;
            }
            if (k + 1 - begin >= TL_TOK_MAX_SENT) end = 1;
        }
        if (end) {
            tl_sentence se = {(uint32_t)begin, (uint32_t)(k + 1), tv.v[begin].start, t->end};
            for (size_t q = begin; q <= k; q++) tv.v[q].sent = (uint32_t)ns;
            tv.v[begin].flags |= TL_TOK_SENT_START;
            assert(ns < max_sents);
            sv[ns++] = se;
            begin = k + 1;
        }
    }
    /* Move into the arena so the document owns them. */
    tl_token *at = tl_arena_alloc(doc->arena, tv.n * sizeof *at);
    tl_sentence *as = tl_arena_alloc(doc->arena, ns * sizeof *as);
    if (!at || !as) { free(tv.v); free(sv); return TL_ENOMEM; }
    if (tv.n) memcpy(at, tv.v, tv.n * sizeof *at);
    if (ns) memcpy(as, sv, ns * sizeof *as);
    free(tv.v);
    free(sv);
    doc->tokens = at;
    doc->n_tokens = (uint32_t)tv.n;
    doc->sentences = as;
    doc->n_sentences = (uint32_t)ns;
    return TL_OK;
}

int tl_tok_eq(const tl_doc *doc, uint32_t t, const char *w) {
    size_t n = doc->tokens[t].end - doc->tokens[t].start;
    return strlen(w) == n && memcmp(doc->text + doc->tokens[t].start, w, n) == 0;
}
