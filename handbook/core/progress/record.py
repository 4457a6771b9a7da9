"""One progress record: what a facilitator did on one page of one pack; checking and finding records.

Kept apart from the store (``progress.py``) so that summaries and the GUI can use records
without loading TinyDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.storage import parse_json_bytes

if TYPE_CHECKING:
    from handbook.core.content.model import Lesson, Pack, Page

NOT_STARTED = "not-started"
IN_PROGRESS = "in-progress"
DONE = "done"
STATUSES = (NOT_STARTED, IN_PROGRESS, DONE)

MAX_ID_LENGTH = 300
MAX_NOTE_LENGTH = 200_000
MAX_SECONDS = 10 * 365 * 24 * 3600
MAX_SCROLL = 10**9
MAX_MARKS = 5_000  # ticks or answers on one page
MAX_INDEX = 100_000

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    """An ISO 8601 time with a zone, as UTC; ValueError otherwise."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(translate("progress file", "the time has no time zone"))
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True)
class ItemProgress:
    """What one facilitator has done on one lesson (or other page) of one pack."""

    pack_id: str
    item_id: str
    status: str = NOT_STARTED
    seconds: int = 0
    scroll: int = 0
    ticks: Mapping[int, bool] = field(default_factory=dict)
    answers: Mapping[int, int] = field(default_factory=dict)
    note: str = ""
    updated: str = ""

    @property
    def is_done(self) -> bool:
        return self.status == DONE

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack_id, self.item_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "pack": self.pack_id,
            "item": self.item_id,
            "status": self.status,
            "seconds": self.seconds,
            "scroll": self.scroll,
            "ticks": {str(index): value for index, value in sorted(self.ticks.items())},
            "answers": {str(index): value for index, value in sorted(self.answers.items())},
            "note": self.note,
            "updated": self.updated,
        }

    def same_content(self, other: ItemProgress) -> bool:
        """Equal apart from the time of the last change."""
        return self.to_json() | {"updated": ""} == other.to_json() | {"updated": ""}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_text(raw: Mapping[str, Any], name: str, limit: int, *, required: bool = True) -> str:
    value = raw.get(name, None if required else "")
    if not isinstance(value, str):
        raise ValueError(translate("progress file", "'{field}' must be text").format(field=name))
    if required and not value.strip():
        raise ValueError(translate("progress file", "'{field}' is empty").format(field=name))
    if len(value) > limit:
        raise ValueError(
            translate("progress file", "'{field}' is longer than {limit} characters").format(field=name, limit=limit)
        )
    if name != "note" and _CONTROL.search(value):
        raise ValueError(translate("progress file", "'{field}' contains control characters").format(field=name))
    if not is_savable_text(value):
        raise ValueError(
            translate(
                "progress file", "'{field}' holds a character that is not text (a lone surrogate such as \\ud800)"
            ).format(field=name)
        )
    return value


def is_savable_text(value: str) -> bool:
    """True if the text can be written as UTF-8: JSON's "\\ud800" reads as a string that cannot."""
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_int(raw: Mapping[str, Any], name: str, limit: int) -> int:
    value = raw.get(name, 0)
    if not _is_int(value) or not 0 <= value <= limit:
        raise ValueError(
            translate("progress file", "'{field}' must be a whole number from 0 to {limit}").format(
                field=name, limit=limit
            )
        )
    return int(value)


def _is_tick(value: Any) -> bool:
    return value is True or value is False


def _is_choice(value: Any) -> bool:
    return type(value) is int and 0 <= value <= MAX_INDEX


def _check_marks(raw: Mapping[str, Any], name: str, value_ok: Callable[[Any], bool]) -> dict[int, Any]:
    value = raw.get(name)
    if not value:
        if value is None or value == {}:
            return {}
        raise ValueError(translate("progress file", "'{field}' must be a table of numbers").format(field=name))
    if not isinstance(value, dict):
        raise ValueError(translate("progress file", "'{field}' must be a table of numbers").format(field=name))
    if len(value) > MAX_MARKS:
        raise ValueError(
            translate("progress file", "'{field}' has more than {count} entries").format(field=name, count=MAX_MARKS)
        )
    marks = {}
    for key, mark in value.items():  # one pass, calls only for the values: this runs for every record at start
        if not (type(key) is str and key.isascii() and key.isdigit() and len(key) <= 6 and int(key) <= MAX_INDEX):
            raise ValueError(
                translate("progress file", "'{field}' has a key that is not a number: {key}").format(
                    field=name, key=repr(str(key)[:40])
                )
            )
        if not value_ok(mark):
            raise ValueError(
                translate("progress file", "'{field}' has a value of the wrong kind for {key}").format(
                    field=name, key=key
                )
            )
        marks[int(key)] = mark
    return marks


