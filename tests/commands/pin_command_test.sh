#!/bin/sh
# `repere pin set`: on a terminal it prompts, does not echo and asks twice; piped, it
# reads one line; guessable and mismatched PINs are refused and nothing is saved.
# Usage: pin_command_test.sh REPERE WORKDIR
set -u
repere=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
fail() { echo "pin_set_test: $*" >&2; exit 1; }

# On a terminal (script(1) gives the command a pseudo-terminal). Each line is typed once
# the prompt has had time to switch echo off, as a person would.
typed() { for line in "$@"; do sleep 1; printf '%s\n' "$line"; done; sleep 1; }
out=$(typed 846213 846213 | script -qec "$repere pin set --data $work/tty" /dev/null 2>&1) || fail "terminal: exit $?: $out"
echo "$out" | grep -q "New team PIN" || fail "terminal: no prompt: $out"
echo "$out" | grep -q "same PIN again" || fail "terminal: not asked twice: $out"
echo "$out" | grep -q "846213" && fail "terminal: the PIN was echoed: $out"
echo "$out" | grep -q "PIN saved" || fail "terminal: not saved: $out"

out=$(typed 846213 846219 | script -qec "$repere pin set --data $work/mismatch" /dev/null 2>&1) && fail "mismatch accepted: $out"
echo "$out" | grep -q "differ" || fail "mismatch: no message: $out"

# Piped (scripts, the package's post-install notes): one line.
printf '846213\n' | "$repere" pin set --data "$work/pipe" >/dev/null 2>&1 || fail "piped PIN refused"
printf '123456\n' | "$repere" pin set --data "$work/easy" 2>"$work/easy.err" && fail "guessable PIN accepted"
grep -q "too easy" "$work/easy.err" || fail "guessable: no message"
printf '12345\n' | "$repere" pin set --data "$work/short" 2>/dev/null && fail "short PIN accepted"

# The PIN comes with its marker (a kiosk that had a PIN never offers to choose one on the
# screen again), and every file is the owner's alone, whatever the umask.
(umask 000; printf '846213\n' | "$repere" pin set --data "$work/umask" >/dev/null 2>&1) || fail "PIN refused under umask 000"
[ -f "$work/umask/team-pin-was-set" ] || fail "no PIN marker written with the PIN"
for f in team-pin-was-set stats.db; do
  [ "$(stat -c %a "$work/umask/$f")" = 600 ] || fail "$f is not 0600 under umask 000: $(stat -c %a "$work/umask/$f")"
done
[ "$(stat -c %a "$work/umask")" = 700 ] || fail "the data directory made is not 0700"
# `repere pin set` is the way out for a kiosk with a past (here a file set aside).
mkdir -p "$work/past" && echo x > "$work/past/stats.db.corrupt-20261127-120000"
printf '846213\n' | "$repere" pin set --data "$work/past" >/dev/null 2>&1 || fail "pin set refused a directory with a past"
echo "pin_set_test: ok"
