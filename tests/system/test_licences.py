"""The licences the bundle carries, and the .deb's copyright file (packaging/make_licenses.py).

Both are made here from this virtual environment's wheels and interpreter, as build-bundle and
build-deb make them from the bundle's: which component is under which licence is written below by
hand, from the projects' own statements, so that a generator that names a wrong licence fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from debian.copyright import Copyright

from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
make_licenses = load_script(ROOT / "packaging" / "make_licenses.py")

QT = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
# Each component as the index names it (the start of its heading), and its licence.
EXPECTED = {
    "Billing Contact Assistant": "MIT",
    "PyInstaller's bootloader": "GPL-2.0-or-later WITH Bootloader-exception AND Apache-2.0",
    "Python": "PSF-2.0",
    "PySide6": QT,
    "shiboken6": QT,
    "Qt": QT,
    "ICU": "Unicode-DFS-2016 AND ICU AND BSD-3-Clause AND BSD-2-Clause AND NAIST-2003",
}
# What each file says, in its own words.
WORDS = {
    "billing-contact-assistant.txt": "Permission is hereby granted, free of charge",
    "Python.txt": "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",
    "PyInstaller.txt": "Bootloader Exception",
    "PySide6.txt": "GNU Lesser General Public License version 3",
    "shiboken6.txt": "GNU Lesser General Public License version 3",
    "Qt.txt": "PCRE2",
    "ICU.txt": "COPYRIGHT AND PERMISSION NOTICE",
    "LGPL-3.0-only.txt": "GNU LESSER GENERAL PUBLIC LICENSE",
    "GPL-3.0-only.txt": "GNU GENERAL PUBLIC LICENSE\n                       Version 3",
    "GPL-2.0-only.txt": "GNU GENERAL PUBLIC LICENSE\n                       Version 2",
}

OPT = "opt/billing-contact-assistant"
# Files of the .deb, and the licence (DEP-5 expression) its copyright file must give each.
DEP5_EXPECTED = {
    "usr/share/applications/org.billingcontact.Assistant.desktop": "Expat",
    f"{OPT}/_internal/billing_contact/icons/help.png": "Expat",
    f"{OPT}/billing-contact-assistant": "GPL-2+ with Bootloader exception",
    f"{OPT}/_internal/libpython3.11.so.1.0": "PSF-2.0",
    f"{OPT}/_internal/python3.11/lib-dynload/_bz2.cpython-311-x86_64-linux-gnu.so": "PSF-2.0",
    f"{OPT}/_internal/base_library.zip": "PSF-2.0",
    f"{OPT}/_internal/PySide6/QtCore.abi3.so": "LGPL-3 or GPL-2 or GPL-3",
    f"{OPT}/_internal/libpyside6.abi3.so.6.11": "LGPL-3 or GPL-2 or GPL-3",
    f"{OPT}/_internal/shiboken6/Shiboken.abi3.so": "LGPL-3 or GPL-2 or GPL-3",
    f"{OPT}/_internal/PySide6/Qt/lib/libQt6Core.so.6": "LGPL-3 or GPL-2 or GPL-3, and Qt-third-party",
    f"{OPT}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so": "LGPL-3 or GPL-2 or GPL-3, and Qt-third-party",
    f"{OPT}/_internal/libQt6Gui.so.6": "LGPL-3 or GPL-2 or GPL-3, and Qt-third-party",
    f"{OPT}/_internal/PySide6/Qt/lib/libicuuc.so.73": "ICU",
}
# Licences every Debian system has in /usr/share/common-licenses, which a copyright file may point to.
COMMON_LICENSES = {"Apache-2.0", "GPL-2", "GPL-3", "LGPL-2.1", "LGPL-3", "CC0-1.0", "MPL-2.0"}


@pytest.fixture(scope="module")
def licences(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle") / "licenses"
    assert make_licenses.main([str(folder)]) == 0
    return folder


def _index(folder: Path) -> dict[str, str]:
    """The index's components: heading line to licence."""
    entries = re.findall(r"^(\S.*)\n  Licence:   (.+)$", (folder / "README.txt").read_text(encoding="utf-8"), re.M)
    return dict(entries)


@pytest.mark.parametrize(("component", "licence"), EXPECTED.items())
def test_the_index_names_each_component_with_its_licence(licences: Path, component: str, licence: str) -> None:
    found = {heading: spdx for heading, spdx in _index(licences).items() if heading.startswith(component)}
    assert list(found.values()) == [licence], found


def test_the_index_gives_versions_and_copyrights(licences: Path) -> None:
    index = (licences / "README.txt").read_text(encoding="utf-8")
    assert re.search(r"^Python 3\.\d+\.\d+$", index, re.M)
    assert re.search(r"^PySide6 \(Qt for Python\) 6\.\d+\.\d+$", index, re.M)
    assert "Copyright: 2026 Billing Contact Assistant developers" in index
    assert re.search(r"Copyright: 2001-20\d\d Python Software Foundation", index)
    assert "Copyright: The Qt Company Ltd. and other contributors" in index
    assert "Giovanni Bajo" in index


@pytest.mark.parametrize(("name", "words"), WORDS.items())
def test_each_file_holds_its_licence_text(licences: Path, name: str, words: str) -> None:
    assert words in (licences / name).read_text(encoding="utf-8")


def test_every_file_the_index_names_is_there_and_not_empty(licences: Path) -> None:
    index = (licences / "README.txt").read_text(encoding="utf-8")
    named = {name for line in re.findall(r"^  Text:      (.+)$", index, re.M) for name in line.split(", ")}
    assert named >= set(WORDS)
    for name in named:
        assert (licences / name).stat().st_size > 500, name


