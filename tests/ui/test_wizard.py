"""The wizard end to end: every path of the article, in every language, through real clicks."""

from __future__ import annotations

import pytest

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWizard,
    QWizardPage,
)

from billing_contact import __version__
from billing_contact.article import ARTICLE
from billing_contact.logic.flow import walks
from billing_contact.services import desktop, settings
from billing_contact.ui.wizard import LANGUAGE_BUTTON, START_OVER_BUTTON
from helpers import action_buttons, back_page, checked_choice, choose, next_page, open_composer, plain, walk
from oracle import ADMIN_CENTER, BILLING_CENTER, CORPORATE_PORTAL, HEADLINES, LANGUAGES, PATHS, TITLES

BUTTONS = (
    QWizard.WizardButton.HelpButton,
    LANGUAGE_BUTTON,
    START_OVER_BUTTON,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)

# The address each action button of each verdict opens, by action id.
ACTIONS = {
    "billing_admin": {"action.open_billing_center": BILLING_CENTER},
    "corporate_billing_admin": {"action.open_corporate_portal": CORPORATE_PORTAL},
    "not_billing_admin": {},
    "not_billing_admin_named": {"action.open_admin_center": ADMIN_CENTER, "action.email_billing_admin": None},
    "not_corporate_billing_admin": {},
    # The article's next step, ask the admin who manages the account, opens the composer.
    "undetermined": {"action.email_account_admin": None},
}
# On "not determined", the way the user did not take.
TRY_INSTEAD = {
    "choice.start.billing_center": "action.try_admin_center",
    "choice.start.admin_center": "action.try_billing_center",
}

# A word of the next step each verdict must give, in each language (from the article).
NEXT_STEP = {
    "it": {
        "billing_admin": "Nel Centro fatturazione puoi modificare il piano di sottoscrizione",
        "corporate_billing_admin": "accedi al Portale di fatturazione Corporate con il tuo ID utente",
        "not_billing_admin": "contatta l'amministratore del tuo account",
        "not_billing_admin_named": "Email all'amministratore della fatturazione",
        "not_corporate_billing_admin": "contatta l'amministratore che gestisce il tuo account GoToAssist",
        "undetermined": "Chiedi all'amministratore che gestisce il tuo account GoToAssist Remote Support v5",
    },
    "en": {
        "billing_admin": "In the Billing Center you can change the subscription plan",
        "corporate_billing_admin": "sign in to the Corporate Billing Portal with your user ID",
        "not_billing_admin": "contact your account admin",
        "not_billing_admin_named": "Email the billing admin",
        "not_corporate_billing_admin": "contact the admin who manages your GoToAssist Remote Support v5 account",
        "undetermined": "Ask the admin who manages your GoToAssist Remote Support v5 account",
    },
    "nl": {
        "billing_admin": "In het Factureringscentrum kunt u het abonnement",
        "corporate_billing_admin": "met uw gebruikers-ID en uw wachtwoord",
        "not_billing_admin": "contact op met uw accountbeheerder",
        "not_billing_admin_named": "E-mail naar de factureringsbeheerder",
        "not_corporate_billing_admin": "de beheerder van uw account voor GoToAssist Remote Support v5",
        "undetermined": "Vraag de beheerder van uw account voor GoToAssist Remote Support v5",
    },
}


FLOW_ACTIONS = {
    "action.open_billing_center",
    "action.open_admin_center",
    "action.open_corporate_portal",
    "action.email_billing_admin",
    "action.email_account_admin",
    "action.try_admin_center",
    "action.try_billing_center",
}


def test_the_table_covers_every_path_of_the_map() -> None:
    assert len(PATHS) == 10
    assert sorted((w.choices, w.verdict) for w in walks(ARTICLE)) == sorted(PATHS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("choices", "verdict"), PATHS, ids=[p[1] + ":" + p[0][-1] for p in PATHS])
