#!/bin/sh
# repere-kiosk-lockdown in a scratch root (REPERE_ROOT): `on` writes the sysctl, logind
# and manager drop-ins and masks ctrl-alt-del.target, twice in a row gives the same
# files, `status` follows, `off` removes exactly what `on` wrote, and an administrator's
# own files and mask are never overwritten or removed.
#
#   lockdown_test.sh LOCKDOWN_SCRIPT WORK_DIR
set -eu

[ $# -eq 2 ] || { echo "usage: $0 LOCKDOWN_SCRIPT WORK_DIR" >&2; exit 2; }
script=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
root=$(cd "$work" && pwd -P)/root
mkdir -p "$root"
run() { REPERE_ROOT=$root sh "$script" "$@"; }
sysctl_file=$root/etc/sysctl.d/90-repere-kiosk.conf
logind_file=$root/etc/systemd/logind.conf.d/90-repere-kiosk.conf
manager_file=$root/etc/systemd/system.conf.d/90-repere-kiosk.conf
mask=$root/etc/systemd/system/ctrl-alt-del.target

[ "$(run status)" = off ] || fail "status is not off on a clean machine"
run on
grep -qx 'kernel.sysrq = 0' "$sysctl_file" || fail "SysRq not turned off"
for line in '\[Login\]' NAutoVTs=0 ReserveVT=0 HandlePowerKey=ignore HandleRebootKey=ignore; do
    grep -qx "$line" "$logind_file" || fail "logind drop-in lacks $line"
done
grep -qx 'CtrlAltDelBurstAction=none' "$manager_file" || fail "CtrlAltDelBurstAction not set"
[ -L "$mask" ] && [ "$(readlink "$mask")" = /dev/null ] || fail "ctrl-alt-del.target not masked"
[ "$(run status)" = on ] || fail "status is not on after on"
find "$root" -type f -exec cat {} + >"$work/first.txt"
run on
find "$root" -type f -exec cat {} + >"$work/second.txt"
cmp -s "$work/first.txt" "$work/second.txt" || fail "a second on changed the files"

run off
[ -z "$(find "$root" ! -type d)" ] || { find "$root" ! -type d; fail "off left files behind"; }
[ "$(run status)" = off ] || fail "status is not off after off"

# An administrator's own settings: a sysctl file of the same name and their own mask.
rm -rf "$root" && mkdir -p "$root/etc/sysctl.d" "$root/etc/systemd/system"
echo 'kernel.sysrq = 176' >"$sysctl_file"
ln -s /dev/null "$mask"
run on 2>"$work/on.err"
grep -q 'not ours' "$work/on.err" || fail "no word about the administrator's sysctl file"
[ "$(cat "$sysctl_file")" = 'kernel.sysrq = 176' ] || fail "on overwrote the administrator's sysctl file"
run off
[ "$(cat "$sysctl_file")" = 'kernel.sysrq = 176' ] || fail "off removed the administrator's sysctl file"
[ -L "$mask" ] || fail "off removed the administrator's own mask"
[ ! -e "$logind_file" ] && [ ! -e "$manager_file" ] || fail "off left its own files"

run sideways 2>/dev/null && fail "an unknown argument was accepted"
echo "PASS: repere-kiosk-lockdown"
