#!/usr/bin/env bash
# The README's screenshot of the import preview, taken from the real app: run inside an X server, e.g.
#   xvfb-run -a -s '-screen 0 1600x1000x24' src/test/sh/import-preview-shot.sh target/presskit.jar docs
# Opens File › Import document… (Ctrl+Shift+I) on a new library, types the path of an English release into the
# system file chooser, and takes the preview window. The app is closed with SIGTERM.
set -eu
jar=$(readlink -f "$1")
out=$(readlink -f "$2")
. "$(dirname "$(readlink -f "$0")")/app-under-x.sh"
with_window_manager
cat > "$work/harbour.txt" <<'TEXT'
Harbour Robotics Ltd.

PRESS RELEASE
EMBARGOED UNTIL 09:00 EDT, 15 March 2027

Harbour Robotics Opens Its Test Pool
A pool where underwater robots learn to dive

- Two million litres, eight metres deep
- Open to start-ups from April

BOSTON, March 15, 2027 – Harbour Robotics today opened a test pool for underwater robots
at its Boston works.

The pool holds two million litres and is open to start-ups.

Visitors' day: 20 March.

Photo 1: The test pool on opening day. (Photo: Kim Chan / Harbour Robotics)

###

Interviews can be arranged on request.

About Harbour Robotics
Harbour Robotics builds robots that work under water.

Media enquiries:
Alex Wong
Harbour Robotics
+1 617 555 0199
alex.wong@harbour-robotics.com
TEXT
printf 'ui.language=en-HK\nwindow.x=40\nwindow.y=30\nwindow.width=1500\nwindow.height=940\n' > "$work/settings.properties"
start_app "$jar" "$work/settings.properties" "$work/library.db" "$work/app.log"
sleep 3
win=$(window_named Presskit)
xdotool windowactivate --sync "$win" key ctrl+shift+i
chooser=$(wait_window 'Import document')
sleep 1
xdotool windowactivate --sync "$chooser"
sleep 0.5
xdotool key ctrl+l
sleep 1
xdotool type --delay 20 "$work/harbour.txt"
sleep 0.5
xdotool key Return
preview=$(wait_window 'Import preview')
sleep 2
import -window "$preview" "$out/import-preview.png"
xdotool windowactivate --sync "$preview" key Escape
sleep 1
stop_app
