"""Import a course from another format into a pack folder; one importer class per format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from handbook.core.content.validate import ValidationReport, validate_pack
from handbook.core.errors import Problem
from handbook.core.i18n import translate
from handbook.core.packs.errors import PackError
from handbook.core.packs.importers.base import Importer
from handbook.core.packs.importers.course_in_a_box import CourseInABox
from handbook.core.packs.importers.gitbook import GitBook
from handbook.core.packs.importers.source import open_source
from handbook.core.packs.limits import DEFAULT_IMPORT_LIMITS, ImportLimits

IMPORTERS: tuple[type[Importer], ...] = (CourseInABox, GitBook)


@dataclass
class ImportResult:
    format_name: str
    source_root: Path  # for showing the notes' paths relative to the course
    notes: list[Problem]  # everything that could not be converted, with file and line
    validation: ValidationReport


def detect_format(root: Path) -> type[Importer]:
    for importer in IMPORTERS:
        if importer.detect(root):
            return importer
    names = translate("pack_import", "{first} or {second}").format(
        first=IMPORTERS[0].format_name, second=IMPORTERS[1].format_name
    )
    raise PackError(
        translate(
            "pack_import",
            "{folder}: is not a course Handbook can import ({formats}): it needs _data/course.yml and modules/ "
            "(Course in a Box) or SUMMARY.md (GitBook).",
        ).format(folder=root, formats=names)
    )


def import_course(source: Path, dest: Path, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) -> ImportResult:
    """Convert the course at ``source`` (a folder or a .zip) into a new pack folder ``dest``.

    Reads only regular files inside the course and writes at most ``limits.total_bytes``; a zip
    is held to the same limits as a pack file.
    """
    dest = Path(dest)
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise PackError(
            translate(
                "pack_import", "{folder}: already exists and is not empty; choose a new folder for the pack."
            ).format(folder=dest)
        )
    notes: list[Problem] = []
    with open_source(Path(source), notes) as root:
        importer_class = detect_format(root)
        importer = importer_class(root, notes, limits)
        course = importer.plan()
        if not course.modules:
            raise PackError(
                translate(
                    "pack_import", "{source}: no lessons were found to import; check the course's structure."
                ).format(source=source)
            )
        importer.layout(course)
        importer.write(course, Path(dest))
        notes.sort(key=lambda p: (p.path.as_posix(), p.line or 0))
        return ImportResult(importer.format_name, importer.root, notes, validate_pack(Path(dest)))
