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
static const struct { const char *s; int can_end; } abbrevs[] = {
    {"mr", 0}, {"mrs", 0}, {"ms", 0}, {"dr", 0}, {"prof", 0}, {"gen", 0}, {"lt", 0},
    {"col", 0}, {"maj", 0}, {"capt", 0}, {"cpt", 0}, {"sgt", 0}, {"adm", 0}, {"cmdr", 0},
    {"gov", 0}, {"sen", 0}, {"rep", 0}, {"rev", 0}, {"fr", 0}, {"st", 0}, {"mt", 0},
    {"ft", 0}, {"pres", 0}, {"hon", 0}, {"amb", 0}, {"brig", 0}, {"pvt", 0}, {"cpl", 0},
    {"no", 0}, {"nos", 0}, {"vol", 0}, {"art", 0}, {"sec", 0}, {"para", 0}, {"fig", 0},
    {"jan", 0}, {"feb", 0}, {"mar", 0}, {"apr", 0}, {"jun", 0}, {"jul", 0}, {"aug", 0},
    {"sep", 0}, {"sept", 0}, {"oct", 0}, {"nov", 0}, {"dec", 0}, {"vs", 0}, {"v", 0},
    {"approx", 0}, {"est", 0}, {"dept", 0}, {"univ", 0}, {"assn", 0}, {"ave", 0},
    {"jr", 1}, {"sr", 1}, {"inc", 1}, {"corp", 1}, {"ltd", 1}, {"co", 1}, {"bros", 1},
    {"etc", 1}, {"al", 1}, {"cf", 0}, {"ca", 0}, {"p", 0}, {"pp", 0}, {"ibid", 1},
};

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
        if (strlen(abbrevs[i].s) == n && memcmp(abbrevs[i].s, low, n) == 0) return (int)i;
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

/* Scans a word starting at i; returns its end. */
static size_t scan_word(const char *s, size_t n, size_t i, uint32_t *flags) {
    size_t l;
    int32_t cp;
    int has_digit = 0, inner_period = 0;
    while (i < n) {
        cp = cp_at(s, n, i, &l);
        if (is_word_cp(cp)) {
            if (tl_uc_is_digit(cp)) has_digit = 1;
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
        if (is_word_cp(cp)) {
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
        /* Word classes. */
        if (!(t.flags & TL_TOK_PUNCT)) {
            int first_alpha = 1, letters = 0, uppers = 0;
            for (size_t j = t.start; j < t.end;) {
                int32_t c;
                if ((unsigned char)s[j] < 0x80) c = (unsigned char)s[j++];
                else j += tl_utf8_decode(s + j, t.end - j, &c);
                if (tl_uc_is_alpha(c)) {
                    t.flags |= TL_TOK_ALPHA;
                    letters++;
                    if (tl_uc_is_upper(c)) {
                        uppers++;
                        if (first_alpha) t.flags |= TL_TOK_UPPER;
                    }
                    first_alpha = 0;
                } else if (tl_uc_is_digit(c)) {
                    t.flags |= TL_TOK_DIGIT;
                }
            }
            if (letters >= 2 && uppers == letters) t.flags |= TL_TOK_ALLCAPS;
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
