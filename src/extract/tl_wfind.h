/* tl_wfind.h -- is a word one of the words of a '|'-separated list: the search behind every cue and trigger list. */
#ifndef TL_WFIND_H
#define TL_WFIND_H

#include <stddef.h>

/* True (1) when w[0..n) is one of the '|'-separated words of list, whose
 * length is len (list[len] must be readable: the NUL of a C string).  A
 * word holding '|' or NUL, and an empty word, is in no list.  Same answer
 * as walking the list word by word; can't fail. */
int tl_wfind_in_list(const char *list, size_t len, const char *w, size_t n);

#endif
