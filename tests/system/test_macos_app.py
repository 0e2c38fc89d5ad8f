"""packaging/macos_app.py, on Mach-O files built here byte by byte: the architectures and the
minimum macOS of thin and universal files, the app's check against LSMinimumSystemVersion, and the
order build-dmg signs in. The real app is checked by build-dmg on the release workflow's Mac."""

from __future__ import annotations

import io
import plistlib
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from macho import ARM64, ARM64E, IOS, MACOS, X86_64, fat, packed, thin, universal
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
macos_app = load_script(ROOT / "packaging" / "macos_app.py")


def read(data: bytes) -> list | None:
    return macos_app.read_macho(io.BytesIO(data))


# --- reading Mach-O headers ----------------------------------------------------------------------


def test_a_thin_file_names_its_architecture_and_minimum_macos() -> None:
    assert read(thin(ARM64, build=(MACOS, packed(13, 0)))) == [macos_app.Slice("arm64", (13, 0, 0), (MACOS,))]
    assert read(thin(X86_64, build=(MACOS, packed(10, 15, 7)), big=True)) == [
        macos_app.Slice("x86_64", (10, 15, 7), (MACOS,))
    ]


def test_a_universal_file_has_a_slice_for_each_architecture() -> None:
    # The PyInstaller bootloader's shape: an Intel slice from before LC_BUILD_VERSION, and Apple silicon.
    data = fat(
        (X86_64, thin(X86_64, version_min=packed(10, 13))),
        (ARM64, thin(ARM64, build=(MACOS, packed(11, 0)))),
    )
    assert read(data) == [
        macos_app.Slice("x86_64", (10, 13, 0), ()),
        macos_app.Slice("arm64", (11, 0, 0), (MACOS,)),
    ]


def test_the_macos_build_version_wins_in_a_zippered_binary() -> None:
    # Mac Catalyst (6) and macOS in one slice: a Mac's loader reads the macOS one.
    data = thin(ARM64, build=(6, packed(17, 0)), also=(MACOS, packed(14, 0)))
    assert read(data) == [macos_app.Slice("arm64", (14, 0, 0), (6, MACOS))]
    assert read(thin(ARM64, build=(6, packed(17, 0)))) == [macos_app.Slice("arm64", None, (6,))]


def test_arm64e_is_named_as_lipo_names_it() -> None:
    assert read(thin(ARM64E, build=(MACOS, packed(13, 0))))[0].arch == "arm64e"


@pytest.mark.parametrize(
    "data",
    [
        b"#!/bin/sh\necho hello\n",
        b"",
        # A Java class file: FAT_MAGIC, then its version (Java 11 is 55).
        bytes.fromhex("cafebabe00000037") + b"\0" * 64,
        # A universal static library: its slices are ar archives, never loaded.
        fat((X86_64, b"!<arch>\n" + b"\0" * 64), (ARM64, b"!<arch>\n" + b"\0" * 64)),
    ],
    ids=["script", "empty", "java class", "static library"],
)
def test_other_files_are_not_mach_o(data: bytes) -> None:
    assert read(data) is None


def test_a_broken_header_is_an_error_not_a_pass() -> None:
    data = bytearray(thin(ARM64, build=(MACOS, packed(13, 0))))
    struct.pack_into("<I", data, 20, 4000)  # sizeofcmds past the end
    with pytest.raises(ValueError, match="truncated"):
        read(bytes(data))


# --- the app against its Info.plist --------------------------------------------------------------


def make_app(root: Path, files: dict[str, bytes], minimum: str | None = "15.0") -> Path:
    app = root / "Billing Contact Assistant.app"
    contents = app / "Contents"
    contents.mkdir(parents=True)
    info = {"CFBundleExecutable": "billing-contact-assistant", "CFBundleIdentifier": "org.billingcontact.Assistant"}
    if minimum is not None:
        info["LSMinimumSystemVersion"] = minimum
    (contents / "Info.plist").write_bytes(plistlib.dumps(info))
    for name, data in files.items():
        path = app / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return app


MAIN = "Contents/MacOS/billing-contact-assistant"


def test_an_app_of_universal_binaries_within_its_minimum_passes(tmp_path: Path) -> None:
    app = make_app(
        tmp_path,
        {
            MAIN: universal(packed(10, 13)),
            "Contents/Frameworks/PySide6/QtCore.abi3.so": universal(packed(15, 0)),
            "Contents/Resources/base_library.zip": b"PK\3\4",
        },
    )
    assert macos_app.check(app) == []


def test_a_binary_for_one_architecture_fails(tmp_path: Path) -> None:
    app = make_app(
        tmp_path,
        {MAIN: universal(), "Contents/Frameworks/libpython3.11.dylib": thin(ARM64, build=(MACOS, packed(11, 0)))},
    )
    assert macos_app.check(app) == ["Contents/Frameworks/libpython3.11.dylib: arm64 only, without x86_64"]


