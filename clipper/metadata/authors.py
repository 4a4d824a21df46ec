"""Authors from bylines: '홍길동 기자 hong@example.com', '홍길동·김철수 기자', 'By Jane Doe and John Roe',
'Von Max Mustermann', '記者 山田太郎'. UI text ('Email the author', '기자 구독') is never a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import Lexicon

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPLIT = re.compile(r"\s*(?:,|;|&|·|ㆍ|、|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*", re.I)
# A person's name: 2-4 capitalised words (Latin/Cyrillic), 2-4 Hangul syllables, 2-5 Han/kana.
_NAME_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)){0,4}$")
_NAME_HANGUL = re.compile(r"^[가-힣]{2,4}$")
_NAME_CJK = re.compile(r"^[\u4e00-\u9fff\u3040-\u30ff]{2,6}$")
MAX_BYLINE_CHARS = 160


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)


def _is_name(text: str) -> bool:
    return bool(_NAME_LATIN.match(text) or _NAME_HANGUL.match(text) or _NAME_CJK.match(text))


@dataclass(frozen=True, slots=True)
class _TablePatterns:
    language: str
    suffixes: tuple[re.Pattern[str], ...]
    prefixes: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class _BylinePatterns:
    ui: frozenset[str]
    tables: tuple[_TablePatterns, ...]


@lru_cache(maxsize=4)
def _patterns(lexicon: Lexicon) -> _BylinePatterns:
    """The byline regexes of every table, compiled once per lexicon (not once per block)."""
    ui = frozenset(w.casefold() for t in lexicon.languages.values() for w in t.byline_ui)
    tables = tuple(
        _TablePatterns(
            table.language,
            tuple(re.compile(r"^(?P<names>.+?)\s*" + re.escape(s) + r"(?:\s|$|[,=])")
                  for s in sorted(table.byline_suffixes, key=len, reverse=True)),
            tuple(re.compile(r"^" + re.escape(p) + r"\s*[:：]?\s+(?P<names>.+)$", re.I)
                  for p in sorted(table.byline_prefixes, key=len, reverse=True)),
        )
        for table in lexicon.languages.values()
    )
    return _BylinePatterns(ui, tables)


_NAMES_END = re.compile(r"\s*(?:\||—|–| - |,\s*(?:staff|reporter|correspondent|editor|senior|updated|published))", re.I)


def parse_byline(text: str, lexicon: Lexicon) -> Byline | None:
    """The names (and emails) a byline gives, or None when the text is not a byline."""
    if len(text) > MAX_BYLINE_CHARS:
        return None
    emails = EMAIL.findall(text)
    rest = EMAIL.sub(" ", text).strip(" \t|·•-–—()[]<>")
    compiled = _patterns(lexicon)
    ui = compiled.ui
    if rest.casefold() in ui:
        return None
    for table in compiled.tables:
        for suffix in table.suffixes:
            m = suffix.match(rest + " ")
            if m and not table.language == "en":
                names = [n for n in _SPLIT.split(m.group("names")) if n]
                if names and all(_is_name(n) for n in names):
                    return Byline(names, emails)
        for prefix in table.prefixes:
            m = prefix.match(rest)
            if not m:
                continue
            names_part = _NAMES_END.split(m.group("names"))[0]
            names = [n.strip(" .") for n in _SPLIT.split(names_part) if n.strip(" .")]
            # 'By Jane Doe, Reuters': agencies and desks (the tables' byline ui words) are not people.
            names = [n for n in names if n.casefold() not in ui]
            if names and all(_is_name(n) for n in names):
                return Byline(names, emails)
    if emails and not rest:
        return Byline([], emails)
    return None
