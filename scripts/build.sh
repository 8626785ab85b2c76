#!/usr/bin/env bash
# Builds Masklet with Tycho and unpacks the product at dist/masklet.
#   scripts/build.sh [maven args...]   e.g. -DskipTests, -o (offline, after one online build)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$MASKLET_ROOT"
"$MVN" -B "$@" verify
scripts/install-dist.sh
