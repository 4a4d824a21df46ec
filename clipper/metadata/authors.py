"""Authors from bylines: '홍길동 기자 hong@example.com', '홍길동·김철수 기자', 'By Jane Doe and John Roe',
'Von Max Mustermann', '記者 山田太郎'. UI text ('Email the author', '기자 구독') is never a name."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lazyregex import lazy_compile
from ..lexicon import Lexicon, search_fold
from .title import plain

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPLIT = lazy_compile(r"\s*(?:,|;|&|·|ㆍ|、|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*", re.I)
# The same separators ending a line: a list of names that goes on on the next line.
_SPLIT_AT_END = lazy_compile(r"(?:,|&|、|\band|\bund|\bet|\by|\be|\bи)\s*$", re.I)
# A person's name: 1-5 capitalised words (Latin/Cyrillic), 2-4 Hangul syllables, 2-10 Han/kana.
_NAME_LATIN = re.compile(r"^[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*(?:\s+(?:van|von|de|da|del|der|di|le|la|du|bin|al|[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*)){0,4}$")
_NAME_HANGUL = lazy_compile(r"^[가-힣]{2,4}$")
_NAME_CJK = lazy_compile(r"^[\u4e00-\u9fff\u3040-\u30ff]{2,10}$")
# After 'by'/'作成者', a blog names its author by a nickname ('코딩하는곰', '하늘빛나래').
_NICK_HANGUL = lazy_compile(r"^[가-힣][가-힣0-9_]{1,11}$")
# After 'by'/'文', a byline may name an office or firm ('ライトハウス国際特許事務所').
_NAME_ORG_CJK = lazy_compile(r"^[\u4e00-\u9fff\u3040-\u30ff]{2,16}$")
MAX_BYLINE_CHARS = 160
# A line of bare names ('Isabel Caro, Rocío Latorre y José Miguel Wilson') is short.
MAX_BARE_NAMES_CHARS = 90
# Parts of a byline after the names: desks, roles, places, reading times.
_TAIL = lazy_compile(
    r"\s*(?:\||—|–| - | • |\s{2,}|,\s*(?:staff|reporter|correspondent|editor|senior|updated|published|special)\b)", re.I
)
# What may stand before 'By' on a byline: a label or a date ('Analysis by', 'Monday November 18, 2019 7:45 am PST by').
MAX_WORDS_BEFORE_PREFIX = 2


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    bare: bool = False  # names without a 'By'/'기자': trusted only in the article's head
    # The byline opens a paragraph of the story ('(대전=연합뉴스) 홍길동 기자 = 지방 …했다.'):
    # the names are the authors', the block stays body.
    lead: bool = False


def _is_name(text: str) -> bool:
    return bool(_NAME_LATIN.match(text) or _NAME_HANGUL.match(text) or _NAME_CJK.match(text))


# What stands before Korean reporters' names: a wire dateline or a credit label
# ('(서울=연합뉴스) 김영희 기자', '글·사진=박지민 기자', '글·사진=정선=박민재 기자' with the place
# too), or the outlet ('[동서일보 박지민 기자]').
_CREDIT_PREFIX = lazy_compile(r"^(?:[(\[]?[^=()\[\]]{1,12}=[^()\[\]]{1,12}[)\]]\s*|[^=()]{1,12}=\s*)+(?=[가-힣])")
_HANGUL_CREDIT = lazy_compile(r"^[가-힣A-Za-z0-9]{2,12}\s+(?P<name>[가-힣]{2,4})$")
# A date line that ends with the reporter ('입력 2025.07.15 06:00 수정 2025.07.15 09:41 이수진 기자'):
# the name follows the last time or day.
_AFTER_STAMP = lazy_compile(r"^.*(?:\d{1,2}:\d{2}|\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?)\s+(?P<name>[가-힣]{2,4})$")


def _after_credit(name: str) -> str:
    if _is_name(name):
        return name
    m = _HANGUL_CREDIT.match(name.strip()) or _AFTER_STAMP.match(name.strip())
    return m.group("name") if m else name


def _tidy(name: str) -> str:
    """'VICTOR TANGERMANN' -> 'Victor Tangermann': names set in capitals are written as names."""
    name = name.strip(" ,;:")
    if name.endswith(".") and len(name.split()[-1]) > 2:
        name = name.rstrip(".")  # a full stop ends the line, but 'C.' is an initial
    letters = [c for c in name if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters) and all(c.isascii() or c.isalpha() for c in name):
        name = " ".join(w.capitalize() for w in name.split())
    return name


@lru_cache(maxsize=4)
def _ui(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.casefold() for t in lexicon.languages.values() for w in t.byline_ui)


# What may follow the names of a byline without voiding it: an outlet or desk of a few words
# ('Por Ana Souza, g1 SP'), its last part. A longer tail is a sentence ('Tweet von Agnès
# Callamard, …, über den Filter …'), and the 'by' in it no byline's.
MAX_TAIL_WORDS = 3


def _names(part: str, ui: frozenset[str], lexicon: Lexicon) -> list[str] | None:
    """Names in a run such as 'Jane Doe and John Roe, Reuters'; None when a part is not a name."""
    names: list[str] = []
    parts = _SPLIT.split(part)
    for k, raw in enumerate(parts):
        n = _tidy(raw)
        if not n:
            continue
        tokens = n.casefold().split()
        # Agencies, desks and roles after a name ('Reuters', 'CNN Editor-at-large') are not people.
        if n.casefold() in ui or any(t in ui for t in tokens) and names:
            continue
        n = _drop_masthead(n)
        if _NAME_LATIN.match(n) and len(n.split()) < 2:
            if names:
                continue  # after a name, the desk or outlet ('Von Anna Schmidt, ARD-Hauptstadtstudio')
            return None  # one capitalised word after 'by' is a company or a pseudonym ('por PopUp')
        named = _is_name(n) or _NAME_ORG_CJK.match(n) or _NICK_HANGUL.match(n)
        if not named or names and not plausible_name(n, lexicon):
            if names and k == len(parts) - 1 and len(n.split()) <= MAX_TAIL_WORDS and not _SENTENCE_TAIL.search(n):
                break  # after the names, their outlet or desk ('Por Ana Souza, g1 SP')
            return None
        names.append(n)
    return names or None


_SENTENCE_TAIL = lazy_compile(r"[.:!?;]$")


@dataclass(frozen=True, slots=True)
class _Patterns:
    """The tables' byline words as regexes, compiled once per lexicon rather than on every block."""

    suffixes: tuple[tuple[str, re.Pattern[str]], ...]  # (suffix, pattern); English has none that stand after names
    prefixes: tuple[re.Pattern[str], ...]
    # Some suffix is ASCII: the tables' suffixes are Korean, Japanese and Chinese words, which an ASCII block cannot hold.
    ascii_suffix: bool
    # Per prefix pattern, every word of its prefix as _opening_words cuts it (None: a prefix of
    # punctuation alone); the others by their first word (_first_word), and those always searched.
    prefix_words: tuple[frozenset[str] | None, ...]
    by_first: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    # What _cannot_be_byline looks for: the suffixes and the reporter words read glued to a name
    # (all of them, when some is ASCII); False when it cannot tell (see there).
    telling_words: tuple[str, ...]
    telling_mark: re.Pattern[str]  # a character of each (see _patterns): one pass over a text holding none
    screens: bool


