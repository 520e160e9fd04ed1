/* tl_ner_rules.c -- NER rules for report prose: span typing, cleanup (emit) and the capitalized-runs pass. */
#include "tl_ner_int.h"
#include "tl_trig.h"
#include "tl_utf8.h"
#include "tl_tok.h"
#include "tl_cues.h"
#include "tl_wfind.h"
#include <stdlib.h>
#include <string.h>

int tl_ner_sv_push(tl_ner_spanvec *sv, tl_ner_span s) {
    if (sv->n == sv->cap) {
        size_t cap = sv->cap ? sv->cap * 2 : 256;
        tl_ner_span *p = realloc(sv->v, cap * sizeof *p);
        if (!p) return 0;
        sv->v = p;
        sv->cap = cap;
    }
    sv->v[sv->n++] = s;
    return 1;
}

/* True when token i is one of the '|'-separated words of list (exactly). */
static int tok_in(const tl_doc *d, uint32_t i, const char *list) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    /* the list search of the fact pass, sixteen bytes a step: the walk
     * word by word (a strchr a word) was a tenth of the instructions on a
     * long line of names */
    return tl_trig_in_list(list, s, n);
}

/* tok_in ignoring ASCII case: "Deputy" is in a list of "deputy". */
static int tok_in_fold(const tl_doc *d, uint32_t i, const char *list) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    char low[64];
    if (n == 0 || n >= sizeof low) return 0;
    for (size_t k = 0; k < n; k++) low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    return tl_trig_in_list(list, low, n);
}

/* True when the bytes s[0..n) pass a cue list's prefilter (data/gen-cues.sh):
 * a length within the list's and a first letter some word has.  Most tokens
 * stop here, before the list is searched.  Can't fail. */
static int cue_prefilter(const char *s, size_t n, size_t minlen, size_t maxlen, uint32_t first) {
    if (n < minlen || n > maxlen || n == 0) return 0;
    unsigned c = (unsigned char)s[0];
    return (first >> (c >= 'a' && c <= 'z' ? c - 'a' : 26)) & 1;
}

/* tok_in over a generated cue list, its prefilter first. */
#define TOK_IN_CUE(d, i, CUE) \
    (cue_prefilter((d)->text + (d)->tokens[i].start, (d)->tokens[i].end - (d)->tokens[i].start, CUE##_MINLEN, \
                   CUE##_MAXLEN, CUE##_FIRST) && tok_in(d, i, CUE))

/* TOK_IN_CUE ignoring ASCII case ("Records" in a list of "records"). */
#define TOK_IN_CUE_FOLD(d, i, CUE) (cue_prefilter_fold(d, i, CUE##_MINLEN, CUE##_MAXLEN, CUE##_FIRST) && tok_in_fold(d, i, CUE))

/* cue_prefilter on token i with its first letter folded to lower case. */
static int cue_prefilter_fold(const tl_doc *d, uint32_t i, size_t minlen, size_t maxlen, uint32_t first) {
    char c = d->text[d->tokens[i].start];
    c = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return cue_prefilter(&c, d->tokens[i].end - d->tokens[i].start, minlen, maxlen, first);
}

/* True when token i ends company, label, studio or club names
 * (cues/company_heads.txt: "Records", "Software", "FC").  Can't fail. */
static int company_head(const tl_doc *d, uint32_t i) { return TOK_IN_CUE_FOLD(d, i, TL_CUE_COMPANY_HEADS); }

uint32_t tl_ner_span_gaz(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    char buf[256];
    size_t n = tl_ner_join_tokens(f->doc, a, b, buf, sizeof buf);
    uint32_t g = n ? tl_ner_memo_gaz(f, buf, n) : 0;
    /* A former state is typed as a country; the flag stays out of the
     * tagger's features, so the trained model does not depend on it. */
    return g & TL_GAZ_FORMER_STATE ? g | TL_GAZ_COUNTRY : g;
}

/* True when gazetteer flags g are those of a well-known organization's
 * name (org_names.txt) that is no place or nationality too.  Can't fail. */
static int org_name(uint32_t g) {
    return (g & TL_GAZ_ORG_NAME) && !(g & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP));
}

/* Is token i a noun of a band of people ("group", "gang", "cartel")?  */
static int band_noun(const tl_doc *d, uint32_t i) {
    return i < d->n_tokens && (tl_ner_tok_is(d, i, "group") || tl_ner_tok_is(d, i, "gang") ||
                               tl_ner_tok_is(d, i, "cartel") || tl_ner_tok_is(d, i, "faction") ||
                               tl_ner_tok_is(d, i, "militia") || tl_ner_tok_is(d, i, "syndicate") ||
                               tl_ner_tok_is(d, i, "network"));
}

/* Is token i a code of capitals and digits ("M23", "P2"), two to six
 * characters with a digit?  Can't fail. */
static int alnum_code(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (n < 2 || n > 6 || s[0] < 'A' || s[0] > 'Z') return 0;
    int digit = 0;
    for (size_t k = 1; k < n; k++) {
        if (s[k] >= '0' && s[k] <= '9') digit = 1;
        else if (s[k] < 'A' || s[k] > 'Z') return 0;
    }
    return digit;
}

/* Is token i a number of one to three digits ("18" of "Barrio 18")?
 * Can't fail. */
static int number_word(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (n < 1 || n > 3) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9') return 0;
    return 1;
}

/* Is token i one word of capitalized parts joined by a short lower-case
 * particle ("Jamaat-ul-Ahrar", "Tehrik-i-Taliban", "Lashkar-e-Taiba",
 * "Hizb-ut-Tahrir")?  Such transliterated names are nearly always bodies'.
 * Can't fail. */
static int particle_compound(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (n < 7 || s[0] < 'A' || s[0] > 'Z') return 0;
    int parts = 0, particle = 0;
    for (size_t p = 0; p < n;) {
        size_t q = p;
        while (q < n && s[q] != '-') q++;
        size_t len = q - p;
        if (len == 0) return 0;
        if (s[p] >= 'a' && s[p] <= 'z') {
            static const char *const pt[] = {"ul", "ud", "ut", "us", "un", "ur", "e", "i", "al", "el", "ad", "ar",
                                             "as", "at", "az", "wal", "bil"};
            int ok = 0;
            for (size_t k = 0; k < sizeof pt / sizeof pt[0] && !ok; k++) ok = strlen(pt[k]) == len && !memcmp(pt[k], s + p, len);
            if (!ok || p == 0 || q == n) return 0;
            particle = 1;
        } else if (s[p] < 'A' || s[p] > 'Z') {
            return 0;
        }
        parts++;
        p = q < n ? q + 1 : n;
    }
    return particle && parts >= 3;
}

/* Is token t two parts, a capitalized word of four letters or more and a
 * lower-case suffix of two to five letters that is no common English word
 * ("Yamaguchi-gumi", "Inagawa-kai", "Jong-un")?  Can't fail. */
static int foreign_suffix(const tl_ner_feats *f, uint32_t t) {
    size_t n;
    const char *s = tl_ner_tok_ptr(f->doc, t, &n);
    const char *h = memchr(s, '-', n);
    if (!h || h < s + 4 || s[0] < 'A' || s[0] > 'Z') return 0;
    for (const char *c = s + 1; c < h; c++) /* ("Là-bas" is French) */
        if (*c < 'a' || *c > 'z') return 0;
    size_t tl = (size_t)(s + n - h - 1);
    if (tl < 2 || tl > 5 || memchr(h + 1, '-', tl)) return 0;
    for (size_t k = 1; k <= tl; k++)
        if (h[k] < 'a' || h[k] > 'z') return 0;
    /* an Arabic article or particle opens the next word's name
     * ("Jihad-al Qaeda"), as in particle_compound */
    static const char particles[] = "al|el|ul|ud|ut|us|un|ur|ad|ar|as|at|az|wal|bil|bin|ibn|abu|ben|bint";
    if (tl_wfind_in_list(particles, sizeof particles - 1, h + 1, tl)) return 0;
    return !(tl_ner_memo_gaz(f, h + 1, tl) & (TL_GAZ_WORD | TL_GAZ_STOP));
}

/* Is token a an Arabic or Spanish word that opens the name of an armed
 * band ("Ansar", "Jaish", "Carteles")?  Can't fail. */
static int band_opening(const tl_doc *d, uint32_t a) {
    static const char *const words[] = {"Ansar",   "Jaish",   "Kataib", "Harakat", "Jabhat",   "Liwa",
                                        "Saraya",  "Lashkar", "Tehrik", "Hizb",    "Jamaat",   "Asaib",
                                        "Carteles", "Cartel", "Frente", "Ejercito", "Fuerzas", "Grupo",
                                        "Movimiento", "Brigada", "Brigadas", "Comando", "Autodefensas", "Partido",
                                        "Tanzim", "Faylaq", "Quwat"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (tl_ner_tok_is(d, a, words[i])) return 1;
    return 0;
}

/* "John Hill", "Tiger Woods", "Dylan Marsh": a given name and a word that
 * also ends place names (TL_GAZ_LOC_HEAD) is a person's name, unless a
 * place's preposition or "the" comes before it ("near Victoria Lake",
 * "the Charles River"; "Beverly Hills" is in the gazetteer as a whole).
 * Can't fail. */
static int given_and_place_head(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    if (b - a != 2 || !(f->t[a].gaz & TL_GAZ_GIVEN) || !(f->t[b - 1].gaz & TL_GAZ_LOC_HEAD)) return 0;
    if ((f->t[a].gaz & (TL_NER_PLACEISH | TL_GAZ_REGION)) ||
        (tl_ner_span_gaz(f, a, b) & (TL_NER_PLACEISH | TL_GAZ_REGION)))
        return 0;
    /* the place words that are common surnames too; "Lake", "Islands",
     * "Strait", "Range" end far more places than names */
    static const char *const surnames[] = {"Hill", "Marsh", "Woods", "Wood", "Brook", "Brooks", "Field",
                                           "Fields", "Forest", "Ford", "Moss", "Heath", "Dale", "Ridge", "Banks"};
    int sur = 0;
    for (size_t k = 0; k < sizeof surnames / sizeof *surnames && !sur; k++) sur = tl_ner_tok_is(f->doc, b - 1, surnames[k]);
    if (!sur) return 0;
    if (f->t[a].cls != TL_NER_SH_CAP || f->t[b - 1].cls != TL_NER_SH_CAP) return 0;
    static const char *const before[] = {"the", "in", "at", "near", "on", "across", "of", "to", "from", "into", "along"};
    for (size_t k = 0; a > 0 && k < sizeof before / sizeof *before; k++)
        if (tl_ner_tok_is(f->doc, a - 1, before[k])) return 0;
    return 1;
}

/* The fine type of a span from its coarse class, the gazetteer and its head. */
int tl_ner_fine_type(const tl_ner_feats *f, uint32_t a, uint32_t b, int cls) {
    uint32_t whole = tl_ner_span_gaz(f, a, b);
    /* "World War II": the head is the word before the numeral */
    /* (not a man's order: "William Hall III") */
    uint32_t hb = b - a >= 3 && tl_ner_roman_numeral(f->doc, b - 1) && cls != 1 && !(f->t[a].gaz & TL_GAZ_GIVEN) ? b - 2 : b - 1;
    uint32_t head = f->t[hb].gaz;
    int single = (b - a == 1);
    if (org_name(whole)) return TL_ORG;
    if (particle_compound(f->doc, a) && !(whole & (TL_NER_PLACEISH_STRONG | TL_GAZ_GIVEN))) return TL_ORG;
    /* "the Yamaguchi-gumi", "the Kobe Yamaguchi-gumi": a foreign suffix on
     * a name after "the" makes a body's name ("Kim Jong-un" takes none) */
    if (foreign_suffix(f, b - 1) && a > 0 && tl_ner_tok_is(f->doc, a - 1, "the")) return TL_ORG;
    /* "the New IRA", "the Real IRA": a word of a split before a body's
     * acronym names the splinter body, not a place */
    if (b - a == 2 && f->t[a + 1].cls == TL_NER_SH_CAPS && f->doc->tokens[a + 1].end - f->doc->tokens[a + 1].start >= 2 &&
        (tl_ner_tok_is(f->doc, a, "New") || tl_ner_tok_is(f->doc, a, "Real") || tl_ner_tok_is(f->doc, a, "Continuity") ||
         tl_ner_tok_is(f->doc, a, "Provisional") || tl_ner_tok_is(f->doc, a, "Official")) &&
        !(whole & TL_NER_PLACEISH_STRONG))
        return TL_ORG;
    /* "M23 rebels": a code before a noun of members or of a band */
    if (single && alnum_code(f->doc, a) && b < f->doc->n_tokens &&
        (tl_ner_member_noun(f->doc, b) || band_noun(f->doc, b)))
        return TL_ORG;
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP) && !(whole & TL_GAZ_COUNTRY)) return TL_NORP;
    /* "Philippine troops": a country's name less its plural "s" is its
     * adjective */
    /* (also a given name, before a lower-case noun) */
    if (single && !(whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_SUBDIV)) &&
        (!(whole & TL_GAZ_GIVEN) || (b < f->doc->n_tokens && f->t[b].cls == TL_NER_SH_LOWER))) {
        size_t n;
        const char *w = tl_ner_tok_ptr(f->doc, a, &n);
        char buf[40];
        if (n >= 4 && n + 1 < sizeof buf && w[n - 1] != 's') {
            memcpy(buf, w, n);
            buf[n] = 's';
            if (tl_ner_memo_gaz(f, buf, n + 1) & TL_GAZ_COUNTRY) return TL_NORP;
        }
    }
    /* "the Sahel": a region after "the", though some province bears its
     * name (no country, capital or big city does) */
    if (cls != 1 && (whole & TL_GAZ_REGION) && !(whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) && a > 0 &&
        tl_ner_tok_is(f->doc, a - 1, "the") && !(f->t[b - 1].gaz & TL_NER_HEADS))
        return TL_LOC;
    /* "Jiangsu Province Ministry of State Security": a place's name before
     * the head of a name with "of" (the word before it) names whose body
     * it is */
    for (uint32_t k = a + 2; !single && k + 1 < b; k++)
        if (tl_ner_tok_is(f->doc, k, "of")) {
            if ((f->t[k - 1].gaz & TL_GAZ_ORG_HEAD) && f->t[k - 1].cls == TL_NER_SH_CAP && cls != 1 &&
                (tl_ner_span_gaz(f, a, k - 1) & (TL_NER_PLACEISH_STRONG | TL_GAZ_GPE_HEAD | TL_GAZ_SUBDIV)))
                return TL_ORG;
            break;
        }
    if (given_and_place_head(f, a, b)) return TL_PERSON;
    /* "Los Mayos", "Las Flacas" read as a person: a Spanish plural
     * article opens a band's name, never a person's (places the gazetteer
     * knows stay places, and a building's name before its noun, "the Las
     * Rocas prison", is left to the facility rules) */
    if (!single && cls == 1 && f->t[b - 1].cls == TL_NER_SH_CAP &&
        (tl_ner_tok_is(f->doc, a, "Los") || tl_ner_tok_is(f->doc, a, "Las")) &&
        !(b < f->doc->n_tokens && (TOK_IN_CUE(f->doc, b, TL_CUE_FAC_LOWER_HEADS) ||
                                   TOK_IN_CUE(f->doc, b, TL_CUE_FAC_LOWER_HEADS_UNPLACED))) &&
        !(whole & (TL_NER_PLACEISH | TL_GAZ_REGION | TL_GAZ_FAC_HEAD)) &&
        !(head & (TL_GAZ_GPE_HEAD | TL_GAZ_LOC_HEAD | TL_GAZ_FAC_HEAD)))
        return TL_ORG;
    /* "Institute for Strategic Dialogue", "Council on Foreign Relations":
     * a body's noun before the phrase that says what it is for is the
     * head, whatever the phrase ends in */
    for (uint32_t k = a + 1; !single && cls != 1 && k + 1 < b; k++)
        if (tl_ner_tok_is(f->doc, k, "for") || tl_ner_tok_is(f->doc, k, "on") || tl_ner_tok_is(f->doc, k, "of")) {
            if ((f->t[k - 1].gaz & TL_GAZ_ORG_HEAD) && f->t[k - 1].cls == TL_NER_SH_CAP &&
                !(f->t[b - 1].gaz & (TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD | TL_GAZ_GPE_HEAD | TL_GAZ_LOC_HEAD)) &&
                !(whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)))
                return TL_ORG;
            break;
        }
    /* The head noun of a multi-word name says more than the tagger's class:
     * "... International Airport" is a facility, "... Autonomous Republic" a
     * state, "... Inland Sea" a place, whatever the words before it. */
    if (!single && !(head & TL_GAZ_ORG_HEAD) && f->t[hb].cls != TL_NER_SH_CAPS) {
        /* ("the shipping company Sea Star Line", "a firm, X Line,": a
         * company noun before the name says what it is) */
        if ((head & TL_GAZ_FAC_HEAD) && a > 0) {
            uint32_t k = tl_ner_tok_is(f->doc, a - 1, ",") && a > 1 ? a - 2 : a - 1;
            if (tok_in_fold(f->doc, k, "company|firm|carrier|operator|conglomerate|group|corporation|business"))
                return TL_ORG;
        }
        /* ("Judge Mark Wall", "President Tom Hall": a title, then a given
         * name the tagger read as a person's before a head word that is
         * also a surname; "Penny Lane" stays a street) */
        if ((head & TL_GAZ_FAC_HEAD) &&
            !(cls == 1 && b - a == 2 && a > 0 && (f->t[a - 1].gaz & TL_GAZ_TITLE) && (f->t[a].gaz & TL_GAZ_GIVEN) &&
              !(f->t[a].gaz & TL_NER_PLACEISH_STRONG) &&
              /* (a royal's or a saint's title names places: "the King
               * Edward Hotel", "Lady Bank Road") */
              !tok_in_fold(f->doc, a - 1, "king|queen|lady|lord|saint|st.|st|prince|princess|sir|duke|dame|emperor|pope")))
            return TL_FAC;
        /* (a country named for its islands is a state: "the Marshall
         * Islands", "the Solomon Islands") */
        if ((head & TL_GAZ_LOC_HEAD) && !(whole & TL_GAZ_COUNTRY)) return TL_LOC;
        if (head & TL_GAZ_EVENT_HEAD) return TL_EVENT;
        /* "Islamic State" stays an organization; "Rivers State" is a state,
         * and so is a people's "Chechen Republic". */
        if ((head & TL_GAZ_GPE_HEAD) && (cls != 2 || (f->t[a].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_CITY | TL_GAZ_DEMONYM | TL_GAZ_NORP))))
            return TL_GPE;
    }
    /* "Sahand Tejarat Pars Co.", "Everlink Trading Ltd": a company word
     * that is no one's given name or surname ends an organization. */
    if (!single && ((head & TL_GAZ_ORG_HEAD) || company_head(f->doc, b - 1)) && (cls != 1 || !(head & TL_GAZ_GIVEN)))
        return TL_ORG;
    /* "Ansar Dine", "Jaish al-Adl", "Kataib Hezbollah", "Carteles Unidos"
     * read as a person: an Arabic or Spanish word of a band ("supporters",
     * "army", "battalions", "cartels") opening the name makes a body's */
    if (cls == 1 && !single && band_opening(f->doc, a)) return TL_ORG;
    /* ("working for Hong Kong's intelligence service": a country, a
     * capital or a big city named in two words or more is the place) */
    if (cls == 1 && !single && (whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG))) return TL_GPE;
    if (cls == 1) return TL_PERSON;
    /* "Harakat al-Nujaba", "Jaish al-Adl", "National Iranian Oil": a name
     * opened by an organization word is an organization, not a place. */
    if (!single && (f->t[a].gaz & TL_GAZ_ORG_WORD) && !(whole & TL_NER_NAMEISH) && !(f->t[a].gaz & TL_NER_PLACEISH_STRONG))
        return TL_ORG;
    if (cls == 2) return TL_ORG;
    if (whole & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY)) return TL_GPE;
    if (whole & TL_GAZ_REGION) return TL_LOC;
    /* "Anna Magdalena Bach": a given name first, no place word. */
    if (!single && (f->t[a].gaz & TL_GAZ_GIVEN) && !(f->t[a].gaz & (TL_GAZ_WORD | TL_NER_PLACEISH_STRONG)))
        return TL_PERSON;
    /* ("Maria Licciardi, 70,", "Police said Maria Lopez lives in ...": a
     * given name that is also a dictionary word, before words that are
     * neither words nor places; an age after it, or no article or quote
     * before it, which a title of a work would have) */
    int aged = b + 2 < f->doc->n_tokens && tl_ner_tok_is(f->doc, b, ",") && f->t[b + 1].cls == TL_NER_SH_DIGIT &&
               tl_ner_tok_is(f->doc, b + 2, ",");
    int opens = a == 0 || f->doc->tokens[a - 1].sent != f->doc->tokens[a].sent;
    int bare = (opens || (f->t[a - 1].cls == TL_NER_SH_LOWER && !(f->doc->tokens[a - 1].flags & TL_TOK_QUOTE) &&
                          !tl_ner_tok_is(f->doc, a - 1, "the"))) &&
               !(b < f->doc->n_tokens && (f->doc->tokens[b].flags & TL_TOK_QUOTE));
    /* (a word that opens names of places and titles is no given name
     * there: "Lake X", "Fort X", "Young X", "Princess X") */
    if (!single && b - a <= 3 && cls == 4 && (f->t[a].gaz & TL_GAZ_GIVEN) && !(f->t[a].gaz & TL_NER_PLACEISH_STRONG) &&
        (aged || (bare && !(f->t[b - 1].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) &&
                  !tok_in_fold(f->doc, a, "lake|fort|mount|port|cape|saint|san|santa|la|le|los|las|el|young|old|great|"
                                          "little|big|baby|princess|prince|empress|emperor|king|queen|lady|lord|mister|"
                                          "pilot|captain|doctor|father|mother|sister|brother|uncle|aunt")))) {
        uint32_t k = a + 1;
        while (k < b && f->t[k].cls == TL_NER_SH_CAP && !(f->t[k].gaz & (TL_GAZ_WORD | TL_NER_PLACEISH_STRONG | TL_GAZ_STOP)) &&
               !memchr(f->doc->text + f->doc->tokens[k].start, '\'', f->doc->tokens[k].end - f->doc->tokens[k].start) &&
               !memchr(f->doc->text + f->doc->tokens[k].start, 0xE2, f->doc->tokens[k].end - f->doc->tokens[k].start))
            k++;
        if (k == b) return TL_PERSON;
    }
    if (cls == 3) return TL_GPE;
    return -1; /* MISC that is none of ours */
}

