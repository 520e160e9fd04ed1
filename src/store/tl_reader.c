/* tl_reader.c -- turn input files (HTML pages, JSON-lines records) into plain text plus metadata for ingest. */
#include "tl_reader.h"
#include "tl_buf.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void tl_reader_clear(tl_reader_doc *d) {
    free(d->text);
    free(d->title);
    free(d->published);
    free(d->url);
    free(d->source);
    free(d->id);
    memset(d, 0, sizeof *d);
}

/* strlcpy: the metadata strings are short, truncation is harmless. */
static void copy(char *dst, size_t cap, const char *src) {
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

static int in_list(const char *name, const char *const *list) {
    for (; *list; list++)
        if (strcmp(name, *list) == 0) return 1;
    return 0;
}

/* Elements that never hold the article's text. */
static const char *const SKIP_TAGS[] = {"script", "style", "nav", "header", "footer", "aside", "form",
                                        "noscript", "iframe", "svg", "template", "button", "select",
                                        "object", "canvas", "menu", NULL};
static const char *const PARA_TAGS[] = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                                        "blockquote", "li", "pre", "table", "ul", "ol", "dl",
                                        "figcaption", "main", NULL};
static const char *const LINE_TAGS[] = {"br", "div", "tr", "dd", "dt", "hr", NULL};
static const char *const VOID_TAGS[] = {"br", "hr", "img", "meta", "link", "input", "area", "base",
                                        "col", "embed", "source", "track", "wbr", NULL};
/* class/id words of boilerplate boxes */
static const char *const JUNK_WORDS[] = {"cookie", "consent", "banner", "menu", "navbar", "breadcrumb",
                                         "share", "social", "related", "newsletter", "subscribe",
                                         "advert", "sidebar", "comments", "footer", "popup", NULL};

static void put_utf8(tl_buf *b, long cp) {
    char u[4];
    if (cp < 0x80) { tl_buf_putc(b, (char)cp); return; }
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 63));
        tl_buf_put(b, u, 2);
    } else if (cp < 0x10000) {
        if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
        u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 63)); u[2] = (char)(0x80 | (cp & 63));
        tl_buf_put(b, u, 3);
    } else if (cp < 0x110000) {
        u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 63));
        u[2] = (char)(0x80 | ((cp >> 6) & 63)); u[3] = (char)(0x80 | (cp & 63));
        tl_buf_put(b, u, 4);
    } else {
        put_utf8(b, 0xFFFD);
    }
}

/* Decodes the entity at s (just after '&'); returns bytes consumed (0: not
 * an entity, the '&' is literal). */
static size_t entity(const char *s, size_t n, tl_buf *b) {
    static const struct { const char *name; long cp; } named[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '},
        {"mdash", 0x2014}, {"ndash", 0x2013}, {"rsquo", 0x2019}, {"lsquo", 0x2018},
        {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"copy", 0xA9}, {"shy", -1}};
    size_t e = 0;
    while (e < n && e < 12 && s[e] != ';') e++;
    if (e >= n || s[e] != ';' || e == 0) return 0;
    if (s[0] == '#') {
        long cp = s[1] == 'x' || s[1] == 'X' ? strtol(s + 2, NULL, 16) : strtol(s + 1, NULL, 10);
        if (cp <= 0) cp = 0xFFFD;
        if (cp == 0xA0) cp = ' ';
        put_utf8(b, cp);
        return e + 1;
    }
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        if (strlen(named[i].name) == e && memcmp(named[i].name, s, e) == 0) {
            if (named[i].cp >= 0) put_utf8(b, named[i].cp);
            return e + 1;
        }
    return 0;
}