@lru_cache(maxsize=4)
def _patterns(lexicon: Lexicon) -> _Patterns:
    suffixes = tuple(
        (suffix, lazy_compile(r"^(?P<names>.+?)\s*" + re.escape(suffix) + r"(?:\s|$|[,=])"))
        for table in lexicon.languages.values()
        if table.language != "en"
        for suffix in sorted(table.byline_suffixes, key=len, reverse=True)
    )
    # Longest first; alphabetical among equals, so that the order (and the regex) is the same in every process.
    words = sorted({p for table in lexicon.languages.values() for p in table.byline_prefixes}, key=lambda w: (-len(w), w))
    # A full-width colon needs no space after it ('投稿者：さくらママ').
    # Japanese and Chinese bylines join the word and the name with a dot or a slash ('文・山田太郎', '文／张三').
    prefixes = tuple(lazy_compile(r"(?:^|\s)" + re.escape(prefix) + r"\s*(?:[:：]?\s+|[：・／/＝=]\s*)(?P<names>.+)$", re.I) for prefix in words)
    # Prefixes that are everyday words elsewhere ('di') open a byline only at the line's start.
    line_words = sorted({p for table in lexicon.languages.values() for p in table.byline_line_prefixes} - set(words), key=lambda w: (-len(w), w))
    prefixes += tuple(lazy_compile(r"^\s*" + re.escape(prefix) + r"\s+(?P<names>.+)$", re.I) for prefix in line_words)
    firsts = tuple(_first_word(prefix) for prefix in (*words, *line_words))
    ascii_suffix = any(suffix.isascii() for suffix, _pattern in suffixes)
    prefix_words = tuple(None if first is None else _opening_words(prefix) for first, prefix in zip(firsts, (*words, *line_words)))
    by_first: dict[str, tuple[int, ...]] = {}
    for k, first in enumerate(firsts):
        if first is not None:
            by_first[first] = (*by_first.get(first, ()), k)
    always = tuple(k for k, first in enumerate(firsts) if first is None)
    telling = tuple(dict.fromkeys([*(suffix for suffix, _pattern in suffixes), *_glued_prefixes(lexicon)]))
    screens = not always and not any(_PART_EDGES.search(w) for ws in prefix_words if ws for w in ws)
    # Of each telling word its first character beyond ASCII (the first, for a word all in ASCII):
    # a text without any of them holds none of the words ('' stands in every text; no word: a class of none).
    marks = "".join(sorted({re.escape(next((c for c in word if not c.isascii()), word[0])) for word in telling if word}))
    telling_mark = re.compile("" if "" in telling else f"[{marks}]" if marks else r"(?!)")
    return _Patterns(suffixes, prefixes, ascii_suffix, prefix_words, by_first, always, telling, telling_mark, screens)


