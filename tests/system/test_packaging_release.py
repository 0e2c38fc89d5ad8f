"""The release: the spec on each system, and the workflows that build with the Makefile's targets.

The Windows and macOS builds run only on those systems (the release workflow's jobs). Here the spec
is run with PyInstaller's build steps replaced by recorders and sys.platform set to each system, so
that what it asks PyInstaller for on Windows and macOS is checked on every `make test`.
"""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from billing_contact import __version__
from billing_contact.services.i18n import LANGUAGES
from oracle import PROGRAM

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "billing-contact-assistant.spec"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
NAME = PROGRAM


class _Built:
    """What one PyInstaller build step was called with."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs


def _run_spec(
    platform: str,
    binaries: list[tuple[str, str, str]],
    datas: list[tuple[str, str, str]],
    links: dict[str, list[str]] | None = None,
) -> dict:
    """The spec's globals after running it as PyInstaller would on `platform`, with these files;
    `links` says which libraries a file links to (by file name), as PyInstaller's ldd would."""
    built: dict[str, list[_Built]] = {"EXE": [], "COLLECT": [], "BUNDLE": []}

    def recorder(kind: str) -> type:
        class Step(_Built):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                built[kind].append(self)

        return Step

    def analysis(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
        return types.SimpleNamespace(binaries=list(binaries), datas=list(datas), pure=[], scripts=[])

    fake_sys = types.SimpleNamespace(platform=platform)
    source = SPEC.read_text(encoding="utf-8").replace("import sys\n", "", 1)
    source = source.replace("from PyInstaller.depend.bindepend import get_imports\n", "")
    source = source.replace("from PyInstaller.utils.hooks import collect_data_files\n", "")
    namespace = {
        "__name__": "spec",
        "sys": fake_sys,
        "SPECPATH": str(ROOT / "packaging"),
        "get_imports": lambda path: [(name, f"/lib/{name}") for name in (links or {}).get(Path(path).name, [])],
        "collect_data_files": lambda *args, **kwargs: [],
        "Analysis": analysis,
        "PYZ": _Built,
        "EXE": recorder("EXE"),
        "COLLECT": recorder("COLLECT"),
        "BUNDLE": recorder("BUNDLE"),
    }
    exec(compile(source, str(SPEC), "exec"), namespace)
    namespace["built"] = built
    return namespace


def _kept(
    platform: str, paths: list[str], system: tuple[str, ...] = (), links: dict[str, list[str]] | None = None
) -> list[str]:
    """What the spec keeps of these files: the `system` ones PyInstaller found in /usr/lib, as it
    does the build machine's libraries; the others in the build environment (PySide6, Python)."""
    entries = [(path, f"/venv/site-packages/{path}", "BINARY") for path in paths]
    entries += [(path, f"/usr/lib/x86_64-linux-gnu/{path}", "BINARY") for path in system]
    spec = _run_spec(platform, entries, [], links)
    return [entry[0] for entry in spec["a"].binaries]


# --- the spec on each system ---------------------------------------------------------------------

WINDOWS_QT = [
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/platforms/qoffscreen.dll",
    "PySide6/plugins/platforms/qminimal.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/plugins/imageformats/qsvg.dll",
    "PySide6/plugins/imageformats/qjpeg.dll",
    "PySide6/plugins/iconengines/qsvgicon.dll",
    "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/plugins/networkinformation/qnetworklistmanager.dll",
    "PySide6/Qt6Core.dll",
]


def test_the_spec_trims_the_windows_layout() -> None:
    assert _kept("win32", WINDOWS_QT) == [
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/plugins/platforms/qoffscreen.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/plugins/imageformats/qsvg.dll",
        "PySide6/plugins/iconengines/qsvgicon.dll",
        "PySide6/Qt6Core.dll",
    ]


@pytest.mark.parametrize(
    ("platform", "folder"), [("win32", "PySide6/translations"), ("linux", "PySide6/Qt/translations")]
)
def test_the_spec_keeps_qts_catalogs_of_the_apps_languages_only(platform: str, folder: str) -> None:
    names = [
        "qtbase_it.qm",
        "qtbase_de.qm",
        "qtbase_nl.qm",
        "qtbase_ja.qm",
        "qt_it.qm",
        "qt_help_it.qm",
        "qtdeclarative_it.qm",
        "qt_nl.qm",
    ]
    datas = [(f"{folder}/{name}", f"/src/{name}", "DATA") for name in names]
    spec = _run_spec(platform, [], datas)
    assert [Path(entry[0]).name for entry in spec["a"].datas] == ["qtbase_it.qm", "qtbase_de.qm", "qtbase_nl.qm"]
    assert {f"qtbase_{language}.qm" for language in LANGUAGES if language != "en"} == set(spec["KEPT_TRANSLATIONS"])


def test_the_spec_leaves_the_libraries_that_raise_the_c_library_to_the_system() -> None:
    system = ("libstdc++.so.6", "libexpat.so.1", "libz.so.1", "libgcc_s.so.1")
    assert _kept("linux", ["libpython3.11.so.1.0"], system) == ["libpython3.11.so.1.0"]


def test_debians_own_python_keeps_its_libpython_in_the_bundle() -> None:
    assert _kept("linux", [], ("libpython3.11.so.1.0",)) == ["libpython3.11.so.1.0"]


def test_the_linux_bundle_prints_and_leaves_the_libraries_debian_updates_to_debian() -> None:
    cups = "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so"
    xcb = "PySide6/Qt/plugins/platforms/libqxcb.so"
    system = ("libcups.so.2", "libgnutls.so.30", "libdbus-1.so.3", "libsystemd.so.0", "libglib-2.0.so.0", "libX11.so.6")
    # The xcb helpers stay in the folder `make bundle` writes; the .deb prunes them (test_packaging_deb.py).
    helpers = ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0")
    kept = _kept("linux", [cups, xcb, "libpython3.11.so.1.0"], system + helpers, {"libqxcb.so": list(helpers)})
    assert kept == [cups, xcb, "libpython3.11.so.1.0", *helpers]


@pytest.mark.parametrize(
    ("platform", "library"),
    [
        # Built into QtPrintSupport there: no plugin to keep, but the library must stay.
        ("win32", "PySide6/Qt6PrintSupport.dll"),
        ("darwin", "PySide6/Qt/lib/QtPrintSupport.framework/Versions/A/QtPrintSupport"),
    ],
)
def test_print_support_stays_in_the_windows_and_macos_bundles(platform: str, library: str) -> None:
    assert _kept(platform, [library]) == [library]


def test_on_windows_a_console_companion_prints_and_returns_the_exit_code() -> None:
    spec = _run_spec("win32", [], [])
    exes = {exe.kwargs["name"]: exe.kwargs for exe in spec["built"]["EXE"]}
    assert set(exes) == {NAME, f"{NAME}-console"}
    # The Start menu's program has no console window; the companion is a console program.
    assert exes[NAME]["console"] is False
    assert exes[f"{NAME}-console"]["console"] is True
    for exe in exes.values():
        assert exe["icon"].endswith(".ico")
        assert exe["version"].endswith("version_info.txt")
    # Both in the one folder, sharing its libraries.
    (collect,) = spec["built"]["COLLECT"]
    assert sum(isinstance(arg, spec["EXE"]) for arg in collect.args) == 2
    # build-bundle gives the companion the name cmd.exe and PowerShell run first.
    build = (ROOT / "packaging" / "build-bundle").read_text(encoding="utf-8")
    assert 'mv -f "$folder/$name-console.exe" "$folder/$name.com"' in build


def test_elsewhere_there_is_one_windowed_program() -> None:
    for platform in ("linux", "darwin"):
        spec = _run_spec(platform, [], [])
        assert [exe.kwargs["name"] for exe in spec["built"]["EXE"]] == [NAME]


def test_the_macos_app_states_its_system_and_architecture() -> None:
    spec = _run_spec("darwin", [], [])
    (exe,) = spec["built"]["EXE"]
    # One app for Intel Macs and Apple silicon.
    assert exe.kwargs["target_arch"] == "universal2"
    (bundle,) = spec["built"]["BUNDLE"]
    plist = bundle.kwargs["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "15.0"
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleLocalizations"] == list(LANGUAGES)
    assert "nl" in plist["CFBundleLocalizations"]
    assert bundle.kwargs["bundle_identifier"] == "org.billingcontact.Assistant"


# The newest macOS any Mach-O file of the PySide6-Essentials and shiboken6 macOS wheels asks for
# (LC_BUILD_VERSION), read from the wheels with packaging/macos_app.py: Qt's frameworks ask for less,
# the bindings for this.
BINDINGS_MINIMUM_MACOS = {(6, 9): "12.0", (6, 10): "15.0", (6, 11): "15.0", (6, 12): "26.0"}


def test_the_pyside6_wheel_pinned_runs_on_that_macos() -> None:
    pinned = re.search(r"^PySide6-Essentials==(\S+)$", (ROOT / "constraints.txt").read_text(), re.MULTILINE)
    assert pinned
    release = tuple(int(part) for part in pinned.group(1).split(".")[:2])
    # A pin this table does not know needs its wheels read again (build-dmg does it on the Mac).
    assert release in BINDINGS_MINIMUM_MACOS, f"read the macOS wheels of PySide6 {pinned.group(1)} first"
    needed = tuple(int(part) for part in BINDINGS_MINIMUM_MACOS[release].split("."))
    floor = tuple(int(part) for part in _run_spec("darwin", [], [])["MACOS_MINIMUM"].split("."))
    assert needed <= floor, f"PySide6 {pinned.group(1)} needs macOS {BINDINGS_MINIMUM_MACOS[release]}"


# --- the workflows ------------------------------------------------------------------------------


def _make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][\w-]*):", makefile, re.MULTILINE))


