"""The emails the result page offers: the composer to the billing admin, and what each email says."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton

from billing_contact.article import ARTICLE
from billing_contact.logic.flow import walks
from billing_contact.services import i18n
from billing_contact.services.settings import Contact, Policy
from billing_contact.ui import emails
from billing_contact.ui.context import PageIndex, Setup
from helpers import action_buttons, open_composer, plain, walk
from oracle import HEADLINES, LANGUAGES

NAMED = ("choice.start.admin_center", "choice.admin_center.contact_billing_admin")
# A polite greeting in each language, with a name and without.
GREETINGS = {
    "en": ("Hello {name},", "Hello,"),
    "it": ("Gentile {name},", "Buongiorno,"),
    "de": ("Guten Tag {name},", "Guten Tag,"),
    "fr": ("Bonjour {name},", "Bonjour,"),
    "es": ("Buenos días, {name}:", "Buenos días:"),
    "pt_BR": ("Olá, {name},", "Olá,"),
    "nl": ("Beste {name},", "Goedendag,"),
}


def _composer(make_wizard, language: str = "en") -> QDialog:
    wizard = make_wizard(language)
    walk(wizard, NAMED)
    return open_composer(wizard)


def _discard(composer: QDialog) -> None:
    """Empty the composer, so that closing the wizard at the end of the test does not ask."""
    for field in composer.findChildren(QLineEdit):
        field.clear()


def _fields(composer: QDialog) -> tuple[QLineEdit, QLineEdit, QLabel, QPlainTextEdit, QPushButton]:
    return (
        composer.findChild(QLineEdit, "field.billing_admin_name"),
        composer.findChild(QLineEdit, "field.billing_admin_email"),
        composer.findChild(QLabel, "field.billing_admin_email.error"),
        composer.findChild(QPlainTextEdit, "field.email_preview"),
        composer.findChild(QPushButton, "action.send_email"),
    )


def test_the_page_says_to_use_the_portals_own_link_first_and_offers_the_composer(make_wizard) -> None:
    wizard = make_wizard("it")
    walk(wizard, NAMED)
    page = wizard.currentPage()
    next_step = page.findChild(QLabel, "next_step").text()
    assert "«Email all'amministratore della fatturazione»" in plain(next_step)
    buttons = action_buttons(page)
    assert page.primary_action() is buttons["action.open_admin_center"], "the portal's own way comes first"
    assert buttons["action.open_admin_center"].isDefault()
    assert buttons["action.email_billing_admin"].isEnabled(), "always enabled: the composer says what is missing"
    assert buttons["action.email_billing_admin"].text().replace("&", "") == (
        "Scrivi all'amministratore della fatturazione…"
    )


def test_the_composer_sends_a_percent_encoded_mailto_and_closes(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    name, address, _, preview, send = _fields(composer)
    assert preview.isReadOnly()
    name.setText("Zoë Ñúñez-O'Brien & Co")
    address.setText("zoe@example.com")
    shown = preview.toPlainText()
    send.click()
    (url,) = opened_urls
    assert QUrl(url).isValid()
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "zoe@example.com"
    assert " " not in url
    assert "\n" not in url
    query = parse_qs(parts.query, strict_parsing=True)
    subject, body = query["subject"][0], query["body"][0].replace("\r\n", "\n")
    # The preview is what is sent: the subject, labelled as such, then the body.
    assert shown == f"Subject: {subject}\n\n{body}"
    assert subject == "Product or licensing change for our GoToAssist Remote Support v5 account"
    assert body.startswith("Hello Zoë Ñúñez-O'Brien & Co,\n\n")
    assert not composer.isVisible()


def test_opening_the_composer_again_shows_what_was_typed(make_wizard) -> None:
    composer = _composer(make_wizard)
    name, address, *_ = _fields(composer)
    name.setText("Anna Rossi")
    address.setText("anna@")
    QTest.keyClick(address, Qt.Key.Key_Escape)
    assert not composer.isVisible(), "Escape closes the composer"
    wizard = composer.parentWidget().window()
    assert wizard.isVisible(), "...and only the composer"
    again = open_composer(wizard)
    assert again is composer
    assert (name.text(), address.text()) == ("Anna Rossi", "anna@")
    _discard(composer)


@pytest.mark.parametrize("address", ["", "anna@", "anna rossi@example.com"])
def test_enter_with_an_unusable_address_says_why_at_the_field_and_sends_nothing(
    make_wizard, opened_urls, address: str
) -> None:
    composer = _composer(make_wizard)
    name, field, error, _, _ = _fields(composer)
    name.setText("Anna Rossi")
    field.setText(address)
    for typed_in in (name, field):
        typed_in.setFocus()
        QTest.keyClick(typed_in, Qt.Key.Key_Return)
        assert composer.isVisible()
        assert error.isVisible()
        assert error.text().startswith("Enter one email address, such as name@example.com")
        assert composer.focusWidget() is field, "the focus goes to the field to fix"
        assert field.accessibleDescription() == error.text()
    assert opened_urls == []
    assert composer.parentWidget().window().isVisible()
    _discard(composer)


def test_enter_with_a_valid_address_sends_and_the_wizard_stays_open(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    _, field, error, _, _ = _fields(composer)
    field.setText("anna@example.com")
    assert not error.isVisible()
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_Enter)
    assert len(opened_urls) == 1
    assert opened_urls[0].startswith("mailto:anna@example.com?subject=")
    assert not composer.isVisible()
    assert composer.parentWidget().window().isVisible()


@pytest.mark.parametrize(
    "address",
    [
        "anna rossi@example.com",
        "anna@example.com\nBcc: x@example.com",
        "anna@example.com?cc=x@example.com",
        "anna@example.com&body=x",
        "anna%0A@example.com",
        "anna@b@example.com",
        "a" * 250 + "@example.com",
    ],
)
def test_each_bad_address_is_refused_with_a_message_at_the_field(make_wizard, opened_urls, address) -> None:
    composer = _composer(make_wizard)
    _, field, error, _, send = _fields(composer)
    field.setText(address)
    assert error.isVisible()
    send.click()
    assert opened_urls == []
    assert composer.isVisible()
    _discard(composer)


def test_closing_the_wizard_with_an_unsent_email_asks_first(make_wizard) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    _fields(composer)[1].setText("anna@example.com")
    composer.reject()
    wizard.close()
    question = wizard.findChild(QMessageBox, "dialog.unsent_email")
    assert question.isVisible()
    assert wizard.isVisible(), "nothing typed is dropped silently"
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert wizard.isVisible()
    assert _fields(composer)[1].text() == "anna@example.com"
    wizard.close()
    question = next(box for box in wizard.findChildren(QMessageBox, "dialog.unsent_email") if box.isVisible())
    question.findChild(QPushButton, "confirm").click()
    assert not wizard.isVisible()


def test_an_email_sent_leaves_nothing_to_ask_about(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    _fields(composer)[1].setText("anna@example.com")
    _fields(composer)[4].click()
    assert opened_urls
    wizard.close()
    assert not wizard.isVisible()


def _setup() -> Setup:
    contact = Contact("IT Desk", "it@example.com", "https://help.example.com")
    return Setup(ARTICLE, PageIndex(ARTICLE), Policy(ARTICLE.default_urls(), contact=contact))


def _user_texts(setup: Setup) -> list[str]:
    """What the pages say to the user: their instructions, help and verdicts, in the language installed."""
    sources: list[str] = []
    for step in ARTICLE.steps:
        sources += [step.title, step.question, *step.intro, *(item.text for item in step.instructions), *step.help]
    for verdict in ARTICLE.verdicts:
        sources += [verdict.headline, *verdict.explanation, verdict.next_step]
    return [setup.text(source) for source in sources]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_email_is_written_to_a_stranger_in_every_language(qapp, language: str) -> None:
    setup = _setup()
    i18n.catalogs.install(language)
    for walk_ in walks(ARTICLE):
        written = [(emails.to_contact(setup, walk_), "IT Desk")]
        if walk_.choices == NAMED:
            written += [
                (emails.to_billing_admin(setup, walk_, "Giulia Rossi"), "Giulia Rossi"),
                (emails.to_billing_admin(setup, walk_, ""), ""),
            ]
        for email, name in written:
            whole = email.subject + "\n" + email.body
            for headline in set(HEADLINES[language].values()):
                assert headline not in whole, (language, headline)
            for text in _user_texts(setup):
                assert text not in whole, (language, text)
            lines = email.body.splitlines()
            with_name, without = GREETINGS[language]
            assert lines[0] == (with_name.format(name=name) if name else without)
            # What the sender checked, as the portals showed it, in the order of the walk.
            checked = [
                setup.text(ARTICLE.step(page).choice(choice).reported)
                for page, choice in zip(walk_.pages, walk_.choices, strict=True)
                if page != ARTICLE.start
            ]
            assert [line.removeprefix("- ") for line in lines if line.startswith("- ")] == checked
            assert lines[-1] == QCoreApplication.translate("Email", "Thank you, and kind regards,")
            assert "GoToAssist Remote Support v5" in email.subject
            assert "Billing Contact Assistant" not in whole, "nothing about this app in the email"


def test_the_contact_email_goes_to_the_organizations_contact(make_wizard, opened_urls, monkeypatch) -> None:
    from billing_contact.services import settings

    monkeypatch.setattr(settings, "load_policy", lambda: _setup().policy)
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.standard"))
    page = wizard.currentPage()
    assert plain(page.findChild(QLabel, "contact").text()) == (
        "Your organization's contact for this account: IT Desk <it@example.com>"
    )
    write = action_buttons(page)["action.email_account_admin"]
    assert page.primary_action() is write
    assert write.text().replace("&", "") == "Write to IT Desk"
    write.click()
    (url,) = opened_urls
    assert url.startswith("mailto:it@example.com?subject=Who%20is%20the%20billing%20contact")
    body = parse_qs(urlsplit(url).query)["body"][0]
    assert body.startswith("Hello IT Desk,")
    assert "- The My Account page offers no “Go to Billing”: it is a standard account." in body


def test_enter_in_any_text_field_never_closes_the_wizard(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    walk_code = wizard.ask_walk_code()
    # Every field of the wizard's window and of its dialogs.
    fields = wizard.findChildren(QLineEdit)
    assert {composer, walk_code} <= {field.window() for field in fields}
    for field in fields:
        field.setText("not an address, nor a code")
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert wizard.isVisible(), field.objectName()
        assert field.text() == "not an address, nor a code", "nothing typed is lost"
    assert opened_urls == []
    walk_code.close()
    _discard(composer)
