"""Render every page of every path, in each language, to PNG files for a person to look at.

    python tools/screenshots.py OUTPUT_DIR [LANG ...]

Uses the real app (create_wizard) on Qt's offscreen platform, so it needs no screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QRadioButton, QWizard

from billing_contact import create_wizard, i18n
from billing_contact.flow import ARTICLE, walks


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    languages = sys.argv[2:] or list(i18n.LANGUAGES)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    seen: set[str] = set()
    for language in languages:
        for number, path in enumerate(walks(ARTICLE), 1):
            wizard = create_wizard(language)
            wizard.show()
            for choice_id in (*path.choices, None):
                app.processEvents()
                page = wizard.currentPage()
                name = page.objectName()
                key = f"{language}-{name}-{page.property('verdict') or ''}-{wizard.visitedIds()[-2:]}"
                if key not in seen:
                    seen.add(key)
                    suffix = page.property("verdict") or name.removeprefix("page.")
                    wizard.grab().save(str(out / f"{language}-{number:02d}-{suffix}.png"))
                if choice_id is None:
                    break
                wizard.findChild(QRadioButton, choice_id).click()
                wizard.button(QWizard.WizardButton.NextButton).click()
            wizard.close()
            wizard.deleteLater()
    print(f"{len(seen)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
