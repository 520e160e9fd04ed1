/* tl_ent.c -- one entity per real-world thing: groups a document's mentions.
 *
 * Mentions are visited longest first, so that a full name exists before its
 * short forms arrive.  A mention joins an existing entity when (in order):
 *   1. its folded surface equals one the entity already has, or (ORG) it
 *      names the same US department ("U.S. Treasury", "Treasury
 *      Department"; tl_ent_alias_dept_core), or the same well-known
 *      organization under another of its names ("Daesh", "ISIL": Islamic
 *      State; tl_namekey_org_name, data/lexicon/org_aliases.txt), also with
 *      its country's people for the country opening it ("Colombian
 *      National Navy", "Colombia National Navy");
 *   2. it is marked as an acronym of it: "State Security Service (DTX)",
 *      "FSB [Federal Security Service]", or its letters are the initials of
 *      the entity's name ("DoJ": Department of Justice);
 *   3. (PERSON) it is the surname, or the last words, of a person's name,
 *      and no other person shares them (whatever type the tagger gave
 *      it, unless the gazetteer knows it as a place); or one inner word of
 *      a name of three or more ("Guzman" of Ovidio Guzman Lopez) that no
 *      other person has; or the given name alone of the
 *      one person named in full before it with that given name; or the
 *      name of one person with a middle name left out or cut to its
 *      initial ("Ross Alger", "John R. Thurman": Ross Patterson Alger,
 *      John Richardson Thurman); or a surname misspelled by one letter
 *      ("Barakt" after "Assad Ahmad Barakat"; not a feminine form);
 *   4. (ORG, FAC, EVENT) its words are the trailing words of the entity's
 *      name ("Qods Force" in "IRGC Qods Force");
 *   5. (NORP) it is the plural of the entity's name (Azeris, Azeri), or
 *      another demonym of the same country with the same stem (Azeri,
 *      Azerbaijani);
 *   6. its transliteration key (tl_namekey_translit, the key cross-document
 *      resolution uses too) equals the entity's (Qods/Quds) and the type agrees.
 * Otherwise it starts an entity of its own.  Before grouping, a place or
 * person whose name reads as an office ("US Department of State",
 * "Ministry of State Security") is made an organization.  Close names of different things
 * stay apart: steps 3-6 demand unique candidates and compatible types.
 * After grouping, nickname and "known as" entities join the entity they
 * name, and a person's surname left alone joins the one person then left
 * with it (or, when several share it, the one the title names).
 */
#include "tl_ent.h"
#include "tl_ent_alias.h"
#include "tl_tok.h"
#include "tl_arena.h"
#include "tl_utf8.h"
#include "tl_namekey.h"
#include "tl_ner_rsort.h"
#include "tl_wfind.h"
#include "tl_cues.h"
#include <stdlib.h>
#include <string.h>

#define MAX_KEY 192
#define PLACE_OR_NORP (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL | TL_GAZ_DEMONYM | TL_GAZ_NORP)

/* Is mention m followed by a verb only people do ("Rivera recruited",
 * "Rivera told", "Rivera pleaded")?  Can't fail. */
static int person_verb_after(const tl_doc *d, const tl_mention *m) {
    uint32_t k = m->tok_end;
    if (k >= d->n_tokens || d->tokens[k].sent != d->tokens[m->tok_begin].sent) return 0;
    static const char *const v[] = {"said", "says", "told", "recruited", "hired", "paid", "admitted", "denied",
                                    "pleaded", "confessed", "testified", "insisted", "argued", "wrote", "added",
                                    "married", "worked", "lived", "texted", "emailed"};
    for (size_t i = 0; i < sizeof v / sizeof *v; i++)
        if (tl_tok_eq(d, k, v[i])) return 1;
    return 0;
}

/* Is the mention m set off by an apposition that describes a person: an
 * age (", 47,") or an article and a noun of a kind of person within four
 * words (", a Syrian citizen", ", the former commander")?  A town's name
 * that is also a surname ("Aydin" after "Kemal Aydin") is then the
 * person's.  Can't fail. */
static int person_apposition(const tl_doc *d, const tl_mention *m) {
    uint32_t k = m->tok_end;
    if (k + 2 >= d->n_tokens || !tl_tok_eq(d, k, ",")) return 0;
    k++;
    if ((d->tokens[k].flags & TL_TOK_DIGIT) && tl_tok_eq(d, k + 1, ",")) return 1;
    if (!tl_tok_eq(d, k, "a") && !tl_tok_eq(d, k, "an") && !tl_tok_eq(d, k, "the")) return 0;
    for (uint32_t q = k + 1; q < d->n_tokens && q < k + 5; q++) {
        const tl_token *t = &d->tokens[q];
        if (!(t->flags & TL_TOK_ALPHA) || d->tokens[q].sent != d->tokens[k].sent) return 0;
        char w[24];
        size_t n = t->end - t->start;
        if (n >= sizeof w) continue;
        for (size_t j = 0; j < n; j++) {
            char c = d->text[t->start + j];
            w[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (tl_wfind_in_list(TL_CUE_KIND_PERSON_NOUNS, sizeof TL_CUE_KIND_PERSON_NOUNS - 1, w, n)) return 1;
    }
    return 0;
}
#define MAX_WORDS 16

typedef struct ment {
    uint32_t idx;           /* index into doc->mentions */
    char key[MAX_KEY];      /* folded surface, words joined by spaces */
    size_t klen;
    uint32_t nw;            /* number of words */
    uint32_t woff[MAX_WORDS]; /* word starts in key */
    int32_t acr_of;         /* mention index this is a parenthesized acronym of, or -1 */
    int32_t alias_of;       /* mention this is a nickname or "known as" name of, or -1 */
    int allcaps;
    uint32_t phash;         /* hash of the phonetic key and word count (klen >= 4) */
    int short_form;         /* joined as a short name, with the entity's type */
} ment;

typedef struct ent {
    int type;
    uint32_t first;         /* the mention that founded it (longest) */
    uint32_t *ms;
    uint32_t nm, cap;
    int votes[TL_ENT_TYPE_COUNT];
} ent;

size_t tl_ent_phonetic(const char *s, size_t n, char *out, size_t cap) {
    /* the same key as cross-document resolution (src/store): one document
     * and the graph agree on which spellings are one name */
    return tl_namekey_translit(s, n, out, cap);
}

static void key_of(const tl_doc *d, const tl_mention *m, ment *k) {
    k->klen = tl_utf8_fold(d->text + m->start, m->end - m->start, k->key, MAX_KEY);
    /* Hyphens and spaces are interchangeable in names (IRGC-Quds, IRGC Quds);
     * quotation marks around a nickname inside a name are not part of any
     * word (Wilfried "Willi" Schneider is also Willi Schneider). */
    size_t o = 0;
    for (size_t i = 0; i < k->klen; i++) {
        unsigned char c = (unsigned char)k->key[i];
        if (c == '"') continue;
        if (c == 0xE2 && i + 2 < k->klen && (unsigned char)k->key[i + 1] == 0x80 &&
            ((unsigned char)k->key[i + 2] == 0x9C || (unsigned char)k->key[i + 2] == 0x9D)) {
            i += 2;
            continue;
        }
        k->key[o++] = c == '-' ? ' ' : (char)c;
    }
    if (o) k->klen = o; /* a mention of quotes alone keeps them */
    k->key[k->klen] = 0;
    /* Words: split on spaces (fold keeps them as they are). */
    k->nw = 0;
    for (size_t i = 0; i < k->klen && k->nw < MAX_WORDS; i++)
        if (k->key[i] != ' ' && (i == 0 || k->key[i - 1] == ' ')) k->woff[k->nw++] = (uint32_t)i;
    k->allcaps = (m->tok_end - m->tok_begin == 1) && (d->tokens[m->tok_begin].flags & TL_TOK_ALLCAPS) &&
                 m->start == d->tokens[m->tok_begin].start && m->end == d->tokens[m->tok_begin].end;
}

static int compatible(int a, int b) {
    if (a == b) return 1;
    /* The tagger confuses places' fine types, not people with places. */
    int pa = (a == TL_GPE || a == TL_LOC || a == TL_FAC), pb = (b == TL_GPE || b == TL_LOC || b == TL_FAC);
    return pa && pb;
}

static int add_ment(ent *e, uint32_t mi) {
    if (e->nm == e->cap) {
        uint32_t cap = e->cap ? e->cap * 2 : 4;
        uint32_t *p = realloc(e->ms, cap * sizeof *p);
        if (!p) return 0;
        e->ms = p;
        e->cap = cap;
    }
    e->ms[e->nm++] = mi;
    return 1;
}

/* Moves every mention of entity `from` into entity `to` (from is left
 * empty); `to` keeps the longer founding name.  Returns 0 when out of
 * memory. */
static int merge_ent(const tl_doc *d, ent *es, int32_t *ment_ent, int32_t from, int32_t to) {
    for (uint32_t q = 0; q < es[from].nm; q++) {
        if (!add_ment(&es[to], es[from].ms[q])) return 0;
        ment_ent[es[from].ms[q]] = to;
    }
    for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) es[to].votes[t] += es[from].votes[t];
    const tl_mention *a = &d->mentions[es[from].first], *b = &d->mentions[es[to].first];
    if (a->end - a->start > b->end - b->start) es[to].first = es[from].first;
    es[from].nm = 0;
    return 1;
}

/* True when the words after mention m make it a family or a group of
 * kin ("the Nazari brothers"), not one person.  Can't fail. */
static int group_of_kin(const tl_doc *d, const tl_mention *m) {
    const char *nx = d->text + m->end;
    while (nx < d->text + d->len && *nx == ' ') nx++;
    size_t left = (size_t)(d->text + d->len - nx);
    static const char *const w[] = {"brothers", "family", "sisters", "clan"};
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (left >= strlen(w[i]) && strncmp(nx, w[i], strlen(w[i])) == 0) return 1;
    return 0;
}

/* Word w (0-based) of mention k as a view. */
static const char *word(const ment *k, uint32_t w, size_t *n) {
    uint32_t a = k->woff[w];
    uint32_t b = w + 1 < k->nw ? k->woff[w + 1] - 1 : (uint32_t)k->klen;
    *n = b - a;
    return k->key + a;
}

/* Is word x (n bytes) a Roman numeral ("viii", "I")?  Can't fail. */
static int roman_word(const char *x, size_t n) {
    if (n == 0 || n > 5) return 0;
    for (size_t k = 0; k < n; k++)
        if (!x[k] || !strchr("ivxIVX", x[k])) return 0;
    return 1;
}

/* True when k's words equal the last words of e's name (k shorter); a
 * regnal number alone is no short name ("VIII" of "Henry VIII"). */
static int is_suffix(const ment *k, const ment *e) {
    if (k->nw >= e->nw || k->nw == 0) return 0;
    if (k->nw == 1 && roman_word(k->key, k->klen)) return 0;
    uint32_t off = e->nw - k->nw;
    for (uint32_t w = 0; w < k->nw; w++) {
        size_t a, b;
        const char *x = word(k, w, &a), *y = word(e, off + w, &b);
        if (a != b || memcmp(x, y, a) != 0) return 0;
    }
    return 1;
}

/* Word x (n bytes) and word y name the same: equal, or one is the
 * other's initial ("r." or "r" for "richardson"). */
static int word_or_initial(const char *x, size_t a, const char *y, size_t b) {
    if (a == b && memcmp(x, y, a) == 0) return 1;
    size_t ia = (a == 2 && x[1] == '.') ? 1 : a, ib = (b == 2 && y[1] == '.') ? 1 : b;
    if (ia == 1 && ib > 1) return x[0] == y[0];
    if (ib == 1 && ia > 1) return x[0] == y[0];
    return 0;
}

/* True when person name k is person name e with middle names left out or
 * shortened to initials ("Ross Alger", "John R. Thurman" in "Ross Patterson
 * Alger", "John Richardson Thurman"): the same first and last words, and
 * k's middle words, in order, among e's.  Can't fail. */
static int same_person_name(const ment *k, const ment *e) {
    if (k->nw < 2 || e->nw < k->nw || (k->nw == e->nw && k->klen == e->klen && !memcmp(k->key, e->key, k->klen)))
        return 0;
    size_t a, b;
    const char *x = word(k, 0, &a), *y = word(e, 0, &b);
    if (a != b || memcmp(x, y, a) != 0 || a < 2) return 0;
    x = word(k, k->nw - 1, &a);
    y = word(e, e->nw - 1, &b);
    if (a != b || memcmp(x, y, a) != 0) return 0;
    uint32_t j = 1; /* the next middle word of e to try */
    for (uint32_t w = 1; w + 1 < k->nw; w++) {
        x = word(k, w, &a);
        int found = 0;
        while (!found && j + 1 < e->nw) {
            y = word(e, j++, &b);
            found = word_or_initial(x, a, y, b);
        }
        if (!found) return 0;
    }
    return 1;
}

/* An organization's shorter name drops words that only qualify it: an
 * acronym, a place or an article ("IRGC Quds Force" → "Quds Force",
 * "Iranian Red Crescent" → "Red Crescent", "Los Chapitos" → "Chapitos"),
 * or leaves at least two words.  "Kata'ib
 * Hezbollah" is not "Hezbollah". */
static int org_prefix_ok(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, const tl_mention *longer, uint32_t kept_words) {
    if (kept_words >= 2) return 1;
    /* "Pakistani Taliban" is listed under another name (Tehrik-i-Taliban
     * Pakistan): a body of its own, which "the Taliban" is not */
    {
        char key[TL_NAMEKEY_MAX];
        size_t kl = tl_namekey_exact(d->text + longer->start, longer->end - longer->start, key, sizeof key), al = 0;
        if (kl && tl_namekey_org_alias(key, kl, &al)) return 0;
    }
    uint32_t words = 0;
    for (uint32_t t = longer->tok_begin; t < longer->tok_end; t++)
        if (d->tokens[t].flags & TL_TOK_ALPHA) words++;
    uint32_t drop = words > kept_words ? words - kept_words : 0, seen = 0;
    for (uint32_t t = longer->tok_begin; t < longer->tok_end && seen < drop; t++) {
        const tl_token *tk = &d->tokens[t];
        if (!(tk->flags & TL_TOK_ALPHA)) continue;
        seen++;
        if (tk->flags & TL_TOK_ALLCAPS) continue;
        uint32_t gf = tl_gaz_lookup_memo(g, gm, d->text + tk->start, tk->end - tk->start);
        /* "the Navy" of the Colombian National Navy, "the Army" of the
         * Royal Thai Army: a state's word is no other body's name */
        static const char states[] = "National|Federal|Royal|Imperial";
        /* "Los Chapitos" are "the Chapitos": a Romance article is "the" */
        static const char articles[] = "Los|Las|La|El|Les|Le";
        if (!(gf & PLACE_OR_NORP) && !tl_wfind_in_list(states, sizeof states - 1, d->text + tk->start, tk->end - tk->start) &&
            !tl_wfind_in_list(articles, sizeof articles - 1, d->text + tk->start, tk->end - tk->start))
            return 0;
    }
    return 1;
}

/* "Yamaguchi-gumi ... the Kobe Yamaguchi-gumi": a city's name before the
 * name of a body already named without it is a new body (a splinter, a
 * city's branch), not a longer name of the one before.  Is the first word
 * of the longer mention a city's name (no country's, region's or
 * nationality's)?  Can't fail. */
static int city_prefix(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, const tl_mention *longer) {
    const tl_token *tk = &d->tokens[longer->tok_begin];
    if (!(tk->flags & TL_TOK_ALPHA) || (tk->flags & TL_TOK_ALLCAPS)) return 0;
    uint32_t gf = tl_gaz_lookup_memo(g, gm, d->text + tk->start, tk->end - tk->start);
    return (gf & TL_GAZ_CITY) && !(gf & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_REGION));
}

