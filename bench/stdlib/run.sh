#!/usr/bin/env bash
# `strand check` over the whole Go standard library source against `go vet std`, same session.
# Per round, alternating: strand (wall/CPU/peak RSS via /usr/bin/time -v), go vet std with a fresh
# GOCACHE (cold), then go vet std again on that cache (warm). Prints medians and ratios, strand's
# stats (phase times summed over worker threads, GC counters) and its ten slowest entries.
# Usage: bench/stdlib/run.sh [ROUNDS]   (default 3; results and raw logs under $OUT, default a temp dir)
#   STRAND=path/to/strand  benchmark that build instead of publishing one
#   STRAND_ENV="K=V ..."   extra environment for strand only (e.g. DOTNET_GCgen0size=0x4000000; a native binary has
#                          only the GC it was published with: DOTNET_gcServer=1 does not switch it)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-3}"
out="${OUT:-$(mktemp -d)}"
mkdir -p "$out"
src="$(go env GOROOT)/src"
command -v /usr/bin/time >/dev/null || apt-get install -y time >/dev/null
# The binary a user installs: the README's publish command (Native AOT). Its GC settings come from
# src/Strand.Cli/Strand.Cli.csproj, baked in at publish time.
if [ -n "${STRAND:-}" ]; then
  strand="$(realpath "$STRAND")"
else
  rid="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
  dotnet publish "$repo/src/Strand.Cli" -c Release -r "$rid" -o "$out/strand" -v quiet -nologo >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
  strand="$out/strand/strand"
fi
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  out: $out"

# Appends "name wall cpu rssKB" from a /usr/bin/time -v log.
record() {
  python3 - "$1" "$2" >>"$out/times.tsv" <<'PY'
import re, sys
t = open(sys.argv[2]).read()
def get(k): return re.search(re.escape(k) + r": (.*)", t).group(1).strip()
w = get("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(w)))
cpu = float(get("User time (seconds)")) + float(get("System time (seconds)"))
print(f"{sys.argv[1]}\t{wall:.1f}\t{cpu:.1f}\t{get('Maximum resident set size (kbytes)')}")
PY
}

for i in $(seq 1 "$rounds"); do
  # shellcheck disable=SC2086 # STRAND_ENV is a list of assignments
  env ${STRAND_ENV:-} /usr/bin/time -v "$strand" check --stats --format json "$src/..." >"$out/strand$i.json" 2>"$out/strand$i.time" || true
  record strand "$out/strand$i.time"
  cache="$(mktemp -d)"
  (cd "$src" && GOCACHE="$cache" /usr/bin/time -v go vet std >/dev/null 2>"$out/vetcold$i.time") || true
  record vet-cold "$out/vetcold$i.time"
  (cd "$src" && GOCACHE="$cache" /usr/bin/time -v go vet std >/dev/null 2>"$out/vetwarm$i.time") || true
  record vet-warm "$out/vetwarm$i.time"
  rm -rf "$cache"
  echo "round $i done, load $(cut -d' ' -f1-3 /proc/loadavg)"; tail -3 "$out/times.tsv"
done

python3 - "$out" <<'PY'
import json, statistics, sys, collections
out = sys.argv[1]
rows = collections.defaultdict(list)
for line in open(f"{out}/times.tsv"):
    n, w, c, m = line.split("\t"); rows[n].append((float(w), float(c), int(m)))
med = {n: tuple(statistics.median(x[k] for x in v) for k in range(3)) for n, v in rows.items()}
for n, (w, c, m) in med.items():
    print(f"{n:9} median of {len(rows[n])}: wall {w:.1f} s  cpu {c:.1f} s  peak RSS {m/1024:.0f} MiB")
for peer in ("vet-cold", "vet-warm"):
    s, p = med["strand"], med[peer]
    print(f"strand / {peer}: wall {s[0]/p[0]:.3f}  cpu {s[1]/p[1]:.3f}")
d = json.load(open(f"{out}/strand1.json"))
print("stats:", d["stats"])
print("findings by check:", dict(sorted(collections.Counter(f["check"] for f in d["findings"]).items())))
# where strand's time went: phases (summed over worker threads), GC, and the slowest entries
for line in open(f"{out}/strand1.time"):
    if line.startswith("strand: slow entry:"):
        print(line.rstrip())
PY
