#!/usr/bin/env bash
# Packages the browser assets for `chorus serve` (called by `make build` and `make build-release`):
#
#   frontend/package.sh <built folder with chorus.js + chorus_bg.wasm> <site root> [--precompress]
#
# Each file is named after its content (`chorus-<16 hex>.js`, `…_bg.wasm`, `chorus-<16 hex>.css`), so the server
# can tell browsers to keep them for a year (`immutable`) and a new build is a new address. The script and the
# WASM share one name (the script loads that WASM); the stylesheet has its own, so a style change leaves the WASM
# cached. With --precompress each file gets a `.br` (brotli at its best level, 11, largest standard window) and
# a `.gz` (gzip -9) beside it, which the server sends as they are: no compression per request.
# `pkg/manifest.json` names the current files; the files of earlier builds are removed.
set -euo pipefail

built="${1:?usage: package.sh <wasm-bindgen output> <site root> [--precompress]}"
site="${2:?usage: package.sh <wasm-bindgen output> <site root> [--precompress]}"
precompress="${3:-}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pkg="$site/pkg"
mkdir -p "$pkg"

digest() { cat "$@" | sha256sum | cut -c1-16; }
code=$(digest "$built/chorus.js" "$built/chorus_bg.wasm")
style=$(digest "$here/style/main.css")
stem="chorus-$code"
css="chorus-$style.css"

# Only this build's files stay (and anything that is not an asset of ours).
find "$pkg" -maxdepth 1 -type f \( -name 'chorus*' -o -name 'manifest.json' \) \
  ! -name "$stem.js*" ! -name "${stem}_bg.wasm*" ! -name "$css*" -delete
# A file already there has this content (its name says so): kept, with its compressed copies.
[ -f "$pkg/$stem.js" ] || cp "$built/chorus.js" "$pkg/$stem.js"
[ -f "$pkg/${stem}_bg.wasm" ] || cp "$built/chorus_bg.wasm" "$pkg/${stem}_bg.wasm"
[ -f "$pkg/$css" ] || cp "$here/style/main.css" "$pkg/$css"
if [ -d "$built/snippets" ]; then rm -rf "$pkg/snippets"; cp -r "$built/snippets" "$pkg/snippets"; fi
cp "$here/style/favicon.svg" "$site/favicon.svg"

if [ "$precompress" = --precompress ]; then
  for f in "$pkg/$stem.js" "$pkg/${stem}_bg.wasm" "$pkg/$css"; do
    [ "$f.br" -nt "$f" ] || brotli --force --best --lgwin=24 --output="$f.br" "$f"
    [ "$f.gz" -nt "$f" ] || gzip -9 --no-name --keep --force "$f"
  done
fi
printf '{"script":"%s","stylesheet":"%s"}\n' "$stem" "$css" > "$pkg/manifest.json"

printf 'assets: %s.js, %s_bg.wasm, %s' "$stem" "$stem" "$css"
if [ -f "$pkg/${stem}_bg.wasm.br" ]; then
  wasm=$(stat -c %s "$pkg/${stem}_bg.wasm"); br=$(stat -c %s "$pkg/${stem}_bg.wasm.br"); gz=$(stat -c %s "$pkg/${stem}_bg.wasm.gz")
  js=$(stat -c %s "$pkg/$stem.js.br")
  printf ' · WASM %d bytes raw, %d brotli, %d gzip; script %d brotli' "$wasm" "$br" "$gz" "$js"
fi
echo
