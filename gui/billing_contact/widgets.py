"""The widgets the pages are made of: a paragraph, a choice whose sentence wraps, a portal's row."""

from __future__ import annotations

from PySide6.QtCore import Property, QCoreApplication, QObject, QPoint, QRect, QSize
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
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
)

from .flow import Action
from .i18n import map_text
from .icons import png_icon


def set_enum_property(obj: QObject, prop: str, keys: str) -> None:
    """Set the enum or flags property ``prop`` of ``obj`` by its keys' names: ``"RichText"``, ``"A|B"``.

    For what the step pages set, which start-up builds: PySide6 makes its ``Qt`` namespace, with
    its ninety-odd enums, on first use, and that alone would cost the first page a large part of
    what a bare QWizard takes to start (benchmarks/README.md). Qt's property system converts the
    names, as it does for a Designer ``.ui`` file. A name it does not know, or a property ``obj``
    does not have, is an error here rather than a silent no-op. Elsewhere, use the enums.
    """
    if not obj.setProperty(prop, keys):
        raise ValueError(f"{type(obj).__name__} has no property {prop!r} that takes {keys!r}")


SELECTABLE = "TextSelectableByMouse|TextSelectableByKeyboard"


def paragraph_label(parent: QWidget) -> QLabel:
    """A label for paragraphs of rich text: wrapped, selectable."""
    label = QLabel(parent)
    label.setWordWrap(True)
    set_enum_property(label, "textInteractionFlags", SELECTABLE)
    set_enum_property(label, "textFormat", "RichText")
    return label


# Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, by value: the step pages stay out of the Qt
# namespace (see set_enum_property).
_WRAPPED_TEXT = 0x1000 | 0x0001 | 0x0020
# Qt.Key_Left, Key_Up, Key_Right, Key_Down, by value, for the same reason.
_ARROW_KEYS = frozenset({0x01000012, 0x01000013, 0x01000014, 0x01000015})


class ChoiceButton(QRadioButton):
    """A radio button whose text wraps, after the answer's letter.

    QRadioButton draws its text on one line, and the article's situations are whole sentences.
    This one paints the indicator, the answer's letter (A, B, C, D: the same in every language,
    what a help desk on the phone points at) and the sentence word-wrapped as a plain-text QLabel
    would. ``text()`` stays the full sentence, so tests read what the user reads; screen readers
    hear the letter with it. It draws rather than carrying labels: screen readers read a child
    label as a second object with the button's own words. Its height follows its width through
    hasHeightForWidth() and heightForWidth() below.
    """

    def __init__(self, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._letter = letter

    def _get_letter(self) -> str:
        return self._letter

    # The answer's letter, for tests and QA tools: the map's order, never the language's.
    letter = Property(str, _get_letter, constant=True)

    def set_sentence(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleName(f"{self._letter}. {text}")
        self.updateGeometry()

    def _letter_width(self) -> int:
        # Room for a wide capital, whatever this answer's letter: the sentences of a page start
        # in one column.
        return self.fontMetrics().horizontalAdvance("M.")

    def _spacing(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, self)

    def _indent(self) -> int:
        """Where the sentence starts: after the indicator, the letter and the style's spacing."""
        indicator = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, self)
        return indicator + self._spacing() + self._letter_width() + self._spacing()

    def _indicator_height(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorHeight, None, self)

    def _text_size(self, width: int) -> QSize:
        """The size the sentence takes wrapped at ``width``, as QLabel measures it."""
        return self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), _WRAPPED_TEXT, self.text()).size()

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Qt checks the answer an arrow key moves to only when the one it leaves is checked:
        # checking this one first makes the first arrow key choose, as every later one does.
        if event.key() in _ARROW_KEYS and not any(button.isChecked() for button in self._siblings()):
            self.setChecked(True)
        super().keyPressEvent(event)

    def _siblings(self) -> list[QRadioButton]:
        """The answers of this one's question, this one included."""
        parent = self.parentWidget()
        children = parent.children() if parent is not None else [self]
        return [child for child in children if isinstance(child, QRadioButton)]

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
        letter = QRect(indent - self._spacing() - self._letter_width(), 0, self._letter_width(), line)
        painter.drawItemText(
            letter, _WRAPPED_TEXT, self.palette(), self.isEnabled(), f"{self._letter}.", self.foregroundRole()
        )
        width = max(1, self.width() - indent)
        text = QRect(indent, 0, width, self._text_size(width).height())
        painter.drawItemText(text, _WRAPPED_TEXT, self.palette(), self.isEnabled(), self.text(), self.foregroundRole())
        if focused:
            frame = QStyleOptionFocusRect()
            frame.initFrom(self)
            # Styles draw the frame only after Tab; the arrow keys and letters move between
            # answers too, and a keyboard user must see where Enter goes on from.
            frame.state |= QStyle.StateFlag.State_KeyboardFocusChange
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
        set_enum_property(self.address, "textFormat", "PlainText")
        set_enum_property(self.address, "textInteractionFlags", SELECTABLE)
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
