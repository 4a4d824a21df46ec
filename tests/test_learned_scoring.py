"""The learned scorer's fast path gives what predicting the training rows gives."""

from __future__ import annotations

import random

import pytest

from clipper.classify import first_pass
from clipper.classify.labels import DEFAULT_PARAMETERS
from clipper.classify.learned import BlockModel, Logistic, default_model, stage1_rows, stage2_rows
from clipper.classify.revise import visible
from clipper.decode import decode
from clipper.html import read_html
from clipper.lexicon import default_lexicon
from clipper.segment import segment

from .conftest import CASES

HTML_PAGES = CASES.parent / "html"

HTML_PAGE = """<html lang="de"><head><title>Stadtrat beschließt Radwege</title></head><body>
<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Stadtrat beschließt neue Radwege für die Innenstadt</h1>
<p class="byline">Von Anna Beispiel | 4. März 2025, 10:15 Uhr</p>
<p>Der Stadtrat hat am Donnerstag den Plan für neue Radwege beschlossen, der von vielen Bürgern
gefordert wurde. Die ersten Abschnitte sollen noch in diesem Jahr gebaut werden.</p>
<h2>Kritik vom Handel</h2>
<p>Einzelhändler fürchten, dass Parkplätze wegfallen. Die Verwaltung verspricht, mit den Geschäften
über Lieferzonen zu sprechen, bevor die Arbeiten beginnen.</p>
<blockquote>„Wir wollen eine Stadt, in der man gern Rad fährt“, sagte die Bürgermeisterin.</blockquote>
</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Busse fahren öfter</a></li><li><a href="/b">Neue Brücke × 2</a></li></ul></aside>
<footer>© 2025 Beispiel Zeitung · Impressum · Datenschutz</footer></body></html>"""


def _pages():
    """(blocks the scorer is shown, has_stopwords, html) of every case and HTML test page."""
    lexicon = default_lexicon()
    inputs = [segment(path.read_text(encoding="utf-8")) for path in sorted(CASES.glob("*/input.txt"))]
    inputs += [read_html(decode(path.read_bytes(), None).text).segments for path in sorted(HTML_PAGES.glob("*.html"))]
    inputs.append(read_html(HTML_PAGE).segments)
    for segments in inputs:
        blocks, has_stopwords = first_pass(segments, lexicon, DEFAULT_PARAMETERS)
        shown = visible(blocks)
        if shown:
            yield shown, has_stopwords, any(s.dom is not None for s in segments)


def _by_rows(model: BlockModel, blocks, has_stopwords) -> list[float]:
    """What scripts/train_classifier.py computes: every stage's rows, then predict."""
    own, rows = stage1_rows(blocks, has_stopwords)
    p = model.stages[0].predict(rows)
    for stage in model.stages[1:]:
        p = stage.predict(stage2_rows(blocks, own, p))
    return p


def _random_model(rng: random.Random, stages: int, width1: int, width2: int) -> BlockModel:
    def logistic(width: int) -> Logistic:
        return Logistic(
            tuple(rng.uniform(-1, 1) for _ in range(width)),
            tuple(rng.uniform(0.05, 2) for _ in range(width)),
            tuple(rng.uniform(-3, 3) for _ in range(width)),
            rng.uniform(-1, 1),
        )

    return BlockModel((logistic(width1), *(logistic(width2) for _ in range(stages - 1))))


def test_the_shipped_models_score_every_case_as_their_rows_do() -> None:
    pages = list(_pages())
    assert len(pages) > 100 and sum(html for *_, html in pages) > 10
    for blocks, has_stopwords, html in pages:
        model = default_model(html=html)
        assert model is not None
        fast = model.probabilities(blocks, has_stopwords)
        assert fast == pytest.approx(_by_rows(model, blocks, has_stopwords), abs=1e-9, rel=0)


@pytest.mark.parametrize("stages", [1, 2, 4])
def test_any_model_of_the_right_width_scores_as_its_rows_do(stages: int) -> None:
    rng = random.Random(stages)
    pages = list(_pages())[::10]
    blocks, has_stopwords, _ = pages[0]
    own, rows = stage1_rows(blocks, has_stopwords)
    width1, width2 = len(rows[0]), len(stage2_rows(blocks, own, [0.5] * len(blocks))[0])
    model = _random_model(rng, stages, width1, width2)
    for blocks, has_stopwords, _ in pages:
        fast = model.probabilities(blocks, has_stopwords)
        assert fast == pytest.approx(_by_rows(model, blocks, has_stopwords), abs=1e-9, rel=0)
