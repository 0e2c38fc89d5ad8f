"""--self-check: what IT runs after deploying, and what the package build runs."""

from __future__ import annotations

import shutil

from billing_contact import selfcheck
from billing_contact.logic import walkcode
from billing_contact.services import i18n


def test_a_missing_catalog_fails_the_self_check_with_the_reason(qapp, monkeypatch, tmp_path) -> None:
    shutil.copy(i18n.CATALOG_DIR / "billing_contact_en.qm", tmp_path)
    monkeypatch.setattr(i18n, "CATALOG_DIR", tmp_path)
    monkeypatch.setattr(i18n, "catalogs", i18n.Catalogs())
    lines: list[str] = []
    assert selfcheck.run(lines.append) == 1
    assert f"FAIL catalog it: missing or unreadable in {tmp_path}; en used" in lines
    assert "ok   pages en: 6 pages, 10 paths" in lines
    assert lines[-1].startswith(f"{len(i18n.LANGUAGES) - 1} of ")
    assert lines[-1].endswith(" checks failed.")


# The failures below need one language besides English to show; the whole self-check, every
# language, runs in tests/system/test_command_line.py.
TWO_LANGUAGES = ("en", "it")


def test_a_missing_icon_fails_the_self_check(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(i18n, "LANGUAGES", TWO_LANGUAGES)
    monkeypatch.setattr(selfcheck, "ICON_DIR", tmp_path)
    lines: list[str] = []
    assert selfcheck.run(lines.append) == 1
    assert any(line.startswith("FAIL icons: the app icon") for line in lines), lines


def test_a_walk_code_that_leads_elsewhere_fails_the_self_check(qapp, monkeypatch) -> None:
    # The result pages show a wrong code: every walk's code but A-A's leads to A-A's result.
    monkeypatch.setattr(i18n, "LANGUAGES", TWO_LANGUAGES)
    monkeypatch.setattr(walkcode, "encode", lambda flow, walk: "A-A")
    lines: list[str] = []
    assert selfcheck.run(lines.append) == 1
    failed = [line for line in lines if line.startswith("FAIL walk codes ")]
    assert len(failed) == len(TWO_LANGUAGES)
    assert "A-A led to billing_admin, not undetermined" in failed[0]
