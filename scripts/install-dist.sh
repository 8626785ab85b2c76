#!/usr/bin/env bash
# Copies the materialized product to the stable path dist/masklet (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
product="$root/releng/dev.masklet.product/target/products/dev.masklet.product/linux/gtk/x86_64/masklet"
[ -d "$product" ] || product="$root/releng/dev.masklet.product/target/products/dev.masklet.product/linux/gtk/x86_64"
[ -x "$product/masklet" ] || { echo "masklet: no built product at $product" >&2; exit 1; }
rm -rf "$root/dist/masklet.new"
mkdir -p "$root/dist"
cp -a "$product" "$root/dist/masklet.new"
rm -rf "$root/dist/masklet"
mv "$root/dist/masklet.new" "$root/dist/masklet"
echo "masklet: product installed at dist/masklet (archive: $(ls "$root"/releng/dev.masklet.product/target/products/*.tar.gz 2>/dev/null | head -n 1))"
