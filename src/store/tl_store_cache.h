/* tl_store_cache.h -- in-memory caches of a store session: name key -> entities, entity rows, names already stored. */
#ifndef TL_STORE_CACHE_H
#define TL_STORE_CACHE_H
/*
 * Resolution asks, for every name of every entity of a document, which
 * stored entities carry a given key; asking SQLite costs a B-tree descent
 * per key, about 40 statements per document entity.  This cache answers
 * from memory what was asked before in the same session, and is kept up to
 * date by the backend as it writes names and entities.  It is a pure cache:
 * whatever it does not hold is read from the store, and clearing it is
 * always correct (the backend clears it on rollback and on corrections that
 * move or delete names).
 *
 * Nothing here touches the database.  Functions returning int return 1 on
 * success and 0 when out of memory (the cache is then left consistent, so a
 * caller may clear it and go on without it).
 */
#include <stddef.h>
#include <stdint.h>

typedef struct tl_cache tl_cache;

/* A stored entity as resolution needs it. */
typedef struct tl_cache_ent {
    int64_t id;
    int type;       /* tl_ent_type */
    int pinned;     /* canonical name fixed by an analyst */
    int words;      /* words of its canonical key */
    char *name;     /* canonical name (owned by the cache) */
} tl_cache_ent;

/* A new, empty cache, or NULL when out of memory. */
tl_cache *tl_cache_new(void);
/* Frees the cache; accepts NULL. */
void tl_cache_free(tl_cache *c);
/* Forgets everything.  Can't fail. */
void tl_cache_clear(tl_cache *c);
/* Number of entries held (keys, entities, names), to bound memory. */
size_t tl_cache_size(const tl_cache *c);

/* The entities whose key of `kind` is `key`, in increasing id order, when
 * that key was loaded (*n set, returns the array, valid until the next
 * change to the cache); NULL when the key is not cached. */
const int64_t *tl_cache_key_get(tl_cache *c, int kind, const char *key, size_t *n);
/* Records the full list for a key (read from the store).  ids need not be
 * sorted nor distinct. */
int tl_cache_key_put(tl_cache *c, int kind, const char *key, const int64_t *ids, size_t n);
/* A name with this key was just stored for `entity`: adds it to the key's
 * list when the key is cached (an uncached key will be read from the store
 * when first asked, and will include it). */
int tl_cache_key_add(tl_cache *c, int kind, const char *key, int64_t entity);

/* The cached row of an entity, or NULL; valid until the next
 * tl_cache_ent_put or clear (rows may move when the cache grows). */
tl_cache_ent *tl_cache_ent_get(tl_cache *c, int64_t id);
/* Records (or replaces) an entity row; `key` is its canonical key. */
int tl_cache_ent_put(tl_cache *c, int64_t id, int type, int pinned, const char *name, const char *key);

/* 1 when (entity, surface name) was recorded as stored in this session;
 * otherwise records it and returns 0 (-1 when out of memory). */
int tl_cache_name_seen(tl_cache *c, int64_t entity, const char *name, size_t len);
#endif
