"""The floor: a minimal three-page PySide6 QWizard with radio buttons, and nothing else.

Whatever a PySide6 widgets app pays to start, this pays too; the benchmark compares the app with
it. Keep it standard and small (the packaging branch freezes a script of the same name and
purpose to compare bundle sizes): an application, a wizard of three titled pages, each with a
group of radio buttons, show, exec.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QButtonGroup, QRadioButton, QVBoxLayout, QWizard, QWizardPage


def _page(title: str, choices: tuple[str, ...]) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    group = QButtonGroup(page)
    for text in choices:
        button = QRadioButton(text, page)
        group.addButton(button)
        layout.addWidget(button)
    return page


def main() -> int:
    # make bench's marker (first_show.py): after the program's own imports.
    import first_show

    first_show.arm()
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.setWindowTitle("Baseline wizard")
    wizard.addPage(_page("First question", ("Yes", "No", "Something else")))
    wizard.addPage(_page("Second question", ("Yes", "No", "Something else")))
    wizard.addPage(_page("Third question", ("Yes", "No", "Something else")))
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
