"""Inputs -> results: expanding folders, reading files, atomic writes, one outcome per input.

Only this module and cli.py touch files. One bad input never costs the others their output.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from .errors import ClipperError
from .model import Article
from .pipeline import Options, parse
from .writers import Writer

STDIN = "-"
# Extensions a folder walk picks up by default (pages are also recognised by content).
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")


class Status(str, Enum):
    PARSED = "parsed"
    EMPTY = "empty"  # parsed, but no article body was found
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(slots=True)
class Outcome:
    path: str
    status: Status
    message: str = ""
    output: str | None = None
    article: Article | None = None


class InputError(ClipperError):
    """An input path that cannot be read (missing, a directory, unreadable)."""


def read_input(path: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory")
        return p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None


def expand_inputs(paths: list[str]) -> Iterator[str]:
    """Files as given; folders walked recursively in sorted order (hidden entries skipped)."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and name.lower().endswith(PAGE_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield path


def write_atomic(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename: never a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def output_path(input_path: str, out_dir: Path, writer: Writer, taken: set[Path]) -> Path:
    stem = "stdin" if input_path == STDIN else Path(input_path).stem
    candidate = out_dir / f"{stem}.{writer.extension}"
    n = 2
    while candidate in taken:
        candidate = out_dir / f"{stem}-{n}.{writer.extension}"
        n += 1
    taken.add(candidate)
    return candidate


def process(path: str, options: Options) -> Outcome:
    """Read and parse one input; every failure becomes an Outcome, never an exception."""
    try:
        data = read_input(path)
        article = parse(data, source=None if path == STDIN else path, options=options)
    except ClipperError as exc:
        return Outcome(path, Status.FAILED, str(exc))
    except MemoryError:
        return Outcome(path, Status.FAILED, "out of memory")
    status = Status.PARSED if article.body else Status.EMPTY
    return Outcome(path, status, "; ".join(article.warnings), article=article)
