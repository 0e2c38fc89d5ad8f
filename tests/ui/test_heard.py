"""What a screen reader is given to say: names, descriptions, roles and announcements, in words.

Qt hands these to the platform's accessibility bus as they are here (tests/system/test_atspi.py
reads them from the real AT-SPI bus, and `make orca-check` has Orca say them). The expected texts
are written by hand, as a listener should hear them, in English and Italian.
"""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from billing_contact.services import desktop, i18n
from billing_contact.ui import accessibility
from billing_contact.ui.accessibility import Announcer
from helpers import choose, next_page, open_composer, walk
from oracle import PATHS

ADMIN_CENTER_B = ("choice.start.admin_center", "choice.admin_center.contact_billing_admin")


def _interface(widget: QWidget) -> QAccessible.QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget.objectName()
    return interface


def _name(widget: QWidget) -> str:
    return _interface(widget).text(QAccessible.Text.Name)


def _description(widget: QWidget) -> str:
    return _interface(widget).text(QAccessible.Text.Description)


@pytest.fixture
def quick(monkeypatch) -> None:
    """Moments as short as a test can wait for: a button's "Copied", a pause in typing."""
    monkeypatch.setattr(accessibility, "DONE_MS", 100)
    monkeypatch.setattr(accessibility, "PAUSE_MS", 50)


# -- points 1 and 2: the composer's address ----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "label", "no_at"),
    [
        (
            "en",
            "Billing admin's email address",
            "There is no @ in the address, an email address has one, as in name@example.com.",
        ),
        (
            "it",
            "Indirizzo email dell'amministratore della fatturazione",
            "Nell'indirizzo manca la @, un indirizzo email ne ha una, come in nome@esempio.it.",
        ),
    ],
)
def test_the_address_is_checked_once_one_pauses_and_never_described_by_its_hint(
    make_wizard, qtbot, quick, language, label, no_at
) -> None:
    wizard = make_wizard(language)
    walk(wizard, ADMIN_CENTER_B)
    composer = open_composer(wizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composer)
    field = composer.findChild(QLineEdit, "field.billing_admin_email")
    error = composer.findChild(QLabel, "field.billing_admin_email.error")
    # Named like its label, which a screen reader reads for it, both without the colon.
    assert _name(field) == label
    assert _name(next(w for w in composer.findChildren(QLabel) if w.buddy() is field)) == label
    # The example is shown in the empty field, never given as its description.
    assert field.property("hint")
    assert _description(field) == ""
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_S)
    # Nothing said at the first letter...
    assert not error.isVisible()
    assert _description(field) == ""
    QTest.keyClicks(field, "omeone")
    # ... but once the user pauses: shown, and the field's description, said as it changes.
    qtbot.waitUntil(error.isVisible)
    assert _description(field) == no_at
    QTest.keyClicks(field, "@example.com")
    # Right: gone at once, and the description is empty again (not the hint).
    assert not error.isVisible()
    assert _description(field) == ""
    composer.reject()


def test_leaving_the_address_with_an_error_announces_it(make_wizard, qtbot, monkeypatch, quick) -> None:
    wizard = make_wizard("en")
    walk(wizard, ADMIN_CENTER_B)
    composer = open_composer(wizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composer)
    heard = []
    monkeypatch.setattr(Announcer, "say", lambda self, message: heard.append(message))
    field = composer.findChild(QLineEdit, "field.billing_admin_email")
    field.setFocus()
    QTest.keyClicks(field, "maria.example.com")
    # Tab on before the pause: the field no longer has the focus, so the error is announced.
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert composer.findChild(QLabel, "field.billing_admin_email.error").isVisible()
    assert heard == ["There is no @ in the address, an email address has one, as in name@example.com."]
    composer.reject()


# -- point 5: the step's number -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "start", "second"),
    [
        ("en", "Step 1, Who is the billing contact for my account?", "Step 2, Sign in to the Admin Center"),
        (
            "it",
            "Passaggio 1, Chi è il contatto di fatturazione per il mio account?",
            "Passaggio 2, Accedere al Centro di amministrazione",
        ),
    ],
)
def test_a_steps_region_is_named_by_its_number_and_title(make_wizard, language, start, second) -> None:
    wizard = make_wizard(language)
    assert _name(wizard.currentPage().findChild(QWidget, "step")) == start
    choose(wizard, "choice.start.admin_center")
    next_page(wizard)
    assert _name(wizard.currentPage().findChild(QWidget, "step")) == second


# -- point 6: the walk code and the answers -----------------------------------------------------


