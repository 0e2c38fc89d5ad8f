"""A Windows checkout: Git for Windows clones with core.autocrlf=true, and the release's Windows job
runs the project's bash scripts there. .gitattributes keeps every text file LF.

The clone is of the committed tree (HEAD), as a runner's is.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import billing_contact
from helpers import ROOT

# How the build scripts read the version (packaging/build-*, package-check).
VERSION_PARSE = r's/^__version__ = "\(.*\)"$/\1/p'


@pytest.fixture(scope="module")
def windows_clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    clone = tmp_path_factory.mktemp("autocrlf") / "clone"
    subprocess.run(
        ["git", "-c", "core.autocrlf=true", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True
    )
    return clone


def _tracked(clone: Path) -> list[Path]:
    names = subprocess.run(["git", "ls-files"], cwd=clone, capture_output=True, text=True, check=True).stdout.split()
    return [clone / name for name in names]


def _shell_scripts(clone: Path) -> list[Path]:
    return [path for path in _tracked(clone) if path.read_bytes().startswith((b"#!/usr/bin/env bash", b"#!/bin/sh"))]


def test_the_project_has_shell_scripts_to_check(windows_clone: Path) -> None:
    names = {path.relative_to(windows_clone).as_posix() for path in _shell_scripts(windows_clone)}
    assert {".ci/run", "packaging/build-bundle", "packaging/build-windows-installer", "tools/system-deps"} <= names


def test_every_shell_script_parses_in_a_windows_checkout(windows_clone: Path) -> None:
    for script in _shell_scripts(windows_clone):
        assert b"\r\n" not in script.read_bytes(), f"{script.name} has CRLF line endings"
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, f"{script.name}: {result.stderr}"


def test_the_scripts_read_the_version_in_a_windows_checkout(windows_clone: Path) -> None:
    result = subprocess.run(
        ["sed", "-n", VERSION_PARSE, "gui/billing_contact/__init__.py"],
        cwd=windows_clone,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout == billing_contact.__version__ + "\n"


def test_no_text_file_gets_crlf_and_no_binary_file_is_changed(windows_clone: Path) -> None:
    for path in _tracked(windows_clone):
        data = path.read_bytes()
        original = (ROOT / path.relative_to(windows_clone)).read_bytes()
        if path.suffix in {".png", ".ico", ".icns", ".qm"}:
            assert data == original, f"{path.name} was changed by the checkout"
        else:
            assert b"\r\n" not in data, f"{path.relative_to(windows_clone)} has CRLF line endings"
