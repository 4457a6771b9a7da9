"""A pack whose pictures point outside it: validate refuses them and the reader never reads them."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from pytestqt.qtbot import QtBot

from handbook.core.content.loader import load_pack
from handbook.core.content.validate import validate_pack
from handbook.core.settings import Settings
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.reader.reader import ReaderView

LESSON = "course/01-start/01-look.md"
DOTS = "%2e%2e/" * 8
RED = QColor(255, 0, 0)


def red_png(path: Path) -> Path:
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(RED)
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), "PNG")
    return path


def hostile_pack(tmp_path: Path, body: str) -> Path:
    """A pack holding a decoy folder literally named '%2e%2e', so that the address as written exists."""
    root = tmp_path / "deep" / "a" / "b" / "c" / "pack"
    files = {
        "pack.yaml": "id: hostile\ntitle: Hostile\nversion: 1.0.0\nlanguage: en\n",
        "course/01-start/_module.md": "---\ntitle: Start\n---\nWelcome.\n",
        LESSON: f"---\ntitle: Look\nminutes: 5\nkind: read\n---\n{body}\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    red_png(root / "course/01-start" / DOTS.replace("/", os.sep) / "secret.png")  # the decoy
    return root


def shows_red(widget: ReaderView) -> bool:
    image = widget.grab().toImage()
    return any(image.pixelColor(x, y) == RED for x in range(0, image.width(), 4) for y in range(0, image.height(), 4))


def test_percent_encoded_dots_are_refused_by_validate_and_never_shown(qtbot: QtBot, tmp_path: Path) -> None:
    pack_root = hostile_pack(tmp_path, f"![The secret]({DOTS}secret.png)")
    red_png(tmp_path / "secret.png")  # where Qt's decoding of the address would lead
    report = validate_pack(pack_root)
    assert any("points outside the pack" in p.message and p.line == 6 for p in report.errors), report.problems
    window = MainWindow(
        load_pack(pack_root),
        Settings(tmp_path / "s.json"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    window.open_path(LESSON)
    assert "[The secret]" in window.reader.toPlainText()  # the alt text, not a picture
    assert not shows_red(window.reader)


@pytest.mark.parametrize(
    "src",
    [
        f"{DOTS}secret.png",  # percent-encoded dots, decoded by Qt
        "../../../../../../secret.png",
        "media/../../secret.png",
        "SECRET_ABSOLUTE",  # an absolute path
        "file://SECRET_ABSOLUTE",
        "course/01-start/%2e%2e%2f%2e%2e%2fsecret.png",
    ],
)
def test_the_reader_itself_refuses_every_file_outside_media(qtbot: QtBot, tmp_path: Path, src: str) -> None:
    """Even if hostile HTML got past the renderer, the reader's own check stops it."""
    pack_root = hostile_pack(tmp_path, "")
    secret = red_png(tmp_path / "secret.png")
    src = src.replace("SECRET_ABSOLUTE", str(secret))
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(300, 300)
    reader.show_page(f'<p><img src="{src}" alt="x" /></p>', LESSON, pack_root)
    reader.show()
    assert not shows_red(reader)
    asked = reader.document().baseUrl().resolved(QUrl(src))
    answer = reader.loadResource(QTextDocument.ResourceType.ImageResource.value, asked)
    assert isinstance(answer, QImage) and answer.width() <= 16  # the 'broken picture' mark


def test_a_picture_in_media_is_shown(qtbot: QtBot, tmp_path: Path) -> None:
    pack_root = hostile_pack(tmp_path, "![A red square](../../media/my%20square.png)")
    red_png(pack_root / "media" / "my square.png")
    assert not validate_pack(pack_root).errors
    window = MainWindow(
        load_pack(pack_root),
        Settings(tmp_path / "s.json"),
        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(window)
    window.resize(600, 400)
    window.show()
    window.open_path(LESSON)
    assert shows_red(window.reader)


def test_dev_zero_and_a_fifo_do_not_stop_the_app(tmp_path: Path) -> None:
    """Qt reading /dev/zero aborts the process (std::bad_alloc), so this runs in a child process."""
    pack_root = hostile_pack(tmp_path, "")
    (pack_root / "media").mkdir()
    os.symlink("/dev/zero", pack_root / "media" / "zero.png")
    os.mkfifo(pack_root / "media" / "fifo.png")
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from handbook.gui.reader.reader import ReaderView
        app = QApplication([])
        reader = ReaderView()
        html = ''.join(f'<img src="{{s}}" />' for s in (
            'media/zero.png', 'media/fifo.png', '/dev/zero', 'file:///dev/zero', '{DOTS}{DOTS}dev/zero'))
        reader.show_page(html, "{LESSON}", Path({str(pack_root)!r}))
        reader.resize(300, 300)
        reader.grab()
        print("painted")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert "painted" in done.stdout


def test_a_pack_file_with_the_decoy_is_refused_by_verify(tmp_path: Path) -> None:
    from handbook.core.packs.errors import PackError
    from handbook.core.packs.verify import verify_pack
    from tests.packfiles import folder_files, manifest_for, write_hbpack

    pack_root = hostile_pack(tmp_path, f"![The secret]({DOTS}secret.png)")
    files = folder_files(pack_root)
    pack_file = write_hbpack(
        tmp_path / "hostile.hbpack", files, manifest=manifest_for(files, id="hostile", title="Hostile", version="1.0.0")
    )
    with pytest.raises(PackError, match="points outside the pack"):
        verify_pack(pack_file)


def test_printed_pages_never_ask_qt_for_a_picture(tmp_path: Path) -> None:
    """A print document has no pack to load from; Qt would read the path relative to the working folder."""
    from handbook.printing.markup import markdown_html

    pack = load_pack(hostile_pack(tmp_path, "![A chart](../../media/chart.png)"))
    page = pack.page_at(LESSON)
    assert page is not None
    printed = markdown_html(page.body, page)
    assert "<img" not in printed and "[A chart]" in printed
