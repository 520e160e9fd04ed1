/* tl_ner.c -- named-entity mentions: a trained tagger plus rules for reports.
 *
 * Three stages over each sentence (the passes of the table at the end of
 * this file):
 *   1. an averaged-perceptron tagger (hashed features, greedy left to right)
 *      labels the "candidate" tokens -- capitalized words and the connectors
 *      between them -- with B/I-PER, ORG, LOC, MISC; every other token is O,
 *      which keeps the tagger off the bulk of running text;
 *   2. rules for report prose that a general model misses: titles before
 *      names, organization and facility head nouns, gazetteer places and
 *      nationalities, parenthesized acronyms;
 *   3. fine typing: the coarse LOC/MISC classes become GPE, LOC, FAC, NORP or
 *      EVENT from the gazetteer and head nouns.
 * Document-level consistency (one surface, one type; repeated surfaces found
 * everywhere) runs last, over the whole document.
 */
#include "tl_ner_int.h"
#include "tl_nerarg.h"
#include "tl_ner_rsort.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_trig.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cls_of_label(int l) { return l == TL_NER_O ? 0 : (l + 1) / 2; }

/* Tags the candidate tokens of one sentence with the model; sc_out[i]
 * keeps the scores of token i's labels (for the type vote of the
 * tagger-spans pass). */
static void tag_sentence(const tl_ner_model *m, const tl_ner_feats *f, uint32_t a, uint32_t b, uint8_t *lab,
                         float (*sc_out)[TL_NER_NLABELS]) {
    uint32_t feats[TL_NER_MAX_FEATS];
    float sc[TL_NER_NLABELS];
    int p1 = 0, p2 = 0;
    for (uint32_t i = a; i < b; i++) {
        int best = TL_NER_O;
        if (f->t[i].cand && (m->pm || m->tr)) {
            if (f->t[i].has_wsum && f->model == m) {
                /* Exact: integer sums do not depend on the order. */
                int32_t acc[TL_NER_NLABELS];
                memcpy(acc, f->wsum[i], sizeof acc);
                tl_percep_score(m->pm, feats, tl_ner_feats_ctx(f, i, p1, p2, 1, feats), acc);
                float scale = tl_percep_scale(m->pm);
                for (int l = 0; l < TL_NER_NLABELS; l++) sc[l] = (float)acc[l] * scale;
            } else {
                size_t n = tl_ner_features(f, i, p1, p2, feats);
                tl_ner_scores(m, feats, n, sc);
            }
            float bs = -1e30f;
            for (int l = 0; l < TL_NER_NLABELS; l++)
                if (tl_ner_allowed(p1, l) && sc[l] > bs) { bs = sc[l]; best = l; }
            memcpy(sc_out[i], sc, sizeof sc);
        }
        lab[i] = (uint8_t)best;
        p2 = p1;
        p1 = best;
    }
}


/* Title-case lines (headlines, section heads): capitalization says nothing
 * there, so the tagger and the capitalization rules skip them; names in them
 * are still found by the document-consistency pass. */
static void mark_headlines(const tl_ner_feats *f, uint8_t *head) {
    const tl_doc *d = f->doc;
    uint32_t i = 0;
    while (i < d->n_tokens) {
        uint32_t j = i + 1;
        while (j < d->n_tokens && !(d->tokens[j].flags & TL_TOK_LINE_START)) j++;
        /* Title Case: nearly every word that is not a short function word is
         * capitalized, over at least four such words, and the line does not
         * read as a sentence of running text (no final period). */
        int content = 0, caps = 0;
        for (uint32_t k = i; k < j; k++) {
            uint8_t c = f->t[k].cls;
            if (c == TL_NER_SH_PUNCT || c == TL_NER_SH_DIGIT) continue;
            size_t n = d->tokens[k].end - d->tokens[k].start;
            int function = (f->t[k].gaz & TL_GAZ_STOP) && n <= 4;
            if (function) continue;
            content++;
            if (c == TL_NER_SH_CAP || c == TL_NER_SH_CAPS) caps++;
        }
        const char *last = d->text + d->tokens[j - 1].start;
        int period_end = f->t[j - 1].cls == TL_NER_SH_PUNCT && *last == '.';
        if (!period_end && content >= 4 && caps * 10 >= content * 8)
            for (uint32_t k = i; k < j; k++) head[k] = 1;
        i = j;
    }
}

