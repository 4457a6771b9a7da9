"""The words of a question and its feedback, shared by the page's HTML and the reader's answer controls."""

from __future__ import annotations

from handbook.core.content.render_model import Quiz
from handbook.core.i18n import translate


def question_number(quiz: Quiz) -> str:
    return translate("quiz", "Question {n}.").format(n=quiz.index + 1)


def choice_label(number: int, choice: str) -> str:
    """A choice as the page shows it: its letter and its words ("B. Say yes...")."""
    return f"{chr(ord('A') + number)}. {choice}"


def verdict(quiz: Quiz, chosen: int) -> tuple[bool, str, str]:
    """Whether the answer is right, the verdict ("Right.", "Not quite.") and what else to say (the right letter)."""
    if chosen == quiz.answer:
        return True, translate("quiz", "Right."), ""
    right = chr(ord("A") + quiz.answer)
    return (
        False,
        translate("quiz", "Not quite."),
        translate("quiz", "The right answer is {letter}.").format(letter=right),
    )
