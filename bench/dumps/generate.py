#!/usr/bin/env python3
"""Writes a large ?debug=2 goroutine dump built from the real samples in shared/dumps.

Usage: generate.py SAMPLES_DIR OUT_FILE [GOROUTINES] [SHAPES] [TARGET_BYTES]

Each shape is a real goroutine block from the samples, made distinct by its own line numbers
and a recursion of extra frames sized so the whole file reaches TARGET_BYTES; each goroutine
gets its own id, pointer arguments and wait time, as in a real dump.
"""
import os
import random
import re
import sys

samples, out = sys.argv[1], sys.argv[2]
goroutines = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
shapes = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
target = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000_000_000

blocks = []
for name in ["panicparse_panicweb_debug2_go1.14ish.txt", "go1.19_goroutine_debug2.txt", "goleak_http.txt", "go1.19_runtime_Stack_all.txt"]:
    with open(os.path.join(samples, name)) as f:
        for block in f.read().split("\n\n"):
            block = block.strip("\n")
            if block.startswith("goroutine ") and "[running]" not in block:
                blocks.append(block.split("\n"))

rng = random.Random(42)
per_goroutine = target / goroutines
line_re = re.compile(r":(\d+)( \+0x[0-9a-f]+)?$")


def shape(index):
    lines = blocks[index % len(blocks)]
    header = re.sub(r"^goroutine \d+ ", "", lines[0])
    header = re.sub(r", \d+ minutes", "", header).rstrip(":").rstrip("]")
    body = []
    for i, line in enumerate(lines[1:]):
        if line.startswith("\t"):
            line = line_re.sub(lambda m: ":%d%s" % (int(m.group(1)) + index, m.group(2) or ""), line)
        body.append(line)
    return header, body


templates = []
for s in range(shapes):
    header, body = shape(s)
    templates.append((header, body))

base = sum(len("\n".join(b)) + len(h) + 40 for h, b in templates) / shapes
extra_frame = "main.recurse%d(0xc000%06x, 0x%x)\n\t/srv/app/recurse.go:%d +0x%x\n"
extra_len = len(extra_frame % (0, 0, 0, 0, 0))
extra = max(0, int((per_goroutine - base) / extra_len))

with open(out, "w") as f:
    written = 0
    gid = 100
    buf = []
    for s in range(shapes):
        header, body = templates[s]
        count = goroutines // shapes + (1 if s < goroutines % shapes else 0)
        user_frames = "".join(extra_frame % (s, k, k, 10 + k, 0x20 + k) for k in range(extra))
        first, rest = body[:2], body[2:]
        stack = "\n".join(first) + "\n" + user_frames + "".join(line + "\n" for line in rest)
        for i in range(count):
            minutes = rng.choice(["", "", ", 3 minutes", ", 17 minutes"])
            text = "goroutine %d [%s%s]:\n%s\n" % (gid, header.split(" [", 1)[-1].lstrip("["), minutes, stack.replace("(0x", "(0x%x" % (gid & 0xFFF), 1))
            gid += 1
            buf.append(text)
            if len(buf) >= 4096:
                f.write("".join(buf))
                buf = []
    f.write("".join(buf))
