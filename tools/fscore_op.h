/* fscore_op.h -- train-fscore's operating point per fact type: where to cut a type's held-out facts, by precision parity with the frames or by held-out F1 (not part of the library). */
#ifndef FSCORE_OP_H
#define FSCORE_OP_H
#include <stddef.h>
#include <string.h>

/* The objectives (train-fscore --objective):
 * FOP_PARITY ("parity"): the best held-out F1 among the cuts whose added
 *   facts are at least R times as precise as the frames' (--precision R).
 *   A gain bought with precision on the training reports was feared to be
 *   a loss on reports the frames fit better.
 * FOP_F1 ("f1"): the best held-out F1, whatever the added facts'
 *   precision.  An added fact raises F1 whenever the type's next facts are
 *   right more often than half the F1 reached (tp / (tp + fp + gold)
 *   rises), so a recall-starved pipeline keeps more than parity lets it. */
enum { FOP_PARITY = 0, FOP_F1 = 1 };

/* The objective named s ("parity", "f1"), or -1.  Can't fail. */
static inline int fop_objective(const char *s) {
    if (!s) return -1;
    if (!strcmp(s, "parity")) return FOP_PARITY;
    if (!strcmp(s, "f1")) return FOP_F1;
    return -1;
}

/* Fact-level F1 of tp right and fp wrong facts against ngold gold facts
 * (as score.py counts it); 0 when there is nothing.  Can't fail. */
static inline double fop_f1(size_t tp, size_t fp, size_t ngold) {
    return tp + fp + ngold ? 2.0 * (double)tp / (double)(tp + fp + ngold) : 0;
}

/* The cut of one type's held-out facts, sorted best margin first: cut k
 * (1..n) adds the first facts up to the k-th margin, counting tp[k] right
 * and fp[k] wrong (cumulative; tp[0], fp[0] are not read: cut 0 adds
 * nothing) to the frames' tp0 right and fp0 wrong of ngold gold facts.
 * Returns the cut with the best F1 under `objective` (FOP_PARITY with
 * precision ratio `ratio`, FOP_F1), the smallest among equals; 0 when no
 * cut raises F1 (the type stays off).  Can't fail. */
static inline size_t fop_pick(const size_t *tp, const size_t *fp, size_t n, size_t tp0, size_t fp0, size_t ngold,
                              int objective, double ratio) {
    double p0 = tp0 + fp0 ? (double)tp0 / (double)(tp0 + fp0) : 0, best = fop_f1(tp0, fp0, ngold);
    size_t pick = 0;
    for (size_t k = 1; k <= n; k++) {
        size_t a = tp[k], b = fp[k];
        if (objective == FOP_PARITY && a + b && (double)a / (double)(a + b) < p0 * ratio) continue;
        double f = fop_f1(tp0 + a, fp0 + b, ngold);
        if (f > best) {
            best = f;
            pick = k;
        }
    }
    return pick;
}
#endif
