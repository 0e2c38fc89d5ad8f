"""``make bench``: the app against a minimal QWizard, start-up and memory, plus in-app timings.

One run measures everything and prints one table:

- start-up: wall time from just before the process is started to the marker line, which each
  program prints through ``first_show.py`` once its first wizard page has been painted; then the
  program quits. The app (``app_startup.py``: the real ``main()``), the baseline (``baseline_wizard.py``)
  and the content floor (``first_page_floor.py``: the app's first page built from stock widgets
  in one file, which tells what the page's content costs from what the app's code adds) are
  started the same way, with the same environment, on the offscreen platform, interleaved run by
  run after warm-up runs, so that a noisy machine weighs on all three;
- peak memory: each process's max RSS, from ``os.wait4``;
- inside the app (``inapp.py``, its own process): building the wizard, a page transition, the
  verdict page's first show, a language switch;
- the frozen bundle against the baseline and the content floor frozen the same way, when all
  three have been built.

Targets are ratios and times measured in this same run, so that the machine's speed cancels out.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARKER = "first-show"  # first_show.MARKER, not imported: that would import Qt into this process
TIMEOUT = 60.0

# The targets. Start-up (to the first painted page) and memory are ratios app / baseline: a
# development install with compiled bytecode against the bare wizard, and the frozen bundle
# against the bare wizard frozen the same way.
START_RATIO = 1.50
FROZEN_START_RATIO = 1.45
MEMORY_RATIO = 1.15
TRANSITION_MS = 10.0
LANGUAGE_MS = 50.0
# The wait a user feels on the last Next: the verdict page built and shown the first time.
VERDICT_FIRST_MS = 40.0

# Where make bench freezes the app and the baseline, each with first_show.py as a runtime hook.
FROZEN_DIST = ROOT / "build" / "bench-frozen" / "dist"
FROZEN_APP = FROZEN_DIST / "billing-contact-assistant" / "billing-contact-assistant"
FROZEN_BASELINE = FROZEN_DIST / "baseline_wizard" / "baseline_wizard"
FROZEN_FLOOR = FROZEN_DIST / "first_page_floor" / "first_page_floor"


@dataclass
class Samples:
    name: str
    command: list[str]
    env_extra: dict[str, str] = field(default_factory=dict)
    start_ms: list[float] = field(default_factory=list)
    rss_mib: list[float] = field(default_factory=list)


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # The same language for all, whatever the machine's: the app speaks the system's.
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env.pop("LANGUAGE", None)
    env.update(extra)
    return env


def _compile() -> None:
    """Compile the package's bytecode, as installing it does.

    A developer's environment may set PYTHONDONTWRITEBYTECODE; the app would then compile its
    sources at every start, which no installed copy does (pip compiles at install, a bundle holds
    bytecode). The measured scripts themselves run as __main__, compiled each time in all.
    Forced: compileall compares modification times to the second, so a source changed within
    the second of its last compilation (a checkout, an editor) keeps stale bytecode, which Python
    then refuses and compiles again at every start: a cost on the app alone.
    """
    subprocess.run(
        [sys.executable, "-m", "compileall", "-f", "-q", str(ROOT / "gui" / "billing_contact"), str(HERE)],
        check=True,
    )


def _start_once(samples: Samples) -> tuple[float, float]:
    """One start: (milliseconds to the first shown page, max RSS in MiB)."""
    env = _env(samples.env_extra)
    start = time.perf_counter()
    process = subprocess.Popen(
        samples.command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True, cwd=ROOT
    )
    assert process.stdout is not None
    elapsed = None
    for line in process.stdout:
        if line.strip() == MARKER:
            elapsed = (time.perf_counter() - start) * 1000
            break
    process.stdout.read()
    # wait4, not Popen.wait: it also returns the child's resource usage (ru_maxrss in KiB).
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if elapsed is None or process.returncode != 0:
        raise RuntimeError(f"{samples.name}: no first show (exit code {process.returncode}): {samples.command}")
    return elapsed, usage.ru_maxrss / 1024


def _interleaved(pairs: Sequence[Samples], warmup: int, runs: int) -> None:
    for index in range(warmup + runs):
        # A B A B ..., and B A every other round, so that neither always follows the other.
        order = pairs if index % 2 == 0 else list(reversed(pairs))
        for samples in order:
            ms, rss = _start_once(samples)
            if index >= warmup:
                samples.start_ms.append(ms)
                samples.rss_mib.append(rss)


def _p90(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def _inapp(processes: int) -> dict[str, list[float]]:
    figures: dict[str, list[float]] = {}
    for _ in range(processes):
        result = subprocess.run(
            [sys.executable, str(HERE / "inapp.py")],
            capture_output=True,
            text=True,
            env=_env({}),
            cwd=ROOT,
            timeout=TIMEOUT * 4,
            check=True,
        )
        for name, values in json.loads(result.stdout).items():
            figures.setdefault(name, []).extend(values)
    return figures


def _verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(
        cell.ljust(width) if i == 0 else cell.rjust(width)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    )


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [_row(rows[0], widths), _row(["-" * w for w in widths], widths)]
    lines += [_row(row, widths) for row in rows[1:]]
    return "\n".join(lines)


def _frozen(rows: list[list[str]], warmup: int, runs: int) -> str | None:
    """Add the frozen start-up row to ``rows``; or return why there is none."""
    programs = (FROZEN_APP, FROZEN_BASELINE, FROZEN_FLOOR)
    if not all(program.is_file() for program in programs):
        return (
            f"frozen bundle: skipped, {', '.join(str(p.relative_to(ROOT)) for p in programs)} "
            "are not all there: make bench builds them (run.py alone does not)"
        )
    # A frozen program is armed by first_show.py as a runtime hook, when told to.
    hook = {"BENCH_FIRST_SHOW": "1"}
    frozen_app = Samples("frozen app", [str(FROZEN_APP), "--lang", "en"], hook)
    frozen_baseline = Samples("frozen baseline", [str(FROZEN_BASELINE)], hook)
    frozen_floor = Samples("frozen content floor", [str(FROZEN_FLOOR)], hook)
    try:
        _interleaved([frozen_app, frozen_baseline, frozen_floor], warmup, runs)
    except RuntimeError as error:
        return f"frozen bundle: skipped, {error} (is benchmarks/first_show.py its runtime hook?)"
    rows.extend(
        _start_rows("frozen start-up to first page", frozen_app, frozen_baseline, frozen_floor, FROZEN_START_RATIO)
    )
    return None


def _start_rows(label: str, app: Samples, baseline: Samples, floor: Samples, limit: float) -> list[list[str]]:
    """The start-up rows: the app against the baseline (the target), then the content floor.

    No target on the floor's rows: they tell where the start-up goes. The content floor is the
    app's first page built from stock widgets in one file (first_page_floor.py): what showing that
    content costs, app or not.
    """
    med = statistics.median
    ratio = med(app.start_ms) / med(baseline.start_ms)
    return [
        [
            f"{label}, median ms",
            f"{med(app.start_ms):.1f}",
            f"{med(baseline.start_ms):.1f}",
            f"{ratio:.3f}",
            f"<= {limit:.2f}x",
            _verdict(ratio <= limit),
        ],
        [
            "  min / p90 ms",
            f"{min(app.start_ms):.0f} / {_p90(app.start_ms):.0f}",
            f"{min(baseline.start_ms):.0f} / {_p90(baseline.start_ms):.0f}",
            "",
            "",
            "",
        ],
        [
            "  the first page from stock widgets, median ms",
            f"{med(floor.start_ms):.1f}",
            f"{med(baseline.start_ms):.1f}",
            f"{med(floor.start_ms) / med(baseline.start_ms):.3f}",
            "",
            "",
        ],
        ["  app / the first page from stock widgets", "", "", f"{med(app.start_ms) / med(floor.start_ms):.3f}", "", ""],
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=20, help="measured start-ups of each program (default 20)")
    parser.add_argument("--warmup", type=int, default=3, help="discarded start-ups of each, first (default 3)")
    options = parser.parse_args(argv)
    if options.runs < 10:
        parser.error("at least 10 runs each")

    # Every program starts as on a fresh account: no remembered language, no log from before.
    with tempfile.TemporaryDirectory(prefix="billing-contact-bench-") as home:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[name] = os.path.join(home, name.lower())
        return _bench(options.runs, options.warmup)


def _bench(runs: int, warmup: int) -> int:
    app = Samples("app", [sys.executable, str(HERE / "app_startup.py"), "--lang", "en"])
    baseline = Samples("baseline", [sys.executable, str(HERE / "baseline_wizard.py")])
    floor = Samples("content floor", [sys.executable, str(HERE / "first_page_floor.py")])
    print(f"Start-up: {warmup} warm-up and {runs} measured runs of each, interleaved; offscreen.")
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start.")
    _compile()
    _interleaved([app, baseline, floor], warmup, runs)
    inapp = _inapp(3)

    med = statistics.median
    memory_ratio = med(app.rss_mib) / med(baseline.rss_mib)
    rows = [["measure", "value", "baseline", "ratio", "target", "status"]]
    rows.extend(_start_rows("start-up to first page", app, baseline, floor, START_RATIO))
    rows.append(
        [
            "peak memory (max RSS), median MiB",
            f"{med(app.rss_mib):.1f}",
            f"{med(baseline.rss_mib):.1f}",
            f"{memory_ratio:.3f}",
            f"<= {MEMORY_RATIO:.2f}x",
            _verdict(memory_ratio <= MEMORY_RATIO),
        ]
    )

    def inapp_row(label: str, name: str, limit: float | None = None) -> None:
        values = inapp[name]
        status = _verdict(med(values) < limit) if limit is not None else ""
        target = f"< {limit:.0f} ms" if limit is not None else ""
        rows.append([f"{label} ({len(values)}x)", f"{med(values):.1f}", "", "", target, status])

    inapp_row("in app: build + show the wizard, first, ms", "build_first")
    inapp_row("in app: build + show the wizard, again, ms", "build")
    inapp_row("in app: page transition (Next), first, ms", "transition_first", TRANSITION_MS)
    inapp_row("in app: page transition (Next), again, ms", "transition", TRANSITION_MS)
    inapp_row("in app: verdict page, first show, ms", "verdict_first", VERDICT_FIRST_MS)
    inapp_row("in app: verdict page, later shows, ms", "verdict")
    inapp_row("in app: language switch, first (from disk), ms", "language_first", LANGUAGE_MS)
    inapp_row("in app: language switch, cached, ms", "language", LANGUAGE_MS)

    frozen_note = _frozen(rows, warmup, runs)
    print()
    print(_table(rows))
    if frozen_note:
        print(frozen_note)
    print(f"Load average {os.getloadavg()[0]:.2f} at the end.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
