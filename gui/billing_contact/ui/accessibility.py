"""What a screen reader needs that Qt's widgets do not tell it by themselves.

Checked with Orca 43 on the AT-SPI bus (``make orca-check``) and by tests/system/test_atspi.py. Orca
43 reads an object's description only after its name and role, so what must come first is put
where Orca reads first:

- a step page's content sits in a region named by the step's number and title: arriving on the
  page, Orca reads the region (its name, then the text in it: the instructions) before the first
  answer; a label of fewer than three words in it ("Step 2") it skips;
- the answers sit in a box of their own inside the question's group box: Qt labels a radio button
  by the titled group box it lies in, and Orca then reads the question again with every answer;
- the verdict's headline is a heading of level 1 whose description is why, then what to do, then
  the walk code;
- a field's description is its error while it shows (Orca speaks a change of the focused object's
  description as it happens), otherwise what the field will do, or nothing: never its hint, which
  Qt would give as the description of a field that has none (``widgets.HintedLineEdit``);
- what is said without the focus moving (an error found as the user leaves a field, a language
  switch) is announced (``announce()``);
- names and descriptions are written as they should be said (``text.spoken()``), at Orca's default
  punctuation level: no "left paren", "colon" or "B dash A".

What Qt 6.11 does not let Python give: the AT-SPI "invalid entry" state (Qt's bridge maps no state
of its own to it) and a relation from a text field to its error (a field's accessible interface
is Qt's own class, which PySide6 does not expose). The error label says it is the field's
description ("description-for"), the field's description is the error, and Orca says it.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAccessibleWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from ..logic import mnemonics
from ..logic.text import spoken


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


def name_region(region: QWidget, number: int, title: str) -> None:
    """Name a step's region by the step's number and title: "Step 2, Sign in to the Admin Center"."""
    if number:
        name = QCoreApplication.translate("Accessibility", "Step {number}: {title}").format(number=number, title=title)
    else:
        name = title
    region.setAccessibleName(spoken(name))


def speak_as(widget: QWidget, text: str) -> None:
    """Have ``widget`` read as ``text`` says it, without the punctuation a screen reader reads aloud."""
    widget.setAccessibleName(spoken(text))


def describe(widget: QWidget, text: str) -> None:
    """Make ``text``, as it should be said, ``widget``'s description: read after its name and role."""
    widget.setAccessibleDescription(spoken(text))


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
    """``text`` as it should be read: no mnemonic marker, no arrows drawn with < and >, no
    punctuation read aloud."""
    return spoken(mnemonics.strip(text))


class Heading(QLabel):
    """A label that screen readers read as a heading of ``level`` (1 the top), with what follows it
    as its description."""

    def __init__(self, parent: QWidget, level: int = 1) -> None:
        _install()
        super().__init__(parent)
        self.level = level

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        # A heading is read by its name: the label's own text interface is not there to read.
        speak_as(self, text)


class _Level(QAccessibleAttributesInterface):
    def __init__(self, heading: Heading) -> None:
        super().__init__()
        self._heading = heading

    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt override
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> Any:  # noqa: N802 - Qt override
        return self._heading.level if key == QAccessible.Attribute.Level else None


class _HeadingInterface(QAccessibleWidget):
    """A heading with its level: Qt's bridge gives AT-SPI the "level" attribute from it."""

    def __init__(self, heading: Heading) -> None:
        super().__init__(heading, QAccessible.Role.Heading)
        self._level = _Level(heading)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._level)[0])
        return _cast(super().interface_cast(kind))


def _cast(pointer: Any) -> Any:
    # Qt asks every interface for each kind (text, value, actions...): one it lacks comes back
    # from PySide6 as None, which a Python override must hand back as a null pointer.
    return pointer if pointer is not None else shiboken6.VoidPtr(0)


def read_as_main_window(window: QWidget) -> None:
    """Have ``window``, a dialog class, read as the application's main window (AT-SPI "frame").

    Orca reads a dialog as it appears with every label in it, before the focused object and its
    context: the first page's text would be read twice. A frame is read by its name alone.
    Call it before the window is first shown.
    """
    read_as(type(window).__name__, QAccessible.Role.Window)


_ROLES: dict[str, QAccessible.Role] = {}
_installed: list[bool] = []


def read_as(class_name: str, role: QAccessible.Role) -> None:
    """Widgets of the Python class ``class_name`` tell screen readers they are a ``role``."""
    _install()
    _ROLES[class_name] = role


def _install() -> None:
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed.append(True)


def _interface(key: str, obj: QObject) -> QAccessibleInterface | None:
    # Qt asks the factories for each class name up the object's class chain, most derived first:
    # a Python class's name reaches this one before Qt's own factory answers for its Qt base.
    if key == "Heading" and isinstance(obj, Heading):
        return _HeadingInterface(obj)
    if isinstance(obj, QLabel) and obj in _DESCRIBED:
        return _ErrorInterface(obj, _DESCRIBED[obj])
    if key == "QApplication" and obj is QCoreApplication.instance() and _application_description:
        return _ApplicationInterface(obj)
    role = _ROLES.get(key)
    if role is not None and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, role)
    return None


