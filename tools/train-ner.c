/* train-ner.c -- trains the NER tagger on a gold set with mention offsets (Re-DocRED's relations.jsonl).
 *
 * usage: train-ner [--iter N] [--seed S] [--bits B] [--prune W] [--ensemble K] [--conllu FILE]... [--genres LIST] GOLD_DIR OUT.model
 *
 * GOLD_DIR holds docs/NAME.txt and relations.jsonl (one document a line with
 * every entity's mentions as UTF-8 byte offsets and a DocRED type: PER, ORG,
 * LOC, MISC, TIME, NUM).  PER/ORG/LOC/MISC mentions become B-/I- labels;
 * TIME and NUM are O.  The title line (before the first annotated sentence)
 * is not annotated, so it is not trained on.  Deterministic for a given seed.
 *
 * --conllu FILE (repeatable, with --genres LIST to keep only some genres:
 * "news,bio") adds the documents of a CoNLL-U file with GUM's
 * entity brackets in MISC (Entity=(ID-type-...) ... ID)): the text is rebuilt
 * from the tokens, and a mention of a person, organization, place, event or
 * other thing becomes a PER, ORG, LOC or MISC span when it is a name (its
 * words from the first to the last proper noun, with only connectors
 * between, after a leading "the").  Capitalised words in no name are not
 * trained on: GUM does not mark every name it holds.
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
    int extra;       /* from a --conllu file */
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

/* A new training document over text (copied).  NULL when out of memory. */
static tdoc *add_doc(tdoc **docs, size_t *nd, size_t *capd, tl_gaz *gaz, const char *text, size_t len) {
    tl_arena *a = tl_arena_new(0);
    tl_doc *d = a ? tl_arena_calloc(a, 1, sizeof *d) : NULL;
    if (!d) return NULL;
    d->arena = a;
    d->text = tl_arena_strndup(a, text, len);
    d->len = len;
    if (!d->text || tl_tok_run(d) != TL_OK) return NULL;
    if (*nd == *capd) {
        *capd = *capd ? *capd * 2 : 512;
        tdoc *nw = realloc(*docs, *capd * sizeof **docs);
        if (!nw) return NULL;
        *docs = nw;
    }
    tdoc *td = &(*docs)[(*nd)++];
    td->doc = d;
    td->extra = 0;
    td->f = tl_ner_feats_new(gaz, d);
    td->gold = calloc(d->n_tokens + 1, 1);
    td->skip = calloc(d->n_tokens + 1, 1);
    return td->f && td->gold && td->skip ? td : NULL;
}

/* Labels the bytes [bs, be) with class cls (1 PER, 2 ORG, 3 LOC, 4 MISC).
 * Returns 0 when the span does not fall on token boundaries (its tokens
 * are then not trained on). */
static int label_span(tdoc *td, uint32_t bs, uint32_t be, int cls) {
    const tl_doc *d = td->doc;
    uint32_t ta = UINT32_MAX, tb = UINT32_MAX;
    for (uint32_t t = 0; t < d->n_tokens; t++) {
        if (d->tokens[t].start == bs) ta = t;
        if (d->tokens[t].end == be) { tb = t + 1; break; }
    }
    if (ta == UINT32_MAX || tb == UINT32_MAX || tb <= ta) {
        for (uint32_t t = 0; t < d->n_tokens; t++)
            if (d->tokens[t].end > bs && d->tokens[t].start < be) td->skip[t] = 1;
        return 0;
    }
    for (uint32_t t = ta; t < tb; t++) td->gold[t] = (uint8_t)(t == ta ? cls * 2 - 1 : cls * 2);
    return 1;
}

/* ---- GUM CoNLL-U ---------------------------------------------------------- */

#define GUM_MAXTOK 200000
typedef struct gtok {
    uint32_t start, end;  /* bytes in the rebuilt text */
    uint8_t propn, upper, conn, sent_first, title;
} gtok;
typedef struct gment { uint32_t a, b; int cls; } gment; /* tokens [a, b] */

