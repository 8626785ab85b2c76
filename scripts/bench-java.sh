# Sourced by the benchmark scripts: runs a main class of the engine test bundle on a plain classpath (the engine
# bundles' classes + ONNX Runtime + gson + OpenCV), building the engine bundles first when that class is not built
# (offline; BENCH_BUILD=1 forces a rebuild).  Usage: bench_java MAIN_CLASS [JAVA_OPTION...] -- [ARGUMENT...]
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"

bench_java() {
  local main="$1"; shift
  local options=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do options+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  local classes=(bundles/dev.masklet.core bundles/dev.masklet.engine bundles/dev.masklet.engine.onnx
                 bundles/dev.masklet.engine.onnx.tests)
  if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f "bundles/dev.masklet.engine.onnx.tests/target/classes/${main//.//}.class" ]; then
    "$MVN" -B -q -o verify -pl bundles/dev.masklet.engine.onnx.tests -am -DskipTests
  fi
  local repo="${MAVEN_REPO:-$HOME/.m2/repository}" cp="" c
  jar() { # group path, artifact, version[-classifier] (the folder is the version without a platform classifier)
    local f="$repo/$1/$2/${3%-linux-x86_64}/$2-$3.jar"
    [ -f "$f" ] || { echo "masklet bench: $f not found (build once so Maven fetches it)" >&2; exit 1; }
    printf '%s' "$f"
  }
  # the versions pinned in releng/dev.masklet.target; OpenCV (JavaCV's presets with their natives) for the
  # real-photo clips of the tracking benchmark
  cp="$(jar com/microsoft/onnxruntime onnxruntime 1.29.0):$(jar com/google/code/gson gson 2.13.2)"
  cp="$cp:$(jar com/google/protobuf protobuf-java 4.36.2)"
  cp="$cp:$(jar org/bytedeco javacpp 1.5.14):$(jar org/bytedeco javacpp 1.5.14-linux-x86_64)"
  cp="$cp:$(jar org/bytedeco opencv 4.14.0-1.5.14):$(jar org/bytedeco opencv 4.14.0-1.5.14-linux-x86_64)"
  cp="$cp:$(jar org/bytedeco openblas 0.3.31-1.5.13):$(jar org/bytedeco openblas 0.3.31-1.5.13-linux-x86_64)"
  for c in "${classes[@]}"; do cp="$cp:$c/target/classes"; done
  exec java "${options[@]}" -cp "$cp" "$main" "$@"
}
