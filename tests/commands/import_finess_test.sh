#!/bin/sh
# `repere services import-finess` end to end on our fictional extracts: the written
# services.toml passes `repere check` with the shipped content; bad input writes nothing.
# Usage: import_finess_test.sh REPERE FIXTURES CONTENT WORKDIR
set -eu
repere=$1 fixtures=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

for encoding in utf8 latin1; do
  cp -r "$content" "$work/content-$encoding"
  "$repere" services import-finess "$fixtures/finess/extract-$encoding.csv" --departement 75 --departement 93 \
      --region ile-de-france --near 48.85,2.36 --out "$work/services-$encoding.toml" --content "$content" \
      > "$work/out-$encoding.txt" 2> "$work/err-$encoding.txt" || fail "import of the $encoding extract failed"
  grep -q "km away" "$work/out-$encoding.txt" || fail "no distance shown"
  grep -q ":6: warning: .*no phone" "$work/err-$encoding.txt" || fail "no warning for the establishment without a phone"
  grep -q ":5: warning: .*geolocation" "$work/err-$encoding.txt" || fail "no warning for the missing geolocation"
  cp "$work/services-$encoding.toml" "$work/content-$encoding/services.toml"
  "$repere" check "$work/content-$encoding" > "$work/check-$encoding.txt" || { cat "$work/check-$encoding.txt"; fail "check refused the import"; }
  grep -q 'id = "finess-750099002"' "$work/services-$encoding.toml" || fail "CAARUD missing"
  grep -q "Île Inventée" "$work/services-$encoding.toml" || fail "accents lost in $encoding"
done
# Both encodings give the same services (only the header, naming the input, differs).
grep -v '^#' "$work/services-utf8.toml" > "$work/body-utf8" && grep -v '^#' "$work/services-latin1.toml" > "$work/body-latin1"
cmp -s "$work/body-utf8" "$work/body-latin1" || fail "the two encodings give different services"

# Bad input: a message with the line number, exit 1, and the target left as it was.
echo "keep me" > "$work/target.toml"
sed '3s/;2026-10-01;\r$/;2026-10-01\r/' "$fixtures/finess/extract-utf8.csv" > "$work/short-row.csv"
if "$repere" services import-finess "$work/short-row.csv" --departement 75 --region r --out "$work/target.toml" \
    --content "$content" 2> "$work/err-bad.txt"; then fail "a 31-field row was accepted"; fi
grep -q "short-row.csv:3: error: .*31 fields" "$work/err-bad.txt" || { cat "$work/err-bad.txt"; fail "no line number for the short row"; }
[ "$(cat "$work/target.toml")" = "keep me" ] || fail "the target was overwritten"
ls "$work" | grep -q '\.tmp-' && fail "a temporary file was left behind"

if "$repere" services import-finess "$fixtures/finess/extract-utf8.csv" --departement 13 --region r --out "$work/target.toml" \
    --content "$content" 2> "$work/err-dep.txt"; then fail "a département without CSAPA/CAARUD was accepted"; fi
grep -q "département 13" "$work/err-dep.txt" || fail "the empty département is not named"
[ "$(cat "$work/target.toml")" = "keep me" ] || fail "the target was overwritten"
echo "import-finess: ok"
