#!/usr/bin/env bash
# Re-derives the photos in public/images/ from Debian's python3-skimage package (scikit-image's
# sample data). The build and the tests never run this: the files are committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download python3-skimage && dpkg -x python3-skimage_*.deb x)
data="$work/x/usr/lib/python3/dist-packages/skimage/data"
for name in chelsea camera brick; do
  cp "$data/$name.png" "public/images/$name.png"
done
sha256sum public/images/*.png
