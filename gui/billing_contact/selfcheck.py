"""``--self-check``: what IT runs after deploying, and what the package build runs.

It builds every page of every path in every shipped language without showing a window, and checks
that the catalogs and icons load. One line per check; the exit code is 0 when all pass.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPluginLoader
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QRadioButton

from .article import ARTICLE
from .logic import walkcode
from .logic.flow import CONTEXT, VERDICT_PAGE, walks
from .logic.validation import FlowError, validate
from .services import i18n, settings
from .services.icons import APP_ICON, ICON_DIR, PNG_ICONS, png_icon
from .ui.verdict import verdict_icon
from .ui.wizard import BillingContactWizard


class Check(NamedTuple):
    name: str
    ok: bool
    detail: str


def _icons() -> list[Check]:
    checks = []
    icons = sorted(ICON_DIR.glob("*.svg"))
    if APP_ICON not in icons:
        return [Check("icons", False, f"the app icon {APP_ICON} is missing")]
    for path in icons:
        tone = path.stem.removeprefix("verdict-") if path.stem.startswith("verdict-") else None
        # The verdict icons are drawn in the palette's colours; the others are plain SVG files.
        if tone:
            pixmap = verdict_icon(tone, False, 64, 1.0)
            # Drawn, not merely allocated: the middle of the disc carries colour.
            ok = pixmap.toImage().pixelColor(32, 20).alpha() > 0
        else:
            pixmap = QIcon(str(path)).pixmap(64, 64)
            ok = not pixmap.isNull()
        detail = f"{pixmap.width()}x{pixmap.height()}" if ok else f"could not be drawn from {path}"
        checks.append(Check(f"icon {path.name}", ok, detail))
    # The step pages' icons, drawn ahead as PNG sizes.
    for name in PNG_ICONS:
        sizes = sorted(size.width() for size in png_icon(name).availableSizes())
        detail = ", ".join(f"{size} px" for size in sizes) if sizes else f"no {name}-<size>.png in {ICON_DIR}"
        checks.append(Check(f"icon {name} (PNG)", bool(sizes), detail))
    return checks


def _map() -> list[Check]:
    try:
        validate(ARTICLE)
    except FlowError as error:
        return [Check("decision map", False, str(error))]
    return [Check("decision map", True, f"{len(ARTICLE.steps)} steps, {len(ARTICLE.verdicts)} verdicts")]


def _language(language: str) -> list[Check]:
    spoken = i18n.catalogs.install(language)
    if spoken != language:
        return [Check(f"catalog {language}", False, f"missing or unreadable in {i18n.CATALOG_DIR}; {spoken} used")]
    checks = [Check(f"catalog {language}", True, "loaded")]
    if language != "en":
        sample = ARTICLE.verdicts[0].headline
        translated = QCoreApplication.translate(CONTEXT, sample)
        checks.append(Check(f"translation {language}", translated != sample, translated))
        # Qt's own string, from qtbase_<lang>.qm; named by variables so that lupdate does not copy
        # it into the app's catalog.
        qt_context, qt_next = "QWizard", "&Next >"
        next_text = QCoreApplication.translate(qt_context, qt_next)
        checks.append(Check(f"Qt buttons {language}", next_text != qt_next, next_text.replace("&", "")))
    pages: set[str] = set()
    problems: list[str] = []
    for walk in walks(ARTICLE):
        wizard = BillingContactWizard()
        wizard.restart()
        for choice_id in walk.choices:
            page = wizard.currentPage()
            pages.add(page.objectName())
            if not page.title():
                problems.append(f"{page.objectName()} has no title")
            button = page.findChild(QRadioButton, choice_id)
            if button is None:
                problems.append(f"{page.objectName()} has no choice {choice_id}")
                break
            button.setChecked(True)
            wizard.next()
        verdict = wizard.currentPage()
        pages.add(verdict.objectName())
        if verdict.objectName() != VERDICT_PAGE or verdict.property("verdict") != walk.verdict:
            problems.append(f"{' > '.join(walk.choices)} did not reach {walk.verdict}")
        wizard.deleteLater()
    detail = "; ".join(problems) or f"{len(pages)} pages, {sum(1 for _ in walks(ARTICLE))} paths"
    checks.append(Check(f"pages {language}", not problems, detail))
    checks.append(_walk_codes(language))
    return checks


def _walk_codes(language: str) -> Check:
    """Every walk's code, as its result page shows it, opens that same result again."""
    problems: list[str] = []
    count = 0
    for walk in walks(ARTICLE):
        wizard = BillingContactWizard()
        wizard.open_walk(walk.choices)
        code = str(wizard.currentPage().property("walkCode"))
        wizard.deleteLater()
        found = walkcode.decode(ARTICLE, code)
        if isinstance(found, walkcode.Problem):
            problems.append(f"{code!r} of {walk.verdict}: {walkcode.describe(ARTICLE, found)}")
            continue
        again = BillingContactWizard()
        again.open_walk(found.choices)
        page = again.currentPage()
        history = tuple(again.page(number).objectName() for number in again.visitedIds())
        if page.property("verdict") != walk.verdict or history != (*walk.pages, VERDICT_PAGE):
            problems.append(f"{code} led to {page.property('verdict') or page.objectName()}, not {walk.verdict}")
        again.deleteLater()
        count += 1
    detail = "; ".join(problems) or f"{count} codes lead back to their own results"
    return Check(f"walk codes {language}", not problems, detail)


