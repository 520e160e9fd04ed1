/* tl_ner_doc.c -- NER passes over a whole document's spans: consistency, sorting and retyping by context. */
#include "tl_ner_int.h"
#include "tl_ner_rsort.h"
#include "tl_cues.h"
#include "tl_wfind.h"
#include "tl_tok.h"
#include <stdlib.h>
#include <string.h>

/* qsort order of spans: by start byte, then by position in the vector, so
 * that for equal starts the span an earlier pass found comes first. */
static int span_cmp(const void *x, const void *y) {
    const tl_ner_span *a = x, *b = y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* Document consistency: a surface seen as an entity is one everywhere.
 * Spans are hashed by their first word; any run of capitalized tokens
 * equal to a known span (and not inside a longer capitalized run)
 * becomes a mention of the same type. */
int tl_ner_pass_consistency(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *head = r->head;
    tl_ner_spanvec *svp = &r->sv;
    {
        size_t base = svp->n;
        uint32_t nb = 1;
        while (nb < base * 2) nb <<= 1;
        uint32_t *bucket = malloc(nb * sizeof *bucket);
        uint32_t *chain = malloc((base ? base : 1) * sizeof *chain);
        uint8_t *covered = calloc(d->n_tokens ? d->n_tokens : 1, 1);
        if (!bucket || !chain || !covered) { free(covered); free(bucket); free(chain); return TL_ENOMEM; }
        for (uint32_t k = 0; k < nb; k++) bucket[k] = UINT32_MAX;
        /* Surnames: the last word of a person's full name is that person when
         * it stands alone later ("Zaza Kapanadze ... Kapanadze said"); not a
         * regnal number ("Clovis I": every "I" of the text is no Clovis). */
        uint32_t *surname = calloc(nb, sizeof *surname);
        if (!surname) { free(covered); free(bucket); free(chain); return TL_ENOMEM; }
        for (size_t k = 0; k < base; k++)
            if (svp->v[k].cls == TL_PERSON && !svp->v[k].se && svp->v[k].b - svp->v[k].a >= 2 &&
                !tl_ner_roman_numeral(d, svp->v[k].b - 1) &&
                (f->t[svp->v[k].b - 1].cls == TL_NER_SH_CAP || f->t[svp->v[k].b - 1].cls == TL_NER_SH_MIXED))
                surname[f->t[svp->v[k].b - 1].word & (nb - 1)] = f->t[svp->v[k].b - 1].word | 1u;
        for (size_t k = 0; k < base; k++) {
            for (uint32_t t = svp->v[k].a; t < svp->v[k].b; t++) covered[t] = 1;
            if (svp->v[k].se) { chain[k] = UINT32_MAX; continue; } /* part of a token */
            uint32_t h = f->t[svp->v[k].a].word & (nb - 1);
            chain[k] = bucket[h];
            bucket[h] = (uint32_t)k;
        }
        for (uint32_t i = 0; i < d->n_tokens; i++) {
            if (covered[i] || (f->t[i].cls != TL_NER_SH_CAP && f->t[i].cls != TL_NER_SH_CAPS && f->t[i].cls != TL_NER_SH_MIXED)) continue;
            if (i > 0 && !covered[i - 1] && (f->t[i - 1].cls == TL_NER_SH_CAP || f->t[i - 1].cls == TL_NER_SH_CAPS) &&
                d->tokens[i - 1].sent == d->tokens[i].sent && !head[i])
                continue; /* inside a longer capitalized run */
            for (uint32_t k = bucket[f->t[i].word & (nb - 1)]; k != UINT32_MAX; k = chain[k]) {
                const tl_ner_span *s = &svp->v[k];
                uint32_t len = s->b - s->a;
                if (i + len > d->n_tokens) continue;
                int same = 1;
                for (uint32_t q = 0; q < len && same; q++)
                    same = f->t[i + q].word == f->t[s->a + q].word && !covered[i + q] &&
                           f->t[i + q].cls != TL_NER_SH_LOWER && d->tokens[i + q].sent == d->tokens[i].sent;
                if (same && !head[i] && i + len < d->n_tokens &&
                    (f->t[i + len].cls == TL_NER_SH_CAP || f->t[i + len].cls == TL_NER_SH_CAPS) &&
                    d->tokens[i + len].sent == d->tokens[i].sent)
                    same = 0;
                if (same) {
                    if (!tl_ner_sv_push(svp, (tl_ner_span){i, i + len, s->cls, 0, 0, 0, 0, 0})) { free(covered); free(surname); free(bucket); free(chain); return TL_ENOMEM; }
                    for (uint32_t q = 0; q < len; q++) covered[i + q] = 1;
                    break;
                }
            }
            if (!covered[i] && f->t[i].cls == TL_NER_SH_CAP && surname[f->t[i].word & (nb - 1)] == (f->t[i].word | 1u) &&
                !(f->t[i].gaz & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP)) &&
                !(i + 1 < d->n_tokens && (f->t[i + 1].cls == TL_NER_SH_CAP || f->t[i + 1].cls == TL_NER_SH_CAPS) &&
                  d->tokens[i + 1].sent == d->tokens[i].sent)) {
                if (!tl_ner_sv_push(svp, (tl_ner_span){i, i + 1, TL_PERSON, 0, 0, 0, 0, 0})) { free(covered); free(surname); free(bucket); free(chain); return TL_ENOMEM; }
                covered[i] = 1;
            }
        }
        free(covered);
        free(surname);
        free(bucket);
        free(chain);
    }
    return TL_OK;
}

