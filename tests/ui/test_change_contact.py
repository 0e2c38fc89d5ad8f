"""How to change the billing contact: which results offer it, the dialog's way, checklists and
support page, in several languages, and what a screen reader is told.

Expected texts are written out by hand from GoTo's help (docs/FLOW.md, "Changing the billing
contact") and the Italian catalog's wording of it, never read from the app's map.
"""

from __future__ import annotations

import logging

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QFrame, QLabel, QPushButton, QScrollBar, QWidget

from billing_contact.services import settings
from billing_contact.ui.changecontact import CheckItem
from helpers import action_buttons, plain, walk
from oracle import CHANGE_WAYS, PATHS, SUPPORT_PAGE

BILLING_CENTER_WALK = ("choice.start.billing_center", "choice.billing_center.subscriptions")
CORPORATE_WALK = (
    "choice.start.admin_center",
    "choice.admin_center.select_product",
    "choice.corporate_portal.cannot_sign_in",
)

# The results that say how to change the billing contact: every one whose walk tells which portal
# manages the account's billing. Not the undetermined ones.
OFFERED = {
    "billing_admin",
    "corporate_billing_admin",
    "not_billing_admin",
    "not_billing_admin_named",
    "not_corporate_billing_admin",
}

# What the dialog says, by the way that applies first.
HEADINGS = {
    ("en", "billing_center"): "Your account is managed in the Billing Center",
    ("en", "corporate_portal"): "Your account is managed in the Corporate Billing Portal",
    ("it", "billing_center"): "Il tuo account è gestito nel Centro fatturazione",
    ("it", "corporate_portal"): "Il tuo account è gestito nel Portale di fatturazione Corporate",
}
HOW = {
    ("en", "billing_center"): (
        "To change the billing contact, contact GoTo's Customer Care: on GoTo's support page, select "
        "\u201cContact Support\u201d."
    ),
    ("en", "corporate_portal"): (
        "To change the billing contact, contact your GoTo representative or Corporate Account Services."
    ),
    ("it", "billing_center"): (
        "Per modificare il contatto di fatturazione, contatta il Servizio clienti di GoTo: nella pagina del "
        "supporto GoTo, seleziona «Contatta il supporto»."
    ),
    ("it", "corporate_portal"): (
        "Per cambiare il contatto di fatturazione, contatta il tuo rappresentante GoTo o i Servizi per account "
        "Corporate."
    ),
}
CONDITIONS = {
    "en": [
        "You can verify the current credit card information that is listed for the account.",
        "You are the named credit card holder or a listed account admin.",
    ],
    "it": [
        "Sei in grado di verificare le informazioni correnti della carta di credito associata all'account.",
        "Sei l'intestatario della carta di credito oppure un amministratore dell'account.",
    ],
}
AT_HAND = {
    ("en", "billing_center"): [
        "The email address you use for GoToAssist Remote Support v5.",
        "The credit card currently listed for the account, to verify its information.",
        "The name and email address of the new billing contact.",
    ],
    ("en", "corporate_portal"): [
        "An invoice sent by email: it shows the account's user ID for the Corporate Billing Portal.",
        "The name and email address of the new billing contact.",
    ],
    ("it", "billing_center"): [
        "L'indirizzo email che usi per GoToAssist Remote Support v5.",
        "La carta di credito attualmente associata all'account, per verificarne le informazioni.",
        "Il nome e l'indirizzo email del nuovo contatto di fatturazione.",
    ],
    ("it", "corporate_portal"): [
        "Una fattura inviata tramite email: riporta l'ID utente dell'account per il Portale di fatturazione Corporate.",
        "Il nome e l'indirizzo email del nuovo contatto di fatturazione.",
    ],
}
# The other way, in a sentence that names its portal.
INSTEAD = {
    ("en", "billing_center"): "If your account is managed in the Corporate Billing Portal instead",
    ("en", "corporate_portal"): "If your account is managed in the Billing Center instead",
    ("it", "billing_center"): "Se invece il tuo account è gestito nel Portale di fatturazione Corporate",
    ("it", "corporate_portal"): "Se invece il tuo account è gestito nel Centro fatturazione",
}
CONDITIONS_NAME = {
    "en": "Customer Care honours the request only if both of these conditions apply",
    "it": (
        "Il Servizio clienti può rispondere alla tua richiesta solo se sono applicabili entrambe le condizioni seguenti"
    ),
}
AT_HAND_NAME = {"en": "Have at hand", "it": "Tieni a portata di mano"}
BUTTON = {"en": "Open GoTo's support page", "it": "Apri la pagina del supporto GoTo"}
TITLE = {"en": "Change the billing contact", "it": "Cambiare il contatto di fatturazione"}


