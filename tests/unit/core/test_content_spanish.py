"""A trainer's problems in Spanish: every message the content checks can make is asked for, and none is English."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from handbook.core import i18n
from handbook.core.content.cache import load_pack_cached
from handbook.core.content.frontmatter import YAML_MAX_CHARS, parse_yaml
from handbook.core.content.limits import ContentLimits
from handbook.core.content.pages import render_page
from handbook.core.content.render import render_markdown
from handbook.core.content.source_folder import read_regular_file, scan_source_folder
from handbook.core.content.validate import validate_pack
from handbook.core.errors import ContentError, Problem
from tests.broken_pack import unquoted, write_broken_pack
from tests.conftest import REPO
from tests.test_spanish import english_words
from tests.test_translations import spanish  # noqa: F401  (the fixture)

Message = tuple[str, str]
CONTENT_CODE = sorted((REPO / "handbook" / "core" / "content").glob("*.py"))
PROBLEMS = {"content", "media", "render", "validate"}  # the reader's own words (pages, quiz) are test_spanish's
# Messages no test folder can bring about here, each for a reason; every other one must be made below.
UNREACHABLE = {
    ("content", "'{key}' is missing; add '{key}: []' or a list."): "no list field is required today",
    ("content", "the YAML is nested too deeply; use at most {limit} levels."): "Python's recursion limit",
    ("content", "the YAML cannot be read. Check the indentation and put text that contains a colon in quotes."): (
        "a YAML error without PyYAML's words"
    ),
    ("content", "this name {problem}; rename it."): "the reason is core/packs' (names.py)",
    ("content", "cannot be read ({reason})."): "tests run as a user who can read every file",
    ("content", "this folder cannot be read ({reason})."): "tests run as a user who can read every folder",
    ("content", "is a device; a pack holds only regular files. Remove it from the folder."): "needs mknod",
    ("content", "is not a regular file; a pack holds only regular files. Remove it from the folder."): (
        "every other kind of file has its own sentence"
    ),
    ("render", "this question could not be read."): "a quiz block is always read, well or badly",
}


def messages_in_code() -> set[Message]:
    """Every ``translate("context", "text")`` written in handbook/core/content."""
    found = set()
    for path in CONTENT_CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate":
                context, text = node.args
                if isinstance(text, ast.Constant) and ast.literal_eval(context) in PROBLEMS:
                    found.add((ast.literal_eval(context), text.value))
    return found


@pytest.fixture
def asked(spanish: None) -> Iterator[set[Message]]:  # noqa: F811
    """The Spanish catalogue installed, and every message the code asks it for, written down."""
    asked: set[Message] = set()

    def recording(context: str, text: str) -> str:
        asked.add((context, text))
        return QCoreApplication.translate(context, text)

    i18n.install(recording, None, "es")
    yield asked


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_every_problem_of_a_broken_pack_is_spanish_with_its_file_and_line(asked: set[Message], tmp_path: Path) -> None:
    root = write_broken_pack(tmp_path / "roto")
    report = validate_pack(root)
    problems: list[Problem] = list(report.problems)
    assert len(report.errors) > 80 and len(report.warnings) > 8
    assert all(p.path.is_relative_to(root) for p in problems)
    assert sum(p.line is not None for p in problems) > 80  # a line wherever there is one to point at

    # What the reader shows: a broken link's tooltip, a picture it cannot show, a broken question, a refused page.
    pack = report.pack
    page = "course/01-inicio/23-enlaces.md"
    links = render_markdown(pack.page_at(page).body, page_path=page, exists=lambda path: False)  # type: ignore[union-attr]
    assert 'title="falta course/01-inicio/no-existe.md"' in links.html
    assert "[imagen]" in links.html
    quiz = plain(render_page(pack.page_at("course/01-inicio/24-autoevaluacion.md"), pack).html)  # type: ignore[arg-type]
    too_much = plain(render_page(pack.page_at("course/01-inicio/25-demasiado.md"), pack).html)  # type: ignore[arg-type]
    assert "No se pudo mostrar esta pregunta: autoevaluación: falta 'question'" in quiz
    assert "Esta página es demasiado grande" in too_much and "Línea 6: aquí hay listas" in too_much

    # The folders the broken pack cannot be at once, and the caps no test folder should reach.
    (tmp_path / "sin-curso").mkdir()
    (tmp_path / "sin-curso" / "pack.yaml").write_text("- una lista\n", encoding="utf-8")
    (tmp_path / "sin-pack").mkdir()
    for folder in ("no-existe", "sin-curso", "sin-pack"):
        problems += validate_pack(tmp_path / folder).problems
    for limits in (ContentLimits(files=1), ContentLimits(file_bytes=100), ContentLimits(total_bytes=100)):
        problems += scan_source_folder(root / "activities", limits).problems
    refused: list[ContentError] = []
    for call in (
        lambda: read_regular_file(root / "media" / "suelto.png", 100),
        lambda: read_regular_file(root / "pack.yaml", 10),
        lambda: parse_yaml("a: " + "b " * YAML_MAX_CHARS, root / "x.md", 1),
    ):
        with pytest.raises(ContentError) as raised:
            call()
        refused.append(raised.value)
    problems += [error.problem for error in refused]
    problems += render_markdown("x " * 70_000).problems

    said = [p.format(tmp_path) for p in problems] + [quiz, too_much, report.errors_text(limit=3)]
    english = {text: words for text in said if (words := english_words(unquoted(text)))}
    assert not english, english
    never_asked = messages_in_code() - asked - UNREACHABLE.keys()
    assert not never_asked, f"add a case to tests/broken_pack.py for each of: {sorted(never_asked)}"


def test_the_saved_pack_keeps_the_language_of_its_problems(spanish: None, tmp_path: Path) -> None:  # noqa: F811
    """A pack saved with Spanish problems is not reused by an English start, nor the other way round."""
    root = write_broken_pack(tmp_path / "roto")
    cache = tmp_path / "cache"
    said_in_spanish = {p.message for p in load_pack_cached(root, cache).problems}
    assert "falta 'kind'; usa uno de estos valores: read, activity, reflect, quiz." in said_in_spanish
    assert {p.message for p in load_pack_cached(root, cache).problems} == said_in_spanish  # the copy is used
    i18n.install()
    said_in_english = {p.message for p in load_pack_cached(root, cache).problems}
    assert "'kind' is missing; use one of: read, activity, reflect, quiz." in said_in_english
    assert not said_in_english & said_in_spanish
