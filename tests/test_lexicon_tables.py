"""The generated clipper/lexicon_tables.py says exactly what the TOML tables say, and is
ignored as soon as it no longer matches them (the TOML files are the source of truth)."""

from __future__ import annotations

import shutil
import tomllib

import pytest

from clipper import lexicon, lexicon_tables
from clipper.lexicon import build, builtin_tables, default_lexicon, required_strings, source_checksum, table_files
from clipper.packagedata import package_file
from clipper.tablegen import render


def _from_toml() -> list[dict]:
    return [tomllib.loads(entry.read_text(encoding="utf-8")) for entry in table_files()]


@pytest.fixture
def fresh_caches():
    """Clear the per-process caches around a test that swaps what they were filled from."""
    caches = (lexicon._generated, lexicon.default_lexicon, lexicon._pattern_index)
    for cache in caches:
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


def test_the_generated_module_is_current():
    """Fails after a table is edited: run `python scripts/build_lexicon_tables.py`."""
    assert package_file("lexicon_tables.py").read_text(encoding="utf-8") == render()
    assert lexicon_tables.SOURCE_CHECKSUM == source_checksum()


def test_the_generated_module_is_used_while_current(fresh_caches):
    assert lexicon._generated() is lexicon_tables
    assert builtin_tables() == _from_toml()
    assert builtin_tables() is not builtin_tables()  # fresh dicts: a caller may change them
    assert lexicon._pattern_index(default_lexicon()) is lexicon._READY_INDEXES[default_lexicon()]


def test_the_ready_made_lexicon_equals_the_one_built_from_toml(fresh_caches):
    ready, built = default_lexicon(), build(_from_toml())
    assert ready.exact == built.exact and len(ready.exact) > 1000
    assert ready.headings == built.headings
    assert [(p.pattern, p.flags, k) for p, k in ready.patterns] == [(p.pattern, p.flags, k) for p, k in built.patterns]
    assert ready.languages == built.languages
    # The prefilter's strings, taken from the module, are what reading each pattern gives.
    for pattern, _ in ready.patterns:
        assert lexicon._REQUIRED[(pattern.pattern, pattern.flags)] == required_strings(pattern.pattern, pattern.flags)
    assert lexicon._pattern_index(ready) == lexicon._pattern_index(built)
    assert lexicon._pattern_index(ready) is lexicon._READY_INDEXES[ready]  # read, not computed


def test_a_stale_module_is_not_used(monkeypatch, fresh_caches):
    monkeypatch.setattr(lexicon_tables, "SOURCE_CHECKSUM", "written from other tables")
    monkeypatch.setattr(lexicon_tables, "EXACT", {"share": ("a phrase no table holds",)})
    assert lexicon._generated() is None
    ready = default_lexicon()
    assert "a phrase no table holds" not in ready.exact
    assert ready.exact == build(_from_toml()).exact


def test_the_checksum_sees_any_edit_of_a_table(tmp_path, monkeypatch):
    folder = tmp_path / "lexicons"
    shutil.copytree(package_file("lexicons"), folder)
    monkeypatch.setattr(lexicon, "package_file", lambda *parts: tmp_path.joinpath(*parts))
    before = source_checksum()
    assert before == lexicon_tables.SOURCE_CHECKSUM
    en = folder / "en.toml"
    text = en.read_text(encoding="utf-8")
    en.write_text(text.replace("subscribe", "subscribd", 1), encoding="utf-8")  # same length
    assert source_checksum() != before
    en.write_text(text, encoding="utf-8")
    (folder / "xx.toml").write_text('language = "xx"\nstopwords = ["a"]\n', encoding="utf-8")  # a new table
    assert source_checksum() != before
