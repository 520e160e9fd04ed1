#!/bin/sh
# graph_store.sh -- a missing store is an error for every command but ingest; global options before the command.
set -eu
: "${TL:?set TL to the threadline binary}"
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# a mistyped store: every reading or correcting command says so, exits non-zero, creates nothing
for cmd in "show Begli" "entities" "facts" "stats" "path A B" "neighbors A" "timeline A" "search x" \
           "merge A B" "corrections" "export --format json"; do
    set +e
    # shellcheck disable=SC2086
    $TL $cmd --db "$T/typo.db" >"$T/out" 2>"$T/err"; rc=$?
    set -e
    [ $rc -ne 0 ] || fail "'$cmd' on a missing store exited 0"
    grep -q "no store" "$T/err" || fail "'$cmd': no clear message: $(cat "$T/err")"
    [ ! -e "$T/typo.db" ] || fail "'$cmd' created the store"
done

# ingest creates it; global options may stand before the command
$TL --db "$T/g.db" ingest --extracted --quiet "$HERE/fixtures/a.json"
$TL --db "$T/g.db" show Begli | grep -q "Tawhid Ibrahim Begli" || fail "--db before the command"
$TL --db="$T/g.db" stats --json >/dev/null || fail "--db= before the command"
echo ok
