/* tl_dl.c -- libraries loaded when first needed (see tl_dl.h). */
#include "tl_dl.h"
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

#define TL_DL_MAX_SYMS 32

int tl_dl_open(tl_dl_lib *lib, const char *soname, const char *package, const char *what,
               const tl_dl_sym *syms, size_t n, tl_error *err) {
    if (!lib || !soname || (n && !syms) || n > TL_DL_MAX_SYMS) {
        if (err) {
            err->code = TL_EINVAL;
            err->offset = -1;
            snprintf(err->msg, sizeof err->msg, "tl_dl_open: bad arguments");
        }
        return TL_EINVAL;
    }
    void *h = dlopen(soname, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    const char *missing = NULL;
    /* Resolve into a scratch array first: on failure nothing is written. */
    void *found[TL_DL_MAX_SYMS];
    for (size_t i = 0; h && i < n && !missing; i++) {
        found[i] = dlsym(h, syms[i].name);
        if (!found[i]) missing = syms[i].name;
    }
    if (!h || missing) {
        if (err) {
            err->code = TL_ENOTFOUND;
            err->offset = -1;
            if (!h)
                snprintf(err->msg, sizeof err->msg, "%s needs %s (Debian package %s), which could not be loaded",
                         what ? what : "this feature", soname, package ? package : soname);
            else
                snprintf(err->msg, sizeof err->msg, "%s: %s lacks the symbol %.60s (another version?)",
                         what ? what : "this feature", soname, missing);
        }
        if (h) dlclose(h);
        return TL_ENOTFOUND;
    }
    for (size_t i = 0; i < n; i++) *syms[i].addr = found[i];
    lib->handle = h;
    return TL_OK;
}

void tl_dl_close(tl_dl_lib *lib) {
    if (!lib || !lib->handle) return;
    dlclose(lib->handle);
    lib->handle = NULL;
}
