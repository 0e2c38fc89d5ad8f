"""How much the trim saves: the app's bundle and .deb against an untrimmed minimal QWizard bundle.

    make bench-size        (builds the bundle and the .deb first, then runs this)

Builds ``benchmarks/baseline_wizard.py`` with PyInstaller the way the app is built (one folder,
windowed, from the same virtual environment, build/bundle-venv) but with PyInstaller's default
hooks and no trimming, then prints one table: size and file count of both bundles, the .deb's size
(and the baseline compressed the same way, xz), the ratio, and whether the targets are met. It
prints figures; it does not fail on them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "billing-contact-assistant"
APP_BUNDLE = ROOT / "dist" / NAME
WORK = ROOT / "build" / "bench-size"
MIB = 1024 * 1024

# The targets: the app's bundle at most this share of the baseline's, the .deb at most this.
TARGET_RATIO = 0.70
TARGET_DEB_MIB = 35.0


def tree_size(folder: Path) -> tuple[int, int]:
    """Bytes and count of the regular files under ``folder`` (links are not followed or counted)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def xz_size(folder: Path) -> int:
    """The size of ``folder`` as a tar compressed with xz at dpkg-deb's default level."""
    with tempfile.TemporaryFile() as out:
        tar = subprocess.Popen(["tar", "-C", str(folder), "-cf", "-", "."], stdout=subprocess.PIPE)
        subprocess.run(["xz", "-6", "-T0", "-c"], stdin=tar.stdout, stdout=out, check=True)
        if tar.wait() != 0:
            raise RuntimeError(f"tar failed on {folder}")
        return out.tell()


def build_baseline() -> Path:
    """The untrimmed one-folder windowed bundle of the baseline wizard."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--onedir",
            "--windowed",
            "--log-level",
            "ERROR",
            "--distpath",
            str(WORK / "dist"),
            "--workpath",
            str(WORK / "work"),
            "--specpath",
            str(WORK),
            str(ROOT / "benchmarks" / "baseline_wizard.py"),
        ],
        check=True,
    )
    return WORK / "dist" / "baseline_wizard"


def app_deb() -> Path:
    init = (ROOT / "gui" / "billing_contact" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', init, re.MULTILINE)
    if found is None:
        sys.exit("no __version__ in gui/billing_contact/__init__.py")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    return ROOT / "dist" / f"{NAME}_{found.group(1)}_{arch.strip()}.deb"


def main() -> int:
    deb = app_deb()
    for needed in (APP_BUNDLE, deb):
        if not needed.exists():
            sys.exit(f"{needed.relative_to(ROOT)} is missing: run make bench-size (it builds the bundle and .deb)")
    print("Building the untrimmed baseline (benchmarks/baseline_wizard.py)...", flush=True)
    baseline = build_baseline()
    app_bytes, app_files = tree_size(APP_BUNDLE)
    base_bytes, base_files = tree_size(baseline)
    deb_mib = deb.stat().st_size / MIB
    base_xz_mib = xz_size(baseline) / MIB
    ratio = app_bytes / base_bytes

    rows = [
        ("", "bundle MiB", "files", "compressed MiB"),
        ("app, trimmed", f"{app_bytes / MIB:.1f}", str(app_files), f"{deb_mib:.1f} (.deb)"),
        ("baseline, untrimmed", f"{base_bytes / MIB:.1f}", str(base_files), f"{base_xz_mib:.1f} (tar.xz)"),
        ("app / baseline", f"{ratio:.2f}", f"{app_files / base_files:.2f}", f"{deb_mib / base_xz_mib:.2f}"),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)))
    print(
        f"Target: bundle at most {TARGET_RATIO:.2f} of the baseline "
        f"({TARGET_RATIO * base_bytes / MIB:.1f} MiB): {'met' if ratio <= TARGET_RATIO else 'NOT met'} ({ratio:.2f})."
    )
    print(
        f"Target: .deb at most {TARGET_DEB_MIB:.0f} MiB: "
        f"{'met' if deb_mib <= TARGET_DEB_MIB else 'NOT met'} ({deb_mib:.1f} MiB)."
    )
    return 0


if __name__ == "__main__":
    # The baseline is built from this venv's PySide6: the same Qt the app's bundle carries.
    os.chdir(ROOT)
    sys.exit(main())
