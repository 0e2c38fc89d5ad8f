"""What the verdict page shows for one walk: the verdict, why, what to do, and the buttons."""

from __future__ import annotations

import logging
from functools import cache
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from ..logic import walkcode
from ..logic.flow import CHANGE_CONTACT_ACTION, Action, Recipient, Verdict, Walk
from ..logic.summary import Summary
from ..services import desktop, palette
from ..services.icons import ICON_DIR, png_icon
from . import accessibility
from .context import Setup
from .share import ShareButton
from .widgets import ERROR_COLOURS, PortalRow, paragraph_label

if TYPE_CHECKING:
    from .changecontact import ChangeContactDialog
    from .emails import EmailComposer

_log = logging.getLogger(__name__)

# The verdict's colours, for light and dark palettes: each reaches WCAG AA contrast (4.5:1)
# against the window colour of its palette, and the glyph on it contrasts with it in turn. The
# verdict is told by words and the glyph's shape too, never by colour alone.
TONE_COLOURS = {
    "yes": {"light": "#1a6e33", "dark": "#7fd89a"},
    "no": ERROR_COLOURS,
    "unknown": {"light": "#7a4f00", "dark": "#f2bc55"},
}
GLYPH_COLOURS = {"light": "#ffffff", "dark": "#10161f"}


def verdict_icon(tone: str, dark: bool, size: int, device_pixel_ratio: float) -> QPixmap:
    """The verdict's icon, drawn from its SVG master in the colours that suit the palette."""
    scheme = "dark" if dark else "light"
    svg = _verdict_svg(tone)
    if svg is None:
        return QPixmap()
    svg = svg.replace("{fill}", TONE_COLOURS[tone][scheme]).replace("{glyph}", GLYPH_COLOURS[scheme])
    pixels = round(size * device_pixel_ratio)
    pixmap = QPixmap.fromImage(_render_svg(svg.encode("utf-8"), pixels))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


@cache
def _verdict_svg(tone: str) -> str | None:
    """The SVG master of the ``tone`` verdict's icon, with its colours as placeholders."""
    try:
        return (ICON_DIR / f"verdict-{tone}.svg").read_text(encoding="utf-8")
    except OSError as error:
        # A broken install: the verdict is still told in words, and --self-check says what is missing.
        _log.warning("Cannot read the verdict icon (%s): the verdict is shown without it.", error)
        return None


def _render_svg(data: bytes, pixels: int) -> QImage:
    # Rendered at the screen's own resolution: sharp at any scaling.
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(QByteArray(data)).render(painter)
    painter.end()
    return image


def show_walk(page: QWidget, setup: Setup, walk: Walk) -> VerdictView:
    """Show ``walk``'s verdict on ``page``, which it fills."""
    layout = page.layout() or QVBoxLayout(page)
    view = VerdictView(setup, walk, page)
    layout.addWidget(view)
    return view


