"""Installing, updating, rolling back, removing and exporting packs, as a library's computer does."""

from __future__ import annotations

import errno
import json
from pathlib import Path
from typing import Any

import pytest

from handbook.core.packs import reader as reader_module
from handbook.core.packs.diff import PackChanges
from handbook.core.packs.errors import PackCancelledError, PackError
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.verify import verify_pack
from handbook.core.storage import StorageError
from tests.unit.core.packs.conftest import MakePack, snapshot


def _update_lessons(root: Path) -> None:
    """1.3.0: the checklist is gone, the welcome changed, an activity is new; files renumbered."""
    start = root / "course" / "01-start"
    (start / "02-checklist.md").unlink()
    welcome = (start / "01-welcome.md").read_text(encoding="utf-8")
    welcome = welcome.replace("[next lesson](02-checklist.md)", "next lesson").replace("../02-next/", "../05-next/")
    (start / "01-welcome.md").write_text(welcome, encoding="utf-8")
    (root / "course" / "02-next").rename(root / "course" / "05-next")  # renumbered: not a change
    (root / "activities" / "name-game.md").write_text(
        "---\ntitle: Name game\nkind: icebreaker\nminutes: 10\n---\nSay your name.\n", encoding="utf-8"
    )


def test_round_trip_build_verify_install_list_rollback_remove_export(
    make_pack: MakePack, private_data_dir: Path, progress_file: Path, tmp_path: Path
) -> None:
    progress_before = progress_file.read_bytes()
    first = make_pack("1.2.3")
    assert verify_pack(first).manifest.info.version == "1.2.3"
    hooks: list[str] = []
    library = PackLibrary(private_data_dir, before_update=hooks.append)

    installed = library.install(first)
    assert installed is not None and installed.folder == private_data_dir / "packs" / "mini-pack" / "1.2.3"
    assert (installed.folder / "course" / "01-start" / "01-welcome.md").is_file()
    assert not (installed.folder / "manifest.json").exists()
    assert hooks == []  # a first install changes nobody's content
    [listed] = library.installed()
    assert (listed.title, listed.version, listed.current.language) == ("Mini pack", "1.2.3", "en")
    assert listed.current.source == str(first.resolve()) and listed.current.installed_at.endswith("Z")
    assert listed.current.size == sum(p.stat().st_size for p in installed.folder.rglob("*") if p.is_file())

    seen: list[PackChanges] = []
    update = library.install(make_pack("1.3.0", _update_lessons), confirm=lambda c: seen.append(c) or True)
    assert update is not None and update.version == "1.3.0" and update.previous is not None
    assert update.previous.version == "1.2.3"
    assert hooks == ["mini-pack"]  # the progress backup is taken before the content changes
    [changes] = seen
    assert {(i.section, i.id, i.change) for i in changes.items} == {
        ("lesson", "start/checklist", "removed"),
        ("lesson", "start/welcome", "changed"),
        ("activity", "name-game", "added"),
    }
    assert "no longer in this pack" in changes.describe()
    assert (private_data_dir / "packs" / "mini-pack" / "1.2.3").is_dir()  # kept for rollback

    back = library.rollback("mini-pack")
    assert back.version == "1.2.3" and back.previous is None
    assert hooks == ["mini-pack", "mini-pack"]
    assert not (private_data_dir / "packs" / "mini-pack" / "1.3.0").exists()
    with pytest.raises(PackError, match="no earlier version"):
        library.rollback("mini-pack")

    exported = tmp_path / "passed-on.hbpack"
    library.export("mini-pack", exported)
    assert exported.read_bytes() == first.read_bytes()  # the same pack, byte for byte

    library.remove("mini-pack")
    assert library.installed() == []
    assert not (private_data_dir / "packs" / "mini-pack").exists()
    assert [p.name for p in (private_data_dir / "packs").iterdir()] == ["installed.json"]
    assert progress_file.read_bytes() == progress_before


