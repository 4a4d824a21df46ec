"""The metadata test set: hand-written fixtures always; hand-checked dev pages when the
shared benchmark is present (the pages are read from it, never copied into the repo)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import clipper

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "metadata" / "fixtures"
FIELDS = ("title", "subtitle", "published", "modified", "authors", "author_emails", "publisher", "language")


def _bench_module():
    spec = importlib.util.spec_from_file_location("metadata_bench", HERE / "benchmarks" / "metadata.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _fixtures() -> list[dict]:
    lines = (HERE / "metadata" / "fixtures.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("expected", _fixtures(), ids=lambda e: e["file"])
def test_fixture_metadata(expected):
    article = clipper.parse((FIXTURES / expected["file"]).read_bytes())
    for name in FIELDS:
        if name in expected:
            assert getattr(article, name) == expected[name], name


def test_expectations_are_well_formed():
    bench = _bench_module()
    records = bench.load(bench.EXPECTED)
    assert len(records) >= 40
    keys = {(r["dataset"], r["id"], r["input"]) for r in records}
    assert len(keys) == len(records), "one expectation per page and input"
    for r in records:
        for name in ("published", "modified"):
            if r.get(name):
                assert r[name][:4].isdigit() and r[name][4] == "-", (r["id"], name)


# Floors below the measured rates on the dev pages (see the README, *The metadata test set and benchmark*): a drop
# below them is a regression; the targets are higher.
FLOORS = {"title": 0.75, "published": 0.88, "modified": 0.95, "authors": 0.85, "language": 0.97}


def test_dev_pages_meet_floors():
    bench = _bench_module()
    folder = bench.find_bench()
    if folder is None:
        pytest.skip("shared benchmark not present")
    rows, pages = bench.run(folder, ["text"], peers=False)
    assert pages >= 40
    text_row = next(r for r in rows if r.input != "fixtures")
    for name, floor in FLOORS.items():
        assert text_row.rate(name) >= floor, (name, text_row.rate(name))
