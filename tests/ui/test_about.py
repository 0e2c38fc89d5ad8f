"""About, as a person reaches it from Help: Qt's own About box, and the licences of everything shipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWizard,
)

from billing_contact.ui import licences
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


def _open_about(wizard) -> QMessageBox:
    wizard.button(QWizard.WizardButton.HelpButton).click()
    wizard.findChild(QMessageBox, "dialog.help").findChild(QPushButton, "about").click()
    about = wizard.findChild(QMessageBox, "dialog.about")
    assert about.isVisible()
    return about


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A licences folder as make bundle puts it in the bundle, made from this environment's wheels."""
    folder = tmp_path_factory.mktemp("bundle") / "licenses"
    assert load_script(ROOT / "packaging" / "make_licenses.py").main([str(folder)]) == 0
    return folder


def test_about_offers_qt_and_the_licences(make_wizard) -> None:
    about = _open_about(make_wizard("en"))
    assert about.findChild(QPushButton, "about_qt").text() == "About Qt"
    assert about.findChild(QPushButton, "licences").text() == "Licences…"
    assert "Qt and PySide6, under the GNU LGPL version 3, and Python, under the PSF licence" in about.informativeText()
    assert "MIT licence" in about.informativeText()
    about.close()


def test_about_qt_opens_qts_own_box(make_wizard, qtbot) -> None:
    about = _open_about(make_wizard("en"))
    seen: dict[str, str] = {}

    def look() -> None:
        # Qt's box runs an event loop of its own: read it and close it from inside that loop.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box is not about:
            seen["title"] = box.windowTitle()
            seen["text"] = box.text()
            box.close()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(10, look)
    about.findChild(QPushButton, "about_qt").click()
    qtbot.waitUntil(lambda: "title" in seen)
    assert seen["title"] == "About Qt"
    assert f"This program uses Qt version {qVersion()}" in seen["text"]
    assert about.isVisible(), "About stays open behind Qt's box"
    about.close()


def test_licences_show_every_text_the_bundle_carries(make_wizard, qtbot, bundled, monkeypatch) -> None:
    monkeypatch.setattr(licences, "bundled_folder", lambda: bundled)
    about = _open_about(make_wizard("en"))
    about.findChild(QPushButton, "licences").click()
    dialog = about.findChild(QDialog, "dialog.licences")
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Licences"
    files = dialog.findChild(QListWidget, "licences.files")
    text = dialog.findChild(QPlainTextEdit, "licences.text")
    names = [files.item(row).text() for row in range(files.count())]
    assert names[0] == "README.txt", "the index first"
    assert {"Qt.txt", "PySide6.txt", "Python.txt", "ICU.txt", "LGPL-3.0-only.txt"} <= set(names)
    # The index shows first: every component and its licence.
    assert "PySide6 (Qt for Python)" in text.toPlainText()
    assert "Licence:   PSF-2.0" in text.toPlainText()
    # A click on a file shows its text.
    item = files.findItems("LGPL-3.0-only.txt", Qt.MatchFlag.MatchExactly)[0]
    files.scrollToItem(item)
    qtbot.mouseClick(files.viewport(), Qt.MouseButton.LeftButton, pos=files.visualItemRect(item).center())
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text.toPlainText()
    assert text.isReadOnly()
    assert files.accessibleName() == "Licence files"
    assert text.accessibleName() == "Licence text"
    dialog.close()
    about.close()


def test_run_from_source_the_licences_are_the_apps_own(make_wizard) -> None:
    about = _open_about(make_wizard("en"))
    about.findChild(QPushButton, "licences").click()
    dialog = about.findChild(QDialog, "dialog.licences")
    files = dialog.findChild(QListWidget, "licences.files")
    assert [files.item(row).text() for row in range(files.count())] == ["LICENSE"]
    shown = dialog.findChild(QPlainTextEdit, "licences.text").toPlainText()
    assert shown.startswith("MIT License")
    assert "Copyright (c) 2026 Billing Contact Assistant developers" in shown
    intro = dialog.findChild(QLabel, "licences.intro").text()
    assert "the installed program carries their texts in its licenses folder" in intro
    dialog.close()
    about.close()


def test_about_speaks_italian(make_wizard, bundled, monkeypatch) -> None:
    monkeypatch.setattr(licences, "bundled_folder", lambda: bundled)
    about = _open_about(make_wizard("it"))
    assert about.findChild(QPushButton, "about_qt").text() == "Informazioni su Qt"
    assert about.findChild(QPushButton, "licences").text() == "Licenze…"
    about.findChild(QPushButton, "licences").click()
    dialog = about.findChild(QDialog, "dialog.licences")
    assert dialog.windowTitle() == "Licenze"
    dialog.close()
    about.close()


@pytest.mark.parametrize(
    ("program", "folder"),
    [
        ("billing-contact-assistant/billing-contact-assistant", "billing-contact-assistant/licenses"),
        ("App.app/Contents/MacOS/billing-contact-assistant", "App.app/Contents/Resources/licenses"),
    ],
)
def test_an_installed_program_finds_its_licences(tmp_path, monkeypatch, program, folder) -> None:
    """Where build-bundle puts them: beside the program (Linux, Windows), in the app's Resources (macOS)."""
    (tmp_path / folder).mkdir(parents=True)
    (tmp_path / folder / "README.txt").write_text("index")
    (tmp_path / program).parent.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys.executable", str(tmp_path / program))
    assert licences.bundled_folder() == tmp_path / folder


def test_run_from_source_there_is_no_licences_folder() -> None:
    assert licences.bundled_folder() is None
