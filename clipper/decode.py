"""bytes -> str: byte-order marks, declared charsets, detection; text vs HTML sniffing.

Detection is charset-normalizer's job (a maintained detector beats a hand-written
one on CP949, Shift_JIS, GB18030, Big5 and the Windows code pages).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib
from dataclasses import dataclass, field

from .lazyregex import lazy_compile
from .errors import BinaryInputError, CorruptInputError, EmptyInputError, InputTooLargeError, UnknownEncodingError
from .model import InputFormat

# Magic numbers of formats people feed by mistake; the name goes into the error.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Share of control characters above which a byte string is binary, not text.
MAX_CONTROL_SHARE = 0.10
# The control bytes that count (tab, line feed, vertical tab, form feed and carriage return do not).
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)
# How many leading bytes the sniffers look at.
SNIFF_BYTES = 4096

_META_CHARSET = lazy_compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-:.]+)""", re.I)
_XML_ENCODING = lazy_compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_\-.]+)""", re.I)
_HTML_SNIFF = lazy_compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p>|<article[\s>]|<title>",
    re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")

# Invisible characters that scrapers leave and that must not change what is body:
# NUL and other C0/C1 controls, zero-width spaces/joiners, word joiner and invisible
# operators, BOM, soft hyphen, bidi marks, embeddings, overrides and isolates.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f\x80-\x84\x86-\x9f"
    "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# Line breaks other than LF: CRLF, CR, and the separators Python's splitlines() also
# honours (vertical tab, form feed, file/group/record separators, NEL, U+2028/2029).
# A CR doubled before LF is one CRLF file rewritten by a text-mode tool, not a blank line.
_LINE_BREAK = lazy_compile("\r\r?\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# The characters _LINE_BREAK starts with, as one class: the regex engine skips through text
# without any of them several times faster than it tries the alternation at every position.
_LINE_BREAK_START = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Lone surrogates are not text (a str from a careless caller); they could not even be written out.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Every character one of the three classes above starts with: most pages hold none, and one
# pass over a large page (~1 ms a megabyte) then replaces three.
_NEEDS_CLEANING = re.compile(
    "[" + _LINE_BREAK_START.pattern[1:-1] + _INVISIBLE.pattern[1:-1] + _SURROGATE.pattern[1:-1] + "]"
)
# The same test on the UTF-8 bytes a text was decoded from, several times faster than the
# regex on the text (a character class costs the engine ~4 ns a character; bytes.translate and
# bytes.find run at memory speed). Every character of the classes above is one of these byte
# sequences in UTF-8: a C0 control or DEL; C2 + 80-9F / AD (C1 controls, soft hyphen);
# E2 80 + 8B-8F / A8-AE and E2 81 + A0-A4 / A6-A9 (zero-width and bidi marks, U+2028/9, word
# joiner); D8 9C (U+061C), E1 A0 8E (U+180E), EF BB BF (U+FEFF) and ED + A0-BF (surrogates,
# which only a str encoded with 'surrogatepass' holds). The lead bytes also open common letters
# (Arabic, Hangul, full-width forms): only their whole sequences say "clean".
# tests/test_decode.py checks every code point of _NEEDS_CLEANING against it.
_UTF8_MARKERS = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xED, 0xEF])
_NOT_UTF8_MARKER = bytes(b for b in range(256) if b not in _UTF8_MARKERS)
_LEADS = b"\xc2\xd8\xe1\xe2\xed\xef"
# Per lead byte: how many bytes its sequences take, and those that are characters to clean.
_CLEANING_SEQUENCES: dict[bytes, tuple[int, frozenset[bytes]]] = {
    b"\xc2": (2, frozenset(bytes([0xC2, second]) for second in (*range(0x80, 0xA0), 0xAD))),
    b"\xd8": (2, frozenset([b"\xd8\x9c"])),
    b"\xe1": (3, frozenset([b"\xe1\xa0\x8e"])),
    b"\xe2": (3, frozenset(
        bytes([0xE2, second, third])
        for second, thirds in ((0x80, [*range(0x8B, 0x90), *range(0xA8, 0xAF)]), (0x81, [*range(0xA0, 0xA5), *range(0xA6, 0xAA)]))
        for third in thirds
    )),
    b"\xed": (2, frozenset(bytes([0xED, second]) for second in range(0xA0, 0xC0))),
    b"\xef": (3, frozenset([b"\xef\xbb\xbf"])),
}
# Beyond one lead byte per this many bytes (pages of curly quotes and dashes, Hangul, full-width
# punctuation), looking at each in Python costs more than the regex's pass over the text.
MIN_BYTES_PER_MARKER = 50


def _utf8_may_need_cleaning(data: bytes) -> bool:
    """False only when text decoded from ``data`` as UTF-8 holds no _NEEDS_CLEANING character."""
    markers = data.translate(None, _NOT_UTF8_MARKER)
    if not markers:
        return False
    if markers.translate(None, _LEADS) or len(markers) * MIN_BYTES_PER_MARKER > len(data):
        return True  # a control character, or too many lead bytes to look at one by one
    find = data.find
    for lead, (size, sequences) in _CLEANING_SEQUENCES.items():
        if lead not in markers:
            continue
        at = find(lead)
        while at >= 0:
            if data[at : at + size] in sequences:
                return True
            at = find(lead, at + 1)
    return False


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Every member of a gzip stream, decompressed; at most ``max_bytes`` of output.

    Crawlers often store pages gzipped. The cap applies to what the stream expands to, so a
    small bomb cannot exhaust memory.
    """
    out, total = [], 0
    while data.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(wbits=31)
        try:
            chunk = inflater.decompress(data, max_bytes + 1 - total)
        except zlib.error as exc:
            reason = str(exc).rpartition(": ")[2] or "unreadable"
            raise CorruptInputError(f"corrupt gzip data ({reason})") from None
        out.append(chunk)
        total += len(chunk)
        if total > max_bytes or inflater.unconsumed_tail:
            raise InputTooLargeError(f"gzip data expands to over the {max_bytes:,}-byte limit (--max-size)")
        if not inflater.eof:
            raise CorruptInputError("corrupt gzip data (the stream is cut short)")
        data = inflater.unused_data
    return b"".join(out)


