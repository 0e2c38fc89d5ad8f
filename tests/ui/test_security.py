"""No network, no credentials, no address but the portals' and mailto: proved on every path."""

from __future__ import annotations

import socket

import pytest

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTextBrowser

from helpers import choose, next_page
from oracle import ADMIN_CENTER, BILLING_CENTER, CORPORATE_PORTAL, PATHS

ALLOWED = {BILLING_CENTER, ADMIN_CENTER, CORPORATE_PORTAL}
FIELDS = {"field.billing_admin_name", "field.billing_admin_email"}
# Buttons that open nothing: they stay in the app or the clipboard, or ask the user first.
NOT_OPENERS = {"action.copy_summary", "action.save_summary", "action.print_summary", "action.start_over"}


class NetworkUsedError(Exception):
    pass


def _no_socket(*args: object, **kwargs: object) -> socket.socket:
    raise NetworkUsedError("the app tried to open a socket")


def _press_everything_on(page) -> None:
    """Fill the fields the page has, then click every button that opens something."""
    for field in page.findChildren(QLineEdit):
        if field.objectName() == "field.billing_admin_email":
            field.setText("anna@example.com")
        elif field.objectName() == "field.billing_admin_name":
            field.setText("Anna")
    for button in page.findChildren(QPushButton):
        name = button.objectName()
        if button.isVisible() and button.isEnabled() and name not in NOT_OPENERS and name:
            button.click()


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_path_runs_without_a_socket_and_opens_only_allowed_addresses(
    make_wizard, opened_urls, monkeypatch, language
) -> None:
    monkeypatch.setattr(socket, "socket", _no_socket)
    monkeypatch.setattr(socket, "create_connection", _no_socket)
    monkeypatch.setattr(socket, "getaddrinfo", _no_socket)
    for choices, _ in PATHS:
        wizard = make_wizard(language)
        for choice_id in (*choices, None):
            page = wizard.currentPage()
            _press_everything_on(page)
            if choice_id is None:
                break
            choose(wizard, choice_id)
            next_page(wizard)
        wizard.close()
    assert opened_urls, "the buttons were clicked"
    for url in opened_urls:
        assert url in ALLOWED or url.startswith("mailto:anna@example.com?"), url
    assert set(opened_urls) >= ALLOWED


@pytest.mark.parametrize("language", ["it", "en"])
def test_no_page_asks_for_a_password_or_anything_but_the_billing_admin(make_wizard, language) -> None:
    pages = 0
    for choices, _ in PATHS:
        wizard = make_wizard(language)
        for choice_id in (*choices, None):
            pages += 1
            for field in wizard.findChildren(QLineEdit):
                assert field.echoMode() != QLineEdit.EchoMode.Password, field.objectName()
                if field.isVisible():
                    assert field.objectName() in FIELDS, field.objectName()
            for view in (*wizard.findChildren(QPlainTextEdit), *wizard.findChildren(QTextBrowser)):
                assert view.isReadOnly(), view.objectName()
            if choice_id is None:
                break
            choose(wizard, choice_id)
            next_page(wizard)
    assert pages == sum(len(c) + 1 for c, _ in PATHS)