/* True when token i ends in a hyphen and a lower-case word ("Tehran-based",
 * "Iran-backed").  Can't fail. */
static int lower_tail(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    const char *h = n > 2 ? memchr(s + 1, '-', n - 2) : NULL;
    if (!h) return 0;
    while (h + 1 < s + n && memchr(h + 1, '-', (size_t)(s + n - h - 1))) h = memchr(h + 1, '-', (size_t)(s + n - h - 1));
    return h[1] >= 'a' && h[1] <= 'z';
}

int tl_ner_kind_noun(const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens) return -1;
    if (TOK_IN_CUE(d, i, TL_CUE_KIND_ORG_NOUNS)) return TL_ORG;
    if (TOK_IN_CUE(d, i, TL_CUE_KIND_PERSON_NOUNS)) return TL_PERSON;
    if (TOK_IN_CUE(d, i, TL_CUE_KIND_PLACE_NOUNS)) return TL_GPE;
    return -1;
}

int tl_ner_person_noun(const tl_doc *d, uint32_t i) {
    return i < d->n_tokens && (TOK_IN_CUE(d, i, TL_CUE_KIND_PERSON_NOUNS) || TOK_IN_CUE(d, i, TL_CUE_OCCUPATION_NOUNS) ||
                               TOK_IN_CUE(d, i, TL_CUE_AFFILIATION_NOUNS) || TOK_IN_CUE(d, i, TL_CUE_MEMBER_NOUNS));
}

int tl_ner_org_after_noun(const tl_doc *d, uint32_t i) {
    return i < d->n_tokens && TOK_IN_CUE(d, i, TL_CUE_KIND_ORG_AFTER_NOUNS);
}

int tl_ner_apposition_type(const tl_ner_feats *f, uint32_t b) {
    const tl_doc *d = f->doc;
    uint32_t i = b, sent = b < d->n_tokens ? d->tokens[b].sent : 0;
    if (i >= d->n_tokens || f->t[i].cls != TL_NER_SH_PUNCT || d->text[d->tokens[i].start] != ',') return -1;
    i++;
    if (i >= d->n_tokens || d->tokens[i].sent != sent) return -1;
    /* "X, formerly the world's biggest marketplace": an adverb of time may
     * stand before the article. */
    if (tl_ner_tok_is(d, i, "formerly") || tl_ner_tok_is(d, i, "once") || tl_ner_tok_is(d, i, "now") ||
        tl_ner_tok_is(d, i, "previously") || tl_ner_tok_is(d, i, "also"))
        i++;
    if (i >= d->n_tokens || d->tokens[i].sent != sent) return -1;
    /* "X and Y, two companies controlled by ...": a count before a plural
     * head */
    int count = tl_ner_tok_is(d, i, "two") || tl_ner_tok_is(d, i, "three") || tl_ner_tok_is(d, i, "four") ||
                tl_ner_tok_is(d, i, "both");
    if (!count && !tl_ner_tok_is(d, i, "a") && !tl_ner_tok_is(d, i, "an") && !tl_ner_tok_is(d, i, "the") &&
        !tl_ner_tok_is(d, i, "another"))
        return -1;
    /* Up to four lower-case words of one noun phrase (to a function word
     * or a name); its last listed noun, the head, gives the type: "a
     * militant group" is a group, "a militant" a person. */
    uint32_t words = 0;
    int kind = -1;
    for (uint32_t k = i + 1; words < 4 && k < d->n_tokens && d->tokens[k].sent == sent; k++, words++) {
        if (count && f->t[k].cls == TL_NER_SH_LOWER) {
            static const char *const orgs[] = {"companies", "firms", "groups", "gangs", "organizations", "organisations",
                                               "entities", "businesses", "militias", "networks", "cartels", "factions",
                                               "banks", "exchanges"};
            static const char *const people[] = {"men", "women", "brothers", "sisters", "nationals", "citizens",
                                                 "officers", "officials", "executives", "businessmen"};
            for (size_t q = 0; q < sizeof orgs / sizeof orgs[0]; q++)
                if (tl_ner_tok_is(d, k, orgs[q])) return TL_ORG;
            for (size_t q = 0; q < sizeof people / sizeof people[0]; q++)
                if (tl_ner_tok_is(d, k, people[q])) return TL_PERSON;
        }
        /* "a British lawyer": a nationality may qualify the noun */
        if (f->t[k].cls == TL_NER_SH_CAP && (f->t[k].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP))) continue;
        /* "a Texas native", "a Boston lawyer", "a U.S. citizen": so may a
         * place, one word before a lower-case one */
        if ((f->t[k].cls == TL_NER_SH_CAP || f->t[k].cls == TL_NER_SH_CAPS || f->t[k].cls == TL_NER_SH_MIXED) &&
            (f->t[k].gaz & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_SUBDIV)) &&
            k + 1 < d->n_tokens && f->t[k + 1].cls == TL_NER_SH_LOWER)
            continue;
        /* "a Tehran-based exchange", "an Iran-backed militia": a name fused
         * with a participle qualifies the noun */
        if (f->t[k].cls != TL_NER_SH_LOWER && f->t[k].cls != TL_NER_SH_DIGIT && lower_tail(d, k)) continue;
        /* "a neo-Nazi network", "a pro-Russian militia": a prefix glued
         * to a name qualifies it too */
        if (f->t[k].cls != TL_NER_SH_LOWER && (d->tokens[k].flags & TL_TOK_HYPHEN) &&
            d->text[d->tokens[k].start] >= 'a' && d->text[d->tokens[k].start] <= 'z')
            continue;
        if (f->t[k].cls != TL_NER_SH_LOWER && f->t[k].cls != TL_NER_SH_DIGIT) break;
        if (f->t[k].gaz & TL_GAZ_STOP) break;
        /* ("a lawyer for a state witness": the phrase after the head's
         * preposition is not the head; lower-case words may carry no
         * gazetteer flags) */
        if (words && tok_in_fold(d, k, "for|of|in|at|on|with|from|to|by|and|or|who|which|that|whose")) break;
        /* "the group's financial chief": a possessor is not the head */
        if (k + 1 < d->n_tokens && (tl_ner_tok_is(d, k + 1, "'s") || tl_ner_tok_is(d, k + 1, "\xe2\x80\x99s"))) {
            k++;
            kind = -1;
            continue;
        }
        /* "X, the group said": a speaker's clause, no apposition */
        if (tl_ner_tok_is(d, k, "said") || tl_ner_tok_is(d, k, "says") || tl_ner_tok_is(d, k, "added") ||
            tl_ner_tok_is(d, k, "told") || tl_ner_tok_is(d, k, "announced") || tl_ner_tok_is(d, k, "claimed"))
            return -1;
        int t = tl_ner_kind_noun(d, k);
        if (t >= 0) kind = t;
    }
    return kind;
}


/* A run of capitalized tokens [a, b) not covered by the tagger: type it by
 * rules.  Returns a fine type or -1. */
static int rule_type(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const tl_doc *d = f->doc;
    uint32_t whole = tl_ner_span_gaz(f, a, b);
    if (org_name(whole)) return TL_ORG;
    if (whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) return TL_GPE;
    if ((whole & TL_GAZ_SUBDIV) && !(b - a == 1 && (f->t[a].gaz & TL_GAZ_WORD))) return TL_GPE;
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return TL_NORP;
    if (whole & TL_GAZ_REGION) return TL_LOC;
    uint32_t head = f->t[b - 1].gaz;
    /* "Department of Justice", "Bureau of Prisons": a body's head before
     * "of" and its portfolio (a place after it names a province: no) */
    if (b - a >= 3 && (f->t[a].gaz & TL_GAZ_ORG_HEAD) && f->t[a].cls == TL_NER_SH_CAP && tl_ner_tok_is(d, a + 1, "of") &&
        !(tl_ner_span_gaz(f, a + 2, b) & (TL_NER_PLACEISH | TL_GAZ_REGION)))
        return TL_ORG;
    if (b - a >= 2) {
        if ((head & TL_GAZ_ORG_HEAD) || company_head(d, b - 1)) return TL_ORG;
        if (head & TL_GAZ_FAC_HEAD) return TL_FAC;
        if (head & TL_GAZ_EVENT_HEAD) return TL_EVENT;
        if (given_and_place_head(f, a, b)) return TL_PERSON;
        if (head & TL_GAZ_LOC_HEAD) return TL_LOC;
    }
    /* "Kibbutz Beeri", "Camp Bastion", "Mount Sinjar", "Lake Chad": a
     * word of a place's kind opening the name */
    int amp = 0; /* ("Mount&Blade", "Cape X & Y": no one place's name) */
    for (uint32_t k = a; k < b && !amp; k++)
        amp = memchr(d->text + d->tokens[k].start, '&', d->tokens[k].end - d->tokens[k].start) != NULL;
    if (b - a >= 2 && !amp && f->t[a].cls == TL_NER_SH_CAP && !(f->t[a + 1].gaz & TL_GAZ_STOP)) {
        if (tl_ner_tok_is(d, a, "Kibbutz") || tl_ner_tok_is(d, a, "Moshav")) return TL_GPE;
        if (tl_ner_tok_is(d, a, "Camp")) return TL_FAC;
        if (tl_ner_tok_is(d, a, "Mount") || tl_ner_tok_is(d, a, "Lake") || tl_ner_tok_is(d, a, "Cape")) return TL_LOC;
    }
    if (particle_compound(d, a)) return TL_ORG;
    int app = tl_ner_apposition_type(f, b);
    if (app >= 0 && (b - a >= 2 || app != TL_PERSON || !(f->t[a].gaz & TL_GAZ_WORD))) return app;
    /* "the Black Lotus group", "the Black Lotus hacking group": "the", the
     * run, and a noun of a band of people, over one lower-case word (not
     * "the Dada movement": a movement may be a school of art) */
    if (a > 0 && tl_ner_tok_is(d, a - 1, "the") && b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent &&
        f->t[b].cls == TL_NER_SH_LOWER) {
        uint32_t h = b;
        if (!band_noun(d, h) && !(f->t[b].gaz & TL_GAZ_STOP) && b + 1 < d->n_tokens &&
            d->tokens[b + 1].sent == d->tokens[a].sent && f->t[b + 1].cls == TL_NER_SH_LOWER)
            h = b + 1;
        if (band_noun(d, h)) return TL_ORG;
    }
    /* A title right before: a person. */
    if (a > 0 && (f->t[a - 1].gaz & TL_GAZ_TITLE) && d->tokens[a - 1].sent == d->tokens[a].sent) return TL_PERSON;
    if ((f->t[a].gaz & TL_GAZ_GIVEN) && b - a >= 2 && !(f->t[a].gaz & TL_GAZ_WORD)) return TL_PERSON;
    /* An acronym nobody else claimed is most often an organization. */
    if (b - a == 1 && f->t[a].cls == TL_NER_SH_CAPS && !(f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_CURRENCY | TL_GAZ_STOP)) &&
        d->tokens[a].end - d->tokens[a].start >= 2 && d->tokens[a].end - d->tokens[a].start <= 6)
        return TL_ORG;
    return -1;
}

/* ---- span refinement ----------------------------------------------------- */

static int is_lower_start(const char *s, size_t n) {
    int32_t c;
    if (!n) return 0;
    tl_utf8_decode(s, n, &c);
    return tl_uc_is_lower(c);
}

/* Type of a gazetteer hit for a word or part of one, or -1. */
static int gaz_type(uint32_t g) {
    if (g & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return TL_NORP;
    if (g & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL)) return TL_GPE;
    if (g & TL_GAZ_REGION) return TL_LOC;
    return -1;
}

/* True when token i is a plural noun of members or a role in a group:
 * "al-Qaeda operatives", "Hamas militants", "Wagner fighters" make the
 * name before them an organization.  Can't fail. */