def _parse_usual(raw: Any) -> ItemProgress | None:
    """A record as this app writes it, checked in one pass; None for anything else (``parse_record`` then says why).

    Every record is checked at start, before the first page is painted: this path makes the same
    checks as the field-by-field one with far fewer calls, for the record that passes them all.
    """
    if type(raw) is not dict:
        return None
    pack, item, note = raw.get("pack"), raw.get("item"), raw.get("note", "")
    status, updated = raw.get("status", NOT_STARTED), raw.get("updated")
    seconds, scroll = raw.get("seconds", 0), raw.get("scroll", 0)
    if not (
        type(pack) is str
        and type(item) is str
        and type(note) is str
        and type(updated) is str
        and type(seconds) is int
        and type(scroll) is int
        and status in STATUSES
        and 0 <= seconds <= MAX_SECONDS
        and 0 <= scroll <= MAX_SCROLL
        and len(pack) <= MAX_ID_LENGTH
        and len(item) <= MAX_ID_LENGTH
        and len(note) <= MAX_NOTE_LENGTH
        and pack.isascii()
        and item.isascii()
        and pack.strip()
        and item.strip()
        and (note.isascii() or is_savable_text(note))
        and len(updated) == 32
        and updated.endswith("+00:00")
        and not _CONTROL.search(pack)
        and not _CONTROL.search(item)
    ):
        return None
    try:
        datetime.fromisoformat(updated)
        ticks = _check_marks(raw, "ticks", _is_tick)
        answers = _check_marks(raw, "answers", _is_choice)
    except ValueError:
        return None
    return ItemProgress(pack, item, str(status), seconds, scroll, ticks, answers, note, updated)


def parse_record(raw: Any) -> ItemProgress:
    """Check one record as written in a progress file or an export; ValueError says what is wrong."""
    usual = _parse_usual(raw)
    return usual if usual is not None else _parse_checked(raw)


def _parse_checked(raw: Any) -> ItemProgress:
    """Field by field, saying which field is wrong."""
    if not isinstance(raw, dict):
        raise ValueError(translate("progress file", "a record must be a table of fields"))
    pack_id = _check_text(raw, "pack", MAX_ID_LENGTH)
    item_id = _check_text(raw, "item", MAX_ID_LENGTH)
    status = raw.get("status", NOT_STARTED)
    if status not in STATUSES:
        raise ValueError(
            translate("progress file", "'status' must be one of {values}").format(values=", ".join(STATUSES))
        )
    updated = raw.get("updated")
    if not isinstance(updated, str) or len(updated) > 40:
        raise ValueError(translate("progress file", "'updated' must be a date and time"))
    try:
        if len(updated) == 32 and updated.endswith("+00:00"):
            datetime.fromisoformat(updated)  # already as this module writes it: only check it
        else:
            updated = parse_time(updated).isoformat(timespec="microseconds")
    except ValueError:
        raise ValueError(
            translate("progress file", "'updated' is not a date and time: {value}").format(value=repr(updated[:40]))
        ) from None
    return ItemProgress(
        pack_id=pack_id,
        item_id=item_id,
        status=str(status),
        seconds=_check_int(raw, "seconds", MAX_SECONDS),
        scroll=_check_int(raw, "scroll", MAX_SCROLL),
        ticks=_check_marks(raw, "ticks", _is_tick),
        answers=_check_marks(raw, "answers", _is_choice),
        note=_check_text(raw, "note", MAX_NOTE_LENGTH, required=False),
        updated=updated,
    )


class RecordRefusedError(HandbookError):
    """A change that would make a record the app could not read back; nothing was changed."""


def check_record(record: ItemProgress) -> None:
    """The writer's side of ``parse_record``: refuse what the reader would refuse, before it is written."""
    try:
        parse_record(record.to_json())
    except ValueError as exc:
        raise RecordRefusedError(
            translate(
                "progress file", "This change to '{item}' was not saved: {problem}. Nothing else was changed."
            ).format(item=str(record.item_id)[:80], problem=exc)
        ) from None


def parse_json_strictly(raw: bytes) -> Any:
    """JSON from UTF-8 bytes, refusing NaN and Infinity; ValueError with a short reason otherwise.

    The nesting is left to the record checks, which say which record is too deep.
    """
    return parse_json_bytes(raw, max_depth=None)


Records = Mapping[tuple[str, str], ItemProgress]


def records_by_key(records: list[ItemProgress]) -> dict[tuple[str, str], ItemProgress]:
    return {record.key: record for record in records}


def item_id_for(page: Page) -> str:
    """The id progress is kept under: a lesson's id; other pages are prefixed by their kind."""
    return page.id if page.section == "lesson" else f"{page.section}:{page.id}"


def lesson_record(pack: Pack, lesson: Lesson, records: Records) -> ItemProgress:
    return records.get((pack.info.id, lesson.id)) or ItemProgress(pack.info.id, lesson.id)


def module_counts(pack: Pack, records: Records) -> dict[str, tuple[int, int]]:
    """Lessons done and lessons in total per module id; cheap (no quiz rendering), for the tree."""
    counts = {}
    for module in pack.modules:
        done = sum(1 for lesson in module.lessons if lesson_record(pack, lesson, records).status == DONE)
        counts[module.id] = (done, len(module.lessons))
    return counts
