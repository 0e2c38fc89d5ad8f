"""The catalogs against the tools that make them: Qt Linguist's lupdate and lrelease."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from billing_contact.services import i18n
from helpers import ROOT, TS_FILES, catalog_messages


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_compiled_catalog_is_what_the_source_compiles_to(ts: Path, tmp_path: Path) -> None:
    """A .ts edited without `make i18n` fails here, before a user sees an old translation."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
    shipped = i18n.CATALOG_DIR / (ts.stem + ".qm")
    assert fresh.read_bytes() == shipped.read_bytes(), f"run `make i18n`: {shipped.name} is stale"


def test_the_catalogs_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """A string added or changed in the code without `make i18n-update` fails here."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate is not None
    fresh = tmp_path / "fresh_it.ts"
    sources = sorted(str(p) for p in (ROOT / "gui" / "billing_contact").rglob("*.py"))
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(context, source) for context, source, _ in catalog_messages(fresh)}
    for ts in TS_FILES:
        in_catalog = {
            (context, source)
            for context, source, message in catalog_messages(ts)
            if (message.find("translation") is None or message.find("translation").get("type") != "vanished")
        }
        if ts.stem.endswith("_en"):
            # The source language's catalog holds plural forms only, and there are none yet.
            assert in_catalog <= in_code, ts.name
        else:
            assert in_catalog == in_code, f"{ts.name}: run `make i18n-update`, then translate"
