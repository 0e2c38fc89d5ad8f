"""The two kinds of wizard page: one renders any step of the map, one renders any verdict.

Pages hold no routing rules of their own: ``nextId()`` reads the map, and the verdict is what
``flow.resolve`` makes of the answers on the path actually taken. Whatever leaves the app (a
browser, a mail program, the clipboard, a file, a printer) goes through ``desktop``.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QDateTime, QEvent, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

# desktop (browser, clipboard, files, printer), dialogs and mailto load on first use, not at
# start: the first page needs none of them (tests/test_startup.py, benchmarks/).
from . import __version__, i18n
from .flow import CONTEXT, VERDICT_PAGE, Action, Flow, Step, Verdict, Walk, resolve
from .settings import Policy
from .summary import Labels, Summary

# lupdate reads calls to translate(context, text), as it reads QCoreApplication.translate.
translate = QCoreApplication.translate
ICON_DIR = Path(__file__).resolve().parent / "icons"

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


# The verdict's colours, for light and dark palettes: each reaches WCAG AA contrast (4.5:1)
# against the window colour of its palette, and the glyph on it contrasts with it in turn. The
# verdict is told by words and the glyph's shape too, never by colour alone.
TONE_COLOURS = {
    "yes": {"light": "#1a6e33", "dark": "#7fd89a"},
    "no": {"light": "#34537f", "dark": "#a8c4ee"},
    "unknown": {"light": "#7a4f00", "dark": "#f2bc55"},
}
GLYPH_COLOURS = {"light": "#ffffff", "dark": "#10161f"}


def dark_palette() -> QPalette:
    """A dark palette like the one Qt's Fusion style takes when the system asks for dark.

    The app follows the system's colour scheme by itself; this is for the tests and the
    screenshots, on platforms (offscreen, bare X11) that cannot say which scheme is wanted.
    """
    # Built from the button colour, so that the shades styles draw frames and indicators with
    # (light, mid, dark, shadow) are dark ones too; then the roles that carry text.
    palette = QPalette(QColor("#353535"), QColor("#353535"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#f0f0f0"),
        # Fields and indicators well apart from the window: styles outline them in a darker shade
        # of the window colour, which alone would not show on a dark window.
        (QPalette.ColorRole.Base, "#191919"),
        (QPalette.ColorRole.AlternateBase, "#333333"),
        (QPalette.ColorRole.Text, "#f0f0f0"),
        (QPalette.ColorRole.ButtonText, "#f0f0f0"),
        (QPalette.ColorRole.BrightText, "#ffffff"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Link, "#8ab4f8"),
        (QPalette.ColorRole.ToolTipBase, "#3a3a3a"),
        (QPalette.ColorRole.ToolTipText, "#f0f0f0"),
        (QPalette.ColorRole.PlaceholderText, "#a0a0a0"),
    ):
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def verdict_icon(tone: str, dark: bool, size: int, device_pixel_ratio: float) -> QPixmap:
    """The verdict's icon, drawn from its SVG master in the colours that suit the palette."""
    scheme = "dark" if dark else "light"
    svg = (ICON_DIR / f"verdict-{tone}.svg").read_text(encoding="utf-8")
    svg = svg.replace("{fill}", TONE_COLOURS[tone][scheme]).replace("{glyph}", GLYPH_COLOURS[scheme])
    pixels = round(size * device_pixel_ratio)
    pixmap = QPixmap.fromImage(_render_svg(svg.encode("utf-8"), pixels))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def _render_svg(data: bytes, pixels: int) -> QImage:
    # Rendered at the screen's own resolution: sharp at any scaling.
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(data)).render(painter)
    painter.end()
    return image


def _t(source: str) -> str:
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


