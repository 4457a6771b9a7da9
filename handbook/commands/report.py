"""``handbook report merge``: one summary (PDF and CSV) of many circles, from their facilitators' export files."""

from __future__ import annotations

import argparse
from pathlib import Path

from handbook.core.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "report",
        help=translate("report", "combine circles' export files into one summary for the library's organiser"),
        description=translate(
            "report",
            "Reports for the library's organiser, made from the files facilitators write with 'handbook circle export'.",
        ),
    )
    actions = parser.add_subparsers(dest="report_command", metavar=translate("cli", "ACTION"), required=True)
    merge: argparse.ArgumentParser = actions.add_parser(
        "merge",
        help=translate("report", "one summary PDF (and CSV) of many circles"),
        description=translate(
            "report",
            "Read every circle export file given, then write one summary: the circles, meetings held, "
            "how many came to the first and the last meeting, the average rating and the goals met. Every file "
            "is checked first; if one cannot be used, nothing is written.",
        ),
    )
    merge.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar=translate("cli", "FILE"),
        help=translate("report", "circle export files (.json)"),
    )
    merge.add_argument(
        "--output",
        "-o",
        type=Path,
        required=True,
        metavar=translate("cli", "SUMMARY.pdf"),
        help=translate("report", "the summary PDF to write"),
    )
    merge.add_argument(
        "--csv",
        type=Path,
        metavar=translate("cli", "SUMMARY.csv"),
        help=translate("report", "also write the summary as a CSV table"),
    )
    merge.add_argument(
        "--page-size", choices=("A4", "Letter"), default="A4", help=translate("report", "the paper (default A4)")
    )
    merge.set_defaults(func=run_merge)


def run_merge(args: argparse.Namespace) -> int:
    from handbook.core.circle.organiser import read_exports, summary_csv, summary_rows
    from handbook.core.storage import atomic_write_bytes
    from handbook.printing.circle_summary import write_summary_pdf
    from handbook.printing.pdf import ensure_gui_application

    rows = summary_rows(read_exports(args.files))  # every file checked before anything is written
    ensure_gui_application()  # the PDF needs it (the command line has already put the app's language in place)
    if args.csv is not None:
        _check_folder(args.csv)
    pages = write_summary_pdf(rows, args.output, args.page_size)
    if args.csv is not None:
        atomic_write_bytes(args.csv, summary_csv(rows).encode("utf-8-sig"))  # the BOM tells spreadsheets it is UTF-8
    said = (
        translate("report", "Summary of 1 circle written to {pdf}.")
        if len(rows) == 1
        else translate("report", "Summary of {count} circles written to {pdf}.")
    )
    print(said.format(count=len(rows), pdf=args.output), end=" ")
    print(translate("report", "1 page.") if pages == 1 else translate("report", "{pages} pages.").format(pages=pages))
    if args.csv is not None:
        print(translate("report", "The table is also in {csv}.").format(csv=args.csv))
    return 0


def _check_folder(target: Path) -> None:
    """Refuse before the PDF is written when the CSV could not be, so a merge writes both or neither."""
    from handbook.core.errors import HandbookError

    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir() or not folder.is_dir():
        raise HandbookError(
            translate("report", "{path}: cannot write the CSV here; give a file name in a folder that exists.").format(
                path=target
            )
        )
