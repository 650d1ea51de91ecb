#!/usr/bin/env bash
# Fix rate over the check corpus: of the findings `strand check` reports on the leaky programs of
# tests/Strand.Analysis.Tests/testdata (every case that is not a *_fixed twin), how many get a remedy that re-analysis verifies,
# by check. Each case is fixed on its own with `strand fix --diff` (nothing is written).
# Usage: bench/fixrate/run.sh [corpus-dir]   (prints a markdown table; details in $OUT/details.txt)
set -uo pipefail
cd "$(dirname "$0")/../.."
corpus="${1:-tests/Strand.Analysis.Tests/testdata}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"

dotnet build src/Strand.Cli -c Release -nologo -v quiet >/dev/null || { echo "build failed" >&2; exit 2; }
strand="dotnet src/Strand.Cli/bin/Release/net10.0/strand.dll"

# Cases as the corpus runners see them: class/name.go files and class/name/ directories (as
# dir/...); the sync class keeps its files one level deeper (sync/mutex/name.go). Leaky ones only.
mapfile -t cases < <(
  for cls in "$corpus"/*/; do
    cls=${cls%/}
    if [ "$(basename "$cls")" = sync ]; then
      find "$cls" -mindepth 2 -maxdepth 2 -name '*.go' ! -name '*_fixed.go'
    else
      find "$cls" -maxdepth 1 -name '*.go' ! -name '*_fixed.go'
      find "$cls" -mindepth 1 -maxdepth 1 -type d ! -name '*_fixed' -printf '%p/...\n'
    fi
  done | sort)

: > "$OUT/details.txt"
start=$(date +%s.%N)
for c in "${cases[@]}"; do
  echo "== $c" >> "$OUT/details.txt"
  $strand fix --diff "$c" >/dev/null 2>>"$OUT/details.txt"
done
end=$(date +%s.%N)

# Lines "path:line:col: fixed (check)..." and "path:line:col: no verified remedy (check)".
sed -n -E 's/^[^\t].*: fixed \(([^)]*)\).*/fixed \1/p; s/^[^\t].*: no verified remedy \(([^)]*)\).*/open \1/p' "$OUT/details.txt" |
  sort | uniq -c | awk '
  { n[$3] += $1; if ($2 == "fixed") f[$3] += $1 }
  END {
    print "| check | findings | verified remedy | rate |"
    print "|---|---:|---:|---:|"
    for (c in n) printf "| %s | %d | %d | %.0f%% |\n", c, n[c], f[c], 100 * f[c] / n[c] | "sort"
    close("sort")
    for (c in n) { tn += n[c]; tf += f[c] }
    if (tn > 0) printf "| **all** | %d | %d | %.0f%% |\n", tn, tf, 100 * tf / tn
  }'
printf '\ncases: %d, wall time: %.1f s, details: %s/details.txt\n' "${#cases[@]}" "$(echo "$end - $start" | bc)" "$OUT"
