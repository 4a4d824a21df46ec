"""The deck under the headline (clipper/metadata/__init__.py, DECK_IN_BODY_WEIGHT): a short
standfirst is the subtitle only; a deck that reads as a paragraph is the subtitle and stays
the body's first paragraph too, and the Markdown writer prints it once."""

from __future__ import annotations

from pathlib import Path

import clipper
from clipper.writers import Registry

PAGES = Path(__file__).resolve().parent / "html"


def parse(name: str) -> clipper.Article:
    return clipper.parse((PAGES / name).read_bytes())


def test_paragraph_like_deck_is_subtitle_and_first_paragraph():
    a = parse("de-long-deck.html")
    deck = a.subtitle
    assert deck is not None and deck.startswith("Nach dem Hochwasser im vergangenen Frühjahr")
    assert a.body[0].text == deck
    assert a.body[1].text.startswith("Die beiden Deiche sollen")
    assert a.authors == ["Jana Kessler"] and a.published == "2023-05-12T14:20"
    md = Registry.builtin().get("markdown").write(a)
    assert md.count("Nach dem Hochwasser im vergangenen Frühjahr") == 2  # front matter and body, not a third time


def test_short_standfirst_is_only_the_subtitle():
    a = parse("en-short-deck.html")
    assert a.subtitle == "A six-month trial starts in September"
    assert "six-month trial starts" not in a.text
    assert a.text.startswith("Northfield's central library will open")


TEXT_PAGE = """Menü   Start   Lokales   Sport

Radweg zwischen Ober- und Unterdorf eröffnet

Nach zwei Jahren Bauzeit ist der neue Radweg entlang der Kreisstraße freigegeben worden. Er
verbindet die beiden Ortsteile erstmals ohne Umweg über die Bundesstraße und soll vor allem
Schulkindern den Weg sicherer machen.

Von Jana Kessler | 14.09.2023, 09:10 Uhr

Rund 1,2 Millionen Euro hat der knapp drei Kilometer lange Weg gekostet. Den größten Teil
davon trägt der Landkreis, die Gemeinde beteiligt sich mit einem Viertel an den Kosten.

Zur Eröffnung kamen am Samstag mehr als hundert Radfahrerinnen und Radfahrer, darunter
viele Familien mit Kindern.

© 2023 Kreisbote
"""


def test_text_dump_keeps_a_paragraph_like_deck_in_the_body():
    """The same policy on the text path: the metadata code is shared."""
    a = clipper.parse(TEXT_PAGE)
    assert a.title == "Radweg zwischen Ober- und Unterdorf eröffnet"
    assert a.subtitle is not None and a.subtitle.startswith("Nach zwei Jahren Bauzeit")
    assert a.body[0].text == a.subtitle
    assert a.authors == ["Jana Kessler"]


def test_deck_in_body_keeps_its_lines_and_every_line_counts_once():
    """With --keep-chrome the deck that is also the first paragraph points at that block's
    lines, and the provenance property (each line accounted for once) still holds."""
    from clipper.pipeline import analyse, build_article
    from tests.fuzzing import check_provenance, normalised_input

    a = build_article(analyse(TEXT_PAGE), keep_chrome=True)
    assert a.subtitle_lines == a.body[0].lines == (5, 7)
    check_provenance(normalised_input(TEXT_PAGE), a)
