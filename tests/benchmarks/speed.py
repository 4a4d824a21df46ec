#!/usr/bin/env python3
"""Speed, scaling, memory and start-up of clipper, each as a ratio measured in the same run.

    python tests/benchmarks/speed.py ../shared/bench/aeb-dev
    python tests/benchmarks/speed.py ../shared/bench/aeb-dev --only throughput --renderers w3m
    python tests/benchmarks/speed.py ../shared/bench/aeb-dev --only throughput --renderers html
    python tests/benchmarks/speed.py ../shared/bench/aeb-dev --only throughput --renderers html --clock cpu

1. throughput: docs/s of clipper on one core over each text dump (text-w3m, text-lynx, …) and
   docs/s of trafilatura on the same pages' HTML, alternated renderer by renderer in one process
   (trafilatura is imported here only; clipper never calls it). Target: ratio >= 20. With
   ``--renderers html`` clipper reads the HTML itself (target: ratio >= 1).
2. scaling: wall time of `clipper parse TREE -o OUT -j 1` and `-j 2` over a generated tree of
   --files files (nested folders, the set's dumps copied round-robin). Target: >= 1.7x.
3. memory: peak RSS (largest process of the run: the parent or a worker) of `-j 2` over a
   1,000-file and a 10,000-file tree. Target: within 10%.
4. cold start: `clipper parse SEED` against `python -c "import typer, pydantic"` with the same
   interpreter, median of --repeat runs each, alternated; clipper from a byte-compiled copy of the
   package, as an installed one is. Target: <= 1.3x.

Trees are generated under a temporary folder and removed afterwards. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "etoday-ko-2025-02-06-sovereign-ai.txt"
RENDERERS = ("w3m", "lynx", "html2text", "bs4", "inscriptis")
# Each throughput measurement runs for at least this long (the set is repeated), so short
# sets are not timed on a handful of milliseconds.
MIN_SECONDS = 6.0


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


# Clocks the throughput passes can be timed with. 'wall' is what a user waits; 'cpu' is the
# process's own CPU time, which other jobs on a shared machine do not inflate (both sides run
# in this one single-threaded process, so both are measured alike).
CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def _rates(a, a_items: list, b, b_items: list, clock=time.perf_counter) -> tuple[float, float]:
    """Items per second of ``a`` and ``b``, timed in alternating passes so both see the same load."""
    # One untimed pass of each over every item: tables, lazily compiled patterns and models
    # (py3langid's loads only on the first page its script leaves open) are loaded outside the
    # timing, as they are once per process in a batch of thousands of pages; start-up is the
    # cold-start measure's business.
    for fn, items in ((a, a_items), (b, b_items)):
        for item in items:
            fn(item)
    spent = [0.0, 0.0]
    done = [0, 0]
    while min(spent) < MIN_SECONDS:
        for k, (fn, items) in enumerate(((a, a_items), (b, b_items))):
            started = clock()
            for item in items:
                fn(item)
            spent[k] += clock() - started
            done[k] += len(items)
    return done[0] / spent[0], done[1] / spent[1]


def throughput(dataset: Path, renderers: list[str], clock: str = "wall") -> list[tuple[str, float, float]]:
    import trafilatura

    import clipper
    from clipper.errors import ClipperError

    def run_clipper(data: bytes) -> None:
        try:
            clipper.parse(data)
        except ClipperError:
            pass

    ids = (dataset / "ids.txt").read_text().split()
    html = [gzip.decompress((dataset / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    rows = []
    for r in renderers:
        # 'html': clipper's HTML path on the very pages trafilatura reads.
        texts = html if r == "html" else [(dataset / f"text-{r}" / f"{i}.txt").read_bytes() for i in ids]
        ours, theirs = _rates(run_clipper, texts, trafilatura.extract, html, CLOCKS[clock])
        rows.append((r, ours, theirs))
        print(f"  throughput {r}: clipper {ours:.1f} docs/s, trafilatura {theirs:.1f} docs/s", file=sys.stderr)
    return rows


def make_tree(dataset: Path, root: Path, n: int) -> None:
    """n files in nested folders (site/yy/mm), text dumps of the set round-robin, some HTML."""
    sources = sorted(p for r in RENDERERS for p in (dataset / f"text-{r}").glob("*.txt"))
    for i in range(n):
        folder = root / f"site{i % 7}" / f"{2020 + i % 5}" / f"{i // 350:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        # Symbolic links: the tree costs no disk, and clipper reads through them like files.
        (folder / f"page{i:06d}.txt").symlink_to(sources[i % len(sources)].resolve())


def _cpu() -> float:
    """CPU seconds (user + system) of every child process waited for so far, workers included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one command (CPU: the command and the processes it started)."""
    cpu, started = _cpu(), time.perf_counter()
    proc = subprocess.run(cmd, env=env or _env(), capture_output=True, cwd=cwd)
    elapsed = time.perf_counter() - started
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-500:]}")
    return elapsed, _cpu() - cpu


def peak_rss(args: list[str]) -> int:
    """Peak RSS (KiB) of the largest process of one run, measured in a fresh helper process."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "clipper", *args], env=_env(),
                         capture_output=True, check=True)
    return int(out.stdout.decode().split()[-1])  # KiB on Linux


