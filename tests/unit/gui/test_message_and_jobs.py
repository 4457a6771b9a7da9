"""The message bridge and the background-job helper: logic reports through one bridge; work comes back on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from handbook.app import build_session
from handbook.core.errors import HandbookError
from handbook.core.packs.errors import PackCancelledError
from handbook.gui.shared.background_job import BackgroundJob, Cancelled, Progress
from handbook.gui.shared.message import MessageBridge


def test_one_bridge_carries_what_logic_objects_say_to_the_status_bar(
    qtbot: QtBot, mini_pack: Path, tmp_path: Path
) -> None:
    session = build_session(tmp_path / "data", mini_pack)
    qtbot.addWidget(session.window)
    heard: list[tuple[str, str, int]] = []
    session.messages.shown.connect(lambda level, text, ms: heard.append((level, text, ms)))
    assert session.progress is not None and session.progress.messages is session.messages
    assert session.progress.need_profile()  # no profile yet: the person is told how to make one
    assert heard and heard[-1][0] == "info" and "Make or choose a profile" in heard[-1][1]
    assert "Make or choose a profile" in session.window.statusBar().currentMessage()


def test_a_bridge_without_a_window_has_no_one_to_ask(qtbot: QtBot) -> None:
    bridge = MessageBridge()
    heard: list[str] = []
    bridge.shown.connect(lambda level, text, ms: heard.append(f"{level}: {text}"))
    bridge.error("Disk full")
    assert heard == ["error: Disk full"]
    with pytest.raises(RuntimeError, match="no asker"):  # never answers a question by itself
        bridge.ask.confirm("t", "x", "y")


def test_a_job_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress, cancelled: Cancelled) -> object:
        seen["work_thread"] = threading.get_ident()
        progress(1, 2)
        return 42

    job = BackgroundJob(work)
    job.on_success(lambda result: seen.update(result=result, callback_thread=threading.get_ident()))
    percents: list[int] = []
    job.progressed.connect(percents.append)
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        job.start()
    assert seen["result"] == 42 and seen["work_thread"] != gui_thread and seen["callback_thread"] == gui_thread
    assert percents == [50]
    job.dispose()


def test_a_failed_job_gives_the_error_and_a_cancelled_one_says_so(qtbot: QtBot) -> None:
    def fail(progress: Progress, cancelled: Cancelled) -> object:
        raise HandbookError("The pack is damaged; download it again.")

    failing = BackgroundJob(fail)
    errors: list[object] = []
    failing.on_failure(errors.append)
    with qtbot.waitSignal(failing.failed, timeout=5000):
        failing.start()
    assert [str(getattr(e, "message", e)) for e in errors] == ["The pack is damaged; download it again."]
    failing.dispose()

    started = threading.Event()

    def long_work(progress: Progress, cancelled: Cancelled) -> object:
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise PackCancelledError("cancelled")

    stopping = BackgroundJob(long_work, cancel_errors=(PackCancelledError,))
    with qtbot.waitSignal(stopping.cancelled, timeout=5000):
        stopping.start()
        assert started.wait(5)
        stopping.cancel()
    assert stopping.was_cancelled
    stopping.dispose()


def test_a_job_kept_on_the_gui_thread_reports_the_same_way_a_turn_later(qtbot: QtBot) -> None:
    threads: list[int] = []

    def work(progress: Progress, cancelled: Cancelled) -> object:
        threads.append(threading.get_ident())
        return 3

    job = BackgroundJob(work, on_gui_thread=True)
    results: list[object] = []
    job.on_success(results.append)
    job.start()
    assert threads == []  # not at once: the window can say "Saving..." first
    with qtbot.waitSignal(job.succeeded, timeout=5000):
        pass
    assert threads == [threading.get_ident()] and results == [3]
    job.dispose()


def test_a_status_line_is_also_said_to_a_screen_reader(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bridge = MessageBridge.for_window(window)
    bridge.info("'Welcome' is marked as done.")
    assert window.statusBar().currentMessage() == "'Welcome' is marked as done."
    assert bridge.last_announcement == "'Welcome' is marked as done."
    bridge.error("The progress could not be saved.")
    assert bridge.last_announcement == "The progress could not be saved."
