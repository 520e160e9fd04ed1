/* tl_export_csv.c -- the store as three CSV files (entities, facts, evidence), converted from the JSON export. */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tl_export.h"

static int set_err(tl_error *err, int code, const char *msg, const char *path) {
    if (err) {
        err->code = code;
        err->offset = -1;
        /* a long path is cut: the message stays readable */
        size_t cap = sizeof err->msg, n = strlen(msg);
        if (n >= cap) n = cap - 1;
        memcpy(err->msg, msg, n);
        if (path && n + 2 < cap) {
            size_t p = strlen(path);
            if (p > cap - n - 3) p = cap - n - 3;
            memcpy(err->msg + n, ": ", 2);
            memcpy(err->msg + n + 2, path, p);
            n += 2 + p;
        }
        err->msg[n] = 0;
    }
    return code;
}

/* One field, quoted when it holds a comma, a quote or a line break (RFC
 * 4180); text a spreadsheet would evaluate gets a leading apostrophe. */
static void field(FILE *f, const char *s, int first) {
    if (!first) fputc(',', f);
    if (!s) return;
    int formula = s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@';
    if (!formula && !strpbrk(s, ",\"\r\n")) { fputs(s, f); return; }
    fputc('"', f);
    if (formula) fputc('\'', f);
    for (; *s; s++) {
        if (*s == '"') fputc('"', f);
        fputc(*s, f);
    }
    fputc('"', f);
}

/* A JSON value as field text: strings as they are, numbers and booleans
 * printed, null and absent empty. */
static void jfield(FILE *f, json_t *v, int first) {
    char num[64];
    if (json_is_string(v)) field(f, json_string_value(v), first);
    else if (json_is_integer(v)) {
        snprintf(num, sizeof num, "%lld", (long long)json_integer_value(v));
        field(f, num, first);
    } else if (json_is_real(v)) {
        snprintf(num, sizeof num, "%.15g", json_real_value(v));
        field(f, num, first);
    } else if (json_is_boolean(v)) field(f, json_is_true(v) ? "true" : "false", first);
    else field(f, NULL, first);
}

static FILE *open_in(const char *dir, const char *name, char *path, size_t cap) {
    snprintf(path, cap, "%s/%s", dir, name);
    return fopen(path, "w");
}

static void write_entities(FILE *f, json_t *ents) {
    fputs("id,type,name,aliases,documents,mentions,facts,first_seen,last_seen\r\n", f);
    size_t i;
    json_t *e;
    json_array_foreach(ents, i, e) {
        jfield(f, json_object_get(e, "id"), 1);
        jfield(f, json_object_get(e, "type"), 0);
        jfield(f, json_object_get(e, "name"), 0);
        /* aliases joined by "; " */
        size_t k, len = 0;
        json_t *a;
        json_array_foreach(json_object_get(e, "aliases"), k, a) len += json_string_length(a) + 2;
        char *joined = malloc(len + 1);
        if (joined) {
            joined[0] = 0;
            size_t at = 0;
            json_array_foreach(json_object_get(e, "aliases"), k, a) {
                at += (size_t)sprintf(joined + at, "%s%s", k ? "; " : "", json_string_value(a) ? json_string_value(a) : "");
            }
        }
        field(f, joined ? joined : "", 0);
        free(joined);
        static const char *const rest[] = {"documents", "mentions", "facts", "first_seen", "last_seen"};
        for (size_t r = 0; r < sizeof rest / sizeof *rest; r++) jfield(f, json_object_get(e, rest[r]), 0);
        fputs("\r\n", f);
    }
}

