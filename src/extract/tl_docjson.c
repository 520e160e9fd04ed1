/* tl_docjson.c -- writes a document's extraction as the JSON of SPEC section 2. */
#include "threadline.h"
#include "tl_buf.h"
#include <math.h>
#include <string.h>

static void nl(tl_buf *b, int pretty, int depth) {
    if (!pretty) return;
    tl_buf_putc(b, '\n');
    for (int i = 0; i < depth; i++) tl_buf_puts(b, "  ");
}

static void str_or_null(tl_buf *b, const char *s) {
    if (s && *s) tl_buf_json_str(b, s, strlen(s));
    else tl_buf_puts(b, "null");
}

/* Appends v as printf's "%.3f" would.  A float times 1000 is exact in a
 * double (24 + 10 bits), so rint (ties to even, as glibc's printf rounds
 * an exact tie) gives printf's digits; negative, huge and non-finite
 * values go through printf.  Can't fail. */
static void put_fixed3(tl_buf *b, float f) {
    double v = (double)f;
    if (!(v >= 0 && v < 1e6) || signbit(v)) {
        tl_buf_printf(b, "%.3f", v);
        return;
    }
    uint32_t r = (uint32_t)rint(v * 1000.0), frac = r % 1000;
    tl_buf_put_u32(b, r / 1000);
    char t[4] = {'.', (char)('0' + frac / 100), (char)('0' + frac / 10 % 10), (char)('0' + frac % 10)};
    tl_buf_put(b, t, 4);
}

static void span(tl_buf *b, tl_span s) {
    tl_buf_putc(b, '[');
    tl_buf_put_u32(b, s.start);
    tl_buf_puts(b, ", ");
    tl_buf_put_u32(b, s.end);
    tl_buf_putc(b, ']');
}

/* "eN" for entity index i (quoted).  printf is avoided on this path: it is
 * a large share of the output cost of a fact-dense document. */
static void ent_ref(tl_buf *b, int32_t i) {
    tl_buf_puts(b, "\"e");
    tl_buf_put_u32(b, (uint32_t)i + 1);
    tl_buf_putc(b, '"');
}

static void text_obj(tl_buf *b, const tl_doc *d, tl_span s) {
    tl_buf_puts(b, "\"text\": ");
    tl_buf_json_str(b, d->text + s.start, s.end - s.start);
}

static void write_fact(tl_buf *b, const tl_doc *d, const tl_fact *f, uint32_t idx, int pretty) {
    tl_buf_puts(b, "{\"id\": \"f");
    tl_buf_put_u32(b, idx + 1);
    tl_buf_puts(b, "\", \"type\": \"");
    tl_buf_puts(b, tl_fact_type_name(f->type));
    tl_buf_puts(b, "\", \"args\": {");
    int first = 1;
    for (int r = 0; r < TL_FACT_MAX_ROLES; r++) {
        const char *role = tl_fact_role_name(f->type, r);
        if (!role || f->args[r] < 0) continue;
        if (!first) tl_buf_puts(b, ", ");
        tl_buf_putc(b, '"');
        tl_buf_puts(b, role);
        tl_buf_puts(b, "\": ");
        ent_ref(b, f->args[r]);
        first = 0;
    }
    if (f->type == TL_EXTRADITED && f->from >= 0) {
        tl_buf_puts(b, first ? "\"from\": " : ", \"from\": ");
        ent_ref(b, f->from);
        first = 0;
    }
    if (f->type == TL_ATTACKED && f->status) {
        static const char *st[] = {"", "plotted", "attempted", "carried_out", "foiled"};
        tl_buf_printf(b, "%s\"status\": \"%s\"", first ? "" : ", ", st[f->status % 5]);
    }
    tl_buf_puts(b, "}, \"time\": ");
    if (f->time_value[0]) {
        tl_buf_putc(b, '{');
        text_obj(b, d, f->time_text);
        tl_buf_puts(b, ", \"value\": ");
        tl_buf_json_str(b, f->time_value, strlen(f->time_value));
        tl_buf_putc(b, '}');
    } else tl_buf_puts(b, "null");
    tl_buf_puts(b, ", \"place\": ");
    if (f->place >= 0) ent_ref(b, f->place);
    else tl_buf_puts(b, "null");
    tl_buf_puts(b, ", \"amount\": ");
    if (f->amount_text.end > f->amount_text.start && isfinite(f->amount_value)) {
        tl_buf_putc(b, '{');
        text_obj(b, d, f->amount_text);
        tl_buf_printf(b, ", \"value\": %.17g, \"currency\": ", f->amount_value);
        str_or_null(b, f->currency);
        tl_buf_putc(b, '}');
    } else tl_buf_puts(b, "null");
    tl_buf_puts(b, ", \"modality\": \"");
    tl_buf_puts(b, tl_modality_name(f->modality));
    tl_buf_puts(b, "\", \"source\": ");
    if (f->source >= 0) ent_ref(b, f->source);
    else tl_buf_puts(b, "null");
    tl_buf_puts(b, ", \"evidence\": [");
    span(b, f->evidence);
    tl_buf_puts(b, "], \"confidence\": ");
    put_fixed3(b, isfinite(f->confidence) ? f->confidence : 0.0f);
    tl_buf_putc(b, '}');
    (void)pretty;
}

