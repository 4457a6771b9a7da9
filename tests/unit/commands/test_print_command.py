"""``handbook print``: PDFs from the command line, and plain errors (exit 2, no file) for bad input."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from handbook.cli import main
from handbook.core.content.model import AgendaItem
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey
from handbook.core.planning.store import PlannerStore, default_planner_path
from tests.conftest import REPO
from tests.pdftext import pdf_pages_text

CIRCLE = """course_title: Reading club
venue: Branch library
facilitators: [Sam]
first_meeting: 2027-09-07
start_time: "17:30"
meetings: 6
meeting_minutes: 90
"""


@pytest.fixture
def circle(tmp_path: Path) -> Path:
    path = tmp_path / "circle.yaml"
    path.write_text(CIRCLE, encoding="utf-8")
    return path


def run(*args: str | Path) -> int:
    return main(["print", *map(str, args)])


def test_print_a_plan(tmp_path: Path, circle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "week2.pdf"
    assert run("plan", "--week", "2", "--circle", circle, "--page-size", "Letter", "-o", out) == 0
    assert capsys.readouterr().out.strip() == f"wrote {out} (1 page, Letter)"
    [text] = pdf_pages_text(out)
    assert "Week 2 of 6: Goal setting" in text and "Tuesday 14 September 2027, 17:30-19:00" in text
    assert "17:30–17:40" in text and "Reading club" in text
    assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612


def test_a_plan_with_no_circle_has_lines_for_the_date_and_times_and_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A librarian who only wants this week's sheet gets it, to fill in by hand."""
    out = tmp_path / "week2.pdf"
    assert run("plan", "--week", "2", "-o", out) == 0
    captured = capsys.readouterr()
    assert "--circle FILE" in captured.err and "blank" in captured.err
    [text] = pdf_pages_text(out)
    assert "Week 2 of 6: Goal setting" in text
    assert "Date: ________________________" in text and "Starts at: ________" in text
    assert "Ends at: ________" in text
    assert "18:00" not in text and "Learning circle" in text
    assert not list(tmp_path.glob("circle*"))


def test_print_uses_the_planner_saved_in_the_app(tmp_path: Path, private_data_dir: Path) -> None:
    store = PlannerStore(default_planner_path(private_data_dir))
    store.set_details(CircleDetails("Saved circle", first_meeting=dt.date(2027, 1, 5), meetings=4))
    store.set_agenda(
        EditKey("1", "getting-started"), (AgendaItem("Hello", 15, "shakedown"), AgendaItem("Coursework", 75))
    )
    out = tmp_path / "plan.pdf"
    assert run("plan", "--week", "1", "-o", out) == 0
    text = pdf_pages_text(out)[0]
    assert "Saved circle" in text and "Hello" in text and "18:15–19:30" in text


