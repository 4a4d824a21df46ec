"""Inputs -> results: walking folders, planning outputs, worker processes, atomic writes.

Only this module and cli.py touch files. One bad input never costs the others their output:
every failure becomes an Outcome with a one-line reason, every output is written to a
temporary file and renamed, and a page that takes too long is stopped (timers in the
worker, a hard kill from the parent when the timers cannot fire).
"""

from __future__ import annotations

import errno
import fnmatch
import gc
import os
import signal
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ClipperError, InputTooLargeError, ParseTimeoutError
from .limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:  # the pipeline loads in the process that parses, not in the parent
    from .pipeline import Options
    from .writers import Writer

STDIN = "-"
# Extensions a folder walk picks up when no --glob is given (explicit files are always read).
PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
# Scrapers and crawlers often store pages gzipped; these are read transparently.
GZIP_SUFFIX = ".gz"
_WALKED_SUFFIXES = PAGE_SUFFIXES + tuple(suffix + GZIP_SUFFIX for suffix in PAGE_SUFFIXES)
# Per-file time limit by default: a normal page takes milliseconds; a page still running after
# this long is pathological and must not stall the run.
DEFAULT_TIMEOUT = 30.0
# --timeout counts CPU seconds, so a busy machine does not fail pages that are merely slowed
# down. A file is also stopped after this many times the limit on the clock (it is waiting,
# not computing: a stalled read, or a machine starved of CPU).
WALL_CLOCK_FACTOR = 3.0
# After the worker's own timers should have fired, how long the parent waits before killing it.
KILL_GRACE = 2.0
# On Ctrl-C, in-flight files get this long to finish before they are abandoned.
INTERRUPT_GRACE = 2.0
# Results held back so stdout stays in input order: at most this many per worker.
REORDER_WINDOW_PER_JOB = 64
# Marks our temporary files, so a later run can clean up what a killed run left behind.
TMP_SUFFIX = ".clipper-tmp"
# Why an input is skipped. Only a duplicate is worth a warning; up-to-date outputs are the point
# of --skip-existing.
ABANDONED = "interrupted before it finished"
UP_TO_DATE = "output is newer than the input"
DUPLICATE = "same file as input #{}"
# Errors after which every further write fails too: stop the batch instead of failing each file.
FATAL_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS}


class Status(str, Enum):
    PARSED = "parsed"
    EMPTY = "empty"  # parsed, but no article body was found (a warning, not a failure)
    FAILED = "failed"
    SKIPPED = "skipped"  # not parsed: output up to date, or the same file given twice


class InputError(ClipperError):
    """An input path that cannot be read (missing, unreadable, a symlink loop)."""


class OutputError(ClipperError):
    """An output that cannot be written; ``fatal`` when no later write can succeed (disk full)."""

    def __init__(self, message: str, *, fatal: bool = False) -> None:
        super().__init__(message)
        self.fatal = fatal


def shown(path: str) -> str:
    """A path as people read it: bytes that are not UTF-8 (surrogate-escaped) as \\xNN."""
    if path == STDIN:
        return "<stdin>"
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


# ---------------------------------------------------------------- reading


def _too_large(size: int, limit: int) -> InputTooLargeError:
    return InputTooLargeError(f"file is {size:,} bytes, over the {limit:,}-byte limit (--max-size)")


