#!/bin/sh
# Generated worst cases of content (bench/worst_content.cpp): `repere check` must give
# the expected verdict on each, and with --time, check and kiosk start-up (the worst case
# installed as a content update, so the kiosk must reject it and fall back) are timed
# against the 2-second target.
#
#   bench/worst_cases.sh REPERE WORST_CONTENT SHIPPED_DIR WORK_DIR [--time]
set -eu
[ $# -ge 4 ] || { echo "usage: $0 REPERE WORST_CONTENT SHIPPED_DIR WORK_DIR [--time]" >&2; exit 2; }
repere=$1 generator=$2 shipped=$3 work=$4 timed=${5:-}

rm -rf "$work"
mkdir -p "$work"
"$generator" "$shipped" "$work/cases"

seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
failed=0 slow=0
while IFS="$(printf '\t')" read -r name expected; do
    dir=$work/cases/$name
    t0=$(seconds)
    set +e
    timeout 60 "$repere" check "$dir" >"$work/$name.check" 2>&1
    status=$?
    set -e
    t1=$(seconds)
    case "$expected:$status" in
        valid:0|errors:1) verdict=ok ;;
        *) verdict="FAIL (exit $status, expected $expected)"; failed=1; tail -3 "$work/$name.check" ;;
    esac
    lines=$(wc -l <"$work/$name.check")
    if grep -q "$(printf '\033')" "$work/$name.check"; then verdict="FAIL (raw escape in output)"; failed=1; fi
    if [ "$timed" = "--time" ]; then
        # Kiosk start-up with this case installed as the content update.
        data=$work/data-$name
        mkdir -p "$data/repere"
        ln -s "$dir" "$data/repere/questionnaires"
        t2=$(seconds)
        timeout 60 env XDG_DATA_HOME="$data" SDL_VIDEODRIVER=dummy "$repere" shoot --out "$work/shot-$name" --only welcome --lang fr >/dev/null 2>&1 || true
        t3=$(seconds)
        check=$(elapsed "$t0" "$t1") start=$(elapsed "$t2" "$t3")
        for s in "$check" "$start"; do awk -v s="$s" 'BEGIN { exit !(s < 2) }' || slow=1; done
        printf '%-28s check %6.2f s  start-up %6.2f s  %5d lines  %s\n' "$name" "$check" "$start" "$lines" "$verdict"
    else
        printf '%-28s %5d lines  %s\n' "$name" "$lines" "$verdict"
    fi
done <"$work/cases/cases.tsv"
if [ "$timed" = "--time" ]; then
    [ "$slow" -eq 0 ] && echo "every case under 2 s (target: met)" || echo "some case took 2 s or more (target: NOT met)"
fi
exit "$failed"