static void write_facts(FILE *f, FILE *ev, json_t *facts) {
    fputs("id,type,roles,status,modality,negated,rejected,time,place,place_name,amount,amount_value,currency,"
          "source,source_name,n_evidence\r\n", f);
    fputs("fact,doc_id,path,title,published,start,end,modality,time_text,text\r\n", ev);
    size_t i;
    json_t *x;
    json_array_foreach(facts, i, x) {
        jfield(f, json_object_get(x, "id"), 1);
        jfield(f, json_object_get(x, "type"), 0);
        /* roles as role=id;role=id, in the JSON's order */
        char roles[256] = "";
        size_t at = 0;
        const char *rn;
        json_t *rv;
        json_object_foreach(json_object_get(x, "roles"), rn, rv) {
            int w = snprintf(roles + at, sizeof roles - at, "%s%s=%lld", at ? ";" : "", rn,
                             (long long)json_integer_value(rv));
            if (w < 0 || (size_t)w >= sizeof roles - at) break;
            at += (size_t)w;
        }
        field(f, roles, 0);
        static const char *const mid[] = {"status", "modality", "negated", "rejected", "time", "place", "place_name"};
        for (size_t r = 0; r < sizeof mid / sizeof *mid; r++) jfield(f, json_object_get(x, mid[r]), 0);
        json_t *am = json_object_get(x, "amount");
        jfield(f, json_object_get(am, "text"), 0);
        jfield(f, json_object_get(am, "value"), 0);
        jfield(f, json_object_get(am, "currency"), 0);
        jfield(f, json_object_get(x, "source"), 0);
        jfield(f, json_object_get(x, "source_name"), 0);
        jfield(f, json_object_get(x, "n_evidence"), 0);
        fputs("\r\n", f);
        size_t k;
        json_t *e;
        json_array_foreach(json_object_get(x, "evidence"), k, e) {
            jfield(ev, json_object_get(x, "id"), 1);
            static const char *const cols[] = {"doc_id", "path", "title", "published"};
            for (size_t r = 0; r < sizeof cols / sizeof *cols; r++) jfield(ev, json_object_get(e, cols[r]), 0);
            json_t *span = json_object_get(e, "span");
            jfield(ev, json_array_get(span, 0), 0);
            jfield(ev, json_array_get(span, 1), 0);
            jfield(ev, json_object_get(e, "modality"), 0);
            jfield(ev, json_object_get(e, "time_text"), 0);
            jfield(ev, json_object_get(e, "text"), 0);
            fputs("\r\n", ev);
        }
    }
}

int tl_export_csv(tl_store *st, const tl_export_opts *o, const char *dir, tl_error *err) {
    if (!st || !o || !dir) return set_err(err, TL_EINVAL, "bad export arguments", NULL);
    char *buf = NULL;
    size_t len = 0;
    FILE *mem = open_memstream(&buf, &len);
    if (!mem) return set_err(err, TL_ENOMEM, "out of memory", NULL);
    tl_export_opts jo = *o;
    jo.format = TL_EXPORT_JSON;
    int rc = tl_export_write(st, &jo, mem, err);
    if (fclose(mem) != 0 && rc == TL_OK) rc = set_err(err, TL_ENOMEM, "out of memory", NULL);
    if (rc != TL_OK) { free(buf); return rc; }
    json_error_t je;
    json_t *root = json_loadb(buf, len, JSON_ALLOW_NUL, &je);
    free(buf);
    if (!root) return set_err(err, TL_ENOMEM, "out of memory", NULL);
    char path[4096];
    FILE *f = open_in(dir, "entities.csv", path, sizeof path);
    if (!f) { json_decref(root); return set_err(err, TL_EIO, strerror(errno), path); }
    write_entities(f, json_object_get(root, "entities"));
    if (fclose(f) != 0) { json_decref(root); return set_err(err, TL_EIO, "cannot write", path); }
    char evpath[4096];
    f = open_in(dir, "facts.csv", path, sizeof path);
    FILE *ev = f ? open_in(dir, "evidence.csv", evpath, sizeof evpath) : NULL;
    if (!f || !ev) {
        int e = errno;
        if (f) fclose(f);
        json_decref(root);
        return set_err(err, TL_EIO, strerror(e), f ? evpath : path);
    }
    write_facts(f, ev, json_object_get(root, "facts"));
    json_decref(root);
    int bad = fclose(f) != 0;
    if (fclose(ev) != 0 || bad) return set_err(err, TL_EIO, "cannot write", dir);
    return TL_OK;
}
