"""What each page shows: instructions, the portal and its address, the choices, and the words used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWizard

from billing_contact.services import i18n
from billing_contact.ui.widgets import ChoiceButton
from helpers import assert_fits_and_nothing_is_cut, choose, next_page, plain, visible_texts, walk
from oracle import ADMIN_CENTER, BILLING_CENTER, CORPORATE_PORTAL, PATHS

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
