#!/usr/bin/env bash
# Tests the installed product's headless interface (dist/masklet/masklet-cli) as users script it:
# flags, JSON output, exit codes and one-line messages on bad input.
#   tests/cli-test.sh DIST_DIR
set -uo pipefail
dist="${1:-dist/masklet}"
cli="$dist/masklet-cli"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # name, command status (0 = ok)
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}

out=$("$cli" --version 2>&1); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^masklet [0-9]+\.[0-9]+\.[0-9]+'; check "--version prints the version ($out)" $?

"$cli" sample --out "$work/clip é.mp4" --frames 12 >/dev/null 2>"$work/err"; check "sample writes a video" $?

out=$("$cli" info --video "$work/clip é.mp4" 2>"$work/err"); rc=$?
echo "$out" | node -e '
  const o = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const ok = o.frames === 12 && o.width === 640 && o.height === 360 && o.codec === "h264" && o.rotation === 0 && Math.abs(o.fps - 25) < 0.01;
  process.exit(ok ? 0 : 1);'
check "info prints frames, fps, width, height, codec, rotation as JSON ($out)" $(( rc | $? ))

printf 'not a video\n' > "$work/notes.mp4"
"$cli" info --video "$work/notes.mp4" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -ne 0 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q "notes.mp4" "$work/err" && grep -q "Invalid data found" "$work/err" \
  && ! grep -q '[^[:print:][:space:]]' "$work/err" && [ ! -s "$work/out" ]
check "info on a text file: non-zero exit, one-line message naming the file ($(cat "$work/err"))" $?

"$cli" info --video "$work/missing.mp4" >/dev/null 2>"$work/err"; rc=$?
[ $rc -ne 0 ] && grep -q "missing.mp4" "$work/err"; check "info on a missing file fails clearly" $?

"$cli" info >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] && grep -q -- "--video" "$work/err"; check "a missing option is a usage error (exit 2)" $?

"$cli" frobnicate >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ]; check "an unknown command is a usage error (exit 2)" $?

# segment: a drawn disk from one click, compared with the disk drawn as a mask
convert -size 640x480 xc:'#c8c8c3' -fill '#283c96' -draw 'circle 220,250 310,250' "$work/disk.png"
convert -size 640x480 xc:black -fill white -draw 'circle 220,250 310,250' -depth 8 gray:"$work/truth.raw"
out=$("$cli" segment --image "$work/disk.png" --point 220,250,1 --out "$work/mask.png" 2>"$work/err"); rc=$?
convert "$work/mask.png" -depth 8 gray:"$work/mask.raw" 2>/dev/null
iou=$(node -e '
  const fs = require("fs"); const a = fs.readFileSync(process.argv[1]), b = fs.readFileSync(process.argv[2]);
  let i = 0, u = 0; for (let k = 0; k < a.length; k++) { const x = a[k] > 127, y = b[k] > 127; if (x && y) i++; if (x || y) u++; }
  console.log(a.length === b.length && u ? (i / u).toFixed(4) : 0);' "$work/mask.raw" "$work/truth.raw")
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^score [0-9.]+$' && [ "$(identify -format %wx%h "$work/mask.png")" = 640x480 ] \
  && node -e "process.exit($iou > 0.95 ? 0 : 1)"
check "segment: one click on a drawn disk, mask at image size, IoU $iou > 0.95 ($out)" $?

"$cli" segment --image "$work/disk.png" --box 120,150,320,350 --point 50,50,0 --out "$work/box.png" >/dev/null 2>"$work/err"
check "segment with a box and a negative point" $?

"$cli" segment --image "$work/nope.png" --point 1,1,1 --out "$work/x.png" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "nope.png" "$work/err"; check "segment on a missing image fails clearly" $?

"$cli" segment --image "$work/disk.png" --point 1,1 --out "$work/x.png" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] && grep -q -- "--point" "$work/err"; check "segment with a malformed point is a usage error" $?

out=$("$cli" models 2>&1); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^mobilesam	ok	'; check "models lists the default model as ok" $?

echo "cli: $passed passed, $failed failed"
[ $failed -eq 0 ]
