"""decode -> segment -> classify -> metadata -> Article. Pure: no files, no printing."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .classify import Label, Labelled, Parameters, classify
from .classify.labels import DEFAULT_PARAMETERS
from .decode import GZIP_MAGIC, decode, gunzip, normalize_text, sniff_html
from .errors import EmptyInputError, InputTooLargeError
from .lexicon import Lexicon, default_lexicon
from .limits import DEFAULT_MAX_BYTES
from .metadata import DECK_IN_BODY, Metadata, extract
from .model import Article, Block, Chrome, InputFormat, Source
from .segment import Segment
from .markdown_marks import is_markdown_dump, strip_marks
from .signoff import split_signoffs

if TYPE_CHECKING:  # imported for annotations only: lxml and the rules loader cost start-up time
    from .metadata.htmlmeta import PageMeta
    from .rules import Rules


@dataclass(frozen=True, slots=True)
class Options:
    """How to parse one input. One object instead of a dozen keyword arguments."""

    keep_chrome: bool = False
    encoding: str | None = None  # force a decoding instead of detecting one
    input_format: InputFormat | None = None  # None: sniff by content
    tz: str | None = None  # zone for times the page gives without one
    max_bytes: int = DEFAULT_MAX_BYTES
    lexicon: Lexicon | None = None  # None: the built-in tables (plus rules)
    params: Parameters = DEFAULT_PARAMETERS
    rules: Rules | None = None  # user rules: extra chrome, site profiles, thresholds


@dataclass(slots=True)
class Analysis:
    """Everything the pipeline decided, for ``clipper explain`` and for tests."""

    text: str
    blocks: list[Labelled]
    metadata: Metadata
    source: Source
    warnings: list[str] = field(default_factory=list)
    # A Markdown dump (html2text): the record's text loses the inline marks (markdown_marks).
    markdown: bool = False


def _to_source(source: object, fmt: InputFormat, encoding: str | None) -> Source:
    if isinstance(source, Source):
        return source.model_copy(update={"format": fmt, "encoding": encoding or source.encoding})
    path = os.fspath(source) if source is not None else None
    return Source(path=path, format=fmt, encoding=encoding)


def _segments(text: str, fmt: InputFormat) -> tuple[list[Segment], PageMeta | None]:
    """The blocks of the page, and for HTML the metadata its markup states."""
    if fmt is InputFormat.HTML:
        from .html import read_html  # lxml loads only for HTML input

        page = read_html(text)
        return page.segments, page.meta
    from .segment import segment

    return segment(text), None


def analyse(data: str | bytes, *, source: object = None, options: Options | None = None) -> Analysis:
    options = options or Options()
    warnings: list[str] = []
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        if len(data) > options.max_bytes:
            raise InputTooLargeError(f"input is {len(data):,} bytes, over the {options.max_bytes:,}-byte limit")
        if data.startswith(GZIP_MAGIC):
            data = gunzip(data, options.max_bytes)
        decoded = decode(data, options.encoding)
        text, encoding, fmt = decoded.text, decoded.encoding, decoded.format
        warnings += decoded.warnings
    else:
        if len(data) > options.max_bytes:
            raise InputTooLargeError(f"input is {len(data):,} characters, over the {options.max_bytes:,} limit")
        text = normalize_text(data)
        if not text.strip():
            raise EmptyInputError("empty input" if not data else "input is whitespace only")
        encoding, fmt = None, InputFormat.HTML if sniff_html(text) else InputFormat.TEXT
    if options.input_format is not None:
        fmt = options.input_format
    params = options.params
    if options.lexicon is not None:
        lexicon = options.lexicon
    elif options.rules is not None:
        path = source.path if isinstance(source, Source) else (os.fspath(source) if source is not None else None)
        lexicon = options.rules.lexicon_for(path, text)
        params = options.rules.parameters
    else:
        lexicon = default_lexicon()
    segments, page_meta = _segments(text, fmt)
    segments = split_signoffs(segments, lexicon)
    blocks = classify(segments, lexicon, params)
    if page_meta is not None and page_meta.article_body:
        from .html.fallback import with_article_body

        blocks = with_article_body(blocks, page_meta.article_body, page_meta.article_body_line, page_meta.title)
    metadata = extract(
        blocks,
        lexicon,
        tz=options.tz,
        page_title=page_meta.title if page_meta is not None else None,
        page_language=page_meta.language if page_meta is not None else None,
    )
    if page_meta is not None:
        from .metadata.htmlmeta import apply_page_meta

        apply_page_meta(metadata, page_meta, blocks)
    markdown = fmt is InputFormat.TEXT and is_markdown_dump(text)
    return Analysis(text, blocks, metadata, _to_source(source, fmt, encoding), warnings, markdown)


def _span(lab: Labelled | None) -> tuple[int, int] | None:
    return (lab.segment.first_line, lab.segment.last_line) if lab is not None else None


def _labelled_span(blocks: list[Labelled], label: Label) -> tuple[int, int] | None:
    """The lines of the first run of blocks with this label (a headline wrapped over two lines)."""
    run = []
    for b in blocks:
        if b.label is label:
            run.append(b)
        elif run:
            break
    return (run[0].segment.first_line, run[-1].segment.last_line) if run else None


def _subtitle_span(blocks: list[Labelled]) -> tuple[int, int] | None:
    """The deck's lines; a deck that is also the body's first paragraph has that block's lines."""
    span = _labelled_span(blocks, Label.SUBTITLE)
    if span is None:
        deck = next((b for b in blocks if b.label is Label.BODY and b.extra.get(DECK_IN_BODY)), None)
        span = _span(deck) if deck is not None else None
    return span


