/* tl_fact_np.c -- facts a noun phrase states about a name: nationality and home-town modifiers, "City, Region", "Country's Place". */
#include "tl_fact.h"
#include "tl_fact_int.h"
#include "tl_cues.h"

/* Plural nouns of kinds of people ("two Iraqi men, X and Y"). */
#define PEOPLE_NOUNS "men|women|nationals|citizens|suspects|brothers|sisters|residents|defendants|students|teenagers"

/* Local mention starting at token i, or -1 (never a possessive pronoun). */
static int starts_at(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return -1;
    int m = s->at[i - s->sb];
    if (m < 0 || s->ms[m].pron || s->ms[m].tb != i) return -1;
    return m;
}

/* Local mention ending with token i, or -1. */
static int ends_at(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return -1;
    int m = s->at[i - s->sb];
    if (m < 0 || s->ms[m].pron || s->ms[m].te != i + 1) return -1;
    return m;
}

static uint32_t flags(const tl_fsent *s, uint32_t i) {
    return (i >= s->sb && i < s->se) ? s->d->tokens[i].flags : 0;
}

/* A lower-case word that can sit inside a noun phrase before its head:
 * "engineer", "mass", "38-year-old"; not a function word, a verb of the
 * clause or punctuation. */
static int np_word(const tl_fsent *s, uint32_t i) {
    uint32_t f = flags(s, i);
    if (!(f & TL_TOK_ALPHA) || (f & TL_TOK_UPPER) || (f & TL_TOK_PUNCT)) return 0;
    if (s->at[i - s->sb] >= 0) return 0;
    return !(tl_fact_wl(s, i, WL_PREPS) || tl_fact_wl(s, i, WL_DETS) || tl_fact_wl(s, i, WL_BE) ||
             tl_fact_wl(s, i, WL_AND_OR) || tl_fact_wl(s, i, WL_THAT_WHO_WHICH) || tl_fact_wl(s, i, WL_SAY) ||
             tl_fact_wl(s, i, WL_HE_SHE_HIM_ETC));
}

/* Tags tokens [a, b) that the fact pass left untagged (it tags only around
 * trigger words).  Can't fail: without a tagger the tags stay 0. */
static void tag_span(tl_fsent *s, uint32_t a, uint32_t b) {
    if (!s->c->pos || a < s->sb || b > s->se || b <= a) return;
    int todo = 0;
    for (uint32_t k = a; k < b; k++) todo |= s->tag[k - s->sb] == 0;
    if (!todo) return;
    tl_str words[8];
    uint8_t tags[8];
    if (b - a > 8) return;
    for (uint32_t k = a; k < b; k++) {
        const tl_token *t = &s->d->tokens[k];
        words[k - a].ptr = s->d->text + t->start;
        words[k - a].len = t->end - t->start;
    }
    tl_pos_tag_cached(s->c->pos, s->pos_cache, words, b - a, tags);
    for (uint32_t k = a; k < b; k++)
        if (s->tag[k - s->sb] == 0) s->tag[k - s->sb] = tags[k - a];
}

/* A noun or adjective by its tag (0: untagged, taken as one). */
static int nominal(const tl_fsent *s, uint32_t i) {
    int t = s->tag[i - s->sb];
    return t == 0 || t == TL_POS_NOUN || t == TL_POS_ADJ || t == TL_POS_PROPN || t == TL_POS_VBN || t == TL_POS_VBG;
}

/* A one-word name of a faith or movement inside an apposition after the
 * nationality ("a Norwegian Islamic extremist"): it says what the person
 * believes, not whose citizen they are. */
static int creed_word(const tl_fsent *s, uint32_t k) {
    int m = starts_at(s, k);
    if (m < 0 || s->ms[m].te != k + 1 || (s->ms[m].type != TL_NORP && s->ms[m].type != TL_ORG)) return 0;
    /* the whole word ("Iranian-American" is two nationalities in one) */
    const tl_token *t = &s->d->tokens[k];
    const tl_entity *e = &s->d->entities[s->ms[m].ent];
    if (e->name.len != t->end - t->start) return 0;
    return !(tl_gaz_lookup(s->g, s->d->text + t->start, t->end - t->start) & (TL_GAZ_DEMONYM | TL_GAZ_COUNTRY));
}

/* Is token k a birthplace modifier "X-born" ("Iranian-born")?  It says
 * where a person was born, not a second nationality. */
static int born_token(const tl_fsent *s, uint32_t k) {
    if (k < s->sb || k >= s->se) return 0;
    uint32_t r = k - s->sb;
    return s->len[r] > 5 && memcmp(s->low[r] + s->len[r] - 5, "-born", 5) == 0;
}

/* Does NORP mention o end in an "X-born" token? */
static int born_prefix(const tl_fsent *s, int o) { return born_token(s, s->ms[o].te - 1); }

/* True when NORP mention m names a nationality (a demonym of the gazetteer),
 * not a faith or a party ("Islamist", "Sunni"). */
static int nationality(const tl_fsent *s, int m) {
    const tl_entity *e = &s->d->entities[s->ms[m].ent];
    if (s->ms[m].type != TL_NORP || s->ms[m].virt) return 0;
    if (!(tl_gaz_lookup(s->g, e->name.ptr, e->name.len) & TL_GAZ_DEMONYM)) {
        int dual = tl_gaz_dual_demonym(s->g, e->name.ptr, e->name.len);
        /* "Franco-Moroccan" is two citizenships; two peoples' names
         * ("an Iranian-American journalist") tell an origin as often, and
         * are a citizenship only where a word says so: "a dual
         * Russian-German citizen" */
        if (dual == 0) return 0;
        if (dual == 2 && !tl_fact_is(s, s->ms[m].tb - 1, "dual") &&
            !tl_fact_w(s, s->ms[m].te, "citizen|citizens|national|nationals"))
            return 0;
    }
    /* Two nationalities in a row ("Iranian American", "Georgian Azerbaijani")
     * describe an origin as often as a citizenship: left alone.  A faith
     * next to one ("a British Muslim") is no second nationality. */
    for (int o = 0; o < s->nm; o++)
        if (o != m && s->ms[o].type == TL_NORP && !s->ms[o].virt && s->ms[o].tb <= s->ms[m].te + 1 &&
            s->ms[o].te + 1 >= s->ms[m].tb && s->ms[o].ent != s->ms[m].ent && !creed_word(s, s->ms[o].tb) &&
            !born_prefix(s, o) && !(s->ms[o].tb == s->ms[m].te + 1 && tl_fact_w(s, s->ms[m].te, "of|and|or")) &&
            !(s->ms[m].tb == s->ms[o].te + 1 && tl_fact_w(s, s->ms[o].te, "and|or")))
            return 0; /* "a German of Syrian origin", "a Lebanese and Belgian citizen" are no pair in a row */
    return 1;
}

/* Is mention m a nationality by name, whatever stands next to it?  Can't
 * fail. */
static int demonym(const tl_fsent *s, int m) {
    const tl_entity *e = &s->d->entities[s->ms[m].ent];
    return s->ms[m].type == TL_NORP && !s->ms[m].virt && !s->ms[m].pron &&
           (tl_gaz_lookup(s->g, e->name.ptr, e->name.len) & TL_GAZ_DEMONYM);
}

/* Nouns of help given ("with the help of Y"). */
#define HELP_NOUNS "help|support|assistance|backing|aid|funding|financing"

static void push(tl_fsent *s, int type, int a, int b, uint32_t trig) {
    if (a < 0 || b < 0 || s->ms[a].ent == s->ms[b].ent) return;
    tl_fcand c = {(uint8_t)type, 0, {a, b, -1, -1}, trig, 1, 0, 0};
    tl_fact_push(s, &c);
}

/* "Iranian engineer Karim Dalvand", "Norwegian mass murderer X", "American
 * X": a nationality before a person's name, with at most three common
 * words between, is the person's.  Words of office ("Chechen leader X")
 * say whom the person leads, not whose citizen they are. */
static int people_list_of(tl_fsent *s, uint32_t j, int type, int other, uint32_t trig);
static int aside_mark(const tl_fsent *s, uint32_t k);

/* Is token i the plural of a noun of a kind of person or of a trade
 * ("aid workers", "engineers", "journalists")?  Only the plain -s plural
 * is read: the lists hold singulars.  Can't fail. */
static int person_plural(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se) return 0;
    uint32_t r = i - s->sb;
    size_t n = s->len[r];
    if (n < 4 || s->low[r][n - 1] != 's' || s->low[r][n - 2] == 's') return 0;
    return tl_trig_in_list(TL_CUE_KIND_PERSON_NOUNS, s->low[r], n - 1) ||
           tl_trig_in_list(TL_CUE_OCCUPATION_NOUNS, s->low[r], n - 1) ||
           tl_trig_in_list("worker|hostage|tourist|captive|victim|pilgrim|sailor", s->low[r], n - 1);
}

/* Is token i an age in one hyphenated word ("34-year-old")?  Can't fail. */
static int age_word(const tl_fsent *s, uint32_t i) {
    if (i < s->sb || i >= s->se || !(flags(s, i) & TL_TOK_DIGIT)) return 0;
    size_t n = s->len[i - s->sb];
    return n > 9 && memcmp(s->low[i - s->sb] + n - 9, "-year-old", 9) == 0;
}

/* "The Syrian suspect, X,", "two Iraqi men, X and Y,": a description that
 * opens with an article or a number, a nationality and a noun of a kind of
 * person, set off by a comma right before names, is theirs.  Mention m is
 * the nationality, k the comma.  Can't fail. */
static void norp_description_names(tl_fsent *s, int m, uint32_t k) {
    uint32_t a = s->ms[m].tb;
    if (k < s->ms[m].te || a <= s->sb || !aside_mark(s, k)) return;
    /* ("A 34-year-old Dutchman, X,": an age between) */
    uint32_t age = a > s->sb + 1 && age_word(s, a - 1) && tl_fact_w(s, a - 2, "a|an|the") ? 1 : 0;
    /* ("Several of the gunmen were Tajik nationals, including X": the
     * plural's members named after "including" or "among them") */
    uint32_t incl = 0;
    if (tl_fact_is(s, k, ",") && tl_fact_is(s, k + 1, "including")) incl = 1;
    else if (tl_fact_is(s, k, ",") && tl_fact_is(s, k + 1, "among") && tl_fact_w(s, k + 2, "them|whom")) incl = 2;
    if (incl && k > s->ms[m].te && tl_fact_w(s, k - 1, PEOPLE_NOUNS)) {
        people_list_of(s, k + 1 + incl, TL_CITIZEN_OF, m, s->ms[m].tb);
        return;
    }
    if (!tl_fact_w(s, a - 1 - age, "the|a|an|two|three|four|five|both") && !(flags(s, a - 1) & TL_TOK_DIGIT)) return;
    /* "two Syrians, X and Y,": the plural nationality is the noun */
    if (k == s->ms[m].te) {
        const tl_token *w = &s->d->tokens[k - 1];
        if (s->d->text[w->end - 1] == 's' && !tl_fact_w(s, a - 1 - age, "a|an"))
            people_list_of(s, k + 1, TL_CITIZEN_OF, m, s->ms[m].tb);
        /* "a Dutchman, X,", "The Briton, X,": after "a" or "the" the
         * nationality is itself the noun, of one person */
        else if (tl_fact_w(s, a - 1 - age, "a|an|the")) {
            int p = starts_at(s, k + 1);
            if (p >= 0 && s->ms[p].type == TL_PERSON && !s->ms[p].pron) push(s, TL_CITIZEN_OF, p, m, s->ms[m].tb);
        }
        return;
    }
    /* "three British aid workers, X, Y and Z" (a plural after "a" is
     * something else's: "a British aid workers' union") */
    if (!tl_fact_w(s, k - 1, TL_CUE_KIND_PERSON_NOUNS) && !tl_fact_w(s, k - 1, PEOPLE_NOUNS) &&
        !tl_fact_w(s, k - 1, "associate|accomplice|partner|handler|mercenary|courier|recruiter|informant") &&
        (tl_fact_w(s, a - 1, "a|an") || !person_plural(s, k - 1)))
        return;
    if (tl_fact_w(s, k - 1, TL_CUE_STATE_OFFICE_NOUNS)) return;
    tag_span(s, s->ms[m].te, k);
    for (uint32_t j = s->ms[m].te; j < k; j++)
        if (!nominal(s, j)) return;
    /* "A Syrian man, identified only as Mohammed A., ..." */
    uint32_t q = k + 1;
    if (q + 1 < s->se && tl_fact_w(s, q, "identified|named")) {
        q++;
        if (tl_fact_w(s, q, "only|simply|publicly")) q++;
        if (!tl_fact_is(s, q, "as") && !tl_fact_w(s, q - 1, "named")) return;
        if (tl_fact_is(s, q, "as")) q++;
    }
    people_list_of(s, q, TL_CITIZEN_OF, m, s->ms[m].tb);
}

/* "X (Syrian) and Y (Iraqi)": a nationality alone in parentheses right
 * after a person's name is the person's. */
static void norp_paren(tl_fsent *s, int m) {
    uint32_t a = s->ms[m].tb, e = s->ms[m].te;
    if (a < s->sb + 2 || !tl_fact_is(s, a - 1, "(") || !tl_fact_is(s, e, ")")) return;
    int p = ends_at(s, a - 2);
    if (p >= 0 && s->ms[p].type == TL_PERSON) push(s, TL_CITIZEN_OF, p, m, a);
}

