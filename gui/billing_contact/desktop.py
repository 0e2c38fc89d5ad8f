"""The app's one door to the outside: opening an address in the user's browser or mail client.

Pages never call ``QDesktopServices`` or ``webbrowser`` themselves; they call ``open_url``, which
tests intercept with ``QDesktopServices.setUrlHandler``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from . import dialogs

_log = logging.getLogger(__name__)

# The only kinds of address the app opens: portals over https, and emails.
ALLOWED_SCHEMES = ("https", "mailto")


def open_url(url: str, parent: QWidget | None = None) -> bool:
    """Open ``url`` in the user's own browser or mail client.

    When nothing can open it (no browser, no mail client), say so in a non-blocking dialog that
    shows the address as selectable text, so the user can copy it by hand. Anything but https
    and mailto is refused and logged: the app opens nothing else.
    """
    qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme().lower() not in ALLOWED_SCHEMES:
        _log.error("Refused to open %r: only https and mailto addresses are opened.", url)
        return False
    if QDesktopServices.openUrl(qurl):
        return True
    _log.warning("No application could open %s", url)
    _show_unopened(url, parent)
    return False


def _show_unopened(url: str, parent: QWidget | None) -> None:
    dialogs.show_notice(
        parent,
        "dialog.open_failed",
        lambda: dialogs.Texts(
            QCoreApplication.translate("Desktop", "Could not open the address"),
            QCoreApplication.translate(
                "Desktop", "No browser or mail program opened this address. Copy it and open it by hand:"
            ),
            url,
        ),
        QMessageBox.Icon.Warning,
    )
