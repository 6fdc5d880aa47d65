#!/usr/bin/env bash
# Retakes the README's screenshots from the real app: run inside an X server with a window manager, e.g.
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/screenshots.sh target/presskit.jar docs
# English (Hong Kong) and Traditional Chinese windows on a new library (the sample release), and the
# preview pane cut from the English one. Each app is closed with SIGTERM.
set -eu
jar=$(readlink -f "$1")
out=$(readlink -f "$2")
work=$(mktemp -d)
openbox >/dev/null 2>&1 &
wm=$!
trap 'kill $wm 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

shot() { # language, file
    mkdir -p "$work/$1"
    printf 'ui.language=%s\nwindow.x=80\nwindow.y=50\nwindow.width=1440\nwindow.height=900\n' "$1" > "$work/$1/settings.properties"
    PRESSKIT_TIMING=1 java -Dpresskit.settings="$work/$1/settings.properties" -jar "$jar" --db "$work/$1/library.db" \
        > "$work/$1/app.log" 2>&1 &
    app=$!
    for _ in $(seq 1 240); do grep -q "release list first shown" "$work/$1/app.log" && break; sleep 0.5; done
    sleep 12 # the preview renders its first page
    win=$(xdotool search --onlyvisible --name '^Presskit' | head -1)
    import -window "$win" "$2"
    kill -TERM "$app"
    wait "$app"
}

shot en-HK "$out/main-window.png"
shot zh-Hant-HK "$out/main-window-zh.png"
# the preview pane: the right part of the English window, below the toolbar
w=$(identify -format '%w' "$out/main-window.png")
h=$(identify -format '%h' "$out/main-window.png")
convert "$out/main-window.png" -crop "$((w * 40 / 100 - 8))x$((h - 125))+$((w * 60 / 100 + 8))+88" +repage "$out/preview.png"
