"""Check what a .deb of the bundle needs from the system against what it says (make package-check).

    python3 packaging/check_deb.py DEB [--max-glibc 2.35]

With objdump, over every ELF file under /opt in the package:

- the highest GLIBC_ symbol version any file needs is at most --max-glibc (Ubuntu 22.04's C library
  is 2.35): above it the package would install there and not start;
- Depends has libc6 (>= X) with X at least that version;
- every library a file needs that the bundle does not carry belongs to a package that Depends
  names (found with ldconfig and dpkg -S on this machine);
- no RUNPATH or RPATH leads outside the bundle: only $ORIGIN-relative entries;
- the bundle carries no copy of a library the system provides (packaging/debian_libraries.py).

Prints what it found and exits 1 naming each problem. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from debian_libraries import system_copies

# The C library's own sonames: Depends covers them with libc6.
LIBC_SONAMES = re.compile(r"^(libc|libm|libdl|libpthread|librt|libresolv|libutil|ld-linux[-\w]*)\.so\.")


class Elf(NamedTuple):
    path: str
    glibc: tuple[int, ...] | None
    needed: list[str]
    runpath: list[str]


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def show(numbers: tuple[int, ...]) -> str:
    return ".".join(str(n) for n in numbers)


def glibc_versions(dynamic_symbols: str) -> list[tuple[int, ...]]:
    """The GLIBC_ versions in `objdump -T` output."""
    return [version(v) for v in re.findall(r"\bGLIBC_(\d+(?:\.\d+)+)\b", dynamic_symbols)]


def dynamic_section(private_headers: str) -> tuple[list[str], list[str]]:
    """NEEDED sonames and RUNPATH/RPATH entries in `objdump -p` output."""
    needed = re.findall(r"^\s+NEEDED\s+(\S+)", private_headers, re.MULTILINE)
    runpath: list[str] = []
    for value in re.findall(r"^\s+(?:RUNPATH|RPATH)\s+(\S+)", private_headers, re.MULTILINE):
        runpath += [entry for entry in value.split(":") if entry]
    return needed, runpath


def outside_bundle(runpath: Iterable[str]) -> list[str]:
    """The entries that do not start from the library's own folder ($ORIGIN)."""
    return [entry for entry in runpath if not re.match(r"^\$(ORIGIN|\{ORIGIN\})(/|$)", entry)]


def depends_packages(depends: str) -> dict[str, tuple[str, str] | None]:
    """Each package Depends names (alternatives included), with its version relation if any."""
    found: dict[str, tuple[str, str] | None] = {}
    for clause in depends.split(","):
        for alternative in clause.split("|"):
            match = re.match(
                r"^\s*([a-z0-9][a-z0-9+.-]*)(?::\w+)?\s*(?:\(\s*(<<|<=|=|>=|>>)\s*([^)\s]+)\s*\))?", alternative
            )
            if match:
                name, relation, required = match.groups()
                found[name] = (relation, required) if relation else None
    return found


def libc_floor(depends: str) -> tuple[int, ...] | None:
    """X in Depends' libc6 (>= X), or None when libc6 has no lower bound."""
    relation = depends_packages(depends).get("libc6")
    if relation is None or relation[0] not in (">=", ">>"):
        return None
    upstream = re.match(r"^(?:\d+:)?(\d+(?:\.\d+)*)", relation[1])
    return version(upstream.group(1)) if upstream else None


def read_elf(path: Path, root: Path) -> Elf | None:
    with path.open("rb") as stream:
        if stream.read(4) != b"\x7fELF":
            return None
    headers = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    symbols = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
    needed, runpath = dynamic_section(headers)
    versions = glibc_versions(symbols)
    return Elf("/" + str(path.relative_to(root)), max(versions) if versions else None, needed, runpath)


