"""Bringing a circle log from another computer (a progress import) into this one without losing anything.

The log has no trustworthy clock (library computers' clocks are often wrong), so nothing is decided by
time: a meeting, learner or goal only one side has is added; where both have a meeting, what this
computer left empty is filled in from the other and what it has stays; names ticked on either side
count. Importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from handbook.core.circle.log import CircleLog, Goal, MeetingLog


@dataclass
class LogMergeReport:
    """What a merge did to the log here, for the import's report."""

    added: list[int] = field(default_factory=list)  # weeks only the other side had
    filled: list[int] = field(default_factory=list)  # weeks here that got something from the other side
    kept: list[int] = field(default_factory=list)  # weeks where both had a value and this side's stayed
    goals_changed: int = 0  # goals added, or given the status set at the end of the circle
    learners_added: int = 0
    reflection_added: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.filled or self.goals_changed or self.learners_added or self.reflection_added)


def merge_meeting(here: MeetingLog, there: MeetingLog) -> tuple[MeetingLog, bool, bool]:
    """(merged, something filled in, something differed and ours was kept)."""
    filled = differed = False
    values = {}
    for name in ("rating", "plus", "delta", "note"):
        ours, theirs = getattr(here, name), getattr(there, name)
        if ours in (None, "") and theirs not in (None, ""):
            values[name], filled = theirs, True
        elif theirs not in (None, "") and theirs != ours:
            differed = True
    if here.present or there.present:
        names = list(here.present)
        known = {name.casefold() for name in names}
        extra = [name for name in there.present if name.casefold() not in known]
        if extra or (there.present and not here.present):
            filled = True
        values["present"] = tuple(names + extra)
        if not here.present and here.attended is not None and here.attended != len(values["present"]):
            differed = True
        values["attended"] = len(values["present"])
    elif here.attended is None and there.attended is not None:
        values["attended"], filled = there.attended, True
    elif there.attended is not None and there.attended != here.attended:
        differed = True
    return replace(here, **values), filled, differed


def merge_logs(here: CircleLog, there: CircleLog) -> tuple[CircleLog, LogMergeReport]:
    """The log here with what ``there`` adds; see the module docstring for the rule."""
    report = LogMergeReport()
    meetings = dict(here.meetings)
    for week, theirs in sorted(there.meetings.items()):
        ours = meetings.get(week)
        if ours is None:
            meetings[week] = theirs
            report.added.append(week)
            continue
        merged, filled, differed = merge_meeting(ours, theirs)
        meetings[week] = merged
        if filled:
            report.filled.append(week)
        if differed:
            report.kept.append(week)
    known = {name.casefold() for name in here.learners}
    learners = list(here.learners)
    for name in [*there.learners, *(name for meeting in meetings.values() for name in meeting.present)]:
        if name.casefold() not in known:
            known.add(name.casefold())
            learners.append(name)
    report.learners_added = len(learners) - len(here.learners)
    goals = list(here.goals)
    for goal in there.goals:
        index = next((n for n, ours in enumerate(goals) if ours.learner.casefold() == goal.learner.casefold()), None)
        if index is None:
            goals.append(goal)
            report.goals_changed += 1
        elif goals[index].status == "open" and goal.status != "open":  # the end-of-circle status was set there
            goals[index] = Goal(goals[index].learner, goals[index].text or goal.text, goal.status)
            report.goals_changed += 1
    reflection = here.reflection or there.reflection
    report.reflection_added = reflection != here.reflection
    return CircleLog(tuple(learners), meetings, tuple(goals), reflection).validate(), report
