"""The command line: arguments -> pipeline -> exit codes. Data on stdout, messages on stderr.

No ``from __future__ import annotations`` here: typer reads the commands' annotations, and
string annotations would make it compile and evaluate each one on every start (~3 ms).
"""

import json
import os
import re
import signal
import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .batch import (
    DEFAULT_TIMEOUT,
    STDIN,
    TMP_SUFFIX,
    UP_TO_DATE,
    Job,
    Outcome,
    OutputError,
    Runner,
    Status,
    Task,
    check_writable,
    expand_inputs,
    plan,
    read_stdin_once,
    remove_stale_temp_files,
    run_in_process,
    shown,
)
from .errors import UnknownWriterError
from .model import InputFormat
from .writers import Registry, Writer


class ExitCode(IntEnum):
    OK = 0  # every input parsed (an empty body is a warning, not a failure)
    FAILED = 1  # at least one input failed; each failure named on stderr
    USAGE = 2  # unknown option or writer, bad combination of options
    INTERRUPTED = 130  # Ctrl-C


class FormatChoice(str, Enum):
    text = "text"
    html = "html"


app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn the raw text (or HTML) of scraped news pages into clean article records.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _say(message: str) -> None:
    print(f"clipper: {message}", file=sys.stderr, flush=True)


def _usage_error(message: str) -> typer.Exit:
    _say(f"error: {message}")
    return typer.Exit(ExitCode.USAGE)


def _version(value: bool) -> None:
    if value:
        print(f"clipper {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = None,
) -> None:
    """Turn the raw text (or HTML) of scraped news pages into clean article records."""


def _jobs_default() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.I)
_SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def _parse_size(text: str) -> int:
    """'20MB', '512k', '1048576' -> bytes (binary units: 1 MB = 1,048,576 bytes)."""
    m = _SIZE.match(text)
    if not m:
        raise _usage_error(f"--max-size {text!r}: expected a size such as 20MB, 512KB or 1048576")
    return int(float(m.group(1)) * _SIZE_UNITS[m.group(2).lower()])


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to parse (folders are walked recursively); '-' reads standard input.", show_default=False)],
    format: Annotated[str, typer.Option("-f", "--format", help="Output writer (see 'clipper writers').")] = "json",
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Write one file per input into this folder, mirroring the input folders.")] = None,
    glob: Annotated[Optional[str], typer.Option("--glob", help="In folders, parse only files matching this pattern (e.g. '*.html', 'news/*/*.txt'). Default: .txt .text .html .htm .xhtml .md.")] = None,
    jobs: Annotated[int, typer.Option("-j", "--jobs", help="Worker processes. Default: the number of CPUs.", show_default=False)] = 0,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds one file may take before it is stopped and counted as failed (0: no limit).")] = DEFAULT_TIMEOUT,
    max_size: Annotated[str, typer.Option("--max-size", help="Refuse larger inputs (e.g. 20MB, 512KB).")] = "20MB",
    skip_existing: Annotated[bool, typer.Option("--skip-existing", help="With --out: skip inputs whose output is newer (resume an interrupted run).")] = False,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write one JSON line per input with its outcome to this file.")] = None,
    keep_chrome: Annotated[bool, typer.Option("--keep-chrome", help="Add the removed blocks to the record.")] = False,
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Decode inputs with this encoding instead of detecting it.")] = None,
    input_format: Annotated[Optional[FormatChoice], typer.Option("--input-format", help="Treat inputs as text or HTML instead of sniffing.")] = None,
    tz: Annotated[Optional[str], typer.Option("--tz", help="Zone for times the page gives without one (e.g. Asia/Seoul, +09:00).")] = None,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="A rules file (TOML) with extra chrome patterns and site profiles.")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No warnings, progress or summary on stderr (errors still).")] = False,
) -> None:
    """Parse pages into article records (JSON by default).

    Exit codes: 0 every input parsed (an empty body is a warning), 1 at least one failed,
    2 usage error, 130 interrupted (Ctrl-C).
    """
    writer = _writer(format)
    if tz is not None:
        from .metadata.dates import is_known_zone

        if not is_known_zone(tz):
            raise _usage_error(f"unknown time zone '{tz}' (use a name like Asia/Seoul or an offset like +09:00)")
    if jobs < 0:
        raise _usage_error("--jobs must be 1 or more")
    if timeout < 0:
        raise _usage_error("--timeout must be 0 (no limit) or more seconds")
    max_bytes = _parse_size(max_size)
    if out is not None and out.exists() and not out.is_dir():
        raise _usage_error(f"--out {out}: exists and is not a folder")
    if skip_existing and out is None:
        raise _usage_error("--skip-existing needs --out")
    tasks = plan(expand_inputs(paths, glob, exclude=out), out, writer.extension, skip_existing=skip_existing)
    if not tasks:
        raise _usage_error("no input files found" + (f" matching --glob '{glob}'" if glob else ""))
    if out is None and len(tasks) > 1 and not writer.streamable and _collection(writer) is None:
        raise _usage_error(
            f"{len(tasks)} inputs but the '{writer.name}' writer prints one record; use -f jsonl or -f json, or --out DIR"
        )
    if out is not None:
        try:
            check_writable(out)
        except OutputError as exc:
            _say(f"error: {exc}")
            raise typer.Exit(ExitCode.FAILED) from None
        if skip_existing:
            remove_stale_temp_files(str(out))

    from .pipeline import Options

    options = Options(
        keep_chrome=keep_chrome,
        encoding=encoding,
        input_format=InputFormat(input_format.value) if input_format else None,
        tz=tz,
        max_bytes=max_bytes,
        rules=_load_rules(rules),
    )
    if len(tasks) > 1:
        tasks = read_stdin_once(tasks, max_bytes)
    job = Job(options, writer, timeout, os.path.realpath(out) if out is not None else None)
    exit_code = _run(tasks, job, jobs or _jobs_default(), quiet=quiet, report=report)
    raise typer.Exit(exit_code)