static int gum_class(const char *type, size_t n) {
    if (n == 6 && !memcmp(type, "person", 6)) return 1;
    if (n == 12 && !memcmp(type, "organization", 12)) return 2;
    if (n == 5 && !memcmp(type, "place", 5)) return 3;
    if ((n == 5 && !memcmp(type, "event", 5)) || (n == 6 && !memcmp(type, "object", 6)) ||
        (n == 8 && !memcmp(type, "abstract", 8)))
        return 4;
    return 0;
}

/* The name inside mention [a, b]: from the first to the last proper noun,
 * connectors only between.  Returns 0 when it holds none. */
static int gum_name(const gtok *t, uint32_t a, uint32_t b, uint32_t *na, uint32_t *nb) {
    /* "Chancellor Olaf Scholz": the title is not part of the name */
    while (a <= b && (!t[a].propn || (t[a].title && a < b && t[a + 1].propn))) a++;
    while (b > a && !t[b].propn) b--;
    if (a > b || !t[a].propn) return 0;
    for (uint32_t k = a; k <= b; k++)
        if (!t[k].propn && !t[k].conn && !t[k].upper) return 0;
    *na = a;
    *nb = b;
    return 1;
}

/* Labels one rebuilt GUM document: names of mentions, outermost first. */
static void gum_label(tdoc *td, const gtok *t, uint32_t nt, gment *ms, size_t nm, long *nment, long *nskip) {
    uint8_t *taken = calloc(nt + 1, 1);
    if (!taken) return;
    /* outermost (longest) first: a name inside a name is part of it */
    for (size_t i = 1; i < nm; i++)
        for (size_t j = i; j > 0 && ms[j].b - ms[j].a > ms[j - 1].b - ms[j - 1].a; j--) {
            gment x = ms[j]; ms[j] = ms[j - 1]; ms[j - 1] = x;
        }
    for (size_t i = 0; i < nm; i++) {
        uint32_t a, b;
        if (!ms[i].cls || !gum_name(t, ms[i].a, ms[i].b, &a, &b)) continue;
        int free_ = 1;
        for (uint32_t k = a; k <= b; k++) free_ &= !taken[k];
        if (!free_) continue;
        for (uint32_t k = a; k <= b; k++) taken[k] = 1;
        (*nment)++;
        if (!label_span(td, t[a].start, t[b].end, ms[i].cls)) (*nskip)++;
    }
    /* a capitalised word in no name (not first in its sentence): unknown */
    for (uint32_t k = 0; k < nt; k++) {
        if (taken[k] || !(t[k].upper || t[k].propn) || (t[k].sent_first && !t[k].propn)) continue;
        const tl_doc *d = td->doc;
        for (uint32_t x = 0; x < d->n_tokens; x++)
            if (d->tokens[x].end > t[k].start && d->tokens[x].start < t[k].end) td->skip[x] = 1;
    }
    free(taken);
}

/* Value of key (e.g. "Entity=") in a MISC column, length in *n; NULL when absent. */
static const char *misc_get(const char *misc, const char *key, size_t *n) {
    size_t kl = strlen(key);
    for (const char *p = misc; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t l = bar ? (size_t)(bar - p) : strlen(p);
        if (l >= kl && !memcmp(p, key, kl)) { *n = l - kl; return p + kl; }
        p = bar ? bar + 1 : NULL;
    }
    return NULL;
}

/* Reads a CoNLL-U file of GUM documents and adds each as a training
 * document; with genres (e.g. "news,bio"), only the documents whose id
 * (GUM_news_...) names one of them.  Returns 0 on success, -1 when the file
 * cannot be read. */