/* ---- the passes ----------------------------------------------------------
 * tl_ner_run is a table of named passes over one document's state (struct
 * tl_ner_state, tl_ner_int.h); each pass reads and changes the state and
 * returns TL_OK or TL_ENOMEM.  The order matters: spans found by the tagger
 * come before those of the rules, and the document-consistency pass extends
 * what both found.  The rules passes live in tl_ner_rules.c, the
 * document-level ones in tl_ner_doc.c. */

/* Title-Case lines: the tagger and the capitalization rules skip them. */
static int pass_headlines(tl_ner_state *r) {
    mark_headlines(r->f, r->head);
    for (uint32_t i = 0; i < r->d->n_tokens; i++)
        if (r->head[i]) r->f->t[i].cand = 0;
    return TL_OK;
}

/* The tagger's labels, sentence by sentence. */
static int pass_tag(tl_ner_state *r) {
    tl_doc *d = r->d;
    for (uint32_t s = 0; s < d->n_sentences; s++)
        tag_sentence(r->m, r->f, d->sentences[s].tok_begin, d->sentences[s].tok_end, r->lab, r->sc);
#ifdef TL_DEBUG_NER
    for (uint32_t i = 0; i < d->n_tokens; i++)
        fprintf(stderr, "%.*s/%d%s ", (int)(d->tokens[i].end - d->tokens[i].start), d->text + d->tokens[i].start,
                r->lab[i], r->head[i] ? "H" : "");
    fprintf(stderr, "\n");
#endif
    return TL_OK;
}

/* A span of the tagger for the type vote: the hash of its words, its
 * summed scores per class (over "O"), the class it gets. */
typedef struct vspan { uint32_t key; float v[4]; int cls; } vspan;

static int vspan_cmp(const void *x, const void *y) {
    const vspan *a = *(const vspan *const *)x, *b = *(const vspan *const *)y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a < b ? -1 : a > b; /* stable: by position */
}

/* The tagger's spans, trimmed, widened to a multi-word gazetteer place
 * they cut, and cleaned up by tl_ner_emit(). */