class VerdictView(QWidget):
    """What one verdict shows: the verdict, why, what to do next, then one primary action and
    the secondary ones. Rebuilt for each walk; retranslated in place, what was typed kept."""

    # The start page's choice of the other way, when the user asks to try it instead.
    switch_path = Signal(str)

    def __init__(self, setup: Setup, walk: Walk, parent: QWidget) -> None:
        super().__init__(parent)
        assert walk.verdict is not None
        self._setup = setup
        self._walk = walk
        self._verdict: Verdict = setup.flow.verdict(walk.verdict)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_head())
        self._explanation = paragraph_label(self)
        self._explanation.setObjectName("explanation")
        layout.addWidget(self._explanation)
        self._next_step = paragraph_label(self)
        self._next_step.setObjectName("next_step")
        layout.addWidget(self._next_step)
        layout.addSpacing(self.fontMetrics().height() // 2)

        self._build_actions(layout)
        # The answers that led here, for whoever helps the user (on the phone, in a chat), and
        # their letters: the code a help desk opens the same result with (--walk). Each is a Tab
        # stop after the buttons, so that a screen reader reaches them and can read them out.
        layout.addSpacing(self.fontMetrics().height())
        self._answers = paragraph_label(self)
        self._answers.setObjectName("answers")
        self._answers.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self._answers)
        self._walk_code = paragraph_label(self)
        self._walk_code.setObjectName("walk_code")
        self._walk_code.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(self._walk_code)
        layout.addStretch(1)
        self.retranslate()

    def _build_actions(self, layout: QVBoxLayout) -> None:
        setup, walk = self._setup, self._walk
        contact = setup.policy.contact if self._verdict.contact_admin else None
        self._contact_label: QLabel | None = None
        if contact:
            self._contact_label = paragraph_label(self)
            self._contact_label.setObjectName("contact")
            layout.addWidget(self._contact_label)

        # The primary action: the first the verdict offers on this walk, else writing to the
        # organization's contact. Drawn as the default button; the rest follow on one row.
        self._buttons: list[tuple[QPushButton, Action]] = []
        self._portals: list[PortalRow] = []
        self._composers: dict[Recipient, EmailComposer] = {}
        self._write_contact: QPushButton | None = None
        self._helpdesk: QPushButton | None = None
        self.primary: QPushButton | None = None
        secondary = QHBoxLayout()
        for action in setup.flow.offered_actions(walk):
            if action.portal is not None:
                row = PortalRow(action, setup.policy.urls[action.portal], self)
                self._portals.append(row)
                self._place(row.open_button, row, layout, secondary)
            else:
                button = QPushButton(self)
                button.setObjectName(action.id)
                button.clicked.connect(lambda _checked=False, action=action: self._act(action))
                self._buttons.append((button, action))
                self._place(button, button, layout, secondary)
        writes_to_account_admin = any(action.writes_to == "account_admin" for _, action in self._buttons)
        if contact and contact.email and not writes_to_account_admin:
            # The verdict offers no action of its own to write to the account admin: the
            # organization's contact is the one to write to.
            self._write_contact = QPushButton(self)
            self._write_contact.setObjectName("action.email_account_admin")
            self._write_contact.clicked.connect(lambda: self.open_composer("account_admin"))
            self._place(self._write_contact, self._write_contact, layout, secondary)
        if contact and contact.helpdesk_url:
            self._helpdesk = QPushButton(self)
            self._helpdesk.setObjectName("action.open_helpdesk")
            self._helpdesk.setIcon(png_icon("open-external"))
            self._helpdesk.setToolTip(contact.helpdesk_url)
            self._helpdesk.clicked.connect(lambda: desktop.open_url(contact.helpdesk_url, self))
            secondary.addWidget(self._helpdesk)
        self._share = ShareButton(setup, walk, self)
        secondary.addWidget(self._share)
        secondary.addStretch(1)
        layout.addLayout(secondary)
        # How to change the billing contact, where the walk tells which portal manages the billing:
        # the question that follows the verdict, never its primary action. On a row of its own,
        # so that the row above keeps within the window in the longer languages.
        self._change_contact: QPushButton | None = None
        self._change_dialog: ChangeContactDialog | None = None
        if setup.flow.change_ways_for(walk):
            self._change_contact = QPushButton(self)
            self._change_contact.setObjectName(CHANGE_CONTACT_ACTION)
            self._change_contact.clicked.connect(self.open_change_contact)
            layout.addWidget(self._change_contact, 0, Qt.AlignmentFlag.AlignLeft)

    def _place(self, button: QPushButton, widget: QWidget, layout: QVBoxLayout, secondary: QHBoxLayout) -> None:
        if self.primary is None:
            self.primary = button
            # At its own width, as the buttons of the row under it.
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            secondary.addWidget(widget)

    def _build_head(self) -> QHBoxLayout:
        """The verdict's icon and headline: told by words and a picture, not by colour alone."""
        head = QHBoxLayout()
        self._icon = QLabel(self)
        self._icon.setObjectName("verdict_icon")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._draw_icon()
        head.addWidget(self._icon)
        # Read as the page's heading, with why, what to do next and the walk code as its
        # description (retranslate()).
        self._headline = accessibility.Heading(self, level=1)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        self._headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Focusable, and focused when the page opens: the verdict is the first thing read. (Not
        # selectable by keyboard: that would show a text cursor in it, as if it could be edited.)
        self._headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self._headline.font()  # a copy
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._headline.setFont(font)
        head.addWidget(self._headline, 1)
        return head

    def _draw_icon(self) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        dark = palette.is_dark(self.palette())
        self._icon.setPixmap(verdict_icon(self._verdict.tone, dark, size, self.devicePixelRatioF()))

    def tone_colour(self) -> str:
        """The colour the verdict's icon is drawn in, in the current palette."""
        return TONE_COLOURS[self._verdict.tone]["dark" if palette.is_dark(self.palette()) else "light"]

    def focus_headline(self) -> None:
        self._headline.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            # The system switched between light and dark: the icon follows.
            self._draw_icon()
        super().changeEvent(event)

    # -- actions ------------------------------------------------------------------------------

    def _act(self, action: Action) -> None:
        if action.start_choice is not None:
            self.switch_path.emit(action.start_choice)
        elif action.writes_to is not None:
            self.open_composer(action.writes_to)

    def open_composer(self, recipient: Recipient) -> EmailComposer:
        """The email to ``recipient``, in its dialog; what was typed is the session's draft."""
        # A dialog's module loads when the dialog first opens (docs/ARCHITECTURE.md).
        from . import emails

        if recipient not in self._composers:
            self._composers[recipient] = emails.EmailComposer(self._setup, self._walk, recipient, self)
        composer = self._composers[recipient]
        composer.open()
        return composer

    def open_change_contact(self) -> ChangeContactDialog:
        """How to change the billing contact, in its dialog: made once, so that it keeps what was ticked."""
        # A dialog's module loads when the dialog first opens (docs/ARCHITECTURE.md).
        from .changecontact import ChangeContactDialog

        if self._change_dialog is None:
            self._change_dialog = ChangeContactDialog(self._setup, self._walk, self)
        self._change_dialog.open_dialog()
        return self._change_dialog

    def summary(self) -> Summary:
        return self._share.summary()

    # -- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        setup, verdict = self._setup, self._verdict
        self._headline.setText(setup.text(verdict.headline))
        self._icon.setAccessibleName(
            {
                "yes": QCoreApplication.translate("VerdictPage", "Yes"),
                "no": QCoreApplication.translate("VerdictPage", "No"),
                "unknown": QCoreApplication.translate("VerdictPage", "Not determined"),
            }[verdict.tone]
        )
        explanation = [setup.text(text) for text in verdict.explanation]
        self._explanation.setText("".join(f"<p>{setup.html(text)}</p>" for text in verdict.explanation))
        next_label = QCoreApplication.translate("VerdictPage", "What to do next:")
        # What to do next is what the user came for: a heading of its own, bolder and larger than
        # the answers' below, which are for whoever helps them.
        self._next_step.setText(
            f'<p style="margin-bottom: 0"><span style="font-size: large; font-weight: 700">'
            f'{escape(next_label)}</span></p><p style="margin-top: 2px">{setup.html(verdict.next_step)}</p>'
        )
        next_step = f"{next_label} {setup.text(verdict.next_step)}"
        code = walkcode.encode(setup.flow, self._walk)
        walk_code = QCoreApplication.translate("VerdictPage", "Walk code: {code}")
        # Read right after the headline, which has the focus when the page opens: why, what to
        # do, and the code a help desk asks for on the phone.
        accessibility.describe(self._headline, " ".join([*explanation, next_step, walk_code.format(code=code) + "."]))
        for row in self._portals:
            row.retranslate()
        contact = setup.policy.contact
        # Writing to the account admin is writing to the organization's contact, when it has set one.
        write_to_contact = QCoreApplication.translate("Pages", "Write to {name}…").format(
            name=contact.name or contact.email
        )
        for button, action in self._buttons:
            writes_to_contact = action.writes_to == "account_admin" and contact.email
            button.setText(write_to_contact if writes_to_contact else setup.text(action.text))
        if self._contact_label is not None:
            who = contact.who() or contact.helpdesk_url
            text = QCoreApplication.translate("Pages", "Your organization's contact for this account: {who}")
            self._contact_label.setText(escape(text.format(who=who)))
        if self._write_contact is not None:
            self._write_contact.setText(write_to_contact)
        if self._helpdesk is not None:
            self._helpdesk.setText(QCoreApplication.translate("Pages", "Open the help desk"))
        if self._change_contact is not None:
            self._change_contact.setText(setup.text(setup.flow.action(CHANGE_CONTACT_ACTION).text))
        self._share.retranslate()
        heading = QCoreApplication.translate("VerdictPage", "Your answers")
        walk = self._walk
        pairs = zip(walk.pages, walk.choices, strict=True)
        letters = [walkcode.letter(setup.flow.step(page), choice) for page, choice in pairs]
        given = list(zip(letters, setup.answers(walk), strict=True))
        # The answers in the text's own weight, only their letters in bold: a record of the walk,
        # lighter than what to do next. Read out as sentences, each answer after its question.
        answers = "".join(
            f"<li>{escape(question)} <b>{letter}.</b> {escape(answer)}</li>" for letter, (question, answer) in given
        )
        self._answers.set_text(
            f"<p>{escape(heading)}</p><ol>{answers}</ol>",
            " ".join([heading + ".", *(_sentence(f"{q} {letter}. {a}") for letter, (q, a) in given)]),
        )
        self._walk_code.setText(escape(walk_code).format(code=f"<b>{code}</b>"))

    def heading(self) -> str:
        """What the page is, as a screen reader says it: its headline."""
        return self._headline.accessibleName()


def _sentence(text: str) -> str:
    """``text`` ending as a sentence does: a screen reader pauses there."""
    return text if text.endswith((".", "?", "!", "…")) else text + "."
