"""Start-up loads nothing the app never needs to start: no printing, no network, no test code
(benchmarks/ times the start itself).

Each check runs in a fresh interpreter: this test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

# Never needed to show the first page: printing, the network, the test stack.
FORBIDDEN = ("PySide6.QtPrintSupport", "PySide6.QtNetwork", "pytest", "_pytest", "pytestqt", "hypothesis")
# Loaded when first used (docs/ARCHITECTURE.md, Idioms): the verdict's view and what only it
# needs (the composer, sharing, SVG, how to change the billing contact), the dialogs, the
# desktop's doors, Help, the licences, the walk-code dialog, the map, the self-check, and the log
# file's rotation (socket and pickle come with it).
LAZY = (
    "billing_contact.ui.verdict",
    "billing_contact.ui.mapview",
    "billing_contact.ui.emails",
    "billing_contact.ui.share",
    "billing_contact.ui.codedialog",
    "billing_contact.ui.changecontact",
    "billing_contact.ui.helpbox",
    "billing_contact.ui.licences",
    "billing_contact.services.desktop",
    "billing_contact.services.dialogs",
    "billing_contact.selfcheck",
    "PySide6.QtSvg",
    "logging.handlers",
)


# The app as its launcher starts it (main()), looked at once its first page has been painted.
_SHOW_FIRST_PAGE = """
import json, sys
import billing_contact
after_package = sorted(sys.modules)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from billing_contact.app import main

seen = {}

def look():
    QApplication.processEvents()  # the first paint
    wizard = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "wizard")
    seen["page"] = wizard.currentPage().objectName()
    seen["modules"] = sorted(sys.modules)
    QApplication.quit()

app = QApplication(["billing-contact-assistant"])  # main() takes it over
QTimer.singleShot(0, look)
main(["billing-contact-assistant", "--lang", "it"])
print(json.dumps({"package": after_package, **seen}))
"""


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """What a fresh app process had loaded after importing the package, and on its first page."""
    tmp_path = tmp_path_factory.mktemp("start")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST", "PYTHONPATH"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", _SHOW_FIRST_PAGE], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    seen: dict[str, Any] = json.loads(result.stdout)
    assert seen["page"] == "page.start"
    return seen


def _matching(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in names)]


def test_the_first_page_imports_no_printing_network_or_test_code(started: dict[str, Any]) -> None:
    assert not _matching(started["modules"], FORBIDDEN)


def test_what_the_first_page_does_without_waits_until_it_is_used(started: dict[str, Any]) -> None:
    assert not _matching(started["modules"], LAZY)


def test_importing_the_package_imports_no_qt(started: dict[str, Any]) -> None:
    assert not _matching(started["package"], ("PySide6", "shiboken6"))


def test_the_map_and_the_texts_import_no_qt() -> None:
    # Every module of the Qt-free folders, run: the layout test reads their imports, this imports them.
    code = (
        "import importlib, pkgutil, sys, billing_contact.logic, billing_contact.article\n"
        "for package in (billing_contact.logic, billing_contact.article):\n"
        "    for module in pkgutil.iter_modules(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "print(sorted(m for m in sys.modules if 'PySide6' in m or 'shiboken6' in m))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