@pytest.mark.parametrize(
    ("language", "next_step", "code", "answers"),
    [
        (
            "en",
            "What to do next, To ask for product or licensing changes",
            "Walk code, B, B.",
            "Your answers. How do you want to check? B. In the Admin Center, account admins only. What happens? B. ",
        ),
        (
            "it",
            "Cosa fare ora, ",
            "Codice del percorso, B, B.",
            "Le tue risposte. Come vuoi verificarlo? B. Dal Centro di amministrazione, solo amministratori "
            "dell'account. Che cosa succede? B. ",
        ),
    ],
)
def test_the_result_is_read_with_its_walk_code_and_the_answers_are_a_tab_stop(
    make_wizard, qtbot, language, next_step, code, answers
) -> None:
    wizard = make_wizard(language)
    walk(wizard, ADMIN_CENTER_B)
    page = wizard.currentPage()
    headline = page.findChild(QLabel, "headline")
    description = _description(headline)
    # Read on arrival, after the headline: why, what to do next, and last the walk code.
    assert next_step in description
    assert description.endswith(code)
    assert description.index(next_step) < description.index(code)
    # Both reached with Tab after the page's buttons, and read out in words.
    found = page.findChild(QLabel, "answers")
    code_label = page.findChild(QLabel, "walk_code")
    assert found.focusPolicy() == code_label.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert _name(found).startswith(answers)
    assert _name(code_label) == code.rstrip(".")


# -- point 7: menus and copies ------------------------------------------------------------------


def test_language_and_share_say_they_open_a_menu(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ADMIN_CENTER_B)
    language = wizard.language_button()
    share = wizard.currentPage().findChild(QPushButton, "action.share_summary")
    for button in (language, share):
        assert _interface(button).role() == QAccessible.Role.ButtonMenu
        assert _interface(button).state().hasPopup
    assert _name(language) == "Language, English"
    assert _description(language) == "Opens the menu of languages"
    assert _description(share).startswith("Opens a menu to copy, save or print")
    wizard.switch_language("it")
    assert _name(language) == "Lingua, Italiano"
    assert _description(language) == "Apre il menu delle lingue"


def test_the_language_menu_opens_on_the_language_spoken(make_wizard, qtbot) -> None:
    wizard = make_wizard("it")
    menu = wizard.language_button().menu()
    menu.popup(wizard.language_button().mapToGlobal(wizard.language_button().rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)
    # A screen reader says the item the menu opens on: the language spoken, checked.
    assert menu.activeAction() is menu.findChild(QAction, "language.it")
    menu.hide()


@pytest.mark.parametrize(("language", "copied"), [("en", "Copied"), ("it", "Copiato")])
def test_copy_link_and_copy_summary_say_they_copied(make_wizard, qtbot, quick, language, copied) -> None:
    wizard = make_wizard(language)
    walk(wizard, ADMIN_CENTER_B)
    page = wizard.currentPage()
    copy = page.findChild(QPushButton, "copy_link.admin_center")
    before = copy.text()
    copy.click()
    assert QApplication.clipboard().text() == "https://admin.logmeininc.com"
    # Shown on the button, and its name, which a screen reader says as it changes.
    assert copy.text() == copied
    assert _name(copy) == copied
    qtbot.waitUntil(lambda: copy.text() == before)
    share = page.findChild(QPushButton, "action.share_summary")
    before = share.text()
    share.menu().findChild(QAction, "action.copy_summary").trigger()
    assert "https://admin.logmeininc.com" in QApplication.clipboard().text()
    assert share.text() == copied
    qtbot.waitUntil(lambda: share.text() == before)


# -- point 8: no punctuation read aloud ---------------------------------------------------------

# What Orca reads aloud at its default punctuation level, besides the dashes of a walk code.
READ_ALOUD = re.compile(r"[()\[\]“”„«»\"‘;]|:(\s|$)|\b[A-D]-[A-D]\b")


def _heard(wizard) -> list[tuple[str, str]]:
    """The name and description of everything a screen reader can reach in the wizard's window."""
    said = []
    for widget in wizard.findChildren(QWidget):
        if widget.isVisible() and widget.window() is wizard:
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is not None:
                for kind in (QAccessible.Text.Name, QAccessible.Text.Description):
                    said.append((widget.objectName() or type(widget).__name__, interface.text(kind)))
    return said


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_name_or_description_reads_punctuation_aloud(make_wizard, language) -> None:
    checked = 0
    for choices, _ in PATHS:
        wizard = make_wizard(language)
        for choice_id in (*choices, None):
            for where, text in _heard(wizard):
                # Addresses are read as they are ("https colon slash slash"): the user may type them.
                if text.startswith("https://"):
                    continue
                assert not READ_ALOUD.search(text), f"{language} {wizard.currentPage().objectName()} {where}: {text!r}"
                checked += 1
            if choice_id is not None:
                choose(wizard, choice_id)
                next_page(wizard)
        wizard.close()
    assert checked


# -- point 4: an address or an email that did not open ------------------------------------------


def test_an_email_that_did_not_open_is_told_in_words_and_copied_as_text(make_wizard, qtbot, monkeypatch, quick) -> None:
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: False)
    wizard = make_wizard("en")
    url = "mailto:anna@example.com?subject=Product%20change%3A%20licences&body=Hello%20Anna%2C%0D%0A%0D%0A-%20one%0D%0A"
    assert desktop.open_url(url, wizard) is False
    box = wizard.findChild(QMessageBox, "dialog.open_failed")
    assert box.isVisible()
    assert box.windowTitle() == "Could not open the email"
    assert box.text() == (
        "No mail program opened the email to anna@example.com. Copy it, then paste it into a new email in your "
        "mail program or webmail."
    )
    assert box.informativeText() == "To: anna@example.com\nSubject: Product change: licences"
    assert "%" not in box.text() + box.informativeText()
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    assert _name(informative) == "To, anna@example.com. Subject, Product change, licences"
    # Tab reaches what it asks to copy, and the button that copies it.
    copy = box.findChild(QPushButton, "action.copy")
    assert copy.text() == "Copy email"
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
    reached = set()
    for _ in range(6):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {informative, copy} <= reached
    copy.click()
    assert QApplication.clipboard().text() == (
        "To: anna@example.com\nSubject: Product change: licences\n\nHello Anna,\n\n- one\n"
    )
    assert copy.text() == "Copied"
    assert box.isVisible()
    qtbot.waitUntil(lambda: copy.text() == "Copy email")
    wizard.switch_language("it")
    assert box.windowTitle() == "Impossibile aprire l'email"
    assert box.informativeText() == "A: anna@example.com\nOggetto: Product change: licences"
    assert copy.text() == "Copia email"
    box.close()