def _first_word(prefix: str) -> str | None:
    """A word of ``_opening_words(prefix)`` that every match of the prefix puts among the text's."""
    head = prefix.split(None, 1)
    # 'by:' -> 'by'; the prefix's first token opens a token of the text, whose colons are cut too.
    return min(_opening_words(head[0]), default=None) if head else None


def _opening_words(text: str) -> frozenset[str]:
    """The words of ``text`` folded as re.IGNORECASE compares them, cut at the signs that may
    follow a prefix.

    A prefix pattern matches only where its prefix opens the text or follows whitespace and
    is followed by whitespace or one of _AFTER_PREFIX, so every word of the prefix is one of
    these: a prefix with a word not here cannot match, and its regex is not run (most blocks
    run none)."""
    return frozenset(search_fold(_AFTER_PREFIX.sub(" ", text)).split())


def _candidates(words: frozenset[str], patterns: _Patterns) -> list[int]:
    """The prefix patterns that may match a text of these words (see _opening_words): 'a cura
    di' only where 'a', 'cura' and 'di' all stand."""
    found = list(patterns.always)
    for first in patterns.by_first.keys() & words:
        found += [k for k in patterns.by_first[first] if patterns.prefix_words[k] <= words]
    return found


# The signs the prefix patterns in _patterns accept right after a prefix (besides whitespace).
_AFTER_PREFIX = re.compile(r"[:：・／/＝=]")


_NOTICE_MARK = lazy_compile(r"^\W{0,3}(?:©|ⓒ|\(c\)\s|copyright\b)", re.I)
# lynx numbers every link: 'Von [8]Petra Hansen'.
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
# html2text writes links as Markdown: 'Par [Claire Morel](/auteur/claire-morel/)'.
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


