#!/usr/bin/env bash
# Default tracker quality: J&F (DAVIS-style) of MobileSAM propagation on generated clips with exact ground truth
# (textured motion, crossing, occlusion, leaving and re-entering). Writes target/bench-generated-clips-report.md.
#   scripts/bench-generated-clips.sh [--frames N] [--report FILE] [--embedding-cache DIR]
# Needs the default model (models/fetch-default-model.sh). Builds the engine bundles first when they are not built.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
bench_java dev.masklet.engine.onnx.tests.mobilesam.GeneratedClipEvaluation -Xmx3g \
  "-Dmasklet.models=${MASKLET_MODELS:-$HOME/.cache/masklet/models}" -- "$@"
