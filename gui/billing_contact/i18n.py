"""Which language to speak, and the Qt catalogs that speak it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

_log = logging.getLogger(__name__)

# The languages the app ships, by catalog code. English is the source language.
LANGUAGES: tuple[str, ...] = ("en", "it")
FALLBACK = "en"

# Where the compiled catalogs (``billing_contact_<code>.qm``) live inside the package.
CATALOG_DIR = Path(__file__).resolve().parent / "translations"


def normalize(code: str, available: Iterable[str] = LANGUAGES) -> str | None:
    """The shipped catalog code for a language tag such as ``it``, ``it-IT`` or ``pt_br``.

    An exact match (region included) wins; otherwise the language alone; otherwise None.
    """
    shipped = {c.lower(): c for c in available}
    tag = code.strip().replace("-", "_").lower()
    if tag in shipped:
        return shipped[tag]
    language = tag.split("_", 1)[0]
    if language in shipped:
        return shipped[language]
    # "pt" alone still means the one Portuguese we ship, whatever its region.
    regional = [c for low, c in shipped.items() if low.split("_", 1)[0] == language]
    return regional[0] if len(regional) == 1 and language else None


def choose(requested: str | None, ui_languages: Iterable[str], available: Iterable[str] = LANGUAGES) -> str:
    """The language to use: ``requested`` if shipped, else the first shipped UI language, else English."""
    available = tuple(available)
    if requested:
        found = normalize(requested, available)
        if found is not None:
            return found
        _log.warning(
            "Unknown language %r: the available languages are %s. Using %s.",
            requested,
            ", ".join(available),
            FALLBACK,
        )
        return FALLBACK
    for tag in ui_languages:
        found = normalize(tag, available)
        if found is not None:
            return found
    return FALLBACK


def system_ui_languages() -> list[str]:
    """The user's preferred UI languages, most preferred first."""
    return list(QLocale.system().uiLanguages())


class Catalogs:
    """The translators installed on the application; installing a language replaces them.

    Each language's catalogs are read from disk once and kept, so that switching back and forth
    costs no file access.
    """

    def __init__(self) -> None:
        self._loaded: dict[str, list[QTranslator]] = {}
        self._missing: set[str] = set()
        self._installed: list[QTranslator] = []
        self.language = FALLBACK

    def install(self, language: str) -> str:
        """Install Qt's and the app's catalogs for ``language``; return the language now spoken.

        A missing or unreadable app catalog is logged (once) and English is used instead: the app
        never stops for a translation.
        """
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create a QApplication before installing catalogs")
        translators = self._loaded.get(language)
        if translators is None:
            if language in self._missing:
                return self.install(FALLBACK)
            found = self._load(app, language)
            if found is None:
                self._missing.add(language)
                _log.warning(
                    "The %s catalog is missing or unreadable in %s: using %s.", language, CATALOG_DIR, FALLBACK
                )
                return self.install(FALLBACK)
            translators = self._loaded[language] = found
        for old in self._installed:
            QCoreApplication.removeTranslator(old)
        # QCoreApplication asks the most recently installed translator first, so Qt's own catalog
        # (the wizard's Back, Next, Cancel) goes in first and the app's catalog, installed after
        # it, wins wherever both translate the same text.
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        self.language = language
        QLocale.setDefault(QLocale(language))
        return language

    @staticmethod
    def _load(app: QCoreApplication, language: str) -> list[QTranslator] | None:
        """Qt's and the app's catalogs for ``language``, Qt's first; None without the app's."""
        translators: list[QTranslator] = []
        qt_catalog = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_catalog.load(f"qtbase_{language}", qt_dir):
            translators.append(qt_catalog)
        elif language != FALLBACK:
            _log.warning("Qt's catalog qtbase_%s is missing in %s: its buttons stay in English.", language, qt_dir)
        app_catalog = QTranslator(app)
        if app_catalog.load(f"billing_contact_{language}", str(CATALOG_DIR)):
            translators.append(app_catalog)
        elif language != FALLBACK:
            return None
        # English is the source language: without its catalog the source text still reads right.
        return translators


# The one set of catalogs of this process.
catalogs = Catalogs()