/* "Jiangsu Province Ministry of State Security" ... "China's Ministry of
 * State Security": a body's name opened by a province or a town names
 * its local office, which a country's possessive or people's adjective
 * before the short name ("China's", "the Chinese") sets apart from the
 * national one.  Can't fail. */
static int national_of_local(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, const tl_mention *longer,
                             const tl_mention *m) {
    const tl_token *tk = &d->tokens[longer->tok_begin];
    if (!(tk->flags & TL_TOK_ALPHA) || (tk->flags & TL_TOK_ALLCAPS)) return 0;
    uint32_t gf = tl_gaz_lookup_memo(g, gm, d->text + tk->start, tk->end - tk->start);
    /* (a province's word after the first: "Jiangsu Province", "Kano
     * State") */
    int local = (gf & (TL_GAZ_SUBDIV | TL_GAZ_CITY)) ||
                (longer->tok_begin + 2 < longer->tok_end &&
                 (tl_tok_eq(d, longer->tok_begin + 1, "Province") || tl_tok_eq(d, longer->tok_begin + 1, "Provincial") ||
                  tl_tok_eq(d, longer->tok_begin + 1, "Municipal") || tl_tok_eq(d, longer->tok_begin + 1, "County") ||
                  tl_tok_eq(d, longer->tok_begin + 1, "Regional")));
    if (!local || (gf & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP))) return 0;
    uint32_t b = m->tok_begin;
    if (b >= 2 && (tl_tok_eq(d, b - 1, "'s") || tl_tok_eq(d, b - 1, "\u2019s"))) {
        const tl_token *p = &d->tokens[b - 2];
        return (tl_gaz_lookup_memo(g, gm, d->text + p->start, p->end - p->start) & TL_GAZ_COUNTRY) != 0;
    }
    if (b >= 1) {
        const tl_token *p = &d->tokens[b - 1];
        return (tl_gaz_lookup_memo(g, gm, d->text + p->start, p->end - p->start) & TL_GAZ_DEMONYM) != 0;
    }
    return 0;
}

static int cmp_u32(const void *a, const void *b) {
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

static int cmp_len_desc(const void *a, const void *b, void *ctx) {
    const tl_doc *d = ctx;
    const tl_mention *x = &d->mentions[*(const uint32_t *)a], *y = &d->mentions[*(const uint32_t *)b];
    uint32_t lx = x->tok_end - x->tok_begin, ly = y->tok_end - y->tok_begin;
    if (lx != ly) return lx > ly ? -1 : 1;
    uint32_t bx = x->end - x->start, by = y->end - y->start;
    if (bx != by) return bx > by ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* order (0 .. nm-1) into cmp_len_desc's order by two stable radix sorts:
 * by byte length, then by token length, both longest first.  With the
 * mentions in text order (their usual order) the order left among equal
 * lengths is by start, then position, as cmp_len_desc and glibc's stable
 * merge sort give; qsort_r's comparator calls were a sixth of the
 * grouping on a long document.  Returns 0, order untouched, when the
 * mentions are not in text order or no scratch can be had. */
static int longest_first(const tl_doc *d, uint32_t *order, uint32_t nm) {
    if (nm < 2) return 1; /* nothing to order */
    for (uint32_t i = 1; i < nm; i++)
        if (d->mentions[i].start < d->mentions[i - 1].start) return 0;
    uint32_t *key = malloc(2 * (size_t)nm * sizeof *key);
    if (!key) return 0;
    uint32_t *tmp = key + nm;
    for (uint32_t i = 0; i < nm; i++) key[i] = UINT32_MAX - (d->mentions[i].end - d->mentions[i].start);
    tl_ner_rsort(order, key, nm, tmp);
    for (uint32_t i = 0; i < nm; i++) key[i] = UINT32_MAX - (d->mentions[i].tok_end - d->mentions[i].tok_begin);
    tl_ner_rsort(order, key, nm, tmp);
    free(key);
    return 1;
}

/* A multimap from 32-bit keys to mention indices, so that every lookup of
 * the grouping loop costs O(1) instead of a scan over all entities: a long
 * document has tens of thousands of mentions.  Keys carry a namespace. */
enum { NS_SURFACE = 1, NS_INITIALS, NS_LASTWORD, NS_PLURAL, NS_COUNTRY, NS_PHONETIC, NS_CORE, NS_DASHTAIL, NS_FIRSTWORD, NS_PLACECORE, NS_DEMONYM, NS_DEPT, NS_ORGNAME, NS_MIDWORD, NS_DEL, NS_FIRMHEAD };

/* The short name after a dash in an organization's full name: "Islamic
 * Resistance Movement – Hussainiyoun" is also "Hussainiyoun".  Writes the
 * folded tail into out and returns its length, 0 when there is none. */
static size_t dash_tail(const char *s, size_t n, char *out, size_t cap) {
    size_t cut = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        if (s[i] == '-' && s[i - 1] == ' ' && s[i + 1] == ' ') cut = i + 2;
        else if ((unsigned char)s[i] == 0xE2 && i + 3 < n && (unsigned char)s[i + 1] == 0x80 &&
                 ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94) && s[i - 1] == ' ')
            cut = i + 3;
    }
    while (cut && cut < n && s[cut] == ' ') cut++;
    if (!cut || cut >= n) return 0;
    return tl_utf8_fold(s + cut, n - cut, out, cap);
}

/* A generic word that only describes the organization itself ("Wagner
 * Group" is Wagner), not an armed wing or unit that may be another group
 * named after it ("Hizbullah Brigades" is not Hizbullah).  Can't fail. */
static int descriptive_org_word(const char *w, size_t n) {
    /* (not "clan": a clan bears a family's name, which stands for its
     * people as often as for the clan) */
    static const char *g[] = {"movement", "group", "organization", "organisation", "network", "party",
                              "front",    "division", "gang", "cartel", "syndicate"};
    for (size_t i = 0; i < sizeof g / sizeof *g; i++)
        if (strlen(g[i]) == n && memcmp(g[i], w, n) == 0) return 1;
    return 0;
}

/* Is the key of o its first kl bytes and one descriptive word ("los
 * ardillos gang" for "los ardillos")?  Can't fail. */
static int descriptive_tail(const ment *o, size_t kl) {
    /* (the words the store's resolution drops too: tl_namekey_org_core) */
    return o->nw >= 2 && o->klen > kl + 1 && o->key[kl] == ' ' && tl_namekey_org_core(o->key, o->klen) == kl;
}

/* Generic last words an organization's short form may add: "Hussainiyoun
 * Movement" or "Hussainiyoun Brigade" for "... – Hussainiyoun". */
static int generic_org_word(const char *w, size_t n) {
    static const char *g[] = {"movement", "group", "organization", "organisation", "network", "party", "front",
                              "brigade", "brigades", "militia", "faction", "army"};
    for (size_t i = 0; i < sizeof g / sizeof *g; i++)
        if (strlen(g[i]) == n && memcmp(g[i], w, n) == 0) return 1;
    return 0;
}

/* Length of key without a trailing legal form ("sahand tejarat pars co." →
 * "sahand tejarat pars"), or klen when it has none.  Can't fail. */
