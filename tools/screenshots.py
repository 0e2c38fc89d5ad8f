"""Screenshots of the real app, rendered offscreen (no screen needed).

python tools/screenshots.py docs/screenshots            the README's set: start page, a step
                                                        page, two verdicts; Italian and English;
                                                        light and dark
python tools/screenshots.py --all DIR [LANG ...]        every page of every path, light and dark, for
                                                        review, and a contact sheet of each
                                                        language and scheme (sheet-LANG-SCHEME.png)
python tools/screenshots.py --composer DIR [LANG ...]   the email composer: to the billing admin and
                                                        to the account admin, filled in, and with what
                                                        Send says of empty fields; light and dark
python tools/screenshots.py --scale 2 ...               at twice the scale (a 200% screen)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWizard

# The README's set: (file name, the answers that lead to the page).
README_SET = (
    ("start", ()),
    ("step-admin-center", ("choice.start.admin_center",)),
    ("verdict-billing-admin", ("choice.start.billing_center", "choice.billing_center.subscriptions")),
    ("verdict-named", ("choice.start.admin_center", "choice.admin_center.contact_billing_admin")),
)
_NAMED = ("choice.start.admin_center", "choice.admin_center.contact_billing_admin")
_UNDETERMINED = ("choice.start.billing_center", "choice.billing_center.other")
# The composer's set: (file name, the answers that lead to it, the action that opens it, filled in).
COMPOSER_SET = (
    ("composer-billing-admin", _NAMED, "action.email_billing_admin", True),
    ("composer-account-admin", _UNDETERMINED, "action.email_account_admin", True),
    ("composer-errors", _NAMED, "action.email_billing_admin", False),
)
# What a person fills in: both names, an address pasted with its name, the longest request (their
# own words).
_FILLED = (
    ("field.billing_admin_name", "Maria Rossi"),
    ("field.account_admin_name", "Maria Rossi"),
    ("field.billing_admin_email", "Maria Rossi <maria.rossi@example.com>"),
    ("field.account_admin_email", "Maria Rossi <maria.rossi@example.com>"),
    ("field.your_name", "Giulia Bianchi"),
    ("field.request_text", "Add five licenses for the new support team in Milan, from next month."),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("languages", nargs="*")
    parser.add_argument("--all", action="store_true", help="every page of every path")
    parser.add_argument("--composer", action="store_true", help="the email composer")
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR to render at")
    options = parser.parse_args()
    _environment(options.scale)

    from PySide6.QtWidgets import QApplication, QRadioButton, QWizard

    from billing_contact import create_wizard
    from billing_contact.article import ARTICLE
    from billing_contact.logic.flow import walks
    from billing_contact.services import i18n
    from billing_contact.services.palette import dark_palette

    app = QApplication([])
    light = app.palette()
    options.out.mkdir(parents=True, exist_ok=True)
    count = 0

    def walk_to(language: str, choices: tuple[str, ...]) -> QWizard:
        wizard = create_wizard(language)
        wizard.show()
        for choice_id in choices:
            app.processEvents()
            wizard.findChild(QRadioButton, choice_id).click()
            wizard.button(QWizard.WizardButton.NextButton).click()
        return wizard

    def shoot(language: str, choices: tuple[str, ...], name: str) -> None:
        nonlocal count
        wizard = walk_to(language, choices)
        for _ in range(3):
            app.processEvents()
        wizard.grab().save(str(options.out / f"{name}.png"))
        count += 1
        wizard.close()
        wizard.deleteLater()

    def each_language(default: tuple[str, ...]) -> Iterator[tuple[str, str]]:
        """Each scheme and language to shoot, the application's palette set for the scheme."""
        for scheme in ("light", "dark"):
            app.setPalette(dark_palette() if scheme == "dark" else light)
            for language in options.languages or default:
                yield scheme, language

    if options.composer:
        for scheme, language in each_language(i18n.LANGUAGES):
            for name, choices, action, filled in COMPOSER_SET:
                _shoot_composer(
                    walk_to(language, choices), action, filled, options.out / f"{language}-{scheme}-{name}.png"
                )
            count += len(COMPOSER_SET)
    elif options.all:
        for scheme, language in each_language(i18n.LANGUAGES):
            names = []
            for number, walk in enumerate(walks(ARTICLE), 1):
                for depth in range(len(walk.choices) + 1):
                    page = walk.pages[depth] if depth < len(walk.pages) else walk.verdict
                    name = f"{language}-{scheme}-{number:02d}-{depth}-{page}"
                    shoot(language, walk.choices[:depth], name)
                    names.append(name)
            _contact_sheet(options.out, names, f"sheet-{language}-{scheme}.png")
    else:
        for scheme, language in each_language(("it", "en")):
            for name, choices in README_SET:
                shoot(language, choices, f"{language}-{scheme}-{name}")
    print(f"{count} screenshots in {options.out}")
    return 0


def _environment(scale: str) -> None:
    """No screen needed, the scale asked for, and settings of their own: the developer's choices
    never show in the screenshots, nor what the screenshots type (the composer's "your name") in
    the developer's settings."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = scale
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="billing-contact-screenshots-")


def _shoot_composer(wizard: QWizard, action: str, filled: bool, path: Path) -> None:
    """Open the composer with ``action``, fill it in (or press Send with nothing typed), save it."""
    from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QPushButton

    wizard.currentPage().findChild(QPushButton, action).click()
    composer = wizard.findChild(QDialog, "dialog.email")
    if filled:
        for field_id, text in _FILLED:
            field = composer.findChild(QLineEdit, field_id)
            if field is not None:
                field.setText(text)
                field.editingFinished.emit()
        composer.findChild(QComboBox, "field.request").setCurrentIndex(3)
    else:
        composer.findChild(QPushButton, "action.send_email").click()
    for _ in range(3):
        QApplication.processEvents()
    composer.grab().save(str(path))
    # Hidden rather than closed: closing would ask about the email left unsent.
    wizard.hide()
    wizard.deleteLater()


def _contact_sheet(folder: Path, names: list[str], sheet_name: str, columns: int = 6, scale: float = 0.5) -> None:
    """Every page of a language on one image, at half size, each with its file name above it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    shots = [QImage(str(folder / f"{name}.png")) for name in names]
    width = round(max(shot.width() for shot in shots) * scale)
    height = round(max(shot.height() for shot in shots) * scale) + 16
    rows = -(-len(shots) // columns)
    sheet = QImage(columns * width, rows * height, QImage.Format.Format_RGB32)
    sheet.fill(QColor("white"))
    painter = QPainter(sheet)
    for index, (name, shot) in enumerate(zip(names, shots, strict=True)):
        corner = QPoint((index % columns) * width, (index // columns) * height)
        painter.setPen(QColor("black"))
        painter.drawText(corner + QPoint(4, 12), name)
        scaled = shot.scaledToWidth(width - 4, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(corner + QPoint(2, 16), scaled)
    painter.end()
    sheet.save(str(folder / sheet_name))


if __name__ == "__main__":
    sys.exit(main())
