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

# H.265 with a display matrix (as phones write portrait videos): encoded by Debian's ffmpeg command
# (scripts/setup-system.sh; JavaCV's LGPL FFmpeg has no HEVC encoder), decoded by Masklet's own FFmpeg. The matrix is
# set by remuxing with a rotate tag; Masklet must report what FFmpeg's own players apply: clockwise = -(ffprobe's
# counter-clockwise "rotation"), and the upright size.
ffmpeg -v error -nostdin -y -f lavfi -i testsrc2=size=320x180:rate=25 -frames:v 20 -c:v libx265 -preset ultrafast \
  -x265-params log-level=error -pix_fmt yuv420p "$work/landscape.mp4" \
  && ffmpeg -v error -nostdin -y -i "$work/landscape.mp4" -c copy -metadata:s:v:0 rotate=90 "$work/portrait ü.mp4"
ccw=$(ffprobe -v error -select_streams v:0 -show_streams "$work/portrait ü.mp4" | sed -n 's/^rotation=//p' | head -n 1)
expected=$(( ( (-${ccw:-0}) % 360 + 360 ) % 360 ))
out=$("$cli" info --video "$work/portrait ü.mp4" 2>"$work/err"); rc=$?
echo "$out" | EXPECTED="$expected" node -e '
  const o = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const r = Number(process.env.EXPECTED);
  const ok = (r === 90 || r === 270) && o.frames === 20 && o.codec === "hevc" && o.rotation === r && o.width === 180
    && o.height === 320 && Math.abs(o.fps - 25) < 0.01 && o.variable_frame_rate === false && Math.abs(o.duration - 0.8) < 0.01;
  process.exit(ok ? 0 : 1);'
check "info on a rotated H.265 video: codec hevc, rotation $expected as ffprobe has it, upright size 180x320 ($out)" $(( rc | $? ))

mkdir -p "$work/frames dir"
for i in 1 2 10; do convert -size 64x48 xc:red "$work/frames dir/f$i.png"; done
out=$("$cli" info --frames "$work/frames dir" 2>"$work/err"); rc=$?
echo "$out" | node -e '
  const o = JSON.parse(require("fs").readFileSync(0, "utf8"));
  process.exit(o.frames === 3 && o.width === 64 && o.height === 48 && o.codec === "png" ? 0 : 1);'
check "info --frames on a folder of images ($out)" $(( rc | $? ))

printf 'not a video\n' > "$work/notes.mp4"
"$cli" info --video "$work/notes.mp4" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -ne 0 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q "notes.mp4" "$work/err" && grep -q "Invalid data found" "$work/err" \
  && ! grep -q '[^[:print:][:space:]]' "$work/err" && [ ! -s "$work/out" ]
st=$?  # saved first: a command substitution in check's arguments would reset $?
check "info on a text file: non-zero exit, one-line message naming the file ($(cat "$work/err"))" $st

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

# engine.device=cuda without a usable CUDA (the default product has no CUDA support; the GPU product finds no CUDA
# libraries on a machine without them): the CPU does the work and stderr says why
out=$(JAVA_TOOL_OPTIONS=-Dmasklet.engine.device=cuda "$cli" segment --image "$work/disk.png" --point 220,250,1 \
  --out "$work/cuda.png" 2>"$work/err"); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^score [0-9.]+$' \
  && grep -q '^masklet-cli: note: CUDA requested but not available (.*); running on CPU$' "$work/err"
ok=$? # before the message's $(…) resets it
check "segment with engine.device=cuda falls back to the CPU with a note ($(grep note "$work/err"))" $ok

"$cli" segment --image "$work/nope.png" --point 1,1,1 --out "$work/x.png" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "nope.png" "$work/err"; check "segment on a missing image fails clearly" $?

"$cli" segment --image "$work/disk.png" --point 1,1 --out "$work/x.png" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] && grep -q -- "--point" "$work/err"; check "segment with a malformed point is a usage error" $?

