/* tl_reader.c -- turn input files (HTML pages through libxml2, JSON-lines records) into plain text plus metadata for ingest. */
#include "tl_reader.h"
#include "tl_buf.h"
#include "tl_utf8.h"
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
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
    if (n >= cap) {
        /* cut at a character boundary: a title stays valid UTF-8 */
        n = cap - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
    }
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
/* class/id words of boilerplate boxes */
static const char *const JUNK_WORDS[] = {"cookie", "consent", "banner", "menu", "navbar", "breadcrumb",
                                         "share", "social", "related", "newsletter", "subscribe",
                                         "advert", "sidebar", "comments", "footer", "popup", NULL};
/* meta names that carry the publication date */
static const char *const DATE_KEYS[] = {"article:published_time", "datepublished", "date", "pubdate",
                                        "dc.date", "publish-date", "dcterms.created", "og:published_time",
                                        NULL};

static char *dup_trim(const char *s) {
    while (*s == ' ' || *s == '\n' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t')) n--;
    char *r = malloc(n + 1);
    if (r) { memcpy(r, s, n); r[n] = 0; }
    return r;
}

/* Digits s[0..n) as a number.  Can't fail. */
static int digits(const char *s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

/* "2021-10-13T09:00:00Z" -> "2021-10-13" into *out (malloc'd); "2021-10" and
 * "2021" stay as they are.  *out stays NULL unless s starts with such a
 * date with a month 01-12 and a day 01-31: a Unix time ("1612345678") or
 * "2021-13-45" is no date, and the store orders documents by this string.
 * Returns 0, or -1 when out of memory. */
static int iso_date(const char *s, char **out) {
    *out = NULL;
    while (*s == ' ') s++;
    size_t n = 0;
    while (n < 10 && (n == 4 || n == 7 ? s[n] == '-' : s[n] >= '0' && s[n] <= '9')) n++;
    if (n == 5 || n == 8) n--; /* "2021-" is the year */
    if (n != 4 && n != 7 && n != 10) return 0;
    /* more digits right after the year or month: not this kind of date */
    if ((n == 4 || n == 7) && s[n] >= '0' && s[n] <= '9') return 0;
    if (n >= 7 && (digits(s + 5, 2) < 1 || digits(s + 5, 2) > 12)) return 0;
    if (n == 10 && (digits(s + 8, 2) < 1 || digits(s + 8, 2) > 31 || (s[10] >= '0' && s[10] <= '9'))) return 0;
    char *r = malloc(n + 1);
    if (!r) return -1;
    memcpy(r, s, n);
    r[n] = 0;
    *out = r;
    return 0;
}

/* The page as libxml2's HTML parser reports it, element by element.  The
 * parser decodes every named and numeric entity, converts the page's
 * charset (BOM, <meta charset>, http-equiv, else UTF-8 falling back to
 * Latin-1) to UTF-8, and closes what broken markup leaves open, so start
 * and end events always pair up. */
typedef struct html_state {
    tl_buf b;          /* the extracted text */
    int pending;       /* break owed before the next word: 0 none, 1 space, 2 newline, 3 blank line */
    tl_buf title;
    int in_title;
    unsigned skip;     /* depth inside an element whose content is dropped */
    char og_title[1024], published[1024], url[1024];
} html_state;

static void emit(html_state *o, const char *s, size_t n) {
    if (o->b.len && o->pending) {
        if (o->pending == 1) tl_buf_putc(&o->b, ' ');
        else if (o->pending == 2) tl_buf_putc(&o->b, '\n');
        else tl_buf_puts(&o->b, "\n\n");
    }
    o->pending = 0;
    tl_buf_put(&o->b, s, n);
}
static void brk(html_state *o, int level) {
    if (level > o->pending) o->pending = level;
}

static const char *attr_of(const xmlChar **atts, const char *name) {
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (strcasecmp((const char *)atts[i], name) == 0) return atts[i + 1] ? (const char *)atts[i + 1] : "";
    return NULL;
}

static int junk_attrs(const xmlChar **atts) {
    for (int k = 0; k < 2; k++) {
        const char *v = attr_of(atts, k ? "id" : "class");
        if (!v) continue;
        for (const char *const *w = JUNK_WORDS; *w; w++)
            if (strcasestr(v, *w)) return 1;
    }
    return 0;
}

static void on_start(void *ctx, const xmlChar *tag, const xmlChar **atts) {
    html_state *o = ctx;
    const char *name = (const char *)tag;
    if (o->skip) { o->skip++; return; }
    if (in_list(name, SKIP_TAGS) || ((strcmp(name, "div") == 0 || strcmp(name, "section") == 0 ||
                                      strcmp(name, "ul") == 0 || strcmp(name, "p") == 0) && junk_attrs(atts))) {
        o->skip = 1;
        return;
    }
    if (strcmp(name, "title") == 0) { o->in_title = 1; return; }
    if (strcmp(name, "meta") == 0) {
        const char *key = attr_of(atts, "property");
        if (!key) key = attr_of(atts, "name");
        if (!key) key = attr_of(atts, "itemprop");
        const char *content = attr_of(atts, "content");
        if (!key || !content) return;
        if (strcasecmp(key, "og:title") == 0) copy(o->og_title, sizeof o->og_title, content);
        else if (strcasecmp(key, "og:url") == 0 && !o->url[0]) copy(o->url, sizeof o->url, content);
        else if (!o->published[0])
            for (const char *const *k = DATE_KEYS; *k; k++)
                if (strcasecmp(key, *k) == 0) { copy(o->published, sizeof o->published, content); break; }
        return;
    }
    if (strcmp(name, "link") == 0) {
        const char *rel = attr_of(atts, "rel"), *href = attr_of(atts, "href");
        if (rel && href && strcasecmp(rel, "canonical") == 0) copy(o->url, sizeof o->url, href);
        return;
    }
    if (strcmp(name, "time") == 0 && !o->published[0]) {
        const char *dt = attr_of(atts, "datetime");
        if (dt) copy(o->published, sizeof o->published, dt);
    }
    if (in_list(name, PARA_TAGS)) brk(o, 3);
    else if (in_list(name, LINE_TAGS)) brk(o, 2);
    else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) brk(o, 1);
}

static void on_end(void *ctx, const xmlChar *tag) {
    html_state *o = ctx;
    const char *name = (const char *)tag;
    if (o->skip) { o->skip--; return; }
    if (strcmp(name, "title") == 0) { o->in_title = 0; return; }
    if (in_list(name, PARA_TAGS)) brk(o, 3);
    else if (in_list(name, LINE_TAGS)) brk(o, 2);
    else if (strcmp(name, "td") == 0 || strcmp(name, "th") == 0) brk(o, 1);
}

/* Whitespace, the no-break space among it, collapses to one break; the soft
 * hyphen is an invisible hint and goes. */
static size_t space_len(const char *s, size_t n) {
    if (n && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r' || *s == '\f')) return 1;
    if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) return 2;
    return 0;
}

static void on_text(void *ctx, const xmlChar *chars, int len) {
    html_state *o = ctx;
    if (o->skip || len <= 0) return;
    const char *s = (const char *)chars;
    size_t n = (size_t)len;
    for (size_t i = 0; i < n;) {
        size_t w = space_len(s + i, n - i);
        if (w) {
            if (o->in_title) tl_buf_putc(&o->title, ' ');
            else brk(o, 1);
            i += w;
            continue;
        }
        if (n - i >= 2 && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xAD) { i += 2; continue; }
        size_t j = i + 1;
        while (j < n && !space_len(s + j, n - j) &&
               !(n - j >= 2 && (unsigned char)s[j] == 0xC2 && (unsigned char)s[j + 1] == 0xAD))
            j++;
        if (o->in_title) tl_buf_put(&o->title, s + i, j - i);
        else emit(o, s + i, j - i);
        i = j;
    }
}

static void on_quiet(void *ctx, const char *msg, ...) {
    (void)ctx;
    (void)msg;
}

/* libxml2 reads a page that declares no charset as Latin-1 (the HTML 4
 * default), which garbles the UTF-8 most pages are written in.  A page with
 * no byte order mark and no charset in its first 1024 bytes (where HTML
 * requires the declaration) that is valid UTF-8 throughout is read as UTF-8,
 * one that is not as Latin-1 (which maps every byte to a character: left to
 * itself, libxml2 passed a short page's stray bytes through unconverted);
 * a declared charset is left to libxml2.  A byte order mark decides (the
 * push parser read one as Latin-1 characters); the caller drops it. */
static xmlCharEncoding page_encoding(const char *h, size_t n) {
    if (n >= 2 && (unsigned char)h[0] == 0xFE && (unsigned char)h[1] == 0xFF) return XML_CHAR_ENCODING_UTF16BE;
    if (n >= 2 && (unsigned char)h[0] == 0xFF && (unsigned char)h[1] == 0xFE) return XML_CHAR_ENCODING_UTF16LE;
    size_t head = n < 1024 ? n : 1024;
    for (size_t i = 0; i + 7 <= head; i++)
        if (strncasecmp(h + i, "charset", 7) == 0) return XML_CHAR_ENCODING_NONE;
    for (size_t i = 0; i < n;) {
        if ((unsigned char)h[i] < 0x80) { i++; continue; }
        size_t k = tl_utf8_valid_len(h + i, n - i);
        if (!k) return XML_CHAR_ENCODING_8859_1;
        i += k;
    }
    return XML_CHAR_ENCODING_UTF8;
}

int tl_reader_html(const char *h, size_t n, tl_reader_doc *out) {
    html_state *o = calloc(1, sizeof *o);
    if (!o) return TL_ENOMEM;
    xmlCharEncoding enc = page_encoding(h, n);
    if (n >= 3 && memcmp(h, "\xef\xbb\xbf", 3) == 0) { h += 3; n -= 3; enc = XML_CHAR_ENCODING_UTF8; }
    else if (enc == XML_CHAR_ENCODING_UTF16LE || enc == XML_CHAR_ENCODING_UTF16BE) { h += 2; n -= 2; }
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.ignorableWhitespace = on_text;
    sax.cdataBlock = on_text;
    sax.warning = on_quiet;
    sax.error = on_quiet;
    sax.fatalError = on_quiet;
    /* The push parser takes the page in slices, so a page of any size (the
     * memory parser's length is an int) goes through, and libxml2 keeps
     * only the unparsed rest in memory.  The first slice holds at least 4
     * bytes when the page has them: the parser reads a byte order mark
     * from it. */
    int oom = 0;
    size_t first = n < 4 ? n : 4;
    htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(&sax, o, h, (int)first, NULL, enc);
    if (!ctxt) oom = 1;
    else {
        /* HUGE lifts the 10 MB limit on one text node; the parser never
         * recurses on nesting, so depth costs memory, not stack. */
        htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                     HTML_PARSE_NOWARNING | XML_PARSE_HUGE);
        const size_t slice = 1u << 20;
        for (size_t i = first; i < n; i += slice) {
            size_t k = n - i < slice ? n - i : slice;
            htmlParseChunk(ctxt, h + i, (int)k, 0);
            if (ctxt->errNo == XML_ERR_NO_MEMORY) break;
        }
        htmlParseChunk(ctxt, NULL, 0, 1);
        if (ctxt->errNo == XML_ERR_NO_MEMORY) oom = 1;
        if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
        htmlFreeParserCtxt(ctxt);
    }
    tl_buf_putc(&o->b, 0);
    o->b.len--;
    tl_buf_putc(&o->title, 0);
    /* The text is promised valid UTF-8 whatever the page declared (a
     * charset libxml2 converts wrongly, a stray byte in a UTF-8 page):
     * repaired byte for byte. */
    if (o->b.p) tl_utf8_repair(o->b.p, o->b.len, NULL, NULL);
    if (o->title.p) tl_utf8_repair(o->title.p, strlen(o->title.p), NULL, NULL);
    tl_utf8_repair(o->og_title, strlen(o->og_title), NULL, NULL);
    tl_reader_doc r = {0};
    oom = oom || o->b.oom || o->title.oom;
    r.text = o->b.p;
    r.len = o->b.len;
    if (!r.text && !oom) { r.text = calloc(1, 1); oom = !r.text; }
    const char *title = o->og_title[0] ? o->og_title : o->title.p && o->title.p[0] ? o->title.p : NULL;
    if (title && !(r.title = dup_trim(title))) oom = 1;
    if (o->published[0] && iso_date(o->published, &r.published) != 0) oom = 1;
    if (o->url[0] && !(r.url = dup_trim(o->url))) oom = 1;
    tl_buf_free(&o->title);
    free(o);
    if (oom) {
        tl_reader_clear(&r);
        return TL_ENOMEM;
    }
    *out = r;
    return TL_OK;
}

