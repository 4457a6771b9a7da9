"""How far a facilitator is: self-checks passed at 75%, the next lesson, the journal, the certificate, the dashboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Lesson, Pack
from handbook.core.progress.certificate import (
    NotEarnedError,
    certificate_facts,
    certificate_html,
    missing_for_certificate,
)
from handbook.core.progress.course import course_progress, format_duration, quiz_result
from handbook.core.progress.dashboard import dashboard_html
from handbook.core.progress.journal import journal_html, journal_markdown
from handbook.core.progress.record import DONE, IN_PROGRESS, ItemProgress, Records, item_id_for
from tests.conftest import PackWriter

PACK_YAML = "id: course\ntitle: A course\nversion: 2.1.0\n"


def quiz_block(answer: int) -> str:
    return f"```quiz\nquestion: Q?\nchoices: [a, b, c]\nanswer: {answer}\nexplanation: because\n```\n\n"


@pytest.fixture
def course(write_pack: PackWriter) -> Pack:
    body = "".join(quiz_block(1) for _ in range(4))
    root = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-one/_module.md": "---\ntitle: One\n---\nIntro.",
            "course/01-one/01-read.md": "---\ntitle: Read me\nminutes: 5\nkind: read\n---\nText.",
            "course/01-one/02-check.md": f"---\ntitle: Check one\nminutes: 5\nkind: quiz\n---\n{body}",
            "course/02-two/_module.md": "---\ntitle: Two\n---\nIntro.",
            "course/02-two/01-reflect.md": "---\ntitle: Think\nminutes: 10\nkind: reflect\n---\nWrite.",
        }
    )
    pack = load_pack(root)
    assert not pack.problems
    return pack


def lesson(pack: Pack, title: str) -> Lesson:
    return next(item for item in pack.lessons() if item.title == title)


def rec(pack: Pack, page: Lesson, **fields: object) -> ItemProgress:
    return ItemProgress(pack.info.id, item_id_for(page), updated="2027-03-03T10:00:00+00:00", **fields)  # type: ignore[arg-type]


def records_of(*items: ItemProgress) -> Records:
    return {item.key: item for item in items}


@pytest.mark.parametrize(("answers", "right", "passed"), [({0: 0, 1: 0, 2: 0, 3: 0}, 4, True),
                                                          ({0: 0, 1: 0, 2: 0, 3: 2}, 3, True),
                                                          ({0: 0, 1: 0, 2: 1, 3: 2}, 2, False),
                                                          ({0: 0, 1: 0, 2: 0}, 3, True),
                                                          ({}, 0, False)])  # fmt: skip
def test_a_self_check_passes_at_75_percent(course: Pack, answers: dict[int, int], right: int, passed: bool) -> None:
    result = quiz_result(lesson(course, "Check one"), rec(course, lesson(course, "Check one"), answers=answers))
    assert (result.right, result.total, result.passed, result.needed) == (right, 4, passed, 3)


def test_progress_next_lesson_and_certificate_rules(course: Pack) -> None:
    read, check, think = (lesson(course, t) for t in ("Read me", "Check one", "Think"))
    progress = course_progress(course, records_of(rec(course, read, status=DONE, seconds=300)))
    assert (progress.done, progress.total, progress.seconds) == (1, 3, 300)
    assert progress.next_lesson == check
    assert [m.done for m in progress.modules] == [1, 0]
    assert not progress.complete
    reasons = missing_for_certificate(progress)
    assert reasons[0].startswith("2 lessons still to mark as done: 'Check one', 'Think'")
    assert "'Check one': 4 of 4 questions still to answer (you need 3 right to pass)." in reasons

    all_done_but_failed = records_of(
        rec(course, read, status=DONE),
        rec(course, check, status=DONE, answers={0: 1, 1: 1, 2: 0, 3: 0}),
        rec(course, think, status=DONE),
    )
    progress = course_progress(course, all_done_but_failed)
    assert progress.next_lesson is None and not progress.complete
    assert missing_for_certificate(progress) == ["'Check one': 2 of 4 right; you need 3. Try it again."]
    with pytest.raises(NotEarnedError, match="not earned yet"):
        certificate_facts("Amina", course.info, progress, date(2027, 3, 3))

    passed = dict(all_done_but_failed)
    passed[(course.info.id, check.id)] = rec(course, check, status=DONE, answers={0: 0, 1: 0, 2: 0, 3: 1})
    progress = course_progress(course, passed)
    assert progress.complete and missing_for_certificate(progress) == []
    facts = certificate_facts("Amina <b>Diallo</b>", course.info, progress, date(2027, 3, 3))
    page = certificate_html(facts)
    for expected in ("CERTIFICATE OF COMPLETION", "Amina &lt;b&gt;Diallo&lt;/b&gt;", "A course", "3 March 2027",
                     "Course version 2.1.0", "all 3 lessons"):  # fmt: skip
        assert expected in page


def test_journal_lists_notes_by_module_and_keeps_orphans(course: Pack) -> None:
    read, think = lesson(course, "Read me"), lesson(course, "Think")
    records = records_of(
        rec(course, think, note="Second module note"),
        rec(course, read, note="First line\nsecond line\n\nNew paragraph <script>"),
        ItemProgress(course.info.id, "gone/lesson", note="From an older version", updated="2027-01-01T00:00:00+00:00"),
        ItemProgress("other-pack", "x", note="Another pack", updated="2027-01-01T00:00:00+00:00"),
        rec(course, lesson(course, "Check one"), note="   "),
    )
    markdown = journal_markdown(course, records, "Amina", date(2027, 3, 3))
    assert markdown.index("## 1. One") < markdown.index("### Read me") < markdown.index("## 2. Two")
    assert "First line\\\nsecond line\n\nNew paragraph \\<script\\>" in markdown  # shown as typed
    assert "## Notes on pages no longer in the course\n\n### gone/lesson" in markdown
    assert "Another pack" not in markdown and "Check one" not in markdown
    assert "3 March 2027" in markdown
    page = journal_html(course, records, "Amina", date(2027, 3, 3))
    assert "<p>First line<br/>second line</p><p>New paragraph &lt;script&gt;</p>" in page
    assert f'href="page:{read.path}"' in page
    assert "href" not in journal_html(course, records, "Amina", date(2027, 3, 3), links=False)
    assert "No notes yet" in journal_markdown(course, {}, "Amina", date(2027, 3, 3))


def test_dashboard_shows_bars_next_lesson_notes_and_certificate(course: Pack) -> None:
    read, check = lesson(course, "Read me"), lesson(course, "Check one")
    records = records_of(
        rec(course, read, status=DONE, seconds=3720, note="A thought worth keeping"),
        rec(course, check, status=IN_PROGRESS, answers={0: 0}),
    )
    page = dashboard_html(course, records, "Amina", last_page=check)
    assert "Progress of Amina" in page and "1 of 3 lessons done" in page and "1 h 02 min spent" in page
    assert f'Continue where you left off: <a href="page:{check.path}">Check one</a>' in page
    assert "Next lesson not done yet" not in page  # the same lesson: said once
    assert 'bgcolor="#2e7d32"' in page  # a bar with some done
    assert "1 of 4 answered" in page
    assert "A thought worth keeping" in page
    assert 'href="action:journal"' in page and 'href="action:certificate"' not in page


def test_durations_read_naturally() -> None:
    assert [format_duration(s) for s in (0, 20, 60, 59 * 60, 3600, 7500)] == [
        "no time yet", "under a minute", "1 min", "59 min", "1 h 00 min", "2 h 05 min",
    ]  # fmt: skip


def test_progress_of_the_real_course_starts_at_its_first_lesson(mini_pack: Path) -> None:
    pack = load_pack(mini_pack)
    progress = course_progress(pack, {})
    assert progress.next_lesson is not None and progress.next_lesson.path == "course/01-start/01-welcome.md"
    assert [len(m.quizzes) for m in progress.modules] == [0, 1]


def test_dashboard_keeps_progress_on_lessons_removed_by_an_update(course: Pack) -> None:
    read = lesson(course, "Read me")
    records = records_of(
        rec(course, read, status=DONE),
        ItemProgress(course.info.id, "one/old-lesson", status=DONE, note="From the old version"),
        ItemProgress("another-pack", "x/y", status=DONE),
    )
    page = dashboard_html(course, records, "Amina")
    assert "<h2>No longer in this pack</h2>" in page
    assert "<li>one/old-lesson: done, with a note (see your journal)</li>" in page
    assert "x/y" not in page  # another pack's progress is not this pack's business
    assert "1 of 3 lessons done" in page  # the removed lesson does not count
    assert "No longer in this pack" not in dashboard_html(course, records_of(rec(course, read)), "Amina")


def test_journal_markdown_shows_a_note_exactly_as_typed(course: Pack) -> None:
    from handbook.core.content.render import render_markdown

    read = lesson(course, "Read me")
    typed = "*I don't know* yet\n<b>html</b> & # not a heading\n\nA second paragraph"
    text = journal_markdown(course, records_of(rec(course, read, note=typed)), "Amina", date(2027, 3, 3))
    shown = render_markdown(text).html
    assert "<p>*I don't know* yet<br />\n&lt;b&gt;html&lt;/b&gt; &amp; # not a heading</p>" in shown
    assert "<p>A second paragraph</p>" in shown