static int pass_tagger_spans(tl_ner_state *r) {
    const tl_ner_feats *f = r->f;
    tl_doc *d = r->d;
    const uint8_t *lab = r->lab;
    tl_ner_spanvec *svp = &r->sv;
    /* One name, one class: the tagger's spans of the same words share the
     * class whose scores, summed over all of them, are highest ("Metallica"
     * read as a band in two sentences and as a place in one). */
    size_t nspan = 0;
    for (uint32_t i = 0; i < d->n_tokens; i++)
        nspan += cls_of_label(lab[i]) && (lab[i] & 1);
    vspan *vs = calloc(nspan ? nspan : 1, sizeof *vs);
    vspan **by = malloc((nspan ? nspan : 1) * sizeof *by);
    if (!vs || !by) { free(vs); free(by); return TL_ENOMEM; }
    size_t nv = 0;
    for (uint32_t i = 0; i < d->n_tokens && nv < nspan;) {
        int c = cls_of_label(lab[i]);
        if (!c || !(lab[i] & 1)) { i++; continue; }
        uint32_t j = i + 1;
        while (j < d->n_tokens && lab[j] == (uint8_t)(c * 2) && d->tokens[j].sent == d->tokens[i].sent) j++;
        vspan *x = &vs[nv];
        by[nv++] = x;
        x->cls = c;
        x->key = 2166136261u;
        for (uint32_t k = i; k < j; k++) {
            x->key = (x->key ^ f->t[k].word) * 16777619u;
            for (int q = 0; q < 4; q++) x->v[q] += r->sc[k][k == i ? q * 2 + 1 : q * 2 + 2] - r->sc[k][TL_NER_O];
        }
        i = j;
    }
    /* spans of one name lie together once sorted by key */
    if (nv > 1) {
        /* a stable radix sort of the positions by key: vspan_cmp's order
         * (by[k] is &vs[k] until here) without its calls; qsort when the
         * scratch can't be had */
        uint32_t *ix = malloc(3 * nv * sizeof *ix);
        if (ix) {
            uint32_t *key = ix + nv, *tmp = ix + 2 * nv;
            for (size_t k = 0; k < nv; k++) {
                ix[k] = (uint32_t)k;
                key[k] = vs[k].key;
            }
            tl_ner_rsort(ix, key, nv, tmp);
            for (size_t k = 0; k < nv; k++) by[k] = &vs[ix[k]];
            free(ix);
        } else {
            qsort(by, nv, sizeof *by, vspan_cmp);
        }
    }
    for (size_t g0 = 0, g1; g0 < nv; g0 = g1) {
        float sum[4] = {0, 0, 0, 0};
        for (g1 = g0; g1 < nv && by[g1]->key == by[g0]->key; g1++)
            for (int q = 0; q < 4; q++) sum[q] += by[g1]->v[q];
        if (g1 - g0 < 2) continue;
        /* among person, organization and place: the tagger's MISC (titles
         * of works, events) keeps what it found */
        int best = 0;
        for (int q = 1; q < 3; q++)
            if (sum[q] > sum[best]) best = q;
        for (size_t y = g0; y < g1; y++)
            if (by[y]->cls != 4) by[y]->cls = best + 1;
    }
    free(by);
    size_t vi = 0;
    for (uint32_t i = 0; i < d->n_tokens;) {
        int c = cls_of_label(lab[i]);
        if (!c) { i++; continue; }
        uint32_t j = i + 1;
        while (j < d->n_tokens && lab[j] == (uint8_t)(c * 2) && d->tokens[j].sent == d->tokens[i].sent) j++;
        if ((lab[i] & 1) && vi < nv) c = vs[vi++].cls;
        uint32_t a = i, b = j;
        while (a < b && (f->t[a].cls == TL_NER_SH_LOWER || f->t[a].cls == TL_NER_SH_PUNCT)) a++;
        /* "NEWARK, N.J. – Three members": a dash set off by spaces after
         * an abbreviation ends a name (a dateline's; "Islamic Resistance
         * Movement – Hussainiyoun" is one) */
        for (uint32_t k = a + 1; k < b; k++)
            if ((d->tokens[k].flags & TL_TOK_SPACE_BEFORE) && f->t[k].cls == TL_NER_SH_PUNCT &&
                d->text[d->tokens[k - 1].end - 1] == '.' &&
                (tl_ner_tok_is(d, k, "-") || tl_ner_tok_is(d, k, "--") || tl_ner_tok_is(d, k, "\xe2\x80\x93") ||
                 tl_ner_tok_is(d, k, "\xe2\x80\x94"))) {
                b = k;
                j = k + 1; /* (the words after the dash are read on their own) */
                break;
            }
        while (b > a && (f->t[b - 1].cls == TL_NER_SH_LOWER || f->t[b - 1].cls == TL_NER_SH_PUNCT)) b--;
        /* Cover the whole of a multi-word place the span cuts ("Republic"
         * of "the Republic of Azerbaijan"). */
        if (b > a && f->t[a].gaz_multi && f->t[b - 1].gaz_multi) {
            while (a > 0 && (f->t[a].gaz_multi & 3) >= 2 && f->t[a - 1].gaz_multi) a--;
            while (b < d->n_tokens && (f->t[b - 1].gaz_multi & 3) <= 2 && f->t[b].gaz_multi &&
                   (f->t[b].gaz_multi & 3) >= 2)
                b++;
            if (b > j) j = b;
        }
        /* "the New IRA": a word of a split before a body's acronym is part
         * of the splinter's name (tl_ner_fine_type types it) */
        if (b == a + 1 && a >= 2 && f->t[a].cls == TL_NER_SH_CAPS && !lab[a - 1] && tl_ner_tok_is(d, a - 2, "the") &&
            (tl_ner_tok_is(d, a - 1, "New") || tl_ner_tok_is(d, a - 1, "Real") ||
             tl_ner_tok_is(d, a - 1, "Continuity") || tl_ner_tok_is(d, a - 1, "Provisional")))
            a--;
        /* "the Calle 18 gang": a number inside a band's name, before the
         * noun of the band or its members */
        if (b == a + 1 && b + 1 < d->n_tokens && a > 0 && tl_ner_tok_is(d, a - 1, "the") &&
            d->tokens[b + 1].sent == d->tokens[a].sent && f->t[b].cls == TL_NER_SH_DIGIT &&
            d->tokens[b].end - d->tokens[b].start <= 3 &&
            (tl_ner_tok_is(d, b + 1, "gang") || tl_ner_tok_is(d, b + 1, "gangs") || tl_ner_tok_is(d, b + 1, "group") ||
             tl_ner_member_noun(d, b + 1))) {
            if (!tl_ner_sv_push(svp, (tl_ner_span){a, b + 1, TL_ORG, 0, 0, 0, 0, 0})) {
                free(vs);
                return TL_ENOMEM;
            }
            i = j > b + 1 ? j : b + 1;
            continue;
        }
        if (b > a) {
            int ft = tl_ner_fine_type(f, a, b, c);
            /* "Safeguard Defenders, a human rights group based in Madrid":
             * a name the tagger could not type that an apposition
             * describes */
            if (ft < 0) {
                int k = tl_ner_apposition_type(f, b);
                if (k == TL_ORG || k == TL_PERSON) ft = k;
            }
            /* "Agents of the FBI" read as one title of a work: no name
             * opens with the sentence's first dictionary word, so the
             * tagger's span is dropped and its words are left to the
             * capitalized-runs pass, which reads the name after it */
            if (ft < 0 && b > a + 1 && (d->tokens[a].flags & TL_TOK_SENT_START) && f->t[a].cls == TL_NER_SH_CAP &&
                (f->t[a].gaz & TL_GAZ_WORD) && !(f->t[a].gaz & TL_NER_NAMEISH) &&
                (f->t[a + 1].cls == TL_NER_SH_LOWER)) {
                for (uint32_t k = a; k < b; k++) r->lab[k] = 0;
                i = j;
                continue;
            }
            /* "spied on the Islamic State for Russia": a well-known
             * organization, "for" and a country are two names and a
             * preposition ("Alternative for Germany" is no such
             * organization, and stays one name) */
            uint32_t p = a + 1;
            while (p + 1 < b && !tl_ner_tok_is(d, p, "for")) p++;
            /* ("photographed the Ramstein Air Base for Russian
             * intelligence": a site's name by its head word, then a
             * country or its people's word) */
            int site = p + 1 < b && p > a && (f->t[p - 1].gaz & TL_GAZ_FAC_HEAD) &&
                       (tl_ner_span_gaz(f, p + 1, b) & (TL_GAZ_COUNTRY | TL_GAZ_DEMONYM));
            if (p + 1 < b && (((tl_ner_span_gaz(f, a, p) & TL_GAZ_ORG_NAME) && (tl_ner_span_gaz(f, p + 1, b) & TL_GAZ_COUNTRY)) ||
                              site) &&
                !(tl_ner_span_gaz(f, a, b) & TL_GAZ_ORG_NAME)) {
                int rt = (tl_ner_span_gaz(f, p + 1, b) & TL_GAZ_COUNTRY) ? TL_GPE : TL_NORP;
                if (!tl_ner_emit(f, svp, a, p, site ? tl_ner_fine_type(f, a, p, c) : TL_ORG, 0) ||
                    !tl_ner_emit(f, svp, p + 1, b, rt, 0)) {
                    free(vs);
                    return TL_ENOMEM;
                }
                i = j;
                continue;
            }
            /* "Secretary of the Treasury Mark Nelson" read as one name: an
             * office's body, one word after "the", then a given name and
             * one or two capitalized words, are the body and a person */
            /* ("Under Secretary of the Treasury for Terrorism and Financial
             * Intelligence Brian Nelson": an office's portfolio after "for"
             * between them is neither) */
            if (b - a >= 3 && a > 0 && tl_ner_tok_is(d, a - 1, "the") && !(f->t[a].gaz & TL_GAZ_GIVEN) &&
                !(f->t[b - 1].gaz & TL_NER_HEADS)) {
                uint32_t k = b - 2; /* the given name: two or three words from the end */
                if (!(f->t[k].gaz & TL_GAZ_GIVEN) && b - 3 > a) k = b - 3;
                int caps = (f->t[k].gaz & TL_GAZ_GIVEN) && k > a;
                for (uint32_t q = k; q < b && caps; q++) caps = f->t[q].cls == TL_NER_SH_CAP;
                /* (after an office's "of the": "Secretary of the Treasury";
                 * the body's one word, then the person or "for" and the
                 * portfolio) */
                caps = caps && a >= 3 && tl_ner_tok_is(d, a - 2, "of") &&
                       (tl_ner_tok_is(d, a - 3, "Secretary") || tl_ner_tok_is(d, a - 3, "Minister") ||
                        tl_ner_tok_is(d, a - 3, "Director") || tl_ner_tok_is(d, a - 3, "Commissioner")) &&
                       (k == a + 1 || tl_ner_tok_is(d, a + 1, "for"));
                if (caps) {
                    if (!tl_ner_emit(f, svp, a, a + 1, TL_ORG, 0) || !tl_ner_emit(f, svp, k, b, TL_PERSON, 0)) {
                        free(vs);
                        return TL_ENOMEM;
                    }
                    i = j;
                    continue;
                }
            }
            /* "the Velvashi-gumi in Osaka" read as one title of a work: a
             * place the gazetteer knows after "in", "at" or "near" is a
             * name of its own */
            if (c == 4) {
                p = a + 1;
                while (p + 1 < b && !tl_ner_tok_is(d, p, "in") && !tl_ner_tok_is(d, p, "at") && !tl_ner_tok_is(d, p, "near"))
                    p++;
                if (p + 1 < b && (tl_ner_span_gaz(f, p + 1, b) & (TL_GAZ_COUNTRY | TL_GAZ_CITY | TL_GAZ_SUBDIV))) {
                    if (!tl_ner_emit(f, svp, a, p, tl_ner_fine_type(f, a, p, c), 0) || !tl_ner_emit(f, svp, p + 1, b, TL_GPE, 0)) {
                        free(vs);
                        return TL_ENOMEM;
                    }
                    i = j;
                    continue;
                }
            }
            /* MISC the gazetteer and heads could not place: the rules may
             * still find a titled person or a nationality inside. */
            if (!tl_ner_emit(f, svp, a, b, ft, 0)) { free(vs); return TL_ENOMEM; }
        }
        i = j;
    }
    free(vs);
    return TL_OK;
}