def _writer(name: str) -> Writer:
    """Built-in writers without listing plugins (that costs start-up time); plugins otherwise."""
    if name in Registry.builtin().entries:
        return Registry.builtin().get(name)
    registry = Registry.default()
    for problem in registry.problems:
        _say(f"warning: {problem}")
    try:
        return registry.get(name)
    except UnknownWriterError as exc:
        raise _usage_error(str(exc)) from None


def _collection(writer: Writer) -> tuple[str, str, str] | None:
    """How a writer that is not streamable joins several records into one document, if it can."""
    return getattr(writer, "collection", None)


class _Stdout:
    """Records on stdout: as they are, or with a one-document writer (json) inside its
    collection (a JSON array), which is closed even when the run is interrupted or files fail."""

    def __init__(self, collection: tuple[str, str, str] | None) -> None:
        self.collection = collection
        self.count = 0

    def write(self, rendered: str) -> None:
        if self.collection is not None:
            opening, separator, _ = self.collection
            rendered = (separator if self.count else opening) + rendered.rstrip("\n")
        self.count += 1
        sys.stdout.write(rendered)
        sys.stdout.flush()

    def close(self) -> None:
        if self.collection is not None:
            sys.stdout.write(self.collection[2] if self.count else self.collection[0].rstrip("\n") + self.collection[2].lstrip("\n"))
            sys.stdout.flush()


