"""`clipper` ends without tearing the interpreter down only when nothing waits for the exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import ROOT, SEED


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_the_quick_exit_keeps_every_output_and_the_exit_code():
    ok = _run(f"import sys; sys.argv = ['clipper', 'parse', {str(SEED)!r}]\nfrom clipper.cli import run\nrun()")
    assert ok.returncode == 0 and json.loads(ok.stdout)["title"]
    bad = _run("import sys; sys.argv = ['clipper', 'parse', '/no/such/page.txt']\nfrom clipper.cli import run\nrun()")
    assert bad.returncode == 1 and "no such file" in bad.stderr
    usage = _run("import sys; sys.argv = ['clipper', 'parse', '-j', '-1', 'x']\nfrom clipper.cli import run\nrun()")
    assert usage.returncode == 2


def test_exit_handlers_and_running_threads_still_get_the_usual_exit():
    handler = _run(
        "import atexit, sys; atexit.register(lambda: print('handler ran'))\n"
        f"sys.argv = ['clipper', 'parse', {str(SEED)!r}]\nfrom clipper.cli import run\nrun()"
    )
    assert handler.returncode == 0 and handler.stdout.rstrip().endswith("handler ran")
    thread = _run(
        "import sys, threading, time\n"
        "threading.Thread(target=lambda: (time.sleep(0.5), print('thread done'))).start()\n"
        f"sys.argv = ['clipper', 'parse', {str(SEED)!r}]\nfrom clipper.cli import run\nrun()"
    )
    assert thread.returncode == 0 and "thread done" in thread.stdout
