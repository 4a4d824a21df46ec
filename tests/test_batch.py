"""batch.py in-process: walking, output planning, reading limits, atomic writes, time limits, the pool."""

from __future__ import annotations

import errno
import gzip
import io
import json
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from clipper import batch
from clipper.batch import (
    DUPLICATE,
    Job,
    OutputError,
    Runner,
    Status,
    Task,
    expand_inputs,
    plan,
    process,
    read_input,
    remove_stale_temp_files,
    write_atomic,
)
from clipper.errors import InputTooLargeError
from clipper.pipeline import Options
from clipper.writers import Registry

from .conftest import CASES, SEED

JSON = Registry.builtin().get("json")
HTML_PAGE = """<!doctype html><html><head><title>Harbour ferry returns after repairs - Coastline Post</title></head>
<body><nav><a href="/">Home</a> | <a href="/local">Local</a></nav>
<h1>Harbour ferry returns after repairs</h1>
<p>The ferry between the harbour and the island is running again after three weeks in dry dock,
the operator said on Monday, and the first crossing left on time with more than eighty passengers.</p>
<p>Repairs to the propeller shaft took longer than planned because a part had to be made to order,
and the company said it would refund season tickets for the days without service.</p>
<footer>© 2025 Coastline Post. All rights reserved.</footer></body></html>
"""


