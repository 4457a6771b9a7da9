"""``handbook progress ...``: export, import, back up, restore, list and summarise from a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.paths import DataDir
from handbook.core.progress.profiles import Profiles
from handbook.instance_lock import acquire_lock

LESSON = "what-is-a-learning-circle/a-study-group-in-the-library"
PACK = "learning-circles"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(private_data_dir: Path) -> DataDir:
    data = DataDir(private_data_dir)
    _profile, store = Profiles(data).create("Amina")
    store.set_note(PACK, LESSON, "Kept at the library")
    store.set_status(PACK, LESSON, "done")
    store.close()
    return data


@pytest.mark.parametrize("action", ["profiles", "export", "import", "backup", "restore", "csv"])
def test_every_action_has_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as done:
        main(["progress", action, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: handbook progress {action}")
    if action not in ("profiles",):
        assert "--profile" in out


def test_list_export_and_import_on_another_computer(
    capsys: pytest.CaptureFixture[str], data: DataDir, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "progress", "profiles")
    assert code == 0 and out.startswith("Amina\tfolder: amina\t1 item done")
    target = tmp_path / "amina.json"
    code, out, _ = run(capsys, "progress", "export", "-o", str(target))
    assert code == 0 and f"Exported 1 record of Amina to {target}" in out
    assert json.loads(target.read_text(encoding="utf-8"))["records"][0]["note"] == "Kept at the library"

    other = tmp_path / "other-computer"
    code, out, _ = run(capsys, "--data-dir", str(other), "progress", "import", str(target))
    assert code == 0
    assert "into Amina (a new profile)" in out
    assert "New: A study group in the library (done)" in out
    store, _ = Profiles(DataDir(other)).open(Profiles(DataDir(other)).choose(None))
    assert store.get(PACK, LESSON).note == "Kept at the library"


def test_a_bad_import_is_a_clear_error_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data: DataDir, tmp_path: Path
) -> None:
    progress_file = data.profiles / "amina" / "progress.json"
    before = progress_file.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "handbook-progress", "format_version": 1, "records": [{"pack": 1}]}', encoding="utf-8")
    code, out, err = run(capsys, "progress", "import", str(bad), "--profile", "amina")
    assert code == 2 and out == ""
    assert err.startswith(f"error: {bad}: record 1: 'pack' must be text") and "Nothing was imported" in err
    assert progress_file.read_bytes() == before
    assert not (data.profiles / "amina" / "backups").exists()


def test_import_and_restore_wait_for_the_app_to_close(
    capsys: pytest.CaptureFixture[str], data: DataDir, tmp_path: Path
) -> None:
    target = tmp_path / "amina.json"
    assert run(capsys, "progress", "export", "-o", str(target))[0] == 0  # reading is fine while the app runs
    lock = acquire_lock(data.root)
    try:
        code, _, err = run(capsys, "progress", "import", str(target))
        assert code == 2 and err.startswith("error: Cannot import progress while Handbook is already open")
        code, _, err = run(capsys, "progress", "restore", "latest")
        assert code == 2 and "has no backups" in err
        code, _, err = run(capsys, "progress", "backup")
        assert code == 2 and "Cannot back up progress while Handbook is already open" in err
    finally:
        lock.unlock()
    assert run(capsys, "progress", "backup")[0] == 0
    lock = acquire_lock(data.root)
    try:
        code, _, err = run(capsys, "progress", "restore", "latest")
        assert code == 2 and "Cannot restore a backup while Handbook is already open" in err
    finally:
        lock.unlock()


def test_backup_then_restore_by_number(capsys: pytest.CaptureFixture[str], data: DataDir) -> None:
    code, out, _ = run(capsys, "progress", "backup", "--profile", "Amina")
    assert code == 0 and out.startswith("Backed up Amina to ")
    profiles = Profiles(data)
    store, _ = profiles.open(profiles.choose("Amina"))
    store.set_note(PACK, LESSON, "changed since")
    store.close()
    code, out, _ = run(capsys, "progress", "restore")
    assert code == 0 and "   1  " in out and "(made by hand)" in out
    code, out, err = run(capsys, "progress", "restore", "7")
    assert code == 2 and "no backup number 7" in err
    code, out, _ = run(capsys, "progress", "restore", "1")
    assert code == 0 and "The progress it replaced was backed up to" in out
    store, _ = profiles.open(profiles.choose("Amina"))
    assert store.get(PACK, LESSON).note == "Kept at the library"


def test_csv_for_a_trainer(capsys: pytest.CaptureFixture[str], data: DataDir, tmp_path: Path) -> None:
    Profiles(data).create("Bob")[1].close()
    code, out, _ = run(capsys, "progress", "csv")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("profile,module,lesson")
    assert any(line.startswith(f"Amina,1. What is a learning circle?,A study group in the library,{LESSON},read,done")
               for line in lines)  # fmt: skip
    assert sum(line.startswith("Bob,") for line in lines) == sum(line.startswith("Amina,") for line in lines)
    target = tmp_path / "summary.csv"
    code, out, _ = run(capsys, "progress", "csv", "--profile", "Bob", "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"\xef\xbb\xbfprofile,")


def test_no_profile_chosen_is_explained(capsys: pytest.CaptureFixture[str], data: DataDir) -> None:
    Profiles(data).create("Bob")[1].close()
    code, _, err = run(capsys, "progress", "export")
    assert code == 2 and err == "error: Say which profile with --profile NAME. Profiles: Amina, Bob.\n"
    code, _, err = run(capsys, "progress", "backup", "--profile", "Carol")
    assert code == 2 and "There is no profile 'Carol'" in err


def test_export_of_a_file_with_a_bad_record_says_what_was_left_out(
    capsys: pytest.CaptureFixture[str], data: DataDir, tmp_path: Path
) -> None:
    path = data.profiles / "amina" / "progress.json"
    content = json.loads(path.read_text(encoding="utf-8"))
    content["records"]["1"]["answers"] = {"0": 10**9}  # beyond what a record may hold
    path.write_text(json.dumps(content), encoding="utf-8")
    code, out, err = run(capsys, "progress", "export", "-o", str(tmp_path / "out.json"))
    assert code == 0 and out.startswith("Exported 0 records of Amina")
    assert err.startswith(f"warning: {path}: some of it could not be read and was left out: record 1: 'answers'")
    assert json.loads(path.read_text(encoding="utf-8")) == content  # only read: the app sets it aside later


def test_a_damaged_settings_file_is_said_by_the_commands_too(capsys: pytest.CaptureFixture[str], data: DataDir) -> None:
    data.settings_file.write_text('{"zoom": ' + "[" * 100 + "]" * 100 + "}", encoding="utf-8")
    code, out, err = run(capsys, "progress", "profiles")
    assert code == 0 and "Amina" in out
    assert err.startswith(f"warning: {data.settings_file}: cannot be used (the file nests more than 24 levels deep)")
    assert (data.root / "settings.json.damaged-1").exists()
