/* tl_fact_when.h -- when and how much: dates (absolute, partial, relative) and money amounts in a sentence. */
#ifndef TL_FACT_WHEN_H
#define TL_FACT_WHEN_H
#include "threadline.h"

/* A resolved date at the precision the text gives (month/day 0 when not). */
typedef struct tl_when {
    int year, month, day;
    uint32_t tok_begin, tok_end; /* the expression's tokens */
    int year2, month2, day2;     /* end of an interval ("from May 2020 to June 2021"); year2 0 when none */
    int aside;                   /* a date that anchors nothing after it ("born May 4, 1982",
                                    "since 1993": tl_when_at sets the latter) */
} tl_when;

/* Reads a date expression at token i of doc: an absolute date ("October 3,
 * 2021", "July 2022", "2016"), an interval ("from August 2023 to January
 * 2024", "between 2014 and 2016"), a partial one whose year comes from
 * `anchor` or else from `published` ("on 21 June", "in January"; a month
 * after the published one is in the year before), or a relative one
 * resolved against `anchor` ("two days later", "the following year", "that
 * year") or against `published` ("last year", "last summer", "this year",
 * "on Tuesday", "last week", "yesterday").  anchor and published may have
 * year 0 (unknown).  out->aside is set for a date after "since" (the start
 * of a state, no frame for later dates).  Returns 1 and fills out when
 * found, else 0.  Reads at
 * most 12 tokens from i.  Can't fail. */
int tl_when_at(const tl_doc *doc, uint32_t i, const tl_when *anchor, const tl_when *published,
               tl_when *out);

/* Writes the ISO value ("2022", "2022-07", "2022-07-13", an interval
 * "2023-08/2024-01") into out[TL_WHEN_ISO_MAX]; "" when the year is
 * unknown.  Can't fail. */
#define TL_WHEN_ISO_MAX 24
void tl_when_iso(const tl_when *w, char out[TL_WHEN_ISO_MAX]);

/* Dates the event facts (arrests, charges, attacks, meetings, foundings,
 * trips, recruitments) that their own sentence leaves undated with the
 * date of the nearest dated sentence before (six at most; else of the
 * next two) when that sentence tells an event of the same type near its
 * date: "The court on Wednesday, April 18, sentenced seven men. [...] X
 * was sentenced to 17 years."  Dates that need an earlier date of the
 * text are not carried.  Changes only time_value and time_text of facts
 * [0, n) whose time_value is "".  Can't fail. */
struct tl_trig_lex;
void tl_when_carry(const tl_doc *doc, const struct tl_trig_lex *lex, const tl_when *published, tl_fact *facts,
                   uint32_t n);

/* Reads a money amount at token i: "$500,000", "30,000 US dollars",
 * "40,000 USD", "€2 million", "5,000 euros".  Returns 1 and sets *value,
 * currency (ISO 4217, 4 bytes with NUL) and the token range [i, *tok_end)
 * when found, else 0.  Can't fail. */
int tl_amount_at(const tl_doc *doc, uint32_t i, double *value, char currency[4], uint32_t *tok_end);
#endif
