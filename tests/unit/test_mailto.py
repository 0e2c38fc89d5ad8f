"""Addresses as people paste them, the rule a refused one breaks, and the mailto: URL built from them."""

from __future__ import annotations

import string
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from billing_contact.logic import mailto
from billing_contact.logic.mailto import (
    Problem,
    ascii_domain,
    check_address,
    describe,
    is_valid_address,
    mailto_url,
    read_address,
)


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
def test_dangerous_or_malformed_plain_addresses_are_refused(address: str) -> None:
    assert not is_valid_address(address)
    with pytest.raises(ValueError, match="not a single plain email address"):
        mailto_url(address, "s", "b")


@pytest.mark.parametrize(
    ("pasted", "address", "name"),
    [
        ("Maria Rossi <maria@example.com>", "maria@example.com", "Maria Rossi"),
        ("<maria@example.com>", "maria@example.com", ""),
        ("mailto:maria@example.com", "maria@example.com", ""),
        ("MailTo:maria@example.com", "maria@example.com", ""),
        ("  maria@example.com  ", "maria@example.com", ""),
        ("maria@example.com.", "maria@example.com", ""),
        (" maria@example.com. ", "maria@example.com", ""),
        ("\u00a0maria@example.com;\u200b", "maria@example.com", ""),
        ('"Rossi, Maria" <maria@example.com>', "maria@example.com", "Rossi, Maria"),
        ("Maria Rossi <maria@example.com>.", "maria@example.com", "Maria Rossi"),
        # Outlook's plain text of a link, and a link copied with its fields.
        ("maria@example.com <mailto:maria@example.com>", "maria@example.com", ""),
        ("Maria Rossi <mailto:maria@example.com>", "maria@example.com", "Maria Rossi"),
        ("mailto:maria@example.com?subject=Licenses&body=Hi", "maria@example.com", ""),
        ("mailto:maria.rossi%40example.com", "maria.rossi@example.com", ""),
        # Typed in full width, as an East Asian keyboard may.
        ("ｍａｒｉａ＠ｅｘａｍｐｌｅ．ｃｏｍ", "maria@example.com", ""),
        ("info@müller.de", "info@müller.de", ""),
        ("Jörg Müller <info@müller.de>", "info@müller.de", "Jörg Müller"),
    ],
)
def test_an_address_is_read_as_people_paste_it(pasted: str, address: str, name: str) -> None:
    reading = read_address(pasted)
    assert reading.problem is None
    assert (reading.address, reading.name) == (address, name)


@pytest.mark.parametrize(
    ("typed", "problem", "character"),
    [
        ("", Problem.EMPTY, ""),
        ("   ", Problem.EMPTY, ""),
        ("mailto:", Problem.EMPTY, ""),
        ("maria.example.com", Problem.NO_AT, ""),
        ("@example.com", Problem.NOTHING_BEFORE_AT, ""),
        ("maria@", Problem.NOTHING_AFTER_AT, ""),
        ("maria@example", Problem.DOMAIN_NO_DOT, ""),
        ("maria rossi@example.com", Problem.SPACE, ""),
        ("maria@example .com", Problem.SPACE, ""),
        ("maria@@example.com", Problem.TWO_ATS, ""),
        ("maria@rossi@example.com", Problem.TWO_ATS, ""),
        ("maria@example.com, anna@example.com", Problem.TWO_ADDRESSES, ""),
        ("maria@example.com;anna@example.com", Problem.TWO_ADDRESSES, ""),
        ("maria@example.com anna@example.com", Problem.TWO_ADDRESSES, ""),
        ("Maria <maria@example.com>, Anna <anna@example.com>", Problem.TWO_ADDRESSES, ""),
        ("mailto:maria@example.com,anna@example.com", Problem.TWO_ADDRESSES, ""),
        ("maria?@example.com", Problem.CHARACTER, "?"),
        ("maria@example.com&body=x", Problem.CHARACTER, "&"),
        ("maria%0A@example.com", Problem.CHARACTER, "%"),
        ("mailto:maria%0A@example.com", Problem.SPACE, ""),
        ("maria,rossi@example.com", Problem.CHARACTER, ","),
        ("maria@exa_mple.com", Problem.CHARACTER, "_"),
        ('"maria"@example.com', Problem.CHARACTER, '"'),
        ("maria\x07@example.com", Problem.CHARACTER, "\x07"),
        (".maria@example.com", Problem.DOTS, ""),
        ("maria.@example.com", Problem.DOTS, ""),
        ("maria..rossi@example.com", Problem.DOTS, ""),
        ("maria@.example.com", Problem.DOTS, ""),
        ("maria@example..com", Problem.DOTS, ""),
        ("maria@-example.com", Problem.HYPHEN, ""),
        ("maria@example-.com", Problem.HYPHEN, ""),
        ("maria@example.c", Problem.DOMAIN_END, ""),
        ("maria@10.0.0.1", Problem.DOMAIN_END, ""),
        ("a" * 65 + "@example.com", Problem.TOO_LONG, ""),
        ("maria@" + "a" * 64 + ".com", Problem.TOO_LONG, ""),
        ("maria@" + "abcdefghi." * 25 + "com", Problem.TOO_LONG, ""),
    ],
)
def test_a_refused_address_names_the_rule_it_breaks(typed: str, problem: Problem, character: str) -> None:
    reading = read_address(typed)
    assert (reading.problem, reading.character) == (problem, character)


