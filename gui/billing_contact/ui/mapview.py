"""The whole map at a glance: every step, answer and result, the current walk highlighted.

``MapView`` draws ``logic.maplayout``'s boxes as widgets, one for each box, so that each takes the
keyboard focus (Tab, the arrow keys) and has a name screen readers read; the view paints the lines
between them. Each box paints its own texts, as ``ChoiceButton`` does: a box of labels would be
read as a box and then each label again. ``MapDialog`` shows it beside the wizard, and ``export``
writes the same picture as SVG, PDF or PNG (``--export-map``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import (
    Property,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QMarginsF,
    QPoint,
    QPointF,
    QRect,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QFontMetrics,
    QImage,
    QImageWriter,
    QKeyEvent,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPalette,
    QPdfWriter,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from .. import __version__
from ..logic import maplayout
from ..logic.flow import Flow, Walk
from ..logic.maplayout import Node
from ..services import palette
from ..services.i18n import FollowsLanguage
from ..services.settings import Policy
from . import accessibility
from .context import Draft, PageIndex, Setup
from .verdict import verdict_icon

_WRAPPED = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
# Boxes' widths, in lines of text: the results' column is wider, for the headline beside its icon.
STEP_WIDTH = 12
RESULT_WIDTH = 14
# Room around a box for the focus frame, in pixels.
_FOCUS_MARGIN = 3


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class Text(NamedTuple):
    """A text of a box, where it is drawn and in which font."""

    rect: QRect
    font: QFont
    text: str


class _Texts:
    """A box's texts, in the language shown."""

    def __init__(self) -> None:
        self.letter = ""
        self.answer = ""
        # A step's "Step 2" and title; a result's headline and its walk code: on one line, or
        # broken before the code rather than inside it.
        self.caption = ""
        self.caption_broken = ""
        self.title = ""
        self.code = ""


