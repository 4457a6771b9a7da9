"""Warnings about how content is made: self-checks that give their answers away, agenda items that
do not fit their activity cards. None of these stops a pack from working, so all are warnings."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from handbook.core.content.model import Pack, Page, SessionPlan
from handbook.core.content.render import render_markdown
from handbook.core.content.render_model import Quiz
from handbook.core.errors import Problem
from handbook.core.i18n import translate

# Below this many questions a pattern is as likely to be chance as a habit of the writer.
MIN_QUESTIONS = 4


def design_warnings(pack: Pack) -> list[Problem]:
    """Every warning of this module for the pack: its self-checks, then its plans."""
    problems: list[Problem] = []
    for page in pack.pages():
        if "```quiz" in page.body or "~~~quiz" in page.body:
            problems.extend(self_check_warnings(page, pack.root))
    for plan in pack.plans:
        problems.extend(agenda_fit_warnings(plan, pack))
    return problems


def page_quizzes(page: Page) -> list[Quiz]:
    return render_markdown(page.body, page_path=page.path, first_line=page.body_line).quizzes


def uniquely_longest(quiz: Quiz) -> bool:
    """Whether the right choice is longer than every other choice: a cue a test-wise reader follows."""
    right = len(quiz.choices[quiz.answer])
    return all(len(choice) < right for number, choice in enumerate(quiz.choices) if number != quiz.answer)


def self_check_warnings(page: Page, root: Path) -> list[Problem]:
    """A warning when most right answers are the longest choice, or most sit in one position."""
    quizzes = page_quizzes(page)
    if len(quizzes) < MIN_QUESTIONS:
        return []
    source = root / page.path
    problems = []
    longest = [quiz for quiz in quizzes if uniquely_longest(quiz)]
    if len(longest) * 2 > len(quizzes):
        problems.append(
            Problem(
                source,
                longest[0].line,
                translate(
                    "validate",
                    "in {count} of {total} questions (questions {numbers}) the right answer is the longest choice, "
                    "so a reader can pick it without reading. Make some wrong choices as long and as careful as "
                    "the right one, or say the right one more briefly.",
                ).format(count=len(longest), total=len(quizzes), numbers=_numbers(longest)),
                severity="warning",
            )
        )
    position, count = Counter(quiz.answer for quiz in quizzes).most_common(1)[0]
    if count * 2 > len(quizzes):
        same = [quiz for quiz in quizzes if quiz.answer == position]
        problems.append(
            Problem(
                source,
                same[0].line,
                translate(
                    "validate",
                    "the right answer is choice {choice} in {count} of {total} questions (questions {numbers}), so a "
                    "reader can guess it. Move the right answer to other positions in some questions, and change "
                    "their 'answer:' to match.",
                ).format(choice=position + 1, count=count, total=len(quizzes), numbers=_numbers(same)),
                severity="warning",
            )
        )
    return problems


def _numbers(quizzes: Sequence[Quiz]) -> str:
    return ", ".join(str(quiz.index + 1) for quiz in quizzes)


def agenda_fit_warnings(plan: SessionPlan, pack: Pack) -> list[Problem]:
    """A warning for each agenda item whose minutes fall outside its activity card's range."""
    problems = []
    source = pack.root / plan.path
    for index, item in enumerate(plan.agenda):
        activity = pack.activity(item.activity) if item.activity else None
        if activity is None:
            continue  # a missing activity is reported as an error by validate
        low, high = activity.minutes
        if high <= 0 or low <= item.minutes <= high:
            continue
        if item.minutes > high:
            said = translate(
                "validate",
                "the agenda item '{title}' gives {minutes} minutes, more than its activity '{activity}' takes "
                "({range} minutes, {path}). Give it minutes in that range, split the time with another item, or "
                "correct the card's 'minutes'.",
            )
        elif item.minutes == 1:
            said = translate(
                "validate",
                "the agenda item '{title}' gives 1 minute, less than its activity '{activity}' takes "
                "({range} minutes, {path}). Give it minutes in that range, split the time with another item, or "
                "correct the card's 'minutes'.",
            )
        else:
            said = translate(
                "validate",
                "the agenda item '{title}' gives {minutes} minutes, less than its activity '{activity}' takes "
                "({range} minutes, {path}). Give it minutes in that range, split the time with another item, or "
                "correct the card's 'minutes'.",
            )
        message = said.format(
            title=item.title,
            minutes=item.minutes,
            activity=activity.title,
            range=activity.minutes_label,
            path=activity.path,
        )
        line = _item_minutes_line(source, index, plan.key_lines.get("agenda", 1))
        problems.append(Problem(source, line, message, severity="warning"))
    return problems


_ITEM_START = re.compile(r"^(\s*)-\s")


def _item_minutes_line(path: Path, index: int, agenda_line: int) -> int:
    """The line of the ``index``-th agenda item's 'minutes:' (its first line, else the agenda's)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return agenda_line
    starts: list[int] = []
    indent: str | None = None
    for number in range(agenda_line, len(lines)):  # the lines after 'agenda:' (0-based = 1-based + 0)
        text = lines[number]
        if text.strip() == "---":
            break
        match = _ITEM_START.match(text)
        if match and (indent is None or match.group(1) == indent):
            indent = match.group(1)
            starts.append(number)
        elif indent is not None and text.strip() and not text.startswith(indent + " ") and not match:
            break  # the next top-level key: the agenda is over
    if index >= len(starts):
        return agenda_line
    end = starts[index + 1] if index + 1 < len(starts) else len(lines)
    for number in range(starts[index], end):
        if re.match(r"^\s*(-\s+)?minutes\s*:", lines[number]):
            return number + 1
    return starts[index] + 1