/* Sorts the spans by start; for equal starts the earlier pass wins (stable). */
int tl_ner_pass_sort(tl_ner_state *r) {
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        svp->v[x].order = (uint32_t)x;
        svp->v[x].key = svp->v[x].se ? svp->v[x].sb : d->tokens[svp->v[x].a].start;
    }
    if (svp->n < 2) return TL_OK; /* svp->v is NULL when empty */
    /* A radix sort of the positions by start, stable, so the order
     * span_cmp gives: qsort's comparator calls were most of this pass on a
     * long document.  qsort when the scratch can't be had (same order). */
    size_t n = svp->n;
    uint32_t *ix = malloc(3 * n * sizeof *ix);
    tl_ner_span *sorted = malloc(n * sizeof *sorted);
    if (!ix || !sorted) {
        free(ix);
        free(sorted);
        qsort(svp->v, n, sizeof *svp->v, span_cmp);
        return TL_OK;
    }
    uint32_t *key = ix + n, *tmp = ix + 2 * n;
    for (size_t x = 0; x < n; x++) {
        ix[x] = (uint32_t)x;
        key[x] = svp->v[x].key;
    }
    tl_ner_rsort(ix, key, n, tmp);
    for (size_t x = 0; x < n; x++) sorted[x] = svp->v[ix[x]];
    memcpy(svp->v, sorted, n * sizeof *sorted);
    free(sorted);
    free(ix);
    return TL_OK;
}

/* "Hamas militants", "Wagner fighters": a name before a plural noun of
 * members is an organization, whatever the tagger said. */
int tl_ner_pass_member_nouns(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->cls == TL_ORG || X->cls == TL_GPE || X->cls == TL_NORP || !tl_ner_member_noun(d, X->b)) continue;
        if (f->t[X->b - 1].gaz & (TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_COUNTRY)) continue;
        X->cls = TL_ORG;
    }
    /* "members of La Familia Michoacana": a name no gazetteer knows as a
     * place after a plural of members and "of" is their body, whatever
     * the tagger said ("members of Congress" an organization already) */
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->cls != TL_GPE || X->a < 2) continue;
        uint32_t o = X->a - 1;
        if (tl_ner_tok_is(d, o, "the") && o > 0) o--;
        if (o < 1 || !tl_ner_tok_is(d, o, "of") || d->tokens[o - 1].sent != d->tokens[X->a].sent) continue;
        if (!tl_ner_tok_is(d, o - 1, "members") && !tl_ner_tok_is(d, o - 1, "leaders") &&
            !tl_ner_tok_is(d, o - 1, "fighters") && !tl_ner_tok_is(d, o - 1, "militants") &&
            !tl_ner_tok_is(d, o - 1, "operatives") && !tl_ner_tok_is(d, o - 1, "gunmen"))
            continue;
        if (tl_ner_span_gaz(f, X->a, X->b) & (TL_NER_PLACEISH | TL_GAZ_REGION | TL_GAZ_DEMONYM | TL_GAZ_NORP)) continue;
        X->cls = TL_ORG;
    }
    return TL_OK;
}

/* A small open-addressing set of word ids (tl_ner_feats words), sized for
 * n members. */
typedef struct {
    uint32_t *v;
    uint32_t cap;
} word_set;

/* Returns 0 when out of memory (the set is then empty and needs no free). */
static int word_set_init(word_set *ws, size_t n) {
    ws->cap = 16;
    while (ws->cap < n * 2) ws->cap <<= 1;
    ws->v = calloc(ws->cap, sizeof *ws->v);
    return ws->v != NULL;
}

/* Slot of word w: where it is, or the empty slot it would take. */
static uint32_t word_set_slot(const word_set *ws, uint32_t w) {
    uint32_t h = w & (ws->cap - 1);
    while (ws->v[h] && ws->v[h] != w) h = (h + 1) & (ws->cap - 1);
    return h;
}

static void word_set_add(word_set *ws, uint32_t word) {
    uint32_t w = word | 1u;
    ws->v[word_set_slot(ws, w)] = w;
}

static int word_set_has(const word_set *ws, uint32_t word) {
    uint32_t w = word | 1u;
    return ws->v[word_set_slot(ws, w)] == w;
}

/* "Rafael Santos ... Santos was hired": a lone word that is the last
 * name of a person named in full is that person, even when the
 * gazetteer or the tagger took it for a place ("in Santos" stays one).
 * The last names go into a word_set. */
static int in_cue(const tl_doc *d, uint32_t k, const char *list, size_t len) {
    size_t n;
    const char *w = tl_ner_tok_ptr(d, k, &n);
    return tl_wfind_in_list(list, len, w, n);
}

/* Does token i, right after a lone name, read as a person's context: a
 * possessive ("Mendoza's brother"), a verb of speech, denial or plea
 * ("Santiago said"), a relative "who" or an apposition whose head is a
 * person's noun ("Rivera, an associate he met in prison")?  Can't fail. */