static size_t core_len(const char *key, size_t klen) {
    static const char *forms[] = {" co.", " co", " ltd.", " ltd", " inc.", " inc", " llc", " corp.", " corp",
                                  " plc", " fze", " fzco", " gmbh", " limited", " company", " jsc", " llp", " s.a."};
    /* Every form is a space and one word, so only the form as long as the
     * key's tail from its last space can match, and none when that space is
     * farther from the end than the longest form: the key's last eight
     * bytes are looked at before eighteen strlen and memcmp calls. */
    size_t p = klen;
    while (p > 0 && klen - p < 8 && key[p - 1] != ' ') p--;
    if (p == 0 || key[p - 1] != ' ') return klen;
    size_t tail = klen - p + 1;
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        size_t fl = strlen(forms[i]);
        if (fl == tail && klen > fl + 2 && memcmp(key + klen - fl, forms[i], fl) == 0) return klen - fl;
    }
    return klen;
}

/* A company's name of four words or more with its legal form ("Wuhan
 * Xiaoruizhi Science and Technology Company", "Sichuan Silence
 * Information Technology Co."): the length of its first two words, which
 * reports go on to call it by, or 0 when it has no such head (a function
 * word in it: "Bank of America Corp").  Can't fail. */
static size_t firm_head_len(const ment *k) {
    if (k->nw < 4 || core_len(k->key, k->klen) == k->klen) return 0;
    size_t end = k->woff[2] - 1;
    static const char *const fw[] = {"of", "the", "and", "for", "de", "al", "el"};
    for (uint32_t w = 0; w < 2; w++) {
        size_t a = k->woff[w], b = w == 1 ? end : k->woff[1] - 1;
        for (size_t i = 0; i < sizeof fw / sizeof *fw; i++)
            if (b - a == strlen(fw[i]) && memcmp(k->key + a, fw[i], b - a) == 0) return 0;
    }
    return end;
}

typedef struct hent { uint32_t h, val, next; } hent;
typedef struct hmap { uint32_t *heads; uint32_t mask; hent *v; size_t n, cap; } hmap;

static int hm_init(hmap *m, size_t expect) {
    size_t nb = 64;
    while (nb < expect * 2) nb <<= 1;
    m->heads = malloc(nb * sizeof *m->heads);
    if (!m->heads) return 0;
    memset(m->heads, 0xFF, nb * sizeof *m->heads);
    m->mask = (uint32_t)(nb - 1);
    m->v = NULL;
    m->n = m->cap = 0;
    return 1;
}

static int hm_add(hmap *m, uint32_t h, uint32_t val) {
    if (m->n == m->cap) {
        size_t cap = m->cap ? m->cap * 2 : 256;
        hent *p = realloc(m->v, cap * sizeof *p);
        if (!p) return 0;
        m->v = p;
        m->cap = cap;
    }
    uint32_t b = h & m->mask;
    m->v[m->n] = (hent){h, val, m->heads[b]};
    m->heads[b] = (uint32_t)m->n++;
    return 1;
}

static void hm_free(hmap *m) { free(m->heads); free(m->v); }

static uint32_t nshash(int ns, const char *s, size_t n) {
    uint32_t h = 2166136261u ^ (uint32_t)ns * 0x9E3779B1u;
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 16777619u; }
    return h;
}

#define HM_EACH(m, hh, k) for (uint32_t k = (m)->heads[(hh) & (m)->mask]; k != UINT32_MAX; k = (m)->v[k].next) \
                              if ((m)->v[k].h == (hh))

/* The person named before byte offset `before` with mention k's one word
 * inside a name of three words or more (the paternal surname of "Ovidio
 * Guzman Lopez"); *count gets how many such people there are.  Can't
 * fail. */
static int32_t person_inside_before(const hmap *hm, const tl_doc *d, const ent *es, const int32_t *ment_ent,
                                    const ment *k, uint32_t before, int *count) {
    int32_t cand = -1;
    *count = 0;
    HM_EACH(hm, nshash(NS_MIDWORD, k->key, k->klen), q) {
        int32_t e = ment_ent[hm->v[q].val];
        if (es[e].type != TL_PERSON || d->mentions[hm->v[q].val].start > before) continue;
        if (cand != e) (*count)++;
        cand = e;
    }
    return cand;
}

/* Initials of a mention's capitalized words into out; returns the length. */
static size_t initials(const tl_doc *d, const tl_mention *em, char *out) {
    size_t n = 0;
    for (uint32_t t = em->tok_begin; t < em->tok_end && n < MAX_WORDS; t++) {
        const tl_token *tk = &d->tokens[t];
        if (!(tk->flags & TL_TOK_UPPER)) continue;
        char c = d->text[tk->start];
        if (c >= 'A' && c <= 'Z') out[n++] = (char)(c + 32);
    }
    return n;
}

/* Initials as above with "of" giving its "o" ("Department of Justice" ->
 * "doj", as in DoJ); 0 when the name has no "of".  Can't fail. */
static size_t initials_of(const tl_doc *d, const tl_mention *em, char *out) {
    size_t n = 0;
    int of = 0;
    for (uint32_t t = em->tok_begin; t < em->tok_end && n < MAX_WORDS; t++) {
        const tl_token *tk = &d->tokens[t];
        const char *w = d->text + tk->start;
        if (tk->end - tk->start == 2 && w[0] == 'o' && w[1] == 'f') { out[n++] = 'o'; of = 1; continue; }
        if (!(tk->flags & TL_TOK_UPPER)) continue;
        if (w[0] >= 'A' && w[0] <= 'Z') out[n++] = (char)(w[0] + 32);
    }
    return of ? n : 0;
}

/* True when a name reads as an office of a state or a body, whatever the
 * tagger called it: "(US) Department of X", "Ministry of X", "Bureau of
 * X", "Office of X" (also after a place's name), or a last word such as
 * Ministry, Agency, Bureau, Directorate.  Can't fail. */
static int office_name(const ment *k) {
    static const char *const heads[] = {"department", "ministry", "bureau", "office", "directorate", "agency"};
    static const char *const lasts[] = {"ministry", "agency", "bureau", "directorate"};
    uint32_t w0 = 0;
    size_t wl;
    const char *w;
    if (k->nw >= 3) {
        w = word(k, 0, &wl);
        if ((wl == 2 && memcmp(w, "us", 2) == 0) || (wl == 4 && memcmp(w, "u.s.", 4) == 0) ||
            (wl == 3 && memcmp(w, "the", 3) == 0))
            w0 = 1;
    }
    /* the head may follow the state's or province's name: "Jiangsu
     * Province Ministry of State Security" */
    for (uint32_t h = w0; h + 2 < k->nw; h++) {
        size_t ol;
        const char *of = word(k, h + 1, &ol);
        w = word(k, h, &wl);
        if (ol == 2 && memcmp(of, "of", 2) == 0)
            for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
                if (strlen(heads[i]) == wl && memcmp(heads[i], w, wl) == 0) return 1;
    }
    if (k->nw >= 2) {
        w = word(k, k->nw - 1, &wl);
        for (size_t i = 0; i < sizeof lasts / sizeof *lasts; i++)
            if (strlen(lasts[i]) == wl && memcmp(lasts[i], w, wl) == 0) return 1;
    }
    return 0;
}

/* Are a[0..an) and b[0..bn) one letter apart -- one letter left out,
 * added or changed, the first letter the same in both, and not a name and
 * its feminine form?  Can't fail. */
static int one_edit(const char *a, size_t an, const char *b, size_t bn) {
    if (an > bn) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if (bn - an > 1 || an == 0 || a[0] != b[0]) return 0;
    size_t i = 0;
    while (i < an && a[i] == b[i]) i++;
    /* b has one more letter at the end -- not a feminine "a": Petrov and
     * Petrova are two people */
    if (i == an) return bn == an + 1 && b[an] != 'a';
    if (an == bn) return memcmp(a + i + 1, b + i + 1, an - i - 1) == 0;
    return memcmp(a + i, b + i + 1, an - i) == 0;
}

/* The key an organization mention is known by across its other names
 * (tl_namekey_org_name: "daesh" and "isil" are "islamic state"), hashed in
 * namespace NS_ORGNAME.  Can't fail. */
static uint32_t org_name_hash(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, const tl_mention *m, int country) {
    char key[TL_NAMEKEY_MAX];
    const char *t = d->text + m->start;
    size_t tn = m->end - m->start;
    /* country: "Colombian National Navy", "Colombia National Navy" -- a
     * people's or a country's name opening it counts as the country's
     * common name (0 when none opens it) */
    char buf[TL_NAMEKEY_MAX];
    const char *sp = country ? memchr(t, ' ', tn) : NULL;
    if (country && !(sp && sp > t)) return 0;
    if (sp && sp > t) {
        size_t cl = 0, fl = (size_t)(sp - t);
        const char *cn = tl_gaz_country_memo(g, gm, t, fl, &cl);
        if (!cn || cl + (tn - fl) >= sizeof buf) return 0;
        memcpy(buf, cn, cl);
        memcpy(buf + cl, sp, tn - fl);
        t = buf;
        tn = cl + (tn - fl);
    }
    size_t kl = tl_namekey_exact(t, tn, key, sizeof key), nl = 0;
    const char *nm = tl_namekey_org_name(key, kl, &nl);
    return nshash(NS_ORGNAME, nm, nl);
}