/* Writes the value of attribute `name` (decoded) into out; 0 when absent. */
static int attr(const char *a, size_t n, const char *name, char *out, size_t cap) {
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl < n; i++) {
        if (strncasecmp(a + i, name, nl) != 0 || (i > 0 && a[i - 1] != ' ' && a[i - 1] != '\t' && a[i - 1] != '\n'))
            continue;
        size_t j = i + nl;
        while (j < n && a[j] == ' ') j++;
        if (j >= n || a[j] != '=') continue;
        j++;
        while (j < n && a[j] == ' ') j++;
        char q = j < n && (a[j] == '"' || a[j] == '\'') ? a[j++] : 0;
        size_t k = j;
        while (k < n && (q ? a[k] != q : (a[k] != ' ' && a[k] != '>'))) k++;
        tl_buf b = TL_BUF_INIT;
        for (size_t p = j; p < k; p++) {
            size_t used = a[p] == '&' ? entity(a + p + 1, k - p - 1, &b) : 0;
            if (used) p += used;
            else tl_buf_putc(&b, a[p]);
        }
        snprintf(out, cap, "%s", b.p ? b.p : "");
        tl_buf_free(&b);
        return 1;
    }
    return 0;
}

static int junk_attrs(const char *a, size_t n) {
    char v[512];
    for (int k = 0; k < 2; k++) {
        if (!attr(a, n, k ? "id" : "class", v, sizeof v)) continue;
        for (char *p = v; *p; p++) *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
        for (const char *const *w = JUNK_WORDS; *w; w++)
            if (strstr(v, *w)) return 1;
    }
    return 0;
}

