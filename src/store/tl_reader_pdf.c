/* tl_reader_pdf.c -- the text of a PDF file (through poppler) for ingest. */
#include "tl_reader.h"
#include "tl_dl.h"
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Pages whose text alone is over this are cut: a PDF is hostile input too. */
#define PDF_MAX_TEXT ((size_t)64 << 20)

static void set_err(tl_error *err, int code, const char *msg) {
    if (!err) return;
    err->code = code;
    err->offset = -1;
    snprintf(err->msg, sizeof err->msg, "%s", msg);
}

int tl_reader_pdf(const char *bytes, size_t len, tl_reader_doc *out, tl_error *err) {
    return tl_reader_pdf_capped(bytes, len, PDF_MAX_TEXT, out, err);
}

/* The soname of poppler-glib, found by the Makefile from the -dev package. */
#ifndef TL_POPPLER_SONAME
#define TL_POPPLER_SONAME "libpoppler-glib.so.8"
#endif

/* poppler and glib, loaded on the first PDF (tl_dl.h says why); each
 * pointer has the type of the function the headers declare. */
typedef struct pdf_api {
    __typeof__(&g_bytes_new) bytes_new;
    __typeof__(&g_bytes_unref) bytes_unref;
    __typeof__(&g_error_free) error_free;
    __typeof__(&g_free) gfree;
    __typeof__(&g_object_unref) object_unref;
    __typeof__(&g_date_time_format) date_time_format;
    __typeof__(&g_date_time_unref) date_time_unref;
    __typeof__(&poppler_document_new_from_bytes) new_from_bytes;
    __typeof__(&poppler_document_get_n_pages) get_n_pages;
    __typeof__(&poppler_document_get_page) get_page;
    __typeof__(&poppler_page_get_text) page_get_text;
    __typeof__(&poppler_document_get_title) get_title;
    __typeof__(&poppler_document_get_creation_date_time) get_creation_date_time;
} pdf_api;

static int pdf_read(const pdf_api *api, const char *bytes, size_t len, size_t max_text, tl_reader_doc *out,
                    tl_error *err);

int tl_reader_pdf_capped(const char *bytes, size_t len, size_t max_text, tl_reader_doc *out, tl_error *err) {
    pdf_api api;
    const tl_dl_sym syms[] = {
        {"g_bytes_new", (void **)&api.bytes_new},
        {"g_bytes_unref", (void **)&api.bytes_unref},
        {"g_error_free", (void **)&api.error_free},
        {"g_free", (void **)&api.gfree},
        {"g_object_unref", (void **)&api.object_unref},
        {"g_date_time_format", (void **)&api.date_time_format},
        {"g_date_time_unref", (void **)&api.date_time_unref},
        {"poppler_document_new_from_bytes", (void **)&api.new_from_bytes},
        {"poppler_document_get_n_pages", (void **)&api.get_n_pages},
        {"poppler_document_get_page", (void **)&api.get_page},
        {"poppler_page_get_text", (void **)&api.page_get_text},
        {"poppler_document_get_title", (void **)&api.get_title},
        {"poppler_document_get_creation_date_time", (void **)&api.get_creation_date_time},
    };
    tl_dl_lib lib = {0};
    int rc = tl_dl_open(&lib, TL_POPPLER_SONAME, "libpoppler-glib8", "PDF input", syms,
                        sizeof syms / sizeof syms[0], err);
    if (rc != TL_OK) return rc;
    rc = pdf_read(&api, bytes, len, max_text, out, err);
    tl_dl_close(&lib);
    return rc;
}

static int pdf_read(const pdf_api *api, const char *bytes, size_t len, size_t max_text, tl_reader_doc *out,
                    tl_error *err) {
    GError *gerr = NULL;
    GBytes *gb = api->bytes_new(bytes, len);
    PopplerDocument *doc = api->new_from_bytes(gb, NULL, &gerr);
    api->bytes_unref(gb);
    if (!doc) {
        set_err(err, TL_EFORMAT, gerr && gerr->message ? gerr->message : "not a readable PDF");
        if (gerr) api->error_free(gerr);
        return TL_EFORMAT;
    }
    tl_reader_doc r = {0};
    size_t cap = 0;
    int pages = api->get_n_pages(doc), oom = 0;
    /* Each page adds its text and a newline; the text stops before a page
     * that would leave no room for both (a page past the cap once wrapped
     * the room left around and copied SIZE_MAX bytes). */
    int cut = 0;
    for (int i = 0; i < pages && !oom && !cut && r.len + 2 <= max_text; i++) {
        PopplerPage *page = api->get_page(doc, i);
        if (!page) continue;
        char *t = api->page_get_text(page);
        size_t n = t ? strlen(t) : 0;
        if (n > max_text - r.len - 2) {
            /* cut at a character boundary: the text stays valid UTF-8 */
            n = max_text - r.len - 2;
            while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80) n--;
            cut = 1;
        }
        if (r.len + n + 2 > cap) {
            cap = (r.len + n + 2) * 2;
            char *p = realloc(r.text, cap);
            if (!p) oom = 1;
            else r.text = p;
        }
        if (!oom) {
            if (n) memcpy(r.text + r.len, t, n);
            r.len += n;
            /* A blank line between pages: a page break ends a paragraph. */
            r.text[r.len++] = '\n';
            r.text[r.len] = 0;
        }
        api->gfree(t);
        api->object_unref(page);
    }
    char *title = api->get_title(doc);
    if (title && *title && !oom) {
        r.title = strdup(title);
        oom = !r.title;
    }
    api->gfree(title);
    GDateTime *dt = api->get_creation_date_time(doc);
    if (dt && !oom) {
        char *iso = api->date_time_format(dt, "%Y-%m-%d");
        if (iso) {
            r.published = strdup(iso);
            oom = !r.published;
            api->gfree(iso);
        }
    }
    if (dt) api->date_time_unref(dt);
    api->object_unref(doc);
    if (!oom && !r.text) {
        r.text = calloc(1, 1);
        oom = !r.text;
    }
    if (oom) {
        tl_reader_clear(&r);
        set_err(err, TL_ENOMEM, "out of memory");
        return TL_ENOMEM;
    }
    *out = r;
    return TL_OK;
}
