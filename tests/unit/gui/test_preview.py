"""Preview: an author saves a file and sees the change; a mistake shows up with its file and line."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.gui.reader.main_window import MainWindow
from handbook.gui.reader.preview import PreviewController

CHECKLIST = "course/01-start/02-checklist.md"


def _preview(qtbot: QtBot, root: Path, data: Path) -> tuple[MainWindow, PreviewController]:
    window = build_session(data, root).window
    qtbot.addWidget(window)
    window.show()
    preview = PreviewController(window, root, delay_ms=50)
    preview.reload()
    return window, preview


def _tree_titles(window: MainWindow) -> list[str]:
    tree = window.sidebar.course
    titles = []
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        assert top is not None
        titles.extend(top.child(i).text(0) for i in range(top.childCount()))  # type: ignore[union-attr]
    return titles


def test_saving_a_file_reloads_the_pack(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    window, preview = _preview(qtbot, mini_pack, tmp_path / "data")
    assert window.windowTitle() == "Preview: Mini pack - Handbook"
    assert not window.problems_panel.isVisible()
    window.open_path(CHECKLIST)
    lesson = mini_pack / CHECKLIST
    reloads: list[int] = []
    preview.reloaded.connect(reloads.append)
    with qtbot.waitSignal(preview.reloaded, timeout=5000):
        for step in range(3):  # an editor writing in bursts: one reload, not three
            lesson.write_text(f"---\ntitle: Check the room {step}\nminutes: 10\nkind: read\n---\nNew text\n")
    qtbot.wait(150)
    assert len(reloads) == 1
    assert "Check the room 2" in _tree_titles(window)
    assert window.current is not None and window.current.path == CHECKLIST  # still on the same page
    assert "New text" in window.reader.toPlainText()
    # editors that save to a temporary file and rename it over the old one
    temp = lesson.with_name(".checklist.swp")
    temp.write_text("---\ntitle: Renamed save\nminutes: 10\nkind: read\n---\nText\n", encoding="utf-8")
    with qtbot.waitSignal(preview.reloaded, timeout=5000):
        os.replace(temp, lesson)
    assert "Renamed save" in _tree_titles(window)
    with qtbot.waitSignal(preview.reloaded, timeout=5000):  # and the file is still watched after that
        lesson.write_text("---\ntitle: Third save\nminutes: 10\nkind: read\n---\nText\n", encoding="utf-8")
    assert "Third save" in _tree_titles(window)


def test_problems_name_file_and_line_and_open_the_page(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    window, preview = _preview(qtbot, mini_pack, tmp_path / "data")
    window.open_path("course/01-start/01-welcome.md")
    with qtbot.waitSignal(preview.reloaded, timeout=5000):
        (mini_pack / CHECKLIST).write_text(
            "---\ntitle: Checklist\nminutes: ten\nkind: read\n---\nSee [missing](nowhere.md).\n", encoding="utf-8"
        )
    panel = window.problems_panel
    assert panel.isVisible()
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]  # type: ignore[union-attr]
    assert any(t.startswith(f"{CHECKLIST}:3: 'minutes' must be a whole number") for t in texts)
    assert any(t.startswith(f"{CHECKLIST}:6: the link to") for t in texts)
    row = next(i for i, t in enumerate(texts) if ":6:" in t)
    panel.list.itemActivated.emit(panel.list.item(row))
    assert window.current is not None and window.current.path == CHECKLIST
    assert window.statusBar().currentMessage().startswith(f"{CHECKLIST}:6: the link to")
    # a problem outside any page: the path and line are shown
    with qtbot.waitSignal(preview.reloaded, timeout=5000):
        (mini_pack / "pack.yaml").write_text("id: mini-pack\ntitle: Mini pack\nversion: one\n", encoding="utf-8")
    texts = [panel.list.item(i).text() for i in range(panel.list.count())]  # type: ignore[union-attr]
    row = next(i for i, t in enumerate(texts) if t.startswith("pack.yaml:3:"))
    panel.list.itemActivated.emit(panel.list.item(row))
    assert window.statusBar().currentMessage().startswith("pack.yaml:3: the version 'one'")


def test_double_clicking_a_problem_opens_the_page_at_its_line(qtbot: QtBot, mini_pack: Path, tmp_path: Path) -> None:
    filler = "\n\n".join(f"Paragraph {n} says something about circles." for n in range(120))
    lesson = mini_pack / CHECKLIST
    lesson.write_text(
        f"---\ntitle: Checklist\nminutes: 10\nkind: read\n---\n{filler}\n\n"
        "Read the [missing guide](../../nowhere.md) before the first meeting.\n",
        encoding="utf-8",
    )
    window, _ = _preview(qtbot, mini_pack, tmp_path / "data")
    panel = window.problems_panel
    assert panel.list.count() == 1 and "nowhere.md" in panel.list.item(0).text()
    panel.list.itemActivated.emit(panel.list.item(0))  # a double-click, or Enter
    assert window.current is not None and window.current.path == CHECKLIST
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: window.reader.textCursor().selectedText() != "")
    assert window.reader.textCursor().selectedText() in "Read the missing guide before the first meeting."
    assert bar.value() > bar.maximum() // 2