def read_input(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input, refused before reading when larger than ``max_bytes``.

    A gzip stream stays compressed here: the parse decompresses it (under the same cap).
    """
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"standard input is over the {max_bytes:,}-byte limit (--max-size)")
        return data
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError("symbolic link loop") from None
        raise InputError(exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory")
        if info.st_size > max_bytes:
            raise _too_large(info.st_size, max_bytes)
        # Read at most one byte past the cap: a FIFO or a file that grows cannot exhaust memory.
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise _too_large(total, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise InputError("is a directory") from None
        raise InputError(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


# ---------------------------------------------------------------- walking


@dataclass(frozen=True, slots=True)
class Input:
    """One input found on the command line or in a folder walk."""

    path: str
    rel: str  # path under --out, before the writer's extension ('a/b/page.txt')
    problem: str = ""  # set when the walk itself failed here (unlistable folder, symlink loop)


def _matches(rel: str, name: str, pattern: str | None) -> bool:
    if pattern is None:
        return name.lower().endswith(_WALKED_SUFFIXES)
    return fnmatch.fnmatchcase(rel if "/" in pattern else name, pattern)


def _walk(root: str, pattern: str | None, exclude: str | None) -> Iterator[Input]:
    """Files under ``root`` in sorted order; hidden entries and the output folder skipped.

    Symlinked folders are followed unless they lead back into a folder already on the
    current path (a loop), which is reported instead of walked forever.
    """
    stack: list[tuple[str, str, frozenset[str]]] = [(root, "", frozenset({os.path.realpath(root)}))]
    while stack:
        folder, rel_folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Input(folder, rel_folder, f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            rel = f"{rel_folder}/{entry.name}" if rel_folder else entry.name
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            if is_dir:
                real = os.path.realpath(entry.path)
                if exclude is not None and real == exclude:
                    continue
                if entry.is_symlink() and real in ancestors:
                    yield Input(entry.path, rel, "symbolic link loop (folder links back to its parent)")
                    continue
                subfolders.append((entry.path, rel, ancestors | {real}))
            elif _matches(rel, entry.name, pattern):
                yield Input(entry.path, rel)
        # Reverse so the stack pops folders in sorted order: the walk order is deterministic.
        stack.extend(reversed(subfolders))


def expand_inputs(paths: Iterable[str], pattern: str | None = None, exclude: Path | None = None) -> Iterator[Input]:
    """Files as given; folders walked recursively (a folder where a file is expected is walked)."""
    excluded = os.path.realpath(exclude) if exclude is not None else None
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path, pattern, excluded)
        else:
            yield Input(path, "stdin" if path == STDIN else os.path.basename(os.path.normpath(path)))


# ---------------------------------------------------------------- planning


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    path: str
    output: str | None  # None: render to stdout
    skip: str = ""  # reason not to parse this input (reported as skipped)
    problem: str = ""  # reason it failed before parsing (reported as failed)
    data: bytes | None = None  # standard input, read by the parent (workers have no stdin)


def read_stdin_once(tasks: list[Task], max_bytes: int) -> list[Task]:
    """Attach standard input to its task: worker processes cannot read the parent's stdin."""
    import dataclasses

    for i, task in enumerate(tasks):
        if task.path == STDIN and not task.skip and not task.problem:
            try:
                tasks[i] = dataclasses.replace(task, data=read_input(STDIN, max_bytes))
            except ClipperError as exc:
                tasks[i] = dataclasses.replace(task, problem=str(exc))
    return tasks


def _safe_rel(rel: str) -> str | None:
    """``rel`` with the input extension dropped, or None when it could leave the output folder."""
    parts = rel.replace("\\", "/").split("/")
    if not parts or any(p in ("", ".", "..") for p in parts) or os.path.isabs(rel):
        return None
    name = parts[-1]
    if name.lower().endswith(GZIP_SUFFIX) and len(name) > len(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]  # 'page.html.gz' -> 'page.json', like 'page.html'
    stem, _ext = os.path.splitext(name)
    parts[-1] = stem or name
    return "/".join(parts)


def plan(inputs: Iterable[Input], out_dir: Path | None, extension: str, *, skip_existing: bool = False) -> list[Task]:
    """One task per input: its output path (collisions numbered in input order), or why it is skipped.

    Two inputs that map to one output ('a.txt' and 'a.html') get 'a.json' and 'a-2.json';
    names are compared case-insensitively so the plan is the same on every file system.
    """
    tasks: list[Task] = []
    seen: dict[str, int] = {}
    taken: set[str] = set()
    root = os.path.abspath(out_dir) if out_dir is not None else None
    for item in inputs:
        index = len(tasks)
        key = item.path if item.path == STDIN else os.path.normpath(os.path.abspath(item.path))
        if key in seen and not item.problem:
            tasks.append(Task(index, item.path, None, skip=DUPLICATE.format(seen[key] + 1)))
            continue
        seen.setdefault(key, index)
        if item.problem:
            tasks.append(Task(index, item.path, None, problem=item.problem))
            continue
        if root is None:
            tasks.append(Task(index, item.path, None))
            continue
        stem = _safe_rel(item.rel)
        if stem is None:
            tasks.append(Task(index, item.path, None, problem=f"output name '{shown(item.rel)}' would leave --out"))
            continue
        candidate, n = f"{stem}.{extension}", 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem}-{n}.{extension}", n + 1
        taken.add(candidate.casefold())
        output = os.path.join(root, *candidate.split("/"))
        skip = ""
        if skip_existing and item.path != STDIN and _up_to_date(item.path, output):
            skip = UP_TO_DATE
        tasks.append(Task(index, item.path, output, skip=skip))
    return tasks


