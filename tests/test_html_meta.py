"""Page metadata: JSON-LD, Open Graph / article:* tags, <time>, <html lang>, and the merge."""

from __future__ import annotations

from lxml import html as lxml_html

from clipper.metadata.htmlmeta import iso_date, page_metadata


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
