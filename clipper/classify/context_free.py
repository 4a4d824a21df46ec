"""Pass 1: a label for each block on its own, from the language tables and its features."""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..metadata.dates import find_relative, is_dateline
from ..model import ChromeKind
from ..segment import Segment
from ..signoff import is_credit
from .cjk import glued_to_prose, is_yearless_stamp
from .features import Features
from .labels import Labelled, Parameters, Quality


def _quality(f: Features, p: Parameters, has_stopwords: bool) -> tuple[Quality, str]:
    if f.chars == 0:
        return Quality.BAD, "no letters"
    if f.digit_share > p.max_digit_share and f.weight < p.length_high:
        return Quality.BAD, f"digits {f.digit_share:.0%}"
    if f.weight < p.length_low:
        return Quality.SHORT, f"short ({f.weight:.0f})"
    if has_stopwords and not f.unspaced and f.script in ("latin", "cyrillic"):
        if f.stopword_density >= p.stopwords_high and f.weight >= p.length_high:
            return Quality.GOOD, f"long prose (stopwords {f.stopword_density:.0%})"
        if f.stopword_density >= p.stopwords_low:
            return Quality.NEAR, f"prose-like (stopwords {f.stopword_density:.0%})"
        return Quality.BAD, f"few stopwords ({f.stopword_density:.0%})"
    # Scripts without a stopword table, or unspaced: sentence punctuation carries the signal.
    if f.sentence_ends and f.weight >= p.length_high:
        return Quality.GOOD, f"long text with {f.sentence_ends} sentence end(s)"
    if f.sentence_ends or f.weight >= p.length_high * 2:
        return Quality.NEAR, "text-like"
    return Quality.BAD, "no sentence punctuation"


# A bare small number ('0', '12', '1,024') is a counter: reactions, comments, a rank. It is a
# quote row only among other quote rows.
_COUNT = re.compile(r"^\s*\d{1,3}(?:,\d{3})?\s*$")


def is_count(text: str) -> bool:
    return bool(_COUNT.match(text))


# A list's number alone on its line ('1.', '12)'): BeautifulSoup-style dumps put a styled
# counter on a line of its own, before the step or item it numbers.
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s*$")


def is_list_number(text: str) -> bool:
    return bool(_LIST_NUMBER.match(text))


def _is_ticker_row(f: Features, p: Parameters) -> bool:
    return f.weight < p.length_low * 1.5 and f.digit_share >= p.ticker_digit_share and (
        f.symbol_count > 0 or f.digit_share > 0.8
    )


# A relative time ('3 hours ago', 'Hace 13 horas', '3시간 전') is a date line when it is most
# of its block: at most this many other letters around it (a name, 'Updated', '·').
MAX_RELATIVE_EXTRA = 12


# The forms with an article for 'one' ('an hour ago', 'Hace una hora'), which the metadata's
# RELATIVE (digits only) leaves to the page's own date line.
_RELATIVE_ONE = re.compile(
    r"^\s*(?:(?:an?|one)\s+(?:minute|hour|day|week|month|year)\s+ago|hace\s+una?\s+(?:minuto|hora|día|semana|mes|año)"
    r"|há\s+uma?\s+(?:minuto|hora|dia|semana|mês|ano)|il y a\s+une?\s+(?:minute|heure|jour|semaine|mois|an)"
    r"|vor\s+(?:einer|einem)\s+(?:minute|stunde|tag|woche|monat|jahr)|(?:минуту|час|день|неделю|месяц|год)\s+назад)\s*$",
    re.I,
)


def _is_relative_time(text: str) -> bool:
    if _RELATIVE_ONE.match(text):
        return True
    m = find_relative(text)
    return m is not None and len(text.strip()) - len(m.group(0)) <= MAX_RELATIVE_EXTRA


# Blocks where more than this share of the characters are U+FFFD were decoded with the wrong
# charset: whatever they said, they cannot be read as the article.
MAX_REPLACEMENT_SHARE = 0.2


# In a long paragraph of several sentences a chrome word is part of what it says ('... über
# Datenschutz und Medien', 'copyright reform'); only its edges can be a glued-on credit or
# notice ('... the council said. Photo: Reuters'), so only they are searched.
PROSE_EDGE = 80


# Beyond this many times length_high a block is the article itself glued into one line, which
# a credit at its end must not take with it.
MAX_PATTERN_WEIGHT = 5


