"""The benchmark's marker: print ``first-show`` once the shown wizard's page has been painted, then quit.

Each program ``make bench`` starts (``baseline_wizard.py``, ``first_page_floor.py``,
``app_startup.py``) calls ``arm()`` once its own imports are done, so that no program's imports
happen in another order than they would without the benchmark. When the program enters its event
loop (``QApplication.exec()``), the watch finds the wizard it has shown and installs an event
filter on that wizard's current page alone: at the page's first Paint event it starts a zero-time
timer, which runs once the paint pass is over, prints ``MARKER`` and quits the loop. That costs
every program the same few calls into Python. A zero-time timer alone, started when the event
loop starts, runs before the first paint on the offscreen platform.

A frozen program gets the same watch as a PyInstaller runtime hook (``make bench`` freezes the
three programs with this file as one), armed when ``BENCH_FIRST_SHOW=1`` is set; arming twice is
harmless.
"""

from __future__ import annotations

import os
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
    shown = QApplication.topLevelWidgets()
    wizards = [widget for widget in shown if isinstance(widget, QWizard) and widget.isVisible()]
    if len(wizards) != 1 or wizards[0].currentPage() is None:
        raise RuntimeError(f"first_show.py expects one shown wizard with a page at exec(), found {wizards}")
    wizards[0].currentPage().installEventFilter(_watch)
    return _exec()


def arm() -> None:
    """Watch for the first painted wizard page once the program enters its event loop."""
    if getattr(QApplication.exec, "first_show", False):
        return
    _exec_watched.first_show = True  # type: ignore[attr-defined]
    # Static, as Qt's is: programs call both app.exec() and QApplication.exec().
    QApplication.exec = staticmethod(_exec_watched)  # type: ignore[method-assign]


if getattr(sys, "frozen", False) and os.environ.get(ENV) == "1":
    # A PyInstaller runtime hook, which runs before the frozen program's own script.
    arm()
