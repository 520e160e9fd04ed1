/* tl_rel.h -- entity-pair relation classifier (averaged perceptron) for encyclopedic relations. */
#ifndef TL_REL_H
#define TL_REL_H
#include "threadline.h"
#include "tl_gaz.h"

/* Classes: 0 = no relation, then the fact types the classifier knows, each
 * read with the pair's first entity as role 0 and the second as role 1. */
#define TL_REL_NCLASSES 9
extern const uint8_t tl_rel_class_type[TL_REL_NCLASSES]; /* class -> tl_fact_type (class 0: unused) */
extern const char *const tl_rel_class_names[TL_REL_NCLASSES];

/* An ordered candidate pair of entities, with the closest co-mention. */
typedef struct tl_rel_pair {
    int32_t h, t;          /* entity indices */
    uint32_t mh, mt;       /* the closest mentions (indices into doc->mentions) */
    uint32_t sent_dist;    /* sentences between them (0: same sentence) */
    uint32_t n_cooc;       /* sentences where both appear */
} tl_rel_pair;

/* Lists the ordered pairs of entities whose mentions come within
 * `window` sentences of each other (both orders), at most `cap` pairs, in
 * a malloc'd array (*out, freed by the caller).  Work is linear in the
 * number of mentions times the window.  Returns the count, or -1 when out
 * of memory (*out NULL). */
long tl_rel_pairs(const tl_doc *d, uint32_t window, size_t cap, tl_rel_pair **out);

#define TL_REL_MAX_FEATS 64
/* The hashed features of pair p (at most TL_REL_MAX_FEATS) into feats;
 * returns how many.  Can't fail. */
size_t tl_rel_features(const tl_doc *d, const tl_gaz *g, const tl_rel_pair *p, uint32_t *feats);

/* What the gazetteer says of one entity's name, looked up once per entity
 * instead of once per pair.  An array of doc->n_entities of them, zeroed
 * by the caller, serves every pair of the document. */
typedef struct tl_rel_ent {
    int done;
    uint32_t gclass;          /* country, demonym, province, city, region (1-5) or 0 */
    const char *in_country;   /* the country a place lies in (gazetteer bytes) or NULL */
    size_t in_country_len;
    const char *country;      /* the country the name names or is the demonym of, or NULL */
    size_t country_len;
    /* the name and in_country folded (tl_utf8_fold), as pairs compare them */
    char fname[96], fin[96];
    size_t fname_len, fin_len;
    /* the features of the words after the entity's first mention, as the
     * head of a pair whose tail has type t (made on its first pair) */
    uint8_t lead_done[TL_ENT_TYPE_COUNT], lead_n[TL_ENT_TYPE_COUNT];
    uint32_t lead[TL_ENT_TYPE_COUNT][6];
    /* the features of the first and last words of the mention (+ 1; 0:
     * none) last read for the entity as head (0) or tail (1) of a pair
     * whose other entity has type t */
    uint32_t nw_m[2][TL_ENT_TYPE_COUNT], nw[2][TL_ENT_TYPE_COUNT][2];
    /* the rank of the country the entity names (or is the demonym of)
     * among the document's countries by mentions (1 the most named, 2
     * the next, 3 any other; 0: names no country), and how many
     * countries the document names (at most 3); crank_done once set */
    uint8_t crank_done, crank, ncountries;
} tl_rel_ent;

/* tl_rel_features with the per-entity lookups memoized in cache (an array
 * as above; NULL: no memo).  Same features.  Can't fail. */
size_t tl_rel_features_cached(const tl_doc *d, const tl_gaz *g, tl_rel_ent *cache, const tl_rel_pair *p,
                              uint32_t *feats);

typedef struct tl_rel_model tl_rel_model;
/* The model built into the library (models/rel.model), or NULL when it is
 * absent or unreadable (then no pair is classified).  Free with
 * tl_rel_model_free. */
tl_rel_model *tl_rel_model_builtin(void);
/* Loads a model file; NULL and err filled on failure. */
tl_rel_model *tl_rel_model_load(const char *path, tl_error *err);
void tl_rel_model_free(tl_rel_model *m);
/* Best relation class (>= 1) for the features and its margin over class
 * 0 (quantized units; negative when "no relation" scores higher).  Returns
 * 0 only for a model without relation classes.  Can't fail. */
unsigned tl_rel_predict(const tl_rel_model *m, const uint32_t *feats, size_t n, int32_t *margin);

/* Operating points.  A trainer that cross-validates (train-rel --folds)
 * writes one margin per class into the row of tl_rel_oppoint_feature(-1)
 * (never a feature of a pair), and, for a head entity type whose held-out
 * facts were many enough to tell, one per class into the row of
 * tl_rel_oppoint_feature(type): the perceptron's margins are not equally
 * sure for a company and a town "in" a country.  Values are the margin
 * divided by TL_REL_OPPOINT_STEP, in the model's quantized units, so that
 * a point below the largest weight times the step still fits an int16;
 * TL_REL_OPPOINT_OFF switches the class off.  Class 0 holds the marker
 * TL_REL_OPPOINT_MARK: it keeps the row from being pruned, and a row
 * without it (a feature's, when the name's hash falls in a feature's
 * bucket) holds no points. */
#define TL_REL_OPPOINT_STEP 16
#define TL_REL_OPPOINT_OFF 32767
#define TL_REL_OPPOINT_MARK 12345
/* The row of the points of head entity type htype (tl_ent_type), or of
 * the classes whatever the type for htype out of range.  Can't fail. */
uint32_t tl_rel_oppoint_feature(int htype);
/* Does a pair of class cls (>= 1) whose head entity has type htype, with
 * margin `margin` (tl_rel_predict), make a fact: is the margin above the
 * operating point of the class for that type (else of the class), or, for
 * a model without points, above dflt?  0 for a NULL m or a class out of
 * range.  Can't fail. */
int tl_rel_accept(const tl_rel_model *m, unsigned cls, int htype, int32_t margin, int32_t dflt);
/* The sentence window the model was trained with (train-rel --window),
 * kept in the row of tl_rel_window_feature() (class 0 the window in
 * quantized units, class 1 a marker against pruning); TL_REL_WINDOW for a
 * model without it or NULL.  Pairs must be listed with it: the
 * operating points were chosen on such pairs.  Can't fail. */
#define TL_REL_WINDOW 2
uint32_t tl_rel_window_feature(void);
uint32_t tl_rel_window(const tl_rel_model *m);
/* Does m carry its own operating points?  0 for NULL.  Can't fail. */
int tl_rel_has_oppoints(const tl_rel_model *m);
#endif
