#!/usr/bin/env bash
# SAM 2 tracking benchmark on the micro fixture model: RSS over a long run, per-frame time split, host-loop
# overhead, frames/s with 1, 3 and 10 objects. Writes target/bench-sam2-report.md (see BENCHMARKS.md).
#   scripts/bench-sam2.sh [--frames N] [--minutes M] [--multi-frames K] [--threads T] [--fixture DIR] [--report FILE]
# Builds the engine bundles first when they are not built (offline; BENCH_BUILD=1 forces a rebuild).
# --fixture defaults to the fixture the repository carries, tests/fixtures/sam2-micro.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
bench_java dev.masklet.engine.onnx.tests.sam2.Sam2TrackingBenchmark -Xmx2g \
  -Dmasklet.sam2.fixture="$MASKLET_ROOT/tests/fixtures/sam2-micro" -- "$@"
