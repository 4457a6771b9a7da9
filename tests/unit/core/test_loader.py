"""The loader reads every field, keeps ids stable, and reports each problem with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.core.content.frontmatter import read_source
from handbook.core.content.loader import load_pack, slug_of
from handbook.core.content.model import Activity, Lesson, SessionPlan
from handbook.core.errors import ContentError
from tests.conftest import PackWriter

PACK_YAML = "id: demo\ntitle: Demo\nversion: 1.0.0\n"
MODULE = "---\ntitle: Module one\nsummary: First\n---\nIntro\n"


def lesson(front: str, body: str = "Body\n") -> str:
    return f"---\n{front}---\n{body}"


def test_reads_every_field(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    assert pack.problems == []
    info = pack.info
    assert (info.id, info.title, info.version, info.language) == ("mini-pack", "Mini pack", "1.2.3", "en")
    assert info.license == "CC BY-SA 4.0"
    assert info.authors == ("Test Author", "Second Author")
    assert info.description.startswith("A tiny pack")
    assert info.min_app_version == "0.1.0"

    assert [m.id for m in pack.modules] == ["start", "next"]
    start = pack.modules[0]
    assert (start.title, start.summary, start.minutes) == ("Starting out", "The first steps.", 15)
    welcome = start.lessons[0]
    assert isinstance(welcome, Lesson)
    assert welcome.id == "start/welcome"
    assert (welcome.title, welcome.minutes, welcome.kind) == ("Welcome", 5, "read")
    assert welcome.objectives == ("Know what comes next", "Find the checklist")
    assert welcome.path == "course/01-start/01-welcome.md"
    assert welcome.body.startswith("# Hello")
    assert welcome.body_line == 9

    plus_delta = pack.activity("plus-delta")
    assert isinstance(plus_delta, Activity)
    assert plus_delta.kind == "reflection"
    assert plus_delta.minutes == (3, 20) and plus_delta.minutes_label == "3-20"
    assert plus_delta.group == (2, 20)
    assert plus_delta.setting == ("in-person", "online")
    assert plus_delta.energy == "low"
    assert plus_delta.materials == ("flip chart",)
    assert plus_delta.tags == ("every-meeting",)
    shakedown = pack.activity("shakedown")
    assert shakedown is not None and shakedown.minutes == (5, 5) and shakedown.materials == ()

    plan = pack.plans[0]
    assert isinstance(plan, SessionPlan)
    assert (plan.id, plan.week, plan.theme, plan.minutes, plan.tags) == (
        "first-meeting",
        1,
        "Getting to know each other",
        15,
        ("first-meeting",),
    )
    assert [(i.title, i.minutes, i.activity) for i in plan.agenda] == [
        ("Shake it out", 5, "shakedown"),
        ("Plus/Delta", 10, "plus-delta"),
    ]
    assert plan.agenda[1].notes == "Write both columns on the board."

    form = pack.forms[0]
    assert (form.id, form.title, form.description) == ("sign-in-sheet", "Sign-in sheet", "One row per learner.")
    assert pack.media == ("media/circle.png",)


def test_ids_ignore_number_prefixes_and_honour_front_matter(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    assert [lesson.id for lesson in pack.lessons()] == ["start/welcome", "start/checklist", "next/renamed-quiz"]
    # Renumbering files keeps ids, so progress keyed by id survives.
    (mini_pack / "course/01-start/02-checklist.md").rename(mini_pack / "course/01-start/07-checklist.md")
    (mini_pack / "course/01-start").rename(mini_pack / "course/05-start")
    renumbered = load_pack(mini_pack)
    assert {lesson.id for lesson in renumbered.lessons()} == {"start/welcome", "start/checklist", "next/renamed-quiz"}
    assert slug_of("12-what-is-it.md") == "what-is-it"
    assert slug_of("intro.md") == "intro"


def test_reading_order_and_lookup(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    order = [page.path for page in pack.reading_order()]
    assert order[0] == "course/01-start/_module.md"
    assert order[1] == "course/01-start/01-welcome.md"
    assert pack.page_at("forms/sign-in-sheet.md") is pack.forms[0]
    assert pack.page_at("nope.md") is None


def test_missing_pack_yaml(write_pack: PackWriter) -> None:
    root = write_pack({"course/01-a/_module.md": MODULE})
    pack = load_pack(root)
    assert len(pack.problems) == 1
    problem = pack.problems[0]
    assert problem.path == root / "pack.yaml"
    assert "pack.yaml is missing" in problem.message
    assert pack.modules[0].title == "Module one"  # the rest still loads


def test_pack_yaml_that_does_not_parse(write_pack: PackWriter) -> None:
    root = write_pack({"pack.yaml": "id: demo\ntitle: [unclosed\nversion: 1.0.0\n", "course/01-a/_module.md": MODULE})
    problem = load_pack(root).problems[0]
    assert problem.path.name == "pack.yaml"
    assert problem.line == 2  # where the unclosed list starts
    assert "YAML cannot be read" in problem.message


def test_pack_yaml_bad_values(write_pack: PackWriter) -> None:
    root = write_pack({"pack.yaml": "id: ../evil\ntitle: X\nversion: one\n", "course/01-a/_module.md": MODULE})
    messages = {p.line: p.message for p in load_pack(root).problems}
    assert "lowercase letters" in messages[1]
    assert "must look like 1.0.0" in messages[3]


def test_front_matter_yaml_error_points_at_line(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": "---\ntitle: Fine\nminutes: 5\nkind: read\nobjectives: [a, b\n---\nBody\n",
        }
    )
    problems = load_pack(root).problems
    assert len(problems) == 1
    assert problems[0].path.name == "01-x.md"
    assert problems[0].line is not None and problems[0].line >= 5
    assert "indentation" in problems[0].message


def test_yaml_tags_are_refused(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": "---\ntitle: !!python/object:os.system x\n---\n",
        }
    )
    problems = load_pack(root).problems
    assert any("tags such as !!python/object are not allowed" in p.message for p in problems)


def test_wrong_types_and_unknown_kinds(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": lesson("title: X\nminutes: ten\nkind: lecture\nobjectives: 5\n"),
            "activities/a.md": lesson(
                "title: A\nkind: dance\nminutes: [9, 3]\ngroup: 4\nsetting: [moon]\nenergy: wild\nmaterials: []\n"
            ),
        }
    )
    messages = sorted((p.path.name, p.line, p.message) for p in load_pack(root).problems)
    text = "\n".join(f"{name}:{line}: {message}" for name, line, message in messages)
    assert "01-x.md:3: 'minutes' must be a whole number" in text
    assert "01-x.md:4: 'kind' is 'lecture'; use one of: read, activity, reflect, quiz." in text
    assert "01-x.md:5: 'objectives' must be a list of text" in text
    assert "a.md:3: 'kind' is 'dance'" in text
    assert "a.md:4: 'minutes' must be a whole number or [min, max]" in text
    assert "a.md:6: setting 'moon' is unknown" in text
    assert "a.md:7: 'energy' is 'wild'" in text


def test_lesson_without_title_is_left_out_and_reported(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": lesson("minutes: 5\nkind: read\n"),
            "course/01-a/02-y.md": lesson("title: Y\nminutes: 5\nkind: read\n"),
        }
    )
    pack = load_pack(root)
    assert [lesson.id for lesson in pack.lessons()] == ["a/y"]
    (problem,) = pack.problems
    assert problem.path.name == "01-x.md" and problem.line == 1
    assert problem.message == "'title' is missing; add a line 'title: ...' to the front matter."


def test_non_utf8_file_names_the_line(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": "---\ntitle: Cr\xe8me\n---\n".encode("latin-1"),
        }
    )
    (problem,) = load_pack(root).problems
    assert problem.line == 2
    assert "is not UTF-8 text" in problem.message and "save it with the UTF-8 encoding" in problem.message


def test_unclosed_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\ntitle: X\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_source(path)
    assert caught.value.line == 1
    assert "never ends" in str(caught.value)


def test_front_matter_must_be_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "x.md"
    path.write_text("---\n- a\n- b\n---\n", encoding="utf-8")
    with pytest.raises(ContentError, match="key: value"):
        read_source(path)


def test_duplicate_ids(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": lesson("title: X\nminutes: 5\nkind: read\n"),
            "course/01-a/02-x.md": lesson("title: X again\nminutes: 5\nkind: read\n"),
        }
    )
    (problem,) = load_pack(root).problems
    assert problem.path.name == "02-x.md"
    assert "the lesson id 'a/x' is already used by course/01-a/01-x.md" in problem.message


def test_module_without_intro_and_missing_course(write_pack: PackWriter) -> None:
    root = write_pack({"pack.yaml": PACK_YAML, "course/01-a/01-x.md": lesson("title: X\nminutes: 1\nkind: read\n")})
    (problem,) = load_pack(root).problems
    assert "no _module.md" in problem.message
    empty = write_pack({"pack.yaml": PACK_YAML, "course/.keep": ""})
    (empty / "course/.keep").unlink()
    (empty / "course").rmdir()
    assert "the course folder is missing" in load_pack(empty).problems[0].message


def test_agenda_problems(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "plans/01-p.md": lesson(
                "title: P\nminutes: 10\nagenda:\n  - title: A\n    minutes: five\n  - minutes: 3\n"
                "  - title: B\n    minutes: 10\n    colour: red\n"
            ),
        }
    )
    pack = load_pack(root)
    messages = [p.message for p in pack.problems]
    assert "agenda item 1 (A) needs 'minutes:' as a whole number from 0 to 1,000,000." in messages
    assert "agenda item 2 has no title; add 'title: ...'." in messages
    assert "agenda item 3 (B) has an unknown field 'colour'." in messages
    assert [item.title for item in pack.plans[0].agenda] == ["B"]


def test_unknown_field_is_a_warning(write_pack: PackWriter) -> None:
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-a/_module.md": MODULE,
            "course/01-a/01-x.md": lesson("title: X\nminutes: 5\nkind: read\ntitel: typo\n"),
        }
    )
    pack = load_pack(root)
    (problem,) = pack.problems
    assert problem.severity == "warning" and problem.line == 5
    assert not pack.has_errors
