"""The widgets the pages are made of: a paragraph, a choice whose sentence wraps, a portal's row,
a field's error."""

from __future__ import annotations

import math
import re
from html import unescape

from PySide6.QtCore import Property, QCoreApplication, QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from ..logic.flow import Action
from ..logic.text import keep_together, spoken, without_joiners
from ..services import palette
from ..services.i18n import map_text
from ..services.icons import png_icon
from ..services.palette import indicator_outline
from . import accessibility

# The colour of what went wrong, in light and dark palettes: each reaches WCAG AA contrast (4.5:1)
# against the window colour of its palette. The "no" verdict is drawn in it too.
ERROR_COLOURS = {"light": "#b42318", "dark": "#ff9b8f"}

# Text a person may select and copy, by mouse or keyboard, as from a web page.
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class Paragraph(QLabel):
    """A label for paragraphs of rich text: wrapped, selectable.

    A screen reader is given its words as they should be said (``text.spoken``): without the word
    joiners that keep a line from breaking (``text.keep_together``), nor the punctuation a screen
    reader reads aloud.
    """

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self.set_text(text)

    def set_text(self, text: str, said: str | None = None) -> None:
        """Show ``text``; a screen reader reads ``said`` (by default, the words of ``text``)."""
        super().setText(text)
        name = spoken(said if said is not None else _words(text))
        # Only when it changes: every call tells the screen reader the name changed.
        if name != self.accessibleName():
            self.setAccessibleName(name)


def _words(html: str) -> str:
    """The words of a paragraph's HTML, its tags between them."""
    return without_joiners(unescape(re.sub(r"<[^>]+>", " ", html)))


