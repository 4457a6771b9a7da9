"""Cold start of ``handbook --exit-after-start`` to the first page painted, against a bare QTextBrowser.

Two starts are timed: a first start (no profile yet) and a returning facilitator's start, whose
profile has worked through most of the course (progress loaded before the first paint). The clock
stops when the process prints "first page painted" (app and floor alike); the whole run, closing
down included (a returning facilitator's exit saves and backs up the progress), is shown too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table, run_process, time_to_first_paint

TITLE = "Start-up"
TARGET_RATIO = 2.0


def make_returning_facilitator(data: Path) -> None:
    """A profile with progress on every lesson of the bundled course, opened last."""
    from handbook.core.content.loader import load_pack
    from handbook.core.paths import DataDir
    from handbook.core.progress.profiles import Profiles
    from handbook.core.resources import bundled_pack_dir

    pack = load_pack(bundled_pack_dir())
    profile, store = Profiles(DataDir(data)).create("Amina")
    for number, lesson in enumerate(pack.lessons()):
        store.set_status(pack.info.id, lesson.id, "done" if number % 3 else "in-progress")
        store.add_time(pack.info.id, lesson.id, 300 + number)
        store.set_note(pack.info.id, lesson.id, f"A note on {lesson.title}, written after reading it.")
    store.close()
    (data / "settings.json").write_text(json.dumps({"last_profile": profile.folder}), encoding="utf-8")


def measure(repeat: int = 7) -> list[Row]:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    app_cmd = [sys.executable, "-m", "handbook", "--exit-after-start"]
    floor_cmd = [sys.executable, "benchmarks/floor_textbrowser.py"]
    with (
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as first,
        tempfile.TemporaryDirectory(prefix="handbook-bench-") as returning,
    ):
        make_returning_facilitator(Path(returning))
        env_first = dict(env, HANDBOOK_DATA_DIR=first)
        env_returning = dict(env, HANDBOOK_DATA_DIR=returning)
        # One untimed run each warms the OS file cache, as a user's second start would be.
        for command, environment in ((app_cmd, env_first), (app_cmd, env_returning), (floor_cmd, env)):
            run_process(command, environment)
        runs = {"floor": (floor_cmd, env), "first": (app_cmd, env_first), "back": (app_cmd, env_returning)}
        paint: dict[str, list[float]] = {name: [] for name in runs}
        whole: dict[str, list[float]] = {name: [] for name in runs}
        for _ in range(repeat):  # interleaved, so a busy moment of the machine hits all three alike
            for name, (command, environment) in runs.items():
                paint[name].append(time_to_first_paint(command, environment))
                whole[name].append(median_time(lambda c=command, e=environment: run_process(c, e), 1)[0])
    floor, app, back = (statistics.median(paint[name]) for name in ("floor", "first", "back"))
    target = f"<= {TARGET_RATIO:.1f}x"
    rows = [
        Row(name, value, "s", "bare QTextBrowser script", floor, target, value / floor <= TARGET_RATIO)
        for name, value in (
            ("start-up to first page painted, first start (median)", app),
            ("start-up to first page painted, returning facilitator (median)", back),
        )
    ]
    whole_floor = statistics.median(whole["floor"])
    rows += [
        Row(name, statistics.median(whole[key]), "s", "the same for the bare script", whole_floor)
        for name, key in (
            ("whole run incl. closing down, first start", "first"),
            ("whole run incl. closing down, returning facilitator", "back"),
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