def _open(wizard) -> QDialog:
    button = action_buttons(wizard.currentPage())["action.change_billing_contact"]
    button.click()
    dialog = wizard.findChild(QDialog, "dialog.change_billing_contact")
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def _sentences(dialog: QDialog, checklist: str) -> list[str]:
    frame = dialog.findChild(QFrame, checklist)
    return [item.property("sentence") for item in frame.findChildren(CheckItem) if item.isVisible()]


@pytest.mark.parametrize(("choices", "verdict"), PATHS)
def test_the_results_that_tell_the_billing_portal_offer_how_to_change_the_contact(
    make_wizard, choices: tuple[str, ...], verdict: str
) -> None:
    wizard = make_wizard("en")
    walk(wizard, choices)
    buttons = action_buttons(wizard.currentPage())
    assert ("action.change_billing_contact" in buttons) == (verdict in OFFERED)
    if verdict in OFFERED:
        button = buttons["action.change_billing_contact"]
        assert button.text().replace("&", "") == "How to change the billing contact\u2026"
        # The question after the verdict, never the verdict's own primary action.
        assert wizard.currentPage().primary_action() is not button
        assert not button.isDefault()
        assert _open(wizard).property("objectName") == "dialog.change_billing_contact"


def test_the_oracles_ways_agree_with_the_results_offered() -> None:
    assert {verdict for verdict, ways in CHANGE_WAYS.items() if ways} == OFFERED


@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize(
    ("choices", "way"), [(BILLING_CENTER_WALK, "billing_center"), (CORPORATE_WALK, "corporate_portal")]
)
def test_the_dialog_says_the_walks_way_first(make_wizard, language: str, choices: tuple[str, ...], way: str) -> None:
    wizard = make_wizard(language)
    walk(wizard, choices)
    dialog = _open(wizard)
    assert dialog.windowTitle() == TITLE[language]
    assert dialog.findChild(QLabel, "way").text() == HEADINGS[language, way]
    assert plain(dialog.findChild(QLabel, "how").text()) == HOW[language, way]
    conditions = dialog.findChild(QFrame, "conditions")
    if way == "billing_center":
        assert conditions.isVisible()
        assert _sentences(dialog, "conditions") == CONDITIONS[language]
    else:
        # GoTo names no conditions for a corporate account's request.
        assert not conditions.isVisible()
    assert _sentences(dialog, "at_hand") == AT_HAND[language, way]
    instead = plain(dialog.findChild(QLabel, "instead").text())
    assert instead.startswith(INSTEAD[language, way])
    # What is on screen, top to bottom: the walk's way, then the other.
    heading = dialog.findChild(QLabel, "way")
    assert heading.mapTo(dialog, heading.rect().topLeft()).y() < dialog.findChild(QLabel, "instead").y()


def test_the_checklists_are_ticked_and_stay_ticked_when_opened_again(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, BILLING_CENTER_WALK)
    dialog = _open(wizard)
    items = dialog.findChild(QFrame, "conditions").findChildren(CheckItem)
    assert [item.objectName() for item in items] == ["conditions.1", "conditions.2"]
    assert not any(item.isChecked() for item in items)
    # Clicked on its sentence, far from the box: the whole width is the check box.
    QTest.mouseClick(items[0], Qt.MouseButton.LeftButton, pos=items[0].rect().center())
    items[1].setFocus()
    QTest.keyClick(items[1], Qt.Key.Key_Space)
    assert all(item.isChecked() for item in items)
    dialog.close()
    assert _open(wizard) is dialog
    assert all(item.isChecked() for item in items)


def test_the_dialog_is_not_modal_and_follows_a_language_switch(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, CORPORATE_WALK)
    dialog = _open(wizard)
    assert not dialog.isModal()
    assert dialog.windowModality() == Qt.WindowModality.NonModal
    assert QApplication.activeModalWidget() is None
    wizard.switch_language("it")
    assert dialog.windowTitle() == TITLE["it"]
    assert dialog.findChild(QLabel, "way").text() == HEADINGS["it", "corporate_portal"]
    assert _sentences(dialog, "at_hand") == AT_HAND["it", "corporate_portal"]
    assert dialog.findChild(QPushButton, "action.open_support_page").text().replace("&", "") == BUTTON["it"]


def test_the_button_opens_gotos_support_page(make_wizard, opened_urls) -> None:
    wizard = make_wizard("en")
    walk(wizard, BILLING_CENTER_WALK)
    dialog = _open(wizard)
    button = dialog.findChild(QPushButton, "action.open_support_page")
    assert button.text().replace("&", "") == BUTTON["en"]
    assert dialog.findChild(QLabel, "address.support").text() == SUPPORT_PAGE
    button.click()
    assert opened_urls == [SUPPORT_PAGE]


