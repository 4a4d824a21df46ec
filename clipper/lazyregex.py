"""Regexes compiled on their first use rather than at import.

Compiling every module-level regex costs a cold start tens of milliseconds, though a page
uses only some of them (a Korean page never runs the English byline prefixes). A
``LazyPattern`` holds the source and compiles it when a method is first asked for; from then
on the compiled pattern's bound methods sit on the instance, so a call costs what it costs on
a compiled pattern. It offers what a compiled pattern offers except being passed where a
``re.Pattern`` is required (``re.sub(lazy, …)``): call its methods instead.
"""

from __future__ import annotations

import re
from typing import AnyStr, Generic


class LazyPattern(Generic[AnyStr]):
    __slots__ = ("pattern", "flags", "__dict__")

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        # Only called for names not yet on the instance: the first use compiles.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for attr in ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "groups", "groupindex"):
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


def lazy_compile(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile`` deferred to the pattern's first use (typed as the pattern it stands for)."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
