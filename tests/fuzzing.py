"""What must hold for any input, and inputs to try it on: shared by test_properties.py
(hypothesis, a fast default run) and benchmarks/fuzz.py (≥ 100,000 seeded cases).

The properties, checked by ``check``:

1. ``parse`` never raises anything but a ClipperError (empty, binary, too large).
2. Clipper never invents text: each body block, the title and each chrome block is, modulo
   whitespace, a subsequence of the input lines it says it came from, and the body as a
   whole is a subsequence of the normalised input (the segmenter re-joins wrapped lines with
   or without a space, so whitespace cannot be compared).
3. With --keep-chrome, body + title + subtitle + chrome line spans account for every
   non-blank line of the normalised input exactly once (a line holding only quote marks
   '>' is blank: it carries no text). A line glued from several blocks is cut into parts
   that keep the same span: a span may be shared only by such parts, and together they
   hold no more text than their lines (nothing duplicated).
4. The JSON record validates against the published schema (``clipper schema``).
5. Output is deterministic: the same input gives the same bytes.

(2) and (3) are about text input; an HTML input's spans are element source lines.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import clipper
from clipper.decode import decode, normalize_text
from clipper.errors import ClipperError
from clipper.model import Article, InputFormat, json_schema
from clipper.pipeline import analyse, build_article

from .pages import ARTICLES

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

try:
    import jsonschema

    VALIDATOR = jsonschema.Draft202012Validator(json_schema())
except ImportError:  # the test extra installs it; without it the schema property is skipped
    VALIDATOR = None


def real_pages() -> list[str]:
    """The seed, the golden cases and the test articles: real-looking pages to mutate."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((TESTS / "cases").glob("*/input.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += list(ARTICLES.values())
    return pages


# Pieces that make random pages look like scraped ones: chrome words, bullets, markup,
# dates, bylines, CJK text, invisible characters and every kind of line break.
FRAGMENTS = (
    "Home", "News", "Share", "Subscribe", "Related articles", "Most read", "Advertisement",
    "© 2025 Example Media. All rights reserved.", "By Jane Doe", "홍길동 기자 hong@example.co.kr",
    "입력 2025-02-06 15:54", "Updated Nov. 19, 2019 8:21 am ET", "2 hours ago", "관련 뉴스", "가 가 가",
    "KOSPI 2,530.12 ▲12.3 (+0.49%)", "• ", "* ", "- ", "1. ", "# ", "## ", "> ", ">", "o ", "|", "---",
    "<p>", "</p>", "<div class='nav'>", "<html>", "<title>", "&amp;", "<!--", "-->",
    "The council voted on Thursday to approve the plan, officials said.",
    "반도체 수출이 석 달 만에 증가세로 돌아섰다.", "東京都は１日、新しい防災計画を発表した。", "国家统计局周一公布的数据显示。",
    "Die Stadt hat am Montag beschlossen, die Öffnungszeiten zu verlängern.",
    "\u200b", "\u202e", "\u00ad", "\ufeff", "\x00", "\t", " ", "    ", "\ufffd",
    "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\x0c", "\u2028",
)

MUTATIONS = ("delete", "duplicate", "insert_text", "insert_bytes", "swap_lines", "line_endings",
             "truncate", "invisible", "nfd", "wrap", "join_lines", "indent")


@dataclass(frozen=True)
class Mutation:
    kind: str
    at: float  # where, as a share of the page length
    size: float  # how much, as a share of the page length
    payload: str  # text to insert (also used as a seed for byte noise)


def mutate(page: str, mutations: list[Mutation]) -> str | bytes:
    """Apply mutations in order; byte-level ones turn the page into (possibly broken) bytes."""
    data: str | bytes = page
    for m in mutations:
        if isinstance(data, bytes):
            data = _mutate_bytes(data, m)
        else:
            data = _mutate_text(data, m)
    return data


def _span(n: int, m: Mutation) -> tuple[int, int]:
    start = int(m.at * n)
    return start, min(n, start + int(m.size * n) + 1)


