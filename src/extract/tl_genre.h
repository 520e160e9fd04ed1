/* tl_genre.h -- tells an encyclopedic lead (a Wikipedia-style article) from a news report. */
#ifndef TL_GENRE_H
#define TL_GENRE_H

#include "threadline.h"

/* 1 when the document reads as an encyclopedic article: its first body
 * sentence defines a subject it opens with ("X (born 1950) was an
 * American ...", "X is a town in ...") and nothing in its opening marks a
 * news report (a weekday, a reporting verb, a wire dateline).  0
 * otherwise, and for NULL or a document without sentences.  Reads d
 * only. */
int tl_genre_encyclopedic(const tl_doc *d);

/* 1 when the first sentences of the document carry a mark of a news
 * report: a weekday ("on Tuesday"), "yesterday", a reporting verb
 * ("said", "announced", "told"), or a wire-service dateline ("(AP) --",
 * "(UPI)").  0 otherwise, and for NULL or no sentences.  Reads d only. */
int tl_genre_news_marks(const tl_doc *d);

#endif
