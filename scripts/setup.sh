#!/usr/bin/env bash
# Installs what the build and the tests need, skipping what is already there.
# Only package registries are used: cargo, npm and Debian's apt.
set -euo pipefail
source "$(dirname "$0")/env.sh"

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must match the wasm-bindgen version in Cargo.lock exactly.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)

say() { echo "setup: $*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"; rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes)"; cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WB_VERSION"; then
  # Not --locked: the registry lacks a crate version that the CLI's own lock names.
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes)"; cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

missing=()
for pkg in chromium chromium-driver fonts-noto-cjk brotli poppler-utils; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing ${missing[*]} from Debian"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Node test packages and wasm-opt (npm binaryen), exactly as package-lock.json pins them.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/terser ]; then
  say "installing Node packages from package-lock.json"; npm ci --no-audit --no-fund --loglevel=error
fi
say "ready (trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WB_VERSION, $(chromium --version 2>/dev/null | head -1))"
