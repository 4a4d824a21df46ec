"""The ASCII shortcuts of the block measurements count what the regexes count."""

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
