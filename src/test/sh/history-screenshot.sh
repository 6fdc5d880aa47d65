#!/usr/bin/env bash
# Takes the README's screenshot of the history comparison from the real app: run inside an X server, e.g.
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/history-screenshot.sh target/presskit.jar docs
# A new library's sample release gets two revisions by two officers (MakeHistory.java); the app opens on it, and
# Ctrl+Shift+H opens the history, which compares the newest revision with the one before.
set -eu
jar=$(readlink -f "$1")
out=$(readlink -f "$2")
here=$(dirname "$(readlink -f "$0")")
. "$(dirname "$(readlink -f "$0")")/app-under-x.sh"
with_window_manager

java -Duser.name=ho -cp "$jar" "$here/MakeHistory.java" "$work/library.db"
printf 'ui.language=en-HK\nuser.name=陳主任\nwindow.x=40\nwindow.y=30\nwindow.width=1500\nwindow.height=930\n' \
    > "$work/settings.properties"
start_app "$jar" "$work/settings.properties" "$work/library.db" "$work/app.log"
sleep 4
win=$(window_named Presskit)
xdotool windowactivate --sync "$win"
xdotool key ctrl+shift+h # XTEST: JavaFX ignores keys sent to a window
hist=$(wait_window 'History of release') || { import -window root "$out/history-failed.png"; cat "$work/app.log"; exit 1; }
sleep 3
import -window "$hist" "$out/history-comparison.png"
stop_app
