#!/bin/sh
# public_headers.sh -- `make install-dev` (install-headers) installs headers that compile on their own: a program sees the store, ingest, query and export APIs with nothing from src/ on its include path.
# Usage: BUILD=build sh tests/cli/public_headers.sh   (from the repository root)
BUILD=${BUILD:-build}
CC=${CC:-cc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT INT TERM
# install-headers only: install-dev would also (re)build $BUILD's library
make -s --no-print-directory install-headers DESTDIR="$T" PREFIX=/usr >"$T/make.log" 2>&1 || {
    cat "$T/make.log"; echo "FAIL make install-headers"; exit 1; }
cat >"$T/prog.c" <<'C'
#include "threadline_store.h"
int main(void) {
    tl_store *st = NULL;
    tl_error err = {0};
    tl_ingest_stats s = {0};
    tl_export_opts o = {0};
    (void)s; (void)o;
    if (tl_store_open(":memory:", &st, &err) != TL_OK) return 1;
    json_t *j = NULL;
    tl_store_close(st);
    json_decref(j);
    return 0;
}
C
if "$CC" -std=c11 -Wall -Wextra -Werror -fsyntax-only -I"$T/usr/include/threadline" "$T/prog.c"; then
    echo "ok   the installed public headers compile alone"
else
    echo "FAIL the installed public headers do not compile alone"; exit 1
fi
