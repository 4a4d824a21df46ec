"""HTML reader: what becomes a block, and the DOM hints each block carries."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from clipper.html import html_to_segments, read_html
from clipper.html.hints import MAX_CLASS_CHARS, class_words
from clipper.html.reader import collapse


def texts(html: str) -> list[str]:
    return [s.text for s in html_to_segments(html)]


def test_script_style_template_and_hidden_nodes_are_dropped():
    html = """<html><head><title>T</title><style>p{color:red}</style></head><body>
    <p>Visible text.<script>var x = "script text";</script> More visible.</p>
    <template><p>Template text.</p></template>
    <p hidden>Hidden attribute.</p>
    <p style="display: none">Hidden by style.</p>
    <div aria-hidden="true">Hidden from readers.</div>
    <!-- a comment --><p>After a comment.</p>
    <noscript><p>Shown without scripts.</p></noscript>
    </body></html>"""
    assert texts(html) == ["Visible text. More visible.", "After a comment.", "Shown without scripts."]


def test_inline_elements_join_and_block_elements_split():
    html = "<body><div>Lead <b>bold</b> and <a href='#'>link</a>.<p>Inner paragraph.</p>Tail text.</div></body>"
    assert texts(html) == ["Lead bold and link.", "Inner paragraph.", "Tail text."]


def test_one_br_joins_lines_two_end_the_paragraph():
    html = "<body><div>First line<br>same paragraph<br><br>Second paragraph</div></body>"
    assert texts(html) == ["First line same paragraph", "Second paragraph"]


def test_cjk_line_breaks_vanish_latin_ones_become_spaces():
    assert collapse("気象台によると、\n  峠道では") == "気象台によると、峠道では"
    assert collapse("two\n   words") == "two words"
    assert collapse("서울시는\n14일") == "서울시는 14일"  # Hangul is written with spaces


def test_hints_tag_path_class_words_heading_and_boilerplate():
    html = """<body><nav class="main-menu"><ul><li><a href="/">Home</a></li></ul></nav>
    <article class="story articleBody"><h2 id="sub-head">Subhead</h2>
    <p>Text with <a href="#">a link</a> inside.</p></article></body>"""
    segs = html_to_segments(html)
    home, sub, para = segs
    assert home.dom.in_boilerplate_tag == "nav" and home.bullet and home.dom.link_density == 1.0
    assert home.dom.path == ("nav", "ul", "li")
    assert "menu" in home.dom.class_words[0].split()
    assert sub.dom.heading_level == 2 and sub.dom.tag == "h2"
    assert para.dom.path == ("article", "p") and para.dom.class_words[0] == "story article body"
    assert 0.2 < para.dom.link_density < 0.4
    assert para.dom.in_boilerplate_tag is None
    # Blocks of one container share its id; ids tell containers apart.
    assert sub.dom.ancestors[0] == para.dom.ancestors[0] != home.dom.ancestors[0]


def test_lists_and_quotes():
    html = "<body><ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul><blockquote><p>Said.</p></blockquote></body>"
    segs = html_to_segments(html)
    assert [(s.text, s.bullet, s.depth) for s in segs[:3]] == [("One", True, 0), ("Two", True, 0), ("Nested", True, 1)]
    assert segs[3].quote and segs[3].text == "Said."


def test_data_table_rows_are_blocks_layout_tables_are_not():
    data = "<body><table><tr><th>Team</th><th>Points</th></tr><tr><td>Lions</td><td>42</td></tr></table></body>"
    assert texts(data) == ["Team | Points", "Lions | 42"]
    layout = "<body><table><tr><td><p>Left column text.</p></td><td><div>Right column.</div></td></tr></table></body>"
    assert texts(layout) == ["Left column text.", "Right column."]


def test_blocks_carry_their_source_lines():
    html = "<html>\n<body>\n<p>Line three.</p>\n\n<p>Line\nfive and six.</p>\n</body></html>"
    segs = html_to_segments(html)
    assert [(s.first_line, s.last_line) for s in segs] == [(3, 3), (5, 6)]


def test_class_words_split_case_and_separators():
    assert class_words("relatedNews share-bar", "post_42") == "related news share bar post"
    assert class_words(None, None) == ""


def _words_token_by_token(value: str) -> str:
    """The class words as first written: each token split at its camel-case seams, then lowered."""
    out = []
    for token in re.split(r"[^A-Za-z0-9]+", value[:MAX_CLASS_CHARS]):
        for part in re.split(r"(?<=[a-z])(?=[A-Z])", token) if token else ():
            part = part.lower()
            if part and not part.isdigit():
                out.append(part)
    return " ".join(out)


@given(st.text(alphabet="aZbY09_- .é\u212a\u0130ß", max_size=40))
def test_class_words_are_those_of_each_token_split_on_its_own(value: str) -> None:
    # The Kelvin sign and dotted capital I lower to ASCII letters: they still separate words.
    assert class_words(value, None) == _words_token_by_token(value)


def test_xml_declaration_and_deep_nesting_are_read():
    deep = "<div>" * 3000 + "Deep text here." + "</div>" * 3000
    assert texts('<?xml version="1.0" encoding="utf-8"?><html><body>' + deep + "</body></html>") == ["Deep text here."]
    assert read_html("<p>x</p>").meta.title is None
