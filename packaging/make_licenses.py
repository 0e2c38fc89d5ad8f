#!/usr/bin/env python3
"""The licences of everything the bundle carries: a folder of texts, and the .deb's copyright file.

    build/bundle-venv/bin/python packaging/make_licenses.py FOLDER [--bundle DIR]
    build/bundle-venv/bin/python packaging/make_licenses.py --dep5 FILE --bundle DIR --root opt/NAME

Run with the Python that builds the bundle: the versions and licences come from its installed
wheels' metadata (importlib.metadata), Python's licence from the interpreter's own LICENSE.txt and
PyInstaller's from its wheel's COPYING.txt. What no wheel carries (the PySide6 wheels hold no
licence file; Qt's third-party notices; ICU's licence) is kept in packaging/licenses/.

FOLDER gets one text file per component, the shared licence texts, and README.txt, the index:
each component's version, licence (SPDX) and copyright. packaging/build-bundle puts it in the
bundle (licenses/ beside the program; Contents/Resources/licenses in the macOS app), so the
Windows installer and the disk image carry it as they carry the rest.

With --bundle on Linux, the system libraries PyInstaller copied into the bundle are named too, each
with its Debian copyright file, found with dpkg; a library dpkg does not know stops the build.
--dep5 writes the same facts as a machine-readable Debian copyright file (format 1.0) with paths
under --root, for /usr/share/doc/<package>/copyright.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
from importlib import metadata
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXTS = HERE / "licenses"
APP = "billing-contact-assistant"

# The licence texts several components share, with the name Debian's copyright format gives them
# and where a Debian system keeps its own copy.
SHARED_TEXTS = {
    "LGPL-3.0-only.txt": ("LGPL-3", "/usr/share/common-licenses/LGPL-3"),
    "GPL-3.0-only.txt": ("GPL-3", "/usr/share/common-licenses/GPL-3"),
    "GPL-2.0-only.txt": ("GPL-2", "/usr/share/common-licenses/GPL-2"),
}
QT_LICENCE = "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"
QT_DEP5 = "LGPL-3 or GPL-2 or GPL-3"
QT_COPYRIGHT = ("The Qt Company Ltd. and other contributors",)
# What the LGPL asks of a program that ships the library: that its users can use a modified build.
LGPL_NOTE = (
    "This program uses it under the GNU Lesser General Public License version 3\n"
    "(LGPL-3.0-only.txt), which adds its permissions to the GNU General Public License version 3\n"
    "(GPL-3.0-only.txt). Its libraries are separate files in the program's folder (_internal/, or\n"
    "Contents/Frameworks in the macOS app): a build of your own, of the same version, can replace\n"
    "them. The source of Qt and of Qt for Python (PySide6, shiboken6) is at\n"
    "https://download.qt.io/official_releases/ and https://code.qt.io/."
)


class Component(NamedTuple):
    """One thing the bundle carries, as the index, its file and the DEP-5 paragraph show it."""

    key: str  # its file in the licences folder, without .txt
    name: str
    version: str
    spdx: str
    copyright: tuple[str, ...]
    text: str  # its file's content
    shared: tuple[str, ...] = ()  # the shared licence texts it refers to
    files: tuple[str, ...] = ()  # its files in the bundle (DEP-5 patterns, relative to the bundle)
    dep5_license: str = ""  # its licence as a DEP-5 expression
    dep5_comment: str = ""


class LicenceError(Exception):
    """Something the bundle carries whose licence cannot be told."""


def _distribution(name: str) -> metadata.Distribution:
    try:
        return metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise LicenceError(f"{name} is not installed in {sys.prefix}: run this with the bundle's Python") from None


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    licence = meta.get("License-Expression") or meta.get("License") or ""
    if not licence:
        raise LicenceError(f"{meta['Name']} {dist.version} declares no licence")
    return licence


def _dist_file(dist: metadata.Distribution, file_name: str) -> str:
    """A file the distribution installed (a licence file of its .dist-info), by its name."""
    for file in dist.files or ():
        if file.name == file_name:
            return file.read_text(encoding="utf-8")
    raise LicenceError(f"{dist.metadata['Name']} {dist.version} installed no {file_name}")


def _header(name: str, version: str, spdx: str, copyright_: tuple[str, ...]) -> str:
    lines = [f"{name} {version}", "", f"Licence: {spdx}", ""]
    lines += [f"Copyright: {line}" if i == 0 else f"           {line}" for i, line in enumerate(copyright_)]
    return "\n".join(lines)


def app() -> Component:
    dist = _distribution(APP)
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    holder = re.search(r"^Copyright \(c\) (.+)$", text, re.MULTILINE)
    if holder is None:
        raise LicenceError("LICENSE names no copyright holder")
    return Component(
        APP,
        "Billing Contact Assistant",
        dist.version,
        _licence_of(dist),
        (holder.group(1),),
        text,
        files=("*",),
        dep5_license="Expat",
    )


def python() -> Component:
    """Python: the interpreter, its standard library and its extension modules, as the bundle has them."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    version = platform.python_version()
    # python.org and pyenv builds keep LICENSE.txt in the standard library's folder; python.org's
    # Windows installer keeps it in the installation's root.
    for candidate in (stdlib / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            text = candidate.read_text(encoding="utf-8")
            break
    else:
        raise LicenceError(f"Python {version} in {sys.base_prefix} has no LICENSE.txt")
    years = re.search(r"Copyright \(c\) 2001,? ([\d,\s]*?)(\d{4}) Python Software Foundation", text)
    last = years.group(2) if years else "2001"
    copyright_ = (
        f"2001-{last} Python Software Foundation",
        "2000 BeOpen.com",
        "1995-2001 Corporation for National Research Initiatives",
        "1991-1995 Stichting Mathematisch Centrum",
    )
    major_minor = ".".join(version.split(".")[:2])
    return Component(
        "Python",
        "Python",
        version,
        "PSF-2.0",
        copyright_,
        text,
        files=(
            "_internal/base_library.zip",
            f"_internal/libpython{major_minor}*",
            f"_internal/python{major_minor}/*",
        ),
        dep5_license="PSF-2.0",
        dep5_comment="Python's LICENSE.txt, which also covers the code of others Python carries.",
    )


def pyside6() -> Component:
    dist = _distribution("PySide6-Essentials")
    spdx = _licence_of(dist)
    header = _header(f"PySide6 (Qt for Python, {dist.metadata['Name']})", dist.version, spdx, QT_COPYRIGHT)
    return Component(
        "PySide6",
        "PySide6 (Qt for Python)",
        dist.version,
        spdx,
        QT_COPYRIGHT,
        f"{header}\n\n{LGPL_NOTE}\n",
        ("LGPL-3.0-only.txt", "GPL-3.0-only.txt", "GPL-2.0-only.txt"),
        ("_internal/PySide6/*", "_internal/libpyside6*"),
        QT_DEP5,
    )


def shiboken6() -> Component:
    dist = _distribution("shiboken6")
    spdx = _licence_of(dist)
    header = _header("shiboken6 (Qt for Python's binding support)", dist.version, spdx, QT_COPYRIGHT)
    return Component(
        "shiboken6",
        "shiboken6",
        dist.version,
        spdx,
        QT_COPYRIGHT,
        f"{header}\n\n{LGPL_NOTE}\n",
        ("LGPL-3.0-only.txt", "GPL-3.0-only.txt", "GPL-2.0-only.txt"),
        ("_internal/shiboken6/*", "_internal/libshiboken6*"),
        QT_DEP5,
    )


def qt() -> Component:
    """Qt's libraries and plugins, as the PySide6-Essentials wheel ships them."""
    version = _distribution("PySide6-Essentials").version
    header = _header("Qt (the build PySide6-Essentials ships)", version, QT_LICENCE, QT_COPYRIGHT)
    third_party = (TEXTS / "Qt-third-party.txt").read_text(encoding="utf-8")
    return Component(
        "Qt",
        "Qt",
        version,
        QT_LICENCE,
        QT_COPYRIGHT,
        f"{header}\n\n{LGPL_NOTE}\n\n\n{third_party}",
        ("LGPL-3.0-only.txt", "GPL-3.0-only.txt", "GPL-2.0-only.txt"),
        ("_internal/libQt6*", "_internal/PySide6/Qt/*"),
        f"{QT_DEP5}, and Qt-third-party",
        "Qt's own libraries carry code of other projects: their notices are in the Qt-third-party licence.",
    )


def icu(qt_lib: Path) -> Component | None:
    """ICU, which Qt's Linux build links and ships (libicu*.so.NN); Windows and macOS use the system's."""
    found = sorted(qt_lib.glob("libicuuc.so.*"))
    if not found:
        return None
    major = found[0].name.rsplit(".", 1)[-1]
    copyright_ = (
        "1991-2017 Unicode, Inc.",
        "1995-2016 International Business Machines Corporation and others",
    )
    # Up to ICU 73 the licence is the Unicode data files and software licence of 2016 with ICU's
    # older licence and the notices of its dictionaries; from ICU 74 on, the Unicode licence v3.
    spdx = "Unicode-DFS-2016 AND ICU AND BSD-3-Clause AND BSD-2-Clause AND NAIST-2003"
    if int(major) >= 74:
        spdx = "Unicode-3.0 AND ICU AND BSD-3-Clause AND BSD-2-Clause AND NAIST-2003"
    return Component(
        "ICU",
        "ICU",
        major,
        spdx,
        copyright_,
        (TEXTS / "ICU.txt").read_text(encoding="utf-8"),
        files=("_internal/libicu*", "_internal/PySide6/Qt/lib/libicu*"),
        dep5_license="ICU",
    )


def pyinstaller() -> Component:
    dist = _distribution("pyinstaller")
    text = _dist_file(dist, "COPYING.txt")
    head = text.split("PyInstaller is licensed", 1)[0]
    copyright_ = tuple(
        re.sub(r"^Copyright \(c\) ", "", line.strip()) for line in head.splitlines() if "opyright" in line
    )
    return Component(
        "PyInstaller",
        "PyInstaller's bootloader and run-time hooks",
        dist.version,
        "GPL-2.0-or-later WITH Bootloader-exception AND Apache-2.0",
        copyright_,
        text,
        files=(APP,),
        dep5_license="GPL-2+ with Bootloader exception",
        dep5_comment=(
            "PyInstaller's bootloader, which starts the program, and the archive of Python modules it "
            "carries: the program's own, Python's standard library and PySide6's, each under its licence "
            "here, and PyInstaller's run-time hooks (Apache-2.0, whose text is in PyInstaller's COPYING.txt "
            "below)."
        ),
    )


# -- the system libraries a Linux bundle carries ---------------------------------------------------

# Libraries of the components above, found directly in _internal/.
_OWN_LIBRARIES = ("libpython", "libQt6", "libicu", "libpyside6", "libshiboken6")


def _debian_package(library: str) -> tuple[str, str, Path]:
    """The Debian package (name, version) that holds ``library`` on this machine, and its copyright file."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    candidates = [Path(d) / library for d in (f"/usr/lib/{multiarch}", f"/lib/{multiarch}", "/usr/lib", "/lib")]
    for candidate in candidates:
        if not candidate.exists():
            continue
        for path in dict.fromkeys((str(candidate), str(candidate.resolve()))):
            result = subprocess.run(["dpkg-query", "-S", path], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                package = result.stdout.split(":", 1)[0].strip()
                version = subprocess.run(
                    ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True, check=True
                ).stdout
                return package, version, Path("/usr/share/doc") / package / "copyright"
    raise LicenceError(
        f"the bundle carries {library}, and dpkg does not say which package it comes from: "
        "build on Debian or Ubuntu, or leave the library out (the spec's SYSTEM_LIBRARIES)"
    )


def _deb822(text: str) -> list[dict[str, str]]:
    """The paragraphs of a Debian control-style file, each field's lines joined by newlines."""
    paragraphs = []
    for block in re.split(r"\n[ \t]*\n", text.strip()):
        fields: dict[str, str] = {}
        name = ""
        for line in block.splitlines():
            if line[:1] in (" ", "\t") and name:
                fields[name] += "\n" + line.strip()
            elif ":" in line:
                name, value = line.split(":", 1)
                fields[name] = value.strip()
        paragraphs.append(fields)
    return paragraphs


def system_libraries(bundle: Path) -> list[Component]:
    """The libraries of the build machine PyInstaller copied into a Linux bundle, one component a package."""
    internal = bundle / "_internal"
    if not sys.platform.startswith("linux") or not internal.is_dir():
        return []
    libraries = sorted(
        p.name
        for p in internal.iterdir()
        if ".so" in p.name and p.is_file() and not p.is_symlink() and not p.name.startswith(_OWN_LIBRARIES)
    )
    by_package: dict[str, tuple[str, Path, list[str]]] = {}
    for library in libraries:
        package, version, copyright_file = _debian_package(library)
        by_package.setdefault(package, (version, copyright_file, []))[2].append(library)
    components = []
    for package, (version, copyright_file, files) in sorted(by_package.items()):
        text = copyright_file.read_text(encoding="utf-8")
        # Debian's own words, where its copyright file is machine-readable.
        whole = next((p for p in _deb822(text) if p.get("Files") == "*"), {})
        spdx = (
            f"see Debian's copyright file ({whole['License'].splitlines()[0]})"
            if "License" in whole
            else ("see Debian's copyright file")
        )
        holders = tuple(line for line in whole.get("Copyright", "").splitlines() if line) or (
            f"the authors named in Debian's copyright file of {package}",
        )
        components.append(
            Component(
                f"system/{package}",
                f"{', '.join(files)} (Debian package {package})",
                version,
                spdx,
                holders,
                text,
                files=tuple(f"_internal/{name}" for name in files),
                dep5_license=f"Debian-{package}",
            )
        )
    return components


# -- what they make ---------------------------------------------------------------------------------


def components(bundle: Path | None = None) -> list[Component]:
    """Every component, in the order the index lists them."""
    qt_lib = Path(_distribution("PySide6-Essentials").locate_file("PySide6/Qt/lib"))
    # In this order because a DEP-5 file's last paragraph that matches a file is the one that
    # counts: Qt's files lie inside PySide6's folder, ICU's inside Qt's.
    found = [app(), pyinstaller(), python(), pyside6(), shiboken6(), qt(), icu(qt_lib)]
    listed = [c for c in found if c is not None]
    if bundle is not None:
        listed += system_libraries(bundle)
    return listed


def write_folder(folder: Path, listed: list[Component]) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shared: dict[str, None] = {}
    for component in listed:
        path = folder / f"{component.key}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(component.text, encoding="utf-8")
        shared.update(dict.fromkeys(component.shared))
    for name in shared:
        shutil.copyfile(TEXTS / name, folder / name)
    (folder / "README.txt").write_text(index(listed), encoding="utf-8")


def index(listed: list[Component]) -> str:
    app_component = listed[0]
    lines = [
        f"{app_component.name} {app_component.version}: licences",
        "",
        "The program, and what it carries of others, each under its own licence. For each: its",
        "version, its licence (as an SPDX expression), its copyright, and the file with its licence's text.",
        "",
    ]
    for component in listed:
        lines += [f"{component.name} {component.version}", f"  Licence:   {component.spdx}"]
        lines += [f"  {'Copyright:' if i == 0 else '          '} {line}" for i, line in enumerate(component.copyright)]
        texts = ", ".join((f"{component.key}.txt", *component.shared))
        lines += [f"  Text:      {texts}", ""]
    return "\n".join(lines)


def _dep5_text(text: str) -> str:
    """A multi-line field's continuation lines: each indented, a blank line as a lone dot."""
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.rstrip().splitlines())


