"""What build-dmg asks of the app before it signs it (make dmg, on macOS).

    python3 packaging/macos_app.py check APP          exit 1, naming each problem
    python3 packaging/macos_app.py machos APP         every Mach-O file, one a line
    python3 packaging/macos_app.py signing-order APP  what to sign, inside out, NUL-separated

check: every Mach-O file in the app (executables, dylibs, Python's extension modules, the Qt
frameworks' binaries) carries both x86_64 and arm64, so that the one image runs natively on Intel
Macs and on Apple silicon; and no slice needs a newer macOS than the app's Info.plist promises with
LSMinimumSystemVersion, where Finder would let the app start and the loader refuse the binary.

signing-order: the nested code first, deepest first, then the bundles that hold it, the app last,
so that each signature seals what is already signed inside it (codesign's --deep would sign only
what it finds where it expects code, and everything with the same options).

The Mach-O headers are read here, with the standard library only: thin files and universal
("fat") ones, the minimum system from LC_BUILD_VERSION or, in older binaries, from
LC_VERSION_MIN_MACOSX. So it runs on the build Mac's Python and, in the tests, anywhere.
"""

from __future__ import annotations

import plistlib
import struct
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

# What every Mach-O file of the app must carry: Intel and Apple silicon.
REQUIRED_ARCHS = ("x86_64", "arm64")

MH_MAGIC = 0xFEEDFACE
MH_MAGIC_64 = 0xFEEDFACF
MH_CIGAM = 0xCEFAEDFE
MH_CIGAM_64 = 0xCFFAEDFE
FAT_MAGIC = 0xCAFEBABE
FAT_MAGIC_64 = 0xCAFEBABF
# Java class files start with FAT_MAGIC too; their next word (the class format version) is 45 or
# more, while a universal file holds a handful of architectures.
MAX_FAT_ARCHS = 30
AR_MAGIC = b"!<arch>\n"

LC_VERSION_MIN_MACOSX = 0x24
LC_BUILD_VERSION = 0x32
PLATFORM_MACOS = 1

CPU_ARCH_ABI64 = 0x01000000
CPU_TYPE_X86 = 7
CPU_TYPE_ARM = 12
CPU_TYPE_POWERPC = 18
CPU_SUBTYPE_MASK = 0xFF000000
CPU_SUBTYPE_X86_64_H = 8
CPU_SUBTYPE_ARM64E = 2

# Folders whose names end so are bundles of nested code: codesign signs each as a whole.
BUNDLE_SUFFIXES = (".app", ".framework", ".bundle", ".plugin", ".appex", ".xpc")


class Slice(NamedTuple):
    """One architecture of a Mach-O file."""

    arch: str
    # The macOS it needs, as (major, minor, patch); None when it names none.
    minimum: tuple[int, int, int] | None
    # The platforms its LC_BUILD_VERSION commands name (1 is macOS); empty for older binaries.
    platforms: tuple[int, ...] = ()


def arch_name(cputype: int, cpusubtype: int) -> str:
    """The architecture's name as lipo says it."""
    subtype = cpusubtype & ~CPU_SUBTYPE_MASK
    if cputype == CPU_TYPE_X86 | CPU_ARCH_ABI64:
        return "x86_64h" if subtype == CPU_SUBTYPE_X86_64_H else "x86_64"
    if cputype == CPU_TYPE_ARM | CPU_ARCH_ABI64:
        return "arm64e" if subtype == CPU_SUBTYPE_ARM64E else "arm64"
    names = {
        CPU_TYPE_X86: "i386",
        CPU_TYPE_ARM: "arm",
        CPU_TYPE_POWERPC: "ppc",
        CPU_TYPE_POWERPC | CPU_ARCH_ABI64: "ppc64",
    }
    return names.get(cputype, f"cputype {cputype}")


def version(packed: int) -> tuple[int, int, int]:
    """A Mach-O version number (xxxx.yy.zz in nibbles) as a tuple."""
    return packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF


