"""The classifier skips passes that would change nothing on a page: the CJK shapes' passes on
pages without a CJK block, the text-dump shapes' passes on HTML. Each skipped pass is run here
on such a page, and must leave every block as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.classify import classify, first_pass
from clipper.classify.cjk import breadcrumbs, cut_off_headlines, has_cjk, headline_lists, image_names, label_values, sentence_runs
from clipper.classify.labels import DEFAULT_PARAMETERS as P
from clipper.classify.revise import comment_section, cut_off_teasers, dumped, sentence_fragments, teaser_bullets, visible
from clipper.html import read_html
from clipper.lexicon import default_lexicon
from clipper.segment import segment

HERE = Path(__file__).parent


def _state(blocks):
    return [(b.quality, b.kind, b.reason, b.label, b.block_type) for b in blocks]


@pytest.mark.parametrize("name", ["de-recipe.html", "en-jsonld.html", "fr-liveblog.html", "ko-news.html"])
def test_text_dump_passes_change_nothing_on_html(name):
    blocks = classify(read_html((HERE / "html" / name).read_text(encoding="utf-8", errors="replace")).segments)
    assert blocks and not dumped(blocks)
    before = _state(blocks)
    assert visible(blocks) == blocks
    for run in (comment_section, cut_off_teasers, teaser_bullets):
        run(blocks, P)
    sentence_fragments(blocks)
    assert _state(blocks) == before


@pytest.mark.parametrize("name", ["de-bs4-kicker-teaser-run", "ar-bs4-read-also-box", "de-inscriptis-consent-dialog"])
def test_cjk_passes_change_nothing_without_a_cjk_block(name):
    text = (HERE / "cases" / name / "input.txt").read_text(encoding="utf-8")
    blocks, _ = first_pass(segment(text), default_lexicon(), P)
    assert blocks and not has_cjk(blocks) and dumped(blocks)
    before = _state(blocks)
    image_names(blocks)
    for run in (breadcrumbs, cut_off_headlines, headline_lists, label_values, sentence_runs):
        run(blocks, P)
    assert _state(blocks) == before


def test_a_cjk_page_runs_the_cjk_passes():
    text = (HERE / "cases" / "ja-blog-bs4-badges" / "input.txt").read_text(encoding="utf-8")
    blocks, _ = first_pass(segment(text), default_lexicon(), P)
    assert has_cjk(blocks)
