#!/usr/bin/env python3
"""Dump every record of a dataset folder as JSONL, for before/after comparison of a change
that must not change any output (a speed-up, a refactor).

    python tests/benchmarks/snapshot.py ../shared/bench/aeb-dev ../shared/bench/cjk-dev \\
        ../shared/bench/tfeval-dev tests/cases -o /tmp/before.jsonl
    # … change the code …
    python tests/benchmarks/snapshot.py … -o /tmp/after.jsonl
    python tests/benchmarks/snapshot.py --compare /tmp/before.jsonl /tmp/after.jsonl

A dataset folder is one with ``html/*.html.gz`` and ``text-<renderer>/*.txt`` (the bench
sets), or a folder of golden cases (``<name>/input.txt``). Each input gives one JSON line:
the record with ``keep_chrome`` on (so chrome kinds and line spans are compared too), and
every block's label, reason and model probability (what ``clipper explain`` shows), or the
error the input raised. One process, one page at a time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def inputs(folder: Path) -> list[tuple[str, bytes]]:
    """(name, bytes) of every input of a bench set or a folder of golden cases, in a fixed order."""
    found: list[tuple[str, bytes]] = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        if sub.name.startswith("text-"):
            found += [(f"{folder.name}/{sub.name}/{p.name}", p.read_bytes()) for p in sorted(sub.glob("*.txt"))]
        elif sub.name == "html":
            found += [(f"{folder.name}/html/{p.name}", gzip.decompress(p.read_bytes())) for p in sorted(sub.glob("*.html.gz"))]
        elif (sub / "input.txt").is_file():
            found.append((f"{folder.name}/{sub.name}", (sub / "input.txt").read_bytes()))
    return found


def snapshot(name: str, data: bytes) -> dict:
    from clipper.errors import ClipperError
    from clipper.pipeline import Options, analyse, build_article

    try:
        analysis = analyse(data, source=name, options=Options(keep_chrome=True))
    except ClipperError as exc:
        return {"input": name, "error": f"{type(exc).__name__}: {exc}"}
    record = build_article(analysis, keep_chrome=True).model_dump(mode="json")
    blocks = [[b.name, b.reason, repr(b.extra.get("p_body"))] for b in analysis.blocks]
    return {"input": name, "record": record, "blocks": blocks}


def compare(before: Path, after: Path) -> int:
    """Print the inputs whose lines differ; exit status 1 when any does."""
    a = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    b = [json.loads(line) for line in after.read_text(encoding="utf-8").splitlines()]
    old, new = {x["input"]: x for x in a}, {x["input"]: x for x in b}
    differ = 0
    for name in sorted(old.keys() | new.keys()):
        x, y = old.get(name), new.get(name)
        if x == y:
            continue
        differ += 1
        if x is None or y is None:
            print(f"{name}: only in {'after' if x is None else 'before'}")
            continue
        parts = [k for k in sorted(x.keys() | y.keys()) if x.get(k) != y.get(k)]
        detail = []
        for k in parts:
            if k == "record":
                detail += [f"record.{f}" for f in sorted(x[k].keys() | y[k].keys()) if x[k].get(f) != y[k].get(f)]
            elif k == "blocks":
                rows = [i for i, (p, q) in enumerate(zip(x[k], y[k])) if p != q]
                detail.append(f"blocks {rows[:5]}{'…' if len(rows) > 5 else ''} (of {len(x[k])}/{len(y[k])})")
            else:
                detail.append(k)
        print(f"{name}: {', '.join(detail)}")
    print(f"{differ} of {len(old.keys() | new.keys())} inputs differ", file=sys.stderr)
    return 1 if differ else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", type=Path, nargs="*", help="bench sets (aeb-dev, …) or folders of golden cases")
    ap.add_argument("-o", "--out", type=Path, help="JSONL file to write (default: stdout)")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"), help="compare two snapshots")
    args = ap.parse_args()
    if args.compare:
        raise SystemExit(compare(*args.compare))
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    total, started = 0, time.perf_counter()
    for folder in args.folders:
        for name, data in inputs(folder):
            out.write(json.dumps(snapshot(name, data), ensure_ascii=False, sort_keys=True) + "\n")
            total += 1
    if args.out:
        out.close()
    print(f"{total} inputs in {time.perf_counter() - started:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
