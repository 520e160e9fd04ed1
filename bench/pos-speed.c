/* pos-speed.c -- measures the part-of-speech tagger alone: tokens per second over the files given. */
#include "threadline.h"
#include "tl_arena.h"
#include "tl_tok.h"
#include "tl_blob.h"
#include "tl_pos.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: pos-speed FILE...\n"); return 2; }
    tl_error err = {0};
    size_t img_len;
    const unsigned char *img = tl_pos_blob_image(&img_len);
    tl_pos_model *m = tl_pos_view_decoded(img, img_len, &err);
    if (!m) { fprintf(stderr, "pos-speed: %s\n", err.msg); return 1; }
    double tagging = 0;
    unsigned long long tokens = 0;
    static tl_str words[TL_TOK_MAX_SENT];
    static uint8_t tags[TL_TOK_MAX_SENT];
    for (int i = 1; i < argc; i++) {
        FILE *fp = fopen(argv[i], "rb");
        if (!fp) continue;
        fseek(fp, 0, SEEK_END);
        long n = ftell(fp);
        fseek(fp, 0, SEEK_SET);
        tl_arena *a = tl_arena_new(0);
        tl_doc *d = tl_arena_calloc(a, 1, sizeof *d);
        char *text = tl_arena_alloc(a, (size_t)n + 1);
        if (fread(text, 1, (size_t)n, fp) != (size_t)n) n = 0;
        fclose(fp);
        text[n] = 0;
        d->arena = a;
        d->text = text;
        d->len = (size_t)n;
        if (tl_tok_run(d) != TL_OK) return 1;
        double t0 = now();
        for (uint32_t s = 0; s < d->n_sentences; s++) {
            uint32_t k = 0;
            for (uint32_t t = d->sentences[s].tok_begin; t < d->sentences[s].tok_end && k < TL_TOK_MAX_SENT; t++, k++) {
                words[k].ptr = d->text + d->tokens[t].start;
                words[k].len = d->tokens[t].end - d->tokens[t].start;
            }
            tl_pos_tag(m, words, k, tags);
            tokens += k;
        }
        tagging += now() - t0;
        tl_arena_free(a);
    }
    printf("pos tagger: %llu tokens in %.3f s CPU: %.0f tokens/s\n", tokens, tagging,
           tagging > 0 ? (double)tokens / tagging : 0.0);
    tl_pos_free(m);
    return 0;
}
