"""The Packs window as a librarian uses it: install from a file or by dropping it, update, make active."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.core.packs.build import build_pack
from handbook.core.packs.diff import ItemChange, PackChanges
from handbook.core.packs.errors import OlderVersionError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.staging import PreparedInstall
from handbook.core.packs.verify import verify_pack
from handbook.core.paths import DataDir
from handbook.core.settings import Settings
from handbook.gui.packs.pack_job import PackJob
from handbook.gui.packs.packs_window import PacksWindow
from handbook.gui.reader.main_window import MainWindow
from tests.conftest import FIXTURES
from tests.test_translations import spanish  # noqa: F401  (the fixture)


def _pack(tmp_path: Path, version: str = "1.2.3") -> Path:
    source = tmp_path / f"src-{version}"
    shutil.copytree(FIXTURES / "mini-pack", source)
    yaml = source / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("version: 1.2.3", f"version: {version}"), encoding="utf-8")
    if version != "1.2.3":
        (source / "activities" / "name-game.md").write_text(
            "---\ntitle: Name game\nkind: icebreaker\nminutes: 10\n---\nSay your name.\n", encoding="utf-8"
        )
    out = tmp_path / f"mini-{version}.hbpack"
    build_pack(source, out)
    return out


@pytest.fixture
def packs(qtbot: QtBot, private_data_dir: Path) -> PacksWindow:
    settings = Settings(DataDir(private_data_dir).settings_file)
    window = PacksWindow(PackLibrary(private_data_dir), settings)
    qtbot.addWidget(window)
    window.errors: list[str] = []  # type: ignore[misc]
    window.questions.error = window.errors.append  # type: ignore[method-assign]
    window.questions.use_now = lambda title: False  # type: ignore[method-assign]
    window.questions.confirm = lambda title, text, yes: True  # type: ignore[method-assign]
    with qtbot.waitActive(window):  # keyboard shortcuts reach an active window only
        window.show()
    return window


def _wait_for_job(qtbot: QtBot, window: PacksWindow, previous: PackJob | None = None) -> None:
    """Until a job other than ``previous`` has run (a button's shortcut clicks it a moment later)."""
    qtbot.waitUntil(lambda: window.job not in (None, previous) and not window.job.is_running(), timeout=10_000)
    qtbot.wait(10)  # the job's result arrives as a queued signal


def _rows(window: PacksWindow) -> list[list[str]]:
    rows = []
    for index in range(window.list.topLevelItemCount()):
        item = window.list.topLevelItem(index)
        assert item is not None
        rows.append([item.text(column) for column in range(item.columnCount())])
    return rows


def test_lists_the_built_in_course_in_use(packs: PacksWindow) -> None:
    [row] = _rows(packs)
    assert row[0] == "Facilitating Learning Circles" and row[4] == "Comes with Handbook" and row[6] == "In use"
    assert not packs.buttons["remove"].isEnabled() and not packs.buttons["activate"].isEnabled()
    assert packs.buttons["install"].accessibleName() == "Install from file"
    keys = {name: button.shortcut().toString() for name, button in packs.buttons.items()}
    assert keys == {
        "install": "Ctrl+O",
        "activate": "Ctrl+Return",
        "rollback": "Ctrl+R",
        "export": "Ctrl+E",
        "remove": "Del",
    }


def test_a_shortcut_clicks_its_button(packs: PacksWindow, qtbot: QtBot) -> None:
    asked: list[bool] = []
    packs.questions.pack_file = lambda: asked.append(True)  # type: ignore[method-assign]
    qtbot.keyClick(packs.list, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: asked == [True])  # a shortcut "animates" the click: it lands a moment later


def test_install_from_file_then_make_active(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    file = _pack(tmp_path)
    packs.questions.pack_file = lambda: file  # type: ignore[method-assign]
    packs.buttons["install"].click()
    _wait_for_job(qtbot, packs)
    assert packs.errors == []
    rows = _rows(packs)
    assert [r[:4] for r in rows[1:]] == [["Mini pack", "1.2.3", "en", "13 kB"]]
    assert rows[1][4] == str(file.resolve())
    assert packs.selected_id() == "mini-pack"
    with qtbot.waitSignal(packs.activePackChanged):
        packs.buttons["activate"].click()
    assert packs.settings.get("active_pack") == "mini-pack"
    assert _rows(packs)[1][6] == "In use" and _rows(packs)[0][6] == ""
    assert packs.status_line.text() == "The app now shows Mini pack."


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # PySide6 marks this constructor, the only one
        return QDragEnterEvent(
            QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )


def test_dropping_a_pack_file_installs_it(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    file = _pack(tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file))])
    enter = _drag_enter(mime)
    packs.dragEnterEvent(enter)
    assert enter.isAccepted()
    packs.questions.use_now = lambda title: True  # type: ignore[method-assign]
    with qtbot.waitSignal(packs.activePackChanged, timeout=10_000):
        packs.dropEvent(
            QDropEvent(
                QPointF(50, 50),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
        )
    _wait_for_job(qtbot, packs)
    assert packs.settings.get("active_pack") == "mini-pack"
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(FIXTURES / "mini-pack" / "pack.yaml"))])
    refused = _drag_enter(other)
    packs.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_an_update_shows_what_changes_and_asks(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    packs.install_file(_pack(tmp_path))
    _wait_for_job(qtbot, packs)
    packs.make_active("mini-pack")
    asked: list[PreparedInstall] = []
    packs.questions.update = lambda prepared: asked.append(prepared) or False  # type: ignore[method-assign]
    newer = _pack(tmp_path, "1.3.0")
    packs.install_file(newer)
    _wait_for_job(qtbot, packs)
    [prepared] = asked
    assert prepared.changes is not None
    assert packs.questions.summary(prepared.changes) == "Activities: 1 added, 0 changed, 0 removed"
    assert "+ Name game (activity name-game)" in packs.questions.details(prepared.changes)
    assert _rows(packs)[1][1] == "1.2.3"  # declined: nothing changed
    packs.questions.update = lambda prepared: True  # type: ignore[method-assign]
    with qtbot.waitSignal(packs.activePackChanged, timeout=10_000):
        packs.install_file(newer)
    _wait_for_job(qtbot, packs)
    assert _rows(packs)[1][1] == "1.3.0" and "can roll back to 1.2.3" in _rows(packs)[1][6]
    with qtbot.waitSignal(packs.activePackChanged):
        packs.buttons["rollback"].click()
    assert _rows(packs)[1][1] == "1.2.3"
    assert packs.status_line.text() == "Mini pack is back at version 1.2.3."


def test_an_older_version_is_installed_only_when_the_user_says_so(
    packs: PacksWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    older, newer = _pack(tmp_path), _pack(tmp_path, "1.3.0")
    packs.install_file(newer)
    _wait_for_job(qtbot, packs)
    asked: list[OlderVersionError] = []
    packs.questions.downgrade = lambda error: asked.append(error) or False  # type: ignore[method-assign]
    packs.install_file(older)
    _wait_for_job(qtbot, packs)
    assert (asked[0].version, asked[0].installed) == ("1.2.3", "1.3.0") and _rows(packs)[1][1] == "1.3.0"
    assert packs.errors == []
    packs.questions.downgrade = lambda error: True  # type: ignore[method-assign]
    packs.questions.update = lambda prepared: prepared.is_downgrade  # type: ignore[method-assign]
    first_try = packs.job
    packs.install_file(older)
    qtbot.waitUntil(lambda: packs.job is not first_try and _rows(packs)[1][1] == "1.2.3", timeout=10_000)
    assert "can roll back to 1.3.0" in _rows(packs)[1][6]


def test_a_bad_pack_is_explained_and_changes_nothing(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "bad.hbpack"
    bad.write_text("not a pack", encoding="utf-8")
    packs.install_file(bad)
    _wait_for_job(qtbot, packs)
    assert len(packs.errors) == 1 and "is not a Handbook pack" in packs.errors[0] and str(bad) in packs.errors[0]
    assert len(_rows(packs)) == 1


def test_cancelling_an_install_leaves_nothing(
    packs: PacksWindow, qtbot: QtBot, tmp_path: Path, private_data_dir: Path
) -> None:
    packs.install_file(_pack(tmp_path))
    assert packs.job is not None
    packs.job.cancel()
    _wait_for_job(qtbot, packs)
    assert len(_rows(packs)) == 1 and packs.errors == []
    folder = private_data_dir / "packs"  # not even an empty packs folder when it was not there before
    assert not folder.exists() or not any(p.name.startswith(".tmp-") for p in folder.iterdir())


def test_export_and_remove(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    file = _pack(tmp_path)
    packs.install_file(file)
    _wait_for_job(qtbot, packs)
    packs.make_active("mini-pack")
    target = tmp_path / "usb" / "copy.hbpack"
    packs.questions.export_file = lambda suggested: target  # type: ignore[method-assign]
    install_job = packs.job
    packs.buttons["export"].click()
    _wait_for_job(qtbot, packs, install_job)
    assert packs.errors == []
    assert target.read_bytes() == file.read_bytes()
    with qtbot.waitSignal(packs.activePackChanged):
        packs.buttons["remove"].click()
    assert len(_rows(packs)) == 1 and packs.settings.get("active_pack") == ""
    assert packs.status_line.text() == "Removed Mini pack; progress in it is kept."
    # the built-in course can be passed on too
    packs.questions.export_file = lambda suggested: tmp_path / suggested  # type: ignore[method-assign]
    before = packs.job
    packs.buttons["export"].click()
    _wait_for_job(qtbot, packs, before)
    exported = list(tmp_path.glob("learning-circles-*.hbpack"))
    assert len(exported) == 1 and verify_pack(exported[0]).manifest.info.title == "Facilitating Learning Circles"


def test_tools_menu_opens_packs_and_activation_shows_the_pack(
    qtbot: QtBot, private_data_dir: Path, tmp_path: Path
) -> None:
    PackLibrary(private_data_dir).install(_pack(tmp_path))
    session = build_session(private_data_dir)
    window: MainWindow = session.window
    qtbot.addWidget(window)
    window.show()
    window.open_path(window.first_page_path())
    assert window.pack.info.title == "Facilitating Learning Circles"
    action = window.actions_by_name["packs"]
    assert action in window.tools_menu.actions() and action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    packs = window.findChild(PacksWindow)
    assert packs is not None and packs.isVisible()
    packs.make_active("mini-pack")
    assert window.pack.info.title == "Mini pack" and window.windowTitle() == "Mini pack - Handbook"
    assert window.current is not None and window.current.path == "course/01-start/_module.md"
    packs.close()
    # the next start shows it too
    again = build_session(private_data_dir)
    qtbot.addWidget(again.window)
    assert again.pack.info.title == "Mini pack"


def test_a_newer_version_of_the_built_in_course_is_one_row_not_two(
    packs: PacksWindow, tmp_path: Path, private_data_dir: Path
) -> None:
    from handbook.core.resources import bundled_pack_dir

    source = tmp_path / "course"
    shutil.copytree(bundled_pack_dir(), source)
    yaml = source / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("version: 2.0.0", "version: 2.1.0"), encoding="utf-8")
    build_pack(source, tmp_path / "newer.hbpack", check_content=False)
    prepared = PackLibrary(private_data_dir).prepare_install(tmp_path / "newer.hbpack")
    assert prepared.changes is not None and not prepared.is_update  # compared with the built-in course
    prepared.commit()
    packs.refresh()
    rows = [packs.list.topLevelItem(i) for i in range(packs.list.topLevelItemCount())]
    assert [(row.text(0), row.text(1)) for row in rows if row is not None] == [
        ("Facilitating Learning Circles", "2.1.0")
    ]


@pytest.mark.usefixtures("spanish")
def test_the_list_of_changes_names_each_kind_of_page_in_spanish(packs: PacksWindow) -> None:
    changes = PackChanges(
        "mini-pack", "Mini pack", "1.2.3", "1.3.0", (ItemChange("activity", "name-game", "Juego", "added"),)
    )
    assert packs.questions.details(changes) == "+ Juego (actividad name-game)"