static void norp_before_person(tl_fsent *s, int m) {
    uint32_t k = s->ms[m].te;
    /* "ethnic Albanian X": an ethnicity (frame_adj), no citizenship */
    if (s->ms[m].tb > s->sb && tl_fact_is(s, s->ms[m].tb - 1, "ethnic")) return;
    /* "the Moroccan national" standing for the person in focus (a pronoun
     * mention on the noun: tl_fact_run.c add_pronouns) */
    if (k < s->se && tl_fact_the_before(s, s->ms[m].tb)) {
        int p = s->at[k - s->sb];
        if (p >= 0 && s->ms[p].pron == 1 && s->ms[p].tb == k && s->ms[p].type == TL_PERSON) {
            push(s, TL_CITIZEN_OF, p, m, s->ms[m].tb);
            return;
        }
    }
    for (int n = 0; n <= 7 && k < s->se; n++, k++) {
        /* "the Polish pianist, composer and teacher X": a comma in a list
         * of the person's nouns, an "and" closing it */
        if (n > 0 && tl_fact_is(s, k, ",") && k + 3 < s->se && np_word(s, k - 1) && np_word(s, k + 1) &&
            !tl_fact_w(s, k + 1, TL_CUE_STATE_OFFICE_NOUNS) &&
            (tl_fact_is(s, k + 2, "and") || (np_word(s, k + 2) && tl_fact_is(s, k + 3, "and")) ||
             (tl_fact_is(s, k + 2, ",") && np_word(s, k + 3))))
            continue;
        if (aside_mark(s, k) && (n > 0 || tl_fact_is(s, k, ","))) {
            norp_description_names(s, m, k);
            return;
        }
        /* "Australian recording artist and songwriter X": two nouns of the
         * person joined */
        if (n > 0 && tl_fact_is(s, k, "and") && k + 1 < s->se && np_word(s, k + 1) && np_word(s, k - 1) &&
            !tl_fact_w(s, k + 1, TL_CUE_STATE_OFFICE_NOUNS))
            continue;
        /* "a 22-year-old Dutch man named as X", "a Syrian man identified
         * only as X": the name the description is given */
        /* ("a 24-year-old Belgian identified as X", "a Belgian of
         * Moroccan origin identified as X": the people's word the noun) */
        uint32_t nb = s->ms[m].tb;
        if (nb > s->sb + 1 && (s->d->tokens[nb - 1].flags & TL_TOK_DIGIT) && !tl_fact_is(s, nb - 1, ",")) nb--;
        int norp_noun = nb > s->sb && tl_fact_w(s, nb - 1, "a|an");
        if (norp_noun && n == 0 && tl_fact_is(s, k, "of") && k + 2 < s->se) {
            int o = tl_fact_ment_at(s, k + 1);
            if (o >= 0 && s->ms[o].tb == k + 1 && s->ms[o].type == TL_NORP &&
                tl_fact_w(s, s->ms[o].te, "origin|descent|heritage|extraction")) {
                k = s->ms[o].te + 1;
                if (k >= s->se) return;
            }
        }
        if ((n > 0 || norp_noun) && k + 2 < s->se && tl_fact_w(s, k, "named|identified") &&
            (norp_noun || tl_fact_w(s, k - 1, TL_CUE_KIND_PERSON_NOUNS) || tl_fact_w(s, k - 1, "man|woman|national|citizen"))) {
            uint32_t q = k + 1;
            if (tl_fact_w(s, q, "only|simply|publicly")) q++;
            if (tl_fact_is(s, q, "as")) q++;
            else if (tl_fact_is(s, k, "identified")) return;
            int p = starts_at(s, q);
            if (p < 0 || s->ms[p].type != TL_PERSON || s->ms[p].pron) return;
            uint32_t a = s->ms[m].te;
            tag_span(s, a > s->sb ? a - 1 : a, k);
            for (uint32_t j = a; j < k && !(norp_noun && n == 0); j++)
                if (!nominal(s, j)) return;
            push(s, TL_CITIZEN_OF, p, m, s->ms[m].tb);
            return;
        }
        int p = starts_at(s, k);
        if (p >= 0) {
            if (s->ms[p].type != TL_PERSON) return;
            /* the words between must be nouns and adjectives, not a verb
             * ("Iranian officials told X") */
            uint32_t a = s->ms[m].te;
            tag_span(s, a > s->sb ? a - 1 : a, k + 1 < s->se ? k + 1 : k);
            for (uint32_t j = a; j < k; j++)
                if (!nominal(s, j) && !tl_fact_is(s, j, "and") && !(tl_fact_is(s, j, ",") && j > a)) return;
            /* a participle after a noun, right before the name, is the
             * verb that takes it ("Swiss police questioned X") */
            if (k >= a + 2 && s->tag[k - 1 - s->sb] == TL_POS_VBN) return;
            /* "Iranians X and Y", "Iranian engineers X and Y": a plural
             * before the names is each one's */
            const tl_token *w = &s->d->tokens[k - 1];
            if ((k == a && s->d->text[w->end - 1] == 's') || (k > a && person_plural(s, k - 1))) {
                people_list_of(s, k, TL_CITIZEN_OF, m, s->ms[m].tb);
                return;
            }
            push(s, TL_CITIZEN_OF, p, m, s->ms[m].tb);
            return;
        }
        /* ("Russian opposition leader X" leads no state: a citizen) */
        if (!np_word(s, k) ||
            (tl_fact_w(s, k, TL_CUE_STATE_OFFICE_NOUNS) && !(k > s->ms[m].te && tl_fact_is(s, k - 1, "opposition"))))
            return;
    }
}

/* A comma or a dash, which open and close an apposition: "X, a Russian
 * citizen, ...", "X \u2013 a Russian citizen \u2013 ...". */
static int aside_mark(const tl_fsent *s, uint32_t k) {
    if (tl_fact_is(s, k, "-") && k > s->sb && k + 1 < s->se) {
        /* a hyphen with a space on both sides is a dash in much typed
         * news copy ("three aid workers - X, Y and Z") */
        const tl_token *w = &s->d->tokens[k];
        return s->d->tokens[k - 1].end < w->start && w->end < s->d->tokens[k + 1].start;
    }
    return tl_fact_is(s, k, ",") || tl_fact_is(s, k, "\u2013") || tl_fact_is(s, k, "\u2014") ||
           tl_fact_is(s, k, "--");
}

/* Is token i a participle opening a phrase ("living", "wanted", "based")?
 * Tags it when the fact pass left it untagged.  Can't fail. */
static int participle(tl_fsent *s, uint32_t i) {
    if (i >= s->se || !np_word(s, i)) return 0;
    tag_span(s, i, i + 1);
    int t = tl_fact_tag(s, i);
    if (t == TL_POS_VBG || t == TL_POS_VBN) return 1;
    /* the tagger may read "an Iraqi living" as adjective and noun: an -ing
     * or -ed word before a preposition opens a phrase all the same */
    const tl_token *w = &s->d->tokens[i];
    const char *x = s->d->text + w->start;
    size_t n = w->end - w->start;
    return i + 1 < s->se && tl_fact_wl(s, i + 1, WL_PREPS) &&
           ((n > 5 && memcmp(x + n - 3, "ing", 3) == 0) || (n > 4 && memcmp(x + n - 2, "ed", 2) == 0));
}

/* "Omar Selimi, a 35-year-old Albanian, ...": an apposition headed by a
 * nationality gives the person before it that nationality. */
/* Is mention m a country's name ("U.S.", "Canada")?  Can't fail. */
static int country_mention(const tl_fsent *s, int m) {
    const tl_str *nm = &s->d->entities[s->ms[m].ent].name;
    return !s->ms[m].pron && !s->ms[m].virt && (tl_gaz_lookup(s->g, nm->ptr, nm->len) & TL_GAZ_COUNTRY);
}

static void norp_apposition(tl_fsent *s, int m, int type) {
    uint32_t e = s->ms[m].te;
    /* "X, a dual Turkish and German national,": two nationalities joined
     * read as one */
    if (e + 1 < s->se && tl_fact_w(s, e, "and|or")) {
        int o = starts_at(s, e + 1);
        if (o >= 0 && s->ms[o].type == TL_NORP) e = s->ms[o].te;
    }
    uint32_t e0 = e;
    /* "X, a Norwegian Islamic extremist,": common words may follow the
     * nationality up to the apposition's end, though not a word of office
     * ("a Chechen leader" leads a people) nor a preposition ("a British
     * citizen of Iranian descent" is left to the noun's frame) */
    for (int n = 0; n < 3 && e < s->se && (np_word(s, e) || creed_word(s, e)) &&
                    !tl_fact_w(s, e, TL_CUE_STATE_OFFICE_NOUNS) && !participle(s, e); n++) e++;
    if (e > e0) {
        tag_span(s, e0, e);
        for (uint32_t j = e0; j < e; j++)
            if (!nominal(s, j)) return;
    }
    e = tl_fact_nat_origin_tail(s, e); /* "a Russian of Chechen origin," */
    /* "X, a Kurd from Syria,", "an Iraqi from Mosul,": where from, a
     * place named after "from" */
    if (e + 1 < s->se && tl_fact_is(s, e, "from")) {
        int o = starts_at(s, e + 1);
        if (o >= 0 && (s->ms[o].type == TL_GPE || s->ms[o].type == TL_LOC)) e = s->ms[o].te;
    }
    /* "X, the Jordanian leader of al-Qaeda in Iraq,", "a Colombian head of
     * the network": a role's "of" phrase follows the person's noun (not
     * "a citizen of", "a native of": of where) */
    int role_of = 0;
    if (e + 1 < s->se && tl_fact_w(s, e, TL_CUE_STATE_OFFICE_NOUNS) && tl_fact_is(s, e + 1, "of")) {
        e++;
        role_of = 1;
    } else if (e > e0 && e < s->se && tl_fact_is(s, e, "of") &&
               !tl_fact_w(s, e - 1, "citizen|citizens|national|nationals|native|natives|resident|residents|subject|"
                                    "subjects|descent|origin|son|daughter|wife|husband|widow|brother|sister")) {
        role_of = 1;
    }
    /* "with" ends it too: "a Norwegian extremist with a long record", "for"
     * and "at" after a job: "an American reporter for Y", "a French
     * researcher at Y"; and a participle: "an Iraqi living in Sweden" */
    if (!role_of && e < s->se && !aside_mark(s, e) && !tl_fact_is(s, e, ".") && !tl_fact_is(s, e, ";") &&
        !tl_fact_is(s, e, ")") && !tl_fact_wl(s, e, WL_WHO) && !tl_fact_is(s, e, "with") && !participle(s, e) &&
        !(e > s->ms[m].te && tl_fact_w(s, e, "for|at")) &&
        /* ("a Russian businessman and critic of Y": a second noun of the
         * same person) */
        !(e > e0 && tl_fact_is(s, e, "and") && e + 1 < s->se && np_word(s, e + 1)))
        return;
    uint32_t k = s->ms[m].tb;
    int first = -1;
    if (k > s->sb + 2 && tl_fact_w(s, k - 1, "and|or")) { /* (the later of the two) */
        int o = ends_at(s, k - 2);
        if (o >= 0 && s->ms[o].type == TL_NORP) k = s->ms[o].tb;
        /* ("a U.S. and Canadian citizen": a country's name is the
         * first's; its own citizenship too) */
        if (o >= 0 && s->ms[o].type == TL_GPE && type == TL_CITIZEN_OF && country_mention(s, o)) {
            k = s->ms[o].tb;
            first = o;
        }
    }
    /* ("X, an Iraqi Kurd,": a people after a nationality) */
    if (type == TL_ORIGIN && k > s->sb + 2) {
        int o = ends_at(s, k - 1);
        if (o >= 0 && o != m && s->ms[o].type == TL_NORP && nationality(s, o)) k = s->ms[o].tb;
    }
    for (int n = 0; n < 3 && k > s->sb && (np_word(s, k - 1) || born_token(s, k - 1)); n++) k--;
    /* ("X, the Colombian lawyer,": the article "the" as "a") */
    if (k <= s->sb + 1 || !tl_fact_w(s, k - 1, "a|an|the") || !aside_mark(s, k - 2)) return;
    /* "X, an ethnic Uzbek,": an ethnicity, no citizenship */
    for (uint32_t j = k; j < s->ms[m].tb && type == TL_CITIZEN_OF; j++)
        if (tl_fact_is(s, j, "ethnic")) return;
    uint32_t j = k - 2; /* the comma */
    /* "X, 27, a ..." */
    if (j > s->sb + 2 && (flags(s, j - 1) & TL_TOK_DIGIT) && tl_fact_is(s, j - 2, ",")) j -= 2;
    int p = ends_at(s, tl_fact_nat_alias_skip(s, j - 1)); /* "X ("Sim"), 39, a ..." */
    if (p >= 0 && s->ms[p].type == TL_PERSON) {
        push(s, type, p, m, s->ms[m].tb);
        if (first >= 0) push(s, type, p, first, s->ms[first].tb);
    }
}

/* "X is a Lebanese businessman", "X, who is Lebanese,": a copula after
 * the person's name gives the person the nationality its complement names,
 * as the apposition does.  The complement must end where the clause does
 * (no "of", no "who": "X was a German citizen of Turkish descent" is left
 * to the noun's frame). */
