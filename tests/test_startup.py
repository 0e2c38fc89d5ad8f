"""Start-up imports only what the first page needs (the benchmark in benchmarks/ times it).

Each check runs in a fresh interpreter: this test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# Never needed to show the first page: printing, the network, and the test stack.
FORBIDDEN = ("PySide6.QtPrintSupport", "PySide6.QtNetwork", "pytest", "_pytest", "pytestqt", "hypothesis")
# Loaded on first use, not at start: opening an address (QDesktopServices, QMessageBox),
# checking the address typed on one verdict page, what the verdict page shows, walk codes (the
# first page needs only the answers' letters), and the log file (logging.handlers brings socket
# and pickle), which opens with the first record.
LAZY = (
    "billing_contact.services.desktop",
    "billing_contact.logic.mailto",
    "billing_contact.ui.verdict",
    "billing_contact.logic.walkcode",
    "logging.handlers",
)

# The app as its launcher starts it (main()), looked at once its first page has been painted.
_SHOW_FIRST_PAGE = """
import json, sys
import billing_contact
after_package = sorted(sys.modules)
import PySide6.QtCore
import PySide6.QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from billing_contact.app import main

# PySide6 makes a module's Python classes on first use; Qt's namespace is one of them.
namespace_is_lazy = "Qt" not in vars(PySide6.QtCore)
seen = {}

def look():
    QApplication.processEvents()  # the first paint
    wizard = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "wizard")
    seen["page"] = wizard.currentPage().objectName()
    seen["modules"] = sorted(sys.modules)
    seen["qt_namespace_made"] = "Qt" in vars(PySide6.QtCore)
    seen["qstyle_made"] = "QStyle" in vars(PySide6.QtWidgets)
    with open("/proc/self/maps") as maps:
        seen["qt_svg_loaded"] = "libQt6Svg" in maps.read()
    QApplication.quit()

app = QApplication(["billing-contact-assistant"])  # main() takes it over
QTimer.singleShot(0, look)
main(["billing-contact-assistant", "--lang", "it"])
print(json.dumps({"package": after_package, "namespace_is_lazy": namespace_is_lazy, **seen}))
"""


def _start(tmp_path: Path) -> dict[str, Any]:
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


def test_the_first_page_imports_no_printing_network_or_test_code(tmp_path: Path) -> None:
    modules = _start(tmp_path)["modules"]
    assert not _matching(modules, FORBIDDEN)
    assert not _matching(modules, LAZY)


def test_the_first_page_does_not_make_the_qt_namespace(tmp_path: Path) -> None:
    # Its ninety-odd enums are a large part of a bare QWizard's start (widgets.set_enum_property).
    seen = _start(tmp_path)
    assert seen["namespace_is_lazy"], "this PySide6 makes its classes at import: the check below means nothing"
    assert not seen["qt_namespace_made"]


def test_the_first_page_does_not_make_the_qstyle_class(tmp_path: Path) -> None:
    # Its dozen enums (577 members) would cost more than anything else the app adds to its first
    # page; QRadioButton's own code sizes and draws the answers (widgets.ChoiceButton).
    seen = _start(tmp_path)
    assert seen["namespace_is_lazy"], "this PySide6 makes its classes at import: the check below means nothing"
    assert not seen["qstyle_made"]


def test_the_first_page_draws_no_svg(tmp_path: Path) -> None:
    # Its icons are PNG sizes (make icons): Qt's SVG module and icon engine are not loaded for them.
    assert not _start(tmp_path)["qt_svg_loaded"]


def test_importing_the_package_imports_no_qt(tmp_path: Path) -> None:
    assert not _matching(_start(tmp_path)["package"], ("PySide6", "shiboken6"))
