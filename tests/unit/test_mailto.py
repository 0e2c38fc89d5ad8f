"""Addresses typed by the user, and the mailto: URL built from them."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from billing_contact.logic import mailto
from billing_contact.logic.mailto import is_valid_address, mailto_url


@pytest.mark.parametrize("address", ["anna.rossi@example.com", "a+billing@sub.example.it", "x_y-z@ex-ample.co.uk"])
def test_plain_addresses_are_accepted(address: str) -> None:
    assert is_valid_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "",
        "anna rossi@example.com",
        "anna@example.com\n",
        "anna@example.com\r\nBcc: x@example.com",
        "anna@example.com?cc=x@example.com",
        "anna@example.com&body=x",
        "anna%0A@example.com",
        "anna@b@example.com",
        "anna@example",
        "@example.com",
        "anna@",
        "a" * 250 + "@example.com",
        "<anna@example.com>",
        "Anna Rossi <anna@example.com>",
    ],
)
def test_dangerous_or_malformed_addresses_are_refused(address: str) -> None:
    assert not is_valid_address(address)
    with pytest.raises(ValueError, match="not a single plain email address"):
        mailto_url(address, "s", "b")


def test_the_url_decodes_back_to_exactly_the_subject_and_body() -> None:
    subject = "Modifiche & licenze? 100% sì"
    body = "Ciao Zoë Ñúñez,\n\nriga due #1 + due\nFine."
    url = mailto_url("anna@example.com", subject, body)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "anna@example.com"
    query = parse_qs(parts.query, keep_blank_values=True, strict_parsing=True)
    assert query["subject"] == [subject]
    assert query["body"] == [body.replace("\n", "\r\n")]
    assert " " not in url
    assert "\n" not in url


def test_a_mailto_url_is_read_back_as_address_subject_and_body() -> None:
    url = (
        "mailto:anna.rossi@example.com?subject=Cambio%20di%20licenza%3A%2050%25"
        "&body=Ciao%20Anna%2C%0D%0A%0D%0A-%20uno%20%26%20due%0D%0A"
    )
    assert mailto.parse(url) == ("anna.rossi@example.com", "Cambio di licenza: 50%", "Ciao Anna,\n\n- uno & due\n")
    assert mailto.parse("mailto:anna@example.com") == ("anna@example.com", "", "")
    assert mailto.parse("https://admin.logmeininc.com/?subject=x") is None
