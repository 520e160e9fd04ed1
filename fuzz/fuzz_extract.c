/* fuzz_extract.c -- libFuzzer target: the whole extraction pipeline and JSON output on arbitrary bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "threadline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Creating an extractor loads the gazetteer and the model, which costs far
 * more than one run: the harness keeps one for the whole process.  It is
 * read-only after creation, so reusing it cannot carry state between inputs.
 * The workspace does carry memos from input to input, with a budget small
 * enough that they fill and start over often: the harness checks that its
 * results are byte for byte those of a plain tl_extract(). */
static tl_extractor *ex;
static tl_workspace *ws;

static char *json_of(tl_doc *doc) {
    char *buf = NULL;
    size_t len = 0;
    if (tl_doc_to_json(doc, TL_JSON_WITH_TEXT, &buf, &len) != TL_OK) {
        free(buf);
        return NULL;
    }
    return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!ex) {
        tl_error err = {0};
        ex = tl_extractor_new(NULL, &err);
        if (!ex) abort(); /* nothing to fuzz without an extractor */
        ws = tl_workspace_new(ex, 64 * 1024);
        if (!ws) abort();
    }
    tl_doc *doc = NULL;
    tl_error err = {0};
    if (tl_extract(ex, (const char *)data, size, "fuzz", &doc, &err) != TL_OK) return 0;
    tl_doc *wdoc = NULL;
    if (tl_extract_ws(ex, ws, (const char *)data, size, "fuzz", &wdoc, &err) != TL_OK) abort();
    char *a = json_of(doc), *b = json_of(wdoc);
    if (!a || !b || strcmp(a, b) != 0) abort(); /* the workspace changed a result */
    free(a);
    free(b);
    tl_doc_free(wdoc);
    /* Every offset the library hands out must stay inside the text. */
    for (uint32_t i = 0; i < doc->n_mentions; i++)
        if (doc->mentions[i].start > doc->mentions[i].end || doc->mentions[i].end > doc->len) abort();
    for (uint32_t i = 0; i < doc->n_tokens; i++)
        if (doc->tokens[i].start >= doc->tokens[i].end || doc->tokens[i].end > doc->len) abort();
    for (int flags = 0; flags <= (TL_JSON_PRETTY | TL_JSON_WITH_TEXT); flags += TL_JSON_PRETTY | TL_JSON_WITH_TEXT) {
        char *buf = NULL;
        size_t len = 0;
        if (tl_doc_to_json(doc, flags, &buf, &len) == TL_OK && len > 0) {
            /* JSON must be one object and contain no raw NUL or control byte. */
            if (buf[0] != '{') abort();
            for (size_t i = 0; i < len; i++)
                if ((unsigned char)buf[i] < 0x20 && buf[i] != '\n' && buf[i] != ' ') abort();
        }
        free(buf);
    }
    tl_doc_free(doc);
    return 0;
}
