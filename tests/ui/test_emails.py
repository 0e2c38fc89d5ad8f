"""The emails the result page offers: the composer, to the billing admin and to the account admin;
what each email says and who asks; addresses as people paste them; what is typed kept for the
session."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from billing_contact.article import ARTICLE
from billing_contact.logic import mailto
from billing_contact.logic.flow import walks
from billing_contact.logic.mnemonics import letter
from billing_contact.services import i18n, settings
from billing_contact.services.palette import dark_palette
from billing_contact.services.settings import Contact, Policy
from billing_contact.ui import emails
from billing_contact.ui.context import Draft, PageIndex, Setup
from helpers import action_buttons, back_page, contrast, next_page, open_composer, plain, walk
from oracle import HEADLINES, LANGUAGES

NAMED = ("choice.start.admin_center", "choice.admin_center.contact_billing_admin")
UNDETERMINED = {
    "A-C": ("choice.start.billing_center", "choice.billing_center.other"),
    "B-D": ("choice.start.admin_center", "choice.admin_center.other"),
}
STANDARD = ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.standard")
PRODUCT = "GoToAssist Remote Support v5"
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
SIGN_OFFS = {
    "en": "Thank you, and kind regards,",
    "it": "Grazie e cordiali saluti,",
    "de": "Vielen Dank und freundliche Grüße",
    "fr": "Merci d'avance et bien cordialement,",
    "es": "Muchas gracias y un cordial saludo,",
    "pt_BR": "Agradeço desde já. Atenciosamente,",
    "nl": "Alvast bedankt en met vriendelijke groet,",
}
# "Change the subscription plan": the list's words, the sentence of the email, its subject.
CHANGE_PLAN = {
    "en": (
        "Change the subscription plan",
        f"I would like to change the subscription plan of our {PRODUCT} account.",
        f"Changing the subscription plan of our {PRODUCT} account",
    ),
    "it": (
        "Cambiare il piano di sottoscrizione",
        f"vorrei cambiare il piano di sottoscrizione del nostro account {PRODUCT}.",
        f"Modifica del piano di sottoscrizione del nostro account {PRODUCT}",
    ),
    "de": (
        "Abonnementplan ändern",
        f"ich möchte den Abonnementplan unseres {PRODUCT}-Kontos ändern.",
        f"Abonnementplan unseres {PRODUCT}-Kontos ändern",
    ),
    "fr": (
        "Modifier l'abonnement",
        f"Je souhaite modifier l'abonnement de notre compte {PRODUCT}.",
        f"Modification de l'abonnement de notre compte {PRODUCT}",
    ),
    "es": (
        "Cambiar el plan de suscripción",
        f"Quisiera cambiar el plan de suscripción de nuestra cuenta de {PRODUCT}.",
        f"Cambio del plan de suscripción de nuestra cuenta de {PRODUCT}",
    ),
    "pt_BR": (
        "Alterar o plano de assinatura",
        f"Gostaria de alterar o plano de assinatura da nossa conta do {PRODUCT}.",
        f"Alteração do plano de assinatura da nossa conta do {PRODUCT}",
    ),
    "nl": (
        "Het abonnement wijzigen",
        f"Ik wil graag het abonnement van ons account voor {PRODUCT} wijzigen.",
        f"Abonnement van ons account voor {PRODUCT} wijzigen",
    ),
}
# "Something else…", and the sentence that carries the user's own words.
SOMETHING_ELSE = {
    "en": ("Something else…", f"I have a request about our {PRODUCT} account: {{words}}"),
    "it": ("Altro…", f"ho una richiesta sul nostro account {PRODUCT}: {{words}}"),
    "de": ("Etwas anderes…", f"ich habe ein Anliegen zu unserem {PRODUCT}-Konto: {{words}}"),
    "fr": ("Autre chose…", f"J'ai une demande concernant notre compte {PRODUCT}\u00a0: {{words}}"),
    "es": ("Otra cosa…", f"Tengo una solicitud sobre nuestra cuenta de {PRODUCT}: {{words}}"),
    "pt_BR": ("Outra coisa…", f"Tenho uma solicitação sobre a nossa conta do {PRODUCT}: {{words}}"),
    "nl": ("Iets anders…", f"Ik heb een verzoek over ons account voor {PRODUCT}: {{words}}"),
}
# What the account admin's email asks, and the button that writes it.
ACCOUNT_ADMIN = {
    "en": ("Write to your account admin…", f"Who is the billing contact of our {PRODUCT} account?"),
    "it": (
        "Scrivi all'amministratore del tuo account…",
        f"Chi è il contatto di fatturazione del nostro account {PRODUCT}?",
    ),
    "de": ("An Ihren Kontoadministrator schreiben…", f"Wer ist der Abrechnungskontakt unseres Kontos für {PRODUCT}?"),
    "fr": (
        "Écrire à l'administrateur de votre compte…",
        f"Qui est le contact de facturation de notre compte {PRODUCT}\u00a0?",
    ),
    "es": (
        "Escribir al administrador de su cuenta…",
        f"¿Quién es el contacto de facturación de nuestra cuenta de {PRODUCT}?",
    ),
    "pt_BR": (
        "Escrever ao administrador da sua conta…",
        f"Quem é o contato de cobrança da nossa conta do {PRODUCT}?",
    ),
    "nl": (
        "E-mail aan uw accountbeheerder…",
        f"Wie is de factureringscontactpersoon van ons account voor {PRODUCT}?",
    ),
}
# What Send says of a missing request, and of an address without an @ or without a dot after it.
REFUSALS = {
    "en": (
        "Choose what you need.",
        "There is no @ in the address: an email address has one, as in name@example.com.",
        "There is no dot after the @: the domain has one, as in example.com.",
    ),
    "it": (
        "Scegli di cosa hai bisogno.",
        "Nell'indirizzo manca la @: un indirizzo email ne ha una, come in nome@esempio.it.",
        "Dopo la @ manca il punto: il dominio ne ha uno, come in esempio.it.",
    ),
    "de": (
        "Wählen Sie aus, was Sie brauchen.",
        "Die Adresse enthält kein @: Eine E-Mail-Adresse hat eines, wie in name@beispiel.de.",
        "Nach dem @ fehlt ein Punkt: Die Domain hat einen, wie in beispiel.de.",
    ),
    "fr": (
        "Choisissez ce dont vous avez besoin.",
        "Il n'y a pas de @ dans l'adresse\u00a0: une adresse e-mail en contient un, comme dans nom@exemple.fr.",
        "Il n'y a pas de point après le @\u00a0: le domaine en contient un, comme dans exemple.fr.",
    ),
    "es": (
        "Elija lo que necesita.",
        "Falta la @ en la dirección: una dirección de correo tiene una, como en nombre@ejemplo.com.",
        "Falta un punto después de la @: el dominio tiene uno, como en ejemplo.com.",
    ),
    "pt_BR": (
        "Escolha o que você precisa.",
        "Falta o @ no endereço: um endereço de e-mail tem um, como em nome@exemplo.com.br.",
        "Falta um ponto depois do @: o domínio tem um, como em exemplo.com.br.",
    ),
    "nl": (
        "Kies wat u nodig hebt.",
        "Er staat geen @ in het adres: een e-mailadres heeft er één, zoals in naam@example.com.",
        "Er staat geen punt na de @: het domein heeft er een, zoals in example.com.",
    ),
}

# "No @" as a screen reader is given it, the field's description: its colon said as a pause.
NO_AT_HEARD = {
    "en": "There is no @ in the address, an email address has one, as in name@example.com.",
    "it": "Nell'indirizzo manca la @, un indirizzo email ne ha una, come in nome@esempio.it.",
    "de": "Die Adresse enthält kein @, Eine E-Mail-Adresse hat eines, wie in name@beispiel.de.",
    "fr": "Il n'y a pas de @ dans l'adresse, une adresse e-mail en contient un, comme dans nom@exemple.fr.",
    "es": "Falta la @ en la dirección, una dirección de correo tiene una, como en nombre@ejemplo.com.",
    "pt_BR": "Falta o @ no endereço, um endereço de e-mail tem um, como em nome@exemplo.com.br.",
    "nl": "Er staat geen @ in het adres, een e-mailadres heeft er één, zoals in naam@example.com.",
}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w@.-]+", text)


def _composer(make_wizard, language: str = "en", choices: tuple[str, ...] = NAMED) -> QDialog:
    wizard = make_wizard(language)
    walk(wizard, choices)
    action = "action.email_billing_admin" if choices == NAMED else "action.email_account_admin"
    return open_composer(wizard, action)


def _field(composer: QDialog, name: str) -> QWidget:
    """The composer's widget ``name``: ``name`` itself, or the recipient's ``admin_name``, ``admin_email``,
    ``admin_email.error``."""
    found = [w for w in composer.findChildren(QWidget) if w.objectName() == name or w.objectName().endswith(name)]
    assert len(found) == 1, (name, [w.objectName() for w in found])
    return found[0]


def _fill(composer: QDialog, *, address: str = "", name: str = "", request: int = -1, words: str = "") -> None:
    """Type as a person does, leaving each field for the next."""
    for field, text in (("admin_name", name), ("admin_email", address), ("field.request_text", words)):
        if text:
            line = _field(composer, field)
            assert isinstance(line, QLineEdit)
            line.setText(text)
            line.editingFinished.emit()
    if request >= 0:
        combo = _field(composer, "field.request")
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(request)


def _preview(composer: QDialog) -> str:
    preview = _field(composer, "field.email_preview")
    assert isinstance(preview, QPlainTextEdit)
    return preview.toPlainText()


def _send(composer: QDialog) -> None:
    button = _field(composer, "action.send_email")
    assert isinstance(button, QPushButton)
    button.click()


def _sent(url: str) -> tuple[str, str, str]:
    """The address, subject and body a mailto: URL carries."""
    assert QUrl(url).isValid()
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    query = parse_qs(parts.query, strict_parsing=True)
    return unquote(parts.path), query["subject"][0], query["body"][0].replace("\r\n", "\n")


def _close_without_asking(wizard: QWidget) -> None:
    """Close the wizard, telling the question about the unsent email to close anyway."""
    wizard.close()
    for box in wizard.findChildren(QMessageBox, "dialog.unsent_email"):
        if box.isVisible():
            box.findChild(QPushButton, "confirm").click()
    assert not wizard.isVisible()


# -- the billing admin's email ------------------------------------------------------------------


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


def test_the_email_says_what_is_asked_and_who_asks(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    _fill(composer, name="Zoë Ñúñez-O'Brien & Co", address="zoe@example.com", request=0)
    _field(composer, "field.your_name").setText("Giulia Bianchi")
    shown = _preview(composer)
    _send(composer)
    (url,) = opened_urls
    assert " " not in url
    assert "\n" not in url
    address, subject, body = _sent(url)
    assert address == "zoe@example.com"
    # The preview is what is sent: to whom, the subject, then the body.
    assert shown == f"To: Zoë Ñúñez-O'Brien & Co <zoe@example.com>\nSubject: {subject}\n\n{body}"
    assert subject == f"Adding licenses to our {PRODUCT} account"
    assert body.startswith(
        "Hello Zoë Ñúñez-O'Brien & Co,\n\n"
        f"I would like to add licenses to our {PRODUCT} account. The Admin Center names you as the billing admin "
        "of this account. Could you please help me with it?\n\n"
        "What I checked:\n"
    )
    assert body.endswith("\n\nThank you, and kind regards,\nGiulia Bianchi")
    assert not composer.isVisible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_request_and_the_senders_name_are_in_the_email_in_every_language(
    make_wizard, opened_urls, language: str
) -> None:
    composer = _composer(make_wizard, language)
    label, sentence, subject = CHANGE_PLAN[language]
    combo = _field(composer, "field.request")
    assert [combo.itemText(i) for i in range(combo.count())][1] == label
    _fill(composer, name="Maria Rossi", address="maria@example.com", request=1)
    _field(composer, "field.your_name").setText("Giulia Bianchi")
    preview = _preview(composer)
    _send(composer)
    (url,) = opened_urls
    _, sent_subject, body = _sent(url)
    lines = body.splitlines()
    assert sent_subject == subject
    assert lines[0] == GREETINGS[language][0].format(name="Maria Rossi")
    assert lines[2].startswith(sentence + " ")
    assert lines[-2:] == [SIGN_OFFS[language], "Giulia Bianchi"]
    assert subject in preview
    assert sentence in preview
    assert preview.endswith(f"{SIGN_OFFS[language]}\nGiulia Bianchi")


@pytest.mark.parametrize("language", LANGUAGES)
def test_something_else_is_said_in_the_users_own_words(make_wizard, opened_urls, language: str) -> None:
    composer = _composer(make_wizard, language)
    label, sentence = SOMETHING_ELSE[language]
    words = _field(composer, "field.request_text")
    combo = _field(composer, "field.request")
    assert combo.itemText(3) == label
    assert not words.isEnabled(), "its words only with “something else”"
    _fill(composer, address="maria@example.com", request=3)
    assert words.isEnabled()
    _fill(composer, words="  five more  licenses for the Milan team ")
    _send(composer)
    (url,) = opened_urls
    body = _sent(url)[2]
    # Their words, spaces tidied, ending the sentence with a full stop.
    assert sentence.format(words="five more licenses for the Milan team.") in body


def test_the_users_words_are_kept_while_another_request_is_chosen(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    _fill(composer, address="maria@example.com", request=3, words="Add a second Billing Center user?")
    _fill(composer, request=0)
    assert "Add a second" not in _preview(composer)
    _fill(composer, request=3)
    assert _field(composer, "field.request_text").text() == "Add a second Billing Center user?"
    _send(composer)
    # Their own punctuation ends the sentence.
    assert "account: Add a second Billing Center user? The Admin Center" in _sent(opened_urls[0])[2]


@pytest.mark.parametrize("language", LANGUAGES)
def test_send_says_at_each_field_what_is_missing(make_wizard, opened_urls, language: str) -> None:
    composer = _composer(make_wizard, language)
    choose, no_at, no_dot = REFUSALS[language]
    _fill(composer, address="maria.example.com")
    _send(composer)
    assert opened_urls == []
    assert composer.isVisible()
    address_error = _field(composer, "admin_email.error")
    request_error = _field(composer, "field.request.error")
    assert (address_error.isVisible(), address_error.text()) == (True, no_at)
    assert (request_error.isVisible(), request_error.text()) == (True, choose)
    assert composer.focusWidget() is _field(composer, "admin_email"), "the focus goes to the first field to fix"
    assert _field(composer, "admin_email").accessibleDescription() == NO_AT_HEARD[language]
    assert _field(composer, "field.request").accessibleDescription() == choose
    _fill(composer, address="maria@example")
    _send(composer)
    assert address_error.text() == no_dot
    _fill(composer, address="maria@example.com")
    assert not address_error.isVisible(), "gone as soon as it is fixed"
    _send(composer)
    assert composer.focusWidget() is _field(composer, "field.request")
    _fill(composer, request=2)
    assert not request_error.isVisible()
    _send(composer)
    assert len(opened_urls) == 1


def test_something_else_without_words_is_refused_at_its_field(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    _fill(composer, address="maria@example.com", request=3)
    _send(composer)
    assert opened_urls == []
    error = _field(composer, "field.request.error")
    assert error.text() == "Say in a few words what you need."
    assert composer.focusWidget() is _field(composer, "field.request_text")
    _fill(composer, words="Two more licenses")
    assert not error.isVisible()


@pytest.mark.parametrize("address", ["", "anna@", "anna rossi@example.com"])
def test_enter_with_an_unusable_address_says_why_at_the_field_and_sends_nothing(
    make_wizard, opened_urls, address: str
) -> None:
    composer = _composer(make_wizard)
    _fill(composer, name="Anna Rossi", address=address, request=0)
    name, field, error = (
        _field(composer, "admin_name"),
        _field(composer, "admin_email"),
        _field(composer, "admin_email.error"),
    )
    for typed_in in (name, field):
        typed_in.setFocus()
        QTest.keyClick(typed_in, Qt.Key.Key_Return)
        assert composer.isVisible()
        assert error.isVisible()
        assert composer.focusWidget() is field, "the focus goes to the field to fix"
        assert _words(field.accessibleDescription()) == _words(error.text())
    assert opened_urls == []
    assert composer.parentWidget().window().isVisible()


def test_enter_with_a_valid_address_sends_and_the_wizard_stays_open(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    _fill(composer, address="anna@example.com", request=0)
    field = _field(composer, "admin_email")
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
    _fill(composer, address=address, request=0)
    assert _field(composer, "admin_email.error").isVisible(), "said as the field is left"
    _send(composer)
    assert opened_urls == []
    assert composer.isVisible()


# -- addresses as people paste them -------------------------------------------------------------


@pytest.mark.parametrize(
    ("pasted", "name", "address"),
    [
        ("Maria Rossi <maria@example.com>", "Maria Rossi", "maria@example.com"),
        ("<maria@example.com>", "", "maria@example.com"),
        ("mailto:maria@example.com", "", "maria@example.com"),
        ("  maria@example.com. ", "", "maria@example.com"),
    ],
)
def test_a_pasted_address_is_shown_clean_and_its_name_fills_an_empty_name(
    make_wizard, qtbot, opened_urls, pasted, name, address
) -> None:
    composer = _composer(make_wizard)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is composer)
    field = _field(composer, "admin_email")
    QApplication.clipboard().setText(pasted)
    field.setFocus()
    field.paste()
    # Leaving the field, as a person does to go on.
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.text() == address
    assert _field(composer, "admin_name").text() == name
    assert not _field(composer, "admin_email.error").isVisible()
    _fill(composer, request=0)
    _send(composer)
    assert _sent(opened_urls[0])[0] == address


def test_a_name_typed_first_is_kept_when_an_address_is_pasted_with_another(make_wizard) -> None:
    composer = _composer(make_wizard)
    _fill(composer, name="Dr. Maria Rossi", address="Maria Rossi <maria@example.com>")
    assert _field(composer, "admin_name").text() == "Dr. Maria Rossi"
    assert _field(composer, "admin_email").text() == "maria@example.com"


def test_an_internationalized_domain_is_shown_as_typed_and_sent_as_ascii(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard, "de")
    _fill(composer, name="Jörg Müller", address="Jörg Müller <info@müller.de>", request=0)
    assert _preview(composer).startswith("An: Jörg Müller <info@müller.de>\n")
    _send(composer)
    (url,) = opened_urls
    assert url.startswith("mailto:info@xn--mller-kva.de?subject=")
    assert url.isascii()


@pytest.mark.parametrize(
    "domain", ["müller.de", "MÜLLER.DE", "straße.de", "納豆.example.org", "ελληνικά.gr", "bücher.example", "пример.рф"]
)
def test_a_domains_a_labels_are_the_ones_qt_gives(domain: str) -> None:
    # Qt's UTS #46 processing, which browsers share: a second implementation to agree with.
    assert mailto.ascii_domain(domain) == QUrl.toAce(domain).data().decode("ascii")


# -- the composer's looks -----------------------------------------------------------------------


@pytest.mark.parametrize(("scheme", "red"), [("light", "#b42318"), ("dark", "#ff9b8f")])
def test_an_error_looks_like_an_error_and_not_like_help(make_wizard, qapp, scheme: str, red: str) -> None:
    light = qapp.palette()
    if scheme == "dark":
        qapp.setPalette(dark_palette())
    try:
        composer = _composer(make_wizard)
        _send(composer)
        error = _field(composer, "admin_email.error")
        help_text = _field(composer, "field.your_name.help")
        assert error.isVisible()
        assert help_text.isVisible()
        colour = error.palette().color(QPalette.ColorRole.WindowText)
        window = error.palette().color(QPalette.ColorRole.Window)
        assert colour == QColor(red), "the palette's error red"
        assert contrast(colour, window) >= 4.5
        assert colour != help_text.palette().color(QPalette.ColorRole.WindowText)
        assert error.font().bold()
        assert not help_text.font().bold()
        # An icon before the words, in the margin the text leaves it.
        margin = error.contentsMargins().left()
        assert margin >= error.fontMetrics().height()
        image = error.grab().toImage()
        icon = {image.pixelColor(x, y).rgb() for x in range(margin) for y in range(error.fontMetrics().height())}
        assert len(icon) > 2, "something is drawn beside the error"
    finally:
        qapp.setPalette(light)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("choices", [NAMED, UNDETERMINED["A-C"]], ids=["billing_admin", "account_admin"])
def test_the_preview_shows_the_whole_email_at_the_default_size(make_wizard, language, choices) -> None:
    composer = _composer(make_wizard, language, choices)
    # As long as people make it: long names, and their own words as long as the field takes.
    _fill(
        composer,
        name="Maria Giovanna Rossi-Bianchi",
        address="Maria Giovanna Rossi-Bianchi <maria.giovanna.rossi-bianchi@example.com>",
        request=3,
    )
    words = _field(composer, "field.request_text")
    words.setText(("Add licenses for the new support team in Milan " * 5)[: words.maxLength()])
    _field(composer, "field.your_name").setText("Giulia Alessandra Bianchi-Verdi")
    QTest.qWait(20)
    preview = _field(composer, "field.email_preview")
    assert preview.verticalScrollBar().maximum() == 0, f"{language}: the preview scrolls"
    assert preview.horizontalScrollBar().maximum() == 0
    size = composer.frameGeometry().size()
    assert size.width() <= 1366
    assert size.height() <= 768
    for label in composer.findChildren(QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()[:40]
        elif label.isVisible() and label.text():
            assert label.width() >= label.sizeHint().width(), label.text()[:40]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("choices", [NAMED, UNDETERMINED["A-C"]], ids=["billing_admin", "account_admin"])
def test_the_composers_fields_are_named_and_their_mnemonics_are_unique(make_wizard, language, choices) -> None:
    composer = _composer(make_wizard, language, choices)
    _fill(composer, request=3)
    for widget in composer.findChildren(QWidget):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface.text(QAccessible.Text.Name).strip(), f"{language}: {widget.objectName()} has no name"
    letters = [letter(label.text()) for label in composer.findChildren(QLabel) if label.buddy() is not None]
    assert all(letters), f"{language}: a field's label without an Alt+letter"
    # Send has one; Close, Qt's own, may not (Escape closes).
    letters += [letter(button.text()) for button in composer.findChild(QDialogButtonBox).buttons()]
    letters = [found for found in letters if found]
    assert len(letters) == len(set(letters)), letters


# -- nothing typed is lost ----------------------------------------------------------------------


def test_opening_the_composer_again_shows_what_was_typed(make_wizard) -> None:
    composer = _composer(make_wizard)
    _fill(composer, name="Anna Rossi", address="anna@", request=3, words="Two more licenses")
    _field(composer, "field.your_name").setText("Giulia")
    QTest.keyClick(_field(composer, "admin_email"), Qt.Key.Key_Escape)
    assert not composer.isVisible(), "Escape closes the composer"
    wizard = composer.parentWidget().window()
    assert wizard.isVisible(), "...and only the composer"
    again = open_composer(wizard)
    assert again is composer
    assert (_field(again, "admin_name").text(), _field(again, "admin_email").text()) == ("Anna Rossi", "anna@")
    assert _field(again, "field.request").currentIndex() == 3
    assert _field(again, "field.request_text").text() == "Two more licenses"
    assert _field(again, "field.your_name").text() == "Giulia"
    _close_without_asking(wizard)


def _typed(composer: QDialog) -> tuple[str, str, int, str, str]:
    return (
        _field(composer, "admin_name").text(),
        _field(composer, "admin_email").text(),
        _field(composer, "field.request").currentIndex(),
        _field(composer, "field.request_text").text(),
        _field(composer, "field.your_name").text(),
    )


def test_back_start_over_and_a_walk_code_keep_what_was_typed(make_wizard) -> None:
    wizard = make_wizard("en")
    walk(wizard, NAMED)
    composer = open_composer(wizard)
    _fill(composer, name="Anna Rossi", address="anna@example.com", request=3, words="Two more licenses")
    _field(composer, "field.your_name").setText("Giulia")
    typed = _typed(composer)
    composer.reject()

    # Back, and the same result again: a new result page, the same email.
    back_page(wizard)
    next_page(wizard)
    assert _typed(open_composer(wizard)) == typed
    wizard.findChild(QDialog, "dialog.email").reject()

    # Start over, and the same way again.
    wizard.findChild(QPushButton, "action.start_over").click()
    walk(wizard, NAMED)
    assert _typed(open_composer(wizard)) == typed
    wizard.findChild(QDialog, "dialog.email").reject()

    # A later result, which writes to the account admin: what is asked, and who asks, come along.
    wizard.open_walk(UNDETERMINED["B-D"])
    account = open_composer(wizard, "action.email_account_admin")
    assert _typed(account) == ("", "", 3, "Two more licenses", "Giulia")
    _fill(account, name="Luca Verdi", address="luca@example.com")
    account.reject()

    # A walk code back to the billing admin's result: their name and address are still there.
    wizard.open_walk(NAMED)
    assert _typed(open_composer(wizard)) == typed
    wizard.findChild(QDialog, "dialog.email").reject()
    wizard.open_walk(UNDETERMINED["A-C"])
    assert _typed(open_composer(wizard, "action.email_account_admin"))[:2] == ("Luca Verdi", "luca@example.com")
    _close_without_asking(wizard)


def test_closing_the_wizard_with_an_unsent_email_asks_first(make_wizard) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    _fill(composer, address="anna@example.com")
    composer.reject()
    wizard.close()
    question = wizard.findChild(QMessageBox, "dialog.unsent_email")
    assert question.isVisible()
    assert wizard.isVisible(), "nothing typed is dropped silently"
    assert question.windowTitle() == "The email was not sent"
    assert question.text().startswith("You started an email and did not send it.")
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.Cancel)
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert wizard.isVisible()
    assert _field(composer, "admin_email").text() == "anna@example.com"
    wizard.close()
    question = next(box for box in wizard.findChildren(QMessageBox, "dialog.unsent_email") if box.isVisible())
    question.findChild(QPushButton, "confirm").click()
    assert not wizard.isVisible()


def test_closing_after_start_over_still_asks_about_the_unsent_email(make_wizard) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    _fill(composer, name="Anna Rossi")
    composer.reject()
    wizard.findChild(QPushButton, "action.start_over").click()
    assert wizard.currentPage().objectName() == "page.start"
    wizard.close()
    assert wizard.isVisible(), "the draft is still there to lose: asked first"
    _close_without_asking(wizard)


def test_an_email_sent_leaves_nothing_to_ask_about(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    _fill(composer, address="anna@example.com", request=0)
    _send(composer)
    assert opened_urls
    wizard.close()
    assert not wizard.isVisible()


def test_opening_and_closing_the_composer_types_nothing(make_wizard) -> None:
    composer = _composer(make_wizard)
    composer.reject()
    wizard = composer.parentWidget().window()
    wizard.close()
    assert not wizard.isVisible()


def test_the_senders_name_is_remembered_for_next_time(make_wizard, opened_urls) -> None:
    assert settings.remembered_name() == ""
    composer = _composer(make_wizard)
    name = _field(composer, "field.your_name")
    name.setText("  Giulia Bianchi ")
    composer.reject()
    assert settings.remembered_name() == "Giulia Bianchi"
    _close_without_asking(composer.parentWidget().window())
    again = _composer(make_wizard)
    assert _field(again, "field.your_name").text() == "Giulia Bianchi"
    assert _field(again, "admin_email").text() == "", "only the name outlives the session"
    _field(again, "field.your_name").setText("")
    again.reject()
    assert settings.remembered_name() == "", "an emptied name is forgotten"


# -- the account admin: "not determined" ------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("code", UNDETERMINED)
def test_not_determined_writes_to_the_account_admin_first(make_wizard, opened_urls, language, code) -> None:
    wizard = make_wizard(language)
    walk(wizard, UNDETERMINED[code])
    page = wizard.currentPage()
    assert page.property("verdict") == "undetermined"
    buttons = action_buttons(page)
    write, subject = ACCOUNT_ADMIN[language]
    primary = buttons["action.email_account_admin"]
    assert page.primary_action() is primary
    assert primary.isDefault()
    assert primary.text().replace("&", "") == write
    # Trying the other way stays, after it.
    other = "action.try_admin_center" if code == "A-C" else "action.try_billing_center"
    assert buttons[other].isVisible()
    assert not buttons[other].isDefault()
    primary.click()
    composer = wizard.findChild(QDialog, "dialog.email")
    assert composer.isVisible()
    assert _field(composer, "field.account_admin_email").text() == ""
    _fill(composer, name="Luca Verdi", address="luca@example.com", request=0)
    _send(composer)
    (url,) = opened_urls
    address, sent_subject, body = _sent(url)
    assert (address, sent_subject) == ("luca@example.com", subject)
    assert body.splitlines()[0] == GREETINGS[language][0].format(name="Luca Verdi")


def test_the_account_admins_email_asks_who_the_billing_contact_is(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard, "en", UNDETERMINED["A-C"])
    assert composer.windowTitle() == "Write to your account admin"
    _fill(composer, address="luca@example.com", request=0)
    _send(composer)
    body = _sent(opened_urls[0])[2]
    assert body.startswith(
        "Hello,\n\n"
        f"I would like to add licenses to our {PRODUCT} account. For that I need to reach its billing contact, "
        "and the portals did not tell me who it is. Could you please tell me, or pass this on to someone who knows?"
        "\n\nWhat I checked:\n- Signing in to the Billing Center failed, or it showed something else.\n"
    )


def _contact_policy(monkeypatch) -> None:
    contact = Contact("IT Desk", "it@example.com", "https://help.example.com")
    monkeypatch.setattr(settings, "load_policy", lambda: Policy(ARTICLE.default_urls(), contact=contact))


def test_with_a_contact_set_not_determined_writes_to_it(make_wizard, opened_urls, monkeypatch) -> None:
    _contact_policy(monkeypatch)
    wizard = make_wizard("en")
    walk(wizard, UNDETERMINED["A-C"])
    page = wizard.currentPage()
    write = action_buttons(page)["action.email_account_admin"]
    assert page.primary_action() is write
    assert write.text().replace("&", "") == "Write to IT Desk…"
    assert len(page.findChildren(QPushButton, "action.email_account_admin")) == 1
    write.click()
    composer = wizard.findChild(QDialog, "dialog.email")
    assert (_field(composer, "admin_name").text(), _field(composer, "admin_email").text()) == (
        "IT Desk",
        "it@example.com",
    )
    composer.reject()
    wizard.close()
    assert not wizard.isVisible(), "the organization's contact filled in is nothing typed"


def test_the_contact_email_goes_to_the_organizations_contact(make_wizard, opened_urls, monkeypatch) -> None:
    _contact_policy(monkeypatch)
    wizard = make_wizard("en")
    walk(wizard, STANDARD)
    page = wizard.currentPage()
    assert plain(page.findChild(QLabel, "contact").text()) == (
        "Your organization's contact for this account: IT Desk <it@example.com>"
    )
    write = action_buttons(page)["action.email_account_admin"]
    assert page.primary_action() is write
    assert write.text().replace("&", "") == "Write to IT Desk…"
    write.click()
    composer = wizard.findChild(QDialog, "dialog.email")
    _fill(composer, request=2)
    _send(composer)
    (url,) = opened_urls
    assert url.startswith("mailto:it@example.com?subject=Who%20is%20the%20billing%20contact")
    body = _sent(url)[2]
    assert body.startswith(f"Hello IT Desk,\n\nI would like to update the payment method of our {PRODUCT} account.")
    assert "- The My Account page offers no “Go to Billing”: it is a standard account." in body


# -- every email, in every language -------------------------------------------------------------


def _setup() -> Setup:
    contact = Contact("IT Desk", "it@example.com", "https://help.example.com")
    return Setup(ARTICLE, PageIndex(ARTICLE), Policy(ARTICLE.default_urls(), contact=contact), Draft())


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
        written = []
        for request in (emails.Request(kind) for kind in emails.REQUESTS[:3]):
            written += [
                (
                    emails.compose(setup, walk_, "account_admin", name="IT Desk", request=request, your_name=""),
                    "IT Desk",
                )
            ]
            if walk_.choices == NAMED:
                for name in ("Giulia Rossi", ""):
                    email = emails.compose(setup, walk_, "billing_admin", name=name, request=request, your_name="")
                    written.append((email, name))
        for email, name in written:
            whole = email.subject + "\n" + email.body
            for headline in set(HEADLINES[language].values()):
                assert headline not in whole, (language, headline)
            for text in _user_texts(setup):
                assert text not in whole, (language, text)
            lines = email.body.splitlines()
            with_name, without = GREETINGS[language]
            assert lines[0] == (with_name.format(name=name) if name else without)
            # The request starts a sentence after the greeting; Italian and German letters go on in
            # lower case after its comma.
            assert lines[2][0].isupper() == (language not in ("it", "de")), (language, lines[2])
            # What the sender checked, as the portals showed it, in the order of the walk.
            checked = [
                setup.text(ARTICLE.step(page).choice(choice).reported)
                for page, choice in zip(walk_.pages, walk_.choices, strict=True)
                if page != ARTICLE.start
            ]
            assert [line.removeprefix("- ") for line in lines if line.startswith("- ")] == checked
            assert lines[-1] == SIGN_OFFS[language]
            assert PRODUCT in email.subject
            assert "Billing Contact Assistant" not in whole, "nothing about this app in the email"


def test_a_language_switch_says_the_errors_in_the_new_language(make_wizard, qtbot) -> None:
    composer = _composer(make_wizard, "en")
    _fill(composer, address="maria.example.com")
    _send(composer)
    wizard = composer.parentWidget().window()
    wizard.switch_language("it")
    assert _field(composer, "admin_email.error").text() == REFUSALS["it"][1]
    assert _field(composer, "field.request.error").text() == REFUSALS["it"][0]
    assert QCoreApplication.translate("Email", "Choose…") == _field(composer, "field.request").placeholderText()


def test_enter_in_any_text_field_never_closes_the_wizard(make_wizard, opened_urls) -> None:
    composer = _composer(make_wizard)
    wizard = composer.parentWidget().window()
    walk_code = wizard.ask_walk_code()
    # Every field of the wizard's window and of its dialogs.
    fields = wizard.findChildren(QLineEdit)
    assert {composer, walk_code} <= {field.window() for field in fields}
    for field in fields:
        if not field.isEnabled():
            continue
        field.setText("not an address, nor a code")
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert wizard.isVisible(), field.objectName()
        assert field.text() == "not an address, nor a code", "nothing typed is lost"
    assert opened_urls == []
    walk_code.close()
    _close_without_asking(wizard)