static int person_context(const tl_ner_feats *f, const tl_doc *d, uint32_t i) {
    if (i >= d->n_tokens || (i > 0 && d->tokens[i].sent != d->tokens[i - 1].sent)) return 0;
    if (tl_ner_tok_is(d, i, ",") && i + 1 < d->n_tokens && d->tokens[i + 1].sent == d->tokens[i].sent) {
        if (tl_ner_tok_is(d, i + 1, "who") || tl_ner_apposition_type(f, i) == TL_PERSON) return 1;
        /* ("Rivera, an associate he met", "Rivera, a longtime friend") */
        if (tl_ner_tok_is(d, i + 1, "a") || tl_ner_tok_is(d, i + 1, "an"))
            for (uint32_t k = i + 2; k < i + 5 && k < d->n_tokens && f->t[k].cls == TL_NER_SH_LOWER; k++)
                if (tl_ner_person_noun(d, k) || in_cue(d, k, TL_CUE_POSSESSED_PERSON_NOUNS,
                                                         sizeof TL_CUE_POSSESSED_PERSON_NOUNS - 1))
                    return 1;
    }
    static const char *const w[] = {"'s", "\xe2\x80\x99s", "said", "says", "told", "denied", "denies", "admitted",
                                    "pleaded", "testified", "wrote", "added", "insisted", "claimed"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (tl_ner_tok_is(d, i, w[k])) return 1;
    return 0;
}

/* Does token k end as surnames of many languages do ("Putin",
 * "Bagirov", "Bukovsky", "Petrenko", "Kovacevic", "Hernandez",
 * "Andersson", "Rossetti", "Popescu", "Ozoglu", "Gharibzadeh")?  A cue,
 * not a proof: it is asked only of words no list knows.  Can't fail. */
static int surname_ending(const tl_doc *d, uint32_t k) {
    static const char *const ends[] = {"ov",  "ova",  "ev",   "eva",  "in",   "ina",   "sky",  "ski",   "ska",
                                       "enko", "vich", "vic",  "yan",  "dze",  "shvili", "ez",  "son",   "sen",
                                       "berg", "stein", "mann", "ini", "elli", "etti",  "escu", "oglu", "zadeh"};
    size_t n;
    const char *w = tl_ner_tok_ptr(d, k, &n);
    if (n < 4) return 0;
    for (size_t q = 0; q < sizeof ends / sizeof ends[0]; q++) {
        size_t l = strlen(ends[q]);
        if (n > l + 1 && !memcmp(w + n - l, ends[q], l)) return 1;
    }
    return 0;
}

int tl_ner_pass_surnames(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    {
        word_set set;
        if (!word_set_init(&set, svp->n)) return TL_ENOMEM;
        int any = 0;
        for (size_t x = 0; x < svp->n; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (X->se || X->cls != TL_PERSON || X->b - X->a < 2 || f->t[X->b - 1].cls != TL_NER_SH_CAP) continue;
            word_set_add(&set, f->t[X->b - 1].word);
            any = 1;
        }
        for (size_t x = 0; any && x < svp->n; x++) {
            tl_ner_span *X = &svp->v[x];
            if (X->se || X->b - X->a != 1 || (X->cls != TL_GPE && X->cls != TL_LOC && X->cls != TL_ORG) ||
                f->t[X->a].cls != TL_NER_SH_CAP || (f->t[X->a].gaz & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
                continue;
            /* a capital's or a province's name ("Santiago", "Mendoza") is
             * the person's only where a person's word follows: a
             * possessive, or a verb of saying or denying */
            if ((f->t[X->a].gaz & (TL_GAZ_CAPITAL | TL_GAZ_SUBDIV)) && !person_context(f, d, X->b)) continue;
            if (!word_set_has(&set, f->t[X->a].word)) continue;
            if (X->a > 0 && d->tokens[X->a - 1].sent == d->tokens[X->a].sent &&
                (tl_ner_tok_is(d, X->a - 1, "in") || tl_ner_tok_is(d, X->a - 1, "at") || tl_ner_tok_is(d, X->a - 1, "from") ||
                 tl_ner_tok_is(d, X->a - 1, "near") || tl_ner_tok_is(d, X->a - 1, "to") || tl_ner_tok_is(d, X->a - 1, "into") ||
                 tl_ner_tok_is(d, X->a - 1, "outside") || tl_ner_tok_is(d, X->a - 1, "of")))
                continue;
            X->cls = TL_PERSON;
        }
        free(set.v);
    }
    /* "in the Philippines, Isnilon Hapilon, was killed ... Hapilon, a
     * former commander": a name of two or three words the tagger called a
     * place, whose last word stands alone as a person's elsewhere, is that
     * person's full name (the gazetteer knowing no such place) */
    {
        word_set set;
        if (!word_set_init(&set, svp->n)) return TL_ENOMEM;
        int any = 0;
        for (size_t x = 0; x < svp->n; x++) {
            const tl_ner_span *X = &svp->v[x];
            if (X->se || X->cls != TL_PERSON || X->b - X->a != 1 || f->t[X->a].cls != TL_NER_SH_CAP) continue;
            word_set_add(&set, f->t[X->a].word);
            any = 1;
        }
        for (size_t x = 0; any && x < svp->n; x++) {
            tl_ner_span *X = &svp->v[x];
            if (X->se || X->b - X->a < 2 || X->b - X->a > 3 || (X->cls != TL_GPE && X->cls != TL_LOC)) continue;
            int known = (tl_ner_span_gaz(f, X->a, X->b) & (TL_NER_PLACEISH | TL_GAZ_REGION)) != 0;
            for (uint32_t k = X->a; k < X->b && !known; k++)
                known = f->t[k].cls != TL_NER_SH_CAP || (f->t[k].gaz & (TL_NER_PLACEISH | TL_GAZ_REGION | TL_NER_HEADS));
            if (known) continue;
            if (word_set_has(&set, f->t[X->b - 1].word)) X->cls = TL_PERSON;
        }
        free(set.v);
    }
    /* "Vladimir Putin is a former KGB officer": a given name (that may
     * also be a town's) and a word the gazetteer knows nothing of with a
     * surname's ending, read as a place, is a person's name (the place
     * would be known; "Chicago IndieFest" keeps its reading) */
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->b - X->a != 2 || (X->cls != TL_GPE && X->cls != TL_LOC)) continue;
        uint32_t g0 = f->t[X->a].gaz, g1 = f->t[X->a + 1].gaz;
        /* (not a place's kind word that is also a given name: "Lake",
         * "Fort", "Camp", "River", "La") */
        if (!(g0 & TL_GAZ_GIVEN) ||
            (g0 & (TL_GAZ_COUNTRY | TL_GAZ_CAPITAL | TL_GAZ_SUBDIV | TL_GAZ_REGION | TL_GAZ_WORD | TL_NER_HEADS |
                   TL_GAZ_STOP | TL_GAZ_SURNAME_PART | TL_GAZ_TITLE)) ||
            f->t[X->a].cls != TL_NER_SH_CAP || f->t[X->a + 1].cls != TL_NER_SH_CAP ||
            (g1 & ~(uint32_t)TL_GAZ_SURNAME_PART) || (tl_ner_span_gaz(f, X->a, X->b) & (TL_NER_PLACEISH | TL_GAZ_REGION)) ||
            !surname_ending(d, X->a + 1))
            continue;
        X->cls = TL_PERSON;
    }
    /* "His brother, Amir Sadr": a ruler's title that English writes
     * "Emir" and that is far more often a given name ("Amir", "Malik"),
     * before a lone surname (no given name, no title), opens the person's
     * name, where the tagger left it out as a title ("Emir Tamim", "Major
     * Smith" keep their titles) */
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->cls != TL_PERSON || X->b - X->a != 1 || X->a < 1) continue;
        uint32_t t = X->a - 1;
        uint32_t g = f->t[t].gaz;
        if (f->t[t].cls != TL_NER_SH_CAP || !(g & TL_GAZ_TITLE) || !(g & TL_GAZ_GIVEN) ||
            !(tl_ner_tok_is(d, t, "Amir") || tl_ner_tok_is(d, t, "Malik")) ||
            d->tokens[t].sent != d->tokens[X->a].sent || (f->t[X->a].gaz & (TL_GAZ_GIVEN | TL_GAZ_TITLE)))
            continue;
        int covered = 0;
        for (size_t y = 0; y < svp->n && !covered; y++)
            covered = y != x && !svp->v[y].se && svp->v[y].cls >= 0 && svp->v[y].a <= t && svp->v[y].b > t;
        if (covered) continue;
        X->a = t;
        X->key = d->tokens[t].start;
    }
    /* "Christian Meier": a given name the tagger read as a creed or a
     * people, right before a person's name, opens that name (not a
     * country's people: "German Shepherd" is no one's name) */
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->cls != TL_PERSON || X->a < 1) continue;
        uint32_t t = X->a - 1;
        if (!(f->t[t].gaz & TL_GAZ_GIVEN) || (f->t[t].gaz & TL_GAZ_DEMONYM) || f->t[t].cls != TL_NER_SH_CAP ||
            d->tokens[t].sent != d->tokens[X->a].sent)
            continue;
        for (size_t y = 0; y < svp->n; y++) {
            tl_ner_span *Y = &svp->v[y];
            if (y == x || Y->se || Y->cls != TL_NORP || Y->a != t || Y->b != X->a) continue;
            Y->cls = -1;
            X->a = t;
            X->key = d->tokens[t].start;
            break;
        }
    }
    return TL_OK;
}