def _make_calls(workflow: Path) -> list[str]:
    text = workflow.read_text(encoding="utf-8")
    return re.findall(r"\bmake ([a-z][\w-]*)", "\n".join(line for line in text.splitlines() if "#" not in line[:4]))


def test_there_are_the_two_workflows() -> None:
    assert [path.name for path in WORKFLOWS] == ["ci.yml", "release.yml"]


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_the_workflows_call_targets_that_exist(workflow: Path) -> None:
    calls = _make_calls(workflow)
    assert calls, f"{workflow.name} calls no make target"
    assert set(calls) <= _make_targets(), f"unknown targets: {set(calls) - _make_targets()}"


def test_the_release_builds_each_package_with_the_makefile() -> None:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert set(_make_calls(ROOT / ".github" / "workflows" / "release.yml")) == {
        "test",
        "package-check",
        "windows-installer",
        "dmg",
    }
    # The build recipes live in packaging/, behind the Makefile: the workflow runs none of them itself.
    assert not re.search(r"\b(pyinstaller|iscc|hdiutil|dpkg-deb|packaging/build-)", release, re.IGNORECASE)
    # The .deb is built on the oldest Ubuntu it supports, and on a tag.
    assert "runs-on: ubuntu-22.04" in release
    assert re.search(r"^on:\n  push:\n    tags: \[\"v\*\"\]", release, re.MULTILINE)


