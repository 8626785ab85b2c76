#!/usr/bin/env bash
# Memory of the default tracker over a long video (issue 12): a real-photo benchmark clip played forwards and
# backwards to --frames frames (10 000 by default), its objects prompted on frame 0 and tracked to the end in one run;
# prints and writes (target/bench-tracking-memory.md) the process RSS and JVM heap at fixed frames.
#   scripts/bench-tracking-memory.sh [--frames N] [--clip NAME] [--seed S] [--embedding-cache DIR] [--report FILE]
# With --embedding-cache the encoder runs once per distinct frame (48), so the run costs the tracker's time only.
# Needs the default model (models/fetch-default-model.sh) and opencv-doc (scripts/setup-system.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
bench_java dev.masklet.engine.onnx.tests.bench.TrackerMemoryBenchmark -Xmx4g --enable-native-access=ALL-UNNAMED \
  "-Dmasklet.models=${MASKLET_MODELS:-$HOME/.cache/masklet/models}" -- "$@"
