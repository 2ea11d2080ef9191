#!/bin/sh
# The renderer a real window gets, under Xvfb: without a GPU device, SDL's software
# renderer and no Mesa library in the process at all; --renderer opengl gets llvmpipe
# and says so; --renderer software holds whatever the machine has.
# Usage: window_renderer_test.sh REPERE WORKDIR
set -u
repere=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
Xvfb -displayfd 3 -screen 0 1280x720x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
for i in 1 2 3 4 5 6 7 8 9 10; do [ -s "$work/display" ] && break; sleep 0.5; done
display=:$(cat "$work/display")
fail() { echo "window_renderer_test: $*" >&2; exit 1; }

# Starts the kiosk with RENDERER, leaves it 3 s, copies its maps, stops it (a clean
# exit). Sets $log to its first line about the renderer.
run() {
  DISPLAY=$display LSAN_OPTIONS=suppressions=$(dirname "$0")/window_renderer.lsan "$repere" --windowed --size 1280x720 --renderer "$1" --data "$work/data-$1" >"$work/log-$1" 2>&1 &
  pid=$!
  sleep 3
  kill -0 $pid 2>/dev/null || fail "--renderer $1: kiosk not running: $(cat "$work/log-$1")"
  cat /proc/$pid/maps > "$work/maps-$1"
  kill -TERM $pid; wait $pid; code=$?
  # Under LeakSanitizer, Mesa's own allocations left at exit would fail an OpenGL run.
  [ "$code" -eq 0 ] || [ "$1" = opengl ] || fail "--renderer $1: exit code $code"
  log=$(grep '^repere: ' "$work/log-$1" | head -1)
}

run auto
if ls /dev/dri/renderD* /dev/dri/card* >/dev/null 2>&1; then
  echo "$log" | grep -Eq '^repere: (OpenGL renderer, |software renderer: OpenGL here is )' || fail "auto with a GPU device: $log"
else
  [ "$log" = "repere: software renderer: no GPU device" ] || fail "auto without a GPU device: $log"
  grep -Eq 'libLLVM|/dri/|libGLX_mesa' "$work/maps-auto" && fail "auto without a GPU device loaded Mesa: $(grep -E 'libLLVM|/dri/' "$work/maps-auto" | head -2)"
fi
run software
[ "$log" = "repere: software renderer (--renderer software)" ] || fail "software: $log"
grep -Eq 'libLLVM|/dri/|libGLX_mesa' "$work/maps-software" && fail "--renderer software loaded Mesa"
run opengl
echo "$log" | grep -Eq '^repere: OpenGL renderer, .+ \(--renderer opengl\)$' || fail "opengl: $log"
echo "window_renderer_test: ok ($log)"
