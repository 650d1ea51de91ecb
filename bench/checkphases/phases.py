#!/usr/bin/env python3
"""phases.py PERF_SCRIPT_OUTPUT: CPU seconds per phase of a `strand check` run, from `perf script` stacks.

Each sample (perf record -F 499) stands for ~2 ms of CPU on one thread; a phase counts every sample
whose stack holds its frame (inclusive). Frames are Native AOT symbol names (strand.dbg)."""
import sys

PHASES = [
    ("total", ""),
    ("parse (LoadSession.ParseAll workers)", "ParseAll_b__0"),
    ("type check (PackageChecker.Run)", "PackageChecker__Run"),
    ("merge side tables (CheckerTables.Merge)", "CheckerTables__Merge"),
    ("function checks + entry finding (PreparePackage)", "Analyze_b__2"),
    ("lowering (FunctionLowerer.Build)", "FunctionLowerer__Build"),
    ("sync simple checks", "SyncSimpleChecks__Run"),
    ("exploration (Explorer.Explore)", "Explorer__Explore"),
    ("fix verification (FixEngine.Verify)", "FixEngine__Verify"),
    ("GC threads", "gc_thread_function"),
]

counts = [0] * len(PHASES)
frames = []


def flush():
    if frames:
        for i, (_, frame) in enumerate(PHASES):
            if frame == "" or any(frame in f for f in frames):
                counts[i] += 1


for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        flush()
        frames = []
    elif line[0] in " \t":
        parts = line.split(None, 1)
        frames.append(parts[1] if len(parts) > 1 else "")
flush()
for (name, _), c in zip(PHASES, counts):
    print(f"{name}\t{c * 2 / 1000:.2f}")
