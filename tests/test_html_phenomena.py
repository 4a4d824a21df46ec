"""Page shapes the DOM evidence handles (clipper/classify/dom.py, class_words.toml): recipes,
live blogs, a CMS lead marked 'teaser', author boxes, data tables in the story."""

from __future__ import annotations

from pathlib import Path

import clipper
from clipper.classify.dom import ContentRole, class_word_table
from clipper.model import BlockType, ChromeKind
from clipper.writers.markdown import MarkdownWriter

PAGES = Path(__file__).resolve().parent / "html"


def parse(name: str) -> clipper.Article:
    return clipper.parse((PAGES / name).read_bytes(), keep_chrome=True)


def chrome_text(article: clipper.Article, kind: ChromeKind) -> str:
    return "\n".join(c.text for c in article.chrome or [] if c.kind is kind)


def test_recipe_card_beside_the_story_is_body():
    """Ingredients and steps sit in a card beside the story's text container: short lines and
    bare numbers the text rules take for a menu, but the recipe is the page's content."""
    a = parse("de-recipe.html")
    for line in ("120 g Zucker", "1 Pck. Backpulver", "1 TL Zimt"):
        assert line in a.text
    assert "Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen" in a.text
    assert "Etwa 35 Minuten goldbraun backen" in a.text
    # The recipe's neighbours are still furniture: related recipes (links) and reader comments.
    assert "Zwetschgenkuchen" not in a.text and "Margarine" not in a.text
    assert "Margarine" in chrome_text(a, ChromeKind.COMMENTS)


def test_live_blog_entries_are_body_reader_comments_are_not():
    """A live ticker's entries carry 'comment' class words and minute stamps that look like a
    stock ticker; under a 'live' element they are the story. The readers' comments are not."""
    a = parse("fr-liveblog.html")
    for entry in ("C'est terminé au Moustoir", "Une tête imparable sur corner", "se cherchent en ce début de match"):
        assert entry in a.text
    assert "Quel match" not in a.text and "arbitrage" not in a.text
    assert "arbitrage" in chrome_text(a, ChromeKind.COMMENTS)


def test_teaser_text_lead_is_body_teaser_links_are_related():
    """TYPO3's news lead is a 'teaser-text' without links; the sidebar's teasers are links."""
    a = parse("de-typo3-news.html")
    assert a.body[0].text.startswith("Nach dem ungewöhnlich warmen März")
    assert a.text.endswith("die Bestäubung wie gewohnt gelingt.")
    assert "Varroa" not in a.text and "Honigpreise" not in a.text


def test_author_box_is_not_body_and_data_table_rows_are():
    a = parse("es-author-table.html")
    assert "Lucía Fernández es redactora" not in a.text
    assert "La Serena | 3.219 | 18" in a.text and "Orellana | 808 | 41" in a.text
    assert a.text.endswith("los niveles medios de la última década.")
    assert "Lo más leído" not in a.text and "Cortes de tráfico" not in a.text
    rows = [b.text for b in a.body if b.type is BlockType.TABLE_ROW]
    assert rows[0] == "Embalse | Capacidad (hm³) | Reserva actual (%)" and len(rows) == 4
    md = MarkdownWriter().write(a)
    assert ("| Embalse | Capacidad (hm³) | Reserva actual (%) |\n| --- | --- | --- |\n"
            "| La Serena | 3.219 | 18 |") in md


def test_class_word_table_is_data_with_weak_words_and_roles():
    table = class_word_table()
    assert table["comments"].kind is ChromeKind.COMMENTS and not table["comments"].weak
    assert table["teaser"].kind is ChromeKind.RELATED and table["teaser"].weak
    assert table["widget"].weak and not table["sidebar"].weak
    assert table["ingredients"].role is ContentRole.RECIPE and table["liveblog"].role is ContentRole.LIVE
    assert all(m.kind is not None or m.role is not None for m in table.values())
