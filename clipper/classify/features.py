"""Context-free measurements of one block: length, script, punctuation, stopwords, digits."""

from __future__ import annotations

import re
import string
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from ..segment import Segment

_WORD = re.compile(r"\w+", re.U)
# Sentence-final punctuation of the scripts we read (the Indic danda '।' and '॥', the Armenian
# '։', the Ethiopic '።', the Myanmar '။', the Khmer '។', the Arabic question mark '؟' and the
# Urdu full stop '۔' included), and Korean/Japanese sentence endings.
_SENTENCE_END = re.compile(r"[.!?。！？…।॥։።။។؟۔](?=[\s\"'”’»)\]」』]|$)|[다요죠음임][.。]?(?=\s|$)|[다요]\s*[\"”’']")
_DIGIT = re.compile(r"\d")
_SYMBOL = re.compile(r"[%$€£¥₩+\-−±▲▼△▽↑↓]")
# The characters of _SYMBOL that are ASCII: in ASCII text they are counted with str.count.
_ASCII_SYMBOLS = "%$+-"


def script_of(ch: str) -> str:
    code = ord(ch)
    for name, ranges in _SCRIPT_RANGES.items():
        if any(lo <= code <= hi for lo, hi in ranges):
            return name
    return "latin" if ch.isalpha() else ""


# Each script's code point ranges, in the order that breaks ties. Counting uses one regex
# class of them all (one pass in C); naming a character's script is a range lookup, so the
# large CJK classes are not compiled once per script at every start.
# A script missing here has no letters at all for the classifier: a Bengali article was all
# 'no letters' and had no body. Each script's letters, vowel signs and its own digits count.
_SCRIPT_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    "hangul": ((0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F)),
    "kana": ((0x3040, 0x30FF),),
    "han": ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF)),
    "cyrillic": ((0x0400, 0x052F),),
    "arabic": ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)),
    "thai": ((0x0E00, 0x0E7F),),
    "hebrew": ((0x0590, 0x05FF),),
    "greek": ((0x0370, 0x03FF), (0x1F00, 0x1FFF)),
    "devanagari": ((0x0900, 0x097F),),
    "bengali": ((0x0980, 0x09FF),),
    "gurmukhi": ((0x0A00, 0x0A7F),),
    "gujarati": ((0x0A80, 0x0AFF),),
    "oriya": ((0x0B00, 0x0B7F),),
    "tamil": ((0x0B80, 0x0BFF),),
    "telugu": ((0x0C00, 0x0C7F),),
    "kannada": ((0x0C80, 0x0CFF),),
    "malayalam": ((0x0D00, 0x0D7F),),
    "sinhala": ((0x0D80, 0x0DFF),),
    "lao": ((0x0E80, 0x0EFF),),
    "myanmar": ((0x1000, 0x109F),),
    "georgian": ((0x10A0, 0x10FF),),
    "ethiopic": ((0x1200, 0x137F),),
    "khmer": ((0x1780, 0x17FF),),
    "armenian": ((0x0530, 0x058F),),
}
# Scripts written without spaces between words, like Han and kana.
UNSPACED_SCRIPTS = ("han", "kana", "thai", "lao", "myanmar", "khmer")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


# Every non-Latin script class in one: one regex pass finds them, a cached lookup names them.
_OTHER_SCRIPTS = re.compile(
    "[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for ranges in _SCRIPT_RANGES.values() for lo, hi in ranges) + "]"
)
# The bytes that open no character of those scripts in UTF-8 (ASCII, continuation bytes, and
# the first bytes of U+2000-U+2FFF, where the typographic marks are): text whose UTF-8 form is
# left empty when they are deleted has no character of another script. UTF-8 keeps the order
# of code points, so a range's characters open with the bytes from its first one's to its last's.
_OTHER_SCRIPT_FIRST_BYTES = {
    b for ranges in _SCRIPT_RANGES.values() for lo, hi in ranges for b in range(chr(lo).encode()[0], chr(hi).encode()[0] + 1)
}
_NOT_OTHER_SCRIPT_FIRST_BYTE = bytes(b for b in range(256) if b not in _OTHER_SCRIPT_FIRST_BYTES)
_SCRIPT_OF: dict[str, str] = {}  # character -> script, filled as characters are met (bounded by the classes)