static void norp_copula(tl_fsent *s, int m, int type) {
    uint32_t e = s->ms[m].te;
    for (int n = 0; n < 3 && e < s->se && np_word(s, e) && !tl_fact_w(s, e, TL_CUE_STATE_OFFICE_NOUNS); n++) e++;
    if (e > s->ms[m].te) {
        tag_span(s, s->ms[m].te, e);
        for (uint32_t j = s->ms[m].te; j < e; j++)
            if (!nominal(s, j)) return;
    }
    /* ("an American of Pakistani descent": the origin's phrase after) */
    e = tl_fact_nat_origin_tail(s, e);
    /* (a relative clause on the noun: "an Iranian drug trafficker who
     * ...") */
    if (e < s->se && !aside_mark(s, e) && !tl_fact_is(s, e, ".") && !tl_fact_is(s, e, ";") &&
        !tl_fact_wl(s, e, WL_AND_OR) && !(e > s->ms[m].te && tl_fact_w(s, e, "who|whom|whose")))
        return;
    uint32_t k = s->ms[m].tb;
    /* "X is a dual Lebanese and Belgian citizen": the later of two
     * nationalities joined before the noun reads from the first */
    if (k > s->sb + 2 && tl_fact_w(s, k - 1, "and|or")) {
        int o = ends_at(s, k - 2);
        if (o >= 0 && s->ms[o].type == TL_NORP) k = s->ms[o].tb;
    }
    /* (not over "of": "an agent of the Chinese government" says whose
     * agent, not whose citizen) */
    /* (nor a birthplace's: "is a Lebanese-born Canadian") */
    for (int n = 0; n < 3 && k > s->sb && !tl_fact_is(s, k - 1, "of"); n++) {
        int o = ends_at(s, k - 1);
        if (o >= 0 && s->ms[o].type == TL_NORP && born_prefix(s, o)) k = s->ms[o].tb;
        else if (np_word(s, k - 1)) k--;
        else break;
    }
    if (k > s->sb && tl_fact_w(s, k - 1, "a|an")) k--;
    else if (k != s->ms[m].tb) return; /* a bare complement is the nationality alone: "is Lebanese" */
    if (k <= s->sb + 1 || !tl_fact_w(s, k - 1, "is|was|became|remains")) return;
    uint32_t j = k - 2;
    if (tl_fact_is(s, j, "who") && j > s->sb + 1 && tl_fact_is(s, j - 1, ",")) j -= 2; /* "X, who is ..." */
    /* "The alleged ringleader, X, is an Iranian ...": the name in apposition */
    else if (tl_fact_is(s, j, ",") && j > s->sb + 2) {
        int q = ends_at(s, j - 1);
        /* (after a common noun: "of Prescot, Merseyside, was" is no
         * apposition) */
        if (q >= 0 && s->ms[q].type == TL_PERSON && s->ms[q].tb > s->sb + 2 && tl_fact_is(s, s->ms[q].tb - 1, ",") &&
            tl_fact_ment_at(s, s->ms[q].tb - 2) < 0 && (s->d->tokens[s->ms[q].tb - 2].flags & TL_TOK_ALPHA) &&
            !(s->d->tokens[s->ms[q].tb - 2].flags & TL_TOK_UPPER))
            j--;
    }
    int p = ends_at(s, j);
    if (p >= 0 && s->ms[p].type == TL_PERSON) push(s, type, p, m, s->ms[m].tb);
}

/* Is mention m the name of a people apart from any state's citizens ("a
 * Chechen", "a Kurd")?  Can't fail. */
static int ethnic_group(const tl_fsent *s, int m) {
    const tl_fment *x = &s->ms[m];
    return x->type == TL_NORP && !x->virt && !x->pron && x->te == x->tb + 1 &&
           tl_fact_w(s, x->tb, TL_CUE_ETHNIC_GROUPS);
}

/* "X, whose Egyptian citizenship was revoked", "X, who holds dual Russian
 * and Israeli citizenship", "X has a British passport": a nationality
 * before a word of citizenship belongs to the person whose it is or who
 * holds it (the nationality is had, even when lost later: the report
 * tells it).  Mention m is the first nationality; the others of an
 * "and" list get the same person: the word of citizenship makes two
 * nationalities in a row two citizenships, where alone they may tell an
 * origin (nationality() above).  Can't fail. */
static void norp_citizenship(tl_fsent *s, int m) {
    uint32_t e = s->ms[m].te;
    int ms[4] = {m}, nn = 1;
    while (nn < 4 && tl_fact_w(s, e, "and|or|-")) {
        int o = starts_at(s, e + 1);
        if (o < 0 || !demonym(s, o)) break;
        ms[nn++] = o;
        e = s->ms[o].te;
    }
    if (!tl_fact_w(s, e, "citizenship|nationality|passport|passports")) return;
    uint32_t b = s->ms[m].tb;
    if (tl_fact_w(s, b - 1, "dual|a|his|her")) b--;
    if (tl_fact_is(s, b - 1, "dual")) b--;
    if (b < s->sb + 2) return;
    uint32_t k = b - 1; /* "whose" or the verb */
    int rel = tl_fact_is(s, k, "whose");
    if (!rel) {
        if (!tl_fact_w(s, k, "holds|held|has|had|obtained|acquired|received|got|carries|carried")) return;
        k--;
        if (tl_fact_w(s, k, "also|still|already")) k--;
        if (tl_fact_w(s, k, "has|had|have")) k--; /* "X had obtained ..." */
        rel = tl_fact_is(s, k, "who");
    }
    uint32_t j = k; /* the person's last token */
    if (rel) {
        /* a relative clause needs its comma: "X, who holds ...", "X, 41, whose ..." */
        if (k < s->sb + 2 || !tl_fact_is(s, k - 1, ",")) return;
        j = k - 2;
        if (j > s->sb + 1 && (flags(s, j) & TL_TOK_DIGIT) && tl_fact_is(s, j - 1, ",")) j -= 2;
    }
    int p = ends_at(s, j);
    if (p < 0 || s->ms[p].type != TL_PERSON) return;
    for (int i = 0; i < nn; i++) push(s, TL_CITIZEN_OF, p, ms[i], s->ms[ms[i]].tb);
}

/* Is r[0..n) what a branch's name adds to its parent's: a place ("ISIS-
 * Mozambique", "ISIL-Khorasan"), a place and "Province" ("Islamic State
 * West Africa Province") or one capital letter ("ISIS-K")?  Can't fail. */
static int branch_suffix(const tl_fsent *s, const char *r, size_t n, int hyphen) {
    const uint32_t place = TL_GAZ_COUNTRY | TL_GAZ_SUBDIV | TL_GAZ_CITY | TL_GAZ_CITY_BIG | TL_GAZ_REGION;
    if (n == 1) return hyphen && r[0] >= 'A' && r[0] <= 'Z';
    if (n < 3 || r[0] < 'A' || r[0] > 'Z') return 0;
    /* a bare place only after a hyphen ("State Department Iraq" is two
     * names run together), and no common word that is also a town's name
     * ("Johns Hopkins University") */
    uint32_t g = tl_gaz_lookup(s->g, r, n);
    if (hyphen && (g & place) && !(g & (TL_GAZ_WORD | TL_GAZ_ORG_HEAD | TL_GAZ_ORG_WORD))) return 1;
    static const char *const heads[] = {" Province", " province", " Branch", " branch", " Wing", " wing"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
        size_t h = strlen(heads[k]);
        if (n > h + 2 && memcmp(r + n - h, heads[k], h) == 0) return (tl_gaz_lookup(s->g, r, n - h) & place) != 0;
    }
    return 0;
}

/* Does entity name nm start with p and a hyphen or a space? */
static int name_extends(const tl_str *nm, const tl_str *p) {
    return p->len >= 3 && nm->len > p->len + 1 && memcmp(nm->ptr, p->ptr, p->len) == 0 &&
           (nm->ptr[p->len] == '-' || nm->ptr[p->len] == ' ');
}

/* "ISIS-Mozambique", "ISIL-K", "Islamic State West Africa Province": an
 * organization named after another one of the document and a place is
 * its branch, a part of it (the parent need not be in the sentence: the
 * fact is read off the name).  Can't fail. */
static void branch_name(tl_fsent *s, int m) {
    const tl_fment *x = &s->ms[m];
    if (x->type != TL_ORG || x->virt || x->pron || x->mod || x->ent < 0) return;
    const tl_entity *me = &s->d->entities[x->ent];
    /* once per entity, at its first mention: the search runs over the
     * document's entities, and the name says it wherever it stands */
    if (!me->n_mentions || s->d->mentions[me->mentions[0]].tok_begin != x->tb) return;
    if (!memchr(me->name.ptr, '-', me->name.len) && !memchr(me->name.ptr, ' ', me->name.len)) return;
    for (uint32_t e = 0; e < s->d->n_entities; e++) {
        const tl_entity *pe = &s->d->entities[e];
        if ((int32_t)e == x->ent || pe->type != TL_ORG) continue;
        const tl_str *hit = name_extends(&me->name, &pe->name) ? &pe->name : NULL;
        for (uint32_t a = 0; !hit && a < pe->n_aliases; a++)
            if (name_extends(&me->name, &pe->aliases[a])) hit = &pe->aliases[a];
        if (!hit || !branch_suffix(s, me->name.ptr + hit->len + 1, me->name.len - hit->len - 1,
                                   me->name.ptr[hit->len] == '-'))
            continue;
        int v = tl_fact_virtual(s, m, (int32_t)e, TL_ORG);
        if (v >= 0) push(s, TL_PART_OF, m, v, x->tb);
        return;
    }
}

/* "A, 41, and B, 38, both of Miami": the fact of the last person listed
 * (m) holds for each person listed before it, by commas, ages and one
 * "and"; trig is the word that says so ("both"; tl_fact_score.c keeps
 * these facts from its veto).  Can't fail. */
static void push_listed(tl_fsent *s, int m, int type, int p, uint32_t trig) {
    int and_seen = 0;
    for (uint32_t i = s->ms[m].tb; i > s->sb;) {
        uint32_t j = i - 1;
        if (tl_fact_is(s, j, ",") || ((flags(s, j) & TL_TOK_DIGIT) && !tl_fact_is_punct(s, j))) {
            i = j;
            continue;
        }
        if (tl_fact_is(s, j, "and") && !and_seen) {
            and_seen = 1;
            i = j;
            continue;
        }
        int o = tl_fact_ment_at(s, j);
        if (o < 0 || s->ms[o].type != TL_PERSON || s->ms[o].pron || !and_seen) return;
        push(s, type, o, p, trig);
        i = s->ms[o].tb;
    }
}

/* "Peter Dolan, 41, from Bristol", "X, of Cardiff": a person's home town
 * in an apposition; "X, a 20-year-old from Leicestershire", "X, a Tuareg
 * militant from Mali": after a noun phrase too.  A country there is where
 * the person comes from (ORIGIN), a town or a region where they live.
 * "A and B, both of Miami": the home of every person listed. */
static void from_place(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_PERSON) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, ",")) return;
    int aged = 0, described = 0, both = 0;
    if ((flags(s, k + 1) & TL_TOK_DIGIT) && tl_fact_is(s, k + 2, ",")) k += 2, aged = 1;
    uint32_t both_at = k + 1;
    if (tl_fact_w(s, k + 1, "both|all") && tl_fact_w(s, k + 2, "of|from")) k++, both = 1;
    /* "X, originally from China", "X, who is originally from Aleppo": where
     * the person comes from, a town as well as a country (ORIGIN) */
    int orig = 0;
    if (tl_fact_is(s, k + 1, "who") && tl_fact_w(s, k + 2, "is|was") && tl_fact_is(s, k + 3, "originally")) k += 2;
    if (tl_fact_is(s, k + 1, "originally") && tl_fact_is(s, k + 2, "from")) k++, orig = 1;
    /* ("a" or "an", then up to four words: common ones, an age, a
     * nationality) */
    if (!orig && tl_fact_w(s, k + 1, "a|an")) {
        uint32_t j = k + 2;
        for (int n = 0; n < 4 && j < s->se && !tl_fact_is(s, j, "from"); n++) {
            /* ("a naturalized US citizen originally from China") */
            if (tl_fact_is(s, j, "originally") && tl_fact_is(s, j + 1, "from")) {
                j++;
                orig = 1;
                break;
            }
            int o = starts_at(s, j);
            if (o >= 0 && s->ms[o].type == TL_NORP) j = s->ms[o].te;
            /* (a state's name as a modifier: "a naturalized US citizen") */
            else if (o >= 0 && s->ms[o].type == TL_GPE && np_word(s, s->ms[o].te)) j = s->ms[o].te;
            else if (np_word(s, j) || ((flags(s, j) & TL_TOK_DIGIT) && !tl_fact_is_punct(s, j))) j++;
            else break;
        }
        if (j == k + 2 || !tl_fact_is(s, j, "from")) return;
        k = j - 1;
        described = 1;
    }
    /* "of" names a home after an age, or before a town: "X, of the FBI" is
     * an employer, "X, of Pakistan" may tell a nationality */
    int of = tl_fact_is(s, k + 1, "of");
    if (!(tl_fact_is(s, k + 1, "from") || of)) return;
    k += 2;
    /* "X, 61, of the Bronx" ("the" before a borough, a region) */
    if (aged && tl_fact_is(s, k, "the")) k++;
    if (tl_fact_w(s, k, TL_CUE_COMPASS)) k++;
    int p = starts_at(s, k);
    /* (an island or a region may be a home: "X, 36, of Staten Island") */
    if (p < 0 || (s->ms[p].type != TL_GPE && !(s->ms[p].type == TL_LOC && aged))) return;
    if (orig) {
        push(s, TL_ORIGIN, m, p, s->ms[m].te);
        return;
    }
    if (described) {
        push(s, country_mention(s, p) ? TL_ORIGIN : TL_LOCATED_IN, m, p, s->ms[m].te);
        return;
    }
    if (of && !aged) {
        const tl_str *nm = &s->d->entities[s->ms[p].ent].name;
        if (tl_gaz_lookup(s->g, nm->ptr, nm->len) & (TL_GAZ_COUNTRY | TL_GAZ_REGION)) return;
        /* the town's own apposition must end there: "X, of Dearborn," */
        uint32_t e = s->ms[p].te;
        if (!tl_fact_is(s, e, ",") && !tl_fact_is(s, e, ".") && !tl_fact_wl(s, e, WL_AND_OR)) return;
    }
    if (both) {
        push(s, TL_LOCATED_IN, m, p, both_at);
        push_listed(s, m, TL_LOCATED_IN, p, both_at);
    } else {
        push(s, TL_LOCATED_IN, m, p, s->ms[m].te);
    }
}

/* "X is currently in Turkey", "X was in Syria at the time", "X is
 * believed to be in Iran": a named person said to be in a place is there
 * (a clause of the sentence, not background: a hedge before it doubts it).
 * The place must end the clause or come before a comma, "and", "at",
 * "since", "for", "when" or "until" ("X is in talks with" names no
 * place right after "in"; "in custody in Y" and "in hiding in Y" place
 * the person in Y).  Can't fail. */