@dataclass(frozen=True)
class Setup:
    """What every page needs: the map, its page numbers, and the organization's policy."""

    flow: Flow
    pages: PageIndex
    policy: Policy

    def html(self, source: str) -> str:
        """A string of the map, translated, as HTML with its placeholders filled (addresses in bold)."""
        escaped = html.escape(_t(source), quote=False).replace("{product}", html.escape(self.policy.product))
        for portal_id, url in self.policy.urls.items():
            # Qt's rich text keeps only whole blocks on one line, so a long address may wrap at a
            # hyphen here; the address row below shows it whole, selectable, beside its buttons.
            escaped = escaped.replace("{" + portal_id + "}", f"<b>{html.escape(url)}</b>")
        return escaped

    def text(self, source: str) -> str:
        """A string of the map, translated, as plain text with its placeholders filled."""
        return _t(source).format_map(_Placeholders(product=self.policy.product, **self.policy.urls))


class _Placeholders(dict[str, str]):
    # A placeholder a translation misspells stays visible rather than stopping the app; the
    # catalog tests catch it before a user does.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


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
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        # The keyboard focus is shown around the sentence, where the eye is, not around the dot.
        option.state &= ~QStyle.StateFlag.State_HasFocus
        painter.drawControl(QStyle.ControlElement.CE_RadioButton, option)
        if focused:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            frame.rect = self._label.geometry().adjusted(-2, 0, 2, 0)
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
        self.open_button.setIcon(QIcon(str(ICON_DIR / "open-external.svg")))
        self.open_button.setAccessibleDescription(url)
        self.open_button.clicked.connect(self._open)
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        self.address = QLabel(url, self)
        self.address.setObjectName(f"address.{portal}")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(_SELECTABLE)
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
        self.open_button.setText(_t(self._action.text))
        self.open_button.setToolTip(self.url)
        self.copy_button.setText(QCoreApplication.translate("Pages", "Copy link"))
        self.copy_button.setAccessibleDescription(self.url)
        self.copy_button.setToolTip(
            QCoreApplication.translate("Pages", "Copy {address}, to paste it in a chat or an email").format(
                address=self.url
            )
        )