# Where parse_byline cuts a text into the parts and clauses it reads prefixes in, or strips it
# (besides whitespace and the signs _opening_words cuts at): no word of a prefix holds one
# (else _patterns turns the screen off).
_PART_EDGES = re.compile(r"[:：・／/＝=;()|·•\-–—\[\]<>（）【】〈〉]")


def _cannot_be_byline(text: str, patterns: _Patterns) -> bool:
    """A short text without an e-mail address, a suffix, a glued reporter word or some prefix's
    words among its own gives parse_byline nothing to read (most blocks of a page): told in one
    pass over the text rather than the parse's several.

    Links and escapes ('[', backslashes) are rewritten before the parse reads the text, and may
    join words: such texts are read in full. Otherwise every part, clause and stripped rest the
    parse reads is a piece of the text cut at whitespace or at _PART_EDGES, so a prefix's words
    among a piece's words are among the words of the text cut at the same signs."""
    if not patterns.screens or "@" in text or "[" in text or "\\" in text:
        return False
    if (patterns.ascii_suffix or not text.isascii()) and patterns.telling_mark.search(text) and any(word in text for word in patterns.telling_words):
        return False
    words = search_fold(_PART_EDGES.sub(" ", text)).split()
    return not (patterns.by_first.keys() & words and _candidates(frozenset(words), patterns))


def parse_byline(text: str, lexicon: Lexicon) -> Byline | None:
    """The names (and emails) a byline gives, or None when the text is not a byline."""
    if len(text) > MAX_BYLINE_CHARS:
        return _lead_credit(text, lexicon)
    if _cannot_be_byline(text, _patterns(lexicon)):
        return None
    text = _LINK_NUMBER.sub("", plain(text))
    if _NOTICE_MARK.match(text):
        return None  # 'Copyright © 19.12.2019 by Qualisys GmbH': a notice names a holder, not an author
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    if "@" in text:  # every e-mail address has one
        emails = EMAIL.findall(text)
        text = EMAIL.sub(" ", text)
    else:
        emails = []
    # Full-width brackets too: a sign-off cut from the last paragraph ('（记者 张丽）').
    rest = text.strip(" \t|·•-–—()[]<>（）【】〈〉")
    ui = _ui(lexicon)
    if rest.casefold() in ui:
        return None
    patterns = _patterns(lexicon)
    for suffix, pattern in patterns.suffixes if patterns.ascii_suffix or not rest.isascii() else ():
        if suffix not in rest:
            continue
        m = pattern.match(rest + " ")
        if m:
            names = [_after_credit(n) for n in _SPLIT.split(_CREDIT_PREFIX.sub("", m.group("names"))) if n]
            # 'A 시민기자 되기' names a role ('시민') where a name would stand: no byline.
            if names and all(_is_name(n) and n.casefold() not in ui for n in names):
                return Byline(names, emails, lead=_opens_paragraph((rest + " ")[m.end() :]))
    if rest.strip(" ()").casefold().startswith(_other_credits(lexicon)):
        return None  # '(Editing by Leslie Adler)' names an editor
    if ";" in rest:
        credited = _credits(rest, lexicon, ui)
        if credited:
            # The credit closes the story's text (the AEB's bodies keep it): it stays where it is.
            return Byline(credited, emails, lead=True)
    # A byline may be one part of a row: 'Accueil | Par Loïc Le Clerc | 30 septembre 2018'.
    parts = [p for p in re.split(r"\s+\|\s+|\s+·\s+", rest) if p.strip()] if "|" in rest or " · " in rest else [rest]
    for part in parts:
        found = _prefixed(part.strip(), lexicon, ui)
        if found:
            return Byline(found, emails)
    slotted = _slotted(rest, lexicon)
    if slotted:
        return Byline(slotted, emails)
    if emails and not rest:
        return Byline([], emails)
    return None


@lru_cache(maxsize=4)
def _other_credits(lexicon: Lexicon) -> tuple[str, ...]:
    return tuple(w.casefold() for t in lexicon.languages.values() for w in t.byline_other_credits)


