"""Words the native speakers asked for, checked in the catalogs themselves: one name for the walk
code in each language, "&" where the symbol is meant, the request of an email starting as a
sentence should, and the readings they corrected."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).resolve().parents[2] / "i18n"

# The one name of the walk code in each language, wherever it is named.
WALK_CODE = {
    "it": ("codice del percorso", "codici del percorso"),
    "de": ("antwortcode",),
    "fr": ("code de parcours", "codes de parcours"),
    "es": ("código de recorrido", "códigos de recorrido"),
    "pt_BR": ("código do percurso", "códigos do percurso"),
    "nl": ("antwoordcode",),
}


def messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message of ``language``'s catalog."""
    root = ET.parse(I18N / f"billing_contact_{language}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.findtext("translation") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translation(language: str, source: str) -> str:
    (found,) = [text for _, message_source, text in messages(language) if message_source == source]
    return found


@pytest.mark.parametrize("language", WALK_CODE)
def test_each_language_names_the_walk_code_one_way_everywhere(language: str) -> None:
    named = [
        (source, text)
        for _, source, text in messages(language)
        if re.search(r"walk[ -]code|walk code", source.replace("&", ""), re.IGNORECASE)
    ]
    # The button, the dialog and its field, the result page, the summary, the help, the command line.
    assert len(named) >= 8
    terms = WALK_CODE[language]
    assert not [text for _, text in named if not any(term in text.replace("&", "").lower() for term in terms)]


@pytest.mark.parametrize(
    ("language", "button"),
    [
        ("it", "Apri codice del percorso…"),
        ("de", "Antwortcode öffnen…"),
        ("fr", "Ouvrir un code de parcours…"),
        ("es", "Abrir un código de recorrido…"),
        ("pt_BR", "Abrir código do percurso…"),
        ("nl", "Antwoordcode openen…"),
    ],
)
def test_the_walk_code_button_names_the_walk_code(language: str, button: str) -> None:
    assert translation(language, "Open a walk code…") == button


# The ampersand said in words, as the native speakers found it ("e commerciali", "signo et", "e
# comercial"), in any of the languages.
AMPERSAND_IN_WORDS = ("commercial", "signo et", "e comercial", "und-zeichen", "esperluette", "ampersand", "en-teken")


@pytest.mark.parametrize("language", [*WALK_CODE])
def test_the_ampersand_is_never_spelled_out(language: str) -> None:
    said = [text for _, _, text in messages(language) if any(words in text.lower() for words in AMPERSAND_IN_WORDS)]
    assert not said


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("it", "Nell'indirizzo c'è «{character}»: un indirizzo email non può contenerlo."),
        ("es", "Hay «{character}» en la dirección: una dirección de correo no puede contenerlo."),
        ("pt_BR", "Há “{character}” no endereço: um endereço de e-mail não pode contê-lo."),
        ("nl", "Er staat “{character}” in het adres: dat kan een e-mailadres niet bevatten."),
    ],
)
def test_a_character_an_address_cannot_hold_is_shown_as_itself(language: str, refusal: str) -> None:
    # "&" among them: the character itself, in quotes, rather than its name.
    assert (
        translation(language, "There is “{character}” in the address: an email address cannot contain it.") == refusal
    )


@pytest.mark.parametrize("language", ["es", "pt_BR", "nl"])
def test_an_emails_request_starts_with_a_capital_after_the_greeting(language: str) -> None:
    # The greeting ends with a colon (Spanish) or a comma on a line of its own (Portuguese), and the
    # request that follows it starts a sentence.
    requests = [text for context, source, text in messages(language) if context == "Email" and source.startswith("I ")]
    assert len(requests) >= 2
    assert not [text for text in requests if not text[0].isupper()]


def test_german_says_which_the_message_shows_not_you() -> None:
    text = translation(
        "de", "The Admin Center's message names your billing admin: it shows their name and email address."
    )
    assert "Die Meldung nennt Name und E-Mail-Adresse." in text
    assert "Sie zeigt" not in text


def test_spanish_asks_to_choose_the_one_you_see_in_the_subjunctive() -> None:
    assert translation("es", "One of the following happens: choose the one you see.").endswith("elija la que vea.")
