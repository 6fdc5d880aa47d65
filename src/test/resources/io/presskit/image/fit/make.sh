#!/bin/sh
# JPEG fixtures made with ImageMagick and metadata blocks written byte by byte here, never with
# Presskit's own code:
#   camera.jpg       2400 x 1600 baseline sRGB, as a camera writes it: EXIF (with GPS), XMP, IPTC and a
#                    comment before the frame. Fit for print: a kit must embed its scans untouched.
#   progressive.jpg  800 x 600 progressive: fit for print as well.
#   srgb-profile.jpg 600 x 400 with an embedded sRGB profile: fit for print.
#   adobe-rgb.jpg    600 x 400 with an Adobe RGB (1998) profile: must be converted to sRGB.
set -e
cd "$(dirname "$0")"
ICC=/usr/share/color/icc/ghostscript
convert -size 2400x1600 gradient:'rgb(40,90,160)-rgb(230,180,90)' \
  -fill 'rgb(200,40,40)' -draw 'circle 600,500 600,820' -fill 'rgb(20,140,80)' -draw 'rectangle 1500,900 2200,1400' \
  -strip -quality 90 -interlace none plain.jpg
python3 - plain.jpg camera.jpg <<'PY'
import struct, sys
src, dst = sys.argv[1], sys.argv[2]
data = open(src, 'rb').read()
assert data[:2] == b'\xff\xd8'
def seg(marker, payload):
    return bytes([0xff, marker]) + struct.pack('>H', len(payload) + 2) + payload
# EXIF: IFD0 with Orientation 1 and a GPS IFD pointer; GPS IFD with latitude ref N.
ifd0_off = 8
gps_off = ifd0_off + 2 + 2 * 12 + 4
tiff = b'MM\x00\x2a' + struct.pack('>I', ifd0_off)
tiff += struct.pack('>H', 2)
tiff += struct.pack('>HHIHH', 0x0112, 3, 1, 1, 0)
tiff += struct.pack('>HHII', 0x8825, 4, 1, gps_off)
tiff += struct.pack('>I', 0)
tiff += struct.pack('>H', 1) + struct.pack('>HHI', 0x0001, 2, 2) + b'N\x00\x00\x00' + struct.pack('>I', 0)
exif = seg(0xE1, b'Exif\x00\x00' + tiff)
xmp = seg(0xE1, b'http://ns.adobe.com/xap/1.0/\x00' + b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Photographer</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
iptc_record = b'\x1c\x02\x50' + struct.pack('>H', 19) + b'Secret Photographer'
iptc = seg(0xED, b'Photoshop 3.0\x00' + b'8BIM' + struct.pack('>H', 0x0404) + b'\x00\x00' + struct.pack('>I', len(iptc_record)) + iptc_record + b'\x00')
com = seg(0xFE, b'Shot at 22.3193 N 114.1694 E')
open(dst, 'wb').write(data[:2] + exif + xmp + iptc + com + data[2:])
PY
convert -size 800x600 gradient:'rgb(20,120,200)-rgb(250,230,120)' -strip -quality 88 -interlace JPEG progressive.jpg
convert -size 600x400 gradient:'rgb(0,200,60)-rgb(200,20,120)' -strip -quality 90 -profile $ICC/srgb.icc srgb-profile.jpg
convert -size 600x400 gradient:'rgb(0,200,60)-rgb(200,20,120)' -strip -quality 90 -profile $ICC/srgb.icc -profile $ICC/a98.icc adobe-rgb.jpg
rm plain.jpg
