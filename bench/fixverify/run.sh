#!/usr/bin/env bash
# Cost of remedy verification in `strand check`, two binaries side by side (runs alternate, so load
# on the machine hits both alike): per run fixVerifyMilliseconds (the --stats line), wall, CPU
# (user+sys) and peak RSS of the whole run, and whether findings with their fixes match the first run
# of OLD. Usage: bench/fixverify/run.sh OLD_STRAND NEW_STRAND [runs] [paths...]
# (default: 2 runs each over $(go env GOROOT)/src/...; native binaries from `dotnet publish -r linux-x64`).
set -uo pipefail
old="$1"; new="$2"; runs="${3:-2}"; shift 3 2>/dev/null || shift $#
paths=("$@"); [ ${#paths[@]} -gt 0 ] || paths=("$(go env GOROOT)/src/...")
OUT="${OUT:-$(mktemp -d)}"; mkdir -p "$OUT"
strip='import json,sys; d=json.load(open(sys.argv[1])); print(json.dumps(d["findings"],sort_keys=True))'
stat='import json,sys; print(json.load(open(sys.argv[1]))["stats"].get(sys.argv[2],0))'
echo "| run | binary | fixVerify ms | wall s | CPU s | peak RSS MB | findings+fixes |"
echo "|---|---|---:|---:|---:|---:|---|"
for r in $(seq 1 "$runs"); do
  for b in old new; do
    bin=${!b}
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/$b$r.time" "$bin" check --stats --format json "${paths[@]}" >"$OUT/$b$r.json" 2>/dev/null
    read -r wall user sys rss < <(tail -1 "$OUT/$b$r.time")
    [ -f "$OUT/ref.txt" ] || python3 -c "$strip" "$OUT/$b$r.json" > "$OUT/ref.txt"
    same=$(cmp -s <(python3 -c "$strip" "$OUT/$b$r.json") "$OUT/ref.txt" && echo identical || echo DIFFERENT)
    printf '| %d | %s | %s | %s | %.1f | %d | %s |\n' "$r" "$b" "$(python3 -c "$stat" "$OUT/$b$r.json" fixVerifyMilliseconds)" \
      "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$same"
  done
done
