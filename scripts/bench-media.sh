#!/usr/bin/env bash
# Media decoding benchmark: sequential and random-access frames/s for generated 720p and 1080p H.264, and RSS while
# scrubbing a 10 000-frame video with two frame cache sizes. Writes target/bench-media-report.md (see BENCHMARKS.md).
#   scripts/bench-media.sh [--frames N] [--random N] [--long-frames N] [--scrub N] [--gop N] [--work DIR]
#                          [--report FILE]        (BENCH_CACHE_MB="64 256": the cache sizes, one JVM each)
# Generated videos are kept in target/bench-media and reused. Builds the media bundles first when they are not
# built (offline; BENCH_BUILD=1 forces a rebuild). MAVEN_REPO: the local Maven repository (default ~/.m2/repository).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"
repo="${MAVEN_REPO:-$HOME/.m2/repository}"
classes=(bundles/dev.masklet.core bundles/dev.masklet.media bundles/dev.masklet.media.tests)
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f bundles/dev.masklet.media.tests/target/classes/dev/masklet/media/tests/bench/MediaBenchmark.class ]; then
  "$MVN" -B -q -o -Dmaven.repo.local="$repo" verify -pl bundles/dev.masklet.media.tests -am -DskipTests
fi
jar() { # group path, artifact, version[, classifier]
  local f="$repo/$1/$2/$3/$2-$3${4:+-$4}.jar"
  [ -f "$f" ] || { echo "bench-media: $f not found (build once online so Maven fetches it)" >&2; exit 1; }
  printf '%s' "$f"
}
# the versions pinned in releng/dev.masklet.target
cp="$(jar org/bytedeco javacpp 1.5.14):$(jar org/bytedeco javacpp 1.5.14 linux-x86_64)"
cp="$cp:$(jar org/bytedeco ffmpeg 8.1.2-1.5.14):$(jar org/bytedeco ffmpeg 8.1.2-1.5.14 linux-x86_64)"
cp="$cp:$(jar org/bytedeco javacv 1.5.14)"
for c in "${classes[@]}"; do cp="$cp:$c/target/classes"; done
run() { # heap MB, benchmark options
  local heap="$1"; shift
  "$JAVA_HOME/bin/java" -Xmx"${heap}m" --enable-native-access=ALL-UNNAMED -cp "$cp" \
    dev.masklet.media.tests.bench.MediaBenchmark "$@"
}
report=target/bench-media-report.md
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [ "${args[i]}" = --report ] && report="${args[i + 1]}"; done
# decode speed, then each cache size in a JVM of its own (so one run's heap does not show in the next one's RSS)
# whose heap is the cache plus 256 MB: scrubbing must work in that, and RSS is then bounded by the setting
run 2048 --only decode "$@"
for mb in ${BENCH_CACHE_MB:-64 256}; do
  run $((mb + 256)) --only scrub --append --cache-mb "$mb" "$@"
done
echo "bench-media: report in $report"
