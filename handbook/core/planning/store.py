"""The planner's saved state for one profile: circle details and per-meeting edits, in one JSON file.

Format 2 keeps each edit under the meeting it was made for (plans.EditKey): its slot ("last" or a
week number) and the plan that meeting took. Format 1, written by earlier versions, kept edits
under week numbers, which broke when the number of meetings changed; it is read and converted
(see migrate_week_edits), and the file is written as format 2 at the next change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from handbook.core.content.model import AgendaItem, Pack
from handbook.core.paths import GUEST_PROFILE
from handbook.core.planning.circle import MAX_MEETINGS, CircleDetails, CircleError
from handbook.core.planning.plans import (
    LAST,
    WRAP_UP_TAG,
    EditKey,
    MeetingEdit,
    default_template,
    meeting_slot,
    slot_order,
    templates_tagged,
)
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

FORMAT = 2
PLANNER_FILE = "planner.json"


def default_planner_path(data_root: Path, profile: str = GUEST_PROFILE) -> Path:
    """Where a profile's planner lives; the one place that knows the file name."""
    return Path(data_root) / "profiles" / profile / PLANNER_FILE


class PlannerStore:
    """Reads once, writes atomically on every change. A damaged file is moved aside, never lost.

    ``pack`` is only used to convert a file from an earlier version as well as it can be.
    """

    def __init__(self, path: Path, pack: Pack | None = None) -> None:
        self.path = Path(path)
        self.details: CircleDetails | None = None
        self.edits: dict[EditKey, MeetingEdit] = {}
        self.moved_aside: Path | None = None
        self.migrated = False  # read from an earlier version's file
        self._load(pack)

    def _load(self, pack: Pack | None) -> None:
        if not self.path.exists():
            return
        try:
            data = read_json_object(self.path)
            version = data.get("format", 1)
            if version not in (1, FORMAT):
                newer = isinstance(version, int) and version > FORMAT
                self.moved_aside = move_aside(self.path, f"format-{version}" if newer else "damaged")
                return
            details = data.get("circle")
            self.details = CircleDetails.from_dict(details).validate() if details else None
            if version == 1:
                weeks = {int(number): _edit_from(raw) for number, raw in dict(data.get("meetings", {})).items()}
                count = self.details.meetings if self.details else None
                self.edits = migrate_week_edits(weeks, count, pack)
                self.migrated = bool(weeks)
            else:
                self.edits = dict(_keyed_edit_from(raw) for raw in list(data.get("meetings", [])))
        except (OSError, ValueError, TypeError, KeyError, AttributeError, CircleError):
            self.details, self.edits = None, {}
            self.moved_aside = move_aside(self.path)

    def save(self) -> None:
        kept = sorted(
            ((key, edit) for key, edit in self.edits.items() if not edit.is_empty),
            key=lambda pair: (slot_order(pair[0].slot), pair[0].made_on or ""),
        )
        atomic_write_json(
            self.path,
            {
                "format": FORMAT,
                "circle": self.details.to_dict() if self.details else None,
                "meetings": [_keyed_edit_to(key, edit) for key, edit in kept],
            },
        )

    def set_details(self, details: CircleDetails) -> None:
        self.details = details.validate()
        self.save()

    def _key_in_use(self, key: EditKey) -> EditKey:
        """The key of the edit the meeting shows: its own, else one from an earlier version."""
        older = EditKey(key.slot, None)
        return older if key not in self.edits and older in self.edits else key

    def edit_for(self, key: EditKey) -> MeetingEdit:
        return self.edits.get(self._key_in_use(key), MeetingEdit())

    def _put(self, key: EditKey, edit: MeetingEdit) -> None:
        self.edits.pop(self._key_in_use(key), None)  # an earlier version's edit becomes this one
        self.edits[key] = edit
        self.save()

    def set_template(self, key: EditKey, template_id: str | None) -> None:
        """Choose another template for a meeting; its agenda starts again from that template."""
        self._put(key, MeetingEdit(template=template_id, agenda=None))

    def set_agenda(self, key: EditKey, agenda: tuple[AgendaItem, ...], template_id: str | None = None) -> None:
        """Keep an edited agenda, with the template chosen for the meeting (None: its default)."""
        self._put(key, MeetingEdit(template=template_id, agenda=tuple(agenda)))

    def reset(self, key: EditKey) -> None:
        """Back to the template the meeting gets by default, as the pack has it."""
        if self.edits.pop(self._key_in_use(key), None) is not None:
            self.save()

    def discard(self, keys: Iterable[EditKey]) -> None:
        """Forget edits (those no meeting uses, when the user says so)."""
        if [self.edits.pop(key) for key in list(keys) if key in self.edits]:
            self.save()

    def restore(self, edits: Mapping[EditKey, MeetingEdit]) -> None:
        """Put back all edits as they were (undo)."""
        self.edits = dict(edits)
        self.save()


