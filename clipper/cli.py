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
    rules: Annotated[Optional[Path], typer.Option("--rules", help="A rules file (TOML) with extra chrome patterns and site profiles.")] = None,
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
        rules=_load_rules(rules),
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


def _load_rules(path: Optional[Path]):
    """The rules file given, else the default one when it exists; None when there is none."""
    from .errors import RulesError
    from .rules import default_rules_path, parse_rules

    path = path or default_rules_path()
    if path is None:
        return None
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
    from .pipeline import analyse

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
            console.print(f"[dim]{r.line:>5}[/] {label} {escape(r.text)}  [dim]{escape(reason)}[/]", soft_wrap=True)
        return
    previous = -1
    for r in rows:
        if not r.label:
            print(f"{r.line:>5}")
            continue
        reason = f"  # {r.reason}" if r.block != previous else ""
        previous = r.block
        print(f"{r.line:>5}  {r.label:<13}  {r.text.strip()}{reason}")


@app.command()
def writers() -> None:
    """List the output writers: name, file extension and where each comes from."""
    registry = Registry.default()
    for entry, writer, problem in registry.available():
        if writer is None:
            _say(f"warning: writer '{entry.name}' ({entry.origin}) cannot be loaded: {problem}")
            continue
        print(f"{entry.name}\t.{writer.extension}\t{entry.origin}")


def main() -> None:
    try:
        app(prog_name="clipper")
    except KeyboardInterrupt:
        _say("interrupted")
        sys.exit(ExitCode.INTERRUPTED)


if __name__ == "__main__":
    main()
