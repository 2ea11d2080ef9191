#!/bin/sh
# `repere services import-finess` and `import-hsds` print names from the extract escaped,
# as `repere check` prints content: a crafted name with control characters, an OSC title
# sequence (ESC ] 0 ; … BEL), a colour sequence, a bidi override (U+202E) or a line break
# reaches the terminal as visible escapes, never as the bytes themselves.
# Usage: import_escape_test.sh REPERE FIXTURES CONTENT WORKDIR
set -eu
repere=$1 fixtures=$2 content=$3 work=$4
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*" >&2; exit 1; }
esc=$(printf '\033') bel=$(printf '\007') rlo=$(printf '\342\200\256') soh=$(printf '\001') csi=$(printf '\302\233')
hostile="${esc}]0;pwned${bel}${rlo}LIVE${soh}${esc}[31mRED${csi}2J"
escaped='\\x1b\]0;pwned\\x07\\u202eLIVE\\x01\\x1b\[31mRED\\u009b2J'
# FINESS fields are separated by ";", so there the title sequence cannot be whole.
finess_hostile="${esc}[31mRED${bel}${rlo}LIVE${soh}${csi}2J"
finess_escaped='\\x1b\[31mRED\\x07\\u202eLIVE\\x01\\u009b2J'

# No raw control byte, bidi override or C1 in what was printed, and the name was printed
# (in escaped form), so the check is not vacuous.
clean() {  # FILE WHAT ESCAPED-PATTERN
  for bad in "$esc" "$bel" "$rlo" "$soh" "$csi"; do
    if LC_ALL=C grep -q "$bad" "$1"; then od -c "$1" | head -20 >&2; fail "$2 printed a raw control or bidi character"; fi
  done
  LC_ALL=C grep -q "$3" "$1" || { cat "$1" >&2; fail "$2 did not print the name escaped"; }
}

# FINESS: the name field of one establishment (the extract has no quoting, so no line break).
sed -e "2s/CSAPA EXEMPLE DES LILAS/CSAPA ${finess_hostile}/" -e "2s/CSAPA Exemple des Lilas/CSAPA ${finess_hostile}/" "$fixtures/finess/extract-utf8.csv" > "$work/finess.csv"
"$repere" services import-finess "$work/finess.csv" --departement 75 --region ile-de-france \
    --out "$work/finess.toml" --content "$content" > "$work/finess-out.txt" 2>&1 || true
clean "$work/finess-out.txt" "import-finess" "$finess_escaped"

# HSDS: a quoted CSV field can hold a line break too.
cp -r "$fixtures/hsds" "$work/hsds"
sed "2s/Accueil de nuit fictif/\"Accueil ${hostile}\"/" "$fixtures/hsds/services.csv" > "$work/hsds/services.csv"
"$repere" services import-hsds "$work/hsds" --region ile-de-france --needs social --verified 2026-11-01 \
    --out "$work/hsds.toml" --content "$content" > "$work/hsds-out.txt" 2>&1 || true
clean "$work/hsds-out.txt" "import-hsds" "$escaped"
printf 'id,organization_id,name,description,url,email,status,last_modified\nsvc-1,org-1,"Two\nLines%s",,,,active,2026-10-01\n' "$rlo" \
    > "$work/hsds/services.csv"
"$repere" services import-hsds "$work/hsds" --region ile-de-france --needs social --verified 2026-11-01 \
    --out "$work/hsds2.toml" --content "$content" > "$work/hsds2-out.txt" 2>&1 || true
LC_ALL=C grep -q '^Lines' "$work/hsds2-out.txt" && { cat "$work/hsds2-out.txt" >&2; fail "a line break in a name started a new line"; }
LC_ALL=C grep -q 'Two\\nLines\\u202e' "$work/hsds2-out.txt" || { cat "$work/hsds2-out.txt" >&2; fail "the two-line name was not printed escaped"; }
echo "import escaping: ok"