/* "a senior Hezbollah commander", "the Wagner fighters": a one-word name
 * between a lower-case word and a lower-case title or member noun modifies
 * it, so it names a body (or a place or nationality the gazetteer knows),
 * not a person -- unless it is a given name or the surname of a person
 * named in full in the document. */
int tl_ner_pass_modifier_bodies(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    /* the first words of bodies' two-word names and the last words of
     * people's full names, gathered once on the first candidate (a set
     * each, so that the pass stays linear in the spans) */
    word_set bodies = {NULL, 0}, surnames = {NULL, 0};
    int built = 0;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        uint32_t a = X->a, b = X->b;
        if (X->se || X->cls != TL_PERSON || b - a != 1 || a == 0 || b >= d->n_tokens) continue;
        if (d->tokens[a - 1].sent != d->tokens[a].sent || d->tokens[b].sent != d->tokens[a].sent) continue;
        if (f->t[a - 1].cls != TL_NER_SH_LOWER || f->t[b].cls != TL_NER_SH_LOWER || f->t[a].cls != TL_NER_SH_CAP) continue;
        if (f->t[a].gaz & TL_GAZ_GIVEN) continue;
        if (!built) {
            built = 1;
            if (!word_set_init(&bodies, svp->n) || !word_set_init(&surnames, svp->n)) {
                free(bodies.v);
                free(surnames.v);
                return TL_ENOMEM;
            }
            for (size_t y = 0; y < svp->n; y++) {
                const tl_ner_span *Y = &svp->v[y];
                if (Y->se) continue;
                if (Y->cls == TL_ORG && Y->b - Y->a == 2 && (f->t[Y->a + 1].gaz & TL_GAZ_ORG_HEAD) &&
                    f->t[Y->a + 1].cls == TL_NER_SH_CAP)
                    word_set_add(&bodies, f->t[Y->a].word);
                if (Y->cls == TL_PERSON && Y->b - Y->a >= 2) word_set_add(&surnames, f->t[Y->b - 1].word);
            }
        }
        /* "the Terrorgram Collective ... Terrorgram material": the first
         * word of a body's name before a common noun is that body's */
        int body = word_set_has(&bodies, f->t[a].word);
        if (!body && !(f->t[b].gaz & TL_GAZ_TITLE) && !tl_ner_member_noun(d, b)) continue;
        /* "of" or "by" before it: "a friend of Putin adviser" is rare, but
         * after a preposition the word more often is a person's name. */
        if (f->t[a - 1].gaz & TL_GAZ_STOP && !tl_ner_tok_is(d, a - 1, "a") && !tl_ner_tok_is(d, a - 1, "an") &&
            !tl_ner_tok_is(d, a - 1, "the"))
            continue;
        if (word_set_has(&surnames, f->t[a].word)) continue;
        uint32_t g = f->t[a].gaz;
        X->cls = (g & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : (g & TL_NER_PLACEISH_STRONG) ? TL_GPE : TL_ORG;
    }
    free(bodies.v);
    free(surnames.v);
    return TL_OK;
}

/* "Hamas leader Yahya Sinwar", "IRGC commander Qasem Soleimani": what
 * precedes a lower-case title before a person is a body, not a person. */
int tl_ner_pass_body_before_title(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x + 1 < svp->n; x++) {
        tl_ner_span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->cls != TL_PERSON || B->cls != TL_PERSON || B->a != A->b + 1) continue;
        /* (the gazetteer's titles and the underworld's: "Mocro Maffia
         * boss Ridouan Taghi", "cartel kingpin") */
        if (f->t[A->b].cls != TL_NER_SH_LOWER ||
            !((f->t[A->b].gaz & TL_GAZ_TITLE) || tl_ner_tok_is(r->d, A->b, "boss") ||
              tl_ner_tok_is(r->d, A->b, "kingpin") || tl_ner_tok_is(r->d, A->b, "ringleader") ||
              tl_ner_tok_is(r->d, A->b, "capo")))
            continue;
        uint32_t ag = tl_ner_span_gaz(f, A->a, A->b);
        A->cls = (ag & (TL_GAZ_DEMONYM | TL_GAZ_NORP)) ? TL_NORP : (ag & TL_NER_PLACEISH_STRONG) ? TL_GPE : TL_ORG;
    }
    /* "the former chief operating officer of Wirecard": one word after a
     * company's office and "of" is the company (a given name aside) */
    const tl_doc *d = r->d;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *A = &svp->v[x];
        if (A->se || A->cls != TL_PERSON || A->b - A->a != 1 || A->a < 2 || (f->t[A->a].gaz & TL_GAZ_GIVEN)) continue;
        if (d->tokens[A->a - 2].sent != d->tokens[A->a].sent || !tl_ner_tok_is(d, A->a - 1, "of")) continue;
        static const char *const office[] = {"officer", "executive", "executives", "director", "directors", "chairman",
                                             "chairwoman", "employee", "employees", "shareholder", "shareholders",
                                             "ceo", "cfo", "coo", "board", "subsidiary", "unit"};
        int hit = 0;
        for (size_t k = 0; k < sizeof office / sizeof *office && !hit; k++) hit = tl_ner_tok_is(d, A->a - 2, office[k]);
        if (hit) A->cls = TL_ORG;
    }
    return TL_OK;
}