def test_pull_requests_run_make_test() -> None:
    ci = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert re.search(r"^on:\n  pull_request:", ci, re.MULTILINE)
    assert _make_calls(ROOT / ".github" / "workflows" / "ci.yml") == ["test"]


def test_make_test_checks_the_workflows() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "check-jsonschema --builtin-schema vendor.github-workflows $(WORKFLOWS)" in recipe
    assert "actionlint $(WORKFLOWS)" in recipe


@pytest.mark.skipif(sys.platform != "linux", reason="the tools install as Linux wheels here")
def test_the_workflow_checkers_catch_a_broken_workflow(tmp_path: Path) -> None:
    import subprocess

    bin_dir = Path(sys.executable).parent
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    schema = subprocess.run(
        [bin_dir / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", broken],
        capture_output=True,
        text=True,
        check=False,
    )
    assert schema.returncode == 0, "the schema accepts it: only actionlint reads expressions"
    lint = subprocess.run([bin_dir / "actionlint", broken], capture_output=True, text=True, check=False)
    assert lint.returncode == 1
    assert "nope" in lint.stdout
    no_steps = tmp_path / "misspelt.yml"
    no_steps.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-22.04\n    stepz:\n      - run: echo\n")
    schema = subprocess.run(
        [bin_dir / "check-jsonschema", "--builtin-schema", "vendor.github-workflows", no_steps],
        capture_output=True,
        text=True,
        check=False,
    )
    assert schema.returncode == 1


def test_the_packaging_jobs_run_unsigned_before_a_tag() -> None:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    # On a pull request that touches packaging/, and by hand: a broken Windows or macOS build shows
    # before the tag that would have published it.
    assert re.search(r'^  pull_request:\n    paths: \["packaging/\*\*", ', release, re.MULTILINE)
    assert re.search(r"^  workflow_dispatch:$", release, re.MULTILINE)
    # ...but only a tag publishes, and only a tag must name the source's version.
    release_job = release.split("\n  release:\n", 1)[1]
    assert "    if: github.ref_type == 'tag'\n" in release_job.split("    steps:", 1)[0]
    assert "        if: github.ref_type == 'tag'\n        run: |\n          version=$(sed" in release


def test_only_the_steps_that_sign_are_given_the_secrets() -> None:
    lines = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8").splitlines()
    secret_lines = [line for line in lines if "secrets." in line]
    assert secret_lines
    for line in secret_lines:
        indent = len(line) - len(line.lstrip())
        if indent <= len("      "):
            # A job's own env may say whether a secret is there, never what it is.
            assert re.fullmatch(r"\s+\w+: \$\{\{ secrets\.\w+ != '' \}\}", line), line
        else:
            # A step's env, under "- name:" and "env:".
            assert indent == len("          "), line


def test_a_tag_never_publishes_an_unsigned_or_unnotarized_macos_image() -> None:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    macos = release.split("\n  macos:\n", 1)[1].split("\n  release:\n", 1)[0]
    steps = macos.split("    steps:\n", 1)[1]
    first = steps.split("\n      - ")[1]
    assert "if: github.ref_type == 'tag' && (env.SIGNING != 'true' || env.NOTARIZING != 'true')" in first
    assert "exit 1" in first


def _uses(workflow: Path) -> list[str]:
    """Each action a workflow uses, as written after `uses:`, its comment included."""
    return re.findall(r"^\s*(?:- )?uses: (.+)$", workflow.read_text(encoding="utf-8"), re.MULTILINE)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_every_action_is_pinned_to_a_commit_with_its_release_in_a_comment(workflow: Path) -> None:
    uses = _uses(workflow)
    assert uses
    for action in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+", action), action


def test_one_action_is_pinned_to_one_commit_everywhere() -> None:
    commits: dict[str, set[str]] = {}
    for workflow in WORKFLOWS:
        for action in _uses(workflow):
            name, _, pin = action.partition("@")
            commits.setdefault(name, set()).add(pin)
    assert {name: pins for name, pins in commits.items() if len(pins) > 1} == {}


def test_dependabot_keeps_the_pins_up_to_date() -> None:
    config = (ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8")
    assert re.search(r"^  - package-ecosystem: github-actions\n    directory: /\n", config, re.MULTILINE)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert "check-jsonschema --builtin-schema vendor.dependabot .github/dependabot.yml" in recipe


def _job(name: str) -> str:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    return release.split(f"\n  {name}:\n", 1)[1].split("\n\n  ", 1)[0]


def test_a_release_carries_sha256sums_of_every_file_and_their_provenance() -> None:
    job = _job("release")
    steps = job.split("    steps:\n      - ", 1)[1].split("\n      - ")
    names = [step.splitlines()[0] for step in steps]
    assert names == [
        "uses: actions/download-artifact@37930b1c2abaa49bbe596cd826c3c89aef350131 # v7.0.0",
        "name: SHA256SUMS of every file of the release",
        "name: Build provenance of every file of the release",
        "name: GitHub release with the packages and their SHA256SUMS",
    ]
    assert "working-directory: packages\n        run: |\n          sha256sum -- * >SHA256SUMS\n" in steps[1]
    assert "uses: actions/attest-build-provenance@" in steps[2]
    assert "subject-checksums: packages/SHA256SUMS" in steps[2]
    # Everything downloaded, SHA256SUMS with it, is attached.
    assert 'gh release create "$GITHUB_REF_NAME" packages/* ' in steps[3]


def test_only_the_release_job_may_sign_an_attestation() -> None:
    release = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert release.count("id-token: write") == 1
    assert release.count("attestations: write") == 1
    permissions = _job("release").split("    permissions:\n", 1)[1].split("    steps:\n", 1)[0]
    granted = re.findall(r"^      ([\w-]+): (\w+)$", permissions, re.MULTILINE)
    assert granted == [("contents", "write"), ("id-token", "write"), ("attestations", "write")]
    # Everywhere else, the workflow's own: read the repository, nothing more.
    assert re.search(r"^permissions:\n  contents: read\n\n", release, re.MULTILINE)
    assert "if: github.ref_type == 'tag'" in _job("release").split("    steps:", 1)[0]


def test_the_macos_app_is_built_by_a_universal2_python() -> None:
    job = _job("macos")
    setup = job.index("uses: actions/setup-python@")
    check = job.index("name: The Python is python.org's universal2 build")
    build = job.index("run: make dmg")
    assert setup < check < build
    assert "sysconfig.get_platform()" in job[check:build]
    assert "lipo -archs" in job[check:build]


def test_the_macos_profile_is_published_with_the_image() -> None:
    uploads = _job("macos").split("uses: actions/upload-artifact@")[1:]
    paths = [re.search(r"^          path: (.+)$", upload, re.MULTILINE).group(1) for upload in uploads]
    assert paths == ["dist/*.dmg", "resources/org.billingcontact.Assistant.mobileconfig"]
    # Downloaded flat beside the packages, so SHA256SUMS and the attestation cover it too.
    assert "merge-multiple: true" in _job("release")
