/* tl_reader.h -- turn input files (HTML pages, PDF files, JSON-lines records) into plain text plus metadata for ingest. */
#ifndef TL_READER_H
#define TL_READER_H
#include <stddef.h>
#include "threadline.h"

/* What a reader found.  Every string is malloc'd (or NULL) and released by
 * tl_reader_clear. */
typedef struct tl_reader_doc {
    char *text;        /* NUL-terminated UTF-8 */
    size_t len;
    char *title, *published, *url, *source;
    char *id;          /* a JSON-lines record's own "id" (a string, or a
                          number in decimal), the document's path in the store */
} tl_reader_doc;

/* Releases the strings of a reader result and zeroes it; accepts a zeroed
 * one.  Can't fail. */
void tl_reader_clear(tl_reader_doc *d);

/* Main text of an HTML page, parsed by libxml2's HTML parser (broken markup
 * is repaired the way browsers do): drops script, style, nav, header,
 * footer, aside, form, noscript, iframe, svg and template elements and
 * anything whose class or id names a menu, cookie banner, share bar or
 * "related" box; block elements become line breaks; every named and
 * numeric entity is decoded.  The charset comes from a byte order mark or
 * <meta charset> / http-equiv; an undeclared page is read as UTF-8 when it
 * is valid UTF-8, else as Latin-1; the text is UTF-8.  Title from og:title
 * or <title>; published date from article:published_time, datePublished,
 * date/pubdate meta or <time datetime>; URL from canonical or og:url.  Any
 * size and nesting depth (memory grows with the text, not the markup).
 * Offsets into the document refer to this text.  Returns TL_OK, or
 * TL_ENOMEM with *out untouched. */
int tl_reader_html(const char *html, size_t len, tl_reader_doc *out);

/* One record of a JSON-lines file: {"text", "title", "published", "url",
 * "source", "id"}; "text" is required (it may hold \u0000, kept as a NUL
 * byte).  Returns TL_OK, TL_EFORMAT (with a message
 * in err) or TL_ENOMEM; *out is untouched on failure. */
int tl_reader_jsonl(const char *line, size_t len, tl_reader_doc *out, tl_error *err);

/* The bytes of one line of a JSON-lines file that identify its record (its
 * document id is their SHA-256): the line up to its newline, without leading
 * and trailing blanks (space, tab, CR).  `ingest` and `extract --input
 * jsonl` both cut records with it, so a record gets the same id in both, and
 * in the engines that drop a CR before the newline (Hadoop, Spark) or add a
 * tab after the record (Hadoop Streaming's text output).  Returns the offset
 * of the first byte kept and sets *n to the number of bytes kept (0: a blank
 * line).  Can't fail. */
size_t tl_reader_jsonl_trim(const char *line, size_t len, size_t *n);
/* The text of a PDF, page after page (through poppler-glib); title and
 * creation date from the document information.  Returns TL_OK, TL_EFORMAT
 * (with poppler's message in err) or TL_ENOMEM; *out is untouched on
 * failure. */
int tl_reader_pdf(const char *bytes, size_t len, tl_reader_doc *out, tl_error *err);
/* tl_reader_pdf with the cap on the text (64 MiB there) given: the text
 * ends at the last whole page, or inside a page at a character boundary,
 * that fits in max_text - 1 bytes with its newline.  Lets the tests reach
 * the cap with a small PDF.  Same returns as tl_reader_pdf. */
int tl_reader_pdf_capped(const char *bytes, size_t len, size_t max_text, tl_reader_doc *out, tl_error *err);
#endif
