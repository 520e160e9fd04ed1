/* tl_reader_pdf.c -- the text of a PDF file (through poppler) for ingest. */
#include "tl_reader.h"
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

int tl_reader_pdf_capped(const char *bytes, size_t len, size_t max_text, tl_reader_doc *out, tl_error *err) {
    GError *gerr = NULL;
    GBytes *gb = g_bytes_new(bytes, len);
    PopplerDocument *doc = poppler_document_new_from_bytes(gb, NULL, &gerr);
    g_bytes_unref(gb);
    if (!doc) {
        set_err(err, TL_EFORMAT, gerr && gerr->message ? gerr->message : "not a readable PDF");
        if (gerr) g_error_free(gerr);
        return TL_EFORMAT;
    }
    tl_reader_doc r = {0};
    size_t cap = 0;
    int pages = poppler_document_get_n_pages(doc), oom = 0;
    /* Each page adds its text and a newline; the text stops before a page
     * that would leave no room for both (a page past the cap once wrapped
     * the room left around and copied SIZE_MAX bytes). */
    int cut = 0;
    for (int i = 0; i < pages && !oom && !cut && r.len + 2 <= max_text; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        if (!page) continue;
        char *t = poppler_page_get_text(page);
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
        g_free(t);
        g_object_unref(page);
    }
    char *title = poppler_document_get_title(doc);
    if (title && *title && !oom) {
        r.title = strdup(title);
        oom = !r.title;
    }
    g_free(title);
    GDateTime *dt = poppler_document_get_creation_date_time(doc);
    if (dt && !oom) {
        char *iso = g_date_time_format(dt, "%Y-%m-%d");
        if (iso) {
            r.published = strdup(iso);
            oom = !r.published;
            g_free(iso);
        }
    }
    if (dt) g_date_time_unref(dt);
    g_object_unref(doc);
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