# Browsers read these labels as the superset encodings; so do we.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
}


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    format: InputFormat
    warnings: list[str] = field(default_factory=list)


def _magic(data: bytes) -> str | None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it looks like text."""
    magic = _magic(data)
    if magic:
        return magic
    head = data[:SNIFF_BYTES]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if _looks_utf16(head):
        return None
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and controls / len(head) > MAX_CONTROL_SHARE:
        return "binary data"
    return None


def _looks_utf16(head: bytes) -> str | None:
    """UTF-16 without a BOM: NULs on every other byte of ASCII-heavy text."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


# A text dump can show a few tags as text (a <noscript> tracking pixel w3m printed, an ad
# snippet); in markup, tags sit on a good share of the lines. Below this share it is a dump,
# unless it opens like a document.
MIN_TAG_LINE_SHARE = 0.3
# A dump's head has this many lines at least; a few lines of text and tags is a fragment.
MIN_DUMP_LINES = 10
_DOCUMENT_START = re.compile(r"<!doctype\s+html|<html[\s>]|<\?xml|<head[\s>]", re.I)
# Saved fragments may open with a style sheet, a script or a comment before any other tag;
# they are skipped (within the first LEADING_NOISE_CHARS) before the head is looked at.
_LEADING_NOISE = re.compile(r"\s*(?:<!--.*?-->|<(style|script)\b[^>]*>.*?</\1\s*>)", re.I | re.S)
LEADING_NOISE_CHARS = 1 << 18


def sniff_html(text: str) -> bool:
    """True when the text is markup rather than a text dump (by content, not extension)."""
    start = 0
    while start < LEADING_NOISE_CHARS and (noise := _LEADING_NOISE.match(text, start, LEADING_NOISE_CHARS)):
        start = noise.end()
    head = text[start:start + SNIFF_BYTES].lstrip()
    if start and head.startswith("<") and _TAG.match(head):
        return True  # a style sheet or script, then markup: a page, not a dump
    if _DOCUMENT_START.match(head):
        return True
    lines = [line for line in head.split("\n") if line.strip()]
    if len(lines) >= MIN_DUMP_LINES and sum(1 for line in lines if _TAG.search(line)) < MIN_TAG_LINE_SHARE * len(lines):
        return False
    if head.startswith("<") and _HTML_SNIFF.search(head):
        return True
    return len(_TAG.findall(head)) >= 8 and len(_HTML_SNIFF.findall(head)) >= 2


def _declared_charset(data: bytes) -> str | None:
    head = data[:SNIFF_BYTES * 4]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", "replace").strip().lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# When the detector finds several encodings that decode the sample identically, or score
