"""The JSON-LD articleBody stands in for a body the DOM does not show (clipper/html/fallback.py)."""

from __future__ import annotations

from pathlib import Path

import clipper

PAGES = Path(__file__).resolve().parent / "html"


def parse(name: str) -> clipper.Article:
    return clipper.parse((PAGES / name).read_bytes())


def test_app_shell_page_takes_its_body_from_json_ld():
    """The story is rendered by JavaScript; the HTML holds only a loading notice and the JSON-LD."""
    a = parse("pt-jsonld-app-shell.html")
    assert a.title == "Prefeitura anuncia nova linha de ônibus noturna"
    assert len(a.body) == 4  # one paragraph per line of the articleBody
    assert a.body[0].text.startswith("A prefeitura anunciou nesta segunda-feira")
    assert a.text.endswith("será avaliado depois de seis meses.")
    assert "Carregando" not in a.text
    assert a.authors == ["Mariana Lopes"]


def test_teaser_paragraph_gives_way_to_the_whole_story_once():
    """The page shows the first paragraph and a paywall; the articleBody holds the whole story."""
    a = parse("en-jsonld-teaser.html")
    assert a.text.count("Repairs to the harbour wall") == 1
    assert a.text.endswith("between the board and the county council.")
    assert "Subscribe" not in a.text


def test_a_full_dom_body_is_kept_when_json_ld_agrees():
    """A page whose DOM shows the story is not touched (the JSON-LD page of test_html_pages)."""
    a = parse("en-jsonld.html")
    assert a.text.startswith("Ministers have approved a long-delayed plan")
    assert all(b.text for b in a.body)
