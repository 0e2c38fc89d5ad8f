"""Which shared libraries the .deb carries, and which it takes from Debian.

    python3 packaging/debian_libraries.py prune FOLDER   removes the others from the bundle in FOLDER

The package carries only what Ubuntu 22.04 and Debian 12 lack: the Python the bundle was built
with, Qt and PySide6 at the version the app is tested with, and the ICU that Qt was built against.
Every other library comes from the system, where Debian's security updates reach it; build-deb
computes the packages that hold them (Depends) with dpkg-shlibdeps, and check_deb.py fails a
package that still carries one. The folder `make bundle` writes keeps a few more for Linuxes
without Qt's X11 helpers (the spec says which).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

CARRIED = re.compile(r"^lib(python3\.\d+|Qt6\w+|icu(data|i18n|uc)|pyside6\.abi3|shiboken6\.abi3)\.so")


def is_library(path: Path) -> bool:
    """A shared library the dynamic linker looks up by name: not a Python module, not a Qt plugin."""
    return path.name.startswith("lib") and ".so" in path.name and "plugins" not in path.parts


def system_copies(paths: Iterable[Path]) -> list[Path]:
    """The libraries among ``paths`` that the package must take from the system instead."""
    return [path for path in paths if is_library(path) and not CARRIED.match(path.name)]


def prune(folder: Path) -> list[Path]:
    """Remove from the bundle in ``folder`` the libraries that come from the system; return them."""
    removed = system_copies(sorted(folder.rglob("*")))
    for path in removed:
        path.unlink()
    return removed


def main(arguments: list[str]) -> int:
    if len(arguments) != 2 or arguments[0] != "prune":
        print(__doc__.split("\n\n", 2)[1], file=sys.stderr)
        return 2
    removed = prune(Path(arguments[1]))
    print(f"taken from the system: {', '.join(path.name for path in removed) or 'nothing'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
