"""Cheap screens in front of costlier metadata passes answer as the passes would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.lexicon import default_lexicon
from clipper.metadata.authors import _NAME_SEPARATOR, _NAME_SEPARATORS, bare_names
from clipper.metadata.head import norm, norm_is
from clipper.metadata.publisher import may_hold_notice, notice_link

NOTICE_PIECES = ["©", "ⓒ", "(c)", "(C)", "( c)", "Copyright", "COPYRIGHT", "copyrıght", "copyrİght", "2019", " ", "Example",
                 "GmbH", "|", "x", "c", "(", ")", "é", "All rights reserved"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(NOTICE_PIECES), max_size=6).map("".join))
def test_a_text_the_notice_screen_turns_away_is_no_notice(text):
    if not may_hold_notice(text):
        assert not notice_link(text)


def test_notice_screen_on_samples():
    assert may_hold_notice("Copyright 2019 Example News")
    assert may_hold_notice("(C) 2019 Example News") and notice_link("(C) 2019 Example News")
    assert may_hold_notice("© Example GmbH")
    assert not may_hold_notice("Privacy Policy")


NAME_PIECES = ["Jane Doe", "John Roe", ",", ";", "&", "|", " and ", "and", " und ", " et ", " y ", " e ", " и ", "e", "y",
               " ", "  ", "\t", "Ana", "Souza", "Andrea", "(e)", "-e-", "VICTOR TANGERMANN", "FUTURISM", "London"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=8).map("".join))
def test_name_separator_found_where_the_split_finds_one(text):
    assert (_NAME_SEPARATOR.search(text) is not None) == (len(_NAME_SEPARATORS.split(text)) > 1)


def test_bare_names_still_split_and_join():
    lexicon = default_lexicon()
    assert bare_names("Isabel Caro, Rocío Latorre y José Miguel Wilson", lexicon) == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]
    assert bare_names("Jeanne Corriveau", lexicon) == ["Jeanne Corriveau"]
    assert bare_names("VICTOR TANGERMANN, FUTURISM", lexicon) == ["Victor Tangermann"]


NORM_PIECES = ["Headline", "HEADLINE", "headline", " ", "  ", "-", "—", "|", "Straße", "STRASSE", "ß", "ﬁ", "fi", "İ", "i", "x",
               "2019", "!", "", "Ünïcode", "ＡＢ", "ab", "_"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(NORM_PIECES), max_size=6).map("".join), st.lists(st.sampled_from(NORM_PIECES), max_size=6).map("".join))
def test_norm_is_tells_what_norm_tells(text, other):
    for key in (norm(other), norm(text)):
        assert norm_is(text, key) == (norm(text) == key)