@pytest.mark.parametrize(
    ("problem", "character", "message"),
    [
        (Problem.NO_AT, "", "There is no @ in the address: an email address has one, as in name@example.com."),
        (
            Problem.NOTHING_BEFORE_AT,
            "",
            "There is nothing before the @: an address starts with a name, as in name@example.com.",
        ),
        (Problem.DOMAIN_NO_DOT, "", "There is no dot after the @: the domain has one, as in example.com."),
        (Problem.SPACE, "", "There is a space inside the address: an email address has none."),
        (Problem.TWO_ATS, "", "There is more than one @ in the address: an email address has only one."),
        (Problem.CHARACTER, "?", "There is “?” in the address: an email address cannot contain it."),
        (Problem.CHARACTER, "\x07", "There is “U+0007” in the address: an email address cannot contain it."),
    ],
)
def test_each_problem_is_said_in_a_sentence(problem: Problem, character: str, message: str) -> None:
    assert describe(problem, character) == message


def test_every_problem_has_its_own_message() -> None:
    messages = [describe(problem, "x") for problem in Problem]
    assert len(set(messages)) == len(Problem)


@pytest.mark.parametrize(
    ("domain", "ascii"),
    [
        ("example.com", "example.com"),
        ("Example.COM", "example.com"),
        ("müller.de", "xn--mller-kva.de"),
        ("MÜLLER.de", "xn--mller-kva.de"),
        # IDNA 2008, as browsers and registries: not IDNA 2003's "strasse.de", another domain.
        ("straße.de", "xn--strae-oqa.de"),
        ("納豆.example.org", "xn--99zt52a.example.org"),
        ("xn--mller-kva.de", "xn--mller-kva.de"),
    ],
)
def test_a_domain_beyond_ascii_is_written_with_its_a_labels(domain: str, ascii: str) -> None:
    assert ascii_domain(domain) == ascii


def test_an_internationalized_domain_goes_into_the_mailto_as_ascii() -> None:
    url = mailto_url("info@müller.de", "Grüße", "Zoë")
    assert url == "mailto:info@xn--mller-kva.de?subject=Gr%C3%BC%C3%9Fe&body=Zo%C3%AB"


def test_a_local_part_beyond_ascii_is_percent_encoded_utf8() -> None:
    assert mailto_url("zoë@example.com", "s", "b").startswith("mailto:zo%C3%AB@example.com?")


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


# -- properties ---------------------------------------------------------------------------------

