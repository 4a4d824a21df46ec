"""Whole HTML pages through parse() and the CLI: body, chrome kinds, metadata, encodings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import clipper
from clipper.model import BlockType, ChromeKind, InputFormat
from clipper.pipeline import Options
from clipper.writers.markdown import MarkdownWriter

from .test_cli import run

PAGES = Path(__file__).resolve().parent / "html"


def parse(name: str, **kw) -> clipper.Article:
    return clipper.parse((PAGES / name).read_bytes(), keep_chrome=True, **kw)


def kinds(article: clipper.Article) -> set[ChromeKind]:
    return {c.kind for c in article.chrome or []}


def test_korean_news_page():
    a = parse("ko-news.html")
    assert a.source.format is InputFormat.HTML
    assert a.title == "서울 지하철 심야 운행 재개"
    assert a.published == "2025-03-14T09:30:00+09:00" and a.modified == "2025-03-14T11:05:00+09:00"
    assert a.authors == ["김민준"] and a.publisher == "한빛일보" and a.language == "ko"
    assert len(a.body) == 5 and a.body[0].text.startswith("서울시는 다음 달부터")
    assert (a.body[2].type, a.body[2].text) == (BlockType.HEADING, "노조와의 협의 과정")
    for chrome_text in ("정치", "코스피", "광고", "페이스북", "버스 노선", "반가운 소식", "무단전재", "숨겨져"):
        assert chrome_text not in a.text
    assert {ChromeKind.NAVIGATION, ChromeKind.TICKER, ChromeKind.ADVERTISEMENT, ChromeKind.SHARE,
            ChromeKind.RELATED, ChromeKind.COMMENTS} <= kinds(a)


def test_english_page_with_json_ld_keeps_structure_for_markdown():
    a = parse("en-jsonld.html")
    assert a.title == "Tidal power plan approved for Severn estuary"
    assert a.published == "2024-06-02T07:15:00+00:00"
    assert a.authors == ["Eleanor Marsh", "Tom Okafor"]
    assert a.publisher == "The Coastline Herald" and a.language == "en"
    types = [b.type for b in a.body]
    assert BlockType.HEADING in types and BlockType.LIST_ITEM in types and BlockType.QUOTE in types
    assert "Surveys | 2024" in a.text  # a data table in the body survives, row by row
    assert a.text.endswith("challenge it in the courts.")
    for chrome_text in ("Share on Facebook", "Most read", "Heatwave", "All rights reserved", "Weather"):
        assert chrome_text not in a.text
    md = MarkdownWriter().write(a)
    assert "## What happens next" in md and "- Site surveys will start this autumn." in md
    assert "> This is the most important decision" in md


def test_japanese_shift_jis_page():
    a = parse("ja-sjis.html")
    assert a.source.encoding == "cp932"
    assert a.title == "北海道で初雪を観測　平年より早く"
    # The holder the visible notice names wins over og:site_name ('みなと新聞'), as in a text dump of the page.
    assert a.publisher == "Minato Shimbun" and a.language == "ja"
    assert a.published == "2024-10-18T08:00:00+09:00"
    assert len(a.body) == 3
    # The line break inside the second paragraph joins two Japanese sentences without a space.
    assert "雪が降った。峠道では" in a.body[1].text
    assert "関連記事" not in a.text and "トップ" not in a.text


def test_chrome_lines_point_at_the_page_source():
    a = parse("ko-news.html")
    source = (PAGES / "ko-news.html").read_text(encoding="utf-8").splitlines()
    for chrome in a.chrome or []:
        first = source[chrome.lines[0] - 1]
        assert chrome.text.split("\n")[0].split()[0] in first


def test_html_in_a_txt_file_is_read_as_html_unless_told_otherwise():
    data = (PAGES / "hidden-html.txt").read_bytes()
    a = clipper.parse(data)
    assert a.source.format is InputFormat.HTML
    assert a.title == "Canal boat festival returns"
    assert "<p>" not in a.text and a.text.startswith("The canal boat festival returns")
    forced = clipper.parse(data, options=Options(input_format=InputFormat.TEXT))
    assert forced.source.format is InputFormat.TEXT


@pytest.mark.parametrize("fmt,expected", [(None, "html"), ("text", "text")])
def test_cli_sniffs_html_by_content_and_input_format_overrides(fmt, expected):
    args = ["parse", str(PAGES / "hidden-html.txt")] + (["--input-format", fmt] if fmt else [])
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["source"]["format"] == expected


def test_cli_folder_mixing_text_and_html(tmp_path: Path):
    (tmp_path / "a.html").write_bytes((PAGES / "en-jsonld.html").read_bytes())
    (tmp_path / "b.txt").write_bytes((PAGES / "hidden-html.txt").read_bytes())
    (tmp_path / "c.txt").write_text("Plain dump\n\nThe council approved the budget on Monday after a long debate that ran late into the night.\n", encoding="utf-8")
    r = run("parse", str(tmp_path), "-f", "jsonl")
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.decode().splitlines()]
    formats = sorted((Path(rec["source"]["path"]).name, rec["source"]["format"]) for rec in records)
    assert formats == [("a.html", "html"), ("b.txt", "html"), ("c.txt", "text")]
