#!/usr/bin/env bash
# Runs every test layer: native cargo tests, wasm-bindgen tests in headless Chromium, and the
# Playwright end-to-end suite against the release build. Ends with one line: N passed, N failed.
# A layer that cannot start counts as failed; nothing is skipped.
set -uo pipefail
source "$(dirname "$0")/env.sh"
bash scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

LOG_DIR="$ROOT/target/test-logs"
mkdir -p "$LOG_DIR"
passed=0; failed=0; broken=()

# Sums "test result: … N passed; M failed" lines (cargo test and wasm-bindgen-test-runner).
count_cargo() {
  local p f
  p=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$1" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '[0-9]+ failed;' "$1" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "  $2: $p passed, $f failed"
}

layer() { echo; echo "== $1"; }

layer "house rules (cargo fmt --check; clippy, native and wasm32, warnings as errors)"
if ! cargo fmt --check > "$LOG_DIR/fmt.log" 2>&1; then
  head -40 "$LOG_DIR/fmt.log"; broken+=("cargo fmt --check")
fi
if ! cargo clippy --locked --all-targets -- -D warnings > "$LOG_DIR/clippy-native.log" 2>&1; then
  grep -E -A8 '^(warning|error)' "$LOG_DIR/clippy-native.log" | head -60; broken+=("clippy (native)")
fi
# The wasm32 lint covers src/ui, which only compiles for the browser (the bench needs divan, native only).
if ! cargo clippy --locked --target wasm32-unknown-unknown --features lazy-texts --lib --bins --test web -- -D warnings > "$LOG_DIR/clippy-wasm.log" 2>&1; then
  grep -E -A8 '^(warning|error)' "$LOG_DIR/clippy-wasm.log" | head -60; broken+=("clippy (wasm32)")
fi
echo "  fmt and clippy: ${#broken[@]} layer(s) failing"

layer "native tests (cargo test)"
if cargo test --locked 2>&1 | tee "$LOG_DIR/native.log" | grep -E '^(test result|error|failures:|---- )'; [ "${PIPESTATUS[0]}" -ne 0 ]; then
  broken+=("native")
fi
count_cargo "$LOG_DIR/native.log" native

layer "browser component tests (wasm-bindgen-test, headless Chromium)"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
if cargo test --locked --target wasm32-unknown-unknown --test web 2>&1 | tee "$LOG_DIR/wasm.log" | grep -E '^(test result|error|failures:|---- )'; [ "${PIPESTATUS[0]}" -ne 0 ]; then
  broken+=("wasm")
fi
grep -q 'test result' "$LOG_DIR/wasm.log" || broken+=("wasm (no result)")
count_cargo "$LOG_DIR/wasm.log" wasm

layer "release build (trunk)"
if ! trunk build --release --offline > "$LOG_DIR/trunk.log" 2>&1; then
  tail -30 "$LOG_DIR/trunk.log"; broken+=("release build")
fi

layer "end-to-end tests (Playwright, headless Chromium, release build)"
node --test --test-reporter=tap --test-concurrency=1 tests/e2e/ > "$LOG_DIR/e2e.log" 2>&1
e2e_status=$?
grep -E '^not ok|^# (tests|pass|fail)' "$LOG_DIR/e2e.log" || true
p=$(awk '/^# pass / {print $3}' "$LOG_DIR/e2e.log" | tail -1); f=$(awk '/^# fail / {print $3}' "$LOG_DIR/e2e.log" | tail -1)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
echo "  e2e: ${p:-0} passed, ${f:-0} failed"
if [ "$e2e_status" -ne 0 ] || [ -z "$p" ]; then
  broken+=("e2e"); grep -B2 -A25 '^not ok' "$LOG_DIR/e2e.log" | head -120
fi

echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "layers that failed or could not run: ${broken[*]} (logs in target/test-logs/)"
  [ "$failed" -gt 0 ] || failed=1
fi
echo "$passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
