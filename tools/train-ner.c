/* train-ner.c -- trains the NER tagger on a gold set with mention offsets (Re-DocRED's relations.jsonl).
 *
 * usage: train-ner [--iter N] [--seed S] [--bits B] GOLD_DIR OUT.model
 *
 * GOLD_DIR holds docs/NAME.txt and relations.jsonl (one document a line with
 * every entity's mentions as UTF-8 byte offsets and a DocRED type: PER, ORG,
 * LOC, MISC, TIME, NUM).  PER/ORG/LOC/MISC mentions become B-/I- labels;
 * TIME and NUM are O.  The title line (before the first annotated sentence)
 * is not annotated, so it is not trained on.  Deterministic for a given seed.
 */
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_gaz.h"
#include "tl_ner.h"
#include <jansson.h>
#include "tool_util.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct tdoc {
    tl_doc *doc;
    tl_ner_feats *f;
    uint8_t *gold;   /* label per token */
    uint8_t *skip;   /* 1: not trained on */
} tdoc;


static size_t char_to_byte(const char *s, size_t n, size_t chars) {
    size_t b = 0, c = 0;
    while (b < n && c < chars) {
        unsigned char x = (unsigned char)s[b];
        b += x < 0x80 ? 1 : x < 0xE0 ? 2 : x < 0xF0 ? 3 : 4;
        c++;
    }
    return b > n ? n : b;
}

static uint64_t rng_state;
static uint32_t rnd(void) { return tool_rng_next(&rng_state); }

