#!/bin/sh
# A stop signal ends the kiosk (fullscreen kiosk mode, where the window's own quit is
# ignored) through its normal exit: exit code 0, within seconds, and the statistics file
# left with no journal behind.
# Usage: sigterm_test.sh REPERE WORKDIR
set -u
repere=$1; work=$2
rm -rf "$work"; mkdir -p "$work"
for sig in TERM INT; do
  SDL_VIDEODRIVER=dummy "$repere" --data "$work/data" --size 1024x600 >"$work/out.$sig" 2>&1 &
  pid=$!
  sleep 2
  kill -s "$sig" "$pid" || { echo "sigterm_test: kiosk not running: $(cat "$work/out.$sig")" >&2; exit 1; }
  for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; echo "sigterm_test: SIG$sig did not stop the kiosk" >&2; exit 1; fi
  wait "$pid"; code=$?
  [ "$code" -eq 0 ] || { echo "sigterm_test: SIG$sig: exit $code: $(cat "$work/out.$sig")" >&2; exit 1; }
  [ -e "$work/data/stats.db-journal" ] && { echo "sigterm_test: journal left behind" >&2; exit 1; }
done
echo "sigterm_test: ok"
