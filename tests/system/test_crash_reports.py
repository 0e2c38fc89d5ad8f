"""Crashes people can report: a native crash is told at the next start, once, with what IT needs,
and its log never grows without bound."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import PySide6
from PySide6.QtCore import QSysInfo, Qt, qVersion
from PySide6.QtWidgets import QApplication, QPushButton

import billing_contact
from billing_contact.services import errors
from helpers import start_app

# The app as its launcher starts it, in a process of its own: sys.argv[2] names what ends the run,
# a function that crashes natively (its name is in the trace) or a plain quit.
RUN = """
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_DATA_HOME"] = sys.argv[1]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from billing_contact.app import main

def first_crash():
    os.kill(os.getpid(), signal.SIGSEGV)

def second_crash():
    os.kill(os.getpid(), signal.SIGSEGV)

def third_crash():
    os.kill(os.getpid(), signal.SIGSEGV)

def leave():
    QApplication.instance().quit()

def handled_then_leave():
    # What faulthandler writes on Windows for an access violation that something then handles.
    from billing_contact.services import errors
    with open(errors.log_directory() / errors.CRASH_LOG_NAME, "a", encoding="utf-8") as log:
        log.write("Windows fatal exception: access violation\\n")
    leave()

app = QApplication(["billing-contact-assistant"])  # timers need it; main() takes it over
QTimer.singleShot(200, globals()[sys.argv[2]])
sys.exit(main(["billing-contact-assistant", "--lang", "en", *sys.argv[3:]]))
"""

# What every report's details say of this copy, one a line.
VERSIONS = (
    f"Billing Contact Assistant: {billing_contact.__version__}\n"
    f"Qt: {qVersion()}\n"
    f"PySide6: {PySide6.__version__}\n"
    f"Python: {platform.python_version()}\n"
    f"Operating system: {QSysInfo.prettyProductName()} "
    f"({platform.system().lower()} {platform.release()}, {platform.machine()})"
)


def _run(data_home: Path, ending: str, *args: str) -> subprocess.CompletedProcess[str]:
    # Without PYTHONFAULTHANDLER, as a user's app runs: the app then traces crashes itself.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    return subprocess.run(
        [sys.executable, "-c", RUN, str(data_home), ending, *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def _crash(data_home: Path, function: str) -> None:
    result = _run(data_home, function)
    assert result.returncode < 0, f"the run did not crash: {result.returncode}\n{result.stderr}"


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The data folder (XDG_DATA_HOME) of every run of the app this test starts."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _log_folder(data_home: Path) -> Path:
    # QStandardPaths' AppLocalDataLocation under XDG_DATA_HOME: organization, then application.
    return data_home / "BillingContactAssistant" / "billing-contact-assistant"


def _start(*args: str) -> dict[str, Any]:
    """Start the app as its launcher does (main()), on the data folder of ``data_home``: the
    message boxes over its window, by name."""
    shown, _ = start_app(*args)
    boxes: dict[str, Any] = shown["boxes"]
    return boxes


def test_the_start_after_a_native_crash_tells_it_once_with_its_trace_and_the_versions(data_home: Path) -> None:
    _crash(data_home, "first_crash")

    boxes = _start("--lang", "en")

    kept = _log_folder(data_home) / "billing-contact-assistant-crash.log.1"
    assert list(boxes) == ["dialog.previous_crash"]
    seen = boxes["dialog.previous_crash"]
    assert seen["title"] == "Something went wrong last time"
    assert seen["text"] == "The assistant closed unexpectedly the last time it was used."
    assert seen["informative"] == f"The details are in {kept}. IT may ask for them."
    details = seen["details"]
    assert isinstance(details, str)
    assert "Fatal Python error: Segmentation fault" in details
    assert "in first_crash" in details
    assert VERSIONS in details
    assert details.count("Fatal Python error") == 1
    # The trace in the details is the one IT finds in the file the box names.
    assert "in first_crash" in kept.read_text(encoding="utf-8")
    # The user is told without being stopped: the box leaves the rest of the app alone.
    assert seen["modality"] != "ApplicationModal"
    assert seen["copy"] == "Copy details"
    assert seen["clipboard"] == details
    assert seen["open after copying"], "copying the details does not close the box"

    # The next start has nothing new to tell.
    assert _start("--lang", "en") == {}
    assert "in first_crash" in kept.read_text(encoding="utf-8"), "the trace stays for IT to read"


def test_the_crash_is_told_in_the_user_s_language(data_home: Path) -> None:
    _crash(data_home, "first_crash")

    boxes = _start("--lang", "it")

    kept = _log_folder(data_home) / "billing-contact-assistant-crash.log.1"
    assert list(boxes) == ["dialog.previous_crash"]
    seen = boxes["dialog.previous_crash"]
    assert seen["title"] == "Qualcosa non ha funzionato l'ultima volta"
    assert seen["text"] == "L'assistente si è chiuso in modo imprevisto l'ultima volta che è stato usato."
    assert seen["informative"] == f"I dettagli sono in {kept}. Il reparto IT potrebbe chiederteli."
    assert seen["copy"] == "Copia dettagli"
    # The details are for IT and bug reports: the trace and the versions, as they are.
    assert "in first_crash" in str(seen["details"])
    assert VERSIONS in str(seen["details"])


def test_telling_the_crash_does_not_wait_for_the_user(make_wizard, tmp_path: Path) -> None:
    wizard = make_wizard("en")
    trace = tmp_path / "billing-contact-assistant-crash.log.1"
    trace.write_text('Fatal Python error: Segmentation fault\n  File "app.py", line 1 in paint\n', encoding="utf-8")

    # A box that waited for the user (exec()) would not return before it is closed.
    box = errors.tell_previous_crash(wizard, trace)

    assert box.isVisible()
    assert box.objectName() == "dialog.previous_crash"
    assert box.parent() is wizard
    assert box.windowModality() != Qt.WindowModality.ApplicationModal
    assert "in paint" in box.detailedText()
    box.close()


def test_the_crash_log_holds_one_run_at_most_however_many_crashes(data_home: Path) -> None:
    folder = _log_folder(data_home)
    crash_log = folder / "billing-contact-assistant-crash.log"
    kept = folder / "billing-contact-assistant-crash.log.1"

    def files() -> list[str]:
        return sorted(path.name for path in folder.glob("billing-contact-assistant-crash.log*"))

    _crash(data_home, "first_crash")
    assert files() == ["billing-contact-assistant-crash.log"]
    assert "in first_crash" in crash_log.read_text(encoding="utf-8")

    for previous, current in (("first_crash", "second_crash"), ("second_crash", "third_crash")):
        _crash(data_home, current)
        assert files() == ["billing-contact-assistant-crash.log", "billing-contact-assistant-crash.log.1"]
        for path, function in ((crash_log, current), (kept, previous)):
            trace = path.read_text(encoding="utf-8")
            assert trace.count("Fatal Python error: Segmentation fault") == 1, trace
            assert f"in {function}" in trace

    # A run that ends well leaves an empty crash log, and the last crash's trace beside it.
    result = _run(data_home, "leave")
    assert result.returncode == 0, result.stderr
    assert files() == ["billing-contact-assistant-crash.log", "billing-contact-assistant-crash.log.1"]
    assert crash_log.read_text(encoding="utf-8") == ""
    assert "in third_crash" in kept.read_text(encoding="utf-8")
    assert kept.read_text(encoding="utf-8").count("Fatal Python error") == 1


def test_a_run_that_ends_well_leaves_nothing_to_tell(data_home: Path) -> None:
    result = _run(data_home, "handled_then_leave")
    assert result.returncode == 0, result.stderr
    assert (_log_folder(data_home) / "billing-contact-assistant-crash.log").read_text(encoding="utf-8") == ""

    assert _start("--lang", "en") == {}


def test_a_self_check_leaves_the_crash_to_the_next_start_to_tell(data_home: Path) -> None:
    _crash(data_home, "first_crash")
    crash_log = _log_folder(data_home) / "billing-contact-assistant-crash.log"
    trace = crash_log.read_text(encoding="utf-8")

    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONFAULTHANDLER", None)
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--self-check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert crash_log.read_text(encoding="utf-8") == trace
    assert not crash_log.with_name("billing-contact-assistant-crash.log.1").exists()

    assert list(_start("--lang", "en")) == ["dialog.previous_crash"]


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_s_details_name_the_versions(tmp_path: Path) -> None:
    reporter = errors.ErrorReporter(errors.configure_logging(tmp_path / "logs"))
    reporter.excepthook(RuntimeError, RuntimeError("raised on purpose by the test"), None)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "dialog.error" and w.isVisible())
    assert "RuntimeError: raised on purpose by the test" in box.detailedText()
    assert VERSIONS in box.detailedText()

    QApplication.clipboard().clear()
    box.findChild(QPushButton, "copy_details").click()
    assert VERSIONS in QApplication.clipboard().text()
    box.close()
    errors.configure_logging(tmp_path / "after")