def _credits(rest: str, lexicon: Lexicon, ui: frozenset[str]) -> list[str] | None:
    """Wire copy's credit line ('Reporting by Julie Gordon in Ottawa; Additional reporting by
    Steve Scherer; Editing by Leslie Adler'): the reporters, not the editors."""
    others = _other_credits(lexicon)
    names: list[str] = []
    for clause in rest.split(";"):
        clause = clause.strip(" ()")
        if not clause or clause.casefold().startswith(others):
            continue
        for name in _prefixed(clause, lexicon, ui) or []:
            if name not in names:
                names.append(name)
    return names or None


# Taiwanese and Chinese papers write the byline as slots between slashes, the reporter word
# glued to the name ('聯合報／記者陳怡君／台北即時報導', '記者王曉明/北京報導').
_SLOTS = lazy_compile(r"\s*[／/|｜]\s*")
_HAN_NAME = lazy_compile(r"^[\u4e00-\u9fff]{2,4}$")
# Only reporter words of two characters or more are read glued to a name: '文' opens words.
MIN_GLUED_PREFIX = 2


@lru_cache(maxsize=4)
def _glued_prefixes(lexicon: Lexicon) -> tuple[str, ...]:
    """The reporter words read glued to a name, longest first."""
    return tuple(sorted(
        {p for t in lexicon.languages.values() for p in t.byline_prefixes if len(p) >= MIN_GLUED_PREFIX and not p.isascii()},
        key=lambda p: (-len(p), p),
    ))


def _slotted(rest: str, lexicon: Lexicon) -> list[str] | None:
    if "/" not in rest and "／" not in rest and "|" not in rest and "｜" not in rest:
        return None
    prefixes = _glued_prefixes(lexicon)
    for slot in _SLOTS.split(rest):
        if not slot.startswith(prefixes):
            continue  # one test in C for the slots no reporter word opens (most of them)
        for prefix in prefixes:
            if slot.startswith(prefix) and _HAN_NAME.match(slot[len(prefix) :].strip()):
                return [slot[len(prefix) :].strip()]
    return None


# Wire copy opens its first paragraph with the dateline and the reporter in brackets
# ('新华社宁波5月20日电（记者 王晓明）20日上午，…'): a bracket within this many characters of
# the start whose words are a byline names the story's authors; the paragraph stays body.
MAX_LEAD_CREDIT_OFFSET = 40
_LEAD_BRACKET = lazy_compile(r"[（(]([^（）()]{2,30})[）)]")


# Korean wire copy opens with the dateline and the reporter, then ' = ' ('[화성=뉴시스] 박동현 기자 =
# 11일 오후 …'); the dateline's own '=' has no spaces around it.
_WIRE_LEAD = lazy_compile(r"^(.{4,60}?)\s=\s")


def _lead_credit(text: str, lexicon: Lexicon) -> Byline | None:
    wire = _WIRE_LEAD.match(text)
    if wire is not None:
        byline = parse_byline(wire.group(1), lexicon)
        if byline is not None and byline.authors:
            return Byline(byline.authors, byline.emails, lead=True)
    m = _LEAD_BRACKET.search(text, 0, MAX_LEAD_CREDIT_OFFSET + 32)
    if m is None or m.start() > MAX_LEAD_CREDIT_OFFSET:
        return None
    byline = parse_byline(m.group(1), lexicon)
    if byline is None or not byline.authors:
        return None
    return Byline(byline.authors, byline.emails, lead=True)


# After a wire credit ('… 기자 =') or a bracketed one ('[… 기자]'), a sentence this long is the
# story's first paragraph, not part of the byline.
MIN_LEAD_CHARS = 20
_LEAD_END = lazy_compile(r"[.!?。다][\"'”’)]?\s*$")


def _opens_paragraph(after: str) -> bool:
    after = after.strip(" =:]>)\t")
    return len(after) >= MIN_LEAD_CHARS and bool(_LEAD_END.search(after))


# Where the reporter filed from, after the names ('Reporting by Julie Gordon in Ottawa').
_PLACE_AFTER = lazy_compile(r"\s+(?:in|en)\s+(?=[A-ZÀ-Þ])")