# -- the application --------------------------------------------------------------------------

_application_description: list[Callable[[], str]] = []


def describe_application(description: Callable[[], str]) -> None:
    """Describe the application to screen readers by ``description()`` (in the language shown).

    Qt's own description of an application is the path of its program: the Python interpreter's.
    Call it before the first window is shown: the application is read as it was first asked for.
    """
    _install()
    _application_description[:] = [description]


class _ApplicationInterface(QAccessibleObject):
    """The application as Qt's own interface reads it (its top-level windows, the focused one),
    but described in words. (PySide6's stubs do not say that Qt takes None, a null pointer, back
    from some of these.)"""

    @staticmethod
    def _windows() -> list[QAccessibleInterface]:
        found = []
        for window in QGuiApplication.topLevelWindows():
            if window.type() in (Qt.WindowType.Popup, Qt.WindowType.Desktop):
                continue
            root = window.accessibleRoot()
            if root is not None and root.object() is not None:
                found.append(root)
        return found

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self._windows())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        windows = self._windows()
        return windows[index] if 0 <= index < len(windows) else None

    def indexOfChild(self, child: QAccessibleInterface | None) -> int:  # noqa: N802 - Qt override
        objects = [window.object() for window in self._windows()]
        return objects.index(child.object()) if child is not None and child.object() in objects else -1

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802 - Qt override
        window = QGuiApplication.focusWindow()
        return window.accessibleRoot() if window is not None else None

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Application

    def state(self) -> QAccessible.State:
        return QAccessible.State()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return QGuiApplication.applicationName()
        if kind == QAccessible.Text.Description and _application_description:
            return spoken(_application_description[0]())
        return ""

    def rect(self) -> QRect:
        return QRect()

    def window(self) -> None:  # type: ignore[override]
        return None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        return _cast(super().interface_cast(kind))


# -- fields and their errors ------------------------------------------------------------------


# Each error label, and the field it is the description of.
_DESCRIBED: weakref.WeakKeyDictionary[QLabel, QWidget] = weakref.WeakKeyDictionary()


def describes(label: QLabel, field: QWidget) -> None:
    """Tell screen readers that ``label`` (a field's error) is ``field``'s description (AT-SPI
    "description-for"). Call it as soon as the label is made: a screen reader is given the label
    as it first meets it."""
    _install()
    _DESCRIBED[label] = field


class _ErrorInterface(QAccessibleWidget):
    def __init__(self, label: QLabel, field: QWidget) -> None:
        super().__init__(label, QAccessible.Role.StaticText)
        self._field = field

    def relations(self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations) -> list[Any]:
        field = QAccessible.queryAccessibleInterface(self._field)
        # The relation says what the other object is to this one: the field is the one described.
        if field is None or not match & QAccessible.RelationFlag.Described:
            return []
        return [(field, QAccessible.RelationFlag.Described)]

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        return _cast(super().interface_cast(kind))


def show_field_error(field: QWidget, error_label: QLabel, message: str, *, again: bool = False) -> None:
    """Show ``message`` under ``field`` and make it the field's description, so that a screen
    reader says it as it appears (when the field has the focus) and when it comes back to it.

    ``again``: say it again even if it is already shown, as when the user tries to send anyway.
    A screen reader speaks a change of the focused field's description; the text is unchanged, so
    the change is announced without one.
    """
    error_label.setText(message)
    error_label.setVisible(True)
    said = spoken(message)
    if again and field.accessibleDescription() == said:
        QAccessible.updateAccessibility(QAccessibleEvent(field, QAccessible.Event.DescriptionChanged))
    field.setAccessibleDescription(said)


def clear_field_error(field: QWidget, error_label: QLabel, description: str = "") -> None:
    """Hide ``field``'s error; its description is then ``description``: what it will do, or nothing."""
    error_label.setVisible(False)
    field.setAccessibleDescription(spoken(description))


# How long a pause in typing is before a field's text is checked: an error is told then, not as
# the first letter is typed.
PAUSE_MS = 1000


