"""Packaging: the icons, the desktop entry and metainfo, the Windows recipe, and windowed builds.

The desktop entry, the metainfo and the installer's texts are generated from resources/listing.json
(packaging/make_desktop_files.py); these tests hold the generated files to it, and its names to the
app's own catalogs.

The bundle and the .deb themselves are built and installed by `make package-check` (slow, root);
these tests check the files those builds take, quickly, on every `make test`.
"""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

import pytest

from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage, QImageReader

from billing_contact import __version__
from billing_contact.services.i18n import LANGUAGES
from billing_contact.services.icons import APP_ICON, ICON_DIR, png_icon
from billing_contact.services.settings import APPLICATION
from oracle import APP_ID, HOMEPAGE, TITLES
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
MASTER = RESOURCES / "icons" / f"{APP_ID}.svg"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
WINDOWS = ROOT / "packaging" / "windows"
TITLE = TITLES["en"]


def _pyproject(key: str) -> str:
    """A top-level string of pyproject.toml's [project] table (tomllib is Python 3.11+ only)."""
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8").split("[project]", 1)[1]
    found = re.search(rf'^{key} = "([^"]*)"', project, re.MULTILINE)
    assert found, f"no {key} in [project]"
    return found.group(1)


def _make_icons() -> ModuleType:
    return load_script(ROOT / "packaging" / "make_icons.py")


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: `make test` installs it (tools/system-deps test)"
    return path


def _translated(language: str, context: str, text: str) -> str:
    translator = QTranslator()
    assert translator.load(f"billing_contact_{language}", str(ROOT / "gui" / "billing_contact" / "translations"))
    return translator.translate(context, text)


def _desktop_files() -> ModuleType:
    return load_script(ROOT / "packaging" / "make_desktop_files.py")


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    return entry["Desktop Entry"]


# --- the icon ----------------------------------------------------------------------------------


