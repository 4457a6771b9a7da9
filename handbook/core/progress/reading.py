"""The reading rules: what a page visit, a tick, a quiz answer, Ctrl+D and a retry do to a profile's progress.

The GUI only shows what these return. Each function changes the store with one atomic write
(or none), so a click costs one fsync however many fields it touches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from handbook.core.content.model import Lesson, Pack, Page
from handbook.core.progress.record import DONE, IN_PROGRESS, ItemProgress, item_id_for
from handbook.core.progress.store import ProgressStore

if TYPE_CHECKING:
    from handbook.core.progress.course import QuizResult

# course.py (quizzes, tasks, sums) is imported by the rules that use it: the first paint needs none of them.

Key = tuple[str, str]  # (pack id, item id)


def key_for(pack: Pack, page: Page) -> Key:
    """The key a page's progress is kept under."""
    return (pack.info.id, item_id_for(page))


def is_self_check(page: Page) -> bool:
    """A self-check is a quiz lesson: it is done only by passing it."""
    return isinstance(page, Lesson) and page.kind == "quiz"


def has_quiz(page: Page) -> bool:
    return "```quiz" in page.body


TASK_LINE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]", re.MULTILINE)  # a task list's item in Markdown


def has_answers(page: Page) -> bool:
    """True if the page may have questions or a checklist to answer (a quick look, without rendering it)."""
    return has_quiz(page) or TASK_LINE.search(page.body) is not None


@dataclass(frozen=True)
class TimeSpent:
    """Seconds counted on a lesson and not written yet."""

    key: Key
    seconds: int


def visit_page(
    store: ProgressStore,
    pack: Pack,
    page: Page,
    earlier: TimeSpent | None = None,
    scroll: tuple[Key, int] | None = None,
) -> ItemProgress:
    """A page opened: the time and scroll position on the page before, this page as the one read last, a lesson begun.

    One write for all. A lesson is also the lesson to continue from; a done lesson stays done.
    Returns the page's record (its scroll position, ticks and answers to show).
    """
    key = key_for(pack, page)
    is_lesson = isinstance(page, Lesson)
    with store.batch():
        if earlier is not None:
            store.add_time(*earlier.key, earlier.seconds)
        if scroll is not None:
            store.set_scroll(*scroll[0], scroll[1])
        store.set_last_page(key[0], page.path, lesson=is_lesson)
        if is_lesson:
            store.mark_opened(*key)
    return store.get(*key)


def add_time(store: ProgressStore, spent: TimeSpent) -> None:
    store.add_time(*spent.key, spent.seconds)


def toggle_tick(store: ProgressStore, pack: Pack, page: Page, index: int) -> bool | None:
    """Tick a task not ticked, or untick one ticked (as the Markdown had it until the person clicks).

    Returns whether it is ticked now, or None for a task the page does not have.
    """
    from handbook.core.progress.course import page_facts

    tasks = page_facts(page).tasks
    if not 0 <= index < len(tasks):
        return None
    key = key_for(pack, page)
    ticked = not store.get(*key).ticks.get(index, tasks[index].checked)
    store.set_tick(*key, index, ticked)
    return ticked


class Answer(Enum):
    ALREADY_ANSWERED = "already answered"  # a given answer stays until a retry clears them all
    RECORDED = "recorded"  # more questions to answer, or a quiz inside a lesson that is not a self-check
    PASSED = "passed"  # the last answer of a self-check, and enough right: the lesson is done
    NOT_PASSED = "not passed"  # the last answer of a self-check, and not enough right


@dataclass(frozen=True)
class AnswerOutcome:
    answer: Answer
    result: QuizResult | None = None  # for PASSED and NOT_PASSED: how many right of how many


def answer_quiz(store: ProgressStore, pack: Pack, page: Page, quiz_index: int, choice: int) -> AnswerOutcome:
    """Keep a first answer; the answer completing a self-check with a pass makes the lesson done (one write)."""
    key = key_for(pack, page)
    if quiz_index in store.get(*key).answers:
        return AnswerOutcome(Answer.ALREADY_ANSWERED)
    with store.batch():
        store.set_answer(*key, quiz_index, choice)
        if not (isinstance(page, Lesson) and is_self_check(page)):
            return AnswerOutcome(Answer.RECORDED)
        from handbook.core.progress.course import quiz_result

        result = quiz_result(page, store.get(*key))
        if not result.complete:
            return AnswerOutcome(Answer.RECORDED, result)
        if result.passed:
            store.set_status(*key, DONE)
            return AnswerOutcome(Answer.PASSED, result)
        return AnswerOutcome(Answer.NOT_PASSED, result)


class Done(Enum):
    NOT_A_LESSON = "not a lesson"  # module pages, activities and forms are not marked
    NEEDS_PASSING = "needs passing"  # a self-check is done by passing it, not by Ctrl+D
    DONE = "done"
    NOT_DONE = "not done"  # it was done; now it is in progress again


def toggle_done(store: ProgressStore, pack: Pack, page: Page) -> Done:
    """Ctrl+D: mark a lesson done, or not done if it was. A self-check does not change."""
    if not isinstance(page, Lesson):
        return Done.NOT_A_LESSON
    if is_self_check(page):
        return Done.NEEDS_PASSING
    key = key_for(pack, page)
    if store.get(*key).status == DONE:
        store.set_status(*key, IN_PROGRESS)
        return Done.NOT_DONE
    store.set_status(*key, DONE)
    return Done.DONE


def retry_needs_asking(store: ProgressStore, pack: Pack, page: Page) -> bool:
    """A retry forgets answers: ask first when there are some."""
    return bool(store.get(*key_for(pack, page)).answers)


def retry_quiz(store: ProgressStore, pack: Pack, page: Page) -> bool:
    """Clear the answers to try again; a done page is then not done, since it is not passed any more.

    One write. Returns whether it was done before.
    """
    key = key_for(pack, page)
    was_done = store.get(*key).status == DONE
    with store.batch():
        store.clear_answers(*key)
        if was_done:
            store.set_status(*key, IN_PROGRESS)
    return was_done


@dataclass(frozen=True)
class ActionsState:
    """What the Mark done and Try again actions show for the page open."""

    can_mark_done: bool
    is_done: bool
    can_retry: bool


def actions_state(store: ProgressStore | None, pack: Pack, page: Page | None) -> ActionsState:
    if store is None or page is None:
        return ActionsState(False, False, False)
    record = store.get(*key_for(pack, page))
    is_lesson = isinstance(page, Lesson)
    return ActionsState(is_lesson, is_lesson and record.is_done, has_quiz(page))


def start_page(store: ProgressStore | None, pack: Pack) -> str:
    """The page to open: where this profile left off, or the start of the course."""
    if store is None:
        return ""
    last = store.last_page(pack.info.id)
    if last and pack.page_at(last) is not None:
        return last
    order = pack.reading_order()
    return order[0].path if order else ""


def continue_page(store: ProgressStore | None, pack: Pack) -> str:
    """Continue reading: the lesson read last, else the first lesson not done yet, else the start page."""
    if store is None:
        return ""
    last = store.last_lesson(pack.info.id)
    if last and isinstance(pack.page_at(last), Lesson):
        return last
    from handbook.core.progress.course import course_progress

    records = {record.key: record for record in store.records(pack.info.id)}
    lesson = course_progress(pack, records, with_quizzes=False).next_lesson
    return lesson.path if lesson is not None else start_page(store, pack)