static char *dup_trim(const char *s) {
    while (*s == ' ' || *s == '\n' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t')) n--;
    char *r = malloc(n + 1);
    if (r) { memcpy(r, s, n); r[n] = 0; }
    return r;
}

/* "2021-10-13T09:00:00Z" -> "2021-10-13"; NULL unless it starts with a date. */
static char *iso_date(const char *s) {
    while (*s == ' ') s++;
    size_t n = 0;
    while (n < 10 && (s[n] >= '0' && s[n] <= '9' ? 1 : s[n] == '-' && (n == 4 || n == 7))) n++;
    if (n != 4 && n != 7 && n != 10) return NULL;
    if (n > 4 && s[n - 1] == '-') return NULL;
    char *r = malloc(n + 1);
    if (r) { memcpy(r, s, n); r[n] = 0; }
    return r;
}

/* Output state: whitespace is collapsed; breaks are emitted lazily so a run
 * of block tags gives one blank line, not many. */
typedef struct out_state {
    tl_buf b;
    int pending; /* 0 none, 1 space, 2 newline, 3 blank line */
} out_state;

static void emit(out_state *o, const char *s, size_t n) {
    if (o->b.len && o->pending) {
        if (o->pending == 1) tl_buf_putc(&o->b, ' ');
        else if (o->pending == 2) tl_buf_putc(&o->b, '\n');
        else tl_buf_puts(&o->b, "\n\n");
    }
    o->pending = 0;
    tl_buf_put(&o->b, s, n);
}
static void brk(out_state *o, int level) {
    if (level > o->pending) o->pending = level;
}

int tl_reader_html(const char *h, size_t n, tl_reader_doc *out) {
    out_state o = {TL_BUF_INIT, 0};
    tl_buf title = TL_BUF_INIT;
    char og_title[1024] = "", published[1024] = "", url[1024] = "", tmp[1024];
    char skip_name[16] = "";
    int skip_depth = 0, in_title = 0;
    for (size_t i = 0; i < n;) {
        char c = h[i];
        if (c == '<') {
            if (i + 3 < n && memcmp(h + i, "<!--", 4) == 0) {
                const char *e = memmem(h + i + 4, n - i - 4, "-->", 3);
                i = e ? (size_t)(e - h) + 3 : n;
                continue;
            }
            size_t j = i + 1;
            int closing = j < n && h[j] == '/';
            if (closing) j++;
            char name[16];
            size_t nl = 0;
            while (j < n && ((h[j] >= 'a' && h[j] <= 'z') || (h[j] >= 'A' && h[j] <= 'Z') ||
                             (h[j] >= '0' && h[j] <= '9'))) {
                if (nl + 1 < sizeof name) name[nl++] = (char)(h[j] >= 'A' && h[j] <= 'Z' ? h[j] + 32 : h[j]);
                j++;
            }
            name[nl] = 0;
            if (nl == 0 && h[j] != '!' && h[j] != '?') { /* a literal '<' */
                if (!skip_depth) emit(&o, "<", 1);
                i++;
                continue;
            }
            /* attributes run to the next '>' outside quotes */
            size_t a0 = j;
            char q = 0;
            while (j < n && (q || h[j] != '>')) {
                if (q && h[j] == q) q = 0;
                else if (!q && (h[j] == '"' || h[j] == '\'')) q = h[j];
                j++;
            }
            const char *attrs = h + a0;
            size_t alen = j - a0;
            i = j < n ? j + 1 : n;
            if (nl == 0) continue; /* <!DOCTYPE>, <?xml?> */
            if (skip_depth) {
                if (strcmp(name, skip_name) == 0) {
                    if (closing) skip_depth--;
                    else if (!in_list(name, VOID_TAGS)) skip_depth++;
                }
                continue;
            }
            if (!closing && (strcmp(name, "script") == 0 || strcmp(name, "style") == 0)) {
                /* raw text: skip to the matching close tag */
                char close[24];
                snprintf(close, sizeof close, "</%s", name);
                const char *p = h + i;
                while (p && p < h + n && strncasecmp(p, close, strlen(close)) != 0)
                    p = memchr(p + 1, '<', (size_t)(h + n - p - 1));
                const char *e = p ? memchr(p, '>', (size_t)(h + n - p)) : NULL;
                i = e ? (size_t)(e - h) + 1 : n;
                continue;
            }
            if (!closing && (in_list(name, SKIP_TAGS) ||
                             ((strcmp(name, "div") == 0 || strcmp(name, "section") == 0 ||
                               strcmp(name, "ul") == 0 || strcmp(name, "p") == 0) && junk_attrs(attrs, alen)))) {
                snprintf(skip_name, sizeof skip_name, "%s", name);
                skip_depth = 1;
                continue;
            }
            if (strcmp(name, "title") == 0) { in_title = !closing; continue; }
            if (strcmp(name, "meta") == 0) {
                char key[128] = "";
                if (!attr(attrs, alen, "property", key, sizeof key) && !attr(attrs, alen, "name", key, sizeof key))
                    attr(attrs, alen, "itemprop", key, sizeof key);
                if (!attr(attrs, alen, "content", tmp, sizeof tmp)) continue;
                if (strcasecmp(key, "og:title") == 0) copy(og_title, sizeof og_title, tmp);
                else if (strcasecmp(key, "og:url") == 0 && !url[0]) copy(url, sizeof url, tmp);
                else if (!published[0] &&
                         (strcasecmp(key, "article:published_time") == 0 || strcasecmp(key, "datePublished") == 0 ||
                          strcasecmp(key, "date") == 0 || strcasecmp(key, "pubdate") == 0 ||
                          strcasecmp(key, "dc.date") == 0 || strcasecmp(key, "publish-date") == 0))
                    copy(published, sizeof published, tmp);
                continue;
            }
            if (strcmp(name, "link") == 0) {
                if (attr(attrs, alen, "rel", tmp, sizeof tmp) && strcasecmp(tmp, "canonical") == 0 &&
                    attr(attrs, alen, "href", tmp, sizeof tmp))
                    copy(url, sizeof url, tmp);
                continue;
            }
            if (strcmp(name, "time") == 0 && !closing && !published[0] &&
                attr(attrs, alen, "datetime", tmp, sizeof tmp))
                copy(published, sizeof published, tmp);
            if (in_list(name, PARA_TAGS)) brk(&o, 3);
            else if (in_list(name, LINE_TAGS)) brk(&o, 2);
            else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) brk(&o, 1);
            continue;
        }
        if (skip_depth) { i++; continue; }
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            if (in_title) tl_buf_putc(&title, ' ');
            else brk(&o, 1);
            i++;
            continue;
        }
        tl_buf *dst = in_title ? &title : NULL;
        tl_buf tmpb = TL_BUF_INIT;
        if (c == '&') {
            size_t used = entity(h + i + 1, n - i - 1, &tmpb);
            if (used) {
                if (dst) tl_buf_put(dst, tmpb.p, tmpb.len);
                else if (tmpb.len == 1 && tmpb.p[0] == ' ') brk(&o, 1);
                else emit(&o, tmpb.p, tmpb.len);
                tl_buf_free(&tmpb);
                i += used + 1;
                continue;
            }
        }
        /* a run of ordinary text */
        size_t j = i + 1;
        while (j < n && h[j] != '<' && h[j] != '&' && h[j] != ' ' && h[j] != '\n' && h[j] != '\t' &&
               h[j] != '\r' && h[j] != '\f')
            j++;
        if (dst) tl_buf_put(dst, h + i, j - i);
        else emit(&o, h + i, j - i);
        i = j;
    }
    tl_buf_putc(&o.b, 0);
    o.b.len--;
    tl_reader_doc r = {0};
    int oom = o.b.oom || title.oom;
    r.text = o.b.p;
    r.len = o.b.len;
    if (!r.text && !oom) { r.text = calloc(1, 1); oom = !r.text; }
    if (og_title[0]) r.title = dup_trim(og_title);
    else if (title.p) r.title = dup_trim(title.p);
    if (published[0]) r.published = iso_date(published);
    if (url[0]) r.url = dup_trim(url);
    tl_buf_free(&title);
    if (oom) {
        tl_reader_clear(&r);
        return TL_ENOMEM;
    }
    *out = r;
    return TL_OK;
}