def test_the_runtime_icon_is_the_master() -> None:
    assert APP_ICON.read_bytes() == MASTER.read_bytes(), "run make icons"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_hicolor_png_has_its_size(qapp, size: int) -> None:
    image = QImage(str(RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_no_other_hicolor_size_is_shipped() -> None:
    sizes = {path.name for path in (RESOURCES / "icons" / "hicolor").iterdir()}
    assert sizes == {f"{n}x{n}" for n in (16, 24, 32, 48, 64, 128, 256, 512)}


@pytest.mark.parametrize(
    ("suffix", "sizes"),
    [
        (".ico", [16, 24, 32, 48, 64, 128, 256]),
        (".icns", [16, 32, 32, 64, 128, 256, 256, 512, 512, 1024]),
    ],
)
def test_the_platform_icons_hold_every_size(qapp, suffix: str, sizes: list[int]) -> None:
    reader = QImageReader(str(RESOURCES / "icons" / f"{APP_ID}{suffix}"))
    read = []
    for number in range(reader.imageCount()):
        assert reader.jumpToImage(number)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        read.append(image.width())
    assert read == sizes


def test_the_committed_icons_are_rendered_from_the_current_master(qapp, tmp_path: Path) -> None:
    written = _make_icons().render_all(MASTER, tmp_path)
    assert len(written) == 10
    stale = [
        str(path.relative_to(tmp_path))
        for path in written
        if path.read_bytes() != (RESOURCES / "icons" / path.relative_to(tmp_path)).read_bytes()
    ]
    assert stale == [], "run make icons"


def test_the_first_pages_png_icons_are_rendered_from_their_svg(qapp, tmp_path: Path) -> None:
    make_icons = _make_icons()
    written = make_icons.render_runtime(ICON_DIR, tmp_path)
    assert len(written) == sum(len(sizes) for sizes in make_icons.RUNTIME_PNG_SIZES.values())
    stale = [path.name for path in written if path.read_bytes() != (ICON_DIR / path.name).read_bytes()]
    assert stale == [], "run make icons"
    # What the app loads is what was drawn: each size, and nothing else under those names.
    for name, sizes in make_icons.RUNTIME_PNG_SIZES.items():
        assert sorted(p.name for p in ICON_DIR.glob(f"{name}-*.png")) == sorted(f"{name}-{n}.png" for n in sizes)
        icon = png_icon(name)
        assert sorted(size.width() for size in icon.availableSizes()) == sorted(sizes)


# --- Linux desktop integration -----------------------------------------------------------------


def test_the_desktop_entry_validates() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    # Hints and warnings are printed too, with exit code 0: none is accepted.
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_desktop_entry_names_the_app() -> None:
    section = _desktop_entry()
    # The launcher pyproject installs (gui-scripts) and the .deb puts on PATH.
    assert section["Exec"].split()[0] == _pyproject("name") == "billing-contact-assistant"
    # setDesktopFileName(APP_ID) tells the desktop which entry (and so which icon) a window has.
    assert DESKTOP.name == f"{APP_ID}.desktop"
    assert section["Icon"] == APP_ID
    assert section["StartupWMClass"] == APPLICATION
    assert section["Name"] == TITLE
    assert section["Terminal"] == "false"


def test_the_generated_files_are_up_to_date() -> None:
    make = _desktop_files()
    stale = [
        str(path) for path, text in make.generated(make.load()).items() if (ROOT / path).read_text("utf-8") != text
    ]
    assert stale == [], "edit resources/listing.json, then run make desktop-files"


def test_the_listing_speaks_every_language_of_the_app() -> None:
    listing = _desktop_files().load()
    for key in ("name", "generic_name", "comment", "keywords", "summary", "description"):
        assert tuple(listing[key]) == LANGUAGES, key
    # Each description says which languages the app speaks: all seven, in its own words.
    assert (
        "English, Italian, German, French, Spanish, Brazilian Portuguese and Dutch" in listing["description"]["en"][1]
    )
    assert (
        "Nederlands, Engels, Italiaans, Duits, Frans, Spaans en Braziliaans Portugees"
        in listing["description"]["nl"][1]
    )
    assert "olandese" in listing["description"]["it"][1]


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_the_desktop_entry_speaks_each_language(language: str) -> None:
    section = _desktop_entry()
    # The menu shows the name the window's title bar shows, in the app's own catalog.
    assert section[f"Name[{language}]"] == _translated(language, "Wizard", TITLE)
    for key in ("GenericName", "Comment", "Keywords"):
        assert section[f"{key}[{language}]"], key
        assert section[f"{key}[{language}]"] != section[key], f"{key}[{language}] is the English text"


def _menu_name(section: configparser.SectionProxy, locale: str) -> str:
    """The Name a desktop in ``locale`` shows, as the Desktop Entry specification looks it up:
    lang_COUNTRY, then lang, then the untranslated key."""
    language, _, _ = locale.partition("_")
    for key in (f"Name[{locale}]", f"Name[{language}]", "Name"):
        if key in section:
            return section[key]
    raise KeyError("Name")


@pytest.mark.parametrize(
    ("locale", "title"),
    [
        ("pt_PT", TITLES["pt_BR"]),
        ("pt_BR", TITLES["pt_BR"]),
        ("it_CH", TITLES["it"]),
        ("de_AT", TITLES["de"]),
        ("nl_BE", TITLES["nl"]),
        ("nl_NL", TITLES["nl"]),
    ],
)
def test_a_desktop_in_another_region_shows_the_name_in_its_language(locale: str, title: str) -> None:
    # The app speaks its one Portuguese to any Portuguese desktop; so does its menu entry.
    assert _menu_name(_desktop_entry(), locale) == title


@pytest.mark.parametrize("language", [language for language in LANGUAGES if language != "en"])
def test_the_metainfo_speaks_each_language(language: str) -> None:
    component = ElementTree.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [e.text for e in component.findall("name") if e.get(lang) == language] == [
        _translated(language, "Wizard", TITLE)
    ]
    assert [e for e in component.findall("summary") if e.get(lang) == language]
    english = [p for p in component.findall("description/p") if p.get(lang) is None]
    translated = [p for p in component.findall("description/p") if p.get(lang) == language]
    assert len(translated) == len(english) == 3


def test_the_desktop_entry_speaks_dutch() -> None:
    section = _desktop_entry()
    assert section["Name[nl]"] == "Assistent voor de factureringscontactpersoon"
    assert section["Comment[nl]"] == (
        "Ontdek wie de factureringscontactpersoon van uw account voor GoToAssist Remote Support v5 is"
    )


def test_the_package_description_names_the_seven_languages() -> None:
    description = _desktop_files().control_description(_desktop_files().load())
    synopsis, *body = description.split("\n")
    assert len(synopsis) <= 80
    assert all(line.startswith(" ") and len(line) <= 80 for line in body)
    assert "Brazilian Portuguese and Dutch" in " ".join(" ".join(body).split())


def test_the_metainfo_validates() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Validation was successful" in result.stdout


def test_the_metainfo_agrees_with_the_package() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("project_license") == _pyproject("license")
    assert component.findtext("name") == TITLE
    assert component.findtext("provides/binary") == _pyproject("name")
    releases = component.findall("releases/release")
    assert releases, "no <release>"
    assert releases[0].get("version") == __version__, "the newest release is listed first"
    description = " ".join(" ".join(p.text.split()) for p in component.findall("description/p") if p.text)
    assert "not affiliated with GoTo or LogMeIn" in description
    assert component.find("content_rating") is not None


def test_the_metainfo_has_what_appstream_1_requires() -> None:
    # AppStream 1.0's validator (Debian 13, Ubuntu 24.04) fails a component without a homepage, and
    # wants the developer as <developer id>, not the deprecated <developer_name>.
    component = ElementTree.parse(METAINFO).getroot()
    assert [url.text for url in component.findall("url[@type='homepage']")] == [HOMEPAGE]
    developer = component.find("developer")
    assert developer is not None
    assert developer.get("id") == "org.billingcontact"
    assert developer.findtext("name") == "Billing Contact Assistant developers"
    assert component.find("developer_name") is None
    project = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'urls = {{ Homepage = "{HOMEPAGE}" }}' in project


# --- Windows ------------------------------------------------------------------------------------


def test_the_installer_script_agrees_with_the_package() -> None:
    script = (WINDOWS / "billing-contact-assistant.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', script, re.MULTILINE))
    assert defines == {"AppName": TITLE, "AppVersion": __version__, "AppExe": f"{_pyproject('name')}.exe"}
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", settings["AppId"])
    assert settings["PrivilegesRequired"] == "admin"
    assert settings["AppPublisherURL"] == HOMEPAGE
    assert settings["DefaultDirName"].startswith("{autopf}\\")
    assert settings["OutputBaseFilename"] == f"{_pyproject('name')}-{{#AppVersion}}-setup"
    # A Start-menu entry; Inno Setup adds the uninstaller itself unless told not to.
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', script, re.MULTILINE)
    assert "Uninstallable=no" not in script


def test_the_installer_runs_where_qt_does_and_says_what_it_needs() -> None:
    script = (WINDOWS / "billing-contact-assistant.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    # Qt 6 needs Windows 10; Setup refuses older systems before installing anything.
    assert settings["MinVersion"] == "10.0"
    assert settings["ArchitecturesAllowed"] == settings["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    # x64compatible is Inno Setup 6.3's: the compiler stops with a message on an older one.
    assert re.search(r"^#if Ver < EncodeVer\(6, 3, 0\)\n\s*#error ", script, re.MULTILINE)
    assert '#include "messages.iss"' in script


def test_the_installer_speaks_the_apps_languages() -> None:
    messages = (WINDOWS / "messages.iss").read_text(encoding="utf-8")
    languages = dict(re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"$', messages, re.MULTILINE))
    assert tuple(languages) == LANGUAGES
    # The translations that come with Inno Setup 6, one per language, and English as its default.
    assert languages == {
        "en": "compiler:Default.isl",
        "it": "compiler:Languages\\Italian.isl",
        "de": "compiler:Languages\\German.isl",
        "fr": "compiler:Languages\\French.isl",
        "es": "compiler:Languages\\Spanish.isl",
        "pt_BR": "compiler:Languages\\BrazilianPortuguese.isl",
        "nl": "compiler:Languages\\Dutch.isl",
    }
    # The Start-menu entry's tooltip in each language, from the listing.
    comments = dict(re.findall(r"^(\w+)\.AppComment=(.+)$", messages, re.MULTILINE))
    assert comments == _desktop_files().load()["comment"]


def test_the_version_resource_agrees_with_the_package() -> None:
    text = (WINDOWS / "version_info.txt").read_text(encoding="utf-8")
    strings = dict(re.findall(r"StringStruct\('(\w+)', '([^']*)'\)", text))
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["ProductName"] == strings["FileDescription"] == TITLE
    assert strings["OriginalFilename"] == f"{_pyproject('name')}.exe"
    numbers = tuple(int(part) for part in __version__.split("."))
    fixed = (*numbers, 0, 0, 0, 0)[:4]
    for field in ("filevers", "prodvers"):
        found = re.search(rf"{field}=\(([\d, ]+)\)", text)
        assert found, field
        assert tuple(int(part) for part in found.group(1).split(",")) == fixed


# --- windowed builds ----------------------------------------------------------------------------

# A windowed build on Windows or macOS starts with sys.stdout and sys.stderr set to None.
_WITHOUT_STREAMS = textwrap.dedent(
    """
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from billing_contact.app import main

    application = QApplication(["billing-contact-assistant"])  # main() takes it over
    # Runs once main() has shown the window and entered the event loop.
    QTimer.singleShot(0, QApplication.quit)
    sys.stdout = sys.stderr = None
    sys.exit(main(["billing-contact-assistant", *sys.argv[1:]]))
    """
)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--self-check"], 0),  # prints a line per check
        (["--lang", "xx"], 0),  # logs a warning (unknown language), opens and closes the window
        (["--version"], 0),
        (["--help"], 0),
        (["--lang"], 2),  # argparse's usage error
    ],
    ids=["self-check", "window", "version", "help", "usage error"],
)
def test_nothing_breaks_without_stdout_and_stderr(args: list[str], code: int) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_STREAMS, *args], capture_output=True, text=True, check=False, timeout=60
    )
    # With no sys.stderr, a Python error would vanish silently: the exit code is what tells.
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("user_value", "child_sees"),
    [("/usr/local/lib/mine", "/usr/local/lib/mine"), (None, "(unset)")],
    ids=["user had one", "user had none"],
)
def test_the_bundle_gives_child_processes_the_users_library_path(user_value: str | None, child_sees: str) -> None:
    # What PyInstaller's bootloader leaves in the environment, then the runtime hook, then a child
    # process such as xdg-open, which starts the user's browser.
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": "/opt/billing-contact-assistant/_internal"}
    if user_value is not None:
        env["LD_LIBRARY_PATH"] += ":" + user_value
        env["LD_LIBRARY_PATH_ORIG"] = user_value
    code = (
        "import runpy, subprocess, sys; sys.frozen = True; "
        f"runpy.run_path({str(ROOT / 'packaging' / 'rthook_environment.py')!r}); "
        "subprocess.run(['sh', '-c', 'echo ${LD_LIBRARY_PATH-(unset)} ${LD_LIBRARY_PATH_ORIG-(unset)}'], check=True)"
    )
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split() == [child_sees, "(unset)"]
