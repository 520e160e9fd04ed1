/* tl_store_cache.c -- open-addressing hash tables behind the store session caches (tl_store_cache.h). */
#include "tl_store_cache.h"
#include "tl_hash.h"
#include <stdlib.h>
#include <string.h>

/* One table: byte-string keys (copied), a pointer value each.  Entries are
 * never removed one by one (the store only ever clears a whole cache), so
 * there are no tombstones. */
typedef struct slot {
    uint64_t hash;     /* 0 = empty */
    char *key;
    size_t len;
    void *val;
} slot;

typedef struct table {
    slot *s;
    size_t n, cap;     /* cap: a power of two, or 0 */
    void (*free_val)(void *);
} table;

typedef struct idlist {
    size_t n, cap;
    int64_t id[];
} idlist;

/* Entity rows live in an array indexed by id (ids are SQLite rowids,
 * dense from 1): resolution reads the row of every entity carrying a
 * candidate key, thousands for a common surname or nickname, and a hash
 * lookup with two pointer hops per row was a sixth of the store thread.
 * Ids past DENSE_MAX (never seen in practice) go to a hash table. */
#define DENSE_MAX ((int64_t)1 << 22)

struct tl_cache {
    table keys;   /* kind byte + key -> idlist */
    tl_cache_ent *dense;   /* [id] for 0 < id < dense_cap; id == 0 when absent */
    size_t dense_cap, dense_n;
    table ents;   /* 8-byte id -> tl_cache_ent, for ids >= DENSE_MAX */
    table names;  /* 8-byte id + name -> (nothing) */
};

static void table_clear(table *t) {
    for (size_t i = 0; i < t->cap; i++)
        if (t->s[i].hash) {
            free(t->s[i].key);
            if (t->free_val) t->free_val(t->s[i].val);
        }
    free(t->s);
    t->s = NULL;
    t->n = t->cap = 0;
}

static slot *table_find(table *t, const void *key, size_t len, uint64_t h) {
    if (!t->cap) return NULL;
    for (size_t i = h & (t->cap - 1);; i = (i + 1) & (t->cap - 1)) {
        slot *s = &t->s[i];
        if (!s->hash) return NULL;
        if (s->hash != h || s->len != len) continue;
        /* entity ids (8 bytes) are most lookups: compare them inline, not
         * through a memcmp call (was 4% of the store thread) */
        if (len == 8) {
            uint64_t a, b;
            memcpy(&a, s->key, 8);
            memcpy(&b, key, 8);
            if (a == b) return s;
        } else if (memcmp(s->key, key, len) == 0) {
            return s;
        }
    }
}

static int table_grow(table *t) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    slot *ns = calloc(cap, sizeof *ns);
    if (!ns) return 0;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->s[i].hash) continue;
        size_t j = t->s[i].hash & (cap - 1);
        while (ns[j].hash) j = (j + 1) & (cap - 1);
        ns[j] = t->s[i];
    }
    free(t->s);
    t->s = ns;
    t->cap = cap;
    return 1;
}

/* The slot for key, inserted empty-valued when new (*isnew = 1); NULL when
 * out of memory. */
static slot *table_upsert(table *t, const void *key, size_t len, int *isnew) {
    uint64_t h = tl_hash_bytes(key, len);
    slot *s = table_find(t, key, len, h);
    *isnew = 0;
    if (s) return s;
    /* at most half full: with linear probing a miss (most name lookups)
     * walks ~2.5 slots at 1/2 but ~8.5 at 3/4, where table_find was the
     * hottest function of the store thread */
    if ((t->n + 1) * 2 > t->cap && !table_grow(t)) return NULL;
    char *k = malloc(len ? len : 1);
    if (!k) return NULL;
    memcpy(k, key, len);
    size_t i = h & (t->cap - 1);
    while (t->s[i].hash) i = (i + 1) & (t->cap - 1);
    t->s[i] = (slot){h, k, len, NULL};
    t->n++;
    *isnew = 1;
    return &t->s[i];
}

static void free_ent(void *p) {
    tl_cache_ent *e = p;
    if (e) free(e->name);
    free(e);
}

tl_cache *tl_cache_new(void) {
    tl_cache *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->keys.free_val = free;
    c->ents.free_val = free_ent;
    return c;
}

void tl_cache_clear(tl_cache *c) {
    if (!c) return;
    table_clear(&c->keys);
    for (size_t i = 0; i < c->dense_cap; i++) free(c->dense[i].name);
    free(c->dense);
    c->dense = NULL;
    c->dense_cap = c->dense_n = 0;
    table_clear(&c->ents);
    table_clear(&c->names);
}

void tl_cache_free(tl_cache *c) {
    tl_cache_clear(c);
    free(c);
}

size_t tl_cache_size(const tl_cache *c) { return c ? c->keys.n + c->dense_n + c->ents.n + c->names.n : 0; }

/* kind byte + key text: the table key of a name key */
static size_t key_bytes(int kind, const char *key, char *buf, size_t cap) {
    size_t n = strlen(key);
    if (n + 1 > cap) n = cap - 1;
    buf[0] = (char)('0' + kind);
    memcpy(buf + 1, key, n);
    return n + 1;
}

