"""A map's texts as pages show them: escaped, placeholders filled."""

from __future__ import annotations

from billing_contact.logic.text import fill, fill_html

URLS = {"billing_center": "https://billing.example.com/?a=1&b=2", "admin_center": "https://admin.example.com"}


def test_fill_puts_the_product_and_the_addresses_in_plain_text() -> None:
    text = "Sign in to {billing_center} with your {product} password."
    assert fill(text, "Acme <Remote>", URLS) == (
        "Sign in to https://billing.example.com/?a=1&b=2 with your Acme <Remote> password."
    )


def test_fill_html_escapes_everything_and_puts_addresses_in_bold() -> None:
    text = "Use {admin_center} or {billing_center} for {product} & more."
    assert fill_html(text, "Acme <Remote>", URLS) == (
        "Use <b>https://admin.example.com</b> or <b>https://billing.example.com/?a=1&amp;b=2</b>"
        " for Acme &lt;Remote&gt; &amp; more."
    )


def test_a_misspelt_placeholder_stays_visible_instead_of_failing() -> None:
    assert fill("Go to {billing_centre}.", "P", URLS) == "Go to {billing_centre}."
    assert fill_html("Go to {billing_centre}.", "P", URLS) == "Go to {billing_centre}."
