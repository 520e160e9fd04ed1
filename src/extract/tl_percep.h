/* tl_percep.h -- averaged perceptron over hashed features: training, quantized model files, scoring. */
#ifndef TL_PERCEP_H
#define TL_PERCEP_H
#include <stddef.h>
#include <stdint.h>
#include "threadline.h"
#include "tl_buf.h"

/* A classifier scores `n_classes` classes (at most TL_PERCEP_MAX_CLASSES) from
 * a set of features, each a 32-bit hash (see tl_percep_hash / tl_percep_mix).
 * A feature's low `hash_bits` bits pick its bucket: features that collide
 * share weights.
 *
 * Model file (all integers little-endian):
 *   "TLPERCEP"             8-byte magic
 *   u32 version            TL_PERCEP_VERSION
 *   u32 total_len          whole file length in bytes, checksum included
 *   u8  kind_len, kind     what the model is for ("pos", "ner"); 1..32 bytes
 *   u8  n_classes, then per class: u8 len (1..32) + name bytes
 *   u8  hash_bits          10..24
 *   f32 scale              weight = q * scale (for reporting only)
 *   u32 n_rows             buckets with weights
 *   rows, bucket ascending: varint (bucket - previous bucket - 1, first: bucket),
 *                           then n_classes zigzag varints q in [-32767, 32767]
 *                           (at most 3 bytes each)
 *   u32 crc32              CRC-32 (IEEE) of every byte before it
 */

#define TL_PERCEP_MAX_CLASSES 64
#define TL_PERCEP_VERSION 1

/* ---- feature hashing (stable across platforms and versions) ------------ */

