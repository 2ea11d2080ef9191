#!/bin/sh
# The Debian package, end to end: runs cpack in a configured and built build directory,
# inspects the package's metadata and file list, runs lintian, extracts it into a
# temporary root and runs the installed binary there (check with no arguments, shoot
# --only welcome), then tests the installed repere-update-content.
#
#   package_test.sh BUILD_DIR WORK_DIR SOURCE_DIR
#
# A cross-built package (make package-arm64) is checked the same way with
# REPERE_EMULATOR set to the command that runs its binaries here
# ("taskset -c 0 qemu-aarch64-static -L /usr/aarch64-linux-gnu"); its repere-update-content step is
# left out (a shell script, the same on every architecture, that would start the emulated
# repere without the emulator) and the package must be for REPERE_DEB_ARCH.
#
# The .deb is written under WORK_DIR, not into BUILD_DIR (that is `make package`'s place).
set -eu

[ $# -eq 3 ] || { echo "usage: $0 BUILD_DIR WORK_DIR SOURCE_DIR" >&2; exit 2; }
build=$1 work=$2 source=$3
here=$(cd "$(dirname "$0")" && pwd)

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd -P)

step "cpack -G DEB in $build"
(cd "$build" && cpack -G DEB -B "$work/pkg") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack failed"; }
set -- "$work"/pkg/repere_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then cat "$work/cpack.log"; fail "expected one repere_*.deb in $work/pkg"; fi
deb=$1
echo "$deb"

step "control fields"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = repere ] || fail "Package is not repere"
[ "$(field Architecture)" = "${REPERE_DEB_ARCH:-$(dpkg --print-architecture)}" ] || fail "Architecture is $(field Architecture)"
version=$(field Version)
depends=$(field Depends)
for dep in adduser fonts-dejavu-core libsdl2-2.0-0 libfontconfig1 libfreetype6 libqrencode4 libc6; do
    echo ", $depends," | grep -q "[ ,]${dep}[ ,(]" || fail "Depends lacks $dep: $depends"
done
echo ", $depends," | grep -q "[ ,]cage[ ,(]" && fail "cage must not be a hard dependency: $depends"
echo ", $(field Suggests) $(field Recommends)," | grep -q "[ ,]cage[ ,(]" || fail "cage is neither suggested nor recommended"

step "file list (dpkg-deb -c)"
dpkg-deb -c "$deb" | tee "$work/contents.txt"
# Regular files only, as absolute paths, sorted.
awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' "$work/contents.txt" | sort >"$work/files.txt"
{
    cat <<'EOF'
/lib/systemd/system/repere-kiosk-lockdown.service
/lib/systemd/system/repere-kiosk.service
/lib/systemd/system/repere-usb-eject.path
/lib/systemd/system/repere-usb-eject.service
/lib/udev/rules.d/90-repere-usb.rules
/usr/bin/repere
/usr/bin/repere-update-content
/usr/libexec/repere/repere-usb
/usr/sbin/repere-kiosk-lockdown
/usr/share/applications/repere.desktop
/usr/share/doc/repere/KIOSK.md
/usr/share/doc/repere/changelog.gz
/usr/share/doc/repere/content-format.md
/usr/share/doc/repere/copyright
/usr/share/icons/hicolor/scalable/apps/repere.svg
/usr/share/lintian/overrides/repere
/usr/share/man/man1/repere-update-content.1.gz
/usr/share/man/man1/repere.1.gz
/usr/share/man/man8/repere-kiosk-lockdown.8.gz
/usr/share/repere/questionnaires/SOURCES.md
EOF
    for f in "$source"/questionnaires/*.toml; do echo "/usr/share/repere/questionnaires/$(basename "$f")"; done
} | sort >"$work/expected.txt"
diff -u "$work/expected.txt" "$work/files.txt" || fail "unexpected file list (- expected, + in the package)"
grep -q '^-rwxr-xr-x root/root .* \./usr/bin/repere$' "$work/contents.txt" || fail "/usr/bin/repere not 0755 root"
grep -q '^-rwxr-xr-x root/root .* \./usr/bin/repere-update-content$' "$work/contents.txt" || fail "repere-update-content not 0755 root"

step "maintainer scripts"
mkdir -p "$work/control"
dpkg-deb -e "$deb" "$work/control"
grep -q 'adduser --system' "$work/control/postinst" || fail "postinst does not create the system user"
for s in postinst prerm postrm; do sh -n "$work/control/$s" || fail "$s does not parse"; done

step "lintian"
command -v lintian >/dev/null 2>&1 || fail "lintian is not installed (it is in packaging/debian-packages.txt)"
# Errors and warnings fail; the intended info tags are overridden (packaging/debian/lintian-overrides).
lintian --fail-on error,warning --display-info "$deb" 2>&1 | grep -v 'running with root privileges' \
    | tee "$work/lintian.txt"
grep -q '^[EW]:' "$work/lintian.txt" && fail "lintian reports errors or warnings"

step "extract into a temporary root"
root=$work/root
dpkg-deb -x "$deb" "$root"
zcat "$root/usr/share/doc/repere/changelog.gz" | head -n 1 | grep -qF "repere ($version)" \
    || fail "changelog's first entry is not version $version"

# A clean user: no updated content in the data directory, no display.
mkdir -p "$work/home" "$work/xdg"
# shellcheck disable=SC2086 # the emulator is a command and its options
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_DATA_HOME="$work/xdg" ${REPERE_EMULATOR:-} "$@"; }

step "installed repere check (no arguments)"
run "$root/usr/bin/repere" check >"$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "installed check failed"; }
cat "$work/check.txt"
grep -qF "$root/usr/share/repere/questionnaires: 0 error(s)" "$work/check.txt" \
    || fail "the installed binary did not find the installed content by itself"

step "installed repere shoot --only welcome"
run "$root/usr/bin/repere" shoot --only welcome --out "$work/shots" || fail "installed shoot failed"
cat "$work/shots/index.tsv"
lines=0
while IFS="$(printf '\t')" read -r id _lang file; do
    [ "$id" = welcome ] || fail "unexpected screen $id"
    [ -s "$work/shots/$file" ] || fail "missing image $file"
    [ "$(head -c 4 "$work/shots/$file" | tail -c 3)" = PNG ] || fail "$file is not a PNG"
    lines=$((lines + 1))
done <"$work/shots/index.tsv"
[ "$lines" -ge 1 ] || fail "no welcome screen rendered"

if [ -n "${REPERE_EMULATOR:-}" ]; then
    echo "--- installed repere-update-content: left out under emulation (tested with the amd64 package)"
else
    step "installed repere-update-content"
    # The installed script finds the repere installed beside it.
    env -u REPERE sh "$here/update_content_test.sh" "$root/usr/bin/repere-update-content" \
        "$root/usr/share/repere/questionnaires" "$work/update"
fi

echo "PASS: package $deb"
