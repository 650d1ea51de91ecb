#!/usr/bin/env bash
# Strand.Semantics load benchmark: load+bind+type the Go standard library source with
# Strand (bench/semantics/StrandLoad) against go/types type-checking the same tree from source
# (bench/semantics/gotypes), in the same session. Usage: bench/semantics/run.sh [RUNS]
# Strand loads test files too (in-package and external tests); the go/types peer does not.
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-3}"
command -v go >/dev/null || { echo "go is required (apt-get install golang-go golang-1.19-src)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install -y time)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="$(go env GOROOT)/src"

echo "building Release StrandLoad and the go/types peer..." >&2
dotnet build bench/semantics/StrandLoad -c Release -o "$work/strand" -v quiet -nologo >/dev/null
(cd bench/semantics/gotypes && GO111MODULE=on GOFLAGS= go build -o "$work/gotypes" .)

run() {
  local name="$1"; shift
  local start end rss
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || true
  end=$(date +%s%N)
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%d", s * 1000}' "$work/time.txt")
  echo "$(( (end - start) / 1000000 )) $rss $cpu" >> "$work/runs-$name"
  tail -n1 "$work/out.txt" > "$work/last-$name"
}

for i in $(seq "$runs"); do
  run strand "$work/strand/StrandLoad" "$corpus"
  run gotypes "$work/gotypes" -root "$corpus"
done

median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
for name in strand gotypes; do
  wall=$(awk '{print $1}' "$work/runs-$name" | median)
  rss=$(awk '{print $2}' "$work/runs-$name" | sort -g | tail -n1)
  cpu=$(awk '{print $3}' "$work/runs-$name" | median)
  printf '%-8s median wall %6d ms, median cpu %6d ms, peak RSS %5d MB | %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "$(cat "$work/last-$name")"
done
s=$(awk '{print $1}' "$work/runs-strand" | median)
g=$(awk '{print $1}' "$work/runs-gotypes" | median)
sc=$(awk '{print $3}' "$work/runs-strand" | median)
gc=$(awk '{print $3}' "$work/runs-gotypes" | median)
sf=$(awk '{print $3}' "$work/last-strand")
gf=$(awk '{print $3}' "$work/last-gotypes")
awk -v s="$s" -v g="$g" -v sc="$sc" -v gc="$gc" -v sf="$sf" -v gf="$gf" 'BEGIN {
  printf "ratio strand/gotypes: median wall %.2f, median cpu %.2f, cpu per file %.2f (strand %d files incl. tests, gotypes %d)\n", s / g, sc / gc, (sc / sf) / (gc / gf), sf, gf }'
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
