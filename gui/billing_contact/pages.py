"""The wizard's pages: one kind renders any step of the map, one shows the verdict.

Pages hold no routing rules of their own: ``nextId()`` reads the map, and the verdict is what
``flow.resolve`` makes of the answers on the path actually taken. What a verdict shows is built
by ``verdict``, loaded when a path first gets there. Whatever leaves the app (a browser, a mail
program, the clipboard, a file, a printer) goes through ``desktop``, loaded on first use.

Start-up (``make bench``) asks the first page to cost little more than a bare QWizard's, so:

- a step page builds its widgets when it is first shown, not with the wizard;
- this module never touches PySide6's ``Qt`` namespace: its first use builds its ninety-odd enums
  as Python classes, about 20 ms, a sixth of a bare QWizard's whole start. Enum and flags
  properties are set by their keys' names (``set_keys``), which Qt's property system converts,
  as it does when it loads a Designer ``.ui`` file.
"""

from __future__ import annotations

import logging
import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Property, QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Signal
from PySide6.QtGui import QIcon, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

# desktop (browser, clipboard, files, printer), dialogs and mailto load on first use, and so
# does verdict: the first page needs none of them (tests/test_startup.py, benchmarks/).
from . import accessibility, i18n
from .flow import CONTEXT, VERDICT_PAGE, Action, Flow, Step, Walk, resolve
from .settings import Policy

if TYPE_CHECKING:
    from .summary import Summary
    from .verdict import VerdictView

_log = logging.getLogger(__name__)

# lupdate reads calls to translate(context, text), as it reads QCoreApplication.translate.
translate = QCoreApplication.translate
ICON_DIR = Path(__file__).resolve().parent / "icons"

SELECTABLE = "TextSelectableByMouse|TextSelectableByKeyboard"


@cache
def png_icon(name: str) -> QIcon:
    """The icon ``name`` from its PNG sizes (``make icons`` draws them from ``name``.svg).

    For the step pages' icons: an SVG icon loads Qt's SVG module and icon engine, about
    1.4 MiB and a few milliseconds, before the first page shows or as the next one does.
    """
    icon = QIcon()
    for size, path in _png_files().get(name, ()):
        # The size given, each file is read only when a size near it is drawn.
        icon.addFile(path, QSize(size, size))
    return icon


@cache
def _png_files() -> dict[str, list[tuple[int, str]]]:
    """The icons folder's ``<name>-<size>.png`` files by name, read once.

    One listing rather than a glob per icon: each glob pattern is compiled to a regular
    expression, a quarter of a millisecond, twice before the first page shows.
    """
    files: dict[str, list[tuple[int, str]]] = {}
    try:
        file_names = os.listdir(ICON_DIR)
    except OSError as error:
        # A broken install: the app runs on without icons, and --self-check says which are missing.
        _log.warning("Cannot read the icons folder (%s): the icons are left out.", error)
        return files
    for file_name in file_names:
        stem, _, extension = file_name.rpartition(".")
        name, _, size = stem.rpartition("-")
        if extension == "png" and name and size.isdigit():
            files.setdefault(name, []).append((int(size), os.path.join(ICON_DIR, file_name)))
    return files


def set_keys(obj: QObject, prop: str, keys: str) -> None:
    """Set the enum or flags property ``prop`` of ``obj`` by its keys' names: ``"RichText"``, ``"A|B"``.

    Qt converts the names; one it does not know, or a property ``obj`` does not have, is an error
    here rather than a silent no-op.
    """
    if not obj.setProperty(prop, keys):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} that takes {keys!r}")


# html.escape's table. Not html.escape itself: importing html builds its tables of named
# entities, 2 ms of start-up that the first page has no use for (tests/test_pages.py proves the two
# agree; verdict.py, loaded later, uses html.escape).
_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text: str) -> str:
    """``text`` with the characters HTML gives a meaning to escaped, as ``html.escape`` does."""
    return text.translate(_HTML_ESCAPES)


def set_title(page: QWizardPage, title: str) -> None:
    # QWizard lays itself out again for every title set on the page shown, even the same one.
    if page.title() != title:
        page.setTitle(title)