def test_declined_update_changes_nothing(make_pack: MakePack, private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.2.3"))
    before = snapshot(private_data_dir)
    assert library.install(make_pack("1.3.0", _update_lessons), confirm=lambda c: False) is None
    assert snapshot(private_data_dir) == before


def test_older_version_needs_downgrade(make_pack: MakePack, private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    library.install(make_pack("2.0.0"))
    older = make_pack("1.0.0")
    before = snapshot(private_data_dir)
    with pytest.raises(PackError, match=r"older than the installed 2\.0\.0.*--downgrade"):
        library.install(older)
    assert snapshot(private_data_dir) == before
    with pytest.raises(PackError, match="already installed"):
        library.install(make_pack("2.0.0"))
    prepared = library.prepare_install(older, downgrade=True)
    assert prepared.is_downgrade and prepared.changes is not None
    installed = prepared.commit()
    assert installed.version == "1.0.0" and installed.previous is not None and installed.previous.version == "2.0.0"


def test_only_the_version_before_the_last_update_is_kept(make_pack: MakePack, private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    for version in ("1.0.0", "1.1.0", "1.2.0"):
        library.install(make_pack(version))
    assert sorted(p.name for p in (private_data_dir / "packs" / "mini-pack").iterdir()) == ["1.1.0", "1.2.0"]


def test_several_packs_side_by_side(make_pack: MakePack, private_data_dir: Path) -> None:
    def spanish(root: Path) -> None:
        text = (root / "pack.yaml").read_text(encoding="utf-8")
        text = text.replace("id: mini-pack", "id: mini-pack-es").replace("Mini pack", "Paquete mini")
        (root / "pack.yaml").write_text(text.replace("language: en", "language: es"), encoding="utf-8")

    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.0.0"))
    library.install(make_pack("1.0.0", spanish, name="es"))
    assert [(p.id, p.current.language) for p in library.installed()] == [("mini-pack", "en"), ("mini-pack-es", "es")]


def test_failing_backup_stops_the_update(make_pack: MakePack, private_data_dir: Path) -> None:
    def fail(pack_id: str) -> None:
        raise StorageError("backups: could not be saved; free some disk space.")

    PackLibrary(private_data_dir).install(make_pack("1.0.0"))
    before = snapshot(private_data_dir)
    with pytest.raises(StorageError):
        PackLibrary(private_data_dir, before_update=fail).install(make_pack("1.1.0"))
    assert snapshot(private_data_dir) == before
    assert not list((private_data_dir / "packs").glob(".tmp-*"))


class _FullDisk:
    """A file that takes ``room`` bytes, then fails like a full disk."""

    def __init__(self, real: Any, room: list[int]) -> None:
        self.real, self.room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room[0] -= len(data)
        return int(self.real.write(data))

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.real.close()


def test_disk_full_during_install_leaves_nothing_behind(
    make_pack: MakePack, private_data_dir: Path, progress_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.0.0"))
    update = make_pack("1.1.0")
    before = snapshot(private_data_dir)
    room = [2000]  # a few files fit, then the disk is full
    real_open = open

    def full_disk_open(path: Path, mode: str, **options: Any) -> _FullDisk:
        return _FullDisk(real_open(path, mode, **options), room)

    monkeypatch.setattr(reader_module, "open", full_disk_open, raising=False)
    with pytest.raises(PackError, match="the disk is full") as caught:
        library.install(update)
    assert "Nothing was installed" in str(caught.value)
    assert snapshot(private_data_dir) == before
    assert sorted(p.name for p in (private_data_dir / "packs").iterdir()) == ["installed.json", "mini-pack"]


def test_disk_full_when_recording_the_install_puts_everything_back(
    make_pack: MakePack, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.0.0"))
    update = make_pack("1.1.0")
    before = snapshot(private_data_dir)

    def full(path: Path, value: object) -> None:
        raise StorageError(f"{path}: could not be saved (No space left on device).")

    monkeypatch.setattr("handbook.core.packs.registry.atomic_write_json", full)
    with pytest.raises(StorageError):
        library.install(update)
    assert snapshot(private_data_dir) == before
    assert sorted(p.name for p in (private_data_dir / "packs").iterdir()) == ["installed.json", "mini-pack"]


def test_cancelled_install_leaves_nothing_behind(make_pack: MakePack, private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    calls: list[tuple[int, int]] = []
    with pytest.raises(PackCancelledError, match="nothing was installed"):
        library.install(make_pack("1.0.0"), progress=lambda d, t: calls.append((d, t)), cancelled=lambda: bool(calls))
    assert library.installed() == []
    assert not (private_data_dir / "packs").exists()  # not even the empty folder it made


def test_progress_reports_bytes(make_pack: MakePack, private_data_dir: Path) -> None:
    calls: list[tuple[int, int]] = []
    PackLibrary(private_data_dir).install(make_pack("1.0.0"), progress=lambda d, t: calls.append((d, t)))
    total = calls[-1][1]
    assert calls[-1] == (total, total) and all(d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_unknown_pack_ids_are_clear_errors(private_data_dir: Path, tmp_path: Path) -> None:
    library = PackLibrary(private_data_dir)
    for action in (library.remove, library.rollback, lambda i: library.export(i, tmp_path / "x.hbpack")):
        with pytest.raises(PackError, match="no installed pack has the id 'nope'; 'handbook pack list'"):
            action("nope")


def test_leftovers_of_an_interrupted_install_are_cleaned(make_pack: MakePack, private_data_dir: Path) -> None:
    packs = private_data_dir / "packs"
    (packs / ".trash-abc" / "old").mkdir(parents=True)
    stale = packs / ".tmp-old"
    stale.mkdir()
    import os

    os.utime(stale, (0, 0))
    fresh = packs / ".tmp-running"  # maybe another process's install: left alone
    fresh.mkdir()
    PackLibrary(private_data_dir).install(make_pack("1.0.0"))
    assert sorted(p.name for p in packs.iterdir()) == [".tmp-running", "installed.json", "mini-pack"]


def test_registry_records_source_and_time(make_pack: MakePack, private_data_dir: Path) -> None:
    PackLibrary(private_data_dir).install(make_pack("1.0.0"))
    data = json.loads((private_data_dir / "packs" / "installed.json").read_text(encoding="utf-8"))
    record = data["packs"]["mini-pack"]
    assert record["current"] == "1.0.0" and record["previous"] is None
    assert set(record["versions"]["1.0.0"]) == {
        "version",
        "title",
        "language",
        "size",
        "files",
        "source",
        "installed_at",
        "signer",  # "" for this unsigned pack
    }
    assert record["versions"]["1.0.0"]["signer"] == ""