int tl_ner_member_noun(const tl_doc *d, uint32_t i) {
    return i < d->n_tokens && TOK_IN_CUE(d, i, TL_CUE_MEMBER_NOUNS);
}

/* "al-Qaeda", "ash-Shabaab": an Arabic article glued to a capitalized
 * name, which starts in lower case.  Can't fail. */
static int arabic_article_name(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    const char *h = n > 3 ? memchr(s, '-', n < 5 ? n : 5) : NULL;
    if (!h || h + 1 >= s + n || !(h[1] >= 'A' && h[1] <= 'Z')) return 0;
    size_t pl = (size_t)(h - s);
    return (pl == 2 && (!memcmp(s, "al", 2) || !memcmp(s, "el", 2) || !memcmp(s, "ad", 2) || !memcmp(s, "an", 2) ||
                        !memcmp(s, "as", 2) || !memcmp(s, "at", 2) || !memcmp(s, "az", 2) || !memcmp(s, "ar", 2))) ||
           (pl == 3 && (!memcmp(s, "ash", 3) || !memcmp(s, "adh", 3) || !memcmp(s, "ath", 3)));
}

/* Does the hyphenated token t, two peoples' names ("Iranian-American"),
 * describe one person: "a dual Russian-German citizen", "an
 * Iranian-American businessman"?  Then it is one nationality, as reports
 * name it; "the Israeli-Palestinian conflict" or "Russian-Ukrainian
 * talks" name two.  A noun of a kind of person or an occupation within
 * three lower-case words after it, or "dual" before it, says so.  Can't
 * fail. */
static int one_people(const tl_ner_feats *f, uint32_t t) {
    const tl_doc *d = f->doc;
    size_t wn;
    const char *w = tl_ner_tok_ptr(d, t, &wn);
    if (!tl_gaz_dual_demonym(f->gaz, w, wn)) return 0;
    if (t > 0 && d->tokens[t - 1].sent == d->tokens[t].sent && tok_in_fold(d, t - 1, "dual")) return 1;
    for (uint32_t k = t + 1; k < d->n_tokens && k <= t + 3 && d->tokens[k].sent == d->tokens[t].sent; k++) {
        size_t n;
        const char *x = tl_ner_tok_ptr(d, k, &n);
        if (!(d->tokens[k].flags & TL_TOK_ALPHA) || !is_lower_start(x, n)) return 0;
        if (TOK_IN_CUE(d, k, TL_CUE_KIND_PERSON_NOUNS) || TOK_IN_CUE(d, k, TL_CUE_OCCUPATION_NOUNS) ||
            tok_in(d, k, "citizen|national|man|woman|boy|girl|businessman|businesswoman|dual"))
            return 1;
    }
    return 0;
}

/* A single hyphenated token: "anti-Azerbaijan", "Azeri-language",
 * "Iran-Azerbaijan".  Emits the parts that are places or nationalities and
 * returns 1, or returns 0 when the token is a name of its own
 * (Nagorno-Karabakh, IRGC-Quds, Al-Arabiya, a person's "Iranian-American":
 * one_people). */
/* Is token a, of span [a, b), a compound of peoples' words only
 * ("Lebanese-Canadian", "Saudi-French"), with only heads of
 * organizations' names after it in the span ("Bank")?  Can't fail. */
static int peoples_before_org_head(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    for (uint32_t k = a + 1; k < b; k++)
        if (!(f->t[k].gaz & TL_GAZ_ORG_HEAD)) return 0;
    const tl_doc *d = f->doc;
    const char *s = d->text + d->tokens[a].start;
    size_t n = d->tokens[a].end - d->tokens[a].start, st = 0, parts = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] != '-') continue;
        if (i == st) return 0;
        if (!(tl_ner_memo_gaz(f, s + st, i - st) & (TL_GAZ_DEMONYM | TL_GAZ_NORP))) return 0;
        parts++;
        st = i + 1;
    }
    return parts >= 2;
}

static int split_compound(const tl_ner_feats *f, tl_ner_spanvec *sv, uint32_t t) {
    const tl_doc *d = f->doc;
    const char *s = d->text + d->tokens[t].start;
    size_t n = d->tokens[t].end - d->tokens[t].start;
    size_t ps[8], pl[8], np = 0, a = 0;
    for (size_t i = 0; i <= n && np < 8; i++)
        if (i == n || s[i] == '-') { ps[np] = a; pl[np] = i - a; np++; a = i + 1; }
    if (np < 2) return 0;
    /* (one people's name is one nationality: "a French-Algerian
     * national", which the tagger may not propose alone) */
    if (np == 2 && one_people(f, t)) return tl_ner_sv_push(sv, (tl_ner_span){t, t + 1, TL_NORP, 0, 0, 0, 0, 0}) ? 1 : -1;
    /* "Yamaguchi-gumi", "Sumiyoshi-kai": a capitalized word glued to a
     * short lower-case suffix that is no English word is one foreign
     * name ("Moscow-based", "Hamas-run" end in words) */
    if (foreign_suffix(f, t)) return 0;
    /* "Lashkar-e-Taiba": a well-known organization's name is one name */
    if (org_name(tl_ner_memo_gaz(f, s, n))) return 0;
    int lower = 0, places = 0;
    int types[8];
    for (size_t k = 0; k < np; k++) {
        if (is_lower_start(s + ps[k], pl[k])) lower = 1;
        uint32_t pg = pl[k] ? tl_ner_memo_gaz(f, s + ps[k], pl[k]) : 0;
        if ((pg & TL_GAZ_WORD) && !(pg & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
            pg = 0; /* "Western-origin" */
        types[k] = gaz_type(pg);
        if (types[k] >= 0) places++;
    }
    if (!lower && places < (int)np) return 0;
    /* "pro-Hamas", "Al-Qaeda-linked": a well-known organization's name,
     * hyphens and all, between lower-case parts. */
    if (lower)
        for (size_t k = 0; k < np; k++) {
            /* ("al-Qaeda-linked": the Arabic article opens the name) */
            int art = pl[k] >= 2 && pl[k] <= 3 && k + 1 < np && pl[k + 1] && is_lower_start(s + ps[k], pl[k]) &&
                      !is_lower_start(s + ps[k + 1], pl[k + 1]) && types[k + 1] < 0 &&
                      (!memcmp(s + ps[k], "al", pl[k]) || !memcmp(s + ps[k], "el", pl[k]) ||
                       !memcmp(s + ps[k], "ad", pl[k]) || !memcmp(s + ps[k], "ash", pl[k]));
            if (!pl[k] || (is_lower_start(s + ps[k], pl[k]) && !art) || types[k] >= 0) continue;
            size_t e = art ? k + 1 : k;
            while (e + 1 < np && pl[e + 1] && !is_lower_start(s + ps[e + 1], pl[e + 1])) e++;
            size_t len = ps[e] + pl[e] - ps[k];
            /* ("a pro-Islamic State group": the name goes on in the next
             * token) */
            if (e + 1 == np && t + 1 < d->n_tokens && (d->tokens[t + 1].flags & TL_TOK_UPPER) &&
                d->tokens[t + 1].sent == d->tokens[t].sent && d->tokens[t + 1].start == d->tokens[t].end + 1) {
                size_t len2 = d->tokens[t + 1].end - d->tokens[t].start - ps[k];
                if (org_name(tl_ner_memo_gaz(f, s + ps[k], len2))) {
                    tl_ner_span x = {t, t + 2, TL_ORG, d->tokens[t].start + (uint32_t)ps[k], d->tokens[t + 1].end, 0, 0, 0};
                    if (!tl_ner_sv_push(sv, x)) return -1;
                    for (size_t q = k; q <= e; q++) types[q] = -1;
                    places++;
                    k = e;
                    continue;
                }
            }
            if (org_name(tl_ner_memo_gaz(f, s + ps[k], len))) {
                tl_ner_span x = {t, t + 1, TL_ORG, d->tokens[t].start + (uint32_t)ps[k],
                                 d->tokens[t].start + (uint32_t)(ps[k] + len), 0, 0, 0};
                if (!tl_ner_sv_push(sv, x)) return -1;
                for (size_t q = k; q <= e; q++) types[q] = -1;
                places++;
            }
            k = e;
        }
    for (size_t k = 0; k < np; k++) {
        if (types[k] < 0 || is_lower_start(s + ps[k], pl[k])) continue;
        tl_ner_span x = {t, t + 1, types[k], d->tokens[t].start + (uint32_t)ps[k],
                  d->tokens[t].start + (uint32_t)(ps[k] + pl[k]), 0, 0, 0};
        if (!tl_ner_sv_push(sv, x)) return -1;
    }
    return 1;
}

/* True when "known as", "nicknamed", "alias", "dubbed" (and maybe an
 * opening quote) come right before token a.  Can't fail. */
static int known_as_cue(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    uint32_t p = a;
    while (p > 0 && (d->tokens[p - 1].flags & TL_TOK_QUOTE)) p--;
    if (p >= 1 && (tl_ner_tok_is(d, p - 1, "alias") || tl_ner_tok_is(d, p - 1, "nicknamed") || tl_ner_tok_is(d, p - 1, "aka") ||
                   tl_ner_tok_is(d, p - 1, "a.k.a.")))
        return 1;
    /* "known as X", "known in criminal circles as X" */
    if (p < 2 || !tl_ner_tok_is(d, p - 1, "as")) return 0;
    for (uint32_t k = p - 1; k > 0 && k + 6 > p; k--) {
        if (d->tokens[k - 1].sent != d->tokens[a].sent || (d->tokens[k - 1].flags & TL_TOK_UPPER)) return 0;
        if (tl_ner_tok_is(d, k - 1, "known") || tl_ner_tok_is(d, k - 1, "nicknamed")) return 1;
    }
    return 0;
}

/* True when token t is the quotation mark that closes quoted speech: it
 * follows a comma or a sentence end with nothing between ('"We will act,"
 * John Smith said'), and the words from t + 1 to b are not quoted too.  The capitalized words after it are no quoted title
 * (those follow a quote that opens, or one that closes a name:
 * '"Salvează Vieți" Association').  Can't fail. */
static int speech_close(const tl_doc *d, uint32_t t, uint32_t b) {
    if (t == 0 || t >= d->n_tokens || !(d->tokens[t].flags & TL_TOK_QUOTE)) return 0;
    /* '"Hero of the Day "," Mama Said "': a quote after the words makes
     * them a quoted title after all */
    if (b < d->n_tokens && (d->tokens[b].flags & TL_TOK_QUOTE)) return 0;
    const tl_token *p = &d->tokens[t - 1];
    if (p->end != d->tokens[t].start || p->end - p->start != 1) return 0;
    char c = d->text[p->start];
    return c == ',' || c == '.' || c == '?' || c == '!';
}

/* True when [a, b) reads as a person's name although each of its words
 * is also a dictionary word ("Bill Young", "John Smith"): a given name and
 * one or two capitalized words, then a verb of saying ("John Smith said")
 * or an apposition of a person (", the leader of", ", 45,").  Sentence
 * openings and headline words are dropped as common words; these stay.
 * Can't fail. */
static int given_name_said(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const tl_doc *d = f->doc;
    if (b - a < 2 || b - a > 3 || b >= d->n_tokens || !(f->t[a].gaz & TL_GAZ_GIVEN)) return 0;
    for (uint32_t k = a; k < b; k++)
        if (f->t[k].cls != TL_NER_SH_CAP || (f->t[k].gaz & (TL_NER_HEADS | TL_GAZ_TITLE))) return 0;
    if (d->tokens[b].sent != d->tokens[a].sent) return 0;
    if (f->t[b].cls == TL_NER_SH_LOWER && TOK_IN_CUE(d, b, TL_CUE_REPORTING_VERBS)) return 1;
    if (tl_ner_apposition_type(f, b) == TL_PERSON) return 1;
    /* "Bill Young, 45, was" */
    return b + 2 < d->n_tokens && tl_ner_tok_is(d, b, ",") && f->t[b + 1].cls == TL_NER_SH_DIGIT &&
           d->tokens[b + 1].end - d->tokens[b + 1].start <= 2 && tl_ner_tok_is(d, b + 2, ",");
}

/* Are tokens a and a + 1 a given name and a word that may be a surname:
 * capitalized, three letters or more, no function word, title or head of
 * a body's name, and not in -s ("Hope Floats", "Girl I" are none)?  Can't
 * fail. */
static int given_and_surname(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    if (a + 1 >= d->n_tokens || !(f->t[a].gaz & TL_GAZ_GIVEN) || (f->t[a].gaz & TL_GAZ_STOP)) return 0;
    uint32_t g = f->t[a + 1].gaz;
    size_t n;
    const char *w = tl_ner_tok_ptr(d, a + 1, &n);
    return f->t[a].cls == TL_NER_SH_CAP && f->t[a + 1].cls == TL_NER_SH_CAP && n >= 3 && w[n - 1] != 's' &&
           !(g & (TL_GAZ_STOP | TL_GAZ_TITLE | TL_NER_HEADS));
}

/* True when token b, right after a run of capitalized words, is a
 * lower-case noun of a job or office followed by a capitalized name:
 * "Kremlin spokesman Dmitry Peskov", "Harbor Authority official John
 * Hale" -- the run names the body the person serves.  Can't fail. */
static int body_before_job(const tl_ner_feats *f, uint32_t b) {
    const tl_doc *d = f->doc;
    if (b + 1 >= d->n_tokens || f->t[b].cls != TL_NER_SH_LOWER || f->t[b + 1].cls != TL_NER_SH_CAP ||
        d->tokens[b + 1].sent != d->tokens[b].sent)
        return 0;
    /* ("Red Hand commander X": a band's ranks too) */
    return TOK_IN_CUE(d, b, TL_CUE_OCCUPATION_NOUNS) || tl_ner_tok_is(d, b, "spokesman") ||
           tl_ner_tok_is(d, b, "spokeswoman") || tl_ner_tok_is(d, b, "spokesperson") ||
           tok_in(d, b, "commander|fighter|militant|leader|chief|financier|recruiter|member|boss|kingpin|emir");
}

/* Is token j a plural noun of a body's people ("agents", "officers",
 * "militants")?  Can't fail. */
static int staff_after(const tl_doc *d, uint32_t j) {
    static const char *const w[] = {"agents", "officers", "officials", "investigators", "troops", "soldiers",
                                    "personnel", "analysts", "employees", "staff"};
    if (j >= d->n_tokens) return 0;
    if (tl_ner_member_noun(d, j)) return 1;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (tl_ner_tok_is(d, j, w[k])) return 1;
    return 0;
}

/* "Two", "Three", "Dozens": a capitalized count opening a sentence. */
static int is_number_word(const tl_doc *d, uint32_t t) {
    static const char *w[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "dozens", "hundreds", "thousands", "several", "many", "some"};
    char low[16];
    size_t n = d->tokens[t].end - d->tokens[t].start;
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = d->text[d->tokens[t].start + i];
        low[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (strlen(w[i]) == n && memcmp(w[i], low, n) == 0) return 1;
    return 0;
}

/* True when token a opens the story after a dateline: "SAN DIEGO -
 * Federal prosecutors", "LONDON (Reuters) - Police": a dash, before it
 * (past a parenthesis) up to four words in capitals opening their line.
 * Can't fail. */
static int after_dateline(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    if (a < 2 || !(tl_ner_tok_is(d, a - 1, "-") || tl_ner_tok_is(d, a - 1, "--") ||
                   tl_ner_tok_is(d, a - 1, "\xe2\x80\x93") || tl_ner_tok_is(d, a - 1, "\xe2\x80\x94")))
        return 0;
    uint32_t k = a - 2;
    if (tl_ner_tok_is(d, k, ")")) {
        uint32_t q = k;
        while (q > 0 && k - q < 4 && !tl_ner_tok_is(d, q, "(")) q--;
        if (!tl_ner_tok_is(d, q, "(") || q == 0) return 0;
        k = q - 1;
    }
    for (uint32_t n = 0; n < 4; n++) {
        if (f->t[k].cls != TL_NER_SH_CAPS) return 0;
        if (d->tokens[k].flags & TL_TOK_LINE_START) return 1;
        if (k == 0) return 0;
        k--;
    }
    return 0;
}

/* True when the word before token a, in its sentence, opens a time: "in
 * March", "since May", "last June", "mid-March" is one token.  Can't fail. */
static int month_cue_before(const tl_doc *d, uint32_t a) {
    if (a == 0 || d->tokens[a - 1].sent != d->tokens[a].sent) return 0;
    return tok_in_fold(d, a - 1, "in|since|until|till|by|from|through|during|last|next|early|late|mid|this|between");
}

/* True when a day or a year is next to the month at [a, b): "12 March",
 * "March 12", "May 2021".  Can't fail. */
/* Is token t a month's abbreviation written without its point ("Aug",
 * "Sept")?  Can't fail. */
static int month_abbrev(const tl_doc *d, uint32_t t) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, t, &n);
    static const char *const m[] = {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
    for (size_t i = 0; i < sizeof m / sizeof *m; i++)
        if (n == strlen(m[i]) && memcmp(s, m[i], n) == 0) return 1;
    return 0;
}

/* Is token t a day of the month in digits (1 to 31)?  Can't fail. */
static int day_number(const tl_doc *d, uint32_t t) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, t, &n);
    if (n < 1 || n > 2 || s[0] < '0' || s[0] > '9' || (n == 2 && (s[1] < '0' || s[1] > '9'))) return 0;
    int v = n == 2 ? (s[0] - '0') * 10 + (s[1] - '0') : s[0] - '0';
    return v >= 1 && v <= 31;
}

