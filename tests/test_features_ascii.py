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
