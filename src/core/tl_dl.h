/* tl_dl.h -- libraries loaded when first needed (dlopen), so that every run does not pay for them. */
#ifndef TL_DL_H
#define TL_DL_H
/*
 * PDF reading (poppler, with glib, cairo, NSS...) and PageRank (igraph, with
 * BLAS, LAPACK, GLPK...) bring about 80 shared libraries into a process that
 * links them, and the dynamic loader maps and relocates all of them at every
 * start: about half of the start-up time of `threadline extract`, for
 * features most runs never use.  Their callers load them here instead, on
 * first use.  A library loaded this way stays loaded (RTLD_NODELETE): glib
 * and its kin cannot be unloaded safely, and the next load is then free.
 *
 * Ownership: a tl_dl_lib holds one reference to a loaded library;
 * tl_dl_close drops it.  Symbols stay valid for the life of the process.
 */
#include "threadline.h"
#include <stddef.h>

typedef struct tl_dl_lib {
    void *handle;
} tl_dl_lib;

/* One symbol to resolve: its name and where to store its address. */
typedef struct tl_dl_sym {
    const char *name;
    void **addr;
} tl_dl_sym;

/* Loads the library `soname` (e.g. "libpoppler-glib.so.8") and resolves
 * the n symbols of `syms` in it and in the libraries it depends on.
 * `what` names the feature for the error ("PDF input").  Returns TL_OK;
 * TL_ENOTFOUND when the library or a symbol is missing, with a message
 * naming the library and what to install (`package`); on error `lib` and
 * every *addr are left untouched. */
int tl_dl_open(tl_dl_lib *lib, const char *soname, const char *package, const char *what,
               const tl_dl_sym *syms, size_t n, tl_error *err);

/* Drops the reference taken by tl_dl_open (the library stays mapped).
 * NULL or a never-opened lib is a no-op.  Can't fail. */
void tl_dl_close(tl_dl_lib *lib);

#endif
