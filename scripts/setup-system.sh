#!/usr/bin/env bash
# Installs the system packages Masklet's build, tests and GUI need, when they are missing (Debian/Ubuntu).
#   GTK 3 for SWT; Xvfb + xauth to run UI tests headless, libXtst for their mouse clicks; npm to fetch the default model;
#   imagemagick for screenshots of the running product; ffmpeg (the command) for the media tests' H.265 and
#   B-frame files, which JavaCV's LGPL FFmpeg cannot encode (x265/x264 are GPL; Masklet decodes with JavaCV's own);
#   opencv-doc for its sample photographs (data/*.jpg, the alpha-matting plant with its real matte), which the
#   realistic tracking benchmark and its CI test compose their clips from.
set -euo pipefail
need=()
for p in libgtk-3-0 libxtst6 xvfb xauth imagemagick ffmpeg npm opencv-doc; do
  if [ "$p" = npm ] && command -v npm >/dev/null; then continue; fi
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
[ ${#need[@]} -eq 0 ] && exit 0
echo "masklet: installing system packages: ${need[*]}" >&2
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