static int load_conllu(const char *path, const char *genres, tdoc **docs, size_t *nd, size_t *capd, tl_gaz *gaz,
                       long *ntok, long *nment, long *nskip) {
    FILE *fp = fopen(path, "r");
    if (!fp) return -1;
    char *line = NULL, *text = NULL;
    size_t lcap = 0, tlen = 0, tcap = 0;
    gtok *t = calloc(GUM_MAXTOK, sizeof *t);
    gment *ms = calloc(GUM_MAXTOK, sizeof *ms);
    size_t nm = 0;
    uint32_t nt = 0, open_ids[64], open_tok[64];
    int open_cls[64], nopen = 0, space = 0, sent_start = 1, keep = 1;
    uint32_t range_end = 0, range_start = 0, range_e = 0; /* multiword token "3-4" */
    if (!t || !ms) { fclose(fp); return -1; }
    for (int more = 1; more;) {
        ssize_t r = getline(&line, &lcap, fp);
        more = r > 0;
        int newdoc = !more || !strncmp(line, "# newdoc", 8);
        if (newdoc && nt && !keep) nt = 0, nm = 0, tlen = 0, nopen = 0, space = 0;
        if (newdoc && more) {
            keep = 1;
            if (genres) {
                const char *u = strstr(line, "GUM_");
                char genre[32] = "";
                if (u) sscanf(u + 4, "%31[a-z]", genre);
                keep = genre[0] && strstr(genres, genre) != NULL;
            }
        }
        if (newdoc && nt) {
            tdoc *td = add_doc(docs, nd, capd, gaz, text, tlen);
            if (!td) { fprintf(stderr, "train-ner: out of memory\n"); exit(1); }
            gum_label(td, t, nt, ms, nm, nment, nskip);
            *ntok += td->doc->n_tokens;
            nt = 0; nm = 0; tlen = 0; nopen = 0; space = 0;
        }
        if (!more) break;
        if (!strncmp(line, "# newpar", 8) && tlen) space = 2;
        if (line[0] == '#' || line[0] == '\n') {
            if (line[0] == '\n') sent_start = 1;
            continue;
        }
        char *col[10];
        int nc = 0;
        for (char *p = line; nc < 10 && p;) {
            col[nc++] = p;
            p = strchr(p, '\t');
            if (p) *p++ = 0;
        }
        if (nc < 10) continue;
        col[9][strcspn(col[9], "\n")] = 0;
        if (strchr(col[0], '.')) continue; /* empty nodes */
        const char *dash = strchr(col[0], '-');
        size_t fl = strlen(col[1]);
        if (tlen + fl + 4 > tcap) {
            tcap = (tlen + fl + 4) * 2;
            text = realloc(text, tcap);
            if (!text) { fprintf(stderr, "train-ner: out of memory\n"); exit(1); }
        }
        size_t dummy;
        int no_space = misc_get(col[9], "SpaceAfter=No", &dummy) != NULL;
        if (dash) { /* "3-4 don't": the surface form; its words share the span */
            if (space) text[tlen++] = space == 2 ? '\n' : ' ';
            if (space == 2) text[tlen++] = '\n';
            range_start = (uint32_t)tlen;
            memcpy(text + tlen, col[1], fl);
            tlen += fl;
            range_e = (uint32_t)tlen;
            range_end = (uint32_t)atoi(dash + 1);
            space = no_space ? 0 : 1;
            continue;
        }
        if (nt >= GUM_MAXTOK - 1) continue;
        gtok *g = &t[nt];
        if (range_end && (uint32_t)atoi(col[0]) <= range_end) {
            g->start = range_start;
            g->end = range_e;
            if ((uint32_t)atoi(col[0]) == range_end) range_end = 0;
        } else {
            if (space) text[tlen++] = space == 2 ? '\n' : ' ';
            if (space == 2) text[tlen++] = '\n';
            g->start = (uint32_t)tlen;
            memcpy(text + tlen, col[1], fl);
            tlen += fl;
            g->end = (uint32_t)tlen;
            space = no_space ? 0 : 1;
        }
        g->propn = !strcmp(col[3], "PROPN");
        g->upper = col[1][0] >= 'A' && col[1][0] <= 'Z';
        g->conn = !strcmp(col[1], "of") || !strcmp(col[1], "and") || !strcmp(col[1], "&") ||
                  !strcmp(col[1], "the") || !strcmp(col[1], "-") || !strcmp(col[1], "for") ||
                  !strcmp(col[1], "de") || !strcmp(col[1], "al");
        g->title = (tl_gaz_lookup(gaz, col[1], fl) & TL_GAZ_TITLE) != 0;
        g->sent_first = (uint8_t)sent_start;
        sent_start = 0;
        /* Entity=(12-person-...(13-place-...)  or  12)  or (14-...-sgl) */
        size_t el;
        const char *e = misc_get(col[9], "Entity=", &el);
        for (size_t k = 0; e && k < el; k++) {
            if (e[k] == '(') {
                uint32_t id = (uint32_t)strtoul(e + k + 1, NULL, 10);
                const char *ty = memchr(e + k + 1, '-', el - k - 1);
                size_t tl = 0;
                if (ty) {
                    ty++;
                    while (ty + tl < e + el && ty[tl] != '-' && ty[tl] != ')' && ty[tl] != '(') tl++;
                }
                if (nopen < 64) {
                    open_ids[nopen] = id;
                    open_tok[nopen] = nt;
                    open_cls[nopen] = ty ? gum_class(ty, tl) : 0;
                    nopen++;
                }
                /* a one-token mention closes on the same token: "(14-...)" */
                size_t j = k + 1;
                while (j < el && e[j] != '(' && e[j] != ')') j++;
                if (j < el && e[j] == ')' && nopen) {
                    nopen--;
                    if (nm < GUM_MAXTOK) ms[nm++] = (gment){open_tok[nopen], nt, open_cls[nopen]};
                    k = j;
                }
            } else if (e[k] >= '0' && e[k] <= '9' && (k == 0 || e[k - 1] == ')' || e[k - 1] == '(' ||
                                                          e[k - 1] == '|')) {
                /* "12)": closes entity 12 */
                size_t j = k;
                uint32_t id = 0;
                while (j < el && e[j] >= '0' && e[j] <= '9') id = id * 10 + (uint32_t)(e[j++] - '0');
                if (j < el && e[j] == ')') {
                    for (int o = nopen - 1; o >= 0; o--)
                        if (open_ids[o] == id) {
                            if (nm < GUM_MAXTOK) ms[nm++] = (gment){open_tok[o], nt, open_cls[o]};
                            for (int q = o; q + 1 < nopen; q++) {
                                open_ids[q] = open_ids[q + 1];
                                open_tok[q] = open_tok[q + 1];
                                open_cls[q] = open_cls[q + 1];
                            }
                            nopen--;
                            break;
                        }
                    k = j;
                }
            }
        }
        nt++;
    }
    free(line);
    free(text);
    free(t);
    free(ms);
    fclose(fp);
    return 0;
}

