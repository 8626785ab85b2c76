#!/usr/bin/env bash
# Fallback tracker quality: J&F (DAVIS-style) of MobileSAM propagation on generated clips with exact ground truth
# (textured motion, crossing, occlusion, leaving and re-entering). Writes target/bench-fallback-report.md.
#   scripts/bench-fallback.sh [--frames N] [--report FILE] [--embedding-cache DIR]
# Needs the default model (models/fetch-default-model.sh). Builds the engine bundles first when they are not built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"
classes=(bundles/dev.masklet.core bundles/dev.masklet.engine bundles/dev.masklet.engine.onnx
         bundles/dev.masklet.engine.onnx.tests)
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f bundles/dev.masklet.engine.onnx.tests/target/classes/dev/masklet/engine/onnx/tests/fallback/FallbackTrackerEvaluation.class ]; then
  "$MVN" -B -q -o verify -pl bundles/dev.masklet.engine.onnx.tests -am -DskipTests
fi
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() { # group path, artifact, version
  local f="$repo/$1/$2/$3/$2-$3.jar"
  [ -f "$f" ] || { echo "bench-fallback: $f not found (build once so Maven fetches it)" >&2; exit 1; }
  printf '%s' "$f"
}
# the versions pinned in releng/dev.masklet.target
cp="$(jar com/microsoft/onnxruntime onnxruntime 1.29.0):$(jar com/google/code/gson gson 2.13.2)"
for c in "${classes[@]}"; do cp="$cp:$c/target/classes"; done
exec java -Xmx3g -Dmasklet.models="${MASKLET_MODELS:-$HOME/.cache/masklet/models}" -cp "$cp" \
  dev.masklet.engine.onnx.tests.fallback.FallbackTrackerEvaluation "$@"
