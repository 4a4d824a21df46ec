#!/usr/bin/env python3
"""Metadata accuracy on hand-checked pages, clipper beside trafilatura, in one run.

    python tests/benchmarks/metadata.py                 # text-w3m + html, trafilatura
    python tests/benchmarks/metadata.py --inputs text-w3m --no-peers         # clipper only
    python tests/benchmarks/metadata.py --per-page                           # list every miss

The expectations are tests/metadata/expected.jsonl: one page per line, keyed by dataset, page
id and the input it was checked on (e.g. text-w3m), holding only what the page visibly says
(a field the page does not show is null; a key left out is not scored). The pages themselves
are read from the development benchmark (../shared/bench, or --bench DIR) at run time and are
never copied into the repo; pages that are absent are skipped. Fixtures written for clipper
(tests/metadata/fixtures.jsonl) are scored as their own row.

Per field it prints the exact-match rate: titles and subtitles compared after whitespace
and Unicode (NFC) normalisation, authors as an ordered list, times as ISO strings (so a day
is not a time; see _same_time for zones and seconds). On the HTML row, markup may say more than
the page shows: a date field the page does not show is not scored there, and markup's time of
the day the page shows counts as that day. 'published (day)' compares only the date,
which is all trafilatura keeps. Language tags match when equal or when the expectation has
no region and the prediction's primary subtag equals it ('en-US' for 'en').

clipper runs on the checked text dump and, with --inputs html, on the page's HTML; trafilatura
(bare_extraction with metadata) runs on the HTML when installed (pip install '.[bench]').
Peers are never imported by clipper itself.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from datetime import datetime
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

EXPECTED = ROOT / "tests" / "metadata" / "expected.jsonl"
FIXTURES = ROOT / "tests" / "metadata" / "fixtures.jsonl"
FIXTURE_DIR = ROOT / "tests" / "metadata" / "fixtures"
FIELDS = ("title", "subtitle", "published", "published (day)", "modified", "authors", "publisher", "language")
# Targets of the metadata issue (exact-match rate on the dev pages).
TARGETS = {"title": 0.95, "published": 0.95, "language": 0.95, "authors": 0.90, "modified": 0.90}
# Chinese regions that write Traditional characters.
_HANT_REGIONS = {"tw", "hk", "mo"}


def find_bench() -> Path | None:
    """The shared benchmark folder: beside the repo (main checkout) or beside the worktrees."""
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "bench"
        if candidate.is_dir():
            return candidate
    return None


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _text(value: object) -> object:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip() or None
    return value


def _language_matches(expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected == got
    e, g = expected.lower().replace("_", "-"), got.lower().replace("_", "-")
    if e == g:
        return True
    g_parts = g.split("-")
    if g_parts[0] == "zh" and len(g_parts) > 1 and g_parts[1] in _HANT_REGIONS:
        g = "zh-hant"
    return e == g or ("-" not in e and g_parts[0] == e and g != "zh-hant")


def matches(name: str, expected: dict, got: dict, refine: bool = False) -> bool:
    if name == "published (day)":
        e, g = expected.get("published"), got.get("published")
        return (e[:10] if e else None) == (g[:10] if g else None)
    if name == "language":
        return _language_matches(expected.get(name), got.get(name))
    if name == "authors":
        return [_text(a) for a in expected.get(name) or []] == [_text(a) for a in got.get(name) or []]
    if name in ("published", "modified"):
        return _same_time(expected.get(name), got.get(name), refine)
    return _text(expected.get(name)) == _text(got.get(name))


def _same_time(expected: str | None, got: str | None, refine: bool = False) -> bool:
    """Equal ISO strings, or the same moment written otherwise:

    - two zoned times match when they are the same instant ('2019-11-19T08:03-05:00' and
      '2019-11-19T13:03:00Z', as HTML markup gives it);
    - a time the page shows without a zone matches a zoned prediction at the same wall-clock
      time ('2019-10-19T19:08' and '2019-10-19T19:08:22+02:00'): the page shows local time,
      and a zone taken from the markup or --tz adds to it without contradicting it;
    - seconds are ignored when the expectation shows minutes;
    - a day is never a time, except with ``refine`` (the HTML row): markup that gives the
      time of the day the page shows ('2018-09-24' and '2018-09-24T16:45:00+03:00') matches.
    """
    if expected == got or expected is None or got is None:
        return expected == got
    try:
        e, g = datetime.fromisoformat(expected.replace("Z", "+00:00")), datetime.fromisoformat(got.replace("Z", "+00:00"))
    except ValueError:
        return False
    if "T" not in expected or "T" not in got:
        return refine and "T" not in expected and expected == got[:10]
    if len(expected.split("T")[1]) < 8 or expected.split("T")[1][5:6] != ":":
        g = g.replace(second=0, microsecond=0)  # the page shows minutes; markup adds seconds
    if e.tzinfo is None:
        return e == g.replace(tzinfo=None)  # the wall clock the page shows
    return g.tzinfo is not None and e == g


def scored(name: str, expected: dict, kind: str = "text") -> bool:
    key = name if name != "published (day)" else "published"
    if kind == "html" and key in ("published", "modified") and expected.get(key) is None:
        return False  # the page shows no date; its markup may hold one, which no one checked by eye
    return key in expected


# --- the methods -------------------------------------------------------------------------


def clipper_metadata(data: bytes, fmt: str) -> dict:
    import clipper
    from clipper.errors import ClipperError
    from clipper.model import InputFormat
    from clipper.pipeline import Options

    options = Options(input_format=InputFormat.HTML if fmt == "html" else InputFormat.TEXT)
    try:
        article = clipper.parse(data, options=options)
    except ClipperError:
        return {}
    return article.model_dump(mode="json")


def trafilatura_metadata(data: bytes) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True)
    if doc is None:
        return {}
    get = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
    authors = [a.strip() for a in (get("author") or "").split(";") if a.strip()]
    # trafilatura has one date and no modified time; 'description' is the meta description, not a visible deck.
    return {"title": get("title"), "subtitle": None, "published": get("date"), "modified": None,
            "authors": authors, "publisher": get("sitename"), "language": get("language")}


@dataclass
class Row:
    method: str
    input: str
    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, page: str, expected: dict, got: dict) -> None:
        for name in FIELDS:
            if not scored(name, expected, self.input):
                continue
            self.totals[name] = self.totals.get(name, 0) + 1
            if matches(name, expected, got, refine=self.input == "html"):
                self.hits[name] = self.hits.get(name, 0) + 1
            elif name != "published (day)":
                key = name
                self.misses.append(f"{page} {key}: expected {expected.get(key)!r}, got {got.get(key)!r}")

    def rate(self, name: str) -> float | None:
        total = self.totals.get(name, 0)
        return self.hits.get(name, 0) / total if total else None


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def run(bench: Path | None, inputs: list[str], peers: bool) -> tuple[list[Row], int]:
    rows: dict[tuple[str, str], Row] = {}

    def row(method: str, kind: str) -> Row:
        return rows.setdefault((method, kind), Row(method, kind))

    pages = 0
    for expected in load(EXPECTED) if bench else []:
        folder = bench / expected["dataset"]
        page = f"{expected['dataset']}/{expected['id']}"
        text_file = folder / expected["input"] / f"{expected['id']}.txt"
        html_file = folder / "html" / f"{expected['id']}.html.gz"
        if not text_file.exists():
            continue
        pages += 1
        for kind in inputs:
            if kind == "html":
                if html_file.exists():
                    row("clipper", "html").add(page, expected, clipper_metadata(_read(html_file), "html"))
            elif kind == "text":
                row("clipper", expected["input"]).add(page, expected, clipper_metadata(_read(text_file), "text"))
            else:
                other = folder / kind / f"{expected['id']}.txt"
                if other.exists():
                    row("clipper", kind).add(page, expected, clipper_metadata(_read(other), "text"))
        if peers and html_file.exists():
            row("trafilatura", "html").add(page, expected, trafilatura_metadata(_read(html_file)))
    for expected in load(FIXTURES):
        data = (FIXTURE_DIR / expected["file"]).read_bytes()
        row("clipper", "fixtures").add(expected["file"], expected, clipper_metadata(data, "text"))
    return list(rows.values()), pages


def table(rows: list[Row]) -> str:
    head = "| method | input | pages | " + " | ".join(FIELDS) + " |"
    lines = [head, "|" + "---|" * (len(FIELDS) + 3)]
    for r in rows:
        n = max(r.totals.values(), default=0)
        cells = []
        for name in FIELDS:
            rate = r.rate(name)
            cells.append("–" if rate is None else f"{rate:.3f}")
        lines.append(f"| {r.method} | {r.input} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", type=Path, default=None, help="the shared benchmark folder (default: found beside the repo)")
    ap.add_argument("--inputs", nargs="*", default=["text", "html"],
                    help="'text' (the checked dump), 'html', or another dump kind such as text-bs4")
    ap.add_argument("--no-peers", action="store_true", help="skip trafilatura")
    ap.add_argument("--per-page", action="store_true", help="list every miss")
    args = ap.parse_args()
    bench = args.bench or find_bench()
    peers = not args.no_peers
    if peers:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura not installed: peers skipped (pip install '.[bench]')", file=sys.stderr)
            peers = False
    if bench is None:
        print("no benchmark folder found: only the fixtures are scored", file=sys.stderr)
    rows, pages = run(bench, args.inputs, peers)
    print(f"{pages} benchmark pages, {len(load(FIXTURES))} fixtures\n")
    print(table(rows))
    if args.per_page:
        for r in rows:
            print(f"\n## {r.method} / {r.input}: {len(r.misses)} misses")
            for miss in r.misses:
                print("-", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