static int month_number_next(const tl_doc *d, uint32_t a, uint32_t b) {
    uint32_t k[2] = {a > 0 ? a - 1 : a, b};
    for (int i = 0; i < 2; i++) {
        if (k[i] == a || k[i] >= d->n_tokens || d->tokens[k[i]].sent != d->tokens[a].sent) continue;
        size_t n;
        const char *s = tl_ner_tok_ptr(d, k[i], &n);
        if (n >= 1 && n <= 4 && s[0] >= '0' && s[0] <= '9') return 1;
    }
    return 0;
}

/* Endings typical of surnames across Slavic, Turkic, Caucasian, Persian and
 * Romanian naming (Jafarov, Aliyeva, Petrenko, Popescu, Sargsyan,
 * Hosseinzadeh, Kovacevic, Kowalski). */
static int surname_like(const tl_ner_feats *f, uint32_t t) {
    static const char *suf[] = {"ov", "ova", "ev", "eva", "yev", "yeva", "enko", "escu", "yan", "ian",
                                "zadeh", "oglu", "vich", "vic", "ski", "sky", "skiy", "shvili", "dze"};
    const tl_doc *d = f->doc;
    size_t n;
    const char *s = tl_ner_tok_ptr(d, t, &n);
    if (n < 5 || f->t[t].cls != TL_NER_SH_CAP) return 0;
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
        size_t l = strlen(suf[i]);
        if (n > l + 2 && memcmp(s + n - l, suf[i], l) == 0) return 1;
    }
    return 0;
}

/* True when every word of [a, b) is a common lower-case English word (or
 * a function word) and none is a well-known name: "Read More", "Moreover",
 * "Country" capitalized by position or headline style.  Small places and
 * given names that are also common words ("North", "Port") do not save it. */
static int all_common_words(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const uint32_t strong = TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM |
                            TL_GAZ_NORP | TL_GAZ_REGION;
    for (uint32_t i = a; i < b; i++) {
        uint32_t g = f->t[i].gaz;
        if (!(g & (TL_GAZ_WORD | TL_GAZ_STOP)) || (g & strong) || f->t[i].cls == TL_NER_SH_CAPS) return 0;
        if (b - a > 1 && (g & TL_NER_HEADS)) return 0;
    }
    return 1;
}

/* True when token i is a possessive ("'s", "’s"): "the Chief Prosecutor's
 * Office" names an office after its holder (the holder-offices pass).
 * Can't fail. */
static int holder_office_next(const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens) return 0;
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    return n >= 2 && s[n - 1] == 's' && (s[0] == '\'' || (unsigned char)s[0] == 0xE2);
}

/* Where the holder's name starts in [a, b), the words after "Title of" /
 * "Title for" ("Secretary of State Antony Blinken", "Minister for Home
 * Affairs Jane Doe"): the office's portfolio comes first, then a given
 * name and the capitalized words to the end.  The first given name that
 * is no dictionary word, else the last given name followed by at least
 * one word.  Returns UINT32_MAX when [a, b) does not read so.  Can't fail. */
static uint32_t portfolio_holder(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    const uint32_t stop = TL_NER_HEADS | TL_GAZ_ORG_WORD | TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_STOP;
    uint32_t pick = UINT32_MAX;
    for (uint32_t k = b - 1; k > a; k--) { /* from the end: the name is a run of capitalized words */
        if (f->t[k].cls != TL_NER_SH_CAP || (f->t[k].gaz & stop)) break;
        if (k + 1 < b && (f->t[k].gaz & TL_GAZ_GIVEN) && !(f->t[k].gaz & TL_GAZ_WORD)) pick = k;
        else if (k + 1 < b && (f->t[k].gaz & TL_GAZ_GIVEN) && pick == UINT32_MAX) pick = k;
    }
    return pick;
}

/* True when tokens a-2, a-1 read "Title of" / "Title for" in a's sentence
 * ("Title of the", a-3 to a-1, too: "Secretary of the Treasury Janet
 * Yellen"). */
static int after_title_of(const tl_ner_feats *f, uint32_t a) {
    const tl_doc *d = f->doc;
    if (a >= 3 && tl_ner_tok_is(d, a - 1, "the") && d->tokens[a - 1].sent == d->tokens[a].sent) a--;
    if (a < 2 || d->tokens[a - 2].sent != d->tokens[a].sent) return 0;
    if (!tl_ner_tok_is(d, a - 1, "of") && !tl_ner_tok_is(d, a - 1, "for")) return 0;
    return f->t[a - 2].cls == TL_NER_SH_CAP && (f->t[a - 2].gaz & TL_GAZ_TITLE) && !(f->t[a - 2].gaz & TL_GAZ_GIVEN);
}

/* True when token i is written in camel case, a capital inside the word
 * after a lower-case letter ("QAnon", "REvil", "BlackSuit"): the way groups,
 * products and sites are named, and people only with a prefix of their
 * surname (McDonald, MacArthur, DeSantis, LeBlanc, DiMaggio), which is left
 * out.  Can't fail. */
