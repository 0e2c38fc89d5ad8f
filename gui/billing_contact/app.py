"""Start-up: command line, logging, the application object and the wizard."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from . import __version__, i18n
from .wizard import APP_ICON, BillingContactWizard

APP_ID = "org.billingcontact.Assistant"
ORGANIZATION = "BillingContactAssistant"
APPLICATION = "billing-contact-assistant"

_log = logging.getLogger(__name__)


def create_wizard(language: str | None = None, parent: QWidget | None = None) -> QWizard:
    """See ``billing_contact.create_wizard``."""
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("create_wizard needs a QApplication: create one first")
    chosen = i18n.choose(language, i18n.system_ui_languages() if language is None else ())
    i18n.catalogs.install(chosen)
    return BillingContactWizard(parent=parent)


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the app; return its exit code."""
    argv = list(sys.argv if argv is None else argv)
    options, qt_args = _parser().parse_known_args(argv[1:])
    # A windowed build may have no stderr at all (sys.stderr is None): then log nowhere.
    handler: logging.Handler = logging.StreamHandler(sys.stderr) if sys.stderr is not None else logging.NullHandler()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", handlers=[handler])

    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationName(APPLICATION)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication([argv[0], *qt_args])
    app.setWindowIcon(QIcon(str(APP_ICON)))
    wizard = create_wizard(options.lang)
    wizard.show()
    return app.exec()
