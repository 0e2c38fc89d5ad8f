"""Email addresses as people paste them, and the ``mailto:`` addresses built from them. Qt-free.

An address is copied by hand from the Admin Center's message, an email or a chat, so it comes
with what surrounds it there: a name (``Maria Rossi <maria@example.com>``), angle brackets, a
``mailto:`` link, spaces, the full stop that ended the sentence. ``read_address`` takes that away
and says what is left, or which rule the rest breaks, one rule at a time, the one to fix first.

The check is for what a person can fix and for what would break or hijack a ``mailto:`` (a second
recipient, a header smuggled in with ``?`` or ``&``, a line break), not a full RFC 5322 parser: no
quoted local parts, no comments, no address literals.

A domain with letters beyond ASCII (``müller.de``) goes into the ``mailto:`` in its ASCII form,
its IDNA A-labels (``xn--mller-kva.de``). RFC 6068 also allows it as percent-encoded UTF-8, but
the A-label form is an ordinary domain name, which every mail program and mail server takes
as it is; the percent-encoded form relies on the mail program to decode and convert it. The
A-labels follow IDNA 2008 (``straße.de`` is ``xn--strae-oqa.de``, as browsers and registries
have it), not the standard library's ``idna`` codec, which is IDNA 2003 and would write
``strasse.de``, another domain.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

from .flow import QT_TRANSLATE_NOOP

# RFC 5321's limits: a forward path, and a local part.
MAX_ADDRESS_LENGTH = 254
MAX_LOCAL_LENGTH = 64
# RFC 1035's limit for one label of a domain name.
MAX_LABEL_LENGTH = 63

# The Linguist context of this module's messages.
CONTEXT = "EmailAddress"

# Besides letters and digits, what the part before the @ may hold: RFC 5322's atext without "?",
# "&" and "%", which people never have in an address and which would end or escape a mailto:
# address if anything let them through unencoded.
_LOCAL_SYMBOLS = frozenset("!#$'*+/=^_`{|}~-.")
# What surrounds an address as people copy it: white space (the no-break space of a web page
# included), zero-width characters, and the punctuation that ended a sentence or a list item.
_AROUND = "\u200b\u200c\u200d\u2060\ufeff"
_TRAILING = ".,;"
# Between two addresses in a list.
_SEPARATORS = frozenset(",;<>")


class Problem(enum.Enum):
    """Which rule an address breaks: what the person has to fix."""

    EMPTY = "empty"
    TWO_ADDRESSES = "two_addresses"
    SPACE = "space"
    NO_AT = "no_at"
    TWO_ATS = "two_ats"
    NOTHING_BEFORE_AT = "nothing_before_at"
    NOTHING_AFTER_AT = "nothing_after_at"
    CHARACTER = "character"
    DOTS = "dots"
    DOMAIN_NO_DOT = "domain_no_dot"
    HYPHEN = "hyphen"
    DOMAIN_END = "domain_end"
    TOO_LONG = "too_long"


class Reading(NamedTuple):
    """What was made of a pasted address."""

    # The address itself, without what surrounded it: what the field should show.
    address: str
    # The name written with it ("Maria Rossi" of "Maria Rossi <maria@example.com>"), or "".
    name: str
    # The rule the address breaks, or None when it can be written to.
    problem: Problem | None
    # The character a CHARACTER problem is about.
    character: str = ""


def read_address(text: str) -> Reading:
    """The address in ``text`` as people paste it, and the first rule it breaks, if any.

    Taken away: white space around it, a full stop, comma or semicolon after it, a ``mailto:``
    (with its ``?subject=…``), angle brackets and the name before them. Full-width letters and
    other compatibility forms become their plain forms (Unicode NFKC).
    """
    text = _trim(unicodedata.normalize("NFKC", text))
    text = _without_mailto(text)
    name = ""
    if text.endswith(">") and text.count("<") == 1 and text.count(">") == 1:
        before, _, inside = text[:-1].partition("<")
        name = _display_name(before)
        text = _without_mailto(_trim(inside))
    problem, character = check_address(text)
    return Reading(text, name, problem, character)


def check_address(address: str) -> tuple[Problem | None, str]:
    """The first rule the plain address ``address`` breaks (and the character at fault), or
    ``(None, "")`` when it can be written to."""
    problem = _shape_problem(address)
    if problem is not None:
        return problem, ""
    local, _, domain = address.partition("@")
    for ch in local:
        if not (ch in _LOCAL_SYMBOLS or _letter_or_digit(ch)):
            return Problem.CHARACTER, ch
    for ch in domain:
        if not (ch in "-." or _letter_or_digit(ch)):
            return Problem.CHARACTER, ch
    return _parts_problem(local, domain), ""


def _shape_problem(address: str) -> Problem | None:
    """What is wrong with the whole: nothing, several addresses, a space, not one @ between two parts."""
    if not address:
        return Problem.EMPTY
    ats = address.count("@")
    if ats > 1 and any(ch in _SEPARATORS or ch.isspace() for ch in address):
        return Problem.TWO_ADDRESSES
    if any(ch.isspace() for ch in address):
        return Problem.SPACE
    if ats == 0:
        return Problem.NO_AT
    if ats > 1:
        return Problem.TWO_ATS
    local, _, domain = address.partition("@")
    if not local:
        return Problem.NOTHING_BEFORE_AT
    if not domain:
        return Problem.NOTHING_AFTER_AT
    return None


def _parts_problem(local: str, domain: str) -> Problem | None:
    """What is wrong with the dots, the domain's labels and the lengths."""
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return Problem.DOTS
    if "." not in domain:
        return Problem.DOMAIN_NO_DOT
    if domain.startswith(".") or domain.endswith(".") or ".." in domain:
        return Problem.DOTS
    labels = ascii_domain(domain).split(".")
    if any(label.startswith("-") or label.endswith("-") for label in labels):
        return Problem.HYPHEN
    top = domain.rsplit(".", 1)[1]
    if len(top) < 2 or top.isdigit():
        # The last part names a country or a kind (.it, .com, .рф); an address by number is not
        # what a person copies from a message.
        return Problem.DOMAIN_END
    if (
        len(local.encode("utf-8")) > MAX_LOCAL_LENGTH
        or any(len(label) > MAX_LABEL_LENGTH for label in labels)
        or len(local) + 1 + len(".".join(labels)) > MAX_ADDRESS_LENGTH
    ):
        return Problem.TOO_LONG
    return None


