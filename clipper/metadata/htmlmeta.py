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
from datetime import datetime, time, timedelta

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
# An element's text content (what lxml.html's text_content() runs; the tree holds plain elements).
_STRING = etree.XPath("string()", smart_strings=False)


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
    # Every distinct value the markup gives, in order of trust (``published`` is the first):
    # sources disagree now and then ('04:31:13+00:00' in Open Graph, '04:31:13-06:00' in JSON-LD).
    published_all: list[str] = field(default_factory=list)
    modified_all: list[str] = field(default_factory=list)
    # The story's text as the JSON-LD states it (schema.org articleBody), and the source line
    # of its script: the body of pages that render the story with JavaScript (html/fallback.py).
    article_body: str | None = None
    article_body_line: int = 0


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
    if "\u3000" not in text:
        return " ".join(text.split())  # the same, without a Python call per run (str.split's whitespace is re's \s)
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


# The elements the page's metadata is read from.
_META_TAGS = ("meta", "script", "time", "title")


def _metadata_elements(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The page's <meta>, <script>, <time> and <title> elements by tag, in document order. One
    walk over the tree: a walk costs the same for four tags as for one."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in _META_TAGS}
    for el in root.iter(*_META_TAGS):
        found[el.tag].append(el)
    return found


def _json_ld_items_lines(scripts: list[etree._Element]) -> list[tuple[dict, int]]:
    """Every JSON-LD object of the page's scripts with the source line of its script."""
    items: list[tuple[dict, int]] = []
    for script in scripts:
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
                items.append((node, script.sourceline or 0))
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


def _meta_tags(metas: list[etree._Element]) -> dict[str, str]:
    """First content per meta name/property/itemprop, names lower-cased."""
    found: dict[str, str] = {}
    for el in metas:
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


# A site name with its sections or slogan after it ('Autoracing | F1 | Indy | MotoGP | StockCar').
_SITE_TAGLINE = re.compile(r"\s+[|｜]\s+.*$")


def _brand(name: str | None) -> str | None:
    """The site's own name, without the sections or slogan a template put after it."""
    if not name:
        return name
    return _SITE_TAGLINE.sub("", name).strip() or name


def page_metadata(root: etree._Element) -> PageMeta:
    """Read the page's own metadata from the parsed tree (before anything is dropped)."""
    meta = PageMeta()
    elements = _metadata_elements(root)
    tags = _meta_tags(elements["meta"])
    found = [(item, line) for item, line in _json_ld_items_lines(elements["script"]) if _types(item) & ARTICLE_TYPES]
    bodies = [(item["articleBody"], line) for item, line in found if isinstance(item.get("articleBody"), str)]
    if bodies:
        meta.article_body, meta.article_body_line = max(bodies, key=lambda b: len(b[0]))
    articles = [item for item, _line in found]
    # A page's NewsArticle beats the WebPage that wraps it.
    articles.sort(key=lambda item: "webpage" in _types(item) or "creativework" in _types(item))
    published: list[str | None] = []
    modified: list[str | None] = []
    for item in articles:
        meta.title = meta.title or _text(item.get("headline")) or None
        published.append(iso_date(_text(item.get("datePublished")) or _text(item.get("dateCreated"))))
        modified.append(iso_date(_text(item.get("dateModified"))))
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
    meta.publisher = _brand(meta.publisher or site)
    title = meta.title or _first(tags, TITLE_META)
    if not title:
        titles = elements["title"]
        title = squash(_STRING(titles[0])) if titles else None
    meta.title = _clean_title(title, site) if title else None
    published += [iso_date(tags.get(name)) for name in PUBLISHED_META]
    modified += [iso_date(tags.get(name)) for name in MODIFIED_META]
    published += [iso_date(el.get("datetime")) for el in elements["time"]]
    meta.published_all = list(dict.fromkeys(d for d in published if d))
    meta.modified_all = list(dict.fromkeys(d for d in modified if d))
    meta.published = meta.published_all[0] if meta.published_all else None
    meta.modified = meta.modified_all[0] if meta.modified_all else None
    if not meta.authors:
        value = _first(tags, AUTHOR_META)
        meta.authors = _split_names(value) if value else []
    meta.language = meta.language or _language(root, tags)
    meta.description = tags.get("og:description") or tags.get("description")
    return meta


@dataclass(frozen=True, slots=True)
class _Moment:
    """An ISO date or time as read back: the wall clock, its zone (None when not stated)."""

    wall: datetime
    offset: timedelta | None
    timed: bool
    seconds: bool

    @property
    def utc(self) -> datetime | None:
        return self.wall - self.offset if self.offset is not None else None


def _moment(iso: str) -> _Moment | None:
    try:
        parsed = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    timed = "T" in iso
    seconds = timed and len(re.split(r"[+\-Z]", iso.split("T", 1)[1])[0]) >= 8
    return _Moment(parsed.replace(tzinfo=None), parsed.utcoffset(), timed, seconds)


def _zone(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _write(wall: datetime, offset: timedelta | None, seconds: bool) -> str:
    text = wall.strftime("%Y-%m-%dT%H:%M:%S" if seconds else "%Y-%m-%dT%H:%M")
    return text + (_zone(offset) if offset is not None else "")


def _placeholder(m: _Moment) -> bool:
    """'2020-02-19T00:00:00-05:00': a CMS that knows only the day writes midnight."""
    return m.timed and m.wall.time() == time(0, 0)


# Two readings of one moment differ by less than this (a page shows minutes, markup seconds).
SAME_MOMENT = timedelta(seconds=60)
# Zone offsets are whole quarter hours and at most fourteen hours from UTC.
MAX_ZONE = timedelta(hours=14)
QUARTER_HOUR = 15 * 60


def _agree(visible: _Moment, markup: _Moment) -> str | None:
    """The one value both say, written as precisely as either states it; None when they are two
    different moments. The page's wall clock is kept; the markup adds seconds and the zone."""
    if not visible.timed or not markup.timed or _placeholder(markup):
        if visible.wall.date() != markup.wall.date():
            return None
        best = markup if markup.timed and not _placeholder(markup) else visible
        return _write(best.wall, best.offset, best.seconds) if best.timed else best.wall.date().isoformat()
    seconds = markup.seconds
    if visible.offset is not None and markup.offset is not None:
        if abs(visible.utc - markup.utc) >= SAME_MOMENT:
            return None
        return _write(markup.utc + visible.offset, visible.offset, seconds)
    if visible.offset is None and markup.offset is not None:
        # The page shows local time without its zone: the markup's instant names the zone.
        offset = timedelta(seconds=round((visible.wall - markup.utc).total_seconds() / QUARTER_HOUR) * QUARTER_HOUR)
        if abs(offset) > MAX_ZONE or abs(visible.wall - (markup.utc + offset)) >= SAME_MOMENT:
            return None
        return _write(markup.utc + offset, offset, seconds)
    # Markup without a zone is the page's wall clock or UTC; it adds seconds at most.
    for wall in (visible.wall, visible.utc):
        if wall is not None and abs(wall - markup.wall) < SAME_MOMENT:
            return _write(visible.wall.replace(second=markup.wall.second), visible.offset, seconds)
    return None


def reconcile(visible: str | None, markup: list[str]) -> str | None:
    """The date to publish from what the page shows and what its markup says.

    The markup is the page's own statement and carries seconds and a zone: it is taken when
    the page shows no date, and it refines the page's date when both name the same moment
    (the page's wall clock is kept and the markup's zone added: '20:59' shown and
    '02:59:46+00:00' in markup give '20:59:46-06:00'). Of markup sources that disagree, the
    one that matches the page is taken. The visible date wins when every markup value
    contradicts it (another day, or another moment when the page shows a time): the reader
    sees the date line, so markup that says otherwise is clearly wrong. A markup midnight is
    a day, not a time.
    """
    moments = [(value, m) for value in markup if (m := _moment(value)) is not None]
    shown = _moment(visible) if visible is not None else None
    if shown is None:
        if not moments:
            return visible
        value, m = moments[0]
        return m.wall.date().isoformat() if _placeholder(m) else value
    for _value, m in moments:
        agreed = _agree(shown, m)
        if agreed is not None:
            return agreed
    return visible


def _after(value: str, than: str) -> bool:
    a, b = _moment(value), _moment(than)
    if a is None or b is None:
        return False
    if a.offset is not None and b.offset is not None:
        return a.utc - b.utc >= SAME_MOMENT
    return a.wall - b.wall >= SAME_MOMENT


# What only an outlet, a desk or a handle carries: digits, underscores, brackets, '|'.
_NOT_A_PERSON = re.compile(r"[\d_()\[\]|@]")
_LEAD_BY = re.compile(r"^.*?\bby\s+", re.I)
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]")


def _person(name: str, page: PageMeta) -> str | None:
    """A markup author that names a person: not the site, a desk, a handle or a one-word pseudonym."""
    name = _LEAD_BY.sub("", name).strip()
    key = re.sub(r"\W+", "", name.casefold())
    sites = {re.sub(r"\W+", "", s.casefold()) for s in (page.site_name, page.publisher) if s}
    if not key or key in sites or _NOT_A_PERSON.search(name) or _URL.match(name):
        return None
    if _LATIN_WORD.search(name) and len(name.split()) < 2:
        return None  # 'Editorial', "L'Opinion", 'anónimo'
    return name


# The source a portal names in brackets after the headline ('…（CNET Japan）', '… (Reuters)').
_SOURCE_AFTER = re.compile(r"\s*[（(][^（）()]{1,30}[）)]\s*$")
_DAY_LIKE = re.compile(r"\d{1,4}\s*[/.\-年月]\s*\d{1,2}")


def _without_stamp(visible: str, markup: str) -> str:
    """A portal's heading holds the headline, its source and its time stamp ('… CNET Japan
    3/9(木) 18:45配信'): where the markup's headline (its bracketed source removed) starts the
    visible one and a source and a date follow, the headline is the markup's."""
    from ..classify.cjk import is_yearless_stamp

    core = _SOURCE_AFTER.sub("", markup).strip()
    if len(core) < MIN_TITLE_CHARS or len(core) >= len(visible) or not visible.startswith(core):
        return visible
    rest = visible[len(core):].strip()
    if is_yearless_stamp(rest) or (len(rest) <= MAX_STAMP_TAIL_CHARS and _DAY_LIKE.search(rest)):
        return core
    return visible


# A source and a date after the headline are this long at most.
MAX_STAMP_TAIL_CHARS = 40


def apply_page_meta(meta: Metadata, page: PageMeta, blocks: list[Labelled]) -> None:
    """Merge the page's metadata into what the visible text gave.

    Dates: see ``reconcile``. Title and authors: the visible headline and byline win, and the
    markup fills in when the page shows none. Markup titles are written for search and sharing
    ('Opinion | …', '…_科技_腾讯网', shortened); markup authors are often the site or a desk
    ("L'Opinion", 'Editorial', 'anónimo'). Publisher: the holder a visible copyright notice
    names ('Dow Jones & Company'), else the markup's (JSON-LD publisher, then og:site_name and
    the like: 'Wall Street Journal'), else the site name after the page's <title>; the same
    page then names the same publisher as HTML and as a text dump, which shows only the notice.
    Language: the markup wins when the body does not say otherwise. The body never repeats the headline: a body
    block that is the headline becomes TITLE.
    """
    if page.title and meta.title and _SPACES.sub("", page.title) == _SPACES.sub("", meta.title):
        meta.title = page.title  # the same words; the markup keeps the ideographic space text rendering loses
    elif page.title and meta.title:
        meta.title = _without_stamp(meta.title, page.title)
    if page.title and not meta.title:
        meta.title = page.title
        for lab in blocks:
            text = lab.segment.text
            if lab.label is Label.BODY and len(text) < 2 * len(page.title) + 20 and same_headline(text, page.title):
                lab.set(Label.TITLE, None, "the page's headline (metadata)")
                break
    if meta.subtitle and page.title and same_headline(meta.subtitle, page.title):
        meta.subtitle = None
    published = reconcile(meta.published, page.published_all or ([page.published] if page.published else []))
    if published != meta.published:
        meta.published, meta.published_text = published, None
    markup_modified = page.modified_all or ([page.modified] if page.modified else [])
    if meta.modified is None:
        # A markup modified time that is not after the published one records a save, not an update.
        markup_modified = [m for m in markup_modified if published is None or _after(m, published)]
    meta.modified = reconcile(meta.modified, markup_modified)
    if page.authors and not meta.authors:
        meta.authors = [name for name in (_person(a, page) for a in page.authors) if name]
    if page.publisher and not meta.holder:
        meta.publisher = page.publisher
    if page.language and page.language != meta.language:
        # Templates often leave lang at their default: a long body in another language overrules it.
        body_chars = sum(len(b.segment.text) for b in blocks if b.label is Label.BODY)
        script_decided = meta.language in SCRIPT_LANGUAGE.values() or meta.language in ("ja", "zh")
        if meta.language is None or (body_chars < MIN_BODY_FOR_LANGUAGE and not script_decided):
            meta.language = page.language