/* The spans as the document's mentions (dropped ones and overlaps left
 * out); the only pass that changes the document. */
/* Is token i a word of grammar a name never opens with, in lower case?
 * Can't fail. */
static int grammar_word(const tl_doc *d, uint32_t i) {
    size_t n;
    const char *w = tl_ner_tok_ptr(d, i, &n);
    return tl_trig_in_list("of|the|and|for|in|on|at|to|a|an|by|from|with", w, n);
}

static int pass_mentions(tl_ner_state *r) {
    tl_doc *d = r->d;
    tl_ner_spanvec *svp = &r->sv;
    tl_mention *mv = tl_arena_alloc(d->arena, (svp->n ? svp->n : 1) * sizeof *mv);
    if (!mv) return TL_ENOMEM;
    size_t nm = 0;
    for (size_t x = 0; x < svp->n; x++) {
        /* a name opens with no lower-case word of grammar ("of the Y" left
         * from "Co-founder of the Y" when a pass took the title off) */
        if (!svp->v[x].se)
            while (svp->v[x].a + 1 < svp->v[x].b && !(d->tokens[svp->v[x].a].flags & TL_TOK_UPPER) &&
                   grammar_word(d, svp->v[x].a))
                svp->v[x].a++;
        uint32_t st = svp->v[x].se ? svp->v[x].sb : d->tokens[svp->v[x].a].start;
        uint32_t en = svp->v[x].se ? svp->v[x].se : d->tokens[svp->v[x].b - 1].end;
        if (svp->v[x].cls < 0) continue;
        if (nm && st < mv[nm - 1].end && !svp->v[x].nick) continue; /* overlap: keep the first */
        tl_mention *mm = &mv[nm++];
        mm->tok_begin = svp->v[x].a;
        mm->tok_end = svp->v[x].b;
        mm->start = st;
        mm->end = en;
        mm->entity = -1;
        mm->type = (uint8_t)svp->v[x].cls;
        mm->flags = svp->v[x].nick ? TL_MENTION_NICK : 0;
    }
    d->mentions = mv;
    d->n_mentions = (uint32_t)nm;
    return TL_OK;
}

