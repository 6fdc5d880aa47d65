#!/usr/bin/env bash
# Takes the README's screenshot of the history comparison from the real app: run inside an X server, e.g.
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/history-screenshot.sh target/presskit.jar docs
# A new library's sample release gets two revisions by two officers (MakeHistory.java); the app opens on it, and
# Ctrl+Shift+H opens the history, which compares the newest revision with the one before.
set -eu
jar=$(readlink -f "$1")
out=$(readlink -f "$2")
here=$(dirname "$(readlink -f "$0")")
work=$(mktemp -d)
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

java -Duser.name=ho -cp "$jar" "$here/MakeHistory.java" "$work/library.db"
printf 'ui.language=en-HK\nuser.name=陳主任\nwindow.x=40\nwindow.y=30\nwindow.width=1500\nwindow.height=930\n' \
    > "$work/settings.properties"
PRESSKIT_TIMING=1 java -Dpresskit.settings="$work/settings.properties" -jar "$jar" --db "$work/library.db" \
    > "$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 240); do grep -q "release list first shown" "$work/app.log" && break; sleep 0.5; done
sleep 4
win=$(xdotool search --onlyvisible --name '^Presskit' | head -1)
xdotool windowactivate --sync "$win"
xdotool key ctrl+shift+h # XTEST: JavaFX ignores keys sent to a window
for _ in $(seq 1 40); do hist=$(xdotool search --onlyvisible --name '^History of release' | head -1 || true); [ -n "$hist" ] && break; sleep 0.5; done
sleep 3
[ -n "$hist" ] || { import -window root "$out/history-failed.png"; cat "$work/app.log"; }
import -window "$hist" "$out/history-comparison.png"
kill -TERM "$app"
wait "$app"
