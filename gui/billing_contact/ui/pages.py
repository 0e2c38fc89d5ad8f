"""The wizard's pages: one kind renders any step of the map, one shows the verdict.

Pages hold no routing rules of their own: ``nextId()`` reads the map, and the verdict is what
``flow.resolve`` makes of the answers on the path actually taken. What a verdict shows is built
by ``verdict`` for each walk, loaded with the first verdict.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Property, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QGroupBox, QLabel, QPushButton, QWidget, QWizardPage

from ..logic import walkcode
from ..logic.flow import LETTERS, VERDICT_PAGE, Step, Walk, resolve
from ..services.i18n import FollowsLanguage, map_text
from . import accessibility
from .context import Setup
from .widgets import ChoiceButton, PortalRow, paragraph_label

if TYPE_CHECKING:
    from ..logic.summary import Summary
    from .verdict import VerdictView


class StepPage(FollowsLanguage, QWizardPage):
    """One step of the map: what to do on the portal, and a choice of what happened."""

    stepChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, setup: Setup, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The map's record of this step ("step" is the Qt property: its position along the walk).
        self.map_step = step
        self._setup = setup
        self._number = 0
        # The page the user came from: some instructions are for one incoming path only.
        self._previous: str | None = None
        self.setObjectName(step.id)
        # The page's content sits in a region named by its title: what Orca reads first on arrival.
        self._region, layout = accessibility.step_region(self)
        # "Step 2": what a help desk and a user point at on the phone, in any language. Drawn as a
        # marker above the text, in bold capitals spaced out, not as a line of it; a screen reader
        # hears the number in the region's name, before the title.
        self._step_label = QLabel(self._region)
        self._step_label.setObjectName("step_number")
        marker = self._step_label.font()  # a copy
        marker.setBold(True)
        marker.setCapitalization(QFont.Capitalization.AllUppercase)
        marker.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 110)
        self._step_label.setFont(marker)
        layout.addWidget(self._step_label)
        self._intro = paragraph_label(self._region)
        self._intro.setObjectName("intro")
        layout.addWidget(self._intro)
        self._instructions = paragraph_label(self._region)
        self._instructions.setObjectName("instructions")
        layout.addWidget(self._instructions)

        self._portal: PortalRow | None = None
        if step.portal is not None:
            self._portal = PortalRow(
                setup.flow.portal_action(step.portal), setup.policy.urls[step.portal], self._region
            )
            layout.addWidget(self._portal)

        self._question = QGroupBox(self._region)
        self._question.setObjectName("question")
        answers, group_layout = accessibility.answer_box(self._question)
        # Half a line between answers, the style's own margins around each one's letter included.
        group_layout.setSpacing(self.fontMetrics().height() // 4)
        self._group = QButtonGroup(self)
        self._choices: list[ChoiceButton] = []
        for index, choice in enumerate(step.choices):
            button = ChoiceButton(LETTERS[index], answers)
            button.setObjectName(choice.id)
            self._group.addButton(button, index)
            group_layout.addWidget(button)
            self._choices.append(button)
        # checkedId() and not checkedButton(): the int avoids a null object return, which
        # PySide6 6.12.0 below Python 3.12 pays for with a lost reference to None.
        self._group.idToggled.connect(self._answer_toggled)
        layout.addWidget(self._question)
        layout.addStretch(1)
        self.retranslate()

    # -- the answer ---------------------------------------------------------------------------

    def answer(self) -> str | None:
        """The id of the chosen choice, or None."""
        index = self._group.checkedId()
        return self.map_step.choices[index].id if index >= 0 else None

    def choose(self, choice_id: str) -> None:
        """Check the choice ``choice_id``, as a click would."""
        self._choices[[c.id for c in self.map_step.choices].index(choice_id)].setChecked(True)

    def letter_key(self, event: QKeyEvent) -> bool:
        """Choose the answer whose letter was pressed alone, as a click would; True if one was.

        With Alt the letter is a button's mnemonic, with Ctrl or Meta a shortcut's: not ours.
        """
        modifier = Qt.KeyboardModifier
        command = modifier.AltModifier | modifier.ControlModifier | modifier.MetaModifier
        text = event.text()
        index = LETTERS.find(text.upper()) if len(text) == 1 else -1
        if event.modifiers() & command or not 0 <= index < len(self._choices):
            return False
        # As a shortcut moves it: the style then shows where the keyboard focus is.
        self._choices[index].setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._choices[index].setChecked(True)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Text fields take their letters before they get here; the radio buttons let them through.
        if self.letter_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _get_step(self) -> int:
        return self._number

    # The position of this page along the walk taken (the start page is 1), 0 while off the walk.
    step = Property(int, _get_step, notify=stepChanged)

    def _set_step(self, number: int) -> None:
        if number != self._number:
            self._number = number
            self.stepChanged.emit(number)

    def clear_answer(self) -> None:
        # An exclusive group never unchecks its last button by itself.
        self._group.setExclusive(False)
        for button in self._choices:
            button.setChecked(False)
        self._group.setExclusive(True)
        self.completeChanged.emit()

    def _answer_toggled(self, index: int, checked: bool) -> None:
        del index
        if checked:
            self.completeChanged.emit()

    def heading(self) -> str:
        """What the page is, as a screen reader says it: the step's number and title."""
        return self._region.accessibleName()

    def help_texts(self) -> list[str]:
        """What the Help button shows on this page, translated, placeholders filled."""
        return [self._setup.text(text) for text in self.map_step.help]

    def mnemonic_widgets(self) -> list[QWidget]:
        """What takes an Alt+letter here: the question (its choices' group) and the buttons."""
        portal = [self._portal.open_button, self._portal.copy_button] if self._portal is not None else []
        return [*portal, self._question]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Keyboard users land on the answer: the one given (after Back) or the first one; the
        # arrow keys move within the group and Enter goes on. QWizard shows the page again each
        # time an answer is chosen: the focus is then on an answer already, where the user put it.
        if QApplication.focusWidget() not in self._choices:
            self._choices[max(self._group.checkedId(), 0)].setFocus()

    # -- QWizardPage --------------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._group.checkedId() >= 0

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # Qt calls this often, also to decide between Next and Finish: it must name a page even
        # before a choice is made, and must not change anything.
        target = self.map_step.choices[max(self._group.checkedId(), 0)].target
        return self._setup.pages.number(target)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        own = self._setup.pages.number(self.map_step.id)
        history = [number for number in self.wizard().visitedIds() if number != own]
        self._previous = self._setup.pages.name(history[-1]) if history else None
        self._set_step(len(history) + 1)
        self._show_walk_texts()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Left with Back, or wiped by restart(): the page starts unanswered next time, whichever
        # path brings the user back to it.
        self.clear_answer()
        self._previous = None
        self._set_step(0)

    def retranslate(self) -> None:
        step, setup = self.map_step, self._setup
        self.setTitle(map_text(step.title))
        self._intro.setText("".join(f"<p>{setup.html(text)}</p>" for text in step.intro))
        self._intro.setVisible(bool(step.intro))
        if self._portal is not None:
            self._portal.retranslate()
        self._question.setTitle(map_text(step.question))
        # Named by its words: the title gets an Alt+letter, and its quotation marks are read aloud.
        self._question.setAccessibleName(accessibility.words(map_text(step.question)))
        for button, choice in zip(self._choices, step.choices, strict=True):
            button.set_sentence(map_text(choice.text))
        self._show_walk_texts()

    def _show_walk_texts(self) -> None:
        """The texts the walk decides as well as the language: the step's number, and the
        instructions, some of which are for one incoming path only."""
        self._step_label.setText(QCoreApplication.translate("Pages", "Step {number}").format(number=self._number))
        accessibility.name_region(self._region, self._number, map_text(self.map_step.title))
        instructions = self.map_step.instructions_from(self._previous)
        items = "".join(f"<li>{self._setup.html(text)}</li>" for text in instructions)
        self._instructions.setText(f"<ol>{items}</ol>")
        self._instructions.setVisible(bool(instructions))


