"""Usable by everyone: keyboard only, screen readers, contrast, scaling."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
    QWizard,
)

from billing_contact.logic.mnemonics import letter
from billing_contact.services import i18n
from billing_contact.services.icons import ICON_DIR
from billing_contact.services.palette import dark_palette
from billing_contact.ui.verdict import TONE_COLOURS
from billing_contact.ui.wizard import START_OVER_BUTTON
from helpers import choose, contrast, next_page, walk
from oracle import HEADLINES, PATHS


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
    # This wizard's window: a closed one of an earlier test may hold the focus a moment longer.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard and QApplication.focusWidget() is not None)
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
    # This wizard's window: a closed one of an earlier test may hold the focus a moment longer.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard and QApplication.focusWidget() is not None)
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
    # The page's buttons, top to bottom: the primary action and its address, the secondary
    # actions, how to change the billing contact; the answers and the walk code, which a screen
    # reader reads out to whoever helps on the phone; then the wizard's row, Start over before
    # Back and Finish.
    assert names[:7] == [
        "action.open_admin_center",
        "copy_link.admin_center",
        "action.email_billing_admin",
        "action.share_summary",
        "action.change_billing_contact",
        "answers",
        "walk_code",
    ]
    assert seen[7:] == [wizard.button(QWizard.WizardButton.HelpButton)]
    row = []
    for _ in range(5):
        _key(Qt.Key.Key_Tab)
        row.append(QApplication.focusWidget())
    assert row == [
        wizard.language_button(),
        wizard.walk_code_button(),
        wizard.button(START_OVER_BUTTON),
        wizard.button(QWizard.WizardButton.BackButton),
        wizard.button(QWizard.WizardButton.FinishButton),
    ]


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
            # Named by the question's words (its marks, such as quotation marks, are not read out).
            assert re.findall(r"\w+", _name(group)) == re.findall(r"\w+", group.title().replace("&", ""))
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
        assert contrast(colour, window) >= 4.5, (scheme, verdict, colour.name(), window.name())
        headline = page.findChild(QLabel, "headline")
        assert contrast(headline.palette().color(headline.foregroundRole()), window) >= 4.5
        icon = page.findChild(QLabel, "verdict_icon")
        assert icon.accessibleName() in {"Yes", "No", "Not determined"}
    finally:
        app.setPalette(original)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_an_answers_radio_button_stands_out_from_the_page_by_3_to_1(make_wizard, scheme) -> None:
    # WCAG 1.4.11: the circle that says "this is a choice" against the page around it. Measured on
    # the pixels the style draws, not on a palette role: Fusion outlines the circle in a shade of
    # the window colour that no role holds, so only the drawn pixels say what a person sees.
    app = QApplication.instance()
    original = app.palette()
    if scheme == "dark":
        app.setPalette(dark_palette())
    try:
        wizard = make_wizard("en")
        page = wizard.currentPage()
        window = page.palette().color(page.backgroundRole())
        assert window.name() == {"light": "#efefef", "dark": "#353535"}[scheme]
        image = wizard.grab().toImage()
        buttons = page.findChildren(QRadioButton)
        assert len(buttons) == 2
        for button in buttons:
            assert not button.isChecked()
            option = QStyleOptionButton()
            button.initStyleOption(option)
            circle = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
            corner = button.mapTo(wizard, circle.topLeft())
            left, top = corner.x(), corner.y()
            right, bottom = left + circle.width() - 1, top + circle.height() - 1
            middle_x, middle_y = left + circle.width() // 2, top + circle.height() // 2
            # The circle's outline where it meets its bounding square: left, right, top, bottom.
            for x, y in ((left, middle_y), (right, middle_y), (middle_x, top), (middle_x, bottom)):
                colour = image.pixelColor(x, y)
                assert contrast(colour, window) >= 3, (scheme, button.objectName(), (x, y), colour.name())
    finally:
        app.setPalette(original)


@pytest.mark.parametrize("name", ["open-external", "language"])
def test_the_buttons_icons_keep_3_to_1_contrast_in_light_and_dark(qapp, name: str) -> None:
    # WCAG 1.4.11: a button's icon against the button, whichever scheme the system uses.
    strokes = set(re.findall(r'stroke="(#[0-9a-f]{6})"', (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")))
    assert strokes
    light = QApplication.style().standardPalette()
    for palette in (light, dark_palette()):
        background = palette.color(QPalette.ColorRole.Button)
        for stroke in strokes:
            assert contrast(QColor(stroke), background) >= 3, (name, stroke, background.name())
    # The sizes the app shows (make icons; another test keeps them current) are drawn so too.
    image = QImage(str(ICON_DIR / f"{name}-48.png"))
    drawn = {
        image.pixelColor(x, y).name() for x in range(48) for y in range(48) if image.pixelColor(x, y).alpha() == 255
    }
    assert drawn
    for colour in drawn:
        for palette in (light, dark_palette()):
            assert contrast(QColor(colour), palette.color(QPalette.ColorRole.Button)) >= 3, (name, colour)


def test_the_no_verdict_is_red_not_blue_in_light_and_dark() -> None:
    # A pale-blue cross reads as "information"; "no" is told in red, by a cross.
    for scheme in ("light", "dark"):
        hue = QColor(TONE_COLOURS["no"][scheme]).hslHue()
        assert hue <= 15 or hue >= 345, (scheme, hue)
    assert "L43 43 M43 21 L21 43" in (ICON_DIR / "verdict-no.svg").read_text(encoding="utf-8")


def test_icons_follow_the_screen_resolution(make_wizard) -> None:
    wizard = make_wizard("en")
    walk_to_verdict = PATHS[0][0]
    for choice_id in walk_to_verdict:
        choose(wizard, choice_id)
        next_page(wizard)
    icon = wizard.currentPage().findChild(QLabel, "verdict_icon").pixmap()
    assert icon.devicePixelRatio() == QGuiApplication.primaryScreen().devicePixelRatio()


def test_the_first_arrow_key_chooses_and_return_goes_on(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    wizard.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QRadioButton))
    page = wizard.currentPage()
    assert page.answer() is None
    # Nothing chosen yet: Down moves to the next answer and chooses it, as it does once one is.
    _key(Qt.Key.Key_Down)
    assert QApplication.focusWidget().objectName() == "choice.start.admin_center"
    assert page.answer() == "choice.start.admin_center"
    _key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page)
    assert wizard.currentPage().objectName() == "page.admin_center"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_wizard_buttons_are_named_by_their_words(make_wizard, language) -> None:
    wizard = make_wizard(language)
    choose(wizard, "choice.start.admin_center")
    next_page(wizard)
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        name = _name(button)
        # "< Back" is read "less Back"; the name is the words the button shows, without the marks.
        assert name == button.text().replace("&", "").replace("<", "").replace(">", "").strip(), (language, name)
        assert name, language
        assert not set("<>&") & set(name), (language, name)


def test_the_named_region_keeps_the_pages_margins(make_wizard) -> None:
    # The region a screen reader reads first is invisible: a step's content lines up with the
    # verdict's, at the style's margins, as it did before there was a region.
    wizard = make_wizard("en")
    step = wizard.currentPage()
    choose(wizard, "choice.start.admin_center")
    next_page(wizard)
    choose(wizard, "choice.admin_center.contact_billing_admin")
    next_page(wizard)
    verdict = wizard.currentPage()
    intro = step.findChild(QLabel, "intro")
    explanation = verdict.findChild(QLabel, "explanation")
    assert intro.mapTo(step, intro.rect().topLeft()).x() == explanation.mapTo(verdict, explanation.rect().topLeft()).x()
    assert intro.mapTo(step, intro.rect().topLeft()).x() > 0