def parse_version(text: str) -> tuple[int, int, int]:
    """``13.0`` or ``10.15.7`` as a tuple of three."""
    parts = [int(part) for part in text.strip().split(".")]
    if not 1 <= len(parts) <= 3:
        raise ValueError(f"not a version: {text!r}")
    major, minor, patch = (*parts, 0, 0)[:3]
    return major, minor, patch


def show_version(numbers: tuple[int, int, int]) -> str:
    major, minor, patch = numbers
    return f"{major}.{minor}.{patch}" if patch else f"{major}.{minor}"


def _read(stream: BinaryIO, offset: int, size: int) -> bytes:
    stream.seek(offset)
    data = stream.read(size)
    if len(data) != size:
        raise ValueError(f"truncated at offset {offset}")
    return data


def _thin(stream: BinaryIO, offset: int) -> Slice:
    """The slice whose mach_header starts at ``offset``."""
    (magic,) = struct.unpack("<I", _read(stream, offset, 4))
    if magic in (MH_MAGIC, MH_MAGIC_64):
        order = "<"
    elif magic in (MH_CIGAM, MH_CIGAM_64):
        order = ">"
    else:
        raise ValueError(f"no Mach-O header at offset {offset}")
    is_64 = magic in (MH_MAGIC_64, MH_CIGAM_64)
    _magic, cputype, cpusubtype, _filetype, ncmds, sizeofcmds, _flags = struct.unpack(
        order + "IiiIIII", _read(stream, offset, 28)
    )
    commands = _read(stream, offset + (32 if is_64 else 28), sizeofcmds)
    build_versions: list[tuple[int, int]] = []
    version_min: int | None = None
    position = 0
    for _ in range(ncmds):
        if position + 8 > len(commands):
            raise ValueError("load commands run past sizeofcmds")
        command, size = struct.unpack_from(order + "II", commands, position)
        if size < 8 or position + size > len(commands):
            raise ValueError(f"load command {command:#x} has a bad size {size}")
        if command == LC_BUILD_VERSION and size >= 16:
            platform, minos = struct.unpack_from(order + "II", commands, position + 8)
            build_versions.append((platform, minos))
        elif command == LC_VERSION_MIN_MACOSX and size >= 12:
            (version_min,) = struct.unpack_from(order + "I", commands, position + 8)
        position += size
    minimum: tuple[int, int, int] | None = None
    macos = [minos for platform, minos in build_versions if platform == PLATFORM_MACOS]
    if macos:
        minimum = version(macos[0])
    elif version_min is not None:
        minimum = version(version_min)
    return Slice(arch_name(cputype, cpusubtype), minimum, tuple(platform for platform, _ in build_versions))


def read_macho(stream: BinaryIO) -> list[Slice] | None:
    """The slices of a Mach-O file, thin or universal; None for any other file."""
    head = stream.read(8)
    if len(head) < 8:
        return None
    (little,) = struct.unpack("<I", head[:4])
    big, count = struct.unpack(">II", head)
    if little in (MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64):
        return [_thin(stream, 0)]
    if big not in (FAT_MAGIC, FAT_MAGIC_64) or not 0 < count <= MAX_FAT_ARCHS:
        return None
    entry, layout = (32, ">iiQQII") if big == FAT_MAGIC_64 else (20, ">iiIII")
    table = _read(stream, 8, entry * count)
    slices = []
    for index in range(count):
        _cputype, _cpusubtype, offset, *_rest = struct.unpack_from(layout, table, index * entry)
        if _read(stream, offset, len(AR_MAGIC)) == AR_MAGIC:
            # A universal static library: linked into programs, never loaded nor signed itself.
            return None
        slices.append(_thin(stream, offset))
    return slices


