"""What each page shows: instructions, the portal and its address, the choices, and the words used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWizard

from billing_contact.services import i18n
from billing_contact.ui.widgets import ChoiceButton
from helpers import assert_fits_and_nothing_is_cut, choose, next_page, plain, visible_texts, walk
from oracle import (
    ADMIN_CENTER,
    BILLING_CENTER,
    CORPORATE_PORTAL,
    ENGLISH_KEPT,
    HEADLINES,
    LANGUAGES,
    PATHS,
    PORTAL_WORDS,
)

# Names that stay as they are in every language.
PROPER_NAMES = re.compile(r"GoToAssist Remote Support v5|LogMeIn|GoTo|https://\S+|name@example\.com|nome@esempio\.it")
ENGLISH_WORDS = {"the", "you", "your", "and", "sign", "page", "click", "with", "are", "what", "billing", "admin", "to"}
ITALIAN_WORDS = {
    "il",
    "della",
    "sei",
    "che",
    "per",
    "fatturazione",
    "amministratore",
    "accedi",
    "gli",
    "una",
    "è",
    "di",
}


def url_portal(url: str) -> str:
    return {BILLING_CENTER: "billing_center", ADMIN_CENTER: "admin_center", CORPORATE_PORTAL: "corporate_portal"}[url]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", PROPER_NAMES.sub(" ", text).lower()))


def _every_page(make_wizard, language: str):
    """Yield (wizard, path, page id) for every page of every path."""
    for choices, _ in PATHS:
        wizard = make_wizard(language)
        for choice_id in choices:
            yield wizard, choices, wizard.currentPage().objectName()
            choose(wizard, choice_id)
            next_page(wizard)
        yield wizard, choices, wizard.currentPage().objectName()
        wizard.close()


@pytest.mark.parametrize(("language", "foreign"), [("it", ENGLISH_WORDS), ("en", ITALIAN_WORDS)])
def test_each_language_shows_no_sentence_of_the_other(make_wizard, language, foreign) -> None:
    pages = 0
    for wizard, _, page_id in _every_page(make_wizard, language):
        pages += 1
        for text in visible_texts(wizard):
            stray = _words(text) & foreign
            assert not stray, f"{language} {page_id}: {stray} in {text!r}"
    assert pages == sum(len(choices) + 1 for choices, _ in PATHS)


@pytest.mark.parametrize(
    ("page_id", "choices", "action_id", "url"),
    [
        ("page.billing_center", ("choice.start.billing_center",), "action.open_billing_center", BILLING_CENTER),
        ("page.admin_center", ("choice.start.admin_center",), "action.open_admin_center", ADMIN_CENTER),
        (
            "page.corporate_portal",
            ("choice.start.admin_center", "choice.admin_center.select_product"),
            "action.open_corporate_portal",
            CORPORATE_PORTAL,
        ),
    ],
)
def test_a_step_page_shows_its_portal_address_and_opens_it(
    make_wizard, opened_urls, page_id, choices, action_id, url
) -> None:
    wizard = make_wizard("it")
    walk(wizard, choices)
    page = wizard.currentPage()
    assert page.objectName() == page_id
    address = page.findChild(QLabel, "address." + url_portal(url))
    assert address.text() == url
    assert address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert url in plain(page.findChild(QLabel, "instructions").text())
    button = page.findChild(QPushButton, action_id)
    assert button.isVisible()
    assert button.text().startswith("Apri il ")
    button.click()
    assert opened_urls == [url]


def test_the_billing_center_page_quotes_the_portal_message_in_italian(make_wizard) -> None:
    wizard = make_wizard("it")
    walk(wizard, ("choice.start.billing_center",))
    page = wizard.currentPage()
    assert page.title() == "Accedere al Centro fatturazione"
    assert (
        page.findChild(QRadioButton, "choice.billing_center.not_the_page").property("sentence")
        == "Viene visualizzato il messaggio «È possibile che questa non sia la pagina che desideravi.»"
    )
    instructions = plain(page.findChild(QLabel, "instructions").text())
    assert instructions.startswith(
        "Accedi al Centro fatturazione all'indirizzo https://billing.logmeininc.com con l'indirizzo email e la "
        "password che usi per GoToAssist Remote Support v5."
    )


def test_the_admin_center_page_names_the_menu_entry_as_the_portal_does(make_wizard) -> None:
    wizard = make_wizard("it")
    walk(wizard, ("choice.start.admin_center",))
    assert "Nella barra di navigazione a sinistra, seleziona «Aggiungi licenze»." in plain(
        wizard.currentPage().findChild(QLabel, "instructions").text()
    )
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.admin_center",))
    assert "In the left navigation bar, select “Add Licenses”." in plain(
        wizard.currentPage().findChild(QLabel, "instructions").text()
    )


@pytest.mark.parametrize(
    ("language", "via_my_account", "via_admin_center"),
    [
        (
            "it",
            "Nella pagina Account personale fai clic su «Vai alla fatturazione» o vai all'indirizzo "
            "https://link.logmeininc.com/corp-billing.",
            "Fai clic sul logo di un prodotto esistente nel tuo account oppure vai all'indirizzo "
            "https://link.logmeininc.com/corp-billing.",
        ),
        (
            "en",
            "On the My Account page, click “Go to Billing”, or go to https://link.logmeininc.com/corp-billing.",
            "Click the logo of a product in your account, or go to https://link.logmeininc.com/corp-billing.",
        ),
    ],
)
def test_the_corporate_page_follows_the_path_that_led_to_it(
    make_wizard, language, via_my_account, via_admin_center
) -> None:
    wizard = make_wizard(language)
    walk(wizard, ("choice.start.billing_center", "choice.billing_center.not_the_page", "choice.my_account.corporate"))
    text = plain(wizard.currentPage().findChild(QLabel, "instructions").text())
    assert via_my_account in text
    assert via_admin_center not in text

    wizard = make_wizard(language)
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.select_product"))
    text = plain(wizard.currentPage().findChild(QLabel, "instructions").text())
    assert via_admin_center in text
    assert via_my_account not in text


def test_the_named_verdict_explains_where_the_name_is_and_the_portal_button(make_wizard) -> None:
    wizard = make_wizard("it")
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    page = wizard.currentPage()
    explanation = plain(page.findChild(QLabel, "explanation").text())
    assert explanation == (
        "Il messaggio del Centro di amministrazione indica il tuo amministratore della fatturazione: "
        "ne mostra nome e indirizzo email."
    )
    next_step = plain(page.findChild(QLabel, "next_step").text())
    assert "fai clic su «Email all'amministratore della fatturazione» in quel messaggio" in next_step
    assert "scrivi a questa persona da qui" in next_step


def _lines(html: str, width: int, label: QLabel) -> list[str]:
    """The lines ``html`` is laid out in at ``width`` pixels, in ``label``'s font, as rich text is."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(html)
    document.setTextWidth(width)
    document.size()  # laid out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