const int64_t *tl_cache_key_get(tl_cache *c, int kind, const char *key, size_t *n) {
    char buf[512];
    size_t len = key_bytes(kind, key, buf, sizeof buf);
    slot *s = table_find(&c->keys, buf, len, tl_hash_bytes(buf, len));
    if (!s) return NULL;
    idlist *l = s->val;
    *n = l->n;
    return l->id;
}

/* Inserts id into a sorted list unless present; the list may move. */
static int list_add(idlist **lp, int64_t id) {
    idlist *l = *lp;
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (l->id[mid] < id) lo = mid + 1;
        else hi = mid;
    }
    if (lo < l->n && l->id[lo] == id) return 1;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 4;
        idlist *nl = realloc(l, sizeof *nl + cap * sizeof nl->id[0]);
        if (!nl) return 0;
        nl->cap = cap;
        *lp = l = nl;
    }
    memmove(&l->id[lo + 1], &l->id[lo], (l->n - lo) * sizeof l->id[0]);
    l->id[lo] = id;
    l->n++;
    return 1;
}

int tl_cache_key_put(tl_cache *c, int kind, const char *key, const int64_t *ids, size_t n) {
    char buf[512];
    size_t len = key_bytes(kind, key, buf, sizeof buf);
    int isnew;
    slot *s = table_upsert(&c->keys, buf, len, &isnew);
    if (!s) return 0;
    idlist *l = calloc(1, sizeof *l);
    if (!l) {
        if (isnew) s->val = NULL, table_clear(&c->keys); /* never leave a slot without a list */
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (!list_add(&l, ids[i])) {
            free(l);
            if (isnew) s->val = NULL, table_clear(&c->keys);
            return 0;
        }
    free(s->val);
    s->val = l;
    return 1;
}

int tl_cache_key_add(tl_cache *c, int kind, const char *key, int64_t entity) {
    char buf[512];
    size_t len = key_bytes(kind, key, buf, sizeof buf);
    slot *s = table_find(&c->keys, buf, len, tl_hash_bytes(buf, len));
    if (!s) return 1;
    idlist *l = s->val;
    if (!list_add(&l, entity)) return 0;
    s->val = l;
    return 1;
}

tl_cache_ent *tl_cache_ent_get(tl_cache *c, int64_t id) {
    if (id > 0 && id < DENSE_MAX) {
        if ((size_t)id >= c->dense_cap || c->dense[id].id == 0) return NULL;
        return &c->dense[id];
    }
    slot *s = table_find(&c->ents, &id, sizeof id, tl_hash_bytes(&id, sizeof id));
    return s ? s->val : NULL;
}

/* The dense slot of id (id < DENSE_MAX), growing the array; NULL when out
 * of memory. */
static tl_cache_ent *dense_slot(tl_cache *c, int64_t id) {
    if ((size_t)id >= c->dense_cap) {
        size_t cap = c->dense_cap ? c->dense_cap : 1024;
        while (cap <= (size_t)id) cap *= 2;
        tl_cache_ent *d = realloc(c->dense, cap * sizeof *d);
        if (!d) return NULL;
        memset(d + c->dense_cap, 0, (cap - c->dense_cap) * sizeof *d);
        c->dense = d;
        c->dense_cap = cap;
    }
    return &c->dense[id];
}

int tl_cache_ent_put(tl_cache *c, int64_t id, int type, int pinned, const char *name, const char *key) {
    char *nm = strdup(name ? name : "");
    if (!nm) return 0;
    tl_cache_ent *e;
    if (id > 0 && id < DENSE_MAX) {
        if (!(e = dense_slot(c, id))) { free(nm); return 0; }
        if (e->id == 0) c->dense_n++;
    } else {
        int isnew;
        slot *s = table_upsert(&c->ents, &id, sizeof id, &isnew);
        if (!s) { free(nm); return 0; }
        e = s->val;
        if (!e && !(e = s->val = calloc(1, sizeof *e))) {
            free(nm);
            table_clear(&c->ents); /* never leave a slot without a row */
            return 0;
        }
    }
    free(e->name);
    e->id = id;
    e->type = type;
    e->pinned = pinned;
    e->name = nm;
    int words = 0, in = 0;
    for (const char *p = key ? key : ""; *p; p++) {
        if (*p == ' ') in = 0;
        else if (!in) { in = 1; words++; }
    }
    e->words = words;
    return 1;
}

int tl_cache_name_seen(tl_cache *c, int64_t entity, const char *name, size_t len) {
    char buf[520];
    if (len > sizeof buf - sizeof entity) return 0; /* too long to keep: the caller stores it again */
    memcpy(buf, &entity, sizeof entity);
    memcpy(buf + sizeof entity, name, len);
    int isnew;
    slot *s = table_upsert(&c->names, buf, sizeof entity + len, &isnew);
    if (!s) return -1;
    return !isnew;
}
