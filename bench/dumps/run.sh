#!/usr/bin/env bash
# Benchmark of `strand dump` on a 1 GB ?debug=2 dump (a million goroutines in a thousand shapes,
# generated from the real samples in ../shared/dumps), against `grep -c '^goroutine '` on the
# same file in the same run. Prints wall time, CPU time and peak RSS of both, and the ratios.
#
# Usage: bash bench/dumps/run.sh [GOROUTINES] [SHAPES] [BYTES]
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
samples="$root/../shared/dumps"
goroutines="${1:-1000000}"
shapes="${2:-1000}"
bytes="${3:-1000000000}"

[ -d "$samples" ] || { echo "samples not found: $samples" >&2; exit 2; }
if [ ! -x /usr/bin/time ]; then
  apt-get install -y -qq time >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dump="$work/dump.txt"

dotnet build -c Release src/Strand.Cli -o "$work/strand" -nologo -v q >/dev/null
python3 bench/dumps/generate.py "$samples" "$dump" "$goroutines" "$shapes" "$bytes"
size=$(stat -c %s "$dump")
echo "input: $dump, $size bytes, $(grep -c '^goroutine ' "$dump") goroutines"
cat "$dump" >/dev/null  # both runs read from the page cache

measure() { # name, command...: best of 3 wall times; CPU and peak RSS of that run
  local name="$1"; shift
  local best=""
  for _ in 1 2 3; do
    # not /dev/null: GNU grep stops at the first match when its output is /dev/null
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >"$work/out" 2>"$work/err" || true
    read -r wall user sys rss < <(tail -n 1 "$work/t")
    if [ -z "$best" ] || awk -v a="$wall" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then
      best="$wall $user $sys $rss"
    fi
  done
  echo "$name $best"
}

g=$(measure grep grep -c '^goroutine ' "$dump")
s=$(measure strand "$work/strand/strand" dump --format json "$dump")
# The same binary without tiered JIT (what <TieredCompilation>false</TieredCompilation> in the
# CLI project would give): for a run of a few seconds, tiering and PGO instrumentation cost ~20%.
t=$(measure strand-tc0 env DOTNET_TieredCompilation=0 "$work/strand/strand" dump --format json "$dump")
echo "$g" | awk '{printf "grep:       wall %.2f s, cpu %.2f s, peak RSS %.1f MB\n", $2, $3+$4, $5/1024}'
echo "$s" | awk '{printf "strand:     wall %.2f s, cpu %.2f s, peak RSS %.1f MB\n", $2, $3+$4, $5/1024}'
echo "$t" | awk '{printf "strand-tc0: wall %.2f s, cpu %.2f s, peak RSS %.1f MB\n", $2, $3+$4, $5/1024}'
paste <(echo "$g") <(echo "$t") | awk '{printf "strand-tc0/grep = %.2f (wall), %.2f (cpu)\n", $2/$7, ($3+$4)/($8+$9)}'
paste <(echo "$g") <(echo "$s") | awk -v size="$size" '{
  printf "throughput: grep %.0f MB/s, strand %.0f MB/s; strand/grep = %.2f (wall), %.2f (cpu); goal >= 0.33\n",
    size/1e6/$2, size/1e6/$7, $2/$7, ($3+$4)/($8+$9);
  printf "peak RSS: strand %.1f MB; goal < 200 MB\n", $10/1024 }'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
