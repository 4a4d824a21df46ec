#!/usr/bin/env python3
"""Does parse time grow linearly with input size? Shapes that once hid quadratic paths.

    python tests/benchmarks/scaling.py                # sizes 1, 2, 4, 8 × the base
    python tests/benchmarks/scaling.py --base 500000 --steps 5

For each shape the input is built at base × 2^k bytes (lines, depth) and parsed in this
process; the table gives seconds and the cost per MB relative to the smallest size. Linear
time keeps that ratio near 1.0 (a quadratic path doubles it at every step). Each size is
timed best-of ``--repeat`` to damp noise from other work on the machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SENTENCE = (
    "The city council voted on Thursday to approve a plan that will add protected bike lanes "
    "to the downtown core, ending a debate that divided residents for more than a year. "
)


def one_line(size: int) -> bytes:
    return (SENTENCE * (size // len(SENTENCE) + 1)).encode()[:size]


def short_lines(size: int) -> bytes:
    out, n, total = [], 0, 0
    while total < size:
        line = f"Short line number {n}\n" if n % 2 else f"Item {n}: up {n % 97}%\n"
        out.append(line)
        total += len(line)
        n += 1
    return "".join(out).encode()


def wrapped_prose(size: int) -> bytes:
    words = (SENTENCE * (size // len(SENTENCE) + 1)).split()
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 78:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
        if sum(map(len, lines)) + len(lines) >= size:
            break
    return "\n".join(lines).encode()[:size]


def nested_html(size: int) -> bytes:
    depth = size // 11
    return ("<html><body>" + "<div>" * depth + f"<p>{SENTENCE * 3}</p>" + "</div>" * depth + "</body></html>").encode()


SHAPES = {"one long line": one_line, "short lines": short_lines, "wrapped prose": wrapped_prose, "nested HTML": nested_html}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=250_000, help="smallest input size in bytes")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES))
    args = parser.parse_args()
    import clipper

    clipper.parse(SENTENCE * 3)  # load tables and the language model before timing
    print("| shape | size | seconds | s/MB | ratio to smallest |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in args.shapes:
        first = None
        for k in range(args.steps):
            data = SHAPES[name](args.base * 2**k)
            best = min(_time(clipper.parse, data) for _ in range(args.repeat))
            per_mb = best / (len(data) / 1e6)
            first = first or per_mb
            print(f"| {name} | {len(data) / 1e6:.2f} MB | {best:.2f} | {per_mb:.2f} | {per_mb / first:.2f} |", flush=True)


def _time(fn, data: bytes) -> float:
    began = time.perf_counter()
    fn(data)
    return time.perf_counter() - began


if __name__ == "__main__":
    main()