def is_valid_address(address: str) -> bool:
    """True for one plain email address such as ``name@example.com``, nothing around it."""
    return check_address(address)[0] is None


def ascii_domain(domain: str) -> str:
    """``domain`` as ASCII: each label beyond ASCII as its IDNA 2008 A-label, in lower case.

    ``müller.de`` is ``xn--mller-kva.de``. The labels are not checked against IDNA's tables of
    permitted characters: a domain that does not exist bounces like any mistyped one.
    """
    labels = []
    for label in unicodedata.normalize("NFC", domain).lower().split("."):
        labels.append(label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii"))
    return ".".join(labels)


def mailto_url(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068) to ``address`` with ``subject`` and ``body`` percent-encoded.

    The domain goes in as ASCII (``ascii_domain``), a local part beyond ASCII as percent-encoded
    UTF-8, line breaks in the body as CRLF, as RFC 6068 asks. Raises ValueError for an address
    that ``check_address`` refuses.
    """
    if not is_valid_address(address):
        raise ValueError(f"not a single plain email address: {address!r}")
    local, _, domain = address.partition("@")
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return (
        "mailto:"
        + quote(local, safe="!$'*+=-._~")
        + "@"
        + ascii_domain(domain)
        + "?subject="
        + quote(subject, safe="")
        + "&body="
        + quote(body, safe="")
    )


def _letter_or_digit(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum()
    # Letters, digits and the accents that combine with them, in any script.
    return unicodedata.category(ch)[0] in "LMN"


def _trim(text: str) -> str:
    """``text`` without the white space and zero-width characters around it, nor the
    punctuation after it."""
    previous = None
    while text != previous:
        previous = text
        text = text.strip().strip(_AROUND).rstrip(_TRAILING)
    return text


def _without_mailto(text: str) -> str:
    """The address of a ``mailto:`` link, percent-decoded, without its fields; other text as it is."""
    if text[:7].lower() != "mailto:":
        return text
    return _trim(unquote(text[7:].partition("?")[0]))


def _display_name(text: str) -> str:
    """The name before ``<address>``: without quotes; "" if it is an address itself, as in
    ``maria@example.com <mailto:maria@example.com>``."""
    name = " ".join(text.split()).strip("\"' ")
    return "" if "@" in name else name


# -- what each problem says ---------------------------------------------------------------------

_MESSAGES: dict[Problem, str] = {
    Problem.EMPTY: QT_TRANSLATE_NOOP("EmailAddress", "Enter an email address, such as name@example.com."),
    Problem.TWO_ADDRESSES: QT_TRANSLATE_NOOP("EmailAddress", "There is more than one address here: enter only one."),
    Problem.SPACE: QT_TRANSLATE_NOOP("EmailAddress", "There is a space inside the address: an email address has none."),
    Problem.NO_AT: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is no @ in the address: an email address has one, as in name@example.com."
    ),
    Problem.TWO_ATS: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is more than one @ in the address: an email address has only one."
    ),
    Problem.NOTHING_BEFORE_AT: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is nothing before the @: an address starts with a name, as in name@example.com."
    ),
    Problem.NOTHING_AFTER_AT: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is nothing after the @: an address ends with a domain, as in name@example.com."
    ),
    Problem.CHARACTER: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is “{character}” in the address: an email address cannot contain it."
    ),
    Problem.DOTS: QT_TRANSLATE_NOOP(
        "EmailAddress",
        "There is a dot in the wrong place: a dot cannot come first, last, next to the @ or twice in a row.",
    ),
    Problem.DOMAIN_NO_DOT: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is no dot after the @: the domain has one, as in example.com."
    ),
    Problem.HYPHEN: QT_TRANSLATE_NOOP(
        "EmailAddress", "There is a hyphen in the wrong place: a part of the domain cannot start or end with one."
    ),
    Problem.DOMAIN_END: QT_TRANSLATE_NOOP(
        "EmailAddress",
        "The domain does not end with a name: it ends as in .com or .it, not with a number or a single letter.",
    ),
    Problem.TOO_LONG: QT_TRANSLATE_NOOP("EmailAddress", "The address is too long to be an email address."),
}


def _untranslated(context: str, text: str) -> str:
    del context
    return text


def describe(problem: Problem, character: str = "", translate: Callable[[str, str], str] = _untranslated) -> str:
    """``problem`` in a sentence; ``translate(context, source)`` translates it."""
    # A character that shows nothing (a control character) is named by its code point.
    shown = character if character.isprintable() else f"U+{ord(character):04X}"
    return translate(CONTEXT, _MESSAGES[problem]).format(character=shown)


class Email(NamedTuple):
    """What a ``mailto:`` URL holds, in plain words."""

    address: str
    subject: str
    body: str


def parse(url: str) -> Email | None:
    """The address, subject and body of a ``mailto:`` ``url``; None for any other address."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "mailto":
        return None
    fields = parse_qs(parts.query, keep_blank_values=True)

    def field(name: str) -> str:
        return next(iter(fields.get(name, [])), "").replace("\r\n", "\n")

    local, at, domain = unquote(parts.path).rpartition("@")
    # The domain in its own letters, as ascii_domain() took it from them.
    labels = [
        label[4:].encode("ascii").decode("punycode") if label.startswith("xn--") else label
        for label in domain.split(".")
    ]
    return Email(local + at + ".".join(labels), field("subject"), field("body"))
