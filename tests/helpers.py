"""Drive the wizard as a person does, and read what a person reads."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QFontMetrics, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QWidget,
    QWizard,
)

from oracle import CODES

# The repository: its catalogs, resources and docs.
ROOT = Path(__file__).resolve().parent.parent
TS_FILES = sorted((ROOT / "i18n").glob("billing_contact_*.ts"))


def catalog_messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source text, message element) of every message in the Qt Linguist catalog ``ts``."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def choose(wizard: QWizard, choice_id: str) -> None:
    """Click the radio button ``choice_id`` on the current page, as a person would."""
    button = wizard.currentPage().findChild(QRadioButton, choice_id)
    assert button is not None, f"{choice_id} is not on {wizard.currentPage().objectName()}"
    assert button.isVisible()
    button.click()


def next_page(wizard: QWizard) -> None:
    """Click the wizard's Next button, which must be shown and enabled."""
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isVisible(), "Next is not shown"
    assert button.isEnabled(), "Next is disabled"
    button.click()


def back_page(wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.BackButton)
    assert button.isVisible(), "Back is not shown"
    assert button.isEnabled(), "Back is disabled"
    button.click()


def walk(wizard: QWizard, choices: tuple[str, ...]) -> None:
    """Answer each page with the next choice and go on."""
    for choice_id in choices:
        choose(wizard, choice_id)
        next_page(wizard)


def checked_choice(wizard: QWizard) -> str | None:
    """The objectName of the checked radio button on the current page."""
    for button in wizard.currentPage().findChildren(QRadioButton):
        if button.isChecked():
            return button.objectName()
    return None


def action_buttons(page: QWidget) -> dict[str, QPushButton]:
    """The visible action buttons of a page, by id."""
    return {
        button.objectName(): button
        for button in page.findChildren(QPushButton)
        if button.objectName().startswith("action.") and button.isVisible()
    }


def share(wizard: QWizard, action_id: str) -> None:
    """Choose ``action_id`` (copy, save, print) in the result page's "Share summary" menu."""
    button = wizard.currentPage().findChild(QPushButton, "action.share_summary")
    assert button is not None
    assert button.isVisible()
    assert button.isEnabled()
    action = button.menu().findChild(QAction, action_id)
    assert action is not None, action_id
    assert action.isEnabled()
    action.trigger()


def open_composer(wizard: QWizard, action: str = "action.email_billing_admin") -> QDialog:
    """Click "Write to the billing admin…" (or ``action``) on the result page; return the composer
    it opens."""
    button = action_buttons(wizard.currentPage())[action]
    assert button.isEnabled()
    button.click()
    dialog = wizard.findChild(QDialog, "dialog.email")
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def plain(text: str) -> str:
    """What a rich-text label shows, without markup (and without the word joiners, which show
    nothing: they only keep a line from breaking)."""
    document = QTextDocument()
    document.setHtml(text)
    return " ".join(document.toPlainText().replace("\u2060", "").split())


def visible_texts(wizard: QWizard) -> list[str]:
    """Every text a person sees in the wizard: title, page title, labels, buttons, fields."""
    page = wizard.currentPage()
    texts = [wizard.windowTitle(), page.title(), page.subTitle()]
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text().replace("&", ""))
            # An answer's sentence, painted beside its letter.
            texts.append(widget.property("sentence") or "")
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
    return [" ".join(text.split()) for text in texts if text and text.strip()]


def _shown_whole(widget: QWidget) -> bool:
    """Nothing of ``widget`` is hidden by its parents' edges or by a widget on top of it."""
    return widget.visibleRegion().boundingRect() == widget.rect()


def assert_fits_and_nothing_is_cut(wizard: QWizard, page_id: str) -> None:
    """The page shown fits the window as a person sees it: no scroll bar, nothing cut off, and the
    window within a 1366 x 768 work area."""
    QTest.qWait(20)  # as a person looks: once the page has been laid out
    size = wizard.frameGeometry().size()
    assert size.width() <= 1366, f"{page_id}: {size}"
    assert size.height() <= 768, f"{page_id}: {size}"
    bars = [bar for bar in wizard.findChildren(QScrollBar) if bar.isVisible()]
    assert not bars, f"{page_id}: a scroll bar is shown in {[bar.parentWidget().objectName() for bar in bars]}"
    page = wizard.currentPage()
    needed = page.layout().totalHeightForWidth(page.width()) if page.layout() is not None else 0
    assert needed <= page.height(), f"{page_id}: the page needs {needed} px and has {page.height()}"
    for widget in page.findChildren(QWidget):
        if widget.isVisible():
            assert _shown_whole(widget), f"{page_id}: {widget.objectName() or type(widget).__name__} is cut"
    for label in page.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), f"{page_id}: {label.text()[:40]}"
        elif label.isVisible() and label.text():
            assert label.width() >= label.sizeHint().width(), f"{page_id}: {label.text()[:40]}"
    for button in wizard.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), f"{page_id}: {button.text()[:40]}"
            assert _shown_whole(button), f"{page_id}: {button.text()[:40]} is cut"
    for choice in page.findChildren(QRadioButton):
        sentence = choice.property("sentence")
        assert choice.height() >= choice.heightForWidth(choice.width()), f"{page_id}: {sentence[:40]}"
        assert choice.width() >= choice.minimumSizeHint().width()
    primary = page.primary_action() if hasattr(page, "primary_action") else None
    if primary is not None:
        assert primary.isVisible(), f"{page_id}: the primary action is hidden"
        assert _shown_whole(primary), f"{page_id}: the primary action is cut"


