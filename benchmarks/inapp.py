"""Inside the app, after the QApplication exists: build, page transition, language switch, verdict.

Run by ``benchmarks/run.py`` in its own process; prints one JSON object mapping each figure to
its list of milliseconds. Each figure is what a person waits for: the wizard is shown, and a step
ends once the event loop has processed what the step posted (show, layout, paint), on the
offscreen platform. ``*_first`` figures are the first time in the process (files read, caches
cold), the others are repeats.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard

from billing_contact import create_wizard
from billing_contact.services import i18n

REPEATS = 15


def _ms(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    # Twice: events handled in the first pass (a language change, a show) post more.
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _choose_and_next(wizard: QWizard, choice_id: str) -> None:
    button = wizard.currentPage().findChild(QRadioButton, choice_id)
    if button is None:
        raise LookupError(f"{choice_id} is not on {wizard.currentPage().objectName()}")
    button.click()
    wizard.next()


def _build() -> QWizard:
    wizard = create_wizard("en")
    wizard.show()
    return wizard


def main() -> int:
    app = QApplication(sys.argv)
    figures: dict[str, list[float]] = {}

    def record(name: str, step: Callable[[], object]) -> None:
        figures.setdefault(name, []).append(_ms(step))

    # Build (create_wizard and show): the first includes loading the catalogs and Qt's styles.
    built: list[QWizard] = []
    for index in range(REPEATS + 1):
        record("build_first" if index == 0 else "build", lambda: built.append(_build()))
        if index:
            # Gone before the next one: live wizards would all retranslate on a language change.
            built.pop().deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    wizard = built[0]
    QCoreApplication.processEvents()

    for index in range(REPEATS + 1):
        wizard.restart()
        QCoreApplication.processEvents()
        # start -> billing center: a step page, as every transition but the last. The first time,
        # the page builds its widgets.
        name = "transition_first" if index == 0 else "transition"
        record(name, lambda: _choose_and_next(wizard, "choice.start.billing_center"))
        # billing center -> the verdict page, whose view is built for the verdict reached.
        name = "verdict_first" if index == 0 else "verdict"
        record(name, lambda: _choose_and_next(wizard, "choice.billing_center.subscriptions"))

    # A language switch while the verdict page is shown; Italian is read from disk the first time.
    for index in range(REPEATS + 1):
        record("language_first" if index == 0 else "language", lambda: i18n.catalogs.install("it"))
        record("language", lambda: i18n.catalogs.install("en"))

    wizard.close()
    del app
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
