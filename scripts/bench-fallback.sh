#!/usr/bin/env bash
# Fallback tracker quality: J&F (DAVIS-style) of MobileSAM propagation on generated clips with exact ground truth
# (textured motion, crossing, occlusion, leaving and re-entering). Writes target/bench-fallback-report.md.
#   scripts/bench-fallback.sh [--frames N] [--report FILE] [--embedding-cache DIR]
# Needs the default model (models/fetch-default-model.sh). Builds the engine bundles first when they are not built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
bench_java dev.masklet.engine.onnx.tests.mobilesam.FallbackTrackerEvaluation -Xmx3g \
  "-Dmasklet.models=${MASKLET_MODELS:-$HOME/.cache/masklet/models}" -- "$@"
