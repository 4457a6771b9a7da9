"""How far a facilitator is through a course: lessons done per module, self-check scores, what is next.

Pure functions over a ``Pack`` and the records of a ``ProgressStore``. A module's self-check is
every lesson of kind ``quiz`` in it; it counts as passed at 75% of its questions right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from handbook.core.content.model import Lesson, Module, Pack, Page
from handbook.core.progress.record import DONE, ItemProgress, Records, lesson_record

if TYPE_CHECKING:
    from handbook.core.content.render_model import Quiz, TaskItem

PASS_MARK = 0.75


@dataclass(frozen=True)
class PageFacts:
    """What a page asks of its reader: the questions of its quizzes and the items of its task list."""

    quizzes: tuple[Quiz, ...]
    tasks: tuple[TaskItem, ...]


@lru_cache(maxsize=256)
def _facts(body: str, path: str) -> PageFacts:
    # The renderer is loaded on first use: the first page may be painted from its saved copy without it.
    from handbook.core.content.render import render_markdown

    result = render_markdown(body, page_path=path)
    return PageFacts(tuple(result.quizzes), tuple(result.tasks))


def page_facts(page: Page) -> PageFacts:
    return _facts(page.body, page.path)


@dataclass(frozen=True)
class QuizResult:
    lesson: Lesson
    right: int
    answered: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered >= self.total

    @property
    def score(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.score >= PASS_MARK

    @property
    def needed(self) -> int:
        """How many right answers passing takes."""
        for right in range(self.total + 1):
            if right / self.total >= PASS_MARK:
                return right
        return self.total


def quiz_result(lesson: Lesson, record: ItemProgress) -> QuizResult:
    quizzes = page_facts(lesson).quizzes
    answers = record.answers
    right = sum(1 for quiz in quizzes if answers.get(quiz.index) == quiz.answer)
    answered = sum(1 for quiz in quizzes if quiz.index in answers)
    return QuizResult(lesson, right, answered, len(quizzes))


@dataclass(frozen=True)
class ModuleProgress:
    module: Module
    done: int
    total: int
    seconds: int
    quizzes: tuple[QuizResult, ...] = ()

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def quizzes_passed(self) -> bool:
        return all(result.passed for result in self.quizzes)


@dataclass(frozen=True)
class CourseProgress:
    modules: tuple[ModuleProgress, ...]
    done: int
    total: int
    seconds: int
    next_lesson: Lesson | None
    not_done: tuple[Lesson, ...] = field(default_factory=tuple)
    quizzes_not_passed: tuple[QuizResult, ...] = field(default_factory=tuple)

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    @property
    def complete(self) -> bool:
        """Every lesson done and every module's self-check passed: the certificate is earned."""
        return self.total > 0 and not self.not_done and not self.quizzes_not_passed


def course_progress(pack: Pack, records: Records, *, with_quizzes: bool = True) -> CourseProgress:
    modules = []
    not_done: list[Lesson] = []
    failed: list[QuizResult] = []
    next_lesson: Lesson | None = None
    for module in pack.modules:
        done = seconds = 0
        quizzes = []
        for lesson in module.lessons:
            record = lesson_record(pack, lesson, records)
            seconds += record.seconds
            if record.status == DONE:
                done += 1
            else:
                not_done.append(lesson)
                if next_lesson is None:
                    next_lesson = lesson
            if with_quizzes and lesson.kind == "quiz":
                result = quiz_result(lesson, record)
                quizzes.append(result)
                if not result.passed:
                    failed.append(result)
        modules.append(ModuleProgress(module, done, len(module.lessons), seconds, tuple(quizzes)))
    total = sum(m.total for m in modules)
    return CourseProgress(
        tuple(modules),
        sum(m.done for m in modules),
        total,
        sum(m.seconds for m in modules),
        next_lesson,
        tuple(not_done),
        tuple(failed),
    )


def format_duration(seconds: int) -> str:
    """'2 h 05 min', '12 min', 'under a minute', in the user's language."""
    from handbook.core.i18n import translate

    minutes = seconds // 60
    if minutes < 1:
        return translate("durations", "under a minute") if seconds else translate("durations", "no time yet")
    hours, minutes = divmod(minutes, 60)
    if hours:
        return translate("durations", "{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
    return translate("durations", "{minutes} min").format(minutes=minutes)