static void person_is_in(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_PERSON) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_w(s, k, "is|was|remains|remained")) return;
    uint32_t cop = k++;
    if (tl_fact_w(s, k, "currently|now|still|reportedly|already|probably|likely")) k++;
    /* ("is believed to be in Iran") */
    if (tl_fact_w(s, k, "believed|thought|said|understood|known") && tl_fact_is(s, k + 1, "to") && tl_fact_is(s, k + 2, "be")) {
        k += 2;
        cop = k++;
        if (tl_fact_w(s, k, "currently|now|still|hiding")) k++;
    }
    if (!tl_fact_is(s, k, "in")) return;
    /* ("is in prison in Colombia", "is in hiding in Iran": a state the
     * person is kept in, then the place) */
    if (tl_fact_w(s, k + 1, "prison|jail|custody|detention|hiding|exile") && tl_fact_is(s, k + 2, "in")) k += 2;
    int p = starts_at(s, k + 1);
    if (p < 0 || (s->ms[p].type != TL_GPE && s->ms[p].type != TL_LOC) || s->ms[p].pron) return;
    uint32_t e = s->ms[p].te;
    if (e < s->se && !tl_fact_is(s, e, ",") && !tl_fact_is(s, e, ".") && !tl_fact_is(s, e, ";") &&
        !tl_fact_w(s, e, "and|at|since|for|when|until|on|in|last|this|during"))
        return;
    tl_fcand c = {(uint8_t)TL_LOCATED_IN, 0, {m, p, -1, -1}, cop, 0, 0, 0};
    tl_fact_push(s, &c);
}

/* "X, the son of Afghan immigrants", "X was the daughter of Somali
 * refugees", "X, born to Pakistani parents", "born into a Kurdish family":
 * a person's parents' people is their origin (the parents named by a
 * people's word, then a noun of parents, migrants or family).  Can't
 * fail. */
static void parents_people(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_PERSON) return;
    uint32_t k = s->ms[m].te;
    if (tl_fact_is(s, k, ",")) k++;
    else if (tl_fact_w(s, k, "is|was")) k++;
    else return;
    if (tl_fact_is(s, k, "born") && tl_fact_w(s, k + 1, "to|into")) {
        k += 2;
    } else {
        if (tl_fact_w(s, k, "the|a|an")) k++;
        if (tl_fact_w(s, k, "eldest|youngest|only|elder|younger|oldest")) k++;
        if (!tl_fact_w(s, k, "son|daughter|child|grandson|granddaughter") || !tl_fact_is(s, k + 1, "of")) return;
        k += 2;
    }
    if (tl_fact_w(s, k, "a|an|two")) k++;
    int p = starts_at(s, k);
    if (p < 0 || s->ms[p].type != TL_NORP) return;
    /* ("born to a Moroccan family", "into a Kurdish family") */
    if (!tl_fact_w(s, s->ms[p].te, "immigrants|parents|refugees|migrants|emigrants|emigres|immigrant|refugee|father|"
                                   "mother|descent|family"))
        return;
    push(s, TL_ORIGIN, m, p, s->ms[m].te);
}

/* "Croydon, south London", "Dallas, Texas": a place followed by a comma, an
 * optional compass word and a larger place.  Countries are not placed in
 * one another ("Iran, Iraq"); a first-level subdivision or a compass word
 * marks the second as the larger. */
static void place_comma_place(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE && s->ms[m].type != TL_FAC) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, ",")) return;
    int compass = tl_fact_w(s, k + 1, TL_CUE_COMPASS);
    int p = starts_at(s, k + 1 + (uint32_t)compass);
    if (p < 0 || (s->ms[p].type != TL_GPE && s->ms[p].type != TL_LOC)) return;
    const tl_str *a = &s->d->entities[s->ms[m].ent].name, *b = &s->d->entities[s->ms[p].ent].name;
    uint32_t fa = tl_gaz_lookup(s->g, a->ptr, a->len), fb = tl_gaz_lookup(s->g, b->ptr, b->len);
    if (fa & (TL_GAZ_COUNTRY | TL_GAZ_REGION)) return;
    /* "Paris, London and Rome": a list, not a place in a place */
    uint32_t after = s->ms[p].te;
    if (tl_fact_is(s, after, ",") || tl_fact_wl(s, after, WL_AND_OR)) {
        int q = starts_at(s, after + 1);
        if (q >= 0 && s->ms[q].type == TL_GPE && !(fb & TL_GAZ_COUNTRY)) return;
    }
    if (compass || ((fb & TL_GAZ_SUBDIV) && !(fa & TL_GAZ_SUBDIV)))
        push(s, TL_LOCATED_IN, m, p, k);
}

/* "Colombia's Pacific coast", "Afghanistan's eastern Nangarhar province":
 * a place possessed by a country or region lies in it, and so does a site
 * or a court possessed by a town. */
static void possessed_place(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE && s->ms[m].type != TL_LOC) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, "'s") && !tl_fact_is(s, k, "'")) return;
    k++;
    if (tl_fact_w(s, k, TL_CUE_COMPASS)) k++;
    int p = starts_at(s, k);
    if (p < 0) return;
    int t = s->ms[p].type;
    if (t == TL_FAC || t == TL_ORG) {
        /* "London's Heathrow Airport", "Glasgow's High Court": a site or a
         * court of a town (a country's name, not a town's: "the United
         * States' Souda Bay base" is owned, not placed; "Iran's Supreme
         * Court" an organ of the state) */
        const tl_str *nm = &s->d->entities[s->ms[m].ent].name;
        if (s->ms[m].type != TL_GPE || (tl_gaz_lookup(s->g, nm->ptr, nm->len) & TL_GAZ_COUNTRY))
            return;
        if (t == TL_ORG && !tl_fact_w(s, s->ms[p].te - 1, "court|tribunal")) return;
        push(s, TL_LOCATED_IN, p, m, s->ms[m].te);
        return;
    }
    if (t != TL_GPE && t != TL_LOC) return;
    for (uint32_t j = s->ms[p].te; j < s->ms[p].te + 2 && j < s->se; j++) {
        if (!(flags(s, j) & TL_TOK_ALPHA) || (flags(s, j) & TL_TOK_UPPER)) break;
        const tl_token *w = &s->d->tokens[j];
        if (tl_gaz_lookup(s->g, s->d->text + w->start, w->end - w->start) & TL_GAZ_FAC_HEAD) return;
    }
    push(s, TL_LOCATED_IN, p, m, s->ms[m].te);
    /* "Orsk, in Mali's Kessel province", "Orsk in Mali's Kessel region":
     * a place right before "in" lies in the possessed one */
    uint32_t b = s->ms[m].tb;
    if (b >= s->sb + 2 && tl_fact_is(s, b - 1, "in")) {
        uint32_t e = tl_fact_is(s, b - 2, ",") ? b - 2 : b - 1;
        int x = e > s->sb ? ends_at(s, e - 1) : -1;
        if (x >= 0 && (s->ms[x].type == TL_GPE || s->ms[x].type == TL_FAC) && !s->ms[x].pron)
            push(s, TL_LOCATED_IN, x, p, b - 1);
    }
}

/* "the FBI's Denver Field Office", "Hamas's Qassam Brigades": an
 * organization possessed by another is part of it. */
static void possessed_org(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_ORG) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, "'s") && !tl_fact_is(s, k, "'")) return;
    int p = starts_at(s, k + 1);
    if (p >= 0 && s->ms[p].type == TL_ORG) push(s, TL_PART_OF, p, m, k);
}

/* "Khalifa Haftar's Libyan National Army", "Muqtada al-Sadr's Mahdi
 * Army": an armed band or a party a person possesses by name is the one
 * he leads ("the X Forces of General Y" too).  Only a name whose last
 * word says it is one: a person's possessive before other names is as
 * often a work, a firm he owns or one he merely serves ("Warhol's Polaroids", "Bush's Texas Air
 * National Guard"). */
#define HELD_BAND_HEADS \
    "army|militia|militias|brigade|brigades|front|movement|party|faction|cartel|gang|network|organization|" \
    "organisation|forces"

static void possessed_by_person(tl_fsent *s, int m) {
    if (s->ms[m].pron || s->ms[m].virt) return;
    uint32_t k = s->ms[m].te;
    if (k >= s->se) return;
    /* "the Rapid Support Forces of General Mohamed Dagalo": the same
     * with "of" and the person's rank after the body */
    if (s->ms[m].type == TL_ORG && tl_fact_is(s, k, "of") && tl_fact_w(s, k - 1, HELD_BAND_HEADS)) {
        uint32_t q = k + 1;
        while (q < s->se && q < k + 3 && starts_at(s, q) < 0 && (s->d->tokens[q].flags & TL_TOK_UPPER) &&
               tl_fact_w(s, q, "general|gen.|colonel|col.|commander|field|marshal|sheikh|president|emir|warlord"))
            q++;
        int p = starts_at(s, q);
        if (q > k + 1 && p >= 0 && s->ms[p].type == TL_PERSON) push(s, TL_LEADER_OF, p, m, k);
        return;
    }
    if (s->ms[m].type != TL_PERSON || !tl_fact_w(s, k, "'s|\u2019s")) return;
    int p = starts_at(s, k + 1);
    if (p < 0 || s->ms[p].type != TL_ORG || s->ms[p].pron) return;
    if (!tl_fact_w(s, s->ms[p].te - 1, HELD_BAND_HEADS) || tl_fact_is(s, s->ms[p].te - 1, "forces")) return;
    push(s, TL_LEADER_OF, m, p, k);
}

/* "The Wagner Group has about 1,500 fighters in Mali", "X deployed
 * fighters to Y": a body that keeps or sends its people to a place is
 * there.  The body is the clause's subject, right before the verb; a
 * count and a few words may stand before the people's noun.  The
 * sentence's claim, not a noun phrase's background (np 0). */
static void people_posted(tl_fsent *s, int m) {
    /* (a state with troops abroad is not there: "Austria and Sweden have
     * troops in Chad") */
    if (s->ms[m].type != TL_ORG || s->ms[m].pron || s->ms[m].virt) return;
    uint32_t k = s->ms[m].te;
    if (k < s->se && tl_fact_w(s, k, "also|now|still|reportedly|already")) k++;
    if (k >= s->se || !tl_fact_w(s, k, TL_FACT_POSTING_VERBS))
        return;
    /* ("has deployed troops to Y") */
    if (k + 1 < s->se && tl_fact_w(s, k, "has|have|had") && tl_fact_w(s, k + 1, "deployed|sent|stationed")) k++;
    int to = tl_fact_w(s, k, "deployed|deploys|sent|sends");
    uint32_t q = k + 1;
    /* (a count: "about 1,500", "hundreds of", "at least 300") */
    for (int n = 0; n < 5 && q < s->se && !tl_fact_w(s, q, TL_CUE_MEMBER_NOUNS) &&
                    !tl_fact_w(s, q, TL_FACT_POSTED_PEOPLE);
         n++, q++)
        if (tl_fact_ment_at(s, q) >= 0 || tl_fact_is_punct(s, q) ||
            (tl_fact_wl(s, q, WL_PREPS) && !tl_fact_w(s, q, "about|around|over|at|of|up|to")) ||
            (s->d->tokens[q].flags & TL_TOK_UPPER))
            return;
    if (q + 1 >= s->se || !(tl_fact_w(s, q, TL_CUE_MEMBER_NOUNS) ||
                            tl_fact_w(s, q, TL_FACT_POSTED_PEOPLE)))
        return;
    if (!tl_fact_w(s, q + 1, to ? "to|in|into" : "in|across|inside")) return;
    uint32_t b = q + 2;
    if (b < s->se && tl_fact_is(s, b, "the")) b++;
    if (b < s->se && tl_fact_w(s, b, TL_CUE_COMPASS)) b++;
    int p = starts_at(s, b);
    if (p < 0 || (s->ms[p].type != TL_GPE && s->ms[p].type != TL_LOC) || s->ms[p].ent == s->ms[m].ent) return;
    tl_fcand c = {TL_LOCATED_IN, 0, {m, p, -1, -1}, k, 0, 0, 0};
    tl_fact_push(s, &c);
}

/* Is token k a word of state agencies ("intelligence", "ministry",
 * "agency"), and not of a trade ("news agency", "travel agency")? */
static int state_agency_word(const tl_fsent *s, uint32_t k) {
    if (!tl_fact_w(s, k, TL_CUE_STATE_AGENCY_WORDS)) return 0;
    return k <= s->sb || !tl_fact_w(s, k - 1, "news|press|wire|photo|advertising|travel|ratings|talent|modeling|"
                                               "modelling|employment|estate|marketing|insurance|shipping");
}

/* "Russia's military intelligence GRU", "the UK's National Crime Agency",
 * "Iran's intelligence ministry, MOIS,": an organ of a state possessed by
 * the state's name is part of the state.  The organ is told by the words
 * between (at most three, one of them a word of state agencies) or by its
 * own head word; "Iran's Mahan Air" stays out. */
static void possessed_state_body(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE) return;
    const tl_str *nm = &s->d->entities[s->ms[m].ent].name;
    if (!(tl_gaz_lookup(s->g, nm->ptr, nm->len) & TL_GAZ_COUNTRY)) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, "'s") && !tl_fact_is(s, k, "'")) return;
    k++;
    int agency = 0;
    for (int n = 0; n < 3 && k < s->se && np_word(s, k); n++, k++)
        if (state_agency_word(s, k)) agency = 1;
    uint32_t words_end = k;
    if (agency && tl_fact_is(s, k, ",")) {
        k++;
        if (tl_fact_is(s, k, "the")) k++;
    }
    int p = starts_at(s, k);
    if (p < 0 || s->ms[p].type != TL_ORG) {
        /* "the GRU, Russia's military intelligence agency": the organ
         * named before the apposition */
        uint32_t b = s->ms[m].tb;
        if (tl_fact_is(s, b - 1, "the") && b > s->sb + 1) b--;
        int o = b > s->sb + 1 && tl_fact_is(s, b - 1, ",") ? ends_at(s, b - 2) : -1;
        if (agency && o >= 0 && s->ms[o].type == TL_ORG && (words_end >= s->se || tl_fact_is_punct(s, words_end)))
            push(s, TL_PART_OF, o, m, s->ms[m].te);
        return;
    }
    /* "Russia's GRU military intelligence": the words of state agencies
     * may follow the organ's name */
    for (uint32_t j = s->ms[p].te; !agency && j < s->se && j < s->ms[p].te + 3 && np_word(s, j); j++)
        agency = state_agency_word(s, j);
    /* (or by the head word opening it: "Ministry of State Security",
     * "Ministry of Intelligence"; "Jiangsu Province Ministry of State
     * Security" is a province's office, part of the ministry) */
    /* (or a word of intelligence or policing inside it: "Turkey's
     * National Intelligence Organization") */
    for (uint32_t j = s->ms[p].tb; !agency && j + 1 < s->ms[p].te; j++)
        agency = tl_fact_w(s, j, "intelligence|police|gendarmerie");
    if (!agency && !state_agency_word(s, s->ms[p].te - 1) &&
        !(s->ms[p].tb + 2 < s->ms[p].te && tl_fact_is(s, s->ms[p].tb + 1, "of") && state_agency_word(s, s->ms[p].tb)))
        return;
    /* "Colombia's National Liberation Army": an insurgency's name is no
     * organ of the state it fights */
    for (uint32_t j = s->ms[p].tb; j < s->ms[p].te; j++)
        if (tl_fact_w(s, j, "liberation|rebel|rebels|resistance|insurgent|insurgents|mujahideen|guerrilla|guerrillas"))
            return;
    push(s, TL_PART_OF, p, m, s->ms[m].te);
}

