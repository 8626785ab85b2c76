#!/usr/bin/env bash
# SAM 2 memory attention as exported vs fused into com.microsoft.MultiHeadAttention (the rewrite Masklet applies when
# it opens a model): median time per frame and peak resident memory, one process per row, on the micro fixture's
# real-size layer with a full memory bank (7 frames + 16 pointers). See BENCHMARKS.md.
#   scripts/bench-sam2-attention.sh [FRAMES] [THREADS]      (defaults 5 and 2)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bench-java.sh"
frames="${1:-5}" threads="${2:-2}"
echo "| graph | objects | memory frames | time per frame (median) | peak RSS | all frames, ms |"
echo "| --- | --: | --: | --: | --: | --- |"
for objects in 1 3; do
  for variant in exported fused; do
    ( bench_java dev.masklet.engine.onnx.tests.graph.MemoryAttentionBenchmark -Xmx1g \
        -Dmasklet.sam2.fixture="$MASKLET_ROOT/tests/fixtures/sam2-micro" -- "$variant" "$objects" 7 "$frames" "$threads" )
  done
done
