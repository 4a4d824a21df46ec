"""Language tables (``clipper/lexicons/*.toml``) loaded into one matcher.

Pages mix languages (an English share bar on a Korean page), so chrome phrases of every
table are matched on every page; stopwords, date labels and byline words stay per
language. See ``clipper/lexicons/README.md`` for the table format.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add

from .lazyregex import lazy_compile
from .model import ChromeKind
from .packagedata import package_file

# When one phrase is listed under two kinds, the earlier kind here wins.
KIND_PRIORITY: tuple[ChromeKind, ...] = (
    ChromeKind.FONT_SIZE,
    ChromeKind.REACTIONS,
    ChromeKind.SHARE,
    ChromeKind.TICKER,
    ChromeKind.SUBSCRIPTION,
    ChromeKind.COMMENTS,
    ChromeKind.ADVERTISEMENT,
    ChromeKind.COPYRIGHT,
    ChromeKind.BYLINE,
    ChromeKind.CAPTION,
    ChromeKind.RELATED,
    ChromeKind.NAVIGATION,
    ChromeKind.OTHER,
)

# Share of the parts of a separated row that must be UI phrases for the row to be chrome.
MAJORITY_OF_PARTS = 0.7
# A menu flattened into one line ('뉴스 정치 경제 사회 …') has at most this many words.
MAX_ROW_WORDS = 30

_COUNTS = re.compile(r"[+\-]?\d[\d,.]*\s*[kKmM만천万千]?(?![+\-])")
# CJK pages wrap UI labels in their own brackets ('【関連記事】', '［관련기사］', '《相关阅读》').
_PUNCT = re.compile(r"[\s()\[\]{}<>:;,.!?！？。、，：；'\"“”‘’«»|/\\·•…▶►▸→←↑↓✓✔︎❤♥★☆#*【】〖〗〔〕［］（）《》〈〉「」『』＜＞｜・‧▷◆◇■□●○]+")
_DIGIT = re.compile(r"\d")
_PART_SPLIT = re.compile(r"\s*[|/·•]\s*|\s{2,}")
# Spaces other than U+0020 that pages put between words: a no-break space after a short word
# ('Informujemy, że\xa0korzystamy z\xa0cookies', French typography before ':' and '?'), thin and
# narrow no-break spaces. The tables' patterns spell a space as ' ', so a block is matched with
# these read as one.
_ODD_SPACES = "\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_ODD_SPACE = re.compile("[" + _ODD_SPACES + "]")
_TO_SPACE = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))


def phrase_key(text: str) -> str:
    """Case-folded text with counts and punctuation removed: 'Like 12' -> 'like', '좋아요0' -> '좋아요'."""
    key = text.casefold()
    if "\u0307" in key:  # Turkish capital 'İ' folds to 'i' + a combining dot: 'İLGİNİZİ' is 'ilginizi'
        key = key.replace("\u0307", "")
    if _DIGIT.search(key):  # a count needs a digit; the search skips through text far faster
        key = _COUNTS.sub(" ", key)
    return _PUNCT.sub(" ", key).strip()


# The classifier looks a block up as a phrase and then as a heading: the last text's key is
# kept for the second look-up (one entry, replaced whole: no page's text outlives the next).
_last_key: tuple[str, str] = ("", "")


def _key_of(text: str) -> str:
    global _last_key
    last = _last_key
    if last[0] is text:
        return last[1]
    key = phrase_key(text)
    _last_key = (text, key)
    return key


@dataclass(frozen=True, slots=True)
class LanguageTable:
    """What one language's table says, beyond chrome phrases."""

    language: str
    stopwords: frozenset[str] = frozenset()
    published_labels: tuple[str, ...] = ()
    modified_labels: tuple[str, ...] = ()
    months: dict[str, int] = field(default_factory=dict)
    am: tuple[str, ...] = ()
    pm: tuple[str, ...] = ()
    year_prefixes: tuple[str, ...] = ()
    # Words between a date and its time ('um', 'alle', 'в'): the time is still the date's.
    time_joiners: tuple[str, ...] = ()
    byline_prefixes: tuple[str, ...] = ()
    # Prefixes that are a byline's only where they open the line (Italian 'di', a preposition elsewhere).
    byline_line_prefixes: tuple[str, ...] = ()
    byline_suffixes: tuple[str, ...] = ()
    # Credits of people who are not the authors ('Editing by', wire copy's last line).
    byline_other_credits: tuple[str, ...] = ()
    byline_ui: tuple[str, ...] = ()
    # Words that open a wire's credit in brackets after the last sentence ('(Reporting by …;
    # Editing by …)'): a sign-off, cut from the story like a reporter's name.
    byline_credits: tuple[str, ...] = ()
    # How a broadcast report closes with its reporter's name ('KBS 뉴스 홍길동입니다.'): regexes
    # with a group 'name', searched at the end of the story's last blocks.
    byline_sign_offs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: caches key on it