int tl_doc_to_json(const tl_doc *d, int flags, char **out, size_t *outlen) {
    return tl_doc_to_json_meta(d, flags, NULL, out, outlen);
}

/* Where the JSON goes: the buffer alone (sink NULL), or the buffer emptied
 * into sink whenever it holds STREAM_CHUNK bytes, so that the JSON of a
 * 50 MB document (tens of megabytes) never stands whole in memory. */
#define STREAM_CHUNK ((size_t)64 << 10)
typedef struct jout {
    tl_buf b;
    tl_json_sink sink;
    void *ctx;
    int failed; /* the sink refused bytes */
} jout;

static void drain(jout *o, int all) {
    if (!o->sink || o->b.oom || o->failed || o->b.len == 0 || (!all && o->b.len < STREAM_CHUNK)) return;
    if (!o->sink(o->ctx, o->b.p, o->b.len)) o->failed = 1;
    o->b.len = 0;
}

static void write_doc(jout *o, const tl_doc *d, int flags, const tl_doc_meta *meta);

int tl_doc_to_json_meta(const tl_doc *d, int flags, const tl_doc_meta *meta, char **out, size_t *outlen) {
    jout o = {{*out, *outlen, *out ? *outlen + 1 : 0, 0}, NULL, NULL, 0};
    write_doc(&o, d, flags, meta);
    *out = o.b.p;
    *outlen = o.b.len;
    return o.b.oom ? TL_ENOMEM : TL_OK;
}

int tl_doc_write_json(const tl_doc *d, int flags, const tl_doc_meta *meta, tl_json_sink sink, void *ctx) {
    if (!sink) return TL_EINVAL;
    jout o = {TL_BUF_INIT, sink, ctx, 0};
    write_doc(&o, d, flags, meta);
    drain(&o, 1);
    int rc = o.b.oom ? TL_ENOMEM : o.failed ? TL_EIO : TL_OK;
    tl_buf_free(&o.b);
    return rc;
}

