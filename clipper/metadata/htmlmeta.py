"""Metadata a page states about itself: JSON-LD, Open Graph / article:* tags, <time>, <html lang>.

The page's own metadata is preferred to what we infer from visible text; the visible text
wins only where the metadata is missing or clearly wrong (a date outside any plausible
range, a language the body is not written in). Order of trust per field: JSON-LD Article,
then Open Graph / article:* / common meta names, then <time datetime>, then <title>.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from typing import TYPE_CHECKING

from lxml import etree

from ..classify.labels import Label, Labelled
from .language import SCRIPT_LANGUAGE
from .title import same_headline, split_site_suffix

# schema.org types whose headline/dates/authors describe the article on the page.
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "socialmediaposting", "techarticle",
    "scholarlyarticle", "report", "liveblogposting", "posting", "webpage", "creativework",
})
# Meta names (name= or property=, lower-cased) per field, most specific first.
TITLE_META = ("og:title", "twitter:title", "title", "dc.title", "sailthru.title", "parsely-title")
SITE_META = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher", "cxenseparse:site")
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "og:published_time", "article.published", "cxenseparse:recs:publishtime",
)
MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified", "lastmod",
    "last-modified", "dcterms.modified", "article.updated",
)
AUTHOR_META = ("author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author", "twitter:creator")
# A title left shorter than this after cutting the site name was not 'headline | site'.
MIN_TITLE_CHARS = 5
# Years outside this range are a CMS default or a typo, not the article's date.
MIN_YEAR, MAX_YEAR = 1990, 2100
_ISO = re.compile(
    r"^\s*(?P<date>(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d{6})"
    r"(?:[T ](?P<time>\d\d:\d\d(?::\d\d)?)(?:[.,]\d+)?\s*(?P<tz>Z|[+-]\d\d:?\d\d)?)?"
)
if TYPE_CHECKING:
    from . import Metadata

# Body text this long (letters) is enough for the language detector to overrule a lang attribute.
MIN_BODY_FOR_LANGUAGE = 400
_SPACES = re.compile(r"\s+")
_URL = re.compile(r"^(?:https?:)?//|^www\.", re.I)


@dataclass(slots=True)
class PageMeta:
    """What the page's markup says; every field may be missing."""

    title: str | None = None
    site_name: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    language: str | None = None
    description: str | None = None


def iso_date(value: str | None) -> str | None:
    """'2019-11-19T08:21:00.000Z' -> '2019-11-19T08:21:00+00:00'; None when not a plausible date."""
    if not value:
        return None
    m = _ISO.match(value)
    if not m:
        return None
    date = m.group("date")
    if "-" not in date:
        date = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    try:
        parsed = datetime.fromisoformat(date)
    except ValueError:
        return None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    time, tz = m.group("time"), m.group("tz")
    if not time:
        return date
    if len(time) == 5:
        time += ":00"
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    return f"{date}T{time}{tz or ''}"


def squash(text: str) -> str:
    """Whitespace runs to one space; an ideographic space (a CJK headline's pause) stays."""
    return _SPACES.sub(lambda m: "\u3000" if m.group(0) == "\u3000" else " ", text).strip()


def _text(value: object) -> str | None:
    if isinstance(value, str):
        value = squash(value)
        return value or None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    if isinstance(value, list) and value:
        return _text(value[0])
    return None


def _types(item: dict) -> set[str]:
    t = item.get("@type")
    if isinstance(t, str):
        return {t.casefold()}
    if isinstance(t, list):
        return {x.casefold() for x in t if isinstance(x, str)}
    return set()