def test_planner_edits_follow_their_meeting_into_a_circle_file_of_another_length(
    tmp_path: Path, private_data_dir: Path, circle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = PlannerStore(default_planner_path(private_data_dir))
    store.set_details(CircleDetails("Saved circle", first_meeting=dt.date(2027, 1, 5), meetings=8))
    store.set_agenda(
        EditKey("last", "wrapping-up"), (AgendaItem("Check-in with cake", 30), AgendaItem("Coursework", 60))
    )
    store.set_agenda(EditKey("7", "peer-teaching"), (AgendaItem("Teach-back", 90, "teach-back"),))
    out = tmp_path / "plan.pdf"
    assert run("plan", "--week", "6", "--circle", circle, "-o", out) == 0  # 6 meetings, not the 8 saved
    text = pdf_pages_text(out)[0]
    assert "Week 6 of 6: Wrapping up" in text and "Check-in with cake" in text and "Teach-back" not in text
    err = capsys.readouterr().err
    assert "your planner changes to week 7 (Peer teaching) are not printed" in err and "kept in the planner" in err


def test_print_the_packet_and_cards(tmp_path: Path, circle: Path) -> None:
    packet = tmp_path / "packet.pdf"
    assert run("packet", "--circle", circle, "-o", packet) == 0
    assert "Contents" in pdf_pages_text(packet)[0]
    cards = tmp_path / "cards.pdf"
    assert run("activities", "--kind", "energizer", "--no-materials", "--per-page", "2", "-o", cards) == 0
    text = " ".join(pdf_pages_text(cards))
    assert "Shakedown" in text and "Plus/Delta" not in text
    chosen = tmp_path / "chosen.pdf"
    assert run("activities", "--activity", "plus-delta", "--activity", "shakedown", "-o", chosen) == 0
    assert len(PdfReader(chosen).pages) == 1


def test_print_a_form_with_rows(tmp_path: Path) -> None:
    out = tmp_path / "sign-in.pdf"
    assert run("form", "sign-in-sheet", "--rows", "40", "-o", out) == 0
    assert len(PdfReader(out).pages) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("form", "attendance"), "no form called 'attendance'"),
        (("form", "sign-in-sheet", "--rows", "0"), "from 1 to 200, not 0"),
        (("plan", "--week", "7", "--circle", "{circle}"), "week 7 is not a meeting of this circle"),
        (("packet",), "needs the circle's details"),
        (("packet", "--circle", "{missing}"), "no such file"),
        (("activities", "--activity", "juggling"), "no activity 'juggling'"),
        (("activities", "--text", "zzzz"), "no activities match"),
        (("plan", "--week", "1", "--circle", "{circle}", "--pack", "{missing}"), "no such folder"),
        (("plan", "--week", "1", "--circle", "{short}"), r"short\.yaml: a meeting of 30 minutes is shorter"),
        (("plan", "--week", "1", "--circle", "{circle}", "-o", "{nowhere}"), "does not exist"),
    ],
)
def test_bad_input_is_a_clear_error_and_writes_nothing(
    tmp_path: Path, circle: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    short = tmp_path / "short.yaml"
    short.write_text(CIRCLE.replace("meeting_minutes: 90", "meeting_minutes: 30"), encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    values = {"circle": circle, "missing": tmp_path / "missing", "short": short, "nowhere": tmp_path / "no" / "x.pdf"}
    filled = [arg.format(**values) for arg in args]
    if "-o" not in filled:
        filled += ["-o", str(out_dir / "out.pdf")]
    assert run(*filled) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err
    assert __import__("re").search(message, err), err
    assert list(out_dir.iterdir()) == []


def test_headless_without_a_display(tmp_path: Path, circle: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["HANDBOOK_DATA_DIR"] = str(tmp_path / "data")
    out = tmp_path / "plan.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "handbook", "print", "plan", "--week", "1", "--circle", str(circle), "-o", str(out)],
        capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.is_file() and "Getting started" in pdf_pages_text(out)[0]


def test_the_sort_choices_match_the_library() -> None:
    from handbook.commands.print import SORTS
    from handbook.core.content.activities import SORT_KEYS

    assert set(SORTS) == set(SORT_KEYS)


def test_print_uses_the_planner_of_the_profile_opened_last(
    tmp_path: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from handbook.core.paths import DataDir
    from handbook.core.progress.profiles import Profiles

    profiles = Profiles(DataDir(private_data_dir))
    for name, course in (("Librarian Lee", "Lee's circle"), ("Amina", "Amina's circle")):
        profile, store = profiles.create(name)
        store.close()
        planner = PlannerStore(default_planner_path(private_data_dir, profile.folder))
        planner.set_details(CircleDetails(course, first_meeting=dt.date(2027, 1, 5), meetings=4))
    lee = profiles.find("Librarian Lee")
    assert lee is not None
    (private_data_dir / "settings.json").write_text(json.dumps({"last_profile": lee.folder}), encoding="utf-8")
    assert run("plan", "--week", "1", "-o", tmp_path / "lee.pdf") == 0
    assert "Lee's circle" in pdf_pages_text(tmp_path / "lee.pdf")[0]
    assert run("plan", "--week", "1", "--profile", "Amina", "-o", tmp_path / "amina.pdf") == 0
    assert "Amina's circle" in pdf_pages_text(tmp_path / "amina.pdf")[0]
    assert main(["print", "plan", "--week", "1", "--profile", "Nobody", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "There is no profile 'Nobody'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_print_uses_the_active_pack(tmp_path: Path, private_data_dir: Path, mini_pack: Path) -> None:
    assert main(["pack", "build", str(mini_pack), "-o", str(tmp_path / "mini.hbpack")]) == 0
    assert main(["pack", "install", str(tmp_path / "mini.hbpack")]) == 0
    assert main(["pack", "activate", "mini-pack"]) == 0
    out = tmp_path / "form.pdf"
    assert run("form", "sign-in-sheet", "-o", out) == 0  # the mini pack's own sign-in sheet
    text = " ".join(pdf_pages_text(out))
    assert "Name Here today" in text and "Email or phone" not in text


def test_the_spanish_plans_keep_the_circle_and_say_which_changed_agendas_are_left_out(
    tmp_path: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--pack es prints the circle of the course in its Spanish plans; an English agenda is not mixed in."""
    store = PlannerStore(default_planner_path(private_data_dir))
    store.set_details(CircleDetails("Saved circle", first_meeting=dt.date(2027, 1, 5), meetings=6))
    store.set_agenda(
        EditKey("1", "getting-started"), (AgendaItem("Hello", 15, "shakedown"), AgendaItem("Coursework", 75))
    )
    out = tmp_path / "plan.pdf"
    assert run("plan", "--week", "1", "--pack", "es", "-o", out) == 0
    text = pdf_pages_text(out)[0]
    assert "Saved circle" in text and "Para empezar" in text and "Hello" not in text
    err = capsys.readouterr().err
    assert "changes to the agenda of week 1 are in the course's language only" in err and "no such" not in err
    assert run("plan", "--week", "2", "--pack", "es", "-o", out) == 0  # week 2 was not changed: nothing to say
    assert capsys.readouterr().err == ""


def test_spanish_paper_from_an_english_terminal_is_spanish_throughout(
    tmp_path: Path, circle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Headings, dates and page numbers follow the pack printed; what the terminal says stays in its language."""
    out = tmp_path / "plan.pdf"
    assert run("plan", "--week", "1", "--pack", "es", "--circle", circle, "-o", out) == 0
    first, *_, last = pdf_pages_text(out)
    assert "Semana 1 de 6: Para empezar" in first
    assert "martes, 7 de septiembre de 2027, 17:30-19:00" in first and "Week" not in first
    assert "Página 2 de 2" in last
    assert capsys.readouterr().out.startswith("wrote ")
    assert run("plan", "--week", "9", "--pack", "es", "--circle", circle, "-o", out) == 2
    assert "week 9 is not a meeting of this circle" in capsys.readouterr().err
    assert run("plan", "--week", "1", "--circle", circle, "-o", out) == 0  # and English paper after it
    assert "Week 1 of 6" in pdf_pages_text(out)[0]
