#!/bin/sh
# The kiosk session for real: builds the .deb, installs it (apt-get, as on a stand),
# reads ExecStart=, User= and Environment= from the INSTALLED unit file, and runs that
# command as the kiosk user under cage. Then, at 1024x600, 1280x720 and 1920x1080, it
# resizes cage's output, takes a screenshot with grim and compares it with
# `repere shoot --only welcome` at the same size (screen_compare: every part of the
# screen must agree, the Start button included). Every size is reached by a resize
# after start, so this also proves the loop re-lays out when the output changes.
#
#   session_test.sh BUILD_DIR WORK_DIR SCREEN_COMPARE
#
# Needs root (it installs the package and switches to the kiosk user) and cage, grim,
# Xvfb and xdotool (packaging/debian-packages.txt). Leaves the machine as it found it:
# the package is purged afterwards unless it was installed before.
#
# What CI cannot run, and the nearest thing done here (also in packaging/KIOSK.md):
# - No DRM/KMS, no logind seat, no tty1, usually no systemd as PID 1: cage runs on
#   wlroots' X11 backend inside Xvfb instead of on the GPU, the runtime directory that
#   pam_systemd would create is made here, and the unit's sandboxing (ProtectSystem=,
#   SystemCallFilter=, ...) is not applied; the system calls the session makes are
#   recorded with strace and checked against the unit's SystemCallFilter= instead.
# - Why not wlroots' headless backend: in wlroots 0.15 (Debian 12) its output is fixed
#   at 1280x720 and cage 0.1.4 has no output-management protocol to change it; and cage
#   hands the client's buffer straight to a headless output ("direct scan-out"), after
#   which grim receives the compositor's own last rendered frame, not the application
#   (measured: a black image, or the first frame drawn). On the X11 backend cage
#   composites every frame, as it does on real hardware, so grim sees what a person sees.
set -eu

[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR WORK_DIR SCREEN_COMPARE" >&2; exit 2; }
build=$1 work=$2 compare=$3
unit=/lib/systemd/system/repere-kiosk.service
sizes="1024x600 1280x720 1920x1080"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root: this test installs the package and starts the session as its user"
for tool in cage grim Xvfb xdotool xwininfo strace systemd-analyze runuser setsid apt-get; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed (packaging/debian-packages.txt)"
done

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd -P)