def _run(tasks: list[Task], job: Job, jobs: int, *, quiet: bool, report: Path | None) -> ExitCode:
    """Run the tasks, print records/messages as they come (in input order), return the exit code."""
    from .progress import Tally, reporter

    batch = len(tasks) > 1
    tally = Tally(len(tasks))
    log = _Report(report) if report is not None else None
    show = reporter(quiet or not batch)
    show.start(tally)
    runner = Runner(job, min(jobs, len(tasks)), on_done=show.update) if batch else None
    previous = signal.getsignal(signal.SIGINT)
    if runner is not None:
        signal.signal(signal.SIGINT, lambda *_: _second_interrupt(runner))
    interrupted = fatal = False
    stdout = _Stdout(_collection(job.writer) if batch and job.out_root is None and not job.writer.streamable else None)
    try:
        outcomes = runner.run(tasks) if runner is not None else run_in_process(tasks, job, show.update)
        for outcome in outcomes:
            name = shown(outcome.path)
            if outcome.status is Status.FAILED:
                show.say(f"{name}: {outcome.message}")
                fatal = fatal or outcome.fatal
            elif outcome.message and not quiet and outcome.message != UP_TO_DATE:
                show.say(f"warning: {name}: {'skipped: ' if outcome.status is Status.SKIPPED else ''}{outcome.message}")
            if outcome.rendered is not None:
                stdout.write(outcome.rendered)
            if log is not None:
                log.add(outcome)
        interrupted = runner is not None and runner.interrupted and not fatal
    except KeyboardInterrupt:
        interrupted = True
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, as other command-line tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keep Python from failing on exit flush
        stdout.collection = None
    finally:
        try:
            stdout.close()
        except BrokenPipeError:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - as above
        signal.signal(signal.SIGINT, previous)
        show.close()
        if log is not None:
            log.close()
    if fatal:
        show.say("error: stopped: no further output can be written")
    if batch and not quiet or interrupted:
        for line in tally.summary(interrupted):
            show.say(line)
    if interrupted:
        return ExitCode.INTERRUPTED
    return ExitCode.FAILED if tally.counts[Status.FAILED] else ExitCode.OK


def _second_interrupt(runner: Runner) -> None:
    """First Ctrl-C: finish or abandon in-flight files, then stop. Second: stop now."""
    if runner.interrupted:
        raise KeyboardInterrupt
    _say("interrupted: finishing the files in progress (Ctrl-C again to abandon them)")
    runner.request_stop()


