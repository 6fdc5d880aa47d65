#!/usr/bin/env bash
# The main window under a real window manager, checked as a person would: with openbox running in an X
# server, start Presskit, measure its window, resize it, close it with the window manager's close button,
# start it again and measure; maximise it, open and cancel a file chooser (Import bundle…, Ctrl+I) and check
# it is still maximised; end it with SIGTERM (what a desktop sends at logout) and check it exits cleanly with
# no JVM crash log; start it once more and check it comes back maximised.
#
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/window-check.sh WORK_DIR CLASSPATH
#
# CLASSPATH is target/presskit.jar, or the test classpath (WindowManagerCheckTest passes its own). The library
# and the settings file live in WORK_DIR. Prints one line per check; exits 1 if any failed.
set -u
work=$1
cp=$2
[ -e "$cp" ] && cp=$(readlink -f "$cp")
mkdir -p "$work"
work=$(readlink -f "$work")
cd "$work" || exit 2
java=${JAVA:-java}
fails=0
ok() { echo "OK   $*"; }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }

openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null; [ -n "${app:-}" ] && kill -9 $app 2>/dev/null' EXIT
sleep 1

start() {
    # app.log collects every start: wait for this start's line, not an earlier one's
    local shown_before
    shown_before=$(grep -c "release list first shown" "$work/app.log" 2>/dev/null || true)
    "$java" -Dpresskit.settings="$work/settings.properties" -Dpresskit.ui.language=en-HK -Xmx768m \
        --add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED --add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
        -cp "$cp" io.presskit.Launcher --db "$work/library.db" >>"$work/app.log" 2>&1 &
    app=$!
    win=""
    for _ in $(seq 1 180); do
        win=$(xdotool search --onlyvisible --name '^Presskit' 2>/dev/null | head -1)
        [ -n "$win" ] && break
        sleep 0.5
    done
    [ -n "$win" ] || { fail "no window appeared"; exit 1; }
    # the window manager's first answers, and the app's corrections, settle within a few seconds
    for _ in $(seq 1 240); do
        [ "$(grep -c "release list first shown" "$work/app.log" 2>/dev/null || true)" -gt "${shown_before:-0}" ] && break
        sleep 0.5
    done
    sleep 4
}

# client width and height, and whether the window manager has it maximised
size() { xwininfo -id "$win" | awk '/^  Width:/ {w=$2} /^  Height:/ {h=$2} END {print w "x" h}'; }
maximised() { xprop -id "$win" _NET_WM_STATE | grep -q '_NET_WM_STATE_MAXIMIZED_HORZ' && echo yes || echo no; }

keeps_maximised() { # KEYS WINDOW_NAME WHAT: opens a dialog with KEYS, cancels it, checks the window is as before
    local dialog=""
    xdotool windowactivate --sync "$win" key --clearmodifiers "$1"
    for _ in $(seq 1 40); do
        dialog=$(xdotool search --onlyvisible --name "$2" 2>/dev/null | head -1)
        [ -n "$dialog" ] && break
        sleep 0.25
    done
    [ -n "$dialog" ] && ok "$3 opened" || fail "$3 did not open"
    [ -n "$dialog" ] && xdotool windowactivate --sync "$dialog" key Escape
    sleep 2
    local after
    after=$(size)
    if [ "$(maximised)" = yes ] && [ "$after" = "$before" ]; then ok "still maximised at $after after $3"
    else fail "after $3: maximised $(maximised), $after (was $before)"; fi
}

ended() { # waits for the app to end; its exit status goes to $status
    for _ in $(seq 1 120); do
        kill -0 "$app" 2>/dev/null || break
        sleep 0.5
    done
    wait "$app"
    status=$?
}

export PRESSKIT_TIMING=1
rm -f "$work/settings.properties" "$work/app.log"

# 1. first start: at least 1200 x 750 on a 1600 x 1000 screen
start
first=$(size)
w=${first%x*}; h=${first#*x}
if [ "$w" -ge 1200 ] && [ "$h" -ge 750 ]; then ok "first window $first (at least 1200x750)"; else fail "first window $first, under 1200x750"; fi

# 2. resize as a user does (through the window manager), close with the close button, reopen
xdotool windowsize "$win" 1300 820
sleep 2
resized=$(size)
wmctrl -i -c "$win"
ended
[ "$status" = 0 ] && ok "closed with the window manager's close button (exit 0)" || fail "close exit status $status"
start
again=$(size)
[ "$again" = "$resized" ] && ok "reopened at its new size $again" || fail "resized to $resized, reopened at $again"

# 3. maximise; a file chooser must not change that
wmctrl -i -r "$win" -b add,maximized_vert,maximized_horz
sleep 2
before=$(size)
[ "$(maximised)" = yes ] && ok "maximised at $before" || fail "did not maximise"
keeps_maximised ctrl+i 'Import bundle' "the file chooser"
keeps_maximised ctrl+comma '^Preferences' "Preferences"

# 4. SIGTERM: a clean exit, no crash log
kill -TERM "$app"
ended
[ "$status" = 0 ] && ok "SIGTERM: exit 0" || fail "SIGTERM: exit status $status"
if ls "$work"/hs_err_pid*.log >/dev/null 2>&1; then fail "a JVM crash log was written"; else ok "no hs_err_pid*.log"; fi

# 5. it comes back maximised
start
[ "$(maximised)" = yes ] && ok "reopened maximised" || fail "reopened not maximised ($(size))"
wmctrl -i -c "$win"
ended
app=""
grep -E "release list first shown" "$work/app.log" | sed 's/^/info /'
[ "$fails" = 0 ] || { echo "$fails check(s) failed; the app's output is in $work/app.log"; exit 1; }
