#!/usr/bin/env python3
"""Where metadata extraction spends its time: cProfile over every page of one dump folder.

    python tests/benchmarks/metadata_profile.py                      # aeb-dev w3m dumps
    python tests/benchmarks/metadata_profile.py --dumps DIR --top 30

Prints the cumulative time of ``parse`` and of ``metadata.extract`` (and the share of the
second in the first, measured in the same run), then the costliest metadata functions.
Profiling inflates small calls; compare shares and before/after runs, not absolute seconds.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from clipper.pipeline import parse

    default = next((p for p in (ROOT.parent / "shared/bench/aeb-dev/text-w3m", ROOT.parent.parent / "shared/bench/aeb-dev/text-w3m") if p.is_dir()), None)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dumps", type=Path, default=default, help="a folder of text dumps (default: aeb-dev/text-w3m)")
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    if args.dumps is None or not args.dumps.is_dir():
        print("no dump folder found (--dumps DIR)", file=sys.stderr)
        return 2
    datas = [f.read_bytes() for f in sorted(args.dumps.glob("*.txt"))]
    for data in datas[:3]:
        parse(data)  # warm the lexicon and regex caches
    profile = cProfile.Profile()
    profile.enable()
    for data in datas:
        parse(data)
    profile.disable()
    stats = pstats.Stats(profile)
    def cumulative(path_end: str, name: str) -> float:
        return sum(v[3] for k, v in stats.stats.items() if k[0].replace("\\", "/").endswith(path_end) and k[2] == name)

    whole = cumulative("clipper/pipeline.py", "parse")
    meta = cumulative("clipper/metadata/__init__.py", "extract")
    print(f"{len(datas)} pages: parse {whole:.2f}s, metadata.extract {meta:.2f}s ({meta / whole:.0%} of parse)\n")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(r"clipper/metadata/", args.top)
    print(out.getvalue().split("\n", 6)[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
