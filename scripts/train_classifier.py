#!/usr/bin/env python3
"""Train the block scorer (clipper/classify/weights.json) from the development sets.

    python scripts/train_classifier.py ../shared/bench            # cross-validate, then write weights
    python scripts/train_classifier.py ../shared/bench --cv-only  # only the held-out numbers
    python scripts/train_classifier.py ../shared/bench --cv-only --html  # also each set's HTML, held out
    python scripts/train_classifier.py ../shared/bench --train-on html --html  # the HTML weights (weights_html.json)

The text weights (weights.json) are fitted on the text dumps, the HTML weights
(weights_html.json, ``--train-on html``) on the same pages' HTML as the HTML reader turns it
into blocks. Every text dump of aeb-dev (5 renderers) and cjk-dev (2 renderers) is segmented and run
through clipper's first pass; each block gets a soft label, the share of its token
trigrams found in the page's ground truth. tfeval-dev blocks that contain one of the
page's "with" snippets are labelled body and those containing a "without" snippet chrome;
other tfeval blocks are left out. Two logistic regressions are fitted (see
clipper/classify/learned.py), each page weighted equally and its blocks by length.

Cross-validation splits pages by site into folds: each fold is scored with models that
never saw its sites, with the benchmark's own metric — the number to trust. The shipped
weights are then fitted on all pages. Needs numpy (training only; clipper does not).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pickle
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from clipper.classify import Label, Quality, classify, first_pass  # noqa: E402
from clipper.classify.revise import visible  # noqa: E402
from clipper.classify.learned import BlockModel, Logistic, stage1_rows, stage2_rows  # noqa: E402
from clipper.decode import decode  # noqa: E402
from clipper.lexicon import default_lexicon  # noqa: E402
from clipper.classify.labels import DEFAULT_PARAMETERS  # noqa: E402
from clipper.segment import segment  # noqa: E402

FOLDS = 4
L2 = 1.0  # ridge penalty on standardised coefficients: keeps weights small and smooth
NGRAM = 3
# Set weights: the CJK and snippet sets are small or sparse next to aeb-dev's five renderers.
SET_WEIGHT = {"aeb-dev": 1.0, "cjk-dev": 3.0, "tfeval-dev": 0.4}


@dataclass
class Page:
    dataset: str
    renderer: str
    page_id: str
    site: str
    segments: list
    labels: np.ndarray  # soft label per block, nan = unknown
    fold: int


def _tokens(scorer, text: str) -> list[str]:
    return scorer.tokens_cjkchar(text)


def _coverage(scorer, gt_text: str, texts: list[str]) -> np.ndarray:
    gt = _tokens(scorer, gt_text)
    grams = {k: {tuple(gt[i : i + k]) for i in range(len(gt) - k + 1)} for k in (1, 2, NGRAM)}
    out = []
    for text in texts:
        t = _tokens(scorer, text)
        if not t:
            out.append(0.0)
        elif len(t) < NGRAM:
            out.append(1.0 if tuple(t) in grams[len(t)] else 0.0)
        else:
            hits = sum(1 for i in range(len(t) - NGRAM + 1) if tuple(t[i : i + NGRAM]) in grams[NGRAM])
            out.append(hits / (len(t) - NGRAM + 1))
    return np.array(out)


def _snippet_labels(texts: list[str], snip: dict) -> np.ndarray:
    norm = [" ".join(t.split()) for t in texts]
    out = np.full(len(texts), np.nan)
    for s in snip.get("with", []):
        s = " ".join(s.split())
        for i, t in enumerate(norm):
            if s and s in t:
                out[i] = 1.0
    for s in snip.get("without", []):
        s = " ".join(s.split())
        for i, t in enumerate(norm):
            if s and s in t and np.isnan(out[i]):
                out[i] = 0.0
    return out


def _site(url: str, fallback: str) -> str:
    host = urlparse(url).netloc.lower() if url else ""
    parts = host.split(".")
    return ".".join(parts[-2:]) if len(parts) >= 2 else (fallback or host)


def _html_segments(path: Path) -> list:
    """A page's HTML as the pipeline gives it to the classifier."""
    import gzip

    from clipper.html import read_html
    from clipper.signoff import split_signoffs

    text = decode(gzip.decompress(path.read_bytes())).text
    return split_signoffs(read_html(text).segments, default_lexicon())


