"""The two kinds of wizard page: one renders any step of the map, one renders any verdict.

Pages hold no routing rules of their own: ``nextId()`` reads the map, and the verdict is what
``flow.resolve`` makes of the answers on the path actually taken.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from . import desktop, mailto
from .flow import CONTEXT, VERDICT_PAGE, Action, Flow, Step, Verdict, resolve

ICON_DIR = Path(__file__).resolve().parent / "icons"

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _t(source: str) -> str:
    """Translate a string of the map (marked in ``flow`` with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, source)


def _fill(text: str, urls: Mapping[str, str]) -> str:
    """``text`` as HTML, its ``{portal}`` placeholders replaced by the addresses, in bold."""
    escaped = html.escape(text, quote=False)
    for portal_id, url in urls.items():
        # Qt's rich text can only keep whole blocks on one line, so a long address may wrap at a
        # hyphen here; the step's address row shows it whole, selectable, beside its button.
        escaped = escaped.replace("{" + portal_id + "}", f"<b>{html.escape(url)}</b>")
    return escaped


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


def _paragraph_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(_SELECTABLE)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class ChoiceButton(QRadioButton):
    """A radio button whose text wraps.

    QRadioButton draws its text on one line, and the article's situations are whole sentences.
    This one paints only the indicator and lays a word-wrapped label beside it; ``text()`` stays
    the full sentence, so screen readers and tests read what the user reads.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_sentence(self, text: str) -> None:
        self.setText(text)
        self._label.setText(text)
        self.updateGeometry()

    def _indent(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, option, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing, option, self
        )

    def _indicator_height(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return max(self._indicator_height(), self._label.heightForWidth(max(1, width - self._indent())))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self._label.sizeHint()
        return QSize(self._indent() + hint.width(), max(self._indicator_height(), hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._indent() + self.fontMetrics().averageCharWidth() * 20, self._indicator_height())

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        indent = self._indent()
        width = max(1, self.width() - indent)
        self._label.setGeometry(indent, 0, width, self._label.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        # Centre the indicator on the first line of text, not on the whole paragraph.
        line = max(self._indicator_height(), self.fontMetrics().height())
        option.rect.setHeight(line)
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)


class StepPage(QWizardPage):
    """One step of the map: what to do on the portal, and a choice of what happened."""

    def __init__(
        self,
        flow: Flow,
        step: Step,
        urls: Mapping[str, str],
        pages: PageIndex,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.step = step
        self._flow = flow
        self._urls = urls
        self._pages = pages
        self._previous: str | None = None
        self.setObjectName(step.id)

        layout = QVBoxLayout(self)
        self._intro = _paragraph_label(self)
        self._intro.setObjectName("intro")
        layout.addWidget(self._intro)
        self._instructions = _paragraph_label(self)
        self._instructions.setObjectName("instructions")
        layout.addWidget(self._instructions)

        self._portal_button: QPushButton | None = None
        self._portal_address: QLabel | None = None
        if step.portal is not None:
            action = flow.portal_action(step.portal)
            row = QHBoxLayout()
            self._portal_button = QPushButton(self)
            self._portal_button.setObjectName(action.id)
            self._portal_button.setIcon(QIcon(str(ICON_DIR / "open-external.svg")))
            self._portal_button.clicked.connect(lambda: desktop.open_url(self._urls[step.portal or ""], self))
            row.addWidget(self._portal_button)
            self._portal_address = QLabel(self)
            self._portal_address.setObjectName("address")
            self._portal_address.setTextFormat(Qt.TextFormat.PlainText)
            self._portal_address.setTextInteractionFlags(_SELECTABLE)
            self._portal_address.setText(urls[step.portal])
            row.addWidget(self._portal_address, 1)
            layout.addLayout(row)

        self._question = QGroupBox(self)
        self._question.setObjectName("question")
        group_layout = QVBoxLayout(self._question)
        group_layout.setSpacing(self.fontMetrics().height() // 2)
        self._group = QButtonGroup(self)
        self._choices: list[ChoiceButton] = []
        for index, choice in enumerate(step.choices):
            button = ChoiceButton(self._question)
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
        return self.step.choices[index].id if index >= 0 else None

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

    # -- QWizardPage --------------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._group.checkedId() >= 0

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # Qt calls this often, also to decide between Next and Finish: it must name a page even
        # before a choice is made, and must not change anything.
        index = self._group.checkedId()
        target = self.step.choices[max(index, 0)].target
        return self._pages.number(target)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        own = self._pages.number(self.step.id)
        history = [number for number in self.wizard().visitedIds() if number != own]
        self._previous = self._pages.name(history[-1]) if history else None
        self.retranslate()

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        # Left with Back, or wiped by restart(): the page starts unanswered next time, whichever
        # path brings the user back to it.
        self.clear_answer()
        self._previous = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        step = self.step
        self.setTitle(_t(step.title))
        self._intro.setText("".join(f"<p>{_fill(_t(text), self._urls)}</p>" for text in step.intro))
        self._intro.setVisible(bool(step.intro))
        instructions = step.instructions_from(self._previous)
        self._instructions.setText(
            "<ol>" + "".join(f"<li>{_fill(_t(text), self._urls)}</li>" for text in instructions) + "</ol>"
        )
        self._instructions.setVisible(bool(instructions))
        if self._portal_button is not None and step.portal is not None:
            action = self._flow.portal_action(step.portal)
            self._portal_button.setText(_t(action.text))
            self._portal_button.setToolTip(self._urls[step.portal])
        self._question.setTitle(_t(step.question))
        for button, choice in zip(self._choices, step.choices, strict=True):
            button.set_sentence(_t(choice.text))


class VerdictPage(QWizardPage):
    """The end of every path: the verdict in one sentence, why, what to do, and the buttons."""

    verdictChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, flow: Flow, urls: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow
        self._urls = urls
        self._verdict = ""
        self._view: _VerdictView | None = None
        self.setObjectName(VERDICT_PAGE)
        self._layout = QVBoxLayout(self)
        self.retranslate()

    def _get_verdict(self) -> str:
        return self._verdict

    # The id of the verdict shown ("" before the page is reached), for tests and QA tools.
    verdict = Property(str, _get_verdict, notify=verdictChanged)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        answers: dict[str, str] = {}
        for number in wizard.visitedIds():
            page = wizard.page(number)
            if isinstance(page, StepPage):
                answer = page.answer()
                if answer is not None:
                    answers[page.step.id] = answer
        walk = resolve(self._flow, answers)
        if walk.verdict is None:  # pragma: no cover - Next is disabled until every page is answered
            raise RuntimeError(f"no verdict for the answers {answers}")
        self._show(self._flow.verdict(walk.verdict))

    def cleanupPage(self) -> None:  # noqa: N802 - Qt override
        self._show(None)

    def _show(self, verdict: Verdict | None) -> None:
        if self._view is not None:
            # Detach at once, so that no search for an action id finds the old verdict's button.
            self._view.setParent(None)
            self._view.deleteLater()
            self._view = None
        if verdict is not None:
            self._view = _VerdictView(self._flow, verdict, self._urls, self)
            self._layout.addWidget(self._view)
        new = verdict.id if verdict is not None else ""
        if new != self._verdict:
            self._verdict = new
            self.verdictChanged.emit(new)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("VerdictPage", "Result"))
        if self._view is not None:
            self._view.retranslate()


class _VerdictView(QWidget):
    """What one verdict shows. Rebuilt for each verdict; retranslated in place, fields kept."""

    def __init__(self, flow: Flow, verdict: Verdict, urls: Mapping[str, str], parent: QWidget) -> None:
        super().__init__(parent)
        self._verdict = verdict
        self._urls = urls
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        head = QHBoxLayout()
        self._icon = QLabel(self)
        self._icon.setObjectName("verdict_icon")
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        self._icon.setPixmap(QIcon(str(ICON_DIR / f"verdict-{verdict.tone}.svg")).pixmap(size, size))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._icon)
        self._headline = QLabel(self)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        self._headline.setTextInteractionFlags(_SELECTABLE)
        font = QFont(self._headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._headline.setFont(font)
        head.addWidget(self._headline, 1)
        layout.addLayout(head)

        self._explanation = _paragraph_label(self)
        self._explanation.setObjectName("explanation")
        layout.addWidget(self._explanation)
        self._next_step = _paragraph_label(self)
        self._next_step.setObjectName("next_step")
        layout.addWidget(self._next_step)

        self._email: _BillingAdminEmail | None = None
        if verdict.asks_billing_admin_address:
            self._email = _BillingAdminEmail(self)
            layout.addWidget(self._email)

        buttons = QHBoxLayout()
        self._actions: list[tuple[QPushButton, Action]] = []
        for action_id in verdict.actions:
            action = flow.action(action_id)
            button = QPushButton(self)
            button.setObjectName(action.id)
            if action.portal is not None:
                url = urls[action.portal]
                button.setToolTip(url)
                button.setIcon(QIcon(str(ICON_DIR / "open-external.svg")))
                button.clicked.connect(lambda _=False, url=url: desktop.open_url(url, self))
            elif self._email is not None:
                self._email.bind(button)
            buttons.addWidget(button)
            self._actions.append((button, action))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        verdict = self._verdict
        self._headline.setText(_t(verdict.headline))
        self._explanation.setText("".join(f"<p>{_fill(_t(text), self._urls)}</p>" for text in verdict.explanation))
        label = html.escape(QCoreApplication.translate("VerdictPage", "What to do next:"))
        self._next_step.setText(f"<p><b>{label}</b> {_fill(_t(verdict.next_step), self._urls)}</p>")
        for button, action in self._actions:
            button.setText(_t(action.text))
        if self._email is not None:
            self._email.retranslate()


class _BillingAdminEmail(QWidget):
    """Fields for the billing admin's name and address, copied from the Admin Center message."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._button: QPushButton | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._name = QLineEdit(self)
        self._name.setObjectName("field.billing_admin_name")
        self._address = QLineEdit(self)
        self._address.setObjectName("field.billing_admin_email")
        self._address.setMaxLength(mailto.MAX_ADDRESS_LENGTH + 64)
        self._error = QLabel(self)
        self._error.setObjectName("field.billing_admin_email.error")
        self._error.setWordWrap(True)
        self._error.hide()
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self._name)
        self._address_label = QLabel(self)
        self._address_label.setBuddy(self._address)
        form.addRow(self._name_label, self._name)
        form.addRow(self._address_label, self._address)
        form.addRow("", self._error)
        self._address.textChanged.connect(self._update)

    def bind(self, button: QPushButton) -> None:
        self._button = button
        button.clicked.connect(self._write)
        self._update()

    def address(self) -> str:
        return self._address.text().strip()

    def _update(self) -> None:
        address = self.address()
        valid = mailto.is_valid_address(address)
        if self._button is not None:
            self._button.setEnabled(valid)
        self._error.setVisible(bool(address) and not valid)

    def _write(self) -> None:
        address = self.address()
        if not mailto.is_valid_address(address):
            return
        name = self._name.text().strip()
        if name:
            greeting = QCoreApplication.translate("VerdictPage", "Hello {name},").format(name=name)
        else:
            greeting = QCoreApplication.translate("VerdictPage", "Hello,")
        subject = QCoreApplication.translate(
            "VerdictPage", "Product or licensing changes to our GoToAssist Remote Support v5 account"
        )
        body = "\n\n".join(
            (
                greeting,
                QCoreApplication.translate(
                    "VerdictPage",
                    "The Admin Center says that you are the billing admin of our GoToAssist Remote "
                    "Support v5 account. Could you please help me make a product or licensing change?",
                ),
                QCoreApplication.translate("VerdictPage", "Thank you."),
            )
        )
        desktop.open_url(mailto.mailto_url(address, subject, body), self)

    def retranslate(self) -> None:
        self._name_label.setText(QCoreApplication.translate("VerdictPage", "Billing admin's &name:"))
        self._address_label.setText(QCoreApplication.translate("VerdictPage", "Billing admin's &email address:"))
        self._address.setPlaceholderText(QCoreApplication.translate("VerdictPage", "name@example.com"))
        self._error.setText(
            QCoreApplication.translate(
                "VerdictPage", "Enter one email address, such as name@example.com, with no spaces."
            )
        )
