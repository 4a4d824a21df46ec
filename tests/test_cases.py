"""Golden cases: pages written in the style of other sites, languages and renderers.

Each folder holds ``input.txt`` and ``expected.json``: the metadata fields, the start of each
body block in order, and the chrome kind expected for blocks starting with a given text.
"""

from __future__ import annotations

import json

import pytest

import clipper

from .conftest import CASES

METADATA_FIELDS = ("title", "subtitle", "published", "modified", "published_text", "authors", "author_emails", "publisher", "language")
CASE_DIRS = sorted(p for p in CASES.iterdir() if (p / "expected.json").exists())
# Cases clipper gets wrong today, each with the reason; strict, so a fix shows up as a failure
# here and the entry is removed.
KNOWN_WRONG = {
    "pl-bs4-quote-marks-czytaj": "title: a footer's 'Data utworzenia: <date>' line (readable since the Polish "
    "month table) makes the prompt under it score above the headline, whose 'Dziś 08:45' is not read as a date",
}


def _case_param(case):
    reason = KNOWN_WRONG.get(case.name)
    return pytest.param(case, id=case.name, marks=pytest.mark.xfail(strict=True, reason=reason) if reason else ())


@pytest.mark.parametrize("case", [_case_param(c) for c in CASE_DIRS])
def test_case(case):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    article = clipper.parse((case / "input.txt").read_bytes(), source=str(case / "input.txt"), keep_chrome=True)
    for field in METADATA_FIELDS:
        if field in expected:
            assert getattr(article, field) == expected[field], field
    starts = expected.get("body_starts")
    if starts is not None:  # a case may pin fragments only (body_contains), e.g. a glued line
        assert len(article.body) == len(starts), [b.text[:40] for b in article.body]
        for block, start in zip(article.body, starts):
            assert block.text.startswith(start)
    assert article.body, "no body"
    for fragment in expected.get("body_contains", []):
        assert fragment in article.text
    for start, kind in expected.get("chrome_kinds", {}).items():
        matches = [c for c in article.chrome if any(line.startswith(start) for line in c.text.split("\n"))]
        assert matches, f"no chrome block starts with {start!r}"
        assert matches[0].kind.value == kind, start
    # Nothing that is chrome may leak into the body.
    for chrome in article.chrome:
        for line in chrome.text.split("\n"):
            assert line not in article.text.split("\n\n")
