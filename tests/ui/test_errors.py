"""Nothing kills the app silently: unexpected errors are logged, told, and the wizard goes on."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from billing_contact.services import desktop, errors
from helpers import choose, walk


@pytest.fixture
def reporter(tmp_path: Path):
    log_file = errors.configure_logging(tmp_path / "logs")
    assert log_file == tmp_path / "logs" / errors.LOG_NAME
    reporter = errors.ErrorReporter(log_file)
    reporter.install()
    yield reporter
    reporter.uninstall()
    errors.configure_logging(tmp_path / "after")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_page_slot_is_logged_and_told_and_the_wizard_goes_on(
    make_wizard, reporter, monkeypatch
) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center",))
    choose(wizard, "choice.billing_center.subscriptions")

    def broken(*args: object) -> None:
        raise RuntimeError("raised on purpose by the test")

    monkeypatch.setattr(desktop, "copy_to_clipboard", broken)
    wizard.currentPage().findChild(QPushButton, "copy_link.billing_center").click()

    log = reporter.log_file.read_text(encoding="utf-8")
    assert "ERROR billing_contact.services.errors: Unexpected error:" in log
    assert "RuntimeError: raised on purpose by the test" in log
    box = wizard.findChild(QMessageBox, "dialog.error")
    assert box.isVisible()
    assert box.windowTitle() == "Something went wrong"
    assert "Your answers are kept" in box.text()
    assert str(reporter.log_file) in box.informativeText()
    assert "raised on purpose" in box.detailedText()
    copy = box.findChild(QPushButton, "copy_details")
    monkeypatch.undo()
    copy.click()
    assert "RuntimeError: raised on purpose by the test" in QApplication.clipboard().text()
    assert box.isVisible(), "copying the details does not close the box"
    box.close()

    # The answer given before the error is still there, and the path can be finished.
    assert wizard.currentPage().objectName() == "page.billing_center"
    walk(wizard, ("choice.billing_center.subscriptions",))
    assert wizard.currentPage().property("verdict") == "billing_admin"


@pytest.mark.qt_no_exception_capture
def test_a_burst_of_errors_opens_one_box(make_wizard, reporter, monkeypatch) -> None:
    wizard = make_wizard("en")
    walk(wizard, ("choice.start.billing_center",))
    monkeypatch.setattr(desktop, "copy_to_clipboard", lambda *a: 1 / 0)
    button = wizard.currentPage().findChild(QPushButton, "copy_link.billing_center")
    for _ in range(5):
        button.click()
    boxes = [b for b in wizard.findChildren(QMessageBox, "dialog.error") if b.isVisible()]
    assert len(boxes) == 1
    assert boxes[0].detailedText().count("ZeroDivisionError") == 5
    boxes[0].close()


def test_qt_warnings_go_to_the_log(reporter) -> None:
    qWarning("a warning from Qt, on purpose")
    assert "WARNING qt: a warning from Qt, on purpose" in reporter.log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_the_accessibility_bus_chatter_stays_out_of_the_log(reporter) -> None:
    # What Qt says each time a screen reader or another AT-SPI client looks the app up.
    qWarning('AtSpiAdaptor::applicationInterface does not implement "GetApplicationBusAddress" "/org/a11y/atspi"')
    # ... and each time it asks about an object of a dialog that has just closed.
    qWarning('Could not find accessible on path: "/org/a11y/atspi/accessible/2147483735"')
    qWarning("a warning from Qt, on purpose")
    text = reporter.log_file.read_text(encoding="utf-8")
    assert "GetApplicationBusAddress" not in text
    assert "Could not find accessible" not in text
    assert "a warning from Qt, on purpose" in text


def test_the_log_is_rotated_and_capped(reporter) -> None:
    assert not reporter.log_file.exists(), "no record yet, no file"
    logging.getLogger("test").warning("the first record opens the file")
    assert "the first record opens the file" in reporter.log_file.read_text(encoding="utf-8")
    # Four times what the log keeps, in records of about 1 KiB.
    for number in range(4 * errors.LOG_MAX_BYTES * (errors.LOG_BACKUPS + 1) // 1024):
        logging.getLogger("test").warning("record %d %s", number, "x" * 1000)
    files = sorted(reporter.log_file.parent.glob(reporter.log_file.name + "*"))
    assert [f.name for f in files] == [reporter.log_file.name, *(f"{reporter.log_file.name}.{n}" for n in (1, 2))]
    assert all(f.stat().st_size <= errors.LOG_MAX_BYTES for f in files)
    assert f"record {number} " in reporter.log_file.read_text(encoding="utf-8")


def test_a_log_file_that_cannot_be_opened_is_said_once_and_the_app_goes_on(caplog, tmp_path: Path) -> None:
    log_file = errors.attach_log_file(tmp_path)
    assert log_file is not None
    log_file.mkdir()  # a folder where the file should be: opening it fails
    with caplog.at_level(logging.WARNING):
        logging.getLogger("test").warning("first")
        logging.getLogger("test").warning("second")
    assert caplog.text.count("Cannot write the log file") == 1
    errors.configure_logging(tmp_path / "after")


def test_a_log_folder_that_cannot_be_written_is_said_and_the_app_goes_on(caplog, tmp_path: Path) -> None:
    # /proc takes no new folder, not even from root.
    with caplog.at_level(logging.WARNING):
        assert errors.configure_logging(Path("/proc/billing-contact-logs")) is None
    assert "Cannot write the log file" in caplog.text
    reporter = errors.ErrorReporter(None)
    reporter.excepthook(RuntimeError, RuntimeError("details"), None)
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "dialog.error" and w.isVisible())
    assert box.informativeText().startswith("The details could not be written to a log file.")
    box.close()
    errors.configure_logging(tmp_path)
