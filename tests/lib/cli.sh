# cli.sh -- what the CLI tests share (sourced from tests/cli/*.sh): TL made absolute, a scratch folder $T removed at exit, ok/bad and the closing count, invented reports (mk), the graph by names (snapshot) and one command's expected exit and message (expect).
# Before sourcing: TL (the binary; default build/threadline) and NAME (a
# word for the scratch folder).  Afterwards: HERE (tests/cli), T, FAILS.
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL=$PWD/$TL ;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
T=$(mktemp -d "/tmp/tl-${NAME:-cli}.XXXXXX")
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0
ok()  { echo "ok   $*"; }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
# Prints the count of failures and returns non-zero when there were any.
finish() {
    echo "$FAILS failed"
    [ "$FAILS" -eq 0 ]
}

# mk FILE < SPEC: a pre-extracted report $T/FILE (see fixtures/mkdoc.py).
mk() { python3 "$HERE/fixtures/mkdoc.py" "$T/$1"; }

# snapshot: the graph of the store $DB (a "--db PATH" option) as sorted
# lines of names, not ids (see fixtures/snapshot.py); 1 when export fails.
snapshot() {
    # shellcheck disable=SC2086
    "$TL" export $DB --format json --rejected > "$T/export.json" || { echo "export failed"; return 1; }
    python3 "$HERE/fixtures/snapshot.py" "$T/export.json"
}

# expect STATUS TEXT ARGS...: `threadline ARGS` exits STATUS and says TEXT
# (a grep pattern) on stderr, or on stdout when STATUS is 0.
expect() {
    want=$1 text=$2
    shift 2
    "$TL" "$@" > "$T/out" 2> "$T/err" < /dev/null
    rc=$?
    where="$T/err"
    [ "$want" -eq 0 ] && where="$T/out"
    if [ "$rc" -eq "$want" ] && grep -q -- "$text" "$where"; then ok "$* -> $want"
    else bad "$*: exit $rc, want $want with '$text': $(head -c 200 "$T/err")"; fi
}
