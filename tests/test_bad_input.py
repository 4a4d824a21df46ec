"""The core-level bad-input matrix, each row run as `python -m clipper parse` in a real process.

Every row states the exit code and the one line clipper writes on stderr (or that it writes
nothing). No row may print a traceback or more than one line. The rows about files and folders
(missing, unreadable, directories, symlink loops, unwritable output, Ctrl-C, ...) live with the
batch tests. Set CLIPPER_SLOW_TESTS=1 to also run the full-size 1,000,000-line row.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

import clipper
from clipper.errors import InputTooLargeError
from clipper.pipeline import DEFAULT_MAX_BYTES, Options

from .pages import ARTICLES
from .conftest import ROOT


def run(*args: str, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "clipper", *args], capture_output=True, env=env, timeout=timeout)


SLOW = os.environ.get("CLIPPER_SLOW_TESTS") == "1"
EN = ARTICLES["en"]
KO = ARTICLES["ko"]
WARNING = r"clipper: warning: {path}: "
# The big rows check that clipper gets through them (linear time), not the per-file time
# limit (30 s by default; tested with the batch rows): a loaded test machine must not fail them.
NO_LIMIT = ("--timeout", "0")
ERROR = r"clipper: {path}: "


@dataclass(frozen=True)
class Row:
    """One kind of bad input: the bytes, extra arguments, and what clipper must answer."""

    name: str
    data: Callable[[], bytes]
    exit_code: int
    stderr: str | None  # a regex for the single stderr line ('{path}' is filled in); None: silent
    args: tuple[str, ...] = ()
    check: Callable[[dict], None] | None = None  # checks on the JSON record (exit 0 rows)
    suffix: str = ".txt"
    marks: tuple = field(default_factory=tuple)
    timeout: float = 120


def same_body_as(clean: str) -> Callable[[dict], None]:
    """The record's body must be what the clean page gives: normalisation changed nothing that matters."""

    def check(record: dict) -> None:
        import clipper

        expected = clipper.parse(clean)
        assert [b["text"] for b in record["body"]] == [b.text for b in expected.body]
        assert record["title"] == expected.title and record["published"] == expected.published
        assert expected.body

    return check


def encoded_as(encoding: str, lang: str) -> Callable[[dict], None]:
    def check(record: dict) -> None:
        assert record["source"]["encoding"] == encoding
        same_body_as(ARTICLES[lang])(record)

    return check


def body_contains(fragment: str, encoding: str | None = None) -> Callable[[dict], None]:
    def check(record: dict) -> None:
        assert fragment in record["text"], record["text"][:200]
        if encoding:
            assert record["source"]["encoding"] == encoding

    return check


def empty_body(title: str | None) -> Callable[[dict], None]:
    def check(record: dict) -> None:
        assert record["body"] == [] and record["text"] == ""
        assert record["title"] == title
        assert record["warnings"] == ["no article body found"]

    return check


def _bom16(order: str, text: str) -> bytes:
    bom = codecs.BOM_UTF16_LE if order == "le" else codecs.BOM_UTF16_BE
    return bom + text.encode(f"utf-16-{order}")


def _invalid_utf8() -> bytes:
    paras = KO.split("\n\n")
    return "\n\n".join(paras[:2]).encode() + b"\xff\xc0\xaf\xed\xa0\x80" + ("\n\n" + "\n\n".join(paras[2:])).encode()


def _menus() -> bytes:
    return (
        "Home\nNews\nSport\nBusiness\nOpinion\nLog in\nSubscribe\n\n• World\n• Politics\n• Technology\n\n"
        "Copyright 2025 Example Media. All rights reserved.\n"
    ).encode()


def _nested(depth: int) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in EN.split("\n\n")[2:4])
    return (
        "<!DOCTYPE html><html><head><title>Council approves new downtown bike lanes</title></head><body>"
        + "<div>" * depth + paras + "</div>" * depth + "</body></html>"
    ).encode()


def _huge_attribute() -> bytes:
    paras = EN.split("\n\n")[2:4]
    return (
        "<!DOCTYPE html><html><head><title>Bike lanes</title></head><body>"
        f'<p style="{"x" * (8 * 1024 * 1024)}">{paras[0]}</p><p>{paras[1]}</p></body></html>'
    ).encode()