class VerdictPage(FollowsLanguage, QWizardPage):
    """The end of every path: the verdict in one sentence, why, what to do, and the buttons.

    It has no title: the verdict's headline leads the page.
    """

    verdictChanged = Signal(str)  # noqa: N815 - Qt signal naming
    # The user asks to try the other way: the start page's choice of it.
    switchPath = Signal(str)  # noqa: N815 - Qt signal naming
    walkCodeChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, setup: Setup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._verdict = ""
        self._walk_code = ""
        self._view: VerdictView | None = None
        self.setObjectName(VERDICT_PAGE)

    def _get_verdict(self) -> str:
        return self._verdict

    # The id of the verdict shown ("" before the page is reached), for tests and QA tools.
    verdict = Property(str, _get_verdict, notify=verdictChanged)

    def _get_walk_code(self) -> str:
        return self._walk_code

    # The letters of the answers that led here, "B-A-B" ("" before a verdict): --walk opens it.
    walkCode = Property(str, _get_walk_code, notify=walkCodeChanged)  # noqa: N815 - Qt property naming

    def help_texts(self) -> list[str]:
        return [self._setup.text(text) for text in self._setup.flow.verdict_help]

    def heading(self) -> str:
        """What the page is, as a screen reader says it: the verdict's headline."""
        return self._view.heading() if self._view is not None else ""

    def mnemonic_widgets(self) -> list[QWidget]:
        """What takes an Alt+letter here: the buttons, and the labels of fields."""
        return [
            widget
            for widget in self.findChildren(QWidget)
            if isinstance(widget, QPushButton) or (isinstance(widget, QLabel) and widget.buddy() is not None)
        ]

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        answers: dict[str, str] = {}
        for number in wizard.visitedIds():
            page = wizard.page(number)
            if isinstance(page, StepPage):
                answer = page.answer()
                if answer is not None:
                    answers[page.map_step.id] = answer
        walk = resolve(self._setup.flow, answers)
        if walk.verdict is None:  # pragma: no cover - Next is disabled until every page is answered
            raise RuntimeError(f"no verdict for the answers {answers}")
        self._show(walk)

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self._show(None)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._view is not None:
            self._view.focus_headline()

    def summary(self) -> Summary | None:
        """The summary of the walk shown, in the current language; None before a verdict."""
        return self._view.summary() if self._view is not None else None

    def primary_action(self) -> QPushButton | None:
        """The verdict's primary action, drawn as the default button; None before a verdict."""
        return self._view.primary if self._view is not None else None

    def _show(self, walk: Walk | None) -> None:
        if self._view is not None:
            # Detach at once, so that no search for an action id finds the old verdict's button.
            self._view.setParent(None)
            self._view.deleteLater()
            self._view = None
        code = ""
        if walk is not None:
            # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
            from .verdict import show_walk

            self._view = show_walk(self, self._setup, walk)
            self._view.switch_path.connect(self.switchPath)
            code = walkcode.encode(self._setup.flow, walk)
        if code != self._walk_code:
            self._walk_code = code
            self.walkCodeChanged.emit(code)
        new = walk.verdict or "" if walk is not None else ""
        if new != self._verdict:
            self._verdict = new
            self.verdictChanged.emit(new)

    def retranslate(self) -> None:
        if self._view is not None:
            self._view.retranslate()