/* "the 'Ndrangheta, Italy's most powerful mafia", "the Gulf Clan is
 * Colombia's largest drug cartel", "Colombia's largest cartel, the Gulf
 * Clan": a body a country possesses as its own kind (a gang, a cartel, a
 * party, a company: up to four lower-case words, the last its noun) is
 * located in it.  Not a proxy or an ally ("Hezbollah, Iran's most
 * powerful proxy"), nor an organ of the state (possessed_state_body). */
static void possessed_state_org(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_GPE) return;
    uint32_t k = s->ms[m].te;
    if (k + 2 >= s->se || !tl_fact_w(s, k, "'s|\u2019s|'")) return;
    const tl_str *nm = &s->d->entities[s->ms[m].ent].name;
    if (!(tl_gaz_lookup(s->g, nm->ptr, nm->len) & TL_GAZ_COUNTRY)) return;
    uint32_t q = k + 1, noun = 0;
    for (int n = 0; n < 5 && q < s->se && np_word(s, q); n++, q++) {
        if (tl_fact_w(s, q, "proxy|proxies|ally|allies|allied|backed|affiliate|client|partner|partners|enemy|enemies|"
                            "rival|rivals|foe|foes") ||
            state_agency_word(s, q))
            return;
        if (tl_fact_w(s, q, "gang|group|cartel|mafia|mob|party|movement|network|militia|clan|syndicate|faction|"
                            "company|firm|organization|organisation|insurgency|bank|carrier|airline|club|newspaper|"
                            "broadcaster|producer|manufacturer|conglomerate|operator|exchange|lender|insurer|charity|"
                            "union|retailer|supplier|exporter|importer|refiner"))
            noun = q;
    }
    if (!noun || noun + 1 != q) return; /* the noun ends the phrase */
    int o = -1;
    uint32_t b = s->ms[m].tb;
    if (b > s->sb + 1 && tl_fact_is(s, b - 1, ",")) {
        o = ends_at(s, b - 2); /* "X, Italy's most powerful mafia" */
    } else if (b > s->sb + 1 && tl_fact_w(s, b - 1, "is|was|remains|remained|became|becomes")) {
        o = ends_at(s, b - 2); /* "X is Colombia's largest cartel" */
    }
    if (o < 0 && q + 1 < s->se && tl_fact_is(s, q, ",")) { /* "Colombia's largest cartel, the Gulf Clan" */
        uint32_t c = q + 1;
        if (tl_fact_is(s, c, "the")) c++;
        o = starts_at(s, c);
        /* (a list, "..., X and Y," names two; the apposition ends) */
        if (o >= 0 && s->ms[o].te < s->se && !tl_fact_is_punct(s, s->ms[o].te) && !tl_fact_is_verbish(s, s->ms[o].te)) o = -1;
    }
    if (o < 0 || s->ms[o].type != TL_ORG || s->ms[o].pron) return;
    push(s, TL_LOCATED_IN, o, m, noun);
}

/* "Radio Sawa correspondent Jim Cole": an organization, at most two
 * common words and a job noun before a person's name. */
static void org_job_person(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_ORG) return;
    uint32_t k = s->ms[m].te;
    /* "The Hezbollah operative had entered": the noun is the person in
     * focus (tl_fact_run.c add_pronouns) */
    int f = k < s->se ? s->at[k - s->sb] : -1;
    if (f >= 0 && s->ms[f].pron == 1 && s->ms[f].type == TL_PERSON && s->ms[f].tb == k && s->ms[f].te == k + 1 &&
        tl_fact_w(s, k, GROUP_MEMBER_NOUNS)) {
        push(s, TL_MEMBER_OF, f, m, k);
        return;
    }
    /* ("Members of the Sinaloa Cartel killed journalist X": a verb
     * between makes X the verb's object, no one of the body) */
    tag_span(s, k, k + 3 < s->se ? k + 3 : s->se);
    for (int n = 0; n < 3 && k < s->se && np_word(s, k) && !tl_fact_is_verbish(s, k); n++, k++) {
        /* (a verb of harm the tagger missed: "Two members of the cartel
         * shot journalist X", "murdered lawyer X") */
        if (tl_fact_w(s, k, TL_FACT_HARM_VERBS)) return;
        if (!tl_fact_w(s, k, TL_CUE_OCCUPATION_NOUNS)) continue;
        int p = starts_at(s, k + 1);
        if (p >= 0 && s->ms[p].type == TL_PERSON) push(s, TL_MEMBER_OF, p, m, k);
        return;
    }
}

/* "X, an analyst at Y", "X, a researcher with the Y": a job in an
 * organization in an apposition. */
static void person_job_org(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_PERSON) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, ",")) return;
    k++;
    if ((flags(s, k) & TL_TOK_DIGIT) && tl_fact_is(s, k + 1, ",")) k += 2; /* "X, 41, a ..." */
    if (tl_fact_w(s, k, "a|an|the")) k++;
    for (int n = 0; n < 4 && k < s->se && np_word(s, k); n++, k++) {
        if (!tl_fact_w(s, k, TL_CUE_OCCUPATION_NOUNS)) continue;
        if (!tl_fact_w(s, k + 1, "at|for|with|of")) return;
        uint32_t j = k + 2;
        if (tl_fact_is(s, j, "the")) j++;
        /* ("a correspondent for the newspaper La Jornada": the body's
         * kind before its name) */
        if (tl_fact_w(s, j, "newspaper|paper|daily|weekly|magazine|channel|broadcaster|network|agency|company|firm|"
                            "group|organization|organisation|ministry|bank") &&
            starts_at(s, j) < 0)
            j++;
        int o = starts_at(s, j);
        if (o >= 0 && s->ms[o].type == TL_ORG) push(s, TL_MEMBER_OF, m, o, k);
        return;
    }
}

/* "X, an Iran-backed militia group in Iraq", "X, a cartel based in Y", "X,
 * a money services business in Y": an apposition that describes an
 * organization as a group in a place. */
static void org_group_in(tl_fsent *s, int m) {
    if (s->ms[m].type != TL_ORG) return;
    uint32_t k = s->ms[m].te;
    if (!tl_fact_is(s, k, ",") || !tl_fact_w(s, k + 1, "a|an|the")) return;
    for (k += 2; k < s->ms[m].te + 10 && k < s->se; k++) {
        int o = s->at[k - s->sb];
        if (o >= 0 && s->ms[o].mod) continue; /* "Iran-backed" */
        if (tl_fact_wl(s, k, WL_GROUP_MOVEMENT_ORGANIZATION_ETC) || tl_fact_w(s, k, TL_CUE_ORG_DESCRIPTORS) ||
            tl_fact_w(s, k, "business|firm|bank|charity|foundation|exchange|front|cell")) {
            uint32_t j = k + 1;
            if (tl_fact_is(s, j, "based")) j++;
            if (!tl_fact_is(s, j, "in")) {
                if (np_word(s, j)) continue; /* "a militia group in": the head comes later */
                return;
            }
            int p = starts_at(s, j + 1);
            if (p >= 0 && s->ms[p].type == TL_GPE) push(s, TL_LOCATED_IN, m, p, k);
            return;
        }
        if (!np_word(s, k) && !tl_fact_is(s, k, "-")) return;
    }
}

/* The one-role event (arrest, charge, extradition) a trigger word at token
 * k names in the past participle, or 0. */
static int event_participle(const tl_fsent *s, uint32_t k) {
    if (k < s->sb || k >= s->se || !s->is_trig[k - s->sb]) return 0;
    const tl_trig *fr[4];
    int past = 0;
    size_t n = tl_trig_lookup(s->c->lex, s->low[k - s->sb], s->len[k - s->sb], fr, 4, &past);
    if (!past) return 0;
    for (size_t i = 0; i < n; i++)
        if (fr[i]->type == TL_ARRESTED || fr[i]->type == TL_CHARGED || fr[i]->type == TL_EXTRADITED)
            return fr[i]->type;
    return 0;
}

/* "Also arrested were X and Y": the participle before the verb, the people
 * after it. */
static void inverted_event(tl_fsent *s) {
    for (uint32_t k = s->sb; k + 2 < s->se; k++) {
        int type = event_participle(s, k);
        if (!type) continue;
        /* "Also charged are X", "Charged in the indictment are X": a short
         * phrase of the event may stand before the verb */
        uint32_t be = k + 1;
        if (tl_fact_w(s, be, "in|with|by|under"))
            while (be < s->se && be < k + 6 && !tl_fact_w(s, be, "was|were|are|is") && !tl_fact_is_punct(s, be) &&
                   tl_fact_ment_at(s, be) < 0)
                be++;
        if (be >= s->se || !tl_fact_w(s, be, "was|were|are|is")) continue;
        /* ("Among those detained was X") */
        int among = k >= s->sb + 2 && tl_fact_is(s, k - 1, "those") && tl_fact_is(s, k - 2, "among") &&
                    (k == s->sb + 2 || (k == s->sb + 3 && tl_fact_is(s, s->sb, "also")));
        if (!(k == s->sb || among || tl_fact_is(s, k - 1, "also") || tl_fact_is(s, k - 1, "later"))) continue;
        for (uint32_t j = be + 1; j < s->se;) {
            int p = starts_at(s, j);
            /* ("Among those arrested was a gang leader known as X") */
            if (p < 0 && tl_fact_w(s, j, "a|an"))
                for (uint32_t q = j + 1; q + 2 < s->se && q < j + 7; q++) {
                    if (tl_fact_is_punct(s, q) || tl_fact_ment_at(s, q) >= 0) break;
                    if (tl_fact_is(s, q, "known") && tl_fact_is(s, q + 1, "as")) {
                        uint32_t n = q + 2;
                        while (n < s->se && n < q + 4 && (flags(s, n) & TL_TOK_QUOTE)) n++;
                        p = starts_at(s, n);
                        break;
                    }
                }
            if (p < 0 || s->ms[p].type != TL_PERSON) break;
            /* "Among those arrested was X's brother, Y": the possessed
             * person, named after the noun, or no one named */
            if (tl_fact_w(s, s->ms[p].te, "'s|\u2019s")) {
                uint32_t q = s->ms[p].te + 1;
                while (q < s->se && q < s->ms[p].te + 4 && tl_fact_ment_at(s, q) < 0 && !tl_fact_is_punct(s, q)) q++;
                int y = q + 1 < s->se && tl_fact_is(s, q, ",") ? starts_at(s, q + 1) : -1;
                if (y < 0 || s->ms[y].type != TL_PERSON) break;
                p = y;
            }
            tl_fcand c = {(uint8_t)type, 0, {p, -1, -1, -1}, k, 0, 0, 0};
            tl_fact_push(s, &c);
            j = s->ms[p].te;
            /* "X, 27," */
            if (tl_fact_is(s, j, ",") && (flags(s, j + 1) & TL_TOK_DIGIT) && tl_fact_is(s, j + 2, ",")) j += 2;
            /* "X, 27, of Miami, Florida," */
            if (tl_fact_is(s, j, ",") && tl_fact_is(s, j + 1, "of")) {
                uint32_t q = j + 2;
                for (int n = 0; n < 2; n++) {
                    int g = starts_at(s, q);
                    if (g < 0 || (s->ms[g].type != TL_GPE && s->ms[g].type != TL_LOC)) break;
                    q = s->ms[g].te;
                    if (n == 0 && tl_fact_is(s, q, ",") && starts_at(s, q + 1) >= 0 && s->ms[starts_at(s, q + 1)].type == TL_GPE)
                        q++;
                }
                if (q > j + 2) j = q;
            }
            if (tl_fact_is(s, j, ",")) j++;
            if (tl_fact_wl(s, j, WL_AND_OR)) j++;
        }
    }
}

/* "Among those listed was X", "Among those designated today are X and
 * Y", "Also sanctioned was X": the people or bodies a designation or sanctions named in the last
 * sentences befell (tl_fact_sanctioner) */
static void sanctioned_among(tl_fsent *s) {
    if (s->se < s->sb + 4) return;
    uint32_t k;
    if (tl_fact_is(s, s->sb, "among") && tl_fact_is(s, s->sb + 1, "those")) k = s->sb + 2;
    else if (tl_fact_is(s, s->sb, "also")) k = s->sb + 1; /* ("Also sanctioned was X") */
    else return;
    if (!tl_fact_w(s, k, "listed|designated|sanctioned|blacklisted|named")) return;
    /* ("Also named was X": naming alone imposes nothing) */
    if (k == s->sb + 1 && tl_fact_is(s, k, "named")) return;
    uint32_t be = k + 1;
    while (be < s->se && be < k + 5 && !tl_fact_w(s, be, "was|were|are|is") && !tl_fact_is_punct(s, be) &&
           tl_fact_ment_at(s, be) < 0)
        be++;
    if (be >= s->se || !tl_fact_w(s, be, "was|were|are|is")) return;
    for (uint32_t j = be + 1; j < s->se;) {
        /* "Colonel X": a title before the name */
        if (tl_fact_ment_at(s, j) < 0 && (s->d->tokens[j].flags & TL_TOK_UPPER) && starts_at(s, j + 1) >= 0) j++;
        int p = starts_at(s, j);
        if (p < 0 || (s->ms[p].type != TL_PERSON && s->ms[p].type != TL_ORG)) break;
        int a = tl_fact_sanctioner(s, p);
        if (a < 0) return;
        if (s->ms[a].ent != s->ms[p].ent) {
            tl_fcand c = {(uint8_t)TL_OPPOSES, 0, {a, p, -1, -1}, k, 0, 0, 0};
            tl_fact_push(s, &c);
        }
        j = s->ms[p].te;
        /* "X, the commander of Y, and Z", "X, commander of Y, and Z":
         * past an apposition */
        if (tl_fact_is(s, j, ",") && j + 1 < s->se && !(s->d->tokens[j + 1].flags & TL_TOK_UPPER) &&
            !tl_fact_wl(s, j + 1, WL_AND_OR) && tl_fact_ment_at(s, j + 1) < 0) {
            uint32_t q = j + 2;
            while (q < s->se && q < j + 12 && !tl_fact_is(s, q, ",")) q++;
            if (q + 1 < s->se && tl_fact_is(s, q, ",") && tl_fact_wl(s, q + 1, WL_AND_OR)) j = q;
            else break;
        }
        if (tl_fact_is(s, j, ",")) j++;
        if (tl_fact_wl(s, j, WL_AND_OR)) j++;
    }
}

