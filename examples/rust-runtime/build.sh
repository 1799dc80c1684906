#!/usr/bin/env bash
# Builds the custom runtime into layer/bootstrap. layer-action runs it as build-command and sets
# LAYER_ARCH (x86_64 | arm64), LAYER_MACHINE (x86_64 | aarch64) and LAYER_GLIBC (2.34 on provided.al2023).
set -euo pipefail
cd "$(dirname "$0")"

machine="${LAYER_MACHINE:-$(uname -m)}"
host="$(uname -m)"
target="${machine}-unknown-linux-gnu"

if command -v cargo-zigbuild >/dev/null 2>&1; then
  # zig links against the runtime's glibc version, whatever the runner has.
  rustup target add "$target" >/dev/null 2>&1 || true
  cargo zigbuild --release --locked --target "${target}.${LAYER_GLIBC:-2.34}"
  binary="target/${target}/release/bootstrap"
elif [ "$machine" = "$host" ]; then
  cargo build --release --locked
  binary="target/release/bootstrap"
else
  echo "Cannot build for ${machine} on this ${host} runner: install cargo-zigbuild (pip install cargo-zigbuild)" >&2
  echo "or run the build on a ${machine} runner (for aarch64: runs-on: ubuntu-24.04-arm)." >&2
  exit 1
fi

rm -rf layer
mkdir -p layer
install -m 0755 "$binary" layer/bootstrap
echo "Built layer/bootstrap for ${machine} ($(wc -c <layer/bootstrap) bytes)"