/* Registers the keys of mention mi, now part of entity e. */
static int index_mention(hmap *hm, const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, const ment *ks, uint32_t mi, int founder, int type) {
    const ment *k = &ks[mi];
    if (!hm_add(hm, nshash(NS_SURFACE, k->key, k->klen), mi)) return 0;
    if (k->klen >= 4 && !hm_add(hm, k->phash, mi)) return 0;
    if (type == TL_NORP) {
        size_t l = k->klen;
        if (l > 3 && k->key[l - 1] == 's') l--;
        if (!hm_add(hm, nshash(NS_PLURAL, k->key, l), mi)) return 0;
    }
    /* every name of an organization: a later one may be listed as its
     * other name, whichever came first */
    if (type == TL_ORG && !hm_add(hm, org_name_hash(g, gm, d, &d->mentions[mi], 0), mi)) return 0;
    uint32_t ch = type == TL_ORG ? org_name_hash(g, gm, d, &d->mentions[mi], 1) : 0;
    if (ch && !hm_add(hm, ch, mi)) return 0;
    if (!founder) return 1;
    if (k->nw >= 2) {
        size_t wl;
        const char *w = word(k, k->nw - 1, &wl);
        if (!hm_add(hm, nshash(NS_LASTWORD, w, wl), mi)) return 0;
        /* a person's surname less one letter, for a misspelling of it
         * later (step 3c) */
        if (type == TL_PERSON && wl >= 5 && wl < MAX_KEY)
            for (size_t j = 1; j < wl; j++) {
                char v[MAX_KEY];
                memcpy(v, w, j);
                memcpy(v + j, w + j + 1, wl - j - 1);
                if (!hm_add(hm, nshash(NS_DEL, v, wl - 1), mi)) return 0;
            }
    }
    if (type == TL_GPE || type == TL_LOC) {
        /* "Gaza Strip" is also "Gaza" */
        size_t pl = tl_namekey_place_core(k->key, k->klen);
        if (pl < k->klen && !hm_add(hm, nshash(NS_PLACECORE, k->key, pl), mi)) return 0;
    }
    size_t cl0 = core_len(k->key, k->klen);
    if (type == TL_ORG && cl0 < k->klen && !hm_add(hm, nshash(NS_CORE, k->key, cl0), mi)) return 0;
    size_t fh = firm_head_len(k);
    if (type == TL_ORG && fh && !hm_add(hm, nshash(NS_FIRMHEAD, k->key, fh), mi)) return 0;
    size_t doff = 0, dl = type == TL_ORG ? tl_ent_alias_dept_core(k->key, k->klen, &doff) : 0;
    if (dl && !hm_add(hm, nshash(NS_DEPT, k->key + doff, dl), mi)) return 0;
    if (type == TL_ORG) {
        char tail[MAX_KEY];
        const tl_mention *mm = &d->mentions[mi];
        size_t tl = dash_tail(d->text + mm->start, mm->end - mm->start, tail, sizeof tail);
        if (tl && !hm_add(hm, nshash(NS_DASHTAIL, tail, tl), mi)) return 0;
        /* "Wagner Group", "Hussainiyoun Movement": the name without its
         * generic word is a short form of it too ("Wagner fighters") */
        if (k->nw >= 2) {
            size_t wl;
            const char *w = word(k, k->nw - 1, &wl);
            size_t sl = (size_t)(w - k->key) - 1;
            if (descriptive_org_word(w, wl) && sl >= 3 && (!tl || tl != sl || memcmp(tail, k->key, sl)) &&
                !hm_add(hm, nshash(NS_DASHTAIL, k->key, sl), mi))
                return 0;
        }
    }
    char ini[MAX_WORDS + 1];
    size_t il = initials(d, &d->mentions[mi], ini);
    if (il >= 2 && !hm_add(hm, nshash(NS_INITIALS, ini, il), mi)) return 0;
    il = initials_of(d, &d->mentions[mi], ini);
    if (il >= 3 && !hm_add(hm, nshash(NS_INITIALS, ini, il), mi)) return 0;
    if (type == TL_PERSON && k->nw >= 2) {
        size_t wl;
        const char *w = word(k, 0, &wl);
        if (wl >= 2 && !hm_add(hm, nshash(NS_FIRSTWORD, w, wl), mi)) return 0;
    }
    for (uint32_t i = 1; type == TL_PERSON && i + 1 < k->nw; i++) {
        size_t wl;
        const char *w = word(k, i, &wl);
        if (wl >= 3 && !hm_add(hm, nshash(NS_MIDWORD, w, wl), mi)) return 0;
    }
    size_t cl = 0;
    const char *cn = tl_gaz_country_memo(g, gm, d->text + d->mentions[mi].start,
                                    d->mentions[mi].end - d->mentions[mi].start, &cl);
    if (cn && type == TL_GPE && !hm_add(hm, nshash(NS_COUNTRY, cn, cl), mi)) return 0;
    if (cn && type == TL_NORP && k->klen >= 4 &&
        (tl_gaz_lookup_memo(g, gm, d->text + d->mentions[mi].start, d->mentions[mi].end - d->mentions[mi].start) &
         TL_GAZ_DEMONYM) &&
        !hm_add(hm, nshash(NS_DEMONYM, cn, cl) ^ nshash(NS_DEMONYM, k->key, 4), mi))
        return 0;
    return 1;
}

/* True when a name opens with the Arabic article and holds at most three
 * words ("Al Qaeda", "Al-Shabaab", "al-Nusra Front"): the name of a group,
 * a paper or a channel far more often than of a person, who is named with
 * a given name first ("Abu Bakr al-Baghdadi"). */
static int article_name(const tl_str *name) {
    const char *p = name->ptr;
    size_t n = name->len, words = 1;
    if (n < 5 || (p[0] != 'A' && p[0] != 'a') || p[1] != 'l' || (p[2] != ' ' && p[2] != '-')) return 0;
    if (p[3] < 'A' || p[3] > 'Z') return 0;
    for (size_t i = 0; i < n; i++) words += p[i] == ' ';
    return words <= 3;
}


/* True when token k is punctuation or a word that may stand between a
 * name and its "alias" or "known as" ("also", "who is", "better").  Can't
 * fail. */
static int cue_filler(const tl_doc *d, uint32_t k) {
    static const char *const ok[] = {"also", "or", "who", "which", "is", "was", "are", "were", "better", "best",
                                     "widely", "commonly", "popularly", "locally", "sometimes", "often", "otherwise",
                                     "formerly", "more", "simply", "now", "later", "previously", "once", "then",
                                     "long", NULL};
    const char *w = d->text + d->tokens[k].start;
    size_t n = d->tokens[k].end - d->tokens[k].start;
    if (n == 1 && (*w == ',' || *w == '(' || *w == '-' || *w == ';')) return 1;
    for (int q = 0; ok[q]; q++)
        if (strlen(ok[q]) == n && memcmp(ok[q], w, n) == 0) return 1;
    return 0;
}

/* Whether an "alias" cue at token cue names the mention ending at token a:
 * a one-word cue ("alias", "a.k.a.") only right after it, with only
 * cue_filler words between ("X, alias Y"; in "police captured alias Y"
 * the police are not Y); "known as" after anything but a lower-case noun
 * of its own ("an operation known as Y" names the operation).  Can't fail. */
/* "Cherizier, a former police officer known as Barbecue": is the cue at
 * token cue the end of an apposition on person p whose noun is a kind of
 * person ("a gang known as Y" names the gang; "a member of a gang known
 * as Y" too: no "of" between)?  Can't fail. */
static int person_noun_before_cue(const tl_doc *d, const tl_mention *p, uint32_t cue) {
    uint32_t a = p->tok_end;
    if (p->type != TL_PERSON || cue < a + 3 || cue > a + 7 || !tl_tok_eq(d, a, ",")) return 0;
    if (!tl_tok_eq(d, a + 1, "a") && !tl_tok_eq(d, a + 1, "an") && !tl_tok_eq(d, a + 1, "the")) return 0;
    /* (a nationality among the words: "X, a Russian citizen known as Y") */
    for (uint32_t k = a + 2; k < cue; k++) {
        const tl_token *t = &d->tokens[k];
        if (!(t->flags & TL_TOK_ALPHA) || tl_tok_eq(d, k, "of")) return 0;
    }
    if (d->tokens[cue - 1].flags & TL_TOK_UPPER) return 0;
    const tl_token *n = &d->tokens[cue - 1];
    return tl_wfind_in_list(TL_CUE_KIND_PERSON_NOUNS, sizeof TL_CUE_KIND_PERSON_NOUNS - 1, d->text + n->start,
                            n->end - n->start);
}

static int next_to_cue(const tl_doc *d, uint32_t a, uint32_t cue, int one_word) {
    if (cue < a) return 0;
    if (!one_word) {
        if (cue == a) return 1;
        char c = d->text[d->tokens[cue - 1].start];
        return !(c >= 'a' && c <= 'z') || cue_filler(d, cue - 1);
    }
    if (cue - a > 4) return 0;
    /* (a quoted name's closing mark: 'known as "X," whose real name') */
    for (uint32_t k = a; k < cue; k++)
        if (!cue_filler(d, k) && !(d->tokens[k].flags & TL_TOK_QUOTE)) return 0;
    return 1;
}
/* The person named before a home town that mention h (a place) ends:
 * "X, 47, of Ahuachapan, El Salvador and Veracruz, Mexico" -- the places
 * joined by commas and "and", "of" and an age set off before them.  The
 * person's mention index, or -1.  Can't fail. */
static int32_t home_town_person(const tl_doc *d, uint32_t h);

/* Is token k a preposition of place ("in", "at", "near")?  A name after
 * one is read as the place it names.  Can't fail. */
static int place_prep(const tl_doc *d, uint32_t k) {
    return tl_tok_eq(d, k, "in") || tl_tok_eq(d, k, "at") || tl_tok_eq(d, k, "near") || tl_tok_eq(d, k, "from") ||
           tl_tok_eq(d, k, "to") || tl_tok_eq(d, k, "of") || tl_tok_eq(d, k, "outside") || tl_tok_eq(d, k, "across");
}

static int32_t home_town_person(const tl_doc *d, uint32_t h) {
    uint32_t j = h;
    /* back over the places and what joins them */
    while (j > 0) {
        const tl_mention *a = &d->mentions[j - 1], *b = &d->mentions[j];
        if (a->type != TL_GPE && a->type != TL_LOC) break;
        if (d->tokens[a->tok_begin].sent != d->tokens[b->tok_begin].sent || b->tok_begin - a->tok_end > 1) break;
        if (b->tok_begin > a->tok_end && !tl_tok_eq(d, a->tok_end, ",") && !tl_tok_eq(d, a->tok_end, "and")) break;
        j--;
    }
    uint32_t t = d->mentions[j].tok_begin;
    if (t < 3 || !tl_tok_eq(d, t - 1, "of") || !tl_tok_eq(d, t - 2, ",")) return -1;
    t -= 2;
    /* ", 47" before it */
    if (t >= 2 && (d->tokens[t - 1].flags & TL_TOK_DIGIT) && tl_tok_eq(d, t - 2, ",")) t -= 2;
    if (j == 0) return -1;
    const tl_mention *x = &d->mentions[j - 1];
    return x->type == TL_PERSON && x->tok_end == t && d->tokens[x->tok_begin].sent == d->tokens[t].sent ? (int32_t)(j - 1)
                                                                                                         : -1;
}

/* Is token t a given name the gazetteer knows, and no title?  Can't
 * fail. */
static int given_at(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, uint32_t t) {
    const tl_token *tk = &d->tokens[t];
    uint32_t f = tl_gaz_lookup_memo(g, gm, d->text + tk->start, tk->end - tk->start);
    return (f & TL_GAZ_GIVEN) && !(f & TL_GAZ_TITLE); /* ("Prince Enrico", "Dr. Jill Biden") */
}

/* Does the sentence of token t say the people are kin ("the brothers",
 * "the couple", "his sons")?  Elsewhere two given names joined before a
 * surname are often two people of whom only the second bears it ("Thalia
 * and Fernando Colunga", "Michelle and Jill Biden").  Can't fail. */
static int kin_in_sentence(const tl_doc *d, uint32_t t) {
    uint32_t sent = d->tokens[t].sent;
    if (sent >= d->n_sentences) return 0;
    for (uint32_t k = d->sentences[sent].tok_begin; k < d->sentences[sent].tok_end; k++)
        if (tl_tok_eq(d, k, "brothers") || tl_tok_eq(d, k, "sisters") || tl_tok_eq(d, k, "siblings") ||
            tl_tok_eq(d, k, "twins") || tl_tok_eq(d, k, "couple") || tl_tok_eq(d, k, "cousins") ||
            tl_tok_eq(d, k, "spouses") || tl_tok_eq(d, k, "sons") || tl_tok_eq(d, k, "daughters") ||
            tl_tok_eq(d, k, "husband") || tl_tok_eq(d, k, "wife"))
            return 1;
    return 0;
}

/* "the Kouachi brothers, Said and Cherif": the family name before a
 * plural noun of kin, a comma, and first names joined by "and"; for the
 * first name at token t, the family name's token, or UINT32_MAX.  Not a
 * people's or a country's name ("the Russian brothers, Ivan and Oleg").
 * Can't fail. */
