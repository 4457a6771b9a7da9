"""``handbook circle set|log|show|export`` and ``handbook report merge``: what a facilitator and an organiser type."""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from benchmarks.synthetic_circles import sample_export, write_sample_exports
from handbook.cli import main
from handbook.core.circle.store import CircleLogStore, default_circle_log_path
from handbook.core.paths import DataDir
from handbook.core.progress.profiles import Profiles
from tests.pdftext import pdf_pages_text

CIRCLE = """course_title: Reading club
venue: Branch library
facilitators: [Sam Lee]
first_meeting: 2027-09-07
weekday: Tuesday
start_time: "17:30"
meetings: 6
meeting_minutes: 90
"""


@pytest.fixture
def circle_set(tmp_path: Path, private_data_dir: Path) -> Path:
    """A profile 'Sam' whose circle is set from a YAML file; returns the data folder."""
    path = tmp_path / "circle.yaml"
    path.write_text(CIRCLE, encoding="utf-8")
    assert main(["circle", "set", str(path), "--profile", "Sam"]) == 0
    return private_data_dir


def log_file(data: Path) -> Path:
    profile = Profiles(DataDir(data)).find("Sam")
    assert profile is not None
    return default_circle_log_path(data, profile.folder)


def test_set_makes_the_profile_and_log_then_show_prints_the_meetings(
    circle_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert Profiles(DataDir(circle_set)).find("Sam") is not None
    assert (
        main(["circle", "log", "--week", "1", "--learners", "Amina, Bo, Chen", "--rating", "4", "--plus", "Pairs"]) == 0
    )
    assert main(["circle", "log", "--week", "2", "--attended", "2", "--delta", "Too fast"]) == 0
    assert main(["circle", "log", "--week", "2", "--rating", "5"]) == 0  # only the rating changes
    out = capsys.readouterr().out
    assert "Week 1 (Tue 7 Sep 2027) logged: 3 came, rated 4 of 5." in out
    assert main(["circle", "show"]) == 0
    shown = capsys.readouterr().out
    assert "Week 1\tTue 7 Sep 2027\t3 came, rated 4 of 5" in shown
    assert "Week 2\tTue 14 Sep 2027\t2 came, rated 5 of 5" in shown
    assert "Delta: Too fast" in shown and "Week 6\tTue 12 Oct 2027\tnot logged yet" in shown
    assert "Average rating: 4.5" in shown
    assert "Meetings each learner came to: Amina 1, Bo 1, Chen 1" in shown
    log = CircleLogStore(log_file(circle_set)).log
    assert log.learners == ("Amina", "Bo", "Chen") and log.meetings[2].count == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--week", "7", "--attended", "3"], "there is no week 7"),
        (["--week", "1", "--rating", "6"], "from 1 to 5"),
        (["--week", "1", "--attended", "-2"], "from 0 to"),
        (["--week", "1", "--learners", "Amina, amina"], "twice"),
        (["--week", "1", "--plus", "x" * 5000], "at most"),
        (["--week", "1", "--profile", "Nobody", "--attended", "3"], "no profile 'Nobody'"),
    ],
)
def test_bad_log_entries_exit_2_and_change_nothing(
    circle_set: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    assert main(["circle", "log", "--week", "1", "--attended", "4"]) == 0
    before = log_file(circle_set).read_bytes()
    capsys.readouterr()
    assert main(["circle", "log", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and words in err
    assert log_file(circle_set).read_bytes() == before


def test_log_without_a_circle_says_how_to_set_one(private_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["circle", "log", "--week", "1", "--attended", "3"]) == 2
    assert "handbook circle set FILE" in capsys.readouterr().err


def test_a_bad_circle_file_names_its_line_and_makes_nothing(
    tmp_path: Path, private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "circle.yaml"
    path.write_text(CIRCLE.replace("meetings: 6", "meetings: 40"), encoding="utf-8")
    assert main(["circle", "set", str(path), "--profile", "Sam"]) == 2
    assert f"{path}:7:" in capsys.readouterr().err
    assert Profiles(DataDir(private_data_dir)).find("Sam") is None


def test_export_leaves_names_out_unless_asked(circle_set: Path, tmp_path: Path) -> None:
    main(["circle", "log", "--week", "1", "--learners", "Amina, Bo", "--rating", "3"])
    plain, named = tmp_path / "plain.json", tmp_path / "named.json"
    assert main(["circle", "export", "-o", str(plain)]) == 0
    assert main(["circle", "export", "-o", str(named), "--include-names"]) == 0
    value = json.loads(plain.read_text(encoding="utf-8"))
    assert value["format"] == "handbook-circle-export" and value["version"] == 1
    assert value["learners"] == 2 and value["meetings"][0]["attended"] == 2
    assert value["meetings"][0]["date"] == "2027-09-07"
    assert "Amina" not in plain.read_text(encoding="utf-8")
    assert json.loads(named.read_text(encoding="utf-8"))["meetings"][0]["present"] == ["Amina", "Bo"]


def test_merge_writes_one_summary_pdf_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(7)
    files = []
    for number in range(3):
        path = tmp_path / f"c{number}.json"
        path.write_text(json.dumps(sample_export(rng, number, include_names=number == 0)), encoding="utf-8")
        files.append(str(path))
    pdf, table = tmp_path / "summary.pdf", tmp_path / "summary.csv"
    assert main(["report", "merge", *files, "-o", str(pdf), "--csv", str(table)]) == 0
    assert "Summary of 3 circles written to" in capsys.readouterr().out
    text = " ".join(pdf_pages_text(pdf))
    assert "Learning circles: summary" in text and "Circles 3" in text
    assert "c0.json" in text and "c2.json" in text
    assert "Amina" not in text  # names never reach the organiser's summary, even from a file that has them
    rows = list(csv.reader(table.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["file", "course", "venue"] and len(rows) == 4
    assert {row[0] for row in rows[1:]} == {"c0.json", "c1.json", "c2.json"}
    values = [json.loads(Path(name).read_text(encoding="utf-8")) for name in files]
    by_file = {row[0]: row for row in rows[1:]}
    for name, value in zip(files, values, strict=True):
        row = by_file[Path(name).name]
        assert int(row[6]) == len(value["meetings"])  # meetings held
        assert int(row[8]) == value["meetings"][0]["attended"]  # came to the first meeting
        assert int(row[12]) == sum(goal["status"] == "met" for goal in value["goals"])
    page = PdfReader(pdf).pages[0]
    assert float(page.mediabox.width) == pytest.approx(595, abs=1)  # A4


def test_merge_refuses_a_bad_file_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(sample_export(random.Random(1), 1)), encoding="utf-8")
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({**json.loads(good.read_text()), "version": 2}), encoding="utf-8")
    pdf = tmp_path / "summary.pdf"
    assert main(["report", "merge", str(good), str(newer), "-o", str(pdf), "--csv", str(tmp_path / "s.csv")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {newer}: ") and "newer version" in err
    assert not pdf.exists() and not (tmp_path / "s.csv").exists()


def test_a_summary_of_50_circles_never_splits_a_circle_over_two_pages(tmp_path: Path) -> None:
    paths = write_sample_exports(tmp_path / "in", 50)
    pdf = tmp_path / "summary.pdf"
    assert main(["report", "merge", *map(str, paths), "-o", str(pdf)]) == 0
    pages = pdf_pages_text(pdf)
    assert len(pages) > 2
    for number in range(50):
        starts = [n for n, text in enumerate(pages) if re.search(rf"Facilitator {number}\b", text)]
        ends = [n for n, text in enumerate(pages) if f"circle-{number:03d}.json" in text]
        assert starts == ends and len(starts) == 1, number


def test_show_with_a_damaged_log_says_so_and_keeps_it_aside(
    circle_set: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = log_file(circle_set)
    path.write_text('{"format": 1, "meetings": [{"week": "one"}]}', encoding="utf-8")
    capsys.readouterr()
    assert main(["circle", "show"]) == 0
    out, err = capsys.readouterr()
    assert err.startswith(f"warning: {path}: could not be read") and "circle-log.json.damaged-1" in err
    assert "Week 1\tTue 7 Sep 2027\tnot logged yet" in out
    assert (path.parent / "circle-log.json.damaged-1").read_text(encoding="utf-8").startswith('{"format": 1')
