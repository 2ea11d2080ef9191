#!/bin/sh
# The photo simulation of every sample profile's take-away code, at the three screen
# sizes, in every language (bench/takeaway_photos.py says what a photo is). Results go
# to docs/take-away-code.md by hand.
# Usage: bench/takeaway_photos.sh REPERE OUT_DIR [PHOTOS] [SIZES] [PROFILES] [MIN_RATE]
# JOBS=2 photographs two screenshots at once.
# Exits 1 when a screenshot's photos decode less often than MIN_RATE (default 0.95).
set -eu
repere=$1 out=$2 photos=${3:-20}
sizes=${4:-"1024x600 1920x1080 720x1280"}
here=$(cd "$(dirname "$0")" && pwd)
min=${6:-0.95}
profiles=${5:-$(sed -n 's/^id = "\(.*\)"$/\1/p' "$here/../questionnaires/profiles.toml")}
rm -rf "$out" && mkdir -p "$out"
status=0
for size in $sizes; do
    for p in $profiles; do
        "$repere" shoot --content "$here/../questionnaires" --out "$out/$size" --lang all --size "$size" --only "take-away-$p" >/dev/null
        mkdir -p "$out/shots/$size"
        for lang in "$out/$size"/*/; do
            cp "$lang/take-away-$p.png" "$out/shots/$size/$p-$(basename "$lang").png"
        done
    done
    echo "== $size"
    /usr/bin/python3 "$here/takeaway_photos.py" --photos "$photos" --min "$min" --jobs "${JOBS:-1}" "$out/shots/$size"/*.png || status=1
done
exit $status
