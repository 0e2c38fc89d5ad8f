"""The app's doors to the outside: the browser and mail program, the clipboard, files, printers.

Pages never call ``QDesktopServices``, ``open()`` or a printer themselves; they call these small
functions, which tests intercept (``QDesktopServices.setUrlHandler``, ``monkeypatch``).
"""

from __future__ import annotations

import atexit
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QIODevice, QMimeData, QSaveFile, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from ..logic import mailto

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
    """Say in words what did not open, and offer to copy it: the address of a page, or an email
    as its address, subject and body (never its ``mailto:`` address, percent signs and all)."""
    # A dialog's module loads when the dialog first opens (docs/ARCHITECTURE.md).
    from PySide6.QtWidgets import QMessageBox

    from . import dialogs

    email = mailto.parse(url)
    if email is None:
        copied = url

        def texts() -> dialogs.Texts:
            return dialogs.Texts(
                QCoreApplication.translate("Desktop", "Could not open the address"),
                QCoreApplication.translate(
                    "Desktop", "No browser opened this address. Copy it and open it in your browser:"
                ),
                url,
            )

        def copy_label() -> str:
            return QCoreApplication.translate("Desktop", "Copy link")
    else:
        copied = f"{_email_heading(email)}\n\n{email.body}"

        def texts() -> dialogs.Texts:
            text = QCoreApplication.translate(
                "Desktop",
                "No mail program opened the email to {address}. Copy it, then paste it into a new email in "
                "your mail program or webmail.",
            )
            return dialogs.Texts(
                QCoreApplication.translate("Desktop", "Could not open the email"),
                text.format(address=email.address),
                _email_heading(email),
            )

        def copy_label() -> str:
            return QCoreApplication.translate("Desktop", "Copy email")

    box = dialogs.show_notice(parent, "dialog.open_failed", texts, QMessageBox.Icon.Warning)
    box.add_action(
        "action.copy",
        copy_label,
        lambda: copy_to_clipboard(copied),
        closes=False,
        done=lambda: QCoreApplication.translate("Desktop", "Copied"),
    )
    # What it asks to copy, a Tab away: to read it out, or select it by hand.
    box.copyable()


def _email_heading(email: mailto.Email) -> str:
    """The email's address and subject, as an email program shows them."""
    return "\n".join(
        [
            QCoreApplication.translate("Desktop", "To: {address}").format(address=email.address),
            QCoreApplication.translate("Desktop", "Subject: {subject}").format(subject=email.subject),
        ]
    )


def copy_to_clipboard(text: str, html: str | None = None) -> None:
    """Put ``text`` (and, for programs that take it, ``html``) on the clipboard."""
    clipboard = QGuiApplication.clipboard()
    if html is None:
        clipboard.setText(text)
        return
    data = QMimeData()
    data.setText(text)
    data.setHtml(html)
    clipboard.setMimeData(data)
    if not _made_in_python:
        atexit.register(_hand_over_clipboard)
    _made_in_python[:] = [data]


# The QMimeData this module put on the clipboard last, while it may still be there.
_made_in_python: list[QMimeData] = []


def _hand_over_clipboard() -> None:
    # A QMimeData made in Python is a PySide6 wrapper object, and the clipboard deletes it only in
    # Qt's own exit handlers, after Python has shut down: the process then crashes on exit
    # (Shiboken::Object::destroy without a Python thread state). While Python still runs, swap it
    # for the same text in a QMimeData that Qt makes itself, which keeps the user's copy.
    if QGuiApplication.instance() is None or not _made_in_python:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.mimeData() is _made_in_python[0]:
        clipboard.setText(clipboard.text())
    _made_in_python.clear()


def write_file(path: str, data: bytes) -> str | None:
    """Write ``data`` to ``path`` all at once; return None, or why it failed (nothing left behind)."""
    file = QSaveFile(path)
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return file.errorString()
    if file.write(data) != len(data):
        error = file.errorString()
        file.cancelWriting()
        file.commit()
        return error
    return None if file.commit() else file.errorString()


def write_pdf(path: str, html: str) -> str | None:
    """Lay ``html`` out as a PDF at ``path``, written all at once; return None or why it failed."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    file = QSaveFile(path)
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        return file.errorString()
    writer = QPdfWriter(file)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(Path(path).stem)
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF into the file before it is committed
    return None if file.commit() else file.errorString()


def print_html(parent: QWidget, html: str, title: str) -> None:
    """Ask which printer (a non-blocking dialog), then print ``html`` on it as a job named ``title``."""
    # Print support loads only now: most users never print, and it costs start-up time.
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # The name the print queue shows, so that the user finds their page among others'.
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("dialog.print")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _print() -> None:
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)

    dialog.accepted.connect(_print)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