static void write_doc(jout *o, const tl_doc *d, int flags, const tl_doc_meta *meta) {
    tl_buf b = o->b; /* written back before every drain and at the end */
    int pretty = flags & TL_JSON_PRETTY;
    tl_buf_putc(&b, '{');
    nl(&b, pretty, 1);
    tl_buf_puts(&b, "\"document\": {\"id\": ");
    tl_buf_json_str(&b, d->id, strlen(d->id));
    tl_buf_puts(&b, ", \"path\": ");
    str_or_null(&b, d->path);
    tl_buf_puts(&b, ", \"title\": ");
    str_or_null(&b, d->title);
    tl_buf_puts(&b, ", \"published\": ");
    str_or_null(&b, d->published);
    tl_buf_printf(&b, ", \"bytes\": %zu", d->len);
    if (meta && meta->url) {
        tl_buf_puts(&b, ", \"url\": ");
        tl_buf_json_str(&b, meta->url, strlen(meta->url));
    }
    if (meta && meta->source) {
        tl_buf_puts(&b, ", \"source\": ");
        tl_buf_json_str(&b, meta->source, strlen(meta->source));
    }
    if (flags & TL_JSON_WITH_TEXT) {
        tl_buf_puts(&b, ", \"text\": ");
        tl_buf_json_str(&b, d->text, d->len);
    }
    if (d->n_warnings) {
        tl_buf_puts(&b, ", \"warnings\": [");
        for (uint32_t i = 0; i < d->n_warnings; i++) {
            tl_buf_printf(&b, "%s{\"offset\": %lld, \"message\": ", i ? ", " : "", d->warnings[i].offset);
            tl_buf_json_str(&b, d->warnings[i].msg, strlen(d->warnings[i].msg));
            tl_buf_putc(&b, '}');
        }
        tl_buf_putc(&b, ']');
    }
    tl_buf_puts(&b, "},");
    nl(&b, pretty, 1);
    tl_buf_puts(&b, "\"entities\": [");
    for (uint32_t i = 0; i < d->n_entities; i++) {
        const tl_entity *e = &d->entities[i];
        if (i) tl_buf_putc(&b, ',');
        nl(&b, pretty, 2);
        tl_buf_puts(&b, "{\"id\": \"e");
        tl_buf_put_u32(&b, i + 1);
        tl_buf_puts(&b, "\", \"type\": \"");
        tl_buf_puts(&b, tl_ent_type_name(e->type));
        tl_buf_puts(&b, "\", \"name\": ");
        tl_buf_json_str(&b, e->name.ptr, e->name.len);
        tl_buf_puts(&b, ", \"aliases\": [");
        for (uint32_t k = 0; k < e->n_aliases; k++) {
            if (k) tl_buf_puts(&b, ", ");
            tl_buf_json_str(&b, e->aliases[k].ptr, e->aliases[k].len);
        }
        tl_buf_puts(&b, "], \"mentions\": [");
        for (uint32_t k = 0; k < e->n_mentions; k++) {
            const tl_mention *m = &d->mentions[e->mentions[k]];
            if (k) tl_buf_put(&b, ", ", 2);
            tl_buf_putc(&b, '[');
            tl_buf_put_u32(&b, m->start);
            tl_buf_put(&b, ", ", 2);
            tl_buf_put_u32(&b, m->end);
            tl_buf_putc(&b, ']');
            /* one entity may hold most of a long document's mentions */
            if ((k & 4095) == 4095) {
                o->b = b;
                drain(o, 0);
                b = o->b;
            }
        }
        tl_buf_puts(&b, "]}");
        o->b = b;
        drain(o, 0);
        b = o->b;
    }
    if (d->n_entities) nl(&b, pretty, 1);
    tl_buf_puts(&b, "],");
    nl(&b, pretty, 1);
    tl_buf_puts(&b, "\"facts\": [");
    for (uint32_t i = 0; i < d->n_facts; i++) {
        if (i) tl_buf_putc(&b, ',');
        nl(&b, pretty, 2);
        write_fact(&b, d, &d->facts[i], i, pretty);
        o->b = b;
        drain(o, 0);
        b = o->b;
    }
    if (d->n_facts) nl(&b, pretty, 1);
    tl_buf_putc(&b, ']');
    nl(&b, pretty, 0);
    tl_buf_putc(&b, '}');
    o->b = b;
}