out=$("$cli" models 2>&1); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^mobilesam	ok	'; check "models lists the default model as ok" $?
# the catalogue: the default and the four SAM 2.1 sizes, each with size, speed, licence and whether installed
out=$("$cli" models --available 2>&1); rc=$?
[ $rc -eq 0 ] && [ "$(echo "$out" | wc -l)" -eq 5 ] \
  && echo "$out" | grep -Eq '^mobilesam	installed	45 MB	0\.8 s/frame	' \
  && echo "$out" | grep -Eq '^sam2\.1-hiera-tiny	(not )?installed	190 MB	5\.5 s/frame	Apache-2\.0' \
  && echo "$out" | grep -Eq '^sam2\.1-hiera-large	(not )?installed	946 MB	15\.1 s/frame	'
ok=$? # before the message's $(…) resets it
check "models --available lists the default and the four SAM 2.1 sizes ($(echo "$out" | cut -f1,2 | tr '\t\n' ': '))" $ok
# its last column: whether this build can install the model (the real sizes have no graph templates yet)
echo "$out" | grep -Eq '^mobilesam	.*	installable$' \
  && [ "$(echo "$out" | grep -c '^sam2\.1-hiera-.*	not installable: no graph templates in this build$')" -eq 4 ]
check "models --available says which models this build can install" $?
# models --install NAME without --from: the Java install from the official checkpoint; the four real sizes have no
# graph templates in this build yet, which is said before anything is downloaded (the install itself is tested on
# the micro fixture by Sam2CheckpointDownloadTest)
MASKLET_MODELS="$work/models-ckpt" "$cli" models --install sam2.1-hiera-tiny >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && [ ! -s "$work/out" ] \
  && grep -q '^masklet-cli: sam2.1-hiera-tiny cannot be installed by Masklet yet: its graph templates are not in this build; convert it with models/convert_sam2.py' "$work/err" \
  && [ -z "$(ls -A "$work/models-ckpt" 2>/dev/null)" ]
ok=$? # taken before the message's $(…), which would reset $?
check "models --install NAME (from the checkpoint) says when a size has no templates, nothing installed ($(cat "$work/err"))" $ok

# models --install over real HTTP: a node server on the loopback serves the installed default model under /good/,
# and under /bad/ the same files with one byte of sam.onnx changed
src="${MASKLET_MODELS:-$HOME/.cache/masklet/models}/mobilesam"
node -e '
  const fs = require("fs"), http = require("http"), [dir, portFile] = process.argv.slice(1);
  http.createServer((req, res) => {
    const m = /^\/(good|bad)\/([\w.]+)$/.exec(req.url);
    if (!m || !fs.existsSync(dir + "/" + m[2])) { res.writeHead(404); res.end(); return; }
    const body = fs.readFileSync(dir + "/" + m[2]);
    if (m[1] === "bad" && m[2] === "sam.onnx") body[body.length >> 1] ^= 1;
    res.writeHead(200, {"Content-Length": body.length}); res.end(body);
  }).listen(0, "127.0.0.1", function () { fs.writeFileSync(portFile, String(this.address().port)); });
' "$src" "$work/port" & server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
port=$(cat "$work/port" 2>/dev/null)
MASKLET_MODELS="$work/models" "$cli" models --install mobilesam --from "http://127.0.0.1:$port/good/" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 0 ] && grep -qx "mobilesam	ok	$work/models/mobilesam" "$work/out" && grep -q '^models: encoder.onnx .*(100 %)$' "$work/err" \
  && cmp -s "$src/sam.onnx" "$work/models/mobilesam/sam.onnx" && [ "$(ls -A "$work/models")" = mobilesam ]
