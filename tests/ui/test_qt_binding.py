"""Guards against a known PySide6 defect coming back with a dependency update.

PySide6-Essentials 6.12.0 on Python below 3.12 drops a reference to None each time a Qt method
returns a null object; Qt calls such methods (nextId, currentPage) thousands of times, and the
process then aborts with "Fatal Python error: none_dealloc". pyproject.toml keeps that version
out; this test fails if a version that leaks comes back, long before a user's app would crash.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QButtonGroup, QWidget, QWizard

CALLS = 5000


def test_null_returns_do_not_leak_references_to_none(qapp) -> None:
    group = QButtonGroup()
    wizard = QWizard()
    orphan = QWidget()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        assert group.checkedButton() is None
        assert wizard.currentPage() is None
        assert orphan.parentWidget() is None
    after = sys.getrefcount(None)
    # Other code may take or drop a handful of references meanwhile; a leak drops thousands.
    assert after > before - CALLS // 10, f"{before - after} references to None lost in {3 * CALLS} calls"
