#!/usr/bin/env bash
# Remedy verification, old vs new binary: `strand check --format json` on every case of the check
# corpus (leaky programs and their fixed twins), findings and their verified fixes compared byte for byte
# (stats dropped: times differ). Usage: bench/fixverify/compare-corpus.sh OLD_STRAND NEW_STRAND [corpus-dir]
set -uo pipefail
cd "$(dirname "$0")/../.."
old="$1"; new="$2"; corpus="${3:-tests/Strand.Analysis.Tests/testdata}"
OUT="${OUT:-$(mktemp -d)}"
mkdir -p "$OUT"
strip='import json,sys; d=json.load(sys.stdin); d.pop("stats",None); print(json.dumps(d,sort_keys=True))'
same=0; differ=0; fixes=0
while IFS= read -r c; do
  a=$("$old" check --stats --format json "$c" 2>/dev/null | python3 -c "$strip")
  b=$("$new" check --stats --format json "$c" 2>/dev/null | python3 -c "$strip")
  if [ "$a" = "$b" ]; then same=$((same + 1)); else differ=$((differ + 1)); echo "DIFFERENT $c" >> "$OUT/diff.txt"; fi
  fixes=$((fixes + $(printf '%s' "$b" | python3 -c 'import json,sys; print(sum(len(f.get("fixes",[])) for f in json.load(sys.stdin)["findings"]))')))
done < <(
  for cls in "$corpus"/*/; do
    find "${cls%/}" -maxdepth 2 -name '*.go'
    find "${cls%/}" -mindepth 1 -maxdepth 1 -type d ! -name sync -printf '%p/...\n'
  done | sort)
echo "cases identical: $same, different: $differ, verified fixes reported (new): $fixes ${differ:+(see $OUT/diff.txt)}"