static int camel_case(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (n < 4 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    static const char *const pre[] = {"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "Fitz"};
    for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
        size_t l = strlen(pre[k]);
        if (n > l && memcmp(s, pre[k], l) == 0 && s[l] >= 'A' && s[l] <= 'Z') return 0;
    }
    for (size_t k = 1; k + 1 < n; k++) {
        if (!(s[k] >= 'A' && s[k] <= 'Z')) continue;
        /* "QAnon": a run of capitals and then lower case; "BlackSuit": lower then upper */
        if ((s[k - 1] >= 'a' && s[k - 1] <= 'z') || (s[k + 1] >= 'a' && s[k + 1] <= 'z' && k >= 1 && s[k - 1] >= 'A' && s[k - 1] <= 'Z'))
            return 1;
    }
    return 0;
}

/* True when token i, a title that is also someone's given name ("Judge",
 * "Major"), reads as the title: a given name that is no title follows it,
 * and it is no royal or religious style, which stays part of the name
 * ("Prince Harry", "Sheikh Hasina").  Can't fail. */
static int title_before_given(const tl_ner_feats *f, uint32_t i) {
    const tl_doc *d = f->doc;
    if (i + 1 >= d->n_tokens || d->tokens[i + 1].sent != d->tokens[i].sent) return 0;
    uint32_t g = f->t[i + 1].gaz;
    if (!(g & TL_GAZ_GIVEN) || (g & TL_GAZ_TITLE) || f->t[i + 1].cls != TL_NER_SH_CAP) return 0;
    /* "Crown Prince Mohammed bin Salman": an office, however royal */
    if (i > 0 && tok_in_fold(d, i - 1, "crown") && d->tokens[i - 1].sent == d->tokens[i].sent) return 1;
    return !tok_in_fold(d, i, "prince|princess|king|queen|shah|sheikh|sheikha|emir|sultan|lord|lady|sir|dame|pope|saint");
}

/* True when span [a, b) is given names and then a title that is also a
 * name ("Imran Sheikh", "Tom King"): the last word is a surname there,
 * not an office.  Can't fail. */
static int given_then_title_name(const tl_ner_feats *f, uint32_t a, uint32_t b) {
    if (b - a < 2 || !(f->t[b - 1].gaz & TL_GAZ_GIVEN)) return 0;
    for (uint32_t k = a; k + 1 < b; k++)
        if (f->t[k].cls != TL_NER_SH_CAP || !(f->t[k].gaz & TL_GAZ_GIVEN) ||
            (f->t[k].gaz & (TL_GAZ_TITLE | TL_GAZ_WORD | TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM)))
            return 0;
    return 1;
}

/* Does a person's name found before token a end in the word at a ("Omar
 * Haqqani ... the Haqqani network")?  Can't fail. */
static int surname_before(const tl_ner_feats *f, const tl_ner_spanvec *sv, uint32_t a) {
    const tl_doc *d = f->doc;
    size_t n;
    const char *w = tl_ner_tok_ptr(d, a, &n);
    for (size_t i = 0; i < sv->n; i++) {
        const tl_ner_span *x = &sv->v[i];
        if (x->cls != TL_PERSON || x->b < x->a + 2 || x->b > a) continue;
        size_t m;
        const char *l = tl_ner_tok_ptr(d, x->b - 1, &m);
        if (m == n && memcmp(l, w, n) == 0) return 1;
    }
    return 0;
}

/* Is token i a personal pronoun with a contraction glued on ("I'm",
 * "You're", "She's", "They’ll")?  Can't fail. */
static int pronoun_contraction(const tl_doc *d, uint32_t i) {
    static const char *const prons[] = {"I", "You", "We", "He", "She", "It", "They", NULL};
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    for (const char *const *p = prons; *p; p++) {
        size_t k = strlen(*p);
        if (n > k && memcmp(s, *p, k) == 0 &&
            (s[k] == '\'' || (n >= k + 3 && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
                              (unsigned char)s[k + 2] == 0x99)))
            return 1;
    }
    return 0;
}

/* Cleans up a span [a, b) of fine type `type` and adds what remains.
 * Returns 0 when out of memory. */
/* Do tokens [a, b) name an honour: a noun of a prize last ("Nobel
 * Prize", "Emmy Awards") or before its "of" or "for" ("Medal of
 * Freedom", "Prize for Literature")?  The first word is never the noun
 * ("Award Solutions Inc").  Can't fail. */
static int honour(const tl_doc *d, uint32_t a, uint32_t b) {
    for (uint32_t k = a + 1; k < b; k++)
        if (tok_in_fold(d, k, "prize|prizes|award|awards|medal|medals|trophy") &&
            (k + 1 == b || tl_ner_tok_is(d, k + 1, "of") || tl_ner_tok_is(d, k + 1, "for")))
            return 1;
    return 0;
}

int tl_ner_emit(const tl_ner_feats *f, tl_ner_spanvec *sv, uint32_t a, uint32_t b, int type, int depth) {
    const tl_doc *d = f->doc;
    if (depth > 4) return 1;
    /* Edges: connectors, punctuation, a leading article. */
    while (a < b && (f->t[a].cls == TL_NER_SH_LOWER || f->t[a].cls == TL_NER_SH_PUNCT)) a++;
    while (b > a && (f->t[b - 1].cls == TL_NER_SH_LOWER || f->t[b - 1].cls == TL_NER_SH_PUNCT)) b--;
    /* The pronoun "I" ends no person's two-word name after a sentence's
     * first word that is no given name ("Haha I think", "Cause I know");
     * a regnal "I" stays ("Gustav I", "World War I", "the reign of
     * Pharasmanes I").  Alone, or a pronoun's contraction ("I'm",
     * "You're"), it is no name at all, nor the start of one ("I'd post"
     * would take the noun after it) */
    if (b == a + 2 && type == TL_PERSON && tl_ner_tok_is(d, b - 1, "I") &&
        (a == 0 || d->tokens[a - 1].sent != d->tokens[a].sent) && !(f->t[a].gaz & TL_GAZ_GIVEN))
        b--;
    if (b == a + 1 && (tl_ner_tok_is(d, a, "I") || pronoun_contraction(d, a))) return 1;
    if (b > a + 1 && (tl_ner_tok_is(d, a, "The") || tl_ner_tok_is(d, a, "the"))) a++;
    /* "How the Wagner Group built ...", "Inside the X's war": a headline's
     * opening word before "the" is no part of the name */
    if (b > a + 2 && f->t[a].cls == TL_NER_SH_CAP && tl_ner_tok_is(d, a + 1, "the") &&
        (tl_ner_tok_is(d, a, "How") || tl_ner_tok_is(d, a, "Why") || tl_ner_tok_is(d, a, "What") ||
         tl_ner_tok_is(d, a, "When") || tl_ner_tok_is(d, a, "Where") || tl_ner_tok_is(d, a, "Who") ||
         tl_ner_tok_is(d, a, "Inside") || tl_ner_tok_is(d, a, "Behind") || tl_ner_tok_is(d, a, "Is") ||
         tl_ner_tok_is(d, a, "Are") || tl_ner_tok_is(d, a, "Can") || tl_ner_tok_is(d, a, "Will") ||
         tl_ner_tok_is(d, a, "Did") || tl_ner_tok_is(d, a, "Does")))
        a += 2;
    /* "French General Directorate for Internal Security": a word that
     * heads a body's name ("Directorate", "Ministry") before "for" or
     * "of" makes the span that body's name, whatever a title before it
     * (read as a rank) or the tagger said */
    if (type == TL_PERSON && b > a + 2)
        for (uint32_t i = a; i + 2 < b; i++)
            if ((f->t[i].gaz & TL_GAZ_ORG_HEAD) && !(f->t[i].gaz & (TL_GAZ_TITLE | TL_GAZ_GIVEN)) &&
                f->t[i].cls == TL_NER_SH_CAP && (tl_ner_tok_is(d, i + 1, "for") || tl_ner_tok_is(d, i + 1, "of"))) {
                type = TL_ORG;
                break;
            }
    /* "GRU Unit 29155", "Unit 8200": a unit's number is its name's end */
    if (b > a && b < d->n_tokens && d->tokens[b].sent == d->tokens[b - 1].sent && f->t[b].cls == TL_NER_SH_DIGIT &&
        d->tokens[b].end - d->tokens[b].start >= 2 && d->tokens[b].end - d->tokens[b].start <= 6 &&
        d->tokens[b].start == d->tokens[b - 1].end + 1 && tl_ner_tok_is(d, b - 1, "Unit"))
        b++;
    /* "Former Hezbollah member X", "Jailed Kremlin critic X": a sentence's
     * first word that says what became of someone is no part of a name */
    if (b > a + 1 && (d->tokens[a].flags & (TL_TOK_SENT_START | TL_TOK_LINE_START)) && f->t[a].cls == TL_NER_SH_CAP &&
        (tl_ner_tok_is(d, a, "Former") || tl_ner_tok_is(d, a, "Late") || tl_ner_tok_is(d, a, "Ousted") ||
         tl_ner_tok_is(d, a, "Jailed") || tl_ner_tok_is(d, a, "Slain") || tl_ner_tok_is(d, a, "Exiled") ||
         tl_ner_tok_is(d, a, "Alleged") || tl_ner_tok_is(d, a, "Suspected") || tl_ner_tok_is(d, a, "Accused") ||
         tl_ner_tok_is(d, a, "Convicted") || tl_ner_tok_is(d, a, "Detained") || tl_ner_tok_is(d, a, "Wanted")))
        a++;
    /* "(Special Agent in) Charge X": the word ends a title; the name
     * after it is a person unless its own words say otherwise */
    if (b > a + 1 && a >= 2 && tl_ner_tok_is(d, a, "Charge") && tl_ner_tok_is(d, a - 1, "in") &&
        (f->t[a - 2].gaz & TL_GAZ_TITLE) && f->t[a + 1].cls == TL_NER_SH_CAP)
        return tl_ner_emit(f, sv, a + 1, b, tl_ner_fine_type(f, a + 1, b, 1), depth + 1);
    /* "(The) Special Agent in Charge (of ...)": the title alone names
     * nothing; a body's name before it stays ("FBI") */
    if (b >= a + 3 && tl_ner_tok_is(d, b - 1, "Charge") && tl_ner_tok_is(d, b - 2, "in") && (f->t[b - 3].gaz & TL_GAZ_TITLE)) {
        uint32_t e = b - 3;
        while (e > a && f->t[e - 1].cls == TL_NER_SH_CAP &&
               ((f->t[e - 1].gaz & TL_GAZ_TITLE) || tok_in_fold(d, e - 1, TL_CUE_OFFICE_MODIFIERS)))
            e--;
        return e == a || tl_ner_emit(f, sv, a, e, type, depth + 1);
    }
    /* "the Sughd Court Wednesday": a weekday ends no name */
    while (b > a + 1 && (f->t[b - 1].gaz & TL_GAZ_WEEKDAY) && f->t[b - 1].cls == TL_NER_SH_CAP) b--;
    /* ... nor does the connector before it ("X Holdings on Monday") */
    while (b > a && (f->t[b - 1].cls == TL_NER_SH_LOWER || f->t[b - 1].cls == TL_NER_SH_PUNCT)) b--;
    if (a >= b) return 1;
    /* A sentence end the tokenizer took for an abbreviation ("World War I.
     * He", "the U.S. Because"): a capitalized function word after a word
     * ending in a period opens the next sentence, not more of the name. */
    for (uint32_t k = a + 1; k < b; k++) {
        if (f->t[k].cls != TL_NER_SH_CAP || !(f->t[k].gaz & TL_GAZ_STOP) || (f->t[k].gaz & TL_NER_NAMEISH)) continue;
        if (d->text[d->tokens[k - 1].end - 1] != '.' || !(d->tokens[k].flags & TL_TOK_SPACE_BEFORE)) continue;
        return tl_ner_emit(f, sv, a, k, type, depth + 1) && (k + 1 >= b || tl_ner_emit(f, sv, k + 1, b, type, depth + 1));
    }
    /* "the FBI HSI and DEA agents": acronyms side by side, the first a
     * well-known body, are bodies side by side */
    if (b - a >= 2 && f->t[a].cls == TL_NER_SH_CAPS && org_name(f->t[a].gaz)) {
        int caps = 1;
        for (uint32_t k = a + 1; k < b && caps; k++) caps = f->t[k].cls == TL_NER_SH_CAPS;
        if (caps) return tl_ner_emit(f, sv, a, a + 1, TL_ORG, depth + 1) && tl_ner_emit(f, sv, a + 1, b, TL_ORG, depth + 1);
    }
    /* "Pentagon Deputy Press Secretary X": a body's name cut before the
     * title ends in words of the office ("Deputy", and "Press" of "Press
     * Secretary"), which are not the body's; so does a place's or a
     * people's before a minister's portfolio ("German Foreign Minister X") */
    if (b - a >= 2 && b < d->n_tokens && f->t[b].cls == TL_NER_SH_CAP && (f->t[b].gaz & TL_GAZ_TITLE) &&
        d->tokens[b].sent == d->tokens[a].sent &&
        (type == TL_ORG || (f->t[b - 1].cls == TL_NER_SH_CAP && tok_in_fold(d, b - 1, TL_CUE_OFFICE_PORTFOLIOS)))) {
        uint32_t e = b;
        while (e > a + 1 && f->t[e - 1].cls == TL_NER_SH_CAP &&
               ((f->t[e - 1].gaz & TL_GAZ_TITLE) || tok_in_fold(d, e - 1, TL_CUE_OFFICE_MODIFIERS) ||
                tok_in_fold(d, e - 1, TL_CUE_OFFICE_PORTFOLIOS) ||
                (tl_ner_tok_is(d, e - 1, "Press") && (f->t[e].gaz & TL_GAZ_TITLE))) &&
               !(f->t[e - 1].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_NER_PLACEISH_STRONG)))
            e--;
        if (e < b) return tl_ner_emit(f, sv, a, e, type, depth + 1);
    }
    /* "the Nobel Prize", "an Emmy Award", "the Medal of Freedom": an
     * honour is no person, body or place (and a name of one is no one
     * met: "X received the Nobel Prize") */
    if (b - a >= 2 && honour(d, a, b)) return 1;
    /* "CD", "UAVs", "CEO": a common acronym alone names nothing. */
    if (b - a == 1 && f->t[a].cls != TL_NER_SH_LOWER && TOK_IN_CUE_FOLD(d, a, TL_CUE_COMMON_ACRONYMS)) return 1;
    /* "Washington, D.C.": the district after the comma is the city's. */
    if (b - a == 1 && a >= 2 && tl_ner_tok_is(d, a - 1, ",") && (tl_ner_tok_is(d, a, "D.C.") || tl_ner_tok_is(d, a, "DC")))
        return 1;
    /* "Acme Airlines, Inc.": a legal form alone after a comma belongs to
     * the name before it and names nothing of its own. */
    if (b - a == 1 && a > 0 && tl_ner_tok_is(d, a - 1, ",") && TOK_IN_CUE_FOLD(d, a, TL_CUE_LEGAL_FORMS)) return 1;
    /* A dateline place in capitals, alone on its line or before a comma, at
     * the top of the report ("KHUJAND, Tajikistan --"): a place, whatever
     * the tagger made of a word it does not know. */
    /* ("THE HAGUE -", "BEIRUT (Reuters) -": before a dash or a wire's
     * credit too) */
    if (type == TL_ORG && d->tokens[a].start < 400 &&
        ((d->tokens[a].flags & TL_TOK_LINE_START) ||
         (a > 0 && (d->tokens[a - 1].flags & TL_TOK_LINE_START) && tl_ner_tok_is(d, a - 1, "THE"))) &&
        b - a <= 3 &&
        (b >= d->n_tokens || tl_ner_tok_is(d, b, ",") || (d->tokens[b].flags & TL_TOK_LINE_START) ||
         tl_ner_tok_is(d, b, "-") || tl_ner_tok_is(d, b, "--") || tl_ner_tok_is(d, b, "(") ||
         tl_ner_tok_is(d, b, "\xe2\x80\x93") || tl_ner_tok_is(d, b, "\xe2\x80\x94"))) {
        /* (a word of capitals alone has five letters at least, short of
         * an acronym's; "GAZA CITY", "NEW YORK": two or three words any) */
        int caps = 1;
        for (uint32_t k = a; k < b && caps; k++)
            caps = f->t[k].cls == TL_NER_SH_CAPS &&
                   (d->tokens[k].end - d->tokens[k].start >= 5 || (k == a && tl_ner_tok_is(d, k, "THE")) ||
                    (b - a >= 2 && d->tokens[k].end - d->tokens[k].start >= 3));
        if (caps) type = TL_GPE;
    }
    /* "Police in Northern Ireland arrested", "Prosecutors said": a plural
     * noun of people opening the sentence names no body */
    if (b == a + 1 &&
        ((d->tokens[a].flags & TL_TOK_SENT_START) ||
         (a > 0 && (tl_ner_tok_is(d, a - 1, "-") || tl_ner_tok_is(d, a - 1, "--") ||
                    tl_ner_tok_is(d, a - 1, "\xe2\x80\x93") || tl_ner_tok_is(d, a - 1, "\xe2\x80\x94")))) &&
        f->t[a].cls == TL_NER_SH_CAP &&
        tok_in_fold(d, a, "police|prosecutors|investigators|officials|authorities|troops|soldiers|militants|gunmen|"
                          "rebels|insurgents|residents|witnesses|analysts|researchers|lawmakers|judges|detectives"))
        return 1;
    /* "Today, ...", "Separately, ...": a dictionary word opening the
     * sentence before a comma is capitalized by position only */
    if (b == a + 1 && (d->tokens[a].flags & TL_TOK_SENT_START) && (f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
        !(f->t[a].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN | TL_GAZ_CITY)) &&
        a + 1 < d->n_tokens && tl_ner_tok_is(d, a + 1, ","))
        return 1;
    /* A dateline ("LONDON - A former soldier", "BEIRUT — Israeli", "THE
     * HAGUE - Dutch"): the place in capitals ends at the dash; what follows
     * is the story. */
    if (((d->tokens[a].flags & TL_TOK_LINE_START) || (a > 0 && (d->tokens[a - 1].flags & TL_TOK_LINE_START) && tl_ner_tok_is(d, a - 1, "THE"))) &&
        f->t[a].cls == TL_NER_SH_CAPS) {
        uint32_t k = a + 1;
        while (k < b && k < a + 4 && f->t[k].cls == TL_NER_SH_CAPS) k++;
        if (k + 1 < b && (tl_ner_tok_is(d, k, "-") || tl_ner_tok_is(d, k, "\xe2\x80\x93") || tl_ner_tok_is(d, k, "\xe2\x80\x94"))) {
            uint32_t c = k + 1; /* the story's first word: "A", "Two", "Today" are no names */
            if (c < b && (f->t[c].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
                !(f->t[c].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN | TL_GAZ_CITY)))
                c++;
            int pt = rule_type(f, a, k);
            /* a dateline at the top of the report is a place: "HAGUE" is
             * no acronym (further down, "FYI - see" is no dateline) */
            if (pt == TL_ORG && d->tokens[a].start < 400 && !org_name(tl_ner_span_gaz(f, a, k))) pt = TL_GPE;
            return tl_ner_emit(f, sv, a, k, pt >= 0 ? pt : TL_GPE, depth + 1) && (c >= b || tl_ner_emit(f, sv, c, b, type, depth + 1));
        }
    }
    /* Leading hyphenated modifiers ("Qom-educated Russian"); not two
     * peoples before the head of a body's name ("the Lebanese-Canadian
     * Bank", "the Saudi-French Bank": one name) */
    while (a < b && (d->tokens[a].flags & TL_TOK_HYPHEN) && b - a > 1 && !arabic_article_name(d, a) &&
           !particle_compound(d, a) && !(type == TL_ORG && peoples_before_org_head(f, a, b))) {
        int r = split_compound(f, sv, a);
        if (r < 0) return 0;
        if (r == 0) break;
        a++;
    }
    /* "al-Shabaab" is one name, not a compound to split. */
    /* ("Jamaat-ul-Ahrar" neither) */
    /* ("an al-Qaeda-linked group" is split: the name, less its tail) */
    if (b - a == 1 && (d->tokens[a].flags & TL_TOK_HYPHEN) && (!arabic_article_name(d, a) || lower_tail(d, a)) &&
        !particle_compound(d, a)) {
        int r = split_compound(f, sv, a);
        if (r != 0) return r > 0;
    }
    /* "Kuala Lumpur-based Skyline Aviation": a place glued to a lower-case
     * word ends a modifier; the name proper starts after it. */
    for (uint32_t k = a + 1; k < b; k++) {
        if (!(d->tokens[k].flags & TL_TOK_HYPHEN)) continue;
        const char *ts = d->text + d->tokens[k].start;
        size_t tn = d->tokens[k].end - d->tokens[k].start;
        const char *h = memchr(ts, '-', tn);
        if (!h || h + 1 >= ts + tn || !is_lower_start(h + 1, (size_t)(ts + tn - h - 1))) continue;
        /* at the end only a participle makes a modifier ("Hong Kong-based",
         * "Moscow-backed"); "Kim Jong-un" is a name */
        if (k + 1 == b) {
            size_t sl = (size_t)(ts + tn - h - 1);
            if (sl < 3 || !((h[sl - 1] == 'e' && h[sl] == 'd') || (sl == 4 && memcmp(h + 1, "born", 4) == 0))) continue;
        }
        uint32_t hb = (uint32_t)(h - d->text);
        char buf[256];
        size_t bl = hb - d->tokens[a].start;
        if (bl < sizeof buf) {
            memcpy(buf, d->text + d->tokens[a].start, bl);
            int lt = gaz_type(tl_ner_memo_gaz(f, buf, bl));
            if (lt >= 0 && !tl_ner_sv_push(sv, (tl_ner_span){a, k + 1, lt, d->tokens[a].start, hb, 0, 0, 0})) return 0;
        }
        /* at the end ("Hong Kong-based"), the modifier is all there is */
        return k + 1 >= b || tl_ner_emit(f, sv, k + 1, b, type, depth + 1);
    }
    /* "Two Georgians were ...": a capitalized number or function word
     * opening the sentence is not part of the name after it. */
    /* (also after a dateline's dash: "LONDON -- Three Bulgarian
     * nationals were ...") */
    while (b - a > 1 &&
           ((d->tokens[a].flags & TL_TOK_SENT_START) ||
            (a > 0 && (tl_ner_tok_is(d, a - 1, "-") || tl_ner_tok_is(d, a - 1, "--") ||
                       tl_ner_tok_is(d, a - 1, "\xe2\x80\x94") || tl_ner_tok_is(d, a - 1, "\xe2\x80\x93")))) &&
           ((f->t[a].gaz & TL_GAZ_STOP) || is_number_word(d, a)) &&
           !(f->t[a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
        a++;
    uint32_t whole = tl_ner_span_gaz(f, a, b);
    /* An office's portfolio before its holder: "(Secretary of) State Antony
     * Blinken" is the person alone; the portfolio names no entity. */
    if (after_title_of(f, a) && all_common_words(f, a, b) && type != TL_PERSON && !org_name(whole))
        return 1; /* "Minister of Defence" (not "of the Treasury") */
    if (b - a >= 3) {
        uint32_t ti = UINT32_MAX; /* "Secretary" of "Secretary of State ..." inside the tl_ner_span */
        for (uint32_t i = a; i + 3 < b && ti == UINT32_MAX; i++)
            if (after_title_of(f, i + 2)) ti = i;
        uint32_t from = ti != UINT32_MAX ? ti + 2 : after_title_of(f, a) ? a : UINT32_MAX;
        uint32_t k = from != UINT32_MAX ? portfolio_holder(f, from, b) : UINT32_MAX;
        if (k != UINT32_MAX) {
            if (ti != UINT32_MAX && ti > a && !tl_ner_emit(f, sv, a, ti + 1, type, depth + 1)) return 0;
            /* ("Secretary of the Treasury Janet Yellen": a portfolio that
             * is a well-known body's name is that body) */
            uint32_t p0 = from < k && tl_ner_tok_is(d, from, "the") ? from + 1 : from;
            if (p0 < k && org_name(tl_ner_span_gaz(f, p0, k)) && !tl_ner_emit(f, sv, p0, k, TL_ORG, depth + 1)) return 0;
            return tl_ner_emit(f, sv, k, b, TL_PERSON, depth + 1);
        }
    }
    /* A title inside: the person is what follows the last title word; a
     * nationality before the title is a NORP of its own. */
    if (b - a >= 2) {
        uint32_t last_title = UINT32_MAX;
        for (uint32_t i = a; i + 1 < b; i++)
            if ((f->t[i].gaz & TL_GAZ_TITLE) && f->t[i].cls != TL_NER_SH_LOWER &&
                (!(f->t[i].gaz & TL_GAZ_GIVEN) || title_before_given(f, i) ||
                 tl_ner_tok_is(d, i + 1, "for"))) /* "Attorney General for X": a title's own phrase */
                last_title = i;
        /* "Special Agent in Charge", "Assistant Director in Charge": the
         * title ends after "Charge" */
        if (last_title != UINT32_MAX && last_title + 3 < b && tl_ner_tok_is(d, last_title + 1, "in") &&
            tl_ner_tok_is(d, last_title + 2, "Charge"))
            last_title += 2;
        if (last_title != UINT32_MAX && (type == TL_PERSON || (f->t[last_title + 1].gaz & TL_GAZ_GIVEN))) {
            /* What precedes the title names the office's country or body:
             * "Israeli Foreign Minister", "FBI Director", "IRGC commander". */
            uint32_t first_title = last_title;
            while (first_title > a &&
                   ((f->t[first_title - 1].gaz & (TL_GAZ_TITLE | TL_GAZ_ORG_WORD)) ||
                    tok_in_fold(d, first_title - 1, TL_CUE_OFFICE_MODIFIERS)) &&
                   !(f->t[first_title - 1].gaz & (TL_GAZ_DEMONYM | TL_NER_PLACEISH_STRONG)) && f->t[first_title - 1].cls != TL_NER_SH_CAPS)
                first_title--;
            if (first_title > a) {
                uint32_t pre = tl_ner_span_gaz(f, a, first_title);
                int pt = (pre & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : gaz_type(pre);
                if (pt < 0) pt = (first_title - a == 1 && f->t[a].cls == TL_NER_SH_CAPS) ? TL_ORG : -1;
                if (pt < 0 && (f->t[first_title - 1].gaz & TL_GAZ_ORG_HEAD)) pt = TL_ORG;
                /* "Carabinieri General Mario Rossi": a name no dictionary or
                 * gazetteer knows before a title is the body he serves */
                if (pt < 0 && !all_common_words(f, a, first_title) && !(f->t[a].gaz & (TL_GAZ_GIVEN | TL_GAZ_WORD | TL_GAZ_STOP)))
                    pt = TL_ORG;
                if (pt >= 0 && !tl_ner_emit(f, sv, a, first_title, pt, depth + 1)) return 0;
            }
            return tl_ner_emit(f, sv, last_title + 1, b, TL_PERSON, depth + 1);
        }
    }
    if (b - a == 1 && (f->t[a].gaz & TL_GAZ_TITLE) && type == TL_PERSON) return 1;
    /* "Assistant Attorney General for National Security", "Under
     * Secretary of the Treasury for X": titles and the phrase of their
     * office name an office, not a body */
    if (b - a >= 3 && ((f->t[a].gaz & TL_GAZ_TITLE) || tok_in_fold(d, a, TL_CUE_OFFICE_MODIFIERS)) &&
        !(f->t[a].gaz & (TL_GAZ_ORG_HEAD | TL_GAZ_ORG_NAME))) {
        uint32_t k = a;
        while (k < b && f->t[k].cls == TL_NER_SH_CAP &&
               ((f->t[k].gaz & TL_GAZ_TITLE) || tok_in_fold(d, k, TL_CUE_OFFICE_MODIFIERS)))
            k++;
        uint32_t rest = k < b ? tl_ner_span_gaz(f, k, b) : 0;
        for (uint32_t j = k; j < b; j++) rest |= f->t[j].gaz;
        /* (two title words at least: "Duke of Anjou" is a man's name) */
        if (k > a + 1 && k < b && (tl_ner_tok_is(d, k, "for") || tl_ner_tok_is(d, k, "of")) &&
            !(rest & (TL_GAZ_ORG_NAME | TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD)))
            return 1;
    }
    /* A span ending in a title ("US District Judge", "FBI Assistant
     * Director"): the words from the title back over common words name an
     * office, not a thing; what precedes them names the body or country. */
    if (b - a >= 2 && (f->t[b - 1].gaz & TL_GAZ_TITLE) && f->t[b - 1].cls == TL_NER_SH_CAP && !(f->t[b - 1].gaz & TL_NER_HEADS) &&
        !(whole & TL_GAZ_TITLE) && !holder_office_next(d, b) && !given_then_title_name(f, a, b) &&
        !(whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_CITY | TL_GAZ_SUBDIV))) {
        uint32_t e = b - 1;
        while (e > a && f->t[e - 1].cls == TL_NER_SH_CAP &&
               ((f->t[e - 1].gaz & TL_GAZ_TITLE) || tok_in_fold(d, e - 1, TL_CUE_OFFICE_MODIFIERS)) &&
               !(f->t[e - 1].gaz & (TL_GAZ_ORG_HEAD | TL_GAZ_FAC_HEAD | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_NER_PLACEISH_STRONG)))
            e--;
        if (e == a) return 1;
        /* "the Rapid Support Forces of General Mohamed Dagalo": "of" and a
         * rank before a name are the name's, not the body's */
        if (e > a + 1 && tl_ner_tok_is(d, e - 1, "of") && b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent &&
            f->t[b].cls == TL_NER_SH_CAP && !(f->t[b].gaz & TL_GAZ_TITLE))
            return tl_ner_emit(f, sv, a, e - 1, type, depth + 1);
        if (f->t[e - 1].cls == TL_NER_SH_LOWER) goto not_office; /* "Department of Justice" */
        uint32_t pre = tl_ner_span_gaz(f, a, e);
        int pt = (pre & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : gaz_type(pre);
        if (pt < 0 && (f->t[e - 1].cls == TL_NER_SH_CAPS || (f->t[e - 1].gaz & TL_GAZ_ORG_HEAD))) pt = TL_ORG;
        if (pt < 0 && type == TL_ORG && !all_common_words(f, a, e)) pt = TL_ORG;
        return pt < 0 || tl_ner_emit(f, sv, a, e, pt, depth + 1);
    }
not_office:
    /* A person named right after an office or body, with no title word in
     * between: "... for Terrorism and Financial Intelligence Daniel R. Whitmore". */
    if (type != TL_PERSON && b - a >= 4) {
        for (uint32_t k = (b - a > 5 ? b - 4 : a + 1); k + 2 <= b; k++) {
            uint32_t gk = f->t[k].gaz;
            if (!(gk & TL_GAZ_GIVEN) || (gk & (TL_GAZ_WORD | TL_NER_HEADS | TL_GAZ_ORG_WORD | TL_NER_PLACEISH_STRONG))) continue;
            if (f->t[k - 1].cls == TL_NER_SH_LOWER) continue;
            int ok = 1;
            for (uint32_t q = k + 1; q < b && ok; q++)
                ok = (f->t[q].cls == TL_NER_SH_CAP) && !(f->t[q].gaz & (TL_NER_HEADS | TL_GAZ_ORG_WORD | TL_GAZ_STOP));
            if (!ok) continue;
            if (!tl_ner_emit(f, sv, a, k, type, depth + 1)) return 0;
            return tl_ner_emit(f, sv, k, b, TL_PERSON, depth + 1);
        }
    }
    /* A nationality in front of a name that is not an organization's,
     * facility's or event's own ("Saudi Al-Arabiya", "British RAF"). */
    /* ("the Communist Party of the Philippines": a creed's word before a
     * head and "of" makes one name; a nationality there, "the Chinese
     * Ministry of State Security", stays an adjective) */
    int head_of = 0;
    for (uint32_t k = a + 1; k + 1 < b && !head_of && !(f->t[a].gaz & TL_GAZ_DEMONYM); k++)
        head_of = (f->t[k].gaz & TL_NER_HEADS) && tl_ner_tok_is(d, k + 1, "of");
    if (b - a >= 2 && (f->t[a].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) && !(whole & TL_NER_NAMEISH) &&
        !(f->t[b - 1].gaz & TL_NER_HEADS) && !head_of && type != TL_NORP) {
        if (!tl_ner_sv_push(sv, (tl_ner_span){a, a + 1, TL_NORP, 0, 0, 0, 0, 0})) return 0;
        uint32_t rest = tl_ner_span_gaz(f, a + 1, b);
        int rt = gaz_type(rest);
        if (rt < 0 && b - a >= 3 && ((f->t[a + 1].gaz & TL_GAZ_GIVEN) || surname_like(f, b - 1))) rt = TL_PERSON;
        if (rt < 0 && b - a == 2 && f->t[a + 1].cls == TL_NER_SH_CAPS) rt = TL_ORG;
        return tl_ner_emit(f, sv, a + 1, b, rt >= 0 ? rt : type, depth + 1);
    }
    /* The gazetteer knows countries and big cities better than the model. */
    if ((type == TL_PERSON || type == TL_ORG) && (whole & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG)) &&
        !(b - a >= 2 && (f->t[a].gaz & TL_GAZ_GIVEN)))
        type = TL_GPE;
    if ((type == TL_PERSON || type == TL_ORG) && b - a >= 2 && (whole & TL_GAZ_SUBDIV) && !(f->t[b - 1].gaz & TL_NER_HEADS))
        type = TL_GPE; /* "NEW YORK —" */
    /* and regions: "the West Bank" is no bank, "the Sahel" no state (one
     * word the tagger took for an organization may be one: "Amazon") */
    if ((type == TL_PERSON || type == TL_GPE || (type == TL_ORG && b - a >= 2)) && (whole & TL_GAZ_REGION) &&
        !(whole & (TL_NER_PLACEISH_STRONG | TL_GAZ_ORG_NAME)))
        type = TL_LOC;
    if (whole & (TL_GAZ_DEMONYM | TL_GAZ_NORP) && !(whole & TL_GAZ_COUNTRY)) type = TL_NORP;
    /* "Russian-German", "Franco-Moroccan", "Lebanese-Sierra Leonean":
     * peoples joined by a hyphen */
    if (b - a <= 3 && type != TL_NORP) {
        const char *w = d->text + d->tokens[a].start;
        size_t n = d->tokens[b - 1].end - d->tokens[a].start;
        if (tl_gaz_dual_demonym(f->gaz, w, n)) type = TL_NORP;
    }
    /* "ISIS-Mozambique", "ISIS-K": a known organization's name before a
     * hyphen names its branch, an organization wherever it operates */
    if (b - a == 1 && type != TL_ORG) {
        size_t n;
        const char *w = tl_ner_tok_ptr(d, a, &n);
        const char *h = n > 2 ? memchr(w, '-', n - 1) : NULL;
        if (h && h > w && (tl_gaz_lookup_cased(f->gaz, w, (size_t)(h - w)) & TL_GAZ_ORG_NAME)) type = TL_ORG;
    }
    /* A word both a country's short name and its people's ("Saudi")
     * before a common noun is the adjective: "a Saudi journalist" */
    if (b - a == 1 && (whole & TL_GAZ_COUNTRY) && (whole & TL_GAZ_DEMONYM) && b < d->n_tokens &&
        d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER && !(f->t[b].gaz & TL_GAZ_STOP))
        type = TL_NORP;
    /* "the Kessel Brigade's Omar Dabaan": after a possessive the tagger
     * reads a body's part; a given name opening two or three words and no
     * body's head word at the end make a person */
    if (type == TL_ORG && a > 0 && holder_office_next(d, a - 1) && b - a >= 2 && b - a <= 3 &&
        (f->t[a].gaz & TL_GAZ_GIVEN) && !(f->t[a].gaz & TL_GAZ_WORD) &&
        !(f->t[b - 1].gaz & (TL_NER_HEADS | TL_GAZ_ORG_WORD)) && !company_head(d, b - 1))
        type = TL_PERSON;
    /* A well-known organization's name is one, whatever the tagger said. */
    if (org_name(whole)) type = TL_ORG;
    /* Common words capitalized by position or headline style; titles alone
     * ("Supreme Leader"); currency codes ("USD"). */
    if (all_common_words(f, a, b) && b - a <= 3 && !known_as_cue(f, a) &&
        ((d->tokens[a].flags & (TL_TOK_SENT_START | TL_TOK_LINE_START)) || after_dateline(f, a) ||
         (a > 0 && (d->tokens[a - 1].flags & TL_TOK_QUOTE) && !speech_close(d, a - 1, b)))) {
        if (given_name_said(f, a, b)) {
            type = TL_PERSON;
        } else if (type == TL_PERSON && b - a == 2 && given_and_surname(f, a) && b < d->n_tokens &&
                   d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER) {
            /* "John Smith met X", "Peter Miller is a British politician":
             * a given name and a capitalized word the tagger read as a
             * person's, the clause going on in lower case */
        } else if (org_name(whole)) {
            type = TL_ORG; /* "Kremlin spokesman Dmitry Peskov", "The Kremlin denied" */
        } else if (body_before_job(f, b)) {
            if (type < 0 || type == TL_PERSON) type = TL_ORG; /* "Harbor Authority spokesman Tom Hale" */
        } else if (b - a >= 3 && staff_after(d, b) && type == TL_ORG) {
            /* "Homeland Security Investigations agents arrested" */
        } else if (b - a >= 2 && b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && tl_ner_member_noun(d, b) &&
                   !is_number_word(d, a)) {
            type = TL_ORG; /* "Red Hand gunmen shot dead X" */
        } else if (b - a >= 2 && (tl_ner_apposition_type(f, b) == TL_ORG || tl_ner_apposition_type(f, b) == TL_PERSON)) {
            type = tl_ner_apposition_type(f, b); /* "Safeguard Defenders, a human rights group" */
        } else {
            return 1;
        }
    }
    if ((whole & TL_GAZ_TITLE) && !(whole & TL_NER_NAMEISH)) return 1;
    if (b - a == 1 && (f->t[a].gaz & TL_GAZ_CURRENCY) && f->t[a].cls == TL_NER_SH_CAPS) return 1;
    if (b - a == 1 && (f->t[a].gaz & (TL_GAZ_WEEKDAY | TL_GAZ_MONTH)) && !(f->t[a].gaz & TL_NER_NAMEISH & ~TL_GAZ_GIVEN)) return 1;
    /* A month that is also a surname or a place ("March", "May") is the
     * month after a word that opens a time ("in March", "since May",
     * "last June") or next to a day or a year ("12 March", "May 2021"). */
    if (b - a == 1 && (f->t[a].gaz & TL_GAZ_MONTH) && (month_cue_before(d, a) || month_number_next(d, a, b))) return 1;
    /* "MOGADISHU, Aug 20 (Reuters)": a month's abbreviation without its
     * point, before a day's number (the gazetteer lists "Aug.") */
    if (b - a == 1 && b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && month_abbrev(d, a) &&
        day_number(d, b))
        return 1;
    /* "Western officials", "Central command": a common word that is only a
     * minor place name, used as an adjective. */
    if (b - a == 1 && type == TL_GPE && (f->t[a].gaz & TL_GAZ_WORD) && !(f->t[a].gaz & TL_NER_PLACEISH_STRONG & ~TL_GAZ_SUBDIV) &&
        b < d->n_tokens && f->t[b].cls == TL_NER_SH_LOWER && d->tokens[b].sent == d->tokens[a].sent)
        return 1;
    /* "the Radisson Blu hotel", "the maximum security El Rodeo prison": a
     * name the tagger read as a person's, after "the" (a few lower-case
     * words between) and before a facility noun, is the facility's.  Not
     * "camp": "the Biden camp" is a campaign. */
    /* (or as nothing of ours: "the Beach View hotel") */
    if ((type == TL_PERSON || (type < 0 && f->t[b - 1].cls == TL_NER_SH_CAP)) && b < d->n_tokens &&
        d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER && !tl_ner_tok_is(d, b, "camp") &&
        (TOK_IN_CUE(d, b, TL_CUE_FAC_LOWER_HEADS) || TOK_IN_CUE(d, b, TL_CUE_FAC_LOWER_HEADS_UNPLACED))) {
        uint32_t k = a;
        while (k > 0 && a - k < 3 && d->tokens[k - 1].sent == d->tokens[a].sent && f->t[k - 1].cls == TL_NER_SH_LOWER &&
               !tl_ner_tok_is(d, k - 1, "the"))
            k--;
        if (k > 0 && d->tokens[k - 1].sent == d->tokens[a].sent && tl_ner_tok_is(d, k - 1, "the")) {
            type = TL_FAC;
            b++;
        }
    }
    /* "the Di Lauro clan", "the Kinahan cartel", "the Haqqani network": a
     * family's name the tagger read as a person's (or as a body's, one
     * word a person of the report bears), after "the" and before a noun of
     * a criminal band, is the band's with the noun; so is a name it read
     * as nothing of ours or as a body it does not know ("the Black Falcon
     * network"; not "the Islamic State network") */
    int misc_band = (type < 0 || (type == TL_ORG && b > a + 1 && !org_name(whole))) && f->t[a].cls == TL_NER_SH_CAP &&
                    f->t[b - 1].cls == TL_NER_SH_CAP && !(f->t[b - 1].gaz & TL_GAZ_ORG_HEAD); /* ("the Evil Corp gang") */
    if ((type == TL_PERSON || misc_band || (type == TL_ORG && b == a + 1)) && a > 0 && b < d->n_tokens &&
        (tl_ner_tok_is(d, a - 1, "the") || (misc_band && tl_ner_tok_is(d, a - 1, "The"))) &&
        d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER &&
        tok_in_fold(d, b, "clan|cartel|gang|mafia|syndicate|crime|network") &&
        (type == TL_PERSON || misc_band || surname_before(f, sv, a))) {
        type = TL_ORG;
        if (!tl_ner_tok_is(d, b, "crime")) b++;
    }
    /* "the Brooklyn gang", "the Cali cartel": a town's name (no country,
     * no people) after "the" and before a noun of a criminal band names
     * the band, as bands are named for their turf */
    if (type == TL_GPE && b == a + 1 && a > 0 && b < d->n_tokens && tl_ner_tok_is(d, a - 1, "the") &&
        d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER &&
        !(whole & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_SUBDIV | TL_GAZ_REGION)) &&
        tok_in_fold(d, b, "clan|cartel|gang|mafia|syndicate")) {
        type = TL_ORG;
        b++;
    }
    /* A head noun written in lower case right after: "Quds force",
     * "Nagorno-Karabakh war"; a year before an event: "2020 ... war". */
    if (b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER &&
        (type == TL_ORG || type == TL_GPE || type == TL_EVENT || type == TL_FAC)) {
        uint32_t g = f->t[b].gaz;
        /* an organization's name before "attack" names no event, and a
         * well-known one is whole without the noun after it ("Hamas board") */
        /* (nor a town's or site's name before a lower-case attack noun:
         * "the Mumbai attacks" struck Mumbai, which stays a place) */
        if (g & TL_GAZ_EVENT_HEAD && !(g & TL_GAZ_ORG_HEAD) && type != TL_ORG &&
            !((type == TL_GPE || type == TL_FAC) && TOK_IN_CUE(d, b, TL_CUE_ATTACK_EVENT_NOUNS))) {
            type = TL_EVENT;
            b++;
        }
        /* (a name that ends in its own head is whole: "the Evil Corp gang") */
        else if (type == TL_ORG && (g & TL_GAZ_ORG_HEAD) && !TOK_IN_CUE(d, b, TL_CUE_ORG_DESCRIPTORS) && !org_name(whole) &&
                 !(f->t[b - 1].gaz & TL_GAZ_ORG_HEAD))
            b++;
        else if ((type == TL_GPE || type == TL_FAC) && TOK_IN_CUE(d, b, TL_CUE_FAC_LOWER_HEADS)) { type = TL_FAC; b++; }
        else if ((type == TL_GPE || type == TL_FAC) && !(whole & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_ORG_WORD)) &&
                 TOK_IN_CUE(d, b, TL_CUE_FAC_LOWER_HEADS_UNPLACED)) {
            type = TL_FAC; /* "the Westgate mall" */
            b++;
        }
        /* "the Westgate shopping mall": one word of its kind before the
         * head */
        else if ((type == TL_GPE || type == TL_FAC) && a > 0 && tl_ner_tok_is(d, a - 1, "the") && b + 1 < d->n_tokens &&
                 !(f->t[b - 1].gaz & TL_GAZ_FAC_HEAD) && /* ("the Crocus City Hall concert venue": named in full) */
                 d->tokens[b + 1].sent == d->tokens[a].sent && f->t[b + 1].cls == TL_NER_SH_LOWER &&
                 !(whole & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_ORG_WORD)) &&
                 tok_in_fold(d, b, "shopping|concert|sports|police|army|military|air|naval|detention|residential|"
                                   "office|trade|exhibition|conference|convention|refugee|gas|oil|power|nuclear") &&
                 (TOK_IN_CUE(d, b + 1, TL_CUE_FAC_LOWER_HEADS_UNPLACED) || TOK_IN_CUE(d, b + 1, TL_CUE_FAC_LOWER_HEADS) ||
                  tok_in_fold(d, b + 1, "centre|center|station|base|complex|plant|terminal|venue"))) {
            type = TL_FAC;
            b += 2;
        }
        /* "the DusitD2 hotel complex": a second noun of a building */
        if (type == TL_FAC && b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_LOWER &&
            tok_in_fold(d, b, "complex|compound") && TOK_IN_CUE(d, b - 1, TL_CUE_FAC_LOWER_HEADS_UNPLACED))
            b++;
        else if (type == TL_GPE && TOK_IN_CUE(d, b, TL_CUE_PLACE_ORG_HEADS)) { type = TL_ORG; b++; }
    }
    if (type == TL_EVENT && a > 0 && d->tokens[a - 1].sent == d->tokens[a].sent && f->t[a - 1].cls == TL_NER_SH_DIGIT &&
        d->tokens[a - 1].end - d->tokens[a - 1].start == 4)
        a--;
    /* '"We will act," John Smith said': words after a closing quote are no
     * quoted title, whatever the tagger read there; a given name opens a
     * person's name even when it is also a dictionary word ("Mark"). */
    if (type < 0 && a > 0 && speech_close(d, a - 1, b) && b - a >= 2 &&
        b - a <= 3 && (f->t[a].gaz & TL_GAZ_GIVEN) && !(whole & TL_NER_HEADS)) {
        type = TL_PERSON;
        for (uint32_t k = a; k < b; k++)
            if (f->t[k].cls != TL_NER_SH_CAP) type = -1;
    }
    if (type < 0) type = rule_type(f, a, b);
    if (type < 0 && known_as_cue(f, a)) type = TL_PERSON; /* known as "Dervish" */
    if (type == TL_PERSON && b - a == 1 && camel_case(d, a)) type = TL_ORG;
    /* An apposition names the kind of thing: "Georgia Mills, a lawyer". */
    int app = tl_ner_apposition_type(f, b);
    /* Not after a preposition: in "born in Halifax, the son of ..." the
     * apposition is about the subject, not the place. */
    if (app >= 0 && type != TL_NORP && !(whole & (TL_NER_NAMEISH & ~TL_GAZ_GIVEN)) &&
        !(a > 0 && f->t[a - 1].cls == TL_NER_SH_LOWER && (f->t[a - 1].gaz & TL_GAZ_STOP)) &&
        !(a > 0 && d->tokens[a - 1].sent == d->tokens[a].sent && f->t[a - 1].cls == TL_NER_SH_PUNCT && d->text[d->tokens[a - 1].start] == ','))
        type = app;
    if (type < 0) return 1;
    /* "al Qaeda": the Arabic article written apart in lower case opens an
     * organization's name. */
    if (a > 0 && d->tokens[a - 1].sent == d->tokens[a].sent && f->t[a].cls == TL_NER_SH_CAP &&
        tl_ner_tok_is(d, a - 1, "al") && (d->tokens[a].flags & TL_TOK_SPACE_BEFORE) &&
        (type == TL_ORG || org_name(tl_ner_span_gaz(f, a - 1, b)))) {
        a--;
        type = TL_ORG;
    }
    /* "U.S. Route 20", "Interstate 95": a road's number ends its name. */
    if (b < d->n_tokens && d->tokens[b].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_DIGIT &&
        (d->tokens[b].flags & TL_TOK_SPACE_BEFORE) && d->tokens[b].end - d->tokens[b].start <= 4 &&
        f->t[b - 1].cls == TL_NER_SH_CAP && TOK_IN_CUE_FOLD(d, b - 1, TL_CUE_ROAD_WORDS)) {
        b++;
        type = TL_FAC;
    }
    /* (nor what the trimming above left of "When I go") */
    if (b == a + 1 && (tl_ner_tok_is(d, a, "I") || pronoun_contraction(d, a))) return 1;
    return tl_ner_sv_push(sv, (tl_ner_span){a, b, type, 0, 0, 0, 0, 0});
}
/* Rules on capitalized runs the tagger left alone: headline places, "two
 * al-Qaeda operatives", names after "known as", runs typed by gazetteer
 * and head noun. */
