#!/usr/bin/env bash
# Checks an Eclipse installation into which Masklet was installed from the update site:
# the Masklet bundles are registered, resolve, start, and the headless application prints its version.
# usage: verify-install.sh INSTALL_DIR JAVA
set -euo pipefail
dir="$1"; java="$2"
info="$dir/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
for b in dev.masklet.core dev.masklet.media dev.masklet.engine dev.masklet.engine.onnx dev.masklet.ui dev.masklet.app dev.masklet.cli com.microsoft.onnxruntime org.bytedeco.javacv; do
  grep -q "^$b," "$info" || { echo "install test: $b is not in $info" >&2; exit 1; }
done
launcher=$(ls "$dir"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
out=$("$java" --add-opens java.base/java.lang=ALL-UNNAMED -jar "$launcher" -configuration "$dir/configuration" \
  -application dev.masklet.cli.application -data @none -nosplash --version 2>&1) || { echo "$out" >&2; exit 1; }
echo "$out"
echo "$out" | grep -Eq '^masklet [0-9]+\.[0-9]+\.[0-9]+' || { echo "install test: unexpected output" >&2; exit 1; }
echo "install test: Masklet installed from the update site into a bare Eclipse platform and started"
