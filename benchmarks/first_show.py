"""Run a PySide6 script, print a marker once its first wizard page has been painted, and quit.

    python benchmarks/first_show.py SCRIPT [ARGS...]

The benchmark starts the app, the baseline and the content floor through this one launcher, so
that "first shown" means the same thing in each without a line of benchmark code in any. When
the script enters its event loop (``QApplication.exec()``), the launcher looks up the wizard it
has shown and watches that wizard's current page alone: at the page's first Paint event it starts
a zero-time timer, which runs once the paint pass is over, prints ``MARKER`` and quits the loop.

Watching one page costs every program the same few calls into Python. An application-wide event
filter would not: it would see every event of every object, and wrap the style object of whichever
program never touched it from Python (benchmarks/README.md says how this was checked). A zero-time
timer alone, started at ``exec()``, is not enough: on the offscreen platform it runs before the
first paint.

A frozen program has no launcher: ``make bench`` freezes the programs with this file as a
PyInstaller runtime hook, which arms the same watch when ``BENCH_FIRST_SHOW=1`` is set.
"""

from __future__ import annotations

import os
import runpy
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard

MARKER = "first-show"
ENV = "BENCH_FIRST_SHOW"


class _PageWatch(QObject):
    """Reports once the page it is installed on has been painted for the first time."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(MARKER, flush=True)
    QCoreApplication.quit()


_watch = _PageWatch()
_exec = QApplication.exec


def _exec_watched() -> int:
    wizards = [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QWizard) and widget.isVisible()
    ]
    if len(wizards) != 1 or wizards[0].currentPage() is None:
        raise RuntimeError(f"first_show.py expects one shown wizard with a page at exec(), found {wizards}")
    wizards[0].currentPage().installEventFilter(_watch)
    return _exec()


def arm() -> None:
    """Watch for the first painted wizard page once the program enters its event loop."""
    # Static, as Qt's is: scripts call both app.exec() and QApplication.exec().
    QApplication.exec = staticmethod(_exec_watched)  # type: ignore[method-assign]


def _run(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    arm()
    sys.argv = argv
    # The script runs as it would on its own: as __main__, its folder first on sys.path.
    sys.path[0] = os.path.dirname(os.path.abspath(argv[0]))
    runpy.run_path(argv[0], run_name="__main__")


if getattr(sys, "frozen", False):
    # A PyInstaller runtime hook, which runs as __main__ before the frozen program's own script.
    if os.environ.get(ENV) == "1":
        arm()
elif __name__ == "__main__":
    _run(sys.argv[1:])
