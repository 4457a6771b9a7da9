"""A screen reader finds a name for every control of the main window and of each window and dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAction
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from handbook.app import Session, build_session
from handbook.gui.planner.activity_picker import ActivityPicker
from handbook.gui.planner.print_dialog import PrintDialog
from handbook.gui.progress.backups_dialog import BackupsDialog
from handbook.gui.progress.welcome_dialog import WelcomeDialog
from handbook.gui.shared.about import about_box

Role = QAccessible.Role
# What a person can reach, act on or read as a unit; plain labels may be empty (a status line with nothing to say).
CONTROLS = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.Slider, Role.Link, Role.PageTab, Role.Cell, Role.ListItem, Role.TreeItem, Role.ButtonMenu,
    Role.ButtonDropDown, Role.ProgressBar, Role.Graphic, Role.Table, Role.Tree, Role.List, Role.Document,
}  # fmt: skip


def unnamed_controls(widget: QWidget) -> list[str]:
    found: list[str] = []

    def walk(node: QAccessibleInterface | None, where: str, depth: int) -> None:
        if node is None or not node.isValid() or depth > 30:
            return
        role = node.role()
        if role in CONTROLS and not node.state().invisible and not node.text(QAccessible.Text.Name).strip():
            owner = node.object()
            found.append(f"{where}/{role.name} ({type(owner).__name__ if owner else 'item'})")
        for index in range(min(node.childCount(), 300)):
            walk(node.child(index), f"{where}/{role.name}[{index}]", depth + 1)

    walk(QAccessible.queryAccessibleInterface(widget), type(widget).__name__, 0)
    return found


def opened_session(qtbot: QtBot, data: Path) -> Session:
    session = build_session(data)
    qtbot.addWidget(session.window)
    session.window.show()
    assert session.progress is not None
    session.progress.attach_ui()
    session.window.open_path(session.window.first_page_path())
    return session


def test_the_main_window_names_every_control(qtbot: QtBot, tmp_path: Path) -> None:
    session = opened_session(qtbot, tmp_path / "data")
    window = session.window
    assert unnamed_controls(window) == []
    # The status bar's profile button says whose progress is kept, not just "Profile".
    button = window.findChild(QWidget, "profileButton")
    assert button is not None
    assert button.accessibleName() == button.text()  # type: ignore[attr-defined]
    assert "rofile" in button.accessibleName()


def test_each_window_and_dialog_names_every_control(qtbot: QtBot, tmp_path: Path) -> None:
    session = opened_session(qtbot, tmp_path / "data")
    window = session.window
    actions = {action.objectName(): action for action in window.findChildren(QAction)}
    seen: set[QWidget] = set(QApplication.topLevelWidgets())
    opened: dict[str, list[str]] = {}
    for name in ("openPlanner", "openLibrary", "packs", "profiles", "dashboard", "journal"):
        actions[name].trigger()
        new = [top for top in QApplication.topLevelWidgets() if top not in seen and top.isVisible()]
        assert new, f"{name} opened no window"
        for top in new:
            seen.add(top)
            qtbot.addWidget(top)
            opened[f"{name}: {type(top).__name__}"] = unnamed_controls(top)
    backups = BackupsDialog(window)
    qtbot.addWidget(backups)
    backups.show()
    opened["backups"] = unnamed_controls(backups)
    welcome = WelcomeDialog([("amina", "Amina")], window)
    qtbot.addWidget(welcome)
    welcome.show()
    opened["welcome"] = unnamed_controls(welcome)
    question = window.external_link_question(QUrl("https://example.org/"))
    qtbot.addWidget(question)
    question.show()
    opened["web page question"] = unnamed_controls(question)
    about = about_box(window, window.pack.info)
    qtbot.addWidget(about)
    about.show()
    opened["about"] = unnamed_controls(about)
    picker = ActivityPicker(window.pack.activities, "Choose an activity", window)
    qtbot.addWidget(picker)
    picker.show()
    opened["activity picker"] = unnamed_controls(picker)
    printing = PrintDialog(window.pack, [], "A4", parent=window)
    qtbot.addWidget(printing)
    printing.show()
    opened["print"] = unnamed_controls(printing)
    icon = question.findChild(QLabel, "qt_msgboxex_icon_label")
    assert icon is not None
    assert icon.accessibleName() == "Question"
    assert {name: found for name, found in opened.items() if found} == {}
    assert len(opened) >= 12


def test_progress_cells_read_as_words(qtbot: QtBot, tmp_path: Path) -> None:
    """A module's bar in the course tree reads "0 of 6 lessons done", not nothing."""
    from PySide6.QtCore import Qt

    from handbook.gui.progress.course_progress_view import DONE_COLUMN

    session = opened_session(qtbot, tmp_path / "data")
    tree = session.window.sidebar.course
    module = session.window.pack.modules[0]
    item = tree.item_for(module.path)
    assert item is not None
    said = item.data(DONE_COLUMN, Qt.ItemDataRole.AccessibleTextRole)
    assert said == f"0 of {len(module.lessons)} lessons done"


def test_the_questions_and_checklist_below_the_page_are_named(qtbot: QtBot, tmp_path: Path) -> None:
    """On a self-check and on a plan with a checklist, every choice, box and button of the page has a name."""
    session = opened_session(qtbot, tmp_path / "data")
    window = session.window
    pack = window.pack
    quiz = next(lesson for module in pack.modules for lesson in module.lessons if lesson.kind == "quiz")
    window.open_path(quiz.path)
    assert window.answer_panel.quiz_boxes
    assert unnamed_controls(window) == []
    plan = next(plan for plan in pack.plans if "[ ]" in plan.body)
    window.open_path(plan.path)
    assert window.answer_panel.task_boxes
    assert unnamed_controls(window) == []
