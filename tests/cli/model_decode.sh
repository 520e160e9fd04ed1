#!/bin/sh
# model_decode.sh -- the build step that decodes the committed models (tools/build/model-decode.c): the
# same bytes as the image linked into the library, an empty model gives an empty image, and bad
# arguments, missing or corrupted files are refused with a message instead of a half-written image.
set -u
: "${BUILD:?set BUILD to the build folder}"
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DEC="$ROOT/$BUILD/gen/model-decode"
[ -x "$DEC" ] || { echo "no $DEC (make all builds it)"; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
refuses() { # what command...
    what=$1; shift
    "$@" >"$T/out" 2>&1
    rc=$?
    [ "$rc" -ne 0 ] && [ "$rc" -lt 128 ] || fail "$what: exit $rc"
    [ -s "$T/out" ] || fail "$what: no message"
}

# Reproducible: decoding again gives the image the build made.
for m in pos ner rel fscore; do
    "$DEC" percep "$ROOT/models/$m.model" "$T/$m.dec" || fail "decode $m"
    cmp -s "$T/$m.dec" "$ROOT/$BUILD/gen/$m.dec" || fail "$m: not the build's image"
done
"$DEC" dep "$ROOT/models/dep.model" "$T/dep.dec" || fail "decode dep"
cmp -s "$T/dep.dec" "$ROOT/$BUILD/gen/dep.dec" || fail "dep: not the build's image"

# An empty model file (a model left out) decodes to an empty image.
: > "$T/empty.model"
"$DEC" percep "$T/empty.model" "$T/empty.dec" || fail "empty model"
[ -f "$T/empty.dec" ] && [ ! -s "$T/empty.dec" ] || fail "empty model: image not empty"

refuses "no arguments" "$DEC"
refuses "unknown kind" "$DEC" tagger "$ROOT/models/pos.model" "$T/x.dec"
refuses "missing file" "$DEC" percep "$T/nonexistent.model" "$T/x.dec"
# a flipped byte: the checksum refuses it, and no image is left behind
head -c 100 "$ROOT/models/rel.model" > "$T/bad.model"
printf 'X' >> "$T/bad.model"
tail -c +102 "$ROOT/models/rel.model" >> "$T/bad.model"
refuses "corrupted model" "$DEC" percep "$T/bad.model" "$T/bad.dec"
[ ! -e "$T/bad.dec" ] && [ ! -e "$T/bad.dec.tmp" ] || fail "corrupted model: an image was written"
refuses "a parser model read as one perceptron" "$DEC" percep "$ROOT/models/dep.model" "$T/x.dec"
refuses "a perceptron read as a parser model" "$DEC" dep "$ROOT/models/pos.model" "$T/x.dec"
refuses "unwritable output" "$DEC" percep "$ROOT/models/rel.model" "$T/no/such/dir/x.dec"
echo ok
