"""The reading rules without a window: a page visit, ticks, answers, Ctrl+D, a retry, where to start and continue."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.core.content.loader import load_pack
from handbook.core.content.model import Pack, Page
from handbook.core.progress import reading, storage
from handbook.core.progress.course import page_facts
from handbook.core.progress.record import DONE, IN_PROGRESS, NOT_STARTED
from handbook.core.progress.store import ProgressStore
from tests.conftest import PackWriter

PACK_YAML = """id: rules
title: Rules
version: 1.0.0
language: en
license: CC0
authors: [Tester]
description: Pages for the reading rules.
min_app_version: 0.1.0
"""


def quiz(number: int) -> str:
    return f"```quiz\nquestion: Question {number}?\nchoices:\n  - Wrong\n  - Right\nanswer: 2\n```\n"


@pytest.fixture
def pack(write_pack: PackWriter) -> Pack:
    folder = write_pack(
        {
            "pack.yaml": PACK_YAML,
            "course/01-start/_module.md": "---\ntitle: Start\nsummary: The start.\n---\nHello.\n",
            "course/01-start/01-read.md": "---\ntitle: Read\nminutes: 5\nkind: read\n---\nSome text.\n",
            "course/01-start/02-tasks.md": (
                "---\ntitle: Tasks\nminutes: 5\nkind: activity\n---\n- [ ] Book the room\n- [x] Buy snacks\n\n"
                + quiz(1)
            ),
            "course/01-start/03-check.md": (
                "---\ntitle: Check\nminutes: 5\nkind: quiz\n---\n" + "".join(quiz(n) for n in range(4))
            ),
        }
    )
    return load_pack(folder)


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore.open(tmp_path / "progress.json", profile_name="Amina")


def page(pack: Pack, path: str) -> Page:
    found = pack.page_at(path)
    assert found is not None
    return found


READ, TASKS, CHECK = "course/01-start/01-read.md", "course/01-start/02-tasks.md", "course/01-start/03-check.md"
MODULE = "course/01-start/_module.md"


def right_choice(check: Page, index: int) -> int:
    return page_facts(check).quizzes[index].answer


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    writes: list[Path] = []
    real = storage.atomic_write_bytes

    def counting(path: Path, data: bytes) -> None:
        writes.append(path)
        real(path, data)

    monkeypatch.setattr(storage, "atomic_write_bytes", counting)
    return writes


def test_a_page_visit_is_one_write_of_time_before_scroll_before_last_page_and_lesson_begun(
    pack: Pack, store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    reading.visit_page(store, pack, page(pack, READ))
    read_key = reading.key_for(pack, page(pack, READ))
    writes = count_writes(monkeypatch)
    record = reading.visit_page(store, pack, page(pack, TASKS), reading.TimeSpent(read_key, 42), scroll=(read_key, 300))
    assert len(writes) == 1
    assert record.status == IN_PROGRESS
    assert store.get(*read_key).seconds == 42 and store.get(*read_key).scroll == 300
    assert store.last_page("rules") == store.last_lesson("rules") == TASKS
    reopened = ProgressStore.open(store.path)
    assert reopened.last_lesson("rules") == TASKS and reopened.get(*read_key).seconds == 42


def test_a_module_page_is_the_last_page_but_not_the_lesson_to_continue_and_is_not_begun(
    pack: Pack, store: ProgressStore
) -> None:
    reading.visit_page(store, pack, page(pack, READ))
    record = reading.visit_page(store, pack, page(pack, MODULE))
    assert record.status == NOT_STARTED
    assert reading.start_page(store, pack) == MODULE
    assert reading.continue_page(store, pack) == READ


def test_a_done_lesson_stays_done_when_opened_again(pack: Pack, store: ProgressStore) -> None:
    reading.visit_page(store, pack, page(pack, READ))
    assert reading.toggle_done(store, pack, page(pack, READ)) is reading.Done.DONE
    assert reading.visit_page(store, pack, page(pack, READ)).status == DONE


def test_ctrl_d_marks_done_then_not_done_and_never_a_self_check_or_a_module_page(
    pack: Pack, store: ProgressStore
) -> None:
    read = page(pack, READ)
    assert reading.toggle_done(store, pack, read) is reading.Done.DONE
    assert reading.actions_state(store, pack, read) == reading.ActionsState(True, True, False)
    assert reading.toggle_done(store, pack, read) is reading.Done.NOT_DONE
    assert store.get(*reading.key_for(pack, read)).status == IN_PROGRESS
    check = page(pack, CHECK)
    assert reading.toggle_done(store, pack, check) is reading.Done.NEEDS_PASSING
    assert store.get(*reading.key_for(pack, check)).status == NOT_STARTED
    assert reading.toggle_done(store, pack, page(pack, MODULE)) is reading.Done.NOT_A_LESSON


def test_a_tick_flips_what_the_markdown_had_and_an_unknown_task_changes_nothing(
    pack: Pack, store: ProgressStore
) -> None:
    tasks = page(pack, TASKS)
    assert reading.toggle_tick(store, pack, tasks, 0) is True
    assert reading.toggle_tick(store, pack, tasks, 1) is False  # the Markdown had it ticked
    assert reading.toggle_tick(store, pack, tasks, 0) is False
    assert reading.toggle_tick(store, pack, tasks, 5) is None
    assert dict(store.get(*reading.key_for(pack, tasks)).ticks) == {0: False, 1: False}


def test_a_passed_self_check_is_done_in_the_same_write_as_the_last_answer(
    pack: Pack, store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = page(pack, CHECK)
    outcomes = [reading.answer_quiz(store, pack, check, n, right_choice(check, n)) for n in range(3)]
    assert [o.answer for o in outcomes] == [reading.Answer.RECORDED] * 3
    writes = count_writes(monkeypatch)
    wrong = 1 - right_choice(check, 3)
    last = reading.answer_quiz(store, pack, check, 3, wrong)  # 3 of 4 right: 75% passes
    assert last.answer is reading.Answer.PASSED and last.result is not None and last.result.right == 3
    assert len(writes) == 1
    assert store.get(*reading.key_for(pack, check)).status == DONE


def test_a_given_answer_stays_and_a_failed_self_check_is_not_done(pack: Pack, store: ProgressStore) -> None:
    check = page(pack, CHECK)
    wrong = [1 - right_choice(check, n) for n in range(4)]
    reading.answer_quiz(store, pack, check, 0, wrong[0])
    again = reading.answer_quiz(store, pack, check, 0, right_choice(check, 0))
    assert again.answer is reading.Answer.ALREADY_ANSWERED
    assert store.get(*reading.key_for(pack, check)).answers[0] == wrong[0]
    outcomes = [reading.answer_quiz(store, pack, check, n, wrong[n]) for n in range(1, 4)]
    last = outcomes[-1]
    assert last.answer is reading.Answer.NOT_PASSED and last.result is not None and last.result.needed == 3
    assert store.get(*reading.key_for(pack, check)).status != DONE


def test_a_quiz_inside_an_activity_never_marks_it_done(pack: Pack, store: ProgressStore) -> None:
    tasks = page(pack, TASKS)
    outcome = reading.answer_quiz(store, pack, tasks, 0, page_facts(tasks).quizzes[0].answer)
    assert outcome.answer is reading.Answer.RECORDED
    assert store.get(*reading.key_for(pack, tasks)).status != DONE


def test_a_retry_clears_answers_and_undoes_done_in_one_write(
    pack: Pack, store: ProgressStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = page(pack, CHECK)
    assert not reading.retry_needs_asking(store, pack, check)
    for n in range(4):
        reading.answer_quiz(store, pack, check, n, right_choice(check, n))
    assert reading.retry_needs_asking(store, pack, check)
    writes = count_writes(monkeypatch)
    assert reading.retry_quiz(store, pack, check) is True
    assert len(writes) == 1
    record = store.get(*reading.key_for(pack, check))
    assert record.answers == {} and record.status == IN_PROGRESS


def test_start_and_continue_without_a_profile_or_history(pack: Pack, store: ProgressStore) -> None:
    assert reading.start_page(None, pack) == reading.continue_page(None, pack) == ""
    assert reading.start_page(store, pack) == MODULE  # the top of the course
    assert reading.continue_page(store, pack) == READ  # the first lesson not done
    reading.toggle_done(store, pack, page(pack, READ))
    assert reading.continue_page(store, pack) == TASKS
    assert reading.actions_state(None, pack, page(pack, READ)) == reading.ActionsState(False, False, False)
