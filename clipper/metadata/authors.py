"""Authors from bylines: '홍길동 기자 hong@example.com', '홍길동·김철수 기자', 'By Jane Doe and John Roe',
'Von Max Mustermann', '記者 山田太郎'. UI text ('Email the author', '기자 구독') is never a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

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


def parse_byline(text: str, lexicon: Lexicon) -> Byline | None:
    """The names (and emails) a byline gives, or None when the text is not a byline."""
    if len(text) > MAX_BYLINE_CHARS:
        return None
    emails = EMAIL.findall(text)
    rest = EMAIL.sub(" ", text).strip(" \t|·•-–—()[]<>")
    ui = {w.casefold() for t in lexicon.languages.values() for w in t.byline_ui}
    if rest.casefold() in ui:
        return None
    for table in lexicon.languages.values():
        for suffix in sorted(table.byline_suffixes, key=len, reverse=True):
            m = re.match(r"^(?P<names>.+?)\s*" + re.escape(suffix) + r"(?:\s|$|[,=])", rest + " ")
            if m and not table.language == "en":
                names = [n for n in _SPLIT.split(m.group("names")) if n]
                if names and all(_is_name(n) for n in names):
                    return Byline(names, emails)
        for prefix in sorted(table.byline_prefixes, key=len, reverse=True):
            m = re.match(r"^" + re.escape(prefix) + r"\s*[:：]?\s+(?P<names>.+)$", rest, re.I)
            if not m:
                continue
            names_part = re.split(r"\s*(?:\||—|–| - |,\s*(?:staff|reporter|correspondent|editor|senior|updated|published))", m.group("names"), flags=re.I)[0]
            names = [n.strip(" .") for n in _SPLIT.split(names_part) if n.strip(" .")]
            # 'By Jane Doe, Reuters': agencies and desks (the tables' byline ui words) are not people.
            names = [n for n in names if n.casefold() not in ui]
            if names and all(_is_name(n) for n in names):
                return Byline(names, emails)
    if emails and not rest:
        return Byline([], emails)
    return None
