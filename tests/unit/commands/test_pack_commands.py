"""The pack and preview commands as a trainer types them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from handbook.cli import main
from tests.conftest import FIXTURES, REPO


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _bump(root: Path, version: str) -> None:
    path = root / "pack.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("version: 1.2.3", f"version: {version}"), encoding="utf-8")


def test_build_verify_install_list_activate_update_rollback_export_remove(
    capsys: pytest.CaptureFixture[str],
    mini_pack: Path,
    tmp_path: Path,
    private_data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = tmp_path / "mini.hbpack"
    code, out, _ = run(capsys, "pack", "build", str(mini_pack), "-o", str(first))
    assert code == 0 and out.startswith(f"{first}: Mini pack 1.2.3 (mini-pack), 11 files, 15 kB")
    code, out, _ = run(capsys, "pack", "verify", str(first))
    assert code == 0 and "good. Mini pack 1.2.3 (mini-pack, en), 11 files, 9 pages" in out
    code, out, _ = run(capsys, "pack", "install", str(first))
    assert code == 0 and "Installed Mini pack 1.2.3 (mini-pack)" in out and "handbook pack activate mini-pack" in out
    code, out, _ = run(capsys, "pack", "activate", "mini-pack")
    assert code == 0 and json.loads((private_data_dir / "settings.json").read_text())["active_pack"] == "mini-pack"

    _bump(mini_pack, "1.3.0")
    (mini_pack / "forms" / "sign-in-sheet.md").unlink()
    second = tmp_path / "mini-1.3.0.hbpack"
    run(capsys, "pack", "build", str(mini_pack), "-o", str(second))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run(capsys, "pack", "install", str(second))
    assert code == 2 and "Forms: 1 removed" in out and "Run again with --yes" in err
    code, out, _ = run(capsys, "pack", "install", str(second), "--yes")
    assert code == 0 and "Updated Mini pack 1.3.0" in out
    code, out, _ = run(capsys, "pack", "install", str(first))
    assert code == 2
    code, out, _ = run(capsys, "pack", "list")
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "VERSION", "LANGUAGE", "ON", "DISK", "TITLE", "[FROM,", "INSTALLED]"]
    lines = lines[1:]
    assert lines[0].split()[:3] == ["learning-circles", "2.0.0", "en"]  # the built-in course, by its own id
    assert lines[1].split()[:4] == ["*", "mini-pack", "1.3.0", "en"]
    assert "(can roll back to 1.2.3)" in lines[1] and str(second) in lines[1]
    code, out, _ = run(capsys, "pack", "rollback", "mini-pack")
    assert code == 0 and "back at version 1.2.3" in out
    exported = tmp_path / "usb" / "passed-on.hbpack"
    code, out, _ = run(capsys, "pack", "export", "mini-pack", "-o", str(exported))
    assert code == 0 and exported.read_bytes() == first.read_bytes()
    code, out, _ = run(capsys, "pack", "remove", "mini-pack")
    assert code == 0 and "Progress in it is kept" in out and "built-in course again" in out
    code, out, _ = run(capsys, "pack", "list")
    assert out.splitlines()[1].startswith("*  learning-circles")


def test_the_built_in_course_has_one_id_that_every_command_takes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack with the built-in course's id is a new version of it, with its changes listed; never a second course."""
    import shutil

    from handbook.core.resources import bundled_pack_dir

    source = tmp_path / "course"
    shutil.copytree(bundled_pack_dir(), source)
    yaml = source / "pack.yaml"
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("version: 2.0.0", "version: 2.1.0"), encoding="utf-8")
    poster = source / "forms" / "circle-poster.md"
    poster.write_text(poster.read_text(encoding="utf-8") + "\nBring a friend.\n", encoding="utf-8")
    newer = tmp_path / "newer.hbpack"
    assert run(capsys, "pack", "build", str(source), "-o", str(newer))[0] == 0
    code, out, err = run(capsys, "pack", "remove", "learning-circles")
    assert code == 2 and "built into the app: it cannot be removed" in err
    code, out, _ = run(capsys, "pack", "activate", "learning-circles")
    assert code == 0 and "built-in course" in out
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, err = run(capsys, "pack", "install", str(newer))
    assert code == 2 and "Forms: 1 changed" in out and "--yes" in err  # the change list, then a question
    code, out, _ = run(capsys, "pack", "install", str(newer), "--yes")
    assert code == 0 and "Updated Facilitating Learning Circles 2.1.0" in out and "place of the built-in" in out
    code, out, _ = run(capsys, "pack", "list")
    rows = out.splitlines()[1:-1]
    assert [row.split()[:3] for row in rows] == [["*", "learning-circles", "2.1.0"]]
    assert "remove it to go back to the built-in 2.0.0" in rows[0]
    code, out, _ = run(capsys, "pack", "remove", "learning-circles")
    assert code == 0 and "built-in course again" in out
    code, out, _ = run(capsys, "pack", "list")
    assert out.splitlines()[1].startswith("*  learning-circles  2.0.0")
    yaml.write_text(yaml.read_text(encoding="utf-8").replace("version: 2.1.0", "version: 2.0.0"), encoding="utf-8")
    same = tmp_path / "same.hbpack"
    run(capsys, "pack", "build", str(source), "-o", str(same))
    code, _, err = run(capsys, "pack", "install", str(same), "--yes")
    assert code == 2 and "is the course built into the app" in err