def load(bench: Path, scorer, sets: list[str], sources: tuple[str, ...] = ("text",)) -> list[Page]:
    pages = []
    for name in sets:
        ds = bench / name
        meta = {}
        for line in (ds / "pages.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            meta[cols[0]] = cols
        snippets = json.loads((ds / "snippets.json").read_text(encoding="utf-8")) if name == "tfeval-dev" else None
        subs = sorted(ds.glob("text-*")) if "text" in sources else []
        subs += [ds / "html"] if "html" in sources and (ds / "html").is_dir() else []
        for sub in subs:
            for path in sorted(sub.glob("*.txt" if sub.name != "html" else "*.html.gz")):
                pid = path.name.removesuffix(".html.gz") if sub.name == "html" else path.stem  # ids hold dots
                cols = meta.get(pid, [pid, "", ""])
                site = cols[4] if name == "cjk-dev" and len(cols) > 4 and cols[4] else _site(cols[2], pid)
                segs = _html_segments(path) if sub.name == "html" else segment(decode(path.read_bytes()).text)
                if not segs:
                    continue
                texts = [s.text for s in segs]
                if snippets is not None:
                    labels = _snippet_labels(texts, snippets.get(pid, {}))
                else:
                    labels = _coverage(scorer, (ds / "gt" / f"{pid}.txt").read_text(encoding="utf-8"), texts)
                fold = zlib.crc32(site.encode()) % FOLDS
                pages.append(Page(name, sub.name, pid, site, segs, labels, fold))
    return pages


def _features(pages: list[Page]):
    """Stage-1 rows and own features per page (first pass run once per page)."""
    lexicon = default_lexicon()
    out = []
    for pg in pages:
        blocks, has_sw = first_pass(pg.segments, lexicon, DEFAULT_PARAMETERS)
        # The scorer reads the blocks the pipeline shows it (captions and ad labels looked through).
        shown = {id(b) for b in visible(blocks)}
        pg.labels = np.array([y for b, y in zip(blocks, pg.labels) if id(b) in shown])
        blocks = [b for b in blocks if id(b) in shown]
        own, rows = stage1_rows(blocks, has_sw)
        out.append((blocks, own, np.array(rows), has_sw))
    return out


def _sample_weights(pages: list[Page], feats) -> list[np.ndarray]:
    ws = []
    for pg, (blocks, _, _, _) in zip(pages, feats):
        w = np.array([b.features.weight + 5.0 for b in blocks])
        w = w / w.sum() * SET_WEIGHT[pg.dataset]
        w[np.isnan(pg.labels)] = 0.0
        ws.append(w)
    return ws


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> Logistic:
    """Weighted ridge logistic regression (soft labels) by Newton's method."""
    keep = w > 0
    x, y, w = x[keep], y[keep], w[keep]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    z = (x - mean) / scale
    z = np.hstack([z, np.ones((len(z), 1))])
    w = w / w.sum() * len(w)
    beta = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], L2)
    reg[-1] = 0.0
    for _ in range(30):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -30, 30)))
        grad = z.T @ (w * (p - y)) + reg * beta
        hess = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return Logistic(tuple(mean.tolist()), tuple(scale.tolist()), tuple(beta[:-1].tolist()), float(beta[-1]))


def _stack(pages, feats, ws, idx):
    x = np.vstack([feats[i][2] for i in idx])
    y = np.concatenate([np.nan_to_num(pages[i].labels, nan=0.0) for i in idx])
    w = np.concatenate([ws[i] for i in idx])
    return x, y, w


def _stage_rows(feats, i, model_stages) -> np.ndarray:
    """Rows for the next stage of page ``i`` given the stages fitted so far."""
    blocks, own, rows, _ = feats[i]
    p = model_stages[0].predict(rows)
    for stage in model_stages[1:]:
        p = stage.predict(stage2_rows(blocks, own, p))
    return np.array(stage2_rows(blocks, own, p))


