"""Nothing kills the app silently: errors go to a log file and, when unexpected, to the user.

An unexpected exception (in a slot, an event handler, anywhere Qt calls back into Python) is
written to a rotating log under ``QStandardPaths.AppLocalDataLocation`` and told to the user in a
non-blocking dialog with the log's location and a way to copy the details. The wizard keeps its
state and goes on. Qt's own warnings go to the same log. A native crash (in Qt, say) leaves
Python's stack in a crash log beside it, which holds one run's trace at most; the next start keeps
that trace beside it, in a file of its own, and tells the user once, in the same kind of dialog.
Every report's details name the versions of the app, Qt, PySide6, Python and the operating
system. Nothing here writes to ``sys.stderr`` unless it exists: a windowed build on Windows or
macOS has none.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QStandardPaths,
    QSysInfo,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from . import dialogs

_log = logging.getLogger(__name__)

LOG_NAME = "billing-contact-assistant.log"
# Where a native crash (in Qt, say) leaves Python's stack of every thread.
CRASH_LOG_NAME = "billing-contact-assistant-crash.log"
# Small and rotated: a help tool's log is read by a person, never grows without bound.
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_directory() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))


def configure_logging(directory: Path | None = None) -> Path | None:
    """Log to stderr (when there is one) and to a rotating file in ``directory``.

    Returns the log file, or None when the folder cannot be written: then the reason is logged
    wherever logging still goes, and the app runs on.
    """
    configure_console_logging()
    return attach_log_file(directory)


def configure_console_logging() -> None:
    """Log to stderr, when there is one: a windowed build on Windows or macOS has none."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_billing_contact", False):
            root.removeHandler(handler)
            handler.close()
    if sys.stderr is not None:
        _add(logging.StreamHandler(sys.stderr))


def attach_log_file(directory: Path | None = None) -> Path | None:
    """Log to a rotating file in ``directory`` (by default the app's data folder).

    Returns the file, which opens with the first record, or None when the folder cannot be
    written: then the reason is logged wherever logging still goes, and the app runs on.
    """
    path = (directory or log_directory()) / LOG_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(f"{path.parent} is not writable")
    except OSError as error:
        _log.warning("Cannot write the log file (%s): logging to the console only.", error)
        return None
    _add(LogFile(path))
    return path


# The crash log stays open for the life of the process: faulthandler writes to it from a signal handler.
_crash_log: list[TextIO] = []


def keep_previous_crash(directory: Path) -> Path | None:
    """The trace the last run left in ``directory``'s crash log, kept aside; None if it did not crash.

    A run that ends normally leaves its crash log empty (``end_crash_log``), so a crash log with
    anything in it means the last run died. Its trace moves to the crash log's name plus ``.1``,
    over an older one, for the user to be told once and IT to read: the next start finds the crash
    log empty and keeps nothing.
    """
    path = directory / CRASH_LOG_NAME
    kept = path.with_name(path.name + ".1")
    try:
        if path.stat().st_size == 0:
            return None
        path.replace(kept)
    except FileNotFoundError:
        return None
    except OSError as error:
        _log.warning("Cannot keep the last crash's trace (%s).", error)
        return None
    _log.warning("The last run crashed: its trace is in %s", kept)
    return kept


def record_native_crashes(directory: Path) -> Path | None:
    """On a native crash, write Python's stack of every thread to a file in ``directory``.

    The file starts empty on each run, so it never holds more than one trace: call
    ``keep_previous_crash`` first to keep the last run's. Left alone when fault tracing is on
    already (``PYTHONFAULTHANDLER``, a test runner): it goes where it was asked to. Returns the
    file, or None when it is not used.
    """
    if faulthandler.is_enabled():
        return None
    path = directory / CRASH_LOG_NAME
    try:
        crash_log = open(path, "w", encoding="utf-8")  # noqa: SIM115 - kept open on purpose
    except OSError as error:
        _log.warning("Cannot write the crash log (%s): a crash would leave no trace.", error)
        return None
    faulthandler.enable(crash_log, all_threads=True)
    _crash_log[:] = [crash_log]
    return path


def end_crash_log() -> None:
    """Empty this run's crash log: the run has come to its normal end, so whatever faulthandler
    wrote there was an exception that something handled (on Windows it also writes those), not
    a crash. Fault tracing stays on, for a crash while Python shuts down."""
    for crash_log in _crash_log:
        try:
            crash_log.seek(0)
            crash_log.truncate()
        except OSError as error:
            _log.warning("Cannot empty the crash log (%s).", error)


def record_native_crashes_on_console() -> None:
    """On a native crash, write Python's stack of every thread to stderr, when there is one that
    faulthandler can write to. For a run that shows nothing, whoever started it reads the trace."""
    if faulthandler.is_enabled() or sys.stderr is None:
        return
    try:
        faulthandler.enable(all_threads=True)
    except (AttributeError, OSError, ValueError) as error:
        _log.warning("Cannot write a crash's trace to the console (%s).", error)


def versions() -> str:
    """What IT and a bug report need to know of this copy: the versions of the app, Qt, PySide6,
    Python and the operating system, one a line, in English whatever the app's language."""
    return "\n".join(
        (
            f"Billing Contact Assistant: {__version__}",
            f"Qt: {qVersion()}",
            f"PySide6: {PySide6.__version__}",
            f"Python: {sys.version.split()[0]}",
            f"Operating system: {QSysInfo.prettyProductName()} ({QSysInfo.kernelType()} {QSysInfo.kernelVersion()}, "
            f"{QSysInfo.currentCpuArchitecture()})",
        )
    )


