/* tl_ner_rsort.h -- a stable sort of element indices by 32-bit keys (radix), for the span and mention orders of NER and entity grouping. */
#ifndef TL_NER_RSORT_H
#define TL_NER_RSORT_H

#include <stddef.h>
#include <stdint.h>

/* Reorders idx[0..n) so that key[idx[0]] <= key[idx[1]] <= ..., keeping
 * the given order of indices with equal keys (stable): what qsort gives
 * with a comparator on (key, position) and no comparator calls.  Every
 * idx[i] must index key; n < 2^32; tmp is scratch room for n indices
 * (unused under 48, where an insertion sort does it).  Can't fail. */
void tl_ner_rsort(uint32_t *idx, const uint32_t *key, size_t n, uint32_t *tmp);

#endif
