/* tl_dep.c -- labelled dependency parser: UD tagger and greedy arc-hybrid parser over averaged perceptrons. */
#include "tl_dep.h"
#include "tl_err.h"
#include "tl_arena.h"
#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAGIC "TLDEPMOD"
#define N_PARTS 4

/* The model's ids of the tags a caller may fix (-1: the model lacks it). */
typedef struct fix_ids { int propn, nnp, nnps, noun, nn, nns, verb, vbz; } fix_ids;

/* The ids mend_reduced reads (-1: the model lacks it; the mend then does
 * nothing). */
typedef struct reduced_ids {
    int nsubj, nsubj_pass, acl, obj, iobj, aux, aux_pass, expl, cop, ccomp, xcomp, advcl, parataxis, conj, dep, mark, cc,
        csubj, acl_relcl, advmod, obl, cas, root, nmod;
    int adp, vbg, vbd, vbn, vbz, vbp, md, jj, noun, propn, punct, wps, cconj;
} reduced_ids;

struct tl_dep_model {
    tl_percep_model *xpos, *upos, *trans, *label;
    unsigned root_label; /* id of "root" */
    int punct_upos;      /* id of UPOS "PUNCT", -1 when the model lacks it */
    int nsubj_label, nsubj_pass_label, appos_label; /* -1 when the model lacks one */
    fix_ids fix;              /* looked up once here, not per parse */
    reduced_ids red;
    tl_dep_clusters clusters; /* arrays in one malloc'd block, clu_mem */
    void *clu_mem;
};

void tl_dep_free(tl_dep_model *m) {
    if (!m) return;
    tl_percep_free(m->xpos);
    tl_percep_free(m->upos);
    tl_percep_free(m->trans);
    tl_percep_free(m->label);
    free(m->clu_mem);
    free(m);
}

/* Reads the word-cluster part (n bytes at p, format in tl_dep.h) into m.
 * Returns 0, or -1 when it is malformed or memory runs out (m->clu_mem then
 * NULL or owned by m, freed by tl_dep_free). */
static int load_clusters(tl_dep_model *m, const unsigned char *p, size_t n) {
    if (n < 8) return -1;
    size_t cnt = tl_rd32le(p);
    if (cnt > (n - 8) / 8 || 8 + cnt * 8 != n) return -1;
    if (tl_percep_crc32(p + 8, n - 8) != tl_rd32le(p + 4)) return -1;
    if (cnt == 0) return 0;
    unsigned char *mem = malloc(cnt * 8);
    if (!mem) return -1;
    m->clu_mem = mem;
    uint32_t *key = (uint32_t *)(void *)mem;
    uint16_t *fine = (uint16_t *)(void *)(mem + cnt * 4), *coarse = fine + cnt;
    const unsigned char *q = p + 8;
    for (size_t i = 0; i < cnt; i++) {
        key[i] = tl_rd32le(q + 4 * i);
        if (i > 0 && key[i] <= key[i - 1]) return -1; /* binary search needs order */
    }
    q += cnt * 4;
    for (size_t i = 0; i < cnt; i++) fine[i] = (uint16_t)(q[2 * i] | q[2 * i + 1] << 8);
    q += cnt * 2;
    for (size_t i = 0; i < cnt; i++) coarse[i] = (uint16_t)(q[2 * i] | q[2 * i + 1] << 8);
    m->clusters.n = cnt;
    m->clusters.key = key;
    m->clusters.fine = fine;
    m->clusters.coarse = coarse;
    return 0;
}

/* Checks the parts of a model that both loaders (the committed format and
 * the image decoded at build time) must agree on, and sets the ids the
 * parser looks up by name: the root label and the PUNCT tag. One place for
 * both, so a model used in place can't miss an id the file loader sets.
 * Returns 0, or -1 when the model has the wrong transitions or no root. */
static int resolve_ids(tl_dep_model *m) {
    if (tl_percep_n_classes(m->trans) != TL_DEP_NTRANS) return -1;
    int root = tl_dep_label_id(m, "root");
    if (root < 0) return -1;
    m->root_label = (unsigned)root;
    m->punct_upos = tl_dep_upos_id(m, "PUNCT");
    m->nsubj_label = tl_dep_label_id(m, "nsubj");
    m->nsubj_pass_label = tl_dep_label_id(m, "nsubj:pass");
    m->appos_label = tl_dep_label_id(m, "appos");
    m->fix = (fix_ids){tl_dep_upos_id(m, "PROPN"), tl_dep_xpos_id(m, "NNP"), tl_dep_xpos_id(m, "NNPS"),
                       tl_dep_upos_id(m, "NOUN"),  tl_dep_xpos_id(m, "NN"),  tl_dep_xpos_id(m, "NNS"),
                       tl_dep_upos_id(m, "VERB"),  tl_dep_xpos_id(m, "VBZ")};
    reduced_ids *r = &m->red;
    r->nsubj = m->nsubj_label;
    r->nsubj_pass = m->nsubj_pass_label;
    r->acl = tl_dep_label_id(m, "acl");
    r->obj = tl_dep_label_id(m, "obj");
    r->iobj = tl_dep_label_id(m, "iobj");
    r->aux = tl_dep_label_id(m, "aux");
    r->aux_pass = tl_dep_label_id(m, "aux:pass");
    r->expl = tl_dep_label_id(m, "expl");
    r->cop = tl_dep_label_id(m, "cop");
    r->ccomp = tl_dep_label_id(m, "ccomp");
    r->xcomp = tl_dep_label_id(m, "xcomp");
    r->advcl = tl_dep_label_id(m, "advcl");
    r->parataxis = tl_dep_label_id(m, "parataxis");
    r->conj = tl_dep_label_id(m, "conj");
    r->dep = tl_dep_label_id(m, "dep");
    r->mark = tl_dep_label_id(m, "mark");
    r->cc = tl_dep_label_id(m, "cc");
    r->csubj = tl_dep_label_id(m, "csubj");
    r->acl_relcl = tl_dep_label_id(m, "acl:relcl");
    r->advmod = tl_dep_label_id(m, "advmod");
    r->obl = tl_dep_label_id(m, "obl");
    r->root = tl_dep_label_id(m, "root");
    r->cas = tl_dep_label_id(m, "case");
    r->nmod = tl_dep_label_id(m, "nmod");
    r->adp = tl_dep_upos_id(m, "ADP");
    r->wps = tl_dep_xpos_id(m, "WP$");
    r->cconj = tl_dep_upos_id(m, "CCONJ");
    r->vbd = tl_dep_xpos_id(m, "VBD");
    r->vbg = tl_dep_xpos_id(m, "VBG");
    r->vbn = tl_dep_xpos_id(m, "VBN");
    r->vbz = tl_dep_xpos_id(m, "VBZ");
    r->vbp = tl_dep_xpos_id(m, "VBP");
    r->md = tl_dep_xpos_id(m, "MD");
    r->jj = tl_dep_xpos_id(m, "JJ");
    r->noun = tl_dep_upos_id(m, "NOUN");
    r->propn = tl_dep_upos_id(m, "PROPN");
    r->punct = m->punct_upos;
    return 0;
}

/* The committed format, every checksum and bound checked (the built-in
 * model is the build's decoded image instead: tl_dep_view_decoded). */
static tl_dep_model *load_image(const void *data, size_t len, tl_error *err) {
    if (!data) { tl_err_setf(err, TL_EINVAL, "no parser model data"); return NULL; }
    const unsigned char *p = data;
    if (len < 16 || memcmp(p, MAGIC, 8) != 0) {
        tl_err_setf(err, TL_EFORMAT, "not a threadline parser model (bad magic)");
        return NULL;
    }
    if (tl_rd32le(p + 8) != TL_DEP_VERSION) {
        tl_err_setf(err, TL_EFORMAT, "parser model version %u, expected %u", (unsigned)tl_rd32le(p + 8),
                TL_DEP_VERSION);
        return NULL;
    }
    if (tl_rd32le(p + 12) != len) {
        tl_err_setf(err, TL_EFORMAT, "parser model is %zu bytes, header says %u (truncated?)", len,
                (unsigned)tl_rd32le(p + 12));
        return NULL;
    }
    tl_dep_model *m = calloc(1, sizeof *m);
    if (!m) { tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
    static const char *const kinds[N_PARTS] = {"dep-xpos", "dep-upos", "dep-trans", "dep-label"};
    tl_percep_model **parts[N_PARTS] = {&m->xpos, &m->upos, &m->trans, &m->label};
    size_t off = 16;
    for (int k = 0; k < N_PARTS; k++) {
        if (len - off < 4) goto bad;
        size_t n = tl_rd32le(p + off);
        off += 4;
        if (n > len - off) goto bad;
        *parts[k] = tl_percep_load_mem(p + off, n, kinds[k], err);
        if (!*parts[k]) { tl_dep_free(m); return NULL; }
        off += n;
    }
    if (len - off < 4) goto bad;
    size_t cn = tl_rd32le(p + off);
    off += 4;
    if (cn != len - off || load_clusters(m, p + off, cn) != 0) goto bad;
    off += cn;
    if (resolve_ids(m) != 0) goto bad;
    return m;
bad:
    tl_err_setf(err, TL_EFORMAT, "malformed parser model (at byte %zu)", off);
    tl_dep_free(m);
    return NULL;
}

tl_dep_model *tl_dep_load_mem(const void *data, size_t len, tl_error *err) {
    return load_image(data, len, err);
}

/* ---- decoded images (the build's form of the built-in model) ------------
 * "TLDEPDEC", u32 order mark, u32 TL_DEP_VERSION, u64 cluster count, u64
 * total, padding to 64 bytes; the four parts as tl_percep decoded images
 * (each a multiple of 64 bytes); the clusters' keys (u32), fine and coarse
 * ids (u16), padding to 64.  Native byte order, like tl_percep's. */
#define DEC_MAGIC "TLDEPDEC"
#define DEC_ORDER 0x01020304u
#define DEC_HEAD 64

typedef struct dep_dec_head {
    char magic[8];
    uint32_t order, version;
    uint64_t n_clusters, total;
} dep_dec_head;

int tl_dep_write_decoded(const tl_dep_model *m, tl_buf *out) {
    if (!m || !out) return TL_EINVAL;
    size_t start = out->len, cn = m->clusters.n;
    static const char zeros[DEC_HEAD];
    dep_dec_head h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DEC_MAGIC, 8);
    h.order = DEC_ORDER;
    h.version = TL_DEP_VERSION;
    h.n_clusters = cn;
    tl_buf_put(out, (const char *)&h, sizeof h); /* total patched below */
    tl_buf_put(out, zeros, DEC_HEAD - sizeof h);
    const tl_percep_model *parts[N_PARTS] = {m->xpos, m->upos, m->trans, m->label};
    for (int k = 0; k < N_PARTS; k++) {
        int rc = tl_percep_write_decoded(parts[k], out);
        if (rc != TL_OK) return rc;
    }
    size_t cl = cn * 8;
    if (cn) {
        tl_buf_put(out, (const char *)m->clusters.key, cn * 4);
        tl_buf_put(out, (const char *)m->clusters.fine, cn * 2);
        tl_buf_put(out, (const char *)m->clusters.coarse, cn * 2);
    }
    tl_buf_put(out, zeros, (DEC_HEAD - cl % DEC_HEAD) % DEC_HEAD);
    if (out->oom) return TL_ENOMEM;
    h.total = out->len - start;
    memcpy(out->p + start, &h, sizeof h);
    return TL_OK;
}

