"""`clipper explain` and user rules (--rules, default rules location)."""

from __future__ import annotations

import json

import pytest

import clipper
from clipper.errors import RulesError
from clipper.rules import parse_rules

from .conftest import CASES, SEED
from .test_cli import run

PAGE = """Local bakery wins national bread award

By Jane Doe

The small bakery on Elm Street won the national bread award on Sunday, beating more than two hundred
other entries from across the country with its sourdough loaf.

Send to Kindle

The owners said they would use the prize money to train two new apprentices next year.

Mehr aus der Region
Bakery prices rise again
"""


def test_explain_lists_every_line_with_label_and_reason():
    r = run("explain", str(SEED), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    assert [row["line"] for row in rows] == list(range(1, len(lines) + 1))
    by_line = {row["line"]: row for row in rows}
    assert by_line[1]["label"] == "title"
    assert by_line[3]["label"] == "dateline"
    assert by_line[4]["label"] == "font_size" and by_line[4]["reason"]
    assert by_line[14]["label"] == "body"
    assert by_line[53]["label"] == "ticker"
    assert by_line[2]["label"] == ""  # blank line


def test_explain_plain_output_when_not_a_terminal():
    out = run("explain", str(CASES / "en-wire-wrapped" / "input.txt")).stdout.decode()
    assert "\x1b[" not in out  # no colour codes in a pipe
    assert any(line.split()[1:2] == ["byline"] and "Jane Doe" in line for line in out.splitlines())


def test_explain_bad_input_is_one_line_error(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    r = run("explain", str(empty))
    assert r.returncode == 1 and r.stderr.decode().count("\n") == 1 and b"e.txt" in r.stderr


def test_rules_add_chrome_patterns_and_headings():
    rules = parse_rules('[chrome.share]\nexact = ["Send to Kindle"]\n[chrome.related]\nheadings = ["Mehr aus der Region"]\n')
    without = clipper.parse(PAGE, keep_chrome=True)
    with_rules = clipper.parse(PAGE, keep_chrome=True, options=clipper.Options(rules=rules))
    kinds = {c.text.split("\n")[0]: c.kind.value for c in with_rules.chrome}
    assert kinds["Send to Kindle"] == "share"
    assert kinds["Mehr aus der Region"] == "related"
    assert "Send to Kindle" not in with_rules.text
    assert with_rules.chrome != without.chrome


def test_site_profile_applies_only_to_matching_pages():
    rules = parse_rules('[[site]]\nname = "bakery"\nmatch_path = "bakery-news"\n[site.chrome.advertisement]\nexact = ["Send to Kindle"]\n')
    opts = clipper.Options(rules=rules, keep_chrome=True)
    hit = clipper.parse(PAGE, source="/scrapes/bakery-news/1.txt", options=opts)
    miss = clipper.parse(PAGE, source="/scrapes/other/1.txt", options=opts)
    assert any(c.kind.value == "advertisement" and c.text == "Send to Kindle" for c in hit.chrome)
    assert not any(c.kind.value == "advertisement" for c in miss.chrome)


def test_parameters_override_thresholds():
    rules = parse_rules("[parameters]\nlength_low = 5\n")
    assert rules.parameters.length_low == 5


@pytest.mark.parametrize(
    "source,line,message",
    [
        ('[chrome.share]\nexact = ["a"\n', 2, "not valid TOML"),
        ('\n\n[chrome.sharing]\nexact = ["a"]\n', 3, "unknown chrome kind 'sharing'"),
        ('[chrome.share]\nexcat = ["a"]\n', 2, "unknown key 'excat'"),
        ('[chrome.share]\n\npatterns = ["(unclosed"]\n', 3, "bad regular expression"),
        ("[parameters]\nlength_lo = 3\n", 2, "unknown parameter 'length_lo'"),
        ('[[site]]\nname = "x"\n', 2, "needs match_path or match_text"),
    ],
)
def test_malformed_rules_name_the_line(source, line, message):
    with pytest.raises(RulesError) as info:
        parse_rules(source, origin="rules.toml")
    assert str(info.value).startswith(f"rules.toml:{line}: ")
    assert message in str(info.value)


def test_cli_rules_file_and_default_location(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    good = tmp_path / "rules.toml"
    good.write_text('[chrome.share]\nexact = ["Send to Kindle"]\n', encoding="utf-8")
    r = run("parse", str(page), "--rules", str(good))
    assert r.returncode == 0 and "Send to Kindle" not in json.loads(r.stdout)["text"]
    # The default location: $XDG_CONFIG_HOME/clipper/rules.toml
    (tmp_path / "clipper").mkdir()
    (tmp_path / "clipper" / "rules.toml").write_text(good.read_text(), encoding="utf-8")
    r = run("parse", str(page), env={"XDG_CONFIG_HOME": str(tmp_path)})
    assert "Send to Kindle" not in json.loads(r.stdout)["text"]
    bad = tmp_path / "bad.toml"
    bad.write_text("[chrome.nope]\n", encoding="utf-8")
    r = run("parse", str(page), "--rules", str(bad))
    assert r.returncode == 2
    assert r.stderr.decode().strip() == f"clipper: error: {bad}:1: unknown chrome kind 'nope' (kinds: advertisement, byline, caption, comments, copyright, dateline, font_size, navigation, other, reactions, related, share, subscription, ticker)"


def test_explain_shows_each_part_of_a_split_line(tmp_path):
    # A wrapped paragraph whose sign-off is cut off into a byline: the paragraph's lines keep the
    # body label and the sign-off follows as a part row of its own, so nothing looks dropped.
    page = tmp_path / "signoff.txt"
    page.write_text(
        "정부, 반도체 지원 확대\n\n입력 2025.03.04 10:21\n\n"
        "정부가 반도체 산업 지원을 확대한다. 산업통상자원부는 4일 관련 대책을 발표했다. 업계는 환영의\n"
        "뜻을 밝혔다. 이번 대책에는 세액 공제 확대와 인력 양성 방안이 담겼다. 홍길동 기자 hong@example.com\n",
        encoding="utf-8",
    )
    rows = json.loads(run("explain", str(page), "--json").stdout)
    lines = [r for r in rows if not r["part"]]
    assert [r["line"] for r in lines] == list(range(1, 8))
    assert [r["label"] for r in lines if r["line"] in (5, 6)] == ["body", "body"]
    parts = [r for r in rows if r["part"]]
    assert [(p["line"], p["label"]) for p in parts] == [(6, "byline")]
    assert parts[0]["text"].startswith("홍길동 기자")
    out = run("explain", str(page)).stdout.decode()
    assert "↳  byline" in out


def test_explain_lists_the_parts_of_a_glued_line():
    rows = json.loads(run("explain", str(CASES / "ko-glued-line" / "input.txt"), "--json").stdout)
    glued = [r for r in rows if r["line"] == 6]
    assert len(glued) > 2 and not glued[0]["part"] and all(r["part"] for r in glued[1:])
    assert "caption" in {r["label"] for r in glued[1:]}
