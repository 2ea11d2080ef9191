#!/bin/sh
# `repere services export-hsds` and `import-hsds` end to end: our fictional package and
# our own export both import into a services.toml that passes `repere check`.
# Usage: hsds_test.sh REPERE FIXTURES CONTENT WORKDIR
set -eu
repere=$1 fixtures=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }

"$repere" services export-hsds "$work/export" --content "$content" > "$work/export.txt" || fail "export failed"
for f in services organizations phones schedules languages locations addresses service_at_location taxonomy_terms attributes; do
  [ -s "$work/export/$f.csv" ] || fail "export wrote no $f.csv"
done
grep -q '0 800 23 13 13' "$work/export/phones.csv" || fail "Drogues Info Service's number is not in phones.csv"

import_and_check() {  # NAME PACKAGE ARGS…
  name=$1 package=$2; shift 2
  cp -r "$content" "$work/content-$name"
  "$repere" services import-hsds "$package" --content "$content" --out "$work/services-$name.toml" "$@" \
      > "$work/out-$name.txt" 2> "$work/err-$name.txt" || { cat "$work/err-$name.txt"; fail "import of $name failed"; }
  cp "$work/services-$name.toml" "$work/content-$name/services.toml"
  "$repere" check "$work/content-$name" > "$work/check-$name.txt" || { cat "$work/check-$name.txt"; fail "check refused $name"; }
}
import_and_check fixture "$fixtures/hsds" --region ile-de-france --needs social --verified 2026-11-01
grep -q 'opening_hours = "We 14:00-18:00; Fr,Sa 22:00-04:00"' "$work/services-fixture.toml" || fail "schedule not imported"
grep -q "phones.csv:4: warning" "$work/err-fixture.txt" || fail "no warning for the bad phone"
import_and_check roundtrip "$work/export" --region elsewhere
grep -q 'id = "hsds-drogues-info-service"' "$work/services-roundtrip.toml" || fail "round trip lost a line"

# Without --needs the fixture cannot say what svc-2 is for: refused, nothing written.
if "$repere" services import-hsds "$fixtures/hsds" --region r --verified 2026-11-01 --out "$work/none.toml" \
    --content "$content" 2> "$work/err-needs.txt"; then fail "a service without needs was accepted"; fi
grep -q "services.csv:3: error: .*--needs" "$work/err-needs.txt" || { cat "$work/err-needs.txt"; fail "no line for the missing needs"; }
[ ! -e "$work/none.toml" ] || fail "something was written"
echo "hsds: ok"
