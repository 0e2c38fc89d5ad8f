"""Run a PySide6 script, print a marker when its first wizard page has been painted, and quit.

    python benchmarks/first_show.py SCRIPT [ARGS...]

The benchmark starts the app and the baseline through this one launcher, so that "first shown"
means the same thing in both without a line of benchmark code in either: when the script calls
``QApplication.exec()``, an application-wide event filter waits for the first Paint of a
``QWizardPage``; once the event loop has finished that paint pass (a zero-time timer runs after
it), the launcher prints ``MARKER`` and quits the loop. On the offscreen platform the first
expose and paint come from the event loop, after ``exec()`` starts, so none is missed.

A frozen program has no launcher: ``make bench`` freezes the app and the baseline with this file as
a PyInstaller runtime hook, which arms the same watch when ``BENCH_FIRST_SHOW=1`` is set.
"""

from __future__ import annotations

import os
import runpy
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizardPage

MARKER = "first-show"
ENV = "BENCH_FIRST_SHOW"


class _Watch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched, QWizardPage):
            self._seen = True
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(MARKER, flush=True)
    QCoreApplication.quit()


_watch: _Watch | None = None
_exec = QApplication.exec


def _exec_watched() -> int:
    global _watch  # noqa: PLW0603 - one watch per process, kept alive for the event loop
    app = QApplication.instance()
    if app is not None and _watch is None:
        _watch = _Watch()
        app.installEventFilter(_watch)
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