def _prefixed(rest: str, lexicon: Lexicon, ui: frozenset[str]) -> list[str] | None:
    patterns = _patterns(lexicon)
    candidates = _candidates(_opening_words(rest), patterns)
    if not candidates:
        return None
    # The prefix that opens the byline first ('记者 王晓明 通讯员 李华'): not a later credit's.
    # Only the prefixes whose words the block holds are searched.
    found = sorted((m.start(), k, m) for k in candidates for m in (patterns.prefixes[k].search(rest),) if m)
    for _start, _k, m in found:
        lead = rest[: m.start()].split()
        if len(lead) > MAX_WORDS_BEFORE_PREFIX and not re.search(r"\d", rest[: m.start()]):
            continue
        names_part = _TAIL.split(m.group("names"))[0]
        if _DIGIT.search(names_part):  # the months' long alternation cuts only before a day
            names_part = _month_dates(lexicon).split(names_part)[0]
        names_part = re.split(r"[·•／]|\s+(?:le|am|on|el|em|at|à)\s+\d|\s+\d", names_part)[0]
        names_part = _PLACE_AFTER.split(names_part)[0]
        names_part = _date_labels(lexicon).split(names_part)[0]
        names_part = _NEXT_LABEL.split(names_part)[0]
        names_part = _DATE_JOINER_END.sub("", names_part)
        names = _han_run(names_part, patterns) or _names(names_part, ui, lexicon)
        if names:
            return names
    return None


_DIGIT = re.compile(r"\d")
# Another label after the names ('作者：张三 来源：新华社', 'Autor: Jan Kowalski Źródło: PAP').
_NEXT_LABEL = lazy_compile(r"\s+[^\s:：]{1,12}[:：]")
# A preposition left before a date the month split cut off ('Written by Jane Doe on' February 11).
_DATE_JOINER_END = lazy_compile(r"\s+(?:on|le|am|el|em|at|à|il|vom|den)$")
_HAN_TOKEN = lazy_compile(r"^[\u4e00-\u9fff]{2,4}$")


def _han_run(names_part: str, patterns: _Patterns) -> list[str] | None:
    """Chinese bylines separate names by spaces ('王晓明 李华'), up to the next credit word
    ('王晓明 通讯员 李华': the correspondent is credited apart)."""
    tokens = names_part.split()
    if len(tokens) < 2 or not _HAN_TOKEN.match(tokens[0]):
        return None
    names = []
    for token in tokens:
        if not _HAN_TOKEN.match(token) or any(p.match(token + " x") for p in patterns.prefixes):
            break
        names.append(token)
    return names


@lru_cache(maxsize=4)
def _date_labels(lexicon: Lexicon) -> re.Pattern[str]:
    """'By Umair Irfan Updated Nov 13': a date label ends the names."""
    words = {w for t in lexicon.languages.values() for w in (*t.published_labels, *t.modified_labels) if len(w) >= 4}
    return re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")\b", re.I)


@lru_cache(maxsize=4)
def _month_dates(lexicon: Lexicon) -> re.Pattern[str]:
    """'By Julie Gordon and David Ljunggren June 4, 2025': a month name before a day ends the names."""
    months = {m for t in lexicon.languages.values() for m in t.months if len(m) >= 3 and m.isalpha()}
    return re.compile(r"\s+(?:" + "|".join(sorted(map(re.escape, months), key=lambda w: (-len(w), w))) + r")\.?\s+\d", re.I)


def _drop_masthead(name: str) -> str:
    """'Kevin McCoy USA TODAY' -> 'Kevin McCoy': a masthead in capitals after the name."""
    words = name.split()
    while len(words) > 2 and words[-1].isupper() and words[-1].isalpha() and len(words[-1]) > 1 and not words[0].isupper():
        words.pop()
    return " ".join(words)


