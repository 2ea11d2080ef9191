#!/bin/sh
# repere-update-content: a valid update swaps the questionnaires symlink (keeping the
# previous target for rollback), an invalid one keeps the old content and exits 1, and
# repere then loads the updated content by default.
#
#   update_content_test.sh SCRIPT CONTENT_DIR WORK_DIR
#
# The repere used is the one the script finds (beside it, or $REPERE, or PATH); the test
# also uses it to check what `repere` loads by default.
set -eu

[ $# -eq 3 ] || { echo "usage: $0 SCRIPT CONTENT_DIR WORK_DIR" >&2; exit 2; }
script=$1 content=$2 work=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
data=$work/data

if [ -n "${REPERE:-}" ]; then repere=$REPERE
elif [ -x "$(dirname "$script")/repere" ]; then repere=$(dirname "$script")/repere
else repere=repere
fi

update() { sh "$script" "$@"; }
target() { readlink "$data/$1"; }
contents() { for d in "$data"/content-*; do [ -e "$d" ] && basename "$d"; done | sort | tr '\n' ' '; }

step "usage errors exit 2 and change nothing"
set +e
update >/dev/null 2>&1; [ $? -eq 2 ] || fail "no arguments: expected exit 2"
update "$work/missing" --data "$data" >/dev/null 2>&1; [ $? -eq 2 ] || fail "missing source: expected exit 2"
update --rollback --data "$data" >/dev/null 2>&1; [ $? -eq 2 ] || fail "rollback with nothing to go back to: expected exit 2"
set -e
[ ! -e "$data/questionnaires" ] || fail "a failed call created questionnaires"

step "first valid update"
update "$content" --data "$data" || fail "valid update failed"
[ -L "$data/questionnaires" ] || fail "questionnaires is not a symlink"
first=$(target questionnaires)
case "$first" in content-*) ;; *) fail "questionnaires -> $first, expected content-*" ;; esac
diff -r "$content" "$data/questionnaires" >/dev/null || fail "the copy differs from the source"
[ ! -e "$data/questionnaires.previous" ] || fail "questionnaires.previous after the first update"

step "second valid update (same second: a distinct directory)"
cp -R "$content" "$work/second"
echo "# second update" >>"$work/second/meta.toml"
update "$work/second" --data "$data" || fail "second valid update failed"
second=$(target questionnaires)
[ "$second" != "$first" ] || fail "the second update reused $first"
[ "$(target questionnaires.previous)" = "$first" ] || fail "questionnaires.previous should point to $first"
grep -q "second update" "$data/questionnaires/meta.toml" || fail "questionnaires does not show the second update"

step "invalid update: exit 1, diagnostics, old content kept"
cp -R "$content" "$work/broken"
printf '\n[[broken\nid = \n' >>"$work/broken/strings.toml"
set +e
update "$work/broken" --data "$data" >"$work/broken.out" 2>"$work/broken.err"
status=$?
set -e
cat "$work/broken.err"
[ "$status" -eq 1 ] || fail "invalid update exited $status, expected 1"
grep -q "strings.toml:[0-9]*:[0-9]*: error" "$work/broken.err" || fail "no FILE:LINE:COL diagnostic for the broken file"
grep -qF "$work/broken/strings.toml" "$work/broken.err" || fail "diagnostics should name the source file"
[ "$(target questionnaires)" = "$second" ] || fail "questionnaires changed after an invalid update"
[ "$(target questionnaires.previous)" = "$first" ] || fail "questionnaires.previous changed after an invalid update"
[ "$(contents)" = "$(printf '%s\n%s\n' "$first" "$second" | sort | tr '\n' ' ')" ] || fail "left-overs: $(contents)"
for left in "$data"/.incoming*; do [ ! -e "$left" ] || fail "staging left behind: $left"; done

step "rollback swaps current and previous"
update --rollback --data "$data" || fail "rollback failed"
[ "$(target questionnaires)" = "$first" ] || fail "rollback: questionnaires should point to $first"
[ "$(target questionnaires.previous)" = "$second" ] || fail "rollback: previous should point to $second"

step "a third update keeps only current and previous"
update "$content" --data "$data" || fail "third update failed"
third=$(target questionnaires)
[ "$(target questionnaires.previous)" = "$first" ] || fail "third: previous should be $first"
[ "$(contents)" = "$(printf '%s\n%s\n' "$first" "$third" | sort | tr '\n' ' ')" ] || fail "not pruned: $(contents)"

step "content installed by hand as a plain directory becomes the previous"
plain=$work/plain
mkdir -p "$plain"
cp -R "$content" "$plain/questionnaires"
update "$content" --data "$plain" || fail "update over a plain directory failed"
[ -L "$plain/questionnaires" ] || fail "questionnaires is not a symlink after replacing a plain directory"
[ -d "$plain/questionnaires.previous" ] || fail "the hand-installed content was not kept"

step "default data directory: \$XDG_DATA_HOME/repere, else \$HOME/.local/share/repere"
mkdir -p "$work/xdg" "$work/home"
env XDG_DATA_HOME="$work/xdg" HOME="$work/home" sh "$script" "$content" || fail "update with XDG_DATA_HOME failed"
[ -L "$work/xdg/repere/questionnaires" ] || fail "not installed under \$XDG_DATA_HOME/repere"
env -u XDG_DATA_HOME HOME="$work/home" sh "$script" "$content" || fail "update with HOME only failed"
[ -L "$work/home/.local/share/repere/questionnaires" ] || fail "not installed under \$HOME/.local/share/repere"