def scaling(dataset: Path, tmp: Path, files: int) -> dict[int, tuple[float, float]]:
    """Wall and CPU seconds of -j 1 and -j 2 over one tree."""
    tree = tmp / f"tree{files}"
    make_tree(dataset, tree, files)
    times = {}
    for jobs in (1, 2):
        out = tmp / f"out-j{jobs}"
        times[jobs] = timed([sys.executable, "-m", "clipper", "parse", str(tree), "-o", str(out), "-j", str(jobs), "-q"])
        shutil.rmtree(out)
        print(f"  scaling -j {jobs}: {times[jobs][0]:.1f} s wall, {times[jobs][1]:.1f} s CPU for {files} files",
              file=sys.stderr)
    shutil.rmtree(tree)
    return times


def memory(dataset: Path, tmp: Path, sizes: tuple[int, int]) -> list[int]:
    peaks = []
    for n in sizes:
        tree = tmp / f"mem{n}"
        make_tree(dataset, tree, n)
        peaks.append(peak_rss(["parse", str(tree), "-o", str(tmp / f"mem-out{n}"), "-j", "2", "-q"]))
        shutil.rmtree(tree)
        shutil.rmtree(tmp / f"mem-out{n}")
        print(f"  memory {n} files: peak RSS {peaks[-1] / 1024:.1f} MiB", file=sys.stderr)
    return peaks


