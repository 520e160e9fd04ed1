/* model-decode.c -- build step: decodes a committed model file into the image the program uses in place. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tl_buf.h"
#include "tl_dep.h"
#include "tl_percep.h"

/* Usage: model-decode percep|dep IN OUT.  The committed files keep their
 * compact, checksummed format (tl_percep.h, tl_dep.h); the build reads them
 * here, with every check, and writes what the scorer reads
 * (tl_percep_write_decoded, tl_dep_write_decoded), which src/extract/
 * tl_*_blob.c then link.  An empty IN (a model left out) gives an empty OUT:
 * the program then runs without that model, as it did with the empty file.
 * Written to OUT.tmp then renamed, so an interrupted build leaves no half
 * image.  Exit 0, or 1 with a message. */
int main(int argc, char **argv) {
    if (argc != 4 || (strcmp(argv[1], "percep") != 0 && strcmp(argv[1], "dep") != 0)) {
        fprintf(stderr, "usage: model-decode percep|dep IN OUT\n");
        return 1;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) { fprintf(stderr, "model-decode: cannot open %s\n", argv[2]); return 1; }
    int empty = fgetc(f) == EOF;
    fclose(f);
    tl_buf out = TL_BUF_INIT;
    tl_error err = {0};
    int rc = TL_OK;
    if (!empty && strcmp(argv[1], "dep") == 0) {
        tl_dep_model *m = tl_dep_load(argv[2], &err);
        rc = m ? tl_dep_write_decoded(m, &out) : err.code;
        tl_dep_free(m);
    } else if (!empty) {
        tl_percep_model *m = tl_percep_load(argv[2], NULL, &err);
        rc = m ? tl_percep_write_decoded(m, &out) : err.code;
        tl_percep_free(m);
    }
    if (rc != TL_OK) {
        fprintf(stderr, "model-decode: %s: %s\n", argv[2], err.msg[0] ? err.msg : "out of memory");
        tl_buf_free(&out);
        return 1;
    }
    size_t tn = strlen(argv[3]) + 5;
    char *tmp = malloc(tn);
    if (!tmp) { tl_buf_free(&out); return 1; }
    snprintf(tmp, tn, "%s.tmp", argv[3]);
    FILE *o = fopen(tmp, "wb");
    int ok = o && (out.len == 0 || fwrite(out.p, 1, out.len, o) == out.len);
    if (o && fclose(o) != 0) ok = 0;
    if (ok && rename(tmp, argv[3]) != 0) ok = 0;
    if (!ok) { fprintf(stderr, "model-decode: cannot write %s\n", argv[3]); remove(tmp); }
    free(tmp);
    tl_buf_free(&out);
    return ok ? 0 : 1;
}
