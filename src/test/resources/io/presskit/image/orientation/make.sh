#!/bin/sh
# Fixtures for the orientation tests, made with ImageMagick and a few bytes of EXIF written here, never
# with Presskit's own code: o1.jpg … o8.jpg hold the upright 60 × 40 picture (red | green over
# blue | yellow) stored as a camera held at EXIF orientation N writes it, tagged Orientation N;
# phone-portrait.jpg is an upright 1200 × 1800 picture of the same four colours stored sideways
# (1800 × 1200) with Orientation 6, as phones write portrait shots.
# Check: `convert oN.jpg -auto-orient` gives the upright picture back for every N.
set -e
cd "$(dirname "$0")"
quadrants() { # width height → upright.png
  hw=$(($1 / 2)); hh=$(($2 / 2))
  convert -size ${hw}x${hh} xc:'rgb(220,30,30)' -size ${hw}x${hh} xc:'rgb(30,160,60)' +append top.png
  convert -size ${hw}x${hh} xc:'rgb(30,60,200)' -size ${hw}x${hh} xc:'rgb(230,200,40)' +append bottom.png
  convert top.png bottom.png -append upright.png
  rm top.png bottom.png
}
stored() { # orientation → the ImageMagick operator that undoes what the viewer will do
  case $1 in
    1) echo "";; 2) echo "-flop";; 3) echo "-rotate 180";; 4) echo "-flip";;
    5) echo "-transpose";; 6) echo "-rotate -90";; 7) echo "-transverse";; 8) echo "-rotate 90";;
  esac
}
tag() { # orientation src dst: inserts an EXIF APP1 block with the Orientation tag after SOI
  python3 - "$1" "$2" "$3" <<'PY'
import struct, sys
o, src, dst = int(sys.argv[1]), sys.argv[2], sys.argv[3]
data = open(src, 'rb').read()
assert data[:2] == b'\xff\xd8'
tiff = b'MM\x00\x2a' + struct.pack('>I', 8) + struct.pack('>H', 1) \
     + struct.pack('>HHIHH', 0x0112, 3, 1, o, 0) + struct.pack('>I', 0)
payload = b'Exif\x00\x00' + tiff
app1 = b'\xff\xe1' + struct.pack('>H', len(payload) + 2) + payload
open(dst, 'wb').write(data[:2] + app1 + data[2:])
PY
}
quadrants 60 40
for o in 1 2 3 4 5 6 7 8; do
  convert upright.png $(stored $o) +repage -strip -quality 95 plain.jpg
  tag $o plain.jpg o$o.jpg
done
quadrants 1200 1800
convert upright.png $(stored 6) +repage -strip -quality 90 plain.jpg
tag 6 plain.jpg phone-portrait.jpg
rm plain.jpg upright.png
