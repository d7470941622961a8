#!/usr/bin/env bash
# The rule base at scale (figures, not pass/fail). Builds the release twice, with the schemes
# of the data files (five) and with N (default 50) made from them by build.rs (PLATFORM_READINESS_SCHEMES=N:
# each copy has its own id and names, see schemes::load::copies), in target-scale/ and
# dist-scale-5/, dist-scale-N/, so the normal target/ and dist/ are untouched. Prints the
# first-load bytes (brotli, as scripts/size.sh counts them) of both, the growth per scheme, the
# scheme texts fetched after the first paint (texts-*.txt), and the engine's judge time for 5
# and for 50 schemes (cargo bench --bench engine, median). Takes minutes.
set -euo pipefail
source "$(dirname "$0")/env.sh"

# The schemes of the data files (one file each beside facts.toml), and the count to scale to.
base=$(find src/schemes -maxdepth 1 -name '*.toml' ! -name facts.toml | wc -l)
n="${1:-50}"
[[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -gt "$base" ] || { echo "usage: bash scripts/scale.sh [N > $base]" >&2; exit 2; }
export CARGO_TARGET_DIR="$ROOT/target-scale"

# "raw brotli" of the first load, and of the texts fetched after the first paint.
first_load() { bash scripts/size.sh --dist "$1" | awk '/^first load \(all/ { print $(NF-2), $NF }'; }
texts() { local f=("$1"/texts-*.txt); echo "$(stat -c %s "${f[0]}") $(brotli -c -q 11 "${f[0]}" | wc -c)"; }

declare -A load texts_of
for count in "$base" "$n"; do
  echo "== release build with $count schemes (dist-scale-$count/)" >&2
  PLATFORM_READINESS_SCHEMES="$count" trunk build --release --offline --dist "dist-scale-$count" >"$CARGO_TARGET_DIR.log" 2>&1 \
    || { tail -20 "$CARGO_TARGET_DIR.log" >&2; exit 1; }
  load[$count]=$(first_load "dist-scale-$count")
  texts_of[$count]=$(texts "dist-scale-$count")
done

echo
echo "== bytes: first load (all but public/ and texts-*.txt) and the texts fetched after the first paint"
printf '%-8s %14s %14s %14s %14s\n' "schemes" "first raw" "first brotli" "texts raw" "texts brotli"
for count in "$base" "$n"; do
  read -r fr fb <<<"${load[$count]}"
  read -r tr tb <<<"${texts_of[$count]}"
  printf '%-8s %14s %14s %14s %14s\n' "$count" "$fr" "$fb" "$tr" "$tb"
done
read -r fr0 fb0 <<<"${load[$base]}"; read -r fr1 fb1 <<<"${load[$n]}"
read -r tr0 tb0 <<<"${texts_of[$base]}"; read -r tr1 tb1 <<<"${texts_of[$n]}"
awk -v m="$base" -v n="$n" -v fr0="$fr0" -v fr1="$fr1" -v fb0="$fb0" -v fb1="$fb1" -v tr0="$tr0" -v tr1="$tr1" -v tb0="$tb0" -v tb1="$tb1" 'BEGIN {
  k = n - m
  printf "growth per scheme (%d more): first load %.0f B raw, %.0f B brotli; texts %.0f B raw, %.0f B brotli\n", k, (fr1 - fr0) / k, (fb1 - fb0) / k, (tr1 - tr0) / k, (tb1 - tb0) / k
  print "(copies repeat their originals, so brotli packs them tighter than schemes with texts of their own)"
}'

echo
echo "== judge time, one full profile (native, divan; target <= 1 ms for 50)"
unset CARGO_TARGET_DIR
cargo bench --locked --bench engine -- assess_all_schemes assess_50_schemes 2>/dev/null | grep -E "Timer|engine|assess"