@pytest.mark.parametrize("language", ["fr", "pt_BR", "de", "nl"])
def test_no_line_breaks_after_https_or_inside_e_mail_and_screen_readers_hear_the_plain_text(
    make_wizard, language
) -> None:
    wizard = make_wizard(language)
    walk(wizard, ("choice.start.billing_center",))
    label = wizard.currentPage().findChild(QLabel, "instructions")
    shown = plain(label.text())
    assert BILLING_CENTER in shown
    assert re.search(r"\be-mail", shown, re.IGNORECASE)
    # However narrow the page (down to where the address alone fills a line), a line never ends on
    # "https://" or on the hyphen of "e-mail".
    for width in range(250, 720, 2):
        for line in _lines(label.text(), width, label):
            end = line.replace("\u2060", "").rstrip()
            assert not end.endswith("://"), (width, line)
            assert not end.lower().endswith(" e-"), (width, line)
    # What a screen reader is given is the text as written, without the joiners.
    name = QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)
    assert "\u2060" not in name
    assert BILLING_CENTER in name
    assert re.search(r"\be-mail", name, re.IGNORECASE)

    wizard = make_wizard(language)
    walk(wizard, ("choice.start.admin_center",))
    answer = wizard.currentPage().findChild(QRadioButton, "choice.admin_center.contact_billing_admin")
    assert re.search(r"\be-mail", answer.property("sentence"), re.IGNORECASE)
    # Heard with its letter first and the sentence's words (its brackets are said as pauses).
    words = re.compile(r"[\w-]+")
    assert words.findall(answer.accessibleName()) == words.findall("B. " + answer.property("sentence"))
    assert "\u2060" not in answer.accessibleName() + answer.property("sentence")


