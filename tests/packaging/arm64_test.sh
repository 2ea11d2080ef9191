#!/bin/sh
# The arm64 build (Raspberry Pi OS), run on this amd64 machine under user-mode emulation
# (qemu-aarch64-static, with the :arm64 libraries of packaging/debian-packages-arm64.txt):
#   1. the core test suite (build-arm64/tests/core_tests), whole;
#   2. `repere check` on the shipped content: no error;
#   3. `repere shoot --lang all --size 800x480` (every screen, both languages), each PNG
#      compared pixel for pixel with the amd64 build's (screen_compare --exact): the same
#      code and the same software rasteriser must give the same screen, so no tolerance.
# Prints each step's time, for the CI budget.
#
#   arm64_test.sh AMD64_BUILD ARM64_BUILD WORK_DIR SOURCE_DIR
set -eu

[ $# -eq 4 ] || { echo "usage: $0 AMD64_BUILD ARM64_BUILD WORK_DIR SOURCE_DIR" >&2; exit 2; }
amd64=$(cd "$1" && pwd) arm64=$(cd "$2" && pwd) work=$3 source=$(cd "$4" && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; started=$(date +%s); }
took() { echo "    ($(($(date +%s) - started)) s)"; }

command -v qemu-aarch64-static >/dev/null 2>&1 ||
    fail "qemu-aarch64-static is not installed (make deps-arm64: packaging/debian-packages-arm64.txt)"
# One CPU: `shoot` then renders in one process. Its forked second process ran about 40
# times slower under qemu-user (measured: 10 min against 15 s for the same number of screens).
emulate() { taskset -c 0 qemu-aarch64-static -L /usr/aarch64-linux-gnu "$@"; }
for binary in "$arm64/repere" "$arm64/tests/core_tests" "$amd64/repere" "$amd64/tests/screen_compare"; do
    [ -x "$binary" ] || fail "$binary is not built"
done
readelf -h "$arm64/repere" | grep -q 'Machine:.*AArch64' || fail "$arm64/repere is not an arm64 program"

rm -rf "$work"
mkdir -p "$work"

step "core tests (arm64, emulated)"
# A failure here is reported at the end: the screens below are still compared.
core_failed=0
emulate "$arm64/tests/core_tests" >"$work/core_tests.txt" 2>&1 || { grep -E 'ERROR|TEST CASE' "$work/core_tests.txt" | head -n 20; core_failed=1; }
grep -E '^\[doctest\] (test cases|assertions)' "$work/core_tests.txt"
took

step "repere check on the shipped content (arm64, emulated)"
emulate "$arm64/repere" check "$source/questionnaires" >"$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "arm64 check failed"; }
grep -q ': 0 error(s)' "$work/check.txt" || { cat "$work/check.txt"; fail "arm64 check reports errors"; }
tail -n 1 "$work/check.txt"
took

step "repere shoot --lang all --size 800x480 (amd64, then arm64 emulated)"
"$amd64/repere" shoot --out "$work/amd64" --lang all --size 800x480 >/dev/null || fail "amd64 shoot failed"
emulate "$arm64/repere" shoot --out "$work/arm64" --lang all --size 800x480 >/dev/null || fail "arm64 shoot failed"
cmp -s "$work/amd64/index.tsv" "$work/arm64/index.tsv" || fail "the two builds shot different screens (index.tsv)"
took

step "each arm64 screen against the amd64 one, pixel for pixel"
screens=0 different=0
while IFS="$(printf '\t')" read -r id lang file; do
    screens=$((screens + 1))
    if ! result=$("$amd64/tests/screen_compare" --exact "$work/arm64/$file" "$work/amd64/$file"); then
        echo "$lang/$id: $result"
        different=$((different + 1))
    fi
done <"$work/amd64/index.tsv"
[ "$screens" -gt 0 ] || fail "no screen was shot"
echo "$screens screens compared, $different different"
took
[ "$different" -eq 0 ] || fail "$different arm64 screens differ from amd64 (images in $work)"
[ "$core_failed" -eq 0 ] || fail "arm64 core tests failed ($work/core_tests.txt)"
echo "PASS: arm64 build under emulation"
