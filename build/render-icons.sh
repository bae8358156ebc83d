#!/usr/bin/env bash
# Renders build/icon.svg into the PNGs electron-builder packs: icon.png (1024 px, from which it
# makes the macOS .icns and the Windows .ico) and icons/NxN.png for the Linux desktop file.
# Needs rsvg-convert (Debian: apt-get install -y librsvg2-bin). Commit the PNGs it writes.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v rsvg-convert >/dev/null; then
  echo "render-icons: rsvg-convert is missing; install it with: apt-get install -y librsvg2-bin" >&2
  exit 1
fi

rsvg-convert --width 1024 --height 1024 icon.svg --output icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" icon.svg --output "icons/${size}x${size}.png"
done
echo "render-icons: wrote build/icon.png and build/icons/NxN.png (16 to 512)"
