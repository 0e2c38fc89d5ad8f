"""Each fact is written once: the app id, the languages, the organization settings' keys and the
version live in the package, and every other place reads them from there or is generated from them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from PySide6.QtCore import QSettings

import billing_contact
from billing_contact import app
from billing_contact.article import ARTICLE
from billing_contact.services import i18n, settings
from oracle import APP_ID, POLICY_KEYS
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _shell_assignment(script: Path, variable: str) -> str:
    """The value a packaging shell script gives ``variable``, run from the repository root."""
    line = next(line for line in script.read_text(encoding="utf-8").splitlines() if line.startswith(f"{variable}="))
    result = subprocess.run(
        ["bash", "-c", f'{line}\nprintf %s "${variable}"'], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout


# --- the app id ---------------------------------------------------------------------------------


def test_the_app_id_is_the_packages() -> None:
    assert billing_contact.APP_ID == APP_ID
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
        "nl": "Nederlands",
    }
    assert i18n.LANGUAGES == ("en", "it", "de", "fr", "es", "pt_BR", "nl")
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
    assert tuple(keys) == POLICY_KEYS
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
        policy = settings.load_policy(ARTICLE, [QSettings(str(path), QSettings.Format.IniFormat)])
    assert not caplog.text
    examples = {setting.key: setting.example for setting in settings.SETTINGS}
    assert policy.urls == {portal: examples[f"portals/{portal}"] for portal in ARTICLE.default_urls()}
    assert policy.product == examples["product/name"]
    assert policy.contact == settings.Contact(
        examples["contact/name"], examples["contact/email"], examples["contact/helpdesk_url"]
    )
    assert policy.support_url == examples["support/url"] != ARTICLE.support_url
    assert all(value not in ARTICLE.default_urls().values() for value in policy.urls.values())


# --- the version --------------------------------------------------------------------------------

CHANGELOG = """\
billing-contact-assistant (0.1.0) unstable; urgency=medium

  * First release.

 -- Billing Contact Assistant developers <maintainers@billingcontact.org>  Thu, 26 Nov 2026 12:00:00 +0000
"""


def _files(root: Path) -> dict[str, bytes]:
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def _copy_of_the_repository(destination: Path) -> Path:
    """The repository's files as they are in the working tree, committed or not, as a clone would hold them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, destination / name)
    return destination


def _next_patch() -> tuple[str, tuple[int, int, int]]:
    major, minor, patch = (int(part) for part in billing_contact.__version__.split("."))
    return f"{major}.{minor}.{patch + 1}", (major, minor, patch + 1)


