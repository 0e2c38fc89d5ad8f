"""The sample configuration profile for macOS (resources/org.billingcontact.Assistant.mobileconfig):
a well-formed plist, one Custom Settings payload for the app's preference domain with every key
of the policy, each value one the app accepts. Installing it on a Mac is for a Mac."""

from __future__ import annotations

import logging
import plistlib
import re
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings

from billing_contact.article import ARTICLE
from billing_contact.services import settings
from oracle import APP_ID, POLICY_KEYS
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
PROFILE = ROOT / "resources" / "org.billingcontact.Assistant.mobileconfig"
# The policy's keys as a macOS plist holds them: Qt writes a key's slash as a dot there.
PLIST_KEYS = [
    "portals.billing_center",
    "portals.admin_center",
    "portals.corporate_portal",
    "product.name",
    "contact.name",
    "contact.email",
    "contact.helpdesk_url",
    "support.url",
]
UUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")


def _profile() -> dict:
    with PROFILE.open("rb") as stream:
        return plistlib.load(stream)


def _preferences(profile: dict) -> dict:
    (payload,) = profile["PayloadContent"]
    assert payload["PayloadType"] == "com.apple.ManagedClient.preferences"
    assert list(payload["PayloadContent"]) == [APP_ID]
    (forced,) = payload["PayloadContent"][APP_ID]["Forced"]
    return forced["mcx_preference_settings"]


def test_the_profile_is_a_configuration_profile_for_every_user_of_the_mac() -> None:
    profile = _profile()
    assert profile["PayloadType"] == "Configuration"
    assert profile["PayloadScope"] == "System"
    (payload,) = profile["PayloadContent"]
    for part in (profile, payload):
        assert part["PayloadVersion"] == 1
        assert part["PayloadIdentifier"].startswith(f"{APP_ID}.")
        assert UUID.fullmatch(part["PayloadUUID"])
    assert profile["PayloadUUID"] != payload["PayloadUUID"]
    assert profile["PayloadIdentifier"] != payload["PayloadIdentifier"]


def test_the_profile_sets_every_key_of_the_policy_for_the_apps_domain() -> None:
    preferences = _preferences(_profile())
    assert list(preferences) == PLIST_KEYS
    assert [key.replace(".", "/") for key in PLIST_KEYS] == list(POLICY_KEYS)
    assert all(isinstance(value, str) and value for value in preferences.values())
    # What macOS writes from it is the file the app reads.
    assert Path("/Library/Managed Preferences", f"{APP_ID}.plist") == settings.MANAGED_PREFERENCES


def test_every_value_of_the_profile_is_one_the_policy_takes(tmp_path: Path, caplog) -> None:
    # The profile's values as QSettings reads them from the managed plist on a Mac (a dot is a
    # slash), written here to a file of Qt's own format.
    store = QSettings(str(tmp_path / "managed.ini"), QSettings.Format.IniFormat)
    preferences = _preferences(_profile())
    for key, value in preferences.items():
        store.setValue(key.replace(".", "/"), value)
    store.sync()
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, [store])
    assert not caplog.text
    assert policy.urls == {
        "billing_center": preferences["portals.billing_center"],
        "admin_center": preferences["portals.admin_center"],
        "corporate_portal": preferences["portals.corporate_portal"],
    }
    assert policy.product == preferences["product.name"]
    assert policy.contact == settings.Contact(
        preferences["contact.name"], preferences["contact.email"], preferences["contact.helpdesk_url"]
    )
    assert policy.support_url == preferences["support.url"]


def test_the_profile_is_generated_from_the_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    make = load_script(ROOT / "packaging" / "make_macos_profile.py")
    assert make.generated() == {Path("resources") / PROFILE.name: PROFILE.read_text(encoding="utf-8")}
    (tmp_path / "resources").mkdir()
    stale = tmp_path / "resources" / PROFILE.name
    stale.write_text(PROFILE.read_text(encoding="utf-8").replace("contact.email", "contact.mail"), encoding="utf-8")
    monkeypatch.setattr(make, "ROOT", tmp_path)
    assert make.main(["--check"]) == 1
    assert f"stale, run make settings-docs: resources/{PROFILE.name}" in capsys.readouterr().err
    assert make.main([]) == 0
    assert stale.read_text(encoding="utf-8") == PROFILE.read_text(encoding="utf-8")


def test_a_key_with_a_dot_is_refused() -> None:
    make = load_script(ROOT / "packaging" / "make_macos_profile.py")
    with pytest.raises(ValueError, match="has a dot"):
        make.plist_key("portals/billing.center")