class MapNode(QWidget):
    """One box of the map: the answer that leads here, then the step or the result it leads to."""

    highlightedChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, node: Node, tone: str, parent: QWidget, pixel_ratio: float | None) -> None:
        accessibility.read_as("MapNode", QAccessible.Role.ListItem)
        super().__init__(parent)
        self.node = node
        self._tone = tone
        self._pixel_ratio = pixel_ratio
        self._highlighted = False
        self.texts = _Texts()
        self.setObjectName(f"map.{node.code or 'start'}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._icon = QPixmap()

    def _get_highlighted(self) -> bool:
        return self._highlighted

    # On the current walk: the answers given so far, the step shown, the result reached.
    highlighted = Property(bool, _get_highlighted, notify=highlightedChanged)

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.highlightedChanged.emit(on)
            self.update()

    def _get_code(self) -> str:
        return self.node.code

    # The letters of the answers that lead here ("" for the start): the walk code, on a result.
    code = Property(str, _get_code, constant=True)

    # -- geometry -----------------------------------------------------------------------------

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _padding(self) -> int:
        return self._line() // 2

    def anchor(self) -> int:
        """How far below its top a line enters the box: the middle of its first line of text."""
        return _FOCUS_MARGIN + self._padding() + self._line() // 2

    def icon_size(self) -> int:
        return round(self._line() * 1.5)

    def _edge(self) -> int:
        """From the widget's edge to the text: the focus frame's room, then the padding."""
        return _FOCUS_MARGIN + self._padding()

    def _text_left(self) -> int:
        """Where the step's or result's own text starts: after the verdict's icon, on a result."""
        return self._edge() + (self.icon_size() + self._padding() if self.node.kind == "result" else 0)

    def _indent(self) -> int:
        """Where the answer's sentence starts: after the widest letter."""
        return QFontMetrics(_bold(self.font())).horizontalAdvance("M. ")

    def minimum_width(self) -> int:
        """The narrowest box whose texts break between words only: a word wider than its line
        (German's compounds) would be cut."""

        def longest(font: QFont, text: str) -> int:
            # Measured as the text is laid out and drawn, wrapped: a word's advance, rounded, can
            # be a pixel short of what its line takes (Dutch's "factureringscontactpersoon").
            metrics, room = QFontMetrics(font), QRect(0, 0, 1 << 20, 1 << 20)
            return max((metrics.boundingRect(room, _WRAPPED, word).width() for word in text.split()), default=0)

        regular, bold, texts = self.font(), _bold(self.font()), self.texts
        needed = [
            self._text_left() + longest(bold, texts.title),
            self._text_left() + longest(regular, texts.caption_broken or texts.caption),
        ]
        if self.node.letter:
            needed.append(self._edge() + self._indent() + longest(regular, texts.answer))
        return max(needed) + self._edge()

    def layout_texts(self, width: int) -> tuple[list[Text], QRect, QRect, int]:
        """Where each text goes in a box ``width`` wide, with its font; the rule under the answer
        and the verdict's icon (empty rectangles where there are none); and the box's height."""
        line, padding, edge = self._line(), self._padding(), self._edge()
        inner = max(1, width - 2 * edge)
        regular, bold = self.font(), _bold(self.font())
        top = edge
        texts: list[Text] = []

        def wrapped(font: QFont, x: int, y: int, w: int, text: str) -> Text:
            w = max(1, w)
            height = QFontMetrics(font).boundingRect(QRect(0, 0, w, 1 << 20), _WRAPPED, text).height()
            placed = Text(QRect(x, y, w, max(height, line)), font, text)
            texts.append(placed)
            return placed

        rule = icon = QRect()
        if self.node.letter:
            indent = self._indent()
            wrapped(bold, edge, top, indent, f"{self.node.letter}.")
            answer = wrapped(regular, edge + indent, top, inner - indent, self.texts.answer)
            top = answer.rect.bottom() + 1 + padding
            rule = QRect(edge, top, inner, 1)
            top += padding
        left = self._text_left()
        if self.node.kind == "step":
            caption = wrapped(regular, left, top, inner, self.caption_text(width))
            title = wrapped(bold, left, caption.rect.bottom() + 1, inner, self.texts.title)
            top = title.rect.bottom() + 1
        else:
            icon = QRect(edge, top, self.icon_size(), self.icon_size())
            title = wrapped(bold, left, top, width - edge - left, self.texts.title)
            caption = wrapped(regular, left, title.rect.bottom() + 1, width - edge - left, self.caption_text(width))
            top = max(icon.bottom(), caption.rect.bottom()) + 1
        return texts, rule, icon, top + edge

    def caption_text(self, width: int) -> str:
        """The caption as it fits a box ``width`` wide: a walk code is never broken at its dashes."""
        texts = self.texts
        room = width - self._edge() - self._text_left()
        fits = QFontMetrics(self.font()).horizontalAdvance(texts.caption) <= room
        return texts.caption if fits or not texts.caption_broken else texts.caption_broken

    def height_for(self, width: int) -> int:
        return self.layout_texts(width)[3]

    # -- drawing ------------------------------------------------------------------------------

    def refresh_icon(self) -> None:
        if self.node.kind != "result":
            return
        dark = palette.is_dark(self.palette())
        ratio = self._pixel_ratio if self._pixel_ratio is not None else self.devicePixelRatioF()
        self._icon = verdict_icon(self._tone, dark, self.icon_size(), ratio)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        colours = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.rect().adjusted(_FOCUS_MARGIN, _FOCUS_MARGIN, -_FOCUS_MARGIN, -_FOCUS_MARGIN)
        radius = self._padding() / 2
        highlight = colours.color(QPalette.ColorRole.Highlight)
        fill = colours.color(QPalette.ColorRole.Base)
        if self._highlighted:
            fill = _blend(fill, highlight, 0.16)
        border = QPen(highlight if self._highlighted else colours.color(QPalette.ColorRole.Mid))
        border.setWidthF(3.0 if self._highlighted else 1.0)
        painter.setPen(border)
        painter.setBrush(fill)
        inset = border.widthF() / 2
        painter.drawRoundedRect(box.toRectF().adjusted(inset, inset, -inset, -inset), radius, radius)
        if self.hasFocus():
            focus = QPen(colours.color(QPalette.ColorRole.Text))
            focus.setStyle(Qt.PenStyle.DotLine)
            focus.setWidthF(1.5)
            painter.setPen(focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().toRectF().adjusted(0.75, 0.75, -0.75, -0.75), radius, radius)
        texts, rule, icon, _ = self.layout_texts(self.width())
        if not rule.isNull():
            painter.setPen(colours.color(QPalette.ColorRole.Mid))
            painter.drawLine(rule.topLeft(), rule.topRight())
        if not icon.isNull() and not self._icon.isNull():
            painter.drawPixmap(icon, self._icon)
        painter.setPen(colours.color(QPalette.ColorRole.Text))
        for placed in texts:
            painter.setFont(placed.font)
            painter.drawText(placed.rect, _WRAPPED, placed.text)
        painter.end()

    # -- keyboard -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.PaletteChange:
            # The system switched between light and dark: the verdict's icon follows.
            self.refresh_icon()
        super().changeEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        view = self.parentWidget()
        if isinstance(view, MapView):
            view.focused.emit(self)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        view = self.parentWidget()
        if isinstance(view, MapView) and view.move_focus(self, Qt.Key(event.key())):
            event.accept()
            return
        super().keyPressEvent(event)


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * amount,
        base.greenF() + (over.greenF() - base.greenF()) * amount,
        base.blueF() + (over.blueF() - base.blueF()) * amount,
    )


