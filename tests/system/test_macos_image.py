"""packaging/build-dmg's own logic, run here with the macOS tools it calls (hdiutil, codesign,
xcrun, lipo) played by small scripts, on an app of Mach-O files built byte by byte: the app is
checked before anything is signed, each piece of code is signed on its own from the inside out,
a notarization Apple rejects fails the build with Apple's log, and a "Resource busy" from hdiutil
is tried again. What only a Mac shows (the real tools, Gatekeeper) is for the release workflow's
macOS job."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT
from macho import ARM64, MACOS, packed, thin, universal

TOOLS = {
    "uname": "echo Darwin",
    # lipo -archs FILE: both, unless FILE ends as $LIPO_THIN says.
    "lipo": 'if [ -n "${LIPO_THIN:-}" ] && [[ $2 == *"$LIPO_THIN" ]]; then echo arm64; else echo "x86_64 arm64"; fi',
    "codesign": 'printf "codesign%s\\n" "$(printf " %q" "$@")" >>"$CALLS"',
    # Busy as many times as $BUSY says, then it works; create writes the image.
    "hdiutil": textwrap.dedent(
        """\
        echo "hdiutil $*" >>"$CALLS"
        count=$(cat "$STATE/busy" 2>/dev/null || echo 0)
        if [ "$count" -lt "${BUSY:-0}" ]; then
            echo $((count + 1)) >"$STATE/busy"
            echo "hdiutil: $1 failed - Resource busy" >&2
            exit 1
        fi
        [ "$1" = create ] && touch "${@: -1}"
        exit 0
        """
    ),
    "xcrun": textwrap.dedent(
        """\
        echo "xcrun $*" >>"$CALLS"
        case "$1 $2" in
            "notarytool submit") echo "{\\"id\\": \\"abc-123\\", \\"status\\": \\"$NOTARY_STATUS\\"}" ;;
            "notarytool log") echo "The binary is not signed with a valid Developer ID certificate." ;;
        esac
        exit 0
        """
    ),
    "sleep": "exit 0",
}


APP = "dist/Billing Contact Assistant.app"
FRAMEWORK = f"{APP}/Contents/Frameworks/PySide6/Qt/lib/QtCore.framework"
# What a PyInstaller app holds, in small: its program, Python, a Python module, a Qt plugin and a
# Qt framework, each universal and for macOS 13 (below the Info.plist's 15.0).
APP_FILES = {
    f"{APP}/Contents/MacOS/billing-contact-assistant": universal(),
    f"{APP}/Contents/Frameworks/Python": universal(),
    f"{APP}/Contents/Frameworks/PySide6/QtCore.abi3.so": universal(),
    f"{APP}/Contents/Frameworks/PySide6/Qt/plugins/platforms/libqcocoa.dylib": universal(),
    f"{FRAMEWORK}/Versions/A/QtCore": universal(),
    f"{FRAMEWORK}/Versions/A/Resources/Info.plist": plistlib.dumps({"CFBundleExecutable": "QtCore"}),
    f"{APP}/Contents/Info.plist": plistlib.dumps(
        {"CFBundleExecutable": "billing-contact-assistant", "LSMinimumSystemVersion": "15.0"}
    ),
    f"{APP}/Contents/Resources/base_library.zip": b"PK\x03\x04",
}


def _build(
    tmp_path: Path, files: dict[str, bytes] | None = None, **env: str
) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run build-dmg in a copy of what it reads, with the tools above on PATH."""
    root = tmp_path / "repo"
    (root / "packaging").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "build-dmg", root / "packaging")
    shutil.copy(ROOT / "packaging" / "macos_app.py", root / "packaging")
    (root / "gui" / "billing_contact").mkdir(parents=True)
    shutil.copy(ROOT / "gui" / "billing_contact" / "__init__.py", root / "gui" / "billing_contact")
    for name, data in (APP_FILES if files is None else files).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    if files is None:
        (root / FRAMEWORK / "Versions" / "Current").symlink_to("A")
        (root / FRAMEWORK / "QtCore").symlink_to("Versions/Current/QtCore")
    # The licences build-bundle writes into the app, which the image also shows beside it.
    (root / "dist" / "Billing Contact Assistant.app" / "Contents" / "Resources" / "licenses").mkdir(
        parents=True, exist_ok=True
    )
    tools = tmp_path / "tools"
    tools.mkdir()
    for name, body in TOOLS.items():
        (tools / name).write_text(f"#!/usr/bin/env bash\n{body}")
        (tools / name).chmod(0o755)
    # The Mac's python3 is the one that runs these tests.
    (tools / "python3").symlink_to(sys.executable)
    state = tmp_path / "state"
    state.mkdir()
    calls = tmp_path / "calls"
    variables = {
        **os.environ,
        "PATH": f"{tools}:{os.environ['PATH']}",
        "CALLS": str(calls),
        "STATE": str(state),
        "MACOS_SIGN_IDENTITY": "Developer ID Application: Example (TEAM123456)",
        "MACOS_NOTARY_APPLE_ID": "release@example.com",
        "MACOS_NOTARY_TEAM_ID": "TEAM123456",
        "MACOS_NOTARY_PASSWORD": "app-specific-password",
        **env,
    }
    result = subprocess.run(
        ["bash", str(root / "packaging" / "build-dmg")], capture_output=True, text=True, env=variables, check=False
    )
    return result, calls.read_text() if calls.exists() else ""


