"""The .deb's own checks: packaging/check_deb.py's verdicts, the changelog and the lintian overrides.

make package-check runs check_deb.py on the real package (it needs the bundle, objdump and root);
these tests give it made-up binaries whose answers are known, so that a check that stopped
catching a problem fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from billing_contact import __version__
from scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
DEBIAN = ROOT / "packaging" / "debian"


check_deb = load_script(ROOT / "packaging" / "check_deb.py")
Elf = check_deb.Elf

OPT = "/opt/billing-contact-assistant"
GOOD_DEPENDS = "libc6 (>= 2.35), libstdc++6 (>= 11), libgl1, fontconfig-config"
FILES = [
    Elf(f"{OPT}/billing-contact-assistant", (2, 7), ["libc.so.6"], []),
    Elf(f"{OPT}/_internal/libQt6Core.so.6", (2, 34), ["libstdc++.so.6", "libc.so.6"], ["$ORIGIN"]),
    Elf(f"{OPT}/_internal/libpython3.11.so.1.0", (2, 35), ["libm.so.6", "libc.so.6"], []),
    Elf(f"{OPT}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so", (2, 14), ["libGL.so.1"], ["$ORIGIN/../../lib"]),
]
OWNERS = {"libc.so.6": "libc6", "libm.so.6": "libc6", "libstdc++.so.6": "libstdc++6", "libGL.so.1": "libgl1"}


def test_a_package_that_states_what_it_needs_passes() -> None:
    assert check_deb.check(FILES, GOOD_DEPENDS, (2, 35), OWNERS, []) == []


def test_a_file_that_needs_a_newer_c_library_fails() -> None:
    files = [*FILES, Elf(f"{OPT}/_internal/libexpat.so.1", (2, 36), ["libc.so.6"], [])]
    problems = check_deb.check(files, GOOD_DEPENDS.replace("2.35", "2.36"), (2, 35), OWNERS, [])
    assert problems == [f"files need a C library newer than 2.35: {OPT}/_internal/libexpat.so.1 (GLIBC_2.36)"]


@pytest.mark.parametrize(
    ("libc6", "said"),
    [("libc6", "without a version"), ("libc6 (>= 2.34)", "(>= 2.34)"), ("libc6 (<< 3)", "without a version")],
)
def test_depends_below_what_the_files_need_fails(libc6: str, said: str) -> None:
    problems = check_deb.check(FILES, GOOD_DEPENDS.replace("libc6 (>= 2.35)", libc6), (2, 35), OWNERS, [])
    assert problems == [f"Depends says libc6 {said}, but files need GLIBC_2.35"]


def test_a_library_from_a_package_depends_does_not_name_fails() -> None:
    problems = check_deb.check(FILES, GOOD_DEPENDS.replace("libgl1, ", ""), (2, 35), OWNERS, [])
    plugin = f"{OPT}/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
    assert problems == [f"libGL.so.1 (needed by {plugin}) comes from libgl1, which Depends does not name"]


def test_a_library_found_nowhere_fails() -> None:
    problems = check_deb.check(FILES, GOOD_DEPENDS, (2, 35), {**OWNERS, "libGL.so.1": None}, [])
    assert len(problems) == 1
    assert "libGL.so.1" in problems[0]
    assert "neither in the bundle nor in a system package" in problems[0]


def test_a_runpath_into_the_build_machine_fails() -> None:
    files = [*FILES, Elf(f"{OPT}/_internal/_ctypes.so", (2, 14), ["libc.so.6"], ["/root/.pyenv/versions/3.11.7/lib"])]
    problems = check_deb.check(files, GOOD_DEPENDS, (2, 35), OWNERS, [])
    assert problems == [
        f"{OPT}/_internal/_ctypes.so has a RUNPATH outside the bundle: /root/.pyenv/versions/3.11.7/lib"
    ]


def test_alternatives_and_epochs_in_depends_are_read() -> None:
    packages = check_deb.depends_packages(
        "libc6 (>= 2.35), fonts-dejavu-core | fonts-noto-core, zlib1g (>= 1:1.2.11.dfsg)"
    )
    assert packages == {
        "libc6": (">=", "2.35"),
        "fonts-dejavu-core": None,
        "fonts-noto-core": None,
        "zlib1g": (">=", "1:1.2.11.dfsg"),
    }
    assert check_deb.libc_floor("libc6 (>= 2.35), libgl1") == (2, 35)
    assert check_deb.libc_floor("libgl1, libc6 (>= 2.17-3)") == (2, 17)


def test_objdump_output_is_read() -> None:
    headers = """
Dynamic Section:
  NEEDED               libQt6Core.so.6
  NEEDED               libc.so.6
  SONAME               libQt6Widgets.so.6
  RUNPATH              $ORIGIN:/usr/local/lib