# English originals in brackets, which a language drops once GoTo's own word is known.
ENGLISH_IN_BRACKETS = (
    "(Go to Billing)",
    "(My Account)",
    "(Subscriptions)",
    "(Corporate Billing Portal)",
    "(Admin Center)",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_names_what_the_portals_show_in_gotos_own_words(make_wizard, language) -> None:
    words = PORTAL_WORDS[language]
    shown: list[str] = []

    def sentence(wizard, choice_id: str) -> str:
        return " ".join(wizard.findChild(QRadioButton, choice_id).property("sentence").split())

    def instructions(wizard) -> str:
        return plain(wizard.currentPage().findChild(QLabel, "instructions").text())

    wizard = make_wizard(language)
    walk(wizard, ("choice.start.billing_center",))
    shown += visible_texts(wizard)
    assert words["billing_center"] in instructions(wizard)
    assert words["subscriptions"] in sentence(wizard, "choice.billing_center.subscriptions")
    assert words["wrong_place"] in sentence(wizard, "choice.billing_center.not_the_page")

    walk(wizard, ("choice.billing_center.not_the_page",))
    shown += visible_texts(wizard)
    assert words["my_account"] in instructions(wizard)
    assert words["go_to_billing"] in sentence(wizard, "choice.my_account.standard")
    corporate = sentence(wizard, "choice.my_account.corporate")
    assert words["go_to_billing"] in corporate
    assert words["corporate_portal"] in corporate

    walk(wizard, ("choice.my_account.corporate",))
    shown += visible_texts(wizard)
    assert words["corporate_portal"] in instructions(wizard)
    assert words["go_to_billing"] in instructions(wizard)

    wizard = make_wizard(language)
    walk(wizard, ("choice.start.admin_center",))
    shown += visible_texts(wizard)
    assert words["admin_center"] in instructions(wizard)
    if "add_licenses" in words:
        assert words["add_licenses"] in instructions(wizard)

    walk(wizard, ("choice.admin_center.contact_billing_admin",))
    shown += visible_texts(wizard)
    if "email_billing_admin" in words:
        assert words["email_billing_admin"] in plain(wizard.currentPage().findChild(QLabel, "next_step").text())

    if language != "en":
        kept = ENGLISH_KEPT.get(language, ())
        assert not [
            text for text in shown for english in ENGLISH_IN_BRACKETS if english in text and english not in kept
        ]
        if PORTAL_WORDS["en"]["wrong_place"] not in kept:
            assert not [text for text in shown if PORTAL_WORDS["en"]["wrong_place"] in text]


# What the Corporate Billing Portal's two verdicts say: the article's own conclusion, and no more.
CORPORATE_VERDICT = {
    "en": (
        "Your account's billing is managed in the Corporate Billing Portal, by those who sign in to it with the "
        "user ID from an invoice sent by email, as you did.",
        "What to do next: For the account's billing, sign in to the Corporate Billing Portal with your user ID and "
        "your password.",
        "You cannot sign in to the Corporate Billing Portal, so you are not the billing admin.",
    ),
    "it": (
        "La fatturazione del tuo account è gestita nel Portale di fatturazione Corporate, da chi vi accede con "
        "l'ID utente ricevuto in una fattura inviata tramite email, come hai fatto tu.",
        "Cosa fare ora: Per la fatturazione dell'account, accedi al Portale di fatturazione Corporate con il tuo ID "
        "utente e la tua password.",
        "Non riesci ad accedere al Portale di fatturazione Corporate, quindi non sei amministratore della "
        "fatturazione.",
    ),
    "de": (
        "Die Abrechnung Ihres Kontos wird im Corporate Billing Portal verwaltet, und zwar von denen, die sich dort "
        "mit der Benutzer-ID aus einer per E-Mail erhaltenen Rechnung anmelden – so wie Sie.",
        "Nächste Schritte: Melden Sie sich für die Abrechnung des Kontos mit Ihrer Benutzer-ID und Ihrem Kennwort "
        "im Corporate Billing Portal an.",
        "Sie können sich nicht im Corporate Billing Portal anmelden, also sind Sie nicht der Abrechnungsadministrator.",
    ),
    "fr": (
        "La facturation de votre compte est gérée dans le portail de facturation Corporate, par les personnes qui "
        "s'y connectent avec l'ID utilisateur figurant sur une facture reçue par e-mail, comme vous l'avez fait.",
        "Que faire ensuite : Pour la facturation du compte, connectez-vous au portail de facturation Corporate "
        "avec votre ID utilisateur et votre mot de passe.",
        "Vous ne parvenez pas à vous connecter au portail de facturation Corporate : vous n'êtes donc pas "
        "l'administrateur de la facturation.",
    ),
    "es": (
        "La facturación de su cuenta se administra en el Portal de facturación para empresas, por quienes inician "
        "sesión en él con el ID de usuario de una factura enviada por correo electrónico, como ha hecho usted.",
        "Qué hacer a continuación: Para la facturación de la cuenta, inicie sesión en el Portal de facturación para "
        "empresas con su ID de usuario y su contraseña.",
        "No puede iniciar sesión en el Portal de facturación para empresas, así que no es el administrador de "
        "facturación.",
    ),
    "pt_BR": (
        "A cobrança da sua conta é gerenciada no Portal de Cobrança Corporativa, por quem faz login nele com o ID "
        "de usuário informado em uma fatura enviada por e-mail, como você fez.",
        "O que fazer em seguida: Para a cobrança da conta, faça login no Portal de Cobrança Corporativa com seu ID "
        "de usuário e sua senha.",
        "Você não consegue fazer login no Portal de Cobrança Corporativa, portanto não é o administrador de cobrança.",
    ),
    "nl": (
        "De facturering van uw account wordt beheerd in het Corporate Billing Portal, door wie zich daar aanmeldt "
        "met de gebruikers-ID van een factuur die per e-mail is verzonden, zoals u hebt gedaan.",
        "Wat u nu kunt doen: Meld u voor de facturering van het account aan bij het Corporate Billing Portal met uw "
        "gebruikers-ID en uw wachtwoord.",
        "U kunt zich niet aanmelden bij het Corporate Billing Portal, dus u bent niet de factureringsbeheerder.",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_corporate_portal_verdicts_say_whether_you_are_the_billing_admin_and_no_more(make_wizard, language) -> None:
    explanation, next_step, cannot = CORPORATE_VERDICT[language]
    wizard = make_wizard(language)
    walk(
        wizard, ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.signed_in")
    )
    page = wizard.currentPage()
    assert page.findChild(QLabel, "headline").text() == HEADLINES[language]["corporate_billing_admin"]
    assert plain(page.findChild(QLabel, "explanation").text()) == explanation
    assert plain(page.findChild(QLabel, "next_step").text()) == next_step

    wizard = make_wizard(language)
    walk(
        wizard,
        ("choice.start.admin_center", "choice.admin_center.select_product", "choice.corporate_portal.cannot_sign_in"),
    )
    page = wizard.currentPage()
    assert page.findChild(QLabel, "headline").text() == HEADLINES[language]["not_corporate_billing_admin"]
    assert plain(page.findChild(QLabel, "explanation").text()) == cannot


# The step marker and the result page's two headings, in each language.
STEP_2 = {
    "en": "Step 2",
    "it": "Passaggio 2",
    "de": "Schritt 2",
    "fr": "Étape 2",
    "es": "Paso 2",
    "pt_BR": "Passo 2",
    "nl": "Stap 2",
}
WHAT_TO_DO_NEXT = {
    "en": ("What to do next:", "Your answers"),
    "it": ("Cosa fare ora:", "Le tue risposte"),
    "de": ("Nächste Schritte:", "Ihre Antworten"),
    "fr": ("Que faire ensuite\u00a0:", "Vos réponses"),
    "es": ("Qué hacer a continuación:", "Sus respuestas"),
    "pt_BR": ("O que fazer em seguida:", "Suas respostas"),
    "nl": ("Wat u nu kunt doen:", "Uw antwoorden"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_step_number_looks_like_a_marker_and_reads_as_words(make_wizard, language) -> None:
    wizard = make_wizard(language)
    walk(wizard, ("choice.start.admin_center",))
    page = wizard.currentPage()
    marker = page.findChild(QLabel, "step_number")
    body = page.findChild(QLabel, "instructions")
    assert marker.text() == STEP_2[language]
    # Bold capitals spaced out, above the instructions' plain text: a marker, not a line of text.
    assert marker.font().bold()
    assert not body.font().bold()
    assert marker.font().capitalization() == QFont.Capitalization.AllUppercase
    assert marker.font().letterSpacing() > 100
    assert marker.geometry().bottom() < body.geometry().top()
    # A screen reader reads the words, not capitals it would spell out.
    assert QAccessible.queryAccessibleInterface(marker).text(QAccessible.Text.Name) == STEP_2[language]


def _first_block_look(label: QLabel) -> tuple[str, int, float]:
    """The first paragraph of a rich-text label as it draws it: its text, weight and point size."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    block = document.begin()
    font = block.begin().fragment().charFormat().font()
    return block.text(), font.weight().value, font.pointSizeF()


@pytest.mark.parametrize("language", LANGUAGES)
def test_what_to_do_next_carries_more_weight_than_your_answers(make_wizard, language) -> None:
    wizard = make_wizard(language)
    walk(wizard, ("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
    page = wizard.currentPage()
    body = page.findChild(QLabel, "explanation").font()
    next_heading, next_weight, next_size = _first_block_look(page.findChild(QLabel, "next_step"))
    answers_heading, answers_weight, answers_size = _first_block_look(page.findChild(QLabel, "answers"))
    assert (next_heading, answers_heading) == WHAT_TO_DO_NEXT[language]
    assert next_weight >= QFont.Weight.Bold.value
    assert next_size > body.pointSizeF()
    assert answers_weight < QFont.Weight.DemiBold.value
    assert answers_size <= body.pointSizeF()
    # The answers themselves are in the text's weight: only their letters are bold.
    answers = page.findChild(QLabel, "answers").text()
    assert "<b>A.</b>" in answers or "<b>B.</b>" in answers
    assert not re.search(r"<b>[A-D]\. [^<]", answers)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_page_fits_a_small_laptop_screen_and_nothing_is_cut(make_wizard, language) -> None:
    for wizard, _, page_id in _every_page(make_wizard, language):
        assert_fits_and_nothing_is_cut(wizard, page_id)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_window_keeps_its_size_along_every_path(make_wizard, language) -> None:
    sizes = set()
    for wizard, _, page_id in _every_page(make_wizard, language):
        sizes.add((page_id, wizard.size().width(), wizard.size().height()))
    assert len({(width, height) for _, width, height in sizes}) == 1, sorted(sizes)


def test_a_long_choice_wraps_instead_of_widening_the_window(qtbot) -> None:
    button = ChoiceButton("A")
    qtbot.addWidget(button)
    button.set_sentence("word " * 80)
    button.resize(300, button.heightForWidth(300))
    assert button.heightForWidth(300) > 3 * button.fontMetrics().height()
    assert button.property("sentence") == "word " * 80
    # Wider spaces wrap it on more lines, the letter's room unchanged: what was measured in the
    # old font is not kept.
    height = button.heightForWidth(300)
    font = button.font()
    font.setWordSpacing(font.wordSpacing() + 20)
    button.setFont(font)
    assert button.heightForWidth(300) > height
    # The whole width is clickable, not only the indicator.
    button.show()
    assert button.hitButton(button.rect().bottomRight())


def _inked(image: QImage, x: int, y: int) -> bool:
    return QColor(image.pixel(x, y)).lightness() < 110


def _first_ink_row(image: QImage, left: int, right: int) -> int:
    """The topmost row with dark ink between the columns ``left`` and ``right``."""
    return next(y for y in range(image.height()) if any(_inked(image, x, y) for x in range(left, right)))


@pytest.mark.parametrize("pixels", range(10, 25))
def test_an_answers_letter_and_its_sentence_share_a_line(qtbot, pixels) -> None:
    # The style draws the letter, the button paints the sentence: at any font size, their
    # capitals start on the same row.
    button = ChoiceButton("A")
    qtbot.addWidget(button)
    font = button.font()
    font.setPixelSize(pixels)
    button.setFont(font)
    button.set_sentence("Dal Centro fatturazione")
    button.resize(400, button.heightForWidth(400))
    image = button.grab().toImage()
    letter_right = QRadioButton.sizeHint(button).width()
    letter_left = letter_right - button.fontMetrics().horizontalAdvance("A.") - 2
    sentence_left = next(x for x in range(letter_right, 400) if any(_inked(image, x, y) for y in range(image.height())))
    assert _first_ink_row(image, letter_left, letter_right) == _first_ink_row(image, sentence_left, sentence_left + 8)


def test_pseudo_translated_pages_still_fit_and_show_everything(make_wizard, monkeypatch) -> None:
    """Every string 40% longer (BILLING_CONTACT_PSEUDO=1): nothing is cut, the window still fits."""
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1")
    try:
        pages = 0
        for wizard, _, page_id in _every_page(make_wizard, "en"):
            pages += 1
            page = wizard.currentPage()
            heading = page.findChild(QLabel, "headline").text() if page_id == "page.verdict" else page.title()
            assert heading.startswith("⟦"), page_id
            assert wizard.button(QWizard.WizardButton.CancelButton).text().startswith("⟦")
            assert_fits_and_nothing_is_cut(wizard, page_id)
        assert pages == sum(len(choices) + 1 for choices, _ in PATHS)
    finally:
        monkeypatch.delenv(i18n.PSEUDO_ENV)


def _english_sources() -> set[str]:
    root = ET.parse(Path(__file__).resolve().parents[2] / "i18n" / "billing_contact_it.ts").getroot()
    sources = {" ".join((m.findtext("source") or "").replace("&", "").split()) for m in root.iter("message")}
    # Qt's own texts for the wizard's buttons, as QWizard shows them in English.
    return sources | {"< Back", "Next >", "Cancel", "Finish", "Help"}


# Names that stay English in some languages because GoTo's own help pages keep them so.
KEPT_NAMES = {"Admin Center", "Corporate Billing Portal", "GoToAssist Remote Support v5"}
# Words a language spells as English does: Dutch asks for "Help" (so does Qt's own Dutch catalog).
SAME_WORDS = {"nl": {"Help"}}


@pytest.mark.parametrize("language", [code for code in i18n.LANGUAGES if code != "en"])
def test_no_visible_string_is_left_in_english(make_wizard, language) -> None:
    english = _english_sources() - KEPT_NAMES - SAME_WORDS.get(language, set())
    pages = 0
    for wizard, _, page_id in _every_page(make_wizard, language):
        pages += 1
        for text in visible_texts(wizard):
            assert text not in english, f"{language} {page_id}: {text!r} is the English source"
    assert pages == sum(len(choices) + 1 for choices, _ in PATHS)
