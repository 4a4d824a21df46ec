#!/usr/bin/env python3
"""Long fuzz run: the properties of tests/fuzzing.py on many seeded cases.

    python tests/benchmarks/fuzz.py --cases 100000 --workers 2

Case N is built from random.Random(N) alone, so any failure is replayed with
``--start N --cases 1``. Cases are mostly mutated real pages (the seed, the golden cases and
the test articles), then pages glued from scraped-looking fragments, raw bytes and random
code points. Every case runs all properties; the determinism re-parse runs on every
``--reparse-every``-th case. Prints outcome counts, failures (seed, error) and the time taken.
Exit code 1 when any case failed. The JSON-schema property needs the ``test`` extra.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHUNK = 500


def _run_chunk(args: tuple[int, int, int]) -> tuple[collections.Counter, list[tuple[int, str]]]:
    from tests.fuzzing import check, random_input, real_pages

    start, stop, reparse_every = args
    pages = real_pages()
    counts: collections.Counter = collections.Counter()
    failures: list[tuple[int, str]] = []
    for seed in range(start, stop):
        rng = random.Random(seed)
        try:
            data = random_input(rng, pages)
            counts[check(data, reparse=seed % reparse_every == 0)] += 1
        except Exception as exc:  # every escape is a finding; keep going and report it
            counts["FAILED"] += 1
            where = traceback.extract_tb(exc.__traceback__)[-1]
            failures.append((seed, f"{type(exc).__name__}: {str(exc)[:200]} ({Path(where.filename).name}:{where.lineno})"))
    return counts, failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--start", type=int, default=0, help="first seed")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reparse-every", type=int, default=10, help="determinism re-parse on every Nth case")
    args = parser.parse_args()
    from tests.fuzzing import VALIDATOR

    if VALIDATOR is None:
        print("warning: jsonschema is not installed; the schema property is not checked", file=sys.stderr)
    chunks = [(s, min(s + CHUNK, args.start + args.cases), args.reparse_every) for s in range(args.start, args.start + args.cases, CHUNK)]
    totals: collections.Counter = collections.Counter()
    failures: list[tuple[int, str]] = []
    began = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        for done, (counts, found) in enumerate(pool.map(_run_chunk, chunks), start=1):
            totals.update(counts)
            failures += found
            if done % 20 == 0 or done == len(chunks):
                elapsed = time.perf_counter() - began
                print(f"{sum(totals.values()):>8,} cases  {elapsed:7.0f} s  failures {len(failures)}", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - began
    total = sum(totals.values())
    print(f"cases: {total:,}  seeds {args.start}..{args.start + args.cases - 1}  time: {elapsed:.0f} s  ({total / elapsed:.0f} cases/s, {args.workers} workers)")
    for outcome, n in totals.most_common():
        print(f"  {outcome:<20} {n:>8,}")
    for seed, error in failures[:50]:
        print(f"FAILED seed {seed}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
