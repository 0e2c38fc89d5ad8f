"""A map's texts as the pages show them: placeholders filled, HTML escaped. Qt-free.

The map's strings name the product and the portals' addresses by placeholders (``{product}``,
``{billing_center}``), filled in after translation with the organization's values.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape


class _Placeholders(dict[str, str]):
    # A placeholder a translation misspells stays visible rather than stopping the app; the
    # catalog tests catch it before a user does.
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(text: str, product: str, urls: Mapping[str, str]) -> str:
    """``text`` as plain text, its placeholders filled."""
    return text.format_map(_Placeholders(product=product, **urls))


def fill_html(text: str, product: str, urls: Mapping[str, str]) -> str:
    """``text`` as HTML, its placeholders filled, the addresses in bold."""
    html = escape(text).replace("{product}", escape(product))
    for portal_id, url in urls.items():
        html = html.replace("{" + portal_id + "}", f"<b>{escape(url)}</b>")
    return html
