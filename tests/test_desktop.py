"""Opening addresses: only https and mailto, and a way out when nothing opens them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from PySide6.QtWidgets import QApplication, QMessageBox

from billing_contact.services import desktop


@pytest.mark.parametrize(
    "url", ["http://billing.logmeininc.com", "javascript:alert(1)", "file:///etc/passwd", "data:,x", "not a url"]
)
def test_only_https_and_mailto_are_opened(opened_urls, url: str, caplog) -> None:
    assert desktop.open_url(url) is False
    assert opened_urls == []
    assert "only https and mailto addresses are opened" in caplog.text


def test_https_and_mailto_go_to_the_desktop(opened_urls) -> None:
    assert desktop.open_url("https://billing.logmeininc.com")
    assert desktop.open_url("mailto:anna@example.com?subject=Hi")
    assert opened_urls == ["https://billing.logmeininc.com", "mailto:anna@example.com?subject=Hi"]


def test_without_a_browser_the_address_is_shown_to_copy(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: False)
    assert desktop.open_url("https://admin.logmeininc.com") is False
    box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "dialog.open_failed" and w.isVisible())
    assert isinstance(box, QMessageBox)
    assert box.informativeText() == "https://admin.logmeininc.com"
    box.close()


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