/* Hashes n bytes with a seed.  Can't fail. */
static inline uint32_t tl_percep_hash(const void *data, size_t n, uint32_t seed) {
    const unsigned char *p = (const unsigned char *)data;
    uint64_t h = 0xcbf29ce484222325ULL ^ ((uint64_t)seed * 0x9E3779B97F4A7C15ULL);
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    h ^= h >> 33; h *= 0xff51afd7ed558ccdULL; h ^= h >> 33;
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* Combines two values (a template id and a hash, or two hashes) into a
 * feature hash.  Can't fail. */
static inline uint32_t tl_percep_mix(uint32_t a, uint32_t b) {
    uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29; h *= 0xbf58476d1ce4e5b9ULL; h ^= h >> 32;
    return (uint32_t)h;
}

/* ---- read-only model ----------------------------------------------------- */
typedef struct tl_percep_model tl_percep_model;

/* Parses a model image (the bytes are copied; data may be freed after).  The
 * image is validated completely: magic, version, length, checksum, every
 * field's range, bucket order.  `kind` (e.g. "pos") must match the file's
 * kind; NULL accepts any.  Returns NULL and fills err (when not NULL) with
 * TL_EFORMAT on a malformed image, TL_ENOMEM when out of memory, TL_EINVAL on
 * NULL data.  The model is read-only: one model may serve many threads. */
tl_percep_model *tl_percep_load_mem(const void *data, size_t len, const char *kind,
                                    tl_error *err);
/* tl_percep_load_mem for an image compiled into the program (a blob linked
 * from models/): the same bounds checks and errors, but the checksum is not
 * recomputed.  It guards files against truncation and bit rot, which the
 * executable's own bytes do not suffer, and on the parser's 13 MB it was a
 * fifth of every start-up.  Never use it for bytes read at run time. */
tl_percep_model *tl_percep_load_builtin(const void *data, size_t len, const char *kind,
                                        tl_error *err);
/* Reads a whole file then calls tl_percep_load_mem; TL_EIO when the file
 * can't be read. */
tl_percep_model *tl_percep_load(const char *path, const char *kind, tl_error *err);
/* Frees the model.  Accepts NULL. */
void tl_percep_free(tl_percep_model *m);

/* ---- decoded images: a model used in place ------------------------------ */
/* Appends m's arrays as the scorer reads them (a header, the bucket bitmap
 * with ranks, the int16 rows; native byte order, 64-byte aligned pieces) to
 * out.  The build makes such images of the committed model files
 * (tools/build/model-decode.c) so that the program's own models need no
 * decoding at start.  Returns TL_OK, TL_ENOMEM (out->oom), TL_EINVAL (NULL
 * arguments). */
int tl_percep_write_decoded(const tl_percep_model *m, tl_buf *out);
/* A model whose arrays are those of the decoded image at data (16-byte
 * aligned; it must outlive the model, which does not copy it: pages never
 * read are never loaded).  Checks the header's fields, the byte order, the
 * lengths and that every rank counts the bits before it (no lookup can leave
 * the rows); weights are taken as they are.  `kind` as tl_percep_load_mem.
 * Stores the image's length (padding included) in *used when used is not
 * NULL.  Returns NULL and fills err: TL_EINVAL (NULL data), TL_EFORMAT
 * (malformed, another byte order, misaligned), TL_ENOMEM.  Free with
 * tl_percep_free (which leaves the image alone). */
tl_percep_model *tl_percep_view_decoded(const void *data, size_t len, const char *kind,
                                        size_t *used, tl_error *err);

/* Class count and names ("" when out of range).  Can't fail. */
unsigned tl_percep_n_classes(const tl_percep_model *m);
const char *tl_percep_class_name(const tl_percep_model *m, unsigned c);
/* The size of one quantized unit (weight = q * scale): turns scores into
 * the trainer's units.  Can't fail. */
float tl_percep_scale(const tl_percep_model *m);
/* Rows (buckets with weights) and hash bits, for reporting.  Can't fail. */
size_t tl_percep_n_rows(const tl_percep_model *m);

/* Adds the weights of n features to scores[0..n_classes), which the caller
 * zeroes first.  Scores are in quantized units.  Can't fail. */
void tl_percep_score(const tl_percep_model *m, const uint32_t *feats, size_t n,
                     int32_t *scores);
/* The same scores by the portable bit count, the path of CPUs without a
 * bit-count instruction (tl_percep_score takes it there by itself; tests
 * compare the two).  Can't fail. */
void tl_percep_score_portable(const tl_percep_model *m, const uint32_t *feats, size_t n,
                              int32_t *scores);
/* tl_percep_score by the path of `level` or the best below it this CPU
 * runs: 0 portable, 1 POPCNT, 2 POPCNT and AVX2 row sums (tl_percep_score
 * takes the best by itself; tests compare the paths).  Can't fail. */
void tl_percep_score_level(const tl_percep_model *m, const uint32_t *feats, size_t n,
                           int32_t *scores, int level);
/* The weight row of feature f (n_classes int16, padded to the row stride),
 * or NULL when the feature has no weights; and the stride.  Can't fail. */
const int16_t *tl_percep_row(const tl_percep_model *m, uint32_t f);
unsigned tl_percep_stride(const tl_percep_model *m);
/* The best class for n features (ties: lowest index).  Can't fail. */
unsigned tl_percep_predict(const tl_percep_model *m, const uint32_t *feats, size_t n);

/* ---- training ------------------------------------------------------------ */
typedef struct tl_percep_trainer tl_percep_trainer;

/* A trainer with a dense table of 2^hash_bits x n_classes weights (plus
 * averaging sums: 12 bytes per weight).  hash_bits in 10..24, n_classes in
 * 2..TL_PERCEP_MAX_CLASSES.  Returns NULL when out of memory or on bad
 * arguments. */
tl_percep_trainer *tl_percep_trainer_new(unsigned hash_bits, unsigned n_classes);
/* Frees the trainer.  Accepts NULL. */
void tl_percep_trainer_free(tl_percep_trainer *t);

/* Best class under the current (not averaged) weights.  Can't fail. */
unsigned tl_percep_trainer_predict(const tl_percep_trainer *t, const uint32_t *feats,
                                   size_t n);
/* Adds the current (not averaged) weights of n features to
 * scores[0..n_classes), which the caller zeroes first: lets a caller choose
 * among allowed classes only.  Can't fail. */
void tl_percep_trainer_scores(const tl_percep_trainer *t, const uint32_t *feats, size_t n,
                              float *scores);
/* Records one training instance: advances the clock and, when guess != truth,
 * moves the weights of feats toward truth and away from guess.  Can't fail. */
void tl_percep_trainer_update(tl_percep_trainer *t, const uint32_t *feats, size_t n,
                              unsigned truth, unsigned guess);

/* Adds `weight` times t's averaged weights into acc, which then holds plain
 * weights (its averaging state is cleared): summing several trainers run
 * with different shuffles gives an ensemble whose weights vary less from
 * one training set to a slightly different one.  Returns TL_EINVAL and
 * leaves acc untouched when the shapes differ, else TL_OK. */
int tl_percep_trainer_accumulate(tl_percep_trainer *acc, const tl_percep_trainer *t, double weight);

/* Adds delta to the weight of feature f for class cls in a trainer that
 * holds plain weights (one that tl_percep_trainer_accumulate filled): a
 * trainer moves a class's bias this way to set its operating point.
 * Returns TL_EINVAL and changes nothing when cls is out of range or t has
 * averaging state, else TL_OK. */
int tl_percep_trainer_add(tl_percep_trainer *t, uint32_t f, unsigned cls, double delta);

/* Serializes the averaged weights as a model image (format above): weights are
 * quantized to int16 and rows whose largest |averaged weight| is below
 * `prune` are dropped.  kind and names as in the file format (names has
 * n_classes entries).  On success stores a malloc'd image in *out / *out_len
 * (the caller frees it) and returns TL_OK; else TL_ENOMEM or TL_EINVAL (bad
 * kind or names) and fills err. */
int tl_percep_trainer_save(const tl_percep_trainer *t, const char *kind,
                           const char *const *names, float prune, void **out,
                           size_t *out_len, tl_error *err);

/* CRC-32 (IEEE 802.3) of n bytes.  Can't fail. */
uint32_t tl_percep_crc32(const void *data, size_t n);
#endif
