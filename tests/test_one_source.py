"""Each fact is written once: the app id, the languages, the organization settings' keys and the
version live in the package, and every other place reads them from there or is generated from them.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

import billing_contact
from billing_contact import app
from scripts import load_script

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
INIT = ROOT / "gui" / "billing_contact" / "__init__.py"


def _shell_assignment(script: Path, variable: str) -> str:
    """The value a packaging shell script gives ``variable``, run from the repository root."""
    line = next(line for line in script.read_text(encoding="utf-8").splitlines() if line.startswith(f"{variable}="))
    result = subprocess.run(
        ["bash", "-c", f'{line}\nprintf %s "${variable}"'], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return result.stdout


# --- the app id ---------------------------------------------------------------------------------


def test_the_app_id_is_the_packages() -> None:
    assert billing_contact.APP_ID == "org.billingcontact.Assistant"
    assert app.APP_ID is billing_contact.APP_ID
    assert load_script(PACKAGING / "make_desktop_files.py").APP_ID == billing_contact.APP_ID
    assert load_script(PACKAGING / "make_icons.py").APP_ID == billing_contact.APP_ID


@pytest.mark.parametrize("script", ["build-deb", "package-check"])
def test_the_shell_scripts_read_the_app_id_from_the_package(script: str) -> None:
    assert _shell_assignment(PACKAGING / script, "app_id") == billing_contact.APP_ID


@pytest.mark.parametrize(
    "path",
    [
        "gui/billing_contact/app.py",
        "packaging/billing-contact-assistant.spec",
        "packaging/make_desktop_files.py",
        "packaging/make_icons.py",
        "packaging/build-deb",
        "packaging/package-check",
    ],
)
def test_no_other_file_types_the_app_id_in(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(APP_ID|app_id)\s*=\s*\"?org\.", text, re.MULTILINE)