def test_an_address_that_did_not_open_can_be_copied_with_a_button(make_wizard, monkeypatch) -> None:
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: False)
    wizard = make_wizard("en")
    desktop.open_url("https://admin.logmeininc.com", wizard)
    box = wizard.findChild(QMessageBox, "dialog.open_failed")
    assert box.text() == "No browser opened this address. Copy it and open it in your browser:"
    assert box.informativeText() == "https://admin.logmeininc.com"
    assert box.findChild(QLabel, "qt_msgbox_informativelabel").focusPolicy() == Qt.FocusPolicy.StrongFocus
    box.findChild(QPushButton, "action.copy").click()
    assert QApplication.clipboard().text() == "https://admin.logmeininc.com"
    box.close()


# -- point 9: the smaller things ----------------------------------------------------------------


def test_the_result_heading_has_level_one(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ADMIN_CENTER_B)
    headline = _interface(wizard.currentPage().findChild(QLabel, "headline"))
    assert headline.role() == QAccessible.Role.Heading
    attributes = headline.attributesInterface()
    assert attributes is not None
    assert attributes.attributeKeys() == [QAccessible.Attribute.Level]
    assert attributes.attributeValue(QAccessible.Attribute.Level) == 1


@pytest.mark.parametrize(
    ("language", "description"),
    [
        ("en", "Find out who the billing contact of your GoToAssist Remote Support v5 account is"),
        ("it", "Scopri chi è il contatto di fatturazione del tuo account GoToAssist Remote Support v5"),
    ],
)
def test_the_application_is_described_in_words_not_by_the_interpreters_path(make_wizard, language, description) -> None:
    wizard = make_wizard(language)
    application = _interface(wizard).parent()
    assert application.role() == QAccessible.Role.Application
    assert application.text(QAccessible.Text.Description) == description
    # Its windows are its children, the wizard among them, as Qt's own application has them.
    assert any(application.child(i).object() is wizard for i in range(application.childCount()))
    assert application.indexOfChild(_interface(wizard)) >= 0


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", ["Step 1, Who is the billing contact for my account?", "You are not the billing admin"]),
        (
            "it",
            [
                "Passaggio 1, Chi è il contatto di fatturazione per il mio account?",
                "Non sei l'amministratore della fatturazione",
            ],
        ),
    ],
)
def test_a_language_switch_announces_the_page_in_its_new_language(
    make_wizard, qtbot, monkeypatch, language, said
) -> None:
    monkeypatch.setattr("billing_contact.ui.wizard.ANNOUNCE_AFTER_MENU_MS", 10)
    wizard = make_wizard("de" if language != "de" else "en")
    heard = []
    monkeypatch.setattr(Announcer, "say", lambda self, message: heard.append(message))
    wizard.switch_language(language)
    qtbot.waitUntil(lambda: len(heard) == 1)
    walk(wizard, ADMIN_CENTER_B)
    wizard.switch_language("fr")
    wizard.switch_language(language)
    qtbot.waitUntil(lambda: len(heard) == 3)
    assert [heard[0], heard[2]] == said


def test_an_announcement_is_a_notification_that_appears(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    accessibility.announce(wizard.currentPage(), "Saved: B-A-B (here)")
    announcer = wizard.findChild(Announcer, "announcer")
    # Orca speaks a notification as it appears; it takes no room on the screen.
    assert _interface(announcer).role() == QAccessible.Role.Notification
    assert announcer.isVisible()
    assert announcer.size().isEmpty()
    assert _name(announcer) == "Saved, B, A, B, here"
