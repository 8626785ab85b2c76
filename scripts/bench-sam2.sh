#!/usr/bin/env bash
# SAM 2 tracking benchmark on the micro fixture model: RSS over a long run, per-frame time split, host-loop
# overhead, frames/s with 1, 3 and 10 objects. Writes target/bench-sam2-report.md (see BENCHMARKS.md).
#   scripts/bench-sam2.sh [--frames N] [--minutes M] [--multi-frames K] [--threads T] [--fixture DIR] [--report FILE]
# Builds the engine bundles first when they are not built (offline; BENCH_BUILD=1 forces a rebuild).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"
classes=(bundles/dev.masklet.core bundles/dev.masklet.engine bundles/dev.masklet.engine.onnx
         bundles/dev.masklet.engine.onnx.tests)
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f bundles/dev.masklet.engine.onnx.tests/target/classes/dev/masklet/engine/onnx/tests/sam2/Sam2TrackingBenchmark.class ]; then
  "$MVN" -B -q -o verify -pl bundles/dev.masklet.engine.onnx.tests -am -DskipTests
fi
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() { # group path, artifact, version
  local f="$repo/$1/$2/$3/$2-$3.jar"
  [ -f "$f" ] || { echo "bench-sam2: $f not found (build once online so Maven fetches it)" >&2; exit 1; }
  printf '%s' "$f"
}
# the versions pinned in releng/dev.masklet.target
cp="$(jar com/microsoft/onnxruntime onnxruntime 1.29.0):$(jar com/google/code/gson gson 2.13.2)"
for c in "${classes[@]}"; do cp="$cp:$c/target/classes"; done
exec java -Xmx2g -cp "$cp" dev.masklet.engine.onnx.tests.sam2.Sam2TrackingBenchmark "$@"