def machos(app: Path) -> Iterator[tuple[Path, list[Slice]]]:
    """Every Mach-O file in ``app`` (symbolic links not followed), sorted by path."""
    for path in sorted(app.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as stream:
            try:
                slices = read_macho(stream)
            except ValueError as error:
                raise ValueError(f"{path}: {error}") from error
        if slices is not None:
            yield path, slices


def minimum_system(app: Path) -> tuple[int, int, int]:
    """LSMinimumSystemVersion from the app's Info.plist."""
    with (app / "Contents" / "Info.plist").open("rb") as stream:
        info = plistlib.load(stream)
    if "LSMinimumSystemVersion" not in info:
        raise ValueError("Info.plist has no LSMinimumSystemVersion")
    return parse_version(str(info["LSMinimumSystemVersion"]))


def check(app: Path) -> list[str]:
    """Every problem with the app's Mach-O files, each a sentence naming its file."""
    try:
        floor = minimum_system(app)
        found = list(machos(app))
    except (OSError, ValueError, plistlib.InvalidFileException) as error:
        return [str(error)]
    if not found:
        return [f"{app}: no Mach-O file in it"]
    problems = []
    for path, slices in found:
        name = path.relative_to(app)
        archs = [piece.arch for piece in slices]
        missing = [arch for arch in REQUIRED_ARCHS if arch not in archs]
        if missing:
            problems.append(f"{name}: {' '.join(archs)} only, without {' and '.join(missing)}")
        for piece in slices:
            if piece.platforms and PLATFORM_MACOS not in piece.platforms:
                platforms = ", ".join(str(platform) for platform in piece.platforms)
                problems.append(f"{name} ({piece.arch}): built for platform {platforms}, not macOS")
            elif piece.minimum is not None and piece.minimum > floor:
                problems.append(
                    f"{name} ({piece.arch}): needs macOS {show_version(piece.minimum)}, "
                    f"above LSMinimumSystemVersion {show_version(floor)}"
                )
        if path.name.startswith("_ctypes."):
            # build-dmg signs with the hardened runtime and no entitlement: ctypes' callbacks
            # would need com.apple.security.cs.allow-unsigned-executable-memory.
            problems.append(f"{name}: ctypes is in the app, and the hardened runtime has no exception for it")
    return problems


def _bundle_executable(bundle: Path) -> Path | None:
    """A bundle's main executable, which signing the bundle signs."""
    if bundle.suffix == ".framework":
        versions = [path for path in (bundle / "Versions").glob("*") if path.is_dir() and not path.is_symlink()]
        candidates = [(version / "Resources" / "Info.plist", version) for version in versions]
    else:
        candidates = [(bundle / "Contents" / "Info.plist", bundle / "Contents" / "MacOS")]
    for info, folder in candidates:
        name = bundle.stem
        if info.is_file():
            with info.open("rb") as stream:
                name = str(plistlib.load(stream).get("CFBundleExecutable", name))
        if (folder / name).is_file():
            return folder / name
    return None


def signing_order(app: Path) -> list[Path]:
    """What to sign, one path at a time, inside out: the Mach-O files that are no bundle's main
    executable, deepest first; then the bundles nested in the app, deepest first (signing one signs
    its main executable and seals its resources); the app last, which signs its own executable."""
    bundles = [
        path for path in app.rglob("*") if path.suffix in BUNDLE_SUFFIXES and path.is_dir() and not path.is_symlink()
    ]
    executables = {executable for executable in map(_bundle_executable, [*bundles, app]) if executable is not None}

    def deepest_first(path: Path) -> tuple[int, str]:
        return -len(path.relative_to(app).parts), str(path)

    loose = [path for path, _slices in machos(app) if path not in executables]
    return [*sorted(loose, key=deepest_first), *sorted(bundles, key=deepest_first), app]


def main(arguments: list[str]) -> int:
    if len(arguments) != 2 or arguments[0] not in ("check", "machos", "signing-order"):
        print(__doc__, file=sys.stderr)
        return 2
    command, app = arguments[0], Path(arguments[1])
    if command == "check":
        problems = check(app)
        for problem in problems:
            print(f"macos_app: {problem}", file=sys.stderr)
        if not problems:
            count = sum(1 for _ in machos(app))
            floor = show_version(minimum_system(app))
            print(f"{app}: {count} Mach-O files, each {' and '.join(REQUIRED_ARCHS)}, none above macOS {floor}")
        return 1 if problems else 0
    if command == "machos":
        for path, _slices in machos(app):
            print(path)
        return 0
    sys.stdout.write("".join(f"{path}\0" for path in signing_order(app)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