def _one_long_line(size: int) -> bytes:
    sentence = EN.split("\n\n")[2].replace("\n", " ") + " "
    return (sentence * (size // len(sentence) + 1)).encode()[:size]


def _short_lines(count: int) -> bytes:
    """Short rows no block can be sure of (this shape once cost quadratic time) and quote rows."""
    return "".join(f"Short line number {i}\n" if i % 2 else f"Item {i}: up {i % 97}%\n" for i in range(count)).encode()


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def _sprinkle(text: str, char: str) -> bytes:
    """Put an invisible character after every fifth word and around each line."""
    words = text.split(" ")
    return " ".join(w + char if i % 5 == 0 else w for i, w in enumerate(words)).replace("\n", char + "\n").encode()


def _bidi(text: str) -> bytes:
    return "\n".join(f"\u202b{line}\u202c\u200f" if line else line for line in text.split("\n")).encode()


ROWS = [
    # -- no text at all: an error (exit 1) --
    Row("empty file", lambda: b"", 1, ERROR + "empty input$"),
    Row("whitespace only", lambda: b" \n\t\r\n  \n", 1, ERROR + "input is whitespace only$"),
    Row("only invisible characters", lambda: "\ufeff\u200b\u200d\n\u202a\x00\n".encode(), 1, ERROR + "input has no visible text$"),
    Row("PNG image", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, 1, ERROR + r"not a text or HTML page \(PNG image\)$"),
    Row("corrupt gzip stream", lambda: gzip.compress(EN.encode())[:60], 1, ERROR + r"corrupt gzip data \(the stream is cut short\)$"),
    Row("zip archive", lambda: b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4, 1, ERROR + r"not a text or HTML page \(zip archive\)$"),
    Row("PDF document", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", 1, ERROR + r"not a text or HTML page \(PDF document\)$"),
    Row("unnamed binary", lambda: bytes(range(32)) * 200, 1, ERROR + r"not a text or HTML page \(binary data\)$"),
    Row("unknown forced encoding", lambda: EN.encode(), 1, ERROR + "unknown encoding 'klingon-8'$", args=("--encoding", "klingon-8")),
    # -- undecodable bytes: replaced, a warning, exit 0 --
    Row("invalid UTF-8", _invalid_utf8, 0, WARNING + r"\d+ undecodable byte sequence\(s\) for utf-8 \(first at byte \d+\); replaced with U\+FFFD$", check=body_contains("정부는 하반기에도", "utf-8")),
    Row("truncated multibyte sequence", lambda: (KO + "\n추가 취재").encode()[:-2], 0, WARNING + "input ends inside a UTF-8 character; the cut character is replaced with U\\+FFFD$", check=body_contains("반도체 수출이", "utf-8")),
    Row("forced encoding that does not fit", lambda: KO.encode("cp949"), 0, WARNING + r"\d+ undecodable byte sequence\(s\) for utf-8 \(first at byte 0\); replaced with U\+FFFD; no article body found$", args=("--encoding", "utf-8")),
    # -- encodings without a declaration: detected, recorded in source.encoding, silent --
    Row("UTF-8", lambda: KO.encode(), 0, None, check=encoded_as("utf-8", "ko")),
    Row("UTF-8 with BOM", lambda: codecs.BOM_UTF8 + KO.encode(), 0, None, check=encoded_as("utf-8", "ko")),
    Row("UTF-16 LE with BOM", lambda: _bom16("le", ARTICLES["ja"]), 0, None, check=encoded_as("utf-16", "ja")),
    Row("UTF-16 BE with BOM", lambda: _bom16("be", KO), 0, None, check=encoded_as("utf-16", "ko")),
    Row("CP949", lambda: KO.encode("cp949"), 0, None, check=encoded_as("cp949", "ko")),
    Row("EUC-KR", lambda: KO.encode("euc-kr"), 0, None, check=encoded_as("cp949", "ko")),
    Row("Shift_JIS", lambda: ARTICLES["ja"].encode("shift_jis"), 0, None, check=encoded_as("cp932", "ja")),
    Row("EUC-JP", lambda: ARTICLES["ja"].encode("euc-jp"), 0, None, check=encoded_as("euc_jp", "ja")),
    Row("GB18030", lambda: ARTICLES["zh"].encode("gb18030"), 0, None, check=encoded_as("gb18030", "zh")),
    Row("GBK", lambda: ARTICLES["zh"].encode("gbk"), 0, None, check=encoded_as("gb18030", "zh")),
    Row("Big5", lambda: ARTICLES["zh-tw"].encode("big5"), 0, None, check=encoded_as("big5hkscs", "zh-tw")),
    Row("Windows-1252", lambda: ARTICLES["fr"].encode("cp1252"), 0, None, check=encoded_as("cp1252", "fr")),
    Row("Latin-1", lambda: ARTICLES["es"].encode("latin-1"), 0, None, check=encoded_as("cp1252", "es")),
    Row("Latin-1 German", lambda: ARTICLES["de"].encode("latin-1"), 0, None, check=encoded_as("cp1252", "de")),
    Row("forced encoding", lambda: ARTICLES["de"].encode("latin-1"), 0, None, args=("--encoding", "latin-1"), check=encoded_as("iso8859-1", "de")),
    # -- line endings and invisible characters: normalised, the body is unchanged --
    Row("gzip-compressed page", lambda: gzip.compress(EN.encode()), 0, None, check=same_body_as(EN)),
    Row("CRLF line endings", lambda: _crlf(EN), 0, None, check=same_body_as(EN)),
    Row("CR line endings", lambda: EN.replace("\n", "\r").encode(), 0, None, check=same_body_as(EN)),
    Row("NUL bytes", lambda: _sprinkle(EN, "\x00"), 0, None, check=same_body_as(EN)),
    Row("zero-width characters", lambda: _sprinkle(KO, "\u200b"), 0, None, check=same_body_as(KO)),
    Row("bidi control characters", lambda: _bidi(EN), 0, None, check=same_body_as(EN)),
    Row("NFD Hangul", lambda: unicodedata.normalize("NFD", KO).encode(), 0, None, check=same_body_as(KO)),
    # -- text but no article: not an error; an empty body and a warning --
    Row("only menus", _menus, 0, WARNING + "no article body found$", check=empty_body(None)),
    Row("HTML with no document (only a comment)", lambda: b"<!-- only a comment, nothing else -->", 0, WARNING + "no article body found$", args=("--input-format", "html"), check=empty_body(None)),
    Row("only a title", lambda: b"Council approves new downtown bike lanes\n", 0, WARNING + "no article body found$", check=empty_body("Council approves new downtown bike lanes")),
    # -- shapes that used to cost quadratic time; all linear now --
    Row("HTML nested 10,000 deep", lambda: _nested(10_000), 0, None, suffix=".html", check=body_contains("Supporters said the lanes")),
    Row("huge attribute (8 MB)", _huge_attribute, 0, None, suffix=".html", check=body_contains("Supporters said the lanes")),
    Row("one 10 MB line", lambda: _one_long_line(10 * 1024 * 1024), 0, None, args=NO_LIMIT, check=body_contains("The city council voted 7-2")),
    Row("100,000 short lines", lambda: _short_lines(100_000), 0, WARNING + "no article body found$", args=NO_LIMIT),
    Row(
        "1,000,000 short lines",
        lambda: _short_lines(1_000_000),
        0,
        WARNING + "no article body found$",
        args=NO_LIMIT,
        marks=(pytest.mark.skipif(not SLOW, reason="minutes on a loaded machine; set CLIPPER_SLOW_TESTS=1"),),
        timeout=900,
    ),
    # -- over the size cap: refused before any work, naming the limit --
    Row(
        "100 MB file",
        lambda: _one_long_line(100 * 1024 * 1024),
        1,
        ERROR + rf"file is 104,857,600 bytes, over the {DEFAULT_MAX_BYTES:,}-byte limit \(--max-size\)$",
    ),
]


@pytest.mark.parametrize("row", [pytest.param(r, id=r.name, marks=r.marks) for r in ROWS])
def test_bad_input_row(row: Row, tmp_path: Path):
    path = tmp_path / f"input{row.suffix}"
    path.write_bytes(row.data())
    r = run("parse", str(path), *row.args, timeout=row.timeout)
    stderr = r.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr
    assert r.returncode == row.exit_code, stderr
    if row.stderr is None:
        assert stderr == ""
    else:
        lines = stderr.splitlines()
        assert len(lines) == 1, stderr
        assert re.match(row.stderr.format(path=re.escape(str(path))), lines[0]), lines[0]
    if row.exit_code == 0:
        record = json.loads(r.stdout)
        if row.check:
            row.check(record)
    else:
        assert r.stdout == b""


def test_matrix_has_at_least_25_kinds():
    assert len(ROWS) >= 25


def test_core_size_cap_names_the_limit():
    """The library refuses over-size input too (the CLI checks the file size before reading it)."""
    assert DEFAULT_MAX_BYTES >= 20 * 1024 * 1024
    with pytest.raises(InputTooLargeError, match=r"input is 2,001 bytes, over the 2,000-byte limit"):
        clipper.parse(b"x" * 2001, options=Options(max_bytes=2000))
    with pytest.raises(InputTooLargeError, match=r"over the 2,000 limit"):
        clipper.parse("x" * 2001, options=Options(max_bytes=2000))
