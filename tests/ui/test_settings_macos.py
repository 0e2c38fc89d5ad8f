"""Where the settings live: on macOS the preference domain is the bundle id, and a configuration
profile's settings are the organization's; on Linux the files stay where users and IT have them.

Qt names macOS preferences only on a Mac: here the names QSettings is given are checked against
the rule Qt's documentation states, and the Mac's own reading is the release workflow's."""

from __future__ import annotations

import os
import types
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from billing_contact import app
from billing_contact.services import settings
from oracle import APP_ID


def macos_domain(organization: str, application: str) -> str:
    """The preference domain QSettings uses on macOS, as its documentation says: an organization
    given as an Internet domain is reversed, and the application's name follows."""
    return ".".join(reversed(organization.split("."))) + "." + application


def test_the_rule_is_the_one_qt_documents() -> None:
    # Qt's example: MySoft's Star Runner, with the domain mysoft.com, keeps
    # $HOME/Library/Preferences/com.mysoft.Star Runner.plist.
    assert macos_domain("mysoft.com", "Star Runner") == "com.mysoft.Star Runner"


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> types.SimpleNamespace:
    """The settings module as it runs on another system (``on.platform = "darwin"``)."""
    system = types.SimpleNamespace(platform="linux")
    monkeypatch.setattr(settings, "sys", system)
    return system


def test_on_macos_the_preference_domain_is_the_bundle_id(on) -> None:
    on.platform = "darwin"
    for store in (settings.user_settings(), settings.system_settings()):
        assert store is not None
        assert macos_domain(store.organizationName(), store.applicationName()) == APP_ID
    # ...so that IT's plist is /Library/Preferences/org.billingcontact.Assistant.plist.
    assert APP_ID == "org.billingcontact.Assistant"


@pytest.fixture
def identified() -> Iterator[None]:
    """The application's names as the app sets them, and the test process's own back after."""
    saved = (
        QCoreApplication.organizationName(),
        QCoreApplication.organizationDomain(),
        QCoreApplication.applicationName(),
        QCoreApplication.applicationVersion(),
    )
    app.identify()
    yield
    QCoreApplication.setOrganizationName(saved[0])
    QCoreApplication.setOrganizationDomain(saved[1])
    QCoreApplication.setApplicationName(saved[2])
    QCoreApplication.setApplicationVersion(saved[3])


def test_the_app_names_its_organization_by_the_bundle_ids_domain(identified) -> None:
    assert QCoreApplication.organizationDomain() == "billingcontact.org"
    assert macos_domain(QCoreApplication.organizationDomain(), settings.MACOS_APPLICATION) == APP_ID


def test_on_linux_the_files_stay_where_they_are(identified, on) -> None:
    # ~/.config/ and /etc/xdg/ (the tests' own folders stand in for them) keep the same file.
    where = ("BillingContactAssistant", "billing-contact-assistant.conf")
    user_store, system_store = settings.user_settings(), settings.system_settings()
    assert user_store is not None
    assert system_store is not None
    assert Path(user_store.fileName()).parts[-3:] == ("UserScope", *where)
    assert Path(system_store.fileName()).parts[-3:] == ("SystemScope", *where)
    # Qt's own default, for any QSettings made without names: the name wins over the domain here.
    assert QSettings().fileName() == user_store.fileName()
    # The log's folder is named after the organization's name too.
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(data).parts[-2:] == ("BillingContactAssistant", "billing-contact-assistant")


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where a configuration profile's settings would be, with a file there. On a Mac it is a plist;
    here Qt reads the same QSettings call as an INI file, which is enough to see who wins."""
    path = tmp_path / "Managed Preferences" / f"{APP_ID}.plist"
    path.parent.mkdir()
    path.write_text("[contact]\nemail=profile@example.com\n")
    monkeypatch.setattr(settings, "MANAGED_PREFERENCES", path)
    return path


def _files(stores: list[QSettings]) -> list[Path]:
    return [Path(store.fileName()) for store in stores]


def test_on_macos_a_configuration_profile_comes_first(on, profile: Path) -> None:
    on.platform = "darwin"
    stores = settings.policy_stores()
    assert _files(stores)[0] == profile
    assert [store.scope() for store in stores[1:]] == [QSettings.Scope.SystemScope]


def test_a_key_the_profile_sets_wins_the_others_come_from_library_preferences(on, profile: Path) -> None:
    on.platform = "darwin"
    system = settings.system_settings()
    assert system is not None
    system.setValue("contact/name", "IT Desk")
    system.setValue("contact/email", "by-hand@example.com")
    system.sync()
    policy = settings.load_policy()
    assert policy.contact == settings.Contact("IT Desk", "profile@example.com", "")


def test_without_a_profile_macos_reads_library_preferences(on, profile: Path) -> None:
    on.platform = "darwin"
    profile.unlink()
    stores = settings.policy_stores()
    assert [store.scope() for store in stores] == [QSettings.Scope.SystemScope]
    assert stores[0].organizationName() == "billingcontact.org"


def test_an_unreadable_profile_is_said_and_left_out(on, profile: Path, monkeypatch, caplog) -> None:
    on.platform = "darwin"
    # Root reads any file: the test plays the access check of a user who cannot.
    monkeypatch.setattr(settings, "os", types.SimpleNamespace(access=lambda path, mode: False, R_OK=os.R_OK))
    assert profile not in _files(settings.policy_stores())
    assert f"The configuration profile's settings in {profile} cannot be read: ignored." in caplog.text


def test_elsewhere_no_profile_is_looked_for(on, profile: Path) -> None:
    stores = settings.policy_stores()
    assert profile not in _files(stores)
    assert _files(stores)[-1].parts[-2:] == ("BillingContactAssistant", "billing-contact-assistant.conf")
