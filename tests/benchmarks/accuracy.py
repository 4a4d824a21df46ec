#!/usr/bin/env python3
"""Body-extraction accuracy on a development set, with peers measured in the same run.

    python tests/benchmarks/accuracy.py ../shared/bench/aeb-dev
    python tests/benchmarks/accuracy.py ../shared/bench/cjk-dev --tokenizer cjkchar
    python tests/benchmarks/accuracy.py ../shared/bench/tfeval-dev --peers trafilatura

For every input kind of the set (text-w3m, text-lynx, …, and html) it runs clipper over
every page, writes the bodies to OUT/<set>/<method>-<input>/<id>.txt and scores them with the
set's own scorer (score.py beside the set): shingle P/R/F1 and mean page F1 (empty output
counts 0), or the snippet metric for sets with snippets.json. 'keepall' (the dump itself)
is always scored beside clipper; peers (trafilatura, justext) run on the same pages when
installed (pip install '.[bench]') and asked for with --peers. Peers are never imported by
clipper itself.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def _clipper(data: bytes) -> str:
    import clipper
    from clipper.errors import ClipperError

    try:
        return clipper.parse(data).text
    except ClipperError:
        return ""


def _keepall(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _trafilatura(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, include_comments=False) or ""


def _justext(data: bytes) -> str:
    import justext

    paragraphs = justext.justext(data, justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


METHODS = {"clipper": _clipper, "keepall": _keepall, "trafilatura": _trafilatura, "justext": _justext}
# Peers that need the HTML (they are DOM extractors); keepall is meaningless on HTML.
HTML_ONLY = {"trafilatura", "justext"}


# One small page each method parses in every worker before timing starts, so that imports,
# table loading and model loading (trafilatura's and clipper's alike) are not counted as
# the first page's time.
WARM_UP_PAGE = (
    b"<html><head><title>Warm-up</title></head><body><article><h1>Warm-up page</h1>"
    b"<p>The council approved the new budget on Monday after a debate that lasted most of the day, "
    b"and the mayor said the money would go to schools, roads and the library.</p></article></body></html>"
)


def _warm_up(methods: list[str]) -> None:
    for method in methods:
        METHODS[method](WARM_UP_PAGE)


def _read(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _run_one(args: tuple[str, str, str]) -> tuple[str, str, float]:
    method, page_id, path = args
    start = time.perf_counter()
    text = METHODS[method](_read(Path(path)))
    return page_id, text, time.perf_counter() - start


def inputs_of(dataset: Path) -> dict[str, dict[str, Path]]:
    """input kind -> {page id: file}"""
    ids = (dataset / "ids.txt").read_text(encoding="utf-8").split()
    kinds: dict[str, dict[str, Path]] = {}
    for sub in sorted(dataset.iterdir()):
        if sub.is_dir() and sub.name.startswith("text-"):
            kinds[sub.name] = {i: sub / f"{i}.txt" for i in ids if (sub / f"{i}.txt").exists()}
    if (dataset / "html").is_dir():
        kinds["html"] = {i: dataset / "html" / f"{i}.html.gz" for i in ids if (dataset / "html" / f"{i}.html.gz").exists()}
    return kinds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, help="a set folder, e.g. ../shared/bench/aeb-dev")
    ap.add_argument("--inputs", nargs="*", help="input kinds to run (default: all), e.g. text-w3m html")
    ap.add_argument("--peers", nargs="*", default=[], choices=sorted(HTML_ONLY), help="peers to run on the HTML")
    ap.add_argument("--no-keepall", action="store_true", help="skip the keep-everything floor")
    ap.add_argument("--tokenizer", choices=["aeb", "cjkchar"], help="shingle tokens (default: cjkchar for cjk-dev)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench-out", help="where predictions are written")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--per-page", action="store_true", help="print the worst pages of clipper per input")
    args = ap.parse_args()

    dataset = args.dataset.resolve()
    sys.path.insert(0, str(dataset.parent))
    scorer = importlib.import_module("score")
    snippets_file = dataset / "snippets.json"
    tokenizer = args.tokenizer or ("cjkchar" if dataset.name.startswith("cjk") else "aeb")
    if snippets_file.exists():
        import json

        snippets = json.loads(snippets_file.read_text(encoding="utf-8"))
        truth = None
    else:
        snippets = None
        truth = scorer.load_texts(str(dataset / "gt"))

    kinds = inputs_of(dataset)
    if args.inputs:
        kinds = {k: v for k, v in kinds.items() if k in args.inputs}
    plan: list[tuple[str, str]] = []
    for kind in kinds:
        plan.append(("clipper", kind))
        if kind != "html" and not args.no_keepall:
            plan.append(("keepall", kind))
        if kind == "html":
            plan += [(peer, kind) for peer in args.peers]

    rows = []
    methods = sorted({method for method, _ in plan})
    with ProcessPoolExecutor(max_workers=args.jobs, initializer=_warm_up, initargs=(methods,)) as pool:
        for method, kind in plan:
            files = kinds[kind]
            jobs = [(method, i, str(p)) for i, p in files.items()]
            pred: dict[str, str] = {}
            busy = 0.0
            for page_id, text, seconds in pool.map(_run_one, jobs, chunksize=8):
                pred[page_id] = text
                busy += seconds
            out = args.out / dataset.name / f"{method}-{kind}"
            out.mkdir(parents=True, exist_ok=True)
            for page_id, text in pred.items():
                (out / f"{page_id}.txt").write_text(text, encoding="utf-8")
            if snippets is not None:
                overall, pages, _ = scorer.score_snippets(pred, snippets, n_bootstrap=0)
                rows.append((method, kind, overall["precision"], overall["recall"], overall["f1"], overall["accuracy"], len(pred) / busy if busy else 0))
            else:
                overall, pages, _ = scorer.score(pred, truth, tokenizer=tokenizer, n_bootstrap=0)
                rows.append((method, kind, overall["precision"], overall["recall"], overall["f1"], overall["mean_page_f1"], len(pred) / busy if busy else 0))
                if args.per_page and method == "clipper":
                    worst = sorted(pages, key=lambda pg: pg["f1"])[:8]
                    for pg in worst:
                        print(f"  {kind} {pg['id'][:16]} P={scorer.fmt(pg['precision'])} R={scorer.fmt(pg['recall'])} F1={pg['f1']:.3f}", file=sys.stderr)
            print(f"done {method} {kind}", file=sys.stderr)

    last = "accuracy" if snippets is not None else "mean page F1"
    metric = "snippets" if snippets is not None else f"shingles, {tokenizer} tokens"
    print(f"\n{dataset.name} ({metric})\n")
    print(f"| method | input | P | R | F1 | {last} | docs/s (1 core) |")
    print("|---|---|---|---|---|---|---|")
    for method, kind, p, r, f, extra, rate in rows:
        print(f"| {method} | {kind} | {scorer.fmt(p)} | {scorer.fmt(r)} | {scorer.fmt(f)} | {scorer.fmt(extra)} | {rate:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
