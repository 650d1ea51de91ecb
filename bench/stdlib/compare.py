#!/usr/bin/env python3
"""Two `strand check --stats --format json` runs of the same tree: are the findings (every field, fixes
included) identical, and how did the main stats move? Usage: bench/stdlib/compare.py BASE.json NEW.json"""
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
fa = [json.dumps(f, sort_keys=True) for f in a["findings"]]
fb = [json.dumps(f, sort_keys=True) for f in b["findings"]]
print("findings", len(fa), "->", len(fb), "identical" if fa == fb else "DIFFERENT")
for x in sorted(set(fa) - set(fb)): print("  lost:", x[:300])
for x in sorted(set(fb) - set(fa)): print("  new: ", x[:300])
for k in ["states", "inconclusive", "entries", "milliseconds", "exploreMilliseconds", "fixVerifyMilliseconds", "loadMilliseconds",
          "typeMilliseconds", "lowerMilliseconds", "parseMilliseconds", "functionChecksMilliseconds", "gcAllocatedMegabytes", "gcPauseMilliseconds"]:
    print(f"  {k}: {a['stats'].get(k)} -> {b['stats'].get(k)}")
