"""Moving progress between computers: export a profile to one file, import it with a merge, and a CSV summary.

An import is checked completely before anything changes; the newer record per item wins, and
the progress file is backed up first. The CSV is for a trainer following several facilitators.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from handbook import __version__
from handbook.core.circle.log import CircleLog, CircleLogError
from handbook.core.circle.log_merge import LogMergeReport
from handbook.core.circle.store import CIRCLE_LOG_FILE, log_from_file, log_to_file, plan_log_merge, read_circle_log
from handbook.core.content.model import Pack
from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.progress.backup import make_backup
from handbook.core.progress.course import quiz_result
from handbook.core.progress.record import (
    DONE,
    IN_PROGRESS,
    NOT_STARTED,
    STATUSES,
    ItemProgress,
    item_id_for,
    now_iso,
    parse_json_strictly,
    parse_record,
    records_by_key,
)
from handbook.core.progress.store import MergeReport, ProgressStore
from handbook.core.storage import atomic_write_json

EXPORT_FORMAT = "handbook-progress"
EXPORT_VERSION = 1
MAX_EXPORT_BYTES = 64 * 1024 * 1024
MAX_EXPORT_RECORDS = 200_000


class ProgressImportError(HandbookError):
    """A progress file that will not be imported; nothing was changed."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(
            translate(
                "progress",
                "{file}: {problem}. Nothing was imported; use a file made with 'Export progress' "
                "(or 'handbook progress export').",
            ).format(file=path, problem=problem)
        )
        self.path = Path(path)


@dataclass(frozen=True)
class ProgressExport:
    profile_name: str
    exported: str
    app_version: str
    records: tuple[ItemProgress, ...]
    circle_log: CircleLog | None = None  # the profile's circle log, when it had one


def export_progress(store: ProgressStore, target: Path) -> int:
    """Write every record of the store to ``target`` (atomically); returns how many."""
    records = sorted(store.records(), key=lambda record: record.key)
    value: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_VERSION,
        "app_version": __version__,
        "profile": store.profile_name,
        "exported": now_iso(),
        "records": [record.to_json() for record in records],
    }
    try:
        circle_log = read_circle_log(store.path.parent / CIRCLE_LOG_FILE)
    except CircleLogError:
        circle_log = None  # a log this version cannot read stays on this computer, untouched
    if circle_log is not None:
        value["circle_log"] = log_to_file(circle_log)  # an older Handbook reading the export ignores it
    atomic_write_json(Path(target), value)
    return len(records)


