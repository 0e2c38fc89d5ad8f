"""The app's first page built from stock Qt widgets in one file: what that content costs to show.

The baseline (``baseline_wizard.py``) is a bare wizard. The app's first page holds more: two
paragraphs of rich text, a question in a group box with two choices, Help, a language button with
its icon and a menu of six languages, a window icon, a window sized for the longest page. This
script shows the same content in English with no code of the app's (no map, catalogs, settings,
log, custom widgets), so ``make bench`` can tell what the content costs from what the app's code
adds. Keep it stock and small; the texts are the map's (``billing_contact.article``, page.start).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QActionGroup, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGroupBox,
    QLabel,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

if getattr(sys, "frozen", False):
    # make bench freezes it with the bundle's spec, which ships the app's icons inside the bundle.
    ICONS = os.path.join(getattr(sys, "_MEIPASS", ""), "billing_contact", "icons")
else:
    ICONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "gui", "billing_contact", "icons")
TITLE = "Who is the billing contact for my account?"
INTRO = (
    "<p>The billing contact (that is, the billing admin) for your account is a member of your organization "
    "(not a LogMeIn representative) with special privileges: they can change the account's subscription plan, "
    "change the payment and billing information, and manage the other account settings.</p>"
    "<p>Only billing contacts or account admins can see who the billing contact of an account is. If you think "
    "you are the billing contact but are not sure, you can check it in one of these two ways. You sign in on "
    "the portal, in your own browser: this assistant never asks for your password.</p>"
)
QUESTION = "How do you want to check?"
CHOICES = (
    "In the Billing Center (for anyone who thinks they are the billing contact)",
    "In the Admin Center (account admins only)",
)
LANGUAGES = ("English", "Italiano", "Deutsch", "Français", "Español", "Português (Brasil)", "Nederlands")
# The PNG sizes the app ships for its window and language icons (make icons draws them).
ICON_SIZES = {"billing-contact-assistant": (16, 24, 32, 48, 64, 128, 256), "language": (16, 24, 32, 48)}


def _icon(name: str) -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES[name]:
        icon.addFile(os.path.join(ICONS, f"{name}-{size}.png"), QSize(size, size))
    return icon


def _first_page() -> QWizardPage:
    page = QWizardPage()
    page.setTitle(TITLE)
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Step 1", page))
    intro = QLabel(INTRO, page)
    intro.setWordWrap(True)
    layout.addWidget(intro)
    question = QGroupBox(QUESTION, page)
    choices = QVBoxLayout(question)
    group = QButtonGroup(page)
    for letter, text in zip("AB", CHOICES, strict=True):
        button = QRadioButton(f"{letter}. {text}", question)
        group.addButton(button)
        choices.addWidget(button)
    layout.addWidget(question)
    layout.addStretch(1)
    return page


def main() -> int:
    # make bench's marker (first_show.py): after the program's own imports.
    import first_show

    first_show.arm()
    # A missing file would only leave an icon blank, and the floor lighter than the app's page.
    files = [f"{name}-{size}.png" for name, sizes in ICON_SIZES.items() for size in sizes]
    missing = [file for file in files if not os.path.isfile(os.path.join(ICONS, file))]
    if missing:
        sys.exit(f"first_page_floor.py: no {', '.join(missing)} in {ICONS}")
    app = QApplication(sys.argv)
    app.setWindowIcon(_icon("billing-contact-assistant"))
    wizard = QWizard()
    wizard.setWindowTitle("Billing Contact Assistant")
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setOption(QWizard.WizardOption.HaveHelpButton, True)
    wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
    wizard.setOption(QWizard.WizardOption.HaveCustomButton3, True)
    wizard.button(QWizard.WizardButton.CustomButton3).setText("Open a walk code…")
    language = wizard.button(QWizard.WizardButton.CustomButton1)
    language.setText(LANGUAGES[0])
    language.setIcon(_icon("language"))
    menu = QMenu(language)
    group = QActionGroup(menu)
    for name in LANGUAGES:
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(name == LANGUAGES[0])
        group.addAction(action)
        menu.addAction(action)
    language.setMenu(menu)
    wizard.setButtonLayout(
        [
            QWizard.WizardButton.HelpButton,
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.CustomButton3,
            QWizard.WizardButton.Stretch,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ]
    )
    wizard.addPage(_first_page())
    # The way on, as on the app's first page: Next, not Finish.
    wizard.addPage(QWizardPage())
    line = wizard.fontMetrics().height()
    wizard.resize(wizard.sizeHint().expandedTo(QSize(52 * line, 38 * line)))
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