def migrate_week_edits(
    weeks: Mapping[int, MeetingEdit], count: int | None, pack: Pack | None = None
) -> dict[EditKey, MeetingEdit]:
    """Edits kept under week numbers (format 1) as edits kept under their meeting.

    The week that was the last of the circle becomes the last meeting, so its edits follow the end
    of the circle. With the pack, each edit also records the plan its meeting took; and an edited
    wrap-up agenda on a week before the end (where an earlier version left it when meetings were
    added) goes back to the last meeting, unless that has edits of its own. Without the pack the
    edits go by their week alone.
    """
    wrap_ups = templates_tagged(pack, WRAP_UP_TAG) if pack else []
    edits: dict[EditKey, MeetingEdit] = {}
    stray: list[tuple[int, MeetingEdit]] = []
    for number, edit in sorted(weeks.items()):
        if not 1 <= number <= MAX_MEETINGS:
            raise ValueError(f"week {number}")
        if count is None or pack is None or not pack.plans:
            slot = LAST if number == count and number > 1 else str(number)
            edits[EditKey(slot, None)] = edit
        elif edit.agenda is not None and edit.template in {plan.id for plan in wrap_ups} and number != count:
            stray.append((number, edit))
        elif number > count:  # beyond the end of the circle: the plan it was made on is not known
            edits[EditKey(str(number), None)] = edit
        else:
            default = default_template(pack, number, count)
            chosen = edit.template if edit.template != default.id else None
            edits[EditKey(meeting_slot(pack, number, count), default.id)] = MeetingEdit(chosen, edit.agenda)
    for number, edit in stray:  # only with a pack and a count
        last = EditKey(LAST, wrap_ups[0].id)
        if last not in edits and EditKey(LAST, None) not in edits:
            edits[last] = MeetingEdit(None if edit.template == wrap_ups[0].id else edit.template, edit.agenda)
        else:  # the last meeting has edits of its own: this one stays where it was
            made_on = default_template(pack, number, count).id if pack and count and number <= count else None
            edits[EditKey(str(number), made_on)] = edit
    return {key: edit for key, edit in edits.items() if not edit.is_empty}


def _keyed_edit_to(key: EditKey, edit: MeetingEdit) -> dict[str, Any]:
    return {"meeting": key.slot, "made_on": key.made_on, **_edit_to(edit)}


def _keyed_edit_from(raw: Any) -> tuple[EditKey, MeetingEdit]:
    slot, made_on = raw["meeting"], raw.get("made_on")
    if not isinstance(slot, str) or not (slot == LAST or (slot.isdigit() and 1 <= int(slot) <= MAX_MEETINGS)):
        raise ValueError("meeting must be 'last' or a week number")
    if made_on is not None and not isinstance(made_on, str):
        raise ValueError("made_on must be text")
    return EditKey(str(int(slot)) if slot != LAST else LAST, made_on), _edit_from(raw)


def _edit_to(edit: MeetingEdit) -> dict[str, Any]:
    agenda = None
    if edit.agenda is not None:
        agenda = [
            {"title": item.title, "minutes": item.minutes, "activity": item.activity, "notes": item.notes}
            for item in edit.agenda
        ]
    return {"template": edit.template, "agenda": agenda}


def _edit_from(raw: Any) -> MeetingEdit:
    template = raw.get("template")
    if template is not None and not isinstance(template, str):
        raise ValueError("template must be text")
    items = raw.get("agenda")
    if items is None:
        return MeetingEdit(template, None)
    agenda = []
    for item in items:
        title, minutes = item["title"], item["minutes"]
        activity, notes = item.get("activity"), item.get("notes", "")
        if not isinstance(title, str) or isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            raise ValueError("bad agenda item")
        if activity is not None and not isinstance(activity, str):
            raise ValueError("bad activity")
        agenda.append(AgendaItem(title, minutes, activity, str(notes)))
    return MeetingEdit(template, tuple(agenda))
