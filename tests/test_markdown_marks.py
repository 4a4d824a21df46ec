"""Inline Markdown marks of html2text dumps are taken out of the record, and only of those."""

from __future__ import annotations

import pytest

import clipper
from clipper.markdown_marks import is_markdown_dump, strip_marks

HTML2TEXT_PAGE = """# Kindersitze im Test: Worauf Eltern achten sollten

_Von Anna Berger_ | 12.03.2025

Ein Kindersitz muss zum Kind und zum Auto passen. Besonders bei Babyschalen sollte
geprüft werden, ob die **Gurtlänge** im Fahrzeug ausreicht, um den Sitz sicher
anzuschnallen.

**2\\. Die richtige Größe wählen**

Die Größe richtet sich nach der Körpergröße des Kindes, nicht nach dem Alter. Eltern
sollten den Sitz vor dem Kauf im eigenen Auto ausprobieren, _am besten mit dem Kind_.

\\- Anzeige -

Mehr zum Thema
  * [Winterreifen im Test](https://example.de/winterreifen)
  * [Dachboxen im Vergleich](https://example.de/dachboxen)
"""

W3M_PAGE = """Python-Klassen richtig einsetzen

Die Methode __init__ wird beim Anlegen eines Objekts aufgerufen. Das Cookie _ga_ speichert
eine Kennung, und die Note 5*3*2 ist hier ein Produkt, kein Kursivtext.

Wer **Sterne** wörtlich schreibt, meint sie auch so: w3m rendert keine Markdown-Auszeichnung.
"""


@pytest.mark.parametrize(
    "marked, plain",
    [
        ("die **Gurtlänge** im", "die Gurtlänge im"),
        ("Zahl ** 5819 ** heute", "Zahl 5819 heute"),
        ("_So geht der Sazerac:_", "So geht der Sazerac:"),
        ("**2\\. Choose the Right Pot**", "2. Choose the Right Pot"),
        ("Chris Davies \\- Nov 19", "Chris Davies - Nov 19"),
        ("see [the report](https://x.org/a_(b)) and ![chart](/c.png) here", "see the report and here"),
    ],
)
def test_strip_marks(marked, plain):
    assert strip_marks(marked) == plain


@pytest.mark.parametrize("text", ["a**e and f**k", "__init__ and __slots__", "snake_case_name and x_1", "********"])
def test_strip_marks_leaves_what_is_not_a_mark(text):
    assert strip_marks(text) == text


def test_markdown_dump_is_recognised_and_others_are_not():
    assert is_markdown_dump(HTML2TEXT_PAGE)
    assert not is_markdown_dump(W3M_PAGE)
    # JavaScript left in a dump is not a run of links.
    assert not is_markdown_dump('return new a["default"](function(o){}); x["y"](function(e){})')


def test_record_of_a_markdown_dump_has_no_marks():
    article = clipper.parse(HTML2TEXT_PAGE)
    assert "Gurtlänge" in article.text and "**" not in article.text
    assert "am besten mit dem Kind." in article.text
    assert "\\" not in article.text
    assert article.title == "Kindersitze im Test: Worauf Eltern achten sollten"


def test_record_of_a_plain_dump_keeps_its_characters():
    article = clipper.parse(W3M_PAGE)
    assert "__init__" in article.text and "_ga_" in article.text and "**Sterne**" in article.text