# A lower-case run then a capital inside a word: glued words, not 'McCoy' or 'DeArdo'.
_GLUED = lazy_compile(r"[a-zà-ÿ]{3,}[A-ZÀ-Þ]")
# A social-media handle after a name ('Catherine Shu @catherineshu / 2 days').
_HANDLE = re.compile(r"(?<!\S)@\w+")
# Lower-case particles inside names ('Loïc Le Clerc', 'Ludwig van Beethoven').
_PARTICLES = frozenset("de da do dos das del della di du le la van von der den ten ter bin al el y e".split())


@lru_cache(maxsize=4)
def _common_words(lexicon: Lexicon) -> frozenset[str]:
    """Function words and UI phrases of every table: a name is made of neither."""
    words = {w for t in lexicon.languages.values() for w in t.stopwords}
    words |= {k for k in lexicon.exact if " " not in k}
    words |= {w.casefold() for t in lexicon.languages.values() for w in (*t.published_labels, *t.modified_labels) if " " not in w}
    return frozenset(words - _PARTICLES)


def plausible_name(name: str, lexicon: Lexicon) -> bool:
    """'Jeanne Corriveau' yes; 'View Comments', 'More On', 'Classificação NASCAR' no."""
    words = name.split()
    common = _common_words(lexicon)
    all_caps = name.isupper()
    for w in words:
        key = w.casefold().strip(".,")
        if key in _PARTICLES:
            continue
        if key in common or (not all_caps and len(w) > 1 and w.isupper() and w.isalpha()):
            return False
        if _GLUED.search(w):
            return False  # 'SuscríbeteIniciar': two UI words glued by the renderer
    return True


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words and nothing else: a name or a masthead, not a headline."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[0].isupper() and not (len(w) > 1 and w.isupper()) for w in words if w.casefold() not in _PARTICLES)


def _dated(text: str, lexicon: Lexicon) -> bool:
    from .dates import find_dates  # dates imports nothing from here; imported late to keep modules apart

    return bool(find_dates(text, lexicon))


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*")
_NAME_SEPARATOR = re.compile(r"[,;&|]|\b(?:and|und|et|y|e|и)\b")  # the same, without the spaces


def bare_names(text: str, lexicon: Lexicon) -> list[str]:
    """Names standing alone, as bylines next to a date line often are ('Jeanne Corriveau',
    'Markus M. Haefliger, London, Beat Bumbacher', 'VICTOR TANGERMANN, FUTURISM'); [] otherwise.

    One-word parts are places or outlets and are left out; at least one name needs two words.
    """
    # Names come first; a place, a date or a reading time may follow after a separator.
    text = _HANDLE.sub(" ", plain(text))
    whole = text
    text = re.split(r"\s+[-–—|·•/]\s+|[|·•]", text)[0]
    head = re.split(r"\s+\d", text)[0]
    if head != text and not _dated(whole[len(head):], lexicon):
        return []  # 'Calendário Stock Car 2018': a number that is no date follows, so no names
    text = head.strip(" ,|·•-–—")
    if not text or len(text) > MAX_BARE_NAMES_CHARS or EMAIL.search(text):
        return []
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        text = " ".join(words[:half])  # 'Emmanuelle Ducros Emmanuelle Ducros'
    ui = _ui(lexicon)
    # The separators are looked for without their spaces first: a pattern opening with \s* is
    # tried at every character (microseconds a line), and most lines hold no separator.
    parts = [p for p in (_NAME_SEPARATORS.split(text) if _NAME_SEPARATOR.search(text) else [text]) if p.strip()]
    names: list[str] = []
    for p in parts:
        n = _drop_masthead(_tidy(p))
        if n.casefold() in ui:
            continue
        if len(n.split()) < 2:
            if _NAME_LATIN.match(n):
                continue  # a place or an outlet: 'London', 'FUTURISM'
            return []
        if not _NAME_LATIN.match(n) or len(n.split()) > 4 or not plausible_name(n, lexicon):
            return []
        names.append(n)
    return names


def ends_with_joiner(text: str) -> bool:
    """'Isabel Caro, Rocío Latorre y': a list of names cut before its last name."""
    return bool(_SPLIT_AT_END.search(text))
