#!/bin/sh
# cli_errors.sh -- the store commands' error paths: usage errors exit 2, what is not found exits 3, a missing store exits 1 and is not created; each says why on stderr, writes nothing to stdout and leaves the store as it was.
# Usage: TL=path/to/threadline sh tests/cli/cli_errors.sh   (from the repository root)
TL=${TL:-build/threadline}
case "$TL" in /*) ;; *) TL=$PWD/$TL ;; esac
T=$(mktemp -d /tmp/tl-cli-errors.XXXXXX)
trap 'rm -rf "$T"' EXIT INT TERM
FAILS=0
ok()  { echo "ok   $*"; }
bad() { echo "FAIL $*"; FAILS=$((FAILS + 1)); }
cd "$T" || exit 2

# A small store of invented reports.
cat > a.txt <<'EOF'
Nadia Orlov met Viktor Sandel in Lisbon on 12 March 2019. Orlov paid Sandel 40,000 euros.
EOF
cat > b.txt <<'EOF'
Police arrested Viktor Sandel in Porto in 2021. Sandel worked for Grey Harbor Logistics.
EOF
"$TL" ingest --db g.db a.txt b.txt > /dev/null 2>&1 || { echo "FAIL ingest of the fixture"; exit 1; }
"$TL" stats --db g.db --json > stats.before 2>/dev/null || { echo "FAIL stats of the fixture"; exit 1; }

# expect STATUS STDERR-SUBSTRING ARGS...: the command exits STATUS, prints
# nothing to stdout and says STDERR-SUBSTRING (case-insensitive) on stderr.
expect() {
    want=$1 msg=$2
    shift 2
    "$TL" "$@" > out 2> err
    rc=$?
    if [ "$rc" -ne "$want" ]; then bad "$*: exit $rc, want $want ($(head -c 200 err))"; return; fi
    if [ -s out ]; then bad "$*: wrote to stdout on an error"; return; fi
    if ! grep -qi -- "$msg" err; then bad "$*: stderr lacks '$msg': $(head -c 200 err)"; return; fi
    ok "$* -> $want"
}

# 1. usage errors: 2, with the reason
expect 2 "is not a command" frobnicate
expect 2 "unknown type 'NOPE'" entities --db g.db --type NOPE
expect 2 "--limit needs a number" entities --db g.db --limit -3
expect 2 "--limit needs a number" entities --db g.db --limit ten
expect 2 "name one entity" show --db g.db
expect 2 "unknown fact type" facts --db g.db --type NOPE
expect 2 "unknown modality" facts --db g.db --modality perhaps
expect 2 "take a date" facts --db g.db --since abc
expect 2 "take a date" facts --db g.db --since 2020-13
expect 2 "take a date" facts --db g.db --until 2020-01-32
expect 2 "take a date" facts --db g.db --since 20201
expect 2 "take a date" timeline --db g.db --since 1612345678
expect 2 "take a date" export --db g.db --format json --since 2019-1
expect 2 "--evidence needs a number" facts --db g.db --evidence x
expect 2 "name two entities" path --db g.db Orlov
expect 2 "--max-hops takes 1 to 8" path --db g.db Orlov Sandel --max-hops 0
expect 2 "--max-hops takes 1 to 8" path --db g.db Orlov Sandel --max-hops 9
expect 2 "take entity types" path --db g.db Orlov Sandel --avoid NOPE
expect 2 "name one entity" neighbors --db g.db
expect 2 "--hops takes 1 to 4" neighbors --db g.db Orlov --hops 0
expect 2 "--hops takes 1 to 4" neighbors --db g.db Orlov --hops 5
expect 2 "give a query" search --db g.db
expect 2 "--format is required" export --db g.db
expect 2 "unknown format 'nope'" export --db g.db --format nope
expect 2 "--output DIR" export --db g.db --format csv
expect 2 "--hops goes with --entity" export --db g.db --format json --hops 2
expect 2 "--hops needs a number from 0 to 4" export --db g.db --format json --entity Orlov --hops 7
expect 2 "bad --timestamp" export --db g.db --format stix --timestamp yesterday
expect 2 "wrong number of arguments" merge --db g.db Orlov
expect 2 "wrong number of arguments" split --db g.db Orlov
expect 2 "wrong number of arguments" rename --db g.db Orlov
expect 2 "say 'add' or 'remove'" alias --db g.db frob Orlov X
expect 2 "the only action is 'reject'" fact --db g.db accept 1
expect 2 "say 'add NAME'" watch --db g.db frob
expect 2 "token create NAME" token --db g.db frob
expect 2 "unknown option '--bogus'" stats --db g.db --bogus
expect 2 "unexpected argument 'extra'" documents --db g.db extra
expect 2 "unexpected argument 'extra'" corrections --db g.db extra
expect 2 "--since takes an alert id" alerts --db g.db --since x

# 2. what is not there: 3, naming it
expect 3 "no entity named 'Nobody Zz'" show --db g.db "Nobody Zz"
expect 3 "no entity named 'Nobody Zz'" path --db g.db "Nobody Zz" Orlov
expect 3 "no entity named 'Nobody Zz'" neighbors --db g.db "Nobody Zz"
expect 3 "no entity named 'Nobody Zz'" timeline --db g.db "Nobody Zz"
expect 3 "no entity named 'Nobody Zz'" merge --db g.db "Nobody Zz" Orlov
expect 3 "no fact 999999" fact reject 999999 --db g.db
expect 3 "no correction 99999" undo --db g.db 99999
expect 3 "no document 'nodoc'" forget --db g.db nodoc

# 3. a store that does not exist: 1, and it is not created (a mistyped --db)
for c in entities stats documents corrections alerts "show Orlov" "facts" "search Sandel" "export --format json"; do
    # shellcheck disable=SC2086
    expect 1 "no store at 'missing.db'" $c --db missing.db
done
if [ -e missing.db ]; then bad "a reading command created missing.db"; else ok "missing.db not created"; fi

# 4. no error above changed the store
"$TL" stats --db g.db --json > stats.after 2>/dev/null
if cmp -s stats.before stats.after; then ok "the store is unchanged"; else bad "the store changed: $(diff stats.before stats.after | head -5)"; fi
"$TL" corrections --db g.db > corr.out 2>&1
if grep -qi "merge\|split\|rename" corr.out; then bad "a refused correction was recorded: $(head -3 corr.out)"; else ok "no correction recorded"; fi

# 5. the valid forms next to the refused ones still work
if "$TL" facts --db g.db --since 2019 --until 2019-12-31 --json > f.json 2>/dev/null &&
    python3 -c "import json,sys; d=json.load(open('f.json')); assert d and all(f['time'][:4]=='2019' for f in d if f.get('time'))"; then
    ok "facts --since 2019 --until 2019-12-31"
else bad "facts --since 2019 --until 2019-12-31"; fi
if "$TL" timeline --db g.db --since 2020-06 > t.out 2>&1 && grep -q 2021 t.out && ! grep -q 2019 t.out; then
    ok "timeline --since 2020-06"
else bad "timeline --since 2020-06: $(head -3 t.out)"; fi

echo "$FAILS failed"
[ "$FAILS" -eq 0 ]
