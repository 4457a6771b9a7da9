"""The planner's saved state for one profile: circle details and per-meeting edits, in one JSON file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from handbook.core.circle import CircleDetails, CircleError
from handbook.core.content import AgendaItem
from handbook.core.plans import MeetingEdit
from handbook.core.storage import atomic_write_json, move_aside, read_json_object

FORMAT = 1
PLANNER_FILE = "planner.json"


def default_planner_path(data_root: Path, profile: str = "default") -> Path:
    """Where a profile's planner lives; the one place that knows the file name."""
    return Path(data_root) / "profiles" / profile / PLANNER_FILE


class PlannerStore:
    """Reads once, writes atomically on every change. A damaged file is moved aside, never lost."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.details: CircleDetails | None = None
        self.edits: dict[int, MeetingEdit] = {}
        self.moved_aside: Path | None = None
        self._load()

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = read_json_object(self.path)
            details = data.get("circle")
            self.details = CircleDetails.from_dict(details).validate() if details else None
            self.edits = {int(number): _edit_from(raw) for number, raw in dict(data.get("meetings", {})).items()}
        except (OSError, ValueError, TypeError, KeyError, CircleError):
            self.details, self.edits = None, {}
            self.moved_aside = move_aside(self.path)

    def save(self) -> None:
        atomic_write_json(
            self.path,
            {
                "format": FORMAT,
                "circle": self.details.to_dict() if self.details else None,
                "meetings": {str(n): _edit_to(edit) for n, edit in sorted(self.edits.items()) if not edit.is_empty},
            },
        )

    def set_details(self, details: CircleDetails) -> None:
        self.details = details.validate()
        self.save()

    def edit_for(self, number: int) -> MeetingEdit:
        return self.edits.get(number, MeetingEdit())

    def set_template(self, number: int, template_id: str | None) -> None:
        """Choose another template for a meeting; its agenda starts again from that template."""
        self.edits[number] = MeetingEdit(template=template_id, agenda=None)
        self.save()

    def set_agenda(self, number: int, agenda: tuple[AgendaItem, ...], template_id: str) -> None:
        """Keep an edited agenda; the template it came from is pinned so the edits keep their meaning."""
        self.edits[number] = MeetingEdit(template=template_id, agenda=tuple(agenda))
        self.save()

    def reset(self, number: int) -> None:
        """Back to the template the meeting gets by default, as the pack has it."""
        if self.edits.pop(number, None) is not None:
            self.save()


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
