#!/usr/bin/env bash
# Tests `masklet-cli track` of the installed product with the SAM 2.1 micro fixture model (random weights: this
# checks the command, its files and its errors, not mask quality).
#   tests/track-test.sh DIST_DIR
# The fixture is $MASKLET_SAM2_FIXTURE, else the one the repository carries (tests/fixtures/sam2-micro); a missing
# fixture is a failure (exit 1), never a skip.
set -uo pipefail
dist="${1:-dist/masklet}"
cli="$dist/masklet-cli"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fixture="${MASKLET_SAM2_FIXTURE:-$root/tests/fixtures/sam2-micro}"
if [ ! -f "$fixture/constants.json" ] || [ ! -f "$fixture/reference.json" ]; then
  echo "track: FAIL: no SAM 2 fixture in $fixture (the repository carries it in tests/fixtures/sam2-micro)" >&2
  exit 1
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # name, command status (0 = ok)
  if [ "$2" -eq 0 ]; then passed=$((passed + 1)); echo "ok   $1"; else failed=$((failed + 1)); echo "FAIL $1"; fi
}
one_line_error() { # exit code, expected code, stderr file, expected text
  [ "$1" -eq "$2" ] && [ "$(wc -l < "$3")" -eq 1 ] && grep -q -- "$4" "$3"
}

# A 6-frame sample clip (640x360: a red disk moving right, a blue square moving down): the disk is prompted with a
# click on frame 0 and corrected on frame 3, the square with a box on frame 0.
"$cli" sample --out "$work/clip.mp4" --frames 6 >/dev/null 2>&1; check "sample clip written" $?
cat > "$work/prompts.json" <<'JSON'
{"objects": [
  {"id": 1, "label": "red disk", "frame": 0, "points": [[115, 198], [400, 300]], "point_labels": [1, 0]},
  {"id": 2, "label": "blue square", "frame": 0, "box": [458, 50, 540, 130]},
  {"id": 1, "frame": 3, "points": [[276, 198]], "point_labels": [1]}
]}
JSON
"$cli" track --video "$work/clip.mp4" --prompts "$work/prompts.json" --model "$fixture" --out "$work/out" \
  --export masks >"$work/stdout" 2>"$work/stderr"; rc=$?
check "track exits 0 ($(tail -n 1 "$work/stderr"))" $rc
[ "$(wc -l < "$work/stdout")" -eq 1 ] && node -e '
  const o = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const ok = o.frames === 6 && o.range[0] === 0 && o.range[1] === 5 && o.reverse === false
    && JSON.stringify(o.objects) === "[1,2]" && o.project.endsWith("clip.mp4.masklet.json") && o.seconds > 0;
  process.exit(ok ? 0 : 1);' < "$work/stdout"; rc=$?