static void drop_covered(const tl_doc *d, tl_ner_spanvec *svp, uint32_t a, uint32_t b);

int tl_ner_pass_capitalized_runs(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *lab = r->lab, *head = r->head;
    tl_ner_spanvec *svp = &r->sv;
    for (uint32_t i = 0; i < d->n_tokens;) {
        if (head[i] && (f->t[i].cls == TL_NER_SH_CAP || f->t[i].cls == TL_NER_SH_CAPS) &&
            (f->t[i].gaz & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_CITY_BIG | TL_GAZ_DEMONYM)) &&
            !(f->t[i].gaz & TL_GAZ_WORD) && !(i + 1 < d->n_tokens && f->t[i + 1].gaz_multi)) {
            /* In a headline only well-known places and nationalities stand
             * on their own; other names are found in the body. */
            int gt = gaz_type(f->t[i].gaz);
            if (gt >= 0 && !tl_ner_sv_push(svp, (tl_ner_span){i, i + 1, gt, 0, 0, 0, 0, 0})) return TL_ENOMEM;
            i++;
            continue;
        }
        /* "two al-Qaeda operatives"; "al-Qaeda" anywhere, a well-known
         * organization's name (the tagger reads lower-case words) */
        /* (and "a Somalia-based al-Shabaab official": one member's noun) */
        if (!lab[i] && !head[i] && f->t[i].cls == TL_NER_SH_MIXED && arabic_article_name(d, i) &&
            (tl_ner_member_noun(d, i + 1) || org_name(f->t[i].gaz) ||
             tok_in_fold(d, i + 1, TL_CUE_MEMBER_ROLE_NOUNS) ||
             tok_in_fold(d, i + 1, "commander|leader|emir|chief|spokesman"))) {
            /* ("an al-Qaeda-linked group": the name without its tail) */
            int split = lower_tail(d, i) ? split_compound(f, svp, i) : 0;
            if (split < 0) return TL_ENOMEM;
            if (!split && !tl_ner_sv_push(svp, (tl_ner_span){i, i + 1, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
            i++;
            continue;
        }
        if (lab[i] || head[i] || !(f->t[i].cls == TL_NER_SH_CAP || f->t[i].cls == TL_NER_SH_CAPS)) { i++; continue; }
        /* A name given after "known as", "nicknamed", "alias", "dubbed":
         * whatever the words, it names the thing before it. */
        {
            uint32_t p = i;
            while (p > 0 && (d->tokens[p - 1].flags & TL_TOK_QUOTE)) p--;
            int cue = (p >= 2 && tl_ner_tok_is(d, p - 1, "as") && (tl_ner_tok_is(d, p - 2, "known") || tl_ner_tok_is(d, p - 2, "nicknamed"))) ||
                      (p >= 1 && (tl_ner_tok_is(d, p - 1, "alias") || tl_ner_tok_is(d, p - 1, "nicknamed") || tl_ner_tok_is(d, p - 1, "dubbed") ||
                                  tl_ner_tok_is(d, p - 1, "aka") || tl_ner_tok_is(d, p - 1, "a.k.a.")));
            if (cue && p < i) { /* quoted */
                uint32_t j = i;
                while (j < d->n_tokens && !lab[j] && (f->t[j].cls == TL_NER_SH_CAP || f->t[j].cls == TL_NER_SH_CAPS ||
                                                      (f->t[j].cand && f->t[j].cls == TL_NER_SH_LOWER)) &&
                       d->tokens[j].sent == d->tokens[i].sent && !(d->tokens[j].flags & TL_TOK_QUOTE))
                    j++;
                if (j < d->n_tokens && (d->tokens[j].flags & TL_TOK_QUOTE) && j > i) {
                    int t = TL_PERSON;
                    /* "X, also known as "Y"": an organization right before
                     * the cue names an organization; not in "police
                     * captured alias "Y"", where a verb stands between */
                    if (svp->n && svp->v[svp->n - 1].b <= p && svp->v[svp->n - 1].b + 4 >= p &&
                        d->tokens[svp->v[svp->n - 1].a].sent == d->tokens[i].sent && svp->v[svp->n - 1].cls == TL_ORG)
                        t = TL_ORG;
                    if (!tl_ner_sv_push(svp, (tl_ner_span){i, j, t, 0, 0, 0, 0, 0})) return TL_ENOMEM;
                    i = j;
                    continue;
                }
            }
        }
        uint32_t j = i;
        while (j < d->n_tokens && !lab[j] && f->t[j].cand && d->tokens[j].sent == d->tokens[i].sent) j++;
        /* "Iran's Ministry of Finance", "the Ministry of Intelligence": a
         * body's head and "of" take the capitalized words after them,
         * whatever else the tagger read there (a place, in "Finance";
         * an organization's tail is tl_ner_org.c's head before "of") */
        int whole_of = 0;
        if (j > i + 1 && j + 1 < d->n_tokens && lab[j] && (lab[j] + 1) / 2 != TL_ORG + 1 && tl_ner_tok_is(d, j - 1, "of") && f->t[j - 2].cls == TL_NER_SH_CAP &&
            (f->t[j - 2].gaz & TL_GAZ_ORG_HEAD) && !(f->t[j - 2].gaz & TL_GAZ_FAC_HEAD) &&
            f->t[j].cls == TL_NER_SH_CAP && !(f->t[j].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM)) &&
            d->tokens[j].sent == d->tokens[i].sent) {
            while (j < d->n_tokens && f->t[j].cls == TL_NER_SH_CAP && d->tokens[j].sent == d->tokens[i].sent &&
                   !(f->t[j].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM)))
                j++;
            whole_of = 1;
        }
        while (j > i + 1 && (f->t[j - 1].cls == TL_NER_SH_LOWER || f->t[j - 1].cls == TL_NER_SH_PUNCT)) j--;
        if (whole_of) {
            uint32_t a = tl_ner_tok_is(d, i, "The") ? i + 1 : i;
            drop_covered(d, svp, a, j);
            if (!tl_ner_emit(f, svp, a, j, TL_ORG, 0)) return TL_ENOMEM;
            i = j;
            continue;
        }
        uint32_t a = i;
        if (j - a > 1 && (tl_ner_tok_is(d, a, "The"))) a++;
        /* "Safeguard Defenders, a human rights group based in Madrid,": an
         * apposition that says what a run of two words or more is keeps
         * its first word, common as it may be */
        int app = j - a >= 2 && (d->tokens[a].flags & TL_TOK_SENT_START) && !(f->t[a].gaz & TL_GAZ_STOP)
                      ? tl_ner_apposition_type(f, j)
                      : -1;
        if (app != TL_ORG && app != TL_PERSON) app = -1;
        /* A sentence-initial common word is not part of a name. */
        while (app < 0 && a < j && (d->tokens[a].flags & TL_TOK_SENT_START) && (f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) &&
               !(f->t[a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN | TL_GAZ_ORG_NAME)) &&
               !(a + 1 == j && body_before_job(f, j)))
            a++;
        /* "Agents of the FBI": the connectors after a dropped word go too
         * ("Fighters of al-Qaeda": not a name's Arabic article) */
        if (a > i)
            while (a < j && f->t[a].cls != TL_NER_SH_CAP && f->t[a].cls != TL_NER_SH_CAPS && !arabic_article_name(d, a)) a++;
        /* "a Somalia-based al-Shabaab official": a place glued to a
         * participle modifies what follows; the name after it is read on
         * its own */
        if (a + 1 < j && (d->tokens[a].flags & TL_TOK_HYPHEN) && lower_tail(d, a) && f->t[a].cls == TL_NER_SH_CAP) {
            if (split_compound(f, svp, a) < 0) return TL_ENOMEM;
            i = a + 1;
            continue;
        }
        if (a < j) {
            int ft = rule_type(f, a, j);
            if (ft < 0 && j - a == 1) ft = gaz_type(f->t[a].gaz & ~(uint32_t)TL_GAZ_REGION);
            if (ft < 0 && app >= 0 && a == i) ft = app;
            /* "Residents of X said": the people of a place name it */
            if (ft < 0 && a > i && a >= 2 && (tl_ner_tok_is(d, a - 1, "of") || tl_ner_tok_is(d, a - 1, "in")) &&
                (tl_ner_tok_is(d, a - 2, "Residents") || tl_ner_tok_is(d, a - 2, "Inhabitants") ||
                 tl_ner_tok_is(d, a - 2, "Villagers") || tl_ner_tok_is(d, a - 2, "Natives")))
                ft = TL_GPE;
            /* "M23 rebels", "the M23 group": a code of capitals and digits
             * before a noun of members or of a band is a body's */
            if (ft < 0 && j - a == 1 && alnum_code(d, a) && (tl_ner_member_noun(d, j) || band_noun(d, j))) ft = TL_ORG;
            /* "the Barrio 18 gang", "Calle 18 members": a name with a
             * number in it before a noun of a band or its members */
            if (j + 1 < d->n_tokens && a > 0 && tl_ner_tok_is(d, a - 1, "the") && number_word(d, j) &&
                d->tokens[j + 1].sent == d->tokens[a].sent && (band_noun(d, j + 1) || tl_ner_member_noun(d, j + 1))) {
                if (!tl_ner_sv_push(svp, (tl_ner_span){a, j + 1, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
                i = j + 1;
                continue;
            }
            if (ft < 0 && j - a == 1 && tl_ner_member_noun(d, j) && arabic_article_name(d, a)) {
                /* "the al-Shabaab militants" (pushed as it is: tl_ner_emit() would
                 * split the hyphenated word) */
                if (!tl_ner_sv_push(svp, (tl_ner_span){a, j, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
                i = j;
                continue;
            }
            if (ft >= 0 && !tl_ner_emit(f, svp, a, j, ft, 0)) return TL_ENOMEM;
            /* "Iran-funded", "Tehran-backed": the place inside a modifier */
            if (ft < 0 && j - a == 1 && (d->tokens[a].flags & TL_TOK_HYPHEN) && split_compound(f, svp, a) < 0)
                return TL_ENOMEM;
        }
        i = j > i ? j : i + 1;
    }
    return TL_OK;
}

/* True when token i is a possessive ending glued to the word before it:
 * "'s", "’s", or a lone apostrophe after a plural ("Workers'").  Can't
 * fail. */
static int possessive_end(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    if (d->tokens[i].flags & TL_TOK_SPACE_BEFORE) return 0;
    return (n == 1 && s[0] == '\'') || (n == 2 && s[0] == '\'' && s[1] == 's') ||
           (n == 3 && memcmp(s, "\xe2\x80\x99", 3) == 0) || (n == 4 && memcmp(s, "\xe2\x80\x99s", 4) == 0);
}

/* Drops every span that overlaps tokens [a, b), which a new span is
 * about to cover.  Can't fail. */
static void drop_covered(const tl_doc *d, tl_ner_spanvec *svp, uint32_t a, uint32_t b) {
    uint32_t sa = d->tokens[a].start, sb = d->tokens[b - 1].end;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        uint32_t xs = X->se ? X->sb : d->tokens[X->a].start, xe = X->se ? X->se : d->tokens[X->b - 1].end;
        if (xs < sb && xe > sa) X->cls = -1;
    }
}

/* "joined the Latin Kings", "a member of the Black Disciples", "led the
 * Proud Boys": capitalized words after "the" that end in a plural, as the
 * object of a word that takes a body (membership, leadership, a side), name
 * a body when nothing else took them.  Peoples, places and parties the
 * gazetteer knows ("the Kurds", "the Philippines", "the Democrats") are
 * left alone, as is the sentence's first word.  Returns TL_ENOMEM when out
 * of memory. */
/* True when token i of d is the word w, whatever the case of its first
 * letter ("Members of the X" opening a sentence).  Can't fail. */
static int tok_is_nocase(const tl_doc *d, uint32_t i, const char *w) {
    size_t n;
    const char *t = tl_ner_tok_ptr(d, i, &n);
    return strlen(w) == n && n > 0 && (t[0] | 0x20) == w[0] && memcmp(t + 1, w + 1, n - 1) == 0;
}

static int possessive_end(const tl_doc *d, uint32_t i);

/* Is token i a transliterated particle glued to a capitalized word,
 * written apart from the word before it ("ut-Tahrir", "ul-Ahrar",
 * "ud-Dawa", "e-Taiba")?  Not the Arabic article ("al-", "el-"), which
 * people's names carry as often ("Abu Bakr al-Baghdadi").  Can't fail. */
static int name_particle(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, i, &n);
    const char *h = n > 3 ? memchr(s, '-', n < 4 ? n : 4) : NULL;
    if (!h || h + 2 >= s + n || !(h[1] >= 'A' && h[1] <= 'Z') || !(d->tokens[i].flags & TL_TOK_SPACE_BEFORE)) return 0;
    size_t pl = (size_t)(h - s);
    static const char *const pt[] = {"ul", "ud", "ut", "us", "un", "ur", "e", "i"};
    for (size_t k = 0; k < sizeof pt / sizeof pt[0]; k++)
        if (strlen(pt[k]) == pl && !memcmp(pt[k], s, pl)) return 1;
    return 0;
}

/* "Hizb ut-Tahrir", "Jamaat ul-Ahrar", "Harakat ul-Mujahideen": a name
 * of one or two capitalized words followed by a transliterated particle
 * glued to the next word is one name with it, a body's (as
 * particle_compound reads the hyphenated spelling) unless a given name
 * the tagger read as a person's opens it ("Zia ul-Haq").  Can't fail but out of
 * memory (TL_ENOMEM). */
int tl_ner_pass_particle_names(tl_ner_state *r) {
    tl_doc *d = r->d;
    const tl_ner_feats *f = r->f;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *sp = &svp->v[x];
        if (sp->cls < 0 || sp->se || sp->b - sp->a > 2 || sp->b >= d->n_tokens) continue;
        if (d->tokens[sp->b].sent != d->tokens[sp->a].sent || !name_particle(d, sp->b)) continue;
        int caps = 1;
        for (uint32_t k = sp->a; k < sp->b && caps; k++) caps = f->t[k].cls == TL_NER_SH_CAP;
        if (!caps) continue;
        uint32_t b = sp->b;
        while (b < d->n_tokens && b < sp->b + 3 && d->tokens[b].sent == d->tokens[sp->a].sent && name_particle(d, b)) b++;
        /* (a span the rules made of the particle's word goes with it) */
        for (size_t y = 0; y < svp->n; y++)
            if (y != x && svp->v[y].cls >= 0 && svp->v[y].a >= sp->b && svp->v[y].a < b) svp->v[y].cls = -1;
        sp->b = b;
        /* (a person keeps the particle of a name: "Zia ul-Haq") */
        if (sp->cls != TL_PERSON || !(f->t[sp->a].gaz & TL_GAZ_GIVEN)) sp->cls = TL_ORG;
    }
    return TL_OK;
}

/* "Foz do Iguacu", "Reggio di Calabria": two names joined by a short
 * lower-case word that the tagger read as two spans, where the gazetteer
 * knows the whole as a place, are that one place.  Can't fail. */
int tl_ner_pass_place_joins(tl_ner_state *r) {
    tl_doc *d = r->d;
    const tl_ner_feats *f = r->f;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *A = &svp->v[x];
        uint32_t j = A->b;
        if (A->cls < 0 || A->se || j + 1 >= d->n_tokens || d->tokens[j + 1].sent != d->tokens[A->a].sent ||
            f->t[j].cls != TL_NER_SH_LOWER || d->tokens[j].end - d->tokens[j].start > 3 ||
            d->text[d->tokens[j].start] < 'a' || d->text[d->tokens[j].start] > 'z')
            continue;
        /* (the tagger's spans are in text order: the next few only, so
         * the pass stays linear in the spans) */
        for (size_t y = x + 1; y < svp->n && y <= x + 4; y++) {
            tl_ner_span *B = &svp->v[y];
            if (B->cls < 0 || B->se || B->a != j + 1 || B->b - A->a > 6) continue;
            if (!(tl_ner_span_gaz(f, A->a, B->b) & TL_NER_PLACEISH)) break;
            A->b = B->b;
            A->cls = TL_GPE;
            B->cls = -1;
            break;
        }
    }
    return TL_OK;
}

int tl_ner_pass_plural_bodies(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (uint32_t p = 1; p + 1 < d->n_tokens; p++) {
        uint32_t sent = d->tokens[p].sent;
        if (f->t[p].cls != TL_NER_SH_CAP || d->tokens[p - 1].sent != sent ||
            !(tl_ner_tok_is(d, p - 1, "the") || tl_ner_tok_is(d, p - 1, "The")))
            continue;
        int ctx = 0;
        if (p >= 2 && f->t[p - 1].cls == TL_NER_SH_LOWER && d->tokens[p - 2].sent == sent) {
            /* ("of" after a noun of membership or rule: "a member of the
             * Latin Kings", not "the God of the Vines") */
            int of = tl_ner_tok_is(d, p - 2, "of") && p >= 3 && d->tokens[p - 3].sent == sent &&
                     (tok_is_nocase(d, p - 3, "member") || tok_is_nocase(d, p - 3, "members") ||
                      tok_is_nocase(d, p - 3, "leader") || tok_is_nocase(d, p - 3, "leaders") ||
                      tok_is_nocase(d, p - 3, "head") || tok_is_nocase(d, p - 3, "founder") ||
                      tok_is_nocase(d, p - 3, "founders") || tok_is_nocase(d, p - 3, "boss") ||
                      tok_is_nocase(d, p - 3, "chief") || tok_is_nocase(d, p - 3, "commander") ||
                      tok_is_nocase(d, p - 3, "faction") || tok_is_nocase(d, p - 3, "rivals") ||
                      tok_is_nocase(d, p - 3, "affiliate") || tok_is_nocase(d, p - 3, "allies") ||
                      tok_is_nocase(d, p - 3, "associate") || tok_is_nocase(d, p - 3, "associates") ||
                      tok_is_nocase(d, p - 3, "one"));
            ctx = of || tl_ner_tok_is(d, p - 2, "joined") || tl_ner_tok_is(d, p - 2, "join") ||
                  tl_ner_tok_is(d, p - 2, "led") || tl_ner_tok_is(d, p - 2, "leads") || tl_ner_tok_is(d, p - 2, "lead") ||
                  tl_ner_tok_is(d, p - 2, "headed") || tl_ner_tok_is(d, p - 2, "heads") ||
                  tl_ner_tok_is(d, p - 2, "founded") || tl_ner_tok_is(d, p - 2, "against") ||
                  tl_ner_tok_is(d, p - 2, "with") || tl_ner_tok_is(d, p - 2, "rival") ||
                  tl_ner_tok_is(d, p - 2, "rivals") || tl_ner_tok_is(d, p - 2, "by") || tl_ner_tok_is(d, p - 2, "runs") ||
                  tl_ner_tok_is(d, p - 2, "ran") || tl_ner_tok_is(d, p - 2, "run") ||
                  /* "a militia group called the Wolverine Watchmen" */
                  ((tl_ner_tok_is(d, p - 2, "called") || tl_ner_tok_is(d, p - 2, "named") ||
                    (tl_ner_tok_is(d, p - 2, "as") && p >= 3 && tok_is_nocase(d, p - 3, "known"))) &&
                   p >= 4 && d->tokens[p - 4].sent == sent &&
                   band_noun(d, tl_ner_tok_is(d, p - 2, "as") ? p - 4 : p - 3));
        }
        uint32_t b = p;
        while (b < d->n_tokens && d->tokens[b].sent == sent && b - p < 3 && f->t[b].cls == TL_NER_SH_CAP) b++;
        if (b < d->n_tokens && d->tokens[b].sent == sent &&
            (f->t[b].cls == TL_NER_SH_CAP || f->t[b].cls == TL_NER_SH_CAPS))
            continue; /* a longer run: not this rule's */
        /* "The Proud Boys' former leader", "the Proud Boys leader X": a
         * noun of the body's members or leaders after it, past its
         * possessive */
        if (!ctx && b + 1 < d->n_tokens && d->tokens[b + 1].sent == sent) {
            uint32_t q = possessive_end(d, b) ? b + 1 : b;
            if (q > b && q + 1 < d->n_tokens && tl_ner_tok_is(d, q, "former") && d->tokens[q + 1].sent == sent) q++;
            ctx = tl_ner_member_noun(d, q) || tok_is_nocase(d, q, "leader") || tok_is_nocase(d, q, "leaders") ||
                  tok_is_nocase(d, q, "founder") || tok_is_nocase(d, q, "chairman") || tok_is_nocase(d, q, "boss");
        }
        if (!ctx) continue;
        const tl_token *l = &d->tokens[b - 1];
        size_t n = l->end - l->start;
        const char *w = d->text + l->start;
        /* (a plural: "Kings", "Watchmen") */
        int men = n >= 5 && !memcmp(w + n - 3, "men", 3);
        if (n < 4 || (!men && (w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == '\''))) continue;
        if (tl_ner_span_gaz(f, p, b) & (TL_NER_PLACEISH | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_COUNTRY)) continue;
        int taken = 0;
        for (size_t x = 0; x < svp->n && !taken; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (X->cls < 0) continue;
            uint32_t xs = X->se ? X->sb : d->tokens[X->a].start, xe = X->se ? X->se : d->tokens[X->b - 1].end;
            taken = xs < l->end && xe > d->tokens[p].start;
        }
        if (taken) continue;
        if (!tl_ner_sv_push(svp, (tl_ner_span){p, b, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
        p = b;
    }
    return TL_OK;
}

/* "People's Liberation Army", "Kurdistan Workers' Party", "Alder Hey
 * Children's Hospital": a plural noun of members in the possessive
 * (cues/possessive_name_words.txt) between capitalized words is inside one
 * name, which the tagger and the rules cut at the apostrophe.  The spans
 * on either side (or the capitalized words there) become one, typed by
 * the part after the possessive. */
int tl_ner_pass_possessive_names(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (uint32_t p = 1; p + 1 < d->n_tokens; p++) {
        uint32_t w = p - 1, nx = p + 1, sent = d->tokens[p].sent;
        if (f->t[w].cls != TL_NER_SH_CAP || (f->t[nx].cls != TL_NER_SH_CAP && f->t[nx].cls != TL_NER_SH_CAPS)) continue;
        if (d->tokens[w].sent != sent || d->tokens[nx].sent != sent || !possessive_end(d, p)) continue;
        if (!TOK_IN_CUE_FOLD(d, w, TL_CUE_POSSESSIVE_NAME_WORDS)) continue;
        uint32_t a = w, b = nx;
        int type = -1, left = 0;
        for (size_t x = 0; x < svp->n; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (X->se || X->cls < 0) continue;
            if (X->b == p && X->a < a) a = X->a, left = 1;
            if (X->a == nx && X->b > b) { b = X->b; type = X->cls; }
        }
        /* no span before: the capitalized words before the noun ("the
         * Convention People's Party"), not a common word opening the
         * sentence */
        while (!left && a > 0 && d->tokens[a - 1].sent == sent && f->t[a - 1].cls == TL_NER_SH_CAP &&
               !((d->tokens[a - 1].flags & TL_TOK_SENT_START) && (f->t[a - 1].gaz & (TL_GAZ_WORD | TL_GAZ_STOP))) &&
               !possessive_end(d, a))
            a--;
        if (b == nx) { /* no span after: the capitalized words, "of" between them */
            while (b < d->n_tokens && d->tokens[b].sent == sent &&
                   (f->t[b].cls == TL_NER_SH_CAP || f->t[b].cls == TL_NER_SH_CAPS ||
                    (b + 1 < d->n_tokens && (tl_ner_tok_is(d, b, "of") || tl_ner_tok_is(d, b, "for")) &&
                     f->t[b + 1].cls == TL_NER_SH_CAP && d->tokens[b + 1].sent == sent)))
                b++;
            uint32_t head = f->t[b - 1].gaz;
            type = (head & TL_GAZ_FAC_HEAD) && !(head & TL_GAZ_ORG_HEAD) ? TL_FAC : TL_ORG;
        }
        if (type == TL_PERSON || type == TL_NORP || type < 0) type = TL_ORG;
        drop_covered(d, svp, a, b);
        if (!tl_ner_sv_push(svp, (tl_ner_span){a, b, type, 0, 0, 0, 0, 0})) return TL_ENOMEM;
        p = b;
    }
    return TL_OK;
}

/* "the Sinaloa cartel's Chapitos faction", "Hamas's Qassam wing": one to
 * three capitalized words after an organization's possessive and before a
 * lower-case noun of a part of a body name the part, an organization (the
 * tagger leaves them out or takes them for a person).  A place or a
 * people there says where the part is ("Hamas's Gaza wing") and is left
 * alone.  Returns TL_ENOMEM when out of memory. */
int tl_ner_pass_possessed_parts(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (uint32_t p = 1; p + 2 < d->n_tokens; p++) {
        uint32_t sent = d->tokens[p].sent;
        if (f->t[p + 1].cls != TL_NER_SH_CAP || !possessive_end(d, p) || d->tokens[p + 1].sent != sent) continue;
        uint32_t a = p + 1, b = a;
        while (b < d->n_tokens && b < a + 3 && d->tokens[b].sent == sent && f->t[b].cls == TL_NER_SH_CAP) b++;
        if (b >= d->n_tokens || d->tokens[b].sent != sent ||
            !tok_in(d, b, "faction|wing|cell|branch|unit|brigade|arm|division|network|clique|chapter|offshoot"))
            continue;
        /* (the owner last: a scan of the spans, for the few that get here) */
        int owner = 0;
        for (size_t x = 0; x < svp->n && !owner; x++)
            owner = !svp->v[x].se && svp->v[x].cls == TL_ORG && svp->v[x].b == p;
        if (!owner) continue;
        uint32_t g = tl_ner_span_gaz(f, a, b);
        if (g & (TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_CAPITAL | TL_GAZ_REGION |
                 TL_GAZ_DEMONYM | TL_GAZ_NORP))
            continue;
        /* (common words capitalized in a title: "the Group's Finance Unit") */
        if (all_common_words(f, a, b)) continue;
        drop_covered(d, svp, a, b);
        if (!tl_ner_sv_push(svp, (tl_ner_span){a, b, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
        p = b;
    }
    return TL_OK;
}

/* Is token w a capitalized plural of a people's name ("Sikhs",
 * "Americans") or of a kind of person ("Veterans", "Lawyers")?  Can't
 * fail. */
static int w_plural_people(const tl_ner_feats *f, const tl_doc *d, uint32_t w) {
    size_t n;
    const char *s = tl_ner_tok_ptr(d, w, &n);
    if (n < 4 || s[n - 1] != 's' || f->t[w].cls != TL_NER_SH_CAP) return 0;
    if (f->t[w].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) return 1;
    static const char *const kinds[] = {"Veterans", "Lawyers", "Doctors", "Mothers", "Women", "Students", "Citizens",
                                        "Scientists", "Parents", "Journalists", "Reporters", "Physicians", "Patriots",
                                        "Christians", "Muslims", "Jews"};
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (strlen(kinds[k]) == n && memcmp(kinds[k], s, n) == 0) return 1;
    return 0;
}

/* "the far-right Alternative for Germany party", "the Movement for
 * Democratic Change": capitalized words, "for" and a name after it are one
 * organization's name when a lower-case noun of a party or movement
 * follows, or when the words before "for" end in an organization's head
 * word after "the".  The tagger cuts such names at "for" and keeps the
 * place ("Germany") alone. */
int tl_ner_pass_for_names(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (uint32_t p = 1; p + 1 < d->n_tokens; p++) {
        uint32_t w = p - 1, nx = p + 1, sent = d->tokens[p].sent;
        if (!tl_ner_tok_is(d, p, "for") || d->tokens[w].sent != sent || d->tokens[nx].sent != sent) continue;
        if (f->t[w].cls != TL_NER_SH_CAP || (f->t[nx].cls != TL_NER_SH_CAP && f->t[nx].cls != TL_NER_SH_CAPS)) continue;
        /* the capitalized words before "for" (not a common word opening
         * the sentence) */
        uint32_t a = w;
        while (a > 0 && d->tokens[a - 1].sent == sent && f->t[a - 1].cls == TL_NER_SH_CAP && w - a < 3 &&
               !((d->tokens[a - 1].flags & TL_TOK_SENT_START) && (f->t[a - 1].gaz & (TL_GAZ_WORD | TL_GAZ_STOP))))
            a--;
        if ((d->tokens[a].flags & TL_TOK_SENT_START) && (f->t[a].gaz & (TL_GAZ_WORD | TL_GAZ_STOP)) && a == w) continue;
        /* the name after "for": a span starting there, else capitalized words */
        uint32_t b = nx;
        for (size_t x = 0; x < svp->n; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (!X->se && X->cls >= 0 && X->a == nx && X->b > b) b = X->b;
        }
        if (b == nx)
            while (b < d->n_tokens && d->tokens[b].sent == sent && b - nx < 4 &&
                   (f->t[b].cls == TL_NER_SH_CAP || f->t[b].cls == TL_NER_SH_CAPS))
                b++;
        /* the noun after the name, or at the end of the span there ("Kessa
         * party" taken as one name) */
        uint32_t h = b > nx + 1 && f->t[b - 1].cls == TL_NER_SH_LOWER ? b - 1 : b;
        int noun = h < d->n_tokens && d->tokens[h].sent == sent && f->t[h].cls == TL_NER_SH_LOWER &&
                   (tl_ner_tok_is(d, h, "party") || tl_ner_tok_is(d, h, "movement") || tl_ner_tok_is(d, h, "alliance") ||
                    tl_ner_tok_is(d, h, "coalition") || tl_ner_tok_is(d, h, "group") || tl_ner_tok_is(d, h, "militia"));
        if (noun) b = h;
        /* (after "the" or a possessive: "France's General Directorate for
         * Internal Security") */
        int headed = (f->t[w].gaz & TL_GAZ_ORG_HEAD) && a > 0 && d->tokens[a - 1].sent == sent &&
                     (tl_ner_tok_is(d, a - 1, "the") || tl_ner_tok_is(d, a - 1, "The") || possessive_end(d, a - 1)) &&
                     !(b < d->n_tokens && possessive_end(d, b));
        /* "Sikhs for Justice", "Veterans for Peace": one plural word of a
         * people or of a kind of person, "for" and a cause's name */
        if (!headed && !noun && a == w && b > nx && b - nx <= 3 && w_plural_people(f, d, w)) headed = 1;
        /* "the Western Front for France": after a head word, a place
         * alone is what the body is for, not its name */
        if (headed && !noun && (tl_ner_span_gaz(f, nx, b) & TL_NER_PLACEISH)) headed = 0;
        if (!noun && !headed) continue;
        /* a person's name before "for" is no part of a name ("voted John
         * Smith for Germany"), and a span over "for" already holds the
         * name, maybe a longer one ("National Council for Peace and
         * Order") */
        int skip = 0;
        for (size_t x = 0; x < svp->n; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (X->se || X->cls < 0) continue;
            if (X->cls == TL_PERSON && X->a <= w && X->b > w) skip = 1;
            if (X->a <= p && X->b > p) skip = 1;
        }
        if (skip) continue;
        drop_covered(d, svp, a, b);
        if (!tl_ner_sv_push(svp, (tl_ner_span){a, b, TL_ORG, 0, 0, 0, 0, 0})) return TL_ENOMEM;
        p = b;
    }
    return TL_OK;
}
