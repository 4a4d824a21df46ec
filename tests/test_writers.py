"""Writers are tested on models built directly, not through the parser."""

from __future__ import annotations

import json

import pytest

from clipper.errors import UnknownWriterError
from clipper.model import Article, Block, BlockType, Chrome, ChromeKind, Source
from clipper.writers import Registry


@pytest.fixture
def article() -> Article:
    return Article(
        title='Title with "quotes": and colon',
        subtitle="Deck",
        published="2025-02-06T15:54",
        authors=["Jane Doe", "홍길동"],
        publisher="Example",
        language="en",
        body=[
            Block(text="First paragraph."),
            Block(type=BlockType.HEADING, text="A section"),
            Block(type=BlockType.LIST_ITEM, text="one"),
            Block(type=BlockType.LIST_ITEM, text="two"),
            Block(type=BlockType.QUOTE, text="Quoted words."),
            Block(text="# not a heading"),
        ],
        text="First paragraph.",
        source=Source(path="page.txt", encoding="utf-8"),
    )


def test_json_roundtrip(article):
    out = Registry.builtin().get("json").write(article)
    data = json.loads(out)
    assert data["title"] == article.title and data["authors"] == ["Jane Doe", "홍길동"]
    assert "chrome" not in data  # only with --keep-chrome
    assert "홍길동" in out  # non-ASCII kept readable


def test_json_with_chrome(article):
    art = article.model_copy(update={"chrome": [Chrome(kind=ChromeKind.TICKER, text="+1%", lines=(3, 4))]})
    data = json.loads(Registry.builtin().get("json").write(art))
    assert data["chrome"] == [{"kind": "ticker", "text": "+1%", "lines": [3, 4]}]


def test_jsonl_is_one_line(article):
    out = Registry.builtin().get("jsonl").write(article)
    assert out.endswith("\n") and out.count("\n") == 1
    assert json.loads(out)["body"][1] == {"type": "heading", "text": "A section"}


def test_markdown(article):
    out = Registry.builtin().get("markdown").write(article)
    front, rest = out.split("\n---\n", 1)
    assert front.startswith("---\n")
    assert 'title: "Title with \\"quotes\\": and colon"' in front
    assert "authors:\n  - \"Jane Doe\"\n  - \"홍길동\"" in front
    assert "source:\n  path: \"page.txt\"\n  format: text" in front
    assert "# Title with" in rest
    assert "## A section" in rest
    assert "- one\n- two" in rest
    assert "> Quoted words." in rest
    assert "\\# not a heading" in rest


def test_markdown_prints_a_deck_kept_in_the_body_once(article):
    """A paragraph-like deck is the subtitle and the body's first block: shown once, in the body."""
    deck = "A deck long enough to read as the story's first paragraph, kept in the body."
    art = article.model_copy(update={"subtitle": deck, "body": [Block(text=deck), Block(text="Second.")]})
    out = Registry.builtin().get("markdown").write(art)
    front, rest = out.split("\n---\n", 1)
    assert f"subtitle: \"{deck}\"" in front
    assert rest.count(deck) == 1 and "*" + deck not in rest
    short = Registry.builtin().get("markdown").write(article)
    assert "*Deck*" in short  # a deck that is only the subtitle is still printed under the title


def test_markdown_prints_a_headline_repeated_as_the_first_heading_once(article):
    art = article.model_copy(update={"body": [Block(type=BlockType.HEADING, text=article.title), Block(text="First.")]})
    rest = Registry.builtin().get("markdown").write(art).split("\n---\n", 1)[1]
    assert rest.count(article.title) == 1 and rest.lstrip().startswith("# " + article.title)
    later = article.model_copy(update={"body": [Block(text="First."), Block(type=BlockType.HEADING, text=article.title)]})
    assert Registry.builtin().get("markdown").write(later).split("\n---\n", 1)[1].count(article.title) == 2


def test_text_writer(article):
    out = Registry.builtin().get("text").write(article)
    assert out.startswith(article.title + "\n\nFirst paragraph.")


def test_unknown_writer_lists_available():
    with pytest.raises(UnknownWriterError, match=r"unknown writer 'markdwn' \(available: json, jsonl, markdown, text\)"):
        Registry.builtin().get("markdwn")


def test_register_custom_writer(article):
    class Upper:
        name = "upper"
        extension = "up"
        streamable = True

        def write(self, art):
            return (art.title or "").upper() + "\n"

    reg = Registry.builtin()
    reg.register(Upper())
    assert reg.get("upper").write(article).startswith("TITLE WITH")
    assert "upper" in reg.names()


def test_object_without_protocol_is_refused():
    reg = Registry.builtin()

    class Broken:
        name = "broken"

    reg.register(Broken)
    with pytest.raises(UnknownWriterError, match="failed to load"):
        reg.get("broken")


def test_markdown_table_rows_become_one_pipe_table_with_cells_escaped():
    from clipper.model import Article, Block, BlockType
    from clipper.writers.markdown import MarkdownWriter

    rows = ["Team | Won | Lost", "A|B United | 3", "Rovers | 1 | 2"]
    body = [Block(text="Standings after round 3."), *(Block(type=BlockType.TABLE_ROW, text=r) for r in rows),
            Block(text="The league resumes in March.")]
    md = MarkdownWriter().write(Article(title="Standings", body=body))
    assert ("Standings after round 3.\n\n| Team | Won | Lost |\n| --- | --- | --- |\n"
            "| A\\|B United | 3 |  |\n| Rovers | 1 | 2 |\n\nThe league resumes in March.") in md
