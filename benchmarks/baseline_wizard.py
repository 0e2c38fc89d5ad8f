"""The smallest app like ours: a three-page PySide6 QWizard with radio buttons, and nothing else.

The yardstick the benchmarks compare the app against (bundle size, start-up). Keep it minimal: no
catalogs, no icons, no settings.
"""

import sys

from PySide6.QtWidgets import QApplication, QRadioButton, QVBoxLayout, QWizard, QWizardPage


def page(title: str, *choices: str) -> QWizardPage:
    result = QWizardPage()
    result.setTitle(title)
    layout = QVBoxLayout(result)
    for choice in choices:
        layout.addWidget(QRadioButton(choice))
    return result


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.setWindowTitle("Baseline wizard")
    wizard.addPage(page("Where do you sign in?", "Billing Center", "Admin Center"))
    wizard.addPage(page("What happened?", "Subscriptions page", "Another page", "Something else"))
    wizard.addPage(page("Done"))
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