static char *jstr(json_t *o, const char *key) {
    const char *s = json_string_value(json_object_get(o, key));
    return s ? strdup(s) : NULL;
}

int tl_reader_jsonl(const char *line, size_t len, tl_reader_doc *out, tl_error *err) {
    json_error_t je;
    json_t *o = json_loadb(line, len, 0, &je);
    if (!o || !json_is_object(o) || !json_is_string(json_object_get(o, "text"))) {
        if (err) {
            err->code = TL_EFORMAT;
            err->offset = o ? -1 : je.position;
            snprintf(err->msg, sizeof err->msg, "%s%s", o ? "" : "bad JSON: ", o ? "a record needs a \"text\" string" : je.text);
        }
        json_decref(o);
        return TL_EFORMAT;
    }
    tl_reader_doc r = {0};
    json_t *t = json_object_get(o, "text");
    r.len = json_string_length(t);
    r.text = malloc(r.len + 1);
    if (r.text) { memcpy(r.text, json_string_value(t), r.len); r.text[r.len] = 0; }
    r.title = jstr(o, "title");
    char *pub = jstr(o, "published");
    if (!pub) pub = jstr(o, "date");
    if (pub) { r.published = iso_date(pub); free(pub); }
    r.url = jstr(o, "url");
    r.source = jstr(o, "source");
    json_t *id = json_object_get(o, "id");
    if (json_is_integer(id)) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        r.id = strdup(num);
    } else if (json_string_length(id)) {
        r.id = jstr(o, "id");
    }
    json_decref(o);
    if (!r.text) {
        tl_reader_clear(&r);
        return TL_ENOMEM;
    }
    *out = r;
    return TL_OK;
}

size_t tl_reader_jsonl_trim(const char *line, size_t len, size_t *n) {
    const char *nl = memchr(line, '\n', len);
    size_t e = nl ? (size_t)(nl - line) : len, s = 0;
    while (s < e && (line[s] == ' ' || line[s] == '\r' || line[s] == '\t')) s++;
    while (e > s && (line[e - 1] == ' ' || line[e - 1] == '\r' || line[e - 1] == '\t')) e--;
    *n = e - s;
    return s;
}
