#!/usr/bin/env bash
# Parser benchmark: `strand parse --stats` (the published native executable) against go/parser
# (tests/GoAstDump -time) on the same files, the Go standard library source, in the same session.
# Usage: bench/parse/run.sh [RUNS]   (STRAND=path/to/strand: benchmark that build instead)
# Prints min/median wall time (whole process, and the time each tool reports itself), MB/s,
# CPU time (user+sys, steadier than wall time on a busy machine), peak RSS, and the
# Strand/go-parser ratios. Strand's own time covers walking, reading, parsing
# and printing; the Go peer's covers parser.ParseFile only (it reads every file first).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-5}"
command -v go >/dev/null || { echo "go is required (apt-get install golang-go golang-1.19-src)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is required (apt-get install -y time)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
corpus="$(go env GOROOT)/src"
find -L "$corpus" -name '*.go' -type f | LC_ALL=C sort > "$work/files.txt"
files=$(wc -l < "$work/files.txt")
bytes=$(xargs -a "$work/files.txt" -d '\n' cat | wc -c)

# The binary a user installs: the README's publish command (Native AOT, see Strand.Cli.csproj).
# STRAND=path/to/strand benchmarks another build instead (a jitted or ReadyToRun one, to compare).
if [ -n "${STRAND:-}" ]; then
  mkdir -p "$work/strand" && ln -s "$(realpath "$STRAND")" "$work/strand/strand"
  echo "strand: $STRAND (given); building the go/parser peer..." >&2
else
  rid="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
  echo "publishing strand ($rid, native) and building the go/parser peer..." >&2
  dotnet publish src/Strand.Cli -c Release -r "$rid" -o "$work/strand" -v quiet -nologo > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
fi
(cd tests/GoAstDump && GO111MODULE=on GOFLAGS= go build -o "$work/goastdump" .)

# run NAME CMD...: one timed run; appends "wall_ms rss_kb own_ms cpu_ms" to $work/runs-NAME.
run() {
  local name="$1"; shift
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || true
  end=$(date +%s%N)
  local rss inner
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  # The wall time each tool reports itself: strand "wall: S s" (walk, read, parse, print),
  # the Go peer "N ms" (parse only, files read beforehand).
  inner=$(tail -n1 "$work/out.txt" | awk '
    match($0, /wall: [0-9.]+ s/) { split(substr($0, RSTART, RLENGTH), a, " "); print a[2] * 1000; exit }
    match($0, /[0-9.]+ ms/) { split(substr($0, RSTART, RLENGTH), a, " "); print a[1]; exit }')
  local cpu
  cpu=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%d", t * 1000}' "$work/time.txt")
  echo "$(( (end - start) / 1000000 )) $rss ${inner:-0} $cpu" >> "$work/runs-$name"
  tail -n1 "$work/out.txt" > "$work/runs-$name.last"
}

for i in $(seq "$runs"); do
  run strand "$work/strand/strand" parse --all --stats "$corpus/"
  run goparser "$work/goastdump" -time -list "$work/files.txt"
done

# stat FILE COLUMN: "min median max" of a column.
stat() { awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print v[1], m, v[NR]}'; }

report() {
  local name="$1" label="$2"
  read -r wmin wmed _ < <(stat "$work/runs-$name" 1)
  read -r _ _ rmax < <(stat "$work/runs-$name" 2)
  read -r imin imed _ < <(stat "$work/runs-$name" 3)
  read -r cmin cmed _ < <(stat "$work/runs-$name" 4)
  printf '%-10s process wall min %6d ms, median %6d ms | own time min %7.1f ms, median %7.1f ms, %6.1f MB/s | CPU (user+sys) median %5d ms | peak RSS %4d MB\n' \
    "$label" "$wmin" "$wmed" "$imin" "$imed" "$(awk -v b="$bytes" -v t="$imed" 'BEGIN {print (t > 0) ? b / 1e6 / (t / 1000) : 0}')" "$cmed" $((rmax / 1024))
  echo "           last stats line: $(cat "$work/runs-$name.last")"
}

echo "corpus: $corpus ($files files, $bytes bytes), $runs runs each, $(nproc) cores"
report strand strand
report goparser go/parser
read -r _ sw _ < <(stat "$work/runs-strand" 1); read -r _ gw _ < <(stat "$work/runs-goparser" 1)
read -r _ si _ < <(stat "$work/runs-strand" 3); read -r _ gi _ < <(stat "$work/runs-goparser" 3)
read -r _ sc _ < <(stat "$work/runs-strand" 4); read -r _ gc _ < <(stat "$work/runs-goparser" 4)
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v sw="$sw" -v gw="$gw" -v si="$si" -v gi="$gi" -v sc="$sc" -v gc="$gc" 'BEGIN {
  printf "ratio strand/go-parser (median): process wall %.2f, own time %.2f, CPU %.2f (below 1: Strand faster)\n", sw / gw, (gi > 0) ? si / gi : 0, (gc > 0) ? sc / gc : 0 }'
