"""A reporter's sign-off left at the end of the last paragraph, cut off into a block of its own.

Korean, Japanese and Chinese papers sign the story under its last sentence ('… 말했다.' /
'이수진 기자'); a headless loader glues the two into one line, and many pages put them in one
``<p>`` so that every renderer does ('… 말했다. 이수진 기자', '…と述べた。（山田太郎記者）',
'…。（记者 王晓）'). Left in place, the name reads as the story's last words and the block no
longer ends like prose. The words that make a sign-off come from the byline tables
(``[bylines] suffixes`` and ``prefixes`` of every language), so a language that lists them
gets the cut without code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import Lexicon
from .segment import Segment

# A sign-off is a name or two and the reporter word: it stands within this many characters
# of the block's end.
MAX_SIGNOFF_CHARS = 60
# The sentence before it must be a sentence, not a label ('사진 김철수 기자').
MIN_SENTENCE_CHARS = 20

# People's names as papers sign them: 2-4 Hangul syllables, 2-6 Han characters (a Japanese
# name may be spaced 'family given'), or 1-3 capitalised words.
_NAME = (
    r"(?:[가-힣]{2,4}"
    r"|[\u4e00-\u9fff々]{1,4}(?:\s?[\u4e00-\u9fff々]{1,4})?"
    r"|[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){0,2})"
)
_NAMES = _NAME + r"(?:\s*[·ㆍ,、]\s*" + _NAME + r"){0,3}"
_EMAIL = r"(?:\s*[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?)?"
# A sentence ends on a letter's full stop (not a date's '2025.07.15'), or a closing quote.
_STOP = r"(?:(?<=[^\W\d_])[.!?。！？…]|[\"'”’」』])"
# Japanese papers sign with the bare name in full-width brackets ('…と話している。（山田太郎）',
# two reporters '（佐藤花子、鈴木一郎）').
_BARE_NAME = r"（[\u4e00-\u9fff々\u3040-\u30ff]{2,6}(?:[、・][\u4e00-\u9fff々\u3040-\u30ff]{2,6}){0,3}）"
_OPEN = r"[\[(（【<〈/]"
_CLOSE = r"[\])）】>〉]"


def _alternation(words: set[str]) -> str:
    # Longest first, alphabetical among equals: the same regex in every process (the regex cache).
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _signoff(lexicon: Lexicon) -> re.Pattern[str] | None:
    """'NAME reporter-word' (with an address, maybe in brackets), or in brackets 'reporter-word
    NAME' (Chinese '（记者 王晓）'), right after a sentence end and up to the block's end."""
    suffixes = {w for t in lexicon.languages.values() for w in t.byline_suffixes}
    # A bare prefix is a sign-off only in brackets and when it is no everyday word: the
    # reporter words themselves ('记者'), not 'by' or '文'.
    prefixes = {w for w in suffixes if any(w in t.byline_prefixes for t in lexicon.languages.values())}
    if not suffixes:
        return None
    forms = [rf"{_OPEN}?\s*{_NAMES}\s*(?:{_alternation(suffixes)}){_EMAIL}\s*{_CLOSE}?", _BARE_NAME]
    if prefixes:
        forms.append(rf"{_OPEN}\s*(?:{_alternation(prefixes)})\s*[:：/／=]?\s*{_NAMES}(?:\s*(?:{_alternation(suffixes)}))?{_EMAIL}\s*{_CLOSE}")
    return re.compile(rf"{_STOP}\s*(?P<sign>{'|'.join(forms)})\s*$")


@lru_cache(maxsize=8)
def _signoff_needs_other_script(lexicon: Lexicon) -> bool:
    """Every sign-off holds a reporter word of the tables (or a full-width bracket): when none
    of those words is ASCII (none is), an ASCII paragraph holds no sign-off, and the regex
    need not run on it."""
    return not any(w.isascii() for t in lexicon.languages.values() for w in t.byline_suffixes)


# A wire's credit in brackets ('(Reporting by Pratima Desai; Editing by Susan Fenton and Alex
# Richardson)', '(Con información de EFE)') is longer than a name: it stands within this many
# characters of the block's end.
MAX_CREDIT_CHARS = 200


@lru_cache(maxsize=8)
def _credit(lexicon: Lexicon) -> re.Pattern[str] | None:
    """'(credit-word … )' after the last sentence (any stop: a figure ends it too, '… 1.1%.')."""
    words = {w for t in lexicon.languages.values() for w in t.byline_credits}
    if not words:
        return None
    return re.compile(
        rf"(?<=[.!?。！？…\"'”’])\s*(?P<sign>\(\s*(?:{_alternation(words)})\b[^()]{{1,{MAX_CREDIT_CHARS}}}\))\s*$", re.I
    )


@lru_cache(maxsize=8)
def _whole_credit(lexicon: Lexicon) -> re.Pattern[str] | None:
    words = {w for t in lexicon.languages.values() for w in t.byline_credits}
    if not words:
        return None
    return re.compile(rf"^\s*\(\s*(?:{_alternation(words)})\b[^()]{{1,{MAX_CREDIT_CHARS}}}\)\s*$", re.I)


def is_credit(text: str, lexicon: Lexicon) -> bool:
    """A wire's credit standing as a paragraph of its own ('(Reporting by …; Editing by …)')."""
    if len(text) > MAX_CREDIT_CHARS + 40 or not text.lstrip().startswith("("):
        return False
    pattern = _whole_credit(lexicon)
    return pattern is not None and pattern.match(text) is not None


def _cut(text: str, pattern: re.Pattern[str] | None, reach: int = MAX_SIGNOFF_CHARS) -> int | None:
    """Where the sign-off at the end of ``text`` starts, or None."""
    if pattern is None or len(text) <= MIN_SENTENCE_CHARS:
        return None  # no room for a sentence and a name (a menu entry, a heading)
    start = max(0, len(text) - reach)
    m = pattern.search(text, start)
    if m is None or m.start("sign") < MIN_SENTENCE_CHARS:
        return None
    return m.start("sign")


def _signoff_cut(text: str, pattern: re.Pattern[str] | None, credit: re.Pattern[str] | None, ascii_free: bool) -> int | None:
    """Where the sign-off or the wire's credit at the end of ``text`` starts, or None. Each regex
    runs only where it can match: a sign-off where the text is not ASCII (``ascii_free``: see
    _signoff_needs_other_script), a credit where the text ends with its closing bracket."""
    if not (ascii_free and text.isascii()):
        cut = _cut(text, pattern)
        if cut is not None:
            return cut
    return _cut(text, credit, MAX_CREDIT_CHARS) if text.rstrip().endswith(")") else None


def split_signoffs(segments: list[Segment], lexicon: Lexicon) -> list[Segment]:
    """The segments with each paragraph's trailing sign-off cut into the next segment (both
    parts keep the paragraph's line span, like the parts of a glued line)."""
    pattern, credit = _signoff(lexicon), _credit(lexicon)
    if pattern is None and credit is None:
        return segments
    ascii_free = _signoff_needs_other_script(lexicon)
    out: list[Segment] = []
    for seg in segments:
        cut = None if seg.heading or seg.bullet else _signoff_cut(seg.text, pattern, credit, ascii_free)
        if cut is None:
            out.append(seg)
            continue
        for part in (seg.text[:cut].rstrip(), seg.text[cut:].strip()):
            out.append(
                Segment(part, seg.first_line, seg.last_line, quote=seg.quote, dom=seg.dom, raw_lines=seg.raw_lines, column=seg.column)
            )
    return out
