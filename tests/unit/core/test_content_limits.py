"""The content caps at their edges, the safe forms of untrusted text, and how a source folder is listed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from handbook.core.content.front_fields import FieldReader
from handbook.core.content.frontmatter import SourceFile, read_source
from handbook.core.content.limits import CONTENT_LIMITS, ContentLimits, excerpt, shown, word_longer_than
from handbook.core.content.render import render_markdown
from handbook.core.content.render_checks import may_break_caps
from handbook.core.content.source_folder import read_regular_file, scan_source_folder
from handbook.core.errors import ContentError, Problem

LIMITS = CONTENT_LIMITS


def test_an_excerpt_is_short_whatever_the_value() -> None:
    assert excerpt("read") == "'read'"
    assert excerpt("a" * 100_000) == f"'{'a' * 40}'... (100,000 characters)"
    many = excerpt(["x" * 1000] * 50_000)
    assert len(many) < 200 and many.endswith("(50,000 items)]")
    assert excerpt({"a": 1, "b": 2}) == "a mapping of 2 keys"
    assert excerpt(10**50) == str(10**50)[:80]
    assert excerpt("bad\x1b[2J") == "'bad\\x1b[2J'"


def test_shown_puts_every_control_character_on_one_visible_line() -> None:
    assert shown("a\nb\rc\td") == "a\\nb\\rc\\td"
    assert shown("\x1b]0;title\x07") == "\\x1b]0;title\\x07"
    assert shown("caf\udce9.md") == "caf\\xe9.md"  # the byte of a name that is not UTF-8
    assert shown("\u202etxt.exe") == "\\u202etxt.exe"
    assert shown("Ünïcode, 学, emoji 🙂") == "Ünïcode, 学, emoji 🙂"


def test_word_longer_than() -> None:
    limit = 10
    assert word_longer_than("short words only", limit) is None
    assert word_longer_than("x " + "w" * 10, limit) is None
    assert word_longer_than("x " + "w" * 11 + " y", limit) == 2
    assert word_longer_than("w" * 400_000, CONTENT_LIMITS.word_chars) == 0


def _fields(meta: dict[str, object]) -> tuple[FieldReader, list[Problem]]:
    problems: list[Problem] = []
    return FieldReader(SourceFile(Path("p.md"), meta, "", 5, {k: 2 for k in meta}), problems), problems


def test_a_value_over_its_cap_is_refused_and_quoted_only_in_part() -> None:
    fields, problems = _fields(
        {"title": "T" * 100_000, "summary": "S" * 2_000, "kind": ["lol"] * 100_000, "minutes": 10**30}
    )
    assert fields.text("title") == ""
    assert fields.text("summary", long=True) == "S" * 2_000  # exactly the cap
    assert fields.choice("kind", ("read",), default="read") == "read"
    assert fields.whole_number("minutes") == 0
    messages = [p.message for p in problems]
    assert messages[0] == "'title' is 100,000 characters long; the most allowed is 200. Shorten it."
    assert messages[1].startswith("'kind' is ['lol', 'lol', 'lol', ... (100,000 items)]; use one of")
    assert all(len(m) < 200 for m in messages)


def test_lists_in_front_matter_are_capped() -> None:
    fields, problems = _fields({"tags": ["t"] * 100, "materials": ["m"] * 101, "objectives": ["o" * 2_001]})
    assert len(fields.text_list("tags")) == 100
    assert fields.text_list("materials") == ()
    assert fields.text_list("objectives") == ()
    assert [p.message.split(";")[0] for p in problems] == [
        "'materials' lists 101 items",
        "'objectives' is 2,001 characters long",
    ]


def test_control_characters_are_refused_in_short_values_and_kept_out_of_long_ones() -> None:
    fields, problems = _fields({"title": "Hi\tthere", "summary": "Line one\nline two", "description": "a\x1bb"})
    assert fields.text("title") == ""
    assert fields.text("summary", long=True) == "Line one\nline two"
    assert fields.text("description", long=True) == ""
    assert [p.message for p in problems] == [
        "'title' holds the control character U+0009; remove it.",
        "'description' holds the control character U+001B; remove it.",
    ]


def test_a_page_is_refused_over_its_size_or_longest_word(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntitle: x\n---\n" + "w" * LIMITS.word_chars + "\n", encoding="utf-8")
    assert read_source(page).body.startswith("w")
    page.write_text("---\ntitle: x\n---\nFirst.\n\n" + "w" * (LIMITS.word_chars + 1) + "\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_source(page)
    assert caught.value.line == 6 and "a word of 10,001 characters" in caught.value.message
    page.write_bytes(b"x " * (LIMITS.page_bytes // 2 + 1))
    with pytest.raises(ContentError, match="has 131,074 bytes; the most allowed is 131,072"):
        read_source(page)


def _quiz(choices: int) -> str:
    return "```quiz\nquestion: Q\nchoices: [" + ", ".join(f"c{n}" for n in range(choices)) + "]\nanswer: 1\n```\n"


def _table(rows: int, columns: int) -> str:
    row = "|" + " x |" * columns + "\n"
    return row + "|" + "---|" * columns + "\n" + row * (rows - 1)


def _boxes(depth: int, text: str = "Inside.\n") -> str:
    for _ in range(depth):
        text = "!!! note\n" + "".join(f"    {line}\n" for line in text.splitlines())
    return text


@pytest.mark.parametrize(
    ("at_cap", "over_cap", "message"),
    [
        ("- i\n" * 1_000, "- i\n" * 1_001, "more than 1,000 list items"),
        (_quiz(2) * 100, _quiz(2) * 101, "more than 100 quiz questions"),
        ("> " * 8 + "x\n", "> " * 9 + "x\n", "nested 9 deep here; the most allowed is 8"),
        ("".join("  " * n + "- x\n" for n in range(8)), "".join("  " * n + "- x\n" for n in range(9)), "nested 9 deep"),
        (_boxes(3), _boxes(4), "boxes (notes, tips, tables, quizzes) are nested 4 deep"),
        (_table(250, 4), _table(250, 4) + "\n" + _table(0, 1), "the page's tables have more than 1,000 cells"),
        (_boxes(2, "| a |\n|---|\n| b |\n"), _boxes(3, "| a |\n|---|\n| b |\n"), "nested 4 deep"),
        (_boxes(2, _quiz(2)), _boxes(3, _quiz(2)), "nested 4 deep"),
    ],
)
def test_structure_caps_allow_the_cap_and_refuse_one_more(at_cap: str, over_cap: str, message: str) -> None:
    assert render_markdown(at_cap).problems == []
    refused = render_markdown(over_cap, source=Path("p.md"))
    assert any(message in p.message for p in refused.problems), refused.problems
    assert refused.tasks == [] and refused.quizzes == []
    assert "too big or too deeply nested to show" in refused.html and "<table" not in refused.html
    assert may_break_caps(over_cap)


def test_a_quiz_may_have_26_choices_lettered_a_to_z() -> None:
    assert render_markdown(_quiz(26)).quizzes[0].choices[-1] == "c25"
    over = render_markdown(_quiz(27))
    assert over.quizzes == [] and over.problems[0].message.startswith("quiz: 'choices' lists 27 answers; the most")


def test_task_lists_keep_their_boxes_and_order() -> None:
    result = render_markdown("- [ ] one\n- [x] two\n  - [ ] nested\n\n1. [X] numbered\n")
    assert [(t.index, t.text, t.checked) for t in result.tasks] == [
        (0, "one", False),
        (1, "two", True),
        (2, "nested", False),
        (3, "numbered", True),
    ]
    assert result.html.count('class="contains-task-list"') == 3


def test_a_folder_lists_only_regular_files_without_following_links(tmp_path: Path) -> None:
    (tmp_path / "course" / "01-a").mkdir(parents=True)
    (tmp_path / "pack.yaml").write_text("id: x\n")
    (tmp_path / "course" / "01-a" / "01-b.md").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    (tmp_path / "Thumbs.db").write_text("x")
    os.mkfifo(tmp_path / "course" / "01-a" / "02-fifo.md")
    os.symlink("/dev/zero", tmp_path / "course" / "01-a" / "03-zero.md")
    os.symlink(tmp_path / "course", tmp_path / "looped")
    (tmp_path / "course" / "01-a" / "01-B.md").write_text("x")
    found = scan_source_folder(tmp_path)
    assert list(found.files) == ["course/01-a/01-B.md", "pack.yaml"]  # sorted: upper case first
    assert found.markdown_in("course/01-a") == ["course/01-a/01-B.md"]
    assert found.subfolders("course") == ["course/01-a"]
    assert sorted((p.path.name, p.message.split(";")[0]) for p in found.problems) == [
        ("01-b.md", "'course/01-a/01-b.md' and 'course/01-a/01-B.md' differ only in upper and lower case"),
        ("02-fifo.md", "is a FIFO (named pipe)"),
        ("03-zero.md", "is a link"),
        ("looped", "is a link"),
    ]


def test_a_folder_over_the_caps_on_files_and_bytes(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.md").write_bytes(b"x" * 10)
    (tmp_path / "big.png").write_bytes(b"x" * 11)
    found = scan_source_folder(tmp_path, ContentLimits(files=3, total_bytes=25, file_bytes=10))
    assert list(found.files) == ["0.md", "1.md"]
    assert [(p.path.name, p.message.split(";")[0]) for p in found.problems] == [
        ("2.md", "brings the folder past 25 bytes, the most a pack may hold"),
        ("3.md", "brings the folder past 25 bytes, the most a pack may hold"),
        ("4.md", "brings the folder past 25 bytes, the most a pack may hold"),
        ("big.png", "has 11 bytes"),
    ]
    found = scan_source_folder(tmp_path, ContentLimits(files=3))
    assert list(found.files) == ["0.md", "1.md", "2.md"]
    assert [p.path.name for p in found.problems] == ["3.md", "4.md", "big.png"]
    assert found.problems[0].message == "is one file too many: a pack may hold at most 3 files. Split the pack."


def test_reading_refuses_fifos_links_and_big_files_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    with pytest.raises(ContentError, match="is a FIFO"):
        read_regular_file(fifo, 100)  # a plain open() would wait here for a writer, for ever
    link = tmp_path / "zero.md"
    os.symlink("/dev/zero", link)
    with pytest.raises(ContentError, match="is a link"):
        read_regular_file(link, 100)
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 101)
    with pytest.raises(ContentError, match="has 101 bytes; the most allowed is 100"):
        read_regular_file(big, 100)
    assert read_regular_file(big, 101) == b"x" * 101
