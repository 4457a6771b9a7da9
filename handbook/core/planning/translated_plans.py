"""The circle's meetings printed from a translation of its course: which planner changes carry over, which do not.

A translation's plans pair with the course's by the number that starts their file name (plans/03-feedback.md
and plans/03-comentarios.md; tests/test_spanish_pack_sync.py keeps them in step), as their ids are words of
each language. A plan the librarian chose for a meeting carries over as its twin. A changed agenda does not:
its lines are the librarian's own words in the course's language, and printing them among translated ones
would give a sheet in two languages. Those meetings print the translated plan as it comes, and the print
dialog says which they are (``changed_agendas``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from handbook.core.content.model import Pack
from handbook.core.planning.circle import CircleDetails
from handbook.core.planning.plans import EditKey, Meeting, MeetingEdit, build_meetings

_NUMBER = re.compile(r"^plans/(\d+)-")


def plan_twins(course: Pack, translation: Pack) -> dict[str, str]:
    """Course plan id -> the id of the translation's plan with the same file number."""
    numbered = {}
    for plan in translation.plans:
        found = _NUMBER.match(plan.path)
        if found:
            numbered[int(found.group(1))] = plan.id
    twins = {}
    for plan in course.plans:
        found = _NUMBER.match(plan.path)
        if found and int(found.group(1)) in numbered:
            twins[plan.id] = numbered[int(found.group(1))]
    return twins


def paired_edits(course: Pack, translation: Pack, edits: Mapping[EditKey, MeetingEdit]) -> dict[EditKey, MeetingEdit]:
    """The planner's edits as they apply to the translation: chosen plans as their twins, agendas left out."""
    twins = plan_twins(course, translation)
    paired: dict[EditKey, MeetingEdit] = {}
    for key, edit in edits.items():
        if edit.template is None or edit.template not in twins:
            continue  # only a changed agenda, or a plan with no twin: the translated default is printed
        if key.made_on is not None and key.made_on not in twins:
            continue
        made_on = twins[key.made_on] if key.made_on is not None else None
        paired[EditKey(key.slot, made_on)] = MeetingEdit(template=twins[edit.template])
    return paired


def translated_meetings(
    course: Pack, translation: Pack, details: CircleDetails, edits: Mapping[EditKey, MeetingEdit]
) -> list[Meeting]:
    """The circle's meetings, dates and times as planned, each with the translation's plan."""
    return build_meetings(translation, details, paired_edits(course, translation, edits))


def changed_agendas(course_meetings: Sequence[Meeting]) -> list[Meeting]:
    """The meetings whose agenda the librarian changed: printed with those changes in the course's language only."""
    return [meeting for meeting in course_meetings if meeting.edited]