_ATOM = st.text(alphabet=string.ascii_letters + string.digits + "!#$'*+/=^_`{|}~-", min_size=1, max_size=10)
_LOCAL = st.lists(_ATOM, min_size=1, max_size=3).map(".".join)
_LABEL = st.one_of(
    st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True),
    st.sampled_from(["müller", "bücher", "straße", "納豆", "пример", "ελληνικά"]),
)
_TOP = st.one_of(st.from_regex(r"[a-z]{2,6}", fullmatch=True), st.sampled_from(["de", "it", "рф", "中国"]))
_DOMAIN = st.builds(lambda labels, top: ".".join([*labels, top]), st.lists(_LABEL, min_size=1, max_size=3), _TOP)
ADDRESSES = st.builds(lambda local, domain: f"{local}@{domain}", _LOCAL, _DOMAIN)
# What people paste around an address.
WRAPPINGS = st.sampled_from(
    [
        "{a}",
        " {a} ",
        "{a}.",
        "<{a}>",
        "Maria Rossi <{a}>",
        '"Rossi, Maria" <{a}>',
        "mailto:{a}",
        "mailto:{a}?subject=Hello",
        "{a} <mailto:{a}>",
        "\u00a0{a};",
    ]
)


@given(address=ADDRESSES, wrapping=WRAPPINGS)
def test_every_valid_address_is_read_back_from_any_wrapping(address: str, wrapping: str) -> None:
    assert read_address(address).problem is None
    reading = read_address(wrapping.format(a=address))
    assert reading.problem is None
    assert reading.address == address


# Any text at all, and valid addresses with stray characters around or inside them.
TYPED = st.one_of(
    st.text(max_size=80),
    st.builds(
        lambda wrapping, address, before, after: before + wrapping.format(a=address) + after,
        WRAPPINGS,
        ADDRESSES,
        st.text(max_size=2),
        st.text(max_size=2),
    ),
)


@given(text=TYPED)
@example("maria@example.com\r\nBcc: x@example.com")
@example("mailto:a@x.com%3Fcc%3Db@y.com")
@example("mailto:a%40b@x.com")
def test_whatever_is_typed_an_accepted_address_makes_a_mailto_with_one_recipient(text: str) -> None:
    reading = read_address(text)
    if reading.problem is not None:
        assert describe(reading.problem, reading.character)
        return
    # Read again, it stays the same: what the field shows once cleaned is accepted as it is.
    assert read_address(reading.address) == (reading.address, "", None, "")
    url = mailto_url(reading.address, "subject", "body")
    assert url.isascii()
    assert url.isprintable()
    assert " " not in url
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path.count("@") == 1
    assert "," not in unquote(parts.path)
    assert parse_qs(parts.query, strict_parsing=True) == {"subject": ["subject"], "body": ["body"]}
    local, _, domain = unquote(parts.path).partition("@")
    assert (local, domain) == (reading.address.split("@")[0], ascii_domain(reading.address.split("@")[1]))


def test_check_address_is_what_read_address_says_of_a_plain_address() -> None:
    assert check_address("maria@example") == (Problem.DOMAIN_NO_DOT, "")
    assert check_address("maria@example.com") == (None, "")


def test_a_mailto_url_is_read_back_as_address_subject_and_body() -> None:
    url = (
        "mailto:anna.rossi@example.com?subject=Cambio%20di%20licenza%3A%2050%25"
        "&body=Ciao%20Anna%2C%0D%0A%0D%0A-%20uno%20%26%20due%0D%0A"
    )
    assert mailto.parse(url) == ("anna.rossi@example.com", "Cambio di licenza: 50%", "Ciao Anna,\n\n- uno & due\n")
    assert mailto.parse("mailto:anna@example.com") == ("anna@example.com", "", "")
    assert mailto.parse("https://admin.logmeininc.com/?subject=x") is None


def test_an_idn_address_is_read_back_in_its_own_letters() -> None:
    url = mailto_url("anna@müller.de", "Hallo", "Text")
    assert mailto.parse(url) == ("anna@müller.de", "Hallo", "Text")