static uint64_t rng_state;
static uint32_t rnd(void) { return tool_rng_next(&rng_state); }

int main(int argc, char **argv) {
    int iters = 8, bits = 18;
    double prune = 0;
    int ens = 1, extra_iters = 1 << 30;
    unsigned long seed = 7;
    int ai = 1;
    const char *conllu[8], *genres = NULL;
    int nconllu = 0;
    for (; ai < argc && argv[ai][0] == '-' && argv[ai][1] == '-'; ai += 2) {
        if (ai + 1 >= argc) break;
        if (strcmp(argv[ai], "--conllu") == 0) {
            if (nconllu == 8) { fprintf(stderr, "train-ner: at most 8 --conllu files\n"); return 2; }
            conllu[nconllu++] = argv[ai + 1];
        } else if (strcmp(argv[ai], "--genres") == 0) genres = argv[ai + 1];
        else if (strcmp(argv[ai], "--iter") == 0) iters = atoi(argv[ai + 1]);
        else if (strcmp(argv[ai], "--seed") == 0) seed = strtoul(argv[ai + 1], NULL, 10);
        else if (strcmp(argv[ai], "--bits") == 0) bits = atoi(argv[ai + 1]);
        else if (strcmp(argv[ai], "--prune") == 0) prune = atof(argv[ai + 1]);
        else if (strcmp(argv[ai], "--ensemble") == 0) ens = atoi(argv[ai + 1]);
        else if (strcmp(argv[ai], "--conllu-iter") == 0) extra_iters = atoi(argv[ai + 1]);
        else { fprintf(stderr, "train-ner: unknown option %s\n", argv[ai]); return 2; }
    }
    if (argc - ai != 2 || ens < 1 || ens > 64) {
        fprintf(stderr, "usage: train-ner [--iter N] [--seed S] [--bits B] [--prune W] [--ensemble K] [--conllu FILE]... [--genres LIST] [--conllu-iter N] GOLD_DIR OUT.model\n");
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
        tdoc *td = add_doc(&docs, &nd, &capd, gaz, text, len);
        free(text);
        if (!td) { fprintf(stderr, "train-ner: out of memory\n"); return 1; }
        tl_doc *d = td->doc;
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
                /* Tokenization disagrees: those tokens are not trained on. */
                if (!label_span(td, bs, be, cls)) nskipm++;
            }
        }
        ntok += d->n_tokens;
        json_decref(j);
    }
    free(line);
    fclose(fp);
    size_t n_main = nd;
    for (int k = 0; k < nconllu; k++)
        if (load_conllu(conllu[k], genres, &docs, &nd, &capd, gaz, &ntok, &nment, &nskipm) != 0) {
            perror(conllu[k]);
            return 1;
        }
    for (size_t i = n_main; i < nd; i++) docs[i].extra = 1;
    fprintf(stderr, "train-ner: %zu documents, %ld tokens, %ld mentions (%ld not aligned)\n", nd, ntok, nment, nskipm);
    /* --ensemble K: K taggers trained on K shuffles (seeds seed..seed+K-1),
     * their averaged weights summed: the model varies less with the seed. */
    tl_ner_model *m = ens > 1 ? tl_ner_new_empty((unsigned)bits) : NULL;
    size_t *order = malloc(nd * sizeof *order);
    uint32_t feats[TL_NER_MAX_FEATS];
    float sc[TL_NER_NLABELS];
    for (int e = 0; e < ens; e++) {
    tl_ner_model *me = tl_ner_new_empty((unsigned)bits);
    if (!me || !order || (ens > 1 && !m)) { fprintf(stderr, "train-ner: out of memory\n"); return 1; }
    for (size_t i = 0; i < nd; i++) order[i] = i;
    rng_state = (seed + (unsigned long)e) * 2654435761u + 1;
    for (int it = 0; it < iters; it++) {
        for (size_t i = nd; i > 1; i--) { size_t j = rnd() % i; size_t t = order[i - 1]; order[i - 1] = order[j]; order[j] = t; }
        long seen = 0, right = 0;
        for (size_t oi = 0; oi < nd; oi++) {
            tdoc *td = &docs[order[oi]];
            tl_doc *d = td->doc;
            if (td->extra && it >= extra_iters) continue;
            for (uint32_t s = 0; s < d->n_sentences; s++) {
                int p1 = 0, p2 = 0;
                for (uint32_t t = d->sentences[s].tok_begin; t < d->sentences[s].tok_end; t++) {
                    int gold = td->gold[t], guess = TL_NER_O;
                    if (tl_ner_is_candidate(td->f, t)) {
                        size_t n = tl_ner_features(td->f, t, p1, p2, feats);
                        tl_ner_scores(me, feats, n, sc);
                        float best = -1e30f;
                        for (int l = 0; l < TL_NER_NLABELS; l++)
                            if (tl_ner_allowed(p1, l) && sc[l] > best) { best = sc[l]; guess = l; }
                        int truth = guess; /* an instance not trained on still ticks the clock */
                        if (!td->skip[t]) {
                            seen++;
                            if (guess == gold) right++;
                            else if (tl_ner_allowed(p1, gold)) truth = gold;
                        }
                        tl_ner_update(me, feats, n, truth, guess);
                    }
                    /* Follow the gold history while training (teacher forcing
                     * keeps updates consistent); decoding uses its own. */
                    p2 = p1;
                    p1 = td->skip[t] ? guess : gold;
                }
            }
        }
        fprintf(stderr, "train-ner: tagger %d, iteration %d: candidate-token accuracy %.4f\n", e + 1, it + 1,
                seen ? (double)right / (double)seen : 0.0);
    }
    if (ens == 1) m = me;
    else {
        if (tl_ner_accumulate(m, me, 1.0 / ens) != TL_OK) { fprintf(stderr, "train-ner: accumulate failed\n"); return 1; }
        tl_ner_free(me);
    }
    }
    tl_error err = {0};
    if (tl_ner_save(m, (float)prune, out, &err) != TL_OK) { fprintf(stderr, "train-ner: %s\n", err.msg); return 1; }
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