ok=$? # before the message's $(…) resets it
check "models --install downloads, verifies and installs the model, progress on stderr ($(tail -n 1 "$work/err"))" $ok
MASKLET_MODELS="$work/models" "$cli" models >"$work/out" 2>&1; rc=$?
[ $rc -eq 0 ] && grep -qx "mobilesam	ok	$work/models/mobilesam" "$work/out"; check "models lists the installed model" $?
MASKLET_MODELS="$work/models2" "$cli" models --install mobilesam --from "http://127.0.0.1:$port/bad/" >"$work/out" 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && tail -n 1 "$work/err" | grep -q '^masklet-cli: sam.onnx from .* sha256 .*nothing was installed$' \
  && [ ! -e "$work/models2/mobilesam" ] && [ ! -s "$work/out" ]
ok=$? # before the message's $(…) resets it
check "models --install with a wrong checksum fails with one line, nothing installed ($(tail -n 1 "$work/err"))" $ok
kill $server 2>/dev/null; wait $server 2>/dev/null
mkdir -p "$work/broken" && cp "$src/model.json" "$src/sam.onnx" "$work/broken/"
MASKLET_MODELS="$work/models3" "$cli" models --import "$work/broken" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q "encoder.onnx is missing" "$work/err" && [ ! -e "$work/models3/mobilesam" ]
ok=$? # before the message's $(…) resets it
check "models --import of a folder without a file names it ($(cat "$work/err"))" $ok
MASKLET_MODELS="$work/models3" "$cli" models --import "$work/broken" --descriptor x >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ]; check "models --import with --descriptor is a usage error (exit 2)" $?
# export: a project for the sample clip with two objects, in the layout the workbench and `track` write (version 2:
# project file + one frame file per annotated frame with the masks as COCO RLE; written by node)
node -e '
  const [w, h] = [640, 360];
  function rle(inside) { // column-major runs, pycocotools compressed counts string
    const runs = []; let cur = 0, n = 0;
    for (let x = 0; x < w; x++) for (let y = 0; y < h; y++) { const v = inside(x, y) ? 1 : 0; if (v !== cur) { runs.push(n); n = 0; cur = v; } n++; }
    runs.push(n);
    let s = "";
    for (let i = 0; i < runs.length; i++) {
      let x = runs[i]; if (i > 2) x -= runs[i - 2]; let more = true;
      while (more) { let c = x & 0x1f; x >>= 5; more = (c & 0x10) ? x !== -1 : x !== 0; if (more) c |= 0x20; s += String.fromCharCode(c + 48); }
    }
    return s;
  }
  const fs = require("fs"), file = process.argv[1], media = {name: "clip é.mp4", width: w, height: h, frames: 12};
  const objects = [
    {track_id: 1, label: "red \"disk\"", frames: [0, 1, 2, 3], inside: (f, x, y) => (x - 100 - 10 * f) ** 2 + (y - 180) ** 2 < 40 * 40},
    {track_id: 2, label: "blue square", frames: [1, 2], inside: (f, x, y) => x >= 400 && x < 460 && y >= 50 + 5 * f && y < 110 + 5 * f}];
  fs.writeFileSync(file, JSON.stringify({format: "masklet-project", version: 2, media, frames_folder: "clip é.mp4.masklet",
    labels: [], objects: objects.map(o => ({track_id: o.track_id, label: o.label})), frame_flags: {}}));
  fs.mkdirSync(file.replace(/\.json$/, ""));
  for (let f = 0; f < 4; f++) {
    const name = "frame_" + String(f).padStart(6, "0");
    const masks = objects.filter(o => o.frames.includes(f)).map(o => ({group_id: o.track_id, label: o.label,
      visibility: "visible", mask: {size: [h, w], counts: rle((x, y) => o.inside(f, x, y))}}));
    fs.writeFileSync(file.replace(/\.json$/, "/") + name + ".json", JSON.stringify({version: "3.0.0", flags: {},
      shapes: [], imagePath: name + ".jpg", imageData: null, imageHeight: h, imageWidth: w,
      masklet: {format: "masklet-frame", version: 1, media: media.name, frame: f, objects: masks}}));
  }' "$work/clip é.mp4.masklet.json"

