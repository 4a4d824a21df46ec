"""`clipper parse DIR -o OUT` as a real process: exit codes, streams, files, interruption, resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CASES, ROOT, SEED
from .test_batch import make_tree
from .test_cli import run

PAGES = [SEED, *sorted(CASES.glob("*/input.txt"))]


def popen(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "clipper", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, start_new_session=True)


def many_pages(root: Path, n: int) -> None:
    for i in range(n):
        folder = root / f"site{i % 4}" / f"{i // 40:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page{i:04d}.txt").write_bytes(PAGES[i % len(PAGES)].read_bytes())


def outputs(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*") if p.is_file())


def test_folder_to_out_mirrors_the_tree(tmp_path):
    make_tree(tmp_path / "in")
    out = tmp_path / "out"
    r = run("parse", str(tmp_path / "in"), "-o", str(out), "-j", "2")
    assert r.returncode == 0, r.stderr
    assert [str(p.relative_to(out)) for p in outputs(out)] == [
        "de/2025/regional.json", "en/ferry.json", "en/wire-2.json", "en/wire.json", "ko/etoday.json"]
    assert json.loads((out / "en" / "wire-2.json").read_text())["source"]["path"].endswith("wire.txt")
    assert r.stdout == b""
    assert r.stderr.decode().splitlines()[-1].startswith("clipper: 5 parsed, 0 empty body, 0 failed, 0 skipped in ")


def test_jsonl_stream_is_in_input_order_and_reproducible(tmp_path):
    make_tree(tmp_path)
    one = run("parse", str(tmp_path), "-f", "jsonl", "-j", "1", "-q")
    two = run("parse", str(tmp_path), "-f", "jsonl", "-j", "2", "-q")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and one.stderr == two.stderr == b""
    paths = [json.loads(line)["source"]["path"] for line in two.stdout.decode().splitlines()]
    assert [os.path.relpath(p, tmp_path) for p in paths] == [
        "de/2025/regional.txt", "en/ferry.html", "en/wire.html", "en/wire.txt", "ko/etoday.txt"]


def test_report_has_one_line_per_input(tmp_path):
    make_tree(tmp_path / "in")
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "in" / "menu.txt").write_text("Home\nNews\nSport\nWeather\nContact us\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    r = run("parse", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--report", str(report))
    assert r.returncode == 1
    rows = [json.loads(line) for line in report.read_text().splitlines()]
    assert len(rows) == 7
    by_name = {Path(row["path"]).name: row for row in rows}
    assert by_name["broken.txt"]["status"] == "failed" and "PNG" in by_name["broken.txt"]["message"]
    assert by_name["broken.txt"]["output"] is None
    assert by_name["menu.txt"]["status"] == "empty" and by_name["menu.txt"]["output"].endswith("menu.json")
    assert by_name["etoday.txt"]["status"] == "parsed"
    lines = r.stderr.decode().splitlines()
    assert lines[-2].startswith("clipper: 5 parsed, 1 empty body, 1 failed, 0 skipped in ")
    assert lines[-1] == "clipper: failures by reason: not a text or HTML page (PNG image) (1)"


def test_page_with_text_but_no_article_is_empty_not_failed(tmp_path):
    menu = tmp_path / "menu.txt"
    menu.write_text("Home\nNews\nSport\nWeather\nContact us\n", encoding="utf-8")
    r = run("parse", str(menu), str(SEED), "-o", str(tmp_path / "out"))
    assert r.returncode == 0
    assert b"warning: " + str(menu).encode() + b": no article body found" in r.stderr
    assert b"1 parsed, 1 empty body, 0 failed" in r.stderr


def test_quiet_prints_only_errors(tmp_path):
    make_tree(tmp_path)
    (tmp_path / "menu.txt").write_text("Home\nNews\nSport\n", encoding="utf-8")
    r = run("parse", str(tmp_path), "-o", str(tmp_path / "out"), "-q")
    assert r.returncode == 0 and r.stderr == b""


@pytest.mark.parametrize(
    "args,code,message",
    [
        (["--max-size", "1KB"], 1, "over the 1,024-byte limit (--max-size)"),
        (["--max-size", "lots"], 2, "--max-size 'lots': expected a size such as 20MB"),
        (["--jobs", "-1"], 2, "--jobs must be 1 or more"),
        (["--skip-existing"], 2, "--skip-existing needs --out"),
    ],
)
def test_limits_and_usage(args, code, message):
    r = run("parse", str(SEED), *args)
    assert r.returncode == code
    assert message.encode() in r.stderr and b"Traceback" not in r.stderr
    assert len(r.stderr.decode().strip().splitlines()) == 1


def test_100_mb_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    started = time.monotonic()
    r = run("parse", str(big))
    assert time.monotonic() - started < 30
    assert r.returncode == 1
    assert r.stderr.decode() == (
        f"clipper: {big}: file is 104,857,600 bytes, over the 20,971,520-byte limit (--max-size)\n")


def test_bad_inputs_each_one_line(tmp_path):
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "inside.txt").write_bytes(SEED.read_bytes())
    r = run("parse", str(tmp_path / "missing.txt"), str(tmp_path / "loop.txt"), str(tmp_path / "folder"),
            str(SEED), str(SEED), "-f", "jsonl")
    assert r.returncode == 1
    err = r.stderr.decode()
    assert f"clipper: {tmp_path / 'missing.txt'}: no such file\n" in err
    assert f"clipper: {tmp_path / 'loop.txt'}: symbolic link loop\n" in err
    assert f"clipper: warning: {SEED}: skipped: same file as input #4\n" in err
    # The folder was walked; the seed given twice came out once.
    paths = [json.loads(line)["source"]["path"] for line in r.stdout.decode().splitlines()]
    assert paths == [str(tmp_path / "folder" / "inside.txt"), str(SEED)]
    assert b"Traceback" not in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes regardless of permissions")
def test_unreadable_file_and_unwritable_out_as_a_user(tmp_path):
    locked = tmp_path / "locked.txt"
    locked.write_bytes(SEED.read_bytes())
    locked.chmod(0)
    r = run("parse", str(locked))
    assert r.returncode == 1 and r.stderr.decode() == f"clipper: {locked}: permission denied\n"
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    r = run("parse", str(SEED), "-o", str(ro / "out"))
    assert r.returncode == 1 and b"cannot write to" in r.stderr and b"permission denied" in r.stderr


def test_out_that_cannot_be_created_fails_once(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    make_tree(tmp_path / "in")
    r = run("parse", str(tmp_path / "in"), "-o", str(blocker / "out"))
    assert r.returncode == 1
    assert r.stderr.decode() == f"clipper: error: cannot write to {blocker / 'out'}: not a directory\n"
    r = run("parse", str(SEED), "-o", str(blocker))
    assert r.returncode == 2 and b"exists and is not a folder" in r.stderr


def test_file_name_that_is_not_utf8(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    r = run("parse", str(folder), str(folder / "missing-\udce9.txt"), "-o", str(out))
    assert r.returncode == 1
    assert os.listdir(out) == [os.fsdecode(b"caf\xe9.json")]  # the name's bytes are kept
    record = json.loads((out / os.fsdecode(b"caf\xe9.json")).read_text(encoding="utf-8"))
    assert record["source"]["path"].endswith("caf\\xe9.txt")
    assert "missing-\\xe9.txt: no such file" in r.stderr.decode()


def test_skip_existing_resumes(tmp_path):
    many_pages(tmp_path / "in", 12)
    out = tmp_path / "out"
    assert run("parse", str(tmp_path / "in"), "-o", str(out), "-q").returncode == 0
    first = {p: p.stat().st_mtime_ns for p in outputs(out)}
    assert len(first) == 12
    changed = tmp_path / "in" / "site1" / "000" / "page0001.txt"
    later = time.time() + 5
    os.utime(changed, (later, later))
    (out / "site2" / "000" / "page0002.json").unlink()
    report = tmp_path / "r.jsonl"
    r = run("parse", str(tmp_path / "in"), "-o", str(out), "--skip-existing", "--report", str(report))
    assert r.returncode == 0
    assert b"2 parsed, 0 empty body, 0 failed, 10 skipped" in r.stderr
    parsed = sorted(Path(row["path"]).name for row in map(json.loads, report.read_text().splitlines())
                    if row["status"] == "parsed")
    assert parsed == ["page0001.txt", "page0002.txt"]
    assert len(outputs(out)) == 12


def _wait_for_outputs(out: Path, n: int, proc: subprocess.Popen, limit: float = 60) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if out.exists() and sum(1 for p in out.rglob("*.json")) >= n:
            return
        if proc.poll() is not None:
            pytest.fail(f"run ended early: {proc.stderr.read().decode()}")
        time.sleep(0.05)
    pytest.fail("no outputs appeared")


def _all_parse(out: Path) -> int:
    files = [p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")]
    for p in files:
        json.loads(p.read_text(encoding="utf-8"))  # a partial file would not parse
    return len(files)


def test_ctrl_c_stops_cleanly_with_130(tmp_path):
    many_pages(tmp_path / "in", 300)
    out = tmp_path / "out"
    proc = popen("parse", str(tmp_path / "in"), "-o", str(out), "-j", "2")
    _wait_for_outputs(out, 5, proc)
    proc.send_signal(signal.SIGINT)
    _stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    lines = stderr.decode().splitlines()
    assert any(line.startswith("clipper: interrupted: ") and "not started" in line for line in lines)
    assert b"Traceback" not in stderr
    written = _all_parse(out)
    assert 5 <= written < 300
    assert not [p for p in out.rglob(".*")]  # no temporary files left behind


def test_kill_9_leaves_only_whole_files_and_a_rerun_completes(tmp_path):
    many_pages(tmp_path / "in", 200)
    out = tmp_path / "out"
    proc = popen("parse", str(tmp_path / "in"), "-o", str(out), "-j", "2")
    _wait_for_outputs(out, 5, proc)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, mid-write or not
    proc.communicate(timeout=30)
    written = _all_parse(out)
    assert written < 200
    r = run("parse", str(tmp_path / "in"), "-o", str(out), "--skip-existing", "-j", "2")
    assert r.returncode == 0, r.stderr
    assert _all_parse(out) == 200
    assert f"{200 - written} parsed".encode() in r.stderr or b"empty body" in r.stderr
    assert not [p for p in out.rglob(".*")]


def test_stdin_among_other_inputs(tmp_path):
    r = run("parse", str(CASES / "de-regional" / "input.txt"), "-", "-f", "jsonl", "-q", stdin=SEED.read_bytes())
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert [rec["source"]["path"] for rec in records] == [str(CASES / "de-regional" / "input.txt"), None]
    assert records[1]["language"] == "ko"
    out = tmp_path / "out"
    assert run("parse", "-", str(SEED), "-o", str(out), "-q", stdin=SEED.read_bytes()).returncode == 0
    assert sorted(p.name for p in out.iterdir()) == ["etoday-ko-2025-02-06-sovereign-ai.json", "stdin.json"]


def test_report_in_a_missing_folder_is_a_usage_error(tmp_path):
    r = run("parse", str(SEED), "--report", str(tmp_path / "no" / "such" / "report.jsonl"))
    assert r.returncode == 2 and r.stdout == b""
    assert r.stderr.decode().startswith("clipper: error: --report ") and len(r.stderr.splitlines()) == 1
