"""The app starts search after its first page, searches the bundled course and quits cleanly, even mid-build."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

# Runs the real `handbook` start-up, with start_search wrapped to report and quit.
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import handbook.app as app_module
from handbook.cli import main

original = app_module.start_search
mode = sys.argv[1]

def start_search(session):
    original(session)
    search = session.search
    if mode == "quit-at-once":
        QTimer.singleShot(0, QApplication.quit)
        return
    def ready():
        hits = search.search("plus delta")
        print("FOUND", hits[0].title if hits else "-", flush=True)
        QApplication.quit()
    search.indexReady.connect(ready)

app_module.start_search = start_search
sys.exit(main([]))
"""


def run_app(mode: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )


def index_files(data_dir: Path) -> list[Path]:
    return list((data_dir / "cache" / "search" / "learning-circles").glob("*.sqlite"))


def test_search_is_ready_after_start_and_the_app_quits_cleanly(tmp_path: Path) -> None:
    result = run_app("search", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "FOUND " in result.stdout and "FOUND -" not in result.stdout
    assert len(index_files(tmp_path)) == 1


def test_quitting_while_the_index_is_built_is_clean_and_the_next_start_finishes_it(tmp_path: Path) -> None:
    result = run_app("quit-at-once", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "QThread" not in result.stderr
    for path in index_files(tmp_path):
        db = sqlite3.connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
    result = run_app("search", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "FOUND " in result.stdout and "FOUND -" not in result.stdout
    assert len(index_files(tmp_path)) == 1