/* "the Chief Prosecutor's Office", "the Sheriff's Department": an
 * office named after its holder is one organization. */
int tl_ner_pass_holder_offices(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *B = &svp->v[x];
        if (B->se || B->cls < 0 || B->b - B->a != 1 || B->a < 2 || !(f->t[B->a].gaz & TL_GAZ_ORG_HEAD)) continue;
        if (x > 0 && svp->v[x - 1].b + 1 == B->a) continue; /* handled below */
        uint32_t p = B->a - 1, a = p;
        size_t pn;
        const char *ps = tl_ner_tok_ptr(d, p, &pn);
        if (pn < 2 || ps[pn - 1] != 's' || (ps[0] != '\'' && (unsigned char)ps[0] != 0xE2)) continue;
        while (a > 0 && f->t[a - 1].cls == TL_NER_SH_CAP && (f->t[a - 1].gaz & TL_GAZ_TITLE) &&
               d->tokens[a - 1].sent == d->tokens[B->a].sent)
            a--;
        if (a == p) continue;
        B->a = a; /* "the Attorney General's Office" */
        B->cls = TL_ORG;
        B->key = d->tokens[a].start;
    }
    for (size_t x = 0; x + 1 < svp->n; x++) {
        tl_ner_span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->cls < 0 || B->a != A->b + 1 || B->b - B->a != 1) continue;
        size_t pn;
        const char *ps = tl_ner_tok_ptr(d, A->b, &pn);
        if (pn < 2 || ps[pn - 1] != 's' || (ps[0] != '\'' && (unsigned char)ps[0] != 0xE2)) continue;
        if (!(f->t[A->b - 1].gaz & TL_GAZ_TITLE) || !(f->t[B->a].gaz & TL_GAZ_ORG_HEAD)) continue;
        A->b = B->b;
        A->cls = TL_ORG;
        B->cls = -1;
    }
    return TL_OK;
}

/* Quoted nicknames inside a name: Ismael "El Mayo" Zambada is one
 * person whose mention covers all of it, with "El Mayo" kept as a
 * nickname mention inside it; also when the surname after the quote was
 * not recognized on its own (Person "Nick" Capitalized...). */
int tl_ner_pass_nicknames(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    for (size_t x = 0; x + 2 < svp->n; x++) {
        tl_ner_span *A = &svp->v[x], *B = &svp->v[x + 1], *C = &svp->v[x + 2];
        if (A->se || B->se || C->se || A->nick) continue;
        if (B->a != A->b + 1 || C->a != B->b + 1 || C->b > d->n_tokens) continue;
        if (!(d->tokens[A->b].flags & TL_TOK_QUOTE) || !(d->tokens[B->b].flags & TL_TOK_QUOTE)) continue;
        if (d->tokens[A->a].sent != d->tokens[C->a].sent) continue;
        if (A->cls != TL_PERSON && C->cls != TL_PERSON) continue;
        A->b = C->b;
        A->cls = TL_PERSON;
        B->nick = 1;
        B->cls = TL_PERSON;
        C->cls = -1; /* dropped below */
    }
    for (size_t x = 0; x + 1 < svp->n; x++) {
        tl_ner_span *A = &svp->v[x], *B = &svp->v[x + 1];
        if (A->se || B->se || A->nick || B->nick || A->cls != TL_PERSON || B->a != A->b + 1) continue;
        if (!(d->tokens[A->b].flags & TL_TOK_QUOTE) || B->b + 1 >= d->n_tokens ||
            !(d->tokens[B->b].flags & TL_TOK_QUOTE))
            continue;
        uint32_t c = B->b + 1, e = c;
        while (e < d->n_tokens && e < c + 3 && f->t[e].cls == TL_NER_SH_CAP && d->tokens[e].sent == d->tokens[A->a].sent &&
               !(f->t[e].gaz & (TL_GAZ_STOP | TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM)))
            e++;
        if (e == c || (x + 2 < svp->n && svp->v[x + 2].a < e)) continue;
        A->b = e;
        B->nick = 1;
        B->cls = TL_PERSON;
    }
    /* (a nickname the tagger left out: Juan Antonio "Tony" Hernandez, one
     * or two capitalized words between the marks, the surname after) */
    for (size_t x = 0; x < svp->n; x++) {
        tl_ner_span *A = &svp->v[x];
        if (A->se || A->nick || A->cls != TL_PERSON || A->b + 3 >= d->n_tokens) continue;
        if (!(d->tokens[A->b].flags & TL_TOK_QUOTE) || (x + 1 < svp->n && svp->v[x + 1].a <= A->b + 1)) continue;
        uint32_t q = A->b + 1;
        while (q < d->n_tokens && q < A->b + 3 && f->t[q].cls == TL_NER_SH_CAP) q++;
        if (q == A->b + 1 || q >= d->n_tokens || !(d->tokens[q].flags & TL_TOK_QUOTE)) continue;
        uint32_t c = q + 1, e = c;
        while (e < d->n_tokens && e < c + 3 && f->t[e].cls == TL_NER_SH_CAP && d->tokens[e].sent == d->tokens[A->a].sent &&
               !(f->t[e].gaz & (TL_GAZ_STOP | TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM)))
            e++;
        if (e == c || (x + 1 < svp->n && svp->v[x + 1].a < e && svp->v[x + 1].a != c)) continue;
        /* (the surname the tagger found on its own joins the name) */
        if (x + 1 < svp->n && svp->v[x + 1].a == c) {
            if (svp->v[x + 1].b > e) e = svp->v[x + 1].b;
            svp->v[x + 1].cls = -1;
        }
        A->b = e;
    }
    return TL_OK;
}


/* "in southern X", "across northern X": a preposition and a lower-case
 * adjective of direction before a name make it a place, unless a noun
 * follows that the name modifies ("in southern X strongholds") or the
 * name is a well-known organization's.  Can't fail. */