/* "His brother, X, and his partner, Y, were also designated", "X was
 * also sanctioned": a passive of designation with "also" and no agent
 * is the work of who designated in the last sentences.  The subject's
 * names are those before the verb that no preposition takes and no noun
 * possesses ("Petrov's son, Oleg Petrov,"), with no verb before them.
 * Can't fail. */
static void also_sanctioned(tl_fsent *s) {
    uint32_t k = s->sb + 2;
    while (k + 1 < s->se && !(tl_fact_is(s, k, "also") && tl_fact_w(s, k - 1, "was|were|is|are|has|have"))) k++;
    if (k + 1 >= s->se) return;
    uint32_t v = k + 1;
    if (tl_fact_w(s, v, "been|being")) v++;
    if (v >= s->se || !tl_fact_w(s, v, "designated|sanctioned|blacklisted|listed")) return;
    if (v + 1 < s->se && tl_fact_is(s, v + 1, "by")) return; /* the frames read the agent */
    uint32_t be = k - 1;
    if (tl_fact_w(s, be, "has|have")) return; /* ("has also designated Y": active) */
    for (uint32_t q = s->sb; q < be; q++)
        if (tl_fact_ment_at(s, q) < 0 && tl_fact_is_verbish(s, q)) return;
    int a = -1, app = 0;
    for (uint32_t q = s->sb; q < be;) {
        /* ("X, a key figure in M23 and Y, was also sanctioned": not the
         * names of an apposition) */
        if (tl_fact_is(s, q, ",")) app = tl_fact_w(s, q + 1, "a|an|the");
        int p = starts_at(s, q);
        if (p < 0 || app) {
            q++;
            continue;
        }
        q = s->ms[p].te;
        if (s->ms[p].type != TL_PERSON && s->ms[p].type != TL_ORG) continue;
        if (s->ms[p].pron == TL_PRON_POSS || tl_fact_w(s, s->ms[p].te, "'s|\u2019s|'|\u2019")) continue;
        uint32_t b = s->ms[p].tb;
        if (b > s->sb + 1 && tl_fact_wl(s, b - 1, WL_DETS)) b--;
        if (b > s->sb && (tl_fact_wl(s, b - 1, WL_PREPS) || tl_fact_w(s, b - 1, "a|an"))) continue;
        if (a < 0 && (a = tl_fact_sanctioner(s, p)) < 0) return;
        /* (a state or a body designates: not a people's word) */
        if (s->ms[a].type != TL_ORG && s->ms[a].type != TL_GPE) return;
        if (s->ms[a].ent == s->ms[p].ent) continue;
        tl_fcand c = {(uint8_t)TL_OPPOSES, 0, {a, p, -1, -1}, v, 0, 0, 0};
        tl_fact_push(s, &c);
    }
}

/* "Also designated is Hong Kong-registered X", "Also sanctioned were X and
 * Y": the inverted passive at the sentence's start names the designated
 * after the verb; who designated is who did in the last sentences.  Can't
 * fail. */
static void also_designated_inverted(tl_fsent *s) {
    uint32_t k = s->sb;
    if (k + 3 >= s->se || !tl_fact_is(s, k, "also") || !tl_fact_w(s, k + 1, "designated|sanctioned|blacklisted|listed") ||
        !tl_fact_w(s, k + 2, "was|were|is|are"))
        return;
    int a = -1;
    for (uint32_t j = k + 3; j < s->se && j < k + 30;) {
        int p = starts_at(s, j);
        /* (a place glued to a participle qualifies the name: "Hong
         * Kong-registered", "UAE-based") */
        if (p >= 0 && (s->ms[p].mod || s->ms[p].type == TL_GPE || s->ms[p].type == TL_NORP) && !s->ms[p].pron &&
            j == k + 3) {
            j = s->ms[p].te;
            while (j < s->se && j < k + 6 && starts_at(s, j) < 0 && !tl_fact_is_punct(s, j)) j++;
            continue;
        }
        if (p < 0 || (s->ms[p].type != TL_PERSON && s->ms[p].type != TL_ORG)) break;
        if (a < 0 && (a = tl_fact_sanctioner(s, p)) < 0) return;
        if (s->ms[a].type != TL_ORG && s->ms[a].type != TL_GPE) return;
        if (s->ms[a].ent != s->ms[p].ent) {
            tl_fcand c = {(uint8_t)TL_OPPOSES, 0, {a, p, -1, -1}, k + 1, 0, 0, 0};
            tl_fact_push(s, &c);
        }
        j = s->ms[p].te;
        if (tl_fact_is(s, j, ",")) j++;
        if (j < s->se && tl_fact_wl(s, j, WL_AND_OR)) j++;
        else if (!tl_fact_is(s, j - 1, ",")) break;
    }
}

/* "X was also among those captured": the person is one of the people the
 * participle's event befell. */
static void among_those(tl_fsent *s) {
    for (uint32_t k = s->sb + 2; k + 2 < s->se; k++) {
        if (!tl_fact_is(s, k, "among") || !tl_fact_w(s, k + 1, "those|the")) continue;
        int type = 0;
        uint32_t t = k + 2;
        for (; t < k + 5 && t < s->se && !type; t++) type = event_participle(s, t);
        if (!type) continue;
        uint32_t j = k - 1;
        if (tl_fact_is(s, j, "also") && j > s->sb) j--;
        if (!tl_fact_w(s, j, "was|were|is|are")) continue;
        int p = ends_at(s, j - 1);
        if (p < 0 && j >= s->sb + 2 && tl_fact_is(s, j - 1, ",")) {
            /* "X, the head of Y, was among those": step over the apposition */
            for (uint32_t q = j - 2; q > s->sb && q + 12 > j; q--)
                if (tl_fact_is(s, q, ",")) { p = ends_at(s, q - 1); break; }
        }
        if (p >= 0 && s->ms[p].type == TL_PERSON) {
            tl_fcand c = {(uint8_t)type, 0, {p, -1, -1, -1}, t - 1, 0, 0, 0};
            tl_fact_push(s, &c);
        }
    }
}

/* Plural nouns for a group of people an arrest or a charge befalls. */
#define GROUP_NOUNS                                                                                              \
    "people|persons|men|women|suspects|individuals|others|defendants|members|militants|teenagers|youths|" \
    "officials|officers|soldiers|fighters|operatives|nationals|citizens|brothers|students|activists"

/* Emits a fact of `type` (trigger word trig) for every person of the list
 * starting at token j, with mention `other` as its second argument (-1:
 * none): names joined by ",", "and", "or", each perhaps followed by an age
 * (", 27,").  Stops at the first item that is not a person's name.
 * Returns how many it emitted. */
static int people_list_of(tl_fsent *s, uint32_t j, int type, int other, uint32_t trig) {
    int n = 0;
    while (j < s->se) {
        /* "Mr James Foley, Mr Steven Sotloff": a courtesy title outside the name */
        if (tl_fact_w(s, j, "mr|mrs|ms|dr|mr.|mrs.|ms.|dr.") && starts_at(s, j) < 0) {
            j++;
            if (tl_fact_is(s, j, ".")) j++;
        }
        /* ("a Russian officer, Colonel X": a rank or office outside the name) */
        for (int t = 0; t < 2 && j + 1 < s->se && starts_at(s, j) < 0 && (flags(s, j) & TL_TOK_UPPER) &&
                        (tl_gaz_lookup_cased(s->g, s->d->text + s->d->tokens[j].start,
                                             s->d->tokens[j].end - s->d->tokens[j].start) & TL_GAZ_TITLE);
             t++)
            j++;
        /* "A, 34, and his brother B": a later item's kin noun, outside the name */
        if (n && tl_fact_w(s, j, "his|her|their") && starts_at(s, j) < 0) {
            uint32_t q = tl_fact_possessed_noun(s, j);
            if (q) j = tl_fact_is(s, q + 1, ",") ? q + 2 : q + 1;
        }
        int p = starts_at(s, j);
        if (p < 0 || s->ms[p].type != TL_PERSON) break;
        tl_fcand c = {(uint8_t)type, 0, {p, other, -1, -1}, trig, other >= 0, 0, 0};
        tl_fact_push(s, &c);
        n++;
        j = s->ms[p].te;
        if (tl_fact_is(s, j, ",") && (flags(s, j + 1) & TL_TOK_DIGIT) && tl_fact_is(s, j + 2, ",")) j += 2;
        if (tl_fact_is(s, j, ",")) j++;
        if (tl_fact_wl(s, j, WL_AND_OR)) j++;
    }
    return n;
}

/* An event of `type` for every person of the list at j (people_list_of). */
static int people_list(tl_fsent *s, uint32_t j, int type, uint32_t trig) { return people_list_of(s, j, type, -1, trig); }

/* The token after a list opener at j -- "including", "among them", "such
 * as", ":" -- or 0 when there is none. */
static uint32_t list_opener(const tl_fsent *s, uint32_t j) {
    if (tl_fact_is(s, j, "including") || tl_fact_is(s, j, ":")) return j + 1;
    if (tl_fact_is(s, j, "among") && tl_fact_is(s, j + 1, "them")) return j + 2;
    if (tl_fact_is(s, j, "such") && tl_fact_is(s, j + 1, "as")) return j + 2;
    return 0;
}

/* The end of a counted group of people starting at k -- "five people",
 * "several suspects", "at least 12 men", "two other men", "the suspects" --
 * the token after its noun, or 0. */
static uint32_t counted_group(const tl_fsent *s, uint32_t k) {
    uint32_t j = k;
    if (tl_fact_w(s, j, "at|more|up") && tl_fact_w(s, j + 1, "least|than|to")) j += 2;
    for (uint32_t n = 0; n < 3 && j < s->se && !tl_fact_w(s, j, GROUP_NOUNS); n++, j++)
        if (tl_fact_is_punct(s, j) || starts_at(s, j) >= 0) return 0;
    return tl_fact_w(s, j, GROUP_NOUNS) ? j + 1 : 0;
}

/* Lists of the people an arrest or a charge befell, named after the group
 * they make: "charged five people, including X and Y", "the men charged on
 * Monday include X and Y", "among those arrested were X and Y", "five
 * people, including X and Y, were charged".  The frames read one person
 * per role; here every name of the list gets the event. */
static void group_lists(tl_fsent *s) {
    for (uint32_t k = s->sb; k < s->se; k++) {
        int type = event_participle(s, k);
        if (!type) continue;
        /* "charged five people, including X": the verb's counted object */
        uint32_t g = counted_group(s, k + 1);
        if (g && tl_fact_is(s, g, ",")) {
            uint32_t j = list_opener(s, g + 1);
            if (j) people_list(s, j, type, k);
        } else if (g && tl_fact_is(s, g, ":")) {
            people_list(s, g + 1, type, k);
        }
        /* "those charged (on Monday) include X", "the men arrested were X":
         * the participle after "those" or a group noun, a list verb after
         * at most a few words of adjuncts */
        if (k > s->sb && (tl_fact_is(s, k - 1, "those") || tl_fact_w(s, k - 1, GROUP_NOUNS))) {
            for (uint32_t j = k + 1; j < s->se && j <= k + 6; j++) {
                if (starts_at(s, j) >= 0 || tl_fact_is(s, j, ",")) break;
                if (tl_fact_w(s, j, "include|included|includes|are|were") || tl_fact_is(s, j, ":")) {
                    people_list(s, j + 1, type, k);
                    break;
                }
            }
        }
        /* "five people, including X and Y, were charged": the list in the
         * subject, the verb after it */
        if (k >= s->sb + 4 && tl_fact_w(s, k - 1, "were|been")) {
            uint32_t v = k - 1;
            if (tl_fact_w(s, v - 1, "have|had")) v--;
            if (!tl_fact_is(s, v - 1, ",")) continue;
            /* back over the list to its opener */
            for (uint32_t j = v - 1; j > s->sb + 1 && j + 16 > v; j--) {
                uint32_t st = list_opener(s, j);
                if (!st || !tl_fact_is(s, j - 1, ",") || !tl_fact_w(s, j - 2, GROUP_NOUNS)) continue;
                people_list(s, st, type, k);
                break;
            }
        }
    }
}

/* "members of X, including A and B", "fighters of X: A and B": every
 * listed person is a member of the organization the plural names. */
