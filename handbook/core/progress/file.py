"""Reading a progress file: checked, migrated, and salvaged record by record.

One bad record does not condemn a profile: the good records load, the bad ones are set aside
(``LoadedProgress.set_aside``) for the store to keep in a file beside it. Only a file that cannot
be read as a Handbook progress file at all raises ``ProgressFileError``, after which the caller
moves it aside and restores a backup (see ``Profiles.open``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handbook.core.errors import HandbookError
from handbook.core.i18n import translate
from handbook.core.progress.record import ItemProgress, parse_json_strictly, parse_record
from handbook.core.progress.storage import Tables
from handbook.core.storage import read_limited

SCHEMA_VERSION = 1
# MIGRATIONS[n] turns the data of schema n into schema n + 1 (it gets and returns the whole file).
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
MAX_PROGRESS_BYTES = 256 * 1024 * 1024  # a heavy year is ~2 MB; far beyond is not a progress file


class ProgressFileError(HandbookError):
    """A progress file that cannot be used: not JSON, the wrong shape, or an unknown schema."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass
class LoadedProgress:
    """A progress file's checked content: TinyDB's tables, the records they hold, and what was set aside."""

    tables: Tables
    records: dict[int, ItemProgress]  # by TinyDB document id
    migrated: bool = False
    set_aside: dict[str, Any] = field(default_factory=dict)  # document id -> the record as it was
    problems: list[str] = field(default_factory=list)  # one sentence per record set aside


def _schema_version(data: Any, path: Path) -> int:
    if not isinstance(data, dict):
        raise ProgressFileError(path, translate("progress file", "the file does not hold progress records"))
    meta = data.get("_meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("1"), dict):
        raise ProgressFileError(
            path, translate("progress file", "the file has no schema version; it is not a Handbook progress file")
        )
    version = meta["1"].get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProgressFileError(
            path,
            translate("progress file", "the schema version {version} is not one Handbook knows").format(
                version=repr(str(version)[:20])
            ),
        )
    if version > SCHEMA_VERSION:
        raise ProgressFileError(
            path,
            translate(
                "progress file",
                "the file was written by a newer version of Handbook (schema {version}; this version reads up to "
                "{known}). Update Handbook to use it.",
            ).format(version=version, known=SCHEMA_VERSION),
        )
    return version


def check_progress_data(data: Any, path: Path) -> LoadedProgress:
    """Validate (and migrate) a progress file's content, setting bad records aside.

    ProgressFileError only if the file as a whole cannot be used.
    """
    version = before = _schema_version(data, path)
    while version < SCHEMA_VERSION:
        try:
            data = MIGRATIONS[version](data)
        except Exception as exc:  # a migration that fails means the file is not what it claims
            raise ProgressFileError(
                path,
                translate("progress file", "the file could not be updated from schema {version} ({problem})").format(
                    version=version, problem=exc
                ),
            ) from None
        version += 1
        data["_meta"]["1"]["schema"] = version
    records = data.setdefault("records", {})
    if not isinstance(records, dict):
        raise ProgressFileError(path, translate("progress file", "the records are not a table"))
    loaded = LoadedProgress(data, {}, before != SCHEMA_VERSION)
    _salvage_other_tables(data, loaded)
    seen: set[tuple[str, str]] = set()
    bad: list[str] = []
    for doc_id, raw in records.items():
        problem = ""
        if not (doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 10):
            problem = translate("progress file", "record {id} has no number").format(id=repr(doc_id[:20]))
        else:
            try:
                record = parse_record(raw)
            except ValueError as exc:
                problem = translate("progress file", "record {id}: {problem}").format(id=doc_id, problem=exc)
            else:
                key = record.key
                if key in seen:
                    problem = translate("progress file", "record {id}: a second record for {item}").format(
                        id=doc_id, item=record.item_id
                    )
        if problem:
            loaded.set_aside[doc_id] = raw
            loaded.problems.append(problem)
            bad.append(doc_id)
            continue
        seen.add(key)
        loaded.records[int(doc_id)] = record
    for doc_id in bad:
        del records[doc_id]
    return loaded


def _savable(value: Any) -> bool:
    try:
        json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):  # UnicodeEncodeError is a ValueError
        return False
    return True


def _salvage_other_tables(data: dict[str, Any], loaded: LoadedProgress) -> None:
    """The profile's name, last pages and any other table: what could not be written back is set aside."""
    meta_table = data["_meta"]
    meta = meta_table["1"]
    for name in [key for key in meta if key != "schema"]:
        value = meta[name]
        if (name == "profile" and not isinstance(value, str)) or not _savable(value):
            loaded.set_aside[f"_meta.{name}"[:80]] = value
            loaded.problems.append(
                translate("progress file", "the profile's '{name}' could not be used; it was left out").format(
                    name=name[:40]
                )
            )
            del meta[name]
    for doc_id in [key for key in meta_table if key != "1"]:
        if not (isinstance(meta_table[doc_id], dict) and _savable(meta_table[doc_id])):
            loaded.set_aside[f"_meta.{doc_id}"[:80]] = meta_table.pop(doc_id)
            loaded.problems.append(
                translate("progress file", "a part of the profile's settings could not be used; it was left out")
            )
    for table_name in [key for key in data if key not in ("records", "_meta")]:
        table = data[table_name]
        if isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values()) and _savable(table):
            continue
        loaded.set_aside[f"table {table_name}"[:80]] = data.pop(table_name)
        loaded.problems.append(
            translate("progress file", "the table {name} could not be used; it was left out").format(
                name=repr(table_name[:40])
            )
        )


def read_progress_file(path: Path) -> LoadedProgress | None:
    """The checked content of a progress file; None if there is none."""
    try:
        raw = read_limited(path, MAX_PROGRESS_BYTES)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HandbookError(
            translate(
                "progress file", "{file}: cannot be read ({reason}). Check that you may read this folder."
            ).format(file=path, reason=exc.strerror)
        ) from None
    except ValueError as exc:
        raise ProgressFileError(path, str(exc)) from None
    try:
        data = parse_json_strictly(raw)
    except ValueError as exc:
        raise ProgressFileError(path, str(exc)) from None
    return check_progress_data(data, path)


def set_aside_file(progress_file: Path) -> Path:
    """A free name beside the progress file for the records set aside: progress.json.set-aside-1.json, ..."""
    number = 1
    while True:
        target = progress_file.with_name(f"{progress_file.name}.set-aside-{number}.json")
        if not target.exists():
            return target
        number += 1