def test_every_path_ends_in_its_verdict(make_wizard, opened_urls, language, choices, verdict) -> None:
    wizard = make_wizard(language)
    walk(wizard, choices)

    page = wizard.currentPage()
    assert page.objectName() == "page.verdict"
    assert page.property("verdict") == verdict
    headline = page.findChild(QLabel, "headline")
    assert headline.text() == HEADLINES[language][verdict]
    assert headline.isVisible()
    if language in NEXT_STEP:
        assert NEXT_STEP[language][verdict] in plain(page.findChild(QLabel, "next_step").text())
    assert wizard.windowTitle() == TITLES[language]
    # The answers that led here, for whoever helps the user.
    answers = plain(page.findChild(QLabel, "answers").text())
    for choice_id in choices:
        assert " ".join(wizard.findChild(QRadioButton, choice_id).property("sentence").split()) in answers
    icon = page.findChild(QLabel, "verdict_icon")
    assert not icon.pixmap().isNull(), "the verdict is told by an icon as well as words"
    # The verdict page is the last: Start over, Back, Finish; no Next, no Cancel beside Finish.
    assert [which for which in BUTTONS if wizard.button(which).isVisible()] == [
        QWizard.WizardButton.HelpButton,
        LANGUAGE_BUTTON,
        START_OVER_BUTTON,
        QWizard.WizardButton.BackButton,
        QWizard.WizardButton.FinishButton,
    ]
    assert not page.title(), "the headline leads the page, no title above it"

    buttons = action_buttons(page)
    expected = dict(ACTIONS[verdict])
    if verdict == "undetermined":
        expected[TRY_INSTEAD[choices[0]]] = None
    assert {name for name in buttons if name in FLOW_ACTIONS} == set(expected)
    assert "action.share_summary" in buttons
    for action_id, url in ACTIONS[verdict].items():
        if url is None:
            continue
        opened_urls.clear()
        buttons[action_id].click()
        assert opened_urls == [url], action_id


