#!/usr/bin/env bash
# Builds Masklet with Tycho and unpacks the product at dist/masklet.
#   scripts/build.sh [maven args...]   e.g. -DskipTests, -o (offline, after one online build);
#                                      -Pcuda: the GPU product (with Masklet CUDA support) goes to dist/masklet
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"
"$MVN" -B "$@" verify
variant=
for arg in "$@"; do
  [[ "$arg" =~ ^-P(.*,)?cuda(,.*)?$ ]] && variant=cuda
done
scripts/install-dist.sh $variant
