"""Mach-O files built byte by byte, as the macOS packaging tests need them: thin and universal,
with the load commands that say which macOS a binary needs. Written from <mach-o/loader.h> and
<mach-o/fat.h>, not by the code under test."""

from __future__ import annotations

import struct

# cputype, cpusubtype, from <mach/machine.h>.
X86_64 = (0x01000007, 3)
ARM64 = (0x0100000C, 0)
ARM64E = (0x0100000C, 2)
MH_DYLIB = 6
# Load commands: LC_UUID (skipped), LC_BUILD_VERSION, LC_VERSION_MIN_MACOSX.
LC_UUID = 0x1B
MACOS, IOS = 1, 2


def packed(major: int, minor: int, patch: int = 0) -> int:
    return major << 16 | minor << 8 | patch


def thin(
    cpu: tuple[int, int],
    *,
    build: tuple[int, int] | None = None,
    also: tuple[int, int] | None = None,
    version_min: int | None = None,
    big: bool = False,
) -> bytes:
    """A 64-bit Mach-O header with its load commands: ``build`` (and ``also``) is (platform, minos)
    for an LC_BUILD_VERSION, ``version_min`` the version of an LC_VERSION_MIN_MACOSX."""
    order = ">" if big else "<"
    commands = struct.pack(order + "II16s", LC_UUID, 24, b"\x11" * 16)
    builds = [command for command in (build, also) if command is not None]
    for platform, minos in builds:
        commands += struct.pack(order + "IIIIII", 0x32, 24, platform, minos, packed(26, 0), 0)
    if version_min is not None:
        commands += struct.pack(order + "IIII", 0x24, 16, version_min, packed(14, 0))
    count = 1 + len(builds) + (version_min is not None)
    header = struct.pack(order + "IiiIIIII", 0xFEEDFACF, *cpu, MH_DYLIB, count, len(commands), 0, 0)
    return header + commands + b"\0" * 64


def fat(*slices: tuple[tuple[int, int], bytes]) -> bytes:
    """A universal file: its big-endian header and table, each slice at a 4 KiB boundary."""
    table = b""
    body = b""
    offset = 0x1000
    for cpu, data in slices:
        table += struct.pack(">iiIII", *cpu, offset + len(body), len(data), 12)
        body += data + b"\0" * (-len(data) % 0x1000)
    head = struct.pack(">II", 0xCAFEBABE, len(slices)) + table
    return head + b"\0" * (offset - len(head)) + body


def universal(minos: int = packed(13, 0)) -> bytes:
    return fat((X86_64, thin(X86_64, build=(MACOS, minos))), (ARM64, thin(ARM64, build=(MACOS, minos))))
