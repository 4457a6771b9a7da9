"""Building a pack: the same folder gives the same bytes; what would be refused on install is refused here."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from handbook.core.packs.build import build_pack
from handbook.core.packs.errors import PackError
from handbook.core.packs.reader import PackFile
from handbook.core.packs.verify import verify_pack
from tests.conftest import FIXTURES


def test_same_folder_gives_the_same_bytes(tmp_path: Path, mini_pack: Path) -> None:
    other = tmp_path / "elsewhere" / "copy"
    shutil.copytree(FIXTURES / "mini-pack", other)
    for path in other.rglob("*"):
        os.utime(path, (1_000_000, 1_000_000))  # other times, same content
        if path.is_file():
            path.chmod(0o600)
    first = build_pack(mini_pack, tmp_path / "a.hbpack")
    second = build_pack(other, tmp_path / "b.hbpack")
    assert (tmp_path / "a.hbpack").read_bytes() == (tmp_path / "b.hbpack").read_bytes()
    assert first == second


def test_pack_holds_sorted_files_with_fixed_times_and_modes_and_a_manifest(tmp_path: Path, mini_pack: Path) -> None:
    (mini_pack / ".git").mkdir()
    (mini_pack / ".git" / "HEAD").write_text("ref")
    (mini_pack / ".DS_Store").write_bytes(b"junk")
    manifest = build_pack(mini_pack, tmp_path / "p.hbpack")
    with zipfile.ZipFile(tmp_path / "p.hbpack") as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names[-1] == "manifest.json"
    assert names[:-1] == sorted(names[:-1]) == [e.path for e in manifest.files]
    assert not any(n.startswith(".") or "/." in n for n in names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    png = next(i for i in infos if i.filename.endswith(".png"))
    assert png.compress_type == zipfile.ZIP_STORED
    assert manifest.info.id == "mini-pack" and manifest.info.version == "1.2.3"


def test_built_pack_verifies(tmp_path: Path, mini_pack: Path) -> None:
    build_pack(mini_pack, tmp_path / "p.hbpack")
    verified = verify_pack(tmp_path / "p.hbpack")
    assert verified.manifest.info.title == "Mini pack"
    assert not verified.report.errors


def test_content_with_errors_is_not_built(tmp_path: Path, mini_pack: Path) -> None:
    lesson = mini_pack / "course" / "01-start" / "02-checklist.md"
    lesson.write_text("---\nminutes: ten\n---\nText\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        build_pack(mini_pack, tmp_path / "p.hbpack")
    message = str(caught.value)
    assert "course/01-start/02-checklist.md:2" in message and "handbook validate" in message
    assert "has 3 errors; fix them first" in message
    lesson.write_text("---\ntitle: Checklist\nminutes: ten\nkind: read\n---\nText\n", encoding="utf-8")
    with pytest.raises(PackError, match="has 1 error; fix it first"):  # not "1 error; fix them"
        build_pack(mini_pack, tmp_path / "p.hbpack")
    assert not (tmp_path / "p.hbpack").exists()


def test_links_and_bad_names_are_refused_at_build(tmp_path: Path, mini_pack: Path) -> None:
    link = mini_pack / "media" / "link.png"
    link.symlink_to(mini_pack / "media" / "circle.png")
    with pytest.raises(PackError, match="is a link"):
        build_pack(mini_pack, tmp_path / "p.hbpack")
    link.unlink()
    (mini_pack / "media" / "a:b.png").write_bytes(b"x")
    with pytest.raises(PackError, match="character ':'"):
        build_pack(mini_pack, tmp_path / "p.hbpack")
    (mini_pack / "media" / "a:b.png").unlink()
    (mini_pack / "media" / "Circle.png").write_bytes(b"x")
    with pytest.raises(PackError, match="upper and lower case"):
        build_pack(mini_pack, tmp_path / "p.hbpack")
    assert list(tmp_path.glob("*.hbpack")) == [] and list(tmp_path.glob(".*.tmp")) == []


def test_output_inside_the_source_folder_is_left_out(mini_pack: Path) -> None:
    build_pack(mini_pack, mini_pack / "mini.hbpack")
    manifest = build_pack(mini_pack, mini_pack / "mini.hbpack")
    assert "mini.hbpack" not in {e.path for e in manifest.files}
    with PackFile(mini_pack / "mini.hbpack") as pack:
        assert pack.manifest == manifest
