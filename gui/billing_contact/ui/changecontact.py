"""How to have the billing contact changed: the non-blocking dialog the verdict page opens.

GoTo's way for the portal that manages the account's billing comes first (the walk's verdict tells
which, ``Flow.change_ways_for``): whom to ask, its conditions and what to have at hand as check
boxes the user may tick while getting ready, then the other way in one paragraph, and the button
to GoTo's support page (the organization's, when its policy sets one).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Property, QCoreApplication, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from ..logic.flow import ChangeWay, Walk
from ..services import desktop
from ..services.i18n import FollowsLanguage
from ..services.icons import png_icon
from . import accessibility
from .context import Setup
from .widgets import SELECTABLE, paragraph_label

# A sentence as a word-wrapped plain-text QLabel draws it.
_WRAPPED_TEXT = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class CheckItem(QCheckBox):
    """A check box with its sentence wrapped beside it: QCheckBox draws its label on one line.

    The style draws the box (and the keyboard focus around it) as for any check box without a
    label; the sentence is painted to its right and the whole width is the button. Screen readers
    hear the sentence as the check box's name; tests read the ``sentence`` property.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._sentence = ""
        # The height of the first line, once painted: where the style centres the box.
        self._band = 0

    def _get_sentence(self) -> str:
        return self._sentence

    # What the item says, in the language shown.
    sentence = Property(str, _get_sentence)

    def set_sentence(self, text: str) -> None:
        self._sentence = text
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def _geometry(self) -> tuple[int, int, float]:
        """The first line's height, where the sentence starts, and the top of its first line."""
        band = QCheckBox.sizeHint(self).height()
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self
        )
        top = (band - self.fontMetrics().height()) / 2
        return band, indent, max(0.0, top)

    def _sentence_size(self, width: int) -> QSize:
        return (
            self.fontMetrics().boundingRect(QRect(0, 0, max(1, width), 1 << 20), _WRAPPED_TEXT, self._sentence).size()
        )

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        band, indent, top = self._geometry()
        return max(band, math.ceil(top + self._sentence_size(width - indent).height()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As wide as the sentence on one line, up to a comfortable line of text.
        _, indent, _ = self._geometry()
        width = indent + min(self._sentence_size(1 << 20).width(), self.fontMetrics().averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        band, indent, _ = self._geometry()
        return QSize(indent + self.fontMetrics().averageCharWidth() * 20, band)

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def initStyleOption(self, option: QStyleOptionButton) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option)
        # The box on the sentence's first line, not centred on all of it. Not _geometry() here:
        # QCheckBox.sizeHint() calls this.
        if self._band:
            option.rect.setHeight(self._band)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._band, indent, top = self._geometry()
        super().paintEvent(event)
        # The painter starts with the check box's font and text colour.
        width = max(1, self.width() - indent)
        QPainter(self).drawText(QRectF(indent, top, width, self.height() - top), _WRAPPED_TEXT, self._sentence)


class Checklist(QFrame):
    """Check boxes under a label that names them: a panel a screen reader reads by that name."""

    def __init__(self, name: str, count: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items: list[CheckItem] = []
        for number in range(1, count + 1):
            item = CheckItem(self)
            item.setObjectName(f"{name}.{number}")
            layout.addWidget(item)
            self.items.append(item)


class ChangeContactDialog(FollowsLanguage, QDialog):
    """Non-blocking (``show()``): the verdict page stays usable beside it. Made once per verdict
    shown, so that what was ticked stays ticked when it is opened again."""

    def __init__(self, setup: Setup, walk: Walk, parent: QWidget) -> None:
        super().__init__(parent)
        self._setup = setup
        ways = setup.flow.change_ways_for(walk)
        if not ways:
            raise ValueError(f"the walk {walk.choices} does not tell which portal manages the billing")
        self.way: ChangeWay = ways[0]
        self._others = ways[1:]
        self.setObjectName("dialog.change_billing_contact")
        layout = QVBoxLayout(self)
        self._build_way(layout)
        self._instead = paragraph_label(self)
        self._instead.setObjectName("instead")
        self._instead.setVisible(bool(self._others))
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self._instead)
        layout.addSpacing(self.fontMetrics().height() // 2)
        self._build_support(layout, setup.policy.support_url)
        layout.addStretch(1)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        # Wide enough for the support page's address on one line and for sentences that read well.
        line = self.fontMetrics().height()
        self.setMinimumWidth(max(30 * line, self._address.sizeHint().width() + 2 * line))
        self.resize(34 * line, self.height())
        self.retranslate()

    def _build_way(self, layout: QVBoxLayout) -> None:
        """The walk's way: where the account is managed, whom to ask, the conditions, what to have."""
        self._heading = accessibility.Heading(self)
        self._heading.setObjectName("way")
        self._heading.setWordWrap(True)
        font = self._heading.font()  # a copy
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._heading.setFont(font)
        layout.addWidget(self._heading)
        self._how = paragraph_label(self)
        self._how.setObjectName("how")
        layout.addWidget(self._how)
        self._conditions_label = QLabel(self)
        self.conditions = Checklist("conditions", len(self.way.conditions), self)
        self._at_hand_label = QLabel(self)
        self.at_hand = Checklist("at_hand", len(self.way.at_hand), self)
        for label, checklist in ((self._conditions_label, self.conditions), (self._at_hand_label, self.at_hand)):
            label.setWordWrap(True)
            layout.addWidget(label)
            layout.addWidget(checklist)
            # A way without conditions shows neither the list nor the room above it.
            if checklist.items:
                layout.insertSpacing(layout.indexOf(label), self.fontMetrics().height() // 2)
            else:
                label.hide()
                checklist.hide()

    def _build_support(self, layout: QVBoxLayout, url: str) -> None:
        """The button to the support page, and its address as selectable text under it."""
        self.url = url
        row = QHBoxLayout()
        self.support_button = QPushButton(self)
        self.support_button.setObjectName("action.open_support_page")
        self.support_button.setIcon(png_icon("open-external"))
        self.support_button.setAccessibleDescription(url)
        self.support_button.setToolTip(url)
        self.support_button.setDefault(True)
        self.support_button.clicked.connect(lambda: desktop.open_url(self.url, self))
        row.addWidget(self.support_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._address = QLabel(url, self)
        self._address.setObjectName("address.support")
        self._address.setTextFormat(Qt.TextFormat.PlainText)
        self._address.setTextInteractionFlags(SELECTABLE)
        layout.addWidget(self._address)

    def _fit(self) -> None:
        # A window takes its minimum height from its labels' one-line hints: wrapped over more
        # lines (a longer language) they would be cut. Their height at this width, never past the
        # screen.
        layout = self.layout()
        if layout is None:
            return
        needed = layout.totalHeightForWidth(max(self.width(), self.minimumWidth()))
        if self.screen() is not None:
            needed = min(needed, self.screen().availableGeometry().height())
        self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def open_dialog(self) -> None:
        """Show it, or bring it to the front when it is already shown."""
        self.show()
        self.raise_()
        self.activateWindow()

    def retranslate(self) -> None:
        setup, way = self._setup, self.way
        self.setWindowTitle(QCoreApplication.translate("ChangeContact", "Change the billing contact"))
        self._heading.setText(setup.text(way.heading))
        self._how.setText(f"<p>{setup.html(way.how)}</p>")
        self._conditions_label.setText(setup.text(way.conditions_intro))
        self.conditions.setAccessibleName(setup.text(way.conditions_intro).rstrip(":\u00a0 "))
        for item, text in zip(self.conditions.items, way.conditions, strict=True):
            item.set_sentence(setup.text(text))
        at_hand = QCoreApplication.translate("ChangeContact", "Have at hand:")
        self._at_hand_label.setText(at_hand)
        self.at_hand.setAccessibleName(at_hand.rstrip(":\u00a0 "))
        for item, text in zip(self.at_hand.items, way.at_hand, strict=True):
            item.set_sentence(setup.text(text))
        self._instead.setText("".join(f"<p>{setup.html(other.instead)}</p>" for other in self._others))
        self.support_button.setText(QCoreApplication.translate("ChangeContact", "&Open GoTo's support page"))
        self.support_button.setAccessibleName(accessibility.words(self.support_button.text()))
        self._fit()
