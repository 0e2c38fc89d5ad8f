"""Settings: the user's remembered choice, and the organization's policy with every value checked."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from billing_contact.article import ARTICLE, PRODUCT
from billing_contact.services import settings
from oracle import POLICY_KEYS, SUPPORT_PAGE


def _policy_file(tmp_path: Path, text: str) -> QSettings:
    path = tmp_path / "billing-contact-assistant.conf"
    path.write_text(text, encoding="utf-8")
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_no_policy_means_the_article_defaults(tmp_path: Path) -> None:
    policy = settings.load_policy(ARTICLE, [_policy_file(tmp_path, "")])
    assert policy.urls == ARTICLE.default_urls()
    assert policy.product == PRODUCT
    assert not policy.contact
    assert policy.support_url == SUPPORT_PAGE


def test_a_policy_sets_addresses_product_and_contact(tmp_path: Path) -> None:
    store = _policy_file(
        tmp_path,
        "[portals]\n"
        "billing_center=https://billing.goto.com\n"
        "corporate_portal=https://link.goto.com/corp-billing\n"
        "[product]\nname=GoTo Resolve\n"
        '[contact]\nname=Help Desk Rossi\nemail=helpdesk@example.com\nhelpdesk_url="https://help.example.com/a,b"\n',
    )
    policy = settings.load_policy(ARTICLE, [store])
    assert policy.urls == {
        "billing_center": "https://billing.goto.com",
        "admin_center": "https://admin.logmeininc.com",
        "corporate_portal": "https://link.goto.com/corp-billing",
    }
    assert policy.product == "GoTo Resolve"
    assert policy.contact == settings.Contact("Help Desk Rossi", "helpdesk@example.com", "https://help.example.com/a,b")


def test_a_policy_sets_the_support_page(tmp_path: Path) -> None:
    store = _policy_file(tmp_path, "[support]\nurl=https://intranet.example.com/goto-billing\n")
    assert settings.load_policy(ARTICLE, [store]).support_url == "https://intranet.example.com/goto-billing"


@pytest.mark.parametrize(
    "value",
    ["http://support.goto.com/remote-support", "support.goto.com", "https://", "javascript:alert(1)", ""],
)
def test_a_support_page_that_is_not_https_is_ignored_and_logged(tmp_path: Path, caplog, value: str) -> None:
    store = _policy_file(tmp_path, f"[support]\nurl={value}\n")
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [store])
    assert policy.support_url == SUPPORT_PAGE
    assert "Ignored support/url" in caplog.text


@pytest.mark.parametrize(
    "value",
    [
        "http://billing.goto.com",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "billing/relative",
        "https://billing.goto.com/\\x01",
        "https://" + "a" * 2050 + ".com",
        "https://billing.goto.com,https://evil.example",
    ],
)
def test_an_address_that_is_not_https_is_ignored_and_logged(tmp_path: Path, caplog, value: str) -> None:
    store = _policy_file(tmp_path, f"[portals]\nbilling_center={value}\n")
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [store])
    assert policy.urls["billing_center"] == "https://billing.logmeininc.com"
    assert "portals/billing_center" in caplog.text
    assert "Ignored" in caplog.text


@pytest.mark.parametrize(
    ("key", "value"),
    [("contact/email", "a@b@example.com"), ("contact/helpdesk_url", "http://help"), ("product/name", "x" * 101)],
)
def test_a_bad_contact_or_name_is_ignored_and_logged(tmp_path: Path, caplog, key: str, value: str) -> None:
    group, name = key.split("/")
    store = _policy_file(tmp_path, f"[{group}]\n{name}={value}\n")
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [store])
    assert policy.product == PRODUCT
    assert not policy.contact
    assert f"Ignored {key}" in caplog.text


def _store(folder: Path, text: str) -> QSettings:
    folder.mkdir()
    return _policy_file(folder, text)


def test_group_policy_wins_key_by_key_over_the_organization_settings(tmp_path: Path) -> None:
    group_policy = _store(
        tmp_path / "policies",
        "[portals]\nbilling_center=https://billing.goto.com\n[contact]\nemail=gpo@example.com\n",
    )
    local = _store(
        tmp_path / "local",
        "[portals]\nbilling_center=https://billing.example.org\nadmin_center=https://admin.goto.com\n"
        "[contact]\nemail=local@example.org\nname=Local Desk\n",
    )
    policy = settings.load_policy(ARTICLE, [group_policy, local])
    assert policy.urls == {
        "billing_center": "https://billing.goto.com",
        "admin_center": "https://admin.goto.com",
        "corporate_portal": "https://link.logmeininc.com/corp-billing",
    }
    assert policy.contact == settings.Contact("Local Desk", "gpo@example.com", "")


def test_a_removed_group_policy_leaves_the_organization_settings(tmp_path: Path) -> None:
    local = _store(tmp_path / "local", "[portals]\nbilling_center=https://billing.goto.com\n[product]\nname=GoTo\n")
    policy = settings.load_policy(ARTICLE, [_store(tmp_path / "policies", ""), local])
    assert policy.urls["billing_center"] == "https://billing.goto.com"
    assert policy.product == "GoTo"


def test_an_unusable_group_policy_value_is_ignored_not_replaced_by_the_local_one(tmp_path: Path, caplog) -> None:
    group_policy = _store(tmp_path / "policies", "[portals]\nbilling_center=http://billing.goto.com\n")
    local = _store(tmp_path / "local", "[portals]\nbilling_center=https://billing.example.org\n")
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [group_policy, local])
    assert policy.urls["billing_center"] == "https://billing.logmeininc.com"
    assert f"Ignored portals/billing_center in {group_policy.fileName()}" in caplog.text


def test_off_windows_the_policy_is_the_system_scope_alone() -> None:
    assert settings.group_policy_settings() is None
    stores = settings.policy_stores()
    assert [store.fileName() for store in stores] == [
        QSettings(
            QSettings.Format.NativeFormat,
            QSettings.Scope.SystemScope,
            "BillingContactAssistant",
            "billing-contact-assistant",
        ).fileName()
    ]


def test_on_windows_group_policy_is_read_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    stores = settings.policy_stores()
    # Off Windows QSettings takes the registry path for a file name, relative to the working folder.
    assert stores[0].fileName().endswith("HKEY_LOCAL_MACHINE\\Software\\Policies\\BillingContactAssistant")
    assert stores[1].fileName() == settings.system_settings().fileName()
    assert len(stores) == 2


def test_the_sample_policy_file_is_valid_and_documents_every_key() -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "organization.conf"
    text = sample.read_text(encoding="utf-8")
    readme = (sample.parent.parent / "README.md").read_text(encoding="utf-8")
    for key in POLICY_KEYS:
        name = key.split("/")[1]
        assert f"{name}=" in text, key
        assert f"`{key}`" in readme, key
    assert "[portals]" in text


def test_the_sample_policy_file_loads_without_a_warning(caplog) -> None:
    sample = Path(__file__).resolve().parents[2] / "resources" / "organization.conf"
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [QSettings(str(sample), QSettings.Format.IniFormat)])
    assert policy == settings.Policy(ARTICLE.default_urls())
    assert not caplog.text


def test_the_remembered_language_round_trips() -> None:
    assert settings.remembered_language() is None
    assert settings.remember_language("it")
    assert settings.remembered_language() == "it"


def _user_file() -> Path:
    return Path(QSettings(settings.ORGANIZATION, settings.APPLICATION).fileName())


@pytest.mark.parametrize("content", [b"[General\nlanguage=it\n", b"[General\x00\xff\nlanguage=\n"])
def test_a_corrupt_user_settings_file_is_left_alone_and_defaults_are_used(make_wizard, caplog, content) -> None:
    path = _user_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert settings.remembered_language() is None
        assert not settings.remember_language("it")
        wizard = make_wizard(None)
    assert wizard.currentPage().objectName() == "page.start"
    assert "cannot be read (FormatError): using the defaults. The file is left as it is." in caplog.text
    assert str(path) in caplog.text
    assert path.read_bytes() == content, "the file is kept for whoever wants to look at it"
    path.unlink()


def test_a_settings_path_that_is_a_folder_is_said_and_defaults_are_used(caplog) -> None:
    path = _user_file()
    path.mkdir(parents=True)
    try:
        with caplog.at_level(logging.WARNING):
            assert not settings.remember_language("it")
            assert settings.remembered_language() is None
        assert "Could not save the language choice" in caplog.text or "cannot be read" in caplog.text
    finally:
        path.rmdir()
