#!/usr/bin/env bash
# Copies the materialized product to the stable path dist/masklet (git-ignored).
#   scripts/install-dist.sh [cuda]   cuda: the GPU product built with -Pcuda (releng/dev.masklet.product.cuda)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
module=dev.masklet.product; id=dev.masklet.product
[ "${1:-}" = cuda ] && { module=dev.masklet.product.cuda; id=dev.masklet.product.cuda; }
product="$root/releng/$module/target/products/$id/linux/gtk/x86_64/masklet"
[ -d "$product" ] || product="$root/releng/$module/target/products/$id/linux/gtk/x86_64"
[ -x "$product/masklet" ] || { echo "masklet: no built product at $product" >&2; exit 1; }
rm -rf "$root/dist/masklet.new"
mkdir -p "$root/dist"
cp -a "$product" "$root/dist/masklet.new"
rm -rf "$root/dist/masklet"
mv "$root/dist/masklet.new" "$root/dist/masklet"
echo "masklet: product installed at dist/masklet (archive: $(ls "$root"/releng/$module/target/products/*.tar.gz 2>/dev/null | head -n 1))"
