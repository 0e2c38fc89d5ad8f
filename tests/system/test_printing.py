"""Printing to a real print queue: a CUPS scheduler of the test's own (tools/print_queue.py).

What a user with an office printer sees: the self-check names the printer, and "Print…" on the
result page sends the summary to it, as a job the queue shows under the summary's title.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import print_queue


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "cups"
    print_queue.start(folder)
    yield folder
    print_queue.stop(folder)


def _environment(queue: Path) -> dict[str, str]:
    return {**os.environ, "CUPS_SERVER": print_queue.server(queue), "QT_QPA_PLATFORM": "offscreen"}


def test_the_self_check_finds_the_printer(queue: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--self-check"],
        env=_environment(queue),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   print support: CUPS (libcupsprintersupport.so); 1 printer: check (default check)" in result.stdout


def test_print_sends_the_summary_to_the_printer(queue: Path) -> None:
    # The result page's Share summary > Print…, and OK in the print dialog, which offers the
    # machine's default printer; in a process of its own, so that libcups reads CUPS_SERVER afresh.
    script = textwrap.dedent(
        """
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QApplication, QPushButton
        from billing_contact import create_wizard

        app = QApplication([])
        wizard = create_wizard("en")
        wizard.show()
        wizard.open_walk(("choice.start.admin_center", "choice.admin_center.contact_billing_admin"))
        share = wizard.currentPage().findChild(QPushButton, "action.share_summary")
        [action] = [a for a in share.menu().actions() if a.objectName() == "action.print_summary"]
        action.trigger()
        dialog = wizard.findChild(QPrintDialog, "dialog.print")
        print(dialog.printer().printerName())
        dialog.accept()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=_environment(queue),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "check", "the dialog offers the default printer"
    [job] = print_queue.jobs(queue)
    assert job.title == "Who is the billing contact? Summary"
    assert job.pages >= 1


def test_an_empty_queue_has_no_jobs(queue: Path) -> None:
    # The reading above can fail: a queue nobody printed to lists nothing.
    assert print_queue.jobs(queue) == []
