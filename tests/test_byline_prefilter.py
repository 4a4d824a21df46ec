"""The byline-prefix prefilter (a prefix's words among the block's words) never skips a
prefix pattern that matches, and the screen before the parse never hides a byline: they only
save regex passes."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.lexicon import default_lexicon, search_fold
from clipper.metadata import authors
from clipper.metadata.authors import _candidates, _cannot_be_byline, _opening_words, _patterns, _prefixed, parse_byline

# Every code point a str can hold, surrogates left out.
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def _all_prefixes(lexicon) -> list[str]:
    return sorted({p for t in lexicon.languages.values() for p in (*t.byline_prefixes, *t.byline_line_prefixes)})


def _matching_patterns(rest: str, lexicon) -> list[int]:
    """Brute force: the prefix patterns that match ``rest``, every one searched."""
    return [i for i, pattern in enumerate(_patterns(lexicon).prefixes) if pattern.search(rest)]


def _filtered_patterns(rest: str, lexicon) -> list[int]:
    return _candidates(_opening_words(rest), _patterns(lexicon))


def test_fold_equals_what_ignorecase_takes_as_equal_for_prefix_characters():
    """The words are folded with search_fold: for every character of the byline prefixes, the
    characters re.IGNORECASE matches are exactly those that fold to the same character."""
    chars = {ch for prefix in _all_prefixes(default_lexicon()) for ch in prefix if ch.isalpha()}
    by_fold: dict[str, set[str]] = {}
    for ch, folded in zip(ALL_CHARS, search_fold(ALL_CHARS)):
        by_fold.setdefault(folded, set()).add(ch)
    for ch in sorted(chars):
        assert set(re.findall(re.escape(ch), ALL_CHARS, re.I)) == by_fold[search_fold(ch)], ch


def test_every_builtin_prefix_has_a_first_word():
    patterns = _patterns(default_lexicon())
    assert not patterns.always and None not in patterns.prefix_words
    assert len(patterns.prefix_words) == len(patterns.prefixes)
    assert patterns.screens


def test_a_prefix_of_punctuation_alone_is_always_searched():
    assert authors._first_word("by:") == "by"
    assert authors._first_word("：") is None
    assert authors._first_word("Written by") == "written"


SAMPLES = [
    "By Jane Doe", "BY JANE DOE", "Von: Petra Hansen", "Par Loïc Le Clerc", "di Marco Rossi", "Text: Anna Berg",
    "記者：山田太郎", "作者 张三", "Автор: Иван Петров", "Written by Sam Lee", "a cura di Paola Neri", "Posted by:Joe",
    "The council voted by a wide margin.", "A cura della redazione", "cura di a Marco", "Bài và ảnh: Nguyễn Văn A", "TEXT BY KİM LEE", "ſtory by Jo", "Byline", "文・山田太郎", "文／张三", "By=Joe",
]


def test_prefixed_finds_the_same_names_on_samples():
    lexicon = default_lexicon()
    for text in SAMPLES:
        assert set(_matching_patterns(text, lexicon)) <= set(_filtered_patterns(text, lexicon)), text
        assert _prefixed(text, lexicon, frozenset()) == _brute_force_prefixed(text, lexicon), text


def _brute_force_prefixed(rest: str, lexicon) -> list[str] | None:
    """_prefixed with every pattern searched, as before the prefilter."""
    saved = _patterns(lexicon)
    unfiltered = replace(saved, by_first={}, always=tuple(range(len(saved.prefixes))), screens=False)
    original = authors._patterns
    authors._patterns = lambda _lexicon: unfiltered
    try:
        return _prefixed(rest, lexicon, frozenset())
    finally:
        authors._patterns = original


def _unscreened_byline(text: str, lexicon):
    """parse_byline with _cannot_be_byline turned off: every text read in full."""
    saved = _patterns(lexicon)
    original = authors._patterns
    authors._patterns = lambda _lexicon: replace(saved, screens=False)
    try:
        return parse_byline(text, lexicon)
    finally:
        authors._patterns = original


def _pieces() -> list[str]:
    prefixes = _all_prefixes(default_lexicon())
    # Each prefix as written, in capitals and title case, plus the characters re.I folds specially.
    # The words of a prefix of several ('a cura di') on their own too, in any order.
    words = sorted({w for p in prefixes for w in p.split()})
    return [*prefixes, *(p.upper() for p in prefixes), *(p.title() for p in prefixes), *words,
            " ", "  ", "\u00a0", "\t", ":", "：", "・", "／", "/", "＝", "=", "Jane", "Doe", "张三", "x", "İ", "ı", "ſ", "K", "é", "Σ", "ς"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_pieces()), max_size=8).map("".join))
def test_prefilter_never_skips_a_matching_prefix(text):
    lexicon = default_lexicon()
    assert set(_matching_patterns(text, lexicon)) <= set(_filtered_patterns(text, lexicon))


BYLINE_SAMPLES = [
    *SAMPLES, "(By Jane Doe)", "—By Jane Doe", "Accueil | Par Loïc Le Clerc | 30 septembre 2018", "Home · Von Petra Hansen",
    "Reporting by Julie Gordon in Ottawa; Editing by Leslie Adler", "jane@example.com", "Von [8]Petra Hansen",
    "Par [Claire Morel](/auteur/claire-morel/)", "홍길동 기자", "(서울=연합뉴스) 김영희 기자", "聯合報／記者陳怡君／台北即時報導",
    "[동서일보 박지민 기자]", "B\\y Jane Doe", "Menu", "Sign in", "The council voted 7-2 on Tuesday.", "【記者 山田太郎】",
]


def test_screen_says_no_only_where_the_parse_finds_nothing():
    lexicon = default_lexicon()
    screened = 0
    for text in BYLINE_SAMPLES:
        if _cannot_be_byline(text, _patterns(lexicon)):
            screened += 1
            assert _unscreened_byline(text, lexicon) is None, text
        assert parse_byline(text, lexicon) == _unscreened_byline(text, lexicon), text
    assert screened >= 3  # 'Menu', 'Sign in', the sentence: the screen does answer


def _byline_pieces() -> list[str]:
    lexicon = default_lexicon()
    patterns = _patterns(lexicon)
    # Prefixes, suffixes and glued reporter words, and every sign the parse cuts or strips at.
    return [*_pieces(), *patterns.telling_words, *"|·•-–—()[]<>（）【】〈〉;@\\", " | ", " · ", "기자", "Kim", "jo@x.org"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_byline_pieces()), max_size=10).map("".join))
def test_screen_never_hides_a_byline(text):
    lexicon = default_lexicon()
    assert parse_byline(text, lexicon) == _unscreened_byline(text, lexicon)
