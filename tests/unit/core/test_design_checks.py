"""``validate`` warns about self-checks that give their answers away and agenda items that outgrow their cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from handbook.cli import main
from handbook.core.content.validate import validate_pack

QUIZ_PAGE = "course/02-next/01-quiz.md"
HEADER = "---\ntitle: Self-check\nminutes: 5\nkind: quiz\nid: next/renamed-quiz\n---\n\nAnswer these.\n\n"


def quiz_block(choices: list[str], answer: int) -> str:
    listed = "\n".join(f"  - {choice}" for choice in choices)
    return f"```quiz\nquestion: Which one?\nchoices:\n{listed}\nanswer: {answer}\nexplanation: Because it is.\n```\n\n"


def write_quiz(pack: Path, blocks: list[str]) -> Path:
    path = pack / QUIZ_PAGE
    path.write_text(HEADER + "".join(blocks), encoding="utf-8")
    return path


def warnings(pack: Path) -> list[str]:
    return [p.format(pack) for p in validate_pack(pack).warnings]


def test_right_answers_mostly_longest_are_named_with_the_line(mini_pack: Path) -> None:
    long_answers = [
        quiz_block(["Only when the whole group agrees to it", "Yes", "No"], 1),
        quiz_block(["Yes", "Only when the whole group agrees to it", "No"], 2),
        quiz_block(["Yes", "No", "Only when the whole group agrees to it"], 3),
    ]
    short_answer = quiz_block(["Yes", "No", "Only when the whole group agrees to it"], 1)
    write_quiz(mini_pack, [*long_answers, short_answer])
    found = warnings(mini_pack)
    # The first block's "question:" is on line 11: 6 lines of front matter, a blank, a line, a blank, the fence.
    assert found == [
        f"{QUIZ_PAGE}:11: warning: in 3 of 4 questions (questions 1, 2, 3) the right answer is the longest "
        "choice, so a reader can pick it without reading. Make some wrong choices as long and as careful as "
        "the right one, or say the right one more briefly."
    ]


def test_half_or_fewer_longest_and_a_tie_for_longest_pass(mini_pack: Path) -> None:
    longest = quiz_block(["Yes", "No", "Only when the whole group agrees"], 3)
    tied = quiz_block(["Ask the group first", "Answer it by myself", "Look it up"], 1)  # 19 and 19 characters: a tie
    short = quiz_block(["Ask", "Answer it yourself", "Leave"], 1)
    write_quiz(mini_pack, [longest, longest, tied, short])
    # Two of four is not "most", for the longest choice or for a position: no warning.
    assert warnings(mini_pack) == []


def test_right_answers_mostly_in_one_position(mini_pack: Path) -> None:
    second = quiz_block(["Answer it yourself", "Ask the group", "Look it up at home"], 2)
    first = quiz_block(["Ask the group", "Answer it yourself", "Look it up at home"], 1)
    write_quiz(mini_pack, [first, second, second, second, first])
    found = warnings(mini_pack)
    assert len(found) == 1
    assert found[0].startswith(
        f"{QUIZ_PAGE}:21: warning: the right answer is choice 2 in 3 of 5 questions (questions 2, 3, 4)"
    )
    assert "change their 'answer:' to match" in found[0]


def test_fewer_than_four_questions_are_not_judged(mini_pack: Path) -> None:
    longest = quiz_block(["Yes", "No", "Only when the whole group agrees to it"], 3)
    write_quiz(mini_pack, [longest, longest, longest])
    assert warnings(mini_pack) == []


def test_agenda_item_outside_its_card_is_named_at_its_minutes_line(
    mini_pack: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = mini_pack / "plans/01-first-meeting.md"
    text = plan.read_text(encoding="utf-8")
    # Plus/Delta's card says 3-20 minutes; give it 25 (and the meeting 30, so the sum still matches).
    plan.write_text(text.replace("minutes: 15", "minutes: 30").replace("minutes: 10", "minutes: 25"), encoding="utf-8")
    found = warnings(mini_pack)
    assert found == [
        "plans/01-first-meeting.md:12: warning: the agenda item 'Plus/Delta' gives 25 minutes, more than its "
        "activity 'Plus/Delta' takes (3-20 minutes, activities/plus-delta.md). Give it minutes in that range, "
        "split the time with another item, or correct the card's 'minutes'."
    ]
    assert main(["validate", str(mini_pack)]) == 0  # warnings alone do not fail the check
    assert "0 errors, 1 warning" in capsys.readouterr().err


def test_agenda_item_under_its_card_and_at_its_ends(mini_pack: Path) -> None:
    plan = mini_pack / "plans/01-first-meeting.md"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("minutes: 15", "minutes: 7").replace("minutes: 10", "minutes: 2"), encoding="utf-8")
    (found,) = warnings(mini_pack)
    assert "gives 2 minutes, less than its activity 'Plus/Delta' takes (3-20 minutes" in found
    plan.write_text(text.replace("minutes: 15", "minutes: 8").replace("minutes: 10", "minutes: 3"), encoding="utf-8")
    assert warnings(mini_pack) == []  # the card's shortest is still inside
