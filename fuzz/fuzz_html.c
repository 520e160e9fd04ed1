/* fuzz_html.c -- libFuzzer target: the HTML reader (libxml2 underneath) on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tl_reader.h"
#include "tl_utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether s[0..n) is valid UTF-8. */
static int utf8_ok(const char *s, size_t n) {
    for (size_t i = 0, k; i < n; i += k)
        if (!(k = tl_utf8_valid_len(s + i, n - i))) return 0;
    return 1;
}

/* Whether s is an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
static int iso_ok(const char *s) {
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_reader_doc d = {0};
    if (tl_reader_html((const char *)data, size, &d) != TL_OK) return 0;
    /* The text is valid UTF-8 without NUL, terminated at len; the metadata
     * are strings, the date an ISO date.  A
     * charset conversion may make the title longer than the page (Latin-1
     * 0xFF is two bytes in UTF-8), never more than 4 bytes a byte. */
    if (!d.text || d.text[d.len] != 0) abort();
    if (strlen(d.text) != d.len || !utf8_ok(d.text, d.len)) abort(); /* whatever the charset */
    if (d.title && (strlen(d.title) > 4 * size || !utf8_ok(d.title, strlen(d.title)))) abort();
    if (d.published && !iso_ok(d.published)) abort();
    tl_reader_clear(&d);
    return 0;
}
