/* fuzz_jsonl.c -- libFuzzer target: the JSON-lines reader on every line of arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "tl_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Whether s is an ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
static int iso_ok(const char *s) {
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10) return 0;
    for (size_t i = 0; i < n; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    for (size_t i = 0; i <= size;) {
        const char *nl = memchr(s + i, '\n', size - i);
        size_t e = nl ? (size_t)(nl - s) : size;
        tl_reader_doc d = {0};
        tl_error err = {0};
        if (tl_reader_jsonl(s + i, e - i, &d, &err) == TL_OK) {
            if (!d.text || d.text[d.len] != 0) abort();
            if (d.published && !iso_ok(d.published)) abort();
            tl_reader_clear(&d);
        } else if (d.text || !err.msg[0]) {
            abort(); /* a refusal says why and leaves the result untouched */
        }
        i = e + 1;
    }
    return 0;
}
