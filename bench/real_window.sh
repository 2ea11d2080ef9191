#!/bin/sh
# The kiosk in a real window under Xvfb (1920x1080), once per renderer: resident memory
# after a scripted walk through the questionnaire, CPU per frame (median, all threads)
# and CPU use when left alone for IDLE_SECONDS (default 20).
#   bench/real_window.sh [IDLE_SECONDS]    (after `make build`; needs xvfb and xdotool)
set -eu
repere=${REPERE:-build/repere}
counter=${PRESENT_COUNTER:-build/tests/libpresent_counter.so}
idle=${1:-20}
display=:96
Xvfb $display -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
hz=$(getconf CLK_TCK)
kb() { awk -v k="$1" '$1 == k":" {print $2}' /proc/$kiosk/status; }
ticks() { awk '{print $14 + $15}' /proc/$kiosk/stat; }
for renderer in software opengl; do
  DISPLAY=$display LD_PRELOAD=$(realpath "$counter") REPERE_FRAME_LOG=$work/frames-$renderer \
    "$repere" --windowed --size 1920x1080 --renderer $renderer --data "$work/data-$renderer" >"$work/log-$renderer" 2>&1 &
  kiosk=$!
  sleep 3
  # Welcome, intro, then every question answered by its first answer, and back a few times.
  DISPLAY=$display xdotool key --delay 150 Return Return
  for i in $(seq 1 40); do DISPLAY=$display xdotool key --delay 120 1 Return; done
  for i in $(seq 1 10); do DISPLAY=$display xdotool key --delay 120 BackSpace; done
  sleep 1
  rss=$(kb VmRSS); hwm=$(kb VmHWM)
  before=$(ticks); sleep "$idle"; after=$(ticks)
  kill -TERM $kiosk; wait $kiosk || true
  sort -n "$work/frames-$renderer" > "$work/sorted-$renderer"
  awk -v r=$renderer -v rss="$rss" -v hwm="$hwm" -v t=$((after - before)) -v hz="$hz" -v s="$idle" -v how="$(head -1 "$work/log-$renderer")" '
    { v[NR] = $1 } END {
      n = NR; med = n ? v[int((n + 1) / 2)] : 0
      printf "real window (Xvfb), --renderer %s: %s\n", r, how
      printf "  %-42s %9.2f MB  (peak %.2f MB; target ≤ 60 MB without a GPU)\n", "resident memory after the walk", rss / 1024, hwm / 1024
      printf "  %-42s %9.2f ms  (%d frames)\n", "CPU per frame, median (all threads)", med, n
      printf "  %-42s %9.2f %%   (target ≤ 1 %%)\n", "CPU use, idle", 100 * t / hz / s
    }' "$work/sorted-$renderer"
done
