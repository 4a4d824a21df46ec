"""The chrome-pattern prefilter never drops a block a pattern matches (it only saves regex passes)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.lexicon import build, builtin_tables, default_lexicon, required_strings, search_fold
from clipper.model import ChromeKind

# Every code point a str can hold, surrogates left out.
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _brute_force(lexicon, text: str) -> ChromeKind | None:
    for pattern, kind in lexicon.patterns:
        if pattern.search(text):
            return kind
    return None


def test_fold_keeps_one_character_for_one():
    assert all(len(search_fold(ch)) == 1 for ch in ALL_CHARS)


def test_fold_equals_what_ignorecase_takes_as_equal():
    """For every character of the built-in patterns (and the known special cases), the
    characters re.IGNORECASE matches are exactly those that fold to the same character."""
    chars = {ch for pattern, _ in default_lexicon().patterns for ch in pattern.pattern if ch.isalpha()}
    chars |= set("sikSIKσςΣıſİKµμθϑвᲀ")
    by_fold: dict[str, set[str]] = {}
    for ch, folded in zip(ALL_CHARS, search_fold(ALL_CHARS)):
        by_fold.setdefault(folded, set()).add(ch)
    for ch in sorted(chars):
        assert set(re.findall(re.escape(ch), ALL_CHARS, re.I)) == by_fold[search_fold(ch)], ch


def test_required_strings_read_from_the_syntax():
    # re's parser factors out the common 's' of 'sign up|subscribe': the rest is required.
    assert required_strings(r"^\s*(sign up|subscribe) (for|to|now)\b", re.I) == {"ign up", "ubscribe"}
    assert required_strings(r"all rights reserved", re.I) == {"all rights reserved"}
    assert required_strings(r"Copyright|©", re.I) == {"copyright", "©"}
    assert required_strings(r"\d+\s*%") == {"%"}
    assert required_strings(r"^\d+\s*\w$") is None  # nothing literal: always searched
    assert required_strings(r"(?:news)?letter") == {"letter"}  # an optional part is not required


def test_builtin_patterns_all_have_a_prefilter():
    lexicon = default_lexicon()
    assert all(required_strings(p.pattern, p.flags) is not None for p, _ in lexicon.patterns)


SAMPLES = [
    "Photo: Reuters", "© 2025 Example News. All rights reserved.", "ALL RIGHTS RESERVED", "Sign up for our newsletter",
    "ⓒ 이투데이 무단전재 및 재배포 금지", "Read more: the plan", "La bendición se realizará mañana. Foto: LN",
    "COPYRİGHT 2024", "newſletter sign up", "Advertisement", "Lesen Sie auch", "читайте также", "写真：共同",
    "The council voted on Tuesday.", "By Jane Doe and John Roe", "홍길동 기자 hong@example.com",
]


def test_prefilter_agrees_with_every_pattern_on_samples():
    lexicon = default_lexicon()
    for text in SAMPLES:
        assert lexicon.match_pattern(text) is _brute_force(lexicon, text), text


WORDS = ["photo", "foto", "copyright", "©", "ⓒ", "news", "letter", "sign up", "subscribe", "rights", "reserved",
         "all", "read more", "by", "기자", "무단", "写真", "：", ":", " ", ".", "İ", "ſ", "K", "ı", "Σ", "ς", "A", "z", "7"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12).map("".join))
def test_prefilter_agrees_with_every_pattern(text):
    lexicon = default_lexicon()
    assert lexicon.match_pattern(text) is _brute_force(lexicon, text)


def test_user_patterns_without_literals_are_always_searched():
    lexicon = build([{"chrome": {"ticker": {"patterns": [r"^\d+(?:\.\d+)?\s*%$"]}}}] + builtin_tables())
    assert lexicon.match_pattern("12.5 %") is ChromeKind.TICKER