out=$("$cli" export --list 2>"$work/err"); rc=$?
[ $rc -eq 0 ] && ( for id in coco yolo yolo-seg voc mot mots masks labelme; do echo "$out" | grep -q "^$id	" || exit 1; done )
st=$?
check "export --list names the built-in formats ($(echo "$out" | cut -f1 | tr '\n' ' '))" $st

out=$("$cli" export --project "$work/clip é.mp4.masklet.json" --format coco --out "$work/coco" --range 1:2 --images 2>"$work/err"); rc=$?
echo "$out" | node -e '
  const s = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const c = JSON.parse(require("fs").readFileSync(process.argv[1] + "/coco/annotations.json", "utf8"));
  const ok = s.format === "coco" && s.frames === 2 && c.images.length === 2 && c.annotations.length === 4
    && c.categories[0].name === "red \"disk\"" && c.annotations.every(a => a.track_id >= 1);
  process.exit(ok ? 0 : 1);' "$work"
[ $(( rc | $? )) -eq 0 ] && [ -s "$work/coco/images/frame_000001.jpg" ] && [ -s "$work/coco/images/frame_000002.jpg" ] \
  && [ ! -e "$work/coco/images/frame_000000.jpg" ]
check "export coco --range 1:2 --images writes annotations.json and the two frames ($out)" $?

"$cli" export --project "$work/clip é.mp4.masklet.json" --format mot --out "$work/mot" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 0 ] && grep -qx "frameRate=25" "$work/mot/seqinfo.ini" && [ "$(wc -l < "$work/mot/gt/gt.txt")" -eq 6 ]
check "export mot writes gt.txt and seqinfo.ini with the video's frame rate" $?

"$cli" export --project "$work/clip é.mp4.masklet.json" --format yolo --out "$work/yolo" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 0 ] && grep -q '^  0: "red \\"disk\\""$' "$work/yolo/data.yaml" && [ -s "$work/yolo/labels/frame_000003.txt" ]
check "export yolo writes data.yaml and labels" $?

# stderr carries only Masklet's own lines (no native library's version warning): OpenCV is loaded by the exports above
! grep -v '^masklet-cli: ' "$work/err"; check "export's stderr has only masklet-cli lines" $?