def system_packages(sonames: Iterable[str]) -> dict[str, str | None]:
    """The package holding each library on this machine (ldconfig's path, then dpkg -S)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = dict(re.findall(r"^\s+(\S+) \(libc6,x86-64[^)]*\) => (\S+)$", cache, re.MULTILINE))
    paths |= {k: v for k, v in re.findall(r"^\s+(\S+) \([^)]*\) => (\S+)$", cache, re.MULTILINE) if k not in paths}
    owners: dict[str, str | None] = {}
    for soname in sonames:
        path = paths.get(soname)
        owner = None
        if path is not None:
            for candidate in (path, str(Path(path).resolve())):
                result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
                if result.returncode == 0:
                    owner = result.stdout.split(":", 1)[0].strip()
                    break
        owners[soname] = owner
    return owners


def check(
    files: list[Elf], depends: str, max_glibc: tuple[int, ...], owners: dict[str, str | None], copies: list[str]
) -> list[str]:
    """The problems found; an empty list when the package states what it needs."""
    problems = []
    if copies:
        problems.append(f"the package carries copies of system libraries: {', '.join(copies)}")
    needs = {f.path: f.glibc for f in files if f.glibc is not None}
    highest = max(needs.values(), default=None)
    if highest is not None and highest > max_glibc:
        above = sorted(f"{path} (GLIBC_{show(need)})" for path, need in needs.items() if need > max_glibc)
        problems.append(f"files need a C library newer than {show(max_glibc)}: {', '.join(above)}")
    floor = libc_floor(depends)
    if highest is not None and (floor is None or floor < highest):
        said = f"(>= {show(floor)})" if floor else "without a version"
        problems.append(f"Depends says libc6 {said}, but files need GLIBC_{show(highest)}")
    named = depends_packages(depends)
    for soname, owner in sorted(owners.items()):
        if LIBC_SONAMES.match(soname):
            continue
        users = sorted(f.path for f in files if soname in f.needed)
        if owner is None:
            problems.append(f"{soname} (needed by {users[0]}) is neither in the bundle nor in a system package")
        elif owner.split(":")[0] not in named:
            problems.append(f"{soname} (needed by {users[0]}) comes from {owner}, which Depends does not name")
    for f in files:
        outside = outside_bundle(f.runpath)
        if outside:
            problems.append(f"{f.path} has a RUNPATH outside the bundle: {':'.join(outside)}")
    return problems


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("deb", type=Path)
    parser.add_argument("--max-glibc", default="2.35", help="the oldest C library to support (default: 2.35)")
    options = parser.parse_args(arguments)
    max_glibc = version(options.max_glibc)
    depends = subprocess.run(
        ["dpkg-deb", "-f", str(options.deb), "Depends"], capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        subprocess.run(["dpkg-deb", "-x", str(options.deb), folder], check=True)
        files = [
            elf
            for path in sorted((root / "opt").rglob("*"))
            if path.is_file() and not path.is_symlink()
            if (elf := read_elf(path, root)) is not None
        ]
        carried = {path.name for path in (root / "opt").rglob("*")}
        copies = sorted(path.name for path in system_copies((root / "opt").rglob("*")))
    external = sorted({soname for f in files for soname in f.needed if soname not in carried})
    owners = system_packages(external)
    problems = check(files, depends, max_glibc, owners, copies)

    needing = [f for f in files if f.glibc is not None]
    top = max(needing, key=lambda f: f.glibc or ()) if needing else None
    highest = f"GLIBC_{show(top.glibc)} ({top.path})" if top and top.glibc else "none"
    print(f"   {len(files)} ELF files; the highest C library version needed: {highest}; allowed: {options.max_glibc}")
    from_system = ", ".join(f"{soname} ({owners[soname] or '?'})" for soname in external)
    print(f"   from the system: {from_system}")
    print(f"   Depends: {depends}")
    with_runpath = sum(1 for f in files if f.runpath)
    leaving = sum(1 for f in files if outside_bundle(f.runpath))
    print(f"   RUNPATH or RPATH: {with_runpath} files, {leaving} leading outside the bundle")
    for problem in problems:
        print(f"check_deb: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