def test_the_lgpl_note_says_the_libraries_can_be_replaced(licences: Path) -> None:
    """What the LGPL asks of a program that ships Qt: its users can put their own build in its place."""
    text = (licences / "Qt.txt").read_text(encoding="utf-8")
    assert "can replace" in text
    assert "https://download.qt.io/" in text


@pytest.fixture(scope="module")
def copyright_file(tmp_path_factory: pytest.TempPathFactory) -> Copyright:
    path = tmp_path_factory.mktemp("deb") / "copyright"
    assert make_licenses.main(["--dep5", str(path), "--root", OPT]) == 0
    with path.open(encoding="utf-8") as file:
        # strict: a paragraph without a field the format requires raises.
        return Copyright(file, strict=True)


def test_every_files_paragraph_has_copyright_and_license(copyright_file: Copyright) -> None:
    paragraphs = list(copyright_file.all_files_paragraphs())
    assert len(paragraphs) >= 7
    for paragraph in paragraphs:
        assert paragraph.copyright, paragraph.files
        assert paragraph.license is not None, paragraph.files
        assert paragraph.license.synopsis, paragraph.files


def _short_names(synopsis: str) -> set[str]:
    """The licences a DEP-5 expression names, without their exceptions."""
    names = re.split(r",?\s+(?:and|or)\s+", synopsis)
    return {re.sub(r"\s+with\s+.+\s+exception$", "", name).strip() for name in names}


def test_every_licence_named_has_its_text(copyright_file: Copyright) -> None:
    texts = {p.license.synopsis: p.license.text for p in copyright_file.all_license_paragraphs()}
    named = set()
    for paragraph in copyright_file.all_files_paragraphs():
        named |= _short_names(paragraph.license.synopsis)
    assert named >= {"Expat", "PSF-2.0", "LGPL-3", "GPL-2", "GPL-3", "ICU", "Qt-third-party"}
    for name in named:
        short = "GPL-2+ with Bootloader exception" if name == "GPL-2+" else name
        assert short in texts, f"no License paragraph for {name}"
        if name in COMMON_LICENSES:
            assert f"/usr/share/common-licenses/{name}" in texts[short]
        else:
            assert len(texts[short]) > 500, name
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in texts["PSF-2.0"]
    assert "Bootloader Exception" in texts["GPL-2+ with Bootloader exception"]
    assert "/usr/share/common-licenses/GPL-2" in texts["GPL-2+ with Bootloader exception"]


@pytest.mark.parametrize(("path", "licence"), DEP5_EXPECTED.items())
def test_each_file_of_the_package_has_the_right_licence(copyright_file: Copyright, path: str, licence: str) -> None:
    paragraph = copyright_file.find_files_paragraph(path)
    assert paragraph is not None
    assert paragraph.license.synopsis == licence


def test_the_system_libraries_a_bundle_carries_are_named_with_their_debian_copyright(tmp_path: Path) -> None:
    """A library copied from the build machine gets its package's copyright file, found with dpkg."""
    zlib = next((p for p in Path("/usr/lib").glob("*/libz.so.1") if p.exists()), None)
    # zlib1g is Essential on Debian and Ubuntu, the systems the Linux bundle is built on.
    assert zlib is not None
    assert Path("/usr/share/doc/zlib1g/copyright").is_file()
    internal = tmp_path / "bundle" / "_internal"
    internal.mkdir(parents=True)
    (internal / "libz.so.1").write_bytes(zlib.read_bytes())
    assert make_licenses.main([str(tmp_path / "licenses"), "--bundle", str(tmp_path / "bundle")]) == 0
    index = (tmp_path / "licenses" / "README.txt").read_text(encoding="utf-8")
    assert "libz.so.1 (Debian package zlib1g)" in index
    assert "Jean-loup Gailly and Mark Adler" in (tmp_path / "licenses" / "system" / "zlib1g.txt").read_text()

    assert make_licenses.main(["--dep5", str(tmp_path / "copyright"), "--bundle", str(tmp_path / "bundle")]) == 0
    with (tmp_path / "copyright").open(encoding="utf-8") as file:
        parsed = Copyright(file, strict=True)
    paragraph = parsed.find_files_paragraph(f"{OPT}/_internal/libz.so.1")
    assert paragraph.license.synopsis == "Debian-zlib1g"
    assert "Jean-loup Gailly" in paragraph.copyright


def test_a_library_dpkg_does_not_know_stops_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    internal = tmp_path / "bundle" / "_internal"
    internal.mkdir(parents=True)
    (internal / "libnowhere.so.1").write_bytes(b"\x7fELF")
    assert make_licenses.main([str(tmp_path / "licenses"), "--bundle", str(tmp_path / "bundle")]) == 1
    assert "libnowhere.so.1" in capsys.readouterr().err


def test_the_packages_take_the_licences_from_the_generator() -> None:
    build_deb = (ROOT / "packaging" / "build-deb").read_text(encoding="utf-8")
    assert re.search(r"make_licenses\.py --dep5 \"\$doc/copyright\"", build_deb)
    build_bundle = (ROOT / "packaging" / "build-bundle").read_text(encoding="utf-8")
    assert 'make_licenses.py "$folder/licenses"' in build_bundle
    assert 'make_licenses.py "$folder/Contents/Resources/licenses"' in build_bundle
    # The Windows installer copies the whole bundle; the disk image shows the licences beside the app.
    iss = (ROOT / "packaging" / "windows" / "billing-contact-assistant.iss").read_text(encoding="utf-8")
    assert 'Source: "..\\..\\dist\\billing-contact-assistant\\*"' in iss
    assert "recursesubdirs" in iss
    build_dmg = (ROOT / "packaging" / "build-dmg").read_text(encoding="utf-8")
    assert 'cp -R "$app/Contents/Resources/licenses" "$staging/Licenses"' in build_dmg
