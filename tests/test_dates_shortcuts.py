"""The shortcuts of date reading give what the plain passes give: the month-first pattern
tried only before a day and a year, and the role labels looked up by first character."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from clipper.lexicon import default_lexicon, search_fold
from clipper.metadata import dates
from clipper.metadata.dates import _label_table, _mdy_matches, _patterns, _role_after, _role_before, _role_labels

# Every code point a str can hold, surrogates left out.
ALL_CHARS = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


def test_month_names_fold_as_ignorecase_compares_them():
    """_mdy_matches looks month names up folded: for every character of a month name, the
    characters re.IGNORECASE matches are exactly those search_fold folds alike, and a name
    opens with a word character (where _mdy_matches looks) and ends with none of whitespace."""
    months = _patterns(default_lexicon()).months
    by_fold: dict[str, set[str]] = {}
    for ch, folded in zip(ALL_CHARS, search_fold(ALL_CHARS)):
        by_fold.setdefault(folded, set()).add(ch)
    for ch in sorted({ch for name in months for ch in name}):
        assert set(re.findall(re.escape(ch), ALL_CHARS, re.I)) == by_fold[search_fold(ch)], ch
    assert all(re.match(r"\w", name) and not name[-1].isspace() for name in months)


def _plain_mdy(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _patterns(default_lexicon()).mdy.finditer(text)]


SAMPLES = [
    "Updated Nov. 19, 2019 8:21 am ET", "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
    "on Tuesday, Nov. 19, 2019, in Los Angeles", "Dec 28 Sat 2013 00:28", "Feb 11. 2025", "Sept.  3rd, 2020",
    "May 5 2019 May 6 2019", "mar 12, 2019 and MARCH 13 2019", "NOV 1, 2019", "Nov 1,2019", "in the 1930s", "12 2019",
    " 19, 2019", "Nov.\n19, 2019", "x Nov 19 2019", "xNov 19 2019", "tháng 1 19, 2019", "ม.ค. 5, 2019", "Ноябрь 5, 2019",
]


def test_month_first_dates_as_the_plain_pattern_finds_them():
    lexicon = default_lexicon()
    for text in SAMPLES:
        assert [m.span() for m in _mdy_matches(text, _patterns(lexicon))] == _plain_mdy(text), text
    assert _plain_mdy("Updated Nov. 19, 2019 8:21 am ET")  # the samples do hold dates


def _date_pieces() -> list[str]:
    months = sorted(_patterns(default_lexicon()).months)
    return [*months[::7], "Nov", "NOV.", "May", "mars", " ", "  ", "\n", ".", ",", "1", "19", "2019", "1999", "3rd", "th",
            "Sat", "x", "İ", "ſ", "K", "|", "at", "9:32pm"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_date_pieces()), max_size=12).map("".join))
def test_month_first_matches_never_differ(text):
    assert [m.span() for m in _mdy_matches(text, _patterns(default_lexicon()))] == _plain_mdy(text)


def _plain_role_before(prefix: str, labels: list[tuple[str, str]]) -> str | None:
    """_role_before as it read every label: the last occurrence of each, the one ending last."""
    tail = prefix.casefold().rstrip(" \t:：|·•-–—,()[]")
    best = None
    for label, role in labels:
        idx = tail.rfind(label)
        end = idx + len(label)
        if idx < 0 or len(tail) - end > dates.MAX_LABEL_GAP:
            continue
        if label.isascii() and label[-1].isalpha() and end < len(tail) and tail[end].isalpha():
            continue
        if label.isascii() and idx > 0 and tail[idx - 1].isalpha():
            continue
        if best is None or end > best[0]:
            best = (end, role)
    return best[1] if best else None


def _plain_role_after(rest: str, labels: list[tuple[str, str]]) -> tuple[str, int] | None:
    lead = len(rest) - len(rest.lstrip(" \t:：(["))
    tail = rest[lead:].casefold()
    for label, role in labels:
        if tail.startswith(label) and dates._AFTER_LABEL_END.match(tail, len(label)):
            return role, lead + len(label)
    return None


def _label_pieces() -> list[str]:
    labels = [label for label, _role in _role_labels(default_lexicon())]
    return [*labels[::5], *(label.upper() for label in labels[::11]), "Updated", "Published", "updated:", " ", ":", "|",
            "(", "x", "ab", "2019", "입력", "수정", "最終更新", "Aktualisiert", "am", "le"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_label_pieces()), max_size=8).map("".join))
def test_role_labels_read_as_when_every_label_was_tried(text):
    lexicon = default_lexicon()
    labels, table = _role_labels(lexicon), _label_table(lexicon)
    assert _role_before(text, table) == _plain_role_before(text, labels)
    assert _role_after(text, table) == _plain_role_after(text, labels)


def test_role_labels_on_samples():
    lexicon = default_lexicon()
    labels, table = _role_labels(lexicon), _label_table(lexicon)
    for text in ["PUBLISHED: ", "Last updated ", "Updated on a day long before the date, far more than twelve ", "입력 ",
                 "기사입력 ", "| Updated ", "updatedx", " 최종수정 | x", " Updated Nov", " | 4:20am | Updated "]:
        assert _role_before(text, table) == _plain_role_before(text, labels), text
        assert _role_after(text, table) == _plain_role_after(text, labels), text
    assert _role_before("Last updated ", table) == "modified"