class MapView(QWidget):
    """The map: a box for each node of ``maplayout.layout``, and the lines between them."""

    # A box took the keyboard focus: the dialog scrolls to it.
    focused = Signal(QWidget)

    def __init__(
        self, setup: Setup, walk: Walk | None, parent: QWidget | None = None, *, pixel_ratio: float | None = None
    ) -> None:
        accessibility.read_as("MapView", QAccessible.Role.List)
        super().__init__(parent)
        self.setObjectName("map")
        self.setAutoFillBackground(True)
        self._setup = setup
        self.layout_ = maplayout.layout(setup.flow)
        flow = setup.flow
        self.boxes: list[MapNode] = []
        for node in self.layout_.nodes:
            tone = flow.verdict(node.target).tone if node.kind == "result" else ""
            self.boxes.append(MapNode(node, tone, self, pixel_ratio))
        # The Tab order is the reading order: row by row, left to right.
        for before, after in zip(self.boxes, self.boxes[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._picture: maplayout.Picture | None = None
        self._walk = walk
        self._on_walk: frozenset[int] = frozenset()
        self.set_walk(walk)
        self.retranslate()

    def box(self, code: str) -> MapNode:
        """The box reached by the answers ``code`` ("" for the start)."""
        return self.boxes[self.layout_.find(code)]

    def current(self) -> MapNode:
        """The last box of the current walk: where the user is (the start before any answer)."""
        on = [box for box in self.boxes if box.property("highlighted")]
        return on[-1] if on else self.boxes[0]

    def set_walk(self, walk: Walk | None) -> None:
        self._walk = walk
        self._on_walk = maplayout.on_walk(self.layout_, self._setup.flow, walk) if walk else frozenset()
        for index, box in enumerate(self.boxes):
            box.set_highlighted(index in self._on_walk)
        self._describe()
        self.update()

    def retranslate(self) -> None:
        setup, flow = self._setup, self._setup.flow
        for box in self.boxes:
            node, texts = box.node, box.texts
            if node.parent is not None:
                parent = flow.step(self.layout_.nodes[node.parent].target)
                texts.letter = node.letter
                texts.answer = setup.text(parent.choice(node.choice).text)
            if node.kind == "step":
                texts.caption = QCoreApplication.translate("Pages", "Step {number}").format(number=node.number)
                texts.title = setup.text(flow.step(node.target).title)
            else:
                texts.title = setup.text(flow.verdict(node.target).headline)
                caption = QCoreApplication.translate("VerdictPage", "Walk code: {code}")
                texts.caption = caption.format(code=node.code)
                texts.caption_broken = caption.format(code="\n" + node.code)
            box.refresh_icon()
        self._describe()
        self.relayout()

    def _describe(self) -> None:
        """Each box's name and description, as screen readers read them."""
        for index, box in enumerate(self.boxes):
            node, texts = box.node, box.texts
            if node.kind == "result":
                name = QCoreApplication.translate("Map", "Result: {headline}, walk code {code}").format(
                    headline=texts.title, code=node.code
                )
            elif node.parent is None:
                name = QCoreApplication.translate("Map", "Step {number}, {title}").format(
                    number=node.number, title=texts.title
                )
            else:
                name = QCoreApplication.translate("Map", "Step {number}, {title}, reached by answer {letter}").format(
                    number=node.number, title=texts.title, letter=node.letter
                )
            said = []
            if node.letter:
                said.append(
                    QCoreApplication.translate("Map", "Answer {letter}: {answer}").format(
                        letter=node.letter, answer=texts.answer
                    )
                )
            if index in self._on_walk:
                said.append(QCoreApplication.translate("Map", "On your walk."))
            box.setAccessibleName(name)
            box.setAccessibleDescription(" ".join(said))
        self.setAccessibleName(QCoreApplication.translate("Map", "Map of every walk"))

    def relayout(self) -> None:
        """Measure every box with its texts, and place them: a column is as wide as its boxes'
        longest words need, and at least a number of lines of text."""
        line = self.fontMetrics().height()
        widths = [0] * self.layout_.columns
        for box in self.boxes:
            base = line * (RESULT_WIDTH if box.node.kind == "result" else STEP_WIDTH) + 2 * _FOCUS_MARGIN
            column = box.node.column
            widths[column] = max(widths[column], base, box.minimum_width())
        sizes = [(widths[box.node.column], box.height_for(widths[box.node.column])) for box in self.boxes]
        anchor = self.boxes[0].anchor() if self.boxes else 0
        picture = maplayout.place(
            self.layout_, sizes, column_gap=2 * line, row_gap=line // 2, anchor=anchor, margin=line
        )
        for box, placed in zip(self.boxes, picture.boxes, strict=True):
            box.setGeometry(placed.x, placed.y, placed.width, placed.height)
        self._picture = picture
        self.setFixedSize(picture.width, picture.height)
        self.update()

    def picture(self) -> maplayout.Picture:
        assert self._picture is not None
        return self._picture

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        del event
        if self._picture is None:
            return
        colours = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edges = self.layout_.edges()
        # The walk's lines last, over the others where they share a trunk.
        order = sorted(range(len(edges)), key=lambda number: edges[number][1] in self._on_walk)
        arrow = max(4, self.fontMetrics().height() // 3)
        for number in order:
            on = edges[number][1] in self._on_walk
            colour = colours.color(QPalette.ColorRole.Highlight if on else QPalette.ColorRole.WindowText)
            pen = QPen(colour)
            pen.setWidthF(3.0 if on else 1.25)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            points = [QPointF(x, y) for x, y in self._picture.lines[number]]
            # Into the box's frame, not its focus margin; the arrow's tip on the frame.
            end = points[-1] + QPointF(_FOCUS_MARGIN, 0)
            points[-1] = end - QPointF(arrow, 0)
            painter.drawPolyline(points)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon(
                QPolygonF([end, end - QPointF(arrow * 1.6, arrow * 0.8), end - QPointF(arrow * 1.6, -arrow * 0.8)])
            )
        painter.end()

    # -- keyboard -----------------------------------------------------------------------------

    def move_focus(self, box: MapNode, key: Qt.Key) -> bool:
        """Move the focus from ``box`` by an arrow key; True if the key was one of the view's.

        Right goes to the first box its answers lead to, Left back to the box it is an answer of;
        Up and Down to the box above or below in the same column (from result to result in the
        last one); Home to the start, End to the last result.
        """
        index = self.boxes.index(box)
        node = box.node
        target: int | None = None
        if key == Qt.Key.Key_Right:
            children = self.layout_.children(index)
            target = children[0] if children else None
        elif key == Qt.Key.Key_Left:
            target = node.parent
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            column = [i for i, other in enumerate(self.layout_.nodes) if other.column == node.column]
            position = column.index(index) + (1 if key == Qt.Key.Key_Down else -1)
            target = column[position] if 0 <= position < len(column) else None
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = self.layout_.results()[-1]
        else:
            return False
        if target is not None:
            self.boxes[target].setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class MapDialog(FollowsLanguage, QDialog):
    """The map beside the wizard: not modal, so that the walk goes on and the map follows it."""

    def __init__(self, setup: Setup, walk: Walk | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("dialog.map")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setObjectName("map.intro")
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self.view = MapView(setup, walk)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("map.scroll")
        self._scroll.setWidget(self.view)
        # Tab goes from box to box, not to the scroll area; it scrolls to the box with the focus.
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.focused.connect(lambda box: self._scroll.ensureWidgetVisible(box, box.width() // 4, box.height()))
        layout.addWidget(self._scroll, 1)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        layout.addWidget(self._buttons)
        self.retranslate()
        self._fit()
        self.view.current().setFocus()

    def _fit(self) -> None:
        # The whole map when the screen has room for it, else as much as it has: it scrolls.
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        frame = 2 * self._scroll.frameWidth() + scroll_bar
        chrome = self.sizeHint()
        width = max(chrome.width(), self.view.width() + frame + 2 * self.fontMetrics().height())
        height = chrome.height() + self.view.height()
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, room.width() * 9 // 10)
            height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    def set_walk(self, walk: Walk | None) -> None:
        self.view.set_walk(walk)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Map", "Map of every walk"))
        self._intro.setText(
            QCoreApplication.translate(
                "Map",
                "Every step, every answer with its letter, and the result each walk leads to, with its "
                "walk code. Your walk is highlighted. Tab or the arrow keys go from box to box.",
            )
        )
        self.view.retranslate()


# -- the same picture in a file ------------------------------------------------------------------

# The files' resolutions: a PNG at twice the screen's pixels, sharp printed or on a high-density
# screen; the verdicts' icons in an SVG or a PDF at four times, sharp when zoomed.
PNG_RATIO = 2.0
VECTOR_ICON_RATIO = 4.0


def export(path: Path, flow: Flow, policy: Policy, walk: Walk | None) -> None:
    """Write the map, in the language installed, as SVG, PDF or PNG by ``path``'s extension.

    Raises ValueError for another extension and OSError when the file cannot be written.
    """
    kind = path.suffix.lower().lstrip(".")
    if kind not in maplayout.FORMATS:
        raise ValueError(path.suffix)
    setup = Setup(flow, PageIndex(flow), policy, Draft())
    view = MapView(setup, walk, pixel_ratio=PNG_RATIO if kind == "png" else VECTOR_ICON_RATIO)
    # The font by the name it has on this system, not an alias such as "Sans Serif" that only
    # fontconfig knows: an SVG names it, for whatever shows the file.
    font = view.font()
    font.setFamily(QFontInfo(font).family())
    view.setFont(font)
    view.retranslate()
    # Laid out and polished as on a screen, never shown on one.
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    view.show()
    try:
        data = _render(view, kind, QCoreApplication.translate("Map", "Map of every walk"))
    finally:
        view.close()
        view.deleteLater()
    path.write_bytes(data)


def _render(view: MapView, kind: str, title: str) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    size = view.size()
    if kind == "png":
        image = QImage(size * PNG_RATIO, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(PNG_RATIO)
        image.fill(view.palette().color(QPalette.ColorRole.Window))
        view.render(image)
        png = QImageWriter(buffer, QByteArray(b"png"))
        if not png.write(image):
            raise OSError(0, png.errorString())
    elif kind == "svg":
        # Loaded when first used: only the verdict's icon and this need SVG (docs/ARCHITECTURE.md).
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        # At the screen's resolution, as the map is laid out: its fonts' points are the view's.
        generator.setResolution(view.logicalDpiX())
        generator.setSize(size)
        generator.setViewBox(view.rect())
        generator.setTitle(title)
        generator.setDescription(f"Billing Contact Assistant {__version__}")
        _paint(view, generator)
        buffer.close()
        # Any sans-serif font where the file is shown without this one, rather than a serif one.
        return re.sub(rb'font-family="([^"]*)"', rb'font-family="\1, sans-serif"', bytes(buffer.data().data()))
    else:
        pdf = QPdfWriter(buffer)
        pdf.setTitle(title)
        pdf.setCreator(f"Billing Contact Assistant {__version__}")
        # One page the size of the map, at the screen's resolution: a point of the page is
        # 96/72 pixels, as the map is drawn.
        pdf.setResolution(96)
        points = QSizeF(size.width() * 72 / 96, size.height() * 72 / 96)
        pdf.setPageSize(QPageSize(points, QPageSize.Unit.Point, title, QPageSize.SizeMatchPolicy.ExactMatch))
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0))
        _paint(view, pdf)
    buffer.close()
    return bytes(buffer.data().data())


def _paint(view: MapView, device: QPaintDevice) -> None:
    painter = QPainter(device)
    try:
        view.render(painter, QPoint())
    finally:
        painter.end()