def test_next_is_disabled_until_a_choice_is_made(make_wizard) -> None:
    wizard = make_wizard("en")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    for choice_id in ("choice.start.admin_center", "choice.admin_center.select_product"):
        assert next_button.isVisible()
        assert not next_button.isEnabled()
        assert checked_choice(wizard) is None, "no choice is preselected"
        choose(wizard, choice_id)
        assert next_button.isEnabled()
        next_page(wizard)
    assert wizard.currentPage().objectName() == "page.corporate_portal"
    assert not next_button.isEnabled()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_back_keeps_the_answer_and_another_branch_gives_its_verdict(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.subscriptions"))
    assert wizard.currentPage().property("verdict") == "billing_admin"

    back_page(wizard)
    assert wizard.currentPage().objectName() == "page.billing_center"
    assert checked_choice(wizard) == "choice.billing_center.subscriptions"
    walk(wizard, ("choice.billing_center.not_the_page", "choice.my_account.standard"))
    assert wizard.currentPage().property("verdict") == "not_billing_admin"


def test_an_abandoned_branch_never_leaks_into_the_verdict(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(
        wizard,
        (
            "choice.start.billing_center",
            "choice.billing_center.not_the_page",
            "choice.my_account.corporate",
            "choice.corporate_portal.signed_in",
        ),
    )
    assert wizard.currentPage().property("verdict") == "corporate_billing_admin"
    for _ in range(4):
        back_page(wizard)
    assert wizard.currentPage().objectName() == "page.start"
    assert checked_choice(wizard) == "choice.start.billing_center"

    # The same corporate page, reached by the other path, starts unanswered.
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.select_product"))
    assert wizard.currentPage().objectName() == "page.corporate_portal"
    assert checked_choice(wizard) is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    walk(wizard, ("choice.corporate_portal.cannot_sign_in",))
    assert wizard.currentPage().property("verdict") == "not_corporate_billing_admin"
    assert wizard.visitedIds() == [wizard.pages.number(name) for name in ARTICLE_PATH_VIA_ADMIN]


ARTICLE_PATH_VIA_ADMIN = ("page.start", "page.admin_center", "page.corporate_portal", "page.verdict")


def test_restart_clears_every_answer(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    open_composer(wizard).findChild(QLineEdit, "field.billing_admin_email").setText("a@example.com")
    wizard.restart()
    assert wizard.findChild(QDialog, "dialog.email") is None, "the email went with the verdict it was for"
    assert wizard.currentPage().objectName() == "page.start"
    assert wizard.currentPage().property("verdict") is None
    for page in wizard.findChildren(QWizardPage):
        assert not [b for b in page.findChildren(QLineEdit) if b.text()], page.objectName()
    assert checked_choice(wizard) is None
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    verdict_page = wizard.page_named("page.verdict")
    assert verdict_page.property("verdict") == ""
    assert not action_buttons(verdict_page)
    for name in ("page.admin_center", "page.billing_center", "page.corporate_portal"):
        page = wizard.page_named(name)
        assert page.answer() is None, name


def test_a_restarted_wizard_reaches_a_new_verdict(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.other"))
    wizard.restart()
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.subscriptions"))
    assert wizard.currentPage().property("verdict") == "billing_admin"


def test_the_wizard_speaks_its_language_down_to_its_own_buttons(make_wizard) -> None:
    wizard = make_wizard("it")
    assert wizard.windowTitle() == TITLES["it"]
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Successivo >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Annulla"
    walk(wizard, ("choice.start.billing_center",))
    assert wizard.button(QWizard.WizardButton.BackButton).text().replace("&", "") == "< Precedente"

    wizard = make_wizard("en")
    assert wizard.windowTitle() == TITLES["en"]
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Next >"


def test_dutch_is_the_last_entry_of_the_language_menu_and_speaks_down_to_qts_buttons(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    wizard.show()
    menu = _open_language_menu(wizard)
    entries = [(action.objectName(), action.text().replace("&", "")) for action in menu.actions()]
    menu.hide()
    assert entries[-1] == ("language.nl", "Nederlands")
    assert len(entries) == len(LANGUAGES)
    _switch(wizard, qtbot, "nl")
    assert wizard.windowTitle() == "Assistent voor de factureringscontactpersoon"
    assert wizard.currentPage().title() == "Wie is de factureringscontactpersoon voor mijn account?"
    assert wizard.language_button().text().replace("&", "") == "Nederlands"
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Volgende >"
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Annuleren"
    walk(wizard, ("choice.start.admin_center",))
    assert wizard.currentPage().title() == "Aanmelden bij het Admin Center"
    assert wizard.button(QWizard.WizardButton.BackButton).text().replace("&", "") == "< Terug"


def _open_language_menu(wizard) -> QMenu:
    """Open the language menu, as a click on its button does."""
    button = wizard.language_button()
    assert button.isVisible()
    button.menu().popup(button.mapToGlobal(button.rect().bottomLeft()))
    return button.menu()


def _switch(wizard, qtbot, code: str) -> None:
    """Pick a language in the wizard's language menu, as a person would."""
    menu = _open_language_menu(wizard)
    action = menu.findChild(QAction, f"language.{code}")
    assert action is not None, code
    action.trigger()
    menu.hide()
    # No waiting: the switch is complete when the menu's action returns.


def test_switching_language_mid_walk_keeps_the_page_and_the_answers(make_wizard, qtbot, monkeypatch) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center",))
    choose(wizard, "choice.admin_center.select_product")
    # An open dialog follows the language too: the one shown when no browser opens a portal.
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: False)
    wizard.currentPage().findChild(QPushButton, "action.open_admin_center").click()
    dialog = wizard.findChild(QMessageBox, "dialog.open_failed")
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Could not open the address"

    _switch(wizard, qtbot, "it")

    page = wizard.currentPage()
    assert page.objectName() == "page.admin_center"
    assert checked_choice(wizard) == "choice.admin_center.select_product"
    assert page.title() == "Accedere al Centro di amministrazione"
    assert wizard.windowTitle() == TITLES["it"]
    assert wizard.button(QWizard.WizardButton.NextButton).text().replace("&", "") == "Successivo >"
    assert wizard.button(QWizard.WizardButton.BackButton).text().replace("&", "") == "< Precedente"
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Annulla"
    assert wizard.language_button().text().replace("&", "") == "Italiano"
    assert dialog.windowTitle() == "Impossibile aprire l'indirizzo"
    assert dialog.informativeText() == "https://admin.logmeininc.com"
    dialog.close()

    walk(wizard, ("choice.admin_center.select_product", "choice.corporate_portal.signed_in"))
    assert (
        wizard.currentPage().findChild(QLabel, "headline").text()
        == "Sei l'amministratore della fatturazione, nel Portale di fatturazione Corporate"
    )

    _switch(wizard, qtbot, "en")
    assert (
        wizard.currentPage().findChild(QLabel, "headline").text()
        == "You are the billing admin, in the Corporate Billing Portal"
    )
    assert wizard.button(QWizard.WizardButton.FinishButton).text().replace("&", "") == "Finish"


def test_a_language_switch_keeps_the_step_number_and_the_instructions_of_the_path_taken(make_wizard, qtbot) -> None:
    # The Corporate Billing Portal step's first instruction depends on the page the user came
    # from, and its number on the walk: both come out in the new language, still the path's.
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.corporate"))
    page = wizard.currentPage()
    assert page.objectName() == "page.corporate_portal"
    assert page.findChild(QLabel, "step_number").text() == "Step 4"
    assert plain(page.findChild(QLabel, "instructions").text()).startswith("On the My Account page, click")

    _switch(wizard, qtbot, "it")

    assert page.findChild(QLabel, "step_number").text() == "Passaggio 4"
    assert plain(page.findChild(QLabel, "instructions").text()).startswith(
        "Nella pagina Account personale fai clic su «Vai alla fatturazione»"
    )


def test_a_language_switch_keeps_what_was_typed(make_wizard, qtbot) -> None:
    wizard = make_wizard("it")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    composer = open_composer(wizard)
    address = composer.findChild(QLineEdit, "field.billing_admin_email")
    address.setText("anna@example.com")
    _switch(wizard, qtbot, "en")
    assert address.text() == "anna@example.com"
    assert composer.windowTitle() == "Write to the billing admin"
    assert (
        composer.findChild(QPlainTextEdit, "field.email_preview")
        .toPlainText()
        .startswith("To: anna@example.com\nSubject: ")
    )
    assert wizard.currentPage().findChild(QLabel, "headline").text() == "You are not the billing admin"


def test_the_chosen_language_is_remembered_for_next_time(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    _switch(wizard, qtbot, "it")
    assert settings.remembered_language() == "it"
    again = make_wizard(None)
    assert again.windowTitle() == TITLES["it"]
    again.show()
    menu = _open_language_menu(again)
    checked = [a.objectName() for a in menu.actions() if a.isChecked()]
    menu.hide()
    assert checked == ["language.it"]


@pytest.mark.parametrize(
    ("choices", "words"),
    [
        ((), "Helping someone on the phone?"),
        (("choice.start.billing_center",), "“Forgot password?”"),
        (("choice.start.admin_center",), "“Add Licenses” is in the navigation bar on the left"),
        (("choice.start.admin_center", "choice.admin_center.select_product"), "user ID, not your email address"),
        (("choice.start.admin_center", "choice.admin_center.other"), "“Start over” clears every answer"),
    ],
)
def test_help_explains_the_page_shown_and_who_to_ask(make_wizard, choices, words) -> None:
    wizard = make_wizard("en")
    walk(wizard, choices)
    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.isVisible()
    help_button.click()
    box = wizard.findChild(QMessageBox, "dialog.help")
    assert box.isVisible()
    assert box.text() == (wizard.currentPage().title() or "Help"), "the page's title; the result page has none"
    assert words in box.informativeText()
    assert "Who to ask: the admin who manages your GoToAssist Remote Support v5 account." in box.informativeText()
    box.findChild(QPushButton, "about").click()
    about = wizard.findChild(QMessageBox, "dialog.about")
    assert about.isVisible()
    assert about.text() == f"Billing Contact Assistant {__version__}"
    assert "MIT licence" in about.informativeText()
    assert "Not affiliated with, nor endorsed by, GoTo or LogMeIn." in about.informativeText()
    about.close()


def test_start_over_clears_every_answer(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.subscriptions"))
    start_over = wizard.findChild(QPushButton, "action.start_over")
    assert start_over.isVisible()
    start_over.click()
    assert wizard.currentPage().objectName() == "page.start"
    assert checked_choice(wizard) is None
    assert wizard.page_named("page.admin_center").answer() is None
    assert wizard.page_named("page.verdict").property("verdict") == ""


@pytest.mark.parametrize(
    ("choice_id", "page_id"),
    [("choice.start.billing_center", "page.billing_center"), ("choice.start.admin_center", "page.admin_center")],
)
def test_take_path_starts_on_the_path_and_back_still_works(make_wizard, choice_id, page_id) -> None:
    wizard = make_wizard("en")
    wizard.take_path(choice_id)
    assert wizard.currentPage().objectName() == page_id
    back_page(wizard)
    assert checked_choice(wizard) == choice_id


def test_an_open_help_box_follows_a_language_switch_buttons_included(make_wizard, qtbot) -> None:
    wizard = make_wizard("en")
    wizard.button(QWizard.WizardButton.HelpButton).click()
    box = wizard.findChild(QMessageBox, "dialog.help")
    assert box.findChild(QPushButton, "about").text() == "About…"
    _switch(wizard, qtbot, "it")
    assert box.isVisible()
    assert box.windowTitle() == "Aiuto"
    assert box.text() == "Chi è il contatto di fatturazione per il mio account?"
    assert box.findChild(QPushButton, "about").text() == "Informazioni…"
    box.close()