static int compass_place(const tl_ner_feats *f, const tl_ner_span *X) {
    static const char *const dirs[] = {"northern", "southern", "eastern", "western", "central", "northeastern",
                                       "northwestern", "southeastern", "southwestern", "north-eastern",
                                       "north-western", "south-eastern", "south-western"};
    const tl_doc *d = f->doc;
    uint32_t a = X->a, b = X->b, sent = d->tokens[a].sent;
    if (a < 2 || d->tokens[a - 2].sent != sent || f->t[a - 1].cls != TL_NER_SH_LOWER || f->t[a - 2].cls != TL_NER_SH_LOWER ||
        !(f->t[a - 2].gaz & TL_GAZ_STOP))
        return 0;
    if (!tl_ner_tok_is(d, a - 2, "in") && !tl_ner_tok_is(d, a - 2, "across") && !tl_ner_tok_is(d, a - 2, "from") &&
        !tl_ner_tok_is(d, a - 2, "of") && !tl_ner_tok_is(d, a - 2, "to") && !tl_ner_tok_is(d, a - 2, "throughout"))
        return 0;
    int dir = 0;
    for (size_t k = 0; k < sizeof dirs / sizeof dirs[0] && !dir; k++) dir = tl_ner_tok_is(d, a - 1, dirs[k]);
    if (!dir || (tl_ner_span_gaz(f, a, b) & TL_GAZ_ORG_NAME)) return 0;
    return b >= d->n_tokens || d->tokens[b].sent != sent || f->t[b].cls != TL_NER_SH_LOWER || (f->t[b].gaz & TL_GAZ_STOP);
}

/* The kind of thing the words around span X say it is -- TL_ORG, TL_PERSON
 * or TL_GPE -- or -1: an apposition after it ("Garantex, a crypto
 * exchange"), a noun of a kind right before it ("tech giant Acer",
 * "businessman X"), a place noun and "of" ("the town of X"), an
 * organization noun right after it ("the X faction").  Can't fail. */
