"""Email addresses typed by the user, and the ``mailto:`` addresses built from them. Qt-free.

The address is copied by hand from the Admin Center message, so the check is for what would
break or hijack a ``mailto:`` (a second recipient, a header smuggled in with ``?`` or ``&``, a line
break), not a full RFC 5322 parser.
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qs, quote, unquote, urlsplit

# RFC 5321's limit for a forward path.
MAX_ADDRESS_LENGTH = 254

# One local part, one "@", a domain of dot-separated labels with a letter-only last label.
# No white space, no quotes, no "?", "&" or "%": those would split or extend the mailto URL.
_LOCAL = r"[A-Za-z0-9!#$'*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!#$'*+/=^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")


def is_valid_address(address: str) -> bool:
    """True for one plain email address such as ``name@example.com``."""
    return len(address) <= MAX_ADDRESS_LENGTH and _ADDRESS.fullmatch(address) is not None


def mailto_url(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` URL (RFC 6068) to ``address`` with ``subject`` and ``body`` percent-encoded.

    Line breaks in the body become CRLF, as RFC 6068 asks. Raises ValueError for an address
    that ``is_valid_address`` refuses.
    """
    if not is_valid_address(address):
        raise ValueError(f"not a single plain email address: {address!r}")
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return (
        "mailto:" + quote(address, safe="@") + "?subject=" + quote(subject, safe="") + "&body=" + quote(body, safe="")
    )


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

    return Email(unquote(parts.path), field("subject"), field("body"))
