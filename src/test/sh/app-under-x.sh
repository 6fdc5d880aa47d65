# Sourced by the scripts that drive the real app inside an X server (screenshots): a window manager, the app
# started on a settings file and a library and waited for, its window found, and SIGTERM to close it.

# openbox for the session, and a work folder; both go when the script exits.
with_window_manager() {
    work=$(mktemp -d)
    openbox >/dev/null 2>&1 &
    wm=$!
    trap 'kill $wm 2>/dev/null; rm -rf "$work"' EXIT
    sleep 1
}

# start_app JAR SETTINGS LIBRARY LOG: the app, until its release list has shown; its pid in $app.
start_app() {
    PRESSKIT_TIMING=1 java -Dpresskit.settings="$2" -jar "$1" --db "$3" > "$4" 2>&1 &
    app=$!
    for _ in $(seq 1 240); do grep -q "release list first shown" "$4" && return 0; sleep 0.5; done
    echo "the app did not show its release list in 120 s; its log:" >&2
    cat "$4" >&2
    return 1
}

# The first visible window whose title starts with $1 (the main window: Presskit).
window_named() {
    xdotool search --onlyvisible --name "^$1" | head -1
}

# Closes the app as the system does at logout, and waits for it to exit.
stop_app() {
    kill -TERM "$app"
    wait "$app"
}

# wait_window TITLE: waits up to 30 s for a visible window whose title starts with TITLE, and prints its id.
wait_window() {
    for _ in $(seq 1 60); do
        w=$(window_named "$1" || true)
        [ -n "$w" ] && { echo "$w"; return 0; }
        sleep 0.5
    done
    echo "no window \"$1\" in 30 s" >&2
    return 1
}
