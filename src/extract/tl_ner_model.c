/* tl_ner_model.c -- the NER tagger's model: loading, scoring and the training interface. */
#include "tl_ner_int.h"
#include "tl_blob.h"
#include <stdio.h>
#include <stdlib.h>

static const char *const ner_label_names[TL_NER_NLABELS] = {
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

static void err_set(tl_error *err, int code, const char *msg, const char *path) {
    if (!err) return;
    err->code = code;
    err->offset = -1;
    snprintf(err->msg, sizeof err->msg, "%s%s%s", path ? path : "", path ? ": " : "", msg);
}

int tl_ner_load(tl_ner_model **out, const char *path, tl_error *err) {
    tl_ner_model *m = calloc(1, sizeof *m);
    if (!m) { err_set(err, TL_ENOMEM, "out of memory", NULL); return TL_ENOMEM; }
    if (!path) {
        size_t n;
    const unsigned char *img = tl_ner_blob_image(&n);
        if (n == 0) { *out = m; return TL_OK; } /* rules only */
        m->pm = tl_percep_view_decoded(img, n, "ner", NULL, err); /* decoded at build time */
    } else {
        m->pm = tl_percep_load(path, "ner", err);
    }
    if (m->pm && tl_percep_n_classes(m->pm) != TL_NER_NLABELS) {
        tl_percep_free(m->pm);
        m->pm = NULL;
        err_set(err, TL_EFORMAT, "NER model has the wrong label count", path ? path : "built-in model");
    }
    if (!m->pm) {
        int rc = err && err->code ? err->code : TL_EFORMAT;
        free(m);
        return rc;
    }
    *out = m;
    return TL_OK;
}

tl_ner_model *tl_ner_new_empty(unsigned log2) {
    tl_ner_model *m = calloc(1, sizeof *m);
    if (!m) return NULL;
    m->tr = tl_percep_trainer_new(log2, TL_NER_NLABELS);
    if (!m->tr) { free(m); return NULL; }
    return m;
}

void tl_ner_free(tl_ner_model *m) {
    if (!m) return;
    tl_percep_free(m->pm);
    tl_percep_trainer_free(m->tr);
    free(m);
}

void tl_ner_scores(const tl_ner_model *m, const uint32_t *f, size_t n, float *s) {
    for (int l = 0; l < TL_NER_NLABELS; l++) s[l] = 0;
    if (m->tr) {
        tl_percep_trainer_scores(m->tr, f, n, s);
    } else if (m->pm) {
        int32_t acc[TL_NER_NLABELS] = {0};
        tl_percep_score(m->pm, f, n, acc);
        float scale = tl_percep_scale(m->pm);
        for (int l = 0; l < TL_NER_NLABELS; l++) s[l] = (float)acc[l] * scale;
    }
}

void tl_ner_update(tl_ner_model *m, const uint32_t *f, size_t n, int truth, int guess) {
    if (m->tr) tl_percep_trainer_update(m->tr, f, n, (unsigned)truth, (unsigned)guess);
}

int tl_ner_accumulate(tl_ner_model *acc, const tl_ner_model *m, double weight) {
    if (!acc->tr || !m->tr) return TL_EINVAL;
    return tl_percep_trainer_accumulate(acc->tr, m->tr, weight);
}

int tl_ner_save(const tl_ner_model *m, float prune, const char *path, tl_error *err) {
    if (!m->tr) { err_set(err, TL_EINVAL, "not a model in training", NULL); return TL_EINVAL; }
    void *img = NULL;
    size_t len = 0;
    int rc = tl_percep_trainer_save(m->tr, "ner", ner_label_names, prune, &img, &len, err);
    if (rc != TL_OK) return rc;
    FILE *fp = fopen(path, "wb");
    if (!fp) { free(img); err_set(err, TL_EIO, "cannot write the model", path); return TL_EIO; }
    int ok = fwrite(img, 1, len, fp) == len;
    ok = (fclose(fp) == 0) && ok;
    free(img);
    if (!ok) { err_set(err, TL_EIO, "writing the model failed", path); return TL_EIO; }
    return TL_OK;
}

int tl_ner_allowed(int prev, int label) {
    if (label == TL_NER_O || (label % 2) == 1) return 1; /* O and B-X always */
    return prev == label || prev == label - 1;           /* I-X after B-X / I-X */
}
