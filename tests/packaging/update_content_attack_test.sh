#!/bin/sh
# repere-update-content against hostile sources and interruptions (issue 24, point 4):
#   - a source of 20,000 files (plain, hidden, or in a subdirectory) is refused within
#     seconds, by the entry cap (64), and nothing changes;
#   - only the content's own files are copied: any other name is listed (escaped: a name
#     with terminal escapes cannot reach the terminal raw) and refuses the update;
#   - a source or data path with |, &, spaces, quotes, a newline or an escape character
#     keeps its diagnostics, naming the source;
#   - killed (SIGKILL, or SIGTERM) after every command the script runs, over content
#     installed as a link and over content installed by hand as a plain directory, what
#     `repere` loads is the old content or the new, whole; the next run succeeds and
#     leaves nothing behind;
#   - the manual mount commands in KIOSK.md and README.md use ro,nosuid,nodev,noexec and
#     a file system type list.
#
#   update_content_attack_test.sh SCRIPT CONTENT_DIR WORK_DIR
#
# The repere used is $REPERE, else the one beside SCRIPT, else PATH (as the script does).
set -eu

[ $# -eq 3 ] || { echo "usage: $0 SCRIPT CONTENT_DIR WORK_DIR" >&2; exit 2; }
script=$1 content=$2 work=$3

fail() { echo "FAIL: $*" >&2; exit 1; }
t0=$(date +%s)
step() { echo "--- [$(($(date +%s) - t0)) s] $*"; }

script=$(cd "$(dirname "$script")" && pwd -P)/$(basename "$script")
content=$(cd "$content" && pwd -P)
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
data=$work/data

if [ -n "${REPERE:-}" ]; then repere=$REPERE
elif [ -x "$(dirname "$script")/repere" ]; then repere=$(dirname "$script")/repere
else repere=$(command -v repere) || fail "no repere to check content with"
fi
export REPERE="$repere"

now_ms() { echo $(($(date +%s%N) / 1000000)); }
target() { readlink "$data/$1"; }
no_leftovers() {  # DATA
    for left in "$1"/.incoming* "$1"/questionnaires.new.* "$1"/questionnaires.previous.new.*; do
        [ ! -e "$left" ] && [ ! -L "$left" ] || fail "left behind: $left"
    done
}
# What repere loads from DATA (app/core/content_paths.cpp): questionnaires when it is a
# directory, else questionnaires.previous, else the shipped content.
loaded() {
    if [ -d "$1/questionnaires" ]; then echo "$1/questionnaires"
    elif [ -d "$1/questionnaires.previous" ]; then echo "$1/questionnaires.previous"
    else echo shipped
    fi
}

step "a first install"
sh "$script" "$content" --data "$data" >/dev/null || fail "valid update failed"
installed=$(target questionnaires)

# DIR MESSAGE [SECONDS]: exit 1 within SECONDS (default 5), MESSAGE in what it said,
# nothing changed, nothing left behind, no raw control character printed.
refused() {
    dir=$1 message=$2 limit=${3:-5}
    start=$(now_ms)
    set +e
    timeout 60 sh "$script" "$dir" --data "$data" >"$work/refused.out" 2>"$work/refused.err"
    status=$?
    set -e
    took=$(($(now_ms) - start))
    [ "$status" -eq 1 ] || { cat "$work/refused.err"; fail "$dir: exit $status, expected 1"; }
    grep -qF -- "$message" "$work/refused.err" || { cat "$work/refused.err"; fail "$dir: no \"$message\" in the message"; }
    [ "$took" -le $((limit * 1000)) ] || fail "$dir: refused after $took ms, more than $limit s"
    [ "$(target questionnaires)" = "$installed" ] || fail "$dir: questionnaires changed"
    [ "$(cd "$data" && ls -d content-*)" = "$installed" ] || fail "$dir: a content copy was left: $(ls "$data")"
    no_leftovers "$data"
    if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$work/refused.err"; then
        fail "$dir: a raw control character was printed"
    fi
    echo "refused in $took ms: $(head -c 300 "$work/refused.err")"
}

step "20,000 empty files: refused at once by the cap"
mkdir "$work/many"
(cd "$work/many" && seq 1 20000 | sed 's/^/f/' | xargs touch)
refused "$work/many" "more than 64 entries"
cp "$content"/* "$work/many/"
refused "$work/many" "more than 64 entries"

step "20,000 hidden files: counted too"
mkdir "$work/hidden-many"
(cd "$work/hidden-many" && seq 1 20000 | sed 's/^/._f/' | xargs touch)
cp "$content"/* "$work/hidden-many/"
refused "$work/hidden-many" "more than 64 entries"

step "20,000 files in a subdirectory: the subdirectory is refused by name, unread"
mkdir -p "$work/nested-many/sub"
(cd "$work/nested-many/sub" && seq 1 20000 | sed 's/^/f/' | xargs touch)
cp "$content"/* "$work/nested-many/"
refused "$work/nested-many" "'sub'"

step "65 entries: over the cap; 64 with only content files: accepted as far as the cap goes"
mkdir "$work/sixty-five"
cp "$content"/* "$work/sixty-five/"
i=0
while [ "$(ls -A "$work/sixty-five" | wc -l)" -lt 65 ]; do i=$((i + 1)); : >"$work/sixty-five/.x$i"; done
refused "$work/sixty-five" "more than 64 entries"
rm "$work/sixty-five/.x1"
sh "$script" "$work/sixty-five" --data "$work/data-64" >/dev/null || fail "64 entries, hidden ones ignored: refused"

step "stray names: each listed (escaped), the update refused, nothing copied"
mkdir "$work/stray"
cp "$content"/* "$work/stray/"
echo junk >"$work/stray/notes.txt"
echo '[meta]' >"$work/stray/x y.toml"
echo junk >"$work/stray/META.TOML"
mkdir "$work/stray/.Trashes"
esc=$(printf '\033')
bel=$(printf '\007')
echo junk >"$work/stray/t${esc}]0;pwned${bel}.toml"
refused "$work/stray" "'notes.txt'"
for name in "'x y.toml'" "'META.TOML'" "'t\\x1b]0;pwned\\x07.toml'"; do
    grep -qF -- "$name" "$work/refused.err" || fail "stray $name not named"
done
! grep -qF ".Trashes" "$work/refused.err" || fail "a hidden entry was listed"

step "only content files are copied (hidden entries ignored)"
mkdir "$work/clean"
cp "$content"/* "$work/clean/"
echo junk >"$work/clean/.DS_Store"
sh "$script" "$work/clean" --data "$work/data-clean" >/dev/null || fail "content with a hidden entry: refused"
[ "$(ls -A "$work/data-clean/questionnaires/" | tr '\n' ' ')" = "$(ls -A "$content" | tr '\n' ' ')" ] ||
    fail "the copy holds $(ls -A "$work/data-clean/questionnaires/")"

step "shell-special characters in the source path keep the diagnostics"
special="$work/we|ird & dir 'q' \"dq\" \\1 \$HOME *"
mkdir "$special"
cp "$content"/* "$special/"
printf '\n[[broken\nid = \n' >>"$special/strings.toml"
set +e
sh "$script" "$special" --data "$data" >"$work/special.out" 2>"$work/special.err"
status=$?
set -e
cat "$work/special.err"
[ "$status" -eq 1 ] || fail "broken content at a special path: exit $status, expected 1"
grep -qF -- "$special/strings.toml:" "$work/special.err" || fail "diagnostics do not name $special/strings.toml"
grep -q "strings.toml:[0-9]*:[0-9]*: error" "$work/special.err" || fail "no FILE:LINE:COL diagnostic"
grep -qF "has errors" "$work/special.err" || fail "no final verdict"
! grep -q "\.incoming" "$work/special.err" || fail "the staging name leaked into the diagnostics"
[ "$(target questionnaires)" = "$installed" ] || fail "questionnaires changed"
no_leftovers "$data"

step "and a valid update from there, into a data path just as special"
cp "$content/strings.toml" "$special/strings.toml"
sdata="$work/da|ta & 'x' \"y\" \\& z"
sh "$script" "$special" --data "$sdata" >"$work/special.out" 2>"$work/special.err" || { cat "$work/special.err"; fail "valid update from a special path failed"; }
cat "$work/special.out"
grep -qF -- "$sdata/content-" "$work/special.out" || fail "the check's summary does not name the new copy"
diff -r "$content" "$sdata/questionnaires" >/dev/null || fail "the copy differs from the source"
sh "$script" --rollback --data "$sdata" >/dev/null 2>&1 && fail "rollback with nothing to go back to succeeded"

step "a newline and an escape character in the source path: escaped, diagnostics kept"
nl="$work/new
line$(printf '\033')[2J"
mkdir "$nl"
cp "$content"/* "$nl/"
printf '\n[[broken\n' >>"$nl/advice.toml"
set +e
sh "$script" "$nl" --data "$data" >"$work/nl.out" 2>"$work/nl.err"
status=$?
set -e
cat "$work/nl.err"
[ "$status" -eq 1 ] || fail "newline path: exit $status, expected 1"
grep -qF -- "$work/new\\nline\\x1b[2J/advice.toml:" "$work/nl.err" || fail "diagnostics lost or not escaped for a path with a newline"
! LC_ALL=C grep -q "$esc" "$work/nl.err" || fail "a raw escape character was printed"

step "a relative source and data path starting with '-'"
(cd "$work" && cp -R "$content" ./-src && sh "$script" -- -src --data=-data >/dev/null) || fail "paths starting with '-'"
[ -L "$work/-data/questionnaires" ] || fail "not installed under ./-data"

# ---- Interruptions -----------------------------------------------------------------
# Every command the script runs goes through a wrapper that counts it and, at the K-th,
# runs it and then signals the script's whole process group. A first run, not stopped,
# lists the steps; the script is then stopped after each step that changes something on
# disk (stopping after a step that only reads leaves the same state as stopping after
# the change before it).
bin=$work/bin
mkdir "$bin"
cat >"$bin/wrap" <<'EOF'
#!/bin/sh
name=${0##*/}
PATH=$KILL_REAL_PATH
"$name" "$@"
status=$?
n=$(($(cat "$KILL_COUNTER") + 1))
echo "$n" >"$KILL_COUNTER"
echo "$n $name" >>"$KILL_COUNTER.steps"
[ "$n" -ne "$KILL_AT" ] || kill "-$KILL_SIGNAL" 0
exit $status
EOF
chmod +x "$bin/wrap"
for cmd in awk basename cat chown cp date dirname find head id ln mkdir mv readlink rm sed stat sync timeout wc; do
    ln -s wrap "$bin/$cmd"
