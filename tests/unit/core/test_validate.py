"""``handbook validate`` lists every problem as path:line: message and exits 1 on errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.content.validate import validate_pack
from tests.conftest import REPO


def test_clean_pack(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_pack(mini_pack).problems == []
    assert main(["validate", str(mini_pack)]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out


def test_broken_link_missing_image_bad_quiz_and_agenda(mini_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    welcome = mini_pack / "course/01-start/01-welcome.md"
    text = welcome.read_text(encoding="utf-8")
    text = text.replace("02-checklist.md", "09-missing.md").replace("circle.png", "square.png")
    welcome.write_text(text, encoding="utf-8")
    quiz = mini_pack / "course/02-next/01-quiz.md"
    quiz.write_text(quiz.read_text(encoding="utf-8").replace("answer: 2", "answer: 2\ncolour: red"), encoding="utf-8")
    plan = mini_pack / "plans/01-first-meeting.md"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("minutes: 15", "minutes: 20").replace("shakedown", "jump"),
        encoding="utf-8",
    )

    assert main(["validate", str(mini_pack)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        "course/01-start/01-welcome.md:11: the link to 'course/01-start/09-missing.md' goes to a page that "
        "does not exist; check the file name and the ../ steps." in out
    )
    assert "course/01-start/01-welcome.md:14: the image 'media/square.png' is missing; add it to media/." in out
    assert any(line.startswith("course/02-next/01-quiz.md:13: quiz: unknown field 'colour'") for line in out)
    assert (
        "plans/01-first-meeting.md:5: the agenda adds up to 15 minutes but 'minutes' says 20; make them match." in out
    )
    assert any(
        line.startswith("plans/01-first-meeting.md:10: the agenda item 'Shake it out' names the activity 'jump', ")
        for line in out
    )


def test_warnings_alone_exit_zero(mini_pack: Path) -> None:
    form = mini_pack / "forms/sign-in-sheet.md"
    form.write_text(form.read_text(encoding="utf-8").replace("title:", "colour: red\ntitle:"), encoding="utf-8")
    report = validate_pack(mini_pack)
    assert report.errors == [] and len(report.warnings) == 1
    assert main(["validate", str(mini_pack)]) == 0


def test_cli_validate_in_a_subprocess(tmp_path: Path) -> None:
    (tmp_path / "course").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "handbook", "validate", str(tmp_path)], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 1
    assert result.stdout.startswith("pack.yaml: pack.yaml is missing")
    assert "Traceback" not in result.stderr


def test_a_folder_that_is_not_there_is_an_error_not_a_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "pack.yaml" in err
    built = tmp_path / "course.hbpack"
    built.write_bytes(b"PK")
    assert main(["validate", str(built)]) == 2
    assert "handbook pack verify" in capsys.readouterr().err


def test_a_link_to_a_section_the_page_lacks_is_a_warning(mini_pack: Path) -> None:
    checklist = mini_pack / "course/01-start/02-checklist.md"
    assert "## Before you start" in checklist.read_text(encoding="utf-8")
    welcome = mini_pack / "course/01-start/01-welcome.md"
    text = welcome.read_text(encoding="utf-8")
    welcome.write_text(
        text + "\nSee [the list](02-checklist.md#before-you-start) and [the supplies](02-checklist.md#supplies).\n",
        encoding="utf-8",
    )
    report = validate_pack(mini_pack)
    assert report.errors == []
    [warning] = report.warnings
    assert "02-checklist.md#supplies" in warning.message and "#gather-supplies" in warning.message
    assert warning.line is not None and warning.path == welcome
