"""The package's layout holds: its folders are its layers, imports run downwards only, and the
repository's docs are its own.

Read from the source, not from a running app: an import inside a function counts too. The layers
are the folders, bottom first; nothing here lists modules by hand, so a new module is placed by
the folder it is put in.
"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

import billing_contact

PACKAGE = Path(billing_contact.__file__).resolve().parent
ROOT = PACKAGE.parents[1]

# Bottom first: a layer may import its own folder and the layers before it, never one after it.
# "package" is the package's ``__init__``: its name and version, which any module may read (Python
# imports it before any of them). "top" is the app's own modules: app, selfcheck, __main__.
LAYERS = ("package", "logic", "article", "services", "ui", "top")
ROOT_PACKAGE = "billing_contact"
# The package's two entry points, ``create_wizard`` and ``main``, import the app when called: Python
# has long finished importing the package by then, so these make no cycle and no upward import.
ENTRY_POINTS = {(ROOT_PACKAGE, "billing_contact.app")}
# The folders whose code is plain Python, tested without a QApplication.
QT_FREE = {"logic", "article"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _layer(module: str) -> str:
    if module == ROOT_PACKAGE:
        return "package"
    parts = module.split(".")
    return parts[1] if parts[1] in LAYERS else "top"


def _owning_module(name: str) -> str:
    """The package's module that ``name`` is, or is a name of."""
    while name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute name an ``ImportFrom`` in ``module`` reads from."""
    if node.level == 0:
        return node.module or ""
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _imports(module: str) -> tuple[set[str], set[str]]:
    """(modules of the package, top-level packages outside it) that ``module`` imports at run time.

    Imports under ``if TYPE_CHECKING:`` are left out: they never run.
    """
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
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
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node)
            # ``from . import walkcode`` imports a module; ``from .flow import Walk`` a name of one.
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        for name in names:
            if name.split(".")[0] == "billing_contact":
                own.add(_owning_module(name))
            else:
                other.add(name.split(".")[0])
    own.discard(module)
    return own, other


GRAPH = {
    module: {target for target in _imports(module)[0] if (module, target) not in ENTRY_POINTS} for module in MODULES
}


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


def test_the_layout_test_reads_the_package() -> None:
    # What the checks below stand on: every folder is a layer, and an import inside a function
    # is seen (pages imports the verdict's view when the first verdict is shown).
    folders = {path.name for path in PACKAGE.iterdir() if (path / "__init__.py").is_file()}
    assert folders == set(LAYERS) - {"package", "top"}, "a new folder: place it in LAYERS and docs/ARCHITECTURE.md"
    assert "billing_contact.ui.verdict" in GRAPH["billing_contact.ui.pages"]
    assert "billing_contact.app" in _imports(ROOT_PACKAGE)[0]
    assert _layer("billing_contact.app") == "top"
    assert _layer("billing_contact.logic.flow") == "logic"
    assert _layer("billing_contact.article") == "article"


def test_the_package_has_no_import_cycle() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_run_downwards(module: str) -> None:
    rank = LAYERS.index(_layer(module))
    upwards = sorted(target for target in GRAPH[module] if LAYERS.index(_layer(target)) > rank)
    assert not upwards, f"{module} ({_layer(module)}) imports a higher layer: {upwards}"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _layer(m) in QT_FREE))
def test_the_qt_free_folders_import_no_qt(module: str) -> None:
    _, other = _imports(module)
    assert not other & {"PySide6", "shiboken6"}


def test_only_the_wizard_imports_the_pages_and_only_the_pages_the_verdict_view() -> None:
    importers = {module for module, imported in GRAPH.items() if "billing_contact.ui.pages" in imported}
    assert importers == {"billing_contact.ui.wizard"}
    importers = {module for module, imported in GRAPH.items() if "billing_contact.ui.verdict" in imported}
    # The map draws the verdicts' icons as the verdict page does; it loads when it first opens too.
    assert importers <= {"billing_contact.ui.pages", "billing_contact.selfcheck", "billing_contact.ui.mapview"}


def test_the_screen_reader_hooks_need_nothing_of_the_ui() -> None:
    # Pages, the verdict's view, the composer and the wizard call accessibility's hooks; it imports
    # no other module of the UI, so any of them can.
    assert not {m for m in GRAPH["billing_contact.ui.accessibility"] if _layer(m) == "ui"}
    users = {m.rpartition(".")[2] for m, i in GRAPH.items() if "billing_contact.ui.accessibility" in i}
    assert {"pages", "verdict", "emails", "wizard"} <= users


def test_mypy_holds_the_qt_free_folders_to_strict() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    strict = re.search(r"module = \[(.*?)\]\nstrict = true", pyproject, re.S)
    assert strict is not None
    assert sorted(re.findall(r'"([^"]+)"', strict.group(1))) == sorted(f"billing_contact.{f}.*" for f in QT_FREE)


def _has_code(path: Path) -> bool:
    """More than a docstring (a folder's ``__init__`` that only says what the folder holds)."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    return any(
        not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))
        and not (isinstance(node, ast.ImportFrom) and node.module == "__future__")
        for node in body
    )


def test_the_architecture_page_names_every_module_where_it_lies() -> None:
    page = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for path in MODULES.values():
        where = path.relative_to(PACKAGE).as_posix()
        if _has_code(path) and path.name != "__main__.py":
            assert f"`{where}`" in page, f"docs/ARCHITECTURE.md does not name {where}"
    for folder in set(LAYERS) - {"package", "top"}:
        assert f"`{folder}/`" in page, f"docs/ARCHITECTURE.md does not describe {folder}/"


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
    for doc in ("docs/FLOW.md", "docs/ARCHITECTURE.md", "CONTRIBUTING.md"):
        assert doc in tracked


def test_make_help_lists_every_chore() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY: (.*?)(?<!\\)$", makefile, re.M | re.S)
    assert phony is not None
    chores = phony.group(1).replace("\\\n", " ").split()
    described = set(re.findall(r"^## ([a-z0-9-]+): \S", makefile, re.M))
    assert set(chores) <= described, f"make help does not describe {sorted(set(chores) - described)}"
    assert makefile.index("\nhelp:") < min(makefile.index(f"\n{chore}:") for chore in chores if chore != "help")
