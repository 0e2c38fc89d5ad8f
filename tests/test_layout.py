"""The package's layout holds: imports run one way, no module grows past a screenful or two,
and the repository's docs are its own.

Read from the source, not from a running app: a deferred import inside a function counts too.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

import billing_contact

PACKAGE = Path(billing_contact.__file__).resolve().parent
ROOT = PACKAGE.parents[1]
MODULES = sorted(path.stem for path in PACKAGE.glob("*.py"))

# Plain Python: the map, its texts and what is built from them, testable without Qt.
QT_FREE = {"flow", "article", "article_verdicts", "validation", "text", "summary", "mailto", "mnemonics", "walkcode"}
# The entry points: the package itself (which imports the app only when called) and ``-m``.
ENTRY = {"__init__", "__main__"}
# What the pages are made of. They import the map, i18n, settings and each other, never a page.
HELPERS = {
    "i18n",
    "settings",
    "icons",
    "palette",
    "context",
    "widgets",
    "accessibility",
    "desktop",
    "dialogs",
    "codedialog",
    "helpbox",
    "errors",
}
MAX_LINES = 400


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(module: str) -> tuple[set[str], set[str]]:
    """(modules of the package, top-level packages outside it) that ``module`` imports at run time.

    Imports under ``if TYPE_CHECKING:`` are left out: they never run.
    """
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    typing_only = {
        id(n)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and _is_type_checking(node)
        for child in node.body
        for n in ast.walk(child)
    }
    own: set[str] = set()
    other: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                top, _, rest = alias.name.partition(".")
                if top == "billing_contact":
                    own.add(rest.split(".")[0] or "__init__")
                else:
                    other.add(top)
        elif isinstance(node, ast.ImportFrom):
            name = node.module or ""
            if node.level == 0 and not name.startswith("billing_contact"):
                other.add(name.split(".")[0])
            elif name in ("", "billing_contact"):
                own.update(alias.name for alias in node.names)
            else:
                own.add(name.removeprefix("billing_contact.").split(".")[0])
    return own & set(MODULES), other


GRAPH = {module: _imports(module)[0] for module in MODULES}


def _cycle() -> list[str] | None:
    """One import cycle of the package, as a list of modules, or None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = "open"
        path.append(module)
        for target in sorted(GRAPH[module]):
            if state.get(target) == "open":
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[module] = "done"
        return None

    for module in MODULES:
        if module not in state and (found := visit(module)):
            return found
    return None


def test_the_package_has_no_import_cycle() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


def test_the_layout_test_sees_a_deferred_import() -> None:
    # pages imports verdict inside a method, when the first verdict is shown.
    assert "verdict" in GRAPH["pages"]


@pytest.mark.parametrize("module", sorted(QT_FREE))
def test_the_qt_free_modules_import_no_qt(module: str) -> None:
    own, other = _imports(module)
    assert not other & {"PySide6", "shiboken6"}
    assert own <= QT_FREE, f"{module} imports {sorted(own - QT_FREE)}"


@pytest.mark.parametrize("module", sorted(HELPERS))
def test_helpers_import_no_page(module: str) -> None:
    assert GRAPH[module] <= QT_FREE | HELPERS, f"{module} imports {sorted(GRAPH[module] - QT_FREE - HELPERS)}"


def test_only_the_wizard_imports_the_pages_and_only_the_pages_the_verdict_view() -> None:
    assert {module for module, imported in GRAPH.items() if "pages" in imported} == {"wizard"}
    assert {module for module, imported in GRAPH.items() if "verdict" in imported} <= {"pages", "selfcheck"}


def test_the_screen_reader_hooks_need_nothing_of_the_package() -> None:
    # Pages, the verdict's view, the composer and the wizard call accessibility's hooks; it imports
    # none of them (Qt-free modules only), so any of them can.
    assert GRAPH["accessibility"] <= QT_FREE
    assert {"pages", "verdict", "emails", "wizard"} <= {m for m, i in GRAPH.items() if "accessibility" in i}


def test_every_module_is_placed_in_the_layout() -> None:
    placed = ENTRY | QT_FREE | HELPERS | {"pages", "verdict", "emails", "share", "wizard", "selfcheck", "app"}
    assert set(MODULES) == placed, "a new module: say in docs/ARCHITECTURE.md and here where it belongs"


@pytest.mark.parametrize("module", MODULES)
def test_no_module_is_over_400_lines(module: str) -> None:
    lines = len((PACKAGE / f"{module}.py").read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module}.py has {lines} lines"


def _defines_records(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ClassDef) and any(isinstance(b, ast.Name) and b.id == "NamedTuple" for b in node.bases)
        for node in tree.body
    )


def _postpones_annotations(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "__future__"
        and any(a.name == "annotations" for a in node.names)
        for node in tree.body
    )


def test_the_modules_of_records_keep_their_annotations_as_types() -> None:
    # docs/ARCHITECTURE.md, Idioms: typing compiles every string annotation of a NamedTuple when
    # its module loads, so the modules that define records do without postponed annotations.
    trees = {module: ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8")) for module in MODULES}
    with_records = {module for module, tree in trees.items() if _defines_records(tree)}
    assert {"flow", "settings", "context", "app"} <= with_records
    assert not {module for module in with_records if _postpones_annotations(trees[module])}


def test_the_repository_never_sends_a_reader_outside_it() -> None:
    # Someone who clones the project has only the repository: its docs are in docs/.
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    outside = "../" + "shared"
    mentions = [
        name
        for name in tracked
        if (ROOT / name).is_file() and outside in (ROOT / name).read_text(encoding="utf-8", errors="replace")
    ]
    assert not mentions
    for doc in ("docs/FLOW.md", "docs/ARCHITECTURE.md"):
        assert doc in tracked