typedef int (*ner_pass_fn)(tl_ner_state *r);

static const struct ner_pass {
    const char *name;
    ner_pass_fn run;
} ner_passes[] = {
    {"headlines", pass_headlines},
    {"tag", pass_tag},
    {"tagger-spans", pass_tagger_spans},
    {"capitalized-runs", tl_ner_pass_capitalized_runs},
    {"group-nicknames", tl_nerarg_pass_group_nicknames},
    {"kin-names", tl_nerarg_pass_kin_names},
    {"described-kinds", tl_ner_pass_described_kinds},
    {"plural-bodies", tl_ner_pass_plural_bodies},
    {"particle-names", tl_ner_pass_particle_names},
    {"place-joins", tl_ner_pass_place_joins},
    {"consistency", tl_ner_pass_consistency},
    {"group-names", tl_nerarg_pass_group_names},
    {"possessive-names", tl_ner_pass_possessive_names},
    {"possessed-parts", tl_ner_pass_possessed_parts},
    {"for-names", tl_ner_pass_for_names},
    {"org-spans", tl_ner_pass_org_spans},
    {"sort", tl_ner_pass_sort},
    {"described-repeats", tl_ner_pass_described_kinds},
    {"member-nouns", tl_ner_pass_member_nouns},
    {"surnames", tl_ner_pass_surnames},
    {"modifier-bodies", tl_ner_pass_modifier_bodies},
    {"body-before-title", tl_ner_pass_body_before_title},
    {"holder-offices", tl_ner_pass_holder_offices},
    {"nicknames", tl_ner_pass_nicknames},
    {"mentions", pass_mentions},
};
#define NER_NPASSES (sizeof ner_passes / sizeof ner_passes[0])

