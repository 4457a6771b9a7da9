"""``handbook validate [DIR]``: lint a pack's source folder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from handbook.core.content.validate import validate_pack
from handbook.core.errors import HandbookError
from handbook.core.resources import bundled_pack_dir


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from handbook.core.i18n import translate

    parser = subparsers.add_parser(
        "validate",
        help=translate("validate", "check a content pack's source folder and list its problems"),
        description=translate(
            "validate",
            "Check a pack's source folder: front matter, ids, links, images, plans and quizzes. "
            "Prints 'path:line: message' per problem; exits 1 when there are errors, 0 when clean.",
        ),
    )
    parser.add_argument(
        "dir",
        nargs="?",
        type=Path,
        metavar=translate("cli", "DIR"),
        help=translate("validate", "the pack folder (default: the bundled course)"),
    )
    parser.add_argument("--quiet", "-q", action="store_true", help=translate("validate", "print only the problems"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from handbook.core.i18n import translate

    root: Path = args.dir or bundled_pack_dir()
    if not root.is_dir():
        what = (
            translate("validate", "is a file, not a folder")
            if root.exists()
            else translate("validate", "there is no such folder")
        )
        raise HandbookError(
            translate(
                "validate",
                "{folder}: {what}; give a pack's source folder, the one with pack.yaml in it "
                "(a built .hbpack file is checked with 'handbook pack verify').",
            ).format(folder=root, what=what)
        )
    report = validate_pack(root)
    for problem in report.problems:
        print(problem.format(root))
    errors, warnings = len(report.errors), len(report.warnings)
    if not args.quiet:
        pages = sum(1 for _ in report.pack.pages())
        counts = (
            translate("validate", "1 page") if pages == 1 else translate("validate", "{count} pages"),
            translate("validate", "1 error") if errors == 1 else translate("validate", "{count} errors"),
            translate("validate", "1 warning") if warnings == 1 else translate("validate", "{count} warnings"),
        )
        said = [text.format(count=count) for text, count in zip(counts, (pages, errors, warnings), strict=True)]
        summary = translate("validate", "{folder}: {pages}, {errors}, {warnings}").format(
            folder=root, pages=said[0], errors=said[1], warnings=said[2]
        )
        print(summary, file=sys.stderr if report.problems else sys.stdout)
    return 1 if errors else 0