def cold_start(repeat: int, tmp: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    """Median (wall, CPU) seconds of `clipper parse SEED` and of the import baseline, alternated.

    clipper runs from a byte-compiled copy of the package, as `pip install` leaves it: typer
    and pydantic in site-packages are byte-compiled too, and a checkout run with
    PYTHONDONTWRITEBYTECODE (or from a read-only tree) would otherwise compile every module's
    source on every start, which no installed clipper does."""
    copy = tmp / "cold"
    shutil.copytree(ROOT / "clipper", copy / "clipper", ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(copy / "clipper")], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(copy)}
    ours, base = [], []
    # Run in the copy: `python -m` puts the working directory first on sys.path, and from the
    # repository root it would import the checkout's sources instead of the compiled copy.
    for _ in range(repeat):
        base.append(timed([sys.executable, "-c", "import typer, pydantic"], env, cwd=copy))
        ours.append(timed([sys.executable, "-m", "clipper", "parse", str(SEED)], env, cwd=copy))

    def median(runs: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

    return median(ours), median(base)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dataset", type=Path, help="a set with html/ and text-<renderer>/ (aeb-dev)")
    ap.add_argument("--only", choices=("throughput", "scaling", "memory", "cold"), action="append")
    ap.add_argument("--renderers", nargs="+", default=list(RENDERERS), help="text dumps to time, and/or 'html'")
    ap.add_argument("--files", type=int, default=5000, help="files in the scaling tree (default 5000)")
    ap.add_argument("--memory-sizes", type=int, nargs=2, default=(1000, 10000))
    ap.add_argument("--repeat", type=int, default=15, help="cold-start runs of each command")
    ap.add_argument("--clock", choices=tuple(CLOCKS), default="wall",
                    help="throughput timed by wall clock (default) or by this process's CPU time (steadier on a busy machine)")
    args = ap.parse_args()
    parts = set(args.only or ("throughput", "scaling", "memory", "cold"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load_start = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    rows = []
    with tempfile.TemporaryDirectory(prefix="clipper-speed-") as tmpname:
        tmp = Path(tmpname)
        if "throughput" in parts:
            for r, ours, theirs in throughput(args.dataset, args.renderers, args.clock):
                # Text dumps: >= 20x trafilatura (issue #6); HTML: at least trafilatura's rate (issue #5).
                goal = 1 if r == "html" else 20
                timed_by = "" if args.clock == "wall" else ", CPU time"
                rows.append((f"throughput, {'html' if r == 'html' else 'text-' + r} (one core{timed_by})", f"{ours:.1f} docs/s",
                             f"trafilatura on HTML: {theirs:.1f} docs/s", ours / theirs, f">= {goal}", ours / theirs >= goal))
        if "scaling" in parts:
            times = scaling(args.dataset, tmp, args.files)
            (w1, c1), (w2, c2) = times[1], times[2]
            rows.append((f"scaling, {args.files:,} files, wall clock", f"-j 2: {w2:.1f} s ({args.files / w2:.0f} files/s)",
                         f"-j 1: {w1:.1f} s ({args.files / w1:.0f} files/s)", w1 / w2, ">= 1.7", w1 / w2 >= 1.7))
            # CPU seconds per file: what parallelism costs in extra work, whatever else runs on the machine.
            rows.append((f"scaling, {args.files:,} files, CPU per file", f"-j 2: {c2 / args.files * 1000:.1f} ms",
                         f"-j 1: {c1 / args.files * 1000:.1f} ms", c1 / c2, "(~1: no overhead)", None))
        if "memory" in parts:
            small, large = memory(args.dataset, tmp, tuple(args.memory_sizes))
            a, b = args.memory_sizes
            rows.append((f"peak RSS, -j 2, {b:,} vs {a:,} files", f"{large / 1024:.1f} MiB", f"{small / 1024:.1f} MiB",
                         large / small, "<= 1.10", large / small <= 1.10))
        if "cold" in parts:
            (ours, ours_cpu), (base, base_cpu) = cold_start(args.repeat, tmp)
            rows.append(("cold start, `clipper parse SEED`, wall", f"{ours * 1000:.0f} ms",
                         f"`python -c 'import typer, pydantic'`: {base * 1000:.0f} ms", ours / base, "<= 1.3",
                         ours / base <= 1.3))
            rows.append(("cold start, CPU", f"{ours_cpu * 1000:.0f} ms", f"{base_cpu * 1000:.0f} ms",
                         ours_cpu / base_cpu, "<= 1.3", ours_cpu / base_cpu <= 1.3))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nMachine: {cores} cores available to this process; load average {load_start:.2f} at the start, "
          f"{load:.2f} at the end (other processes share the cores); Python {sys.version.split()[0]}.\n")
    print("| measure | clipper | baseline (same run) | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for name, ours, base, ratio, target, met in rows:
        verdict = "" if met is None else ("yes" if met else "no")
        print(f"| {name} | {ours} | {base} | {ratio:.2f} | {target} | {verdict} |")


if __name__ == "__main__":
    main()
