#!/usr/bin/env bash
# Times `strand check` over the Go standard library (cmd/ excluded, as `go vet std`) against
# `go vet std` in the same session, with a fresh Go build cache so vet really analyses.
# Prints CPU (user+sys) and wall seconds, peak memory, findings and inconclusive entries.
# Usage: bench/check/run.sh [GOROOT/src]   (default: $(go env GOROOT)/src)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
src="${1:-$(go env GOROOT)/src}"
dotnet build -c Release "$repo/src/Strand.Cli" -o "$repo/bench/check/bin" >/dev/null
out="$(mktemp -d)"
cd "$src"
dirs=$(ls -d */ | grep -v -E '^(cmd|testdata|vendor)/' | sed 's|/$|/...|')
/usr/bin/time -f "strand: %U user %S sys %e wall %M KB" \
  dotnet "$repo/bench/check/bin/strand.dll" check --format json $dirs >"$out/strand.json" 2>"$out/strand.time" || true
tail -1 "$out/strand.time"
python3 - "$out/strand.json" <<'PY'
import json, sys, collections
d = json.load(open(sys.argv[1]))
print("strand stats:", d["stats"])
print("strand findings by check:", dict(collections.Counter(f["check"] for f in d["findings"])))
PY
GOCACHE="$out/gocache" GOFLAGS=-mod=mod /usr/bin/time -f "go vet std: %U user %S sys %e wall %M KB" go vet std >/dev/null 2>"$out/vet.err" || true
tail -1 "$out/vet.err"
