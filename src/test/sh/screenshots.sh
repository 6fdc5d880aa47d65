#!/usr/bin/env bash
# Retakes the README's screenshots from the real app: run inside an X server with a window manager, e.g.
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/screenshots.sh target/presskit.jar docs
# English (Hong Kong) and Traditional Chinese windows on a new library (the sample release), and the
# preview pane cut from the English one; and the side-by-side editor on the tests' bilingual family (the sample
# with its English version), after a word typed into the English headline. Each app is closed with SIGTERM.
set -eu
jar=$(readlink -f "$1")
out=$(readlink -f "$2")
. "$(dirname "$(readlink -f "$0")")/app-under-x.sh"
with_window_manager

shot() { # language, file
    mkdir -p "$work/$1"
    printf 'ui.language=%s\nwindow.x=80\nwindow.y=50\nwindow.width=1440\nwindow.height=900\n' "$1" > "$work/$1/settings.properties"
    start_app "$jar" "$work/$1/settings.properties" "$work/$1/library.db" "$work/$1/app.log"
    sleep 12 # the preview renders its first page
    win=$(window_named Presskit)
    import -window "$win" "$2"
    stop_app
}

shot en-HK "$out/main-window.png"
shot zh-Hant-HK "$out/main-window-zh.png"
# the preview pane: the right part of the English window, below the toolbar
w=$(identify -format '%w' "$out/main-window.png")
h=$(identify -format '%h' "$out/main-window.png")
convert "$out/main-window.png" -crop "$((w * 40 / 100 - 8))x$((h - 125))+$((w * 60 / 100 + 8))+88" +repage "$out/preview.png"

# the side-by-side editor: the family imported by the command line, the app placed where the clicks below expect it
repo=$(cd "$(dirname "$0")/../../.." && pwd)
mkdir -p "$work/family"
cp -r "$repo/assets/sample/." "$work/family/bundle"
cp "$repo/src/test/resources/io/presskit/bundle/family/release.json" "$work/family/bundle/release.json"
java -jar "$jar" import "$work/family/bundle" --db "$work/family/library.db" > /dev/null
printf 'ui.language=en-HK\nwindow.x=40\nwindow.y=30\nwindow.width=1520\nwindow.height=940\nwindow.dividers=0.16,0.74\n' \
    > "$work/family/settings.properties"
start_app "$jar" "$work/family/settings.properties" "$work/family/library.db" "$work/family/app.log"
sleep 6
xdotool mousemove 370 144 click 1; sleep 2   # the 中 version
xdotool mousemove 619 181 click 1; sleep 4   # the Side by side tab
xdotool mousemove 927 330 click 1; sleep 0.5 # the English headline: a word added makes the Chinese one stale
xdotool key ctrl+End; xdotool type --delay 80 " in 2024"; sleep 5
win=$(window_named Presskit)
import -window "$win" "$out/side-by-side.png"
stop_app