class Lexicon:
    """Every table's chrome phrases and patterns in one matcher, and each language's own table."""

    exact: dict[str, ChromeKind]
    headings: dict[str, ChromeKind]
    patterns: tuple[tuple[re.Pattern[str], ChromeKind], ...]
    languages: dict[str, LanguageTable]

    def match_exact(self, text: str) -> ChromeKind | None:
        """The chrome kind when the whole block is a UI phrase, or every part of it is."""
        if len(text) > 120:
            return None
        key = _key_of(text)
        if not key:
            return None
        kind = self.exact.get(key) or self.exact.get(key.replace(" ", ""))
        if kind:
            return kind
        pieces = _PART_SPLIT.split(text)
        # Text without a separator is one part, whose key is the one just made.
        parts = [k for k in map(phrase_key, pieces) if k] if len(pieces) > 1 else [key]
        if len(parts) < 2:
            parts = key.split()
            # A long row of single words is a menu only when most of them are menu words.
            if not (2 <= len(parts) <= MAX_ROW_WORDS) or (len(parts) > 8 and len(set(parts)) < len(parts) / 2):
                return None
        # Every part a UI phrase, or most parts of a long separated row ('Site | News | Sport | World').
        n = len(parts)
        need = n if n < 4 else MAJORITY_OF_PARTS * n
        known: list[ChromeKind] = []
        for k, part in enumerate(parts):
            kind = self.exact.get(part) or self.exact.get(part.replace(" ", ""))
            if kind:
                known.append(kind)
            elif len(known) + n - k - 1 < need:
                return None  # too many parts unknown already (most rows fail on their first)
        # The most specific kind among the parts names the block.
        return min(known, key=KIND_PRIORITY.index)

    def match_heading(self, text: str) -> ChromeKind | None:
        """The kind of chrome a heading such as 'Most read' or '관련 뉴스' introduces."""
        if len(text) > 60:
            return None
        key = _key_of(text)
        return self.headings.get(key) or self.headings.get(key.replace(" ", ""))

    def match_pattern(self, text: str) -> ChromeKind | None:
        """The kind of the first pattern (in table order) found in the block. Only the patterns
        whose required words occur in the block are run: most blocks run none."""
        if not text.isascii() and _ODD_SPACE.search(text):
            text = text.translate(_TO_SPACE)
        patterns = self.patterns
        for i in _pattern_index(self).candidates(text):
            pattern, kind = patterns[i]
            if pattern.search(text):
                return kind
        return None

    def stopwords(self, language: str) -> frozenset[str]:
        table = self.languages.get(language)
        return table.stopwords if table else frozenset()


