"""One running app per data dir: a second start says so and exits; a crashed app's lock is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from handbook.gui.shared.lock_dialog import lock_data_dir
from handbook.instance_lock import LOCK_NAME, AlreadyRunningError, acquire_lock
from tests.conftest import REPO
from tests.test_app import run_handbook


def test_a_second_start_on_the_same_data_dir_says_so_and_exits(tmp_path: Path) -> None:
    lock = acquire_lock(tmp_path)
    try:
        result = run_handbook("--exit-after-start", data_dir=tmp_path)
    finally:
        lock.unlock()
    assert result.returncode == 2
    assert result.stderr.startswith("error: Handbook is already open with this data folder")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "settings.json").exists()  # it did not start


def test_the_lock_is_released_when_the_app_ends(tmp_path: Path) -> None:
    assert run_handbook("--exit-after-start", data_dir=tmp_path).returncode == 0
    assert not (tmp_path / LOCK_NAME).exists()
    acquire_lock(tmp_path).unlock()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_lock_of_a_crashed_app_is_taken_over(tmp_path: Path) -> None:
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from handbook.instance_lock import acquire_lock\n"
        "lock = acquire_lock(Path(sys.argv[1]))\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code, str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunningError, match=f"process {holder.pid}"):
            acquire_lock(tmp_path)
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait(timeout=10)
    assert (tmp_path / LOCK_NAME).exists()  # left behind by the crash
    lock = acquire_lock(tmp_path)
    assert lock.isLocked()
    lock.unlock()


def test_the_gui_shows_a_plain_message_before_exiting(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    first = acquire_lock(tmp_path)
    try:
        with pytest.raises(AlreadyRunningError):
            lock_data_dir(tmp_path, interactive=True)
    finally:
        first.unlock()
    assert len(shown) == 1 and "already open" in shown[0]


def test_a_lock_from_another_computer_can_be_taken_over_by_the_person(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A data dir on a USB stick, last used on another computer that did not close Handbook.
    (tmp_path / LOCK_NAME).write_text("4242\npython3\nlibrary-pc-2\n", encoding="utf-8")
    with pytest.raises(AlreadyRunningError) as caught:
        acquire_lock(tmp_path)
    assert caught.value.other_computer and "'library-pc-2'" in caught.value.message

    def click_take_over(box: QMessageBox) -> int:
        take = next(b for b in box.buttons() if "open it here" in b.text())
        take.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_take_over)
    lock = lock_data_dir(tmp_path, interactive=True)
    assert lock.isLocked()
    lock.unlock()


def test_a_second_start_shows_one_dialog_not_two(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import argparse

    from handbook import app

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(app, "show_startup_error", lambda error: shown.append(error.message))
    first = acquire_lock(tmp_path)
    try:
        with pytest.raises(AlreadyRunningError):
            app.run_gui(argparse.Namespace(data_dir=tmp_path, portable=False, exit_after_start=False))
    finally:
        first.unlock()
    assert len(shown) == 1 and "already open" in shown[0]
