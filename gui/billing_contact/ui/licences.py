"""The licences of the app and of what it carries (Qt, PySide6, Python...), in a non-blocking dialog.

An installed program has them in its licenses/ folder, which packaging/make_licenses.py writes into
the bundle: beside the program, or in the macOS app's Resources. Run from source there is no such
folder: the dialog shows the app's own licence and says where the others come from.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..services.i18n import FollowsLanguage

# The licences folder's index, which names every component and its licence's file.
INDEX = "README.txt"


def bundled_folder() -> Path | None:
    """The licenses/ folder of the installed program, or None when the app runs from source."""
    if not getattr(sys, "frozen", False):
        return None
    program = Path(sys.executable).resolve().parent
    # Linux and Windows: beside the program; macOS: Contents/Resources, beside Contents/MacOS.
    for folder in (program / "licenses", program.parent / "Resources" / "licenses"):
        if (folder / INDEX).is_file():
            return folder
    return None


def _app_licence() -> str:
    """The app's own licence, as its installed distribution carries it."""
    try:
        files = metadata.distribution("billing-contact-assistant").files or []
    except metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name in {"LICENSE", "LICENSE.txt"}:
            return file.read_text(encoding="utf-8")
    return "MIT License"


class LicencesDialog(FollowsLanguage, QDialog):
    """The licences' files on the left (the index first), the chosen one's text on the right."""

    def __init__(self, parent: QWidget | None, folder: Path | None) -> None:
        super().__init__(parent)
        self._folder = folder
        self.setObjectName("dialog.licences")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setObjectName("licences.intro")
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        splitter = QSplitter(self)
        self.files = QListWidget(splitter)
        self.files.setObjectName("licences.files")
        self.text = QPlainTextEdit(splitter)
        self.text.setObjectName("licences.text")
        self.text.setReadOnly(True)
        # The texts are laid out for a fixed-width font (indents, underlined headings); a window
        # narrower than their lines wraps them rather than hiding their ends.
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        # Read with the keyboard too: Tab reaches it, and the arrows move through the text.
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if folder is None:
            item = QListWidgetItem("LICENSE", self.files)
            item.setData(Qt.ItemDataRole.UserRole, _app_licence())
        else:
            names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.txt"))
            for name in [INDEX, *(n for n in names if n != INDEX)]:
                QListWidgetItem(name, self.files).setData(Qt.ItemDataRole.UserRole, name)
        self.files.currentItemChanged.connect(self._show)
        self.files.setCurrentRow(0)
        self.files.setFocus()
        # The list as wide as its longest name, the text as wide as a licence's lines (they are
        # written for 80 columns), within the screen.
        margin = 4 * self.fontMetrics().averageCharWidth()
        list_width = self.files.sizeHintForColumn(0) + self.files.verticalScrollBar().sizeHint().width() + margin
        text_width = self.text.fontMetrics().horizontalAdvance("M" * 82) + margin
        splitter.setSizes([list_width, text_width])
        size = QSize(list_width + text_width + 2 * margin, 36 * self.fontMetrics().height())
        screen = (parent.screen() if parent is not None else self.screen()).availableSize()
        self.resize(size.boundedTo(screen * 0.9))
        self.retranslate()

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        data = str(item.data(Qt.ItemDataRole.UserRole))
        if self._folder is None:
            self.text.setPlainText(data)
        else:
            self.text.setPlainText((self._folder / data).read_text(encoding="utf-8"))

    def show_file(self, name: str) -> None:
        """Show the licences' file ``name`` (as the list names it)."""
        found = self.files.findItems(name, Qt.MatchFlag.MatchExactly)
        if found:
            self.files.setCurrentItem(found[0])

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Licences", "Licences"))
        self.files.setAccessibleName(QCoreApplication.translate("Licences", "Licence files"))
        self.text.setAccessibleName(QCoreApplication.translate("Licences", "Licence text"))
        if self._folder is None:
            self._intro.setText(
                QCoreApplication.translate(
                    "Licences",
                    "Billing Contact Assistant is free software under the MIT licence, below. Run from "
                    "source, it uses the Qt, PySide6 and Python installed with it, each under its own "
                    "licence; the installed program carries their texts in its licenses folder.",
                )
            )
        else:
            self._intro.setText(
                QCoreApplication.translate(
                    "Licences",
                    "Billing Contact Assistant and what it carries, each under its own licence. The "
                    "index, {index}, names each one, its licence and the file with its text.",
                ).format(index=INDEX)
            )


def show_licences(parent: QWidget | None, folder: Path | None = None) -> LicencesDialog:
    """Open the licences (the bundle's, or the app's own when run from source) without blocking."""
    dialog = LicencesDialog(parent, folder if folder is not None else bundled_folder())
    dialog.open()
    return dialog
