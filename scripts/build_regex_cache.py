#!/usr/bin/env python3
"""Write clipper/compiled_regexes/cpXY.py: clipper's regexes compiled by each interpreter.

    python scripts/build_regex_cache.py                      # for this interpreter
    python scripts/build_regex_cache.py --python python3.12 python3.13   # and others
    python scripts/build_regex_cache.py --record             # only list the regexes (JSON)

Run it after changing a regex (until then the changed one compiles at start-up as before,
and tests/test_regexcache.py says the cache is behind). The regexes are those clipper
compiles while parsing the repository's own pages (seeds/, tests/cases/, tests/html/) and
running `clipper parse` once: the list is taken with this interpreter (which needs clipper's
dependencies); the other interpreters only compile it, with the standard library alone.
See clipper/regexcache.py.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "clipper"
TARGET = PACKAGE / "compiled_regexes"


def _regexcache():
    """clipper/regexcache.py loaded on its own (it needs only the standard library)."""
    spec = importlib.util.spec_from_file_location("_clipper_regexcache", PACKAGE / "regexcache.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record() -> list[tuple[str, int]]:
    """(source, flags) of every regex clipper's own code compiles in this process's runs.

    Left out: regexes built from a page's own text (a title pattern around the site's name),
    found as the call sites that compiled a different source for different pages (re's cache
    is emptied between pages so that every page compiles its own)."""
    os.environ[_regexcache().ENV_VAR] = "0"  # compile everything, so that every compile is seen
    import re
    from re import _compiler

    package_dir = str(PACKAGE) + os.sep
    re_dir = os.path.dirname(_compiler.__file__) + os.sep
    lazy = str(PACKAGE / "lazyregex.py")
    by_site: dict[str, set[tuple[str, int]]] = {}
    compile_ = _compiler.compile

    def watching(p, flags=0):
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.startswith(re_dir):
            frame = frame.f_back
        if isinstance(p, str) and frame is not None and frame.f_code.co_filename.startswith(package_dir):
            # Module-level and lazily compiled regexes are the code's own, whatever compiles them.
            fixed = frame.f_code.co_filename == lazy or frame.f_code.co_name == "<module>"
            site = "fixed" if fixed else f"{frame.f_code.co_filename}:{frame.f_lineno}"
            by_site.setdefault(site, set()).add((p, int(flags)))
        return compile_(p, flags)

    _compiler.compile = watching
    sys.path.insert(0, str(ROOT))
    import contextlib
    import io

    import clipper
    from clipper.cli import main
    from clipper.errors import ClipperError

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    pages = seeds + sorted((ROOT / "tests" / "cases").glob("*/input.txt")) + sorted((ROOT / "tests" / "html").iterdir())
    for page in pages:
        re.purge()
        try:
            clipper.parse(page.read_bytes(), source=str(page))
        except ClipperError:
            pass
    sys.argv = ["clipper", "parse", str(seeds[0]), "-q"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        main()
    _compiler.compile = compile_
    return sorted({p for site, sources in by_site.items() if site == "fixed" or len(sources) == 1 for p in sources})


def render(patterns: list[tuple[str, int]]) -> str:
    """The module source of this interpreter's compiled forms of ``patterns``.

    The matcher code of all patterns is one run of code words, zlib-packed and base64-written:
    a module of ~40,000 integer literals would cost more to compile from source (a checkout run
    with PYTHONDONTWRITEBYTECODE) than the regexes themselves."""
    import base64
    import zlib
    from array import array
    from re import _compiler, _parser

    rc = _regexcache()
    words = array("I")
    assert words.itemsize == rc.ENGINE_WORD, "the regex engine's code words are not 4 bytes here"
    rows = []
    for source, flags in patterns:
        parsed = _parser.parse(source, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        final = int(flags | parsed.state.flags)
        rows.append(f" ({source!r}, {flags}, {final}, {len(words)}, {len(code)}, {parsed.state.groups - 1}, "
                    f"{groupindex!r}, {tuple(indexgroup)!r}),\n")
        words.extend(code)
    packed = base64.b64encode(zlib.compress(words.tobytes(), 9)).decode("ascii")
    lines = "".join(f"    {packed[i:i + 100]!r}\n" for i in range(0, len(packed), 100))
    version = ".".join(map(str, sys.version_info[:3]))
    return (
        f'"""clipper\'s regexes as {sys.implementation.name} {version} compiles them. GENERATED: do not edit.\n\n'
        "Written by ``python scripts/build_regex_cache.py``; clipper/regexcache.py explains how it is used.\n"
        '"""\n\n'
        "# fmt: off\n"
        f"ENGINE = {rc.engine()!r}\n\n"
        "# (source, flags, flags compiled, first code word, code words, groups, group index, index group)\n"
        "PATTERNS = (\n" + "".join(rows) + ")\n\n"
        "# The matcher code of every pattern: code words in native order, zlib-compressed, base64.\n"
        "CODE = (\n" + lines + ")\n"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--python", nargs="*", default=[], help="other interpreters to compile for")
    ap.add_argument("--record", action="store_true", help="print the regexes as JSON and stop")
    ap.add_argument("--render", action="store_true", help=argparse.SUPPRESS)  # JSON in, module out (stdlib only)
    args = ap.parse_args()
    if args.render:
        sys.stdout.write(render([tuple(p) for p in json.load(sys.stdin)]))
        return 0
    patterns = record()
    if args.record:
        json.dump(patterns, sys.stdout)
        return 0
    TARGET.mkdir(exist_ok=True)
    for python in [sys.executable, *args.python]:
        out = subprocess.run([python, __file__, "--render"], input=json.dumps(patterns), capture_output=True,
                             text=True, check=True, encoding="utf-8")
        name = subprocess.run([python, "-c", "import sys; print(f'cp{sys.version_info[0]}{sys.version_info[1]}')"],
                              capture_output=True, text=True, check=True).stdout.strip()
        path = TARGET / f"{name}.py"
        tmp = path.with_suffix(".tmp")
        tmp.write_text(out.stdout, encoding="utf-8")
        tmp.replace(path)
        print(f"{path.relative_to(ROOT)}: {len(patterns)} regexes, {len(out.stdout):,} characters", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
