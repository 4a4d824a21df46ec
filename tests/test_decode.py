from __future__ import annotations

import pytest

from clipper.decode import decode, normalize_text, sniff_html
from clipper.errors import BinaryInputError, EmptyInputError
from clipper.model import InputFormat

KO = "반도체 수출이 석 달 만에 증가세로 돌아섰다. 산업통상자원부가 1일 발표했다. " * 5


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\xef\xbb\xbf  \n"])
def test_empty_and_whitespace_are_errors(data):
    with pytest.raises(EmptyInputError):
        decode(data)


@pytest.mark.parametrize(
    "data,name",
    [(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "PNG"), (b"\x1f\x8b\x08\x00" + b"\x00" * 40, "gzip"), (b"%PDF-1.7\n%\xe2\xe3", "PDF")],
)
def test_binary_is_refused_with_its_kind(data, name):
    with pytest.raises(BinaryInputError, match=name):
        decode(data)


def test_utf8_bom_and_utf16():
    assert decode("\ufeff제목\n본문".encode("utf-8")).text == "제목\n본문"
    d = decode("제목\n본문 text".encode("utf-16"))
    assert d.text == "제목\n본문 text" and d.encoding == "utf-16"


def test_cp949_detected_without_declaration():
    d = decode(KO.encode("cp949"))
    assert d.text == KO
    assert d.encoding in ("cp949", "euc_kr", "johab") or "949" in d.encoding or "kr" in d.encoding


def test_forced_encoding_replaces_and_warns():
    d = decode("café".encode("utf-8") + b"\xff", encoding="utf-8")
    assert "\ufffd" in d.text and d.warnings


def test_normalisation():
    nfd = "한국".encode("utf-8").decode("utf-8")
    import unicodedata

    text = normalize_text("a\r\nb\rc\u200bd\u202ee\x00" + unicodedata.normalize("NFD", nfd))
    assert text == "a\nb\ncde" + "한국"


def test_html_sniffed_by_content():
    assert sniff_html("<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</p></body></html>")
    assert not sniff_html("A page about <b> tags in general\nand nothing else")
    assert decode(b"<html><body><p>Hello there, world.</p></body></html>").format is InputFormat.HTML
