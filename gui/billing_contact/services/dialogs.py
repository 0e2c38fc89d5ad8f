"""Non-blocking message boxes that follow the language.

Every box opens with ``open()``, never ``exec()``: the wizard keeps running behind it, and tests
never hang on a modal loop. Its texts come from a function, called again on each language change,
so an open box switches language with the rest of the app.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

from ..logic.text import spoken

# How long a button of a box says it did its job ("Copied") before it reads as before.
DONE_MS = 2000


class Texts(NamedTuple):
    title: str
    text: str
    informative: str = ""


class Notice(QMessageBox):
    def __init__(
        self,
        parent: QWidget | None,
        name: str,
        icon: QMessageBox.Icon,
        texts: Callable[[], Texts],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setIcon(icon)
        self._texts = texts
        self._actions: list[tuple[QPushButton, Callable[[], str]]] = []
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        # With an extra button (About, Copy details) QMessageBox no longer knows which button
        # Escape and the window's close button mean, and refuses to close (which also stops the
        # application from quitting): it is always OK.
        self.setEscapeButton(QMessageBox.StandardButton.Ok)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.retranslate()

    def add_action(
        self,
        name: str,
        text: Callable[[], str],
        slot: Callable[[], None],
        *,
        closes: bool,
        done: Callable[[], str] | None = None,
    ) -> QPushButton:
        """A button of the box's own (About…, Copy details), named ``name``, following the language.

        ``done``: what the button reads for a moment once it did its job ("Copied"), seen and, as
        the focused button's name changes, heard.
        """
        button = self.addButton(text(), QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        if not closes:
            # QMessageBox closes on any of its buttons; this one only does its job.
            button.clicked.disconnect()
        button.clicked.connect(slot)
        if done is not None:
            button.clicked.connect(lambda: self._show_done(button, text, done))
        self._actions.append((button, text))
        return button

    @staticmethod
    def _show_done(button: QPushButton, text: Callable[[], str], done: Callable[[], str]) -> None:
        button.setMinimumWidth(button.width())
        button.setText(done())

        def restore() -> None:
            button.setText(text())
            button.setMinimumWidth(0)

        QTimer.singleShot(DONE_MS, button, restore)

    def copyable(self) -> None:
        """Let the keyboard reach the informative text (what the box asks to copy): a Tab stop,
        whose text can be selected and copied, and that screen readers read as it gets the focus."""
        label = self.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def retranslate(self) -> None:
        texts = self._texts()
        self.setWindowTitle(texts.title)
        self.setText(texts.text)
        self.setInformativeText(texts.informative)
        # Read as they should be said: a screen reader reads a box's texts as it opens.
        for name, said in (("qt_msgbox_label", texts.text), ("qt_msgbox_informativelabel", texts.informative)):
            label = self.findChild(QLabel, name)
            if label is not None:
                label.setAccessibleName(spoken(". ".join(line for line in said.splitlines() if line.strip())))
        for button, text in self._actions:
            button.setText(text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# A box without a parent belongs to Python alone: without a reference it would be collected, and
# vanish, the moment the function that opened it returns.
_parentless: set[Notice] = set()


def show_notice(
    parent: QWidget | None,
    name: str,
    texts: Callable[[], Texts],
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
) -> Notice:
    """Open a non-blocking box named ``name`` (its objectName) and return it."""
    box = Notice(parent, name, icon, texts)
    if parent is None:
        _parentless.add(box)
        box.finished.connect(lambda _result: _parentless.discard(box))
    box.open()
    return box


def confirm(
    parent: QWidget,
    name: str,
    texts: Callable[[], Texts],
    confirm_text: Callable[[], str],
    on_confirmed: Callable[[], None],
) -> Notice:
    """Ask before something that loses work (a non-blocking box named ``name``).

    Its default, and Escape, keep the work (the box's "Cancel"); ``on_confirmed`` runs only
    on the button that says ``confirm_text``.
    """
    box = Notice(parent, name, QMessageBox.Icon.Warning, texts)
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.add_action("confirm", confirm_text, on_confirmed, closes=True)
    box.open()
    return box


def choose_save_file(
    parent: QWidget,
    title: str,
    suggested_name: str,
    filters: list[str],
    on_chosen: Callable[[str], None],
) -> QFileDialog:
    """Ask where to save (a non-blocking dialog); ``on_chosen(path)`` runs once a file is picked.

    The file type follows the filter picked when the name has no extension of its own.
    """
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("dialog.save")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters(filters)
    dialog.setDirectory(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    dialog.selectFile(suggested_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _chosen(path: str) -> None:
        if not Path(path).suffix:
            match = re.search(r"\*(\.\w+)", dialog.selectedNameFilter())
            path += match.group(1) if match else ""
        on_chosen(path)

    dialog.fileSelected.connect(_chosen)
    dialog.open()
    return dialog
