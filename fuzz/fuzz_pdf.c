/* fuzz_pdf.c -- libFuzzer target: the PDF reader (poppler underneath) on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tl_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    tl_reader_doc d = {0};
    tl_error err = {0};
    int rc = tl_reader_pdf((const char *)data, size, &d, &err);
    if (rc != TL_OK) {
        /* a refusal says why and leaves the result untouched */
        if (d.text || !err.msg[0]) abort();
        return 0;
    }
    if (!d.text || d.text[d.len] != 0) abort();
    tl_reader_clear(&d);
    return 0;
}
