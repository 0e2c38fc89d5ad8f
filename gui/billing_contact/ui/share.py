"""The summary of a walk, in the current language, and the one button that shares it.

What IT staff and account admins are sent: the questions and answers, the verdict and what to do
next, the portal addresses, when, and the app's version. "Share summary" copies it (as text and
HTML), saves it (text, web page or PDF) or prints it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from .. import __version__
from ..logic import walkcode
from ..logic.flow import Walk
from ..logic.summary import Labels, Summary
from ..services import desktop
from ..services.i18n import map_text
from . import accessibility
from .context import Setup


def summary_of(setup: Setup, walk: Walk) -> Summary:
    """The summary of ``walk``, which reached a verdict, in the current language."""
    assert walk.verdict is not None
    flow = setup.flow
    verdict = flow.verdict(walk.verdict)
    labels = Labels(
        title=QCoreApplication.translate("Summary", "Who is the billing contact? Summary"),
        answers=QCoreApplication.translate("Summary", "Questions and answers"),
        verdict=QCoreApplication.translate("Summary", "Result"),
        next_step=QCoreApplication.translate("Summary", "What to do next"),
        addresses=QCoreApplication.translate("Summary", "Portal addresses"),
        when=QCoreApplication.translate("Summary", "Date and time"),
        version=QCoreApplication.translate("Summary", "Billing Contact Assistant version"),
        walk_code=QCoreApplication.translate("Summary", "Walk code"),
        pair=QCoreApplication.translate("Summary", "{label}: {value}"),
    )
    return Summary(
        labels=labels,
        answers=setup.answers(walk),
        verdict=setup.text(verdict.headline),
        explanation=tuple(setup.text(text) for text in verdict.explanation),
        next_step=setup.text(verdict.next_step),
        addresses=tuple((map_text(portal.name), setup.policy.urls[portal.id]) for portal in flow.portals),
        when=QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat),
        version=__version__,
        walk_code=walkcode.encode(flow, walk),
    )


class ShareButton(QPushButton):
    """ "Share summary", with a menu: copy, save, print."""

    def __init__(self, setup: Setup, walk: Walk, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup = setup
        self._walk = walk
        self.setObjectName("action.share_summary")
        menu = QMenu(self)
        menu.setObjectName("share_summary.menu")
        self._copy = self._add(menu, "action.copy_summary", self._copy_summary)
        self._save = self._add(menu, "action.save_summary", self._save_summary)
        self._print = self._add(menu, "action.print_summary", self._print_summary)
        self.setMenu(menu)
        self.retranslate()

    @staticmethod
    def _add(menu: QMenu, name: str, slot: object) -> QAction:
        action = menu.addAction("")
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def summary(self) -> Summary:
        return summary_of(self._setup, self._walk)

    def _copy_summary(self) -> None:
        summary = self.summary()
        desktop.copy_to_clipboard(summary.text(), summary.html())
        # The menu has closed: the focus is back on this button, which says it was done.
        accessibility.show_done(self, QCoreApplication.translate("Pages", "Copied"))

    def _save_summary(self) -> None:
        # A dialog's module loads when the dialog first opens (docs/ARCHITECTURE.md).
        from ..services import dialogs

        filters = [
            QCoreApplication.translate("Pages", "Text (*.txt)"),
            QCoreApplication.translate("Pages", "Web page (*.html)"),
            QCoreApplication.translate("Pages", "PDF document (*.pdf)"),
        ]
        dialogs.choose_save_file(
            self,
            QCoreApplication.translate("Pages", "Save the summary"),
            QCoreApplication.translate("Pages", "billing-contact-summary") + ".txt",
            filters,
            self._write_summary,
        )

    def _write_summary(self, path: str) -> None:
        summary = self.summary()
        suffix = Path(path).suffix.lower()
        if suffix in (".html", ".htm"):
            error = desktop.write_file(path, summary.html().encode("utf-8"))
        elif suffix == ".pdf":
            error = desktop.write_pdf(path, summary.html())
        else:
            error = desktop.write_file(path, summary.text().encode("utf-8"))
        if error is not None:
            from PySide6.QtWidgets import QMessageBox

            from ..services import dialogs

            dialogs.show_notice(
                self,
                "dialog.save_failed",
                lambda: dialogs.Texts(
                    QCoreApplication.translate("Pages", "The summary was not saved"),
                    QCoreApplication.translate(
                        "Pages", "It could not be written to {path}. Nothing was left there; save it elsewhere."
                    ).format(path=path),
                    error,
                ),
                QMessageBox.Icon.Warning,
            )

    def _print_summary(self) -> None:
        summary = self.summary()
        desktop.print_html(self, summary.html(), summary.labels.title)

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Pages", "Share summary"))
        self.setToolTip(
            QCoreApplication.translate(
                "Pages", "Copy, save or print your answers and the result, to send them to IT or your account admin"
            )
        )
        # Qt tells it is a button with a menu; Orca 43 says "push button" all the same.
        accessibility.describe(
            self,
            QCoreApplication.translate(
                "Pages", "Opens a menu to copy, save or print your answers and the result, for IT or your account admin"
            ),
        )
        self._copy.setText(QCoreApplication.translate("Pages", "Copy summary"))
        self._save.setText(QCoreApplication.translate("Pages", "Save summary…"))
        self._print.setText(QCoreApplication.translate("Pages", "Print…"))
