#!/usr/bin/env bash
# Benchmark of the batch job (BENCHMARKS.md "Batch tracking on Spark"): the same generated items tracked by the
# Spark job on local[2] (two tasks at once, one ONNX Runtime thread each) and one after another in one JVM without
# Spark (two threads per item), with the default model. Prints both logs and the overhead ratio.
#   scripts/bench-batch.sh [ITEMS [FRAMES [WIDTH HEIGHT]]]      (default 6 items of 25 frames at 320x180)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
items=${1:-6} frames=${2:-25} width=${3:-320} height=${4:-180}
work=$(mktemp -d /tmp/masklet-bench-batch.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$root/batch/masklet-batch" samples "$work/in" "$items" "$frames" "$width" "$height" >/dev/null
cores=$(nproc)
echo "bench-batch: $items items x $frames frames at ${width}x${height}, default model, $cores cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(date +%s.%N)
"$root/batch/masklet-batch" sequential --manifest "$work/in/manifest.jsonl" --out "$work/seq" --threads 2 \
  | tee "$work/seq.log"
t1=$(date +%s.%N)
MASKLET_BATCH_MASTER="local[2]" "$root/batch/masklet-batch" --manifest "$work/in/manifest.jsonl" \
  --out "$work/spark" --threads 1 2>/dev/null | tee "$work/spark.log" | tail -1
t2=$(date +%s.%N)
echo "bench-batch: load after $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$t0" "$t1" "$t2" "$items" "$frames" <<'PY'
import sys
t0, t1, t2, items, frames = map(float, sys.argv[1:])
seq, spark = t1 - t0, t2 - t1
n = items * frames
print(f"bench-batch: wall clock with JVM start: sequential {seq:.1f} s ({n/seq:.2f} frames/s, {items*3600/seq:.0f} items/h),"
      f" Spark local[2] {spark:.1f} s ({n/spark:.2f} frames/s, {items*3600/spark:.0f} items/h);"
      f" overhead ratio Spark/sequential {spark/seq:.2f}")
PY