def _script_name(ch: str) -> str:
    name = _SCRIPT_OF.get(ch)
    if name is None:
        code = ord(ch)
        name = _SCRIPT_OF[ch] = next(n for n, ranges in _SCRIPT_RANGES.items() if any(lo <= code <= hi for lo, hi in ranges))
    return name


# ASCII text (most blocks of most pages) is counted by deleting the other bytes, several times
# faster than listing the matches: _LATIN and _DIGIT match these bytes and no other ASCII.
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NOT_ASCII_LETTER = bytes(b for b in range(128) if b not in _ASCII_LETTERS)
_NOT_ASCII_DIGIT = bytes(b for b in range(128) if not 0x30 <= b <= 0x39)
_NOT_ASCII_SYMBOL = bytes(b for b in range(128) if chr(b) not in _ASCII_SYMBOLS)
_NOT_ASCII_LETTER_UTF8 = _NOT_ASCII_LETTER + bytes(range(128, 256))
_LATIN_EXTENDED = re.compile(r"[\u00c0-\u024f]")  # _LATIN beyond ASCII
# Its characters in UTF-8 are those opened by the bytes C3-C8 (U+00C0-U+023F), and those of
# U+0240-U+027F (opened by C9) up to U+024F: text without a C9 byte is counted by its first bytes.
_NOT_LATIN_EXTENDED_FIRST_BYTE = bytes(b for b in range(256) if not 0xC3 <= b <= 0xC9)


def script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    if text.isascii():
        latin = len(text.encode("ascii").translate(None, _NOT_ASCII_LETTER))
        if latin:
            counts["latin"] = latin
        return counts
    # The ASCII letters by deleting every other byte of the UTF-8 form, then the few others.
    data = text.encode("utf-8", "surrogatepass")
    extended = data.translate(None, _NOT_LATIN_EXTENDED_FIRST_BYTE)
    latin = len(data.translate(None, _NOT_ASCII_LETTER_UTF8)) + (
        len(_LATIN_EXTENDED.findall(text)) if b"\xc9" in extended else len(extended)
    )
    if latin:
        counts["latin"] = latin
    if not data.translate(None, _NOT_OTHER_SCRIPT_FIRST_BYTE):
        return counts  # Latin text with accents or typographic marks (most): the class's scan is skipped
    found = _OTHER_SCRIPTS.findall(text)
    if found:
        per: dict[str, int] = {}
        for ch, n in Counter(found).items():
            name = _script_name(ch)
            per[name] = per.get(name, 0) + n
        for name in _SCRIPT_RANGES:  # the classes' order: max() breaks ties by it
            if name in per:
                counts[name] = per[name]
    return counts


# How many Latin-letter equivalents one character of a script carries; lets one length
# threshold serve alphabets, Hangul syllables and Han characters.
SCRIPT_WEIGHT = {"hangul": 2.5, "han": 3.0, "kana": 2.0, "thai": 1.2, "lao": 1.2, "myanmar": 1.2, "khmer": 1.2}


class Features(NamedTuple):
    """Measured once per block, read many times. A named tuple: as immutable as a frozen
    dataclass, and made five times faster (a frozen dataclass sets each field through
    object.__setattr__), which counts at one per block."""

    chars: int  # letters and digits
    weight: float  # length in Latin-letter equivalents
    words: int
    script: str
    unspaced: bool  # Han/kana/Thai: words are not separated by spaces
    sentence_ends: int
    ends_sentence: bool
    stopword_density: float
    digit_share: float
    symbol_count: int


def measure(segment: Segment, stopwords: frozenset[str]) -> Features:
    text = segment.text
    if text.isascii():
        return _measure_ascii(text, stopwords)
    if _NOT_TYPOGRAPHIC.search(text) is None:
        # ASCII text but for its typographic marks (half of the other blocks of Latin pages):
        # read as ASCII with each mark replaced by an ASCII one that every count treats alike.
        return _measure_ascii(_TYPOGRAPHIC.sub(_ascii_stand_in, text), stopwords)
    return _measure_any(text, stopwords)


