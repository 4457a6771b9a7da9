"""The bundled course: complete, valid, and holding to the promises made to facilitators."""

from __future__ import annotations

import html
import re
import subprocess
import sys
from collections import Counter

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import ACTIVITY_KINDS, Pack
from handbook.core.content.pages import render_page
from handbook.core.content.render import render_markdown
from handbook.core.content.validate import validate_pack
from handbook.core.resources import bundled_pack_dir
from tests.conftest import REPO

REQUIRED_FORMS = {
    "sign-in-sheet",
    "plus-delta-sheet",
    "learner-goals",
    "learner-end-survey",
    "facilitator-reflection",
    "preparation-checklist",
    "group-expectations-poster",
    "certificate-wording",
    "circle-poster",
}


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(bundled_pack_dir())


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9'’-]+", text))


def test_validate_reports_nothing() -> None:
    report = validate_pack(bundled_pack_dir())
    assert [p.format(bundled_pack_dir()) for p in report.problems] == []


def test_every_page_renders(pack: Pack) -> None:
    for page in pack.pages():
        result = render_page(page, pack)
        assert result.problems == [], page.path
        assert html.escape(page.title) in result.html


def test_pack_credits_p2pu_under_cc_by_sa(pack: Pack) -> None:
    assert pack.info.license == "CC BY-SA 4.0"
    assert "Peer 2 Peer University (P2PU)" in pack.info.description


def test_course_size_and_lesson_length(pack: Pack) -> None:
    lessons = list(pack.lessons())
    assert len(pack.modules) >= 7
    assert len(lessons) >= 35
    for lesson in lessons:
        count = words(lesson.body)
        if lesson.kind == "quiz":
            # A self-check grows with its questions: each stays short (scenario, choices, a reason).
            questions = len(render_markdown(lesson.body, page_path=lesson.path).quizzes)
            assert 250 <= count <= 130 * questions, f"{lesson.path}: {count} words for {questions} questions"
        else:
            assert 250 <= count <= 900, f"{lesson.path}: {count} words"
        assert lesson.objectives, lesson.path


def test_every_lesson_has_a_practical_element(pack: Pack) -> None:
    for lesson in pack.lessons():
        result = render_markdown(lesson.body, page_path=lesson.path)
        practical = (
            result.tasks
            or result.quizzes
            or "!!! " in lesson.body
            or re.search(r"role[- ]play", lesson.body, re.IGNORECASE)
        )
        assert practical, lesson.path


def test_every_module_ends_with_a_self_check(pack: Pack) -> None:
    for module in pack.modules:
        last = module.lessons[-1]
        assert last.kind == "quiz", module.id
        quizzes = render_markdown(last.body, page_path=last.path).quizzes
        assert len(quizzes) >= 4, last.path
        for quiz in quizzes:
            assert len(quiz.explanation) > 20, f"{last.path}: question {quiz.index + 1} needs an explanation"


def test_activity_library(pack: Pack) -> None:
    assert len(pack.activities) >= 45
    kinds = Counter(activity.kind for activity in pack.activities)
    assert set(kinds) == set(ACTIVITY_KINDS)
    for activity in pack.activities:
        body = activity.body
        assert "## Steps" in body and re.search(r"^1\. ", body, re.MULTILINE), activity.path
        assert "## Facilitator tip" in body, activity.path
        assert activity.minutes[0] > 0 and activity.group[0] >= 1, activity.path
        assert ("no-materials" in activity.tags) == (not activity.materials), activity.path
    assert sum("## Variant" in a.body for a in pack.activities) >= 35


def test_session_plans_add_up_and_link_to_activities(pack: Pack) -> None:
    assert len(pack.plans) >= 10
    for plan in pack.plans:
        assert sum(item.minutes for item in plan.agenda) == plan.minutes, plan.path
        for item in plan.agenda:
            if item.activity:
                assert pack.activity(item.activity) is not None, f"{plan.path}: {item.activity}"
    tags = {tag for plan in pack.plans for tag in plan.tags}
    assert {"first-meeting", "wrap-up", "short", "online", "no-internet"} <= tags
    six_week = {plan.week: plan for plan in pack.plans if plan.week and plan.week <= 6}
    assert sorted(six_week) == [1, 2, 3, 4, 5, 6]
    assert all(plan.minutes == 90 for plan in six_week.values())


def test_printable_forms(pack: Pack) -> None:
    assert REQUIRED_FORMS <= {form.id for form in pack.forms}


def test_spelling() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "codespell_lib", "content", "docs", "README.md"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_self_check_says_what_passing_takes_and_what_it_is_for(pack: Pack) -> None:
    """A user test found 'no score to worry about' on a self-check the certificate needs at 75%."""
    quizzes = [lesson for module in pack.modules for lesson in module.lessons if lesson.kind == "quiz"]
    assert len(quizzes) == len(pack.modules)
    for lesson in quizzes:
        intro = lesson.body.partition("```quiz")[0]
        assert "75%" in intro and "certificate" in intro, lesson.path
        for wrong in ("no score", "not a test"):
            assert wrong not in lesson.body.lower(), lesson.path
