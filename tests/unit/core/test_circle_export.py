"""The organiser's export: what it carries with and without names, read back exactly, and a reader that only
ever refuses with a message (never a traceback), whatever JSON it is given."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic_circles import sample_details, sample_log
from handbook.core.circle.export import CircleExportError, build_export, export_from_value, read_export, write_export
from handbook.core.circle.organiser import circle_row, summary_csv, totals
from tests.hostile.circle_corpus import GOOD


def test_an_export_reads_back_as_written_with_and_without_names(tmp_path: Path) -> None:
    rng = random.Random(3)
    details, log = sample_details(rng, 1), sample_log(rng, 6)
    for include_names in (False, True):
        path = tmp_path / f"{include_names}.json"
        write_export(path, build_export(log, details, include_names=include_names))
        export = read_export(path)
        assert export.details == details and export.names_included is include_names
        assert export.learners == len(log.learners)
        assert [m.count for m in export.log.held] == [m.count for m in log.held]
        assert [(m.rating, m.plus, m.delta) for m in export.log.held] == [(m.rating, m.plus, m.delta) for m in log.held]
        assert [goal.status for goal in export.log.goals] == [goal.status for goal in log.goals]
        text = path.read_text(encoding="utf-8")
        assert all((name in text) is include_names for name in log.learners)


def test_the_summary_row_adds_up_one_circle() -> None:
    export = export_from_value(
        {
            **GOOD,
            "meetings": [
                {"week": 1, "attended": 10, "rating": 5},
                {"week": 2, "attended": None, "rating": 2},
                {"week": 3, "attended": 7},
            ],
            "goals": [{"text": "a", "status": "met"}, {"text": "b", "status": "partly"}],
        },
        "a.json",
    )
    row = circle_row(export)
    assert (row.held, row.first_attendance, row.last_attendance, row.average_rating) == (3, 10, 7, 3.5)
    assert (row.goals_met, row.goals_set, row.planned, row.source) == (1, 2, 6, "a.json")
    total = totals([row, row])
    assert (total.circles, total.held, total.first_attendance, total.average_rating) == (2, 6, 20, 3.5)


def test_csv_cells_cannot_run_as_formulas() -> None:
    export = export_from_value(
        {**GOOD, "circle": {**GOOD["circle"], "course_title": "=HYPERLINK(1)", "venue": "+1"}}, "x.json"
    )
    rows = summary_csv([circle_row(export)]).splitlines()
    assert "'=HYPERLINK(1)" in rows[1] and "'+1" in rows[1]


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 20) | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
FIELD_VALUES = st.dictionaries(
    st.sampled_from(["circle", "learners", "meetings", "goals", "reflection", "exported", "version"]), JSON, max_size=3
)


@settings(max_examples=100, deadline=None)
@given(FIELD_VALUES)
def test_any_json_is_read_or_refused_with_a_message(changes: dict[str, Any]) -> None:
    try:
        export_from_value(json.loads(json.dumps({**GOOD, **changes})), "fuzz.json")
    except CircleExportError as exc:
        assert exc.message.startswith("fuzz.json: ")


@pytest.mark.parametrize("value", [{**GOOD, "learners": ["Ana"] * 101}, {**GOOD, "learners": 101}])
def test_a_circle_of_more_than_100_learners_is_refused(value: dict[str, Any]) -> None:
    with pytest.raises(CircleExportError, match="100"):
        export_from_value(value, "x.json")
