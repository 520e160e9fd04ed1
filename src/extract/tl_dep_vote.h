/* tl_dep_vote.h -- a vote of dependency parsers: each member's arcs are votes, the tree is the best projective one (Eisner). */
#ifndef TL_DEP_VOTE_H
#define TL_DEP_VOTE_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"
#include "tl_dep.h"

/* Greedy parsers err in different places, above all when they read the
 * sentence in opposite directions.  A vote takes the main parser (the
 * tl_dep_model, also the tagger) and the extra members of a vote model
 * (transition and label scorers of the same features and classes, some
 * trained right to left on the reversed sentences: train-dep --reverse),
 * lets each parse the tagged sentence, counts every arc it proposes as
 * weighted votes, and takes the projective tree with the most votes
 * (Eisner's algorithm, exactly one word on the ROOT).  Between trees of as
 * many votes, the members' confidence (the margins of the transitions that
 * made the arcs) decides, then the main parser's arcs.  `threadline parse` uses it; the fact pass keeps the main
 * parser alone (its rules and scorer were trained on those trees).
 *
 * Vote model file (models/dep-vote.model; integers little-endian):
 *   "TLDEPVOT"  8-byte magic
 *   u32 version TL_DEP_VOTE_VERSION
 *   u32 total   whole file length
 *   u32 k       extra members, 1..TL_DEP_VOTE_MAX_MEMBERS - 1
 *   k times:    u32 flags (bit 0: reads right to left), u32 weight (1..1000,
 *               its vote; the main parser's is TL_DEP_VOTE_MAIN_WEIGHT),
 *               u32 len + a tl_percep image "dep-trans", u32 len + a
 *               tl_percep image "dep-label" (the main model's relations,
 *               in its order) */
#define TL_DEP_VOTE_VERSION 1
#define TL_DEP_VOTE_MAX_MEMBERS 8
#define TL_DEP_VOTE_MAIN_WEIGHT 100
/* Longer sentences keep the main parser's tree: the reparse is O(n^3). */
#define TL_DEP_VOTE_MAX_WORDS 100
/* Transition margins above this count as this much (the parsers' margins
 * stay below about 300,000). */
#define TL_DEP_VOTE_MARGIN_CLIP (1 << 20)

typedef struct tl_dep_vote tl_dep_vote;

/* The vote model compiled into the library (models/dep-vote.model), for
 * main model m (its relations must match).  Its weights are decoded here,
 * not at start-up: call it only when a vote is wanted.  Returns NULL and
 * fills err (TL_EFORMAT, TL_ENOMEM, TL_EINVAL for NULL m).  Read-only once
 * loaded: any number of threads may share it.  Free with tl_dep_vote_free. */
tl_dep_vote *tl_dep_vote_load_builtin(const tl_dep_model *m, tl_error *err);
/* From a memory image (copied), every bound and checksum checked; errors as
 * above, TL_EINVAL for NULL data. */
tl_dep_vote *tl_dep_vote_load_mem(const tl_dep_model *m, const void *data, size_t len, tl_error *err);
/* tl_dep_vote_load_mem without copying the checksums' work when builtin is
 * set: for the executable's own bytes only (tl_percep_load_builtin). */
tl_dep_vote *tl_dep_vote_load_image(const tl_dep_model *m, const void *data, size_t len, int builtin,
                                    tl_error *err);
/* From a file; TL_EIO when it can't be read, else as tl_dep_vote_load_mem. */
tl_dep_vote *tl_dep_vote_load(const tl_dep_model *m, const char *path, tl_error *err);
/* Frees the vote model.  Accepts NULL. */
void tl_dep_vote_free(tl_dep_vote *v);
/* Extra members (0 for NULL v).  Can't fail. */
unsigned tl_dep_vote_members(const tl_dep_vote *v);

/* tl_dep_parse_cached for the vote: the tags are the main model m's, the
 * tree the vote of m and v's members; sentences of more than
 * TL_DEP_VOTE_MAX_WORDS words, and every sentence when v is NULL, get m's
 * tree.  Each word's relation is voted by the members whose arc agrees
 * with the chosen head (ties to the earlier member, the main parser
 * first).  Paired punctuation is then attached and a clause's second subject
 * mended (tl_dep_finish).
 * Same ownership, errors and thread safety as tl_dep_parse_cached. */
int tl_dep_parse_vote(const tl_dep_model *m, const tl_dep_vote *v, tl_dep_cache *cache,
                      const tl_str *words, size_t n, tl_arena *a, tl_dep_tree *out);

/* ---- the steps, for tests -------------------------------------------------- */

/* The projective tree over words 1..n with exactly one word on the ROOT (0)
 * that maximises the sum of score[h * (n + 1) + d] over its arcs h -> d
 * (score has (n + 1)^2 entries; entries for d == 0 or h == d are unused).
 * Among equal sums the first split found wins (deterministic).  Writes
 * head[1..n] (0 the ROOT; head[0] untouched).  Uses O(n^2) bytes of arena
 * a.  Returns TL_OK, TL_ENOMEM, or TL_EINVAL (NULL arguments, n == 0 or
 * n > 4096). */
int tl_dep_eisner(const int64_t *score, size_t n, tl_arena *a, int32_t *head);

/* Combines the k trees head[j][1..n] (1-based heads, 0 the ROOT) and their
 * relations label[j][1..n] with votes weight[j] (0..1000; member 0 the main
 * parser) into head_out[1..n] and label_out[1..n] by tl_dep_eisner: the
 * tree with the most votes; among those, the one with the largest sum of
 * margin[j][d] (how surely member j attached word d, clipped to
 * 0..TL_DEP_VOTE_MARGIN_CLIP; margin NULL: none); then the one with most of
 * the main parser's arcs.  n may not exceed 256.  A word whose chosen head no member
 * proposed keeps member 0's relation, or `fallback` when that is root_label
 * (the ROOT's relation goes to the one word on the ROOT).  Returns as
 * tl_dep_eisner (TL_EINVAL also for k == 0 or k > TL_DEP_VOTE_MAX_MEMBERS). */
int tl_dep_vote_combine(size_t n, unsigned k, const int32_t *const *head, const uint8_t *const *label,
                        const int32_t *const *margin, const uint32_t *weight, unsigned root_label, unsigned fallback, tl_arena *a,
                        int32_t *head_out, uint8_t *label_out);
#endif
