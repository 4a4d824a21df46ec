"""Render a bench set's HTML with scrapers the set has no dumps of, for cross-renderer checks.

    python tests/benchmarks/render.py ../shared/bench/cjk-dev /tmp/xbench/cjk-dev
    python tests/benchmarks/accuracy.py /tmp/xbench/cjk-dev --inputs text-html2text text-inscriptis text-glued

The new folder links the set's ground truth (gt/, snippets.json, ids.txt, pages.tsv, html/)
and score.py, and gets ``text-<renderer>/<id>.txt`` for:

* ``html2text``  — ``html2text.HTML2Text()`` with ``ignore_links`` and ``ignore_images``, as
  the AEB dumps were made;
* ``inscriptis`` — ``inscriptis.get_text(html)`` defaults;
* ``glued``      — BeautifulSoup's ``get_text()`` with no separator (script/style/noscript
  removed, lines stripped, blank-line runs collapsed): what many loaders hand over. Elements
  with no whitespace between them in the source run together ('HomeNewsSports', '…board.The
  mayor…'); minified pages come out as one line.

The HTML is decoded as the set's ``decoded_as`` column says. html2text and inscriptis come with
the ``bench`` extra; nothing here is used by clipper itself. The dumps are written outside the
repository (they are the benchmark's pages).
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
from pathlib import Path

LINKED = ("gt", "html", "ids.txt", "pages.tsv", "snippets.json")
RENDERERS = ("html2text", "inscriptis", "glued")


def decode(raw: bytes, how: str) -> str:
    if how.startswith("bom"):
        return raw.decode("utf-8-sig")
    if how.startswith("declared:"):
        return raw.decode(how.split("->")[-1])
    return raw.decode("utf-8", errors="replace")


def render(html: str, renderer: str) -> str:
    if renderer == "html2text":
        import html2text

        h = html2text.HTML2Text()
        h.ignore_links = True
        h.ignore_images = True
        return h.handle(html)
    if renderer == "inscriptis":
        import inscriptis

        return inscriptis.get_text(html)
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    text = "\n".join(line.strip() for line in soup.get_text().splitlines())
    return re.sub(r"\n{3,}", "\n\n", text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--renderers", nargs="*", choices=RENDERERS, default=list(RENDERERS))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in LINKED:
        src, dst = args.dataset / name, args.out / name
        if src.exists() and not dst.exists():
            os.symlink(src.resolve(), dst)
    score = args.dataset.parent / "score.py"
    if score.exists() and not (args.out.parent / "score.py").exists():
        os.symlink(score.resolve(), args.out.parent / "score.py")
    rows = [line.rstrip("\n").split("\t") for line in (args.dataset / "pages.tsv").open(encoding="utf-8")]
    column = rows[0].index("decoded_as") if "decoded_as" in rows[0] else None
    for row in rows[1:]:
        page = row[0]
        html = decode(gzip.decompress((args.dataset / "html" / f"{page}.html.gz").read_bytes()), row[column] if column is not None else "utf-8")
        for renderer in args.renderers:
            folder = args.out / f"text-{renderer}"
            folder.mkdir(exist_ok=True)
            (folder / f"{page}.txt").write_text(render(html, renderer), encoding="utf-8")
    print(f"{len(rows) - 1} pages rendered with {', '.join(args.renderers)} into {args.out}")


if __name__ == "__main__":
    main()
