"""What the verdict page shows for one walk: the verdict, why, what to do, and the buttons.

Loaded the first time a path reaches the verdict page, not at start-up (``pages``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QDateTime, QEvent, QLocale, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from . import __version__, accessibility
from .flow import Action, Verdict, Walk
from .pages import ICON_DIR, PortalRow, Setup, map_text, paragraph_label, png_icon, set_keys
from .settings import Policy
from .summary import Labels, Summary

# lupdate reads calls to translate(context, text), as it reads QCoreApplication.translate.
translate = QCoreApplication.translate

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
    set_keys(scroll, "focusPolicy", "NoFocus")
    set_keys(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
    # Always shown: text that wraps grows taller as the page narrows, so a scroll bar that
    # comes and goes can leave the page laid out wider than the room it has.
    set_keys(scroll, "verticalScrollBarPolicy", "ScrollBarAlwaysOn")
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

        self._explanation = paragraph_label(self)
        self._explanation.setObjectName("explanation")
        layout.addWidget(self._explanation)
        self._next_step = paragraph_label(self)
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
        set_keys(self._icon, "alignment", "AlignTop")
        self._draw_icon()
        head.addWidget(self._icon)
        self._headline = accessibility.Heading(self)
        self._headline.setObjectName("headline")
        self._headline.setWordWrap(True)
        set_keys(self._headline, "textInteractionFlags", "TextSelectableByMouse")
        # Focusable, and focused when the page opens: the verdict is the first thing read. (Not
        # selectable by keyboard: that would show a text cursor in it, as if it could be edited.)
        set_keys(self._headline, "focusPolicy", "StrongFocus")
        font = self._headline.font()  # a copy
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
            addresses=tuple((map_text(p.name), setup.policy.urls[p.id]) for p in flow.portals),
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
        # Named by the document it shows: the box around it already says "Summary of your answers",
        # and a screen reader reads the box's name before the view's.
        self._summary_view.setAccessibleName(translate("Summary", "Who is the billing contact? Summary"))
        self._explanation.setText("".join(f"<p>{setup.html(text)}</p>" for text in verdict.explanation))
        next_label = translate("VerdictPage", "What to do next:")
        self._next_step.setText(f"<p><b>{html.escape(next_label)}</b> {setup.html(verdict.next_step)}</p>")
        # Read right after the headline, which has the focus when the page opens.
        self._headline.setAccessibleDescription(
            " ".join([*(setup.text(text) for text in verdict.explanation), next_label, setup.text(verdict.next_step)])
        )
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
        set_keys(form, "rowWrapPolicy", "WrapAllRows")
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
        self._error_text = ""
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
        if address and not valid:
            accessibility.show_field_error(self._address, self._error, self._error_text)
        else:
            accessibility.clear_field_error(self._address, self._error)
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
        self._error_text = translate(
            "VerdictPage",
            "Enter one email address, such as name@example.com, with no spaces, commas, question marks or ampersands.",
        )
        if self._button is not None and self._action is not None:
            self._button.setText(map_text(self._action.text))
        self._update()


class _ContactPanel(QWidget):
    """The organization's own contact, set by IT: write to them, or open their help desk."""

    def __init__(self, policy: Policy, summary: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self._policy = policy
        self._summary = summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._who = paragraph_label(self)
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
            self._helpdesk.setIcon(png_icon("open-external"))
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
