#!/usr/bin/env bash
# Recall and false alarms of `strand check` over the corpus (tests/Strand.Analysis.Tests/testdata),
# per class and in total: the channel classes, then issue 4's sync classes (testdata/sync/<class>,
# shown as sync/<class>), with a subtotal for each group and a grand total.
#   recall       = wanted findings found / wanted findings (a `// want` line matched by a finding)
#   false alarms = findings on lines without a want in leaky cases, plus every finding in a silent
#                  case (fixed twins `*_fixed`, precision cases `precision/`, `*_ok`)
# Each case (a file, or a directory analysed as dir/...) is checked on its own, as the xunit runner does.
# Usage: bench/recall/run.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=bench/results/recall
mkdir -p "$out"
if [ "${1:-}" != "--no-build" ]; then
  if ! dotnet build src/Strand.Cli -c Release -o "$out/cli" -nologo > "$out/build.log" 2>&1; then
    echo "build failed; see $out/build.log" >&2
    grep -E " error " "$out/build.log" | sort -u | head -20 >&2
    exit 2
  fi
fi
cli="$out/cli/strand.dll"
python3 - "$cli" <<'PY'
import json, os, re, subprocess, sys
from collections import defaultdict

cli = sys.argv[1]
root = "tests/Strand.Analysis.Tests/testdata"
want_re = re.compile(r'// want (.*)$')
pat_re = re.compile(r'"((?:[^"\\]|\\.)*)"|`([^`]*)`')

def wants_of(path):
    res = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            m = want_re.search(line)
            if m:
                for a, b in pat_re.findall(m.group(1)):
                    res.append((os.path.abspath(path), n, re.compile(a.replace('\\"', '"') if a else b)))
    return res

def class_dirs():
    for cls in sorted(os.listdir(root)):
        d = os.path.join(root, cls)
        if not os.path.isdir(d):
            continue
        if cls == "sync":
            for sub in sorted(os.listdir(d)):
                if os.path.isdir(os.path.join(d, sub)):
                    yield "sync/" + sub, os.path.join(d, sub)
        else:
            yield cls, d

cases = []
for cls, d in class_dirs():
    for e in sorted(os.listdir(d)):
        p = os.path.join(d, e)
        if e.endswith(".go"):
            cases.append((cls, e[:-3], p, [p], p))
        elif os.path.isdir(p):
            files = [os.path.join(r, f) for r, _, fs in os.walk(p) for f in fs if f.endswith(".go")]
            cases.append((cls, e, p, sorted(files), p + "/..."))

stats = defaultdict(lambda: defaultdict(int))
details = []
for cls, name, path, files, arg in cases:
    silent = cls in ("precision", "sync/precision") or name.endswith("_fixed") or name.endswith("_ok")
    wants = [w for f in files for w in wants_of(f)]
    run = subprocess.run(["dotnet", cli, "check", "--format", "json", arg], capture_output=True, text=True)
    try:
        findings = json.loads(run.stdout)["findings"]
    except Exception:
        details.append(f"{cls}/{name}: strand failed (exit {run.returncode}): {run.stderr.strip()[:200]}")
        stats[cls]["crashed"] += 1
        stats[cls]["cases"] += 1
        stats[cls]["silent_cases"] += silent
        stats[cls]["wanted"] += len(wants)
        continue
    unmatched = list(findings)
    found = 0
    for (file, line, rx) in wants:
        hit = next((f for f in unmatched if os.path.abspath(f["file"]) == file and f["line"] == line
                    and rx.search(f'{f["message"]} ({f["check"]})')), None)
        if hit:
            found += 1
            unmatched.remove(hit)
        else:
            details.append(f"{cls}/{name}: missed {os.path.basename(file)}:{line} want {rx.pattern}")
    for f in unmatched:
        details.append(f"{cls}/{name}: false alarm {os.path.basename(f['file'])}:{f['line']}: {f['message']} ({f['check']})")
    s = stats[cls]
    s["cases"] += 1
    s["wanted"] += len(wants)
    s["found"] += found
    s["silent_cases"] += silent
    s["false_alarms"] += len(unmatched)
    s["noisy_silent_cases"] += 1 if (silent and findings) else 0

def line(name, s):
    recall = f'{100.0 * s["found"] / s["wanted"]:.1f}%' if s["wanted"] else "n/a"
    return (f'{name:<16} cases {s["cases"]:>3}  wanted {s["wanted"]:>3}  found {s["found"]:>3}  recall {recall:>6}  '
            f'false alarms {s["false_alarms"]:>3}  silent cases with findings {s["noisy_silent_cases"]:>2}/{s["silent_cases"]:<3}'
            + (f'  crashed {s["crashed"]}' if s["crashed"] else ""))

def group(title, classes):
    sub = defaultdict(int)
    for cls in classes:
        print(line(cls, stats[cls]))
        for k, v in stats[cls].items():
            sub[k] += v
    print(line(title, sub))
    return sub

chan_total = group("channels", [c for c in sorted(stats) if not c.startswith("sync/")])
sync_total = group("sync", [c for c in sorted(stats) if c.startswith("sync/")])
total = defaultdict(int)
for part in (chan_total, sync_total):
    for k, v in part.items():
        total[k] += v
print(line("TOTAL", total))
if details:
    print("\nDetails:")
    for d in details:
        print("  " + d)
PY
