"""Opening addresses: only https and mailto, and a way out when nothing opens them."""

from __future__ import annotations

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
