"""Start-up: command line, logging, the application object and the wizard."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from . import __version__, errors, i18n, settings
from .flow import ARTICLE, Flow
from .pages import png_icon
from .wizard import APP_ICON, BillingContactWizard

APP_ID = "org.billingcontact.Assistant"

_log = logging.getLogger(__name__)


def create_wizard(language: str | None = None, parent: QWidget | None = None) -> QWizard:
    """See ``billing_contact.create_wizard``."""
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("create_wizard needs a QApplication: create one first")
    return _create(_choose_language(language), parent)


def _choose_language(requested: str | None) -> i18n.LanguageChoice:
    remembered = settings.remembered_language() if not requested else None
    return i18n.choose(requested, remembered, i18n.system_ui_languages())


def _create(choice: i18n.LanguageChoice, parent: QWidget | None) -> BillingContactWizard:
    i18n.catalogs.install(choice.language)
    return BillingContactWizard(policy=settings.load_policy(), parent=parent)


def start_paths(flow: Flow = ARTICLE) -> dict[str, str]:
    """``--start`` values (``billing-center``, ``admin-center``) and the start choices they make."""
    prefix = "choice." + flow.start.removeprefix("page.") + "."
    return {c.id.removeprefix(prefix).replace("_", "-"): c.id for c in flow.step(flow.start).choices}


def _print(line: str) -> None:
    # A windowed build may have no stdout (sys.stdout is None): the exit code still tells.
    if sys.stdout is not None:
        print(line, flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="billing-contact-assistant",
        description=(
            "Find out who the billing contact (billing admin) of your GoToAssist Remote Support v5 "
            "account is, or whether it is you. Qt's own options (such as -platform or -style) are "
            "passed on to Qt."
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help=f"the language to speak: {', '.join(i18n.LANGUAGES)} (default: the system's, else English)",
    )
    parser.add_argument(
        "--start",
        metavar="PATH",
        help=f"open straight on one path's first page: {', '.join(start_paths())}",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help=(
            "build every page in every language without showing a window, check that catalogs and "
            "icons load, print one line per check, and exit 0 if all pass, 1 otherwise"
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code."""
    argv = list(sys.argv if argv is None else argv)
    options, qt_args = _parser().parse_known_args(argv[1:])
    if options.self_check:
        # Nothing is shown, so no screen is needed: IT may run this over SSH.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    QApplication.setOrganizationName(settings.ORGANIZATION)
    QApplication.setApplicationName(settings.APPLICATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    # A rotating log file in the app's data folder, and stderr when there is one (a windowed
    # build may have none); then whatever nobody catches is logged and told, not fatal.
    reporter = errors.ErrorReporter(errors.configure_logging())
    reporter.install()
    try:
        return _run(options, qt_args, argv[0])
    finally:
        reporter.uninstall()


def _run(options: argparse.Namespace, qt_args: list[str], program: str) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([program, *qt_args])
    app.setWindowIcon(png_icon(APP_ICON.stem))
    if options.self_check:
        from . import selfcheck

        return selfcheck.run(_print)
    choice = _choose_language(options.lang)
    wizard = _create(choice, None)
    paths = start_paths()
    if options.start in paths:
        wizard.open_path(paths[options.start])
    wizard.show()
    # Bad options are said on stderr (logged) and over the wizard, which starts all the same.
    if choice.problem is not None and options.lang:
        code = options.lang
        _notify(wizard, "dialog.unknown_language", lambda: i18n.unknown_language_message(code))
    if options.start and options.start not in paths:
        start = options.start
        _log.warning("%s", unknown_start_message(start))
        _notify(wizard, "dialog.unknown_start", lambda: unknown_start_message(start))
    return app.exec()


def unknown_start_message(value: str) -> str:
    return QCoreApplication.translate(
        "App", "Unknown start {value}: use one of {paths}. The assistant starts on its first page."
    ).format(value=repr(value), paths=", ".join(start_paths()))


def _notify(parent: QWidget, name: str, text: Callable[[], str]) -> None:
    from . import dialogs

    dialogs.show_notice(parent, name, lambda: dialogs.Texts(parent.windowTitle(), text()))