def test_an_image_apple_rejects_fails_the_build_with_apples_log(tmp_path: Path) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Invalid")
    assert result.returncode == 1
    assert "notarization abc-123: Invalid" in result.stderr
    assert "not signed with a valid Developer ID certificate" in result.stderr
    assert "stapler" not in calls, "a rejected image gets no ticket"


def test_an_accepted_image_gets_its_ticket(tmp_path: Path) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Accepted")
    assert result.returncode == 0, result.stderr
    assert "xcrun stapler staple dist/billing-contact-assistant-" in calls
    assert result.stdout.endswith("-universal.dmg: 0 MiB, x86_64 and arm64, signed\n")


@pytest.mark.parametrize(("busy", "code"), [(2, 0), (9, 1)], ids=["busy twice", "busy every time"])
def test_hdiutil_is_tried_again_when_the_resource_is_busy(tmp_path: Path, busy: int, code: int) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Accepted", BUSY=str(busy))
    assert result.returncode == code, result.stderr
    assert calls.count("hdiutil create") == min(busy + 1, 5)
    assert "resource busy, trying again (1 of 5)" in result.stderr


def _signed(calls: str) -> list[list[str]]:
    """The arguments of each codesign call that signs, in order."""
    runs = [shlex.split(line)[1:] for line in calls.splitlines() if line.startswith("codesign ")]
    return [arguments for arguments in runs if "--sign" in arguments]


def test_the_app_is_signed_inside_out_one_piece_at_a_time(tmp_path: Path) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Accepted")
    assert result.returncode == 0, result.stderr
    signed = _signed(calls)
    assert [arguments[-1] for arguments in signed] == [
        f"{APP}/Contents/Frameworks/PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        f"{APP}/Contents/Frameworks/PySide6/QtCore.abi3.so",
        f"{APP}/Contents/Frameworks/Python",
        FRAMEWORK,
        APP,
        signed[-1][-1],
    ]
    assert signed[-1][-1].endswith("-universal.dmg")
    for arguments in signed[:-1]:
        assert "--deep" not in arguments
        assert arguments[:5] == ["--force", "--options", "runtime", "--timestamp", "--sign"]
    # Checking may go deep; signing never does.
    runs = [shlex.split(line) for line in calls.splitlines()]
    assert ["codesign", "--verify", "--strict", "--deep", "--verbose=2", APP] in runs


def test_without_an_identity_nothing_is_signed(tmp_path: Path) -> None:
    result, calls = _build(tmp_path, MACOS_SIGN_IDENTITY="")
    assert result.returncode == 0, result.stderr
    assert "codesign" not in calls
    assert "xcrun" not in calls


def test_an_app_with_a_thin_binary_is_neither_signed_nor_packed(tmp_path: Path) -> None:
    files = {**APP_FILES, f"{APP}/Contents/Frameworks/Python": thin(ARM64, build=(MACOS, packed(13, 0)))}
    result, calls = _build(tmp_path, files, NOTARY_STATUS="Accepted")
    assert result.returncode == 1
    assert "macos_app: Contents/Frameworks/Python: arm64 only, without x86_64" in result.stderr
    assert calls == ""


def test_an_app_with_a_binary_for_a_newer_macos_is_neither_signed_nor_packed(tmp_path: Path) -> None:
    files = {**APP_FILES, f"{APP}/Contents/Frameworks/PySide6/QtCore.abi3.so": universal(packed(26, 0))}
    result, calls = _build(tmp_path, files, NOTARY_STATUS="Accepted")
    assert result.returncode == 1
    assert "needs macOS 26.0, above LSMinimumSystemVersion 15.0" in result.stderr
    assert calls == ""


def test_lipo_must_agree_that_each_binary_is_universal(tmp_path: Path) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Accepted", LIPO_THIN="QtCore.abi3.so")
    assert result.returncode == 1
    assert "QtCore.abi3.so: arm64 , without x86_64" in result.stderr
    assert calls == ""
