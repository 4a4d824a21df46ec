"""The regexes compiled ahead (clipper/compiled_regexes/) are exactly what ``re`` compiles,
are used only by the interpreter that wrote them, and cover what a parse compiles."""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from re import _compiler

import _sre
import pytest

from clipper import regexcache

from .conftest import ROOT


def _compiled():
    try:
        module = importlib.import_module(f"clipper.compiled_regexes.{regexcache.module_name()}")
    except ImportError:
        pytest.skip(f"no regexes compiled ahead for {regexcache.module_name()}")
    if module.ENGINE != regexcache.engine():
        pytest.skip("the compiled regexes were written by another interpreter build")
    return module


def _run(code: str, **env: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    return out.stdout.strip()


def test_every_entry_is_the_pattern_re_compiles():
    module = _compiled()
    assert len(module.PATTERNS) > 100
    words = regexcache.code_words(module.CODE)
    for source, flags, final_flags, start, length, groups, groupindex, indexgroup in module.PATTERNS:
        ready = _sre.compile(source, final_flags, words[start:start + length].tolist(), groups, groupindex, indexgroup)
        compiled = _compiler.compile(source, flags)  # what re.compile builds when its cache misses
        # Patterns compare by source, flags and matcher code.
        assert ready == compiled, source
        assert (ready.groups, ready.groupindex, ready.flags) == (compiled.groups, compiled.groupindex, compiled.flags)


def test_importing_clipper_files_them_in_res_cache():
    module = _compiled()
    keys = [[s, f] for s, f, *_ in module.PATTERNS]
    probe = f"import re, clipper; keys = {keys!r}; print(sum((str, s, f) in re._cache for s, f in keys))"
    assert int(_run(probe)) == len(keys)
    assert int(_run(probe, CLIPPER_REGEX_CACHE="0")) < len(keys) / 2  # only what the imports compiled themselves


def test_another_interpreter_s_entries_are_not_used(monkeypatch):
    module = _compiled()
    monkeypatch.setattr(re, "_cache", {})
    monkeypatch.setattr(module, "ENGINE", (*module.ENGINE[:3], module.ENGINE[3] + 1, *module.ENGINE[4:]))
    assert regexcache.prime() == 0 and re._cache == {}
    monkeypatch.undo()
    monkeypatch.setattr(re, "_cache", {})
    assert regexcache.prime() == len(module.PATTERNS)
    assert regexcache.prime() == 0  # what is there already stays


def test_the_entries_cover_what_a_parse_compiles():
    """Fails after a regex is changed or added: run `python scripts/build_regex_cache.py`."""
    module = _compiled()
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_regex_cache.py"), "--record"],
                         capture_output=True, text=True, check=True, cwd=ROOT)
    recorded = {(s, f) for s, f in json.loads(out.stdout)}
    missing = recorded - {(s, f) for s, f, *_ in module.PATTERNS}
    assert not missing, f"{len(missing)} regexes are not compiled ahead, e.g. {sorted(missing)[0]!r}"
