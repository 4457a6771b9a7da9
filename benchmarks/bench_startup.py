"""Cold start of ``handbook --exit-after-start`` to the first page painted, against a bare QTextBrowser.

Two starts are timed: a first start (no profile yet) and a returning facilitator's start, whose
profile has worked through most of the course (progress loaded before the first paint).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from benchmarks.common import Row, median_time, print_table, run_process

TITLE = "Start-up"
TARGET_RATIO = 2.0


def make_returning_facilitator(data: Path) -> None:
    """A profile with progress on every lesson of the bundled course, opened last."""
    from handbook.core.loader import load_pack
    from handbook.core.paths import DataDir
    from handbook.core.profiles import Profiles
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
    with tempfile.TemporaryDirectory(prefix="handbook-bench-") as first, tempfile.TemporaryDirectory(
        prefix="handbook-bench-"
    ) as returning:
        make_returning_facilitator(Path(returning))
        env_first = dict(env, HANDBOOK_DATA_DIR=first)
        env_returning = dict(env, HANDBOOK_DATA_DIR=returning)
        # One untimed run each warms the OS file cache, as a user's second start would be.
        for command, environment in ((app_cmd, env_first), (app_cmd, env_returning), (floor_cmd, env)):
            run_process(command, environment)
        floor, _ = median_time(lambda: run_process(floor_cmd, env), repeat)
        app, _ = median_time(lambda: run_process(app_cmd, env_first), repeat)
        back, _ = median_time(lambda: run_process(app_cmd, env_returning), repeat)
    return [
        Row(
            name,
            value,
            "s",
            "bare QTextBrowser script",
            floor,
            f"<= {TARGET_RATIO:.1f}x",
            value / floor <= TARGET_RATIO,
        )
        for name, value in (
            ("start-up to first page painted, first start (median)", app),
            ("start-up to first page painted, returning facilitator (median)", back),
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print_table(measure(args.repeat), "Start-up")


if __name__ == "__main__":
    main()
