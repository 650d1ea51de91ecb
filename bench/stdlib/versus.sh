#!/usr/bin/env bash
# Two builds of strand head to head on `strand check` over the whole Go standard library, same session:
# runs alternate (A, B, A, B, ...) so that load on a shared machine hits both alike. Prints, per build,
# medians of wall, CPU (user+sys) and peak RSS, the stats that matter for speed work (explore time,
# allocated GB, GC pause), the ratios B/A, and whether findings, states and inconclusive entries agree.
# Usage: bench/stdlib/versus.sh A/strand B/strand [ROUNDS]   (default 3; logs under $OUT, default a temp dir)
# Binaries: `dotnet publish src/Strand.Cli -c Release -r linux-x64 -o DIR` of each tree.
set -euo pipefail
a="$(realpath "$1")"; b="$(realpath "$2")"; rounds="${3:-3}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
src="$(go env GOROOT)/src"
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  out: $out"
for i in $(seq 1 "$rounds"); do
  for side in A B; do
    bin="$a"; [ "$side" = B ] && bin="$b"
    /usr/bin/time -v "$bin" check --stats --format json "$src/..." >"$out/$side$i.json" 2>"$out/$side$i.time" || true
  done
  echo "round $i done, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
python3 - "$out" "$rounds" <<'PY'
import json, re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def run(side, i):
    t = open(f"{out}/{side}{i}.time").read()
    get = lambda k: re.search(re.escape(k) + r": (.*)", t).group(1).strip()
    wall = sum(float(x) * 60 ** k for k, x in enumerate(reversed(get("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":"))))
    cpu = float(get("User time (seconds)")) + float(get("System time (seconds)"))
    d = json.load(open(f"{out}/{side}{i}.json"))
    s = d["stats"]
    return {"wall": wall, "cpu": cpu, "rssMiB": int(get("Maximum resident set size (kbytes)")) / 1024,
            "exploreS": s["exploreMilliseconds"] / 1000, "allocGB": s["gcAllocatedMegabytes"] / 1024,
            "gcPauseS": s["gcPauseMilliseconds"] / 1000}, d
med = {}
docs = {}
for side in "AB":
    runs = [run(side, i) for i in range(1, rounds + 1)]
    med[side] = {k: statistics.median(r[0][k] for r in runs) for k in runs[0][0]}
    docs[side] = [r[1] for r in runs]
    print(side, "median of", rounds, "  ".join(f"{k} {v:.1f}" for k, v in med[side].items()))
print("B/A      ", "  ".join(f"{k} {med['B'][k] / med['A'][k]:.3f}" for k in med["A"]))
fa = [json.dumps(f, sort_keys=True) for f in docs["A"][0]["findings"]]
same = all([json.dumps(f, sort_keys=True) for f in d["findings"]] == fa for side in "AB" for d in docs[side])
sa = docs["A"][0]["stats"]
agree = all(d["stats"][k] == sa[k] for side in "AB" for d in docs[side] for k in ("states", "inconclusive", "entries"))
print(f"findings {'identical' if same else 'DIFFERENT'} ({len(fa)}); states/inconclusive/entries {'identical' if agree else 'DIFFERENT'}"
      f" ({sa['states']}/{sa['inconclusive']}/{sa['entries']})")
PY