# the same, take the one the web uses most: Western pages are Windows-1252 far more often
# than Windows-1250 or ISO 8859-10, and EUC-JP is the common form of its JIS X 0213 supersets.
_PREFERRED = ("cp1252", "euc_jp", "cp949", "cp932", "gb18030", "big5hkscs")
# How many leading bytes the detector reads; the whole input is then decoded with its answer.
DETECT_BYTES = 1 << 20


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # imported only when UTF-8 failed

    matches = from_bytes(data[:DETECT_BYTES])
    best = matches.best()
    if best is None:
        return None
    tied: list[str] = []
    for match in matches:
        if match.chaos == best.chaos and match.coherence == best.coherence:
            tied += match.could_be_from_charset
    for name in _PREFERRED:
        if name in tied:
            return name
    return _CHARSET_ALIASES.get(best.encoding, best.encoding)


def normalize_text(text: str, *, may_need_cleaning: bool = True) -> str:
    """Line endings to LF, invisible characters out, Unicode to NFC (NFD Hangul included).

    Idempotent, and linear in the length of the text (regular expressions, one pass each).
    ``may_need_cleaning=False`` says the caller knows the text holds no character to clean.
    """
    if may_need_cleaning and _NEEDS_CLEANING.search(text):
        if _LINE_BREAK_START.search(text):
            text = _LINE_BREAK.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        if not text.isascii():
            text = _SURROGATE.sub("\ufffd", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode raw bytes to normalised text and tell whether it is HTML.

    Never fails on undecodable bytes: they become U+FFFD and a warning. Raises
    EmptyInputError for empty/whitespace-only input, BinaryInputError for images,
    archives and other non-text bytes, UnknownEncodingError for a forced encoding
    Python does not know.
    """
    if not data.strip():
        raise EmptyInputError("empty input" if not data else "input is whitespace only")
    warnings: list[str] = []
    if encoding is None:
        binary = sniff_binary(data)
        if binary:
            raise BinaryInputError(f"not a text or HTML page ({binary})")
        encoding, text = _decode_auto(data, warnings)
    else:
        magic = _magic(data)
        if magic:
            raise BinaryInputError(f"not a text or HTML page ({magic})")
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise UnknownEncodingError(f"unknown encoding '{encoding}'") from None
        text = _lossy(data, encoding, warnings)
    # UTF-8 text is tested for characters to clean on its bytes (see _utf8_may_need_cleaning).
    text = normalize_text(text, may_need_cleaning=encoding != "utf-8" or _utf8_may_need_cleaning(data))
    if not text.strip():
        raise EmptyInputError("input has no visible text")
    fmt = InputFormat.HTML if sniff_html(text) else InputFormat.TEXT
    return Decoded(text=text, encoding=encoding, format=fmt, warnings=warnings)


def _lossy(data: bytes, encoding: str, warnings: list[str]) -> str:
    """Decode with U+FFFD for bad bytes, and say how many there were and where the first was."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        first = exc.start
    text = data.decode(encoding, errors="replace")
    count = text.count("\ufffd")
    warnings.append(f"{count:,} undecodable byte sequence(s) for {encoding} (first at byte {first:,}); replaced with U+FFFD")
    return text


# A UTF-8 input may end inside a character when a scraper cut it at a byte limit.
MAX_UTF8_SEQUENCE = 4
# Share of non-ASCII bytes that may be invalid before we stop believing the input is UTF-8.
MAX_STRAY_SHARE = 0.05


def _decode_auto(data: bytes, warnings: list[str]) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            label = "utf-8" if name == "utf-8-sig" else name[:-3]
            return label, _lossy(data, name, warnings)
    utf16 = _looks_utf16(data[:SNIFF_BYTES])
    if utf16:
        return utf16, _lossy(data, utf16, warnings)
    try:
        return "utf-8", data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.start >= len(data) - MAX_UTF8_SEQUENCE and utf8_error.reason == "unexpected end of data":
        warnings.append("input ends inside a UTF-8 character; the cut character is replaced with U+FFFD")
        return "utf-8", data.decode("utf-8", errors="replace")
    declared = _declared_charset(data)
    if declared and declared != "utf-8":
        try:
            return declared, data.decode(declared)
        except UnicodeDecodeError:
            pass
    # Mostly UTF-8 with a few stray bytes: keep UTF-8 rather than guess a legacy code page.
    lossy = data.decode("utf-8", errors="replace")
    stray = lossy.count("\ufffd")
    non_ascii = len(data) - len(data.decode("ascii", errors="ignore"))
    if stray and non_ascii and stray < MAX_STRAY_SHARE * non_ascii:
        return "utf-8", _lossy(data, "utf-8", warnings)
    detected = _detect(data)
    if detected and _known(detected):
        return detected, _lossy(data, detected, warnings)
    return "utf-8", _lossy(data, "utf-8", warnings)


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