def _pyinstaller_terms(copying: str) -> str:
    """PyInstaller's licensing terms, with the texts of the GPL and Apache licences Debian has."""
    terms = re.split(r"^=+\nGNU General Public License\n=+$", copying, maxsplit=1, flags=re.MULTILINE)[0]
    return (
        f"{terms.rstrip()}\n\n"
        "On Debian systems, the complete text of the GNU General Public License version 2 is in\n"
        "/usr/share/common-licenses/GPL-2, and that of the Apache License version 2.0 in\n"
        "/usr/share/common-licenses/Apache-2.0."
    )


def dep5(listed: list[Component], root: str) -> str:
    """The components as a machine-readable Debian copyright file, paths under ``root``."""
    app_component = listed[0]
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        f"Upstream-Name: {APP}",
        "Comment: Generated by packaging/make_licenses.py from the bundle and the wheels it was built",
        f" from. The same texts are in /{root}/licenses/.",
        "",
    ]
    for component in listed:
        files = [f"{root}/{pattern}" if pattern != "*" else "*" for pattern in component.files]
        out.append("Files: " + "\n ".join(files))
        out.append("Copyright: " + "\n ".join(component.copyright))
        out.append(f"License: {component.dep5_license}")
        if component.dep5_comment:
            out.append(f"Comment: {component.dep5_comment}")
        out.append("")
    texts = {
        "Expat": app_component.text.split("\n\n", 2)[2],
        **{c.dep5_license: c.text for c in listed if c.key in {"Python", "ICU"}},
        **{c.dep5_license: _pyinstaller_terms(c.text) for c in listed if c.key == "PyInstaller"},
        **{c.dep5_license: c.text for c in listed if c.key.startswith("system/")},
        "Qt-third-party": (TEXTS / "Qt-third-party.txt").read_text(encoding="utf-8"),
    }
    for name, text in texts.items():
        out += [f"License: {name}", _dep5_text(text), ""]
    for short, common in SHARED_TEXTS.values():
        out += [f"License: {short}", f" On Debian systems, the complete text of this licence is in {common}."]
        if short == "LGPL-3":
            out.append(" It adds its permissions to the GPL version 3, in /usr/share/common-licenses/GPL-3.")
        out.append("")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("folder", nargs="?", type=Path, help="the licences folder to write")
    parser.add_argument("--bundle", type=Path, help="the bundle, for the system libraries it carries (Linux)")
    parser.add_argument("--dep5", type=Path, help="write a Debian copyright file (format 1.0) here instead")
    parser.add_argument("--root", default=f"opt/{APP}", help="where the .deb installs the bundle (with --dep5)")
    args = parser.parse_args(argv)
    if (args.folder is None) == (args.dep5 is None):
        parser.error("give either a folder or --dep5 FILE")
    try:
        listed = components(args.bundle)
    except LicenceError as error:
        print(f"make_licenses: {error}", file=sys.stderr)
        return 1
    if args.dep5 is not None:
        args.dep5.write_text(dep5(listed, args.root.strip("/")), encoding="utf-8")
    else:
        write_folder(args.folder, listed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
