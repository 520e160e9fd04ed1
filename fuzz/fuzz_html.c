/* fuzz_html.c -- libFuzzer target: the HTML reader (libxml2 underneath) on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tl_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_reader_doc d = {0};
    if (tl_reader_html((const char *)data, size, &d) != TL_OK) return 0;
    /* The text is NUL-terminated at len; the metadata are strings.  A
     * charset conversion may make the title longer than the page (Latin-1
     * 0xFF is two bytes in UTF-8), never more than 4 bytes a byte. */
    if (!d.text || d.text[d.len] != 0) abort();
    if (d.title && strlen(d.title) > 4 * size) abort();
    if (d.published && strlen(d.published) > 10) abort();
    tl_reader_clear(&d);
    return 0;
}