static int described_kind(const tl_ner_feats *f, const tl_ner_span *X) {
    const tl_doc *d = f->doc;
    uint32_t a = X->a, b = X->b, sent = d->tokens[a].sent;
    int after_stop = a > 0 && d->tokens[a - 1].sent == sent && f->t[a - 1].cls == TL_NER_SH_LOWER &&
                     (f->t[a - 1].gaz & TL_GAZ_STOP);
    /* "the March 23 Movement (M23), an armed group": the apposition after
     * a parenthesized acronym is about the name and the acronym alike. */
    uint32_t c = b;
    if (c < d->n_tokens && tl_ner_tok_is(d, c, "(")) {
        while (c < d->n_tokens && c < b + 6 && d->tokens[c].sent == sent && !tl_ner_tok_is(d, c, ")")) c++;
        c = c < d->n_tokens && tl_ner_tok_is(d, c, ")") ? c + 1 : b;
    } else if (c < d->n_tokens && tl_ner_tok_is(d, c, ")")) {
        c++;
    }
    /* "Under its leader, Hector Guerrero Flores, the gang expanded": a
     * name set off after a person's noun is a person's, whatever follows
     * it (", the gang expanded" is the clause, no apposition) */
    if (a >= 2 && d->tokens[a - 2].sent == sent && tl_ner_tok_is(d, a - 1, ",") && f->t[a - 2].cls == TL_NER_SH_LOWER &&
        tl_ner_kind_noun(d, a - 2) == TL_PERSON && X->cls == TL_PERSON)
        return TL_PERSON;
    /* "The group, led by Sanaullah Ghafari,": a name of two or three
     * words after a verb of leading and "by", with no word of a body or a
     * place in it, is its leader's (the tagger may call it a body) */
    if (X->cls == TL_ORG && b - a >= 2 && b - a <= 3 && a >= 2 && d->tokens[a - 2].sent == sent &&
        tl_ner_tok_is(d, a - 1, "by") &&
        (tl_ner_tok_is(d, a - 2, "led") || tl_ner_tok_is(d, a - 2, "headed") || tl_ner_tok_is(d, a - 2, "commanded") ||
         tl_ner_tok_is(d, a - 2, "founded") || tl_ner_tok_is(d, a - 2, "run"))) {
        uint32_t g = 0;
        int caps = 1;
        for (uint32_t k = a; k < b; k++) {
            g |= f->t[k].gaz;
            caps &= f->t[k].cls == TL_NER_SH_CAP;
        }
        if (caps && !(g & (TL_GAZ_ORG_WORD | TL_GAZ_ORG_HEAD | TL_GAZ_ORG_NAME | TL_NER_PLACEISH | TL_GAZ_REGION |
                           TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_STOP)) &&
            !(tl_ner_span_gaz(f, a, b) & (TL_GAZ_ORG_NAME | TL_NER_PLACEISH)))
            return TL_PERSON;
    }
    int app = tl_ner_apposition_type(f, c);
    /* "born in Halifax, the son of ...": after a preposition a person's
     * apposition is about the subject; a kind of body or place is not. */
    /* ("allied with X, another bandit commander": "another" says X is
     * one) */
    if (app >= 0 && !(after_stop && app == TL_PERSON && !(c + 1 < d->n_tokens && tl_ner_tok_is(d, c + 1, "another"))))
        return app;
    /* "its internal security service, the Majd,": a name set off after a
     * noun of a kind names one of that kind */
    if (a >= 3 && d->tokens[a - 3].sent == sent && tl_ner_tok_is(d, a - 1, "the") && tl_ner_tok_is(d, a - 2, ",") &&
        f->t[a - 3].cls == TL_NER_SH_LOWER) {
        int k = tl_ner_kind_noun(d, a - 3);
        if (k == TL_ORG) return k;
    }
    /* "the Khan Younis refugee camp": a camp is named for its place */
    if (b + 1 < d->n_tokens && d->tokens[b].sent == sent &&
        (tl_ner_tok_is(d, b, "camp") || (tl_ner_tok_is(d, b, "refugee") && tl_ner_tok_is(d, b + 1, "camp"))))
        return TL_GPE;
    /* "X, 39, of Y": the home town after a person's age */
    if (a >= 4 && d->tokens[a - 4].sent == sent && tl_ner_tok_is(d, a - 1, "of") && tl_ner_tok_is(d, a - 2, ",") &&
        f->t[a - 3].cls == TL_NER_SH_DIGIT && tl_ner_tok_is(d, a - 4, ","))
        return TL_GPE;
    /* "X, which pledged allegiance to Y": a name the tagger took for a
     * person that "which" refers to is a body (a place's "which" is said
     * of names the gazetteer knows) */
    /* (three words or more: "Blount's nephew Murph Archibald, which
     * appeared on the radio" is the interview's "which") */
    if (X->cls == TL_PERSON && b >= a + 3 && b + 2 < d->n_tokens && d->tokens[b + 1].sent == sent && tl_ner_tok_is(d, b, ",") &&
        tl_ner_tok_is(d, b + 1, "which") && !(tl_ner_span_gaz(f, a, b) & (TL_NER_PLACEISH | TL_GAZ_GIVEN)) &&
        !(f->t[a].gaz & TL_GAZ_GIVEN))
        return TL_ORG;
    /* "a hacking group known as X", "a faction of the cartel called X",
     * "the man dubbed X": the nearest noun of a kind before the
     * participle */
    {
        uint32_t p = a;
        if (p > 1 && tl_ner_tok_is(d, p - 1, "as")) p--;
        if (p > 1 && (f->t[p - 1].gaz & TL_GAZ_STOP) == 0 && f->t[p - 1].cls == TL_NER_SH_LOWER &&
            (tl_ner_tok_is(d, p - 1, "locally") || tl_ner_tok_is(d, p - 1, "widely") || tl_ner_tok_is(d, p - 1, "simply") ||
             tl_ner_tok_is(d, p - 1, "also") || tl_ner_tok_is(d, p - 1, "commonly")))
            p--;
        int part = p > 0 && p < a && (tl_ner_tok_is(d, p - 1, "known") || tl_ner_tok_is(d, p - 1, "referred"));
        part |= p == a && p > 0 && (tl_ner_tok_is(d, p - 1, "called") || tl_ner_tok_is(d, p - 1, "dubbed") ||
                                    tl_ner_tok_is(d, p - 1, "named") || tl_ner_tok_is(d, p - 1, "nicknamed"));
        for (uint32_t k = p - 1; part && k > 0 && k + 8 > p && d->tokens[k - 1].sent == sent; k--) {
            /* (", known as X": the comma before the participle) */
            if (f->t[k - 1].cls == TL_NER_SH_PUNCT && !(k + 1 == p && tl_ner_tok_is(d, k - 1, ","))) break;
            if (f->t[k - 1].cls != TL_NER_SH_LOWER) continue;
            /* (bodies of people: "a post office named X" may be a
             * place's name) */
            static const char *const bands[] = {"group", "gang", "faction", "militia", "network", "cartel",
                                                "organization", "organisation", "movement", "cell", "company", "firm",
                                                "outfit", "syndicate", "clan", "brigade", "party", "front", "wing",
                                                "branch", "sect", "cult", "affiliate", "offshoot", "ring"};
            for (size_t q = 0; q < sizeof bands / sizeof bands[0]; q++)
                if (tl_ner_tok_is(d, k - 1, bands[q])) return TL_ORG;
            int t = tl_ner_kind_noun(d, k - 1);
            if (t == TL_PERSON) return t;
            if (t >= 0) break;
        }
    }
    /* "X and Y, two companies controlled by ...": a count's apposition
     * after the list is about each name of it */
    if (b + 2 < d->n_tokens && tl_ner_tok_is(d, b, "and") && d->tokens[b + 1].sent == sent &&
        f->t[b + 1].cls == TL_NER_SH_CAP) {
        uint32_t e = b + 1;
        while (e < d->n_tokens && e < b + 6 && d->tokens[e].sent == sent && f->t[e].cls == TL_NER_SH_CAP) e++;
        if (e + 1 < d->n_tokens && d->tokens[e + 1].sent == sent &&
            (tl_ner_tok_is(d, e + 1, "two") || tl_ner_tok_is(d, e + 1, "both"))) {
            int k = tl_ner_apposition_type(f, e);
            if (k >= 0) return k;
        }
    }
    if (a > 0 && d->tokens[a - 1].sent == sent && f->t[a - 1].cls == TL_NER_SH_LOWER) {
        int k = tl_ner_kind_noun(d, a - 1);
        /* ("member States": "member" before a name qualifies it as often
         * as it names a person's role) */
        if (k == TL_PERSON && tl_ner_tok_is(d, a - 1, "member")) k = -1;
        /* ("a veteran Hezbollah fighter": the kind is the later noun's,
         * the name before it its body's) */
        if (k == TL_PERSON && b < d->n_tokens && d->tokens[b].sent == sent && f->t[b].cls == TL_NER_SH_LOWER &&
            tl_ner_person_noun(d, b))
            k = -1;
        if (k == TL_ORG || k == TL_PERSON) return k;
        if (a > 1 && tl_ner_tok_is(d, a - 1, "of") && d->tokens[a - 2].sent == sent && tl_ner_kind_noun(d, a - 2) == TL_GPE)
            return TL_GPE;
    }
    if (compass_place(f, X)) return TL_GPE;
    if (b < d->n_tokens && d->tokens[b].sent == sent && f->t[b].cls == TL_NER_SH_LOWER && tl_ner_org_after_noun(d, b) &&
        !(X->cls == TL_PERSON && (f->t[a].gaz & TL_GAZ_GIVEN)))
        return TL_ORG;
    /* "the Lafarge cement company": a trade's word between */
    if (a > 0 && tl_ner_tok_is(d, a - 1, "the") && b + 1 < d->n_tokens && d->tokens[b + 1].sent == sent &&
        f->t[b].cls == TL_NER_SH_LOWER && !(f->t[b].gaz & TL_GAZ_STOP) && f->t[b + 1].cls == TL_NER_SH_LOWER &&
        (tl_ner_tok_is(d, b + 1, "company") || tl_ner_tok_is(d, b + 1, "firm") || tl_ner_tok_is(d, b + 1, "group") ||
         tl_ner_tok_is(d, b + 1, "corporation") || tl_ner_tok_is(d, b + 1, "conglomerate")) &&
        !(tl_ner_span_gaz(f, a, b) & (TL_NER_PLACEISH | TL_GAZ_DEMONYM | TL_GAZ_NORP)))
        return TL_ORG;
    /* "a former executive of Wirecard", "an employee of Orion": a name
     * after a firm's office and "of" that the gazetteer knows as no
     * place is a body (the tagger took it for a place or a person) */
    /* (not a possessor: "the owner of Montie's Shell" is named for her) */
    if (X->cls != TL_ORG && a >= 2 && d->tokens[a - 2].sent == sent && tl_ner_tok_is(d, a - 1, "of") &&
        !(b < d->n_tokens && (tl_ner_tok_is(d, b, "'s") || tl_ner_tok_is(d, b, "\xe2\x80\x99s"))) &&
        f->t[a - 2].cls == TL_NER_SH_LOWER && !(f->t[a].gaz & TL_GAZ_GIVEN) &&
        !(tl_ner_span_gaz(f, a, b) & (TL_NER_PLACEISH | TL_GAZ_REGION | TL_GAZ_DEMONYM | TL_GAZ_NORP | TL_GAZ_GIVEN))) {
        static const char *const offices[] = {"executive", "executives", "employee", "employees", "director",
                                              "directors", "chairman", "chairwoman", "ceo", "cfo", "shareholder",
                                              "shareholders", "co-founder", "cofounder", "owner", "owners",
                                              "subsidiary", "subsidiaries", "staffer", "staffers", "manager",
                                              "managers"};
        for (size_t q = 0; q < sizeof offices / sizeof offices[0]; q++)
            if (tl_ner_tok_is(d, a - 2, offices[q])) return TL_ORG;
    }
    /* "according to Dumitrescu", "Dumitrescu said": a name the tagger took
     * for a place the gazetteer does not know is a speaker, a person */
    if (X->cls == TL_GPE && !(tl_ner_span_gaz(f, a, b) & (TL_NER_PLACEISH | TL_GAZ_REGION | TL_GAZ_DEMONYM | TL_GAZ_NORP))) {
        int speaker = a >= 2 && d->tokens[a - 2].sent == sent &&
                      (tl_ner_tok_is(d, a - 2, "according") || tl_ner_tok_is(d, a - 2, "According")) &&
                      tl_ner_tok_is(d, a - 1, "to");
        /* "X said", not "fighters in X said": no preposition governs X */
        int governed = a > 0 && d->tokens[a - 1].sent == sent && f->t[a - 1].cls == TL_NER_SH_LOWER &&
                       (f->t[a - 1].gaz & TL_GAZ_STOP);
        speaker |= !governed && b < d->n_tokens && d->tokens[b].sent == sent && f->t[b].cls == TL_NER_SH_LOWER &&
                   (tl_ner_tok_is(d, b, "said") || tl_ner_tok_is(d, b, "says") || tl_ner_tok_is(d, b, "told") ||
                    tl_ner_tok_is(d, b, "added") || tl_ner_tok_is(d, b, "wrote") || tl_ner_tok_is(d, b, "argued") ||
                    tl_ner_tok_is(d, b, "explained") || tl_ner_tok_is(d, b, "insisted") || tl_ner_tok_is(d, b, "testified"));
        if (speaker) return TL_PERSON;
    }
    return -1;
}