def read_export(path: Path) -> ProgressExport:
    """Read and check an exported progress file completely; ProgressImportError if anything is off."""
    path = Path(path)
    if path.is_dir():
        raise ProgressImportError(path, translate("progress", "this is a folder, not a file"))
    try:
        size = path.stat().st_size
        if size > MAX_EXPORT_BYTES:
            raise ProgressImportError(
                path,
                translate("progress", "the file is too big to be progress ({size} bytes; the most is {most})").format(
                    size=f"{size:,}", most=f"{MAX_EXPORT_BYTES:,}"
                ),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProgressImportError(path, translate("progress", "there is no such file")) from None
    except OSError as exc:
        raise ProgressImportError(
            path, translate("progress", "the file cannot be read ({reason})").format(reason=exc.strerror)
        ) from None
    try:
        data: Any = parse_json_strictly(raw)
    except ValueError as exc:
        raise ProgressImportError(path, str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ProgressImportError(path, translate("progress", "this is not a Handbook progress export"))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProgressImportError(path, translate("progress", "the export has no valid format version"))
    if version > EXPORT_VERSION:
        raise ProgressImportError(
            path, translate("progress", "the export was made by a newer version of Handbook; update Handbook first")
        )
    name = data.get("profile", "")
    if not isinstance(name, str) or len(name) > 200:
        raise ProgressImportError(path, translate("progress", "the profile name in the export is not valid"))
    records = data.get("records")
    if not isinstance(records, list):
        raise ProgressImportError(path, translate("progress", "the export holds no list of records"))
    if len(records) > MAX_EXPORT_RECORDS:
        raise ProgressImportError(
            path, translate("progress", "the export holds more than {count} records").format(count=MAX_EXPORT_RECORDS)
        )
    parsed: list[ItemProgress] = []
    seen: set[tuple[str, str]] = set()
    for number, raw_record in enumerate(records, start=1):
        try:
            record = parse_record(raw_record)
        except ValueError as exc:
            raise ProgressImportError(
                path, translate("progress", "record {number}: {problem}").format(number=number, problem=exc)
            ) from None
        if record.key in seen:
            raise ProgressImportError(
                path,
                translate("progress", "record {number}: a second record for '{item}'").format(
                    number=number, item=record.item_id
                ),
            )
        seen.add(record.key)
        parsed.append(record)
    exported = data.get("exported", "")
    app_version = data.get("app_version", "")
    circle_log = None
    if data.get("circle_log") is not None:
        try:
            circle_log = log_from_file(data["circle_log"])
        except CircleLogError as exc:
            raise ProgressImportError(
                path, translate("progress", "the circle log in it: {problem}").format(problem=exc.message.rstrip("."))
            ) from None
    return ProgressExport(
        name,
        exported if isinstance(exported, str) else "",
        app_version if isinstance(app_version, str) else "",
        tuple(parsed),
        circle_log,
    )


def import_progress(store: ProgressStore, path: Path, now: datetime | None = None) -> MergeReport:
    """Check ``path``, back up the store's file, then merge (the newer record per item wins).

    When the export brings nothing new, nothing is written and no backup is made. Dates after
    ``now`` (the import's time) are clamped to it: see ``ProgressStore.plan_merge``.
    """
    export = read_export(path)
    moment = now or datetime.now(timezone.utc)
    circle = None
    if export.circle_log is not None:  # checked before anything changes, like the records
        try:
            circle = plan_log_merge(store.path.parent / CIRCLE_LOG_FILE, export.circle_log)
        except CircleLogError as exc:
            raise ProgressImportError(
                Path(path),
                translate("progress", "the circle log in it: {problem}").format(problem=exc.message.rstrip(".")),
            ) from None
    if store.plan_merge(export.records, moment).changed or (circle is not None and circle[2].changed):
        make_backup(store.path, "before-import", always=True, now=moment)
    report = store.merge(export.records, moment)
    if circle is not None:
        log_store, merged, report.circle = circle
        if report.circle.changed:
            log_store.replace(merged)
    return report


def _title_for(pack: Pack | None, record: ItemProgress) -> str:
    if pack is not None and record.pack_id == pack.info.id:
        for page in pack.pages():
            if item_id_for(page) == record.item_id:
                return page.title
    return record.item_id


def describe_merge(report: MergeReport, pack: Pack | None = None, limit: int = 20) -> list[str]:
    """The report of an import in sentences, naming lessons by title where the pack knows them."""
    lines = [
        translate(
            "progress",
            "{added} new, {updated} updated, {kept} kept because this computer's copy is newer, "
            "{unchanged} already the same.",
        ).format(
            added=len(report.added),
            updated=len(report.updated),
            kept=len(report.kept_newer),
            unchanged=report.unchanged,
        )
    ]
    if report.clamped:
        count = len(report.clamped)
        clamped = (
            translate(
                "progress",
                "1 record was dated in the future (a computer's clock was wrong); it now carries the time of "
                "this import.",
            )
            if count == 1
            else translate(
                "progress",
                "{count} records were dated in the future (a computer's clock was wrong); they now carry the time "
                "of this import.",
            )
        )
        lines.append(clamped.format(count=count))
    statuses = {
        NOT_STARTED: translate("progress", "not started"),
        IN_PROGRESS: translate("progress", "in progress"),
        DONE: translate("progress", "done"),
    }
    for label, more, records in (
        (translate("progress", "New: {item} ({status})"), translate("progress", "New: and {count} more"), report.added),
        (
            translate("progress", "Updated: {item} ({status})"),
            translate("progress", "Updated: and {count} more"),
            report.updated,
        ),
        (
            translate("progress", "Kept (newer here): {item} ({status})"),
            translate("progress", "Kept (newer here): and {count} more"),
            report.kept_newer,
        ),
    ):
        for record in records[:limit]:
            status = statuses.get(record.status, record.status)
            lines.append(label.format(item=_title_for(pack, record), status=status))
        if len(records) > limit:
            lines.append(more.format(count=len(records) - limit))
    if report.circle is not None:
        lines.append(describe_log_merge(report.circle))
    return lines


def describe_log_merge(report: LogMergeReport) -> str:
    """The circle log's part of an import's report, in one sentence."""
    if not report.changed:
        return translate("circle", "Circle log: nothing new.")
    return translate(
        "circle", "Circle log: {added} meetings added, {filled} filled in, {goals} goals added or updated."
    ).format(added=len(report.added), filled=len(report.filled), goals=report.goals_changed)


CSV_COLUMNS = (
    "profile", "module", "lesson", "lesson id", "kind", "status",
    "minutes spent", "self-check right", "self-check questions", "self-check passed", "has note", "last change (UTC)",
)  # fmt: skip


def _cell(value: object) -> str:
    """A CSV cell that spreadsheets will not run as a formula."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def progress_csv(pack: Pack, profiles: Sequence[tuple[str, list[ItemProgress]]]) -> str:
    """One row per profile and lesson of the pack, in course order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for name, records in profiles:
        by_key = records_by_key(records)
        for number, module in enumerate(pack.modules, start=1):
            for lesson in module.lessons:
                record = by_key.get((pack.info.id, lesson.id)) or ItemProgress(pack.info.id, lesson.id)
                right = questions = passed = ""
                if lesson.kind == "quiz":
                    result = quiz_result(lesson, record)
                    right, questions = str(result.right), str(result.total)
                    passed = "yes" if result.passed else "no"
                status = record.status if record.status in STATUSES else ""
                writer.writerow(
                    [
                        _cell(name),
                        _cell(f"{number}. {module.title}"),
                        _cell(lesson.title),
                        _cell(lesson.id),
                        lesson.kind,
                        status,
                        record.seconds // 60,
                        right,
                        questions,
                        passed,
                        "yes" if record.note.strip() else "no",
                        record.updated[:19].replace("T", " "),
                    ]
                )
    return out.getvalue()
