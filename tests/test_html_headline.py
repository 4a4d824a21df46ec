"""The headline of an HTML page: the markup's headline matched to a visible heading, else the
<h1> nearest the body; a body paragraph is never taken for it (clipper/metadata/head.py)."""

from __future__ import annotations

from pathlib import Path

import clipper

PAGES = Path(__file__).resolve().parent / "html"


def parse(name: str) -> clipper.Article:
    return clipper.parse((PAGES / name).read_bytes())


def test_short_h1_matching_og_title_beats_a_quote_under_it():
    """A one-word <h1> and a quoted sentence without a full stop under it: the quote looks more
    like a headline to the text rules, but the markup names the <h1>."""
    a = parse("de-blog-short-h1.html")
    assert a.title == "Zeitmanagement"
    assert a.body[0].text == "„Wer keine Zeit hat, hat sie nur falsch verteilt“"
    assert a.text.endswith("nicht mehr über Wochen liegen bleiben.")


def test_markup_headline_matches_an_h2_when_the_h1_is_the_logo():
    a = parse("es-h2-headline-logo-h1.html")
    assert a.title == "El puerto amplía su terminal de contenedores"
    assert "Diario del Litoral" not in a.text
    assert "La autoridad portuaria presentó el martes" in a.text


def test_h1_nearest_the_body_when_the_markup_title_is_rewritten():
    a = parse("en-og-title-rewritten.html")
    assert a.title == "Hall saved after ten-month appeal"
    assert a.text.startswith("Volunteers in Aldbrook have raised")
    assert a.authors == ["Priya Lennox"]


def test_a_body_paragraph_is_never_the_headline():
    """No heading at all: the first paragraph (a sentence without its full stop) stays body and
    the <title> without the site name is the headline."""
    a = parse("fr-no-heading.html")
    assert a.title == "Le marché couvert rouvre ses portes"
    assert a.text.startswith("Après huit mois de travaux, le marché couvert")


def test_title_with_section_and_site_after_underscores_names_a_plain_div():
    """'Headline_Section_Site' in <title>; the headline is a styled <div>, a breadcrumb above it."""
    a = parse("zh-title-underscore.html")
    assert a.title == "城市公园新增夜间开放时段"
    assert a.text.startswith("记者从市园林局获悉")


def test_h1_that_says_the_markup_headline_wins_inside_a_tags_wrapper():
    """The <h1> sits in a container named 'tags' (navigation to the DOM rules); a link heading
    above it ('Back to blog') must not become the title."""
    a = parse("en-h1-in-tags-wrapper.html")
    assert a.title == "Rebuilding a Flaky Test Suite in Two Weeks"
    assert a.text.startswith("Our continuous integration runs")