step "repere loads the updated content by default"
env XDG_DATA_HOME="$work/xdg" HOME="$work/home" "$repere" check >"$work/check.txt" 2>&1 || { cat "$work/check.txt"; fail "check failed"; }
cat "$work/check.txt"
grep -qF "$work/xdg/repere/questionnaires: 0 error(s)" "$work/check.txt" || fail "repere did not prefer the updated content"

step "hostile sources are refused at once: nothing changed, nothing left behind"
before=$(target questionnaires)
refused() {  # DIR MESSAGE: exit 1 within seconds, the message said, state unchanged
    set +e
    timeout 20 sh "$script" "$1" --data "$data" >"$work/refused.out" 2>"$work/refused.err"
    status=$?
    set -e
    [ "$status" -eq 1 ] || { cat "$work/refused.err"; fail "$1: exit $status, expected 1"; }
    grep -qF "$2" "$work/refused.err" || { cat "$work/refused.err"; fail "$1: no '$2' in the message"; }
    [ "$(target questionnaires)" = "$before" ] || fail "$1: questionnaires changed"
    for left in "$data"/.incoming*; do [ ! -e "$left" ] || fail "$1: staging left behind: $left"; done
}
cp -R "$content" "$work/linked"
rm "$work/linked/meta.toml"
ln -s "$content/meta.toml" "$work/linked/meta.toml"
refused "$work/linked" "meta.toml is a symbolic link"
cp -R "$content" "$work/fifo"
rm "$work/fifo/advice.toml"
mkfifo "$work/fifo/advice.toml"
refused "$work/fifo" "advice.toml is not a regular file"
cp -R "$content" "$work/zero"
rm "$work/zero/services.toml"
ln -s /dev/zero "$work/zero/services.toml"
refused "$work/zero" "services.toml is a symbolic link"
cp -R "$content" "$work/big"
head -c $((4 * 1024 * 1024 + 1)) /dev/zero >"$work/big/SOURCES.md"
refused "$work/big" "SOURCES.md is larger than 4 MB"
cp -R "$content" "$work/nested"
rm "$work/nested/profiles.toml"
mkdir "$work/nested/profiles.toml"
refused "$work/nested" "profiles.toml is not a regular file"
cp -R "$content" "$work/stray"
echo junk >"$work/stray/notes.txt"
refused "$work/stray" "'notes.txt'"

step "hidden entries (.Trashes, ._meta.toml) are not copied"
cp -R "$content" "$work/hidden"
mkdir "$work/hidden/.Trashes"
echo junk >"$work/hidden/._meta.toml"
update "$work/hidden" --data "$data" >/dev/null || fail "update with hidden entries failed"
[ ! -e "$data/questionnaires/.Trashes" ] && [ ! -e "$data/questionnaires/._meta.toml" ] || fail "hidden entries were copied"
before=$(target questionnaires)

step "interrupted while checking: staging removed, exit 143, content unchanged"
cat >"$work/slow-repere" <<'STUB'
#!/bin/sh
sleep 30
STUB
chmod +x "$work/slow-repere"
set +e
REPERE="$work/slow-repere" setsid sh "$script" "$content" --data "$data" >/dev/null 2>"$work/interrupted.err" &
pid=$!
for i in 1 2 3 4 5 6 7 8 9 10; do ls "$data"/.incoming-* >/dev/null 2>&1 && break; sleep 0.2; done
ls "$data"/.incoming-* >/dev/null 2>&1 || fail "no staging copy appeared"
kill -TERM "-$pid"
wait "$pid"
status=$?
set -e
[ "$status" -eq 143 ] || { cat "$work/interrupted.err"; fail "interrupted update exited $status, expected 143"; }
grep -q "interrupted; nothing changed" "$work/interrupted.err" || fail "no message on interrupt"
for left in "$data"/.incoming*; do [ ! -e "$left" ] || fail "staging left behind after an interrupt: $left"; done
[ "$(target questionnaires)" = "$before" ] || fail "questionnaires changed after an interrupt"

step "a check that cannot run is an I/O failure (exit 2), not a verdict on the content"
set +e
REPERE="$work/missing-repere" sh "$script" "$content" --data "$data" >/dev/null 2>"$work/norepere.err"
status=$?
set -e
[ "$status" -eq 2 ] || { cat "$work/norepere.err"; fail "missing repere: exit $status, expected 2"; }
grep -q "failed to run" "$work/norepere.err" || fail "missing repere: no message"
[ "$(target questionnaires)" = "$before" ] || fail "questionnaires changed when the check could not run"

step "staging left by a killed run is removed by the next run"
mkdir "$data/.incoming-999999-content-x"
update "$content" --data "$data" >/dev/null || fail "update after a killed run failed"
[ ! -e "$data/.incoming-999999-content-x" ] || fail "a dead run's staging copy was kept"

if [ "$(id -u)" -eq 0 ] && id nobody >/dev/null 2>&1; then
    step "after a run as root, the owner's own updates succeed with exit 0"
    owned=$work/owned
    mkdir -p "$owned"
    chown nobody "$owned"
    update "$content" --data "$owned" >/dev/null || fail "root update failed"
    [ "$(stat -c %U "$owned/$(readlink "$owned/questionnaires")")" = nobody ] || fail "root's copy is not owned by the data directory's owner"
    chmod o+rx "$work"
    for i in 1 2 3; do
        setpriv --reuid=nobody --regid=nogroup --clear-groups env REPERE="$repere" sh "$script" "$content" --data "$owned" \
            >/dev/null 2>"$work/owned.err" || { cat "$work/owned.err"; fail "update $i by the owner after root failed"; }
    done
    [ "$(ls -d "$owned"/content-* | wc -l)" -eq 2 ] || fail "old copies were not pruned: $(ls "$owned")"
else
    step "(not root: the run-as-root step needs root and is covered where the suite runs as root)"
fi

echo "PASS: repere-update-content"
