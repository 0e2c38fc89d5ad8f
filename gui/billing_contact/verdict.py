"""What the verdict page shows for one walk: the verdict, why, what to do, and the buttons.

Loaded the first time a path reaches the verdict page: the first page needs none of it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from . import __version__, palette, walkcode
from .context import Setup
from .emails import ContactPanel, EmailPanel
from .flow import Verdict, Walk
from .i18n import map_text
from .icons import ICON_DIR
from .summary import Labels, Summary
from .text import escape
from .widgets import PortalRow, paragraph_label

_log = logging.getLogger(__name__)

# The verdict's colours, for light and dark palettes: each reaches WCAG AA contrast (4.5:1)
# against the window colour of its palette, and the glyph on it contrasts with it in turn. The
# verdict is told by words and the glyph's shape too, never by colour alone.
TONE_COLOURS = {
    "yes": {"light": "#1a6e33", "dark": "#7fd89a"},
    "no": {"light": "#34537f", "dark": "#a8c4ee"},
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


def show_walk(page: QWizardPage, setup: Setup, walk: Walk) -> VerdictView:
    """Show ``walk``'s verdict on ``page``, in the page's scroll area (made the first time)."""
    scroll = page.findChild(QScrollArea, "verdict_scroll")
    if scroll is None:
        scroll = _scroll_area(page)
    view = VerdictView(setup, walk, page)
    scroll.setWidget(view)
    return view


def _scroll_area(page: QWizardPage) -> QScrollArea:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    # The verdict, the fields, the buttons and the summary may need more room than a small
    # screen has: they scroll, rather than growing the window past it.
    scroll = QScrollArea(page)
    scroll.setObjectName("verdict_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Not a tab stop of its own: it scrolls to whatever inside it takes the focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Always shown: text that wraps grows taller as the page narrows, so a scroll bar that
    # comes and goes can leave the page laid out wider than the room it has.
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    layout.addWidget(scroll)
    return scroll


class VerdictView(QWidget):
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
        # The answers' letters: what the user reads out to a help desk, which opens it with --walk.
        self._walk_code = QLabel(self)
        self._walk_code.setObjectName("walk_code")
        self._walk_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._walk_code)

        self._explanation = paragraph_label(self)
        self._explanation.setObjectName("explanation")
        layout.addWidget(self._explanation)
        self._next_step = paragraph_label(self)
        self._next_step.setObjectName("next_step")
        layout.addWidget(self._next_step)

        self._email: EmailPanel | None = None
        self._contact: ContactPanel | None = None
        if verdict.asks_billing_admin_address:
            self._email = EmailPanel(self._summary_text, setup.policy.product, self)
            layout.addWidget(self._email)
        elif verdict.contact_admin and setup.policy.contact:
            self._contact = ContactPanel(setup.policy, self._summary_text, self)
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
            (map_text(flow.step(page).question), setup.text(flow.step(page).choice(choice).text))
            for page, choice in zip(self._walk.pages, self._walk.choices, strict=True)
        )
        labels = Labels(
            title=QCoreApplication.translate("Summary", "Who is the billing contact? Summary"),
            answers=QCoreApplication.translate("Summary", "Questions and answers"),
            verdict=QCoreApplication.translate("Summary", "Result"),
            next_step=QCoreApplication.translate("Summary", "What to do next"),
            addresses=QCoreApplication.translate("Summary", "Portal addresses"),
            when=QCoreApplication.translate("Summary", "Date and time"),
            version=QCoreApplication.translate("Summary", "Billing Contact Assistant version"),
            walk_code=QCoreApplication.translate("Summary", "Walk code"),
        )
        return Summary(
            labels=labels,
            answers=answers,
            verdict=setup.text(self._verdict.headline),
            explanation=tuple(setup.text(text) for text in self._verdict.explanation),
            next_step=setup.text(self._verdict.next_step),
            addresses=tuple((map_text(p.name), setup.policy.urls[p.id]) for p in flow.portals),
            when=QLocale().toString(QDateTime.currentDateTime(), QLocale.FormatType.LongFormat),
            version=__version__,
            walk_code=walkcode.encode(flow, self._walk),
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
            QCoreApplication.translate("Pages", "Text (*.txt)"),
            QCoreApplication.translate("Pages", "Web page (*.html)"),
            QCoreApplication.translate("Pages", "PDF document (*.pdf)"),
        ]
        dialogs.choose_save_file(
            self,
            QCoreApplication.translate("Pages", "Save the summary"),
            QCoreApplication.translate("Pages", "billing-contact-summary") + ".txt",
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
        self._walk_code.setText(
            QCoreApplication.translate("VerdictPage", "Walk code: {code}").format(
                code=walkcode.encode(setup.flow, self._walk)
            )
        )
        self._icon.setAccessibleName(
            {
                "yes": QCoreApplication.translate("VerdictPage", "Yes"),
                "no": QCoreApplication.translate("VerdictPage", "No"),
                "unknown": QCoreApplication.translate("VerdictPage", "Not determined"),
            }[verdict.tone]
        )
        self._summary_view.setAccessibleName(QCoreApplication.translate("Pages", "Summary of your answers"))
        self._explanation.setText("".join(f"<p>{setup.html(text)}</p>" for text in verdict.explanation))
        label = escape(QCoreApplication.translate("VerdictPage", "What to do next:"))
        self._next_step.setText(f"<p><b>{label}</b> {setup.html(verdict.next_step)}</p>")
        for row in self._portals:
            row.retranslate()
        if self._email is not None:
            self._email.retranslate()
        if self._contact is not None:
            self._contact.retranslate()
        self._summary_box.setTitle(QCoreApplication.translate("Pages", "Summary of your answers"))
        self._summary_view.setHtml(self.summary().html())
        self._copy.setText(QCoreApplication.translate("Pages", "Copy summary"))
        self._save.setText(QCoreApplication.translate("Pages", "Save summary…"))
        self._print.setText(QCoreApplication.translate("Pages", "Print…"))
        self._restart.setText(QCoreApplication.translate("Pages", "Start over"))