int main(int argc, char **argv) {
    int iters = 8, bits = 18;
    unsigned long seed = 7;
    int ai = 1;
    for (; ai < argc && argv[ai][0] == '-' && argv[ai][1] == '-'; ai += 2) {
        if (ai + 1 >= argc) break;
        if (strcmp(argv[ai], "--iter") == 0) iters = atoi(argv[ai + 1]);
        else if (strcmp(argv[ai], "--seed") == 0) seed = strtoul(argv[ai + 1], NULL, 10);
        else if (strcmp(argv[ai], "--bits") == 0) bits = atoi(argv[ai + 1]);
        else { fprintf(stderr, "train-ner: unknown option %s\n", argv[ai]); return 2; }
    }
    if (argc - ai != 2) {
        fprintf(stderr, "usage: train-ner [--iter N] [--seed S] [--bits B] GOLD_DIR OUT.model\n");
        return 2;
    }
    const char *dir = argv[ai], *out = argv[ai + 1];
    char path[4096];
    snprintf(path, sizeof path, "%s/relations.jsonl", dir);
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); return 1; }
    tl_gaz *gaz = tl_gaz_open();
    tdoc *docs = NULL;
    size_t nd = 0, capd = 0;
    char *line = NULL;
    size_t lcap = 0;
    long ntok = 0, nment = 0, nskipm = 0;
    while (getline(&line, &lcap, fp) > 0) {
        json_error_t jerr;
        json_t *j = json_loads(line, 0, &jerr);
        if (!j) { fprintf(stderr, "train-ner: bad JSON line: %s\n", jerr.text); return 1; }
        const char *name = json_string_value(json_object_get(j, "doc"));
        snprintf(path, sizeof path, "%s/docs/%s", dir, name ? name : "?");
        size_t len;
        char *text = tool_slurp(path, &len);
        if (!text) { perror(path); return 1; }
        tl_arena *a = tl_arena_new(0);
        tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
        d->arena = a;
        d->text = tl_arena_strndup(a, text, len);
        d->len = len;
        free(text);
        if (tl_tok_run(d) != TL_OK) { fprintf(stderr, "train-ner: out of memory\n"); return 1; }
        if (nd == capd) { capd = capd ? capd * 2 : 512; docs = realloc(docs, capd * sizeof *docs); }
        tdoc *td = &docs[nd++];
        td->doc = d;
        td->f = tl_ner_feats_new(gaz, d);
        td->gold = calloc(d->n_tokens + 1, 1);
        td->skip = calloc(d->n_tokens + 1, 1);
        /* Skip the title: tokens before the first sentence's start. */
        json_t *sents = json_object_get(j, "sents");
        size_t body = 0;
        if (json_array_size(sents))
            body = char_to_byte(d->text, d->len, (size_t)json_integer_value(json_array_get(json_array_get(sents, 0), 0)));
        for (uint32_t t = 0; t < d->n_tokens; t++)
            if (d->tokens[t].start < body) td->skip[t] = 1;
        json_t *ents = json_object_get(j, "entities");
        for (size_t e = 0; e < json_array_size(ents); e++) {
            json_t *ms = json_object_get(json_array_get(ents, e), "mentions");
            for (size_t k = 0; k < json_array_size(ms); k++) {
                json_t *m = json_array_get(ms, k);
                const char *ty = json_string_value(json_object_get(m, "type"));
                json_t *by = json_object_get(m, "bytes");
                uint32_t bs = (uint32_t)json_integer_value(json_array_get(by, 0));
                uint32_t be = (uint32_t)json_integer_value(json_array_get(by, 1));
                int cls = !ty ? 0 : strcmp(ty, "PER") == 0 ? 1 : strcmp(ty, "ORG") == 0 ? 2
                        : strcmp(ty, "LOC") == 0 ? 3 : strcmp(ty, "MISC") == 0 ? 4 : 0;
                if (!cls) continue;
                nment++;
                uint32_t ta = UINT32_MAX, tb = UINT32_MAX;
                for (uint32_t t = 0; t < d->n_tokens; t++) {
                    if (d->tokens[t].start == bs) ta = t;
                    if (d->tokens[t].end == be) { tb = t + 1; break; }
                }
                if (ta == UINT32_MAX || tb == UINT32_MAX || tb <= ta) {
                    /* Tokenization disagrees: do not train on those tokens. */
                    nskipm++;
                    for (uint32_t t = 0; t < d->n_tokens; t++)
                        if (d->tokens[t].end > bs && d->tokens[t].start < be) td->skip[t] = 1;
                    continue;
                }
                for (uint32_t t = ta; t < tb; t++) td->gold[t] = (uint8_t)(t == ta ? cls * 2 - 1 : cls * 2);
            }
        }
        ntok += d->n_tokens;
        json_decref(j);
    }
    free(line);
    fclose(fp);
    fprintf(stderr, "train-ner: %zu documents, %ld tokens, %ld mentions (%ld not aligned)\n", nd, ntok, nment, nskipm);
    tl_ner_model *m = tl_ner_new_empty((unsigned)bits);
    if (!m) { fprintf(stderr, "train-ner: out of memory\n"); return 1; }
    size_t *order = malloc(nd * sizeof *order);
    for (size_t i = 0; i < nd; i++) order[i] = i;
    rng_state = seed * 2654435761u + 1;
    long step = 1;
    uint32_t feats[TL_NER_MAX_FEATS];
    float sc[TL_NER_NLABELS];
    for (int it = 0; it < iters; it++) {
        for (size_t i = nd; i > 1; i--) { size_t j = rnd() % i; size_t t = order[i - 1]; order[i - 1] = order[j]; order[j] = t; }
        long seen = 0, right = 0;
        for (size_t oi = 0; oi < nd; oi++) {
            tdoc *td = &docs[order[oi]];
            tl_doc *d = td->doc;
            for (uint32_t s = 0; s < d->n_sentences; s++) {
                int p1 = 0, p2 = 0;
                for (uint32_t t = d->sentences[s].tok_begin; t < d->sentences[s].tok_end; t++) {
                    int gold = td->gold[t], guess = TL_NER_O;
                    if (tl_ner_is_candidate(td->f, t)) {
                        size_t n = tl_ner_features(td->f, t, p1, p2, feats);
                        tl_ner_scores(m, feats, n, sc);
                        float best = -1e30f;
                        for (int l = 0; l < TL_NER_NLABELS; l++)
                            if (tl_ner_allowed(p1, l) && sc[l] > best) { best = sc[l]; guess = l; }
                        if (!td->skip[t]) {
                            seen++;
                            if (guess == gold) right++;
                            else if (tl_ner_allowed(p1, gold)) tl_ner_update(m, feats, n, gold, guess, step);
                        }
                        step++;
                    }
                    /* Follow the gold history while training (teacher forcing
                     * keeps updates consistent); decoding uses its own. */
                    p2 = p1;
                    p1 = td->skip[t] ? guess : gold;
                }
            }
        }
        fprintf(stderr, "train-ner: iteration %d: candidate-token accuracy %.4f\n", it + 1,
                seen ? (double)right / (double)seen : 0.0);
    }
    tl_error err = {0};
    if (tl_ner_save(m, step, out, &err) != TL_OK) { fprintf(stderr, "train-ner: %s\n", err.msg); return 1; }
    fprintf(stderr, "train-ner: wrote %s\n", out);
    for (size_t i = 0; i < nd; i++) {
        tl_ner_feats_free(docs[i].f);
        free(docs[i].gold);
        free(docs[i].skip);
        tl_doc_free(docs[i].doc);
    }
    free(docs);
    free(order);
    tl_ner_free(m);
    tl_gaz_close(gaz);
    return 0;
}
