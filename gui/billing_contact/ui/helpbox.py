"""Help for the page shown, the way to the whole map, and About: non-blocking boxes that follow
the language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..services import dialogs
from ..services.settings import Policy


def show_help(
    parent: QWidget,
    heading: Callable[[], str],
    page_help: Callable[[], list[str]],
    policy: Policy,
    show_map: Callable[[], None],
) -> dialogs.Notice:
    """The page's help (``page_help``, under ``heading``), who to ask, and the ways to the whole
    map (``show_map``) and to About."""

    def texts() -> dialogs.Texts:
        lines = page_help()
        lines.append(
            QCoreApplication.translate(
                "Wizard",
                "\u201cShow the map\u201d draws every step, answer and result at once, with the answers' letters and "
                "the walk codes, and your walk highlighted: where each answer leads, and where you are.",
            )
        )
        contact = policy.contact
        if contact.who():
            lines.append(QCoreApplication.translate("Wizard", "Who to ask: {who}.").format(who=contact.who()))
        else:
            lines.append(
                QCoreApplication.translate(
                    "Wizard", "Who to ask: the admin who manages your {product} account."
                ).format(product=policy.product)
            )
        if contact.helpdesk_url:
            lines.append(QCoreApplication.translate("Wizard", "Help desk: {url}").format(url=contact.helpdesk_url))
        title = QCoreApplication.translate("Wizard", "Help")
        return dialogs.Texts(title, heading() or title, "\n\n".join(lines))

    box = dialogs.show_notice(parent, "dialog.help", texts)
    # Beside About: the button row of the wizard has no room to spare in the longer languages.
    box.add_action(
        "action.show_map",
        lambda: QCoreApplication.translate("Wizard", "Show the map…"),
        show_map,
        closes=True,
    )
    box.add_action(
        "about",
        lambda: QCoreApplication.translate("Wizard", "About…"),
        lambda: show_about(parent, policy),
        closes=True,
    )
    return box


def show_about(parent: QWidget, policy: Policy) -> None:
    """Who made the app and under which licence; from there, Qt's own About and every licence."""
    box = dialogs.show_notice(
        parent,
        "dialog.about",
        lambda: dialogs.Texts(
            QCoreApplication.translate("Wizard", "About Billing Contact Assistant"),
            QCoreApplication.translate("Wizard", "Billing Contact Assistant {version}").format(version=__version__),
            "\n\n".join(
                (
                    QCoreApplication.translate(
                        "Wizard",
                        "Finds out who the billing contact of your {product} account is, following "
                        "GoTo's help article. It opens the portals in your browser and never asks for, "
                        "reads or stores a password.",
                    ).format(product=policy.product),
                    QCoreApplication.translate("Wizard", "Free software under the MIT licence."),
                    QCoreApplication.translate(
                        "Wizard",
                        "It is built with Qt and PySide6, under the GNU LGPL version 3, and Python, under the "
                        "PSF licence. “Licences…” shows their texts.",
                    ),
                    QCoreApplication.translate("Wizard", "Not affiliated with, nor endorsed by, GoTo or LogMeIn."),
                )
            ),
        ),
    )
    box.add_action(
        "about_qt", lambda: QCoreApplication.translate("Wizard", "About Qt"), lambda: _about_qt(parent), closes=False
    )
    box.add_action(
        "licences",
        lambda: QCoreApplication.translate("Wizard", "Licences…"),
        lambda: _show_licences(box),
        closes=False,
    )


def _about_qt(parent: QWidget) -> None:
    # Qt's own box, in Qt's words and the app's language (qtbase's catalog). Qt opens it modal with
    # an event loop of its own, the one box the app does not open itself: after the click has been
    # handled, so that the About box's button is not left pressed while it is open.
    QTimer.singleShot(0, parent, lambda: QMessageBox.aboutQt(parent))


def _show_licences(parent: QWidget) -> None:
    # Loaded when first used: the first page does without it (docs/ARCHITECTURE.md).
    from . import licences

    licences.show_licences(parent)
