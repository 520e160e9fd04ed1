/* store_fixture.h -- a store in a fresh temporary directory, for the unit tests that need one. */
#ifndef STORE_FIXTURE_H
#define STORE_FIXTURE_H
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "tl_store.h"

typedef struct fixture {
    char dir[64], path[96];
    tl_store *st;
} fixture;

/* Opens a new store under /tmp/tl-test-TAG-XXXXXX.  Returns NULL on failure. */
static inline fixture *fixture_open(const char *tag) {
    fixture *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    snprintf(f->dir, sizeof f->dir, "/tmp/tl-test-%s-XXXXXX", tag);
    if (!mkdtemp(f->dir)) { free(f); return NULL; }
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    if (tl_store_open(f->path, &f->st, NULL) != TL_OK) { rmdir(f->dir); free(f); return NULL; }
    return f;
}

/* Closes the store and removes its files and directory.  Accepts NULL. */
static inline void fixture_close(fixture *f) {
    if (!f) return;
    tl_store_close(f->st);
    char p[128];
    const char *suffix[] = {"", "-wal", "-shm"};
    for (int i = 0; i < 3; i++) { snprintf(p, sizeof p, "%s%s", f->path, suffix[i]); unlink(p); }
    rmdir(f->dir);
    free(f);
}
#endif
