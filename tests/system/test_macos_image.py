"""packaging/build-dmg's own logic, run here with the macOS tools it calls (hdiutil, codesign,
xcrun, lipo) played by small scripts: a notarization Apple rejects fails the build with Apple's
log, and a "Resource busy" from hdiutil is tried again. What only a Mac shows (the real tools,
Gatekeeper) is for the release workflow's macOS job."""

from __future__ import annotations

import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT

TOOLS = {
    "uname": "echo Darwin",
    "lipo": "echo arm64",
    "codesign": 'echo "codesign $*" >>"$CALLS"',
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


def _build(tmp_path: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run build-dmg in a copy of what it reads, with the tools above on PATH."""
    root = tmp_path / "repo"
    (root / "packaging").mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "build-dmg", root / "packaging")
    (root / "gui" / "billing_contact").mkdir(parents=True)
    shutil.copy(ROOT / "gui" / "billing_contact" / "__init__.py", root / "gui" / "billing_contact")
    program = root / "dist" / "Billing Contact Assistant.app" / "Contents" / "MacOS" / "billing-contact-assistant"
    program.parent.mkdir(parents=True)
    program.write_text("")
    # The licences build-bundle writes into the app, which the image also shows beside it.
    (program.parents[1] / "Resources" / "licenses").mkdir(parents=True)
    tools = tmp_path / "tools"
    tools.mkdir()
    for name, body in TOOLS.items():
        (tools / name).write_text(f"#!/usr/bin/env bash\n{body}")
        (tools / name).chmod(0o755)
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
    assert result.stdout.endswith("-arm64.dmg: 0 MiB, arm64, signed\n")


@pytest.mark.parametrize(("busy", "code"), [(2, 0), (9, 1)], ids=["busy twice", "busy every time"])
def test_hdiutil_is_tried_again_when_the_resource_is_busy(tmp_path: Path, busy: int, code: int) -> None:
    result, calls = _build(tmp_path, NOTARY_STATUS="Accepted", BUSY=str(busy))
    assert result.returncode == code, result.stderr
    assert calls.count("hdiutil create") == min(busy + 1, 5)
    assert "resource busy, trying again (1 of 5)" in result.stderr