# damaged and odd frame files among good ones: each skipped with one warning line, the rest exported, exit 0, every
# input file byte-identical afterwards
dmg="$work/damaged"; mkdir -p "$dmg"; cp "$work/clip é.mp4" "$dmg/clip é.mp4"; cp "$work/clip é.mp4.masklet.json" "$dmg/"
cp -r "$work/clip é.mp4.masklet" "$dmg/"; f="$dmg/clip é.mp4.masklet"
head -c 300 "$f/frame_000001.json" > "$f/cut.json"; mv "$f/cut.json" "$f/frame_000001.json"      # truncated JSON
sed 's/"size":\[360,640\]/"size":[360,641]/' "$f/frame_000002.json" > "$f/x"; mv "$f/x" "$f/frame_000002.json" # RLE not matching its size
printf '{"version":"2.4.0","flags":{},"shapes":[{"label":"dog","points":[["a","b"],[3,4]],"group_id":null,"shape_type":"rectangle","flags":{}}],"imagePath":"x.jpg","imageData":null,"imageHeight":360,"imageWidth":640}' > "$f/frame_000005.json"
mkdir "$f/frame_000006.json"                                                                       # a folder
sed 's/"frame":3/"frame":40/' "$f/frame_000003.json" > "$f/frame_000040.json"                     # beyond the 12 frames
before=$(cd "$dmg" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
out=$("$cli" export --project "$dmg/clip é.mp4.masklet.json" --format coco --out "$work/dmg-coco" 2>"$work/err"); rc=$?
after=$(cd "$dmg" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
echo "$out" | node -e '
  const s = JSON.parse(require("fs").readFileSync(0, "utf8"));
  process.exit(s.skipped === 5 && s.frames === 2 ? 0 : 1);'
st=$?
[ $rc -eq 0 ] && [ $st -eq 0 ] && [ "$(grep -c '^masklet-cli: warning: skipped ' "$work/err")" -eq 5 ] \
  && grep -q 'skipped frame_000001.json: not complete JSON' "$work/err" && grep -q 'skipped frame_000002.json: the mask of object' "$work/err" \
  && grep -q "skipped frame_000005.json: shape 1: a point's x and y must be numbers" "$work/err" \
  && grep -q 'skipped frame_000006.json: a folder, not a file' "$work/err" \
  && grep -q "skipped frame_000040.json: frame 41 (index 40) is beyond the media's 12 frames" "$work/err" \
  && ! grep -v '^masklet-cli: ' "$work/err" && ! grep -qi -E 'http|exception|com\.google' "$work/err" \
  && [ "$before" = "$after" ] && [ -d "$f/frame_000006.json" ]
ok=$? # before the message's $(…) resets it
check "export of a project with damaged frame files exports the rest, one warning per skipped file, files untouched ($out; $(grep -c skipped "$work/err") warnings)" $ok

# a damaged project file is rebuilt from the frame files; without frame files it is refused in one line
head -c 50 "$work/clip é.mp4.masklet.json" > "$dmg/clip é.mp4.masklet.json"
before=$(sha256sum "$dmg/clip é.mp4.masklet.json")
out=$("$cli" export --project "$dmg/clip é.mp4.masklet.json" --format coco --out "$work/dmg-coco2" 2>"$work/err"); rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q '"skipped":6' && grep -q 'warning: skipped clip é.mp4.masklet.json: .*rebuilt from the frame files' "$work/err" \
  && [ "$before" = "$(sha256sum "$dmg/clip é.mp4.masklet.json")" ] && ! grep -v '^masklet-cli: ' "$work/err"
check "export with a damaged project file rebuilds it from the frame files ($out)" $?
mkdir -p "$work/lone"; printf '{"format": "masklet-project", "version": 2, "media": ' > "$work/lone/v.mp4.masklet.json"
"$cli" export --project "$work/lone/v.mp4.masklet.json" --format coco --out "$work/x" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q 'v.mp4.masklet.json: is not a valid Masklet project file: not complete JSON' "$work/err" \
  && ! grep -qi -E 'http|exception' "$work/err"
ok=$? # before the message's $(…) resets it
check "export of a damaged project file without frame files is refused in one line ($(cat "$work/err"))" $ok

"$cli" export --project "$work/clip é.mp4.masklet.json" --format nope --out "$work/x" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 2 ] && grep -q "unknown format 'nope'" "$work/err" && grep -q "coco" "$work/err"
check "export with an unknown format is a usage error listing the formats (exit 2)" $?

"$cli" export --project "$work/missing.masklet.json" --format coco --out "$work/x" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && grep -q "missing.masklet.json" "$work/err" && [ "$(wc -l < "$work/err")" -eq 1 ]
check "export of a missing project fails with a one-line message (exit 1)" $?

# X-AnyLabeling's multi-object-tracking layout (version 2.4.0: four-corner rectangles with group ids, score,
# kie_linking, visible), renamed frame_000000.json into the frames folder of a one-frame video, no project file:
# every box is exported as a track in MOT, COCO and LabelMe
xa="$work/xany"; mkdir -p "$xa/clip.mp4.masklet"; "$cli" sample --out "$xa/clip.mp4" --frames 1 >/dev/null 2>&1
node -e '
  const shapes = [];
  for (let i = 22; i >= 1; i--) { const x = 5 + 27 * i, y = 40 + 9 * (i % 5), w = 20.5, h = 44.25;
    shapes.push({label: i % 5 ? "person" : "car", score: 0.5, points: [[x, y], [x + w, y], [x + w, y + h], [x, y + h]],
      group_id: i, description: null, difficult: false, shape_type: "rectangle", flags: {}, attributes: {}, kie_linking: [], visible: false}); }
  require("fs").writeFileSync(process.argv[1], JSON.stringify({version: "2.4.0", flags: {}, shapes, imagePath: "Bangkok-0.jpg",
    imageData: null, imageHeight: 360, imageWidth: 640}, null, 2));' "$xa/clip.mp4.masklet/frame_000000.json"
sum_before=$(sha256sum "$xa/clip.mp4.masklet/frame_000000.json")
ok=0
"$cli" export --project "$xa/clip.mp4.masklet.json" --format mot --out "$xa/mot" >"$work/out" 2>"$work/err" || ok=1
[ "$(wc -l < "$xa/mot/gt/gt.txt")" -eq 22 ] || ok=1
"$cli" export --project "$xa/clip.mp4.masklet.json" --format coco --out "$xa/coco" >/dev/null 2>>"$work/err" || ok=1
"$cli" export --project "$xa/clip.mp4.masklet.json" --format labelme --out "$xa/labelme" >/dev/null 2>>"$work/err" || ok=1
node -e '
  const fs = require("fs"), d = process.argv[1];
  const c = JSON.parse(fs.readFileSync(d + "/coco/annotations.json", "utf8"));
  const l = JSON.parse(fs.readFileSync(d + "/labelme/frame_000000.json", "utf8"));
  process.exit(c.annotations.length === 22 && c.categories.length === 2 && l.shapes.length === 22
    && new Set(l.shapes.map(s => s.group_id)).size === 22 ? 0 : 1);' "$xa" || ok=1
[ $ok -eq 0 ] && [ "$sum_before" = "$(sha256sum "$xa/clip.mp4.masklet/frame_000000.json")" ] && ! grep -v '^masklet-cli: ' "$work/err"
ok=$? # before the message's $(…) resets it
check "an X-AnyLabeling 2.4 tracking frame in the frames folder exports its 22 boxes to MOT, COCO and LabelMe ($(cat "$work/out"))" $ok

# import: a frame folder labelled in X-AnyLabeling's layout (one JSON beside an image, matched by its name stem;
# rectangles with a group id, a polygon without one, a point) becomes a Masklet project; the JSON keeps its bytes
lab="$work/labelled shots"; mkdir -p "$lab"
for i in 1 2 10; do convert -size 64x48 xc:gray "$lab/shot$i.png"; done
printf '{"version":"2.4.0","flags":{},"shapes":[{"label":"car","score":0.9,"points":[[4,5],[30,5],[30,20],[4,20]],"group_id":3,"description":null,"difficult":false,"shape_type":"rectangle","flags":{},"attributes":{},"kie_linking":[]},{"label":"dog","points":[[35,10],[60,12],[50,40]],"group_id":null,"shape_type":"polygon","flags":{}},{"label":"nose","points":[[40,20]],"group_id":null,"shape_type":"point","flags":{}}],"imagePath":"shot10.png","imageData":null,"imageHeight":48,"imageWidth":64}' > "$lab/shot10.json"
sum_before=$(sha256sum "$lab/shot10.json")
out=$("$cli" import --from "$lab" --media "$lab" 2>"$work/err"); rc=$?
echo "$out" | node -e '
  const s = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const p = JSON.parse(require("fs").readFileSync(s.project, "utf8"));
  process.exit(s.frames === 1 && s.objects === 2 && s.warnings === 1 && p.objects.some(o => o.track_id === 3 && o.first_frame === 2) ? 0 : 1);'
[ $(( rc | $? )) -eq 0 ] && grep -q 'point' "$work/err" && [ "$sum_before" = "$(sha256sum "$lab/shot10.json")" ] \
  && [ -f "$work/labelled shots.masklet.json" ] && ! grep -v '^masklet-cli: ' "$work/err"
check "import of an image folder labelled in X-AnyLabeling makes a project, every area shape an object ($out)" $?
"$cli" import --from "$lab" --media "$lab" >/dev/null 2>"$work/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$work/err")" -eq 1 ] && grep -q 'already exists' "$work/err"
ok=$? # before the message's $(…) resets it
check "import never replaces an existing project ($(cat "$work/err"))" $ok

echo "cli: $passed passed, $failed failed"
[ $failed -eq 0 ]
