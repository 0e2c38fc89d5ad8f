"""What a screen reader needs that Qt's widgets do not tell it by themselves.

Checked with Orca 43 on the AT-SPI bus (``make orca-check``) and by tests/system/test_atspi.py. Orca
43 ignores Qt 6.8's ``QAccessibleAnnouncementEvent`` and reads an object's description only after
its name and role, so what must come first is put where Orca reads first:

- a step page's content sits in a region named by the page's title: arriving on the page, Orca
  reads the region (its name, then the text in it: the instructions) before the first answer;
- the answers sit in a box of their own inside the question's group box: Qt labels a radio button
  by the titled group box it lies in, and Orca then reads the question again with every answer;
- the verdict's headline is a heading whose description is why, then what to do;
- a field's error is its description while it shows: Orca speaks a change of the focused object's
  description as it happens. (Qt has no AT-SPI "invalid entry" state to give the field.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ..logic import mnemonics


def step_region(page: QWidget) -> tuple[QFrame, QVBoxLayout]:
    """A frame filling ``page``, and the layout for its content; name it with ``name_region``.

    A QFrame is a panel on the AT-SPI bus, which Orca reads as context (name, then the text in it)
    when the focus comes into it; the page itself is a filler, which Orca skips.
    """
    frame = QFrame(page)
    frame.setObjectName("step")
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(frame)
    # The style's margins, as the page's own layout had them: the content lines up with the
    # verdict page's and with the title.
    layout = QVBoxLayout(frame)
    return frame, layout


def name_region(region: QWidget, title: str) -> None:
    region.setAccessibleName(title)


class _AnswerBox(QWidget):
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    def _name(self) -> None:
        # Named, because Orca skips a panel whose only child has the panel's name, and Qt names a
        # nameless widget after the group box it lies in.
        self.setAccessibleName(QCoreApplication.translate("Accessibility", "Answers"))


def answer_box(question: QWidget) -> tuple[QWidget, QVBoxLayout]:
    """A box filling the group box ``question``, and the layout for its answers."""
    outer = QVBoxLayout(question)
    box = _AnswerBox(question)
    box.setObjectName("answers")
    box._name()
    outer.addWidget(box)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    return box, layout


def name_wizard_buttons(wizard: QWizard) -> None:
    """Name QWizard's buttons by their words: "< Back" and "Next >" are read "less Back" and
    "Next greater" at a screen reader's default punctuation level."""
    for which in (
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.NextButton,
        QWizard.WizardButton.CommitButton,
        QWizard.WizardButton.FinishButton,
        QWizard.WizardButton.CancelButton,
        QWizard.WizardButton.HelpButton,
    ):
        button = wizard.button(which)
        button.setAccessibleName(words(button.text()))


def words(text: str) -> str:
    """``text`` as it should be read: no mnemonic marker, no arrows drawn with < and >."""
    text = mnemonics.strip(text)
    return " ".join(text.replace("<", " ").replace(">", " ").split())


class Heading(QLabel):
    """A label that screen readers read as a heading, with what follows it as its description."""

    def __init__(self, parent: QWidget) -> None:
        read_as("Heading", QAccessible.Role.Heading)
        super().__init__(parent)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        # A heading is read by its name: the label's own text interface is not there to read.
        self.setAccessibleName(text)


def read_as_main_window(window: QWidget) -> None:
    """Have ``window``, a dialog class, read as the application's main window (AT-SPI "frame").

    Orca reads a dialog as it appears with every label in it, before the focused object and its
    context: the first page's text would be read twice. A frame is read by its name alone.
    Call it before the window is first shown.
    """
    read_as(type(window).__name__, QAccessible.Role.Window)


_ROLES: dict[str, QAccessible.Role] = {}


def read_as(class_name: str, role: QAccessible.Role) -> None:
    """Widgets of the Python class ``class_name`` tell screen readers they are a ``role``."""
    if not _ROLES:
        QAccessible.installFactory(_interface)
    _ROLES[class_name] = role


def _interface(key: str, obj: QObject) -> QAccessibleWidget | None:
    # Qt asks the factories for each class name up the object's class chain, most derived first:
    # a Python class's name reaches this one before Qt's own factory answers for its Qt base.
    role = _ROLES.get(key)
    if role is not None and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, role)
    return None


def show_field_error(field: QWidget, error_label: QLabel, message: str, *, again: bool = False) -> None:
    """Show ``message`` under ``field`` and make it the field's description, so that a screen
    reader says it as it appears (when the field has the focus) and when it comes back to it.

    ``again``: say it again even if it is already shown, as when the user tries to send anyway.
    A screen reader speaks a change of the focused field's description; the text is unchanged, so
    the change is announced without one.
    """
    error_label.setText(message)
    error_label.setVisible(True)
    if again and field.accessibleDescription() == message:
        QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))
    field.setAccessibleDescription(message)


def clear_field_error(field: QWidget, error_label: QLabel) -> None:
    error_label.setVisible(False)
    field.setAccessibleDescription("")
