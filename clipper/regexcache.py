"""clipper's regexes compiled ahead of time, handed to ``re`` before any module compiles them.

Compiling clipper's regexes costs every start ~30 ms or more, more than anything else clipper
does for a one-page parse: ``re`` parses each source and builds its matcher code in Python,
and the large classes of Hangul and Han syllables alone take ~8 ms. The code ``re`` builds
depends only on the source, the flags and the interpreter, so ``scripts/build_regex_cache.py``
builds it once per interpreter version into ``clipper/compiled_regexes/cpXY.py``. At import,
``prime()`` turns each entry into a pattern with the regex engine's own constructor
(``_sre.compile``, what ``re.compile`` ends with) and files it in ``re``'s cache under its
source and flags, where ``re.compile`` looks first; the modules' ``re.compile`` calls then
cost a dictionary look-up. ``re`` keeps at most ``re._MAXCACHE`` (512) patterns; clipper has
about 520, so ``prime()`` raises that limit by its own count, leaving the room other code had.

Nothing is taken on trust: an entry is used only on the interpreter version and regex engine
(its MAGIC number, code-word size and limits, and the Unicode version case-insensitive
matching follows) that wrote it; a changed regex has a new source and simply compiles as
before; tests/test_regexcache.py checks that each entry equals what ``re`` compiles (patterns
compare their matcher code) and that the entries cover what a parse compiles. Set
``CLIPPER_REGEX_CACHE=0`` to compile everything as usual.
"""

from __future__ import annotations

import os
import re
import sys

ENV_VAR = "CLIPPER_REGEX_CACHE"


# The regex engine's code words, as the generated modules store them (native byte order).
ENGINE_WORD = 4


def engine() -> tuple:
    """What compiled code depends on: the interpreter version and the regex engine's format."""
    import _sre
    from unicodedata import unidata_version

    return (sys.implementation.name, sys.version_info[0], sys.version_info[1], _sre.MAGIC, _sre.CODESIZE,
            _sre.MAXREPEAT, _sre.MAXGROUPS, unidata_version, sys.byteorder)


def module_name() -> str:
    return f"cp{sys.version_info[0]}{sys.version_info[1]}"


def prime() -> int:
    """File the compiled patterns of this interpreter in ``re``'s cache; how many were filed
    (0 when there are none for this interpreter, or they were written by another)."""
    if os.environ.get(ENV_VAR, "1") == "0" or sys.implementation.name != "cpython":
        return 0
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        return 0
    try:
        compiled = __import__(f"{__package__}.compiled_regexes.{module_name()}", fromlist=["ENGINE"])
    except ImportError:
        return 0
    limit = getattr(re, "_MAXCACHE", None)
    if compiled.ENGINE != engine() or not isinstance(limit, int):
        return 0
    # ``re`` keeps at most _MAXCACHE patterns and drops the oldest when full: with more entries
    # than that, those filed first would be dropped before their modules asked for them. The
    # cache is made room for clipper's entries plus the room it had for everyone else's.
    if len(cache) + len(compiled.PATTERNS) > limit:
        re._MAXCACHE = limit + len(compiled.PATTERNS)  # type: ignore[attr-defined]
    import _sre

    words = code_words(compiled.CODE)
    filed = 0
    for source, flags, final_flags, start, length, groups, groupindex, indexgroup in compiled.PATTERNS:
        key = (str, source, flags)
        if key not in cache:
            cache[key] = _sre.compile(source, final_flags, words[start:start + length].tolist(), groups, groupindex,
                                      indexgroup)
            filed += 1
    return filed


def code_words(packed: str | tuple[str, ...]) -> memoryview:
    """The code words a generated module stores (base64 of zlib-compressed native words)."""
    import zlib
    from binascii import a2b_base64

    data = zlib.decompress(a2b_base64("".join(packed) if isinstance(packed, tuple) else packed))
    return memoryview(data).cast("I")