def _up_to_date(path: str, output: str) -> bool:
    try:
        return os.stat(output).st_mtime_ns >= os.stat(path).st_mtime_ns
    except OSError:
        return False


# ---------------------------------------------------------------- writing


def write_atomic(path: Path | str, text: str, root: str | None = None) -> None:
    """Write via a temporary file in the same folder and rename: never a partial file.

    With ``root``, the folder must resolve inside it (a symlink planted under --out cannot
    redirect a write elsewhere).
    """
    path = os.fspath(path)
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        if root is not None:
            real = os.path.realpath(folder)
            if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
                raise OutputError(f"cannot write {shown(path)}: its folder resolves outside --out")
        tmp = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}{TMP_SUFFIX}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    except OSError as exc:
        raise _output_error(path, exc) from None
    try:
        try:
            _write_all(fd, text.encode("utf-8"))
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _output_error(path, exc) from None
        raise


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _output_error(path: str, exc: OSError) -> OutputError:
    reason = "disk full" if exc.errno == errno.ENOSPC else (exc.strerror or str(exc)).lower()
    return OutputError(f"cannot write {shown(path)}: {reason}", fatal=exc.errno in FATAL_WRITE_ERRNOS)


def remove_stale_temp_files(folder: str) -> int:
    """Delete temporary files a killed run left under ``folder``; returns how many."""
    removed = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                try:
                    os.unlink(os.path.join(root, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def check_writable(folder: Path) -> None:
    """Fail early, once, when --out cannot be created or written (instead of once per file)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe.{os.getpid()}{TMP_SUFFIX}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot write to {shown(str(folder))}: {(exc.strerror or str(exc)).lower()}",
                          fatal=True) from None


# ---------------------------------------------------------------- one file


@dataclass(slots=True)
class Outcome:
    index: int
    path: str
    status: Status
    message: str = ""  # the failure, or the warnings joined by '; '
    output: str | None = None
    rendered: str | None = None  # the record, when it goes to stdout
    seconds: float = 0.0
    fatal: bool = False  # stop the batch (disk full)


@dataclass(frozen=True, slots=True)
class Job:
    """What every task of one run shares: how to parse, how to render, the limits."""

    options: Options
    writer: Writer
    timeout: float = DEFAULT_TIMEOUT
    out_root: str | None = None


class _Timeout(BaseException):
    """Raised by the soft timer; a BaseException so no 'except Exception' in the pipeline eats it."""


def _alarm(_signum: int, _frame: object) -> None:
    raise _Timeout()


def _timeout_message(seconds: float) -> str:
    return f"took longer than the {seconds:g}-second time limit (--timeout)"


def process(task: Task, job: Job) -> Outcome:
    """Read, parse, render and write one input; every failure becomes an Outcome."""
    from .pipeline import parse

    started = time.perf_counter()
    if task.skip:
        return Outcome(task.index, task.path, Status.SKIPPED, task.skip, output=task.output)
    if task.problem:
        return Outcome(task.index, task.path, Status.FAILED, task.problem)
    timer = job.timeout > 0 and hasattr(signal, "setitimer")
    if timer:
        previous = signal.signal(signal.SIGPROF, _alarm), signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_PROF, job.timeout)
        signal.setitimer(signal.ITIMER_REAL, job.timeout * WALL_CLOCK_FACTOR)
    try:
        data = task.data if task.data is not None else read_input(task.path, job.options.max_bytes)
        source = None if task.path == STDIN else shown(task.path)
        article = parse(data, source=source, options=job.options)
        rendered = job.writer.write(article)
        if task.output is not None:
            write_atomic(task.output, rendered, job.out_root)
            rendered = None
    except _Timeout:
        return Outcome(task.index, task.path, Status.FAILED, _timeout_message(job.timeout))
    except OutputError as exc:
        return Outcome(task.index, task.path, Status.FAILED, str(exc), fatal=exc.fatal)
    except ClipperError as exc:
        return Outcome(task.index, task.path, Status.FAILED, str(exc))
    except MemoryError:
        return Outcome(task.index, task.path, Status.FAILED, "out of memory")
    except RecursionError:
        return Outcome(task.index, task.path, Status.FAILED, "input nested too deeply")
    except Exception as exc:  # a bug on one page must not cost the others (nor print a traceback)
        return Outcome(task.index, task.path, Status.FAILED, f"internal error ({type(exc).__name__}: {exc}); please report it")
    finally:
        if timer:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGPROF, previous[0])
            signal.signal(signal.SIGALRM, previous[1])
    status = Status.PARSED if article.body else Status.EMPTY
    return Outcome(task.index, task.path, status, "; ".join(article.warnings), output=task.output,
                   rendered=rendered, seconds=time.perf_counter() - started)


# ---------------------------------------------------------------- many files


def _worker(conn, job: Job) -> None:  # noqa: ANN001 - a multiprocessing Connection
    """Worker loop: tasks in, outcomes out, until the parent closes the pipe or says stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # SIGTERM from the parent: unwind, so write_atomic removes its temporary file.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    from . import pipeline  # noqa: F401 - load the pipeline once, before the first task

    warm_up()
    # The worker process is clipper's own, not a host's: its loaded modules, tables and model
    # live until it exits, so they are moved out of the cyclic collector's sight. Every full
    # collection would otherwise walk them again (tens of thousands of objects) to find
    # nothing; the per-page objects are still collected as before, so memory stays flat
    # (speed.py's memory measure). The library never does this: parse() leaves its host's
    # collector alone.
    gc.freeze()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        conn.send(process(task, job))


def warm_up() -> None:
    """Load what every parse needs (pipeline, language tables, language-ID model) once."""
    from .lexicon import default_lexicon
    from .metadata.language import detect_language

    default_lexicon()
    detect_language("The language identifier loads its model on first use. " * 2)


@dataclass(slots=True)
class _Slot:
    process: object
    conn: object
    task: Task | None = None
    started: float = 0.0


def _context():
    import multiprocessing

    # fork starts a worker in milliseconds and shares the parent's loaded modules; elsewhere spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return multiprocessing.get_context(method)


@dataclass(slots=True)
class Runner:
    """Runs tasks on ``jobs`` worker processes and yields outcomes in input order.

    Each worker holds one task at a time, so a slow page delays nobody but itself; a
    worker whose timers did not stop it (``WALL_CLOCK_FACTOR`` times the limit plus
    ``KILL_GRACE`` on the clock) is killed and replaced.
    """

    job: Job
    jobs: int
    on_done: Callable[[Outcome], None] = lambda outcome: None
    interrupted: bool = False
    _stop_deadline: float = 0.0
    _slots: list[_Slot] = field(default_factory=list)

    def _start(self) -> _Slot:
        ctx = _context()
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_worker, args=(child, self.job), daemon=True)
        proc.start()
        child.close()
        return _Slot(proc, parent)

    @property
    def _hard_limit(self) -> float:
        return self.job.timeout * WALL_CLOCK_FACTOR + KILL_GRACE

    def request_stop(self) -> None:
        """Ctrl-C: hand out no more work; in-flight files get INTERRUPT_GRACE to finish."""
        if not self.interrupted:
            self.interrupted = True
            self._stop_deadline = time.monotonic() + INTERRUPT_GRACE

    def run(self, tasks: list[Task]) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        if _context().get_start_method() == "fork":
            warm_up()  # forked workers share the loaded tables instead of each loading them

        window = max(1, self.jobs) * REORDER_WINDOW_PER_JOB
        done: dict[int, Outcome] = {}
        cursor = next_out = 0
        self._slots = [self._start() for _ in range(max(1, min(self.jobs, len(tasks))))]
        try:
            while next_out < len(tasks):
                # Hand out work; skipped and failed-before-parsing tasks need no worker.
                for slot in self._slots:
                    while slot.task is None and cursor < len(tasks) and cursor < next_out + window:
                        if self.interrupted:
                            break
                        task = tasks[cursor]
                        cursor += 1
                        if task.skip or task.problem:
                            self._finish(done, process(task, self.job))
                            continue
                        slot.conn.send(task)
                        slot.task, slot.started = task, time.monotonic()
                while next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                busy = [s for s in self._slots if s.task is not None]
                if not busy:
                    if self.interrupted or cursor >= len(tasks):
                        break
                    continue
                ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout=0.2)
                now = time.monotonic()
                for slot in busy:
                    if slot.conn in ready:
                        try:
                            outcome = slot.conn.recv()
                        except (EOFError, OSError):
                            outcome = None
                        if outcome is not None:
                            slot.task = None
                            self._finish(done, outcome)
                            if outcome.fatal:
                                self.request_stop()
                            continue
                    if slot.task is not None and (slot.process.sentinel in ready or not slot.process.is_alive()):
                        self._replace(slot, done, f"worker crashed (exit code {slot.process.exitcode})")
                    elif slot.task is not None and self.job.timeout > 0 and now - slot.started > self._hard_limit:
                        self._replace(slot, done, _timeout_message(self.job.timeout))
                if self.interrupted and now > self._stop_deadline:
                    break
        finally:
            for outcome in self._stop():
                self._finish(done, outcome)
        # After an interruption: what finished, in input order, gaps and all.
        for index in sorted(done):
            yield done.pop(index)

    def _finish(self, done: dict[int, Outcome], outcome: Outcome) -> None:
        done[outcome.index] = outcome
        self.on_done(outcome)

    def _replace(self, slot: _Slot, done: dict[int, Outcome], message: str) -> None:
        task = slot.task
        assert task is not None
        _kill(slot.process)
        _remove_temp(task.output)
        self._finish(done, Outcome(task.index, task.path, Status.FAILED, message))
        fresh = self._start()
        slot.process, slot.conn, slot.task = fresh.process, fresh.conn, None

    def _stop(self) -> list[Outcome]:
        """Close every worker; in-flight tasks are abandoned and come back as skipped."""
        abandoned = []
        for slot in self._slots:
            try:
                slot.conn.send(None)
            except (OSError, ValueError):
                pass
        deadline = time.monotonic() + 1.0
        for slot in self._slots:
            if slot.task is not None:
                slot.process.terminate()  # abandoned: SIGTERM lets it remove its temporary file
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                _kill(slot.process)
            if slot.task is not None:
                _remove_temp(slot.task.output)
                abandoned.append(Outcome(slot.task.index, slot.task.path, Status.SKIPPED, ABANDONED))
            slot.conn.close()
        self._slots = []
        return abandoned


def _kill(proc) -> None:  # noqa: ANN001 - a multiprocessing Process
    proc.kill()
    proc.join(5)


def _remove_temp(output: str | None) -> None:
    if output is None:
        return
    folder, name = os.path.split(output)
    try:
        for entry in os.scandir(folder):
            if entry.name.startswith(f".{name}.") and entry.name.endswith(TMP_SUFFIX):
                os.unlink(entry.path)
    except OSError:
        pass


def run_in_process(tasks: list[Task], job: Job, on_done: Callable[[Outcome], None]) -> Iterator[Outcome]:
    """Tasks one after another in this process (one input: no worker start-up to pay)."""
    for task in tasks:
        outcome = process(task, job)
        on_done(outcome)
        yield outcome
