/* fuzz_pdf.c -- libFuzzer target: the PDF reader (poppler underneath) on arbitrary bytes. */
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_reader_doc d = {0};
    tl_error err = {0};
    int rc = tl_reader_pdf((const char *)data, size, &d, &err);
    if (rc != TL_OK) {
        /* a refusal says why and leaves the result untouched */
        if (d.text || !err.msg[0]) abort();
        return 0;
    }
    if (!d.text || d.text[d.len] != 0 || !utf8_ok(d.text, d.len)) abort();
    if (d.title && !utf8_ok(d.title, strlen(d.title))) abort();
    if (d.published && strlen(d.published) != 10) abort();
    tl_reader_clear(&d);
    return 0;
}
