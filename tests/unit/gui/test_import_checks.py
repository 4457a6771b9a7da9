"""PySide6's source check of each imported module is answered up front, and the app never selects a PySide6 feature."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from handbook.gui.shared.import_checks import module_names
from tests.conftest import REPO

PROBE = """
import sys
from handbook.gui.shared.import_checks import file_answers
filed = file_answers()
feature = sys.modules["shibokensupport.feature"]
read = []
check = feature._mod_uses_pyside
def counted(module):
    read.append(module.__name__)
    return check(module)
feature._mod_uses_pyside = counted
import handbook.app  # the window's modules, as a start imports them
import handbook.gui.planner.planning_menu
print("FILED", filed)
print("READ", " ".join(name for name in read if name.startswith("handbook")))
"""


def test_the_app_never_selects_a_pyside_feature() -> None:
    selecting = re.compile(r"^\s*(from\s+__feature__\s+import|import\s+__feature__)", re.MULTILINE)
    users = [
        path.relative_to(REPO).as_posix()
        for path in (REPO / "handbook").rglob("*.py")
        if selecting.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []


def test_every_module_of_the_app_is_named() -> None:
    import handbook

    names = set(module_names("handbook", handbook.__path__))
    assert {"handbook", "handbook.app", "handbook.gui.reader.main_window", "handbook.core.content"} <= names
    on_disk = {path for path in (REPO / "handbook").rglob("*.py") if "__pycache__" not in path.parts}
    assert len(names) == len(on_disk)


def test_pyside_reads_no_source_of_the_app_once_the_answers_are_filed() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) if " " in line else (line, "") for line in result.stdout.splitlines())
    assert int(lines["FILED"]) > 100  # PySide6 still keeps its table where the app looks for it
    assert lines["READ"] == ""
