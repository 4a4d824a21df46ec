"""The ASCII shortcuts of the block measurements count what the regexes count."""

import re

from hypothesis import given
from hypothesis import strategies as st

from clipper.classify import features
from clipper.classify.features import measure
from clipper.segment import Segment


def test_ascii_symbols_are_the_ascii_members_of_the_symbol_class() -> None:
    ascii_members = {chr(c) for c in range(128) if features._SYMBOL.match(chr(c))}
    assert ascii_members == set(features._ASCII_SYMBOLS)


def test_symbol_count_is_the_same_for_ascii_and_non_ascii_text() -> None:
    text = "Dow +1.2% to $34,000 - S&P 500 -0.4%"
    ascii_count = measure(Segment(text, 1, 1), frozenset()).symbol_count
    # The same text with one non-ASCII letter goes through the regex.
    other = measure(Segment(text + " é", 1, 1), frozenset()).symbol_count
    assert ascii_count == other == len(features._SYMBOL.findall(text)) == 6


def _capitalised_by_regex(text: str) -> float:
    """The definition: capitals opening a word over the words of letters only."""
    caps = len(re.findall(r"\b[A-ZÀ-ÞА-Я]", text))
    words = len(re.findall(r"\b[^\W\d_]+\b", text)) if caps else 0
    return min(caps / words, 1.5) if words else 0.0


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_capitalised_share_of_ascii_text_is_what_the_regexes_count(text: str) -> None:
    from clipper.classify.learned import _capitalised

    assert _capitalised(text) == _capitalised_by_regex(text)


@given(st.text(alphabet=st.sampled_from("aZ ÉéЖжΩßǅ×÷ÖØÞ1²½٣_-'\u0301\u00a0\t"), max_size=40))
def test_capitalised_share_of_other_text_is_what_the_regexes_count(text: str) -> None:
    from clipper.classify.learned import _capitalised

    assert _capitalised(text) == _capitalised_by_regex(text)


def test_capitalised_share_counts_words_of_letters_only() -> None:
    from clipper.classify.learned import _capitalised

    for text in ("Home News Sport", "The 3D Printer_X and U.S. sales", "iPhone 15 Pro", "_Hidden A1 b", "Über uns Kontakt", "5×3 Größe ×", "Ёлка ²x Ⅻ"):
        assert _capitalised(text) == _capitalised_by_regex(text)


@given(st.text(alphabet=st.sampled_from("The cat_9 AND a dog's-of, (x)\t\n!"), max_size=60))
def test_words_and_stopwords_of_ascii_text_are_what_the_word_regex_finds(text: str) -> None:
    stopwords = frozenset({"the", "and", "a", "of", "s", "über"})
    words = features._WORD.findall(text.lower())
    f = measure(Segment(text, 1, 1), stopwords)
    assert f.words == len(words)
    assert f.stopword_density == (sum(w in stopwords for w in words) / len(words) if words else 0.0)


def _classes(ch: str) -> tuple[bool, ...]:
    """What each measurement reads a character as (the Korean sentence ends need Hangul)."""
    lookahead = features._SENTENCE_END.match("." + ch) is not None
    return (
        ch.isspace(),
        features._WORD.match(ch) is not None,
        features._DIGIT.match(ch) is not None,
        features._LATIN.match(ch) is not None,
        features._OTHER_SCRIPTS.match(ch) is not None,
        features._SYMBOL.match(ch) is not None,
        features._SENTENCE_END.match(ch) is not None,  # a sentence end at the text's end
        features._SENTENCE_END.match(ch + "x") is not None,  # ... where no closer follows
        lookahead,
    )


def test_each_typographic_mark_is_read_like_its_ascii_stand_in() -> None:
    for mark, stand_in in features.ASCII_STAND_INS.items():
        assert not mark.isascii() and stand_in.isascii()
        assert _classes(mark) == _classes(stand_in), repr(mark)


@given(st.text(alphabet=st.sampled_from("The cat_9 AND a dog's-of, (x)\t\n!.?%" + "".join(features.ASCII_STAND_INS)), max_size=60))
def test_text_with_typographic_marks_measures_as_any_text(text: str) -> None:
    stopwords = frozenset({"the", "and", "a", "of", "s", "über"})
    assert measure(Segment(text, 1, 1), stopwords) == features._measure_any(text, stopwords)


def _script_counts_by_regex(text: str) -> dict[str, int]:
    """script_counts as the character classes define it, one character at a time."""
    from collections import Counter

    counts = {}
    latin = len(features._LATIN.findall(text))
    if latin:
        counts["latin"] = latin
    per = Counter(features._script_name(ch) for ch in features._OTHER_SCRIPTS.findall(text))
    counts.update((name, per[name]) for name in features._SCRIPT_RANGES if name in per)
    return counts


# Characters on both sides of the edges the UTF-8 shortcuts read (the Latin-1 supplement, Latin
# Extended, the first scripts, typographic marks, CJK, the last BMP forms, beyond the BMP).
_EDGES = "aZ9 \u00bf\u00c0\u00ff\u0100\u023f\u0240\u024f\u0250\u027f\u0280\u036f\u0370\u03ff\u0400\u052f\u0530\u06ff\u0700\u0750" \
    "\u2019\u201c\u2026\u20ac\u3000\u3042\u4e2d\ud55c\ud7a3\ud7a4\ufb50\ufeff\uff01\U0001f600"


@given(st.text(alphabet=st.sampled_from(_EDGES), max_size=40) | st.text(max_size=40))
def test_script_counts_are_what_the_character_classes_count(text: str) -> None:
    assert list(features.script_counts(text).items()) == list(_script_counts_by_regex(text).items())


@given(st.text(alphabet=st.sampled_from("Ab z9_.!?\"')]([:%$+-\t\n"), max_size=50) | st.text(alphabet=st.characters(max_codepoint=127), max_size=50))
def test_ascii_text_measures_as_any_text(text: str) -> None:
    stopwords = frozenset({"a", "b", "z9"})
    assert measure(Segment(text, 1, 1), stopwords) == features._measure_any(text, stopwords)
