"""Cold start of ``handbook --exit-after-start`` to the first page painted, against a bare QTextBrowser.

Three starts are timed: a first start (no profile yet), a returning facilitator's start, whose
profile has worked through most of the bundled course, and the same on the 2,000-lesson synthetic
pack installed as the active pack (benchmarks/synthetic_pack.py). Each data folder has been used once
before, as a person's second start would: the page they left is painted from its saved copy before
the pack loads. The clock stops when the process prints "first page painted" (app and floor alike).
Also shown: when the whole window is ready ("window ready": course tree, progress, menus, the page
checked against the pack), a start on an empty data folder each time (nothing saved yet), and the
whole run, closing down included (a returning facilitator's exit saves and backs up the progress).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table, run_process, time_to_first_paint, time_to_marks

TITLE = "Start-up"
TARGET_RATIO = 1.5
BIG_PACK_LESSONS = 2000


def make_returning_facilitator(
    data: Path, pack_dir: Path | None = None, settings: dict[str, str] | None = None
) -> None:
    """A profile with progress on every lesson of the pack (the bundled one by default), opened last."""
    from handbook.core.content.loader import load_pack
    from handbook.core.paths import DataDir
    from handbook.core.progress.profiles import Profiles
    from handbook.core.resources import bundled_pack_dir

    pack = load_pack(pack_dir or bundled_pack_dir())
    profile, store = Profiles(DataDir(data)).create("Amina")
    with store.batch():  # building the fixture, not what is measured
        for number, lesson in enumerate(pack.lessons()):
            store.set_status(pack.info.id, lesson.id, "done" if number % 3 else "in-progress")
            store.add_time(pack.info.id, lesson.id, 300 + number)
            store.set_note(pack.info.id, lesson.id, f"A note on {lesson.title}, written after reading it.")
    store.close()
    chosen = dict(settings or {}, last_profile=profile.folder)
    (data / "settings.json").write_text(json.dumps(chosen), encoding="utf-8")


def make_big_pack_facilitator(data: Path, work: Path) -> None:
    """The 2,000-lesson synthetic pack installed (as Tools > Packs does) and active, with a returning profile."""
    from benchmarks.synthetic_pack import make_synthetic_pack
    from handbook.core.packs.build import build_pack
    from handbook.core.packs.library import PackLibrary

    source = make_synthetic_pack(work / "source", lessons=BIG_PACK_LESSONS)
    pack_file = work / "synthetic.hbpack"
    build_pack(source, pack_file)
    installed = PackLibrary(data).install(pack_file)
    assert installed is not None
    make_returning_facilitator(data, installed.folder, {"active_pack": installed.id})


def measure(repeat: int = 7) -> list[Row]:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    app_cmd = [sys.executable, "-m", "handbook", "--exit-after-start"]
    floor_cmd = [sys.executable, "benchmarks/floor_textbrowser.py"]
    with (
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as first,
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as returning,
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as big,
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as work,
    ):
        make_returning_facilitator(Path(returning))
        make_big_pack_facilitator(Path(big), Path(work))
        env_first = dict(env, HANDBOOK_DATA_DIR=first)
        env_returning = dict(env, HANDBOOK_DATA_DIR=returning)
        env_big = dict(env, HANDBOOK_DATA_DIR=big)
        runs = {
            "floor": (floor_cmd, env),
            "first": (app_cmd, env_first),
            "back": (app_cmd, env_returning),
            "big": (app_cmd, env_big),
        }
        # One untimed run each warms the OS file cache and the app's caches, as a user's second start would.
        for command, environment in runs.values():
            run_process(command, environment)
        paint: dict[str, list[float]] = {name: [] for name in runs}
        ready: dict[str, list[float]] = {name: [] for name in runs}
        whole: dict[str, list[float]] = {name: [] for name in runs}
        empty: list[float] = []
        marks = ("first page painted", "window ready")
        for _ in range(repeat):  # interleaved, so a busy moment of the machine hits all three alike
            for name, (command, environment) in runs.items():
                if name == "floor":
                    paint[name].append(time_to_first_paint(command, environment))
                else:
                    painted, built = time_to_marks(command, marks, environment)
                    paint[name].append(painted)
                    ready[name].append(built)
                whole[name].append(median_time(lambda c=command, e=environment: run_process(c, e), 1)[0])
            with tempfile.TemporaryDirectory(prefix="handbook-bench-") as nothing_yet:
                empty.append(time_to_first_paint(app_cmd, dict(env, HANDBOOK_DATA_DIR=nothing_yet)))
    floor, app, back, big_back = (statistics.median(paint[name]) for name in ("floor", "first", "back", "big"))
    target = f"<= {TARGET_RATIO:.1f}x"
    rows = [
        Row(name, value, "s", "bare QTextBrowser script", floor, target, value / floor <= TARGET_RATIO)
        for name, value in (
            ("start-up to first page painted, first start (median)", app),
            ("start-up to first page painted, returning facilitator (median)", back),
            (f"start-up to first page painted, returning, {BIG_PACK_LESSONS:,}-lesson pack (median)", big_back),
        )
    ]
    rows += [
        Row(name, statistics.median(ready[key]), "s", "bare QTextBrowser script, to its paint", floor)
        for name, key in (
            ("whole window ready (tree, progress, menus), first start", "first"),
            ("whole window ready, returning facilitator", "back"),
            (f"whole window ready, returning, {BIG_PACK_LESSONS:,}-lesson pack", "big"),
        )
    ]
    rows.append(
        Row(
            "first page painted, empty data folder (nothing saved yet)",
            statistics.median(empty),
            "s",
            "bare QTextBrowser script",
            floor,
        )
    )
    whole_floor = statistics.median(whole["floor"])
    rows += [
        Row(name, statistics.median(whole[key]), "s", "the same for the bare script", whole_floor)
        for name, key in (
            ("whole run incl. closing down, first start", "first"),
            ("whole run incl. closing down, returning facilitator", "back"),
            (f"whole run incl. closing down, returning, {BIG_PACK_LESSONS:,}-lesson pack", "big"),
        )
    ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print_table(measure(args.repeat), "Start-up")


if __name__ == "__main__":
    main()
