"""Billing Contact Assistant: who is the billing contact of a GoToAssist Remote Support v5 account?

The public entry points are ``create_wizard`` and ``main``. Importing the package imports no Qt:
the decision map (``billing_contact.flow``) is usable without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

# The id desktops know the app by: its desktop entry, metainfo and icons are named after it, and
# macOS calls it the bundle identifier.
APP_ID = "org.billingcontact.Assistant"

# The project's home on the web, on the domain the app id names: software centres link to it, the
# .deb's Homepage field names it, and pyproject.toml's project.urls repeats it for PyPI.
HOMEPAGE = "https://billingcontact.org/"

# The languages the app speaks, by catalog code, in the language menu's order, each by its own name
# as that menu shows it whatever language is spoken. English is the source language. (QLocale's
# native names carry a region where we want none, such as "español de España".)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "nl": "Nederlands",
}

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget, QWizard

__all__ = ["APP_ID", "LANGUAGES", "__version__", "create_wizard", "main"]


def create_wizard(language: str | None = None, parent: QWidget | None = None) -> QWizard:
    """Install the catalogs for ``language`` and return the ready, not yet shown, wizard.

    ``language`` is a code such as ``"it"`` or ``"pt_BR"``; None means the language the user chose
    last time in the app, else the system's UI languages in order, else English. An unknown code
    is logged and English is used. The organization's settings (portal addresses, product name,
    contact) are read here. A QApplication must exist.
    """
    from .app import create_wizard as _create

    return _create(language, parent)


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code."""
    from .app import main as _main

    return _main(argv)