static uint32_t kin_family_name(const tl_gaz *g, tl_gaz_memo *gm, const tl_doc *d, uint32_t t) {
    if (t >= 2 && tl_tok_eq(d, t - 1, "and") && (d->tokens[t - 2].flags & TL_TOK_UPPER)) t -= 2;
    if (t < 4 || !tl_tok_eq(d, t - 1, ",") || d->tokens[t - 4].sent != d->tokens[t].sent ||
        !(tl_tok_eq(d, t - 4, "the") || tl_tok_eq(d, t - 4, "The")))
        return UINT32_MAX;
    if (!(tl_tok_eq(d, t - 2, "brothers") || tl_tok_eq(d, t - 2, "sisters") || tl_tok_eq(d, t - 2, "siblings") ||
          tl_tok_eq(d, t - 2, "twins") || tl_tok_eq(d, t - 2, "cousins")))
        return UINT32_MAX;
    const tl_token *f = &d->tokens[t - 3];
    if (!(f->flags & TL_TOK_UPPER) || f->end - f->start < 3 || (d->text[f->start + 1] >= 'A' && d->text[f->start + 1] <= 'Z'))
        return UINT32_MAX;
    uint32_t gf = tl_gaz_lookup_memo(g, gm, d->text + f->start, f->end - f->start);
    if (gf & (TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_COUNTRY)) return UINT32_MAX;
    return t - 3;
}

/* "the brothers Ahmed and Mohammed Khalil were arrested": a person named
 * only by a given name right before "and" and another person's full name
 * (two or three words, a given name first) shares that surname, when the
 * sentence says they are kin.  When the report
 * never gives the full name (3d above joins the given name to it when it
 * does), the entity is named "Ahmed Khalil" from the arena, its words
 * kept as an alias.  Returns 0 only out of memory (x untouched), else 1. */
static int shared_surname_name(const tl_gaz *g, tl_gaz_memo *gm, tl_doc *d, tl_entity *x) {
    for (uint32_t q = 0; q < x->n_mentions; q++)
        if (d->mentions[x->mentions[q]].tok_end != d->mentions[x->mentions[q]].tok_begin + 1) return 1;
    for (uint32_t q = 0; q < x->n_mentions; q++) {
        uint32_t mi = x->mentions[q];
        const tl_mention *m = &d->mentions[mi];
        const tl_token *last = NULL;
        /* "the Kouachi brothers, Said and Cherif" */
        uint32_t fam = m->type == TL_PERSON ? kin_family_name(g, gm, d, m->tok_begin) : UINT32_MAX;
        if (fam != UINT32_MAX) last = &d->tokens[fam];
        const tl_mention *nx = !last && mi + 1 < d->n_mentions ? &d->mentions[mi + 1] : NULL;
        uint32_t nw = nx ? nx->tok_end - nx->tok_begin : 0;
        if (!last &&
            (!nx || nx->type != TL_PERSON || nx->tok_begin != m->tok_end + 1 || nw < 2 || nw > 3 ||
             !tl_tok_eq(d, m->tok_end, "and") || d->tokens[nx->tok_begin].sent != d->tokens[m->tok_begin].sent ||
             !given_at(g, gm, d, m->tok_begin) || !given_at(g, gm, d, nx->tok_begin)))
            continue;
        if (!last) last = &d->tokens[nx->tok_end - 1];
        /* (a surname, no numeral: "Niklaus and Johann II") */
        if (!(last->flags & TL_TOK_UPPER) || last->end - last->start < 3 ||
            (d->text[last->start + 1] >= 'A' && d->text[last->start + 1] <= 'Z') || !kin_in_sentence(d, m->tok_begin))
            continue;
        size_t gl = m->end - m->start, sl = last->end - last->start;
        char *name = tl_arena_alloc(d->arena, gl + 1 + sl);
        if (!name) return 0;
        memcpy(name, d->text + m->start, gl);
        name[gl] = ' ';
        memcpy(name + gl + 1, d->text + last->start, sl);
        /* (the given name's own words become an alias: the name was one) */
        int dup = 0;
        for (uint32_t a = 0; a < x->n_aliases && !dup; a++)
            dup = x->aliases[a].len == x->name.len && memcmp(x->aliases[a].ptr, x->name.ptr, x->name.len) == 0;
        if (!dup) x->aliases[x->n_aliases++] = x->name;
        x->name = (tl_str){name, gl + 1 + sl};
        return 1;
    }
    return 1;
}

