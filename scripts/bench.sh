#!/usr/bin/env bash
# The benchmark command (figures, not pass/fail): builds the release, then prints the transfer
# size of every file (raw, gzip, brotli), browser timings of cold loads with and without 4× CPU
# throttling, the time to re-judge after an answer, and the engine benchmark's medians (for the
# first-load bytes with 50 schemes, run scripts/scale.sh: two more release builds).
set -euo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh >/dev/null
echo "== transfer size (first load)"
bash scripts/size.sh
echo
echo "== browser timings (headless Chromium, 127.0.0.1)"
node scripts/bench-browser.mjs dist "${RUNS:-7}"
echo
echo "== engine: judging the five schemes, and 50 made from them, for one profile (native, divan)"
cargo bench --bench engine 2>/dev/null | grep -E "│|├|╰|Timer|^engine" || cargo bench --bench engine
echo
echo "== Lighthouse (start page, a wizard step, the report)"
node scripts/lighthouse.mjs dist