/* The hash of a span's words, the key of "the same name" below. */
static uint32_t span_words_key(const tl_ner_feats *f, const tl_ner_span *X) {
    uint32_t h = 2166136261u;
    for (uint32_t k = X->a; k < X->b; k++) h = (h ^ f->t[k].word) * 16777619u;
    return h | 1u;
}

/* "Garantex, a crypto exchange ... Garantex's co-founder": what the
 * words around one mention of a name say it is (described_kind) holds for
 * every mention of the same words in the document, unless two mentions
 * say different things.  Well-known places and nationalities keep their
 * type; only person, organization and place types change. */
int tl_ner_pass_described_kinds(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_ner_spanvec *svp = &r->sv;
    uint32_t cap = 16;
    while (cap < svp->n * 2) cap <<= 1;
    uint32_t *key = calloc(cap, sizeof *key);
    uint8_t *kinds = calloc(cap, 1);
    if (!key || !kinds) { free(key); free(kinds); return TL_ENOMEM; }
    int any = 0;
    for (size_t x = 0; x < svp->n; x++) {
        const tl_ner_span *X = &svp->v[x];
        if (X->se || X->nick || (X->cls != TL_PERSON && X->cls != TL_ORG && X->cls != TL_GPE && X->cls != TL_LOC)) continue;
        int k = described_kind(f, X);
        if (k < 0) continue;
        uint32_t w = span_words_key(f, X), h = w & (cap - 1);
        while (key[h] && key[h] != w) h = (h + 1) & (cap - 1);
        key[h] = w;
        kinds[h] |= (uint8_t)(k == TL_ORG ? 1 : k == TL_PERSON ? 2 : 4);
        any = 1;
    }
    for (size_t x = 0; any && x < svp->n; x++) {
        tl_ner_span *X = &svp->v[x];
        if (X->se || X->nick || (X->cls != TL_PERSON && X->cls != TL_ORG && X->cls != TL_GPE && X->cls != TL_LOC)) continue;
        uint32_t w = span_words_key(f, X), h = w & (cap - 1);
        while (key[h] && key[h] != w) h = (h + 1) & (cap - 1);
        uint8_t m = key[h] ? kinds[h] : 0;
        if (m != 1 && m != 2 && m != 4) continue; /* none, or mentions that disagree */
        int k = m == 1 ? TL_ORG : m == 2 ? TL_PERSON : TL_GPE;
        if (k == X->cls || (k == TL_GPE && X->cls == TL_LOC)) continue;
        uint32_t g = tl_ner_span_gaz(f, X->a, X->b);
        if (k != TL_GPE && (g & (TL_NER_PLACEISH_STRONG | TL_GAZ_DEMONYM | TL_GAZ_NORP))) continue;
        X->cls = k;
    }
    free(key);
    free(kinds);
    return TL_OK;
}
