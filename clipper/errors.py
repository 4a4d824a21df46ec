"""Domain errors raised by the core. Only the CLI turns them into exit codes."""

from __future__ import annotations


class ClipperError(Exception):
    """Base class: an input clipper cannot turn into an article record."""


class EmptyInputError(ClipperError):
    """The input has no text at all (empty or whitespace only)."""


class BinaryInputError(ClipperError):
    """The input is not text (an image, an archive, a PDF, ...)."""


class CorruptInputError(ClipperError):
    """The input is a compressed stream that cannot be decompressed (cut short, damaged)."""


class UnknownEncodingError(ClipperError):
    """The encoding forced with ``--encoding`` is not one Python knows."""


class InputTooLargeError(ClipperError):
    """The input is larger than the configured cap."""


class ParseTimeoutError(ClipperError):
    """Parsing one input took longer than the per-file time limit."""


class UnknownWriterError(ClipperError):
    """No writer is registered under the requested name."""


class RulesError(ClipperError):
    """A user rules file is malformed."""