class StepPage(i18n.FollowsLanguage, QWizardPage):
    """One step of the map: what to do on the portal, and a choice of what happened."""

    def __init__(self, setup: Setup, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self._setup = setup
        self._previous: str | None = None
        self.setObjectName(step.id)

        layout = QVBoxLayout(self)
        self._intro = _paragraph_label(self)
        self._intro.setObjectName("intro")
        layout.addWidget(self._intro)
        self._instructions = _paragraph_label(self)
        self._instructions.setObjectName("instructions")
        layout.addWidget(self._instructions)

        self._portal: PortalRow | None = None
        if step.portal is not None:
            self._portal = PortalRow(setup.flow.portal_action(step.portal), setup.policy.urls[step.portal], self)
            layout.addWidget(self._portal)

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

    def choose(self, choice_id: str) -> None:
        """Check the choice ``choice_id``, as a click would."""
        self._choices[[c.id for c in self.step.choices].index(choice_id)].setChecked(True)

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

    def help_texts(self) -> list[str]:
        """What the Help button shows on this page, translated, placeholders filled."""
        return [self._setup.text(text) for text in self.step.help]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Keyboard users land on the answer: the one given (after Back) or the first one; the
        # arrow keys move within the group and Enter goes on.
        index = self._group.checkedId()
        self._choices[max(index, 0)].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- QWizardPage --------------------------------------------------------------------------

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self._group.checkedId() >= 0

    def nextId(self) -> int:  # noqa: N802 - Qt override
        # Qt calls this often, also to decide between Next and Finish: it must name a page even
        # before a choice is made, and must not change anything.
        index = self._group.checkedId()
        target = self.step.choices[max(index, 0)].target
        return self._setup.pages.number(target)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        own = self._setup.pages.number(self.step.id)
        history = [number for number in self.wizard().visitedIds() if number != own]
        self._previous = self._setup.pages.name(history[-1]) if history else None
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
        self.setTitle(_t(step.title))
        self._intro.setText("".join(f"<p>{setup.html(text)}</p>" for text in step.intro))
        self._intro.setVisible(bool(step.intro))
        instructions = step.instructions_from(self._previous)
        self._instructions.setText("<ol>" + "".join(f"<li>{setup.html(text)}</li>" for text in instructions) + "</ol>")
        self._instructions.setVisible(bool(instructions))
        if self._portal is not None:
            self._portal.retranslate()
        self._question.setTitle(_t(step.question))
        for button, choice in zip(self._choices, step.choices, strict=True):
            button.set_sentence(_t(choice.text))


class VerdictPage(i18n.FollowsLanguage, QWizardPage):
    """The end of every path: the verdict in one sentence, why, what to do, and the buttons."""

    verdictChanged = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, setup: Setup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        self._verdict = ""
        self._view: _VerdictView | None = None
        self.setObjectName(VERDICT_PAGE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The verdict, the fields, the buttons and the summary may need more room than a small
        # screen has: they scroll, rather than growing the window past it.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("verdict_scroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop of its own: it scrolls to whatever inside it takes the focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always shown: text that wraps grows taller as the page narrows, so a scroll bar that
        # comes and goes can leave the page laid out wider than the room it has.
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout.addWidget(self._scroll)
        self.retranslate()

    def _get_verdict(self) -> str:
        return self._verdict

    # The id of the verdict shown ("" before the page is reached), for tests and QA tools.
    verdict = Property(str, _get_verdict, notify=verdictChanged)

    def help_texts(self) -> list[str]:
        return [self._setup.text(text) for text in self._setup.flow.verdict_help]

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
            self._view = _VerdictView(self._setup, walk, self)
            self._view.start_over.connect(lambda: self.wizard().restart())
            self._scroll.setWidget(self._view)
        new = walk.verdict or "" if walk is not None else ""
        if new != self._verdict:
            self._verdict = new
            self.verdictChanged.emit(new)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.follow_language()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("VerdictPage", "Result"))
        if self._view is not None:
            self._view.retranslate()


class _VerdictView(QWidget):
    """What one verdict shows. Rebuilt for each walk; retranslated in place, fields kept."""

    start_over = Signal()

    def __init__(self, setup: Setup, walk: Walk, parent: QWidget) -> None:
        super().__init__(parent)
        assert walk.verdict is not None
        self._setup = setup
        self._walk = walk
        self._verdict: Verdict = setup.flow.verdict(walk.verdict)
        verdict = self._verdict
        layout = QVBoxLayout(self)

        layout.addLayout(self._build_head())

        self._explanation = _paragraph_label(self)
        self._explanation.setObjectName("explanation")
        layout.addWidget(self._explanation)
        self._next_step = _paragraph_label(self)
        self._next_step.setObjectName("next_step")
        layout.addWidget(self._next_step)

        self._email: _EmailPanel | None = None
        self._contact: _ContactPanel | None = None
        if verdict.asks_billing_admin_address:
            self._email = _EmailPanel(self._summary_text, setup.policy.product, self)
            layout.addWidget(self._email)
        elif verdict.contact_admin and setup.policy.contact:
            self._contact = _ContactPanel(setup.policy, self._summary_text, self)
            layout.addWidget(self._contact)

        self._portals: list[PortalRow] = []
        for action_id in verdict.actions:
            action = setup.flow.action(action_id)
            if action.portal is not None:
                row = PortalRow(action, setup.policy.urls[action.portal], self)
                layout.addWidget(row)
                self._portals.append(row)
            elif self._email is not None:
                self._email.add_button(action)

        layout.addWidget(self._build_summary())
        layout.addStretch(1)
        self.retranslate()

    def _build_head(self) -> QHBoxLayout:
        """The verdict's icon and headline: told by words and a picture, not by colour alone."""
        head = QHBoxLayout()
        self._icon = QLabel(self)
        self._icon.setObjectName("verdict_icon")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._draw_icon()
        head.addWidget(self._icon)
        self._headline = QLabel(self)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        self._headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Focusable, and focused when the page opens: the verdict is the first thing read. (Not
        # selectable by keyboard: that would show a text cursor in it, as if it could be edited.)
        self._headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFont(self._headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._headline.setFont(font)
        head.addWidget(self._headline, 1)
        return head

    def _draw_icon(self) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        dark = palette_is_dark(self.palette())
        self._icon.setPixmap(verdict_icon(self._verdict.tone, dark, size, self.devicePixelRatioF()))

    def tone_colour(self) -> str:
        """The colour the verdict's icon is drawn in, in the current palette."""
        return TONE_COLOURS[self._verdict.tone]["dark" if palette_is_dark(self.palette()) else "light"]

    def focus_headline(self) -> None:
        self._headline.setFocus(Qt.FocusReason.OtherFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            # The system switched between light and dark: the icon follows.
            self._draw_icon()
        super().changeEvent(event)

    def _build_summary(self) -> QGroupBox:
        self._summary_box = QGroupBox(self)
        self._summary_box.setObjectName("summary_box")
        box = QVBoxLayout(self._summary_box)
        self._summary_view = QTextBrowser(self._summary_box)
        self._summary_view.setObjectName("summary")
        self._summary_view.setOpenLinks(False)
        # The same HTML as the saved file, with headings sized for a box on the page.
        self._summary_view.document().setDefaultStyleSheet(
            "h1 { font-size: large; } h2 { font-size: medium; margin-top: 6px; }"
        )
        self._summary_view.setMinimumHeight(8 * self.fontMetrics().height())
        box.addWidget(self._summary_view)
        buttons = QHBoxLayout()
        self._copy = self._button("action.copy_summary", self._copy_summary, buttons)
        self._save = self._button("action.save_summary", self._save_summary, buttons)
        self._print = self._button("action.print_summary", self._print_summary, buttons)
        buttons.addStretch(1)
        box.addLayout(buttons)
        # On a row of its own: with the others it would not fit the page in longer languages.
        restart = QHBoxLayout()
        restart.addStretch(1)
        self._restart = self._button("action.start_over", self.start_over.emit, restart)
        box.addLayout(restart)
        return self._summary_box

    def _button(self, name: str, slot: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- the summary --------------------------------------------------------------------------

    def summary(self) -> Summary:
        setup, flow = self._setup, self._setup.flow
        answers = tuple(
            (_t(flow.step(page).question), setup.text(flow.step(page).choice(choice).text))
            for page, choice in zip(self._walk.pages, self._walk.choices, strict=True)
        )
        labels = Labels(
            title=translate("Summary", "Who is the billing contact? Summary"),
            answers=translate("Summary", "Questions and answers"),
            verdict=translate("Summary", "Result"),
            next_step=translate("Summary", "What to do next"),
            addresses=translate("Summary", "Portal addresses"),
            when=translate("Summary", "Date and time"),
            version=translate("Summary", "Billing Contact Assistant version"),
        )
        return Summary(
            labels=labels,
            answers=answers,
            verdict=setup.text(self._verdict.headline),
            explanation=tuple(setup.text(text) for text in self._verdict.explanation),
            next_step=setup.text(self._verdict.next_step),
            addresses=tuple((_t(p.name), setup.policy.urls[p.id]) for p in flow.portals),
            when=QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat),
            version=__version__,
        )

    def _summary_text(self) -> str:
        return self.summary().text()

    def _copy_summary(self) -> None:
        from . import desktop

        summary = self.summary()
        desktop.copy_to_clipboard(summary.text(), summary.html())

    def _save_summary(self) -> None:
        from . import dialogs

        filters = [
            translate("Pages", "Text (*.txt)"),
            translate("Pages", "Web page (*.html)"),
            translate("Pages", "PDF document (*.pdf)"),
        ]
        dialogs.choose_save_file(
            self,
            translate("Pages", "Save the summary"),
            translate("Pages", "billing-contact-summary") + ".txt",
            filters,
            self._write_summary,
        )

    def _write_summary(self, path: str) -> None:
        from . import desktop, dialogs

        summary = self.summary()
        suffix = Path(path).suffix.lower()
        if suffix in (".html", ".htm"):
            error = desktop.write_file(path, summary.html().encode("utf-8"))
        elif suffix == ".pdf":
            error = desktop.write_pdf(path, summary.html())
        else:
            error = desktop.write_file(path, summary.text().encode("utf-8"))
        if error is not None:
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
        from . import desktop

        desktop.print_html(self, self.summary().html())

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        setup, verdict = self._setup, self._verdict
        self._headline.setText(setup.text(verdict.headline))
        self._icon.setAccessibleName(
            {
                "yes": translate("VerdictPage", "Yes"),
                "no": translate("VerdictPage", "No"),
                "unknown": translate("VerdictPage", "Not determined"),
            }[verdict.tone]
        )
        self._summary_view.setAccessibleName(translate("Pages", "Summary of your answers"))
        self._explanation.setText("".join(f"<p>{setup.html(text)}</p>" for text in verdict.explanation))
        label = html.escape(translate("VerdictPage", "What to do next:"))
        self._next_step.setText(f"<p><b>{label}</b> {setup.html(verdict.next_step)}</p>")
        for row in self._portals:
            row.retranslate()
        if self._email is not None:
            self._email.retranslate()
        if self._contact is not None:
            self._contact.retranslate()
        self._summary_box.setTitle(translate("Pages", "Summary of your answers"))
        self._summary_view.setHtml(self.summary().html())
        self._copy.setText(translate("Pages", "Copy summary"))
        self._save.setText(translate("Pages", "Save summary…"))
        self._print.setText(translate("Pages", "Print…"))
        self._restart.setText(translate("Pages", "Start over"))


def _email_body(greeting: str, request: str, summary: str) -> str:
    thanks = QCoreApplication.translate("Email", "Thank you.")
    return f"{greeting}\n\n{request}\n\n{summary}\n{thanks}"


def _greeting(name: str) -> str:
    if name:
        return QCoreApplication.translate("Email", "Hello {name},").format(name=name)
    return QCoreApplication.translate("Email", "Hello,")


class _EmailPanel(QWidget):
    """Fields for the billing admin's name and address, copied from the Admin Center message,
    a preview of the email, and the button that opens it in the user's mail program."""

    def __init__(self, summary: Callable[[], str], product: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._summary = summary
        self._product = product
        self._button: QPushButton | None = None
        self._action: Action | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above their fields: long labels (Italian, German) never push a field off the page.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._name = QLineEdit(self)
        self._name.setObjectName("field.billing_admin_name")
        self._name.setMaxLength(200)
        self._address = QLineEdit(self)
        self._address.setObjectName("field.billing_admin_email")
        # Room for a pasted address with stray text around it, which the check then explains.
        self._address.setMaxLength(320)
        self._error = QLabel(self)
        self._error.setObjectName("field.billing_admin_email.error")
        self._error.setWordWrap(True)
        self._error.hide()
        self._name_label = QLabel(self)
        self._name_label.setBuddy(self._name)
        self._address_label = QLabel(self)
        self._address_label.setBuddy(self._address)
        self._preview = QPlainTextEdit(self)
        self._preview.setObjectName("email_preview")
        self._preview.setReadOnly(True)
        self._preview.setMaximumHeight(7 * self.fontMetrics().height())
        self._preview_label = QLabel(self)
        self._preview_label.setBuddy(self._preview)
        form.addRow(self._name_label, self._name)
        form.addRow(self._address_label, self._address)
        form.addRow("", self._error)
        form.addRow(self._preview_label, self._preview)
        self._row = QHBoxLayout()
        form.addRow("", self._row)
        self._name.textChanged.connect(self._update)
        self._address.textChanged.connect(self._update)

    def add_button(self, action: Action) -> None:
        self._action = action
        self._button = QPushButton(self)
        self._button.setObjectName(action.id)
        self._button.clicked.connect(self._write)
        self._row.addWidget(self._button)
        self._row.addStretch(1)
        self.retranslate()

    def address(self) -> str:
        return self._address.text().strip()

    def subject(self) -> str:
        return QCoreApplication.translate("Email", "Product or licensing changes to our {product} account").format(
            product=self._product
        )

    def body(self) -> str:
        request = QCoreApplication.translate(
            "Email",
            "The Admin Center says that you are the billing admin of our {product} account. Could you please "
            "help me make a product or licensing change? Here is what I checked:",
        ).format(product=self._product)
        return _email_body(_greeting(self._name.text().strip()), request, self._summary())

    def _update(self) -> None:
        from . import mailto

        address = self.address()
        valid = mailto.is_valid_address(address)
        if self._button is not None:
            self._button.setEnabled(valid)
        self._error.setVisible(bool(address) and not valid)
        self._preview.setPlainText(self.subject() + "\n\n" + self.body())

    def _write(self) -> None:
        from . import desktop, mailto

        address = self.address()
        if mailto.is_valid_address(address):
            desktop.open_url(mailto.mailto_url(address, self.subject(), self.body()), self)

    def retranslate(self) -> None:
        self._name_label.setText(translate("VerdictPage", "Billing admin's &name:"))
        self._address_label.setText(translate("VerdictPage", "Billing admin's &email address:"))
        self._address.setPlaceholderText(translate("VerdictPage", "name@example.com"))
        self._preview_label.setText(translate("VerdictPage", "The email reads:"))
        for field, label in (
            (self._name, self._name_label),
            (self._address, self._address_label),
            (self._preview, self._preview_label),
        ):
            field.setAccessibleName(label.text().replace("&", "").rstrip(":").strip())
        self._error.setText(
            translate(
                "VerdictPage",
                "Enter one email address, such as name@example.com, with no spaces, commas, "
                "question marks or ampersands.",
            )
        )
        if self._button is not None and self._action is not None:
            self._button.setText(_t(self._action.text))
        self._update()


class _ContactPanel(QWidget):
    """The organization's own contact, set by IT: write to them, or open their help desk."""

    def __init__(self, policy: Policy, summary: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._policy = policy
        self._summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._who = _paragraph_label(self)
        self._who.setObjectName("contact")
        layout.addWidget(self._who)
        row = QHBoxLayout()
        self._write: QPushButton | None = None
        self._helpdesk: QPushButton | None = None
        contact = policy.contact
        if contact.email:
            self._write = QPushButton(self)
            self._write.setObjectName("action.email_account_admin")
            self._write.clicked.connect(self._write_email)
            row.addWidget(self._write)
        if contact.helpdesk_url:
            self._helpdesk = QPushButton(self)
            self._helpdesk.setObjectName("action.open_helpdesk")
            self._helpdesk.setIcon(QIcon(str(ICON_DIR / "open-external.svg")))
            self._helpdesk.setToolTip(contact.helpdesk_url)
            self._helpdesk.clicked.connect(self._open_helpdesk)
            row.addWidget(self._helpdesk)
        row.addStretch(1)
        layout.addLayout(row)

    def _open_helpdesk(self) -> None:
        from . import desktop

        desktop.open_url(self._policy.contact.helpdesk_url, self)

    def subject(self) -> str:
        return QCoreApplication.translate("Email", "Who is the billing contact of our {product} account?").format(
            product=self._policy.product
        )

    def body(self) -> str:
        request = QCoreApplication.translate(
            "Email",
            "I am trying to find out who the billing contact of our {product} account is. Could you please "
            "help me? Here is what I checked:",
        ).format(product=self._policy.product)
        return _email_body(_greeting(self._policy.contact.name), request, self._summary())

    def _write_email(self) -> None:
        from . import desktop, mailto

        desktop.open_url(mailto.mailto_url(self._policy.contact.email, self.subject(), self.body()), self)

    def retranslate(self) -> None:
        contact = self._policy.contact
        who = contact.who()
        text = translate("Pages", "Your organization's contact for this account: {who}").format(who=who) if who else ""
        self._who.setText(html.escape(text))
        self._who.setVisible(bool(who))
        if self._write is not None:
            self._write.setText(translate("Pages", "Write to {name}").format(name=contact.name or contact.email))
        if self._helpdesk is not None:
            self._helpdesk.setText(translate("Pages", "Open the help desk"))
