"""The app icon converts to the .ico and .icns files Windows and macOS put on the executable."""

from __future__ import annotations

import struct
from pathlib import Path

from freeze.icons import ICNS_TYPES, ICO_SIZES, icon_for, write_icns, write_ico
from tests.conftest import REPO

ICON = REPO / "resources" / "icons" / "handbook.png"
PNG = b"\x89PNG\r\n\x1a\n"


def test_ico_holds_a_png_for_each_size(tmp_path: Path) -> None:
    data = write_ico(ICON, tmp_path / "handbook.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICO_SIZES))
    for index, size in enumerate(ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        blob = data[offset : offset + length]
        assert blob.startswith(PNG) and struct.unpack(">II", blob[16:24]) == (size, size)


def test_icns_holds_a_png_for_each_type(tmp_path: Path) -> None:
    data = write_icns(ICON, tmp_path / "handbook.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    offset, kinds = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        assert data[offset + 8 :].startswith(PNG)
        kinds.append(kind)
        offset += length
    assert kinds == [kind for kind, _ in ICNS_TYPES]


def test_only_windows_and_macos_get_an_icon_file(tmp_path: Path) -> None:
    assert icon_for("Linux", ICON, tmp_path) is None
    assert icon_for("Windows", ICON, tmp_path) == tmp_path / "handbook.ico"
    assert icon_for("Darwin", ICON, tmp_path) == tmp_path / "handbook.icns"
