"""Each fact is written once: the app id, the languages, the organization settings' keys and the
version live in the package, and every other place reads them from there or is generated from them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtCore import QSettings

import billing_contact
from billing_contact import app
from billing_contact.article import ARTICLE
from billing_contact.services import i18n, settings
from scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
INIT = ROOT / "gui" / "billing_contact" / "__init__.py"


def _shell_assignment(script: Path, variable: str) -> str:
    """The value a packaging shell script gives ``variable``, run from the repository root."""
    line = next(line for line in script.read_text(encoding="utf-8").splitlines() if line.startswith(f"{variable}="))
    result = subprocess.run(
        ["bash", "-c", f'{line}\nprintf %s "${variable}"'], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout


# --- the app id ---------------------------------------------------------------------------------


def test_the_app_id_is_the_packages() -> None:
    assert billing_contact.APP_ID == "org.billingcontact.Assistant"
    assert app.APP_ID is billing_contact.APP_ID
    assert load_script(PACKAGING / "make_desktop_files.py").APP_ID == billing_contact.APP_ID
    assert load_script(PACKAGING / "make_icons.py").APP_ID == billing_contact.APP_ID


@pytest.mark.parametrize("script", ["build-deb", "package-check"])
def test_the_shell_scripts_read_the_app_id_from_the_package(script: str) -> None:
    assert _shell_assignment(PACKAGING / script, "app_id") == billing_contact.APP_ID


@pytest.mark.parametrize(
    "path",
    [
        "gui/billing_contact/app.py",
        "packaging/billing-contact-assistant.spec",
        "packaging/make_desktop_files.py",
        "packaging/make_icons.py",
        "packaging/build-deb",
        "packaging/package-check",
    ],
)
def test_no_other_file_types_the_app_id_in(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(APP_ID|app_id)\s*=\s*\"?org\.", text, re.MULTILINE)


# --- the languages ------------------------------------------------------------------------------


def test_the_languages_are_the_packages_in_menu_order() -> None:
    assert billing_contact.LANGUAGES == {
        "en": "English",
        "it": "Italiano",
        "de": "Deutsch",
        "fr": "Français",
        "es": "Español",
        "pt_BR": "Português (Brasil)",
    }
    assert i18n.LANGUAGES == ("en", "it", "de", "fr", "es", "pt_BR")
    assert i18n.ENDONYMS == billing_contact.LANGUAGES


def test_a_python_without_qt_reads_the_languages() -> None:
    # The Makefile and make_desktop_files read them with the system's python3, before any virtual
    # environment (and so any Qt) exists.
    code = (
        "import sys, billing_contact; print(*billing_contact.LANGUAGES); print([m for m in sys.modules if 'Qt' in m])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "gui")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [" ".join(i18n.LANGUAGES), "[]"]


def test_the_makefile_takes_its_languages_from_the_package() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-n", "i18n"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert f"for l in {' '.join(i18n.LANGUAGES)}; do" in result.stdout
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert not re.search(r"^LANGS\s*:?=\s*en\b", makefile, re.MULTILINE)


def test_the_listing_no_longer_lists_the_languages() -> None:
    listing = json.loads((ROOT / "resources" / "listing.json").read_text(encoding="utf-8"))
    assert "languages" not in listing


def test_a_listing_text_missing_a_language_is_refused(tmp_path: Path) -> None:
    make = load_script(PACKAGING / "make_desktop_files.py")
    listing = make.load()
    del listing["comment"]["pt_BR"]
    path = tmp_path / "listing.json"
    path.write_text(json.dumps(listing), encoding="utf-8")
    with pytest.raises(ValueError, match=r"listing.json: comment has .*not every language"):
        make.load(path)


def test_every_language_needs_its_inno_setup_messages_file(monkeypatch: pytest.MonkeyPatch) -> None:
    make = load_script(PACKAGING / "make_desktop_files.py")
    listing = make.load()
    assert list(make.INNO_LANGUAGE_FILES) == list(i18n.LANGUAGES)
    monkeypatch.delitem(make.INNO_LANGUAGE_FILES, "pt_BR")
    with pytest.raises(ValueError, match="INNO_LANGUAGE_FILES names no Inno Setup messages file for pt_BR"):
        make.inno_messages(listing)


def test_the_spec_reads_the_app_id_and_the_languages_from_the_package() -> None:
    spec = (PACKAGING / "billing-contact-assistant.spec").read_text(encoding="utf-8")
    assert "from billing_contact import APP_ID, LANGUAGES, __version__" in spec
    assert not re.search(r"^(APP_ID|LANGUAGES)\s*=", spec, re.MULTILINE)


# --- the organization's settings ---------------------------------------------------------------


def _settings_docs() -> ModuleType:
    return load_script(PACKAGING / "make_settings_docs.py")


def test_the_settings_docs_are_generated_from_the_table() -> None:
    stale = [
        str(path) for path, text in _settings_docs().generated().items() if (ROOT / path).read_text("utf-8") != text
    ]
    assert stale == [], "edit SETTINGS in gui/billing_contact/services/settings.py, then run make settings-docs"


def test_a_stale_sample_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    make = _settings_docs()
    (tmp_path / "resources").mkdir()
    (tmp_path / "README.md").write_text((ROOT / "README.md").read_text("utf-8"), encoding="utf-8")
    sample = tmp_path / "resources" / "organization.conf"
    sample.write_text((ROOT / "resources" / "organization.conf").read_text("utf-8") + ";extra=1\n", encoding="utf-8")
    monkeypatch.setattr(make, "ROOT", tmp_path)
    assert make.main(["--check"]) == 1
    assert "stale, run make settings-docs: resources/organization.conf" in capsys.readouterr().err
    assert make.main([]) == 0
    assert make.main(["--check"]) == 0
    assert sample.read_text("utf-8") == (ROOT / "resources" / "organization.conf").read_text("utf-8")


def test_a_readme_without_the_table_markers_is_refused() -> None:
    make = _settings_docs()
    with pytest.raises(ValueError, match="lacks the lines that mark the settings table"):
        make.with_table("# README\n\n| key | what it sets | default |\n", make.readme_table())


def test_the_table_documents_the_keys_the_policy_reads() -> None:
    keys = [setting.key for setting in settings.SETTINGS]
    assert keys == [
        "portals/billing_center",
        "portals/admin_center",
        "portals/corporate_portal",
        "product/name",
        "contact/name",
        "contact/email",
        "contact/helpdesk_url",
    ]
    portals = {setting.key: setting.default for setting in settings.SETTINGS if setting.key.startswith("portals/")}
    assert portals == {f"portals/{portal}": url for portal, url in ARTICLE.default_urls().items()}
    table = _settings_docs().readme_table()
    assert "| `portals/admin_center` | the Admin Center's address | `https://admin.logmeininc.com` |" in table
    assert "| `contact/name` | who users ask about the account | none |" in table


def test_every_example_of_the_table_is_read_by_the_policy(tmp_path: Path, caplog) -> None:
    # The sample with every key set: each value reaches the policy, so no key is documented that
    # load_policy does not read, and every example is one it accepts.
    text = re.sub(r"^;(?=\w+=)", "", _settings_docs().sample(), flags=re.MULTILINE)
    path = tmp_path / "organization.conf"
    path.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        policy = settings.load_policy(ARTICLE, QSettings(str(path), QSettings.Format.IniFormat))
    assert not caplog.text
    examples = {setting.key: setting.example for setting in settings.SETTINGS}
    assert policy.urls == {portal: examples[f"portals/{portal}"] for portal in ARTICLE.default_urls()}
    assert policy.product == examples["product/name"]
    assert policy.contact == settings.Contact(
        examples["contact/name"], examples["contact/email"], examples["contact/helpdesk_url"]
    )
    assert all(value not in ARTICLE.default_urls().values() for value in policy.urls.values())
