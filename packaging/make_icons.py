"""Render every app icon size from the SVG master, with Qt itself (QtSvg), into resources/icons/.

    python packaging/make_icons.py        (or: make icons)

Writes, from ``resources/icons/org.billingcontact.Assistant.svg``:

- ``hicolor/<N>x<N>/apps/org.billingcontact.Assistant.png`` for the freedesktop icon theme (Linux);
- ``org.billingcontact.Assistant.ico`` (Windows: the executable and the installer);
- ``org.billingcontact.Assistant.icns`` (macOS: the app bundle);

copies the master over the copy the app keeps at run time,
``gui/billing_contact/icons/billing-contact-assistant.svg``, and renders the icons the step pages
show as PNG files beside their SVG (``<name>-<N>.png``): the app starts, and goes from page to
page, without loading Qt's SVG module (``make bench``). The outputs are committed; a test
renders them again and fails if they no longer match the master.

Qt's own ico and icns image plugins write a single image per file, and a platform icon holds one
image per size, so the two containers are assembled here: both are a short directory followed by
PNG images (Windows Vista and later, and every macOS since 10.7, read PNG entries). Qt's plugins
read the result back in the tests.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from billing_contact import APP_ID

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / f"{APP_ID}.svg"
OUT_DIR = MASTER.parent
RUNTIME_COPY = ROOT / "gui" / "billing_contact" / "icons" / "billing-contact-assistant.svg"

# The freedesktop hicolor sizes desktops ask for, from panels (16) to software centres (512).
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# What Windows picks from for the title bar, taskbar, Start menu and Explorer's views.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-based icns types: the pixel size each holds (the @2x types are the Retina variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"ic11", 32),  # 16@2x
    (b"icp5", 32),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128@2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256@2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The master drawn on a transparent ``size`` x ``size`` square, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon holding one PNG per size (ICONDIR, then one ICONDIRENTRY per image)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        # A width or height of 256 is written as 0: the field is one byte.
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS icon: the 'icns' header, then one (type, length, PNG) element per type."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


# The step pages' icons, by name in gui/billing_contact/icons/, and the sizes drawn of each: the
# window icon at what title bars, task bars and switchers ask for; the buttons' at one, one and a
# half, two and three times their 16 px.
RUNTIME_ICON_DIR = RUNTIME_COPY.parent
RUNTIME_PNG_SIZES = {
    "billing-contact-assistant": (16, 24, 32, 48, 64, 128, 256),
    "language": (16, 24, 32, 48),
    "open-external": (16, 24, 32, 48),
}


def render_runtime(icon_dir: Path, out_dir: Path) -> list[Path]:
    """Write the PNG sizes of each of the first page's icons; return the files written."""
    written = []
    for name, sizes in RUNTIME_PNG_SIZES.items():
        renderer = QSvgRenderer(str(icon_dir / f"{name}.svg"))
        if not renderer.isValid():
            raise RuntimeError(f"{icon_dir / name}.svg is not an SVG that Qt can draw")
        for size in sizes:
            path = out_dir / f"{name}-{size}.png"
            path.write_bytes(render_png(renderer, size))
            written.append(path)
    return written


def render_all(master: Path, out_dir: Path) -> list[Path]:
    """Write every size rendered from ``master`` under ``out_dir``; return the files written."""
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise RuntimeError(f"{master} is not an SVG that Qt can draw")
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(renderer, size) for size in sizes}
    written = []
    for size in HICOLOR_SIZES:
        path = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    for path, data in (
        (out_dir / f"{APP_ID}.ico", ico({size: pngs[size] for size in ICO_SIZES})),
        (out_dir / f"{APP_ID}.icns", icns(pngs)),
    ):
        path.write_bytes(data)
        written.append(path)
    return written


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it alive
    written = render_all(MASTER, OUT_DIR)
    shutil.copyfile(MASTER, RUNTIME_COPY)
    written += [RUNTIME_COPY, *render_runtime(RUNTIME_ICON_DIR, RUNTIME_ICON_DIR)]
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
