"""``handbook pack import``: a Course in a Box or GitBook course made into a pack folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handbook.commands import pack
from handbook.commands._subcommands import pack_commands
from handbook.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add import to 'handbook pack' (made by pack.py, which registers first by name)."""
    if "pack" not in subparsers.choices:
        pack.register(subparsers)
    commands = pack_commands(subparsers)
    imports = commands.add_parser(
        "import",
        help=translate("pack", "convert a Course in a Box or GitBook course into a pack folder"),
        description=translate(
            "pack",
            "Convert a course from Course in a Box (Jekyll) or GitBook, a folder "
            "or a .zip download, into a pack folder. Lists what could not be converted.",
        ),
    )
    imports.add_argument("source", type=Path, metavar="DIR_OR_ZIP", help=translate("pack", "the course folder or .zip"))
    imports.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DEST_DIR",
        help=translate("pack", "the new pack folder (must not exist yet, or be empty)"),
    )
    imports.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from handbook.core.packs.importers import import_course

    result = import_course(args.source, args.output)
    for note in result.notes:
        print(note.format(result.source_root))
    errors = result.validation.errors
    for problem in result.validation.problems:
        print(problem.format(args.output))
    pages = sum(1 for _ in result.validation.pack.pages())
    counts = (
        translate("pack", "1 page") if pages == 1 else translate("pack", "{count} pages"),
        translate("pack", "1 thing not converted")
        if len(result.notes) == 1
        else translate("pack", "{count} things not converted"),
        translate("pack", "1 validation error") if len(errors) == 1 else translate("pack", "{count} validation errors"),
    )
    pages_said, notes, errors_said = (
        text.format(count=count) for text, count in zip(counts, (pages, len(result.notes), len(errors)), strict=True)
    )
    summary = translate("pack", "{folder}: imported from {format}: {pages}, {notes}, {errors}").format(
        folder=args.output, format=result.format_name, pages=pages_said, notes=notes, errors=errors_said
    )
    print(summary, file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0
