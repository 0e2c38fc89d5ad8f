"""A map's texts as the pages show them: placeholders filled, HTML escaped. Qt-free.

The map's strings name the product and the portals' addresses by placeholders (``{product}``,
``{billing_center}``), filled in after translation with the organization's values.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import escape

# U+2060 WORD JOINER: no line break on either side of it, and nothing drawn.
WORD_JOINER = "\u2060"
# Where a wrapped line must not break: after an address's "https://", and at the hyphen of
# "e-mail" (French, Portuguese, and Dutch "e-mailadres") or "E-Mail" (German).
_UNBREAKABLE = re.compile(r"(?<=://)(?=\S)|(?<=\be)(?=-mail)|(?<=\be-)(?=mail)", re.IGNORECASE)


def keep_together(text: str) -> str:
    """``text`` as a page shows it: a word joiner where a line must not break. For display only:
    what is copied, saved, sent or read by a screen reader is the text without it."""
    return _UNBREAKABLE.sub(WORD_JOINER, text)


def without_joiners(text: str) -> str:
    """``text`` as ``keep_together`` had it, joiners taken out."""
    return text.replace(WORD_JOINER, "")


class _Placeholders(dict[str, str]):
    # A placeholder a translation misspells stays visible rather than stopping the app; the
    # catalog tests catch it before a user does.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, product: str, urls: Mapping[str, str]) -> str:
    """``text`` as plain text, its placeholders filled."""
    return text.format_map(_Placeholders(product=product, **urls))


def fill_html(text: str, product: str, urls: Mapping[str, str]) -> str:
    """``text`` as a page shows it, in HTML: its placeholders filled, the addresses in bold, kept
    together where a line must not break."""
    html = escape(text).replace("{product}", escape(product))
    for portal_id, url in urls.items():
        html = html.replace("{" + portal_id + "}", f"<b>{escape(url)}</b>")
    return keep_together(html)


# What a screen reader says aloud at its default punctuation level (Orca's "most"), and what
# stands in for it: brackets, colons that end a clause (a space or the end after them; French
# puts a no-break space before them: not "https://" or "10:30"), semicolons and spaced dashes
# become commas; quotation marks of every language go, their words stay; "<" and ">" drawn as
# arrows go. Full stops, commas, question marks and apostrophes are heard as pauses, not words.
_CODE = re.compile(r"(?<![\w-])[A-Z](?:-[A-Z])+(?![\w-])")
_QUOTES = re.compile(r"[\"“”„‟«»‹›‘‚]")
_ARROWS = re.compile(r"(?<!\S)[<>](?!\S)")
_PAUSES = re.compile(r"[()\[\]]|[\s\u00a0\u202f]*[:;](?=\s|$)|\s[–—](?=\s)")
_COMMAS = re.compile(r"\s*,(?:\s*,)*")


def spoken(text: str) -> str:
    """``text`` as a screen reader should say it, while the screen keeps its typography: no
    "left paren", "colon" or "quote" read aloud, and a walk code said letter by letter
    ("B, A, B", not "B dash A dash B"); no word joiners either."""
    text = without_joiners(text)
    text = _CODE.sub(lambda match: ", ".join(match.group().split("-")), text)
    text = _QUOTES.sub("", text)
    text = _ARROWS.sub(" ", text)
    text = _PAUSES.sub(" , ", text)
    text = " ".join(text.split())
    # One comma where pauses meet, none before another stop or after one, none at either end.
    text = _COMMAS.sub(",", text)
    text = re.sub(r"\s+(?=[.!?…])", "", text)
    text = re.sub(r",+(?=[.!?…])|(?<=[.!?…]),", "", text)
    return text.strip(" ,")
