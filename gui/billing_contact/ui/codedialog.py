"""The dialog that asks for a walk code, says what it opens as it is typed (or, once the user
pauses, what is wrong with it), and opens it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..logic import walkcode
from ..logic.flow import Walk
from ..services.i18n import FollowsLanguage
from . import accessibility
from .context import Setup
from .widgets import ErrorLabel, HintedLineEdit


class WalkCodeDialog(FollowsLanguage, QDialog):
    """Non-blocking (``open()``): the wizard stays usable behind it, and follows the language."""

    # The walk the code stands for, once the user confirms it.
    walk_chosen = Signal(object)

    def __init__(self, setup: Setup, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup = setup
        self._walk: Walk | None = None
        self.setObjectName("dialog.walk_code")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self._prompt = QLabel(self)
        self._prompt.setObjectName("field.walk_code.label")
        self._prompt.setWordWrap(True)
        layout.addWidget(self._prompt)
        self.field = HintedLineEdit(self)
        self.field.setObjectName("field.walk_code")
        self.field.set_hint("B-A-B")
        # A pasted page of text is cut to what a code can be, so the message quoting it stays short.
        self.field.setMaxLength(walkcode.MAX_LENGTH)
        self._prompt.setBuddy(self.field)
        layout.addWidget(self.field)
        # The code is typed at once: the field has the focus whenever the dialog has it.
        self.field.setFocus()
        # Either what the code opens, as one types, or why it opens nothing, once one pauses.
        self._error = ErrorLabel(self)
        self._error.setObjectName("field.walk_code.error")
        layout.addWidget(self._error)
        self._result = QLabel(self)
        self._result.setObjectName("field.walk_code.result")
        self._result.setWordWrap(True)
        layout.addWidget(self._result)
        layout.addStretch(1)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self._telling = accessibility.FieldCheck(self.field, self._error, self._problem, self._description)
        self.field.textChanged.connect(self._check)
        # Room for the longest message in the longer languages without the dialog jumping.
        self.setMinimumWidth(32 * self.fontMetrics().height())
        self.retranslate()

    def ok_button(self) -> QWidget:
        return self._buttons.button(QDialogButtonBox.StandardButton.Ok)

    def error(self) -> str:
        """What the dialog shows is wrong with the code typed, in the current language; "" when
        nothing is (or nothing is shown yet: the user has not paused)."""
        return self._error.text() if not self._error.isHidden() else ""

    def _problem(self, asked: bool) -> str:
        """What is wrong with the code typed; an empty field only when the user asked to open it."""
        text = self.field.text()
        if self._walk is not None or not (text.strip() or asked):
            return ""
        found = walkcode.decode(self._setup.flow, text)
        assert isinstance(found, walkcode.Problem)
        return walkcode.describe(self._setup.flow, found, QCoreApplication.translate)

    def _description(self) -> str:
        """What the field says to a screen reader without an error: what the code opens, or what
        to type."""
        return self._result.text() if self._walk is not None else self._instruction()

    def _instruction(self) -> str:
        return QCoreApplication.translate(
            "WalkCodeDialog",
            "The letters of the answers, as the result page shows them (for example B-A-B). "
            "The same code opens the same result in every language.",
        )

    def _check(self) -> None:
        found = walkcode.decode(self._setup.flow, self.field.text())
        self._walk = found if isinstance(found, Walk) else None
        if self._walk is not None and self._walk.verdict is not None:
            headline = self._setup.text(self._setup.flow.verdict(self._walk.verdict).headline)
            self._result.setText(
                QCoreApplication.translate("WalkCodeDialog", "Opens the result: {headline}").format(headline=headline)
            )
        self._result.setHidden(self._walk is None)
        self.ok_button().setEnabled(self._walk is not None)
        self._telling.typed()
        self._fit()

    def _fit(self) -> None:
        # A window takes its minimum height from its labels' one-line hints: wrapped over more
        # lines (a long message, a longer language) they would be cut. Their height at this width,
        # and the dialog shrinks back to it once a long message is gone, never past the screen.
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
        screen = self.screen().availableGeometry().height() if self.screen() is not None else needed
        needed = min(needed, screen)
        self.setMinimumHeight(needed)
        if self.height() > needed:
            self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Return on a code that opens nothing (OK is disabled) says why, at the field.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.field:
            self.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if not self._telling.check(asked=True) or self._walk is None:
            return
        walk = self._walk
        super().accept()
        self.walk_chosen.emit(walk)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("WalkCodeDialog", "Open a walk code"))
        self._prompt.setText(
            QCoreApplication.translate(
                "WalkCodeDialog",
                "&Walk code: the letters of the answers, as the result page shows them (for example B-A-B). "
                "The same code opens the same result in every language.",
            )
        )
        # Named "Walk code", the field and its label (which a screen reader reads for it); the
        # instruction is what the field says while it is empty.
        name = QCoreApplication.translate("WalkCodeDialog", "Walk code")
        accessibility.speak_as(self.field, name)
        accessibility.speak_as(self._prompt, name)
        self._check()
        self._telling.refresh()
