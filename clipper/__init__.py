"""clipper: turn the raw text (or HTML) of a scraped news page into a clean article record.

    >>> import clipper
    >>> article = clipper.parse(open("page.txt", "rb").read(), source="page.txt")
    >>> article.title, article.published, article.text
"""

from __future__ import annotations

from . import regexcache

regexcache.prime()  # before any module compiles its regexes: they come ready-made

from .errors import BinaryInputError, ClipperError, CorruptInputError, EmptyInputError, InputTooLargeError
from .model import Article, Block, BlockType, Chrome, ChromeKind, Source
from .pipeline import Options, parse

__version__ = "0.1.0"
__all__ = [
    "Article",
    "BinaryInputError",
    "Block",
    "BlockType",
    "Chrome",
    "ChromeKind",
    "ClipperError",
    "CorruptInputError",
    "EmptyInputError",
    "InputTooLargeError",
    "Options",
    "Source",
    "__version__",
    "parse",
]