done

old_src=$work/old-src new_src=$work/new-src
cp -R "$content" "$old_src"
cp -R "$content" "$new_src"
echo "# the new content" >>"$new_src/meta.toml"

template_link=$work/template-link template_plain=$work/template-plain
sh "$script" "$content" --data "$template_link" >/dev/null
sh "$script" "$old_src" --data "$template_link" >/dev/null
mkdir "$template_plain"
cp -R "$old_src" "$template_plain/questionnaires"

same() { diff -r "$1" "$2" >/dev/null 2>&1; }
stopped_at() {  # TEMPLATE SIGNAL K: a copy of TEMPLATE in $work/kill, updated, stopped after step K
    rm -rf "$work/kill"
    cp -a "$1" "$work/kill"
    echo 0 >"$work/counter"
    : >"$work/counter.steps"
    set +e
    env PATH="$bin:$PATH" KILL_REAL_PATH="$PATH" KILL_COUNTER="$work/counter" KILL_AT="$3" KILL_SIGNAL="$2" \
        setsid -w sh "$script" "$new_src" --data "$work/kill" >"$work/kill.out" 2>"$work/kill.err"
    status=$?
    set -e
}
interrupt_all() {  # TEMPLATE SIGNAL
    template=$1 signal=$2
    stopped_at "$template" "$signal" 0
    [ "$status" -eq 0 ] || { cat "$work/kill.err"; fail "the run not stopped failed"; }
    # Of a run of the same command (copying file after file into the staging copy), the
    # first and the last.
    steps=$(awk '$2 ~ /^(chown|cp|head|ln|mkdir|mv|rm|sync|timeout)$/ { n++; k[n] = $1; c[n] = $2 }
                 END { for (i = 1; i <= n; i++) if (c[i] != c[i - 1] || c[i] != c[i + 1]) print k[i] }' "$work/counter.steps")
    count=0 olds=0 news=0
    for k in $steps; do
        count=$((count + 1))
        stopped_at "$template" "$signal" "$k"
        now=$(loaded "$work/kill")
        if same "$now" "$old_src"; then what=old
        elif same "$now" "$new_src"; then what=new
        else
            ls -la "$work/kill"; cat "$work/kill.err"
            fail "$signal after step $k: repere would load $now, neither the old content nor the new"
        fi
        if [ "$what" = old ]; then olds=$((olds + 1)); else news=$((news + 1)); fi
        [ "$status" -ne 0 ] || [ "$(cat "$work/counter")" -ge "$k" ] || fail "$signal after step $k: the run was not stopped"
        # SIGTERM: the script cleans up at once.
        [ "$signal" != TERM ] || no_leftovers "$work/kill"
        # SIGKILL: the next run recovers: it succeeds and leaves only the new content and
        # one previous.
        [ "$signal" = KILL ] || continue
        sh "$script" "$new_src" --data "$work/kill" >/dev/null 2>"$work/recover.err" || { cat "$work/recover.err"; fail "$signal after step $k: the next run failed"; }
        same "$work/kill/questionnaires" "$new_src" || fail "$signal after step $k: the next run did not install the new content"
        [ -d "$work/kill/questionnaires.previous" ] || fail "$signal after step $k: no previous content after the next run"
        no_leftovers "$work/kill"
        [ "$(ls -d "$work/kill"/content-* | wc -l)" -le 2 ] || fail "$signal after step $k: not pruned: $(ls "$work/kill")"
    done
    [ "$count" -ge 10 ] || fail "only $count steps to stop at: $(cat "$work/counter.steps")"
    [ "$olds" -gt 0 ] && [ "$news" -gt 0 ] || fail "$signal: the stops did not span the switch ($olds old, $news new)"
    echo "$signal over $(basename "$template"): stopped after each of $count steps that change the disk: $olds times the old content, $news times the new, whole"
}

step "killed after each step, over content installed as a link"
interrupt_all "$template_link" KILL
step "killed after each step, over content installed by hand as a plain directory"
interrupt_all "$template_plain" KILL
step "SIGTERM after each step, over a plain directory"
interrupt_all "$template_plain" TERM

# ---- The documentation's manual mount commands -------------------------------------
step "KIOSK.md and README.md mount sticks ro,nosuid,nodev,noexec with a type list"
docs="$(dirname "$script")/KIOSK.md $(dirname "$script")/../README.md"
found=0
for doc in $docs; do
    [ -f "$doc" ] || fail "$doc is missing"
    grep -nE '(^|[^-a-z])mount +-' "$doc" >"$work/mounts.txt" || continue
    while IFS= read -r line; do
        found=$((found + 1))
        echo "$doc:$line"
        echo "$line" | grep -qE -- '-o +ro,nosuid,nodev,noexec([ ,`]|$)' || fail "$doc: mount without ro,nosuid,nodev,noexec: $line"
        echo "$line" | grep -qE -- '-t +[a-z0-9]+(,[a-z0-9]+)*' || fail "$doc: mount without a file system type: $line"
    done <"$work/mounts.txt"
done
[ "$found" -ge 2 ] || fail "no manual mount command found in $docs"

echo "PASS: repere-update-content against hostile sources and interruptions"
