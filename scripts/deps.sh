#!/bin/sh
# deps.sh -- install what threadline needs on Debian 12: -dev libraries,
# data packages and test tools.  Idempotent and quiet when all is present.
set -e
cd "$(dirname "$0")/.."
DEBS="build-essential pkg-config libsqlite3-dev sqlite3 libpq-dev postgresql libjansson-dev libutf8proc-dev
libcmocka-dev libigraph-dev libmicrohttpd-dev curl chromium libpoppler-glib-dev libssl-dev libxml2-dev python3-jsonschema iso-codes wamerican clang libclang-rt-14-dev nodejs npm python3 time
parallel"
missing=""
for p in $DEBS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# A node and npm already on PATH (from another installer) will do.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    missing=$(echo "$missing" | tr ' ' '\n' | grep -vx -e nodejs -e npm | tr '\n' ' ')
fi
if command -v python3 >/dev/null 2>&1; then
    missing=$(echo "$missing" | tr ' ' '\n' | grep -vx python3 | tr '\n' ' ')
fi
if [ -n "$(echo "$missing" | tr -d ' ')" ]; then
    echo "deps: installing Debian packages:$missing"
    if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
if [ ! -f node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "deps: installing npm packages"
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error
    else npm install --no-audit --no-fund --loglevel=error; fi
fi