def _json_ld_items(root: etree._Element) -> list[dict]:
    items: list[dict] = []
    for script in root.iterfind(".//script[@type]"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().rstrip(";"), strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(reversed(node))
            elif isinstance(node, dict):
                items.append(node)
                if "@graph" in node:
                    stack.append(node["@graph"])
                main = node.get("mainEntity")
                if isinstance(main, (dict, list)):
                    stack.append(main)
    return items


def _person_names(value: object) -> list[str]:
    """Authors from JSON-LD: strings and Persons; organisations are publishers, not authors."""
    out: list[str] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            if "organization" in _types(item) or "newsmediaorganization" in _types(item):
                continue
            name = _text(item.get("name"))
        else:
            name = _text(item)
        if name and not _URL.match(name) and name not in out:
            out.append(name)
    return out


def _meta_tags(root: etree._Element) -> dict[str, str]:
    """First content per meta name/property/itemprop, names lower-cased."""
    found: dict[str, str] = {}
    for el in root.iterfind(".//meta"):
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                found.setdefault(key.strip().lower(), squash(content))
    return found


def _first(tags: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if tags.get(name):
            return tags[name]
    return None


def _split_names(value: str) -> list[str]:
    value = re.sub(r"^\s*by\s+", "", value, flags=re.I)
    parts = re.split(r"\s*(?:,|;|&|\band\b|\|)\s*", value)
    return [p.strip() for p in parts if p.strip() and not _URL.match(p.strip()) and not p.strip().startswith("@")]


def _clean_title(title: str, site: str | None) -> str:
    """'Headline | Site', 'Site - Headline', 'Headline｜Site' -> 'Headline'."""
    if site:
        sep = r"\s*[|\-–—:·•»｜／]+\s*"
        m = re.match(rf"^(?P<t>.+?){sep}{re.escape(site)}\s*$", title) or re.match(
            rf"^\s*{re.escape(site)}{sep}(?P<t>.+)$", title
        )
        if m and len(m.group("t")) >= MIN_TITLE_CHARS:
            return m.group("t").strip()
    return split_site_suffix(title)[0]


def _language(root: etree._Element, tags: dict[str, str]) -> str | None:
    value = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    value = value or tags.get("content-language") or tags.get("og:locale") or tags.get("language")
    if not value:
        return None
    primary = re.split(r"[-_,;\s]", value.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def page_metadata(root: etree._Element) -> PageMeta:
    """Read the page's own metadata from the parsed tree (before anything is dropped)."""
    meta = PageMeta()
    tags = _meta_tags(root)
    articles = [item for item in _json_ld_items(root) if _types(item) & ARTICLE_TYPES]
    # A page's NewsArticle beats the WebPage that wraps it.
    articles.sort(key=lambda item: "webpage" in _types(item) or "creativework" in _types(item))
    for item in articles:
        meta.title = meta.title or _text(item.get("headline")) or None
        meta.published = meta.published or iso_date(_text(item.get("datePublished")) or _text(item.get("dateCreated")))
        meta.modified = meta.modified or iso_date(_text(item.get("dateModified")))
        if not meta.authors:
            meta.authors = _person_names(item.get("author") or item.get("creator") or [])
        if not meta.publisher:
            meta.publisher = _text(item.get("publisher")) or _text(item.get("sourceOrganization"))
        if not meta.language:
            lang = _text(item.get("inLanguage"))
            meta.language = lang.split("-")[0].lower() if lang and re.match(r"^[A-Za-z]{2,3}\b", lang) else None
    site = _first(tags, SITE_META)
    if site and site.startswith("@"):
        site = None
    meta.site_name = site
    meta.publisher = meta.publisher or site
    title = meta.title or _first(tags, TITLE_META)
    if not title:
        el = root.find(".//title")
        title = squash(el.text_content()) if el is not None else None
    meta.title = _clean_title(title, site) if title else None
    meta.published = meta.published or iso_date(_first(tags, PUBLISHED_META))
    meta.modified = meta.modified or iso_date(_first(tags, MODIFIED_META))
    if meta.published is None:
        for el in root.iterfind(".//time[@datetime]"):
            meta.published = iso_date(el.get("datetime"))
            if meta.published:
                break
    if not meta.authors:
        value = _first(tags, AUTHOR_META)
        meta.authors = _split_names(value) if value else []
    meta.language = meta.language or _language(root, tags)
    meta.description = tags.get("og:description") or tags.get("description")
    return meta


def apply_page_meta(meta: Metadata, page: PageMeta, blocks: list[Labelled]) -> None:
    """Merge the page's metadata into what the visible text gave.

    The page's markup wins where it has a value; the visible text keeps the fields the markup
    lacks. The body never repeats the headline: a body block that is the headline becomes TITLE.
    """
    if page.title:
        meta.title = page.title
        for lab in blocks:
            text = lab.segment.text
            if lab.label is Label.BODY and len(text) < 2 * len(page.title) + 20 and same_headline(text, page.title):
                lab.set(Label.TITLE, None, "the page's headline (metadata)")
                break
    if meta.subtitle and page.title and same_headline(meta.subtitle, page.title):
        meta.subtitle = None
    if page.published:
        meta.published = page.published
        meta.published_text = None
    if page.modified and page.modified != meta.published:
        meta.modified = page.modified
    if page.authors:
        meta.authors = page.authors
    if page.publisher:
        meta.publisher = page.publisher
    if page.language and page.language != meta.language:
        # Templates often leave lang at their default: a long body in another language overrules it.
        body_chars = sum(len(b.segment.text) for b in blocks if b.label is Label.BODY)
        script_decided = meta.language in SCRIPT_LANGUAGE.values() or meta.language in ("ja", "zh")
        if meta.language is None or (body_chars < MIN_BODY_FOR_LANGUAGE and not script_decided):
            meta.language = page.language
