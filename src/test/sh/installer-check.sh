#!/usr/bin/env bash
# The Debian installer checked as a user meets it, on this machine, as root:
#   build (mvn -Pinstaller package) -> dpkg -i -> `presskit --help` and `presskit list` from PATH with no Java
#   anywhere (the system JDK hidden) -> a kit exported by the installed CLI -> the menu entry validated and
#   its Exec line started under Xvfb with openbox, screenshot taken -> an upgrade keeps the library ->
#   dpkg -r -> leftovers listed (only the user's library and settings may remain).
# A throwaway user runs the app, so its home shows exactly what Presskit writes there.
#
#   src/test/sh/installer-check.sh [--no-build]      (output and screenshot in target/installer-check/)
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
out=$root/target/installer-check
user=presskit-check
rm -rf "$out"
mkdir -p "$out"

fail() { echo "FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

[ "$(id -u)" = 0 ] || fail "run as root (dpkg -i, a throwaway user, a private mount namespace)"
dpkg -s presskit >/dev/null 2>&1 && fail "presskit is installed already; remove it first (dpkg -r presskit)"

step "tools"
need=""
for t in fakeroot:fakeroot dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils xvfb-run:xvfb \
         xauth:xauth openbox:openbox import:imagemagick wmctrl:wmctrl pdftotext:poppler-utils; do
  command -v "${t%%:*}" >/dev/null || need="$need ${t#*:}"
done
if [ -n "$need" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $need >/dev/null
fi

if [ "${1:-}" != --no-build ]; then
  step "mvn -Pinstaller package"
  mvn -B -q -Pinstaller -DskipTests -Dcds.skip=true package
fi
deb=$(ls "$root"/target/installer/presskit_*.deb | head -1)
[ -f "$deb" ] || fail "no .deb under target/installer"
echo "$deb ($(du -h "$deb" | cut -f1))"

snapshot() { # every path outside homes, temp folders, logs and dpkg's own records
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /var/tmp \
       -o -path /var/log -o -path /var/cache -o -path /var/lib/dpkg -o -path /var/lib/apt -o -path /home \
       -o -path /root -o -path /work \) -prune -o -print | sort
}
step "file system before"
snapshot > "$out/before.txt"

userdel -r "$user" >/dev/null 2>&1 || true
useradd -m -s /bin/bash "$user"
home=$(getent passwd "$user" | cut -d: -f6)
as_user() { runuser -u "$user" -- env -i HOME="$home" USER="$user" LANG=C.UTF-8 PATH="$1" "${@:2}"; }

step "dpkg -i"
dpkg -i "$deb"
[ "$(readlink -f /usr/bin/presskit)" = /opt/presskit/bin/presskit ] || fail "/usr/bin/presskit is not the launcher"
[ -s /opt/presskit/lib/app/presskit.jsa ] || fail "postinst made no class-data archive"

step "the CLI from PATH, no Java on PATH, the system JDK hidden (private mount namespace)"
bin=$(mktemp -d) && chmod 755 "$bin" && ln -s /usr/bin/presskit "$bin/presskit"
no_java() { unshare -m sh -c 'mount -t tmpfs none /usr/lib/jvm && exec "$@"' sh "$@"; }
no_java runuser -u "$user" -- env -i HOME="$home" LANG=C.UTF-8 PATH="$bin" /bin/sh -c \
  'command -v java && exit 9; [ -z "$(/bin/ls -A /usr/lib/jvm)" ] || exit 8; echo "no java on PATH, /usr/lib/jvm empty"' \
  > "$out/no-java.txt" 2>&1 || fail "java is reachable in the test shell: $(cat "$out/no-java.txt")"
cat "$out/no-java.txt"
no_java runuser -u "$user" -- env -i HOME="$home" LANG=C.UTF-8 PATH="$bin" presskit --help > "$out/help.txt"
head -3 "$out/help.txt"
grep -q "presskit export ID --out FILE.pdf" "$out/help.txt" || fail "presskit --help"
no_java runuser -u "$user" -- env -i HOME="$home" LANG=C.UTF-8 PATH="$bin" presskit list > "$out/list.txt"
cat "$out/list.txt"
grep -qP '^1\tdraft\t匯聚八百頂尖國際學者' "$out/list.txt" || fail "presskit list does not show the sample release"
no_java runuser -u "$user" -- env -i HOME="$home" LANG=C.UTF-8 PATH="$bin" \
  presskit export 1 --out "$home/kit.pdf"
pdftotext "$home/kit.pdf" "$out/kit.txt"
grep -q "即時發布" "$out/kit.txt" || fail "the kit exported by the installed CLI lacks its Chinese text"
pdftoppm -r 40 -png -f 1 -l 1 "$home/kit.pdf" "$out/kit"
echo "kit: $(pdfinfo "$home/kit.pdf" | grep Pages)"
as_user "$bin" /usr/bin/env JAVA_TOOL_OPTIONS=-Xshare:on presskit --help >/dev/null 2>&1 \
  || fail "the installed launcher does not map its class-data archive"
echo "class-data archive: mapped (-Xshare:on accepted)"

step "the menu entry"
entry=/usr/share/applications/presskit.desktop
[ -f "$entry" ] || fail "no $entry"
desktop-file-validate "$entry" && echo "desktop-file-validate: clean"
cat "$entry"
icon=$(sed -n 's/^Icon=//p' "$entry")
[ -s "$icon" ] || fail "the icon $icon is missing"
exec_line=$(sed -n 's/^Exec=//p' "$entry")

step "the app from the menu entry's Exec line, under Xvfb + openbox"
cat > "$out/session.sh" <<EOF
#!/bin/sh
openbox >/dev/null 2>&1 &
wm=\$!
sleep 1
PRESSKIT_TIMING=1 $exec_line > "$out/app.log" 2>&1 &
app=\$!
i=0
while ! grep -q "release list first shown" "$out/app.log" && [ \$i -lt 120 ]; do sleep 1; i=\$((i+1)); done
sleep 4
wmctrl -lG > "$out/windows.txt"
# The window as it opened, then maximised so that the screenshot shows the whole of it.
wmctrl -r Presskit -b add,maximized_vert,maximized_horz
sleep 2
import -window root "$out/app.png"
kill \$app; wait \$app 2>/dev/null
kill \$wm
EOF
chmod 755 "$out/session.sh" && chmod 777 "$out"
as_user "$bin:/usr/bin:/bin" xvfb-run -a -s "-screen 0 1600x1000x24" "$out/session.sh"
grep "presskit:" "$out/app.log" || fail "the app did not show its release list: $(cat "$out/app.log")"
grep -q "Presskit" "$out/windows.txt" || fail "no Presskit window: $(cat "$out/windows.txt")"
echo "windows: $(cat "$out/windows.txt")"
echo "screenshot: $out/app.png"

step "upgrade (the same package as version 0.1.0-2): the library stays"
as_user "$bin" presskit export-bundle 1 --out "$home/bundle" >/dev/null
as_user "$bin" presskit import "$home/bundle" >/dev/null
as_user "$bin" presskit list > "$out/list-before-upgrade.txt"
up=$(mktemp -d)
dpkg-deb -R "$deb" "$up/x"
sed -i 's/^Version: .*/Version: 0.1.0-2/' "$up/x/DEBIAN/control"
dpkg-deb -Zgzip -b "$up/x" "$up/presskit-upgrade.deb" >/dev/null
dpkg -i "$up/presskit-upgrade.deb"
rm -rf "$up"
[ -s /opt/presskit/lib/app/presskit.jsa ] || fail "no class-data archive after the upgrade"
as_user "$bin" presskit list > "$out/list-after-upgrade.txt"
diff "$out/list-before-upgrade.txt" "$out/list-after-upgrade.txt" || fail "the library changed across the upgrade"
echo "library across the upgrade: $(wc -l < "$out/list-after-upgrade.txt") releases, unchanged"

step "dpkg -r"
dpkg -r presskit
snapshot > "$out/after.txt"
diff "$out/before.txt" "$out/after.txt" > "$out/leftovers.txt" || true
if [ -s "$out/leftovers.txt" ]; then
  echo "left behind outside homes:"; cat "$out/leftovers.txt"; fail "dpkg -r left files behind"
fi
echo "outside homes: nothing left behind"
[ ! -e /usr/bin/presskit ] && [ ! -e /opt/presskit ] && [ ! -e "$entry" ] || fail "package files remain"
echo "in the user's home, what Presskit wrote (kit.pdf and bundle/ are this script's):"
(cd "$home" && find . -mindepth 1 \( -name kit.pdf -o -path ./bundle \) -prune -o -type f -print | sort) > "$out/home.txt"
cat "$out/home.txt"
grep -q '^./.local/share/presskit/library.db$' "$out/home.txt" || fail "the user's library is gone"
# Allowed: the library, the settings (java.util.prefs), the account's skeleton files, and the caches that GTK
# (dconf), Mesa (shader cache) and openbox keep for any program on the display.
unexpected=$(grep -vE '^\./\.local/share/presskit/|^\./\.java/\.userPrefs/|^\./\.(bashrc|profile|bash_logout)$|^\./\.cache/(dconf|mesa_shader_cache|openbox)/' "$out/home.txt" || true)
[ -z "$unexpected" ] || fail "unexpected files in the user's home: $unexpected"
userdel -r "$user" >/dev/null 2>&1 || true
rm -rf "$bin"
echo
echo "installer check: passed (details in $out)"