def train(pages, feats, ws, idx, n_stages: int) -> BlockModel:
    """Stage 1 on ``idx``; every later stage on out-of-fold probabilities of the stages before."""
    stages = [fit(*_stack(pages, feats, ws, idx))]
    inner = {k: [i for i in idx if pages[i].fold != k] for k in range(FOLDS)}
    inner_models = {k: [fit(*_stack(pages, feats, ws, tr))] for k, tr in inner.items() if tr}
    for _ in range(1, n_stages):
        rows, ys, wts = [], [], []
        for k, m in inner_models.items():
            for i in idx:
                if pages[i].fold == k:
                    rows.append(_stage_rows(feats, i, m))
                    ys.append(np.nan_to_num(pages[i].labels, nan=0.0))
                    wts.append(ws[i])
        stage = fit(np.vstack(rows), np.concatenate(ys), np.concatenate(wts))
        stages.append(stage)
        for m in inner_models.values():
            m.append(stage)
    return BlockModel(tuple(stages))


def probabilities(feats, i, model: BlockModel) -> np.ndarray:
    blocks, own, rows, _ = feats[i]
    p = model.stages[0].predict(rows)
    for stage in model.stages[1:]:
        p = stage.predict(stage2_rows(blocks, own, p))
    return np.array(p)


def texts_at(feats, i, p: np.ndarray, threshold: float) -> str:
    """The body as the pipeline keeps it: blocks the tables did not name, scored over the threshold."""
    blocks = feats[i][0]
    keep = [b.segment.text for b, pi in zip(blocks, p) if b.quality is not Quality.CHROME and pi >= threshold]
    return "\n\n".join(keep)


def predict_text(page: Page, model: BlockModel) -> str:
    blocks = classify(page.segments, default_lexicon(), DEFAULT_PARAMETERS, model=model)
    return "\n\n".join(b.segment.text for b in blocks if b.label is Label.BODY)


@dataclass
class HtmlPage:
    """A set's page read from its HTML by the whole pipeline (what `clipper parse page.html` gives)."""

    dataset: str
    renderer: str
    page_id: str


def html_held_out(pages: list[Page], models: dict[int, BlockModel], bench: Path) -> tuple[list[HtmlPage], list[str]]:
    """Each page's HTML parsed by the full pipeline with the model of the fold that never saw its
    site: the held-out estimate for HTML input (the shipped weights were fitted on the text
    dumps of these same pages, so the benchmark's HTML numbers are in-sample for the scorer)."""
    import gzip

    import clipper
    import clipper.classify as classify_module

    shipped = classify_module.default_model
    folds = {(pg.dataset, pg.page_id): pg.fold for pg in pages}
    out: list[HtmlPage] = []
    texts: list[str] = []
    try:
        for (dataset, pid), fold in sorted(folds.items()):
            path = bench / dataset / "html" / f"{pid}.html.gz"
            if not path.is_file():
                continue
            classify_module.default_model = lambda html=False, model=models[fold]: model
            try:
                text = clipper.parse(gzip.decompress(path.read_bytes())).text
            except clipper.ClipperError:
                text = ""
            out.append(HtmlPage(dataset, "html", pid))
            texts.append(text)
    finally:
        classify_module.default_model = shipped
    return out, texts


