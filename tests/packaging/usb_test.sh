#!/bin/sh
# repere-usb in a scratch root with a stand-in for systemd-mount that records its
# arguments: sticks are mounted only while the kiosk session runs, at
# /media/repere-kiosk/LABEL with a safe name, for the kiosk user, without exec or setuid;
# a mount point that exists as anything but a directory (a symbolic link, a file) is
# refused; eject requests sync and unmount a mounted stick and nothing else. The mounting itself
# (systemd, udev, a real stick) needs a machine: packaging/KIOSK.md says how to check it.
#
#   usb_test.sh REPERE_USB WORK_DIR
set -eu

[ $# -eq 2 ] || { echo "usage: $0 REPERE_USB WORK_DIR" >&2; exit 2; }
script=$1 work=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
root=$work/root
log=$work/calls.txt
mkdir -p "$root/proc/self" "$root/media/repere-kiosk"
: >"$root/proc/self/mounts"
cat >"$work/systemd-mount" <<STUB
#!/bin/sh
echo "\$*" >>"$log"
STUB
chmod 755 "$work/systemd-mount"

cat >"$work/logger" <<STUB
#!/bin/sh
echo "\$*" >>"$work/syslog.txt"
STUB
chmod 755 "$work/logger"

usb() { env REPERE_ROOT="$root" SYSTEMD_MOUNT="$work/systemd-mount" LOGGER="$work/logger" "$@" sh "$script" "${cmd}"; }
plug() { cmd=mount usb DEVNAME="$1" ID_FS_LABEL="$2"; }
eject() { cmd=eject usb; }

: >"$log"
plug /dev/sdz1 "STAND"
[ ! -s "$log" ] || fail "a stick was mounted while the kiosk session does not run"

mkdir -p "$root/run/repere-kiosk/eject"
plug /dev/sdz1 "STAND"
grep -qx -- "--no-block --collect --owner=repere-kiosk --options=nosuid,nodev,noexec,flush,umask=0077 /dev/sdz1 $root/media/repere-kiosk/STAND" "$log" \
    || { cat "$log"; fail "unexpected mount command"; }
: >"$log"
plug /dev/sdz2 "Clé d'Ana / 2"
grep -q " $root/media/repere-kiosk/Cl___d_Ana___2\$" "$log" || { cat "$log"; fail "label not made safe"; }
: >"$log"
plug /dev/sdz3 "../.."
grep -q " $root/media/repere-kiosk/USB\$" "$log" || { cat "$log"; fail "a label of dots and slashes was not replaced"; }
: >"$log"
plug /dev/sdz4 ""
grep -q " $root/media/repere-kiosk/USB\$" "$log" || { cat "$log"; fail "no label did not give USB"; }
# A second stick with the same label while the first is mounted.
mkdir -p "$root/media/repere-kiosk/STAND"
echo "/dev/sdz1 $root/media/repere-kiosk/STAND vfat rw 0 0" >"$root/proc/self/mounts"
: >"$log"
plug /dev/sdy1 "STAND"
grep -q " $root/media/repere-kiosk/STAND-2\$" "$log" || { cat "$log"; fail "same label did not get its own directory"; }

# A mount point that is not a directory: a symbolic link (to a directory, elsewhere, or
# dangling), a file, a FIFO, at LABEL or at the next free LABEL-N, or the media directory
# itself a link: nothing mounted, a message on stderr and in the system log.
not_mounted() {  # LABEL WHAT
    : >"$log"; : >"$work/syslog.txt"
    set +e
    plug /dev/sdx1 "$1" 2>"$work/plug.err"
    status=$?
    set -e
    [ "$status" -ne 0 ] || fail "$2: exit 0"
    [ ! -s "$log" ] || { cat "$log"; fail "$2: mounted anyway"; }
    grep -q "$3" "$work/plug.err" || { cat "$work/plug.err"; fail "$2: no message on stderr"; }
    grep -q "$3" "$work/syslog.txt" || { cat "$work/syslog.txt"; fail "$2: no message in the system log"; }
    grep -q "/dev/sdx1 not mounted" "$work/plug.err" || fail "$2: the message does not say the stick was not mounted"
}
mkdir -p "$work/elsewhere"
ln -s "$work/elsewhere" "$root/media/repere-kiosk/LINKDIR"
not_mounted LINKDIR "a link to a directory" "LINKDIR is a symbolic link"
ln -s /etc "$root/media/repere-kiosk/ETC"
not_mounted ETC "a link to /etc" "ETC is a symbolic link"
ln -s "$work/nowhere" "$root/media/repere-kiosk/DANGLING"
not_mounted DANGLING "a dangling link" "DANGLING is a symbolic link"
echo x >"$root/media/repere-kiosk/AFILE"
not_mounted AFILE "a regular file" "AFILE exists and is not a directory"
mkfifo "$root/media/repere-kiosk/AFIFO"
not_mounted AFIFO "a FIFO" "AFIFO exists and is not a directory"
ln -s "$work/elsewhere" "$root/media/repere-kiosk/STAND-2"
echo "/dev/sdz1 $root/media/repere-kiosk/STAND vfat rw 0 0" >"$root/proc/self/mounts"
not_mounted STAND "a link at the next free name" "STAND-2 is a symbolic link"
rm "$root/media/repere-kiosk/STAND-2"
mv "$root/media/repere-kiosk" "$root/media/real"
ln -s real "$root/media/repere-kiosk"
not_mounted STAND "the media directory a link" "repere-kiosk is not a directory"
rm "$root/media/repere-kiosk"
mv "$root/media/real" "$root/media/repere-kiosk"
# An existing directory is still a mount point.
mkdir -p "$root/media/repere-kiosk/EMPTYDIR"
: >"$log"
plug /dev/sdw1 EMPTYDIR
grep -q " $root/media/repere-kiosk/EMPTYDIR\$" "$log" || { cat "$log"; fail "an existing directory was not used"; }

# Eject: a mounted stick is unmounted, the request consumed; others are refused.
echo "/dev/sdz1 $root/media/repere-kiosk/STAND vfat rw 0 0" >"$root/proc/self/mounts"
mkdir -p "$root/media/repere-kiosk/STAND"
: >"$log"
touch "$root/run/repere-kiosk/eject/STAND" "$root/run/repere-kiosk/eject/OTHER" "$root/run/repere-kiosk/eject/a.b"
eject 2>"$work/eject.err"
grep -qx -- "--umount $root/media/repere-kiosk/STAND" "$log" || { cat "$log"; fail "the mounted stick was not unmounted"; }
[ "$(wc -l <"$log")" -eq 1 ] || { cat "$log"; fail "something else was unmounted"; }
grep -q 'OTHER is not mounted' "$work/eject.err" || fail "no word about a stick that is not mounted"
grep -q "ignored request 'a.b'" "$work/eject.err" || fail "a request with an unsafe name was not refused"
[ -z "$(ls "$root/run/repere-kiosk/eject")" ] || fail "requests left behind"

cmd=sideways
usb 2>/dev/null && fail "an unknown command was accepted"
echo "PASS: repere-usb"