def map_text(source: str) -> str:
    """Translate a string of the map (marked in ``flow`` with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, source)


class PageIndex:
    """The wizard's page numbers for the map's page ids; a verdict id means the verdict page."""

    def __init__(self, flow: Flow) -> None:
        self._numbers = {name: number for number, name in enumerate(flow.page_ids())}
        self._names = dict(enumerate(flow.page_ids()))
        verdict_page = self._numbers[VERDICT_PAGE]
        self._numbers.update({verdict.id: verdict_page for verdict in flow.verdicts})

    def number(self, name: str) -> int:
        return self._numbers[name]

    def name(self, number: int) -> str:
        return self._names[number]


class Setup(NamedTuple):
    """What every page needs: the map, its page numbers, and the organization's policy."""

    flow: Flow
    pages: PageIndex
    policy: Policy

    def html(self, source: str) -> str:
        """A string of the map, translated, as HTML with its placeholders filled (addresses in bold)."""
        escaped = escape(map_text(source)).replace("{product}", escape(self.policy.product))
        for portal_id, url in self.policy.urls.items():
            # Qt's rich text keeps only whole blocks on one line, so a long address may wrap at a
            # hyphen here; the address row below shows it whole, selectable, beside its buttons.
            escaped = escaped.replace("{" + portal_id + "}", f"<b>{escape(url)}</b>")
        return escaped

    def text(self, source: str) -> str:
        """A string of the map, translated, as plain text with its placeholders filled."""
        return map_text(source).format_map(_Placeholders(product=self.policy.product, **self.policy.urls))


class _Placeholders(dict[str, str]):
    # A placeholder a translation misspells stays visible rather than stopping the app; the
    # catalog tests catch it before a user does.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def paragraph_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    set_keys(label, "textInteractionFlags", SELECTABLE)
    set_keys(label, "textFormat", "RichText")
    return label


# Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, by value: this module stays out of the Qt namespace.
_WRAPPED_TEXT = 0x1000 | 0x0001 | 0x0020


