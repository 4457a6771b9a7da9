"""Writing a session plan PDF and the 8-meeting circle packet, against a one-line PDF written the same way.

The floor lays out one line with QTextDocument and writes it with QPdfWriter through the same
``write_pdf``, in the same process, so the ratio shows what the plans and the packet add.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table

TITLE = "Printing"
PLAN_TARGET = 0.2  # seconds
PACKET_TARGET = 1.5


def measure(repeat: int = 7) -> list[Row]:
    from handbook.core.content.loader import load_pack
    from handbook.core.planning.circle import CircleDetails
    from handbook.core.planning.plans import build_meetings
    from handbook.core.resources import bundled_pack_dir
    from handbook.printing.jobs import packet_job, plan_job
    from handbook.printing.pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    pack = load_pack(bundled_pack_dir())
    circle = CircleDetails(
        "Learning to code with Python", "Central Library, room 2", ("Ana Silva", "Ben Okafor"),
        dt.date(2027, 3, 2), "", dt.time(18, 0), 8, 90,
    )  # fmt: skip

    with tempfile.TemporaryDirectory(prefix="handbook-bench-") as folder:
        out = Path(folder)

        def floor() -> None:
            write_pdf("<p>One line.</p>", out / "floor.pdf")

        def plan(week: int) -> None:
            meetings = build_meetings(pack, circle)
            plan_job(pack, meetings, circle, week, "A4").write_pdf(out / f"plan{week}.pdf")

        def packet() -> None:
            packet_job(pack, build_meetings(pack, circle), circle, "A4").write_pdf(out / "packet.pdf")

        for run in (floor, lambda: plan(3), lambda: plan(1), packet):  # warm fonts and caches once
            run()
        floor_time, _ = median_time(floor, repeat * 3)
        typical, _ = median_time(lambda: plan(3), repeat)
        hardest, _ = median_time(lambda: plan(1), repeat)
        whole, _ = median_time(packet, max(3, repeat // 2))

    base = "one-line PDF (QTextDocument + QPdfWriter)"
    return [
        Row("session plan PDF, week 3 (fits one page)", typical, "s", base, floor_time, f"< {PLAN_TARGET} s", typical < PLAN_TARGET),
        Row("session plan PDF, week 1 (tries smaller sizes, then 2 pages, steps on the 2nd)", hardest, "s", base, floor_time,
            f"< {PLAN_TARGET} s", hardest < PLAN_TARGET),
        Row("circle packet PDF, 8 meetings and 10 forms", whole, "s", base, floor_time,
            f"< {PACKET_TARGET} s", whole < PACKET_TARGET),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print_table(measure(args.repeat), TITLE)


if __name__ == "__main__":
    main()
