#!/usr/bin/env bash
# CPU per phase of `strand check` over the Go standard library, two builds alternating in one session.
# Each run: /usr/bin/time -v (CPU user+sys, peak RSS) around `perf record -F 499 -g` (CPU per phase:
# parse, type check, merging the checker's side tables, function checks + entry finding, lowering,
# exploration, fix verification, GC), plus the --stats phase times. Findings are compared (JSON).
# Usage: BASE=path/to/strand NEW=path/to/strand bench/checkphases/run.sh [ROUNDS]   (default 3)
#   Builds: `dotnet publish src/Strand.Cli -c Release -r linux-x64 -o DIR` (Native AOT; strand.dbg
#   beside the binary gives perf its symbols). Results and raw logs under $OUT (default a temp dir).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
rounds="${1:-3}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
src="$(go env GOROOT)/src"
: "${BASE:?set BASE to a strand binary}" "${NEW:?set NEW to a strand binary}"
command -v perf >/dev/null || { echo "perf is required (apt-get install linux-perf)" >&2; exit 2; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  out: $out"

for i in $(seq 1 "$rounds"); do
  for name in base new; do
    bin="$BASE"; [ "$name" = new ] && bin="$NEW"
    /usr/bin/time -v perf record -q -F 499 -g -o "$out/$name$i.data" "$bin" check --stats --format json "$src/..." \
      >"$out/$name$i.json" 2>"$out/$name$i.time" || true
    perf script -i "$out/$name$i.data" -F comm,tid,ip,sym 2>/dev/null >"$out/$name$i.stacks"
    python3 "$here/phases.py" "$out/$name$i.stacks" >"$out/$name$i.phases"
    rm -f "$out/$name$i.data" "$out/$name$i.stacks"
    echo "round $i $name done, load $(cut -d' ' -f1-3 /proc/loadavg)"
  done
done

python3 - "$out" "$rounds" <<'PY'
import json, re, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
def time_of(p):
    t = open(p).read()
    g = lambda k: re.search(re.escape(k) + r": (.*)", t).group(1).strip()
    w = g("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
    return (sum(float(x) * 60 ** i for i, x in enumerate(reversed(w))),
            float(g("User time (seconds)")) + float(g("System time (seconds)")), int(g("Maximum resident set size (kbytes)")) // 1024)
rows = {}
for name in ("base", "new"):
    runs = []
    for i in range(1, rounds + 1):
        wall, cpu, rss = time_of(f"{out}/{name}{i}.time")
        phases = dict(l.rsplit("\t", 1) for l in open(f"{out}/{name}{i}.phases").read().splitlines())
        stats = json.load(open(f"{out}/{name}{i}.json"))["stats"]
        runs.append(({"wall s": wall, "CPU s (user+sys)": cpu, "peak RSS MiB": rss}, {k: float(v) for k, v in phases.items()}, stats))
    rows[name] = runs
med = lambda xs: statistics.median(xs)
print("median of", rounds, "runs each          base      new   new/base")
for key in rows["base"][0][0]:
    b, n = med(r[0][key] for r in rows["base"]), med(r[0][key] for r in rows["new"])
    print(f"{key:40s} {b:8.1f} {n:8.1f}   {n / b:5.2f}")
print("CPU per phase, perf samples (s):")
for key in rows["base"][0][1]:
    b, n = med(r[1][key] for r in rows["base"]), med(r[1][key] for r in rows["new"])
    print(f"  {key:48s} {b:7.2f} {n:7.2f}   {(n / b if b else 0):5.2f}")
print("--stats phases (ms, summed over threads; wall-clock based, so inflated by load):")
for key in ["loadMilliseconds", "parseMilliseconds", "typeMilliseconds", "lowerMilliseconds", "functionChecksMilliseconds",
            "entryFindingMilliseconds", "exploreMilliseconds", "fixVerifyMilliseconds", "gcAllocatedMegabytes", "gcPauseMilliseconds"]:
    b, n = med(r[2].get(key, 0) for r in rows["base"]), med(r[2].get(key, 0) for r in rows["new"])
    print(f"  {key:34s} {b:9.0f} {n:9.0f}")
findings = lambda i, name: [json.dumps(f, sort_keys=True) for f in json.load(open(f"{out}/{name}{i}.json"))["findings"]]
same = all(findings(i, "base") == findings(i, "new") for i in range(1, rounds + 1))
keys = ("states", "inconclusive", "entries")
print("findings identical:", same, "| base", [rows["base"][0][2][k] for k in keys], "new", [rows["new"][0][2][k] for k in keys], "(states, inconclusive, entries)")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
