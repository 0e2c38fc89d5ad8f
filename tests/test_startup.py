"""Start-up imports only what the first page needs (the benchmark in benchmarks/ times it).

Each check runs in a fresh interpreter: this test process has long since imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Never needed to show the first page: printing, the network, and the test stack.
FORBIDDEN = ("PySide6.QtPrintSupport", "PySide6.QtNetwork", "pytest", "_pytest", "pytestqt", "hypothesis")
# Loaded on first use, not at start: opening an address (QDesktopServices, QMessageBox), and
# checking the address typed on one verdict page.
LAZY = ("billing_contact.desktop", "billing_contact.mailto")

_SHOW_FIRST_PAGE = """
import json, sys
import billing_contact
after_package = sorted(sys.modules)
from PySide6.QtWidgets import QApplication
app = QApplication([])
wizard = billing_contact.create_wizard("en")
wizard.show()
app.processEvents()
assert wizard.currentPage().objectName() == "page.start"
print(json.dumps({"package": after_package, "first_page": sorted(sys.modules)}))
"""


def _modules_at_start() -> dict[str, list[str]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "PYTEST", "PYTHONPATH"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", _SHOW_FIRST_PAGE], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    modules: dict[str, list[str]] = json.loads(result.stdout)
    return modules


def _matching(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == name or m.startswith(name + ".") for name in names)]


def test_the_first_page_imports_no_printing_network_or_test_code() -> None:
    modules = _modules_at_start()
    assert not _matching(modules["first_page"], FORBIDDEN)
    assert not _matching(modules["first_page"], LAZY)


def test_importing_the_package_imports_no_qt() -> None:
    assert not _matching(_modules_at_start()["package"], ("PySide6", "shiboken6"))