int tl_ent_run(const tl_gaz *g, tl_gaz_memo *gm, tl_doc *d) {
    uint32_t nm = d->n_mentions;
    ment *ks = calloc(nm ? nm : 1, sizeof *ks);
    uint32_t *order = malloc((nm ? nm : 1) * sizeof *order);
    int32_t *ment_ent = malloc((nm ? nm : 1) * sizeof *ment_ent);
    ent *es = calloc(nm ? nm : 1, sizeof *es);
    int32_t *alink = malloc((nm ? nm : 1) * sizeof *alink);
    uint8_t *akind = malloc(nm ? nm : 1);
    uint32_t ne = 0;
    int rc = TL_ENOMEM;
    hmap hm = {0};
    if (!ks || !order || !ment_ent || !es || !alink || !akind || !hm_init(&hm, (size_t)nm * 4 + 16)) goto done;
    for (uint32_t i = 0; i < nm; i++) {
        key_of(d, &d->mentions[i], &ks[i]);
        if (ks[i].klen >= 4) {
            char pk[MAX_KEY];
            size_t pl = tl_ent_phonetic(ks[i].key, ks[i].klen, pk, sizeof pk);
            ks[i].phash = nshash(NS_PHONETIC, pk, pl) ^ ks[i].nw;
        }
        tl_mention *mt = &d->mentions[i];
        if ((mt->type == TL_GPE || mt->type == TL_LOC || mt->type == TL_PERSON) && office_name(&ks[i]))
            mt->type = TL_ORG;
        /* "DoJ", "MoD": an acronym with its small "of" */
        if (!ks[i].allcaps && mt->tok_end - mt->tok_begin == 1 &&
            tl_namekey_is_short_form(d->text + mt->start, mt->end - mt->start))
            ks[i].allcaps = 1;
        ks[i].idx = i;
        ks[i].acr_of = -1;
        ks[i].alias_of = -1;
        ks[i].short_form = 0;
        order[i] = i;
        ment_ent[i] = -1;
    }
    /* "Name (ACR)" and "ACR (Name)" pairs; square brackets too, as in a
     * quotation: "FSB [Federal Security Service]". */
    for (uint32_t i = 0; i + 1 < nm; i++) {
        const tl_mention *a = &d->mentions[i], *b = &d->mentions[i + 1];
        if (b->tok_begin != a->tok_end + 1 || b->tok_end >= d->n_tokens) continue;
        const char *lp = d->text + d->tokens[a->tok_end].start;
        const char *rp = d->text + d->tokens[b->tok_end].start;
        if (!((*lp == '(' && *rp == ')') || (*lp == '[' && *rp == ']'))) continue;
        /* A place's acronym begins with its initial ("Khyber Pakhtunkhwa
         * (KP)"); another one after a place is a dateline's credit, not
         * its name ("EL PASO, Texas (KTSM) --"). */
        int place = a->type == TL_GPE || a->type == TL_LOC || a->type == TL_NORP || a->type == TL_FAC;
        if (ks[i + 1].allcaps && !ks[i].allcaps && (!place || (d->text[a->start] | 0x20) == (d->text[b->start] | 0x20)))
            ks[i + 1].acr_of = (int32_t)i;
        else if (ks[i].allcaps && !ks[i + 1].allcaps && a->type == b->type &&
                 (d->text[a->start] | 0x20) == (d->text[b->start] | 0x20))
            ks[i].acr_of = (int32_t)(i + 1); /* "DTX (Dövlət Təhlükəsizlik Xidməti)", not "BEIRUT (Reuters)" */
    }
    /* Nicknames and "known as" names: Ismael "El Mayo" Zambada; Ali Karimi,
     * also known as "Haji Ali"; X, alias Y; X (a.k.a. Y). */
    for (uint32_t i = 1; i < nm; i++) {
        const tl_mention *m = &d->mentions[i];
        if (m->flags & TL_MENTION_NICK) { ks[i].alias_of = (int32_t)(i - 1); continue; }
        uint32_t t = m->tok_begin;
        while (t > 0 && (d->tokens[t - 1].flags & TL_TOK_QUOTE)) t--;
        /* "also known as A and as B", "known as A or B", "aka A/B": a name
         * joined to the one before, itself such a name, names the same
         * thing */
        {
            uint32_t c = t;
            /* ("known as A and B," closes the aside after B: "and" joins
             * the names, not two people) */
            uint32_t me = m->tok_end;
            while (me < d->n_tokens && (d->tokens[me].flags & TL_TOK_QUOTE)) me++;
            int closes = me >= d->n_tokens || d->tokens[me].sent != d->tokens[t].sent || tl_tok_eq(d, me, ",") ||
                         tl_tok_eq(d, me, ")");
            if (c >= 2 && tl_tok_eq(d, c - 1, "as") && (tl_tok_eq(d, c - 2, "and") || tl_tok_eq(d, c - 2, "or"))) c--;
            else if (!(c >= 1 && (tl_tok_eq(d, c - 1, "or") || tl_tok_eq(d, c - 1, "/") ||
                                  (closes && tl_tok_eq(d, c - 1, "and") && m->type == d->mentions[i - 1].type))))
                c = 0;
            const tl_mention *p = &d->mentions[i - 1];
            uint32_t pe = p->tok_end;
            while (c && pe < c - 1 && (d->tokens[pe].flags & TL_TOK_QUOTE)) pe++;
            if (c && ks[i - 1].alias_of >= 0 && pe == c - 1 && d->tokens[p->tok_begin].sent == d->tokens[t].sent) {
                ks[i].alias_of = ks[i - 1].alias_of;
                continue;
            }
        }
        int cue = 0, one_word = 0;
        uint32_t cs = t; /* the cue's first token */
        /* ("also known as the Clan del Golfo": an organization's article) */
        uint32_t ta = t >= 3 && m->type == TL_ORG && tl_tok_eq(d, t - 1, "the") && tl_tok_eq(d, t - 2, "as") ? t - 1 : t;
        if (ta >= 2 && d->tokens[ta - 1].end - d->tokens[ta - 1].start == 2 &&
            memcmp(d->text + d->tokens[ta - 1].start, "as", 2) == 0) {
            /* "known as X", "known in criminal circles as X" */
            for (uint32_t k = ta - 1; k > 0 && k + 6 > ta && !cue; k--) {
                const tl_token *a = &d->tokens[k - 1];
                if (a->sent != d->tokens[t].sent || (a->flags & TL_TOK_UPPER)) break;
                size_t al = a->end - a->start;
                const char *as = d->text + a->start;
                cue = (al == 5 && memcmp(as, "known", 5) == 0) || (al == 9 && memcmp(as, "nicknamed", 9) == 0) ||
                      (al == 6 && memcmp(as, "called", 6) == 0);
                cs = k - 1;
            }
        }
        /* "X, whose real name is Y": the one name of the other */
        if (!cue && t >= 4 && (tl_tok_eq(d, t - 1, "is") || tl_tok_eq(d, t - 1, "was")) && tl_tok_eq(d, t - 2, "name") &&
            (tl_tok_eq(d, t - 3, "real") || tl_tok_eq(d, t - 3, "birth") || tl_tok_eq(d, t - 3, "given")) &&
            tl_tok_eq(d, t - 4, "whose")) {
            cue = one_word = 1;
            cs = t - 4;
        }
        /* "... known by the alias "Uriel." His real name was Y": a
         * sentence opened so names the latest person of the sentence
         * before */
        if (!cue && t >= 4 && (tl_tok_eq(d, t - 1, "is") || tl_tok_eq(d, t - 1, "was")) && tl_tok_eq(d, t - 2, "name") &&
            (tl_tok_eq(d, t - 3, "real") || tl_tok_eq(d, t - 3, "birth") || tl_tok_eq(d, t - 3, "full")) &&
            (tl_tok_eq(d, t - 4, "His") || tl_tok_eq(d, t - 4, "Her")) &&
            d->sentences[d->tokens[t].sent].tok_begin == t - 4) {
            for (uint32_t q = i; q-- > 0;) {
                const tl_mention *p = &d->mentions[q];
                if (d->tokens[p->tok_begin].sent + 1 < d->tokens[t].sent) break;
                if (p->type == TL_PERSON) {
                    ks[i].alias_of = (int32_t)q;
                    break;
                }
            }
            continue;
        }
        if (!cue && t >= 1) {
            const tl_token *b = &d->tokens[t - 1];
            size_t bl = b->end - b->start;
            const char *bs = d->text + b->start;
            if ((bl == 5 && memcmp(bs, "alias", 5) == 0) || (bl == 6 && memcmp(bs, "a.k.a.", 6) == 0) ||
                (bl == 3 && memcmp(bs, "aka", 3) == 0) || (bl == 9 && memcmp(bs, "nicknamed", 9) == 0) ||
                (bl == 6 && memcmp(bs, "dubbed", 6) == 0))
                cue = one_word = 1;
            cs = t - 1;
            /* 'X, known by the alias "Pipo,"', "X, who goes by the alias
             * Y", "under the alias Y": the phrase opens the cue */
            if (cue && bl == 5 && t >= 4 && (tl_tok_eq(d, t - 2, "the") || tl_tok_eq(d, t - 2, "an")) &&
                (tl_tok_eq(d, t - 3, "by") || tl_tok_eq(d, t - 3, "under") || tl_tok_eq(d, t - 3, "using") ||
                 /* ("X, who used the alias Y") */
                 tl_tok_eq(d, t - 3, "used") || tl_tok_eq(d, t - 3, "uses"))) {
                cs = t - 3;
                if (tl_tok_eq(d, t - 4, "known") || tl_tok_eq(d, t - 4, "goes") || tl_tok_eq(d, t - 4, "went") ||
                    tl_tok_eq(d, t - 4, "operated") || tl_tok_eq(d, t - 4, "operating"))
                    cs = t - 4;
            }
        }
        if (!cue) continue;
        /* The named thing is the closest earlier mention of the sentence,
         * when only punctuation and a few words stand between it and the
         * cue ("X, alias Y", "X (a.k.a. Y)", "X, who is also known as Y"):
         * in "police captured alias Y" the police are not Y. */
        const tl_mention *p = &d->mentions[i - 1];
        /* ("a faction of the Sinaloa Cartel known as Los Chapitos": the
         * name is the part's the noun before "of" names) */
        uint32_t pb = p->tok_begin;
        if (pb > 0 && tl_tok_eq(d, pb - 1, "the")) pb--;
        int of_part = pb >= 2 && tl_tok_eq(d, pb - 1, "of") &&
                      (tl_tok_eq(d, pb - 2, "faction") || tl_tok_eq(d, pb - 2, "branch") || tl_tok_eq(d, pb - 2, "wing") ||
                       tl_tok_eq(d, pb - 2, "unit") || tl_tok_eq(d, pb - 2, "cell") || tl_tok_eq(d, pb - 2, "affiliate") ||
                       tl_tok_eq(d, pb - 2, "offshoot") || tl_tok_eq(d, pb - 2, "arm") || tl_tok_eq(d, pb - 2, "division") ||
                       tl_tok_eq(d, pb - 2, "subsidiary") || tl_tok_eq(d, pb - 2, "splinter") ||
                       /* ("the sons of El Chapo, known as Los Chapitos") */
                       tl_tok_eq(d, pb - 2, "sons") || tl_tok_eq(d, pb - 2, "children") ||
                       tl_tok_eq(d, pb - 2, "brothers") || tl_tok_eq(d, pb - 2, "followers") ||
                       tl_tok_eq(d, pb - 2, "loyalists") || tl_tok_eq(d, pb - 2, "supporters") ||
                       tl_tok_eq(d, pb - 2, "heirs") || tl_tok_eq(d, pb - 2, "nephews"));
        if (d->tokens[p->tok_begin].sent == d->tokens[m->tok_begin].sent && p->type != TL_GPE &&
            p->type != TL_NORP && p->type != TL_LOC && !of_part &&
            (next_to_cue(d, p->tok_end, cs, one_word) || (!one_word && person_noun_before_cue(d, p, cs))))
            ks[i].alias_of = (int32_t)(i - 1);
        /* ("X, a Russian citizen known as Y": past the nationality) */
        if (ks[i].alias_of < 0 && !one_word && p->type == TL_NORP && i >= 2 &&
            d->tokens[d->mentions[i - 2].tok_begin].sent == d->tokens[m->tok_begin].sent &&
            person_noun_before_cue(d, &d->mentions[i - 2], cs))
            ks[i].alias_of = (int32_t)(i - 2);
        /* "X, 47, of Ahuachapan, El Salvador -- and who is also known as
         * Y": the person before an age and a home town */
        if (ks[i].alias_of < 0 && !one_word && (p->type == TL_GPE || p->type == TL_LOC) &&
            d->tokens[p->tok_begin].sent == d->tokens[m->tok_begin].sent && next_to_cue(d, p->tok_end, cs, 0)) {
            int32_t x = home_town_person(d, i - 1);
            if (x >= 0) ks[i].alias_of = x;
        }
    }
    if (!longest_first(d, order, nm)) qsort_r(order, nm, sizeof *order, cmp_len_desc, d);
    for (uint32_t oi = 0; oi < nm; oi++) {
        uint32_t mi = order[oi];
        const tl_mention *m = &d->mentions[mi];
        ment *k = &ks[mi];
        int32_t hit = -1;
        int short_form = 0; /* joined as a short name: it takes the entity's type */
        uint32_t gflags = tl_gaz_lookup_memo(g, gm, d->text + m->start, m->end - m->start);
        /* 1. same surface */
        uint32_t h = nshash(NS_SURFACE, k->key, k->klen);
        HM_EACH(&hm, h, q) {
            const ment *o = &ks[hm.v[q].val];
            int32_t e = ment_ent[hm.v[q].val];
            /* (a body's name the tagger read as a person's where a
             * person is named next to it: "the leader of Al Shabaab,
             * Ahmed Diriye," is the body named before) */
            if (o->klen == k->klen && memcmp(o->key, k->key, k->klen) == 0 &&
                (compatible(es[e].type, m->type) || k->nw == 1 || es[e].type == TL_PERSON ||
                 (es[e].type == TL_ORG && m->type == TL_PERSON))) {
                hit = e;
                short_form = o->short_form; /* the same words, read the same way */
                break;
            }
        }
        /* 1b. a company's name without its legal form */
        if (hit < 0 && m->type != TL_GPE && m->type != TL_NORP) {
            size_t cl0 = core_len(k->key, k->klen);
            HM_EACH(&hm, nshash(NS_CORE, k->key, cl0), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_ORG) { hit = e; break; }
            }
        }
        /* 1b*. "Wuhan Xiaoruizhi" after "Wuhan Xiaoruizhi Science and
         * Technology Company": a company's head words (the tagger may
         * read a city's name first as a place; a place the gazetteer
         * knows by the two words is that place) */
        if (hit < 0 && k->nw == 2 && m->type != TL_PERSON && m->type != TL_NORP &&
            !((m->type == TL_GPE || m->type == TL_LOC) && (gflags & PLACE_OR_NORP))) {
            HM_EACH(&hm, nshash(NS_FIRMHEAD, k->key, k->klen), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_ORG) { hit = e; short_form = 1; break; }
            }
        }
        /* 1b'. one US department under its several names: "U.S.
         * Treasury", "Treasury Department", "Department of the Treasury" */
        if (hit < 0 && m->type == TL_ORG) {
            size_t doff = 0, dl = tl_ent_alias_dept_core(k->key, k->klen, &doff);
            /* ("Treasury said" after the "Treasury Department": the bare
             * word joins a department named so, and names none itself) */
            if (!dl && k->klen == 8 && memcmp(k->key, "treasury", 8) == 0) dl = 8;
            if (dl) HM_EACH(&hm, nshash(NS_DEPT, k->key + doff, dl), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_ORG) { hit = e; break; }
            }
        }
        /* 1b''. one organization under another of its names: ISIS, ISIL,
         * Daesh and the Islamic State; Hizballah and Hezbollah */
        if (hit < 0 && m->type == TL_ORG) {
            HM_EACH(&hm, org_name_hash(g, gm, d, m, 0), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_ORG) { hit = e; break; }
            }
        }
        /* 1b'''. the same with a people's name for its country's, or the
         * reverse: "Colombian National Navy", "Colombia National Navy" */
        uint32_t ch = hit < 0 && m->type == TL_ORG ? org_name_hash(g, gm, d, m, 1) : 0;
        if (ch) {
            HM_EACH(&hm, ch, q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_ORG) { hit = e; break; }
            }
        }
        /* 1c. the short name after a dash, alone or with a generic word */
        if (hit < 0 && m->type != TL_NORP && !(gflags & PLACE_OR_NORP)) {
            size_t kl = k->klen;
            if (m->type == TL_ORG && k->nw >= 2) {
                size_t wl;
                const char *w = word(k, k->nw - 1, &wl);
                if (generic_org_word(w, wl)) kl = (size_t)(w - k->key) - 1;
            }
            /* only "X" or "X Movement"; a longer name only as a body's
             * name without its descriptive word ("Los Ardillos" after
             * "the Los Ardillos gang") */
            int bare = kl == k->klen && m->type == TL_ORG && k->nw >= 2;
            int32_t cand = -1, count = 0;
            if (kl) HM_EACH(&hm, nshash(NS_DASHTAIL, k->key, kl), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type != TL_ORG) continue;
                if (bare && !descriptive_tail(&ks[hm.v[q].val], kl)) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand, short_form = 1;
        }
        /* 2. acronyms */
        if (hit < 0 && k->acr_of >= 0 && ment_ent[k->acr_of] >= 0) hit = ment_ent[k->acr_of];
        if (hit < 0 && k->allcaps && k->klen >= 2) {
            int32_t cand = -1, count = 0;
            HM_EACH(&hm, nshash(NS_INITIALS, k->key, k->klen), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type != TL_ORG && es[e].type != TL_GPE) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand;
        }
        /* 3-4. trailing words of a longer name */
        /* ("Colon Pico" after "Fabricio Colon Pico": two trailing words
         * the tagger called a place are the person's too, when the
         * gazetteer knows no such place) */
        /* a town's name that a person's apposition follows */
        /* (or a small town's name doing what only people do: "Prosecutors
         * said Rivera recruited X" after "Carlisle Rivera") */
        int town_person = k->nw == 1 && (m->type == TL_GPE || m->type == TL_LOC) &&
                          ((!(gflags & (PLACE_OR_NORP & ~(TL_GAZ_CITY_BIG | TL_GAZ_SUBDIV))) && person_apposition(d, m)) ||
                           (!(gflags & (PLACE_OR_NORP & ~TL_GAZ_SUBDIV)) && person_verb_after(d, m)));
        if (hit < 0 && k->nw >= 1 && (m->type == TL_PERSON || m->type == TL_ORG || m->type == TL_FAC ||
                                      m->type == TL_EVENT || k->nw == 1 ||
                                      ((m->type == TL_GPE || m->type == TL_LOC) && !(gflags & PLACE_OR_NORP)))) {
            int32_t cand = -1, count = 0, near = -1;
            uint32_t near_at = 0;
            int before2 = 0; /* two of them named in full before this mention */
            size_t wl;
            const char *w = word(k, k->nw - 1, &wl);
            HM_EACH(&hm, nshash(NS_LASTWORD, w, wl), q) {
                int32_t e = ment_ent[hm.v[q].val];
                int et = es[e].type;
                if (et != TL_PERSON && et != TL_ORG && et != TL_FAC && et != TL_EVENT) continue;
                /* A person's trailing words are that person whatever the tagger
                 * called them, unless the gazetteer knows them as a place or
                 * a nationality ("Georgia" is not Ms Georgia Smith). */
                if (et != m->type && !(et == TL_PERSON && (!(gflags & PLACE_OR_NORP) || town_person))) continue;
                if (is_suffix(k, &ks[hm.v[q].val]) && (et == TL_PERSON || org_prefix_ok(g, gm, d, &d->mentions[hm.v[q].val], k->nw)) &&
                    !(et == TL_ORG && d->mentions[hm.v[q].val].start > m->start && city_prefix(g, gm, d, &d->mentions[hm.v[q].val])) &&
                    !(et == TL_ORG && national_of_local(g, gm, d, &d->mentions[hm.v[q].val], m))) {
                    if (cand != e) count++;
                    cand = e;
                    uint32_t at = d->mentions[hm.v[q].val].start;
                    if (et == TL_PERSON && at < m->start) {
                        if (near >= 0 && near != e) before2 = 1;
                        if (near < 0 || at > near_at) { near = e; near_at = at; }
                    }
                }
            }
            /* a person's trailing words are the person's whatever the
             * tagger called them: they vote for no other type */
            if (count == 1) hit = cand, short_form = es[cand].type == TL_PERSON && m->type != TL_PERSON;
            /* "Alfredo Vazquez Hernandez ... Vazquez ... his cousin, Pedro
             * Vazquez": a surname alone before the one whose surname it
             * ends is named is the person named before with it inside
             * the name (the paternal surname) */
            if (count == 1 && near < 0 && k->nw == 1 && es[cand].type == TL_PERSON && m->type == TL_PERSON) {
                int nmid;
                int32_t mid = person_inside_before(&hm, d, es, ment_ent, k, m->start, &nmid);
                if (nmid == 1) hit = mid, short_form = 0;
            }
            /* Two people share the surname ("Viktor Kral ... Jan Kral"): a
             * surname alone before the second is named is the first.  Once
             * both were named it could be either and stays apart, as do "the
             * Nazari brothers"; so do a Hispanic name's two surnames,
             * "Guzman Lopez" before Ovidio Guzman Lopez is named. */
            if (count > 1 && near >= 0 && !before2 && m->type == TL_PERSON) {
                const char *nx = d->text + m->end;
                while (*nx == ' ') nx++;
                if (strncmp(nx, "brothers", 8) && strncmp(nx, "family", 6) && strncmp(nx, "sisters", 7) &&
                    strncmp(nx, "clan", 4))
                    hit = near;
            }
            /* "the Nazari brothers": several people share the surname; it
             * stays apart but it is still a person's name. */
            if (count > 1 && k->nw == 1 && m->type == TL_ORG && !(gflags & PLACE_OR_NORP)) {
                int all_person = 1;
                HM_EACH(&hm, nshash(NS_LASTWORD, w, wl), q) if (es[ment_ent[hm.v[q].val]].type != TL_PERSON) all_person = 0;
                if (all_person) d->mentions[mi].type = TL_PERSON;
            }
        }
        /* 3b. a given name alone ("Steven" after "Steven Martinez"): the one
         * person named in full before it with that given name, when no
         * person's surname is that word and the gazetteer knows it as no
         * place or nationality. */
        if (hit < 0 && k->nw == 1 && m->type == TL_PERSON && k->klen >= 2 && !(gflags & PLACE_OR_NORP)) {
            int32_t cand = -1, count = 0;
            int surname = 0;
            HM_EACH(&hm, nshash(NS_LASTWORD, k->key, k->klen), q) {
                const ment *o = &ks[hm.v[q].val];
                size_t wl;
                const char *w = word(o, o->nw - 1, &wl);
                if (es[ment_ent[hm.v[q].val]].type == TL_PERSON && wl == k->klen && memcmp(w, k->key, wl) == 0) surname = 1;
            }
            if (!surname) HM_EACH(&hm, nshash(NS_FIRSTWORD, k->key, k->klen), q) {
                const ment *o = &ks[hm.v[q].val];
                int32_t e = ment_ent[hm.v[q].val];
                size_t wl;
                const char *w = word(o, 0, &wl);
                if (es[e].type != TL_PERSON || wl != k->klen || memcmp(w, k->key, wl) != 0) continue;
                if (d->mentions[hm.v[q].val].start > m->start) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand;
        }
        /* 3d. "brothers Arben and Ilir Hoxha": a given name alone right
         * before "and" and a person's full name shares that surname, when
         * the report names "Arben Hoxha" somewhere */
        if (hit < 0 && k->nw == 1 && m->type == TL_PERSON && mi + 1 < nm && k->klen + 2 < MAX_KEY) {
            const tl_mention *nx = &d->mentions[mi + 1];
            if (nx->type == TL_PERSON && nx->tok_begin == m->tok_end + 1 && tl_tok_eq(d, m->tok_end, "and") &&
                ks[mi + 1].nw >= 2) {
                size_t wl;
                const char *w = word(&ks[mi + 1], ks[mi + 1].nw - 1, &wl);
                char full[MAX_KEY];
                size_t fl = k->klen;
                if (fl + 1 + wl <= sizeof full) {
                    memcpy(full, k->key, fl);
                    full[fl++] = ' ';
                    memcpy(full + fl, w, wl);
                    fl += wl;
                    HM_EACH(&hm, nshash(NS_SURFACE, full, fl), q) {
                        const ment *o = &ks[hm.v[q].val];
                        int32_t e = ment_ent[hm.v[q].val];
                        if (e >= 0 && es[e].type == TL_PERSON && o->klen == fl && !memcmp(o->key, full, fl)) hit = e;
                    }
                }
            }
        }
        /* 3e. "Hector Guerrero Flores ... Guerrero's whereabouts": the
         * paternal surname of a three-word Hispanic name, the middle word,
         * alone after it, when one person named before bears it so (the
         * 500 mentions before, at most) */
        /* (a surname may be a province's or a town's name: "Guerrero") */
        /* (and the third of four: "Juan Carlos Mesa Vallejo ... Mesa";
         * the tagger may have read the word as the place it also names,
         * though not a country, a capital or a big city) */
        if (hit < 0 && k->nw == 1 && k->klen >= 3 &&
            (m->type == TL_PERSON ||
             ((m->type == TL_GPE || m->type == TL_LOC) && !(gflags & (TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) &&
              m->tok_begin > 0 && !place_prep(d, m->tok_begin - 1))) &&
            !(gflags & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP))) {
            int32_t cand = -1, count = 0;
            for (uint32_t q = mi > 500 ? mi - 500 : 0; q < mi; q++) {
                if ((ks[q].nw != 3 && ks[q].nw != 4) || ment_ent[q] < 0 || es[ment_ent[q]].type != TL_PERSON) continue;
                /* (a third word in capitals is a title after the name: "Daniel Bernoulli FRS") */
                if (d->tokens[d->mentions[q].tok_end - 1].flags & TL_TOK_ALLCAPS) continue;
                size_t wl;
                const char *w = word(&ks[q], ks[q].nw - 2, &wl);
                if (wl != k->klen || memcmp(w, k->key, wl)) continue;
                if (cand != ment_ent[q]) count++;
                cand = ment_ent[q];
            }
            if (count == 1) hit = cand;
        }
        /* 3c. a surname misspelled by one letter ("Barakt" after "Assad
         * Ahmad Barakat"): the one person named in full before it whose
         * surname is one letter apart, when the word is no place or
         * nationality and no other person's surname is as close.  A
         * given name is a name of its own ("Georg" after "Gladys
         * George"). */
        if (hit < 0 && k->nw == 1 && m->type == TL_PERSON && k->klen >= 4 && k->klen + 1 < MAX_KEY &&
            !(gflags & (PLACE_OR_NORP | TL_GAZ_GIVEN))) {
            int32_t cand = -1, count = 0;
            char v[MAX_KEY];
            for (size_t j = 0; j <= k->klen; j++) {
                /* j == klen: the key itself against the surnames less a
                 * letter; else the key less letter j against both */
                size_t vl = k->klen;
                memcpy(v, k->key, k->klen);
                if (j < k->klen) {
                    if (j == 0) continue;
                    memmove(v + j, v + j + 1, k->klen - j - 1);
                    vl--;
                }
                for (int ns = 0; ns < 2; ns++) {
                    if (j == k->klen && ns == 0) continue;
                    HM_EACH(&hm, nshash(ns ? NS_DEL : NS_LASTWORD, v, vl), q) {
                        const ment *o = &ks[hm.v[q].val];
                        int32_t e = ment_ent[hm.v[q].val];
                        size_t wl;
                        const char *w = word(o, o->nw - 1, &wl);
                        if (es[e].type != TL_PERSON || o->nw < 2 || d->mentions[hm.v[q].val].start > m->start ||
                            !one_edit(k->key, k->klen, w, wl) || (wl < 5 && k->klen < 5))
                            continue;
                        if (cand != e) count++;
                        cand = e;
                    }
                }
            }
            if (count == 1) hit = cand;
        }
        /* 3b'. an inner word of one person's name of three or more words,
         * named alone: the paternal surname of "Ovidio Guzman Lopez"
         * ("Guzman"), the family name of "Lawrence Kanyuka Kingston" --
         * when one person has it inside their name and none starts or ends
         * with it, and the gazetteer knows it as no place, nationality,
         * name particle or lower-case word (surnames are often given names
         * too: Guzman). */
        if (hit < 0 && k->nw == 1 && k->klen >= 3 && m->type != TL_NORP &&
            !(gflags & (PLACE_OR_NORP | TL_GAZ_SURNAME_PART | TL_GAZ_WORD | TL_GAZ_STOP))) {
            int count;
            int32_t cand = person_inside_before(&hm, d, es, ment_ent, k, m->start, &count);
            HM_EACH(&hm, nshash(NS_LASTWORD, k->key, k->klen), q) count += 2;  /* someone's surname */
            HM_EACH(&hm, nshash(NS_FIRSTWORD, k->key, k->klen), q) count += 2; /* someone's given name */
            if (count == 1) hit = cand, short_form = 1;
        }
        /* 3c. a person's name without a middle name, or with an initial
         * for it: "Ross Alger" after "Ross Patterson Alger", "John R.
         * Thurman" and "John Richardson Thurman" -- when one person fits. */
        if (hit < 0 && k->nw >= 2 && m->type == TL_PERSON) {
            int32_t cand = -1, count = 0;
            size_t wl;
            const char *w = word(k, k->nw - 1, &wl);
            HM_EACH(&hm, nshash(NS_LASTWORD, w, wl), q) {
                int32_t e = ment_ent[hm.v[q].val];
                const ment *o = &ks[hm.v[q].val];
                if (es[e].type != TL_PERSON || !(same_person_name(k, o) || same_person_name(o, k))) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand;
        }
        /* 5. plural nationality: Azeris / Azeri, Shi'ites / Shi'ite, either
         * order (the longer form is usually seen first). */
        if (hit < 0 && m->type == TL_NORP) {
            size_t l = k->klen;
            if (l > 3 && k->key[l - 1] == 's') l--;
            HM_EACH(&hm, nshash(NS_PLURAL, k->key, l), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_NORP) { hit = e; break; }
            }
        }
        /* 5a. two forms of one nationality: Azeris, Azerbaijanis (the same
         * country in the gazetteer and the same first four letters, so
         * Scottish and Welsh, Persian and Iranian stay apart) */
        if (hit < 0 && m->type == TL_NORP && (gflags & TL_GAZ_DEMONYM) && k->klen >= 4) {
            size_t cl = 0;
            const char *cn = tl_gaz_country_memo(g, gm, d->text + m->start, m->end - m->start, &cl);
            if (cn) HM_EACH(&hm, nshash(NS_DEMONYM, cn, cl) ^ nshash(NS_DEMONYM, k->key, 4), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type == TL_NORP && memcmp(ks[hm.v[q].val].key, k->key, 4) == 0) { hit = e; break; }
            }
        }
        /* 5b. one country under several names: US, USA, United States. */
        if (hit < 0 && m->type == TL_GPE && (gflags & TL_GAZ_COUNTRY) && !(gflags & (TL_GAZ_DEMONYM | TL_GAZ_NORP))) {
            size_t cl = 0;
            const char *cn = tl_gaz_country_memo(g, gm, d->text + m->start, m->end - m->start, &cl);
            if (cn) {
                HM_EACH(&hm, nshash(NS_COUNTRY, cn, cl), q) {
                    int32_t e = ment_ent[hm.v[q].val];
                    const tl_mention *fm = &d->mentions[hm.v[q].val];
                    if (es[e].type == TL_GPE && (tl_gaz_lookup_memo(g, gm, d->text + fm->start, fm->end - fm->start) & TL_GAZ_COUNTRY)) {
                        hit = e;
                        break;
                    }
                }
            }
        }
        /* 5c. a place without its kind: "Gaza" after "Gaza Strip" */
        if (hit < 0 && (m->type == TL_GPE || m->type == TL_LOC)) {
            int32_t cand = -1, count = 0;
            HM_EACH(&hm, nshash(NS_PLACECORE, k->key, k->klen), q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type != TL_GPE && es[e].type != TL_LOC) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand;
        }
        /* 6. spelling variants */
        if (hit < 0 && k->klen >= 4) {
            int32_t cand = -1, count = 0;
            HM_EACH(&hm, k->phash, q) {
                int32_t e = ment_ent[hm.v[q].val];
                if (es[e].type != m->type || ks[hm.v[q].val].nw != k->nw) continue;
                if (cand != e) count++;
                cand = e;
            }
            if (count == 1) hit = cand;
        }
        int founder = 0;
        if (hit < 0) {
            hit = (int32_t)ne++;
            es[hit].type = m->type;
            es[hit].first = mi;
            founder = 1;
        }
        if (!add_ment(&es[hit], mi)) goto done;
        ment_ent[mi] = hit;
        k->short_form = short_form;
        int vt = short_form ? es[hit].type : m->type;
        es[hit].votes[vt < TL_ENT_TYPE_COUNT ? vt : 0] += (int)k->nw;
        if (!index_mention(&hm, g, gm, d, ks, mi, founder, es[hit].type)) goto done;
    }
    /* Join nickname entities into the entity they name, which keeps its
     * type: "The Gulf Clan, also known as Clan del Golfo" is a body
     * whatever the tagger made of the longer other name. */
    for (uint32_t i = 0; i < nm; i++) {
        if (ks[i].alias_of < 0) continue;
        int32_t from = ment_ent[i], to = ment_ent[ks[i].alias_of];
        if (from < 0 || to < 0 || from == to || es[from].nm == 0) continue;
        int keep = es[to].type;
        if (!merge_ent(d, es, ment_ent, from, to)) goto done;
        if (keep == TL_ORG) {
            int v = 0;
            for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) v = es[to].votes[t] > v ? es[to].votes[t] : v;
            if (es[to].votes[keep] < v) es[to].votes[keep] = v + 1;
        }
    }
    /* Other names a group is given where it is named (tl_ent_alias.c):
     * "(ACR, in Spanish)", ", or ACR", "formerly Y".  An acronym is a
     * group's, so the name it follows is an organization. */
    tl_ent_alias_links(d, alink, akind);
    for (uint32_t i = 0; i < nm; i++) {
        int32_t from = alink[i] >= 0 ? ment_ent[i] : -1, to = alink[i] >= 0 ? ment_ent[alink[i]] : -1;
        if (from < 0 || to < 0 || from == to || es[from].nm == 0 || es[to].nm == 0) continue;
        if (!merge_ent(d, es, ment_ent, from, to)) goto done;
        int v = 0;
        for (int t = 0; t < TL_ENT_TYPE_COUNT; t++) v = es[to].votes[t] > v ? es[to].votes[t] : v;
        es[to].votes[TL_ORG] = v + 1;
        es[to].type = TL_ORG;
        for (uint32_t q = 0; q < es[to].nm; q++) d->mentions[es[to].ms[q]].type = TL_ORG;
    }
    /* A surname left alone because two entities had it ("Idriss" after
     * "Ramey Idriss" and "Ramez Idriss", which the nickname join above has
     * just made one): joined now when one person is left with it. */
    for (uint32_t e = 0; e < ne; e++) {
        if (es[e].nm == 0 || es[e].type != TL_PERSON || ks[es[e].first].nw != 1) continue;
        const ment *k = &ks[es[e].first];
        int32_t seen[4];
        int count = 0;
        HM_EACH(&hm, nshash(NS_LASTWORD, k->key, k->klen), q) {
            int32_t o = ment_ent[hm.v[q].val];
            if (o == (int32_t)e || es[o].nm == 0 || es[o].type != TL_PERSON || !is_suffix(k, &ks[hm.v[q].val])) continue;
            int dup = 0;
            for (int x = 0; x < count && x < 4; x++) dup |= seen[x] == o;
            if (!dup && count < 4) seen[count] = o;
            count += !dup;
        }
        /* Several people share it (the subject of a biography and a
         * parent): the one the document's title names is the one it goes
         * on to call by surname.  Without a title naming one of them the
         * surname could be either and stays apart. */
        int32_t to = count == 1 ? seen[0] : -1;
        if (count > 1 && count <= 4) {
            uint32_t best_at = UINT32_MAX;
            int32_t best = -1;
            for (int x = 0; x < count; x++) {
                uint32_t at = UINT32_MAX;
                for (uint32_t q = 0; q < es[seen[x]].nm; q++)
                    if (d->mentions[es[seen[x]].ms[q]].start < at) at = d->mentions[es[seen[x]].ms[q]].start;
                if (at < best_at) { best_at = at; best = seen[x]; }
            }
            const tl_mention *bm = NULL;
            for (uint32_t q = 0; best >= 0 && q < es[best].nm; q++)
                if (d->mentions[es[best].ms[q]].start == best_at) bm = &d->mentions[es[best].ms[q]];
            uint32_t title_end = d->title && d->n_sentences ? d->sentences[0].start + (uint32_t)strlen(d->title) : 0;
            if (bm && bm->end <= title_end && !group_of_kin(d, &d->mentions[es[e].first])) to = best;
            /* "Taghi" in a headline, then "Ridouan Taghi ... Taghi, 46,
             * was extradited ... his cousin, Mohamed Taghi": the report
             * first calls by surname alone when one of them is named; it
             * goes on meaning that one. */
            uint32_t p = UINT32_MAX;
            for (uint32_t q = 0; q < es[e].nm; q++) {
                uint32_t at = d->mentions[es[e].ms[q]].start;
                if (at >= title_end && at < p) p = at;
            }
            int before = 0;
            int32_t only = -1;
            for (int x = 0; x < count && to < 0; x++) {
                uint32_t at = UINT32_MAX;
                for (uint32_t q = 0; q < es[seen[x]].nm; q++)
                    if (d->mentions[es[seen[x]].ms[q]].start < at) at = d->mentions[es[seen[x]].ms[q]].start;
                if (at < p) before++, only = seen[x];
            }
            if (to < 0 && before == 1 && p != UINT32_MAX && !group_of_kin(d, &d->mentions[es[e].first])) to = only;
        }
        if (to >= 0 && !merge_ent(d, es, ment_ent, (int32_t)e, to)) goto done;
    }
    /* Build the output in order of first appearance. */
    {
        uint32_t *rank = malloc((ne ? ne : 1) * sizeof *rank);
        if (!rank) goto done;
        uint32_t next = 0;
        for (uint32_t i = 0; i < ne; i++) rank[i] = UINT32_MAX;
        for (uint32_t i = 0; i < nm; i++) {
            int32_t e = ment_ent[i];
            if (e >= 0 && rank[e] == UINT32_MAX) rank[e] = next++;
        }
        tl_entity *out = tl_arena_calloc(d->arena, next ? next : 1, sizeof *out);
        if (!out) { free(rank); goto done; }
        for (uint32_t e = 0; e < ne; e++) {
            if (rank[e] == UINT32_MAX) continue; /* merged into another */
            tl_entity *x = &out[rank[e]];
            ent *src = &es[e];
            int best = src->type;
            for (int t = 0; t < TL_ENT_TYPE_COUNT; t++)
                if (src->votes[t] > src->votes[best]) best = t;
            x->type = (uint8_t)best;
            x->mentions = tl_arena_alloc(d->arena, src->nm * sizeof *x->mentions);
            x->aliases = tl_arena_alloc(d->arena, src->nm * sizeof *x->aliases);
            if (!x->mentions || !x->aliases) { free(rank); goto done; }
            /* mentions in text order */
            for (uint32_t q = 0; q < src->nm; q++) x->mentions[q] = src->ms[q];
            qsort(x->mentions, src->nm, sizeof *x->mentions, cmp_u32);
            x->n_mentions = src->nm;
            const tl_mention *fm = &d->mentions[src->first];
            x->name = (tl_str){d->text + fm->start, fm->end - fm->start};
            for (uint32_t q = 0; q < src->nm; q++) {
                const tl_mention *mm = &d->mentions[x->mentions[q]];
                tl_str s = {d->text + mm->start, mm->end - mm->start};
                int dup = (s.len == x->name.len && memcmp(s.ptr, x->name.ptr, s.len) == 0);
                for (uint32_t a = 0; a < x->n_aliases && !dup; a++)
                    dup = s.len == x->aliases[a].len && memcmp(s.ptr, x->aliases[a].ptr, s.len) == 0;
                if (!dup) x->aliases[x->n_aliases++] = s;
            }
            if (x->type == TL_PERSON && !shared_surname_name(g, gm, d, x)) { free(rank); goto done; }
            if (x->type == TL_PERSON && article_name(&x->name)) {
                x->type = TL_ORG;
                for (uint32_t q = 0; q < x->n_mentions; q++) d->mentions[x->mentions[q]].type = TL_ORG;
            }
        }
        for (uint32_t i = 0; i < nm; i++) d->mentions[i].entity = ment_ent[i] >= 0 ? (int32_t)rank[ment_ent[i]] : -1;
        d->entities = out;
        d->n_entities = next;
        free(rank);
    }
    rc = TL_OK;
done:
    hm_free(&hm);
    for (uint32_t e = 0; es && e < ne; e++) free(es[e].ms);
    free(es);
    free(ks);
    free(order);
    free(ment_ent);
    free(alink);
    free(akind);
    return rc;
}
