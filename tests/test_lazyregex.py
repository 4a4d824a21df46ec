"""A lazily compiled regex answers exactly as the compiled one, and compiles only when used."""

import re

import pytest

from clipper.lazyregex import LazyPattern, lazy_compile


def test_not_compiled_until_used():
    lazy = LazyPattern(r"(?P<word>colou?r)", re.I)
    assert "search" not in vars(lazy)
    assert lazy.pattern == r"(?P<word>colou?r)" and lazy.flags == re.I  # read without compiling
    assert "search" not in vars(lazy)
    assert lazy.search("Colour TV").group("word") == "Colour"
    assert "search" in vars(lazy)  # bound methods of the compiled pattern from now on


def test_every_method_matches_the_compiled_pattern():
    source, text = r"\s*[,;]\s*", "Ana Gómez, Bo Li ;Chen Wei,"
    lazy, real = lazy_compile(source), re.compile(source)
    assert lazy.split(text) == real.split(text)
    assert lazy.sub("|", text) == real.sub("|", text)
    assert lazy.subn("|", text) == real.subn("|", text)
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.match(text) is None and real.match(text) is None
    assert lazy.search(text, 11, 20).span() == real.search(text, 11, 20).span()
    assert lazy.groups == real.groups == 0


def test_bytes_patterns():
    lazy = lazy_compile(rb"charset=([\w-]+)", re.I)
    assert lazy.search(b'<meta CHARSET=euc-kr>').group(1) == b"euc-kr"


def test_a_bad_pattern_fails_on_first_use():
    lazy = lazy_compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def test_dunder_lookups_do_not_compile():
    lazy = LazyPattern(r"x")
    assert getattr(lazy, "__deepcopy__", None) is None
    assert "search" not in vars(lazy)
