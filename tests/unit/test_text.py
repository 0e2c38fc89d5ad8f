"""A map's texts as pages show them: escaped, placeholders filled, kept together where a line must
not break."""

from __future__ import annotations

import pytest

from billing_contact.logic.text import fill, fill_html, keep_together, spoken, without_joiners

JOINER = "\u2060"

URLS = {"billing_center": "https://billing.example.com/?a=1&b=2", "admin_center": "https://admin.example.com"}


def test_fill_puts_the_product_and_the_addresses_in_plain_text() -> None:
    text = "Sign in to {billing_center} with your {product} password."
    assert fill(text, "Acme <Remote>", URLS) == (
        "Sign in to https://billing.example.com/?a=1&b=2 with your Acme <Remote> password."
    )


def test_fill_html_escapes_everything_and_puts_addresses_in_bold() -> None:
    text = "Use {admin_center} or {billing_center} for {product} & more."
    assert fill_html(text, "Acme <Remote>", URLS) == (
        f"Use <b>https://{JOINER}admin.example.com</b> or <b>https://{JOINER}billing.example.com/?a=1&amp;b=2</b>"
        " for Acme &lt;Remote&gt; &amp; more."
    )


def test_a_misspelt_placeholder_stays_visible_instead_of_failing() -> None:
    assert fill("Go to {billing_centre}.", "P", URLS) == "Go to {billing_centre}."
    assert fill_html("Go to {billing_centre}.", "P", URLS) == "Go to {billing_centre}."


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Go to https://billing.logmeininc.com.", f"Go to https://{JOINER}billing.logmeininc.com."),
        ("avec l'adresse e-mail et le mot de passe", f"avec l'adresse e{JOINER}-{JOINER}mail et le mot de passe"),
        ("reçue par e-mail.", f"reçue par e{JOINER}-{JOINER}mail."),
        ("mit der E-Mail-Adresse", f"mit der E{JOINER}-{JOINER}Mail-Adresse"),
        ("o endereço de e-mails", f"o endereço de e{JOINER}-{JOINER}mails"),
        # Nothing else is joined: an email, a word that ends in "e-", a colon that is not an address's.
        ("the email address, pre-mail checks", "the email address, pre-mail checks"),
        ("Step 2: the answer", "Step 2: the answer"),
    ],
)
def test_a_page_keeps_an_address_and_e_mail_on_one_line(text: str, shown: str) -> None:
    assert keep_together(text) == shown
    assert without_joiners(shown) == text


# What a screen reader reads aloud at its default punctuation level ("left paren", "colon",
# "left quote", "B dash A dash B", "aperte doppie virgolette"), and how each language writes it.
SPOKEN = [
    (
        "en",
        "A. In the Billing Center (for anyone who thinks they are the billing contact)",
        "A. In the Billing Center, for anyone who thinks they are the billing contact",
    ),
    (
        "en",
        "The billing contact (that is, the billing admin) for your account is a member of your "
        "organization (not a LogMeIn representative) with special privileges: they can change it.",
        "The billing contact, that is, the billing admin, for your account is a member of your "
        "organization, not a LogMeIn representative, with special privileges, they can change it.",
    ),
    ("en", "In the left navigation bar, select “Add Licenses”.", "In the left navigation bar, select Add Licenses."),
    ("en", "Walk code: B-A-B", "Walk code, B, A, B"),
    (
        "en",
        'Step 1 (Who is the billing contact for my account?): "x" is not an answer letter.',
        "Step 1, Who is the billing contact for my account? x is not an answer letter.",
    ),
    ("en", "< Back", "Back"),
    ("en", "Next >", "Next"),
    (
        "it",
        "Nella barra di navigazione a sinistra, seleziona «Aggiungi licenze».",
        "Nella barra di navigazione a sinistra, seleziona Aggiungi licenze.",
    ),
    ("it", "Lingua: Italiano", "Lingua, Italiano"),
    (
        "it",
        "Dal Centro di amministrazione (solo amministratori dell’account)",
        "Dal Centro di amministrazione, solo amministratori dell’account",
    ),
    (
        "de",
        "Wählen Sie in der linken Navigationsleiste „Lizenzen hinzufügen“ aus.",
        "Wählen Sie in der linken Navigationsleiste Lizenzen hinzufügen aus.",
    ),
    ("de", "Antwortcode: B-C-A", "Antwortcode, B, C, A"),
    (
        "fr",
        "Dans la barre de navigation de gauche, sélectionnez «\u00a0Ajouter des licences\u00a0».",
        "Dans la barre de navigation de gauche, sélectionnez Ajouter des licences.",
    ),
    ("fr", "Code de parcours\u00a0: A-B-B-A", "Code de parcours, A, B, B, A"),
    (
        "es",
        "En la barra de navegación de la izquierda, seleccione «Agregar licencias» (Add Licenses).",
        "En la barra de navegación de la izquierda, seleccione Agregar licencias, Add Licenses.",
    ),
    ("es", "Idioma: Español", "Idioma, Español"),
    (
        "pt_BR",
        "Na barra de navegação à esquerda, selecione “Adicionar licenças” (Add Licenses).",
        "Na barra de navegação à esquerda, selecione Adicionar licenças, Add Licenses.",
    ),
    ("pt_BR", "Código do percurso: B-D", "Código do percurso, B, D"),
]


@pytest.mark.parametrize(("language", "text", "expected"), SPOKEN, ids=[f"{s[0]}-{i}" for i, s in enumerate(SPOKEN)])
def test_spoken_says_the_words_and_not_the_punctuation(language: str, text: str, expected: str) -> None:
    del language
    assert spoken(text) == expected


def test_spoken_leaves_addresses_times_numbers_and_words_with_hyphens_alone() -> None:
    text = "Open https://admin.logmeininc.com at 10:30, 1,5 times, by e-mail; or call IT-Support."
    assert spoken(text) == "Open https://admin.logmeininc.com at 10:30, 1,5 times, by e-mail, or call IT-Support."
    # Text without any of it is given back as it is.
    assert spoken("Share summary…") == "Share summary…"
    assert spoken("Copy link") == "Copy link"