# main() in a process of its own, as a user starts it (main() quits its application object, which a
# test process keeps): what its window shows once it is up, and each message box over it, with what
# its "Copy details" button copies, if it has one.
_START_APP = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from billing_contact.app import main

seen = {}

def look():
    wizards = [w for w in QApplication.topLevelWidgets() if w.objectName() == "wizard" and w.isVisible()]
    if not wizards:
        QTimer.singleShot(10, look)
        return
    (wizard,) = wizards
    seen["page"] = wizard.currentPage().objectName()
    seen["title"] = wizard.windowTitle()
    seen["boxes"] = {}
    for box in wizard.findChildren(QMessageBox):
        if not box.isVisible():
            continue
        shown = seen["boxes"][box.objectName()] = {
            "title": box.windowTitle(),
            "text": box.text(),
            "informative": box.informativeText(),
            "details": box.detailedText(),
            "modality": box.windowModality().name,
        }
        copy = box.findChild(QPushButton, "copy_details")
        if copy is not None:
            shown["copy"] = copy.text()
            QApplication.clipboard().clear()
            copy.click()
            shown["clipboard"] = QApplication.clipboard().text()
            shown["open after copying"] = box.isVisible()
    QApplication.quit()

app = QApplication(["billing-contact-assistant"])  # main() takes it over
QTimer.singleShot(0, look)
code = main(["billing-contact-assistant", *sys.argv[1:]])
print(json.dumps({"exit": code, **seen}))
"""


def start_app(*args: str) -> tuple[dict[str, Any], str]:
    """Start the app with ``args`` as a user does; return what its window showed (``page``,
    ``title``, ``boxes`` by name) once it was up, and what it logged. It must exit 0."""
    result = subprocess.run(
        [sys.executable, "-c", _START_APP, *args], capture_output=True, text=True, check=True, timeout=120
    )
    shown: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    assert shown.pop("exit") == 0, result.stderr
    return shown, result.stderr


_WRAPPED = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def assert_map_laid_out(dialog: QWidget, where: str) -> None:
    """The map in ``dialog`` as a person reads it: no box overlaps another, no line runs through a
    box, every text fits in its box with the size it is drawn at, and a walk code is never broken."""
    view = dialog.findChild(QWidget, "map")
    boxes = [box for box in view.findChildren(QWidget) if box.objectName().startswith("map.")]
    assert len(boxes) == 16, where
    for first, second in itertools.combinations(boxes, 2):
        assert not first.geometry().intersects(second.geometry()), (
            f"{where}: {first.objectName()} overlaps {second.objectName()}"
        )
    for box in boxes:
        name = f"{where}: {box.objectName()}"
        assert view.rect().contains(box.geometry()), name
        texts, _, _, height = box.layout_texts(box.width())
        assert height <= box.height(), name
        for placed in texts:
            assert box.rect().contains(placed.rect), f"{name}: {placed.text[:30]}"
            needed = QFontMetrics(placed.font).boundingRect(placed.rect, _WRAPPED, placed.text)
            assert placed.rect.contains(needed), f"{name}: {placed.text[:30]} needs {needed}, has {placed.rect}"
        code = box.property("code")
        if code in CODES:
            # Read out whole: on the caption's last line, never broken at a dash.
            (caption,) = [placed for placed in texts if placed.text.endswith(code)]
            last = caption.text.split("\n")[-1]
            assert QFontMetrics(caption.font).horizontalAdvance(last) <= caption.rect.width(), f"{name}: {last}"
    for line in view.picture().lines:
        for (x1, y1), (x2, y2) in itertools.pairwise(line):
            segment = QRect(min(x1, x2), min(y1, y2), abs(x2 - x1) or 1, abs(y2 - y1) or 1)
            for box in boxes:
                # Touching a box's edge, where a line leaves or enters it, is not running through it.
                assert not box.geometry().adjusted(1, 1, -1, -1).intersects(segment), f"{where}: {box.objectName()}"


def contrast(first: QColor, second: QColor) -> float:
    """The contrast ratio of two colours, from 1 to 21, computed here from WCAG 2's definition of
    relative luminance, independently of the app's own ``palette.contrast``."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)
