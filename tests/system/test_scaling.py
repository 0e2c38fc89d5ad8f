"""Every page at 200%: a screen reader's magnifier, a high-density laptop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from billing_contact.services import i18n
from oracle import PATHS

AT_200_PERCENT = """
import sys
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from billing_contact import create_wizard
from billing_contact.services import i18n
from billing_contact.article import ARTICLE
from billing_contact.logic.flow import walks
from helpers import assert_fits_and_nothing_is_cut

app = QApplication([])
assert app.devicePixelRatio() == 2
pages = 0
for language in i18n.LANGUAGES:
    for walk in walks(ARTICLE):
        wizard = create_wizard(language)
        wizard.show()
        for choice in (*walk.choices, None):
            assert_fits_and_nothing_is_cut(wizard, f"{language} {wizard.currentPage().objectName()}")
            pages += 1
            if choice is not None:
                wizard.findChild(QRadioButton, choice).click()
                wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.close()
        wizard.deleteLater()
print(pages)
"""


def test_every_page_fits_and_nothing_is_cut_at_200_percent(tmp_path: Path) -> None:
    # A 2732 x 1536 screen at 200%: the window must fit its 1366 x 768 logical points.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(QT_SCALE_FACTOR="2", PYTHONPATH=str(Path(__file__).resolve().parents[1]), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", AT_200_PERCENT], capture_output=True, text=True, env=env, check=False, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout) == len(i18n.LANGUAGES) * sum(len(choices) + 1 for choices, _ in PATHS)


MAP_AT_200_PERCENT = """
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from billing_contact import create_wizard
from billing_contact.services import i18n
from helpers import assert_map_laid_out

app = QApplication([])
assert app.devicePixelRatio() == 2
looked = 0
for language in i18n.LANGUAGES:
    wizard = create_wizard(language)
    wizard.show()
    wizard.show_map()
    dialog = wizard.findChild(QDialog, "dialog.map")
    app.processEvents()
    assert_map_laid_out(dialog, language)
    # Within the screen, scrolled to where the user is: the start page.
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height(), (language, dialog.size())
    assert not dialog.findChild(QWidget, "map.start").visibleRegion().isEmpty(), language
    wizard.close()
    wizard.deleteLater()
    looked += 1
print(looked)
"""


def test_the_map_is_laid_out_and_within_the_screen_at_200_percent(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env.update(QT_SCALE_FACTOR="2", PYTHONPATH=str(Path(__file__).resolve().parents[1]), XDG_CONFIG_HOME=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", MAP_AT_200_PERCENT], capture_output=True, text=True, env=env, check=False, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout) == len(i18n.LANGUAGES)
