"""Writes ``clipper/lexicon_tables.py``: the language tables already parsed and compiled.

Parsing the 13 TOML tables, folding every phrase, reading the prefilter's required strings
off every pattern's syntax and filing them cost a cold start ~25 ms; importing the same
values from a byte-compiled module costs ~1 ms. The TOML files stay the source of truth: the
generated module carries a checksum of them (and the Unicode version the folding used), and
``clipper.lexicon`` uses it only when both still match — an edited table is read from its
TOML until the module is written again. tests/test_lexicon_tables.py checks that the
module in the repository is exactly what this writer gives from the current tables.

    python scripts/build_lexicon_tables.py

Only that script and the test import this module; a parse never does.
"""

from __future__ import annotations

import pprint
import tomllib
from dataclasses import fields

from .lexicon import KIND_PRIORITY, _pattern_index, build, required_strings, source_checksum, table_files

HEADER = '''"""The language tables (clipper/lexicons/*.toml), parsed and compiled. GENERATED: do not edit.

Written by ``python scripts/build_lexicon_tables.py`` (clipper/tablegen.py explains why);
clipper.lexicon reads it only while SOURCE_CHECKSUM matches the TOML files.
"""

# fmt: off
'''


def _literal(name: str, value: object) -> str:
    return f"{name} = {pprint.pformat(value, width=110, sort_dicts=False, compact=True)}\n"


def render() -> str:
    """The source of ``clipper/lexicon_tables.py`` for the tables as they are now."""
    tables = [tomllib.loads(entry.read_text(encoding="utf-8")) for entry in table_files()]
    lexicon = build(tables)
    exact = {kind.value: tuple(k for k, v in lexicon.exact.items() if v is kind) for kind in KIND_PRIORITY}
    headings = {kind.value: tuple(k for k, v in lexicon.headings.items() if v is kind) for kind in KIND_PRIORITY}
    patterns = tuple((p.pattern, int(p.flags), kind.value) for p, kind in lexicon.patterns)
    required = tuple(
        None if need is None else tuple(sorted(need))
        for need in (required_strings(p.pattern, p.flags) for p, _ in lexicon.patterns)
    )
    languages = tuple(
        {f.name: "\n".join(sorted(v)) if isinstance(v, frozenset) else v for f in fields(t) for v in (getattr(t, f.name),)}
        for t in lexicon.languages.values()
    )
    index = _pattern_index(lexicon)
    parts = [
        HEADER,
        _literal("SOURCE_CHECKSUM", source_checksum()),
        "\n# Lexicon.exact and .headings: the folded keys of each chrome kind, one a line (a few long\n"
        "# strings compile from source far faster than thousands of short ones).\n",
        _literal("EXACT", {k: "\n".join(v) for k, v in exact.items() if v}),
        _literal("HEADINGS", {k: "\n".join(v) for k, v in headings.items() if v}),
        "\n# Lexicon.patterns: (regex source, flags, chrome kind), in matching order.\n",
        _literal("PATTERNS", patterns),
        "\n# The prefilter's required strings of each pattern (None: always searched).\n",
        _literal("REQUIRED", required),
        "\n# The prefilter's index: patterns always searched, and (string, pattern) by the string's rarest character.\n",
        _literal("INDEX", (tuple(sorted(index.always)), index.by_char)),
        "\n# Lexicon.languages: each table's LanguageTable fields (stopwords sorted, one a line).\n",
        _literal("LANGUAGES", languages),
    ]
    return "".join(parts)