def _settings() -> list[Check]:
    checks = []
    stores = [("user settings", settings.user_settings()), ("organization settings", settings.system_settings())]
    if sys.platform == "win32":
        # Read before the organization settings: what Group Policy sets wins.
        stores.append(("group policy", settings.group_policy_settings()))
    for name, store in stores:
        if store is None:
            checks.append(Check(name, False, "unreadable: see the warning above; defaults are used"))
        else:
            checks.append(Check(name, True, f"{store.fileName()} ({len(store.allKeys())} values)"))
    policy = settings.load_policy()
    addresses = ", ".join(policy.urls.values())
    checks.append(Check("portal addresses", True, addresses))
    return checks


def _print_support() -> Check:
    """Whether Print... can reach the system's printers, and which printers it would offer."""
    # Loaded only here and when the user prints: the pages do without it.
    from PySide6.QtPrintSupport import QPrinterInfo

    if sys.platform.startswith("linux"):
        # Qt reaches CUPS through a plugin; without it the print dialog offers only a PDF file.
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "printsupport"
        plugins = sorted(folder.glob("*cupsprintersupport*"))
        if not plugins:
            return Check("print support", False, f"no CUPS plugin in {folder}: Print… would offer only a PDF file")
        loader = QPluginLoader(str(plugins[0]))
        if not loader.load():
            return Check("print support", False, f"{plugins[0].name} does not load: {loader.errorString()}")
        where = f"CUPS ({plugins[0].name})"
    else:
        where = "built into Qt"
    printers = QPrinterInfo.availablePrinterNames()
    default = QPrinterInfo.defaultPrinterName()
    found = f"{len(printers)} printer{'' if len(printers) == 1 else 's'}"
    if printers:
        found += f": {', '.join(printers)}" + (f" (default {default})" if default else "")
    return Check("print support", True, f"{where}; {found}")


def run(emit: Callable[[str], None]) -> int:
    """Run every check, report each through ``emit``; return the exit code."""
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("the self-check needs a QApplication")
    previous = i18n.catalogs.language
    checks = [*_map(), *_icons(), *_settings(), _print_support()]
    try:
        for language in i18n.LANGUAGES:
            checks.extend(_language(language))
    finally:
        i18n.catalogs.install(previous)
    for check in checks:
        emit(f"{'ok  ' if check.ok else 'FAIL'} {check.name}: {check.detail}")
    failed = [check for check in checks if not check.ok]
    emit(f"{len(failed)} of {len(checks)} checks failed." if failed else f"All {len(checks)} checks passed.")
    return 1 if failed else 0