class _Report:
    """--report FILE: one JSON line per input, written to a temporary file and renamed at the end."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}{TMP_SUFFIX}")
        try:
            self.fh = open(self.tmp, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        except OSError as exc:
            raise _usage_error(f"--report {path}: {(exc.strerror or str(exc)).lower()}") from None

    def add(self, outcome: Outcome) -> None:
        row = {
            "path": shown(outcome.path),
            "status": outcome.status.value,
            "output": shown(outcome.output) if outcome.output and outcome.status in (Status.PARSED, Status.EMPTY, Status.SKIPPED) else None,
            "message": outcome.message,
            "seconds": round(outcome.seconds, 4),
        }
        self.fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.fh.close()
        os.replace(self.tmp, self.path)


RULES_ENV_VAR = "CLIPPER_RULES"


def default_rules_path() -> Optional[Path]:
    """$CLIPPER_RULES, else $XDG_CONFIG_HOME/clipper/rules.toml (~/.config/…), when it exists."""
    env = os.environ.get(RULES_ENV_VAR)
    if env:
        return Path(env)
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    path = base / "clipper" / "rules.toml"
    return path if path.is_file() else None


def _load_rules(path: Optional[Path]):
    """The rules file given, else the default one when it exists; None when there is none."""
    path = path or default_rules_path()
    if path is None:
        return None
    from .errors import RulesError
    from .rules import parse_rules  # only with a rules file: the module and its tables load then

    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _usage_error(f"rules file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise _usage_error(f"rules file {path}: not UTF-8 text") from None
    try:
        return parse_rules(source, origin=str(path))
    except RulesError as exc:
        raise _usage_error(str(exc)) from None


# Colours of labels in 'clipper explain' on a terminal.
_LABEL_STYLE = {"body": "green", "title": "bold cyan", "subtitle": "cyan", "dateline": "magenta", "byline": "magenta"}


@app.command()
def explain(
    path: Annotated[str, typer.Argument(help="The page to explain; '-' reads standard input.", show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help="Print the rows as JSON instead of a listing.")] = False,
    rules: Annotated[Optional[Path], typer.Option("--rules", help="A rules file (TOML) with extra chrome patterns and site profiles.")] = None,
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Decode with this encoding instead of detecting it.")] = None,
    input_format: Annotated[Optional[FormatChoice], typer.Option("--input-format", help="Treat the input as text or HTML.")] = None,
) -> None:
    """Show each line of a page with its label (body, title, dateline, byline or chrome kind) and why."""
    import json

    from .batch import InputError, read_input
    from .errors import ClipperError
    from .explain import explain_rows
    from .pipeline import Options, analyse

    options = Options(
        encoding=encoding,
        input_format=InputFormat(input_format.value) if input_format else None,
        rules=_load_rules(rules),
    )
    name = "<stdin>" if path == STDIN else path
    try:
        analysis = analyse(read_input(path), source=None if path == STDIN else path, options=options)
    except (ClipperError, InputError) as exc:
        _say(f"{name}: {exc}")
        raise typer.Exit(ExitCode.FAILED) from None
    rows = explain_rows(analysis)
    if as_json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markup import escape

        console = Console(highlight=False)
        previous = -1
        for r in rows:
            # The reason once per block, on its first line.
            reason = r.reason if r.block != previous else ""
            previous = r.block
            style = _LABEL_STYLE.get(r.label, "dim red" if r.label else "")
            label = f"[{style}]{r.label:<13}[/]" if r.label else " " * 13
            number = "    ↳" if r.part else f"{r.line:>5}"
            console.print(f"[dim]{number}[/] {label} {escape(r.text)}  [dim]{escape(reason)}[/]", soft_wrap=True)
        return
    previous = -1
    for r in rows:
        if not r.label:
            print(f"{r.line:>5}")
            continue
        reason = f"  # {r.reason}" if r.block != previous else ""
        previous = r.block
        number = "    ↳" if r.part else f"{r.line:>5}"  # a further part of the lines above
        print(f"{number}  {r.label:<13}  {r.text.strip()}{reason}")


@app.command()
def writers() -> None:
    """List the output writers: name, file extension and where each comes from."""
    registry = Registry.default()
    for entry, writer, problem in registry.available():
        if writer is None:
            _say(f"warning: writer '{entry.name}' ({entry.origin}) cannot be loaded: {problem}")
            continue
        print(f"{entry.name}\t.{writer.extension}\t{entry.origin}")


@app.command()
def schema() -> None:
    """Print the JSON schema of the article record (what -f json and -f jsonl emit)."""
    import json

    from .model import json_schema

    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))


def main() -> None:
    try:
        app(prog_name="clipper")
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(ExitCode.INTERRUPTED)


def run() -> None:
    """The ``clipper`` command (and ``python -m clipper``): ``main``, then a quick exit.

    Tearing the interpreter down (freeing every loaded module's objects one by one) costs a
    one-page run ~15 ms, a tenth of its time; the operating system frees a process's memory at
    once. So, with the outputs flushed, the process ends there, unless something waits for
    the interpreter's exit: an exit handler (worker processes for several inputs, logging) or
    a thread still running. Library callers and tests call ``main`` and exit as usual."""
    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = 0 if exc.code is None else exc.code
    if isinstance(code, int) and _nothing_waits_for_exit():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError, AttributeError):
            sys.exit(code)  # a closed pipe or stream, or none at all: the usual exit deals with it
        os._exit(code)
    sys.exit(code)


def _nothing_waits_for_exit() -> bool:
    import atexit

    registered = getattr(atexit, "_ncallbacks", None)  # CPython's count of exit handlers
    if registered is None or registered() != 0:
        return False
    threading = sys.modules.get("threading")
    return threading is None or all(t.daemon or t is threading.main_thread() for t in threading.enumerate())


if __name__ == "__main__":
    run()