class ChoiceButton(QRadioButton):
    """A radio button whose text wraps.

    QRadioButton draws its text on one line, and the article's situations are whole sentences.
    This one paints the indicator and, beside it, the sentence word-wrapped as a plain-text QLabel
    would; ``text()`` stays the full sentence, so screen readers and tests read what the user reads.
    It draws the sentence rather than carrying a label: screen readers read a child label as a
    second object with the button's own words.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._metrics_cache: tuple[int, int] | None = None

    def set_sentence(self, text: str) -> None:
        self.setText(text)
        self.updateGeometry()

    def _metrics(self) -> tuple[int, int]:
        """The sentence's indent and the indicator's height; kept until the style or font changes.

        Layouts ask for them many times per pass, and each question is a call into Python.
        """
        if self._metrics_cache is None:
            style = self.style()
            indent = style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self) + style.pixelMetric(
                QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self
            )
            self._metrics_cache = (
                indent,
                style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self),
            )
        return self._metrics_cache

    def _indent(self) -> int:
        return self._metrics()[0]

    def _indicator_height(self) -> int:
        return self._metrics()[1]

    def _text_size(self, width: int) -> QSize:
        """The size the sentence takes wrapped at ``width``, as QLabel measures it."""
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), _WRAPPED_TEXT, self.text()).size()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._metrics_cache = None
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self._indicator_height(), self._text_size(max(1, width - self._indent())).height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # QLabel's choice for wrapped text: 80 average characters wide, narrower while that
        # keeps the sentence to a few lines.
        line = self.fontMetrics().lineSpacing()
        width = self.fontMetrics().averageCharWidth() * 80
        hint = self._text_size(width)
        if hint.height() < 4 * line and hint.width() > width / 2:
            hint = self._text_size(width // 2)
        if hint.height() < 2 * line and hint.width() > width / 4:
            hint = self._text_size(width // 4)
        return QSize(self._indent() + hint.width(), max(self._indicator_height(), hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._indent() + self.fontMetrics().averageCharWidth() * 20, self._indicator_height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        # Centre the indicator on the first line of text, not on the whole paragraph.
        line = max(self._indicator_height(), self.fontMetrics().height())
        option.rect.setHeight(line)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        # The keyboard focus is shown around the sentence, where the eye is, not around the dot.
        option.state &= ~QStyle.StateFlag.State_HasFocus
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)
        indent = self._indent()
        width = max(1, self.width() - indent)
        text = QRect(indent, 0, width, self._text_size(width).height())
        painter.drawItemText(text, _WRAPPED_TEXT, self.palette(), self.isEnabled(), self.text(), self.foregroundRole())
        if focused:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = text.adjusted(-2, 0, 2, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame)


class PortalRow(QWidget):
    """A portal's button; under it, its address as selectable text and a button that copies it.

    Two lines rather than one: a long button label and a long address side by side would make
    the page wider than a small screen in the longer languages.
    """

    def __init__(self, action: Action, url: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._action = action
        self.url = url
        portal = action.portal or ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.setObjectName(action.id)
        self.open_button.setIcon(png_icon("open-external"))
        self.open_button.setAccessibleDescription(url)
        self.open_button.clicked.connect(self._open)
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        self.address = QLabel(url, self)
        self.address.setObjectName(f"address.{portal}")
        set_keys(self.address, "textFormat", "PlainText")
        set_keys(self.address, "textInteractionFlags", SELECTABLE)
        bottom.addWidget(self.address)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName(f"copy_link.{portal}")
        self.copy_button.clicked.connect(self._copy)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.retranslate()

    def _open(self) -> None:
        from . import desktop

        desktop.open_url(self.url, self)

    def _copy(self) -> None:
        from . import desktop

        desktop.copy_to_clipboard(self.url)

    def retranslate(self) -> None:
        self.open_button.setText(map_text(self._action.text))
        self.open_button.setToolTip(self.url)
        self.copy_button.setText(QCoreApplication.translate("Pages", "Copy link"))
        self.copy_button.setAccessibleDescription(self.url)
        self.copy_button.setToolTip(
            QCoreApplication.translate("Pages", "Copy {address}, to paste it in a chat or an email").format(
                address=self.url
            )
        )


class StepPage(i18n.FollowsLanguage, QWizardPage):
    """One step of the map: what to do on the portal, and a choice of what happened.

    The widgets are built when the page is first shown (``initializePage``), so that start-up
    builds the first page only. Until then the page is unanswered, and routes as such.
    """

    def __init__(self, setup: Setup, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._setup = setup
        self._previous: str | None = None
        self._choices: list[ChoiceButton] = []
        self._group: QButtonGroup | None = None
        self.setObjectName(step.id)
        self.setTitle(map_text(step.title))

    def _build(self) -> None:
        step, setup = self.step, self._setup
        self._region, layout = accessibility.step_region(self)
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
        group_layout.setSpacing(self.fontMetrics().height() // 2)
        self._group = QButtonGroup(self)
        for index, choice in enumerate(step.choices):
            button = ChoiceButton(answers)
            button.setObjectName(choice.id)
            self._group.addButton(button, index)
            group_layout.addWidget(button)
            self._choices.append(button)
        # checkedId() and not checkedButton(): the int avoids a null object return, which
        # PySide6 6.12.0 below Python 3.12 pays for with a lost reference to None.
        self._group.idToggled.connect(self._answer_toggled)
        accessibility.arrows_choose(self._group)
        layout.addWidget(self._question)
        layout.addStretch(1)

    def _built(self) -> bool:
        return self._group is not None

    # -- the answer ---------------------------------------------------------------------------

    def _checked(self) -> int:
        return self._group.checkedId() if self._group is not None else -1

    def answer(self) -> str | None:
        """The id of the chosen choice, or None."""
        index = self._checked()
        return self.step.choices[index].id if index >= 0 else None

    def choose(self, choice_id: str) -> None:
        """Check the choice ``choice_id``, as a click would."""
        if not self._built():
            self._build()
            self.retranslate()
        self._choices[[c.id for c in self.step.choices].index(choice_id)].setChecked(True)

    def clear_answer(self) -> None:
        group = self._group
        if group is None:
            return
        # An exclusive group never unchecks its last button by itself.
        group.setExclusive(False)
        for button in self._choices:
            button.setChecked(False)
        group.setExclusive(True)
        self.completeChanged.emit()

    def _answer_toggled(self, index: int, checked: bool) -> None:
        del index
        if checked:
            self.completeChanged.emit()

    def help_texts(self) -> list[str]:
        """What the Help button shows on this page, translated, placeholders filled."""
        return [self._setup.text(text) for text in self.step.help]

    def mnemonic_widgets(self) -> list[QWidget]:
        """What takes an Alt+letter here: the question (its choices' group) and the buttons."""
        if not self._built():
            return []
        portal = [self._portal.open_button, self._portal.copy_button] if self._portal is not None else []
        return [*portal, self._question]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Keyboard users land on the answer: the one given (after Back) or the first one; the
        # arrow keys move within the group and Enter goes on.
        if self._built():
            self._choices[max(self._checked(), 0)].setFocus()

    # -- QWizardPage --------------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._checked() >= 0

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # Qt calls this often, also to decide between Next and Finish: it must name a page even
        # before a choice is made, and must not change anything.
        target = self.step.choices[max(self._checked(), 0)].target
        return self._setup.pages.number(target)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        own = self._setup.pages.number(self.step.id)
        history = [number for number in self.wizard().visitedIds() if number != own]
        self._previous = self._setup.pages.name(history[-1]) if history else None
        if not self._built():
            self._build()
        self.retranslate()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Left with Back, or wiped by restart(): the page starts unanswered next time, whichever
        # path brings the user back to it.
        self.clear_answer()
        self._previous = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.follow_language()
        super().changeEvent(event)

    def retranslate(self) -> None:
        step, setup = self.step, self._setup
        set_title(self, map_text(step.title))
        if not self._built():
            return
        accessibility.name_region(self._region, map_text(step.title))
        self._intro.setText("".join(f"<p>{setup.html(text)}</p>" for text in step.intro))
        self._intro.setVisible(bool(step.intro))
        instructions = step.instructions_from(self._previous)
        self._instructions.setText("<ol>" + "".join(f"<li>{setup.html(text)}</li>" for text in instructions) + "</ol>")
        self._instructions.setVisible(bool(instructions))
        if self._portal is not None:
            self._portal.retranslate()
        self._question.setTitle(map_text(step.question))
        for button, choice in zip(self._choices, step.choices, strict=True):
            button.set_sentence(map_text(choice.text))


class VerdictPage(i18n.FollowsLanguage, QWizardPage):
    """The end of every path: the verdict in one sentence, why, what to do, and the buttons.

    What it shows is built by ``verdict`` for each walk, the first time a path gets here.
    """

    verdictChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, setup: Setup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._verdict = ""
        self._view: VerdictView | None = None
        self.setObjectName(VERDICT_PAGE)
        self.retranslate()

    def _get_verdict(self) -> str:
        return self._verdict

    # The id of the verdict shown ("" before the page is reached), for tests and QA tools.
    verdict = Property(str, _get_verdict, notify=verdictChanged)

    def help_texts(self) -> list[str]:
        return [self._setup.text(text) for text in self._setup.flow.verdict_help]

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
                    answers[page.step.id] = answer
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

    def _show(self, walk: Walk | None) -> None:
        if self._view is not None:
            # Detach at once, so that no search for an action id finds the old verdict's button.
            self._view.setParent(None)
            self._view.deleteLater()
            self._view = None
        if walk is not None:
            from . import verdict

            self._view = verdict.show_walk(self, self._setup, walk)
            self._view.start_over.connect(lambda: self.wizard().restart())
        new = walk.verdict or "" if walk is not None else ""
        if new != self._verdict:
            self._verdict = new
            self.verdictChanged.emit(new)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.follow_language()
        super().changeEvent(event)

    def retranslate(self) -> None:
        set_title(self, QCoreApplication.translate("VerdictPage", "Result"))
        if self._view is not None:
            self._view.retranslate()
