"""Check for updates in the Packs window, against a feed on 127.0.0.1: feeds kept, newer versions listed and installed."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.core.packs.build import build_pack
from handbook.core.packs.feed import write_feed
from handbook.core.packs.feed_fetch import downloads_folder
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.policy import NewSignerError
from handbook.core.paths import DataDir
from handbook.core.settings import Settings
from handbook.gui.packs.feed_updates import UpdatesDialog
from handbook.gui.packs.packs_window import PacksWindow
from handbook.gui.packs.updates_button import add_updates_button
from tests.conftest import FIXTURES
from tests.feed_server import FeedServer, serve
from tests.unit.core.packs.conftest import set_version


def _pack(tmp_path: Path, version: str, folder: Path) -> Path:
    source = tmp_path / f"src-{version}"
    shutil.copytree(FIXTURES / "mini-pack", source)
    set_version(source, version)
    folder.mkdir(exist_ok=True)
    return build_pack(source, folder / f"mini-{version}.hbpack") and folder / f"mini-{version}.hbpack"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[FeedServer]:
    feed = tmp_path / "feed"
    _pack(tmp_path, "1.3.0", feed)
    write_feed(feed)
    with serve(feed) as running:
        yield running


@pytest.fixture
def packs(qtbot: QtBot, private_data_dir: Path, tmp_path: Path) -> PacksWindow:
    library = PackLibrary(private_data_dir)
    library.install(_pack(tmp_path, "1.2.3", tmp_path / "own"))
    window = PacksWindow(library, Settings(DataDir(private_data_dir).settings_file))
    add_updates_button(window)  # as Tools > Packs does
    qtbot.addWidget(window)
    window.show()
    return window


def _open(
    packs: PacksWindow, qtbot: QtBot, new_signer: Callable[[NewSignerError], bool] | None = None
) -> tuple[UpdatesDialog, list[str]]:
    """Press Check for updates; the dialog's questions answered yes (a new signer by ``new_signer``), errors recorded."""
    errors: list[str] = []
    original = UpdatesDialog.show_and_check

    def answered(dialog: UpdatesDialog) -> None:
        dialog.questions.error = errors.append  # type: ignore[method-assign]
        dialog.questions.update = lambda prepared: True  # type: ignore[method-assign]
        if new_signer is not None:
            dialog.questions.new_signer = new_signer  # type: ignore[method-assign]
        dialog.timeout = 5
        original(dialog)

    UpdatesDialog.show_and_check = answered  # type: ignore[method-assign]
    try:
        packs.buttons["updates"].click()
    finally:
        UpdatesDialog.show_and_check = original  # type: ignore[method-assign]
    dialog = packs.findChild(UpdatesDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog, errors


def _idle(dialog: UpdatesDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: dialog.job is not None and not dialog.job.is_running() and not dialog.queue, timeout=10_000)
    qtbot.wait(20)  # the result arrives as a queued signal


def test_feeds_are_added_kept_and_removed(packs: PacksWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog, errors = _open(packs, qtbot)
    assert dialog.feeds.count() == 0 and not dialog.buttons["check"].isEnabled() and dialog.job is None  # no network
    assert dialog.status_line.text().startswith("No feeds yet")
    dialog.questions.prompts.text = lambda title, label, value="": "https://example.org/packs"  # type: ignore[method-assign]
    dialog.buttons["addAddress"].click()
    dialog.questions.prompts.open_path = lambda title, filt: str(tmp_path / "stick" / "index.json")  # type: ignore[method-assign]
    dialog.buttons["addFolder"].click()
    dialog.questions.prompts.text = lambda title, label, value="": "ftp://example.org"  # type: ignore[method-assign]
    dialog.buttons["addAddress"].click()
    assert errors and "'ftp:' addresses are not read" in errors[0]
    saved = json.loads(packs.settings.path.read_text())["pack_feeds"]
    assert saved == ["https://example.org/packs", str(tmp_path / "stick")]
    dialog.feeds.setCurrentRow(0)
    dialog.buttons["removeFeed"].click()
    assert Settings(packs.settings.path).get("pack_feeds") == [str(tmp_path / "stick")]
    assert dialog.buttons["check"].isEnabled()


def test_check_lists_the_newer_version_and_installs_it_with_progress(
    packs: PacksWindow, qtbot: QtBot, server: FeedServer, private_data_dir: Path
) -> None:
    packs.settings.set("pack_feeds", [server.url])
    packs.settings.set("active_pack", "mini-pack")
    dialog, errors = _open(packs, qtbot)
    _idle(dialog, qtbot)
    assert errors == []
    row = dialog.updates.topLevelItem(0)
    assert row is not None and [row.text(c) for c in range(5)] == ["Mini pack", "1.2.3", "1.3.0", "15 kB", server.url]
    assert "Newer versions found: 1" in dialog.status_line.text()

    percents: list[int] = []
    with qtbot.waitSignal(packs.activePackChanged, timeout=10_000):
        dialog.buttons["installUpdates"].click()
        assert dialog.job is not None
        dialog.job.progressed.connect(percents.append)
    _idle(dialog, qtbot)
    assert errors == []
    assert packs.library.get("mini-pack").version == "1.3.0"  # type: ignore[union-attr]
    assert "Mini pack is now at version 1.3.0." in dialog.status_line.text()
    assert dialog.updates.topLevelItemCount() == 0 and not dialog.buttons["installUpdates"].isEnabled()
    assert percents and percents[-1] == 100 and percents == sorted(percents)
    assert [packs.list.topLevelItem(i).text(1) for i in range(packs.list.topLevelItemCount())][-1] == "1.3.0"  # type: ignore[union-attr]
    assert list(downloads_folder(private_data_dir).iterdir()) == []


def test_a_feed_that_fails_is_explained_and_the_others_still_count(
    packs: PacksWindow, qtbot: QtBot, server: FeedServer, tmp_path: Path
) -> None:
    packs.settings.set("pack_feeds", [str(tmp_path / "gone"), server.url])
    dialog, errors = _open(packs, qtbot)
    _idle(dialog, qtbot)
    assert len(errors) == 1 and "there is no feed here" in errors[0]
    assert dialog.updates.topLevelItemCount() == 1


def test_a_lying_feed_changes_nothing_and_says_so(
    packs: PacksWindow, qtbot: QtBot, server: FeedServer, tmp_path: Path
) -> None:
    index = tmp_path / "feed" / "index.json"
    data = json.loads(index.read_text())
    data["packs"][0]["sha256"] = "0" * 64
    index.write_text(json.dumps(data))
    packs.settings.set("pack_feeds", [server.url])
    dialog, errors = _open(packs, qtbot)
    _idle(dialog, qtbot)
    dialog.buttons["installUpdates"].click()
    _idle(dialog, qtbot)
    assert len(errors) == 1 and "SHA-256 differs" in errors[0] and "nothing was changed" in errors[0]
    assert packs.library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]


def test_cancel_keeps_the_download_for_next_time(
    packs: PacksWindow, qtbot: QtBot, server: FeedServer, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handbook.core.packs.feed_fetch.CHUNK", 1024)
    packs.settings.set("pack_feeds", [server.url])
    dialog, errors = _open(packs, qtbot)
    _idle(dialog, qtbot)
    server.behaviour.delay = 0.5  # time to press Cancel while it waits
    dialog.buttons["installUpdates"].click()
    assert dialog.job is not None
    dialog.job.dialog.canceled.emit()  # as the progress dialog's Cancel button does
    _idle(dialog, qtbot)
    assert errors == [] and "Cancelled; nothing was changed" in dialog.status_line.text()
    assert packs.library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]


def test_a_new_signer_is_asked_about_and_installed_only_after_yes(
    qtbot: QtBot, private_data_dir: Path, tmp_path: Path
) -> None:
    from handbook.core.packs.signing import generate_key

    trainer, stranger = generate_key(), generate_key()
    library = PackLibrary(private_data_dir)
    own = tmp_path / "own-signed"
    shutil.copytree(FIXTURES / "mini-pack", own)
    library.install(build_pack(own, tmp_path / "own.hbpack", sign_with=trainer) and tmp_path / "own.hbpack")
    feed = tmp_path / "signed-feed"
    feed.mkdir()
    set_version(own, "1.3.0")
    build_pack(own, feed / "mini-1.3.0.hbpack", sign_with=stranger)
    write_feed(feed)
    window = PacksWindow(library, Settings(DataDir(private_data_dir).settings_file))
    add_updates_button(window)
    qtbot.addWidget(window)
    with serve(feed) as server:
        window.settings.set("pack_feeds", [server.url])
        dialog, errors = _open(window, qtbot)
        _idle(dialog, qtbot)
        asked: list[str] = []
        answers = iter([False, True])
        dialog.questions.new_signer = lambda error: asked.append(error.new) or next(answers)  # type: ignore[method-assign]
        dialog.buttons["installUpdates"].click()
        _idle(dialog, qtbot)
        assert asked == [stranger.public.key_id_hex] and "Mini pack was not updated." in dialog.status_line.text()
        assert library.get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]
        dialog.buttons["installUpdates"].click()
        qtbot.waitUntil(lambda: library.get("mini-pack").version == "1.3.0", timeout=10_000)  # type: ignore[union-attr]
        _idle(dialog, qtbot)
    assert errors == [] and len(asked) == 2
    assert "not trust" in dialog.status_line.text()  # the warning: the new key is not trusted here


def test_tools_packs_has_the_button_and_opening_uses_no_network(qtbot: QtBot, private_data_dir: Path) -> None:
    from handbook.app import build_session

    session = build_session(private_data_dir)
    qtbot.addWidget(session.window)
    session.window.actions_by_name["packs"].trigger()
    packs = session.window.findChild(PacksWindow)
    assert packs is not None and packs.isVisible()
    button = packs.buttons["updates"]
    assert button.isVisible() and button.shortcut().toString() == "Ctrl+U"
    assert button.accessibleName() == "Check for updates"
    assert packs.findChild(UpdatesDialog) is None  # nothing is read from any feed until the button is pressed
    packs.close()