def test_errors_are_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.hbpack"
    bad.write_bytes(b"PK\x03\x04 truncated")
    code, _, err = run(capsys, "pack", "verify", str(bad))
    assert code == 2 and err.startswith(f"error: {bad}: is incomplete or damaged") and "Traceback" not in err
    code, _, err = run(capsys, "pack", "remove", "nothing-here")
    assert code == 2 and "no installed pack has the id 'nothing-here'" in err
    code, _, err = run(capsys, "pack", "activate", "nothing-here")
    assert code == 2 and "no installed pack has the id" in err


def test_import_prints_the_report_and_the_result_validates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "pack", "import", str(FIXTURES / "gitbook"), "-o", str(tmp_path / "pack"))
    assert code == 0
    assert "SUMMARY.md:16: warning: lists 'running/deleted.md'" in out
    assert out.splitlines()[-1].endswith("imported from GitBook: 10 pages, 4 things not converted, 0 validation errors")
    code, _, _ = run(capsys, "validate", str(tmp_path / "pack"))
    assert code == 0


def test_preview_opens_and_closes(mini_pack: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HANDBOOK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-m", "handbook", "--exit-after-start", "preview", str(mini_pack)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data").exists()  # previewing writes nothing to the user's data
    missing = subprocess.run(
        [sys.executable, "-m", "handbook", "preview", str(tmp_path / "nope")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert missing.returncode == 2 and "is not a folder" in missing.stderr


def test_a_pack_update_from_the_command_line_backs_up_progress_first(
    capsys: pytest.CaptureFixture[str], mini_pack: Path, tmp_path: Path, private_data_dir: Path
) -> None:
    from handbook.core.paths import DataDir
    from handbook.core.progress.profiles import Profiles

    _profile, store = Profiles(DataDir(private_data_dir)).create("Amina")
    store.close()
    first, second = tmp_path / "a.hbpack", tmp_path / "b.hbpack"
    run(capsys, "pack", "build", str(mini_pack), "-o", str(first))
    _bump(mini_pack, "1.3.0")
    run(capsys, "pack", "build", str(mini_pack), "-o", str(second))
    assert run(capsys, "pack", "install", str(first))[0] == 0
    backups = lambda: sorted((private_data_dir / "profiles").glob("*/backups/*pack-update*"))  # noqa: E731
    assert backups() == []  # a first install changes no pack anyone has used
    assert run(capsys, "pack", "install", str(second), "--yes")[0] == 0
    assert len(backups()) == 1


def test_installing_a_source_folder_says_to_build_it_first(
    capsys: pytest.CaptureFixture[str], mini_pack: Path, private_data_dir: Path
) -> None:
    code, _, err = run(capsys, "pack", "install", str(mini_pack))
    assert code == 2
    assert "is a folder, not a .hbpack file" in err and f"handbook pack build {mini_pack}" in err
    assert not (private_data_dir / "packs").exists() or not any((private_data_dir / "packs").iterdir())


def _data_files(root: Path) -> list[str]:
    """The data folder's files, leaving out the lock and the log (which records the refusals)."""
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if "lock" not in p.name and "logs" not in p.parts)


def test_pack_changes_wait_for_the_app_to_close(
    capsys: pytest.CaptureFixture[str], mini_pack: Path, tmp_path: Path, private_data_dir: Path
) -> None:
    from handbook.instance_lock import acquire_lock

    first = tmp_path / "mini.hbpack"
    assert run(capsys, "pack", "build", str(mini_pack), "-o", str(first))[0] == 0
    assert run(capsys, "pack", "install", str(first))[0] == 0
    before = _data_files(private_data_dir)
    lock = acquire_lock(private_data_dir)
    try:
        for args, doing in (
            (("pack", "install", str(first)), "install a pack"),
            (("pack", "remove", "mini-pack"), "remove a pack"),
            (("pack", "rollback", "mini-pack"), "roll back a pack"),
            (("pack", "activate", "mini-pack"), "choose the pack the app shows"),
        ):
            code, out, err = run(capsys, *args)
            assert code == 2 and out == ""
            assert err.startswith(f"error: Cannot {doing} while Handbook is already open with this data folder")
        assert run(capsys, "pack", "list")[0] == 0  # reading is fine while the app runs
    finally:
        lock.unlock()
    after = _data_files(private_data_dir)
    assert after == before
