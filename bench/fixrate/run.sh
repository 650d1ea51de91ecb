#!/usr/bin/env bash
# Fix rate over the check corpus: of the findings `strand check` reports on the leaky programs of
# tests/Strand.Analysis.Tests/testdata (every case that is not a *_fixed twin), how many get a remedy that re-analysis verifies,
# by check. Each case is fixed on its own: a copy of a single-file case with `strand fix --write`
# (then `go vet` on the fixed copy when the original vets), a directory case with `--diff`.
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
: > "$OUT/vet.txt"
work="$OUT/work"
fixtime=0  # time spent in strand fix alone (copies and go vet excluded)
for c in "${cases[@]}"; do
  echo "== $c" >> "$OUT/details.txt"
  t0=$(date +%s.%N)
  if [[ "$c" == *"/..." ]]; then
    $strand fix --diff "$c" >/dev/null 2>>"$OUT/details.txt"
    fixtime=$(echo "$fixtime + $(date +%s.%N) - $t0" | bc)
    continue
  fi
  # Single files: fix a copy with --write (the safe writer end to end), then, when go is there and
  # the original passed go vet, the fixed copy must pass it too.
  rm -rf "$work" && mkdir -p "$work/orig" "$work/fixed"
  cp "$c" "$work/orig/" && cp "$c" "$work/fixed/"
  f="$work/fixed/$(basename "$c")"
  $strand fix --write "$f" >/dev/null 2>>"$OUT/details.txt"
  fixtime=$(echo "$fixtime + $(date +%s.%N) - $t0" | bc)
  if command -v go >/dev/null && ! cmp -s "$c" "$f" && (cd "$work/orig" && GO111MODULE=off go vet . >/dev/null 2>&1); then
    if (cd "$work/fixed" && GO111MODULE=off go vet . >"$work/vet.log" 2>&1); then
      echo "ok $c" >> "$OUT/vet.txt"
    else
      echo "FAIL $c" >> "$OUT/vet.txt"; sed 's/^/    /' "$work/vet.log" >> "$OUT/vet.txt"
    fi
  fi
done

# Peer: plain `strand check` over the same cases, so the cost of planning and verifying is a ratio.
cstart=$(date +%s.%N)
for c in "${cases[@]}"; do
  $strand check "$c" >/dev/null 2>&1
done
cend=$(date +%s.%N)

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
printf '\nfixed files that vet before and after: %d ok, %d failing (%s/vet.txt)\n' "$(grep -c '^ok ' "$OUT/vet.txt")" "$(grep -c '^FAIL ' "$OUT/vet.txt")" "$OUT"
fix=$fixtime; check=$(echo "$cend - $cstart" | bc)
printf 'cases: %d, strand fix: %.1f s, strand check: %.1f s, ratio fix/check: %.2f, details: %s/details.txt\n' \
  "${#cases[@]}" "$fix" "$check" "$(echo "$fix / $check" | bc -l)" "$OUT"
