#!/usr/bin/env bash
# Realistic tracking benchmark (issue 12): the default tracker on 640x360 clips composed from real photographs (the
# sample photos of the Debian package opencv-doc) with exact ground truth, DAVIS-style J&F per clip, per object and
# per challenge (the worst challenge is the figure that matters), failing frames, uncertain-flag quality and
# seconds per frame. Writes target/bench-tracking-report.md.
#   scripts/bench-tracking.sh [--frames N] [--clips a,b] [--seed S] [--prompt box+click|click] [--threads N]
#                             [--embedding-cache DIR] [--dump DIR] [--photos DIR] [--report FILE]
# Needs the default model (models/fetch-default-model.sh) and opencv-doc (scripts/setup-system.sh). Builds the
# engine bundles first when they are not built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
bench_java dev.masklet.engine.onnx.tests.bench.TrackerBenchmark -Xmx4g --enable-native-access=ALL-UNNAMED \
  "-Dmasklet.models=${MASKLET_MODELS:-$HOME/.cache/masklet/models}" -- "$@"
