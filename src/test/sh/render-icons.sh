#!/bin/sh
# Renders assets/icons/presskit.svg to the PNG sizes desktops ask for (and a .ico for Windows installers).
# Needs rsvg-convert (Debian: librsvg2-bin) and, for the .ico, ImageMagick's convert.
set -eu
cd "$(dirname "$0")/../../../assets/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" presskit.svg -o "presskit-$size.png"
done
convert presskit-16.png presskit-24.png presskit-32.png presskit-48.png presskit-64.png presskit-256.png presskit.ico
