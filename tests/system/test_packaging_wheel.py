"""Every install carries every catalog: the wheel holds each language's compiled catalog and icons."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from PySide6.QtCore import QTranslator

from billing_contact.services import i18n
from billing_contact.services.icons import ICON_DIR

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_carries_every_catalog_and_icon(qapp, tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("billing_contact_assistant-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "unpacked")
    for language in i18n.LANGUAGES:
        name = f"billing_contact/translations/billing_contact_{language}.qm"
        assert name in names, name
        translator = QTranslator()
        assert translator.load(str(tmp_path / "unpacked" / name)), name
    for icon in [*ICON_DIR.glob("*.svg"), *ICON_DIR.glob("*.png")]:
        assert f"billing_contact/icons/{icon.name}" in names
    assert "billing_contact/logic/flow.py" in names
    # The sources of the catalogs and the tests are not the app's to carry.
    assert not [n for n in names if n.endswith(".ts") or n.startswith("tests/")]
