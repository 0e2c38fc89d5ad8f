"""Set the version of a release everywhere it is stated (make bump-version VERSION=X.Y.Z).

    python3 packaging/bump_version.py X.Y.Z

``__version__`` in gui/billing_contact/__init__.py is the version; hatch, the app, the spec and the
build scripts read it there. This sets it, and writes the copies that other tools read on their own:

- packaging/debian/changelog: a new entry at the top, by the previous entry's maintainer, dated now
  (build-deb refuses a version the changelog does not name, and dates the package's files by it);
- packaging/windows/billing-contact-assistant.iss: ``#define AppVersion``, for Inno Setup;
- packaging/windows/version_info.txt: the .exe's version resource, for PyInstaller;
- resources/listing.json: a release at the top of ``releases``, dated today, and the AppStream
  metainfo generated from it (make_desktop_files).

X.Y.Z must be three numbers and above the current version; anything else is refused with exit
code 2 and nothing written. Every file is read and checked before any is written. Standard library
only: the system's python3 runs it, before any virtual environment exists.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

# make_desktop_files, beside this script, writes the metainfo from the listing.
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_desktop_files

ROOT = make_desktop_files.ROOT
INIT = Path("gui") / "billing_contact" / "__init__.py"
CHANGELOG = Path("packaging") / "debian" / "changelog"
ISS = Path("packaging") / "windows" / "billing-contact-assistant.iss"
VERSION_INFO = Path("packaging") / "windows" / "version_info.txt"
LISTING = Path("resources") / "listing.json"

# Three numbers without leading zeros: the .exe's version resource holds them as numbers, and every
# copy must read the same.
_VERSION = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
_INIT_VERSION = re.compile(r'^__version__ = "([^"]*)"$', re.MULTILINE)
# The first line of a Debian changelog entry, and its trailer line (deb-changelog(5)).
_ENTRY_HEADER = re.compile(r"^(?P<source>\S+) \((?P<version>[^)]+)\) (?P<rest>[^;\n]+;[^\n]*)$")
_ENTRY_TRAILER = re.compile(r"^ -- (?P<maintainer>[^<\n]+ <[^>\n]+>)  \S", re.MULTILINE)


class RefusedError(Exception):
    """The version asked for cannot be the next one: said to the user, exit code 2."""


class UnexpectedError(Exception):
    """A file does not read as this script expects: exit code 1, and it is left as it is."""


def parse(version: str) -> tuple[int, ...]:
    if not _VERSION.fullmatch(version):
        raise RefusedError(f"{version!r} is not a version: three numbers without leading zeros, such as 0.2.0")
    return tuple(int(part) for part in version.split("."))


def _replace(path: Path, text: str, pattern: str, replacement: str) -> str:
    """``text`` with the one match of ``pattern`` replaced; UnexpectedError when there is not exactly one."""
    new, count = re.subn(pattern, lambda _match: replacement, text, flags=re.MULTILINE)
    if count != 1:
        raise UnexpectedError(f"{path}: found {count} lines matching {pattern!r}, expected one")
    return new


def changelog(text: str, current: str, version: str, now: datetime) -> str:
    """``text`` with an entry for ``version`` on top, in the form and by the maintainer of the last."""
    header = _ENTRY_HEADER.match(text.split("\n", 1)[0])
    trailer = _ENTRY_TRAILER.search(text)
    if header is None or trailer is None:
        raise UnexpectedError(f"{CHANGELOG}: its newest entry does not read as a Debian changelog entry")
    if header["version"] != current:
        raise UnexpectedError(
            f"{CHANGELOG}: its newest entry is {header['version']}, not the current version {current}"
        )
    entry = (
        f"{header['source']} ({version}) {header['rest']}\n"
        "\n"
        f"  * Release {version}.\n"
        "\n"
        f" -- {trailer['maintainer']}  {format_datetime(now)}\n"
        "\n"
    )
    return entry + text


def version_info(text: str, version: str) -> str:
    numbers = ", ".join([*version.split("."), "0"])
    for field in ("filevers", "prodvers"):
        text = _replace(VERSION_INFO, text, rf"(?<=\b{field}=)\([\d, ]+\)", f"({numbers})")
    for name in ("FileVersion", "ProductVersion"):
        pattern = rf"StringStruct\('{name}', '[^']*'\)"
        text = _replace(VERSION_INFO, text, pattern, f"StringStruct('{name}', '{version}')")
    return text


def listing(text: str, version: str, day: str) -> str:
    """The listing with a release of ``version`` on ``day`` first, the rest of the file as it was."""
    found = re.search(r'^( *"releases": \[\n)( *)\{', text, re.MULTILINE)
    if found is None:
        raise UnexpectedError(f'{LISTING}: no "releases" list with a release in it')
    release = json.dumps({"version": version, "date": day})
    return f"{text[: found.end(1)]}{found[2]}{release},\n{text[found.end(1) :]}"


def bump(version: str, now: datetime) -> dict[Path, str]:
    """Every file to write, relative to the repository root, with its new text."""
    new = parse(version)
    init = (ROOT / INIT).read_text(encoding="utf-8")
    found = _INIT_VERSION.search(init)
    if found is None:
        raise UnexpectedError(f"{INIT}: no __version__ line")
    current = found[1]
    if not _VERSION.fullmatch(current):
        raise UnexpectedError(f"{INIT}: the current __version__ {current!r} is not three numbers")
    if new <= parse(current):
        raise RefusedError(f"{version} is not above the current version {current}")
    iss = (ROOT / ISS).read_text(encoding="utf-8")
    files = {
        INIT: _replace(INIT, init, _INIT_VERSION.pattern, f'__version__ = "{version}"'),
        CHANGELOG: changelog((ROOT / CHANGELOG).read_text(encoding="utf-8"), current, version, now),
        ISS: _replace(ISS, iss, r'^#define AppVersion "[^"]*"$', f'#define AppVersion "{version}"'),
        VERSION_INFO: version_info((ROOT / VERSION_INFO).read_text(encoding="utf-8"), version),
        LISTING: listing((ROOT / LISTING).read_text(encoding="utf-8"), version, now.date().isoformat()),
    }
    try:
        new_listing = json.loads(files[LISTING])
        if new_listing["releases"][0] != {"version": version, "date": now.date().isoformat()}:
            raise UnexpectedError(f"{LISTING}: the new release did not land first in releases")
        generated = make_desktop_files.generated(make_desktop_files.checked(new_listing))
    except (ValueError, KeyError) as error:
        raise UnexpectedError(f"{LISTING}: {error}") from error
    files.update(generated)
    return files


def main(arguments: list[str]) -> int:
    if len(arguments) != 1 or not arguments[0]:
        print("usage: make bump-version VERSION=X.Y.Z (or: python3 packaging/bump_version.py X.Y.Z)", file=sys.stderr)
        return 2
    version = arguments[0]
    try:
        files = bump(version, datetime.now().astimezone())
    except RefusedError as error:
        print(f"bump-version: {error}; nothing changed", file=sys.stderr)
        return 2
    except UnexpectedError as error:
        print(f"bump-version: {error}; nothing changed", file=sys.stderr)
        return 1
    for path, text in files.items():
        target = ROOT / path
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    print(f"Version {version}: say what changed in {CHANGELOG}'s new entry, then commit.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