check "one JSON summary line on stdout ($(cat "$work/stdout"))" $rc
grep -q "frames/s" "$work/stderr" && grep -q "ETA" "$work/stderr"; check "progress with frames/s and ETA on stderr" $?
n=$(ls "$work/out/1" "$work/out/2" 2>/dev/null | grep -c '^0000[0-5]\.png$')
[ "$n" -eq 12 ]; rc=$?; check "one mask PNG per object and frame, DIR/<id>/<frame:05d>.png ($n of 12)" $rc
ok=0
for f in "$work"/out/[12]/*.png; do
  info=$(identify -format '%w %h %k %[fx:minima] %[fx:maxima]' "$f" 2>/dev/null) || { ok=1; break; }
  set -- $info
  { [ "$1" = 640 ] && [ "$2" = 360 ] && [ "$3" -le 2 ]; } || { ok=1; echo "  $f: $info"; break; }
  case "$3 $4 $5" in "1 0 0"|"1 1 1"|"2 0 1") ;; *) ok=1; echo "  $f: $info"; break;; esac
done
check "masks are 640x360 and only 0 or 255" $ok
project_ok() { # project file, frame count: the workbench's layout (version 2 project file + frames folder)
  node -e '
    const fs = require("fs"), [file, frames] = [process.argv[1], Number(process.argv[2])];
    const p = JSON.parse(fs.readFileSync(file, "utf8"));
    const labels = p.objects.map(o => o.track_id + ":" + o.label).join(",");
    const folder = require("path").join(require("path").dirname(file), p.frames_folder);
    const files = fs.readdirSync(folder).filter(f => /^frame_\d{6}\.json$/.test(f));
    const masked = files.every(f => { const j = JSON.parse(fs.readFileSync(folder + "/" + f, "utf8"));
      return j.masklet.media === "../clip.mp4" && j.masklet.objects.every(o => o.mask === null || o.mask.size[0] === 360); });
    const ok = p.format === "masklet-project" && p.version === 2 && p.media.name === "../clip.mp4"
      && p.media.frames === frames && p.media.width === 640 && labels === "1:red disk,2:blue square"
      && p.frames_folder === "clip.mp4.masklet" && files.length >= 1 && files.length <= frames && masked;
    process.exit(ok ? 0 : 1);' "$1" "$2"
}
project_ok "$work/out/clip.mp4.masklet.json" 6
check "the Masklet project is in DIR as the workbench writes it (version 2 + frames folder), both objects labelled" $?
"$cli" export --project "$work/out/clip.mp4.masklet.json" --format coco --out "$work/coco" >/dev/null 2>"$work/err"
[ $? -eq 0 ] && [ -s "$work/coco/annotations.json" ]
ok=$? # before the message's $(…) resets it
check "export reads the tracked project ($(cat "$work/err"))" $ok

# A folder of frames (natural order), tracked backwards over the range 0:1 from a prompt on its frame 1.
mkdir -p "$work/frames"
for i in 1 2 10; do
  x=$((40 + 10 * i))
  convert -size 160x120 xc:'#8a9a7a' -fill '#d03020' -draw "circle $x,60 $((x + 18)),60" "$work/frames/f$i.png"
done
echo '{"objects": [{"id": 7, "frame": 1, "points": [[60, 60]]}]}' > "$work/back.json"
"$cli" track --frames "$work/frames" --prompts "$work/back.json" --model "$fixture" --out "$work/back" \
  --range 0:1 --reverse --export masks >"$work/stdout" 2>"$work/stderr"; rc=$?
[ $rc -eq 0 ] && [ -f "$work/back/7/00000.png" ] && [ -f "$work/back/7/00001.png" ] && [ ! -e "$work/back/7/00002.png" ] \
  && [ -f "$work/back/frames.masklet.json" ] && grep -q '"reverse":true' "$work/stdout" \
  && grep -q "2/2 frames" "$work/stderr"; rc=$?
check "--frames DIR --range 0:1 --reverse tracks frames 1 then 0 ($(tail -n 1 "$work/stderr"))" $rc

# The default model (no --model): the best installed tracker, chosen as the workbench chooses it. With only the
# default model installed that is MobileSAM's tracker; with a SAM 2 model beside it, the SAM 2 model.
models="${MASKLET_MODELS:-$HOME/.cache/masklet/models}"
mkdir -p "$work/models-default" "$work/models-sam2"
ln -s "$(cd "$models/mobilesam" && pwd)" "$work/models-default/mobilesam"
ln -s "$(cd "$models/mobilesam" && pwd)" "$work/models-sam2/mobilesam"
ln -s "$(cd "$fixture" && pwd)" "$work/models-sam2/sam2-micro"
cat > "$work/first.json" <<'JSON'
{"objects": [
  {"id": 1, "label": "red disk", "frame": 0, "points": [[115, 198], [400, 300]], "point_labels": [1, 0]},
  {"id": 2, "label": "blue square", "frame": 0, "box": [458, 50, 540, 130]}
]}
JSON
MASKLET_MODELS="$work/models-default" "$cli" track --video "$work/clip.mp4" --prompts "$work/first.json" \
  --out "$work/default" --export masks >"$work/stdout" 2>"$work/stderr"; rc=$?
[ $rc -eq 0 ] && grep -q '"model":"mobilesam"' "$work/stdout" && grep -q '"frames":6' "$work/stdout"
ok=$? # before the message's $(…) resets it
check "track without --model uses the default tracker when no SAM 2 model is installed (exit $rc; $(tail -n 1 "$work/stderr"))" $ok
n=0
for f in "$work"/default/[12]/0000[0-5].png; do
  [ "$(identify -format '%w %h %[fx:maxima]' "$f" 2>/dev/null)" = "640 360 1" ] && n=$((n + 1))
done
[ "$n" -eq 12 ]; check "the default tracker writes a non-empty 640x360 mask per object and frame ($n of 12)" $?
project_ok "$work/default/clip.mp4.masklet.json" 6
check "the default tracker's project is version 2 with a frames folder" $?
[ "$(ls "$work/default/clip.mp4.masklet" | grep -c '^frame_0000[0-5][0-9]\.json$')" -eq 6 ]
check "one frame file per tracked frame" $?
MASKLET_MODELS="$work/models-default" "$cli" track --video "$work/clip.mp4" --prompts "$work/first.json" \
  --model mobilesam --out "$work/named" --export masks >"$work/stdout" 2>"$work/stderr"; rc=$?
same=0
for f in "$work"/default/[12]/*.png; do cmp -s "$f" "$work/named/${f#"$work/default/"}" || same=1; done
[ $rc -eq 0 ] && grep -q '"model":"mobilesam"' "$work/stdout" && [ $same -eq 0 ]
ok=$? # before the message's $(…) resets it
check "--model mobilesam names the default tracker: same masks as without --model (exit $rc; $(tail -n 1 "$work/stderr"))" $ok
MASKLET_MODELS="$work/models-sam2" "$cli" track --video "$work/clip.mp4" --prompts "$work/first.json" --range 0:1 \
  --out "$work/best" >"$work/stdout" 2>"$work/stderr"; rc=$?
[ $rc -eq 0 ] && grep -q '"model":"sam2-micro"' "$work/stdout"
ok=$? # before the message's $(…) resets it
check "track without --model prefers an installed SAM 2 model (exit $rc; $(cat "$work/stdout"))" $ok

# Bad input: exit code and one clear line on stderr.
"$cli" track --video "$work/clip.mp4" --prompts "$work/missing.json" --model "$fixture" --out "$work/x" \
  >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "missing.json"; rc=$?
check "missing prompts file: exit 1, one line ($(cat "$work/err"))" $rc
printf '{"objects": [{"id": 1, "frame": 0, "points": [[1, 2]]' > "$work/broken.json"
"$cli" track --video "$work/clip.mp4" --prompts "$work/broken.json" --model "$fixture" --out "$work/x" \
  >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "not valid JSON"; rc=$?
check "malformed prompts JSON: exit 1, one line ($(cat "$work/err"))" $rc
echo '{"objects": [{"id": 1, "frame": 40, "points": [[10, 10]]}]}' > "$work/late.json"
"$cli" track --video "$work/clip.mp4" --prompts "$work/late.json" --model "$fixture" --out "$work/x" \
  >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "frame 40 is outside the video"; rc=$?
check "prompt frame out of range: exit 1, one line ($(cat "$work/err"))" $rc
"$cli" track --video "$work/clip.mp4" --prompts "$work/prompts.json" --model no-such-model --out "$work/x" \
  >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "unknown tracking model 'no-such-model'"; rc=$?
check "unknown model: exit 1, one line ($(cat "$work/err"))" $rc
"$cli" track --video "$work/nothing.mp4" --prompts "$work/prompts.json" --model "$fixture" --out "$work/x" \
  >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "nothing.mp4"; rc=$?
check "missing video: exit 1, one line ($(cat "$work/err"))" $rc
"$cli" track --video "$work/clip.mp4" --prompts "$work/prompts.json" --model "$fixture" --out "$work/x" \
  --range 2:9 >/dev/null 2>"$work/err"; one_line_error $? 1 "$work/err" "outside the video"; rc=$?
check "--range past the end: exit 1, one line ($(cat "$work/err"))" $rc
"$cli" track --video "$work/clip.mp4" --prompts "$work/prompts.json" >/dev/null 2>"$work/err"
one_line_error $? 2 "$work/err" "--out"; check "a missing --out is a usage error (exit 2)" $?

# segment with a SAM 2 model folder: image mode (vision encoder + mask decoder) on frame 0 of the fixture; the box
# of object 2 must give the transformers reference's frame-0 mask (a few pixels at logit ~0 may flip, CONTRACT.md §7)
out=$("$cli" segment --image "$fixture/frames/frame_000.png" --box 230,20,290,70 --model "$fixture" \
  --out "$work/sam2.png" 2>"$work/err"); rc=$?
convert "$work/sam2.png" -depth 8 gray:"$work/sam2.raw" 2>/dev/null
differ=$(node -e '
  const fs = require("fs"), [dir, raw] = process.argv.slice(1);
  const ref = JSON.parse(fs.readFileSync(dir + "/reference.json", "utf8"));
  const name = ref.steps[1].objects.find(o => o.obj_id === 2).video_mask, b = ref.blobs[name];
  const want = fs.readFileSync(dir + "/reference.bin").subarray(b.offset, b.offset + b.nbytes);
  const got = fs.existsSync(raw) ? fs.readFileSync(raw) : Buffer.alloc(0);
  let d = 0; if (got.length !== want.length) d = -1;
  else for (let i = 0; i < got.length; i++) if ((got[i] > 127) !== (want[i] === 1)) d++;
  console.log(d);' "$fixture" "$work/sam2.raw")
[ $rc -eq 0 ] && echo "$out" | grep -Eq '^score [0-9.]+$' && [ "$differ" -ge 0 ] && [ "$differ" -le 7 ]
ok=$? # before the message's $(…) resets it
check "segment --model SAM2_DIR (image mode) gives the reference mask of frame 0 ($differ px differ; $out$(cat "$work/err"))" $ok

# models --install NAME --descriptor FILE: the micro checkpoint (config.json + model.safetensors, split from the
# fixture with its graph templates by TemplateMaker of the engine tests, built by ./run-tests' Maven run) served by
# a node server on the loopback, installed by the product in Java: graphs and constants equal the fixture's
classes="$root/bundles/dev.masklet.engine.onnx.tests/target/classes"
plugins="$dist/plugins"
jar() { ls "$plugins"/$1_*.jar 2>/dev/null | head -n 1; }
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if [ -f "$classes/dev/masklet/engine/onnx/tests/graph/TemplateMaker.class" ]; then
  "$java_bin" -cp "$classes:$(jar dev.masklet.engine.onnx):$(jar com.google.protobuf):$(jar com.google.gson)" \
    dev.masklet.engine.onnx.tests.graph.TemplateMaker "$fixture" "$work/split" >/dev/null 2>"$work/err"
  made=$?
else
  echo "no $classes (run ./run-tests, or build dev.masklet.engine.onnx.tests first)" >"$work/err"; made=1
fi
check "the micro checkpoint and its graph templates are made ($(head -c 300 "$work/err"))" $made
node -e '
  const fs = require("fs"), http = require("http"), [dir, portFile] = process.argv.slice(1);
  http.createServer((req, res) => {
    const m = /^\/ckpt\/(config\.json|model\.safetensors)$/.exec(req.url);
    if (!m) { res.writeHead(404); res.end(); return; }
    const body = fs.readFileSync(dir + "/" + m[1]);
    res.writeHead(200, {"Content-Length": body.length}); res.end(body);
  }).listen(0, "127.0.0.1", function () { fs.writeFileSync(portFile, String(this.address().port)); });
' "$work/split" "$work/port" & server=$!
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
mkdir -p "$work/site"
cat > "$work/site/micro.json" <<JSON
{"name": "micro", "kind": "video", "files": [{"name": "vision_encoder.onnx"}],
 "checkpoint": {"address": "http://127.0.0.1:$(cat "$work/port" 2>/dev/null)/ckpt/", "templates": "../split/templates",
                "files": [{"name": "config.json"}, {"name": "model.safetensors"}]}}
JSON
MASKLET_MODELS="$work/models" "$cli" models --install micro --descriptor "$work/site/micro.json" >"$work/installed" 2>"$work/err"; rc=$?
kill $server 2>/dev/null; wait $server 2>/dev/null
same=0
for f in vision_encoder.onnx mask_decoder.onnx memory_encoder.onnx memory_attention.onnx obj_ptr_tpos_proj.onnx constants.bin; do
  cmp -s "$fixture/$f" "$work/models/micro/$f" || same=1
done
[ $rc -eq 0 ] && grep -qx "micro	ok	$work/models/micro" "$work/installed" && [ $same -eq 0 ] \
  && [ "$(ls -A "$work/models")" = micro ]
ok=$? # taken before the message's $(…), which would reset $?
check "models --install micro --descriptor FILE downloads the checkpoint and builds the model in Java: graphs and constants.bin equal the fixture's ($(tail -n 1 "$work/err"))" $ok

echo "track: $passed passed, $failed failed"
[ $failed -eq 0 ]