def test_a_binary_that_needs_a_newer_macos_than_the_app_promises_fails(tmp_path: Path) -> None:
    newer = fat(
        (X86_64, thin(X86_64, build=(MACOS, packed(15, 0)))),
        (ARM64, thin(ARM64, build=(MACOS, packed(26, 0)))),
    )
    app = make_app(tmp_path, {MAIN: universal(), "Contents/Frameworks/shiboken6/Shiboken.abi3.so": newer})
    assert macos_app.check(app) == [
        "Contents/Frameworks/shiboken6/Shiboken.abi3.so (arm64): needs macOS 26.0, above LSMinimumSystemVersion 15.0"
    ]


def test_a_binary_for_another_platform_fails(tmp_path: Path) -> None:
    ios = fat((X86_64, thin(X86_64, build=(IOS, packed(17, 0)))), (ARM64, thin(ARM64, build=(IOS, packed(17, 0)))))
    app = make_app(tmp_path, {MAIN: ios})
    assert macos_app.check(app) == [
        f"{MAIN} (x86_64): built for platform 2, not macOS",
        f"{MAIN} (arm64): built for platform 2, not macOS",
    ]


def test_ctypes_in_the_app_fails_for_want_of_an_entitlement(tmp_path: Path) -> None:
    app = make_app(
        tmp_path, {MAIN: universal(), "Contents/Frameworks/lib-dynload/_ctypes.cpython-311-darwin.so": universal()}
    )
    (problem,) = macos_app.check(app)
    assert problem.startswith("Contents/Frameworks/lib-dynload/_ctypes.cpython-311-darwin.so: ctypes is in the app")


def test_an_app_without_a_minimum_or_without_binaries_fails(tmp_path: Path) -> None:
    assert macos_app.check(make_app(tmp_path / "a", {MAIN: universal()}, minimum=None)) == [
        "Info.plist has no LSMinimumSystemVersion"
    ]
    (problem,) = macos_app.check(make_app(tmp_path / "b", {MAIN: b"#!/bin/sh\n"}))
    assert problem.endswith("no Mach-O file in it")


# --- the order of signing ------------------------------------------------------------------------


def test_the_signing_order_is_inside_out_without_the_bundles_own_executables(tmp_path: Path) -> None:
    framework = "Contents/Frameworks/PySide6/Qt/lib/QtCore.framework"
    helper = f"{framework}/Versions/A/Helpers/QtHelper.app"
    app = make_app(
        tmp_path,
        {
            MAIN: universal(),
            f"{framework}/Versions/A/QtCore": universal(),
            f"{framework}/Versions/A/Resources/Info.plist": plistlib.dumps({"CFBundleExecutable": "QtCore"}),
            "Contents/Frameworks/PySide6/QtCore.abi3.so": universal(),
            "Contents/Frameworks/PySide6/Qt/plugins/platforms/libqcocoa.dylib": universal(),
            "Contents/Frameworks/Python": universal(),
            "Contents/Frameworks/shiboken6/libshiboken6.abi3.6.11.dylib": universal(),
            # A helper app inside the framework, as Qt WebEngine has: signed before the framework.
            f"{helper}/Contents/MacOS/QtHelper": universal(),
            f"{helper}/Contents/Info.plist": plistlib.dumps({"CFBundleExecutable": "QtHelper"}),
            "Contents/Resources/icon.icns": b"icns",
        },
    )
    (app / framework / "Versions" / "Current").symlink_to("A")
    (app / framework / "QtCore").symlink_to("Versions/Current/QtCore")
    (app / framework / "Resources").symlink_to("Versions/Current/Resources")
    order = [str(path.relative_to(tmp_path)) for path in macos_app.signing_order(app)]
    assert order == [
        "Billing Contact Assistant.app/Contents/Frameworks/PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "Billing Contact Assistant.app/Contents/Frameworks/PySide6/QtCore.abi3.so",
        "Billing Contact Assistant.app/Contents/Frameworks/shiboken6/libshiboken6.abi3.6.11.dylib",
        "Billing Contact Assistant.app/Contents/Frameworks/Python",
        f"Billing Contact Assistant.app/{helper}",
        f"Billing Contact Assistant.app/{framework}",
        "Billing Contact Assistant.app",
    ]


def test_the_command_line_says_each_problem_and_fails(tmp_path: Path) -> None:
    app = make_app(tmp_path, {MAIN: thin(ARM64, build=(MACOS, packed(13, 0)))})
    script = ROOT / "packaging" / "macos_app.py"
    result = subprocess.run([sys.executable, script, "check", app], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stderr == f"macos_app: {MAIN}: arm64 only, without x86_64\n"
    good = make_app(tmp_path / "good", {MAIN: universal()})
    result = subprocess.run([sys.executable, script, "check", good], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(": 1 Mach-O files, each x86_64 and arm64, none above macOS 15.0\n")
    order = subprocess.run([sys.executable, script, "signing-order", good], capture_output=True, check=True)
    assert order.stdout == str(good).encode() + b"\0"