/* A copy of the string member `key` into *out (NULL when absent or not a
 * string).  Returns 0, or -1 when out of memory. */
static int jstr(json_t *o, const char *key, char **out) {
    const char *s = json_string_value(json_object_get(o, key));
    *out = s ? strdup(s) : NULL;
    return s && !*out ? -1 : 0;
}

int tl_reader_jsonl(const char *line, size_t len, tl_reader_doc *out, tl_error *err) {
    json_error_t je;
    json_t *o = json_loadb(line, len, JSON_ALLOW_NUL, &je);
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
    int oom = !r.text;
    char *pub = NULL;
    oom |= jstr(o, "title", &r.title) != 0;
    oom |= jstr(o, "published", &pub) != 0;
    if (!pub && !oom) oom |= jstr(o, "date", &pub) != 0;
    if (pub) { oom |= iso_date(pub, &r.published) != 0; free(pub); }
    oom |= jstr(o, "url", &r.url) != 0;
    oom |= jstr(o, "source", &r.source) != 0;
    json_t *id = json_object_get(o, "id");
    if (json_is_integer(id)) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
        oom |= !(r.id = strdup(num));
    } else if (json_string_length(id)) {
        oom |= jstr(o, "id", &r.id) != 0;
    }
    json_decref(o);
    if (oom) {
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
