"""The command line: arguments -> pipeline -> exit codes. Data on stdout, messages on stderr."""

from __future__ import annotations

import sys
from enum import Enum, IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .batch import STDIN, Status, expand_inputs, output_path, process, write_atomic
from .errors import UnknownWriterError
from .model import InputFormat
from .pipeline import Options
from .writers import Registry


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


@app.command()
def parse(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to parse; '-' reads standard input.", show_default=False)],
    format: Annotated[str, typer.Option("-f", "--format", help="Output writer (see 'clipper writers').")] = "json",
    out: Annotated[Optional[Path], typer.Option("-o", "--out", help="Write one file per input into this folder.")] = None,
    keep_chrome: Annotated[bool, typer.Option("--keep-chrome", help="Add the removed blocks to the record.")] = False,
    encoding: Annotated[Optional[str], typer.Option("--encoding", help="Decode inputs with this encoding instead of detecting it.")] = None,
    input_format: Annotated[Optional[FormatChoice], typer.Option("--input-format", help="Treat inputs as text or HTML instead of sniffing.")] = None,
    tz: Annotated[Optional[str], typer.Option("--tz", help="Zone for times the page gives without one (e.g. Asia/Seoul, +09:00).")] = None,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No warnings or progress on stderr (errors still).")] = False,
) -> None:
    """Parse pages into article records (JSON by default)."""
    registry = Registry.default()
    for problem in registry.problems:
        _say(f"warning: {problem}")
    try:
        writer = registry.get(format)
    except UnknownWriterError as exc:
        raise _usage_error(str(exc)) from None
    if tz is not None:
        from .metadata.dates import is_known_zone

        if not is_known_zone(tz):
            raise _usage_error(f"unknown time zone '{tz}' (use a name like Asia/Seoul or an offset like +09:00)")
    inputs = list(expand_inputs(paths))
    if not inputs:
        raise _usage_error("no input files found")
    if out is None and len(inputs) > 1 and not writer.streamable:
        raise _usage_error(
            f"{len(inputs)} inputs but the '{writer.name}' writer prints one record; use -f jsonl, or --out DIR"
        )
    if out is not None and out.exists() and not out.is_dir():
        raise _usage_error(f"--out {out}: exists and is not a folder")
    options = Options(
        keep_chrome=keep_chrome,
        encoding=encoding,
        input_format=InputFormat(input_format.value) if input_format else None,
        tz=tz,
    )
    failed = 0
    taken: set[Path] = set()
    for path in inputs:
        outcome = process(path, options)
        name = "<stdin>" if path == STDIN else path
        if outcome.status is Status.FAILED:
            failed += 1
            _say(f"{name}: {outcome.message}")
            continue
        if outcome.message and not quiet:
            _say(f"warning: {name}: {outcome.message}")
        assert outcome.article is not None
        rendered = writer.write(outcome.article)
        if out is None:
            sys.stdout.write(rendered)
            sys.stdout.flush()
            continue
        target = output_path(path, out, writer, taken)
        try:
            write_atomic(target, rendered)
        except OSError as exc:
            failed += 1
            _say(f"{name}: cannot write {target}: {exc.strerror or exc}")
    raise typer.Exit(ExitCode.FAILED if failed else ExitCode.OK)


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


if __name__ == "__main__":
    main()