static void member_lists(tl_fsent *s) {
    for (uint32_t k = s->sb; k + 3 < s->se; k++) {
        /* (and "leaders of X, including A": its leaders) */
        if (!tl_fact_is(s, k + 1, "of") ||
            !tl_fact_w(s, k, "members|fighters|militants|operatives|officials|officers|agents|employees|leaders"))
            continue;
        int lead = tl_fact_is(s, k, "leaders");
        uint32_t g = tl_fact_is(s, k + 2, "the") ? k + 3 : k + 2;
        int m = starts_at(s, g);
        if (m < 0 || s->ms[m].type != TL_ORG) continue;
        uint32_t e = s->ms[m].te;
        uint32_t j = tl_fact_is(s, e, ",") ? list_opener(s, e + 1) : tl_fact_is(s, e, ":") ? e + 1 : 0;
        if (j) people_list_of(s, j, lead ? TL_LEADER_OF : TL_MEMBER_OF, m, k);
    }
    /* "the cartel's leaders, including A", "Hamas's members, among them
     * A": the body's plural of role after its possessive, then a list */
    for (uint32_t k = s->sb + 2; k + 3 < s->se; k++) {
        uint32_t r = k - 1 - s->sb; /* (plurals only: most words skip the list) */
        if (!tl_fact_is(s, k, ",") || s->len[r] < 7 || s->low[r][s->len[r] - 1] != 's' ||
            !tl_fact_w(s, k - 1, "leaders|members|commanders|fighters|operatives"))
            continue;
        uint32_t o = k - 2;
        if (o > s->sb && tl_fact_w(s, o, "top|senior|former|main")) o--;
        if (!tl_fact_w(s, o, "'s|\u2019s|'|\u2019")) continue;
        int m = tl_fact_ment_ending(s, o - 1);
        if (m < 0 || s->ms[m].type != TL_ORG) continue;
        uint32_t j = list_opener(s, k + 1);
        if (j) people_list_of(s, j, tl_fact_is(s, k - 1, "leaders") ? TL_LEADER_OF : TL_MEMBER_OF, m, k - 1);
    }
    /* "Its members include A and B", "the group's founders were A and
     * B": a body's plural of role before a list verb */
    for (uint32_t k = s->sb + 1; k + 2 < s->se; k++) {
        uint32_t r = k - s->sb; /* (plurals of seven letters or more only: most words skip the lists) */
        if (s->len[r] < 7 || s->low[r][s->len[r] - 1] != 's') continue;
        int type = tl_fact_w(s, k, "members|fighters|militants|operatives|leaders|commanders") ? TL_MEMBER_OF
                   : tl_fact_w(s, k, "founders|co-founders|cofounders")                      ? TL_FOUNDED
                                                                                             : -1;
        if (type < 0) continue;
        uint32_t v = tl_fact_w(s, k + 1, "have|had") ? k + 2 : k + 1;
        if (!tl_fact_w(s, v, "include|included|includes|are|were") && !tl_fact_is(s, v, ":")) continue;
        uint32_t o = tl_fact_w(s, k - 1, "former|senior|top|early|original") && k - 1 > s->sb ? k - 2 : k - 1;
        int poss = tl_fact_w(s, o, "'s|'");
        int m = poss ? (o > s->sb ? tl_fact_ment_ending(s, o - 1) : -1) : tl_fact_poss_pron_at(s, o);
        if (m < 0 || s->ms[m].type != TL_ORG) continue;
        people_list_of(s, v + 1, type, m, k);
    }
    /* "X and two other members of Y", "X, Z and three other Hamas
     * members": the people named right before "and", a count and "other"
     * belong as the others do */
    for (uint32_t k = s->sb + 2; k + 2 < s->se; k++) {
        if (!tl_fact_is(s, k, "other")) continue;
        uint32_t a = k - 1;
        if (a > s->sb + 1 && ((flags(s, a) & TL_TOK_DIGIT) || tl_fact_w(s, a, "two|three|four|five|six|seven|eight|nine|ten|several|dozens|many|some"))) a--;
        if (!tl_fact_is(s, a, "and")) continue;
        uint32_t q = k + 1;
        if (tl_fact_w(s, q, "senior|alleged|suspected|former|top|high-ranking|known")) q++;
        int g = starts_at(s, q);
        if (g >= 0 && s->ms[g].type == TL_ORG) q = s->ms[g].te;
        else g = -1;
        if (q >= s->se) continue;
        int lead = tl_fact_w(s, q, "leaders|commanders");
        if (!lead && !tl_fact_w(s, q, "members|fighters|militants|operatives")) continue;
        if (g < 0 && tl_fact_is(s, q + 1, "of")) {
            g = starts_at(s, tl_fact_is(s, q + 2, "the") ? q + 3 : q + 2);
            if (g >= 0 && s->ms[g].type != TL_ORG) g = -1;
        }
        if (g < 0) continue;
        for (uint32_t e = a, n = 0; e > s->sb && n < 4; n++) {
            int p = ends_at(s, e - 1);
            if (p < 0 || s->ms[p].type != TL_PERSON) break;
            push(s, TL_MEMBER_OF, p, g, k);
            if (lead) push(s, TL_LEADER_OF, p, g, k);
            e = s->ms[p].tb;
            if (e <= s->sb + 1 || !tl_fact_is(s, e - 1, ",")) break;
            e--;
        }
    }
    /* "six senior Hamas leaders, including A and B": the body's name
     * before its people's plural, then the list (leaders and commanders
     * lead in it, as "a senior Hamas leader" does) */
    for (int m = 0; m < s->nm; m++) {
        const tl_fment *g = &s->ms[m];
        uint32_t k = g->te;
        if (g->type != TL_ORG || g->pron || g->virt || g->mod || k + 2 >= s->se) continue;
        int lead = tl_fact_w(s, k, "leaders|commanders");
        if (!lead && !tl_fact_w(s, k, "members|fighters|militants|operatives|officials|officers|figures")) continue;
        uint32_t j = list_opener(s, tl_fact_is(s, k + 1, ",") ? k + 2 : k + 1);
        if (!j) continue;
        people_list_of(s, j, TL_MEMBER_OF, m, k);
        if (lead) people_list_of(s, j, TL_LEADER_OF, m, k);
    }
}

/* "X and Y ran the scheme together", "X and Y were co-defendants": people
 * joined as the subject of a clause that says they acted together, or are
 * co-defendants or accomplices, are associates.  Can't fail. */
static void joined_subjects(tl_fsent *s) {
    uint32_t k = s->sb;
    int l[4], n = 0;
    while (k < s->se && n < 4) {
        int p = starts_at(s, k);
        if (p < 0 || s->ms[p].type != TL_PERSON || s->ms[p].pron) break;
        l[n++] = p;
        k = s->ms[p].te;
        if (tl_fact_is(s, k, ",") && k + 1 < s->se && tl_fact_is(s, k + 1, "and")) k++;
        if (tl_fact_is(s, k, ",") || tl_fact_is(s, k, "and")) k++;
        else break;
    }
    if (n < 2 || k >= s->se || tl_fact_ment_at(s, k) >= 0) return;
    int joint = 0;
    uint32_t trig = k;
    for (uint32_t j = k; j < s->se && j < k + 12 && !joint; j++) {
        if (tl_fact_is(s, j, ";") || tl_fact_is(s, j, ".") || tl_fact_w(s, j, "who|which|but")) break;
        if (tl_fact_is(s, j, "together") && !tl_fact_is(s, j + 1, "with")) joint = 1, trig = j;
        if (j == k + 1 && tl_fact_w(s, k, "were|are") &&
            tl_fact_w(s, j, "co-defendants|codefendants|accomplices|co-conspirators|coconspirators"))
            joint = 1, trig = j;
    }
    if (!joint) return;
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) push(s, TL_ASSOCIATE_OF, l[a], l[b], trig);
}

/* "A and B were arrested.  They are brothers", "The two are cousins",
 * "The couple had lived in Spain": a plural pronoun or noun g standing for
 * the two to four persons the text named before makes them kin of each
 * other (the kin word at k).  Returns whether g was such a plural.  Can't
 * fail. */
static int group_kin(tl_fsent *s, int g, uint32_t k) {
    if (g < 0 || s->ms[g].pron != TL_PRON_PLURAL || s->n_group < 2 || s->n_group > 4) return 0;
    int l[4], n = 0;
    for (int x = 0; x < s->n_group; x++) {
        int v = tl_fact_virtual(s, g, s->group[x], TL_PERSON);
        if (v >= 0) l[n++] = v;
    }
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) push(s, TL_FAMILY_OF, l[a], l[b], k);
    return 1;
}

/* "X and Y, who are brothers", "X and Y, a married couple,", "X and Y
 * are cousins": the names joined right before the kin word at k (a few
 * words of the clause between) are kin of each other.  Can't fail. */
static void kin_named_before(tl_fsent *s, uint32_t k) {
    /* ("The couple had lived in Spain": the kin word is the plural) */
    if (group_kin(s, tl_fact_ment_at(s, k), k)) return;
    uint32_t q = k;
    for (int n = 0; n < 5 && q > s->sb && starts_at(s, q) < 0 && tl_fact_ment_ending(s, q - 1) < 0; n++) {
        if (!tl_fact_w(s, q - 1, "both|all|twin|married|a|the|who|are|were|is|was|,")) return;
        q--;
    }
    if (q == k || q <= s->sb) return;
    int l[4], n = 0;
    uint32_t j = q;
    /* "A and B were arrested.  They are brothers", "The two are
     * cousins": a plural pronoun or noun standing for the pair the text
     * named before */
    if (group_kin(s, tl_fact_ment_ending(s, q - 1), k)) return;
    while (j > s->sb && n < 4) {
        int p = tl_fact_ment_ending(s, j - 1);
        if (p < 0 || s->ms[p].type != TL_PERSON || s->ms[p].pron) break;
        l[n++] = p;
        j = s->ms[p].tb;
        /* "A, B and C": back over "and", a comma, or both */
        int joined = 0;
        if (j > s->sb && tl_fact_wl(s, j - 1, WL_AND_OR)) j--, joined = 1;
        if (j > s->sb && tl_fact_is(s, j - 1, ",") && (joined || n > 1)) j--, joined = 1;
        if (!joined) break;
    }
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) push(s, TL_FAMILY_OF, l[a], l[b], k);
}

/* "the brothers X and Y", "two sisters, X and Y,": a plural noun of kin
 * before a list of names makes them kin of each other (after a possessive,
 * "his brothers X and Y", they are the possessor's: frame_rel). */
static void kin_lists(tl_fsent *s) {
    for (uint32_t k = s->sb; k + 1 < s->se; k++) {
        /* a plural of five letters or more first: most words fail that */
        uint32_t r = k - s->sb;
        /* ("a couple of weeks" counts) */
        int couple = s->len[r] == 6 && tl_fact_is(s, k, "couple") && !(k + 1 < s->se && tl_fact_is(s, k + 1, "of"));
        if (!couple && (s->len[r] < 5 || s->low[r][s->len[r] - 1] != 's' ||
                        !tl_fact_w(s, k, "brothers|sisters|siblings|cousins|twins|spouses")))
            continue;
        kin_named_before(s, k);
        if (k + 3 >= s->se) continue;
        /* ("the brothers, A and B", "arrested brothers A and B", "Brothers
         * A and B were") */
        /* ("the Ortega brothers, Celso and Jorge": a family name between
         * "the" and the noun) */
        /* (not "the Warner Brothers": a capital noun is the name's own) */
        int fm = k > s->sb + 1 ? tl_fact_ment_ending(s, k - 1) : -1;
        int family = k > s->sb + 1 && (s->d->tokens[k - 1].flags & TL_TOK_UPPER) &&
                     !(s->d->tokens[k].flags & TL_TOK_UPPER) && tl_fact_is(s, k + 1, ",") &&
                     (tl_fact_is(s, k - 2, "the") || (fm >= 0 && tl_fact_is(s, s->ms[fm].tb - 1, "the")));
        if (k > s->sb && !family && !tl_fact_w(s, k - 1, "the|two|three|four|twin") && !tl_fact_is_verbish(s, k - 1) &&
            !(s->len[r - 1] > 3 && !memcmp(s->low[r - 1] + s->len[r - 1] - 2, "ed", 2)))
            continue;
        uint32_t j = tl_fact_is(s, k + 1, ",") ? k + 2 : k + 1;
        int l[4], n = 0;
        while (j < s->se && n < 4) {
            int p = starts_at(s, j);
            if (p < 0 || s->ms[p].type != TL_PERSON) break;
            l[n++] = p;
            j = s->ms[p].te;
            if (tl_fact_is(s, j, ",") && (flags(s, j + 1) & TL_TOK_DIGIT) && tl_fact_is(s, j + 2, ",")) j += 2;
            if (tl_fact_is(s, j, ",")) j++;
            if (tl_fact_wl(s, j, WL_AND_OR)) j++;
        }
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++) push(s, TL_FAMILY_OF, l[a], l[b], k);
    }
}

/* "X is believed to be in Iran", "X, who is thought to be in Y", "X fled
 * and is believed to be in Y", "X and Z are believed to be in Y": where a
 * hedged stay places the subject, or each person of a subject list (the
 * hedge before the trigger makes the fact alleged).  Can't fail. */
