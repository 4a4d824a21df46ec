#!/usr/bin/env python3
"""Write clipper/lexicon_tables.py from the language tables (clipper/lexicons/*.toml).

    python scripts/build_lexicon_tables.py          # write it
    python scripts/build_lexicon_tables.py --check  # exit 1 when it is not current

Run it after editing a table. Until then clipper reads the edited TOML itself (slower to
start, same result), and tests/test_lexicon_tables.py fails. See clipper/tablegen.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clipper.tablegen import render  # noqa: E402

TARGET = ROOT / "clipper" / "lexicon_tables.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only check that the file is current")
    args = ap.parse_args()
    source = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != source:
            print(f"{TARGET.relative_to(ROOT)} is stale: run python scripts/build_lexicon_tables.py", file=sys.stderr)
            return 1
        return 0
    if current != source:
        tmp = TARGET.with_suffix(".tmp")
        tmp.write_text(source, encoding="utf-8")
        tmp.replace(TARGET)
    print(f"{TARGET.relative_to(ROOT)}: {len(source):,} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
