"""Hostile course folders and zips: the importer reads only inside, writes within its caps, names safely."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from handbook.core.packs.errors import PackError
from handbook.core.packs.importers import import_course
from handbook.core.packs.limits import ImportLimits, MiB
from tests.conftest import FIXTURES

GITBOOK = FIXTURES / "gitbook"
CIAB = FIXTURES / "course-in-a-box"
SECRET = "The secret first paragraph of a private file."


def book(tmp_path: Path, summary: str, pages: dict[str, str], config: str = "") -> Path:
    root = tmp_path / "book"
    root.mkdir(parents=True)
    (root / "README.md").write_text("# A book\n\nIts own description.\n", encoding="utf-8")
    (root / "SUMMARY.md").write_text(summary, encoding="utf-8")
    if config:
        (root / ".gitbook.yaml").write_text(config, encoding="utf-8")
    for name, text in pages.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def written_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "private" / "secret.md"
    path.parent.mkdir()
    path.write_text(f"# Private\n\n{SECRET}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["absolute", "dots", "link"])
def test_gitbook_readme_outside_the_book_is_not_read(tmp_path: Path, secret: Path, how: str) -> None:
    named = {"absolute": str(secret), "dots": "../private/secret.md", "link": "linked.md"}[how]
    root = book(tmp_path, "* [One](one.md)\n", {"one.md": "# One\n\nText.\n"}, f"structure:\n  readme: {named}\n")
    if how == "link":
        os.symlink(secret, root / "linked.md")
    result = import_course(root, tmp_path / "pack")
    pack_yaml = (tmp_path / "pack" / "pack.yaml").read_text(encoding="utf-8")
    assert SECRET not in pack_yaml and "Its own description." in pack_yaml
    assert any("outside the book" in n.message for n in result.notes)


def test_pages_that_are_links_out_fifos_or_devices_are_skipped(tmp_path: Path, secret: Path) -> None:
    root = book(
        tmp_path, "* [Out](out.md)\n* [Fifo](fifo.md)\n* [Zero](zero.md)\n* [Fine](fine.md)\n", {"fine.md": "Fine.\n"}
    )
    os.symlink(secret, root / "out.md")
    os.mkfifo(root / "fifo.md")
    os.symlink("/dev/zero", root / "zero.md")
    result = import_course(root, tmp_path / "pack")
    texts = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "pack").rglob("*.md"))
    assert SECRET not in texts and "Fine." in texts
    skipped = " ".join(n.format() for n in result.notes if "skipped" in n.message)
    assert all(name in skipped for name in ("out.md", "fifo.md", "zero.md"))


def test_a_yaml_bomb_in_course_yml_is_refused_with_its_line(tmp_path: Path) -> None:
    source = tmp_path / "ciab"
    shutil.copytree(CIAB, source)
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
    bomb += "".join(f"{c}: &{c} [{','.join(['*' + p] * 9)}]\n" for p, c in zip("bcdefgh", "cdefghi", strict=True))
    (source / "_data" / "course.yml").write_text(bomb + "title: Boom\nmodules: [welcome]\n", encoding="utf-8")
    with pytest.raises(PackError, match=r"course\.yml.*(alias|anchor)"):
        import_course(source, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()


def test_a_yaml_bomb_in_gitbook_yaml_is_noted_and_the_usual_files_used(tmp_path: Path) -> None:
    root = book(tmp_path, "* [One](one.md)\n", {"one.md": "One.\n"}, "a: &a [1, 2]\nb: [*a, *a]\n")
    result = import_course(root, tmp_path / "pack")
    assert any(n.path.name == ".gitbook.yaml" and "usual places" in n.message for n in result.notes)


def test_a_module_named_with_dots_is_not_read(tmp_path: Path) -> None:
    source = tmp_path / "ciab"
    shutil.copytree(CIAB, source)
    outside = tmp_path / "elsewhere" / "_posts"
    outside.mkdir(parents=True)
    (outside / "2000-01-01-secret.md").write_text(f"---\ntitle: Secret\n---\n{SECRET}\n", encoding="utf-8")
    course = (source / "_data" / "course.yml").read_text(encoding="utf-8")
    (source / "_data" / "course.yml").write_text(
        course.replace("[welcome,", "[welcome, ../../elsewhere,"), encoding="utf-8"
    )
    result = import_course(source, tmp_path / "pack")
    texts = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "pack").rglob("*.md"))
    assert SECRET not in texts
    assert any("not a folder inside modules/" in n.message for n in result.notes)


def test_a_page_listed_many_times_is_written_once(tmp_path: Path) -> None:
    big = "Words of a long page. " * 5_000  # 110 kB, under the page cap (docs/authoring.md, "Limits")
    root = book(tmp_path, "".join(f"* [Again {n}](big.md)\n" for n in range(100)), {"big.md": big})
    result = import_course(root, tmp_path / "pack")
    assert written_bytes(tmp_path / "pack") < 2 * len(big)
    assert len(list(result.validation.pack.lessons())) == 1
    assert sum("is listed again" in n.message for n in result.notes) == 99


def test_a_page_over_the_cap_is_skipped_and_the_total_is_capped(tmp_path: Path) -> None:
    root = book(tmp_path, "* [Big](big.md)\n* [Small](small.md)\n", {"big.md": "x " * MiB, "small.md": "Small.\n"})
    result = import_course(root, tmp_path / "pack")
    assert any(n.path.name == "big.md" and "reads files of up to 1.0 MB" in n.message for n in result.notes)
    pages = {f"p{n}.md": "Some words. " * 1000 for n in range(20)}
    root2 = book(tmp_path / "two", "".join(f"* [P{n}](p{n}.md)\n" for n in range(20)), pages)
    with pytest.raises(PackError, match=r"would hold more than 0\.1 MB; nothing was imported"):
        import_course(root2, tmp_path / "pack2", ImportLimits(total_bytes=100_000))
    assert not (tmp_path / "pack2").exists() and not list(tmp_path.glob(".pack2.*"))


def test_liquid_that_expands_past_a_page_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "ciab"
    shutil.copytree(CIAB, source)
    post = source / "modules" / "welcome" / "_posts" / "2000-01-01-about.md"
    post.write_text("---\ntitle: " + "T" * 150 + "\n---\n" + "{{ page.title }}" * 10_000, encoding="utf-8")
    with pytest.raises(PackError, match=r"2000-01-01-about\.md: once converted it is over"):
        import_course(source, tmp_path / "pack")


def test_many_pages_with_one_title_get_short_unique_names(tmp_path: Path) -> None:
    title = "A very long title that repeats " * 4
    pages = {f"p{n}.md": f"Page {n}.\n" for n in range(130)}
    root = book(tmp_path, "".join(f"* [{title}](p{n}.md)\n" for n in range(130)), pages)
    result = import_course(root, tmp_path / "pack")
    assert result.validation.errors == []
    names = [p.name for p in (tmp_path / "pack").rglob("*.md")]
    assert len(names) == len(set(names)) == 131  # 130 lessons and the module's page
    assert max(len(name) for name in names) <= 72


def test_a_zipped_course_has_the_pack_files_zip_limits(tmp_path: Path) -> None:
    archive = tmp_path / "many-small.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(GITBOOK.rglob("*")):
            if path.is_file():
                zf.write(path, "book/" + path.relative_to(GITBOOK).as_posix())
        for n in range(30):  # each under the 1 MB a single file may expand freely; 30 MB in all
            zf.writestr(f"book/.gitbook/assets/zeros-{n}.png", bytes(MiB))
    assert archive.stat().st_size < 100_000
    with pytest.raises(PackError, match=r"the zip would expand \d+ times in all; that is a zip bomb \(counting up to"):
        import_course(archive, tmp_path / "pack")
    one = tmp_path / "one-big.zip"
    with zipfile.ZipFile(one, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("book/SUMMARY.md", "* [A](a.md)\n")
        zf.writestr("book/a.md", bytes(30 * MiB))
    with pytest.raises(PackError, match=r"'book/a\.md' would expand .* times; that is a zip bomb"):
        import_course(one, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()


@pytest.mark.parametrize("fixture", [GITBOOK, CIAB])
def test_the_real_shaped_courses_still_import_cleanly(fixture: Path, tmp_path: Path) -> None:
    result = import_course(fixture, tmp_path / "pack")
    assert result.validation.errors == []
    assert list(result.validation.pack.lessons())


def test_a_zip_with_too_many_entries_is_refused_before_its_directory_is_read(tmp_path: Path) -> None:
    from handbook.core.packs.importers.source import open_source
    from handbook.core.packs.limits import Limits

    archive = tmp_path / "many.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for n in range(5):
            zf.writestr(f"book/p{n}.md", "x")
    with (
        pytest.raises(PackError, match=r"has 5 entries; at most 3 can be imported"),
        open_source(archive, [], Limits(max_entries=3)),
    ):
        pass