def _mutate_text(text: str, m: Mutation) -> str | bytes:
    a, b = _span(len(text), m)
    if m.kind == "delete":
        return text[:a] + text[b:]
    if m.kind == "duplicate":
        return text[:b] + text[a:b] + text[b:]
    if m.kind == "insert_text":
        return text[:a] + m.payload + text[a:]
    if m.kind == "truncate":
        return text[:a]
    if m.kind == "invisible":
        return text[:a] + "\u200b\u202b\x00\u00ad"[len(m.payload) % 4] + text[a:]
    if m.kind == "nfd":
        import unicodedata

        return text[:a] + unicodedata.normalize("NFD", text[a:b]) + text[b:]
    lines = text.split("\n")
    i, j = _span(len(lines), m)
    if m.kind == "swap_lines" and j - 1 > i:
        lines[i], lines[j - 1] = lines[j - 1], lines[i]
        return "\n".join(lines)
    if m.kind == "line_endings":
        return text.replace("\n", ("\r\n", "\r", "\r\r\n", "\u2028")[len(m.payload) % 4])
    if m.kind == "wrap":
        width = 40 + len(m.payload) % 60
        out = []
        for line in lines:
            while len(line) > width:
                out.append(line[:width])
                line = line[width:]
            out.append(line)
        return "\n".join(out)
    if m.kind == "join_lines":
        return "\n".join(lines[:i]) + "\n" + " ".join(lines[i:j]) + "\n" + "\n".join(lines[j:])
    if m.kind == "indent":
        return "\n".join(("   " + line if i <= k < j else line) for k, line in enumerate(lines))
    encoding = ("utf-8", "cp949", "utf-16", "cp1252", "gb18030", "shift_jis")[len(m.payload) % 6]
    return _mutate_bytes(text.encode(encoding, errors="replace"), m)


def _mutate_bytes(data: bytes, m: Mutation) -> bytes:
    a, b = _span(len(data), m)
    rng = random.Random(m.payload)
    if m.kind == "delete":
        return data[:a] + data[b:]
    if m.kind == "truncate":
        return data[:a]
    if m.kind == "duplicate":
        return data[:b] + data[a:b] + data[b:]
    noise = bytes(rng.randrange(256) for _ in range(1 + len(m.payload) % 16))
    return data[:a] + noise + data[a:]


def random_page(rng: random.Random, max_fragments: int = 60) -> str:
    """A page glued from FRAGMENTS: scraped-looking structure with no article guaranteed."""
    return "".join(rng.choice(FRAGMENTS) for _ in range(rng.randrange(max_fragments)))


def random_mutations(rng: random.Random) -> list[Mutation]:
    return [
        Mutation(rng.choice(MUTATIONS), rng.random(), rng.random() * 0.3, random_page(rng, 4))
        for _ in range(rng.randrange(1, 5))
    ]


def random_input(rng: random.Random, pages: list[str]) -> str | bytes:
    """One fuzz case: mostly mutated real pages, some glued pages, some raw noise."""
    roll = rng.random()
    if roll < 0.6:
        return mutate(rng.choice(pages), random_mutations(rng))
    if roll < 0.85:
        page = random_page(rng)
        return page if rng.random() < 0.5 else page.encode(rng.choice(("utf-8", "cp949", "utf-16")), errors="replace")
    if roll < 0.95:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(300)))
    return "".join(chr(rng.randrange(0x110000)) for _ in range(rng.randrange(300)))


# --- the properties ---------------------------------------------------------------------


class PropertyFailure(AssertionError):
    pass


def _squash(text: str) -> str:
    return "".join(text.split())


def is_subsequence(needle: str, haystack: str) -> bool:
    """Every character of needle appears in haystack, in order (linear time)."""
    it = iter(haystack)
    return all(ch in it for ch in needle)


_BLANK = re.compile(r"[\s>]*")


def normalised_input(data: str | bytes) -> str:
    return decode(data).text if isinstance(data, bytes) else normalize_text(data)


