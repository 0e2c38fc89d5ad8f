"""Usable by everyone: keyboard only, screen readers, contrast, scaling."""

from __future__ import annotations

import subprocess
import sys

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QRadioButton, QWidget, QWizard

from billing_contact import i18n
from billing_contact.mnemonics import letter
from billing_contact.palette import dark_palette
from billing_contact.verdict import TONE_COLOURS
from helpers import HEADLINES, PATHS, choose, next_page, walk


def _key(key: Qt.Key) -> None:
    """Press a key on whatever has the keyboard focus, as a person would."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    QTest.keyClick(focused, key)


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize(("choices", "verdict"), PATHS, ids=[p[1] + ":" + p[0][-1] for p in PATHS])
def test_every_path_can_be_finished_with_the_keyboard_alone(make_wizard, qtbot, language, choices, verdict) -> None:
    wizard = make_wizard(language)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for choice_id in choices:
        page = wizard.currentPage()
        buttons = [b.objectName() for b in page.findChildren(QRadioButton)]
        # The focus lands on the first choice when a page opens.
        assert QApplication.focusWidget().objectName() == buttons[0], page.objectName()
        for _ in range(buttons.index(choice_id)):
            _key(Qt.Key.Key_Down)
        _key(Qt.Key.Key_Space)
        assert QApplication.focusWidget().objectName() == choice_id
        assert QApplication.focusWidget().isChecked()
        _key(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda page=page: wizard.currentPage() is not page)
    page = wizard.currentPage()
    assert page.property("verdict") == verdict
    # The verdict is the first thing a screen reader reads: it has the focus.
    assert QApplication.focusWidget() is page.findChild(QLabel, "headline")
    assert QApplication.focusWidget().text() == HEADLINES[language][verdict]


def test_tab_follows_the_reading_order_on_a_step_page(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    choose(wizard, "choice.start.admin_center")
    next_page(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = wizard.currentPage()
    # Top to bottom, then the button row left to right (Next is disabled: no answer yet).
    reading = [
        page.findChild(QPushButton, "action.open_admin_center"),
        page.findChild(QPushButton, "copy_link.admin_center"),
        page.findChild(QRadioButton, "choice.admin_center.subscriptions"),
        wizard.button(QWizard.WizardButton.HelpButton),
        wizard.language_button(),
        wizard.walk_code_button(),
        wizard.button(QWizard.WizardButton.BackButton),
        wizard.button(QWizard.WizardButton.CancelButton),
    ]
    cycle = []
    for _ in range(len(reading)):
        cycle.append(QApplication.focusWidget())
        _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is cycle[0], "Tab comes back round after one pass"
    start = cycle.index(reading[0])
    assert cycle[start:] + cycle[:start] == reading


def test_tab_reads_the_verdict_page_before_the_buttons(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    wizard.activateWindow()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.findChild(QLabel, "headline"))
    seen = []
    for _ in range(40):
        _key(Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is wizard.button(QWizard.WizardButton.HelpButton):
            break
    names = [w.objectName() for w in seen]
    # The page's fields and buttons, top to bottom, then the wizard's row.
    assert names.index("field.billing_admin_name") < names.index("field.billing_admin_email")
    assert names.index("field.billing_admin_email") < names.index("action.open_admin_center")
    assert names.index("action.open_admin_center") < names.index("action.start_over")
    assert seen[-1] is wizard.button(QWizard.WizardButton.HelpButton)
    assert names.index("action.start_over") == len(names) - 2


def _pages(make_wizard, language: str):
    for choices, _ in PATHS:
        wizard = make_wizard(language)
        for choice_id in (*choices, None):
            QTest.qWait(1)
            yield wizard
            if choice_id is None:
                break
            choose(wizard, choice_id)
            next_page(wizard)
        wizard.close()


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_focusable_widget_has_an_accessible_name_and_mnemonics_are_unique(make_wizard, language) -> None:
    checked = 0
    for wizard in _pages(make_wizard, language):
        page = wizard.currentPage()
        shown = [w for w in wizard.findChildren(QWidget) if w.isVisible() and w.window() is wizard]
        for widget in shown:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
                assert _name(widget).strip(), (
                    f"{language} {page.objectName()}: {type(widget).__name__} {widget.objectName()}"
                )
                checked += 1
        group = page.findChild(QGroupBox, "question")
        if group is not None:
            assert _name(group).replace("&", "") == group.title().replace("&", "")
        letters = []
        for widget in shown:
            if isinstance(widget, QPushButton):
                assert letter(widget.text()), f"{language} {page.objectName()}: {widget.text()!r} has no mnemonic"
                letters.append(letter(widget.text()))
            elif isinstance(widget, QGroupBox) and letter(widget.title()):
                letters.append(letter(widget.title()))
            elif isinstance(widget, QLabel) and widget.buddy() is not None:
                letters.append(letter(widget.text()))
        assert len(letters) == len(set(letters)), f"{language} {page.objectName()}: {letters}"
    assert checked


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("choices", "verdict"), PATHS[:2] + PATHS[4:5])
def test_verdict_colours_reach_aa_contrast_in_light_and_dark(make_wizard, scheme, choices, verdict) -> None:
    app = QApplication.instance()
    original = app.palette()
    if scheme == "dark":
        app.setPalette(dark_palette())
    try:
        wizard = make_wizard("en")
        for choice_id in choices:
            choose(wizard, choice_id)
            next_page(wizard)
        page = wizard.currentPage()
        window = page.palette().color(page.backgroundRole())
        view = page.findChild(QWidget, "verdict_icon").parentWidget()
        colour = QColor(view.tone_colour())
        assert (
            colour.name()
            == TONE_COLOURS[{"billing_admin": "yes", "undetermined": "unknown"}.get(verdict, "no")][scheme]
        )
        assert _contrast(colour, window) >= 4.5, (scheme, verdict, colour.name(), window.name())
        headline = page.findChild(QLabel, "headline")
        assert _contrast(headline.palette().color(headline.foregroundRole()), window) >= 4.5
        icon = page.findChild(QLabel, "verdict_icon")
        assert icon.accessibleName() in {"Yes", "No", "Not determined"}
    finally:
        app.setPalette(original)


SCALED = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_SCALE_FACTOR"] = "2"
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QScrollArea, QWizard
from PySide6.QtTest import QTest
from billing_contact import create_wizard
from billing_contact.article import ARTICLE
from billing_contact.flow import walks

app = QApplication([])
problems = []
for language in ("de", "en", "it"):
    for walk in walks(ARTICLE):
        wizard = create_wizard(language)
        wizard.show()
        for choice in (*walk.choices, None):
            QTest.qWait(5)
            ratio = wizard.devicePixelRatioF()
            size = wizard.frameGeometry().size()
            if ratio != 2 or size.width() * ratio > 2732 or size.height() * ratio > 1536:
                problems.append(f"{language}: {size.width()}x{size.height()} at {ratio}")
            page = wizard.currentPage()
            for label in page.findChildren(QLabel):
                if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width()):
                    problems.append(f"{language} {page.objectName()}: cut {label.text()[:30]!r}")
            for button in wizard.findChildren(QPushButton):
                if button.isVisible() and button.width() < button.sizeHint().width():
                    problems.append(f"{language} {page.objectName()}: cut {button.text()!r}")
            for scroll in page.findChildren(QScrollArea):
                if scroll.isVisible() and scroll.widget().width() > scroll.viewport().width():
                    problems.append(f"{language} {page.objectName()}: too wide")
            if choice is None:
                break
            wizard.findChild(QRadioButton, choice).click()
            wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.close()
print("\\n".join(problems) or "fits")
"""


def test_at_twice_the_scale_every_page_fits_a_2732x1536_screen_and_nothing_is_cut() -> None:
    result = subprocess.run([sys.executable, "-c", SCALED], capture_output=True, text=True, check=True, timeout=300)
    assert result.stdout.strip() == "fits", result.stdout


def test_icons_follow_the_screen_resolution(make_wizard) -> None:
    wizard = make_wizard("en")
    walk_to_verdict = PATHS[0][0]
    for choice_id in walk_to_verdict:
        choose(wizard, choice_id)
        next_page(wizard)
    icon = wizard.currentPage().findChild(QLabel, "verdict_icon").pixmap()
    assert icon.devicePixelRatio() == QGuiApplication.primaryScreen().devicePixelRatio()