unsigned tl_ner_pass_count(void) { return (unsigned)NER_NPASSES; }

const char *tl_ner_pass_name(unsigned i) { return i < NER_NPASSES ? ner_passes[i].name : ""; }

int tl_ner_run_passes(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *d, uint32_t skip) {
    int rc = TL_ENOMEM;
    tl_ner_state r = {m, tl_ner_feats_make(g, m, memo, d), d, NULL, NULL, NULL, {0}};
    r.lab = calloc(d->n_tokens ? d->n_tokens : 1, 1);
    r.sc = calloc(d->n_tokens ? d->n_tokens : 1, sizeof *r.sc);
    r.head = calloc(d->n_tokens ? d->n_tokens : 1, 1);
    if (r.f && r.lab && r.head && r.sc) {
        rc = TL_OK;
        /* the last pass (mentions) always runs: it is the result */
        for (unsigned k = 0; k < NER_NPASSES && rc == TL_OK; k++)
            if (k + 1 == NER_NPASSES || !(skip >> k & 1)) rc = ner_passes[k].run(&r);
    }
    free(r.sv.v);
    free(r.lab);
    free(r.sc);
    free(r.head);
    tl_ner_feats_free(r.f);
    return rc;
}

int tl_ner_run(const tl_ner_model *m, const tl_gaz *g, tl_ner_memo *memo, tl_doc *d) {
    return tl_ner_run_passes(m, g, memo, d, 0);
}
