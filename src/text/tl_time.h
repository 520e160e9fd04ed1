/* tl_time.h -- dates in text: "October 3, 2021", "13 March 1963", "in July 2022", "2024-02-07". */
#ifndef TL_TIME_H
#define TL_TIME_H
#include "threadline.h"

typedef struct tl_time_match {
    uint32_t tok_begin, tok_end; /* tokens of the expression */
    int year, month, day;        /* 0 when not given */
} tl_time_match;

/* Tries to read a date expression starting at token i of doc (a month name,
 * a day number or a year).  Returns 1 and fills m when one is found, else 0
 * and leaves m untouched.  Can't fail. */
int tl_time_at(const tl_doc *doc, uint32_t i, tl_time_match *m);

/* Month number (1-12) of a month name or abbreviation ("Jan.", "July"),
 * 0 when the word is not a month.  Can't fail. */
int tl_time_month(const char *s, size_t n);

/* Writes the ISO 8601 value at the precision given ("2022", "2022-07",
 * "2022-07-13") into out[11]; a day the month does not have that year
 * ("2021-02-30", "2023-02-29") is left out ("2021-02").  Can't fail. */
void tl_time_iso(const tl_time_match *m, char out[11]);
#endif
