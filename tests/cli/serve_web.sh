#!/bin/sh
# serve_web.sh -- end-to-end test of the web page of `threadline serve` in headless Chromium
# (tests/e2e/workbench.js, playwright-core).  Skips, saying why, only when Chromium or
# playwright-core is not installed.  Needs $TL.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ]; then echo "skip: chromium is not installed (Debian package 'chromium'; make deps)"; exit 0; fi
if [ ! -d "$ROOT/node_modules/playwright-core" ] || ! command -v node >/dev/null; then
    echo "skip: npm package playwright-core is not installed (make deps)"; exit 0
fi
WEB=$(dirname "$TL")/web
[ -f "$WEB/index.html" ] || { echo "FAIL: no web page at $WEB (make web)"; exit 1; }
T=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT INT TERM
$TL ingest --db "$T/t.db" --extracted --quiet "$HERE/fixtures"
$TL serve --db "$T/t.db" --port 0 --web "$WEB" >"$T/serve.out" 2>"$T/serve.err" &
PID=$!
i=0
while ! grep -q "listening on" "$T/serve.out" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 100 ] && { echo "FAIL: server did not start"; cat "$T/serve.err"; exit 1; }
    sleep 0.1
done
U=$(sed -n 's/^listening on //p' "$T/serve.out")
OUT=${E2E_OUT:-$ROOT/build/e2e}
mkdir -p "$OUT"
cd "$ROOT"
CHROMIUM="$CHROMIUM" timeout 120 node tests/e2e/workbench.js "$U" "$OUT"
echo "screenshots in $OUT"
