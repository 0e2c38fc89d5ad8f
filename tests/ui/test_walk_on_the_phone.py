"""A help desk walks a user through it on the phone: step numbers, answer letters, walk codes.

The help desk and the user may not speak the same language: what they point at (the step's
number, the answer's letter, the result's code) must be the same in every language.
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWizard,
)

from billing_contact.ui import accessibility
from billing_contact.ui.wizard import BillingContactWizard
from helpers import back_page, checked_choice, plain, walk
from oracle import CODES, HEADLINES, LANGUAGES, PATHS

# Each choice's letter, written out by hand from docs/FLOW.md: the map's order on each page.
LETTERS = {
    "choice.start.billing_center": "A",
    "choice.start.admin_center": "B",
    "choice.billing_center.subscriptions": "A",
    "choice.billing_center.not_the_page": "B",
    "choice.billing_center.other": "C",
    "choice.my_account.standard": "A",
    "choice.my_account.corporate": "B",
    "choice.admin_center.subscriptions": "A",
    "choice.admin_center.contact_billing_admin": "B",
    "choice.admin_center.select_product": "C",
    "choice.admin_center.other": "D",
    "choice.corporate_portal.signed_in": "A",
    "choice.corporate_portal.cannot_sign_in": "B",
}
STEP_WORD = {
    "en": "Step",
    "it": "Passaggio",
    "de": "Schritt",
    "fr": "Étape",
    "es": "Paso",
    "pt_BR": "Passo",
    "nl": "Stap",
}


def _step_label(wizard: QWizard) -> str:
    label = wizard.currentPage().findChild(QLabel, "step_number")
    assert label is not None
    assert label.isVisible()
    return label.text()


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize(("choices", "verdict"), PATHS, ids=CODES)
def test_every_page_says_its_step_along_the_walk_taken(make_wizard, language, choices, verdict) -> None:
    wizard = make_wizard(language)
    for number, choice_id in enumerate(choices, 1):
        page = wizard.currentPage()
        assert page.property("step") == number, page.objectName()
        assert _step_label(wizard) == f"{STEP_WORD[language]} {number}"
        walk(wizard, (choice_id,))
    assert wizard.currentPage().property("verdict") == verdict
    # Back to each page: it keeps its number; and one left with Back is off the walk.
    left = wizard.page(wizard.visitedIds()[-2])
    for number in range(len(choices), 0, -1):
        back_page(wizard)
        assert wizard.currentPage().property("step") == number
    assert left.property("step") == (0 if len(choices) > 1 else 1)


def test_the_corporate_portal_is_step_three_or_four_by_the_way_taken(make_wizard) -> None:
    wizard = make_wizard("en")
    changes: list[int] = []
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.select_product"))
    page = wizard.currentPage()
    assert page.objectName() == "page.corporate_portal"
    assert page.property("step") == 3
    page.stepChanged.connect(changes.append)
    wizard.restart()
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.corporate"))
    assert wizard.currentPage() is page
    assert page.property("step") == 4
    assert changes == [0, 4]


def _letters_shown(wizard: BillingContactWizard) -> dict[str, str]:
    """Every choice's letter, as property, as shown, and as a screen reader hears it."""
    found = {}
    for choices, _ in PATHS:
        wizard.open_walk(choices)
        for number in wizard.visitedIds()[:-1]:
            for button in wizard.page(number).findChildren(QRadioButton):
                letter = button.property("letter")
                name = QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
                # The style draws the letter as the button's label, the sentence beside it.
                assert button.text() == f"{letter}."
                # Heard with its letter first, and the sentence's words (not its brackets or quotes).
                assert name.startswith(f"{letter}. "), name
                assert not set("()“”«»„:") & set(name), name
                found[button.objectName()] = letter
    return found


def test_every_answer_has_the_same_letter_in_every_language(make_wizard) -> None:
    wizard = make_wizard("en")
    for language in LANGUAGES:
        wizard.switch_language(language)
        assert _letters_shown(wizard) == LETTERS, language
    # In a wizard started in each language too, not only switched to it.
    assert _letters_shown(make_wizard("pt_BR")) == LETTERS


def _activate(wizard: QWizard, qtbot) -> None:
    """Make ``wizard`` the window keys go to, as a click on it would, and wait until it is.

    Shortcuts and mnemonics reach the active window only. A menu a key opened (Alt and the
    language button's letter opens the language menu) is closed first, as Escape would: while it
    is open, it has the keys.
    """
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard and QApplication.focusWidget() is not None)


