"""Which language to speak, and the Qt catalogs that speak it."""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from .. import LANGUAGES as _SHIPPED
from ..logic.flow import CONTEXT

_log = logging.getLogger(__name__)

# The languages the app ships, by catalog code, in menu order, and each by its own name: both the
# package's LANGUAGES, the one list the build and the packages read too.
LANGUAGES: tuple[str, ...] = tuple(_SHIPPED)
ENDONYMS: dict[str, str] = _SHIPPED
FALLBACK = "en"

# Set to 1 to stretch every string by 40% and mark its ends, to prove layouts survive long
# languages (as Vorta does); any catalog's text is replaced, Qt's own included.
PSEUDO_ENV = "BILLING_CONTACT_PSEUDO"

# Where the compiled catalogs (``billing_contact_<code>.qm``) live inside the package.
CATALOG_DIR = Path(__file__).resolve().parents[1] / "translations"


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


class LanguageChoice(NamedTuple):
    language: str
    # Why the requested language could not be used, for the user to read; None when all is well.
    problem: str | None = None


def unknown_language_message(code: str, available: Iterable[str] = LANGUAGES) -> str:
    return QCoreApplication.translate(
        "Language", "Unknown language {code}: the available languages are {languages}."
    ).format(code=repr(code), languages=", ".join(available))


def choose(
    requested: str | None,
    remembered: str | None,
    ui_languages: Iterable[str],
    available: Iterable[str] = LANGUAGES,
) -> LanguageChoice:
    """The language to start in.

    A language asked for on the command line wins; an unknown one is reported and English used.
    Then the language the user chose last time; then the system's UI languages in order; then
    English.
    """
    available = tuple(available)
    if requested:
        found = normalize(requested, available)
        if found is not None:
            return LanguageChoice(found)
        problem = unknown_language_message(requested, available)
        _log.warning("%s Using %s.", problem, FALLBACK)
        return LanguageChoice(FALLBACK, problem)
    if remembered:
        found = normalize(remembered, available)
        if found is not None:
            return LanguageChoice(found)
        _log.warning("The remembered language %r is not available: ignored.", remembered)
    for tag in ui_languages:
        found = normalize(tag, available)
        if found is not None:
            return LanguageChoice(found)
    return LanguageChoice(FALLBACK)


def system_ui_languages() -> list[str]:
    """The user's preferred UI languages, most preferred first."""
    return list(QLocale.system().uiLanguages())


def console_translator(language: str) -> Callable[[str, str], str]:
    """``translate(context, source)`` in ``language``, for what is said before the application
    object exists (the command line's messages): QCoreApplication.translate needs one."""
    translator = QTranslator()
    if language == FALLBACK or not translator.load(f"billing_contact_{language}", str(CATALOG_DIR)):
        return lambda context, source: source
    return lambda context, source: translator.translate(context, source) or source


class Catalogs:
    """The translators installed on the application; installing a language replaces them.

    Each language's catalogs are read from disk once and kept, so that switching back and forth
    costs no file access.
    """

    def __init__(self) -> None:
        self._loaded: dict[str, list[QTranslator]] = {}
        self._missing: set[str] = set()
        self._installed: list[QTranslator] = []
        self._pseudo_translator: QTranslator | None = None
        # The catalogs' bytes, which their translators read in place (see _read).
        self._copies: list[bytes] = []
        self.language = FALLBACK
        # Counts installs: a widget that has rendered this generation need not render it again.
        self.generation = 0

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
        if pseudo_requested():
            translators = [*translators, self._pseudo(app)]
        for translator in translators:
            QCoreApplication.installTranslator(translator)
        self._installed = translators
        self.language = language
        self.generation += 1
        QLocale.setDefault(QLocale(language))
        return language

    def _pseudo(self, app: QCoreApplication) -> QTranslator:
        if self._pseudo_translator is None:
            self._pseudo_translator = PseudoTranslator(app)
        return self._pseudo_translator

    def _load(self, app: QCoreApplication, language: str) -> list[QTranslator] | None:
        """Qt's and the app's catalogs for ``language``, Qt's first; None without the app's."""
        translators: list[QTranslator] = []
        qt_catalog = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._read(qt_catalog, f"qtbase_{language}", qt_dir):
            translators.append(qt_catalog)
        elif language != FALLBACK:
            _log.warning("Qt's catalog qtbase_%s is missing in %s: its buttons stay in English.", language, qt_dir)
        app_catalog = QTranslator(app)
        if self._read(app_catalog, f"billing_contact_{language}", str(CATALOG_DIR)):
            translators.append(app_catalog)
        elif language != FALLBACK:
            return None
        # English is the source language: without its catalog the source text still reads right.
        return translators

    def _read(self, translator: QTranslator, name: str, directory: str) -> bool:
        """Load the catalog ``name`` into ``translator`` from a copy in memory; False if none.

        Qt finds the file (``name``.qm, or a less specific name) as QTranslator.load does. Loaded
        from the file, a catalog stays mapped from it and is read in place for as long as it lives:
        a .qm rewritten while the app runs (``make i18n``, a package update: the same file,
        truncated and written again) then changed under it, and with a changed catalog a lookup
        read past the old tables' ends and crashed in QCoreApplication.translate(). A copy read
        once cannot change. The translator reads the copy in place, so it is kept here (as the
        translator is, in ``_loaded``) for as long as the process runs.
        """
        if not translator.load(name, directory):
            return False
        try:
            data = Path(translator.filePath()).read_bytes()
        except OSError as error:
            _log.warning("Cannot read the catalog %s: %s", translator.filePath(), error)
            return False
        if not translator.load(data):
            return False
        self._copies.append(data)
        return True


_TOKENS = re.compile(r"(\{[a-z_]+\}|&&|&|<[^>]*>|%\d)")
_ACCENTS = str.maketrans("aeiouyAEIOUYcnCN", "áéíóúýÁÉÍÓÚÝçñÇÑ")


def pseudo(text: str) -> str:
    """``text`` stretched by 40%, accented and bracketed; placeholders and mnemonics kept."""
    if not text:
        return text
    parts = _TOKENS.split(text)
    body = "".join(part if _TOKENS.fullmatch(part) else part.translate(_ACCENTS) for part in parts)
    padding = math.ceil(len(text) * 0.4)
    # Padding in short words, so that it wraps as a real language would.
    filler = " ".join("~" * 4 for _ in range(math.ceil(padding / 5)))
    return f"⟦{body} {filler[: max(padding - 3, 1)]}⟧"


class PseudoTranslator(QTranslator):
    """Answers every lookup with a pseudo-translation of the source text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        del context, disambiguation, n
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


class FollowsLanguage:
    """Mixed into a widget class that renders its own texts in ``retranslate()``.

    Put it first among the bases (``class Page(FollowsLanguage, QWizardPage)``): its
    ``changeEvent`` renders the texts again on a language change, then passes the event on. Qt
    sends LanguageChange for every translator removed or installed, and a switch swaps several:
    only the first event after an install renders.
    """

    _rendered_generation = -1

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and self._rendered_generation != catalogs.generation:
            self._rendered_generation = catalogs.generation
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc] # the Qt class this is mixed into


def map_text(source: str) -> str:
    """A string of a map (marked in ``flow`` and ``article`` with QT_TRANSLATE_NOOP), translated."""
    return QCoreApplication.translate(CONTEXT, source)


def pseudo_requested() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


# The one set of catalogs of this process.
catalogs = Catalogs()
