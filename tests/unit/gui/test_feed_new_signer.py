"""An update from a feed signed by another key than the installed pack: refused unless the person agrees."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from handbook.cli import main
from handbook.core.packs.build import build_pack
from handbook.core.packs.feed import write_feed
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.policy import NewSignerError
from handbook.core.packs.signing import SecretKey, generate_key
from handbook.core.paths import DataDir
from handbook.core.settings import Settings
from handbook.exit_codes import USER_ERROR
from handbook.gui.packs.packs_window import PacksWindow
from handbook.gui.packs.updates_button import add_updates_button
from tests.conftest import FIXTURES
from tests.unit.core.packs.conftest import set_version
from tests.unit.gui.test_feed_updates import _idle, _open

OLD, NEW = generate_key(), generate_key()


def _pack(tmp_path: Path, version: str, folder: Path, key: SecretKey) -> Path:
    source = tmp_path / f"src-{version}"
    shutil.copytree(FIXTURES / "mini-pack", source)
    set_version(source, version)
    folder.mkdir(exist_ok=True)
    target = folder / f"mini-{version}.hbpack"
    build_pack(source, target, sign_with=key)
    return target


@pytest.fixture
def feed(tmp_path: Path, private_data_dir: Path) -> Path:
    """1.2.3 signed by OLD is installed; the feed (a folder, as on a USB stick) has 1.3.0 signed by NEW."""
    PackLibrary(private_data_dir).install(_pack(tmp_path, "1.2.3", tmp_path / "own", OLD))
    folder = tmp_path / "feed"
    _pack(tmp_path, "1.3.0", folder, NEW)
    write_feed(folder)
    return folder


def test_pack_update_refuses_a_new_signer_unless_allowed(
    feed: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["pack", "update", "--from", str(feed), "--yes"])
    err = capsys.readouterr().err
    assert code == USER_ERROR and NEW.key_id_hex in err and "--allow-new-signer" in err
    assert PackLibrary(private_data_dir).get("mini-pack").version == "1.2.3"  # type: ignore[union-attr]

    assert main(["pack", "update", "--from", str(feed), "--yes", "--allow-new-signer"]) == 0
    record = PackLibrary(private_data_dir).get("mini-pack")
    assert record is not None and record.version == "1.3.0" and record.current.signer == NEW.key_id_hex


def test_check_for_updates_asks_about_a_new_signer(feed: Path, private_data_dir: Path, qtbot: QtBot) -> None:
    library = PackLibrary(private_data_dir)
    packs = PacksWindow(library, Settings(DataDir(private_data_dir).settings_file))
    qtbot.addWidget(packs)
    add_updates_button(packs)  # as Tools > Packs does
    packs.settings.set("pack_feeds", [str(feed)])
    asked: list[NewSignerError] = []
    answer = {"yes": False}
    dialog, errors = _open(packs, qtbot, lambda error: asked.append(error) or answer["yes"])
    _idle(dialog, qtbot)
    # The first time the person says no: nothing changes. The second time, yes: it installs.
    for yes, version in ((False, "1.2.3"), (True, "1.3.0")):
        answer["yes"] = yes
        dialog.buttons["installUpdates"].click()
        _idle(dialog, qtbot)
        assert asked and asked[-1].new == NEW.key_id_hex and asked[-1].installed == OLD.key_id_hex
        assert library.get("mini-pack").version == version  # type: ignore[union-attr]
    assert errors == []