tl_dep_model *tl_dep_view_decoded(const void *data, size_t len, tl_error *err) {
    if (!data) { tl_err_setf(err, TL_EINVAL, "no parser model data"); return NULL; }
    const unsigned char *p = data;
    dep_dec_head h;
    if ((uintptr_t)p % 16 != 0 || len < DEC_HEAD) goto bad_head;
    memcpy(&h, p, sizeof h);
    if (memcmp(h.magic, DEC_MAGIC, 8) != 0 || h.order != DEC_ORDER || h.version != TL_DEP_VERSION ||
        h.total > len || h.total < DEC_HEAD)
        goto bad_head;
    tl_dep_model *m = calloc(1, sizeof *m);
    if (!m) { tl_err_setf(err, TL_ENOMEM, "out of memory"); return NULL; }
    static const char *const kinds[N_PARTS] = {"dep-xpos", "dep-upos", "dep-trans", "dep-label"};
    tl_percep_model **parts[N_PARTS] = {&m->xpos, &m->upos, &m->trans, &m->label};
    size_t off = DEC_HEAD, n = (size_t)h.total;
    for (int k = 0; k < N_PARTS; k++) {
        size_t used = 0;
        *parts[k] = tl_percep_view_decoded(p + off, n - off, kinds[k], &used, err);
        if (!*parts[k]) { tl_dep_free(m); return NULL; }
        off += used;
    }
    uint64_t cn = h.n_clusters;
    if (cn > (n - off) / 8 || n - off != ((cn * 8 + DEC_HEAD - 1) / DEC_HEAD) * DEC_HEAD) goto bad;
    if (cn) {
        const uint32_t *key = (const uint32_t *)(const void *)(p + off);
        for (size_t i = 1; i < cn; i++)
            if (key[i] <= key[i - 1]) goto bad; /* binary search needs order */
        m->clusters.n = (size_t)cn;
        m->clusters.key = key;
        m->clusters.fine = (const uint16_t *)(const void *)(p + off + cn * 4);
        m->clusters.coarse = m->clusters.fine + cn;
    }
    if (resolve_ids(m) != 0) goto bad;
    return m;
bad:
    tl_dep_free(m);
bad_head:
    tl_err_setf(err, TL_EFORMAT, "malformed decoded parser model");
    return NULL;
}

tl_dep_model *tl_dep_load(const char *path, tl_error *err) {
    if (!path) { tl_err_setf(err, TL_EINVAL, "no parser model path"); return NULL; }
    FILE *f = fopen(path, "rb");
    if (!f) { tl_err_setf(err, TL_EIO, "cannot open parser model %s", path); return NULL; }
    size_t cap = 1 << 20, len = 0;
    unsigned char *buf = malloc(cap);
    int ioerr = 0;
    while (buf) {
        if (len == cap) {
            if (cap >= ((size_t)1 << 30)) { ioerr = 2; break; } /* 1 GiB: not a model */
            unsigned char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, f);
        len += got;
        if (got == 0) { ioerr = ferror(f) ? 1 : 0; break; }
    }
    fclose(f);
    if (!buf) { tl_err_setf(err, TL_ENOMEM, "out of memory reading %s", path); return NULL; }
    if (ioerr) {
        free(buf);
        if (ioerr == 2) tl_err_setf(err, TL_EFORMAT, "parser model %s is too large", path);
        else tl_err_setf(err, TL_EIO, "cannot read parser model %s", path);
        return NULL;
    }
    tl_dep_model *m = tl_dep_load_mem(buf, len, err);
    free(buf);
    return m;
}

unsigned tl_dep_n_labels(const tl_dep_model *m) { return m ? tl_percep_n_classes(m->label) : 0; }
const char *tl_dep_label_name(const tl_dep_model *m, unsigned id) {
    return m ? tl_percep_class_name(m->label, id) : "";
}
unsigned tl_dep_n_upos(const tl_dep_model *m) { return m ? tl_percep_n_classes(m->upos) : 0; }
const char *tl_dep_upos_name(const tl_dep_model *m, unsigned id) {
    return m ? tl_percep_class_name(m->upos, id) : "";
}
unsigned tl_dep_n_xpos(const tl_dep_model *m) { return m ? tl_percep_n_classes(m->xpos) : 0; }
const char *tl_dep_xpos_name(const tl_dep_model *m, unsigned id) {
    return m ? tl_percep_class_name(m->xpos, id) : "";
}

static int class_id(const tl_percep_model *pm, const char *name) {
    if (!pm || !name) return -1;
    /* The fact passes ask for a dozen labels a sentence: a strcmp for each
     * of the 54 labels was a hundredth of the instructions on real prose,
     * so the first byte is compared before the call. */
    for (unsigned k = 0, nk = tl_percep_n_classes(pm); k < nk; k++) {
        const char *c = tl_percep_class_name(pm, k);
        if (c[0] == name[0] && strcmp(c, name) == 0) return (int)k;
    }
    return -1;
}
int tl_dep_label_id(const tl_dep_model *m, const char *name) { return m ? class_id(m->label, name) : -1; }
int tl_dep_upos_id(const tl_dep_model *m, const char *name) { return m ? class_id(m->upos, name) : -1; }
int tl_dep_xpos_id(const tl_dep_model *m, const char *name) { return m ? class_id(m->xpos, name) : -1; }

/* ---- word hashes ----------------------------------------------------------- */

/* Longest prefix of a word that is hashed: longer tokens (URLs, junk) differ
 * by length only past it, and the work per word stays bounded. */
#define FOLD_MAX 48

/* Byte offset where the last k UTF-8 characters of s[0..n) start (0 when the
 * word is shorter).  Continuation bytes are skipped so that a suffix never
 * starts inside a character. */
static size_t last_chars(const unsigned char *s, size_t n, unsigned k) {
    size_t i = n;
    while (k > 0 && i > 0) {
        i--;
        while (i > 0 && (s[i] & 0xC0) == 0x80) i--;
        k--;
    }
    return i;
}