def report(pages, preds, bench: Path, scorer, title: str) -> None:
    print(f"\n{title}")
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for pg, text in zip(pages, preds):
        groups.setdefault((pg.dataset, pg.renderer), {})[pg.page_id] = text
    for (name, renderer), pred in sorted(groups.items()):
        ds = bench / name
        if name == "tfeval-dev":
            snippets = json.loads((ds / "snippets.json").read_text(encoding="utf-8"))
            overall, _, _ = scorer.score_snippets(pred, {k: snippets[k] for k in pred}, n_bootstrap=0)
            print(
                f"  {name:10} {renderer:16} P {overall['precision']:.3f} R {overall['recall']:.3f} "
                f"F1 {overall['f1']:.3f} acc {overall['accuracy']:.3f}"
            )
        else:
            truth = scorer.load_texts(str(ds / "gt"))
            truth = {k: truth[k] for k in pred}
            tok = "cjkchar" if name == "cjk-dev" else "aeb"
            overall, _, _ = scorer.score(pred, truth, tokenizer=tok, n_bootstrap=0)
            print(
                f"  {name:10} {renderer:16} P {overall['precision']:.3f} R {overall['recall']:.3f} "
                f"F1 {overall['f1']:.3f} mean page F1 {overall['mean_page_f1']:.3f}"
            )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench", type=Path, help="the shared bench folder (aeb-dev, cjk-dev, tfeval-dev, score.py)")
    ap.add_argument("--sets", nargs="*", default=["aeb-dev", "cjk-dev", "tfeval-dev"])
    ap.add_argument("--cv-only", action="store_true", help="report held-out scores, do not write weights")
    ap.add_argument("--dump", type=Path, help="write the held-out predictions to DIR/<set>/<renderer>/<id>.txt")
    ap.add_argument("--stages", type=int, default=3, help="stacked stages (1 = block shapes only)")
    ap.add_argument("--threshold", type=float, default=0.5, help="body when p(body) is at least this")
    ap.add_argument("--scan", type=float, nargs="*", help="also report held-out scores at these thresholds")
    ap.add_argument("--in-sample", action="store_true", help="also score the final model on all pages")
    ap.add_argument("--cache", type=Path, help="pickle of segmented pages and features, reused across runs")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation")
    ap.add_argument("--train-on", choices=["text", "html", "both"], default="text",
                    help="which inputs the scorer is fitted on: the text dumps (default), the HTML pages, or both")
    ap.add_argument("--html", action="store_true", help="with cross-validation: also parse each page's HTML with its fold's model")
    ap.add_argument("--out", type=Path, help="where the weights go (default: clipper/classify/weights.json, "
                    "weights_html.json with --train-on html)")
    args = ap.parse_args()
    if args.out is None:
        args.out = ROOT / "clipper" / "classify" / ("weights_html.json" if args.train_on == "html" else "weights.json")
    bench = args.bench.resolve()
    sys.path.insert(0, str(bench))
    scorer = importlib.import_module("score")

    if args.cache and args.cache.exists():
        pages, feats = pickle.loads(args.cache.read_bytes())
    else:
        pages = load(bench, scorer, args.sets, ("text", "html") if args.train_on == "both" else (args.train_on,))
        feats = _features(pages)
        if args.cache:
            args.cache.write_bytes(pickle.dumps((pages, feats)))
    ws = _sample_weights(pages, feats)
    print(f"{len(pages)} pages, {sum(len(f[0]) for f in feats)} blocks", file=sys.stderr)

    threshold = args.threshold
    if not args.no_cv:
        probs: list[np.ndarray] = [np.zeros(0)] * len(pages)
        models: dict[int, BlockModel] = {}
        for k in range(FOLDS):
            train_idx = [i for i, pg in enumerate(pages) if pg.fold != k]
            model = models[k] = BlockModel(train(pages, feats, ws, train_idx, args.stages).stages, threshold)
            for i, pg in enumerate(pages):
                if pg.fold == k:
                    probs[i] = probabilities(feats, i, model)
        for t in args.scan or []:
            report(pages, [texts_at(feats, i, probs[i], t) for i in range(len(pages))], bench, scorer, f"held out, threshold {t}")
        preds = [texts_at(feats, i, probs[i], threshold) for i in range(len(pages))]
        report(pages, preds, bench, scorer, f"held out by site ({FOLDS} folds), threshold {threshold}")
        if args.html:
            html_pages, html_texts = html_held_out(pages, models, bench)
            report(html_pages, html_texts, bench, scorer, f"HTML through the whole pipeline, held out by site ({FOLDS} folds)")
        if args.dump:
            for pg, text in zip(pages, preds):
                out = args.dump / pg.dataset / pg.renderer
                out.mkdir(parents=True, exist_ok=True)
                (out / f"{pg.page_id}.txt").write_text(text, encoding="utf-8")
    if args.cv_only:
        return 0
    model = BlockModel(train(pages, feats, ws, list(range(len(pages))), args.stages).stages, threshold)
    args.out.write_text(json.dumps(model.to_dict(), indent=None, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    if args.in_sample:
        report(pages, [predict_text(pg, model) for pg in pages], bench, scorer, "in-sample (all pages, full pipeline)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
