#!/usr/bin/env bash
# Runtime-settings matrix for the `strand` executable: CPU time (perf task-clock, user+sys of all
# threads) of three jobs under each setting, given as DOTNET_* variables on one Release build
# (the same knobs the CLI project or its runtimeconfig can set). Rounds alternate the settings so
# a busy machine hurts them alike; the median of the rounds is printed.
#   parse: strand parse --all --stats over the Go standard library
#   dump:  strand dump --format json on a generated ~300 MB ?debug=2 dump
#   check: strand check examples/ (start-up of a small job)
# Usage: bench/parse/settings-matrix.sh [ROUNDS]   (needs go, perf, python3)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-3}"
command -v perf >/dev/null || { echo "perf is required (apt-get install linux-perf)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="$(go env GOROOT)/src"

dotnet build src/Strand.Cli -c Release -o "$work/strand" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
python3 bench/dumps/generate.py ../shared/dumps "$work/dump.txt" 300000 300 300000000 > /dev/null

# name|variables (empty: what the build's runtimeconfig says)
settings=(
  "as built|"
  "TieredPGO on|DOTNET_TieredPGO=1"
  "TieredPGO off|DOTNET_TieredPGO=0"
  "TieredCompilation off|DOTNET_TieredCompilation=0"
  "TC_QuickJitForLoops off|DOTNET_TC_QuickJitForLoops=0"
  "gen0 64 MB|DOTNET_GCgen0size=0x4000000"
  "Server GC, 1 heap|DOTNET_gcServer=1 DOTNET_GCHeapCount=1"
  "Server GC, 2 heaps|DOTNET_gcServer=1 DOTNET_GCHeapCount=2"
)
for _ in $(seq "$rounds"); do
  for s in "${settings[@]}"; do
    vars="${s#*|}"
    for job in parse dump check; do
      case $job in
        parse) args=(parse --all --stats "$corpus/") ;;
        dump) args=(dump --format json "$work/dump.txt") ;;
        check) args=(check examples/) ;;
      esac
      # shellcheck disable=SC2086 # $vars is a list of NAME=VALUE words
      env $vars perf stat -x, -e task-clock -o "$work/ps" "$work/strand/strand" "${args[@]}" > /dev/null 2>&1 || true
      echo "${s%%|*}|$job|$(awk -F, '/task-clock/ {printf "%d", $1}' "$work/ps")" >> "$work/results"
    done
  done
done
echo "CPU ms (median of $rounds rounds), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %8s %8s %8s\n' setting parse dump check
for s in "${settings[@]}"; do
  name="${s%%|*}"
  row=()
  for job in parse dump check; do
    row+=("$(awk -F'|' -v n="$name" -v j="$job" '$1 == n && $2 == j {print $3}' "$work/results" | sort -g |
      awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : int((v[NR/2] + v[NR/2+1]) / 2)}')")
  done
  printf '%-26s %8s %8s %8s\n' "$name" "${row[@]}"
done