def _tuple(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def build(tables: list[dict]) -> Lexicon:
    """Compile parsed tables (as read from TOML) into one Lexicon."""
    exact: dict[str, ChromeKind] = {}
    headings: dict[str, ChromeKind] = {}
    patterns: list[tuple[re.Pattern[str], ChromeKind]] = []
    for kind in KIND_PRIORITY:
        for table in tables:
            section = table.get("chrome", {}).get(kind.value, {})
            for phrase in section.get("exact", []):
                key = phrase_key(phrase)
                if key:
                    exact.setdefault(key, kind)
                    exact.setdefault(key.replace(" ", ""), kind)
            for phrase in section.get("headings", []):
                key = phrase_key(phrase)
                if key:
                    headings.setdefault(key, kind)
                    headings.setdefault(key.replace(" ", ""), kind)
            # One regex per pattern, not one alternation per table and kind: the prefilter
            # then reads each pattern's own required strings, and a block holding ' the ' or
            # '.' runs only the few patterns that need it instead of a whole table's
            # alternation (a third of the pattern cost on HTML). Which kind a block gets is
            # unchanged: the first matching pattern in the same order. Compiled when the
            # prefilter first lets a block through to it: most never are.
            for pattern in section.get("patterns", []):
                patterns.append((lazy_compile(pattern, re.I), kind))
    return Lexicon(exact=exact, headings=headings, patterns=tuple(patterns), languages=_languages(tables))


def _languages(tables: list[dict]) -> dict[str, LanguageTable]:
    languages: dict[str, LanguageTable] = {}
    for table in tables:
        lang = table.get("language", "und")
        dates = table.get("dates", {})
        bylines = table.get("bylines", {})
        languages[lang] = LanguageTable(
            language=lang,
            stopwords=frozenset(w.casefold() for w in table.get("stopwords", [])),
            published_labels=_tuple(dates.get("published")),
            modified_labels=_tuple(dates.get("modified")),
            months={str(k).casefold(): int(v) for k, v in dates.get("months", {}).items()},
            am=_tuple(dates.get("am")),
            pm=_tuple(dates.get("pm")),
            year_prefixes=_tuple(dates.get("year_prefixes")),
            time_joiners=_tuple(dates.get("time_joiners")),
            byline_prefixes=_tuple(bylines.get("prefixes")),
            byline_line_prefixes=_tuple(bylines.get("line_prefixes")),
            byline_suffixes=_tuple(bylines.get("suffixes")),
            byline_other_credits=_tuple(bylines.get("other_credits")),
            byline_ui=_tuple(bylines.get("ui")),
            byline_credits=_tuple(bylines.get("credits")),
            byline_sign_offs=_tuple(bylines.get("sign_offs")),
        )
    return languages


def table_files() -> list:
    """The built-in tables' files, in name order (the order their phrases are taken in)."""
    return sorted((e for e in package_file("lexicons").iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)


def source_checksum() -> str:
    """What the generated ``lexicon_tables`` module must have been written from: each table's
    name, size and CRC-32, and the Unicode version the phrases were case-folded with."""
    from unicodedata import unidata_version

    files = [f"{e.name}:{len(data)}:{zlib.crc32(data):08x}" for e in table_files() for data in (e.read_bytes(),)]
    return f"unicode {unidata_version}; " + " ".join(files)


@lru_cache(maxsize=1)
def _generated():
    """The generated module (``clipper/tablegen.py``), or None when it is missing or was written
    from other tables than the TOML files now hold: the TOML files are the source of truth."""
    try:
        from . import lexicon_tables
    except ImportError:
        return None
    return lexicon_tables if lexicon_tables.SOURCE_CHECKSUM == source_checksum() else None


def builtin_tables() -> list[dict]:
    """The built-in tables as tomllib reads them (for ``build`` with more tables: a rules file)."""
    import tomllib  # here: a run without a rules file takes the tables from the generated module

    return [tomllib.loads(entry.read_text(encoding="utf-8")) for entry in table_files()]


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The built-in tables, compiled once per process (taken ready-made from the generated module
    when it is current: the same Lexicon, ~25 ms sooner)."""
    generated = _generated()
    if generated is None:
        return build(builtin_tables())
    exact: dict[str, ChromeKind] = {}
    headings: dict[str, ChromeKind] = {}
    for kind in KIND_PRIORITY:  # keys one a line (a folded key holds no line break)
        if kind.value in generated.EXACT:
            exact.update(dict.fromkeys(generated.EXACT[kind.value].split("\n"), kind))
        if kind.value in generated.HEADINGS:
            headings.update(dict.fromkeys(generated.HEADINGS[kind.value].split("\n"), kind))
    patterns = tuple((lazy_compile(source, flags), ChromeKind(kind)) for source, flags, kind in generated.PATTERNS)
    for (source, flags, _kind), need in zip(generated.PATTERNS, generated.REQUIRED):
        _REQUIRED.setdefault((source, flags), None if need is None else frozenset(need))
    languages = {
        row["language"]: LanguageTable(**{**row, "stopwords": frozenset(row["stopwords"].split("\n") if row["stopwords"] else ())})
        for row in generated.LANGUAGES
    }
    lexicon = Lexicon(exact=exact, headings=headings, patterns=patterns, languages=languages)
    always, by_char = generated.INDEX
    _READY_INDEXES[lexicon] = _PatternIndex(frozenset(always), by_char)
    return lexicon


# --- A prefilter for the chrome patterns --------------------------------------------------
# Every pattern is searched case-insensitively in every short block, ~50 regex passes a block.
# Most patterns cannot match without one of a few literal strings ('newsletter', '기자', '©'),
# read off the pattern's syntax tree; a block holding none of a pattern's strings is not
# searched with it. The strings are compared case-folded the way the regex engine folds
# (simple lower case plus its extra equivalences such as 'ſ' = 's'), so the filter never
# drops a block the pattern would match (tests/test_lexicon_prefilter.py checks this for
# every character).


def _fold_tables() -> tuple[dict[int, str], dict[int, str]]:
    from re._casefix import _EXTRA_CASES  # lower-case letters re also takes as equal ('s', 'ſ')

    after = {lo: chr(min(lo, *extras)) for lo, extras in _EXTRA_CASES.items() if min(extras) < lo}
    # str.lower() gives 'İ' two characters ('i' + a combining dot); the regex engine one.
    return {0x130: "i"}, after


_FOLD_BEFORE, _FOLD_AFTER = _fold_tables()


_FOLD_AFTER_CHARS = re.compile("[" + "".join(map(re.escape, map(chr, _FOLD_AFTER))) + "]")


def search_fold(text: str) -> str:
    """``text`` case-folded as ``re.IGNORECASE`` compares characters, one character for one."""
    if text.isascii():
        return text.lower()
    if "\u0130" in text:
        text = text.translate(_FOLD_BEFORE)
    low = text.lower()
    # str.translate looks up every character: only when one of the rare ones is there.
    return low.translate(_FOLD_AFTER) if _FOLD_AFTER_CHARS.search(low) else low


# required_strings of the built-in patterns, filled from the generated module: reading the
# syntax of ~50 patterns costs a start-up ~10 ms.
_REQUIRED: dict[tuple[str, int], frozenset[str] | None] = {}


def _selectivity(option: set[str]) -> tuple[int, int, int]:
    return min(map(len, option)), -len(option), min(max(map(_rarity, s.lower())) for s in option)


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains (folded), or None when the
    pattern's syntax gives none (then it is always searched)."""
    from re import _constants as c, _parser

    def of_sequence(items) -> set[str] | None:
        options: list[set[str]] = []
        run: list[str] = []
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                options.append({"".join(run)})
                run = []
            need = of_node(op, av)
            if need:
                options.append(need)
        if run:
            options.append({"".join(run)})
        # The longest shortest string is the most selective; among equals, the one of the
        # rarest characters ('@' or '/' rather than '.', which most blocks hold).
        return max(options, key=_selectivity) if options else None

    def of_node(op, av) -> set[str] | None:
        if op is c.SUBPATTERN:
            return of_sequence(av[-1])
        if op is c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                need = of_sequence(alternative)
                if not need:
                    return None
                union |= need
            return union
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return of_sequence(av[2]) if av[0] >= 1 else None
        if op is c.IN and len(av) <= 8 and all(o is c.LITERAL for o, _ in av):
            return {chr(a) for _, a in av}
        return None

    try:
        need = of_sequence(list(_parser.parse(pattern, flags)))
    except Exception:  # a syntax this reading does not know: always search
        return None
    if not need:
        return None
    folded = frozenset(search_fold(s) for s in need)
    return folded if all(folded) else None


# Characters from most to least common in the Latin-script tables' languages: each required
# string is filed under its rarest character, so that few strings are tried on a block.
_COMMON_FIRST = " etaoinsrhldcumfpgwyb.,vkxjqz"  # the full stop and comma as common as 'b' and 'v'


def _rarity(ch: str) -> int:
    rank = _COMMON_FIRST.find(ch)
    return len(_COMMON_FIRST) if rank < 0 else rank


def _rarest_pair(string: str) -> str:
    """The two adjacent characters of ``string`` least likely in a block (the first such pair)."""
    return max((string[k : k + 2] for k in range(len(string) - 1)), key=lambda pair: _rarity(pair[0]) + _rarity(pair[1]))


@dataclass(frozen=True, slots=True)
class _PatternIndex:
    """The chrome patterns filed by their required strings: which patterns a block can match.

    ``by_char`` is the stored form (the generated module holds it). Blocks are looked up by
    character pair: a block holds most letters of its script, so filing a string under one
    character still tries a hundred strings on a block; its rarest pair lets through a few."""

    always: frozenset[int]  # patterns without required strings
    by_char: dict[str, tuple[tuple[str, int], ...]]  # rarest character -> (required string, pattern)
    by_pair: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = field(init=False, repr=False, compare=False)  # pair -> (string, its patterns)
    by_single: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)  # one-character strings
    # The keys as a set: a set intersects another by iterating the smaller, a dict's keys are all copied.
    pairs: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_pair: dict[str, list[tuple[str, int]]] = {}
        by_single: dict[str, list[int]] = {}
        for entries in self.by_char.values():
            for string, i in entries:
                if len(string) == 1:
                    by_single.setdefault(string, []).append(i)
                else:
                    by_pair.setdefault(_rarest_pair(string), []).append((string, i))
        # Several patterns require one string ('photo', 'comment' in many tables): it is
        # looked for once, and names them all.
        grouped: dict[str, tuple[tuple[str, tuple[int, ...]], ...]] = {}
        for pair, entries in by_pair.items():
            patterns_of: dict[str, list[int]] = {}
            for string, i in entries:
                patterns_of.setdefault(string, []).append(i)
            grouped[pair] = tuple((string, tuple(ids)) for string, ids in patterns_of.items())
        object.__setattr__(self, "by_pair", grouped)
        object.__setattr__(self, "by_single", {k: tuple(v) for k, v in by_single.items()})
        object.__setattr__(self, "pairs", frozenset(by_pair))

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that may match ``text``, in table order."""
        s = search_fold(text)
        found = set(self.always)
        # The few one-character strings ('.', ':', '©') are looked for one by one: faster than
        # a set of the block's characters.
        for ch, ids in self.by_single.items():
            if ch in s:
                found.update(ids)
        by_pair = self.by_pair
        for pair in self.pairs.intersection(map(add, s, s[1:])):
            for string, ids in by_pair[pair]:
                if string in s:
                    found.update(ids)
        return sorted(found)


# The default lexicon's index, read from the generated module.
_READY_INDEXES: dict[Lexicon, _PatternIndex] = {}


@lru_cache(maxsize=8)
def _pattern_index(lexicon: Lexicon) -> _PatternIndex:
    ready = _READY_INDEXES.get(lexicon)
    if ready is not None:
        return ready
    always: set[int] = set()
    by_char: dict[str, list[tuple[str, int]]] = {}
    for i, (pattern, _kind) in enumerate(lexicon.patterns):
        key = (pattern.pattern, pattern.flags)
        need = _REQUIRED[key] if key in _REQUIRED else required_strings(*key)
        if need is None:
            always.add(i)
            continue
        for string in sorted(need):
            by_char.setdefault(max(string, key=_rarity), []).append((string, i))
    return _PatternIndex(frozenset(always), {k: tuple(v) for k, v in by_char.items()})