def paragraph_label(parent: QWidget) -> Paragraph:
    """A label for paragraphs of rich text: wrapped, selectable."""
    label = Paragraph(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(SELECTABLE)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


# A sentence as a word-wrapped plain-text QLabel draws it.
_WRAPPED_TEXT = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_ARROW_KEYS = frozenset({Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Down})


class ChoiceButton(QRadioButton):
    """An answer: a radio button labelled with the answer's letter, its sentence wrapped beside it.

    QRadioButton draws its label on one line, and the article's situations are whole sentences.
    The button's own label is the letter (A, B, C, D: the same in every language, what a help
    desk on the phone points at), drawn by the style with the indicator and the keyboard focus as
    for any radio button; the sentence is painted to its right, word-wrapped as a plain-text QLabel
    would, and the whole width is the button. Screen readers hear "A. sentence" (the accessible
    name); tests and QA tools read the ``sentence`` and ``letter`` properties. It paints rather
    than carrying a label: screen readers read a child label as a second object with the
    button's own words.

    The style's work is done by QRadioButton's own sizeHint() and paintEvent(), through
    initStyleOption(): the letter and the indicator look as any radio button's do.
    """

    def __init__(self, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{letter}.", parent)
        self._letter = letter
        self._sentence = ""
        # The sentence as painted: kept together where a line must not break.
        self._shown = ""
        # The first line's height, once painted: where the style centres the indicator and letter.
        self._first_line = 0
        # The wrapped sentence's size by width. Laying a page out asks each answer for the same
        # few widths dozens of times, and each answer is a text layout of its own.
        self._sentence_sizes: dict[int, QSize] = {}

    def _get_letter(self) -> str:
        return self._letter

    # The answer's letter, for tests and QA tools: the map's order, never the language's.
    letter = Property(str, _get_letter, constant=True)

    def _get_sentence(self) -> str:
        return self._sentence

    # What the answer says, in the language shown.
    sentence = Property(str, _get_sentence)

    def set_sentence(self, text: str) -> None:
        self._sentence = text
        self._shown = keep_together(text)
        self._sentence_sizes.clear()
        self.setAccessibleName(spoken(f"{self._letter}. {text}"))
        self.updateGeometry()
        self.update()

    def _geometry(self) -> tuple[int, int, float]:
        """The first line's height, where the sentence starts, and the top of its first line.

        The first line is the radio button as the style sizes it with the letter alone. The
        sentence starts after it, with room for the widest letter, so that the sentences of a
        page start in one column; its first line is centred on the band as the style centres the
        letter, to the fraction of a pixel, so that the painter rounds both alike.
        """
        band = QRadioButton.sizeHint(self)
        metrics = self.fontMetrics()

        def width(text: str) -> int:
            # As the style measures a button's label.
            return metrics.boundingRect(0, 0, 0, 0, 0, text).width()

        indent = band.width() - width(self.text()) + width("M.")
        top = (band.height() - QFontMetricsF(metrics).height()) / 2
        return band.height(), indent, top

    def _sentence_size(self, width: int) -> QSize:
        """The size the sentence takes wrapped at ``width``, as QLabel measures it."""
        if width not in self._sentence_sizes:
            bounds = self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), _WRAPPED_TEXT, self._shown)
            self._sentence_sizes[width] = bounds.size()
        return self._sentence_sizes[width]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self._sentence_sizes.clear()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        band, indent, top = self._geometry()
        return max(band, math.ceil(top + self._sentence_size(max(1, width - indent)).height()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # QLabel's choice for wrapped text: 80 average characters wide, narrower while that
        # keeps the sentence to a few lines.
        line = self.fontMetrics().lineSpacing()
        width = self.fontMetrics().averageCharWidth() * 80
        hint = self._sentence_size(width)
        if hint.height() < 4 * line and hint.width() > width / 2:
            hint = self._sentence_size(width // 2)
        if hint.height() < 2 * line and hint.width() > width / 4:
            hint = self._sentence_size(width // 4)
        band, indent, top = self._geometry()
        return QSize(indent + hint.width(), max(band, math.ceil(top + hint.height())))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        band, indent, _ = self._geometry()
        return QSize(indent + self.fontMetrics().averageCharWidth() * 20, band)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Qt checks the answer an arrow key moves to only when the one it leaves is checked:
        # checking this one first makes the first arrow key choose, as every later one does.
        group = self.group()
        if event.key() in _ARROW_KEYS and group is not None and group.checkedId() < 0:
            self.setChecked(True)
        super().keyPressEvent(event)

    def initStyleOption(self, option: QStyleOptionButton) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option)
        # The indicator and the letter on the first line of the sentence, not centred on all of
        # it. Not _geometry() here: QRadioButton.sizeHint() calls this.
        if self._first_line:
            option.rect.setHeight(self._first_line)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._first_line, indent, top = self._geometry()
        super().paintEvent(event)
        # The painter starts with the button's font and text colour (disabled included).
        painter = QPainter(self)
        width = max(1, self.width() - indent)
        painter.drawText(QRectF(indent, top, width, self.height() - top), _WRAPPED_TEXT, self._shown)
        self._outline_indicator(painter)

    def _outline_indicator(self, painter: QPainter) -> None:
        """Outline the radio button's circle so that it stands out from the window by 3:1.

        Fusion (Qt's style on Linux) outlines it in a shade of the window colour that hardly shows
        on a dark window: the circle is drawn again over it, as Fusion draws it, in a colour that
        does (``palette.indicator_outline``). Not while the keyboard focus is on it, which Fusion
        shows by outlining it in the highlight colour; other styles draw their own.
        """
        option = QStyleOptionButton()
        self.initStyleOption(option)
        state = QStyle.StateFlag
        focused = option.state & state.State_HasFocus and option.state & state.State_KeyboardFocusChange
        if self.style().name() != "fusion" or not option.state & state.State_Enabled or focused:
            return
        circle = QRectF(self.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, self))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(indicator_outline(self.palette()), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5))


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
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(SELECTABLE)
        bottom.addWidget(self.address)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName(f"copy_link.{portal}")
        self.copy_button.clicked.connect(self._copy)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.retranslate()

    def _open(self) -> None:
        # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
        from ..services import desktop

        desktop.open_url(self.url, self)

    def _copy(self) -> None:
        from ..services import desktop

        desktop.copy_to_clipboard(self.url)
        accessibility.show_done(self.copy_button, QCoreApplication.translate("Pages", "Copied"))

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


class HintedLineEdit(QLineEdit):
    """A text field that shows ``hint`` while it is empty, as a placeholder text looks.

    Not Qt's placeholder: Qt gives a field's placeholder to screen readers as its description
    whenever it has none, and they read it at every focus ("name at example dot com") and on every
    change of the description, in place of what was typed. Here the description is only ever the
    field's error, what it will do, or nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hint = ""

    def _get_hint(self) -> str:
        return self._hint

    def set_hint(self, hint: str) -> None:
        self._hint = hint
        self.update()

    # What the empty field shows, for tests and QA tools.
    hint = Property(str, _get_hint)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.text() or not self._hint:
            return
        # Where QLineEdit draws its own text: the style's contents, the text margins, and the
        # line edit's own margins (two pixels across, one down).
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        area = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        area = area.marginsRemoved(self.textMargins()).adjusted(2, 1, -2, -1)
        metrics = self.fontMetrics()
        top = area.y() + (area.height() - metrics.height() + 1) // 2
        line = QRect(area.x(), top, area.width(), metrics.height())
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        elided = metrics.elidedText(self._hint, Qt.TextElideMode.ElideRight, line.width())
        painter.drawText(
            line, int(alignment & Qt.AlignmentFlag.AlignHorizontal_Mask) | Qt.AlignmentFlag.AlignTop, elided
        )


class ErrorLabel(QLabel):
    """Why a field's value cannot be used, under the field: bold, in the error colour of the
    palette, after the style's error icon. Never read as the help text around it, and told by
    the icon and the weight as well as the colour.

    ``accessibility.show_field_error`` shows it and makes it the field's description.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Selectable by mouse only: by keyboard, it would take a place in the Tab order, and the
        # field it belongs to already says it (its description).
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.font()  # a copy
        font.setBold(True)
        self.setFont(font)
        self._follow_palette()
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        # Read as it should be said: a screen reader may read it with the window's other texts.
        self.setAccessibleName(spoken(text))

    def _icon_size(self) -> int:
        return self.fontMetrics().height()

    def _follow_palette(self) -> None:
        # The left margin holds the icon, a space's width from the text.
        self.setContentsMargins(self._icon_size() + self.fontMetrics().averageCharWidth(), 0, 0, 0)
        colours = self.palette()  # a copy
        colour = QColor(ERROR_COLOURS["dark" if palette.is_dark(colours) else "light"])
        # Set only when it changes: setting a palette sends PaletteChange again.
        if colours.color(QPalette.ColorRole.WindowText) != colour:
            colours.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(colours)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            # The system switched between light and dark, or the font changed.
            self._follow_palette()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        size = self._icon_size()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical, None, self)
        painter = QPainter(self)
        # Beside the first line of the text.
        icon.paint(painter, QRect(0, 0, size, size))
