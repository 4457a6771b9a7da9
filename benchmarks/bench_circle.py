"""The organiser's merge: 50 circle export files into one summary (PDF and CSV), against reading the same
files as plain JSON in the same run.

The merge reads and checks every file strictly, adds them up, lays out and writes the PDF (Qt's text
layout) and the CSV, each atomically. The baseline only runs ``json.loads`` on each file's bytes.
The target: the whole merge in under 2 s.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table
from benchmarks.synthetic_circles import write_sample_exports

TITLE = "Circle summary merge"
FILES = 50
TARGET_S = 2.0


def measure(repeat: int = 5) -> list[Row]:
    from handbook.core.circle.organiser import read_exports, summary_csv, summary_rows
    from handbook.core.storage import atomic_write_bytes
    from handbook.printing.circle_summary import write_summary_pdf
    from handbook.printing.pdf import ensure_gui_application

    ensure_gui_application()  # the app is running when a merge is asked for; its start is not the merge's cost
    with tempfile.TemporaryDirectory(prefix="handbook-bench-circle-") as tmp:
        folder = Path(tmp)
        paths = write_sample_exports(folder / "in", FILES)

        def merge() -> None:
            rows = summary_rows(read_exports(paths))
            write_summary_pdf(rows, folder / "summary.pdf")
            atomic_write_bytes(folder / "summary.csv", summary_csv(rows).encode("utf-8-sig"))

        def plain() -> None:
            for path in paths:
                json.loads(path.read_bytes())

        merge()  # the first run loads fonts; a warm run is what a second merge costs
        merge_s, _ = median_time(merge, repeat)
        plain_s, _ = median_time(plain, repeat)
        read_s, _ = median_time(lambda: read_exports(paths), repeat)
        size_kb = sum(path.stat().st_size for path in paths) / 1024
    print(f"\n{FILES} files, {size_kb:.0f} kB in all; merge median of {repeat} runs")
    return [
        Row(
            f"merge {FILES} files into PDF + CSV", merge_s, "s", "json.loads of the files", plain_s,
            f"< {TARGET_S:.0f} s", merge_s < TARGET_S,
        ),
        Row(f"read and check {FILES} files (strict reader)", read_s, "s", "json.loads of the files", plain_s),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