static size_t first_chars(const unsigned char *s, size_t n, unsigned k) {
    size_t i = 0;
    while (k > 0 && i < n) {
        i++;
        while (i < n && (s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

void tl_dep_words(const tl_str *words, size_t n, tl_dep_word *w) {
    memset(&w[0], 0, sizeof w[0]);
    w[0].w = tl_percep_hash("<ROOT>", 6, 1);
    w[0].shape = w[0].w;
    for (size_t i = 1; i <= n; i++) {
        const unsigned char *s = (const unsigned char *)words[i - 1].ptr;
        size_t len = s ? words[i - 1].len : 0;
        unsigned char fold[FOLD_MAX + 4], shape[16];
        size_t fn = len < FOLD_MAX ? len : FOLD_MAX, sn = 0;
        unsigned char last = 0;
        int run = 0;
        for (size_t j = 0; j < fn; j++) {
            unsigned char c = s[j], k;
            if (c >= 'A' && c <= 'Z') { fold[j] = (unsigned char)(c + 32); k = 'X'; }
            else if (c >= 'a' && c <= 'z') { fold[j] = c; k = 'x'; }
            else if (c >= '0' && c <= '9') { fold[j] = '0'; k = 'd'; }
            else if (c >= 0x80) { fold[j] = c; k = (c & 0xC0) == 0x80 ? 0 : 'u'; }
            else { fold[j] = c; k = c; }
            if (!k) continue;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2 && sn < sizeof shape) shape[sn++] = k;
        }
        tl_dep_word *o = &w[i];
        memset(o, 0, sizeof *o);
        uint32_t extra = len > FOLD_MAX ? (uint32_t)len : 0;
        o->w = tl_percep_hash(fold, fn, 2 + extra);
        o->shape = tl_percep_hash(shape, sn, 3);
        for (unsigned k = 0; k < 3; k++) {
            size_t e = first_chars(fold, fn, k + 1);
            o->pre[k] = tl_percep_hash(fold, e, 10 + k);
        }
        for (unsigned k = 0; k < 4; k++) {
            size_t b = last_chars(fold, fn, k + 1);
            o->suf[k] = tl_percep_hash(fold + b, fn - b, 20 + k);
        }
        o->cap = len > 0 && s[0] >= 'A' && s[0] <= 'Z';
        o->first = i == 1;
    }
}

void tl_dep_word_clusters(const tl_dep_clusters *c, tl_dep_word *w, size_t n) {
    for (size_t i = 1; i <= n; i++) {
        w[i].cf = w[i].cc = 0;
        if (!c || c->n == 0) continue;
        size_t lo = 0, hi = c->n;
        uint32_t k = w[i].w;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (c->key[mid] < k) lo = mid + 1;
            else hi = mid;
        }
        if (lo < c->n && c->key[lo] == k) { w[i].cf = c->fine[lo]; w[i].cc = c->coarse[lo]; }
    }
}

/* ---- features ------------------------------------------------------------- */

/* Feature of template t over one to three values. */
static inline uint32_t f1(uint32_t t, uint32_t a) { return tl_percep_mix(t * 0x9E3779B1u + 7, a); }
static inline uint32_t f2(uint32_t t, uint32_t a, uint32_t b) {
    return tl_percep_mix(f1(t, a), b + 0x632BE5ABu);
}
static inline uint32_t f3(uint32_t t, uint32_t a, uint32_t b, uint32_t c) {
    return tl_percep_mix(f2(t, a, b), c + 0x85157AF5u);
}

#define PAD_BEFORE 0x51A7u
#define PAD_AFTER 0xE4D0u

size_t tl_dep_tag_word_features(const tl_dep_word *c, int upos_pass, uint32_t *feats) {
    size_t k = 0;
    uint32_t base = upos_pass ? 100 : 0;
    feats[k++] = f1(base + 1, 0);
    feats[k++] = f1(base + 2, c->w);
    for (unsigned j = 0; j < 4; j++) feats[k++] = f1(base + 3 + j, c->suf[j]);
    for (unsigned j = 0; j < 3; j++) feats[k++] = f1(base + 7 + j, c->pre[j]);
    feats[k++] = f1(base + 10, c->shape);
    feats[k++] = f2(base + 11, c->shape, c->first);
    feats[k++] = f2(base + 33, c->w, c->cap);
    feats[k++] = f2(base + 35, c->suf[1], c->shape);
    /* word clusters: what the treebank never showed, unlabelled text did */
    feats[k++] = f1(base + 40, c->cf);
    feats[k++] = f1(base + 41, c->cc);
    feats[k++] = f2(base + 45, c->cf, c->suf[1]);
    feats[k++] = f2(base + 46, c->cf, c->cap);
    return k;
}

size_t tl_dep_tag_context_features(const tl_dep_word *w, size_t n, size_t i, int upos_pass,
                                   uint32_t *feats) {
    size_t k = 0;
    /* Neighbours past either end read as padding. */
    uint32_t wm1 = i >= 2 ? w[i - 1].w : PAD_BEFORE, wm2 = i >= 3 ? w[i - 2].w : PAD_BEFORE;
    uint32_t wp1 = i + 1 <= n ? w[i + 1].w : PAD_AFTER, wp2 = i + 2 <= n ? w[i + 2].w : PAD_AFTER;
    uint32_t sm1 = i >= 2 ? w[i - 1].suf[2] : PAD_BEFORE, sp1 = i + 1 <= n ? w[i + 1].suf[2] : PAD_AFTER;
    uint32_t shm1 = i >= 2 ? w[i - 1].shape : PAD_BEFORE, shp1 = i + 1 <= n ? w[i + 1].shape : PAD_AFTER;
    uint32_t xm1 = i >= 2 ? w[i - 1].xpos : 99, xm2 = i >= 3 ? w[i - 2].xpos : 99;
    const tl_dep_word *c = &w[i];
    uint32_t base = upos_pass ? 100 : 0;
    feats[k++] = f1(base + 12, wm1);
    feats[k++] = f1(base + 13, wp1);
    feats[k++] = f1(base + 14, wm2);
    feats[k++] = f1(base + 15, wp2);
    feats[k++] = f1(base + 16, sm1);
    feats[k++] = f1(base + 17, sp1);
    feats[k++] = f1(base + 18, shm1);
    feats[k++] = f1(base + 19, shp1);
    feats[k++] = f2(base + 20, wm1, c->w);
    feats[k++] = f2(base + 21, c->w, wp1);
    feats[k++] = f2(base + 22, c->suf[2], wp1);
    feats[k++] = f2(base + 34, wp1, wp2);
    feats[k++] = f1(base + 36, i + 1 <= n ? w[i + 1].suf[1] : PAD_AFTER);
    uint32_t cfm1 = i >= 2 ? w[i - 1].cf : PAD_BEFORE, cfp1 = i + 1 <= n ? w[i + 1].cf : PAD_AFTER;
    uint32_t ccm1 = i >= 2 ? w[i - 1].cc : PAD_BEFORE, ccp1 = i + 1 <= n ? w[i + 1].cc : PAD_AFTER;
    feats[k++] = f1(base + 42, cfm1);
    feats[k++] = f1(base + 43, cfp1);
    feats[k++] = f3(base + 44, ccm1, c->cc, ccp1);
    if (!upos_pass) {
        feats[k++] = f1(23, xm1);
        feats[k++] = f2(24, xm1, xm2);
        feats[k++] = f2(25, xm1, c->w);
        feats[k++] = f2(26, xm1, c->suf[2]);
        feats[k++] = f2(27, xm1, wp1);
    } else {
        uint32_t xp1 = i + 1 <= n ? w[i + 1].xpos : 98, xp2 = i + 2 <= n ? w[i + 2].xpos : 98;
        uint32_t um1 = i >= 2 ? w[i - 1].upos : 99;
        feats[k++] = f1(123, c->xpos);
        feats[k++] = f2(124, c->xpos, c->w);
        feats[k++] = f2(125, c->xpos, xm1);
        feats[k++] = f2(126, c->xpos, xp1);
        feats[k++] = f3(127, xm1, c->xpos, xp1);
        feats[k++] = f2(128, c->xpos, um1);
        feats[k++] = f2(129, c->xpos, wp1);
        feats[k++] = f2(130, c->xpos, wm1);
        feats[k++] = f3(131, c->xpos, xp1, xp2);
        feats[k++] = f1(132, um1);
    }
    return k;
}

/* The word's features first, then its context's: the scores are sums of
 * integer weights, so the order changes neither the parser's scores nor
 * the trainer's (whose weights move by whole units). */
size_t tl_dep_tag_features(const tl_dep_word *w, size_t n, size_t i, int upos_pass,
                           uint32_t *feats) {
    size_t k = tl_dep_tag_word_features(&w[i], upos_pass, feats);
    return k + tl_dep_tag_context_features(w, n, i, upos_pass, feats + k);
}

/* ---- transition system ---------------------------------------------------- */

int tl_dep_state_init(tl_dep_state *s, size_t n, tl_arena *a) {
    memset(s, 0, sizeof *s);
    size_t m = n + 1;
    s->stack = tl_arena_alloc(a, m * sizeof *s->stack);
    s->head = tl_arena_alloc(a, m * sizeof *s->head);
    s->label = tl_arena_calloc(a, m, 1);
    s->lc1 = tl_arena_calloc(a, m, sizeof *s->lc1);
    s->lc2 = tl_arena_calloc(a, m, sizeof *s->lc2);
    s->rc1 = tl_arena_calloc(a, m, sizeof *s->rc1);
    s->rc2 = tl_arena_calloc(a, m, sizeof *s->rc2);
    s->nl = tl_arena_calloc(a, m, 1);
    s->nr = tl_arena_calloc(a, m, 1);
    s->lset = tl_arena_calloc(a, m, sizeof *s->lset);
    s->rset = tl_arena_calloc(a, m, sizeof *s->rset);
    if (!s->stack || !s->head || !s->label || !s->lc1 || !s->lc2 || !s->rc1 || !s->rc2 ||
        !s->nl || !s->nr || !s->lset || !s->rset)
        return TL_ENOMEM;
    for (size_t i = 0; i < m; i++) s->head[i] = -1;
    s->n = n;
    s->stack[0] = 0;
    s->sp = 1;
    s->b = 1;
    return TL_OK;
}

int tl_dep_state_final(const tl_dep_state *s) { return s->b > s->n && s->sp <= 1; }

int tl_dep_state_legal(const tl_dep_state *s, int t) {
    int buf = s->b <= s->n;
    switch (t) {
    case TL_DEP_SHIFT: return buf;
    case TL_DEP_LEFT: return buf && s->sp >= 2;
    case TL_DEP_RIGHT: return s->sp >= 3 || (s->sp == 2 && !buf);
    default: return 0;
    }
}

static void attach(tl_dep_state *s, int32_t h, int32_t d, unsigned label) {
    s->head[d] = h;
    s->label[d] = (uint8_t)(label + 1);
    uint64_t bit = label < 64 ? (uint64_t)1 << label : 0;
    if (d < h) { /* d is h's new leftmost child */
        s->lc2[h] = s->lc1[h];
        s->lc1[h] = d;
        if (s->nl[h] < 255) s->nl[h]++;
        s->lset[h] |= bit;
    } else {     /* d is h's new rightmost child */
        s->rc2[h] = s->rc1[h];
        s->rc1[h] = d;
        if (s->nr[h] < 255) s->nr[h]++;
        s->rset[h] |= bit;
    }
}

void tl_dep_state_apply(tl_dep_state *s, int t, unsigned label) {
    switch (t) {
    case TL_DEP_SHIFT: s->stack[s->sp++] = (int32_t)s->b++; break;
    case TL_DEP_LEFT: attach(s, (int32_t)s->b, s->stack[s->sp - 1], label); s->sp--; break;
    case TL_DEP_RIGHT: attach(s, s->stack[s->sp - 2], s->stack[s->sp - 1], label); s->sp--; break;
    default: break;
    }
}

/* A missing item (empty stack slot, no child) reads as these values. */
#define NONE_W 0x4E4F4E45u
#define NONE_T 250u
#define NONE_C 0x10000u

/* Word-only first mixes (the speed-up of the parser's features).  Most
 * state features start with a value of one word in one role (s0's tag,
 * b0's word...), and f1(t, value) of it is the same in every state where
 * that word holds that role: each word holds each role in about two
 * states, so hashing it once per sentence halves those mixes.  Only the
 * roles with many slots (s0, s1, b0, b1) are here: for b2, s2 and the
 * children, two or three slots a role, filling the table cost more than
 * the reads saved (bench/README.md).  The slots: template, and which value
 * of the word it reads. */
enum { KW, KP, KU, KWP, KSUF, KSH, KCF, KCC };
#define TL_DEP_WSLOTS(X) \
    X(2, KW) X(3, KP) X(4, KWP) X(5, KW) X(6, KP) X(7, KWP) \
    X(8, KW) X(9, KP) X(10, KWP) X(11, KW) X(12, KP) X(13, KW) \
    X(18, KU) X(19, KU) X(20, KU) X(21, KSUF) X(22, KSUF) X(23, KSH) \
    X(24, KSH) X(30, KWP) X(31, KWP) X(32, KW) X(33, KWP) X(34, KP) \
    X(35, KW) X(36, KP) X(37, KP) X(38, KWP) X(39, KWP) X(40, KP) \
    X(41, KW) X(42, KP) X(43, KP) X(44, KW) X(45, KW) X(46, KWP) \
    X(50, KP) X(51, KP) X(52, KP) X(54, KP) X(55, KP) X(56, KP) \
    X(57, KP) X(58, KP) X(59, KP) X(60, KP) X(61, KP) X(62, KW) \
    X(63, KP) X(64, KW) X(65, KP) X(70, KW) X(71, KP) X(72, KW) \
    X(73, KP) X(74, KP) X(75, KP) X(76, KW) X(77, KW) X(80, KWP) \
    X(81, KWP) X(82, KWP) X(83, KP) X(84, KP) X(106, KP) X(107, KP) \
    X(108, KP) X(109, KP) X(114, KP) X(115, KP) X(116, KW) X(117, KW) \
    X(120, KWP) X(121, KWP) X(122, KWP) X(123, KP) X(124, KP) X(130, KU) \
    X(131, KU) X(132, KU) X(133, KU) X(134, KW) X(135, KU) X(136, KW) \
    X(137, KU) X(138, KP) X(140, KCF) X(141, KCF) X(142, KCF) X(143, KCF) \
    X(144, KCF) X(145, KP) X(146, KCC) X(147, KCC) X(148, KCC) X(149, KCC) \
    X(150, KCF) X(151, KCF) X(152, KCC) X(153, KCC) X(154, KCC) X(155, KCC)

enum {
#define X(t, kind) SL_##t,
    TL_DEP_WSLOTS(X)
#undef X
    SL_COUNT
};

/* One word's (or the NONE item's) cached values: its word+tag mix and the
 * first mix of every slot. */
struct tl_dep_wfeat {
    uint32_t wp;
    uint32_t h[SL_COUNT];
};

/* Sentences longer than this are parsed on the plain path: the table costs
 * about 410 bytes a word, and such "sentences" (lists, junk) are rare. */
#define WFEAT_MAX_WORDS 1024

/* The values of word x (-1: the NONE item) as the features read them. */
static void wfeat_fill(const tl_dep_word *w, int32_t x, tl_dep_wfeat *o) {
    uint32_t v[8];
    v[KW] = x >= 0 ? w[x].w : NONE_W;
    v[KP] = x >= 0 ? (uint32_t)w[x].xpos : NONE_T;
    v[KU] = x >= 0 ? (uint32_t)w[x].upos : NONE_T;
    v[KWP] = tl_percep_mix(v[KW], v[KP]);
    v[KSUF] = x >= 0 ? w[x].suf[2] : NONE_W;
    v[KSH] = x >= 0 ? w[x].shape : NONE_W;
    v[KCF] = x >= 0 ? (uint32_t)w[x].cf : NONE_C;
    v[KCC] = x >= 0 ? (uint32_t)w[x].cc : NONE_C;
    o->wp = v[KWP];
#define X(t, kind) o->h[SL_##t] = f1(t, v[kind]);
    TL_DEP_WSLOTS(X)
#undef X
}

tl_dep_wfeat *tl_dep_wfeats(const tl_dep_word *w, size_t n, tl_arena *a) {
    if (!w || !a || n > WFEAT_MAX_WORDS) return NULL;
    tl_dep_wfeat *c = tl_arena_alloc(a, (n + 2) * sizeof *c);
    if (!c) return NULL;
    for (size_t i = 0; i <= n; i++) wfeat_fill(w, (int32_t)i, &c[i]);
    wfeat_fill(w, -1, &c[n + 1]);
    return c;
}

/* The second and third mixes of f2 / f3 after a first mix h = f1(t, a). */
static inline uint32_t g2(uint32_t h, uint32_t b) { return tl_percep_mix(h, b + 0x632BE5ABu); }
static inline uint32_t g3(uint32_t h, uint32_t b, uint32_t c) {
    return tl_percep_mix(g2(h, b), c + 0x85157AF5u);
}

/* Entry of item x in the table: the NONE item sits after the words. */
#define IX(x) ((x) >= 0 ? (size_t)(x) : n + 1)
/* f1(t, a) where a is a value of item x: from the table when there is one. */
#define Q(x, t, a) (c ? c[IX(x)].h[SL_##t] : f1(t, a))

/* Which of the state's features state_features writes.  A feature of a
 * group reads one item alone, the same in every state where that item
 * holds that place: the buffer's words (b0..b3, a function of the buffer
 * front, with the bias), s0, s1 or s2 as a word.  The parser scores each
 * group once per item and place (tl_dep_run) and the rest in every state;
 * SF_ALL is every feature in the trainer's order. */
enum { SF_ALL, SF_REST, SF_B, SF_S0, SF_S1, SF_S2, SF_GROUPS };
/* Emits a feature of no group, or of group g (mode a constant). */
#define R(e) do { if (mode <= SF_REST) feats[k++] = (e); } while (0)
#define G(g, e) do { if (mode == SF_ALL || mode == (g) || mode == SF_GROUPS) feats[k++] = (e); } while (0)

/* The state's features, once for both paths: with c NULL every feature is
 * hashed from the words (the plain path, which the trainer uses); with c the
 * first mix of each feature whose first value is a word's comes from c, so
 * the two inline copies give the same hashes by construction.  mode (a
 * constant in each inline copy): which features, above. */
static inline __attribute__((always_inline)) size_t
state_features(const tl_dep_state *s, const tl_dep_word *w, const tl_dep_wfeat *c,
               uint32_t *feats, const int mode) {
    size_t k = 0, n = s->n;
    int32_t s0 = s->sp >= 2 ? s->stack[s->sp - 1] : -1;
    int32_t s1 = s->sp >= 3 ? s->stack[s->sp - 2] : (s->sp == 2 ? 0 : -1);
    int32_t s2 = s->sp >= 4 ? s->stack[s->sp - 3] : (s->sp == 3 ? 0 : -1);
    int32_t b0 = s->b <= n ? (int32_t)s->b : -1;
    int32_t b1 = s->b + 1 <= n ? (int32_t)s->b + 1 : -1;
    int32_t b2 = s->b + 2 <= n ? (int32_t)s->b + 2 : -1;
#define W(x) ((x) >= 0 ? w[x].w : NONE_W)
#define P(x) ((x) >= 0 ? (uint32_t)w[x].xpos : NONE_T)
#define U(x) ((x) >= 0 ? (uint32_t)w[x].upos : NONE_T)
#define L(x) ((x) > 0 ? (uint32_t)s->label[x] : NONE_T)
#define LC1(x) ((x) >= 0 && s->lc1[x] ? s->lc1[x] : -1)
#define LC2(x) ((x) >= 0 && s->lc2[x] ? s->lc2[x] : -1)
#define RC1(x) ((x) >= 0 && s->rc1[x] ? s->rc1[x] : -1)
#define RC2(x) ((x) >= 0 && s->rc2[x] ? s->rc2[x] : -1)
    uint32_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
    uint32_t b0w = W(b0), b0p = P(b0), b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
    int32_t s0l = LC1(s0), s0r = RC1(s0), s0l2 = LC2(s0), s0r2 = RC2(s0);
    int32_t s1l = LC1(s1), s1r = RC1(s1), s1r2 = RC2(s1), b0l = LC1(b0), b0l2 = LC2(b0);
    int32_t s0ll = LC1(s0l), s0rr = RC1(s0r), b0ll = LC1(b0l), s1rr = RC1(s1r);
    uint32_t s0wp = c ? c[IX(s0)].wp : tl_percep_mix(s0w, s0p);
    uint32_t b0wp = c ? c[IX(b0)].wp : tl_percep_mix(b0w, b0p);
    uint32_t s1wp = c ? c[IX(s1)].wp : tl_percep_mix(s1w, s1p);
    G(SF_B, f1(1, 0));
    /* single items */
    G(SF_S0, Q(s0, 2, s0w)); G(SF_S0, Q(s0, 3, s0p)); G(SF_S0, Q(s0, 4, s0wp));
    G(SF_S1, Q(s1, 5, s1w)); G(SF_S1, Q(s1, 6, s1p)); G(SF_S1, Q(s1, 7, s1wp));
    G(SF_B, Q(b0, 8, b0w)); G(SF_B, Q(b0, 9, b0p)); G(SF_B, Q(b0, 10, b0wp));
    G(SF_B, Q(b1, 11, b1w)); G(SF_B, Q(b1, 12, b1p)); G(SF_B, g2(Q(b1, 13, b1w), b1p));
    G(SF_B, f1(14, b2w)); G(SF_B, f1(15, b2p));
    G(SF_S2, f1(16, s2p)); G(SF_S2, g2(f1(17, W(s2)), s2p));
    G(SF_S0, Q(s0, 18, U(s0))); G(SF_B, Q(b0, 19, U(b0))); G(SF_S1, Q(s1, 20, U(s1)));
    G(SF_B, g2(Q(b0, 21, b0 >= 0 ? w[b0].suf[2] : NONE_W), b0p));
    G(SF_S0, g2(Q(s0, 22, s0 >= 0 ? w[s0].suf[2] : NONE_W), s0p));
    G(SF_B, Q(b0, 23, b0 >= 0 ? w[b0].shape : NONE_W));
    G(SF_S0, Q(s0, 24, s0 >= 0 ? w[s0].shape : NONE_W));
    /* pairs */
    R(g2(Q(s0, 30, s0wp), b0wp)); R(g2(Q(s0, 31, s0wp), b0w));
    R(g2(Q(s0, 32, s0w), b0wp));
    R(g2(Q(s0, 33, s0wp), b0p)); R(g2(Q(s0, 34, s0p), b0wp));
    R(g2(Q(s0, 35, s0w), b0w));
    R(g2(Q(s0, 36, s0p), b0p)); G(SF_B, g2(Q(b0, 37, b0p), b1p));
    R(g2(Q(s1, 38, s1wp), s0wp)); R(g2(Q(s1, 39, s1wp), s0p));
    R(g2(Q(s1, 40, s1p), s0wp));
    R(g2(Q(s1, 41, s1w), s0w)); R(g2(Q(s1, 42, s1p), s0p));
    R(g2(Q(s1, 43, s1p), b0p)); R(g2(Q(s1, 44, s1w), b0w));
    G(SF_B, g2(Q(b0, 45, b0w), b1w)); G(SF_B, g2(Q(b0, 46, b0wp), b1p));
    /* triples */
    G(SF_B, g3(Q(b0, 50, b0p), b1p, b2p)); R(g3(Q(s0, 51, s0p), b0p, b1p));
    R(g3(Q(s1, 52, s1p), s0p, b0p)); R(g3(f1(53, s2p), s1p, s0p));
    R(g3(Q(s0, 54, s0p), P(s0l), b0p)); R(g3(Q(s0, 55, s0p), P(s0r), b0p));
    R(g3(Q(s0, 56, s0p), b0p, P(b0l))); R(g3(Q(s1, 57, s1p), s0p, P(s0l)));
    R(g3(Q(s1, 58, s1p), s0p, P(s0r))); R(g3(Q(s1, 59, s1p), P(s1r), s0p));
    R(g3(Q(s1, 60, s1p), P(s1l), s0p)); R(g3(Q(s1, 61, s1p), s0p, b1p));
    R(g3(Q(s0, 62, s0w), b0p, b1p)); R(g3(Q(s0, 63, s0p), b0w, b1p));
    R(g3(Q(s1, 64, s1w), s0p, b0p)); R(g3(Q(s1, 65, s1p), s0w, b0p));
    /* distance */
    uint32_t d = s0 >= 0 && b0 >= 0 ? (uint32_t)(b0 - s0) : 0;
    if (d > 5) d = d < 10 ? 6 : 7;
    uint32_t d1 = s1 > 0 && s0 >= 0 ? (uint32_t)(s0 - s1) : 0;
    if (d1 > 5) d1 = d1 < 10 ? 6 : 7;
    R(g2(Q(s0, 70, s0w), d)); R(g2(Q(s0, 71, s0p), d));
    R(g2(Q(b0, 72, b0w), d));
    R(g2(Q(b0, 73, b0p), d)); R(g3(Q(s0, 74, s0p), b0p, d));
    R(g3(Q(s1, 75, s1p), s0p, d1)); R(g2(Q(s1, 76, s1w), d1));
    R(g2(Q(s0, 77, s0w), d1));
    /* valency */
    uint32_t s0vr = s0 >= 0 ? s->nr[s0] : 0, s0vl = s0 >= 0 ? s->nl[s0] : 0;
    uint32_t b0vl = b0 >= 0 ? s->nl[b0] : 0, s1vr = s1 >= 0 ? s->nr[s1] : 0;
    R(g2(Q(s0, 80, s0wp), s0vr)); R(g2(Q(s0, 81, s0wp), s0vl));
    R(g2(Q(b0, 82, b0wp), b0vl)); R(g2(Q(s1, 83, s1p), s1vr));
    R(g3(Q(s0, 84, s0p), s0vl, s0vr));
    /* children */
    R(f1(90, W(s0l))); R(f1(91, P(s0l))); R(f1(92, L(s0l)));
    R(f1(93, W(s0r))); R(f1(94, P(s0r))); R(f1(95, L(s0r)));
    R(f1(96, W(b0l))); R(f1(97, P(b0l))); R(f1(98, L(b0l)));
    R(f1(99, W(s1r))); R(f1(100, P(s1r))); R(f1(101, L(s1r)));
    R(f2(102, L(s0l), L(s0l2))); R(f2(103, L(s0r), L(s0r2)));
    R(f2(104, L(b0l), L(b0l2))); R(f2(105, L(s1r), L(s1r2)));
    R(g3(Q(s0, 106, s0p), L(s0l), L(s0l2)));
    R(g3(Q(s0, 107, s0p), L(s0r), L(s0r2)));
    R(g3(Q(b0, 108, b0p), L(b0l), L(b0l2)));
    R(g3(Q(s1, 109, s1p), L(s1r), L(s1r2)));
    R(f2(110, P(s0ll), L(s0ll))); R(f2(111, P(s0rr), L(s0rr)));
    R(f2(112, P(b0ll), L(b0ll))); R(f2(113, P(s1rr), L(s1rr)));
    R(g3(Q(s0, 114, s0p), b0p, L(s0r))); R(g3(Q(s0, 115, s0p), b0p, L(b0l)));
    R(g2(Q(s0, 116, s0w), L(s0l))); R(g2(Q(b0, 117, b0w), L(b0l)));
    /* label sets */
    uint64_t s0ls = s0 >= 0 ? s->lset[s0] : 0, s0rs = s0 >= 0 ? s->rset[s0] : 0;
    uint64_t b0ls = b0 >= 0 ? s->lset[b0] : 0, s1rs = s1 >= 0 ? s->rset[s1] : 0;
    uint32_t h0l = (uint32_t)(s0ls ^ s0ls >> 32), h0r = (uint32_t)(s0rs ^ s0rs >> 32);
    uint32_t hb = (uint32_t)(b0ls ^ b0ls >> 32), h1r = (uint32_t)(s1rs ^ s1rs >> 32);
    R(g2(Q(s0, 120, s0wp), h0l)); R(g2(Q(s0, 121, s0wp), h0r));
    R(g2(Q(b0, 122, b0wp), hb)); R(g2(Q(s1, 123, s1p), h1r));
    R(g3(Q(s0, 124, s0p), h0l, h0r));
    /* UD tags: AUX and VERB, SCONJ and ADP, PRON and DET share Penn tags */
    uint32_t s0u = U(s0), s1u = U(s1), b0u = U(b0), b1u = U(b1);
    R(g2(Q(s0, 130, s0u), b0u)); R(g3(Q(s1, 131, s1u), s0u, b0u));
    R(g2(Q(s1, 132, s1u), s0u)); R(g3(Q(s0, 133, s0u), b0u, b1u));
    R(g2(Q(s0, 134, s0w), b0u)); R(g2(Q(s0, 135, s0u), b0w));
    R(g2(Q(s1, 136, s1w), s0u)); R(g2(Q(s1, 137, s1u), s0w));
    int32_t b3 = s->b + 3 <= n ? (int32_t)s->b + 3 : -1;
    G(SF_B, g3(Q(b1, 138, b1p), b2p, P(b3)));
    /* word clusters, fine alone and with tags, coarse in pairs */
#define CF(x) ((x) >= 0 ? (uint32_t)w[x].cf : NONE_C)
#define CC(x) ((x) >= 0 ? (uint32_t)w[x].cc : NONE_C)
    uint32_t s0c = CF(s0), b0c = CF(b0), s1c = CF(s1), s0k = CC(s0), b0k = CC(b0), s1k = CC(s1);
    G(SF_S0, Q(s0, 140, s0c)); G(SF_B, Q(b0, 141, b0c)); G(SF_S1, Q(s1, 142, s1c));
    G(SF_B, Q(b1, 143, CF(b1)));
    R(g2(Q(s0, 144, s0c), b0p)); R(g2(Q(s0, 145, s0p), b0c));
    R(g2(Q(s0, 146, s0k), b0k)); R(g2(Q(s1, 147, s1k), s0k));
    R(g3(Q(s1, 148, s1k), s0k, b0k)); R(g3(Q(s0, 149, s0k), b0k, d));
    R(g2(Q(s0, 150, s0c), b0c)); R(g2(Q(s1, 151, s1c), s0p));
    R(g2(Q(s0, 152, s0k), CC(s0l))); R(g2(Q(s0, 153, s0k), CC(s0r)));
    R(g2(Q(b0, 154, b0k), CC(b0l))); G(SF_B, g3(Q(b0, 155, b0k), CC(b1), b0p));
#undef CF
#undef CC
#undef W
#undef P
#undef U
#undef L
#undef LC1
#undef LC2
#undef RC1
#undef RC2
    return k;
}

#undef Q
#undef IX
#undef R
#undef G

size_t tl_dep_state_features(const tl_dep_state *s, const tl_dep_word *w, uint32_t *feats) {
    return state_features(s, w, NULL, feats, SF_ALL);
}

size_t tl_dep_state_features_fast(const tl_dep_state *s, const tl_dep_word *w,
                                  const tl_dep_wfeat *c, uint32_t *feats) {
    return c ? state_features(s, w, c, feats, SF_ALL) : state_features(s, w, NULL, feats, SF_ALL);
}

int32_t tl_dep_state_part_key(const tl_dep_state *s, int part) {
    int32_t x;
    switch (part) {
    case TL_DEP_PART_B: return (int32_t)s->b;
    case TL_DEP_PART_S0: x = s->sp >= 2 ? s->stack[s->sp - 1] : -1; break;
    case TL_DEP_PART_S1: x = s->sp >= 3 ? s->stack[s->sp - 2] : (s->sp == 2 ? 0 : -1); break;
    case TL_DEP_PART_S2: x = s->sp >= 4 ? s->stack[s->sp - 3] : (s->sp == 3 ? 0 : -1); break;
    default: return -1;
    }
    return x >= 0 ? x : (int32_t)s->n + 1;
}

size_t tl_dep_state_features_part(const tl_dep_state *s, const tl_dep_word *w,
                                  const tl_dep_wfeat *c, int part, uint32_t *feats) {
    if (!c) return 0;
    switch (part) {
    case TL_DEP_PART_REST: return state_features(s, w, c, feats, SF_REST);
    case TL_DEP_PART_B: return state_features(s, w, c, feats, SF_B);
    case TL_DEP_PART_S0: return state_features(s, w, c, feats, SF_S0);
    case TL_DEP_PART_S1: return state_features(s, w, c, feats, SF_S1);
    case TL_DEP_PART_S2: return state_features(s, w, c, feats, SF_S2);
    case TL_DEP_PART_GROUPS: return state_features(s, w, c, feats, SF_GROUPS);
    default: return 0;
    }
}

void tl_dep_label_features(const uint32_t *state_feats, size_t n, int t, uint32_t *out) {
    uint32_t dir = t == TL_DEP_LEFT ? 0x1F3D5B79u : 0x2C1B3C6Du;
    for (size_t i = 0; i < n; i++) out[i] = tl_percep_mix(state_feats[i], dir);
}

/* ---- parsing ------------------------------------------------------------ */

static unsigned best_of(const int32_t *sc, unsigned nc) {
    unsigned b = 0;
    for (unsigned k = 1; k < nc; k++)
        if (sc[k] > sc[b]) b = k;
    return b;
}

/* ---- paired punctuation --------------------------------------------------- */

/* Which mark a punctuation token is: an opener or closer of kind 1..5 (the
 * closer is negative), 6 for the ASCII double quote (either), 0 for none. */
static int pair_kind(tl_str x) {
    static const char *const open[] = {"(", "[", "{", "``", "\xe2\x80\x9c"};
    static const char *const close[] = {")", "]", "}", "''", "\xe2\x80\x9d"};
    if (x.len == 1 && x.ptr[0] == '"') return 6;
    for (int k = 0; k < 5; k++) {
        size_t n = strlen(open[k]);
        if (x.len == n && memcmp(x.ptr, open[k], n) == 0) return k + 1;
        n = strlen(close[k]);
        if (x.len == n && memcmp(x.ptr, close[k], n) == 0) return -(k + 1);
    }
    return 0;
}

/* Openers waiting for their closer: deeper nesting is left as parsed, so
 * that the spans scanned stay within a bounded multiple of n. */
#define PAIR_DEPTH 32

void tl_dep_attach_pairs(tl_dep_tree *t, const tl_str *words, unsigned punct_upos, tl_arena *a) {
    if (!t || !words || !a || t->n < 3) return;
    size_t n = t->n;
    /* dependents per word, saturating: a mark with dependents is not moved
     * (moving it under its own dependent would make a cycle) */
    uint8_t *deps = tl_arena_calloc(a, n, 1);
    if (!deps) return;
    for (size_t i = 0; i < n; i++)
        if (t->head[i] >= 0 && deps[t->head[i]] < 255) deps[t->head[i]]++;
    size_t st[PAIR_DEPTH];
    int kind[PAIR_DEPTH];
    size_t sp = 0;
    for (size_t p = 0; p < n; p++) {
        if (t->upos[p] != punct_upos) continue;
        int k = pair_kind(words[p]);
        if (k == 0) continue;
        /* the innermost waiting opener of the same kind closes here */
        size_t j = sp;
        if (k < 0 || k == 6)
            while (j > 0 && kind[j - 1] != (k == 6 ? 6 : -k)) j--;
        if (j == 0 || (k > 0 && k != 6)) { /* an opener (a lone '"' too) */
            if (k > 0 && sp < PAIR_DEPTH) { st[sp] = p; kind[sp] = k; sp++; }
            continue;
        }
        size_t q = st[j - 1];
        sp = j - 1; /* openers inside the pair that never closed are dropped */
        if (deps[q] || deps[p] || t->head[q] < 0 || t->head[p] < 0) continue;
        /* the head of the enclosed text: its one word whose head is outside */
        size_t top = n, tops = 0;
        for (size_t i = q + 1; i < p && tops < 2; i++) {
            if (t->upos[i] == punct_upos) continue;
            int32_t h = t->head[i];
            if (h <= (int32_t)q || h >= (int32_t)p) { top = i; tops++; }
        }
        if (tops != 1) continue;
        deps[t->head[q]]--;
        deps[t->head[p]]--;
        t->head[q] = t->head[p] = (int32_t)top;
        if (deps[top] < 254) deps[top] += 2;
    }
}

/* ---- one subject a clause ------------------------------------------------ */

/* Is word i a lone comma?  Can't fail. */
static int comma(const tl_str *words, size_t i) { return words[i].len == 1 && words[i].ptr[0] == ','; }

/* Does word j lie under word x (x itself included), within 64 steps up
 * (a deeper word counts as outside: the caller then only loses a mend)?
 * Can't fail. */
static int under(const tl_dep_tree *t, size_t j, size_t x) {
    int32_t h = (int32_t)j;
    for (int step = 0; step < 64 && h >= 0 && (size_t)h != x; step++) h = t->head[h];
    return h == (int32_t)x;
}

/* The first and last word of the subtree of x, over at most 64 steps up
 * from each word (a deeper word is left out: the span is then short, and
 * the caller only loses a mend). */
static void subtree_span(const tl_dep_tree *t, size_t x, size_t *lo, size_t *hi) {
    *lo = *hi = x;
    for (size_t k = 0; k < t->n; k++)
        if (under(t, k, x)) {
            if (k < *lo) *lo = k;
            if (k > *hi) *hi = k;
        }
}

void tl_dep_mend_subjects(tl_dep_tree *t, const tl_str *words, unsigned nsubj_label, unsigned nsubj_pass_label,
                          unsigned appos_label, tl_arena *a) {
    if (!t || !words || !a || t->n < 5) return;
    size_t n = t->n;
    int32_t *first = tl_arena_alloc(a, n * sizeof *first);
    if (!first) return;
    for (size_t i = 0; i < n; i++) first[i] = -1;
    for (size_t i = 0; i < n; i++) {
        if ((t->label[i] != nsubj_label && t->label[i] != nsubj_pass_label) || t->head[i] < 0) continue;
        size_t v = (size_t)t->head[i];
        if (first[v] < 0) { first[v] = (int32_t)i; continue; }
        size_t s1 = (size_t)first[v];
        if (v < i) continue; /* a subject after its verb: an inversion, left alone */
        size_t lo1, hi1, lo, hi;
        subtree_span(t, s1, &lo1, &hi1);
        subtree_span(t, i, &lo, &hi);
        /* "X , a former general ," : the second subject's words, without
         * their commas, right after the first's, a comma each side */
        if (lo > 0 && comma(words, lo)) lo++;
        if (hi + 1 < n && comma(words, hi)) hi--;
        if (lo < 2 || hi + 1 >= n || lo > hi || hi1 + 2 != lo || !comma(words, lo - 1) || !comma(words, hi + 1)) continue;
        assert(s1 < lo && t->head[s1] >= 0);
        t->head[i] = (int32_t)s1;
        t->label[i] = (uint8_t)appos_label;
    }
}

/* Is x one of the ids in the list ending in -2 (a missing id, -1, never
 * matches a label, which is 0 or more)?  Can't fail. */
static int id_in(int x, const int *ids) {
    for (; *ids != -2; ids++)
        if (*ids >= 0 && x == *ids) return 1;
    return 0;
}

/* Has word v a dependent labelled one of ids, before word `before` (n:
 * any)?  Can't fail. */
static int has_dep(const tl_dep_tree *t, size_t v, const int *ids, size_t before) {
    for (size_t k = 0; k < t->n && k < before; k++)
        if (t->head[k] == (int32_t)v && id_in(t->label[k], ids)) return 1;
    return 0;
}

/* Is the finite verb the clause at v needs there: a past or present form,
 * or an auxiliary in one ("were arrested")?  Can't fail. */
static int finite(const tl_dep_tree *t, size_t v, const reduced_ids *r) {
    int x = t->xpos[v];
    if (x == r->vbd || x == r->vbz || x == r->vbp) return 1;
    for (size_t k = 0; k < t->n; k++)
        if (t->head[k] == (int32_t)v && (t->label[k] == r->aux || t->label[k] == r->aux_pass) &&
            (t->xpos[k] == r->vbd || t->xpos[k] == r->vbz || t->xpos[k] == r->vbp || t->xpos[k] == r->md))
            return 1;
    return 0;
}

/* Does word w open clauses as well as phrases ("after", "as", "since")?
 * Can't fail. */
static int clause_opener(const tl_str *w) {
    static const char *const words[] = {"after", "before", "since", "until", "till", "as", "because", "while", "once",
                                        "than", "like", "if", "though", "although", "whether", "unless", NULL};
    for (const char *const *q = words; *q; q++)
        if (w->len == strlen(*q) && strncasecmp(w->ptr, *q, w->len) == 0) return 1;
    return 0;
}

/* Hangs the preposition p on noun k as its case, with the words between
 * them that the parser hung on the verb c ("the" of "from the Sinaloa
 * Cartel").  Can't fail. */
static void hang_case(tl_dep_tree *t, size_t p, size_t k, size_t c, const reduced_ids *r) {
    for (size_t j = p + 1; j < k; j++)
        if (t->head[j] == (int32_t)c) t->head[j] = (int32_t)k;
    t->head[p] = (int32_t)k;
    t->label[p] = (uint8_t)r->cas;
}

/* "Gunmen linked to the Sinaloa Cartel attacked Y", "Gunmen working for
 * the Sinaloa Cartel attacked Y": the name after a participle's
 * preposition (not one that opens clauses too: "found after the Nazis
 * stole them") read as the subject of the later finite verb (the
 * preposition on the verb or the name), the participle hanging on that
 * verb as a clause or oblique, or on the verb's other subject as a
 * modifier (acl).  When the words from the preposition to the verb are
 * the name's alone (no punctuation nor conjunction; one the parser hung
 * on the verb before the name, "the", goes to the name) and the verb has
 * no other subject, marker or conjunction before it but the participle's
 * noun, the name goes back to the participle (obl, the preposition its
 * case); a verb that hung on the participle is then a clause of it
 * (advcl), subjectless, for mend_reduced, and the participle's passive
 * subject without an auxiliary its plain subject ("Gunmen hired by X
 * attacked Y"), which mend_reduced gives the verb.  One mend per tree; the tree
 * stays a tree.  Can't fail. */
static void mend_prep_subject(tl_dep_tree *t, const tl_str *words, const reduced_ids *r) {
    if (r->obl < 0 || r->cas < 0 || r->adp < 0 || r->acl < 0 || r->advcl < 0 || r->nsubj < 0) return;
    const int clause[] = {r->advcl, r->ccomp, r->parataxis, r->conj, r->dep, r->obl, -2};
    const int own[] = {r->nsubj, r->nsubj_pass, r->mark, r->cc, r->expl, r->csubj, -2};
    size_t n = t->n;
    for (size_t v = 1; v + 3 < n; v++) {
        int x = t->xpos[v];
        size_t p = v + 1;
        if ((x != r->vbd && x != r->vbn && x != r->vbg && x != r->jj) || t->upos[p] != r->adp ||
            clause_opener(&words[p]))
            continue;
        /* the name: the first subject after the preposition, of a later verb */
        size_t k = p + 1;
        while (k < n && !(t->label[k] == r->nsubj && t->head[k] > (int32_t)k)) k++;
        if (k >= n || k > p + 4 || t->upos[k] != r->propn) continue;
        size_t c = (size_t)t->head[k];
        if (!finite(t, c, r) || (t->head[p] != (int32_t)c && t->head[p] != (int32_t)k)) continue;
        int on_verb = t->head[v] == (int32_t)c && id_in(t->label[v], clause);
        int on_subj = t->label[v] == r->acl && t->head[v] >= 0 && (size_t)t->head[v] < v &&
                      t->head[t->head[v]] == (int32_t)c && t->label[t->head[v]] == r->nsubj;
        int verb_on = t->head[c] == (int32_t)v && id_in(t->label[c], clause);
        if (!on_verb && !on_subj && !verb_on) continue;
        int ok = 1;
        for (size_t j = p + 1; j < c && ok; j++) {
            if (t->upos[j] == r->punct || t->upos[j] == r->cconj) ok = 0;
            if (j < k && t->head[j] == (int32_t)c) continue; /* "the" hung on the verb: the name's */
            if (!under(t, j, k)) ok = 0;
        }
        for (size_t j = 0; j < c && ok; j++)
            if (j != k && j != p && (!on_subj || (int32_t)j != t->head[v]) && t->head[j] == (int32_t)c &&
                id_in(t->label[j], own))
                ok = 0;
        if (!ok) continue;
        hang_case(t, p, k, c, r);
        t->head[k] = (int32_t)v;
        t->label[k] = (uint8_t)r->obl;
        if (verb_on) {
            t->label[c] = (uint8_t)r->advcl;
            /* "Gunmen hired by X attacked Y": the participle's passive
             * subject, with no auxiliary, is the noun it modifies */
            if (r->nsubj_pass >= 0 && !has_dep(t, v, (const int[]){r->aux, r->aux_pass, r->cop, -2}, n))
                for (size_t j = 0; j < v; j++)
                    if (t->head[j] == (int32_t)v && t->label[j] == r->nsubj_pass) t->label[j] = (uint8_t)r->nsubj;
        }
        return;
    }
}

/* "Gunmen linked to the cartel ambushed a convoy", "Men armed with rifles
 * stormed the hotel", "Suspects linked to X were arrested": a participle
 * (or adjective) right after a noun that opens a clause reads, to the
 * greedy parser, as that clause's verb, and the real verb after it as a
 * clause of its own without a subject.  When the first has the noun for
 * subject, no object, auxiliary or copula, and a later finite verb hangs
 * on it as a clause with no subject, marker or conjunction of its own,
 * nothing but words between them (no punctuation nor conjunction: "X
 * moved to Y, attacked Z" is a list), the participle modifies the noun (acl) and the later verb
 * takes the noun and the first verb's place.  One mend per tree; the tree
 * stays a tree. */
static void mend_reduced(tl_dep_tree *t, const reduced_ids *r) {
    if (r->acl < 0 || r->nsubj < 0 || r->advcl < 0) return;
    const int before_bad[] = {r->obj, r->aux, r->aux_pass, r->iobj, r->expl, r->cop, r->nsubj_pass, r->ccomp, r->xcomp, -2};
    const int any_bad[] = {r->obj, r->iobj, r->cop, -2};
    const int clause[] = {r->advcl, r->ccomp, r->parataxis, r->conj, r->dep, -2};
    /* (a finite verb is never an open complement of a bare participle:
     * "A bombing claimed by X killed 30 people", the parser's "killed" an
     * xcomp of "claimed"; after "became" it is a participle the tagger
     * read as a past form) */
    const int bare_clause[] = {r->advcl, r->ccomp, r->parataxis, r->conj, r->dep, r->xcomp, -2};
    const int own[] = {r->nsubj, r->nsubj_pass, r->mark, r->cc, r->expl, r->csubj, -2};
    const int aux[] = {r->aux, r->aux_pass, -2};
    size_t n = t->n;
    for (size_t v = 1; v + 1 < n; v++) {
        int x = t->xpos[v];
        if (x != r->vbd && x != r->vbn && x != r->jj) continue;
        /* the subject: one noun whose words end right before v (a
         * participle without an auxiliary may have it as passive
         * subject: "A bombing claimed by X") */
        int bare = x == r->vbn && r->nsubj_pass >= 0 && !has_dep(t, v, aux, n);
        size_t s = n;
        for (size_t k = 0; k < v; k++)
            if (t->head[k] == (int32_t)v && (t->label[k] == r->nsubj || (bare && t->label[k] == r->nsubj_pass))) {
                if (s != n) { s = n + 1; break; }
                s = k;
            }
        if (s >= n || (t->upos[s] != r->noun && t->upos[s] != r->propn)) continue;
        int ends = 1; /* every word from s to v - 1 lies under s */
        for (size_t k = s + 1; k < v && ends; k++) ends = under(t, k, s);
        uint8_t s_label = t->label[s];
        t->label[s] = (uint8_t)r->nsubj; /* (its own label is no bad dependent) */
        int bad = !ends || has_dep(t, v, before_bad, v) || has_dep(t, v, any_bad, n);
        t->label[s] = s_label;
        if (bad) continue;
        size_t c = n;
        for (size_t k = v + 1; k < n && c == n; k++)
            if (t->head[k] == (int32_t)v && id_in(t->label[k], bare ? bare_clause : clause) && finite(t, k, r)) c = k;
        /* "Militants believed to belong to X attacked Y": the later verb
         * hangs on the participle's infinitive instead */
        for (size_t k = v + 1; k < n && c == n; k++) {
            int32_t h = t->head[k];
            if (h > (int32_t)v && t->head[h] == (int32_t)v && t->label[h] == r->xcomp &&
                (id_in(t->label[k], clause) || t->label[k] == r->advmod) && finite(t, k, r))
                c = k;
        }
        /* "Militants linked to the X Brigade killed Y": or the parser hung
         * the finite verb right after the participle's phrase on that
         * phrase's last noun, as a modifier (a past form, which no reduced
         * relative clause takes) */
        if (c == n)
            for (size_t k = v + 2; k < n && c == n; k++) {
                int32_t h = t->head[k];
                if (h == (int32_t)k - 1 && t->label[k] == r->acl && t->xpos[k] == r->vbd && under(t, (size_t)h, v) &&
                    h > (int32_t)v && t->upos[h] == r->propn)
                    c = k;
            }
        if (c == n || has_dep(t, c, own, n)) continue;
        int clean = 1;
        for (size_t k = v + 1; k < c && clean; k++) clean = t->upos[k] != r->punct && t->upos[k] != r->cconj;
        if (!clean) continue;
        int pass = has_dep(t, c, (const int[]){r->aux_pass, -2}, n);
        for (size_t k = c + 1; k < n; k++)
            if (t->head[k] == (int32_t)v) t->head[k] = (int32_t)c;
        t->head[c] = t->head[v];
        t->label[c] = t->label[v];
        t->head[v] = (int32_t)s;
        t->label[v] = (uint8_t)r->acl;
        t->head[s] = (int32_t)c;
        t->label[s] = (uint8_t)(pass && r->nsubj_pass >= 0 ? r->nsubj_pass : r->nsubj);
        return;
    }
}

/* "Hackers working for the GRU attacked the DNC": the greedy parser may
 * also make the clause's first noun the root, the participle its modifier
 * (acl) and the real verb a clause of the participle.  When that verb is
 * finite, has no subject, marker or conjunction of its own, and nothing
 * but words stand between the two (no punctuation nor conjunction), the
 * verb becomes the root with the noun for subject, and takes the noun's
 * later dependents (the final stop).  The tree stays a tree.  Can't
 * fail. */
static void mend_root_noun(tl_dep_tree *t, const reduced_ids *r) {
    if (r->acl < 0 || r->nsubj < 0 || r->root < 0) return;
    /* (a finite verb is never an open complement: "An attack claimed by
     * X killed Y", the parser's "killed" an xcomp of "claimed") */
    const int clause[] = {r->advcl, r->ccomp, r->parataxis, r->conj, r->dep, r->xcomp, -2};
    const int own[] = {r->nsubj, r->nsubj_pass, r->mark, r->cc, r->expl, r->csubj, -2};
    size_t n = t->n, s = n;
    for (size_t k = 0; k < n; k++)
        if (t->head[k] < 0) s = k;
    if (s + 2 >= n || (t->upos[s] != r->noun && t->upos[s] != r->propn)) return;
    size_t v = s + 1;
    while (v < n && t->head[v] != (int32_t)s) v++;
    if (v == n || t->label[v] != r->acl) return;
    int x = t->xpos[v];
    if (x != r->vbd && x != r->vbn && x != r->vbg && x != r->jj) return;
    for (size_t k = s + 1; k < v; k++) /* the words up to the participle are the noun's */
        if (!under(t, k, s)) return;
    size_t c = v + 1;
    while (c < n && !(t->head[c] == (int32_t)v && id_in(t->label[c], clause))) c++;
    if (c == n || !finite(t, c, r) || has_dep(t, c, own, n)) return;
    for (size_t k = v + 1; k < c; k++)
        if (t->upos[k] == r->punct || t->upos[k] == r->cconj) return;
    int pass = has_dep(t, c, (const int[]){r->aux_pass, -2}, n);
    for (size_t k = c + 1; k < n; k++)
        if (t->head[k] == (int32_t)s) t->head[k] = (int32_t)c;
    t->head[c] = -1;
    t->label[c] = (uint8_t)r->root;
    t->head[s] = (int32_t)c;
    t->label[s] = (uint8_t)(pass && r->nsubj_pass >= 0 ? r->nsubj_pass : r->nsubj);
}

/* "Gunmen from the Sinaloa Cartel killed X": the greedy parser may hang
 * the preposition on the verb and make both nouns its subjects.  A
 * finite verb with two subjects before it, the first a noun, the second a
 * name or noun right after the first's words and a preposition (not one
 * that opens clauses too: in "Police after Smith left" a clause follows),
 * with nothing between them but the preposition and
 * words hung on the verb or the second noun (no punctuation nor
 * conjunction), gets one subject: the second noun is the first's modifier
 * (nmod), the preposition its case, and the words the parser hung on the
 * verb between the two (a determiner) go to the second noun.  One mend
 * per tree; the tree stays a tree.  Can't fail. */
static void mend_prep_second_subject(tl_dep_tree *t, const tl_str *words, const reduced_ids *r) {
    if (r->nmod < 0 || r->cas < 0 || r->adp < 0 || r->nsubj < 0) return;
    size_t n = t->n;
    for (size_t s2 = 2; s2 + 1 < n; s2++) {
        if (t->label[s2] != r->nsubj || t->head[s2] <= (int32_t)s2) continue;
        size_t c = (size_t)t->head[s2];
        if (!finite(t, c, r) || (t->upos[s2] != r->noun && t->upos[s2] != r->propn)) continue;
        size_t s1 = n;
        for (size_t k = 0; k < s2; k++)
            if (t->head[k] == (int32_t)c && (t->label[k] == r->nsubj || t->label[k] == r->nsubj_pass)) s1 = k;
        if (s1 == n || t->upos[s1] != r->noun) continue;
        /* the preposition: the first word after the first subject's own */
        size_t p = s1 + 1;
        while (p < s2 && t->head[p] == (int32_t)s1 && t->upos[p] != r->adp) p++;
        if (p >= s2 || t->upos[p] != r->adp || clause_opener(&words[p]) ||
            (t->head[p] != (int32_t)c && t->head[p] != (int32_t)s2))
            continue;
        int ok = 1;
        for (size_t j = s1 + 1; j < c && ok; j++) {
            if (t->upos[j] == r->punct || t->upos[j] == r->cconj) ok = 0;
            if (j == p || j == s2) continue;
            if (j < p) { ok = t->head[j] == (int32_t)s1; continue; }
            if (j < s2 && t->head[j] == (int32_t)c) continue; /* "the" hung on the verb */
            if (!under(t, j, s2)) ok = 0;
        }
        if (!ok) continue;
        hang_case(t, p, s2, c, r);
        t->head[s2] = (int32_t)s1;
        t->label[s2] = (uint8_t)r->nmod;
        return;
    }
}

/* "X, whose brother was arrested in Y, denied the charges": the greedy
 * parser gives "arrested" both X and "brother" for subjects and hangs
 * "denied" on it as a second verb.  A verb with two subjects, the second
 * opened by "whose" right after a comma that follows the first, is a
 * relative clause on the first (acl:relcl); the first verb after the
 * clause that hangs on it as a conjunct or beside it without a subject of
 * its own becomes the clause's verb, with the first subject.  Without such
 * a verb the tree is left as it is.  The tree stays a tree. */
static void mend_whose(tl_dep_tree *t, const tl_str *words, const reduced_ids *r) {
    if (r->acl_relcl < 0 || r->wps < 0 || r->nsubj < 0 || r->conj < 0) return;
    const int subj[] = {r->nsubj, r->nsubj_pass, -2};
    const int own[] = {r->nsubj, r->nsubj_pass, r->csubj, r->expl, -2};
    size_t n = t->n;
    for (size_t w = 2; w + 2 < n; w++) {
        if (t->xpos[w] != r->wps || !comma(words, w - 1)) continue;
        int32_t s2 = t->head[w];
        if (s2 < 0 || !id_in(t->label[s2], subj)) continue;
        int32_t v = t->head[s2];
        if (v < 0 || (size_t)v < w) continue;
        size_t s1 = n;
        for (size_t k = 0; k + 1 < w; k++)
            if (t->head[k] == v && id_in(t->label[k], subj)) s1 = k;
        if (s1 == n) continue;
        size_t c = n;
        for (size_t k = (size_t)v + 1; k < n && c == n; k++)
            if (t->head[k] == v && (t->label[k] == r->conj || t->label[k] == r->parataxis) && k > 0 &&
                comma(words, k - 1) && !has_dep(t, k, own, n) && finite(t, k, r))
                c = k;
        if (c == n) return;
        int pass = has_dep(t, c, (const int[]){r->aux_pass, -2}, n);
        for (size_t k = c + 1; k < n; k++)
            if (t->head[k] == v) t->head[k] = (int32_t)c;
        t->head[c] = t->head[v];
        t->label[c] = t->label[v];
        t->head[v] = (int32_t)s1;
        t->label[v] = (uint8_t)r->acl_relcl;
        t->head[s1] = (int32_t)c;
        t->label[s1] = (uint8_t)(pass && r->nsubj_pass >= 0 ? r->nsubj_pass : r->nsubj);
        return;
    }
}

void tl_dep_finish(const tl_dep_model *m, tl_dep_tree *t, const tl_str *words, tl_arena *a) {
    if (!m) return;
    if (m->punct_upos >= 0) tl_dep_attach_pairs(t, words, (unsigned)m->punct_upos, a);
    if (m->nsubj_label >= 0 && m->nsubj_pass_label >= 0 && m->appos_label >= 0)
        tl_dep_mend_subjects(t, words, (unsigned)m->nsubj_label, (unsigned)m->nsubj_pass_label,
                             (unsigned)m->appos_label, a);
    if (t && words && t->n >= 4) {
        mend_prep_subject(t, words, &m->red);
        mend_prep_second_subject(t, words, &m->red);
        mend_reduced(t, &m->red);
        mend_root_noun(t, &m->red);
        mend_whose(t, words, &m->red);
    }
}

/* ---- the word memo of the taggers ----------------------------------------- */

/* Everything the word-only tagger features read (tl_dep_tag_word_features):
 * equal keys give equal features, so a slot's partial scores serve every
 * occurrence of the word.  The whole key is compared, not a hash of it, so
 * a collision costs a recomputation, never a wrong score. */
typedef struct dep_wkey {
    uint32_t w, shape, pre[3], suf[4];
    uint16_t cf, cc;
    uint8_t cap, first, used;
} dep_wkey;

struct tl_dep_cache {
    const tl_dep_model *m;  /* the model whose scores the slots hold */
    size_t mask;            /* slots - 1; slots a power of two */
    unsigned nx, nu;        /* XPOS and UPOS classes: a slot's row is nx + nu sums */
    dep_wkey *key;
    int32_t *sc;
    size_t hits, misses;
};

/* Largest table tl_dep_cache_new makes: beyond it the memo outgrows the
 * caches it is meant to save trips to. */
#define DEP_CACHE_MAX_SLOTS ((size_t)1 << 16)

static size_t pow2_slots(size_t want) {
    size_t s = 1;
    if (want > DEP_CACHE_MAX_SLOTS) want = DEP_CACHE_MAX_SLOTS;
    while (s < want) s <<= 1;
    return s;
}

tl_dep_cache *tl_dep_cache_new(const tl_dep_model *m, size_t slots) {
    if (!m) return NULL;
    tl_dep_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->m = m;
    c->nx = tl_percep_n_classes(m->xpos);
    c->nu = tl_percep_n_classes(m->upos);
    if (slots > 0) {
        size_t s = pow2_slots(slots);
        c->key = calloc(s, sizeof *c->key);
        c->sc = malloc(s * (c->nx + c->nu) * sizeof *c->sc);
        if (!c->key || !c->sc) { tl_dep_cache_free(c); return NULL; }
        c->mask = s - 1;
    }
    return c;
}

void tl_dep_cache_free(tl_dep_cache *c) {
    if (!c) return;
    free(c->key);
    free(c->sc);
    free(c);
}

void tl_dep_cache_stats(const tl_dep_cache *c, size_t *hits, size_t *misses) {
    if (hits) *hits = c ? c->hits : 0;
    if (misses) *misses = c ? c->misses : 0;
}

static int key_eq(const dep_wkey *k, const tl_dep_word *x) {
    return k->used && k->w == x->w && k->shape == x->shape && k->cap == x->cap &&
           k->first == x->first && k->cf == x->cf && k->cc == x->cc &&
           memcmp(k->pre, x->pre, sizeof k->pre) == 0 && memcmp(k->suf, x->suf, sizeof k->suf) == 0;
}

/* Adds word x's word-only XPOS scores to xs and UPOS scores to us (both
 * nx / nu wide) through the memo c (which has slots).  Can't fail. */
static void word_scores(const tl_dep_model *m, tl_dep_cache *c, const tl_dep_word *x,
                        int32_t *xs, int32_t *us) {
    uint32_t feats[TL_DEP_MAX_FEATS];
    unsigned nx = tl_percep_n_classes(m->xpos), nu = tl_percep_n_classes(m->upos);
    size_t slot = tl_percep_mix(x->w ^ (uint32_t)x->first << 1 ^ x->cap, x->shape) & c->mask;
    dep_wkey *k = &c->key[slot];
    int32_t *row = c->sc + slot * (nx + nu);
    if (key_eq(k, x)) {
        c->hits++;
    } else { /* a new word, or another word in the slot: it is replaced */
        c->misses++;
        memset(row, 0, (nx + nu) * sizeof *row);
        size_t nf = tl_dep_tag_word_features(x, 0, feats);
        tl_percep_score(m->xpos, feats, nf, row);
        nf = tl_dep_tag_word_features(x, 1, feats);
        tl_percep_score(m->upos, feats, nf, row + nx);
        k->w = x->w;
        k->shape = x->shape;
        memcpy(k->pre, x->pre, sizeof k->pre);
        memcpy(k->suf, x->suf, sizeof k->suf);
        k->cf = x->cf;
        k->cc = x->cc;
        k->cap = x->cap;
        k->first = x->first;
        k->used = 1;
    }
    for (unsigned j = 0; j < nx; j++) xs[j] += row[j];
    for (unsigned j = 0; j < nu; j++) us[j] += row[nx + j];
}

/* Tags w[1..n] (xpos, then upos) scoring every feature of every word. */
static void tag_direct(const tl_dep_model *m, tl_dep_word *w, size_t n) {
    uint32_t feats[TL_DEP_MAX_FEATS];
    int32_t sc[TL_PERCEP_MAX_CLASSES];
    unsigned nx = tl_percep_n_classes(m->xpos), nu = tl_percep_n_classes(m->upos);
    for (size_t i = 1; i <= n; i++) {
        size_t k = tl_dep_tag_features(w, n, i, 0, feats);
        memset(sc, 0, sizeof sc);
        tl_percep_score(m->xpos, feats, k, sc);
        w[i].xpos = (uint8_t)(best_of(sc, nx) + 1);
    }
    for (size_t i = 1; i <= n; i++) {
        size_t k = tl_dep_tag_features(w, n, i, 1, feats);
        memset(sc, 0, sizeof sc);
        tl_percep_score(m->upos, feats, k, sc);
        w[i].upos = (uint8_t)(best_of(sc, nu) + 1);
    }
}

/* tag_direct with the word-only scores from memo c: the same integer sums
 * in another order.  TL_ENOMEM when arena a is out of memory. */
static int tag_memo(const tl_dep_model *m, tl_dep_cache *c, tl_dep_word *w, size_t n,
                    tl_arena *a) {
    uint32_t feats[TL_DEP_MAX_FEATS];
    int32_t sc[TL_PERCEP_MAX_CLASSES];
    unsigned nx = tl_percep_n_classes(m->xpos), nu = tl_percep_n_classes(m->upos);
    /* The UPOS pass needs every XPOS tag first: the words' UPOS partial
     * sums wait here, as a later word may take their memo slot. */
    int32_t *uw = tl_arena_calloc(a, (n + 1) * nu, sizeof *uw);
    if (!uw) return TL_ENOMEM;
    for (size_t i = 1; i <= n; i++) {
        memset(sc, 0, sizeof sc);
        word_scores(m, c, &w[i], sc, uw + i * nu);
        size_t k = tl_dep_tag_context_features(w, n, i, 0, feats);
        tl_percep_score(m->xpos, feats, k, sc);
        w[i].xpos = (uint8_t)(best_of(sc, nx) + 1);
    }
    for (size_t i = 1; i <= n; i++) {
        memset(sc, 0, sizeof sc);
        memcpy(sc, uw + i * nu, nu * sizeof *sc);
        size_t k = tl_dep_tag_context_features(w, n, i, 1, feats);
        tl_percep_score(m->upos, feats, k, sc);
        w[i].upos = (uint8_t)(best_of(sc, nu) + 1);
    }
    return TL_OK;
}

int tl_dep_parse(const tl_dep_model *m, const tl_str *words, size_t n, tl_arena *a,
                 tl_dep_tree *out) {
    return tl_dep_parse_cached(m, NULL, words, n, a, out);
}

const tl_percep_model *tl_dep_trans_scorer(const tl_dep_model *m) { return m ? m->trans : NULL; }
const tl_percep_model *tl_dep_label_scorer(const tl_dep_model *m) { return m ? m->label : NULL; }
unsigned tl_dep_root_label(const tl_dep_model *m) { return m ? m->root_label : 0; }
int tl_dep_punct_upos(const tl_dep_model *m) { return m ? m->punct_upos : -1; }

int tl_dep_tag(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words, size_t n, tl_arena *a,
               tl_dep_word **out) {
    if (!out) return TL_EINVAL;
    *out = NULL;
    if (!m || !a || (n > 0 && !words)) return TL_EINVAL;
    if (n > ((size_t)1 << 24)) return TL_ENOMEM; /* beyond any arena: keeps sizes in range */
    tl_dep_word *w = tl_arena_alloc(a, (n + 1) * sizeof *w);
    if (!w) return TL_ENOMEM;
    tl_dep_words(words, n, w);
    tl_dep_word_clusters(&m->clusters, w, n);
    /* Without a memo (or with another model's) every word is scored in
     * full: a memo for one sentence alone cost more than it saved (EWT). */
    if (cache && cache->m == m && cache->key) {
        if (tag_memo(m, cache, w, n, a) != TL_OK) return TL_ENOMEM;
    } else {
        tag_direct(m, w, n);
    }
    *out = w;
    return TL_OK;
}

/* The memo of tl_dep_run: four item parts (B, S0, S1, S2), each sum
 * padded to four classes. */
#define N_PARTS_MEMO 4
#define PART_W 4

int tl_dep_run(const tl_percep_model *trans, const tl_percep_model *label, unsigned root_label,
               const tl_dep_word *w, size_t n, tl_arena *a, int32_t *head, uint8_t *lab_out,
               int32_t *margin) {
    if (!trans || !label || !w || !a || !head || !lab_out) return TL_EINVAL;
    if (n > ((size_t)1 << 24)) return TL_ENOMEM;
    tl_dep_state s;
    if (tl_dep_state_init(&s, n, a) != TL_OK) return TL_ENOMEM;
    uint32_t feats[TL_DEP_MAX_FEATS], lf[TL_DEP_MAX_FEATS];
    int32_t sc[TL_PERCEP_MAX_CLASSES];
    unsigned nlab = tl_percep_n_classes(label);
    if (root_label >= nlab) return TL_EINVAL;
    /* NULL (a long sentence, or no room) parses on the plain path */
    const tl_dep_wfeat *wf = tl_dep_wfeats(w, n, a);
    /* The transition scores of the item parts (tl_dep_state_features_part),
     * each scored the first time its item holds its place: a buffer front
     * or a stack item stays for about two states, so a quarter of each
     * state's features is scored once for both.  The sums are integers:
     * the same scores as scoring every feature. */
    int32_t *memo = NULL;
    uint8_t *done = NULL;
    if (wf && tl_percep_n_classes(trans) <= PART_W) {
        memo = tl_arena_alloc(a, N_PARTS_MEMO * (n + 2) * PART_W * sizeof *memo);
        done = tl_arena_calloc(a, N_PARTS_MEMO * (n + 2), 1);
    }
    int parts = memo && done;
    while (!tl_dep_state_final(&s)) {
        size_t k;
        memset(sc, 0, sizeof sc);
        if (parts) {
            k = tl_dep_state_features_part(&s, w, wf, TL_DEP_PART_REST, feats);
            tl_percep_score(trans, feats, k, sc);
            for (int p = 0; p < N_PARTS_MEMO; p++) {
                size_t at = (size_t)p * (n + 2) + (size_t)tl_dep_state_part_key(&s, TL_DEP_PART_B + p);
                int32_t *ms = memo + at * PART_W;
                if (!done[at]) {
                    uint32_t gf[TL_DEP_MAX_FEATS];
                    size_t gk = tl_dep_state_features_part(&s, w, wf, TL_DEP_PART_B + p, gf);
                    memset(ms, 0, PART_W * sizeof *ms);
                    tl_percep_score(trans, gf, gk, ms);
                    done[at] = 1;
                }
                for (unsigned c = 0; c < PART_W; c++) sc[c] += ms[c];
            }
        } else {
            k = tl_dep_state_features_fast(&s, w, wf, feats);
            tl_percep_score(trans, feats, k, sc);
        }
        int best = -1, second = -1;
        for (int c = 0; c < TL_DEP_NTRANS; c++) {
            if (!tl_dep_state_legal(&s, c)) continue;
            if (best < 0 || sc[c] > sc[best]) { second = best; best = c; }
            else if (second < 0 || sc[c] > sc[second]) second = c;
        }
        unsigned lab = 0;
        if (best == TL_DEP_RIGHT && s.sp == 2) {
            lab = root_label;
        } else if (best != TL_DEP_SHIFT) {
            /* the label scorer reads every feature: the parts' too */
            if (parts) k += tl_dep_state_features_part(&s, w, wf, TL_DEP_PART_GROUPS, feats + k);
            tl_dep_label_features(feats, k, best, lf);
            int32_t ls[TL_PERCEP_MAX_CLASSES];
            memset(ls, 0, sizeof ls);
            tl_percep_score(label, lf, k, ls);
            /* "root" only for the arc from the ROOT */
            ls[root_label] = INT32_MIN;
            lab = best_of(ls, nlab);
        }
        /* the arc made now is the stack top's: its margin is how far the
         * chosen transition led the runner-up (0: the only legal one) */
        if (margin && best != TL_DEP_SHIFT) {
            int64_t d = second < 0 ? 0 : (int64_t)sc[best] - sc[second];
            margin[s.stack[s.sp - 1]] = d > INT32_MAX ? INT32_MAX : (int32_t)d;
        }
        tl_dep_state_apply(&s, best, lab);
    }
    for (size_t i = 1; i <= n; i++) {
        head[i] = s.head[i];
        lab_out[i] = (uint8_t)(s.label[i] ? (unsigned)s.label[i] - 1 : root_label);
    }
    return TL_OK;
}

int tl_dep_parse_cached(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words,
                        size_t n, tl_arena *a, tl_dep_tree *out) {
    return tl_dep_parse_named(m, cache, words, n, NULL, a, out);
}

/* Sets w's tags as fix asks (TL_DEP_FIX_NAME, TL_DEP_FIX_COMMON; see
 * tl_dep_parse_named), word the form (for a plural's ending). */
static void fix_tag(tl_dep_word *w, int fix, const fix_ids *id, tl_str word) {
    if (fix == TL_DEP_FIX_NAME) {
        if (id->propn < 0 || id->nnp < 0 || w->upos == id->propn + 1) return; /* a name already: NNP / NNPS stand */
        int plural = id->nnps >= 0 && id->nns >= 0 && w->xpos == id->nns + 1;
        w->xpos = (uint8_t)((plural ? id->nnps : id->nnp) + 1);
        w->upos = (uint8_t)(id->propn + 1);
    } else if (fix == TL_DEP_FIX_COMMON) {
        if (id->noun < 0 || id->nn < 0 || w->upos != id->propn + 1) return; /* only a name the tagger made */
        const char *e = word.ptr + word.len;
        int plural = id->nns >= 0 && ((word.len > 3 && e[-1] == 's' && e[-2] != 's') ||
                                      (word.len > 3 && e[-1] == 'n' && e[-2] == 'e' && e[-3] == 'm'));
        w->xpos = (uint8_t)((plural ? id->nns : id->nn) + 1);
        w->upos = (uint8_t)(id->noun + 1);
    } else if (fix == TL_DEP_FIX_VERB) {
        if (id->verb < 0 || id->vbz < 0 || id->nns < 0 || w->xpos != id->nns + 1) return; /* only a plural noun */
        w->xpos = (uint8_t)(id->vbz + 1);
        w->upos = (uint8_t)(id->verb + 1);
    }
}

int tl_dep_parse_named(const tl_dep_model *m, tl_dep_cache *cache, const tl_str *words, size_t n,
                       const uint8_t *fix, tl_arena *a, tl_dep_tree *out) {
    if (!out) return TL_EINVAL;
    memset(out, 0, sizeof *out);
    if (!m || !a || (n > 0 && !words)) return TL_EINVAL;
    if (n == 0) return TL_OK;
    if (n > ((size_t)1 << 24)) return TL_ENOMEM; /* beyond any arena: keeps sizes in range */
    tl_dep_tree t = {n, NULL, NULL, NULL, NULL};
    t.head = tl_arena_alloc(a, n * sizeof *t.head);
    t.label = tl_arena_alloc(a, n);
    t.upos = tl_arena_alloc(a, n);
    t.xpos = tl_arena_alloc(a, n);
    int32_t *h = tl_arena_alloc(a, (n + 1) * sizeof *h);
    uint8_t *l = tl_arena_alloc(a, n + 1);
    tl_dep_word *w;
    if (!t.head || !t.label || !t.upos || !t.xpos || !h || !l) return TL_ENOMEM;
    int rc = tl_dep_tag(m, cache, words, n, a, &w);
    if (rc == TL_OK && fix) {
        for (size_t i = 0; i < n; i++)
            if (fix[i]) fix_tag(&w[i + 1], fix[i], &m->fix, words[i]);
    }
    if (rc == TL_OK) rc = tl_dep_run(m->trans, m->label, m->root_label, w, n, a, h, l, NULL);
    if (rc != TL_OK) return rc;
    for (size_t i = 0; i < n; i++) {
        t.head[i] = h[i + 1] - 1; /* ROOT (0) becomes -1 */
        t.label[i] = l[i + 1];
        t.xpos[i] = (uint8_t)(w[i + 1].xpos - 1);
        t.upos[i] = (uint8_t)(w[i + 1].upos - 1);
    }
    tl_dep_finish(m, &t, words, a);
    *out = t;
    return TL_OK;
}
