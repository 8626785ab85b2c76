#!/usr/bin/env bash
# Checks an Eclipse installation into which Masklet was installed from the update site:
# the Masklet bundles are registered, resolve, start, and the headless application prints its version; then one
# image is segmented with engine.device=cuda, which must fall back to the CPU with a clear reason: "CUDA support is
# not installed" when the CUDA feature is absent, the missing NVIDIA/CUDA/cuDNN libraries when it is present (or
# no note at all on a machine where CUDA works).
# usage: verify-install.sh INSTALL_DIR JAVA CUDA(absent|present) MODELS_DIR IMAGE
set -euo pipefail
dir="$1"; java="$2"; cuda="$3"; models="$4"; image="$5"
info="$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
bundles="dev.masklet.core dev.masklet.media dev.masklet.engine dev.masklet.engine.onnx dev.masklet.ui dev.masklet.app dev.masklet.cli com.microsoft.onnxruntime org.bytedeco.javacv"
[ "$cuda" = present ] && bundles="$bundles dev.masklet.engine.onnx.cuda"
for b in $bundles; do
  grep -q "^$b," "$info" || { echo "install test: $b is not in $info" >&2; exit 1; }
done
if [ "$cuda" = absent ] && grep -q "^dev.masklet.engine.onnx.cuda," "$info"; then
  echo "install test: the default update site installed CUDA support" >&2; exit 1
fi
launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
masklet() {
  "$java" --add-opens java.base/java.lang=ALL-UNNAMED "$@" -jar "$launcher" -configuration "$dir/configuration" \
    -application dev.masklet.cli.application -data @none -nosplash "${cli_args[@]}"
}
cli_args=(--version)
out=$(masklet 2>&1) || { echo "$out" >&2; exit 1; }
echo "$out"
echo "$out" | grep -Eq '^masklet [0-9]+\.[0-9]+\.[0-9]+' || { echo "install test: unexpected output" >&2; exit 1; }
echo "install test: Masklet installed from the update site into a bare Eclipse platform and started"

[ -f "$models/mobilesam/encoder.onnx" ] || { echo "install test: no default model in $models (models/fetch-default-model.sh)" >&2; exit 1; }
[ -f "$image" ] || { echo "install test: no test image at $image" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cli_args=(segment --image "$image" --point 160,120,1 --out "$work/mask.png")
out=$(masklet -Dmasklet.engine.device=cuda -Dmasklet.models="$models" -Dmasklet.engine.threads=2 2>&1) \
  || { echo "$out" >&2; echo "install test: segment with engine.device=cuda failed" >&2; exit 1; }
echo "$out"
[ -s "$work/mask.png" ] || { echo "install test: segment wrote no mask" >&2; exit 1; }
note=$(echo "$out" | grep '^masklet-cli: note: ' || true)
case "$cuda" in
  absent)
    echo "$note" | grep -q 'CUDA requested but not available (CUDA support is not installed' \
      || { echo "install test: expected the note that CUDA support is not installed" >&2; exit 1; } ;;
  present)
    if [ -n "$note" ]; then
      echo "$note" | grep -q 'CUDA requested but not available (the NVIDIA driver, CUDA 12 and cuDNN 9 are needed; not found: ' \
        || { echo "install test: expected the note naming the missing CUDA libraries" >&2; exit 1; }
    fi ;;
  *) echo "install test: CUDA must be absent or present, not $cuda" >&2; exit 1 ;;
esac
echo "install test: engine.device=cuda with CUDA support $cuda: ${note:-running on CUDA}"

if [ "$cuda" = present ]; then
  # the default, engine.device=auto: the GPU when it works, else the CPU without a note and without ONNX Runtime
  # logging a failed CUDA provider on every model it opens
  out=$(masklet -Dmasklet.models="$models" -Dmasklet.engine.threads=2 2>&1) \
    || { echo "$out" >&2; echo "install test: segment with engine.device=auto failed" >&2; exit 1; }
  echo "$out"
  if echo "$out" | grep -q -e '^masklet-cli: note: ' -e 'onnxruntime'; then
    echo "install test: engine.device=auto must run quietly" >&2; exit 1
  fi
  echo "install test: engine.device=auto with CUDA support present ran quietly"
fi