def _lines_text(lines: list[str], span: tuple[int, int]) -> str:
    first, last = span
    if not 1 <= first <= last <= len(lines):
        raise PropertyFailure(f"span {span} outside the input's {len(lines)} lines")
    return "\n".join(lines[first - 1 : last])


def check_provenance(text: str, article: Article) -> None:
    """Properties 2 and 3 for a text input, against its normalised text."""
    lines = text.split("\n")
    spans: list[tuple[str, str, tuple[int, int] | None]] = [("body", b.text, b.lines) for b in article.body]
    spans.append(("title", article.title or "", article.title_lines))
    # A deck that reads as a paragraph is also the body's first block: one block, one count.
    # (The subtitle may be that block's text less a trailing e-mail the byline took.)
    deck_in_body = article.subtitle is not None and any(
        b.lines == article.subtitle_lines and is_subsequence(_squash(article.subtitle), _squash(b.text))
        for b in article.body
    )
    if not deck_in_body:
        spans.append(("subtitle", article.subtitle or "", article.subtitle_lines))
    spans += [("chrome", c.text, c.lines) for c in article.chrome or []]
    # A line glued from several blocks is cut into parts that all keep the block's span: parts
    # share a span, and together they may not hold more text than the lines they came from.
    shared: dict[tuple[int, int], int] = {}
    for part, part_text, span in spans:
        if span is None:
            if part in ("body", "chrome") or part_text:
                raise PropertyFailure(f"{part} {part_text[:40]!r} has no line span")
            continue
        span = tuple(span)
        source = _lines_text(lines, span)
        if not is_subsequence(_squash(part_text), _squash(source)):
            raise PropertyFailure(f"{part} text {part_text[:60]!r} is not in its lines {span}: {source[:80]!r}")
        shared[span] = shared.get(span, 0) + len(_squash(part_text))
    covered = [0] * (len(lines) + 2)
    for span, length in shared.items():
        if length > len(_squash(_lines_text(lines, span))):
            raise PropertyFailure(f"the parts cut from lines {span} hold more text than those lines")
        for n in range(span[0], span[1] + 1):
            covered[n] += 1
    for n, line in enumerate(lines, start=1):
        blank = _BLANK.fullmatch(line) is not None
        if covered[n] > 1 or (not blank and covered[n] != 1):
            raise PropertyFailure(f"line {n} {line[:60]!r} is accounted for {covered[n]} times")
    if not is_subsequence(_squash(article.text), _squash(text)):
        raise PropertyFailure("the body is not a subsequence of the input")
    if article.text != "\n\n".join(b.text for b in article.body):
        raise PropertyFailure("text is not the body blocks joined")


def _render(article: Article) -> str:
    return json.dumps(article.to_json_dict(), ensure_ascii=False, sort_keys=False)


def check(data: str | bytes, *, reparse: bool = True) -> str:
    """Run every property on one input; return the outcome ('parsed', 'empty' or the error).

    ``reparse=False`` skips the second parse of the determinism check (the long fuzz run
    does it on a sample only, to keep its cost down).
    """
    try:
        analysis = analyse(data)
    except ClipperError as exc:
        return type(exc).__name__
    # Anything else escapes to the caller: that is a failure of property 1.
    article = build_article(analysis, keep_chrome=True)
    plain = build_article(analysis, keep_chrome=False)
    if [b.text for b in plain.body] != [b.text for b in article.body]:
        raise PropertyFailure("--keep-chrome changed the body")
    if VALIDATOR is not None:
        for record in (article.to_json_dict(), plain.to_json_dict()):
            errors = list(VALIDATOR.iter_errors(record))
            if errors:
                raise PropertyFailure(f"record does not validate: {errors[0].message}")
    if reparse and _render(clipper.parse(data, keep_chrome=True)) != _render(article):
        raise PropertyFailure("two parses of the same input differ")
    if article.source.format is InputFormat.TEXT:
        check_provenance(normalised_input(data), article)
    return "parsed" if article.body else "empty"