installed_before=no
dpkg-query -W -f='${Status}' repere 2>/dev/null | grep -q "install ok installed" && installed_before=yes
xvfb_pid="" session_pid="" shared=""
cleanup() {
    # Only the processes this test started, by their ids (the session by its group).
    set +e
    [ -n "$session_pid" ] && kill -TERM "-$session_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill -TERM "$xvfb_pid" 2>/dev/null
    sleep 1
    [ -n "$session_pid" ] && kill -KILL "-$session_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill -KILL "$xvfb_pid" 2>/dev/null
    [ -n "$shared" ] && rm -rf "$shared"
    if [ "$installed_before" = no ] && dpkg-query -W repere >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -o DPkg::Lock::Timeout=300 repere >"$work/purge.log" 2>&1 \
            || echo "note: could not purge repere (see $work/purge.log)" >&2
    fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM

step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
set -- "$work"/pkg/repere_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one repere_*.deb in $work/pkg"
deb=$1

step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install --reinstall -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$deb" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "the package does not install"; }
[ -f "$unit" ] || fail "$unit not installed"

step "the unit's command, user and environment ($unit)"
# The last ExecStart= wins (an empty one resets); Environment= lines accumulate.
exec_start=$(sed -n 's/^ExecStart=//p' "$unit" | tail -n 1)
user=$(sed -n 's/^User=//p' "$unit" | tail -n 1)
[ -n "$exec_start" ] && [ -n "$user" ] || fail "no ExecStart= or User= in $unit"
unit_env=$(sed -n 's/^Environment=//p' "$unit")
echo "$unit_env" | grep -vq '^[A-Za-z_][A-Za-z0-9_]*=[^ "]*$' \
    && fail "an Environment= line this test cannot pass on unchanged (quotes or spaces): $unit_env"
home=$(getent passwd "$user" | cut -d: -f6)
uid=$(id -u "$user")
echo "User=$user (uid $uid, home $home)"
echo "ExecStart=$exec_start"
echo "$unit_env" | sed 's/^/Environment=/'
if [ -e /usr/bin/Xwayland ]; then
    echo "note: Xwayland is installed here, so this run does not show that the session starts without it"
else
    echo "Xwayland is not installed: the session must start without it"
fi

step "start Xvfb and the session"
display=""
for n in $(seq 90 120); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
[ -n "$display" ] || fail "no free X display number"
Xvfb "$display" -screen 0 1920x1080x24 -ac -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
# The kiosk user cannot enter the build tree (it may be under /root): what it writes
# goes to a directory of its own in /tmp. The runtime directory stands for what
# pam_systemd creates for a logind session on a stand (/run/user/UID).
shared=$(mktemp -d /tmp/repere-session.XXXXXX)
chmod 0711 "$shared"
runtime=$shared/runtime
mkdir -m 0700 "$runtime" "$shared/trace"
chown "$user:" "$runtime" "$shared/trace"
# A new session (setsid) so cleanup can end cage and repere together, by group id.
# shellcheck disable=SC2086 # the unit's command and variables are split on purpose, as systemd does
setsid runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="$home" USER="$user" LANG=C.UTF-8 \
    XDG_RUNTIME_DIR="$runtime" DISPLAY="$display" WLR_BACKENDS=x11 WLR_RENDERER=pixman \
    $unit_env strace -ff -qq -e trace=all -e signal=none -o "$shared/trace/strace" \
    $exec_start >"$work/session.log" 2>&1 </dev/null &
session_pid=$!

# cage's X11 output window appears once cage runs.
window=""
for _ in $(seq 1 60); do
    kill -0 "$session_pid" 2>/dev/null || { cat "$work/session.log"; fail "the session exited at start"; }
    window=$(DISPLAY=$display xwininfo -root -children 2>/dev/null | sed -n 's/^ *\(0x[0-9a-f]*\) .*/\1/p' | head -n 1) || true
    [ -n "$window" ] && [ -S "$runtime/wayland-0" ] && break
    sleep 0.5
done
[ -n "$window" ] || { cat "$work/session.log"; fail "cage did not open its output within 30 s"; }

grim_as_user() {
    runuser -u "$user" -- env -i XDG_RUNTIME_DIR="$runtime" WAYLAND_DISPLAY=wayland-0 grim "$1"
}

for size in $sizes; do
    step "$size: resize the output, screenshot, compare with repere shoot"
    w=${size%x*} h=${size#*x}
    env -i PATH=/usr/bin:/bin HOME="$work" XDG_DATA_HOME="$work/shoot-data" \
        /usr/bin/repere shoot --only welcome --lang fr --size "$size" --out "$work/shoot-$size" >/dev/null \
        || fail "repere shoot failed at $size"
    want=$work/shoot-$size/fr/welcome.png
    DISPLAY=$display xdotool windowsize "$window" "$w" "$h"
    got=$work/grim-$size.png
    matched=no
    # The session settles within a second or two; 30 s covers a loaded CI machine.
    for _ in $(seq 1 30); do
        sleep 1
        kill -0 "$session_pid" 2>/dev/null || { cat "$work/session.log"; fail "the session exited"; }
        rm -f "$runtime/grim.png"
        grim_as_user "$runtime/grim.png" >/dev/null 2>&1 || continue
        cp "$runtime/grim.png" "$got"
        if "$compare" "$got" "$want" >"$work/compare-$size.txt"; then matched=yes; break; fi
    done
    cat "$work/compare-$size.txt" 2>/dev/null || true
    [ "$matched" = yes ] || fail "at $size the session does not show the welcome screen as shoot renders it: $got against $want"
done

step "memory of repere in the session"
for status in /proc/[0-9]*/status; do
    if grep -q '^Name:[[:space:]]*repere$' "$status" 2>/dev/null && grep -q "^Uid:[[:space:]]*$uid[[:space:]]" "$status"; then
        grep -E '^(VmRSS|VmHWM)' "$status"
    fi
done

step "system calls against the unit's SystemCallFilter="
kill -TERM "-$session_pid" 2>/dev/null || true
wait "$session_pid" 2>/dev/null || true
session_pid=""
# The allowed set: the unit's groups and names, expanded by systemd-analyze; "~" lines deny.
allowed=$work/allowed.txt denied=$work/denied.txt used=$work/used.txt
expand() {
    # Group names (@name) are replaced by their members until only system calls are left.
    todo="$*"
    while [ -n "$todo" ]; do
        set -- $todo
        item=$1
        shift
        todo="$*"
        case $item in
        @*) todo="$todo $(systemd-analyze syscall-filter "$item" | sed -n 's/^    \([-@a-z0-9_][-@a-z0-9_]*\).*/\1/p' | tr '\n' ' ')" ;;
        *) echo "$item" ;;
        esac
    done
}
: >"$allowed"; : >"$denied"
sed -n 's/^SystemCallFilter=//p' "$unit" | while read -r line; do
    case $line in
    "~"*) expand ${line#"~"} >>"$denied" ;;
    *) expand $line >>"$allowed" ;;
    esac
done
sort -u "$allowed" -o "$allowed"
sort -u "$denied" -o "$denied"
[ -s "$allowed" ] || fail "no SystemCallFilter= allow list in $unit"
cp -r "$shared/trace" "$work/trace"
cat "$work"/trace/strace.* | sed -n 's/^\([a-z0-9_]*\)(.*/\1/p' | sort -u >"$used"
[ -s "$used" ] || fail "strace recorded no system calls"
outside=$(comm -23 "$used" "$allowed" | tr '\n' ' ')
blocked=$(comm -12 "$used" "$denied" | tr '\n' ' ')
echo "$(wc -l <"$used") distinct system calls made by cage and repere"
[ -z "$outside" ] || fail "system calls outside the unit's SystemCallFilter=: $outside"
[ -z "$blocked" ] || fail "system calls the unit's SystemCallFilter= denies: $blocked"

echo "PASS: the installed kiosk session shows the welcome screen at $sizes"