def make_tree(root: Path) -> None:
    """Nested folders, mixed formats, a hidden file, a name collision, a non-page file."""
    (root / "ko").mkdir(parents=True)
    (root / "ko" / "etoday.txt").write_bytes(SEED.read_bytes())
    (root / "de" / "2025").mkdir(parents=True)
    (root / "de" / "2025" / "regional.txt").write_bytes((CASES / "de-regional" / "input.txt").read_bytes())
    (root / "en").mkdir()
    (root / "en" / "ferry.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "en" / "wire.txt").write_bytes((CASES / "en-wire-wrapped" / "input.txt").read_bytes())
    (root / "en" / "wire.html").write_text(HTML_PAGE, encoding="utf-8")  # same stem as wire.txt
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text("hidden folder", encoding="utf-8")
    (root / "en" / ".draft.txt").write_text("hidden file", encoding="utf-8")
    (root / "en" / "notes.csv").write_text("a,b\n", encoding="utf-8")


def rels(inputs, root: Path) -> list[str]:
    return [os.path.relpath(i.path, root) for i in inputs]


def test_walk_is_recursive_sorted_and_skips_hidden_and_non_pages(tmp_path):
    make_tree(tmp_path)
    found = list(expand_inputs([str(tmp_path)]))
    assert rels(found, tmp_path) == ["de/2025/regional.txt", "en/ferry.html", "en/wire.html", "en/wire.txt", "ko/etoday.txt"]
    assert [i.rel for i in found] == rels(found, tmp_path)


def test_glob_filters_by_name_or_relative_path(tmp_path):
    make_tree(tmp_path)
    assert rels(expand_inputs([str(tmp_path)], "*.html"), tmp_path) == ["en/ferry.html", "en/wire.html"]
    assert rels(expand_inputs([str(tmp_path)], "de/*/*.txt"), tmp_path) == ["de/2025/regional.txt"]
    assert rels(expand_inputs([str(tmp_path)], "*.csv"), tmp_path) == ["en/notes.csv"]


def test_output_folder_inside_the_input_is_not_walked(tmp_path):
    make_tree(tmp_path)
    out = tmp_path / "out"
    (out / "ko").mkdir(parents=True)
    (out / "ko" / "etoday.txt").write_text("an earlier output, not an input", encoding="utf-8")
    assert "out/ko/etoday.txt" not in rels(expand_inputs([str(tmp_path)], exclude=out), tmp_path)


def test_plan_mirrors_the_tree_and_numbers_collisions_in_input_order(tmp_path):
    make_tree(tmp_path)
    out = tmp_path / "out"
    tasks = plan(expand_inputs([str(tmp_path)], exclude=out), out, "json")
    outputs = [os.path.relpath(t.output, out) for t in tasks]
    assert outputs == ["de/2025/regional.json", "en/ferry.json", "en/wire.json", "en/wire-2.json", "ko/etoday.json"]
    # The same tree gives the same plan: a resumed run writes to the same names.
    again = plan(expand_inputs([str(tmp_path)], exclude=out), out, "json")
    assert [t.output for t in again] == [t.output for t in tasks]


def test_collisions_ignore_case(tmp_path):
    (tmp_path / "Page.txt").write_text("x", encoding="utf-8")
    (tmp_path / "page.txt").write_text("y", encoding="utf-8")
    tasks = plan(expand_inputs([str(tmp_path)]), tmp_path / "out", "md")
    assert [os.path.basename(t.output) for t in tasks] == ["Page.md", "page-2.md"]


def test_same_input_twice_is_parsed_once(tmp_path):
    tasks = plan(expand_inputs([str(SEED), str(SEED.parent / ".." / SEED.parent.name / SEED.name)]), None, "json")
    assert tasks[0].skip == "" and tasks[1].skip == DUPLICATE.format(1)
    assert process(tasks[1], Job(Options(), JSON)).status is Status.SKIPPED


@pytest.mark.parametrize("rel", ["../evil.txt", "a/../../evil.txt", "/etc/passwd", "a//b.txt", "."])
def test_no_output_name_can_leave_out(tmp_path, rel):
    tasks = plan([batch.Input("x.txt", rel)], tmp_path / "out", "json")
    assert tasks[0].output is None and "would leave --out" in tasks[0].problem


def test_input_given_with_dots_lands_inside_out(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    (tmp_path / "page.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path / "in")
    tasks = plan(expand_inputs(["../page.txt"]), tmp_path / "out", "json")
    assert tasks[0].output == str(tmp_path / "out" / "page.json")


def test_symlink_planted_in_out_cannot_redirect_a_write(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="outside --out"):
        write_atomic(out / "sub" / "page.json", "{}", os.path.realpath(out))
    assert list(elsewhere.iterdir()) == []


def test_symlink_loops(tmp_path):
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "page.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "site" / "again").symlink_to(tmp_path / "site")  # a folder that contains itself
    (tmp_path / "site" / "self.txt").symlink_to(tmp_path / "site" / "self.txt")  # a link to itself
    found = list(expand_inputs([str(tmp_path / "site")]))
    problems = {i.rel: i.problem for i in found if i.problem}
    assert problems == {"again": "symbolic link loop (folder links back to its parent)"}
    outcome = process(Task(0, str(tmp_path / "site" / "self.txt"), None), Job(Options(), JSON))
    assert outcome.status is Status.FAILED and outcome.message == "symbolic link loop"


def test_read_input_limits_and_errors(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing read
    with pytest.raises(InputTooLargeError, match=r"104,857,600 bytes, over the 20,971,520-byte limit \(--max-size\)"):
        read_input(str(big))
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 2048)
    with pytest.raises(InputTooLargeError):
        read_input(str(small), 1024)
    assert read_input(str(small), 4096) == b"x" * 2048
    with pytest.raises(batch.InputError, match="no such file"):
        read_input(str(tmp_path / "missing.txt"))
    with pytest.raises(batch.InputError, match="is a directory"):
        read_input(str(tmp_path))


def test_gzipped_pages_are_walked_and_named_like_the_page(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (tmp_path / "a" / "notes.gz").write_bytes(gzip.compress(b"not a page name"))
    (tmp_path / "two.html.gz").write_bytes(gzip.compress(HTML_PAGE.encode()))
    found = list(expand_inputs([str(tmp_path)]))
    assert rels(found, tmp_path) == ["two.html.gz", "a/seed.txt.gz"]
    tasks = plan(found, tmp_path / "out", "json")
    assert [os.path.relpath(t.output, tmp_path / "out") for t in tasks] == ["two.json", "a/seed.json"]
    outcomes = list(Runner(Job(Options(), JSON, out_root=os.path.realpath(tmp_path / "out")), 1).run(tasks))
    assert [o.status for o in outcomes] == [Status.PARSED, Status.PARSED]
    assert json.loads((tmp_path / "out" / "two.json").read_text())["title"] == "Harbour ferry returns after repairs"


def test_unreadable_file_is_one_failure(tmp_path, monkeypatch):
    page = tmp_path / "locked.txt"
    page.write_bytes(SEED.read_bytes())
    real_open = os.open

    def deny(path, *args, **kwargs):
        if os.fspath(path) == str(page):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(batch.os, "open", deny)
    outcome = process(Task(0, str(page), None), Job(Options(), JSON))
    assert (outcome.status, outcome.message) == (Status.FAILED, "permission denied")


def test_write_atomic_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out" / "page.json"
    write_atomic(target, "old\n")

    def full(_fd, _data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch, "_write_all", full)
    with pytest.raises(OutputError) as err:
        write_atomic(target, "new\n")
    assert err.value.fatal and str(err.value).endswith("page.json: disk full")
    assert target.read_text() == "old\n"  # the earlier output is untouched
    assert [p.name for p in target.parent.iterdir()] == ["page.json"]  # no temporary file left


def test_stale_temp_files_are_removed(tmp_path):
    (tmp_path / "a").mkdir()
    stale = tmp_path / "a" / f".page.json.123{batch.TMP_SUFFIX}"
    stale.write_text("half", encoding="utf-8")
    keep = tmp_path / "a" / ".keep"
    keep.write_text("user file", encoding="utf-8")
    assert remove_stale_temp_files(str(tmp_path)) == 1
    assert not stale.exists() and keep.exists()


def test_time_limit_counts_cpu_seconds_and_stops_a_busy_page(monkeypatch):
    import clipper.pipeline

    def busy(*_args, **_kwargs):
        while True:
            pass

    monkeypatch.setattr(clipper.pipeline, "parse", busy)
    started = time.monotonic()
    outcome = process(Task(0, str(SEED), None), Job(Options(), JSON, timeout=0.3))
    assert time.monotonic() - started < 5
    assert outcome.message == "took longer than the 0.3-second time limit (--timeout)"


def test_a_waiting_page_is_stopped_by_the_clock(monkeypatch):
    import clipper.pipeline

    def waiting(*_args, **_kwargs):
        time.sleep(10)  # uses no CPU: only the wall-clock timer (3x the limit) can stop it

    monkeypatch.setattr(clipper.pipeline, "parse", waiting)
    started = time.monotonic()
    outcome = process(Task(0, str(SEED), None), Job(Options(), JSON, timeout=0.3))
    assert 0.8 < time.monotonic() - started < 5
    assert outcome.message == "took longer than the 0.3-second time limit (--timeout)"


def test_runner_kills_a_worker_the_soft_timer_cannot_stop(tmp_path, monkeypatch):
    """A page stuck where the timer signal cannot reach it: the parent kills and replaces the worker."""
    import clipper.pipeline

    real_parse = clipper.pipeline.parse

    def stuck(data, **kwargs):
        if b"STUCK" in data:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM, signal.SIGPROF})
            time.sleep(60)
        return real_parse(data, **kwargs)

    monkeypatch.setattr(clipper.pipeline, "parse", stuck)
    monkeypatch.setattr(batch, "KILL_GRACE", 0.5)
    monkeypatch.setattr(batch, "WALL_CLOCK_FACTOR", 1.0)
    (tmp_path / "stuck.txt").write_bytes(b"STUCK " + SEED.read_bytes())
    (tmp_path / "ok.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "ok2.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    tasks = plan(expand_inputs([str(tmp_path)], exclude=out), out, "json")
    job = Job(Options(), JSON, timeout=0.5, out_root=os.path.realpath(out))
    if not hasattr(os, "fork"):
        pytest.skip("needs fork to carry the patched parse into workers")
    started = time.monotonic()
    outcomes = list(Runner(job, 1).run(tasks))
    assert time.monotonic() - started < 20
    assert [(Path(o.path).name, o.status) for o in outcomes] == [
        ("ok.txt", Status.PARSED), ("ok2.txt", Status.PARSED), ("stuck.txt", Status.FAILED)]
    assert "time limit" in outcomes[2].message
    assert sorted(p.name for p in out.iterdir()) == ["ok.json", "ok2.json"]


def test_runner_keeps_input_order_and_matches_one_job(tmp_path):
    make_tree(tmp_path)
    tasks = plan(expand_inputs([str(tmp_path)]), None, "jsonl")
    jsonl = Registry.builtin().get("jsonl")
    job = Job(Options(), jsonl)
    one = [o.rendered for o in Runner(job, 1).run(tasks)]
    two = [o.rendered for o in Runner(job, 2).run(tasks)]
    assert one == two
    assert [json.loads(r)["source"]["path"] for r in two] == [t.path for t in tasks]


def test_disk_full_stops_the_run(tmp_path, monkeypatch):
    for i in range(6):
        (tmp_path / f"p{i}.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"

    def fill_up(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(batch, "_write_all", fill_up)
    tasks = plan(expand_inputs([str(tmp_path)], exclude=out), out, "json")
    runner = Runner(Job(Options(), JSON, out_root=os.path.realpath(out)), 1)
    outcomes = list(runner.run(tasks))
    assert runner.interrupted  # stopped instead of failing every remaining file
    assert outcomes[0].fatal and outcomes[0].message.endswith("disk full")
    assert len(outcomes) < len(tasks)
    assert not [p for p in out.rglob("*") if p.is_file()]  # no partial or temporary file


def test_a_bug_on_one_page_is_one_failure_not_a_crash(tmp_path, monkeypatch):
    import clipper.pipeline

    def buggy(*_args, **_kwargs):
        raise ValueError("unexpected shape")

    monkeypatch.setattr(clipper.pipeline, "parse", buggy)
    outcome = process(Task(0, str(SEED), None), Job(Options(), JSON))
    assert outcome.status is Status.FAILED
    assert outcome.message == "internal error (ValueError: unexpected shape); please report it"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_plain_lines_bar_on_terminal_and_quiet(monkeypatch, capsys):
    from clipper import progress

    outcomes = [batch.Outcome(i, f"p{i}.txt", Status.PARSED) for i in range(3)]
    monkeypatch.setattr(progress, "PLAIN_INTERVAL", 0.0)
    plain = progress.reporter(False, io.StringIO())
    assert type(plain) is progress.Plain
    plain.start(progress.Tally(3))
    for o in outcomes:
        plain.update(o)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3 and lines[-1].startswith("clipper: 3/3 files (100%), ") and "files/s, ETA 0 s" in lines[-1]

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = progress.reporter(False, terminal)
    assert type(bar) is progress.Bar
    bar.start(progress.Tally(3))
    for o in outcomes:
        bar.update(o)
    bar.say("page.txt: a failure above the bar")
    bar.close()
    assert "page.txt: a failure above the bar" in terminal.getvalue()
    assert bar.tally.done == 3

    quiet = progress.reporter(True, terminal)
    assert type(quiet) is progress.Quiet


def test_summary_groups_failures_by_reason():
    from clipper import progress

    tally = progress.Tally(4)
    for i, message in enumerate(["file is 1,000 bytes, over the 10-byte limit", "file is 2,000 bytes, over the 10-byte limit",
                                 "cannot write /out/a.json: disk full"]):
        tally.add(batch.Outcome(i, "x", Status.FAILED, message))
    tally.add(batch.Outcome(3, "y", Status.EMPTY))
    lines = tally.summary(interrupted=True)
    assert lines[0].startswith("interrupted: 0 parsed, 1 empty body, 3 failed, 0 skipped in ")
    assert lines[0].endswith("; 0 not started")
    assert lines[1] == "failures by reason: file is N bytes, over the N-byte limit (2), cannot write: disk full (1)"