"""
    assert check_deb.dynamic_section(headers) == (["libQt6Core.so.6", "libc.so.6"], ["$ORIGIN", "/usr/local/lib"])
    assert check_deb.outside_bundle(["$ORIGIN", "$ORIGIN/../lib", "${ORIGIN}/x", "/usr/local/lib", "$ORIGINAL"]) == [
        "/usr/local/lib",
        "$ORIGINAL",
    ]
    symbols = """
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.2.5) free
0000000000000000      DF *UND*  0000000000000000 (GLIBC_2.34) __libc_start_main
0000000000000000      DF *UND*  0000000000000000 (GLIBCXX_3.4.30) _ZSt4cout
"""
    assert max(check_deb.glibc_versions(symbols)) == (2, 34)


def test_a_real_program_is_read(tmp_path: Path) -> None:
    assert shutil.which("objdump"), "objdump (binutils) is installed by make test"
    program = tmp_path / "opt" / "true"
    program.parent.mkdir()
    shutil.copy(shutil.which("true") or "/bin/true", program)
    elf = check_deb.read_elf(program, tmp_path)
    assert elf.path == "/opt/true"
    assert "libc.so.6" in elf.needed
    assert elf.glibc is not None
    assert elf.glibc >= (2, 2)


# --- what build-deb puts in the package -----------------------------------------------------------


def test_the_changelog_names_this_version() -> None:
    tool = shutil.which("dpkg-parsechangelog")
    assert tool is not None, "dpkg-parsechangelog (dpkg-dev) is installed by make test"
    result = subprocess.run(
        [tool, "-l", str(DEBIAN / "changelog"), "-SVersion"], capture_output=True, text=True, check=True
    )
    # A native version: no Debian revision, so the changelog is installed as changelog.gz.
    assert result.stdout.strip() == __version__


def test_every_lintian_override_says_why() -> None:
    lines = (DEBIAN / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    overrides = [number for number, line in enumerate(lines) if line and not line.startswith("#")]
    assert overrides, "no override"
    for number in overrides:
        assert re.fullmatch(r"[a-z0-9-]+ \[opt/billing-contact-assistant/\S*\]", lines[number]), lines[number]
        # lintian shows the comment right above an override as its justification.
        assert lines[number - 1].startswith("# "), f"{lines[number]} has no comment saying why"


# --- what the package carries, and what it takes from Debian (issue #24, point 3) ---------------

debian_libraries = load_script(ROOT / "packaging" / "debian_libraries.py")

# Libraries Debian and Ubuntu update, which the .deb must take from them.
FROM_THE_SYSTEM = [
    "libsystemd.so.0",
    "libgcrypt.so.20",
    "libgpg-error.so.0",
    "libdbus-1.so.3",
    "libglib-2.0.so.0",
    "libgthread-2.0.so.0",
    "libpcre2-8.so.0",
    "liblzma.so.5",
    "libzstd.so.1",
    "liblz4.so.1",
    "libcap.so.2",
    "libbsd.so.0",
    "libmd.so.0",
    "libX11.so.6",
    "libXau.so.6",
    "libXdmcp.so.6",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-xkb.so.1",
    "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0",
    "libfontconfig.so.1",
    "libbrotlidec.so.1",
    "libbrotlicommon.so.1",
    "libcups.so.2",
]
# What Ubuntu 22.04 and Debian 12 lack: Python 3.11 as built, Qt 6.11 and PySide6, Qt's ICU 73;
# and what is not a library looked up by name (Python modules, Qt plugins).
CARRIED = [
    "libpython3.11.so.1.0",
    "libQt6Core.so.6",
    "libQt6XcbQpa.so.6",
    "libQt6PrintSupport.so.6",
    "libicudata.so.73",
    "libicuuc.so.73",
    "libicui18n.so.73",
    "libpyside6.abi3.so.6.11",
    "shiboken6/libshiboken6.abi3.so.6.11",
    "PySide6/Qt/lib/libQt6Gui.so.6",
    "PySide6/QtCore.abi3.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "python3.11/lib-dynload/_ctypes.cpython-311-x86_64-linux-gnu.so",
]


def test_the_package_takes_every_library_debian_updates_from_debian() -> None:
    paths = [Path("_internal", name) for name in [*FROM_THE_SYSTEM, *CARRIED]]
    copies = debian_libraries.system_copies(paths)
    assert sorted(path.name for path in copies) == sorted(FROM_THE_SYSTEM)


def test_prune_removes_the_system_copies_from_the_bundle(tmp_path: Path) -> None:
    for name in [*FROM_THE_SYSTEM, *CARRIED]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"\x7fELF")
    debian_libraries.prune(tmp_path)
    left = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file())
    assert left == sorted(CARRIED)


def test_a_package_that_carries_a_system_library_fails() -> None:
    problems = check_deb.check(FILES, GOOD_DEPENDS, (2, 35), OWNERS, ["libdbus-1.so.3", "libsystemd.so.0"])
    assert problems == ["the package carries copies of system libraries: libdbus-1.so.3, libsystemd.so.0"]
