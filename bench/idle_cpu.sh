#!/bin/sh
# CPU use of the kiosk left alone in a real window for SECONDS (default 60), under Xvfb.
# Prints the percentage of one core. Needs xvfb (Debian package) and a built repere.
set -eu
repere=${REPERE:-build/repere}
seconds=${1:-60}
display=:97
Xvfb $display -screen 0 1920x1080x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
data=$(mktemp -d)
DISPLAY=$display "$repere" --windowed --size 1920x1080 --data "$data" >/dev/null 2>&1 &
kiosk=$!
sleep 3  # start-up and the first frames are not idle
ticks() { awk '{print $14 + $15}' /proc/$kiosk/stat; }
before=$(ticks)
sleep "$seconds"
after=$(ticks)
kill $kiosk
hz=$(getconf CLK_TCK)
awk -v t=$((after - before)) -v hz="$hz" -v s="$seconds" \
  'BEGIN { printf "%-44s %9.2f %%   (target < 1 %%: %s)\n", "CPU use, idle in a real window (Xvfb)", 100 * t / hz / s, (100 * t / hz / s < 1) ? "met" : "MISSED" }'
rm -rf "$data"
