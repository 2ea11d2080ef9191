#!/bin/sh
# `repere pack` and `repere trust` end to end, then repere-update-content with a pack:
# a key made (0600, never replaced), a pack of the shipped content refused while its key
# is unknown (naming the fingerprint), accepted once trusted, its changes shown, applied
# by the script; a tampered pack and a removed key refused with nothing changed.
# Usage: pack_command_test.sh REPERE UPDATE_SCRIPT CONTENT_DIR WORKDIR
set -u
repere=$1; update=$2; content=$3; work=$4
rm -rf "$work"; mkdir -p "$work"
fail() { echo "pack_command_test: $*" >&2; exit 1; }
data=$work/data

"$repere" pack keygen --out "$work/team.key" >"$work/keygen.out" || fail "keygen failed"
[ "$(stat -c %a "$work/team.key")" = 600 ] || fail "secret key mode is $(stat -c %a "$work/team.key")"
pub=$(cat "$work/team.key.pub")
fp=$(sed -n 's/^fingerprint: //p' "$work/keygen.out")
[ -n "$fp" ] || fail "keygen printed no fingerprint"
"$repere" pack keygen --out "$work/team.key" 2>/dev/null && fail "keygen replaced an existing key"

"$repere" pack create "$content" --key "$work/team.key" --out "$work/shipped.pack" --note "same content" >/dev/null || fail "create failed"
mkdir -p "$work/broken" && cp "$content"/*.toml "$work/broken/" && printf '[[broken\n' >>"$work/broken/meta.toml"
"$repere" pack create "$work/broken" --key "$work/team.key" --out "$work/broken.pack" 2>"$work/broken.err" && fail "a pack made of broken content"
[ ! -e "$work/broken.pack" ] || fail "broken content left a pack"

# Unknown key: refused, with the fingerprint.
"$repere" pack verify "$work/shipped.pack" --data "$data" >"$work/v1.out" 2>&1 && fail "verify accepted an unknown key"
grep -q "does not trust" "$work/v1.out" && grep -q "$fp" "$work/v1.out" || fail "unknown key: $(cat "$work/v1.out")"

"$repere" trust add "$pub" --name "Équipe test" --data "$data" >/dev/null || fail "trust add failed"
[ "$(stat -c %a "$data/trusted-keys")" = 600 ] || fail "trusted keys mode is $(stat -c %a "$data/trusted-keys")"
"$repere" trust list --data "$data" | grep -q "$fp  Équipe test" || fail "trust list: $("$repere" trust list --data "$data")"
"$repere" pack verify "$work/shipped.pack" --data "$data" >"$work/v2.out" 2>&1 || fail "verify refused a trusted key: $(cat "$work/v2.out")"
grep -q "signed by Équipe test (key $fp); the signature holds" "$work/v2.out" || fail "verify: $(cat "$work/v2.out")"
grep -q "^note: same content$" "$work/v2.out" || fail "verify shows no note"

# The diff: nothing against itself; a changed number side by side.
"$repere" pack diff "$work/shipped.pack" --content "$content" --data "$data" | grep -q "^No change.$" || fail "diff against itself"
mkdir -p "$work/changed" && cp "$content"/* "$work/changed/"
sed -i 's/^phone = "116 006"$/phone = "01 99 00 10 99"/' "$work/changed/services.toml"
"$repere" pack create "$work/changed" --key "$work/team.key" --out "$work/changed.pack" --note "numéro" >/dev/null || fail "create changed"
"$repere" pack diff "$work/changed.pack" --content "$content" --data "$data" >"$work/diff.out" || fail "diff failed"
grep -q 'france-victimes (France Victimes) — phone: before “116 006”, after “01 99 00 10 99”' "$work/diff.out" || fail "diff: $(cat "$work/diff.out")"
"$repere" pack diff "$work/changed.pack" --content "$content" --data "$data" --lang fr >"$work/diff-fr.out" || fail "diff in French failed"
grep -q 'france-victimes (France Victimes) — téléphone : avant « 116 006 », après « 01 99 00 10 99 »' "$work/diff-fr.out" || fail "diff in French: $(cat "$work/diff-fr.out")"

# Applied by the script; then a tampered pack changes nothing.
"$update" "$work/changed.pack" --data "$data" >"$work/apply.out" 2>&1 || fail "update with a pack: $(cat "$work/apply.out")"
grep -q '01 99 00 10 99' "$data/questionnaires/services.toml" || fail "the pack was not applied"
ls -a "$data" | grep -q incoming && fail "staging left behind: $(ls -a "$data")"
before=$(readlink "$data/questionnaires")
cp "$work/shipped.pack" "$work/tampered.pack"
size=$(stat -c %s "$work/tampered.pack")
printf 'X' | dd of="$work/tampered.pack" bs=1 seek=$((size - 20)) conv=notrunc 2>/dev/null
"$update" "$work/tampered.pack" --data "$data" >"$work/tampered.out" 2>&1
[ $? -eq 1 ] || fail "tampered pack: exit not 1: $(cat "$work/tampered.out")"
grep -q "does not match its hash" "$work/tampered.out" && grep -q "$fp" "$work/tampered.out" || fail "tampered: $(cat "$work/tampered.out")"
head -c 1000 "$work/shipped.pack" >"$work/truncated.pack"
"$update" "$work/truncated.pack" --data "$data" >"$work/truncated.out" 2>&1 && fail "truncated pack applied"
grep -q "truncated" "$work/truncated.out" || fail "truncated: $(cat "$work/truncated.out")"
[ "$(readlink "$data/questionnaires")" = "$before" ] || fail "a refused pack changed the content"

# The key removed by its fingerprint: the same pack is refused.
"$repere" trust remove "$fp" --data "$data" >/dev/null || fail "trust remove failed"
"$update" "$work/shipped.pack" --data "$data" >"$work/removed.out" 2>&1 && fail "pack of a removed key applied"
grep -q "does not trust" "$work/removed.out" || fail "removed key: $(cat "$work/removed.out")"
[ "$(readlink "$data/questionnaires")" = "$before" ] || fail "an untrusted pack changed the content"
ls -a "$data" | grep -q incoming && fail "staging left behind after a refusal: $(ls -a "$data")"
echo "pack_command_test: ok"
