"""The app icon in the formats Windows (.ico) and macOS (.icns) want, made from resources/icons/handbook.png.

Both containers hold PNG images, which every supported Windows and macOS version reads, so Qt (already
a dependency) only has to scale the picture; no icon tool or Pillow is needed.
"""

from __future__ import annotations

import struct
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType -> pixel size; the "@2x" types (ic11-ic13) reuse the larger pictures.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
)  # fmt: skip


def png_at_sizes(source: Path, sizes: set[int]) -> dict[int, bytes]:
    """The source picture scaled to each size, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage

    image = QImage(str(source))
    if image.isNull():
        raise ValueError(f"{source}: not a picture Qt can read")
    pictures = {}
    for size in sorted(sizes):
        scaled = image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants a str
        buffer.close()
        pictures[size] = bytes(data.data())
    return pictures


def write_ico(source: Path, target: Path) -> Path:
    pictures = png_at_sizes(source, set(ICO_SIZES))
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = [], []
    for size in ICO_SIZES:
        blob = pictures[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    target.write_bytes(header + b"".join(entries) + b"".join(blobs))
    return target


def write_icns(source: Path, target: Path) -> Path:
    pictures = png_at_sizes(source, {size for _, size in ICNS_TYPES})
    body = b"".join(kind + struct.pack(">I", 8 + len(pictures[size])) + pictures[size] for kind, size in ICNS_TYPES)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return target


def icon_for(system: str, source: Path, work: Path) -> Path | None:
    """The icon file PyInstaller should put on the executable, or None where the OS has no such thing (Linux)."""
    if system == "Windows":
        return write_ico(source, work / "handbook.ico")
    if system == "Darwin":
        return write_icns(source, work / "handbook.icns")
    return None