def _with_versions(details: str) -> str:
    """A report's ``details`` followed by ``versions()``: what happened comes first, where the
    details box opens."""
    return details.rstrip() + "\n\n" + versions()


def _where(log_file: Path | None) -> str:
    where = (
        QCoreApplication.translate("Errors", "The details are in {path}.").format(path=log_file)
        if log_file is not None
        else QCoreApplication.translate("Errors", "The details could not be written to a log file.")
    )
    return where + " " + QCoreApplication.translate("Errors", "IT may ask for them.")


def _add_copy_details(box: dialogs.Notice) -> None:
    from . import desktop

    box.add_action(
        "copy_details",
        lambda: QCoreApplication.translate("Errors", "Copy details"),
        lambda: desktop.copy_to_clipboard(box.detailedText()),
        closes=False,
    )


def tell_previous_crash(parent: QWidget | None, trace: Path) -> dialogs.Notice:
    """Tell, without blocking, that the last run crashed: where its ``trace`` is, and the details
    (the trace and the versions) to copy."""
    # Loaded when a report is shown: a run with nothing to report does without them.
    from PySide6.QtWidgets import QMessageBox

    from . import dialogs

    try:
        text = trace.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        text = f"The trace could not be read: {error}"

    def texts() -> dialogs.Texts:
        return dialogs.Texts(
            QCoreApplication.translate("Errors", "Something went wrong last time"),
            QCoreApplication.translate("Errors", "The assistant closed unexpectedly the last time it was used."),
            _where(trace),
        )

    box = dialogs.show_notice(parent, "dialog.previous_crash", texts, QMessageBox.Icon.Warning)
    box.setDetailedText(_with_versions(text))
    _add_copy_details(box)
    return box


class LogFile(logging.Handler):
    """The rotating log file, opened when the first record comes: a session with nothing to report
    writes nothing. If it cannot be written then, that is said once, on the console.

    It hands each record to logging's RotatingFileHandler, made with the first record: importing
    ``logging.handlers`` brings ``socket`` and ``pickle`` along, a tenth of a bare wizard's start
    that the first page has no use for (benchmarks/README.md).
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.file: logging.Handler | None = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None:
            if self._failed:
                return
            from logging.handlers import RotatingFileHandler

            try:
                self.file = RotatingFileHandler(
                    self.path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
                )
            except OSError as error:
                # Said once, on the console: this handler takes no more records, this one included.
                self._failed = True
                _log.warning("Cannot write the log file (%s): logging to the console only.", error)
                return
            self.file.setFormatter(self.formatter)
        self.file.handle(record)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        super().close()


def _add(handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._billing_contact = True  # type: ignore[attr-defined]
    logging.getLogger().addHandler(handler)


class ErrorReporter:
    """Catches what nobody else caught, logs it, and tells the user without stopping the app."""

    def __init__(self, log_file: Path | None = None) -> None:
        # Where the details are written; None when no log file could be attached.
        self.log_file = log_file
        self._box: QMessageBox | None = None
        # The errors told in the open box, oldest first.
        self._told: list[str] = []
        self._previous_hook = sys.excepthook
        self._previous_handler: object = None

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        self._previous_handler = qInstallMessageHandler(_qt_message)

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        qInstallMessageHandler(self._previous_handler)  # type: ignore[arg-type]

    def excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        _log.error("Unexpected error:\n%s", details)
        try:
            self._tell(details)
        except Exception:
            _log.exception("Could not show the error dialog")

    def _tell(self, details: str) -> None:
        # Loaded when a report is shown: a run with nothing to report does without them.
        from PySide6.QtWidgets import QMessageBox

        from . import dialogs

        if not isinstance(QApplication.instance(), QApplication):
            return
        if self._box is not None and self._box.isVisible():
            # One box at a time: a burst of errors must not bury the wizard under dialogs.
            self._told.append(details)
            self._box.setDetailedText(_with_versions("\n".join(self._told)))
            return
        parent = QApplication.activeWindow() or _main_window()
        log_file = self.log_file

        def texts() -> dialogs.Texts:
            return dialogs.Texts(
                QCoreApplication.translate("Errors", "Something went wrong"),
                QCoreApplication.translate(
                    "Errors",
                    "The assistant ran into an unexpected problem. Your answers are kept: you can go on.",
                ),
                _where(log_file),
            )

        box = dialogs.show_notice(parent, "dialog.error", texts, QMessageBox.Icon.Warning)
        self._told = [details]
        box.setDetailedText(_with_versions(details))
        _add_copy_details(box)
        self._box = box


def _main_window() -> QWidget | None:
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == "wizard"]
    return windows[0] if windows else None


# Said by Qt each time an AT-SPI client (a screen reader, an accessibility checker) looks the app
# up: it asks every application for a bus address that Qt does not serve, and looks elsewhere; and
# each time it asks about an object that is gone (a closed dialog's, reported as it closed).
_BUS_NOISE = (
    'AtSpiAdaptor::applicationInterface does not implement "GetApplicationBusAddress"',
    "Could not find accessible on path:",
)


def is_bus_noise(message: str) -> bool:
    """Whether a Qt message is the AT-SPI bus's harmless chatter, kept out of the user's log."""
    return message.startswith(_BUS_NOISE)


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    del context
    level = logging.DEBUG if is_bus_noise(message) else _QT_LEVELS.get(kind, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)