def _press(wizard: QWizard, key: str | Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    assert wizard.isAncestorOf(focused)
    QTest.keyClick(focused, key, modifier)


@pytest.mark.parametrize("prefix", [(), ("choice.start.billing_center",), ("choice.start.admin_center",)])
def test_pressing_a_letter_chooses_that_answer(make_wizard, qtbot, prefix) -> None:
    wizard = make_wizard("it")
    walk(wizard, prefix)
    _activate(wizard, qtbot)
    page = wizard.currentPage()
    buttons = page.findChildren(QRadioButton)
    for button in reversed(buttons):
        _press(wizard, button.property("letter").lower())
        assert checked_choice(wizard) == button.objectName()
        assert QApplication.focusWidget() is button
    # From the button row too, and in capitals.
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    _press(wizard, buttons[1].property("letter"))
    assert checked_choice(wizard) == buttons[1].objectName()
    # A letter no answer has changes nothing; nor does the letter with Alt (a button's) or Ctrl.
    _press(wizard, "x")
    _press(wizard, "a", Qt.KeyboardModifier.AltModifier)
    _press(wizard, "a", Qt.KeyboardModifier.ControlModifier)
    assert checked_choice(wizard) == buttons[1].objectName()
    assert wizard.currentPage() is page


def test_the_keyboard_focus_shows_after_a_letter_and_along_the_arrows(make_wizard, qtbot) -> None:
    """Styles draw the focus frame once the keyboard has moved the focus in the window: a letter
    counts, as a shortcut does, and choosing with the arrows keeps it shown."""
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center",))
    _activate(wizard, qtbot)
    buttons = wizard.currentPage().findChildren(QRadioButton)
    shown = Qt.WidgetAttribute.WA_KeyboardFocusChange
    assert not wizard.testAttribute(shown), "no key pressed yet"
    _press(wizard, "b")
    assert QApplication.focusWidget() is buttons[1]
    assert wizard.testAttribute(shown)
    _press(wizard, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is buttons[2]
    assert checked_choice(wizard) == buttons[2].objectName()
    assert wizard.testAttribute(shown)


@pytest.mark.parametrize("language", LANGUAGES)
def test_letters_and_alt_letters_do_not_fight(make_wizard, qtbot, opened_urls, language) -> None:
    """A letter alone is an answer's; every button's mnemonic needs Alt, so none takes a letter alone.

    Alt with an answer's letter may press a button whose mnemonic it is (in Dutch, Alt+C is "Admin
    Center openen"): what that opens is recorded, not opened."""
    wizard = make_wizard(language)
    for choices in ((), ("choice.start.billing_center",), ("choice.start.admin_center",)):
        wizard.open_walk(choices)
        _activate(wizard, qtbot)
        page = wizard.currentPage()
        shortcuts = [
            button.shortcut().toString()
            for button in wizard.findChildren(QAbstractButton)
            if button.isVisible() and button.shortcut().count()
        ]
        # Next, Back, Cancel, Help, the language and the walk code at least; each Alt+ and unique.
        assert len(shortcuts) >= 5, shortcuts
        assert all(sequence.startswith("Alt+") for sequence in shortcuts), shortcuts
        assert len(set(shortcuts)) == len(shortcuts), shortcuts
        # Alt with an answer's letter never chooses that answer.
        for button in page.findChildren(QRadioButton):
            _press(wizard, button.property("letter").lower(), Qt.KeyboardModifier.AltModifier)
            assert checked_choice(wizard) is None
            _activate(wizard, qtbot)
    # A mnemonic presses its button as animateClick() does: the click lands a moment later, and
    # must land while this test records what is opened, not in the next test.
    qtbot.waitUntil(lambda: not any(button.isDown() for button in wizard.findChildren(QAbstractButton)))


@pytest.mark.parametrize(("path", "code"), list(zip(PATHS, CODES, strict=True)), ids=CODES)
def test_each_result_shows_its_walk_code(make_wizard, path, code: str) -> None:
    choices, verdict = path
    wizard = make_wizard("it")
    walk(wizard, choices)
    page = wizard.currentPage()
    assert page.property("verdict") == verdict
    assert page.property("walkCode") == code
    label = page.findChild(QLabel, "walk_code")
    assert label.isVisible()
    assert plain(label.text()) == f"Codice del percorso: {code}"
    summary = page.summary()
    assert f"Codice del percorso: {code}" in summary.text()
    assert code in summary.html()
    back_page(wizard)
    assert page.property("walkCode") == ""


# -- "Open a walk code…" ----------------------------------------------------------------------


def _open_dialog(wizard: BillingContactWizard, qtbot):
    QTest.keySequence(QApplication.focusWidget() or wizard, "Ctrl+O")
    dialog = wizard.findChild(QDialog, "dialog.walk_code")
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def test_the_walk_code_button_is_on_every_page_and_ctrl_o_opens_the_dialog(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    for choices in ((), ("choice.start.admin_center",), ("choice.start.admin_center", "choice.admin_center.other")):
        wizard.open_walk(choices)
        assert wizard.walk_code_button().isVisible()
        assert wizard.walk_code_button().text().replace("&", "") == "Open a walk code…"
    dialog = _open_dialog(wizard, qtbot)
    # Asked again, the same dialog comes forward rather than a second one.
    wizard.walk_code_button().click()
    assert len(wizard.findChildren(type(dialog), "dialog.walk_code")) == 1


@pytest.fixture
def short_pause(monkeypatch) -> None:
    """A pause in typing as short as a test can wait for: what follows it is what is checked."""
    monkeypatch.setattr(accessibility, "PAUSE_MS", 50)


def test_the_dialog_says_what_is_wrong_once_one_pauses_and_goes_there(make_wizard, qtbot, short_pause) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    field = dialog.findChild(QLineEdit, "field.walk_code")
    error = dialog.findChild(QLabel, "field.walk_code.error")
    result = dialog.findChild(QLabel, "field.walk_code.result")
    ok = dialog.ok_button()
    assert dialog.focusWidget() is field
    assert not ok.isEnabled()
    assert not error.isVisible()
    # Nothing is said at each letter: a screen reader would read the error after the first one.
    seen = []
    for key in "b-c-":
        QTest.keyClicks(field, key)
        seen.append((error.isVisible(), field.accessibleDescription(), ok.isEnabled()))
    assert seen == [(False, "", False)] * 4
    # The user pauses: the error is shown, and is the field's description, said as it changes.
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "Step 3 (Sign in to the Corporate Billing Portal) has no answer yet. It offers A, B."
    assert field.accessibleDescription() == (
        "Step 3, Sign in to the Corporate Billing Portal, has no answer yet. It offers A, B."
    )
    QTest.keyClicks(field, "z")
    # While typing on, the error shown stays as it is; it is told anew at the next pause.
    assert error.text() == "Step 3 (Sign in to the Corporate Billing Portal) has no answer yet. It offers A, B."
    qtbot.waitUntil(lambda: "answer Z" in error.text())
    assert error.text() == "Step 3 (Sign in to the Corporate Billing Portal) has no answer Z. It offers A, B."
    assert (
        field.accessibleDescription()
        == "Step 3, Sign in to the Corporate Billing Portal, has no answer Z. It offers A, B."
    )
    # The help desk's language changes under the open dialog: the message follows.
    wizard.switch_language("it")
    assert error.text().startswith("Passaggio 3 (")
    assert field.accessibleDescription().startswith("Passaggio 3, ")
    wizard.switch_language("en")
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, "b")
    # Right: at once, what it opens is shown and is the field's description.
    assert not error.isVisible()
    assert ok.isEnabled()
    assert result.isVisible()
    assert result.text() == "Opens the result: You are not the billing admin"
    assert field.accessibleDescription() == "Opens the result, You are not the billing admin"
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page = wizard.currentPage()
    assert page.property("verdict") == "not_corporate_billing_admin"
    assert page.property("walkCode") == "B-C-B"
    back_page(wizard)
    assert checked_choice(wizard) == "choice.corporate_portal.cannot_sign_in"


def test_the_walk_code_field_is_named_and_described_in_words_never_by_its_hint(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    field = dialog.findChild(QLineEdit, "field.walk_code")
    prompt = dialog.findChild(QLabel, "field.walk_code.label")
    interface = QAccessible.queryAccessibleInterface(field)
    # Named in two words (and so is its label, which a screen reader reads for it); what to type
    # is its description while it is empty.
    assert interface.text(QAccessible.Text.Name) == "Walk code"
    assert QAccessible.queryAccessibleInterface(prompt).text(QAccessible.Text.Name) == "Walk code"
    instruction = (
        "The letters of the answers, as the result page shows them, for example B, A, B. "
        "The same code opens the same result in every language."
    )
    assert interface.text(QAccessible.Text.Description) == instruction
    # Typing a code that is not one yet: no description, and not the hint "B-A-B" either.
    QTest.keyClicks(field, "b-")
    assert interface.text(QAccessible.Text.Description) == ""
    assert field.property("hint") == "B-A-B"
    QTest.keyClicks(field, "a")
    assert interface.text(QAccessible.Text.Description) == "Opens the result, You are the billing admin"
    wizard.switch_language("it")
    assert interface.text(QAccessible.Text.Name) == "Codice del percorso"
    assert interface.text(QAccessible.Text.Description) == "Apre il risultato, Sei l'amministratore della fatturazione"


def test_return_on_a_code_that_opens_nothing_says_why_at_once(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    field = dialog.findChild(QLineEdit, "field.walk_code")
    error = dialog.findChild(QLabel, "field.walk_code.error")
    # Nothing typed: Return (OK is disabled) says what the first step offers.
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert error.isVisible()
    assert error.text() == "Step 1 (Who is the billing contact for my account?) has no answer yet. It offers A, B."
    QTest.keyClicks(field, "b-e")
    # Return before the pause: the error is told now, at the field, which keeps the focus. (That a
    # screen reader hears it, again on a second Return, tests/system/test_atspi.py listens to.)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert error.text() == "Step 2 (Sign in to the Admin Center) has no answer E. It offers A, B, C, D."
    assert (
        field.accessibleDescription() == "Step 2, Sign in to the Admin Center, has no answer E. It offers A, B, C, D."
    )
    assert dialog.focusWidget() is field


def test_a_dutch_help_desk_reads_what_is_wrong_with_a_code_in_dutch(make_wizard, qtbot, short_pause) -> None:
    wizard = make_wizard("nl")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    assert dialog.windowTitle() == "Antwoordcode openen"
    field = dialog.findChild(QLineEdit, "field.walk_code")
    error = dialog.findChild(QLabel, "field.walk_code.error")
    result = dialog.findChild(QLabel, "field.walk_code.result")
    QTest.keyClicks(field, "b")
    # Told once the help desk pauses.
    qtbot.waitUntil(error.isVisible)
    assert (
        error.text()
        == "Stap 2 (Aanmelden bij het Admin Center) heeft nog geen antwoord. Mogelijke letters: A, B, C, D."
    )
    QTest.keyClicks(field, "-e")
    qtbot.waitUntil(lambda: "antwoord E" in error.text())
    assert (
        error.text() == "Stap 2 (Aanmelden bij het Admin Center) heeft geen antwoord E. Mogelijke letters: A, B, C, D."
    )
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    QTest.keyClicks(field, "a-c")
    qtbot.waitUntil(lambda: "stap 3" in error.text())
    assert error.text() == "Er is geen stap 3: de antwoorden ervoor leiden al tot een resultaat. Verwijder C."
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    assert result.text() == "Opent het resultaat: U bent de factureringsbeheerder"
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page = wizard.currentPage()
    assert plain(page.findChild(QLabel, "walk_code").text()) == "Antwoordcode: B-A"
    assert page.findChild(QLabel, "headline").text() == "U bent de factureringsbeheerder"


def test_the_dialog_never_runs_a_modal_loop_and_cancel_changes_nothing(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center",))
    dialog = wizard.ask_walk_code()
    # open() returned: no exec() loop is running, and the wizard is still there under it.
    assert dialog.isVisible()
    dialog.findChild(QLineEdit, "field.walk_code").setText("A-A")
    dialog.reject()
    assert not dialog.isVisible()
    assert wizard.currentPage().objectName() == "page.billing_center"


def test_a_code_pasted_from_outlook_opens_its_result(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    field = dialog.findChild(QLineEdit, "field.walk_code")
    # Outlook's AutoFormat turns " - " into " – " (an en dash).
    QApplication.clipboard().setText("B \u2013 C \u2013 A")
    field.paste()
    assert dialog.ok_button().isEnabled()
    result = dialog.findChild(QLabel, "field.walk_code.result").text()
    assert result == f"Opens the result: {HEADLINES['en']['corporate_billing_admin']}"
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert wizard.currentPage().property("walkCode") == "B-C-A"


def test_a_pasted_page_of_letters_neither_fills_the_field_nor_grows_the_dialog(make_wizard, qtbot, short_pause) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    dialog = _open_dialog(wizard, qtbot)
    field = dialog.findChild(QLineEdit, "field.walk_code")
    error = dialog.findChild(QLabel, "field.walk_code.error")
    field.setText("A-A")
    height = dialog.height()
    field.clear()
    QApplication.clipboard().setText("A-A-" + "B" * 4096)
    field.paste()
    assert len(field.text()) == 32
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "There is no step 3: the answers before it already reach a result. Remove B-B-B-B-B-B…."
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    assert dialog.height() <= height + 4 * dialog.fontMetrics().height()
    # Fixed, the dialog is back to its size.
    field.setText("A-A")
    assert not error.isVisible()
    assert dialog.height() == height


def test_f1_opens_the_help_of_the_page_shown(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _activate(wizard, qtbot)
    _press(wizard, Qt.Key.Key_F1)
    box = wizard.findChild(QMessageBox, "dialog.help")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert box.text() == "Who is the billing contact for my account?"
    with qtbot.waitSignal(box.destroyed):
        box.close()
    # On a result page, the help says what the walk code is for and that emails are sent by the user.
    wizard.open_walk(("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    _activate(wizard, qtbot)
    _press(wizard, Qt.Key.Key_F1)
    box = wizard.findChild(QMessageBox, "dialog.help")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "The walk code under the result is the letters of your answers, such as B-A-B." in box.informativeText()
    assert "“Write to…” opens an email in your own mail program" in box.informativeText()