@pytest.fixture(scope="module")
def bumped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, set[str]]:
    """A copy of the repository after ``make bump-version`` to the next patch version, and the days it ran on."""
    clone = _copy_of_the_repository(tmp_path_factory.mktemp("bumped"))
    version, _ = _next_patch()
    before = date.today().isoformat()
    result = subprocess.run(
        ["make", "--no-print-directory", "bump-version", f"VERSION={version}"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return clone, version, {before, date.today().isoformat()}


def test_bump_version_sets_the_version(bumped: tuple[Path, str, set[str]]) -> None:
    clone, version, _ = bumped
    assert f'\n__version__ = "{version}"\n' in (clone / "gui" / "billing_contact" / "__init__.py").read_text("utf-8")
    env = {**os.environ, "PYTHONPATH": str(clone / "gui")}
    result = subprocess.run(
        [sys.executable, "-m", "billing_contact", "--version"], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"billing-contact-assistant {version}"


def test_bump_version_adds_a_debian_changelog_entry(bumped: tuple[Path, str, set[str]]) -> None:
    clone, version, _ = bumped
    changelog = (clone / "packaging" / "debian" / "changelog").read_text("utf-8")
    header, change, trailer, rest = changelog.split("\n\n", 3)
    assert header == f"billing-contact-assistant ({version}) unstable; urgency=medium"
    assert change == f"  * Release {version}."
    # The previous entry's maintainer, and an RFC 2822 date.
    assert re.fullmatch(
        r" -- Billing Contact Assistant developers <maintainers@billingcontact\.org>  "
        r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
        r"\d\d:\d\d:\d\d [+-]\d{4}",
        trailer,
    ), trailer
    assert rest == (ROOT / "packaging" / "debian" / "changelog").read_text("utf-8")
    tool = shutil.which("dpkg-parsechangelog")
    assert tool is not None, "dpkg-parsechangelog (dpkg-dev) is installed by make test"
    parsed = subprocess.run(
        [tool, "-l", str(clone / "packaging" / "debian" / "changelog"), "-SVersion"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert parsed.stdout.strip() == version


def test_bump_version_sets_the_windows_versions(bumped: tuple[Path, str, set[str]]) -> None:
    clone, version, _ = bumped
    _, numbers = _next_patch()
    iss = (clone / "packaging" / "windows" / "billing-contact-assistant.iss").read_text("utf-8")
    assert re.findall(r'^#define AppVersion "(.*)"$', iss, re.MULTILINE) == [version]
    info = (clone / "packaging" / "windows" / "version_info.txt").read_text("utf-8")
    for field in ("filevers", "prodvers"):
        (found,) = re.findall(rf"^    {field}=\((.*)\),$", info, re.MULTILINE)
        assert tuple(int(part) for part in found.split(", ")) == (*numbers, 0)
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", info))
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    # Nothing else of either file moved.
    for name in ("billing-contact-assistant.iss", "version_info.txt"):
        old = (ROOT / "packaging" / "windows" / name).read_text("utf-8").splitlines()
        new = (clone / "packaging" / "windows" / name).read_text("utf-8").splitlines()
        assert len(old) == len(new)
        assert sum(a != b for a, b in zip(old, new, strict=True)) == (1 if name.endswith(".iss") else 4)


def test_bump_version_lists_the_release_first(bumped: tuple[Path, str, set[str]]) -> None:
    clone, version, days = bumped
    old = json.loads((ROOT / "resources" / "listing.json").read_text("utf-8"))
    new = json.loads((clone / "resources" / "listing.json").read_text("utf-8"))
    first, *rest = new["releases"]
    assert first["version"] == version
    assert first["date"] in days
    assert rest == old["releases"]
    assert {key: value for key, value in new.items() if key != "releases"} == {
        key: value for key, value in old.items() if key != "releases"
    }
    metainfo = ElementTree.parse(clone / "resources" / f"{billing_contact.APP_ID}.metainfo.xml").getroot()
    releases = [(r.get("version"), r.get("date")) for r in metainfo.findall("releases/release")]
    assert releases == [(version, first["date"]), *((r["version"], r["date"]) for r in rest)]
    # The other generated files are current in the copy too.
    check = subprocess.run(
        [sys.executable, "packaging/make_desktop_files.py", "--check"],
        cwd=clone,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr


def test_bump_version_changes_only_the_copies_of_the_version(bumped: tuple[Path, str, set[str]]) -> None:
    clone, _, _ = bumped
    changed = {name for name, data in _files(clone).items() if data != (ROOT / name).read_bytes()}
    assert changed == {
        "gui/billing_contact/__init__.py",
        "packaging/debian/changelog",
        "packaging/windows/billing-contact-assistant.iss",
        "packaging/windows/version_info.txt",
        "resources/listing.json",
        f"resources/{billing_contact.APP_ID}.metainfo.xml",
    }


@pytest.mark.parametrize(
    "version",
    ["", "0.2", "0.2.0.0", "v0.2.0", "0.2.0-rc1", "01.2.0", "0.0.1", "current"],
)
def test_a_bad_version_is_refused_and_changes_nothing(tmp_path: Path, version: str) -> None:
    clone = _copy_of_the_repository(tmp_path)
    version = billing_contact.__version__ if version == "current" else version
    before = _files(clone)
    python3 = shutil.which("python3") or sys.executable
    result = subprocess.run(
        [python3, "packaging/bump_version.py", version], cwd=clone, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(("bump-version: ", "usage: make bump-version VERSION=X.Y.Z"))
    if version:
        assert "not a version" in result.stderr or "is not above the current version" in result.stderr
        assert result.stderr.rstrip().endswith("nothing changed")
    assert _files(clone) == before


def test_make_bump_version_without_a_version_says_how() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "bump-version"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "usage: make bump-version VERSION=X.Y.Z" in result.stderr


def test_the_changelog_entry_is_debians() -> None:
    bump = load_script(PACKAGING / "bump_version.py")
    now = datetime(2027, 1, 5, 9, 30, 0, tzinfo=timezone(timedelta(hours=1)))
    assert bump.changelog(CHANGELOG, "0.1.0", "0.1.1", now) == (
        "billing-contact-assistant (0.1.1) unstable; urgency=medium\n"
        "\n"
        "  * Release 0.1.1.\n"
        "\n"
        " -- Billing Contact Assistant developers <maintainers@billingcontact.org>  Tue, 05 Jan 2027 09:30:00 +0100\n"
        "\n" + CHANGELOG
    )
