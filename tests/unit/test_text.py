"""A map's texts as pages show them: escaped, placeholders filled, kept together where a line must
not break."""

from __future__ import annotations

import pytest

from billing_contact.logic.text import fill, fill_html, keep_together, without_joiners

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