def _pattern_kind(text: str, f: Features, lexicon: Lexicon, p: Parameters):
    if f.weight >= p.length_high * MAX_PATTERN_WEIGHT:
        return None
    if glued_to_prose(text, f, p):
        return None
    if f.weight >= p.length_high * 2 or (f.weight >= p.length_high and f.sentence_ends >= 2):
        kind = lexicon.match_pattern(text[:PROSE_EDGE]) or lexicon.match_pattern(text[-PROSE_EDGE:])
    else:
        kind = lexicon.match_pattern(text)
    if kind is ChromeKind.COPYRIGHT and _legal_word_in_prose(f, p) and "©" not in text:
        # A notice opens with its formula ('Copyright 2024 …', 'Privacy policy: …').
        if lexicon.match_pattern(text[:NOTICE_OPENING]) is not ChromeKind.COPYRIGHT:
            return None
    return kind


# A sentence this long, as dense in function words as running prose, that names copyright,
# terms or privacy is talking about them ('… provides free copyright licenses', '… Experten
# des Fachausschusses AGB …'); a notice is a short line of names and legal formulas.
MIN_PROSE_NOTICE_WORDS = 25
NOTICE_OPENING = 40


def _legal_word_in_prose(f: Features, p: Parameters) -> bool:
    return f.words >= MIN_PROSE_NOTICE_WORDS and f.stopword_density >= p.stopwords_high and not f.unspaced


def label_block(segment: Segment, f: Features, lexicon: Lexicon, p: Parameters, has_stopwords: bool) -> Labelled:
    text = segment.text
    replaced = text.count("\ufffd")
    if replaced and replaced > MAX_REPLACEMENT_SHARE * len(text.replace(" ", "")):
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.OTHER, reason="undecodable text (U+FFFD)")
    short = f.weight < p.length_high * 1.5
    if short:
        kind = lexicon.match_exact(text)
        if kind:
            return Labelled(segment, f, Quality.CHROME, kind=kind, reason=f"{kind.value} phrase")
        # A bullet is an item of a list, never the heading that introduces one ('• News').
        kind = None if segment.bullet else lexicon.match_heading(text)
        if kind:
            lab = Labelled(segment, f, Quality.CHROME, kind=kind, reason=f"heading that introduces {kind.value}")
            lab.extra["chrome_heading"] = kind
            return lab
    if is_credit(text, lexicon):
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.BYLINE, reason="a wire's credit")
    kind = _pattern_kind(text, f, lexicon, p)
    if kind:
        return Labelled(segment, f, Quality.CHROME, kind=kind, reason=f"{kind.value} pattern")
    if short and is_dateline(text, lexicon):
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.DATELINE, reason="date line")
    if f.weight < p.length_low and _is_relative_time(text):
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.DATELINE, reason="relative date")
    if f.weight < p.length_low and f.digit_share and is_yearless_stamp(text):  # (a stamp has digits)
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.DATELINE, reason="time stamp without a year")
    if _is_ticker_row(f, p) and not is_count(text):
        return Labelled(segment, f, Quality.CHROME, kind=ChromeKind.TICKER, reason="numbers and signs (quote row)")
    quality, reason = _quality(f, p, has_stopwords)
    return Labelled(segment, f, quality, reason=reason)


# A teaser prompt ('Lea más:', 'PUEDES VER:', 'Leia também:', 'Read more:') that an unwrapped
# dump cut from the headline it introduces stands alone on its line, at most this many words;
# the tables' patterns name it with its headline ('LEA MÁS: …'), so it is tried with one.
MAX_PROMPT_WORDS = 4


def prompts_cut_from_headlines(blocks: list[Labelled], lexicon: Lexicon, p: Parameters) -> None:
    """A teaser prompt alone on its line, and the headline on the next, are related chrome."""
    for lab, nxt in zip(blocks, blocks[1:]):
        text = lab.segment.text.strip()
        if (
            not text.endswith(":")
            or len(text.split()) > MAX_PROMPT_WORDS
            or nxt.quality is Quality.CHROME
            or nxt.features.weight >= p.max_heading_weight
            or nxt.segment.text.rstrip().endswith(".")
            or lexicon.match_pattern(f"{text} {nxt.segment.text.strip()}") is not ChromeKind.RELATED
        ):
            continue
        for part, reason in ((lab, "a teaser prompt cut from its headline"), (nxt, "the headline of the teaser prompt before it")):
            part.quality = Quality.CHROME
            part.kind = ChromeKind.RELATED
            part.reason = reason
