/* tl_pos.h -- part-of-speech tagger: greedy averaged perceptron trained on the Brown corpus. */
#ifndef TL_POS_H
#define TL_POS_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"

/* Tag set: compact, universal-ish, with the verb forms a relation extractor
 * needs.  Ids fit tl_token.pos; 0 means "not tagged".  Mapping from Brown
 * (after dropping an FW- prefix, -TL/-HL/-NC suffixes, the '*' negation and
 * '$' possessive marks; for compounds "A+B" the first part A):
 *
 *   NOUN       NN NNS NR NRS          common nouns, adverbial nouns (home, Friday)
 *   PROPN      NP NPS                 proper nouns
 *   VERB       VB                     base form AND non-3rd-person present
 *                                     (Brown has no VBP: "they recruit" is VERB)
 *   VBD        VBD                    past tense (recruited, travelled)
 *   VBN        VBN                    past participle (was arrested)
 *   VBG        VBG                    gerund / present participle
 *   VERB_PRES  VBZ                    3rd person singular present (recruits)
 *   MD         MD                     modals (can, would, won't)
 *   AUX        BE* HV* DO*            every form of be/have/do, auxiliary or not
 *   ADJ        JJ JJR JJS JJT AP OD   adjectives, post-determiners (many, other), ordinals
 *   ADV        RB RBR RBT RN QL QLP ABL WRB WQL   adverbs, qualifiers, when/where/how
 *   ADP        IN                     prepositions
 *   DET        AT DT DTI DTS DTX ABN ABX   articles, determiners (all, both)
 *   PRON       PP* PN WPS WPO WP$ EX  pronouns incl. possessive (his), who/whom/whose, there
 *   NUM        CD                     cardinal numbers
 *   CONJ       CC                     coordinating conjunctions
 *   SCONJ      CS                     subordinating conjunctions (that, because, as)
 *   PART       TO RP *                infinitival to, particles (up, out), not / n't
 *   POSS       possessive 's or '     split off X$ nouns ("Atlanta's" -> Atlanta 's)
 *   PUNCT      . , : ; ( ) -- ' `` '' punctuation (tags without letters)
 *   WDT        WDT                    which, what (determiner / relative)
 *   X          UH NIL, anything else  interjections, unknown
 *
 * One exception: capitalized NN* and JJ* words of titles (Brown -TL: "Grand
 * Jury", "New York", "Executive Committee") are PROPN, as in UD English.
 * Training also splits half of the contractions PTB-style (it 's, I 'll),
 * two thirds of the n't ones (did n't, didn 't) and half of the possessives,
 * so any of these tokenizations tags well.
 * Words are normalized before lookup: case-folded, accents stripped, curly
 * apostrophes made straight, every double-quote form (`` '' " “ ” „) one. */
enum {
    TL_POS_NONE = 0,
    TL_POS_NOUN, TL_POS_PROPN, TL_POS_VERB, TL_POS_VBD, TL_POS_VBN, TL_POS_VBG,
    TL_POS_VERB_PRES, TL_POS_MD, TL_POS_AUX, TL_POS_ADJ, TL_POS_ADV, TL_POS_ADP,
    TL_POS_DET, TL_POS_PRON, TL_POS_NUM, TL_POS_CONJ, TL_POS_SCONJ, TL_POS_PART,
    TL_POS_POSS, TL_POS_PUNCT, TL_POS_WDT, TL_POS_X,
    TL_POS_COUNT /* one past the last tag id */
};

/* "NOUN", "VBD", ...; "NONE" for 0; NULL when out of range.  Can't fail. */
const char *tl_pos_tag_name(int tag);
/* Tag id of a name ("VBD"); TL_POS_NONE when unknown.  Can't fail. */
int tl_pos_tag_parse(const char *name);

typedef struct tl_pos_model tl_pos_model;

/* Loads a model file (kind "pos", see tl_percep.h for the format).  Returns
 * NULL and fills err on failure: TL_EIO (unreadable), TL_EFORMAT (truncated,
 * corrupted, wrong kind or tag set), TL_ENOMEM.  The model is read-only after
 * load: one model may be shared by any number of threads. */
tl_pos_model *tl_pos_load(const char *path, tl_error *err);
/* Same from a memory image (copied; data may be freed after). */
tl_pos_model *tl_pos_load_mem(const void *data, size_t len, tl_error *err);
/* Same from a decoded image used in place (tl_percep_view_decoded: the
 * built-in model, decoded at build time; data outlives the model). */
tl_pos_model *tl_pos_view_decoded(const void *data, size_t len, tl_error *err);
/* Frees the model.  Accepts NULL. */
void tl_pos_free(tl_pos_model *m);

/* Tags the n words of ONE sentence (views into the text; words[0] is taken
 * as sentence-initial) and writes a tag id (1..TL_POS_COUNT-1) to tags[i].
 * n == 0 is fine.  No allocation.  Can't fail. */
void tl_pos_tag(const tl_pos_model *m, const tl_str *words, size_t n, uint8_t *tags);

/* A memo of word features, for one document or for many (a thread's
 * workspace): tagging the many repeated words ("the", ",", a name) then skips
 * their feature hashing and most weight lookups.  Tags are exactly those of
 * tl_pos_tag, whatever the cache holds.  A cache belongs to one model and to
 * one thread at a time.  It holds at most about max_bytes (0: 4 MiB): when
 * the next sentence could take it past that, it forgets every word first, so
 * its memory does not grow with the text.
 * Returns NULL when out of memory (tl_pos_tag_cached then runs uncached). */
typedef struct tl_pos_cache tl_pos_cache;
tl_pos_cache *tl_pos_cache_new(const tl_pos_model *m, size_t max_bytes);
/* Frees the cache.  Accepts NULL. */
void tl_pos_cache_free(tl_pos_cache *c);
/* tl_pos_tag through the cache c (made for m; NULL: plain tl_pos_tag).  The
 * cache copies the words it keeps.  Can't fail. */
void tl_pos_tag_cached(const tl_pos_model *m, tl_pos_cache *c, const tl_str *words, size_t n,
                       uint8_t *tags);

/* ---- for trainers -------------------------------------------------------- */

/* Maximum number of features of one token. */
#define TL_POS_MAX_FEATS 32

/* The feature hashes of word i of the sentence words[0..n), given the tag ids
 * already chosen for words[0..i) in tags (only i-1 and i-2 are read), exactly
 * as tl_pos_tag computes them.  Writes at most TL_POS_MAX_FEATS values to
 * feats and returns how many.  Can't fail. */
size_t tl_pos_features(const tl_str *words, size_t n, size_t i, const uint8_t *tags,
                       uint32_t *feats);

/* Tag id of a Brown corpus tag (s[0..n), any case), by the table above; for
 * "A+B" compounds pass the part wanted.  TL_POS_X when unknown.  Can't fail. */
int tl_pos_from_brown(const char *s, size_t n);
#endif
