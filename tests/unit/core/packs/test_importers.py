"""Importing Course in a Box and GitBook courses: the result validates and the report lists what was lost."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.errors import Problem
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers import ImportResult, import_course
from handbook.core.packs.importers.html import html_to_markdown
from tests.conftest import FIXTURES
from tests.packfiles import folder_files

CIAB = FIXTURES / "course-in-a-box"
GITBOOK = FIXTURES / "gitbook"


def _notes(result: ImportResult) -> list[str]:
    return [note.format(result.source_root) for note in result.notes]


def _note_at(result: ImportResult, location: str, fragment: str) -> bool:
    return any(n.startswith(location + ":") and fragment in n for n in _notes(result))


@pytest.fixture(scope="module")
def ciab(tmp_path_factory: pytest.TempPathFactory) -> tuple[ImportResult, Path]:
    dest = tmp_path_factory.mktemp("ciab") / "pack"
    return import_course(CIAB, dest), dest


@pytest.fixture(scope="module")
def gitbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[ImportResult, Path]:
    dest = tmp_path_factory.mktemp("gitbook") / "pack"
    return import_course(GITBOOK, dest), dest


def test_course_in_a_box_modules_lessons_titles_and_minutes(ciab: tuple[ImportResult, Path]) -> None:
    result, dest = ciab
    assert result.format_name == "Course in a Box"
    assert result.validation.errors == []
    pack = result.validation.pack
    assert pack.info.title == "Libraries as Learning Hubs"
    assert pack.info.description.startswith("A three-part course")
    assert [m.title for m in pack.modules] == ["Welcome", "Planning", "Running Meetings"]  # course.yml order
    planning = pack.modules[1]
    # ordered by the post's date, not by its name
    assert [lesson.title for lesson in planning.lessons] == [
        "Why host a study group?",
        "Choosing dates",
        "A room and the things in it",
    ]
    minutes = {lesson.title: lesson.minutes for lesson in pack.lessons()}
    assert minutes["About this course"] == 15 and minutes["Meet your group"] == 20
    assert minutes["The check-in"] == 10 and minutes["A room and the things in it"] == 25
    assert minutes["Choosing dates"] >= 1  # no timing line: estimated
    about = (dest / pack.modules[0].lessons[0].path).read_text(encoding="utf-8")
    assert "Suggested timing" not in about and "# About this course" not in about


def test_course_in_a_box_liquid_becomes_links_or_goes(ciab: tuple[ImportResult, Path]) -> None:
    _, dest = ciab
    texts = {p.name: p.read_text(encoding="utf-8") for p in (dest / "course").rglob("*.md")}
    about = texts["01-about.md"]
    assert "{%" not in "".join(texts.values()) and "{{" not in "".join(texts.values())
    assert "![A circle of chairs](../../media/circle.png)" in about  # {{site.baseurl}}/img/... copied
    assert "[how to meet your group](02-meet-your-group.md)" in about  # {% post_url %}
    assert "[Video on YouTube](https://www.youtube.com/watch?v=dQw4w9WgXcQ)" in about
    assert "[the room checklist](03-a-room.md)" in texts["01-why.md"]  # a Jekyll permalink
    assert "[choosing dates](../02-planning/02-dates.md)" in texts["01-check-in.md"]
    meet = texts["02-meet-your-group.md"]
    assert 'This page is called "Meet your group".' in meet
    assert "Tip: sit in a *circle*, even in a computer lab." in meet  # HTML made Markdown
    assert "```text\nChecklist:" in texts["03-a-room.md"]
    assert "trackVisitor" not in texts["03-a-room.md"]
    assert (dest / "media" / "circle.png").read_bytes() == (CIAB / "img" / "circle.png").read_bytes()


def test_course_in_a_box_report_names_file_and_line(ciab: tuple[ImportResult, Path]) -> None:
    result, _ = ciab
    posts = "modules/planning/_posts"
    assert _note_at(result, f"{posts}/2000-01-03-a-room.md:12", "<script> was dropped")
    assert _note_at(result, f"{posts}/2000-01-03-a-room.md:13", "<iframe> player was turned into a link")
    assert _note_at(result, "modules/welcome/_posts/2000-01-02-meet-your-group.markdown:15", "'{% if %}' was removed")
    assert _note_at(result, "modules/welcome/_posts/2000-01-02-meet-your-group.markdown:9", "is on the web")
    assert _note_at(result, "_data/course.yml:3", "'missing-module'")
    notes = _notes(result)
    assert any(n.startswith("modules/drafts:") and "not listed in _data/course.yml" in n for n in notes)
    assert any(n.startswith(f"{posts}/2000-01-04-budget.Rmd:") and "not a Markdown post" in n for n in notes)
    assert all(note.severity == "warning" for note in result.notes)


def test_a_github_zip_with_one_top_folder_imports_like_the_folder(
    ciab: tuple[ImportResult, Path], tmp_path: Path
) -> None:
    archive = tmp_path / "course-in-a-box-gh-pages.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(CIAB.rglob("*")):
            zf.write(path, "course-in-a-box-gh-pages/" + path.relative_to(CIAB).as_posix())
    result = import_course(archive, tmp_path / "from-zip")
    assert folder_files(tmp_path / "from-zip") == folder_files(ciab[1])
    assert _notes(result) == _notes(ciab[0])


def test_gitbook_tree_from_summary(gitbook: tuple[ImportResult, Path]) -> None:
    result, _ = gitbook
    assert result.format_name == "GitBook" and result.validation.errors == []
    pack = result.validation.pack
    assert pack.info.title == "Online Learning Circles"
    assert "Riverside Library" in pack.info.description
    assert [(m.title, [lesson.title for lesson in m.lessons]) for m in pack.modules] == [
        ("Online Learning Circles", ["Online Learning Circles"]),
        ("Getting started", ["Why meet online?", "Tools", "Video calls", "Shared notes"]),
        ("Running the circle", ["The first meeting", "When the connection is poor"]),
    ]


def test_gitbook_blocks_and_assets(gitbook: tuple[ImportResult, Path]) -> None:
    result, dest = gitbook
    texts = {p.name: p.read_text(encoding="utf-8") for p in (dest / "course").rglob("*.md")}
    why = texts["01-why-meet-online.md"]
    assert "!!! note\n    Online circles work best with **four to eight** people" in why
    assert "[A two-minute tour of an online meeting](https://www.youtube.com/watch?v=abc123)" in why
    assert "[Tools](02-tools.md)" in why  # {% content-ref %} with the page's title
    assert why.startswith("---") and "*Who online circles are for, and what they ask of you.*" in why
    assert "![A circle of faces](../../media/circle-1.png)" in texts["02-tools.md"]
    calls = texts["03-video-calls.md"]
    assert "!!! warning" in calls and "**Phone**" in calls and "![A video call](../../media/image.png)" in calls
    notes_page = texts["04-shared-notes.md"]
    assert "[handout](../../media/handout.pdf)" in notes_page
    assert "[The handout, ready to print](../../media/handout.pdf)" in notes_page
    assert "!!! tip" in texts["01-the-first-meeting.md"]
    assert "[poor connections](02-when-the-connection-is-poor.md#audio-only)" in texts["01-the-first-meeting.md"]
    assert sorted(p.name for p in (dest / "media").iterdir()) == ["circle-1.png", "handout.pdf", "image.png"]
    assert _note_at(result, "SUMMARY.md:16", "'running/deleted.md', which is not in the book")
    assert _note_at(result, "getting-started/tools/shared-notes.md:10", "'{% swagger %}' has no Handbook form")
    assert _note_at(result, "running/first-meeting.md:10", "not part of the course's table of contents")


def test_gitbook_without_headings_nests_modules(tmp_path: Path) -> None:
    source = tmp_path / "book"
    shutil.copytree(GITBOOK, source)
    (source / "SUMMARY.md").write_text(
        "# Summary\n\n* [Welcome](README.md)\n* [Tools](getting-started/tools/README.md)\n"
        "  * [Video calls](getting-started/tools/video-calls.md)\n"
        "    * [Shared notes](getting-started/tools/shared-notes.md)\n",
        encoding="utf-8",
    )
    result = import_course(source, tmp_path / "pack")
    pack = result.validation.pack
    assert [(m.title, [lesson.title for lesson in m.lessons]) for m in pack.modules] == [
        ("Welcome", ["Welcome"]),
        ("Tools", ["Video calls", "Shared notes"]),
    ]
    assert "You need a video call" in pack.modules[1].body  # the parent page introduces the module
    assert result.validation.errors == []


def test_gitbook_root_from_gitbook_yaml(tmp_path: Path) -> None:
    source = tmp_path / "repo"
    shutil.copytree(GITBOOK, source / "docs")
    (source / "docs" / ".gitbook.yaml").unlink()
    (source / ".gitbook.yaml").write_text("root: ./docs/\nstructure:\n  summary: SUMMARY.md\n", encoding="utf-8")
    result = import_course(source, tmp_path / "pack")
    assert result.validation.errors == [] and len(result.validation.pack.modules) == 3
    assert _note_at(result, "docs/SUMMARY.md:16", "not in the book")


def test_html_made_markdown_where_simple_and_dropped_otherwise() -> None:
    notes: list[tuple[int, str]] = []
    text = (
        "Intro <em>one</em> <b>two</b> <a href='https://p2pu.org'>three</a> <i>4</i>\n"
        '<img src="media/a b.png" alt="Chairs">\n'
        "`<div>` stays, and so does <https://example.org>.\n"
        "```\n<script>kept()</script>\n```\n"
        "<style>p {}</style><form><input name=x></form>\n"
        '<a href="javascript:alert(1)">click</a>\n'
    )
    out = html_to_markdown(text, lambda line, message: notes.append((line, message)), first_line=10)
    assert out.startswith("Intro *one* **two** [three](https://p2pu.org) *4*\n![Chairs](<media/a b.png>)\n")
    assert "`<div>` stays, and so does <https://example.org>." in out
    assert "```\n<script>kept()</script>\n```" in out
    assert "style" not in out.split("```")[-1] and "input" not in out and "click" in out and "javascript" not in out
    assert (16, "the HTML <style> was dropped with its content (it cannot be shown in Handbook).") in notes
    assert any(line == 16 and "<form>" in message for line, message in notes)


def test_unsafe_entries_of_a_course_zip_are_skipped(tmp_path: Path) -> None:
    archive = tmp_path / "course.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(GITBOOK.rglob("*")):
            zf.write(path, "book/" + path.relative_to(GITBOOK).as_posix())
        zf.writestr("book/../../evil.md", "# evil")
        zf.writestr("/abs.md", "# evil")
    result = import_course(archive, tmp_path / "pack")
    assert result.validation.errors == []
    assert not (tmp_path / "evil.md").exists() and not Path("/abs.md").exists()
    skipped = [n for n in result.notes if "it was skipped" in n.message and n.path == archive]
    assert {n.message.split("'")[1] for n in skipped} == {"book/../../evil.md", "/abs.md"}


def test_a_linked_file_outside_the_course_is_not_copied(tmp_path: Path) -> None:
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not for the pack")
    source = tmp_path / "book"
    shutil.copytree(GITBOOK, source)
    (source / ".gitbook" / "assets" / "image.png").unlink()
    (source / ".gitbook" / "assets" / "image.png").symlink_to(secret)
    result = import_course(source, tmp_path / "pack")
    assert not (tmp_path / "pack" / "media" / "image.png").exists()
    assert any("goes to nothing in the course" in n.message for n in result.notes)


def test_refusals(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="is not a course Handbook can import"):
        import_course(FIXTURES / "mini-pack", tmp_path / "out")
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "file").write_text("x")
    with pytest.raises(PackError, match="already exists and is not empty"):
        import_course(CIAB, tmp_path / "taken")
    assert not list(tmp_path.glob(".out.*"))


def test_the_imported_pack_loads(ciab: tuple[ImportResult, Path]) -> None:
    pack = load_pack(ciab[1])
    assert not pack.problems and isinstance(pack.problems, list)
    assert all(isinstance(p, Problem) for p in ciab[0].notes)