def _same(text: str) -> str:
    return text


def _strip_marks(text: str) -> str:
    # An image alone in a block would leave nothing: such a block keeps its text, so that
    # with --keep-chrome every input line is still accounted for.
    return strip_marks(text) or text


def build_article(analysis: Analysis, *, keep_chrome: bool = False) -> Article:
    """The record; with ``keep_chrome`` also where every part came from (line spans), so that
    body, title, subtitle and chrome account for each non-blank input line exactly once."""
    clean = _strip_marks if analysis.markdown else _same
    body = [
        Block(type=b.block_type, text=clean(b.segment.text), lines=_span(b) if keep_chrome else None)
        for b in analysis.blocks
        if b.label is Label.BODY
    ]
    chrome = _chrome(analysis.blocks) if keep_chrome else None
    meta = analysis.metadata
    warnings = list(analysis.warnings)
    if not body:
        warnings.append("no article body found")
    return Article(
        title=clean(meta.title) if meta.title else meta.title,
        subtitle=clean(meta.subtitle) if meta.subtitle else meta.subtitle,
        published=meta.published,
        modified=meta.modified,
        published_text=meta.published_text,
        authors=meta.authors,
        author_emails=meta.author_emails,
        publisher=meta.publisher,
        language=meta.language,
        body=body,
        text="\n\n".join(b.text for b in body),
        source=analysis.source,
        chrome=chrome,
        title_lines=_labelled_span(analysis.blocks, Label.TITLE) if keep_chrome else None,
        subtitle_lines=_subtitle_span(analysis.blocks) if keep_chrome and meta.subtitle else None,
        warnings=warnings,
    )


def _chrome(blocks: list[Labelled]) -> list[Chrome]:
    """Removed blocks, adjacent blocks of one kind merged (five font-size buttons are one widget)."""
    merged: list[Chrome] = []
    previous: Labelled | None = None
    # Parts cut from one glued line share its span; merging one of them with its neighbour
    # would make the merged span overlap the other parts (a line owned twice). Text input only:
    # many HTML elements share a source line, and their spans make no such promise.
    spans = Counter((b.segment.first_line, b.segment.last_line) for b in blocks)
    for b in blocks:
        if b.label is not Label.CHROME or b.kind is None:
            previous = None
            continue
        seg = b.segment
        cut = seg.dom is None and spans[(seg.first_line, seg.last_line)] > 1  # HTML spans are source lines
        if previous is not None and merged and merged[-1].kind is b.kind and not cut:
            last = merged[-1]
            merged[-1] = Chrome(kind=b.kind, text=last.text + "\n" + seg.text, lines=(last.lines[0], seg.last_line))
        else:
            merged.append(Chrome(kind=b.kind, text=seg.text, lines=(seg.first_line, seg.last_line)))
        previous = None if cut else b
    return merged


def parse(
    data: str | bytes,
    *,
    source: object = None,
    keep_chrome: bool | None = None,
    options: Options | None = None,
) -> Article:
    """Parse the raw text or HTML of a scraped page into an Article. Pure: no I/O.

    ``source`` is recorded as ``source.path`` (a path or a Source); ``keep_chrome``
    overrides ``options.keep_chrome``.
    """
    options = options or Options()
    analysis = analyse(data, source=source, options=options)
    keep = options.keep_chrome if keep_chrome is None else keep_chrome
    return build_article(analysis, keep_chrome=keep)