def _measure_any(text: str, stopwords: frozenset[str]) -> Features:
    """``measure`` for text in any script."""
    counts = script_counts(text)
    letters = sum(counts.values())
    digits = len(_DIGIT.findall(text))
    words = _WORD.findall(text)
    script = max(counts, key=counts.get) if counts else ""
    weight = sum(n * SCRIPT_WEIGHT.get(s, 1.0) for s, n in counts.items()) + digits
    unspaced = script in UNSPACED_SCRIPTS
    if stopwords and words and not unspaced:
        hits = sum(map(stopwords.__contains__, map(str.casefold, words)))
        density = hits / len(words)
    elif stopwords and unspaced:
        hits = sum(map(stopwords.__contains__, text))
        density = hits / max(letters, 1)
    else:
        density = 0.0
    stripped = text.rstrip()
    return Features(
        letters + digits,
        weight,
        len(words),
        script,
        unspaced,
        len(_SENTENCE_END.findall(text)),
        bool(stripped) and bool(_SENTENCE_END.search(stripped[-3:] if len(stripped) >= 3 else stripped)),
        density,
        digits / max(letters + digits, 1),
        len(_SYMBOL.findall(text)),
    )


# In ASCII text only these end a sentence (_SENTENCE_END's other characters are not ASCII).
_ASCII_SENTENCE_END = re.compile(r"[.!?](?=[\s\"')\]]|$)")


# Typographic marks of Latin-script text, each with the ASCII stand-in that every measurement
# above reads the same way: not a letter, digit or word character; a sentence end ('…' as
# '.'), a character that may follow one ('’' as "'", '”' as '"', '»' as ')'), a space, a
# symbol ('€' as '$') or none of these ('`'). tests/test_features_ascii.py checks each.
ASCII_STAND_INS: dict[str, str] = {
    **dict.fromkeys("\u00a0\u2002\u2003\u2009\u200a\u202f", " "),
    "\u2019": "'",
    "\u201d": '"',
    "\u00bb": ")",
    "\u2026": ".",
    **dict.fromkeys("€£¥−±", "$"),
    **dict.fromkeys("\u2018\u201c\u201e\u201a\u00ab\u2039\u203a\u2013\u2014\u2022\u00b7\u00a9\u00ae\u2122\u00b0\u2032\u2033", "`"),
}
_TYPOGRAPHIC = re.compile("[" + "".join(ASCII_STAND_INS) + "]")
_NOT_TYPOGRAPHIC = re.compile("[^\x00-\x7f" + "".join(ASCII_STAND_INS) + "]")


def _ascii_stand_in(m: re.Match[str]) -> str:
    return ASCII_STAND_INS[m.group()]


def _ascii_word_table() -> bytes:
    """ASCII word characters (what \\w matches in ASCII) lowered, every other byte a space."""
    table = bytearray(b" " * 256)
    for ch in string.ascii_letters + string.digits + "_":
        table[ord(ch)] = ord(ch.lower())
    return bytes(table)


# Splitting the translated bytes lists the words _WORD finds in the lowered text, several
# times faster than the regex.
_ASCII_WORDS = _ascii_word_table()


@lru_cache(maxsize=16)
def _ascii_stopwords(stopwords: frozenset[str]) -> frozenset[bytes]:
    """The table's stopwords as bytes, to look up the words of ASCII text (non-ASCII ones never match them)."""
    return frozenset(w.encode("ascii") for w in stopwords if w.isascii())


def _measure_ascii(text: str, stopwords: frozenset[str]) -> Features:
    """``measure`` for ASCII text (most blocks of most pages): the one script is Latin, letters
    and digits are counted by deleting the other bytes, and lowering case-folds."""
    data = text.encode("ascii")
    letters = len(data.translate(None, _NOT_ASCII_LETTER))
    digits = len(data.translate(None, _NOT_ASCII_DIGIT))
    # Lowering moves no word boundary in ASCII: the words come out folded.
    words = data.translate(_ASCII_WORDS).split()
    n_words = len(words)
    density = sum(map(_ascii_stopwords(stopwords).__contains__, words)) / n_words if stopwords and words else 0.0
    chars = letters + digits
    # A block without '.', '!' or '?' (a menu entry, a headline) ends no sentence: no regex runs.
    # The last sentence end is one of those the count finds.
    ends = len(_ASCII_SENTENCE_END.findall(text)) if "." in text or "?" in text or "!" in text else 0
    return Features(
        chars,
        letters * 1.0 + digits if letters else digits,
        n_words,
        "latin" if letters else "",
        False,
        ends,
        ends > 0 and _ASCII_SENTENCE_END.search(text.rstrip()[-3:]) is not None,
        density,
        digits / max(chars, 1),
        len(data.translate(None, _NOT_ASCII_SYMBOL)),
    )
