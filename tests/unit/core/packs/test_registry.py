"""installed.json and the active pack: damaged or tampered records never lead outside the packs folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from handbook.core.packs.active import forget_if_active, load_active_pack, resolve_active_pack
from handbook.core.packs.library import PackLibrary
from handbook.core.packs.registry import Registry
from handbook.core.paths import DataDir
from handbook.core.resources import bundled_pack_dir
from handbook.core.settings import Settings
from tests.unit.core.packs.conftest import MakePack


def _settings(data_dir: Path, active: str = "") -> Settings:
    settings = Settings(DataDir(data_dir).settings_file)
    settings.set("active_pack", active)
    return settings


def test_no_active_pack_means_the_bundled_one(private_data_dir: Path) -> None:
    assert resolve_active_pack(private_data_dir, _settings(private_data_dir)) == bundled_pack_dir()
    active = load_active_pack(private_data_dir, _settings(private_data_dir))
    assert active.pack.root == bundled_pack_dir() and active.note == ""


def test_the_active_installed_pack_is_shown(make_pack: MakePack, private_data_dir: Path) -> None:
    PackLibrary(private_data_dir).install(make_pack("1.0.0"))
    settings = _settings(private_data_dir, "mini-pack")
    assert resolve_active_pack(private_data_dir, settings) == private_data_dir / "packs" / "mini-pack" / "1.0.0"
    active = load_active_pack(private_data_dir, settings)
    assert active.pack.info.title == "Mini pack" and active.note == ""


def test_a_missing_or_broken_active_pack_falls_back_with_a_note(make_pack: MakePack, private_data_dir: Path) -> None:
    settings = _settings(private_data_dir, "mini-pack")
    active = load_active_pack(private_data_dir, settings)
    assert active.pack.root == bundled_pack_dir() and "not installed" in active.note
    installed = PackLibrary(private_data_dir).install(make_pack("1.0.0"))
    assert installed is not None
    (installed.folder / "course" / "01-start" / "02-checklist.md").write_bytes(b"---\ntitle: [broken\n---\n")
    active = load_active_pack(private_data_dir, settings)
    assert active.pack.root == bundled_pack_dir()
    assert "could not be loaded" in active.note and "Install the pack again" in active.note


def test_tampered_ids_never_leave_the_packs_folder(private_data_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "1.0.0"
    shutil.copytree(bundled_pack_dir() / "course", outside / "course")
    packs = private_data_dir / "packs"
    packs.mkdir()
    record = {"current": "1.0.0", "previous": None, "versions": {"1.0.0": {"version": "1.0.0", "title": "Evil"}}}
    escape = f"../../{tmp_path.name}/outside"
    (packs / "installed.json").write_text(
        json.dumps({"format_version": 1, "packs": {escape: record, "ok": {**record, "current": "../../x"}}})
    )
    assert Registry(packs).load() == {}
    assert resolve_active_pack(private_data_dir, _settings(private_data_dir, escape)) == bundled_pack_dir()


def test_a_damaged_registry_is_moved_aside_and_rebuilt(make_pack: MakePack, private_data_dir: Path) -> None:
    library = PackLibrary(private_data_dir)
    library.install(make_pack("1.0.0"))
    library.install(make_pack("1.1.0"))
    registry = private_data_dir / "packs" / "installed.json"
    registry.write_text("{ damaged", encoding="utf-8")
    [found] = library.installed()
    assert (found.version, found.title) == ("1.1.0", "Mini pack")
    assert found.previous is not None and found.previous.version == "1.0.0"
    assert (private_data_dir / "packs" / "installed.json.damaged-1").read_text() == "{ damaged"
    assert json.loads(registry.read_text())["packs"]["mini-pack"]["current"] == "1.1.0"


def test_removing_the_active_pack_goes_back_to_the_bundled_one(private_data_dir: Path) -> None:
    settings = _settings(private_data_dir, "mini-pack")
    assert forget_if_active(settings, "other") is False and settings.get("active_pack") == "mini-pack"
    assert forget_if_active(settings, "mini-pack") is True and settings.get("active_pack") == ""
