"""CLI: exit codes, which stream gets what, files written. Run as a real process where streams matter."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import CASES, ROOT, SEED


def run(*args: str, stdin: bytes | None = None, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "clipper", *args], input=stdin, capture_output=True, env=full_env, cwd=cwd, timeout=120
    )


def test_parse_seed_json():
    r = run("parse", str(SEED))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["published"] == "2025-02-06T15:54" and len(data["body"]) == 7
    assert r.stderr == b""


def test_stdin_and_formats():
    r = run("parse", "-", "-f", "markdown", stdin=SEED.read_bytes())
    assert r.returncode == 0
    assert r.stdout.decode().startswith("---\ntitle: ")
    assert json.loads(run("parse", "-", "-f", "jsonl", stdin=SEED.read_bytes()).stdout)["language"] == "ko"
    text = run("parse", str(SEED), "-f", "text").stdout.decode()
    assert text.startswith("韓, AI") and "작게" not in text


def test_several_inputs_json_without_out_print_one_json_array_in_input_order(tmp_path):
    # `clipper parse *.html > records.json`: one valid JSON document, the records in input order.
    inputs = [str(SEED), str(CASES / "de-regional" / "input.txt")]
    r = run("parse", *inputs, "-j", "2")
    assert r.returncode == 0, r.stderr
    records = json.loads(r.stdout)
    assert [record["source"]["path"] for record in records] == inputs
    assert records[0]["language"] == "ko" and records[1]["language"] == "de"
    # A failing input is left out of the array (one line on stderr), the others are still there.
    missing = str(tmp_path / "missing.txt")
    r = run("parse", missing, *inputs)
    assert r.returncode == 1 and b"missing.txt: no such file" in r.stderr
    assert [record["source"]["path"] for record in json.loads(r.stdout)] == inputs
    # Nothing parsed: still a JSON document.
    r = run("parse", missing, str(tmp_path / "missing2.txt"))
    assert r.returncode == 1 and json.loads(r.stdout) == []


def test_several_inputs_for_a_one_record_writer_without_collection_is_usage_error(tmp_path):
    _make_plugin(
        tmp_path,
        """
        class Single:
            name = "single"
            extension = "single"
            streamable = False

            def write(self, article):
                return (article.title or "") + "\\n"
        """,
        "single = tinywriter:Single",
    )
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    r = run("parse", str(SEED), str(SEED), "-f", "single", env=env)
    assert r.returncode == 2
    assert b"jsonl" in r.stderr and b"--out" in r.stderr and r.stdout == b""


def test_jsonl_several_inputs_streams_in_order():
    inputs = [str(SEED), str(CASES / "de-regional" / "input.txt")]
    r = run("parse", *inputs, "-f", "jsonl")
    lines = r.stdout.decode().splitlines()
    assert r.returncode == 0 and len(lines) == 2
    assert [json.loads(line)["source"]["path"] for line in lines] == inputs


def test_out_dir_one_file_per_input(tmp_path):
    out = tmp_path / "out"
    r = run("parse", str(SEED), str(CASES / "ja-news" / "input.txt"), "-o", str(out), "-f", "markdown")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["etoday-ko-2025-02-06-sovereign-ai.md", "input.md"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left


def test_keep_chrome():
    data = json.loads(run("parse", str(SEED), "--keep-chrome").stdout)
    kinds = {c["kind"] for c in data["chrome"]}
    assert {"font_size", "reactions", "related", "ticker"} <= kinds
    assert all(len(c["lines"]) == 2 and c["lines"][0] <= c["lines"][1] for c in data["chrome"])


def test_failures_are_one_line_and_do_not_stop_others(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    png = tmp_path / "image.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    r = run("parse", str(empty), str(SEED), str(png), str(tmp_path / "missing.txt"), "-f", "jsonl")
    assert r.returncode == 1
    # A plain progress line appears when the run lasts over 5 s (a slow, busy machine).
    lines = [line for line in r.stderr.decode().strip().splitlines() if not re.match(r"clipper: \d+/\d+ files \(", line)]
    errors, summary = lines[:3], lines[3:]
    assert summary[0].startswith("clipper: 1 parsed, 0 empty body, 3 failed, 0 skipped in ")
    assert summary[1] == "clipper: failures by reason: empty input (1), not a text or HTML page (PNG image) (1), no such file (1)"
    assert len(summary) == 2
    assert "empty.txt" in errors[0] and "image.txt" in errors[1] and "PNG" in errors[1] and "missing.txt" in errors[2]
    assert b"Traceback" not in r.stderr
    assert len(r.stdout.decode().splitlines()) == 1  # the good input still came out


def test_unknown_writer_and_option_are_usage_errors():
    r = run("parse", str(SEED), "-f", "markdwn")
    assert r.returncode == 2
    assert b"available: json, jsonl, markdown, text" in r.stderr
    assert run("parse", str(SEED), "--no-such-option").returncode == 2


def test_version_help_writers():
    assert run("--version").stdout.decode().startswith("clipper 0.")
    for cmd in ([], ["parse"], ["writers"]):
        r = run(*cmd, "--help")
        assert r.returncode == 0 and b"Usage" in r.stdout
    lines = run("writers").stdout.decode().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["json", "jsonl", "markdown", "text"]
    assert all(line.endswith("built-in") for line in lines)


def test_page_without_article_is_a_warning_not_an_error(tmp_path):
    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nWeather\nContact us\n", encoding="utf-8")
    r = run("parse", str(menu))
    assert r.returncode == 0
    assert json.loads(r.stdout)["body"] == []
    assert b"no article body" in r.stderr


def _make_plugin(site: Path, module_body: str, target: str) -> None:
    (site / "tinywriter.py").write_text(textwrap.dedent(module_body), encoding="utf-8")
    dist = site / "tinywriter-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: tinywriter\nVersion: 0.1\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[clipper.writers]\n{target}\n", encoding="utf-8")


def test_third_party_writer_plugin(tmp_path):
    _make_plugin(
        tmp_path,
        """
        class TitleOnly:
            name = "title"
            extension = "title.txt"
            streamable = True

            def write(self, article):
                return "TITLE: " + (article.title or "") + "\\n"
        """,
        "title = tinywriter:TitleOnly",
    )
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    r = run("parse", str(SEED), "-f", "title", env=env)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("TITLE: 韓, AI")
    listing = run("writers", env=env).stdout.decode()
    assert "title\t.title.txt\tplugin (tinywriter)" in listing


def test_broken_plugin_warns_but_cli_works(tmp_path):
    _make_plugin(tmp_path, "raise ImportError('boom')\n", "broken = tinywriter:Nothing")
    env = {"PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}"}
    r = run("writers", env=env)
    assert r.returncode == 0
    assert b"broken" in r.stderr and b"boom" in r.stderr
    assert b"json\t.json" in r.stdout
    r = run("parse", str(SEED), env=env)
    assert r.returncode == 0 and json.loads(r.stdout)["language"] == "ko"


@pytest.mark.parametrize("tz,expected", [("Asia/Seoul", "2025-02-06T15:54+09:00"), ("+09:00", "2025-02-06T15:54+09:00")])
def test_tz_option(tz, expected):
    assert json.loads(run("parse", str(SEED), "--tz", tz).stdout)["published"] == expected


def test_bad_tz_is_usage_error():
    r = run("parse", str(SEED), "--tz", "Mars/Olympus")
    assert r.returncode == 2 and b"time zone" in r.stderr
