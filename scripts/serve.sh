#!/usr/bin/env bash
# Builds the release and serves it on http://127.0.0.1:8080/ (PORT=… to change).
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh
trunk build --release --offline
echo "serving dist/ on http://127.0.0.1:${PORT:-8080}/"
exec node tests/e2e/server.mjs dist "${PORT:-8080}"
