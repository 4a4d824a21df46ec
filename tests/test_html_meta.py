"""Page metadata: JSON-LD, Open Graph / article:* tags, <time>, <html lang>, and the merge."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import html as lxml_html

import clipper
from clipper.metadata.htmlmeta import iso_date, page_metadata, reconcile, squash


def meta_of(html: str):
    return page_metadata(lxml_html.document_fromstring(html))


def test_json_ld_article_beats_open_graph_and_the_wrapping_webpage():
    page = meta_of("""<html lang="de"><head>
    <meta property="og:title" content="OG Titel | Stadtblatt">
    <meta property="og:site_name" content="Stadtblatt">
    <meta property="article:published_time" content="2023-05-01T08:00:00+02:00">
    <script type="application/ld+json">{"@graph": [
      {"@type": "WebPage", "datePublished": "2010-01-01"},
      {"@type": ["NewsArticle"], "headline": "Neue Brücke eröffnet",
       "datePublished": "2023-05-02T09:30:00+02:00", "dateModified": "2023-05-02T12:00",
       "author": [{"@type": "Person", "name": "Anna Weber"}, {"@type": "Organization", "name": "dpa"}],
       "publisher": {"@type": "Organization", "name": "Stadtblatt GmbH"}, "inLanguage": "de-DE"}]}
    </script></head><body></body></html>""")
    assert page.title == "Neue Brücke eröffnet"
    assert page.published == "2023-05-02T09:30:00+02:00"
    assert page.modified == "2023-05-02T12:00:00"
    assert page.authors == ["Anna Weber"]  # organisations are publishers, not authors
    assert page.publisher == "Stadtblatt GmbH"
    assert page.language == "de"


def test_open_graph_and_meta_names_when_there_is_no_json_ld():
    page = meta_of("""<html lang="es-MX"><head><title>Sube el precio del maíz - Diario Sur</title>
    <meta property="og:site_name" content="Diario Sur">
    <meta name="pubdate" content="20240311">
    <meta name="author" content="Por Luis Pérez y Ana Ruiz">
    </head><body></body></html>""")
    assert page.title == "Sube el precio del maíz"
    assert page.published == "2024-03-11"
    assert page.language == "es"
    assert page.publisher == "Diario Sur"


def test_time_element_is_the_last_resort_for_the_date_and_broken_json_is_ignored():
    page = meta_of("""<html><head><script type="application/ld+json">{not json</script></head>
    <body><time datetime="garbage">x</time><time datetime="2022-12-24T18:00:00Z">24.12.</time></body></html>""")
    assert page.published == "2022-12-24T18:00:00+00:00"


def test_implausible_dates_are_rejected():
    assert iso_date("1970-01-01T00:00:00Z") is None  # epoch zero: an unset field
    assert iso_date("2024-02-30") is None
    assert iso_date("next tuesday") is None
    assert iso_date("2019-11-19T08:21:00.000Z") == "2019-11-19T08:21:00+00:00"
    assert iso_date("2019-11-19 08:21 +0530") == "2019-11-19T08:21:00+05:30"


def test_markup_sources_that_disagree_on_the_zone_the_page_decides():
    # JSON-LD writes the UTC wall clock with the site's zone; Open Graph has the right instant.
    page = meta_of("""<html><head>
    <meta property="article:published_time" content="2019-11-20T04:31:13+00:00">
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-20T04:31:13-06:00"}</script>
    </head><body></body></html>""")
    assert page.published_all == ["2019-11-20T04:31:13-06:00", "2019-11-20T04:31:13+00:00"]
    # The page shows 'Nov 19, 2019 10:31pm CST': the +00:00 value is that moment, not the -06:00 one.
    assert reconcile("2019-11-19T22:31-06:00", page.published_all) == "2019-11-19T22:31:13-06:00"


@pytest.mark.parametrize(
    "visible,markup,expected",
    [
        # The page's local time without a zone: the markup's instant names the zone.
        ("2019-11-19T20:59", ["2019-11-20T02:59:46+00:00"], "2019-11-19T20:59:46-06:00"),
        ("2022-05-06T02:00", ["2022-05-05T21:00:00-05:00"], "2022-05-06T02:00:00+00:00"),
        # The same instant in two zones: the page's zone is kept, the markup adds seconds.
        ("2019-11-19T08:03-05:00", ["2019-11-19T13:03:00+00:00"], "2019-11-19T08:03:00-05:00"),
        # The page shows the day; the markup gives its time.
        ("2018-09-24", ["2018-09-24T16:45:00+03:00"], "2018-09-24T16:45:00+03:00"),
        # A markup midnight is a day.
        ("2020-02-19", ["2020-02-19T00:00:00-05:00"], "2020-02-19"),
        (None, ["2020-02-19T00:00:00-05:00"], "2020-02-19"),
        # Markup without a zone adds seconds to the page's time.
        ("2019-11-18T21:24-05:00", ["2019-11-19T02:24:00"], "2019-11-18T21:24:00-05:00"),
        # Markup that contradicts the page's date line is wrong: another day, another moment.
        ("2019-11-18T07:45-08:00", ["2019-11-18T10:45:00+00:00"], "2019-11-18T07:45-08:00"),
        ("2014-01-08", ["2014-01-12T10:00:00+01:00"], "2014-01-08"),
        # No date on the page: the markup's.
        (None, ["2019-11-19T11:00:09+00:00"], "2019-11-19T11:00:09+00:00"),
        ("2019-11-19", [], "2019-11-19"),
    ],
)
def test_visible_and_markup_dates_are_reconciled(visible, markup, expected):
    assert reconcile(visible, markup) == expected


def test_markup_modified_that_is_not_after_published_is_a_save_not_an_update():
    html = """<html><head>
    <meta property="article:published_time" content="2022-05-04T09:43:07+00:00">
    <meta property="article:modified_time" content="2022-05-04T09:43:07+00:00">
    </head><body><article><h1>Council approves the new tram line</h1>
    <p>The council approved the extension on Thursday evening after a long debate about costs and routes, and work will start in spring.</p>
    <p>Residents along the route will be consulted about the position of the new stops before the final plans are published.</p>
    </article></body></html>"""
    article = clipper.parse(html)
    assert article.published == "2022-05-04T09:43:07+00:00"
    assert article.modified is None


BODY = """<p>The council approved the extension on Thursday evening after a long debate about costs and routes, and work will start in spring.</p>
<p>Residents along the route will be consulted about the position of the new stops before the final plans are published.</p>"""


def test_the_visible_headline_and_byline_beat_markup_written_for_search():
    html = f"""<html><head><title>Opinion | Tram line approved - City Post</title>
    <meta property="og:title" content="Opinion | Tram line approved">
    <meta property="og:site_name" content="City Post">
    <meta name="author" content="City Post">
    </head><body><article><h1>Council approves the new tram line to the airport</h1>
    <p class="byline">By Maria Gonzalez</p>{BODY}</article></body></html>"""
    article = clipper.parse(html)
    assert article.title == "Council approves the new tram line to the airport"
    assert article.authors == ["Maria Gonzalez"]


def test_markup_authors_fill_in_only_people():
    for value, expected in (("Maria Gonzalez", ["Maria Gonzalez"]), ("Editorial", []), ("City Post", []),
                            ("Analysis by Maria Gonzalez", ["Maria Gonzalez"]), ("anónimo", [])):
        html = f"""<html><head><meta property="og:site_name" content="City Post">
        <script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{value}"}}}}</script>
        </head><body><article><h1>Council approves the new tram line to the airport</h1>{BODY}</article></body></html>"""
        assert clipper.parse(html).authors == expected, value


def test_a_site_name_loses_the_sections_a_template_put_after_it():
    page = meta_of("""<html lang="pt-BR"><head>
    <meta property="og:site_name" content="Pista Livre | F1 | Indy | MotoGP | Stock Car">
    <script type="application/ld+json">{"@graph": [
      {"@type": "Organization", "@id": "https://pistalivre.example/#org", "name": "Pista Livre | F1 | Indy"},
      {"@type": "Article", "headline": "Calendário da Copa Truck 2023", "publisher": {"@id": "https://pistalivre.example/#org"}}]}
    </script></head><body></body></html>""")
    assert page.publisher == "Pista Livre"


def test_portal_heading_with_source_and_stamp_gives_the_markup_headline():
    import clipper

    body = "".join(f"<p>{n}番目の段落です。トレンドマイクロは9日、公衆無線LANを安全に使うためのアプリを発表した。利用者は増えている。</p>" for n in range(1, 4))
    html = (
        "<html lang='ja'><head><title>新アプリで公衆無線LANを安全に（みなとITニュース） - ポータルニュース</title>"
        '<meta property="og:title" content="新アプリで公衆無線LANを安全に（みなとITニュース）"></head><body>'
        f"<h1>新アプリで公衆無線LANを安全に みなとITニュース 3/9(木) 18:45配信</h1>{body}</body></html>"
    )
    assert clipper.parse(html).title == "新アプリで公衆無線LANを安全に"


@given(st.text(alphabet=" \t\n\u3000\u00a0\u2003\x1c\x85ab", max_size=30))
def test_squash_makes_each_whitespace_run_one_space_and_keeps_a_lone_ideographic_space(text: str) -> None:
    # The definition, as a regex over runs (squash takes a faster way when there is no U+3000).
    expected = re.sub(r"\s+", lambda m: "\u3000" if m.group(0) == "\u3000" else " ", text).strip()
    assert squash(text) == expected


def test_metadata_elements_anywhere_in_the_page_are_read_in_document_order():
    page = meta_of("""<html><head><title>Head title</title></head><body>
    <time datetime="2023-05-02T09:00:00Z">2 May</time>
    <meta itemprop="datePublished" content="2023-05-01">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Body headline"}</script>
    <time datetime="2023-05-03">3 May</time><time>no datetime</time>
    </body></html>""")
    assert page.title == "Body headline"
    assert page.published_all == ["2023-05-01", "2023-05-02T09:00:00+00:00", "2023-05-03"]
