#!/usr/bin/env bash
# Size benchmark (figures only, no pass/fail): builds the release unless --no-build is given,
# then lists every file under dist/ with its raw, gzip -9 and brotli -q 11 sizes in bytes,
# the total, and the first-load total (everything except dist/public/ and the report's texts,
# texts-<hash>.txt, which the app fetches only when a report is first shown).
set -euo pipefail
source "$(dirname "$0")/env.sh"

build=1
dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    # Another build's folder (scripts/scale.sh measures its own); implies --no-build.
    --dist) dist="${2:?--dist needs a folder}"; build=0; shift ;;
    -h|--help) echo "usage: bash scripts/size.sh [--no-build] [--dist DIR]"; exit 0 ;;
    *) echo "size.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

for tool in gzip brotli; do
  command -v "$tool" >/dev/null || { echo "size.sh: $tool is not installed (apt-get install $tool)" >&2; exit 1; }
done

if [ "$build" -eq 1 ]; then
  # Two builds into the same dist/ at once would clobber each other.
  while pgrep -f "trunk build" >/dev/null; do
    echo "size.sh: another trunk build is running; waiting" >&2
    sleep 5
  done
  trunk build --release --offline
fi

[ -d "$dist" ] || { echo "size.sh: no $dist/ (run without --no-build)" >&2; exit 1; }

mapfile -t files < <(find "$dist" -type f ! -name '*.gz' ! -name '*.br' -printf '%P\n' | LC_ALL=C sort)
[ "${#files[@]}" -gt 0 ] || { echo "size.sh: $dist/ is empty" >&2; exit 1; }

width=28  # the longest row label below
for f in "${files[@]}"; do [ "${#f}" -gt "$width" ] && width=${#f}; done

row() { printf "%-${width}s  %10s  %10s  %10s\n" "$@"; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
rule() { printf '%*s\n' $((width + 36)) '' | tr ' ' '-'; }

total_raw=0 total_gz=0 total_br=0
first_raw=0 first_gz=0 first_br=0
plan_raw=0 plan_gz=0 plan_br=0

echo
echo "$dist/ sizes in bytes (gzip -9, brotli -q 11)"
row "file" "raw" "gzip" "brotli"
rule
for f in "${files[@]}"; do
  raw=$(stat -c %s "$dist/$f")
  gz=$(gzip -9 -c "$dist/$f" | wc -c)
  br=$(brotli -c -q 11 "$dist/$f" | wc -c)
  row "$f" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
  case "$f" in
    public/*|texts-*.txt) ;;
    plan-*) plan_raw=$((plan_raw + raw)) plan_gz=$((plan_gz + gz)) plan_br=$((plan_br + br)) ;;
    *) first_raw=$((first_raw + raw)) first_gz=$((first_gz + gz)) first_br=$((first_br + br)) ;;
  esac
done
rule
row "TOTAL (${#files[@]} files)" "$total_raw" "$total_gz" "$total_br"
row "first load (all but public/, texts-*.txt, plan-*)" "$first_raw" "$first_gz" "$first_br"
row "plan module (loaded with a report)" "$plan_raw" "$plan_gz" "$plan_br"
echo
echo "first load: $(kib "$first_raw") raw, $(kib "$first_gz") gzip, $(kib "$first_br") brotli"