class FieldCheck(QObject):
    """When a field says what is wrong with its text: as the user pauses typing, leaves the field
    or asks for it (Enter, a Send button: ``check()``), and never at the first letter. What is
    wrong is shown under the field (``error_label``) and is its description, which a screen reader
    says as it changes while the field has the focus; leaving the field, it is announced. As soon as
    the text is right the error goes, and the description is what the field will do.

    ``problem(asked)`` is what is wrong with the text, "" if nothing; ``asked`` when the user asked
    (an empty field is wrong only then). ``description()`` is what the field says without an error.
    ``tidy()``, if given, tidies the text up as the field is left (or on Return), before the check.
    Call ``typed()`` as the text changes.
    """

    def __init__(
        self,
        field: QLineEdit,
        error_label: QLabel,
        problem: Callable[[bool], str],
        description: Callable[[], str] = lambda: "",
        tidy: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(field)
        self._field = field
        self._tidy = tidy
        self._label = error_label
        self._problem = problem
        self._description = description
        self.timer = QTimer(self)
        self.timer.setObjectName("pause")
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self._paused)
        describes(error_label, field)
        # As the field is left, and on Return (the focus still there: what Return does says it).
        field.editingFinished.connect(self._left)

    def typed(self) -> None:
        """The text changed: right, the error goes now; wrong, it is told after a pause. An error
        already shown stays as it is meanwhile, so that nothing is said at each letter."""
        if not self._problem(False):
            self.timer.stop()
            self.clear()
            return
        self.timer.start(PAUSE_MS)
        if self._label.isHidden():
            # What the field said of the text before (what a code opened) no longer holds.
            self._field.setAccessibleDescription("")

    def check(self, *, asked: bool = False) -> bool:
        """Check the text now: show and say what is wrong (again, when ``asked`` and it is already
        shown), or clear the error. True if the text is right."""
        self.timer.stop()
        message = self._problem(asked)
        if message:
            show_field_error(self._field, self._label, message, again=asked)
        else:
            self.clear()
        return not message

    def clear(self) -> None:
        clear_field_error(self._field, self._label, self._description())

    def refresh(self) -> None:
        """The language changed: what is shown, in the new language, without saying it again."""
        message = self._problem(True) if not self._label.isHidden() else ""
        if message:
            self._label.setText(message)
            self._field.setAccessibleDescription(spoken(message))
        elif not self.timer.isActive():
            self.clear()

    def _paused(self) -> None:
        if self._field.isVisible():
            self.check()

    def _left(self) -> None:
        if self._tidy is not None:
            self._tidy()
        if self._field.hasFocus() or not self._field.isVisible():
            return
        told = self._label.text() if not self._label.isHidden() else ""
        if not self.check() and self._label.text() != told and self._field.window().isActiveWindow():
            # The field no longer has the focus: its description is not heard as it changes.
            announce(self._field, self._label.text())


# -- said without the focus moving --------------------------------------------------------------

# On the AT-SPI bus (Linux and the BSDs) an announcement is a notification that appears: Orca
# speaks a notification as it is shown, while Orca 43 ignores Qt's announcement event (AT-SPI's
# "object:announcement" came later). Elsewhere, Qt's announcement event is what Windows' and
# macOS's screen readers hear.
ANNOUNCED_BY_NOTIFICATION = not sys.platform.startswith(("win", "darwin"))
# How long an announcement stays on the bus, for a screen reader to read it.
ANNOUNCEMENT_MS = 5000


class Announcer(QWidget):
    """A notification of no size in a window: what it says, a screen reader says as it appears."""

    def __init__(self, window: QWidget) -> None:
        read_as("Announcer", QAccessible.Role.Notification)
        super().__init__(window)
        self.setObjectName("announcer")
        self.setFixedSize(0, 0)
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(ANNOUNCEMENT_MS)
        self._timer.timeout.connect(self.hide)

    def say(self, message: str) -> None:
        self.setAccessibleName(message)
        self.hide()
        self.show()
        self._timer.start()


def announce(anchor: QWidget, message: str) -> None:
    """Have screen readers say ``message`` now, wherever the focus is (in ``anchor``'s window)."""
    message = spoken(message)
    if not message:
        return
    window = anchor.window()
    if ANNOUNCED_BY_NOTIFICATION:
        announcer = window.findChild(Announcer, "announcer", Qt.FindChildOption.FindDirectChildrenOnly)
        (announcer or Announcer(window)).say(message)
    else:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(anchor, message))


# -- buttons ------------------------------------------------------------------------------------

# How long a button shows that it did its job ("Copied") before it reads as before.
DONE_MS = 2000


class _Done(QObject):
    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button)
        self.setObjectName("done")
        self.button = button
        self.before = ""
        self.shown = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DONE_MS)
        self.timer.timeout.connect(self.restore)

    def show(self, text: str) -> None:
        if not self.timer.isActive():
            self.before = self.button.text()
            # The row keeps its place when the words are shorter.
            self.button.setMinimumWidth(self.button.width())
        self.shown = text
        self.button.setText(text)
        self.timer.start()

    def restore(self) -> None:
        # A language switch meanwhile has put the button's own words back already.
        if self.button.text() == self.shown:
            self.button.setText(self.before)
        self.button.setMinimumWidth(0)


def show_done(button: QAbstractButton, text: str) -> None:
    """Have ``button`` read ``text`` ("Copied") for a moment, seen and heard, then its own words
    again. A screen reader speaks a change of the focused button's name as it happens, and reads
    the new name when the focus comes back to it from the button's menu."""
    done = button.findChild(_Done, "done", Qt.FindChildOption.FindDirectChildrenOnly) or _Done(button)
    done.show(text)
