"""Output writers: pure functions from an Article to text, found through one registry."""

from .base import Writer
from .registry import ENTRY_POINT_GROUP, Registry

__all__ = ["ENTRY_POINT_GROUP", "Registry", "Writer"]
