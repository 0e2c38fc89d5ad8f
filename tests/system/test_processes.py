"""The app in processes of its own: a broken install, a windowed build without stderr, a
native crash, and an exit with the clipboard still holding what the app copied."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import billing_contact
from billing_contact.services import errors


def test_a_process_that_copied_rich_text_exits_cleanly() -> None:
    """PySide6 crashed at exit when a Python-made QMimeData was still on the clipboard."""
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtWidgets import QApplication; from billing_contact.services import desktop;"
        "app = QApplication([]); desktop.copy_to_clipboard('one', '<b>one</b>');"
        "desktop.copy_to_clipboard('two', '<b>two</b>'); print(app.clipboard().text())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "two"


def test_a_missing_icons_folder_is_said_once_and_every_page_is_built_without_icons(tmp_path: Path) -> None:
    # A broken install: the package without its icons folder, checked as IT would check it.
    shutil.copytree(
        Path(billing_contact.__file__).parent,
        tmp_path / "billing_contact",
        ignore=shutil.ignore_patterns("icons", "__pycache__"),
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--self-check"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.count("Cannot read the icons folder") == 1, result.stderr
    assert "FAIL icons: the app icon" in result.stdout
    for language in ("en", "it"):
        assert f"ok   pages {language}: 6 pages, 10 paths" in result.stdout, result.stdout


WINDOWED = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_DATA_HOME"] = sys.argv[1]
# A windowed build on Windows or macOS: no console at all.
sys.stdout = None
sys.stderr = None
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from billing_contact.app import main

def boom():
    raise ValueError("raised in a windowed build")

def leave():
    QApplication.instance().quit()

app = QApplication(["billing-contact-assistant"])  # timers need it; main() takes it over
QTimer.singleShot(200, boom)
QTimer.singleShot(600, leave)
code = main(["billing-contact-assistant", "--lang", "it"])
open(os.path.join(sys.argv[1], "exit-code"), "w").write(str(code))
"""


def test_a_windowed_build_without_stderr_logs_errors_and_keeps_running(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", WINDOWED, str(tmp_path)], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "exit-code").read_text() == "0"
    (log,) = tmp_path.rglob(errors.LOG_NAME)
    assert "ValueError: raised in a windowed build" in log.read_text(encoding="utf-8")


CRASHING = """
import os, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_DATA_HOME"] = sys.argv[1]
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from billing_contact.app import main

def crash_natively():
    os.kill(os.getpid(), signal.SIGSEGV)

app = QApplication(["billing-contact-assistant"])  # timers need it; main() takes it over
QTimer.singleShot(200, crash_natively)
main(["billing-contact-assistant", "--lang", "en"])
"""


def test_a_native_crash_leaves_its_trace_in_the_log_folder(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    result = subprocess.run(
        [sys.executable, "-c", CRASHING, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert result.returncode == -signal.SIGSEGV
    # The log folder: QStandardPaths' AppLocalDataLocation under XDG_DATA_HOME.
    crash_log = tmp_path / "BillingContactAssistant" / "billing-contact-assistant" / errors.CRASH_LOG_NAME
    trace = crash_log.read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in trace
    assert "in crash_natively" in trace