static void hedged_stay(tl_fsent *s) {
    for (uint32_t k = s->sb + 2; k + 4 < s->se; k++) {
        /* ("to be" first: two plain compares reject nearly every word) */
        if (!tl_fact_is(s, k + 2, "be") || !tl_fact_is(s, k + 1, "to") ||
            !tl_fact_w(s, k, "believed|thought|understood|reported|said|known|suspected") || !tl_fact_w(s, k + 3, "in|hiding"))
            continue;
        uint32_t pb = k + 4;
        if (tl_fact_is(s, k + 3, "hiding") && tl_fact_is(s, pb, "in")) pb++;
        if (pb < s->se && tl_fact_is(s, pb, "the")) pb++;
        int place = starts_at(s, pb);
        if (place < 0 || (s->ms[place].type != TL_GPE && s->ms[place].type != TL_LOC)) continue;
        if (!tl_fact_w(s, k - 1, "is|was|are|were")) continue;
        uint32_t j = k - 2;
        if (tl_fact_is(s, j, "who") && j > s->sb + 1 && tl_fact_is(s, j - 1, ",")) j -= 2;
        /* ("X, who uses the alias "Wazawaka," is believed to be in Y":
         * past a relative clause set off by commas) */
        if (j > s->sb + 3 &&
            (tl_fact_is(s, j, ",") || (tl_fact_is(s, j - 1, ",") && (s->d->tokens[j].flags & TL_TOK_QUOTE)))) {
            for (uint32_t q = j - 1; q > s->sb + 1 && q + 24 > j; q--)
                if (tl_fact_w(s, q, "who|whose") && tl_fact_is(s, q - 1, ",")) {
                    j = q - 2;
                    break;
                }
        }
        int p = ends_at(s, j);
        /* "X remains at large and is believed to be in Y": the subject of
         * the clause the "and" joins, the person that opens the sentence
         * with no other person before the "and" */
        if (p < 0 && tl_fact_is(s, j, "and")) {
            int first = starts_at(s, s->sb);
            if (first >= 0 && s->ms[first].type == TL_PERSON)
                for (uint32_t q = s->ms[first].te; q < j && first >= 0; q++) {
                    int o = s->at[q - s->sb];
                    if (o >= 0 && s->ms[o].type == TL_PERSON && s->ms[o].ent != s->ms[first].ent) first = -1;
                }
            p = first;
        }
        if (p < 0 || s->ms[p].type != TL_PERSON || s->ms[p].ent == s->ms[place].ent) continue;
        tl_fcand c = {TL_LOCATED_IN, 0, {p, place, -1, -1}, k + 2, 0, 0, 0};
        tl_fact_push(s, &c);
        /* ("Zhang and Li are believed to be in China": each of a list
         * of people) */
        for (int x = p, n = 0; n < 6 && s->ms[x].tb > s->sb + 1 && tl_fact_w(s, s->ms[x].tb - 1, "and|,"); n++) {
            int y = ends_at(s, s->ms[x].tb - 2);
            if (y < 0 || s->ms[y].type != TL_PERSON || s->ms[y].pron || s->ms[y].ent == s->ms[place].ent) break;
            tl_fcand cy = {TL_LOCATED_IN, 0, {y, place, -1, -1}, k + 2, 0, 0, 0};
            tl_fact_push(s, &cy);
            x = y;
        }
    }
}

/* Plural nouns of people a group of the arrested or charged goes by. */
#define SET_NOUNS                                                                                            \
    "people|persons|men|women|suspects|defendants|individuals|others|members|militants|nationals|citizens|" \
    "teenagers|students|officials|officers|operatives|activists|soldiers|fighters|brothers|foreigners|leaders|"  \
    "commanders|financiers|facilitators|executives"

/* The event of a set of people (ARRESTED, CHARGED or EXTRADITED) told
 * around the plural noun at token n: a past verb before its phrase
 * ("arrested six people", "charged five men") or a passive after it ("six
 * men were charged", "six people, including X, were arrested": from token
 * after on).  0 when none.  Can't fail. */
static int set_event(const tl_fsent *s, uint32_t n, uint32_t after) {
    uint32_t q = n;
    for (int k = 0; k < 4 && q > s->sb; k++) {
        q--;
        int t = event_participle(s, q);
        if (t) return t;
        if (!tl_fact_wl(s, q, WL_DETS) && !(flags(s, q) & TL_TOK_DIGIT) &&
            !tl_fact_w(s, q, "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|more|other|"
                             "at|least|of|another|some") &&
            tl_fact_tag(s, q) != TL_POS_ADJ && tl_fact_tag(s, q) != TL_POS_NUM)
            break;
    }
    q = after;
    if (q < s->se && tl_fact_is(s, q, ",")) q++;
    if (q < s->se && tl_fact_w(s, q, "were|are|have|had")) q++;
    else return 0;
    if (q < s->se && tl_fact_is(s, q, "been")) q++;
    if (q < s->se && tl_fact_w(s, q, "also|later|subsequently|formally")) q++;
    return event_participle(s, q);
}

/* "The Treasury sanctioned several militia leaders, including X and Y",
 * "six men, including X, were sanctioned by Y": the one who sanctions or
 * designates the set (the active verb's subject before the set noun at n,
 * or the passive's agent after token after) opposes each person the list
 * at token j names.  Can't fail. */
static void set_sanctioned(tl_fsent *s, uint32_t n, uint32_t after, uint32_t j) {
    static const char verbs[] = "sanctioned|sanctions|sanction|sanctioning|designated|designates|designating|"
                                "blacklisted|blacklists";
    const uint32_t bodies = (1u << TL_ORG) | (1u << TL_GPE);
    int who = -1;
    uint32_t v = 0;
    for (uint32_t q = n, k = 0; k < 5 && q > s->sb + 1 && !v; k++) {
        q--;
        if (tl_fact_w(s, q, verbs)) v = q;
        else if (tl_fact_is_punct(s, q) || tl_fact_ment_at(s, q) >= 0 || (s->d->tokens[q].flags & TL_TOK_UPPER))
            break;
    }
    if (v && !(v > s->sb && tl_fact_wl(s, v - 1, WL_BE))) who = tl_fact_subject(s, v, bodies);
    if (!v) {
        /* the passive after the list: "were sanctioned by Y" */
        uint32_t q = after;
        if (q < s->se && tl_fact_is(s, q, ",")) q++;
        if (q < s->se && tl_fact_w(s, q, "were|have|had")) q++;
        if (q < s->se && tl_fact_is(s, q, "been")) q++;
        if (q + 2 < s->se && tl_fact_w(s, q, verbs) && tl_fact_is(s, q + 1, "by")) {
            v = q;
            uint32_t b = q + 2 + (uint32_t)tl_fact_is(s, q + 2, "the");
            int m = starts_at(s, b);
            if (m >= 0 && ((1u << s->ms[m].type) & bodies)) who = m;
        }
    }
    if (who < 0) return;
    for (int c = 0; c < 6 && j < s->se; c++) {
        int p = starts_at(s, j);
        if (p < 0 || s->ms[p].type != TL_PERSON || s->ms[p].pron) break;
        push(s, TL_OPPOSES, who, p, v);
        j = s->ms[p].te;
        if (tl_fact_is(s, j, ",")) j++;
        if (tl_fact_wl(s, j, WL_AND_OR)) j++;
    }
}

/* The set noun in the few words before token k (a comma), or 0. */
static uint32_t set_noun_before(const tl_fsent *s, uint32_t k) {
    for (uint32_t q = k; q > s->sb && q + 8 > k;) {
        q--;
        if (tl_fact_w(s, q, SET_NOUNS)) return q;
        if (tl_fact_is_punct(s, q) || tl_fact_ment_at(s, q) >= 0) break;
    }
    return 0;
}

/* "Police arrested six people, including X and Y", "six men, among them
 * X, were charged", and across sentences "Five suspects were detained.
 * One of them, X, ...", "... Among them was X", "They include X": the
 * people named in a set that underwent an event underwent it.  Only the
 * events of a person alone (arrest, charge, extradition).  Can't fail. */
static void set_members(tl_fsent *s) {
    for (uint32_t k = s->sb + 2; k + 1 < s->se; k++) {
        if (!tl_fact_is(s, k - 1, ",")) continue;
        uint32_t j;
        if (tl_fact_is(s, k, "including")) j = k + 1;
        else if (tl_fact_is(s, k, "among") && tl_fact_w(s, k + 1, "them|whom")) j = k + 2;
        else continue;
        if (j < s->se && tl_fact_w(s, j, "was|were")) j++;
        uint32_t n = set_noun_before(s, k - 1);
        if (!n) continue;
        /* the passive after the list: past the names to the comma that
         * closes it */
        uint32_t e = j;
        while (e < s->se && e < j + 20 && !tl_fact_is(s, e, ",") && !tl_fact_is(s, e, ";") && !tl_fact_is(s, e, "."))
            e++;
        uint32_t after = n + 1;
        int type = 0;
        if (after + 1 < k) type = set_event(s, n, after); /* "six men were charged, among them X" */
        if (!type) type = set_event(s, n, k - 1 == n + 1 ? e : s->se);
        if (type) people_list_of(s, j, type, -1, k);
        else set_sanctioned(s, n, after + 1 < k ? after : k - 1 == n + 1 ? e : s->se, j);
    }
    tl_fact_np_set_next(s);
}

/* The token after the opening of a sentence that names members of the
 * set the sentence before told of ("One of them, X", "Among them was X",
 * "They include X"), or 0.  Can't fail. */
static uint32_t set_opening(const tl_fsent *s) {
    if (s->si == 0 || s->se < s->sb + 3) return 0;
    uint32_t j = s->sb;
    if (tl_fact_is(s, j, "one") && tl_fact_is(s, j + 1, "of") && tl_fact_w(s, j + 2, "them|those"))
        return j + 3 < s->se && tl_fact_is(s, j + 3, ",") ? j + 4 : 0;
    if (tl_fact_is(s, j, "among") && tl_fact_is(s, j + 1, "them") && tl_fact_w(s, j + 2, "was|were|is|are")) return j + 3;
    if (tl_fact_is(s, j, "they") && tl_fact_w(s, j + 1, "include|included") && starts_at(s, j + 2) >= 0) return j + 2;
    return 0;
}

int tl_fact_np_set_opening(const tl_fsent *s) { return set_opening(s) != 0; }

void tl_fact_np_set_next(tl_fsent *s) {
    uint32_t j = set_opening(s);
    if (!j) return;
    const tl_sentence *ps = &s->d->sentences[s->si - 1];
    int type = 0;
    for (uint32_t q = ps->tok_begin; q < ps->tok_end && !type; q++) {
        const tl_token *t = &s->d->tokens[q];
        size_t l = t->end - t->start;
        if (l < 3 || l > 15 || !(t->flags & TL_TOK_ALPHA)) continue;
        char w[16];
        for (size_t i = 0; i < l; i++) {
            char c = s->d->text[t->start + i];
            w[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (!tl_trig_in_list(SET_NOUNS, w, l)) continue;
        /* the previous sentence's event on its set, within a few words */
        for (uint32_t r = q > ps->tok_begin + 4 ? q - 4 : ps->tok_begin; r < ps->tok_end && r < q + 5 && !type; r++) {
            const tl_token *x = &s->d->tokens[r];
            size_t xl = x->end - x->start;
            if (xl < 4 || xl > 15 || r == q) continue;
            char v[16];
            for (size_t i = 0; i < xl; i++) {
                char c = s->d->text[x->start + i];
                v[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            const tl_trig *fr[4];
            int past = 0;
            size_t nf = tl_trig_lookup(s->c->lex, v, xl, fr, 4, &past);
            for (size_t i = 0; i < nf && past && !type; i++)
                if (fr[i]->type == TL_ARRESTED || fr[i]->type == TL_CHARGED || fr[i]->type == TL_EXTRADITED)
                    type = fr[i]->type;
        }
    }
    if (type) people_list_of(s, j, type, -1, s->sb);
}

/* "X imported cocaine with the help of the Gulf Clan", "X built the
 * drones with help from Iran", "with logistical support from Russia": the
 * helper named after "of" or "from" supports the subject of the verb
 * before "with" (a passive's subject is what was done, and is left
 * alone). */
static void with_help(tl_fsent *s) {
    const uint32_t by = tl_fact_role_mask(TL_SUPPORTS, 0), to = tl_fact_role_mask(TL_SUPPORTS, 1);
    for (uint32_t k = s->sb + 2; k + 3 < s->se; k++) {
        if (!tl_fact_is(s, k, "with")) continue;
        uint32_t j = k + 1;
        if (tl_fact_is(s, j, "the")) j++;
        for (int n = 0; n < 2 && j < s->se && np_word(s, j) && !tl_fact_w(s, j, HELP_NOUNS); n++) j++;
        if (j + 2 >= s->se || !tl_fact_w(s, j, HELP_NOUNS) || !tl_fact_w(s, j + 1, "of|from")) continue;
        uint32_t q = tl_fact_is(s, j + 2, "the") ? j + 3 : j + 2;
        int z = starts_at(s, q);
        /* (the name whole: "with the help of United Nations information
         * centres" names no helper) */
        if (z < 0 || !tl_fact_type_ok(s, z, by) || (s->ms[z].te < s->se && np_word(s, s->ms[z].te))) continue;
        /* the verb: the nearest before "with", in the same clause */
        uint32_t v = k;
        while (v > s->sb && k - v < 12 && !tl_fact_is_verbish(s, v - 1) && !tl_fact_w(s, v - 1, ",|;|:|who|which|that"))
            v--;
        if (v <= s->sb + 1 || !tl_fact_is_verbish(s, v - 1)) continue;
        v--;
        if (tl_fact_wl(s, v - 1, WL_BE) || (v > s->sb + 1 && tl_fact_wl(s, v - 2, WL_BE) && tl_fact_tag(s, v - 1) == TL_POS_ADV))
            continue;
        int h = tl_fact_subject(s, v, to);
        if (h >= 0 && !s->ms[h].pron) push(s, TL_SUPPORTS, z, h, j);
    }
}

void tl_fact_np(tl_fsent *s) {
    with_help(s);
    hedged_stay(s);
    inverted_event(s);
    among_those(s);
    set_members(s);
    sanctioned_among(s);
    also_sanctioned(s);
    also_designated_inverted(s);
    group_lists(s);
    member_lists(s);
    kin_lists(s);
    joined_subjects(s);
    int nm = s->nm;
    for (int m = 0; m < nm; m++) {
        if (s->ms[m].pron || s->ms[m].virt || s->ms[m].mod) continue;
        if (nationality(s, m)) {
            norp_before_person(s, m);
            norp_apposition(s, m, TL_CITIZEN_OF);
            norp_paren(s, m);
            norp_copula(s, m, TL_CITIZEN_OF);
        } else if (ethnic_group(s, m)) {
            /* "X, a Chechen,", "X is a Kurd": a people's origin */
            norp_apposition(s, m, TL_ORIGIN);
            norp_copula(s, m, TL_ORIGIN);
        }
        if (demonym(s, m)) norp_citizenship(s, m);
        from_place(s, m);
        parents_people(s, m);
        person_is_in(s, m);
        branch_name(s, m);
        place_comma_place(s, m);
        possessed_place(s, m);
        org_job_person(s, m);
        possessed_org(s, m);
        possessed_by_person(s, m);
        people_posted(s, m);
        possessed_state_body(s, m);
        possessed_state_org(s, m);
        org_group_in(s, m);
        person_job_org(s, m);
        /* "an ISIS cell, nicknamed the Beatles": the part named is the body's */
        int part = tl_fact_named_part(s, m);
        if (part >= 0) push(s, TL_PART_OF, part, m, s->ms[part].tb);
    }
    tl_fact_norp(s);
}