def _set_policy(key: str, value: str) -> None:
    store = QSettings(QSettings.Format.NativeFormat, QSettings.Scope.SystemScope, *settings.names())
    store.setValue(key, value)
    store.sync()


def test_the_button_opens_the_organizations_support_page(make_wizard, opened_urls) -> None:
    _set_policy("support/url", "https://intranet.example.com/goto/billing-contact")
    wizard = make_wizard("en")
    walk(wizard, CORPORATE_WALK)
    dialog = _open(wizard)
    assert dialog.findChild(QLabel, "address.support").text() == "https://intranet.example.com/goto/billing-contact"
    dialog.findChild(QPushButton, "action.open_support_page").click()
    assert opened_urls == ["https://intranet.example.com/goto/billing-contact"]


@pytest.mark.parametrize("value", ["http://intranet.example.com/goto", "intranet.example.com/goto", "https://"])
def test_a_support_page_that_is_not_https_is_refused_and_gotos_kept(make_wizard, opened_urls, caplog, value) -> None:
    _set_policy("support/url", value)
    with caplog.at_level(logging.WARNING):
        wizard = make_wizard("en")
    assert "Ignored support/url" in caplog.text
    walk(wizard, BILLING_CENTER_WALK)
    _open(wizard).findChild(QPushButton, "action.open_support_page").click()
    assert opened_urls == [SUPPORT_PAGE]


@pytest.mark.parametrize("language", ["en", "it"])
def test_a_screen_reader_hears_the_checklists_and_the_button_by_name(make_wizard, language: str) -> None:
    wizard = make_wizard(language)
    walk(wizard, BILLING_CENTER_WALK)
    dialog = _open(wizard)
    assert dialog.findChild(QFrame, "conditions").accessibleName() == CONDITIONS_NAME[language]
    assert dialog.findChild(QFrame, "at_hand").accessibleName() == AT_HAND_NAME[language]
    for item, sentence in zip(
        dialog.findChild(QFrame, "conditions").findChildren(CheckItem), CONDITIONS[language], strict=True
    ):
        interface = QAccessible.queryAccessibleInterface(item)
        assert interface.role() == QAccessible.Role.CheckBox
        assert interface.text(QAccessible.Text.Name) == sentence
        item.setChecked(True)
        assert interface.state().checked
    button = QAccessible.queryAccessibleInterface(dialog.findChild(QPushButton, "action.open_support_page"))
    assert button.text(QAccessible.Text.Name) == BUTTON[language]
    assert button.text(QAccessible.Text.Description) == SUPPORT_PAGE
    heading = QAccessible.queryAccessibleInterface(dialog.findChild(QLabel, "way"))
    assert heading.role() == QAccessible.Role.Heading
    # Every check box is reached with Tab, then the button.
    dialog.activateWindow()
    focusable = [w for w in dialog.findChildren(QWidget) if isinstance(w, (QCheckBox, QPushButton)) and w.isVisible()]
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in focusable)


@pytest.mark.parametrize("language", ["en", "it", "de", "fr", "es", "pt_BR", "nl"])
@pytest.mark.parametrize("choices", [BILLING_CENTER_WALK, CORPORATE_WALK])
def test_the_dialog_shows_everything_at_its_size(make_wizard, language: str, choices: tuple[str, ...]) -> None:
    wizard = make_wizard(language)
    walk(wizard, choices)
    dialog = _open(wizard)
    QTest.qWait(20)
    assert not [bar for bar in dialog.findChildren(QScrollBar) if bar.isVisible()]
    assert dialog.layout().totalHeightForWidth(dialog.width()) <= dialog.height()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
        elif label.isVisible():
            assert label.width() >= label.sizeHint().width(), label.text()[:40]
    for item in dialog.findChildren(CheckItem):
        if item.isVisible():
            assert item.height() >= item.heightForWidth(item.width()), item.property("sentence")[:40]
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow():
            assert widget.visibleRegion().boundingRect() == widget.rect(), widget.objectName()


def test_a_long_item_wraps_instead_of_widening_the_dialog(qtbot) -> None:
    item = CheckItem(None)
    qtbot.addWidget(item)
    item.set_sentence("word " * 80)
    assert item.heightForWidth(300) > 3 * item.fontMetrics().height()
    assert item.accessibleName() == "word " * 80
    item.resize(300, item.heightForWidth(300))
    item.show()
    assert item.hitButton(item.rect().bottomRight())
